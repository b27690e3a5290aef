// NC201 relative-year-conflict: a relative period that resolves to a year other than the one stated
// with it ("last year, in 2021").
#include <cstdlib>

#include <fmt/format.h>

#include "numcheck/rules/time.hpp"
#include "numcheck/text.hpp"

namespace numcheck::rules {

namespace {

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    auto const& mentions = *model.mentions;
    for (std::size_t r = 0; r < mentions.size(); ++r) {
        mention const& rel = mentions[r];
        // (or a season or a month told from the reference date: "last summer, in 2023", "last August
        // (2023)")
        bool const unit = rel.relative_unit == "year" || rel.relative_unit == "month-name" ||
                          rel.relative_unit == "spring" || rel.relative_unit == "summer" ||
                          rel.relative_unit == "autumn" || rel.relative_unit == "fall" || rel.relative_unit == "winter";
        if (rel.kind != mention_kind::relative_time || rel.anchored || !unit ||
            (rel.relative_offset == 0 && !text::iequals(rel.text, "this year")) ||
            rel.text.find("ago") != std::string::npos)
            continue;
        // (a thing's own final year, not the year before this one: "In its last year, 2031, the contract pays", "The
        // plan's last year, 2029")
        if (text::istarts_with(rel.text, "last year") && rel.begin >= 2) {
            std::size_t const from = rel.begin >= 12 ? rel.begin - 12 : 0;
            std::string const lead = text::lower(model.prose.substr(from, rel.begin - from));
            std::string_view const word = text::last_word(lead);
            if (text::contains_any_word(word,
                                        {"its", "their", "his", "her", "our", "my", "your", "that", "this", "the"}) ||
                std::string_view(lead).ends_with("'s ") || std::string_view(lead).ends_with("s' "))
                continue;
        }
        // (a count of years from now is a span, rounded as "ago" is, NC205: "October 2028, five years from
        // now" in February 2024 is within a year of it)
        bool const from_now = text::lower(rel.text).find("from now") != std::string::npos ||
                              text::lower(rel.text).find("from today") != std::string::npos;
        auto const resolved = model.year_of(rel);
        if (!resolved) continue;
        // The year stated right beside it: "last year, in 2021", "in 2021, last year", "last year (2021)".
        auto const [first_y, last_y] = sentence_of(mentions, r);
        for (std::size_t y = first_y; y < last_y; ++y) {
            mention const& year = mentions[y];
            // (or a month or a quarter of a year stated, or a date with its year: "last year, in
            // February 2023")
            bool const of_a_year = year.kind == mention_kind::year ||
                                   (rel.relative_unit == "year" &&
                                    (year.kind == mention_kind::period || year.kind == mention_kind::date) &&
                                    text::leading_year(year.time_value).has_value());
            if (!of_a_year || year.sentence != rel.sentence || year.parent) continue;
            // (a year set beside it for likeness or contrast is another year: "As in 2021, last year's season
            // was cancelled", "Like 2021, last year brought no quota", "Unlike in 2022, last year's")
            // ("Similar to 2021, last year", "As was the case in 2021, last year's", "As in 2021 and 2022, last
            // year": a word of likeness among the last five of the year's clause)
            {
                std::size_t const lead = year.begin >= 40 ? year.begin - 40 : 0;
                std::string before_year = text::lower(model.prose.substr(lead, year.begin - lead));
                if (std::size_t const cut = before_year.find_last_of(",;:("); cut != std::string::npos)
                    before_year.erase(0, cut + 1);
                auto const words = text::words(before_year);
                bool likeness = false;
                for (std::size_t k = words.size() > 5 ? words.size() - 5 : 0; k < words.size(); ++k)
                    likeness = likeness ||
                               text::contains_any_word(words[k], {"as", "like", "unlike", "than", "similar", "same"});
                if (likeness) continue;
            }
            bool const after = year.begin >= rel.end;
            std::string_view const between =
                after ? model.prose.substr(rel.end, year.begin - rel.end)
                      : (year.end <= rel.begin ? model.prose.substr(year.end, rel.begin - year.end) : "?");
            std::string const gap = text::lower(between);
            // ("Last year's race, in 2022, had", "last year's crush, in 2022": the thing of the year named, then
            // its year set off by commas)
            bool const owned =
                after && year.kind == mention_kind::year && text::istarts_with(text_of(year), "in ") &&
                (gap.starts_with("'s ") || gap.starts_with("\xE2\x80\x99s ")) && gap.ends_with(", ") && [&] {
                    std::size_t const after_s = gap.find(' ') + 1;
                    std::string_view const noun = std::string_view(gap).substr(after_s, gap.size() - 2 - after_s);
                    auto const nouns = text::words(noun);
                    return !nouns.empty() && nouns.size() <= 2 &&
                           noun.find_first_of(",;:()0123456789") == std::string_view::npos &&
                           year.end < model.prose.size() && model.prose[year.end] == ',';
                }();
            if (!(gap == ", " || gap == " (" || gap == " - " || gap == " or " || owned ||
                  (after && year.kind != mention_kind::year && gap == ", in ")))
                continue;
            // (a bracket that gives the year before's figure: "£310m last year (2022: £280m)", "(2022 –
            // £280m)")
            // ("(2022/23: £280m)", "(2022 £280m)": a figure after the year inside the bracket)
            if (after && gap == " (") {
                std::size_t const close = model.prose.find(')', year.end);
                std::string_view const inside = close == std::string_view::npos
                                                    ? std::string_view()
                                                    : model.prose.substr(year.end, close - year.end);
                if (inside.size() <= 40 && inside.find_first_of("0123456789") != std::string_view::npos) continue;
                std::string_view const next = model.prose.substr(year.end, 5);
                if (next.starts_with(":") || next.starts_with(" -") || next.starts_with(" \xE2\x80\x93") ||
                    next.starts_with(" \xE2\x80\x94"))
                    continue;
            }
            // (a year that labels what follows is not the relative year's own: "Last year, 2023's
            // record was broken", "Next year, 2025 models arrive")
            if (after && year.end < model.prose.size()) {
                std::string_view const next = model.prose.substr(year.end, 3);
                // (or a name: "This year, 2026 World Cup qualifiers have drawn record audiences")
                // (not a year after "in", which labels nothing: "set last July, in 2022 but the highest")
                bool const bare = !text::istarts_with(text_of(year), "in ");
                // (or a compound it begins: "This year, 2021-born fish make up most of the catch", "Last year,
                // 2019-built trawlers")
                if (next.starts_with("'s") ||
                    (bare && next.size() >= 2 && (next[0] == ' ' || next[0] == '-') && text::is_alpha(next[1])))
                    continue;
                // (a year after "in" that opens the next clause, its figure or subject after it: "Grants were $85
                // million last year, in 2022 $78 million", "Gifts rose last year, in 2022 they fell"; or a price
                // base: "Last year, in 2022 prices, giving was")
                if (!bare && gap == ", " && next.size() >= 2 && next[0] == ' ') {
                    std::string const follow = text::lower(model.prose.substr(year.end + 1, 12));
                    std::string_view const word = text::first_word(follow);
                    if (text::is_digit(follow[0]) || follow[0] == '$' || follow.starts_with("Â£") ||
                        follow.starts_with("â¬") ||
                        text::contains_any_word(word, {"they", "it", "he", "she", "we", "the", "its", "their", "prices",
                                                       "terms", "dollars", "money"}))
                        continue;
                }
            }
            // (the year something is for, not when it was: "The request made last year, for 2024, was $55
            // billion", "approved the budget last year, for 2024")
            if (after && text::istarts_with(text_of(year), "for ")) continue;
            auto const stated = model.year_of(year);
            if (!stated || *stated == *resolved || (from_now && std::abs(*stated - *resolved) <= 1)) continue;
            // (a split year holds two: "Next year (2024/25)" in 2024 is the school or financial year that
            // ends in 2025)
            if (std::size_t const slash = year.time_value.find('/'); slash != std::string::npos) {
                auto const second = text::leading_year(std::string_view(year.time_value).substr(slash + 1));
                if (second && *second == *resolved) continue;
            }
            // A season is said either way around its end: "last summer, in 2024" in November 2024 is the
            // summer just past, "next summer, in 2025" in February 2025 the coming one; a winter spans
            // two years ("last winter, in 2024" is the one of 2023-24).
            if (model.reference && rel.relative_unit != "year" && rel.relative_unit != "month-name") {
                std::string_view const season = rel.relative_unit;
                int const month = model.reference->month;
                int const ends = season == "spring" ? 5 : season == "summer" ? 8 : season == "winter" ? 2 : 11;
                int const begins = season == "spring" ? 3 : season == "summer" ? 6 : season == "winter" ? 12 : 9;
                bool const same_year = *stated == model.reference->year;
                if (season == "winter" && *stated == *resolved + 1) continue;
                if (rel.relative_offset < 0 && same_year && season != "winter" && month > ends) continue;
                if (rel.relative_offset > 0 && same_year && month < begins) continue;
            }
            // A month or a day that ends a year of accounts covers the year before too: "In the year to March 2024,
            // last year, the business lost £1.07 billion", "in the 12 months ended March 31, 2024".
            if (rel.relative_unit == "year" && year.kind != mention_kind::year && *stated == *resolved + 1) {
                std::size_t const lead = year.begin >= 24 ? year.begin - 24 : 0;
                std::string const before_year = text::lower(model.prose.substr(lead, year.begin - lead));
                bool year_end = false;
                for (std::string_view const cue : {"year to ", "year ended ", "year ending ", "months to ",
                                                   "months ended ", "months ending ", "year through "})
                    year_end = year_end || before_year.ends_with(cue);
                if (year_end) continue;
            }
            // So is a month: "last March, in 2023" in May 2024 may be the March a year before (the one of
            // this year is "this March" to many), "next October, in 2025" in May 2024 the one after this
            // year's.
            if (model.reference && rel.relative_unit == "month-name") {
                std::string_view const value = rel.resolved ? std::string_view(*rel.resolved) : rel.time_value;
                int const month = value.size() >= 7 && text::is_digit(value[5]) && text::is_digit(value[6])
                                      ? (value[5] - '0') * 10 + (value[6] - '0')
                                      : 0;
                int const now = model.reference->year;
                if (month != 0 && rel.relative_offset < 0 && month < model.reference->month &&
                    (*stated == now || *stated == now - 1))
                    continue;
                if (month != 0 && rel.relative_offset > 0 && month > model.reference->month &&
                    (*stated == now || *stated == now + 1))
                    continue;
            }
            // Told from another year the sentence names: "Speaking in 2019, she said: \"Last year, in
            // 2018, ...\"", "In 2022, the government promised to finish the line next year, in 2023".
            bool told_then = false;
            for (std::size_t o = first_y; o < last_y; ++o) {
                mention const& other = mentions[o];
                // (or a month of a year: "When it reported in February 2023, Hermès said sales last year, in
                // 2022, had risen 29%")
                if (o == y || other.sentence != rel.sentence || other.parent ||
                    (other.kind != mention_kind::year && other.kind != mention_kind::date &&
                     !(other.kind == mention_kind::period && other.time_value.size() == 7 &&
                       other.time_value[4] == '-' && text::is_digit(other.time_value[5]))))
                    continue;
                auto const then = text::leading_year(other.time_value);
                told_then = told_then || (then && *then + rel.relative_offset == *stated);
            }
            if (told_then) continue;
            finding f = make_finding(
                relative_year_conflict, rel,
                fmt::format("\"{}\" is {}, but the text gives the year as {}", text_of(rel), *resolved,
                            year.time_value.find('/') != std::string::npos ? text_of(year) : std::to_string(*stated)));
            f.related.push_back(related(year, "the year stated with it"));
            if (rel.relative_unit == "year")
                f.notes.push_back(fmt::format("the reference date is in {}, so \"{}\" is {} {} {} = {}",
                                              *model.reference_year, text_of(rel), *model.reference_year,
                                              rel.relative_offset < 0 ? "-" : "+", std::abs(rel.relative_offset),
                                              *resolved));
            else
                f.notes.push_back(fmt::format(
                    "the reference date is {}, so \"{}\" is in {}",
                    model.reference
                        ? date_words(calendar::ymd{model.reference->year, model.reference->month, model.reference->day})
                        : std::string("unknown"),
                    text_of(rel), *resolved));
            out.push_back(std::move(f));
        }
    }
}

} // namespace

