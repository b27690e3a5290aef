// NC204 weekday-date-mismatch: a weekday that the date does not fall on.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "numcheck/rules/time.hpp"
#include "numcheck/text.hpp"

namespace numcheck::rules {

namespace {

/// The day number (as day_number) of a date of the Julian calendar, which Europe used before 1582
/// and Britain and its colonies until 1752: "Friday, Oct. 13, 1307" is Julian.
long julian_day_number(calendar::ymd d) noexcept {
    long const a = (14 - d.month) / 12;
    long const y = d.year + 4800 - a;
    long const m = d.month + 12 * a - 3;
    long const jdn = d.day + (153 * m + 2) / 5 + 365 * y + y / 4 - 32083;
    return jdn - 2440588; // the Julian day number of 1970-01-01
}

/// Whether the sentence of `m` speaks of what is to come: "will", "next", "due", "scheduled", a
/// present tense of the calendar ("resumes on", "opens on").
/// Whether `lower_word` is a weekday's name ("tuesday").
bool is_weekday_word(std::string_view lower_word) {
    for (int k = 1; k <= 7; ++k)
        if (text::iequals(calendar::weekday_name(k), lower_word)) return true;
    return false;
}

bool future_sentence(claim_model const& model, mention const& m) {
    if (!model.sentences || m.sentence >= model.sentences->size()) return false;
    auto const& s = (*model.sentences)[m.sentence];
    std::string const lower = text::lower(model.prose.substr(s.begin, s.end - s.begin));
    if (text::contains_any_word(lower, {"will", "due", "scheduled", "expected", "plans", "planned", "upcoming",
                                        "coming", "resume", "resumes", "begins", "opens", "starts", "takes", "meets",
                                        "ll", "shall", "tomorrow"}))
        return true;
    // "next week", "next Tuesday" (not "died the next morning": the day after another); "runs from
    // Monday to Saturday" (not "made 50 runs on Sunday")
    auto const words = text::words(lower);
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if ((words[i] == "runs" || words[i] == "run") &&
            (words[i + 1] == "from" || words[i + 1] == "until" || words[i + 1] == "through" || words[i + 1] == "to"))
            return true;
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if (words[i] == "next" &&
            (is_weekday_word(words[i + 1]) ||
             text::contains_any_word(words[i + 1], {"week", "month", "year", "quarter", "season", "weekend"})))
            return true;
    return false;
}

/// The years a date without one may be for, besides the one taken from the reference date, in a
/// sentence about the past: a year the sentence states or resolves before the reference year ("In
/// 2025, the heatwave began on Monday, June 23", "The 2022 vote was held on Sunday, Sept. 11",
/// "charged on Nov. 8, 2024, and arrested on Dec. 12"), and the year before for a date more than
/// two weeks after the reference date (late last year: "The meeting was held on Tuesday, Dec. 30");
/// in a sentence about the future, a later year it names ("next year, on Friday, Jan. 1").
std::vector<int> other_years(claim_model const& model, mention const& date, calendar::ymd resolved) {
    std::vector<int> years;
    bool const future = future_sentence(model, date);
    int const reference_year = model.reference_year ? *model.reference_year : resolved.year;
    for (auto const& m : *model.mentions) {
        if (m.sentence != date.sentence || &m == &date) continue;
        if (m.kind != mention_kind::year && m.kind != mention_kind::period && m.kind != mention_kind::date &&
            m.kind != mention_kind::relative_time)
            continue;
        std::string const& value = m.resolved ? *m.resolved : m.time_value;
        if (value.size() < 4 || !std::all_of(value.begin(), value.begin() + 4, text::is_digit)) continue;
        int const year = std::stoi(value.substr(0, 4));
        if (future ? year > reference_year : year < reference_year) years.push_back(year);
    }
    if (model.reference) {
        calendar::ymd const reference{model.reference->year, model.reference->month, model.reference->day};
        // (a day more than two weeks ahead told in the past is last year's; one more than two weeks
        // gone told of the future, next year's: "The festival opens on Sunday the 3rd of May" in June)
        if (!future && detail::day_number(resolved) > detail::day_number(reference) + 14)
            years.push_back(resolved.year - 1);
        if (future && detail::day_number(resolved) < detail::day_number(reference) - 14)
            years.push_back(resolved.year + 1);
    }
    return years;
}

/// The weekday a stated date fell on in the calendar of its time: the Julian calendar before
/// 15 October 1582.
char const* weekday_then(calendar::ymd d) {
    bool const julian = d.year < 1582 || (d.year == 1582 && (d.month < 10 || (d.month == 10 && d.day < 15)));
    long const day = julian ? julian_day_number(d) : detail::day_number(d);
    return calendar::weekday_name(calendar::weekday_of(day));
}

/// "on Tuesday and Wednesday, June 10 and 11", "from Friday to Sunday, June 13 to 15": a list or
/// range of weekdays before a list or range of days. The date mention holds the last weekday and the
/// first day; the first weekday of the list is the one that day must fall on. Empty when the date
/// is no such pair.
std::string first_listed_weekday(claim_model const& model, mention const& m) {
    if (m.time_value.starts_with("XXXX-W")) return {}; // a weekday alone names no day to pair
    std::string_view const prose = model.prose;
    // (a joiner and a day number after the date)
    std::size_t i = m.end;
    while (i < prose.size() && prose[i] == ' ') ++i;
    std::size_t w = i;
    while (w < prose.size() && text::is_alpha(prose[w])) ++w;
    std::string_view const joiner = prose.substr(i, w - i);
    bool const dash = w == i && i < prose.size() && (prose[i] == '-' || prose[i] == ',');
    if (!dash && !text::iequals(joiner, "and") && !text::iequals(joiner, "to") && !text::iequals(joiner, "through") &&
        !text::iequals(joiner, "until") && !text::iequals(joiner, "or"))
        return {};
    std::size_t d = dash ? i + 1 : w;
    while (d < prose.size() && prose[d] == ' ') ++d;
    // (the next day may name its month: "May 31 and June 1", "April 28 to May 2")
    {
        std::size_t word_end = d;
        while (word_end < prose.size() && text::is_alpha(prose[word_end])) ++word_end;
        std::string const month = text::lower(prose.substr(d, word_end - d));
        static constexpr std::array<std::string_view, 24> months{
            "january",   "february", "march",    "april",    "may",  "june", "july", "august",
            "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
            "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};
        if (word_end > d && std::find(months.begin(), months.end(), month) != months.end()) {
            d = word_end;
            if (d < prose.size() && prose[d] == '.') ++d; // "Feb. 6"
            while (d < prose.size() && prose[d] == ' ') ++d;
        }
    }
    if (d >= prose.size() || !text::is_digit(prose[d])) return {};
    // (a day of the month, not a count: "Wednesday, June 11 and 40 lawmakers objected")
    std::size_t n = d;
    int day = 0;
    while (n < prose.size() && text::is_digit(prose[n]) && day <= 31) day = day * 10 + (prose[n++] - '0');
    while (n < prose.size() && prose[n] == ' ') ++n;
    bool const joined_on = text::istarts_with(prose.substr(n), "and ") || text::istarts_with(prose.substr(n), "to ") ||
                           text::istarts_with(prose.substr(n), "or ") ||
                           text::istarts_with(prose.substr(n), "through ");
    if (day < 1 || day > 31 || (n < prose.size() && prose[n] >= 'a' && prose[n] <= 'z' && !joined_on)) return {};
    // (weekdays and joiners before the date's own weekday, back to the first weekday)
    std::string first;
    std::size_t at = m.begin;
    for (int words = 0; words < 8; ++words) {
        std::size_t e = at;
        while (e > 0 && (prose[e - 1] == ' ' || prose[e - 1] == ',' || prose[e - 1] == '-')) --e;
        std::size_t b = e;
        while (b > 0 && text::is_alpha(prose[b - 1])) --b;
        if (b == e) break;
        std::string_view const word = prose.substr(b, e - b);
        std::string const lower = text::lower(word);
        if (is_weekday_word(lower)) {
            first = std::string(word);
        } else if (lower != "and" && lower != "to" && lower != "through" && lower != "until" && lower != "or") {
            break;
        }
        at = b;
    }
    if (first.empty()) return {};
    for (int k = 1; k <= 7; ++k)
        if (text::iequals(first, text::lower(calendar::weekday_name(k)))) return calendar::weekday_name(k);
    return {};
}

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    for (auto const& given : *model.mentions) {
        if (given.kind != mention_kind::date || given.weekday.empty()) continue;
        auto const date = full_date(given);
        if (!date) continue;
        mention m = given;
        if (std::string const listed = first_listed_weekday(model, given); !listed.empty()) m.weekday = listed;
        char const* const actual = weekday_then(*date);
        if (m.weekday == actual) continue;
        bool const year_stated = m.time_value.size() == 10 && m.time_value[0] != 'X';
        // (Britain and its colonies kept the Julian calendar until 1752)
        if (year_stated && date->year <= 1752 &&
            m.weekday == calendar::weekday_name(calendar::weekday_of(julian_day_number(*date))))
            continue;
        if (!year_stated) {
            bool fits = false;
            for (int const year : other_years(model, m, *date)) {
                calendar::ymd other{year, date->month, date->day};
                fits = fits || (other.day <= calendar::days_in_month(year, other.month) &&
                                m.weekday == calendar::weekday_name(calendar::weekday_of(day_number(other))));
            }
            if (fits) continue;
        }
        finding f = make_finding(weekday_date_mismatch, m,
                                 fmt::format("{} is a {}, not a {}", date_words(*date), actual, m.weekday));
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
