// NC204 weekday-date-mismatch: a weekday that the date does not fall on.
#include <fmt/format.h>

#include "numcheck/rules/time.hpp"

namespace numcheck::rules {

namespace {

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    for (auto const& m : *model.mentions) {
        if (m.kind != mention_kind::date || m.weekday.empty()) continue;
        auto const date = full_date(m);
        if (!date) continue;
        char const* const actual = calendar::weekday_name(calendar::weekday_of(day_number(*date)));
        if (m.weekday == actual) continue;
        finding f = make_finding(weekday_date_mismatch, m,
                                 fmt::format("{} is a {}, not a {}", date_words(*date), actual, m.weekday));
        bool const year_stated = m.time_value.size() == 10 && m.time_value[0] != 'X';
        if (!year_stated)
            f.notes.push_back(
                fmt::format("the date names no year; {} is the year taken from the reference date", date->year));
        // The nearest dates that are that weekday, to help find which half is wrong.
        long const day = day_number(*date);
        for (int delta = 1; delta <= 6; ++delta) {
            for (long const candidate : {day - delta, day + delta}) {
                if (calendar::weekday_name(calendar::weekday_of(candidate)) != m.weekday) continue;
                f.notes.push_back(
                    fmt::format("the nearest {} is {}", m.weekday, date_words(calendar::civil_from_days(candidate))));
                delta = 7;
                break;
            }
        }
        out.push_back(std::move(f));
    }
}

} // namespace

rule const weekday_date_mismatch{
    "NC204",
    "weekday-date-mismatch",
    severity::error,
    "a weekday that the date does not fall on",
    {
        "A date given with its weekday (\"Friday, June 3, 2024\", \"on Tuesday, April 9\"). The weekday must "
        "be the one the date falls on. A date without a year takes its year from the reference date: the "
        "nearest such date, or the last or the coming one when its clause is about the past or the future; "
        "without a reference date it is not checked.",
        "Readers plan by weekdays; a wrong one means either the day or the date is wrong, and the story "
        "cannot be trusted on when something happens.",
        "The council will vote on Friday, June 3, 2024.",
        "The council will vote on Monday, June 3, 2024.\n"
        "The council will vote on Friday.  (no date to check against)",
    },
    &check,
};

} // namespace numcheck::rules