rule const relative_year_conflict{
    "NC201",
    "relative-year-conflict",
    severity::error,
    "a relative period that resolves to a year other than the one stated with it",
    {
        "A relative year (\"last year\", \"this year\", \"next year\"), season or month (\"last summer\", \"last "
        "August\") with an explicit year right beside it (\"last year, in 2021\", \"next year (2025)\", \"last "
        "summer, in 2023\"). With a reference date the relative year is resolved; the rule reports "
        "when the two years differ. A season may be named either way once it has ended or before it "
        "begins (\"last summer, in 2024\" in November 2024, \"next summer, in 2025\" in February 2025), "
        "and a winter by either of its years; so may a month (\"last March, in 2023\" or \"in 2024\" in May "
        "2024).",
        "When a story is updated or reused, \"last year\" silently changes meaning while the explicit year "
        "stays; the two then contradict each other.",
        "Revenue hit $5 billion last year, in 2021, the company said.  (dated 2024)",
        "Revenue hit $5 billion last year, in 2023.  (dated 2024)\n"
        "Last year, 2023's record fell.  (dated 2024: a year that labels what follows)\n"
        "This year, 2026 World Cup qualifiers drew record audiences.  (dated 2025: a year in a name)\n"
        "Revenue hit $5 billion last year; in 2021 it was $4 billion.  (two periods, not one)",
    },
    &check,
};

} // namespace numcheck::rules
