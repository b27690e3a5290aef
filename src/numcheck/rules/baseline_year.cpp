// NC203 baseline-year: a year-on-year change whose base is not the previous period.
#include <fmt/format.h>

#include "numcheck/rules/time.hpp"
#include "numcheck/text.hpp"

namespace numcheck::rules {

namespace {

/// Without "year on year": a figure with its year, set off by a comma, then "up/down X from" that
/// same year ("94 million tourists last year, up 10% from 2024," in 2025), the year ending the
/// clause. Only this tight form: "up 4% from 2024's close", "from 2024 levels", "expected to grow 8%
/// from 2024" and a year said in another clause are other comparisons.
void own_year_base(claim_model const& model, std::size_t c, std::vector<finding>& out) {
    using namespace detail;
    auto const& mentions = *model.mentions;
    mention const& change = mentions[c];
    std::string_view const head = text::first_word(change.text);
    if (!text::iequals(head, "up") && !text::iequals(head, "down")) return;
    // Before the change: a figure, its period, then ", ".
    if (c < 2) return;
    std::size_t p = c - 1;
    while (p > 0 && mentions[p].parent) --p;
    mention const& period = mentions[p];
    bool const whole_year = period.kind == mention_kind::year ||
                            (period.kind == mention_kind::relative_time && period.relative_unit == "year" &&
                             period.relative_offset != 0 && !period.anchored) ||
                            (period.kind == mention_kind::period && period.time_value.size() == 4);
    if (!whole_year || period.sentence != change.sentence || p == 0) return;
    std::string_view const gap = model.prose.substr(period.end, change.begin - period.end);
    if (gap != ", ") return;
    std::size_t v = p - 1;
    while (v > 0 && mentions[v].parent) --v;
    mention const& figure = mentions[v];
    if (figure.sentence != change.sentence || figure.parent || !figure.value || figure.kind == mention_kind::change)
        return;
    // After it: "from YEAR" and the end of the clause.
    std::optional<std::size_t> base;
    std::size_t k = c + 1;
    while (k < mentions.size() && mentions[k].parent == c) ++k;
    if (k < mentions.size() && mentions[k].kind == mention_kind::comparison &&
        mentions[k].sentence == change.sentence && text::iequals(text::first_word(mentions[k].text), "from"))
        for (std::size_t y = k + 1; y < mentions.size() && mentions[y].parent == k; ++y)
            if (mentions[y].kind == mention_kind::year) base = y;
    // (or the old value's own year: "€1.3 billion last year, up 30% from €1.0 billion in 2023," in 2024)
    if (!base && change.from) {
        std::size_t t = *change.from + 1;
        while (t < mentions.size() && mentions[t].parent == change.from) ++t;
        if (t < mentions.size() && mentions[t].sentence == change.sentence && !mentions[t].parent &&
            mentions[t].kind == mention_kind::year && mentions[t].begin > mentions[*change.from].end) {
            std::string_view const between =
                model.prose.substr(mentions[*change.from].end, mentions[t].begin - mentions[*change.from].end);
            if (text::iequals(between, " in ") || (between == " " && text::istarts_with(mentions[t].text, "in ")))
                base = t;
        }
    }
    if (!base) return;
    mention const& b = mentions[*base];
    std::size_t const after = b.end;
    if (after < model.prose.size() && model.prose[after] != ',' && model.prose[after] != '.' &&
        model.prose[after] != ';')
        return;
    // No other period later in the sentence ("... from 2024 this year").
    for (std::size_t t = *base + 1; t < mentions.size() && mentions[t].sentence == change.sentence; ++t)
        if (mentions[t].kind == mention_kind::year || mentions[t].kind == mention_kind::period ||
            mentions[t].kind == mention_kind::relative_time)
            return;
    std::optional<int> const year = model.year_of(period);
    std::optional<int> const base_year = model.year_of(b);
    if (!year || !base_year || *year != *base_year) return;
    finding f =
        make_finding(baseline_year, b, fmt::format("a change for {} is measured from {} itself", *year, *base_year));
    f.related.push_back(related(period, "the period of the figure"));
    f.notes.push_back(
        fmt::format("\"{}\" is {}: a change in it is measured from an earlier year", text_of(period), *year));
    out.push_back(std::move(f));
}

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    auto const& mentions = *model.mentions;
    for (std::size_t c = 0; c < mentions.size(); ++c) {
        mention const& change = mentions[c];
        if (change.kind != mention_kind::change) continue;
        // The year-on-year marker after the change: "up 5 pct year on year", "from a year earlier".
        std::optional<std::size_t> marker, base;
        for (std::size_t m = c + 1; m < mentions.size() && mentions[m].sentence == change.sentence; ++m) {
            mention const& t = mentions[m];
            // The next change has its own marker and base (and a sentence of thousands of changes
            // stays linear).
            if (t.kind == mention_kind::change && !t.parent) break;
            std::string const lower = text::lower(t.text);
            if (t.kind == mention_kind::relative_time && t.anchored && t.relative_unit == "year" &&
                (lower.find("year on year") != std::string::npos || lower.find("year-on-year") != std::string::npos ||
                 lower.find("year over year") != std::string::npos ||
                 lower.find("a year earlier") != std::string::npos || lower.find("a year ago") != std::string::npos)) {
                // (not another change's, its direction after a contrast: "up from $4 billion in 2021 but down year
                // on year", "while output fell year on year")
                std::string const between =
                    t.begin > change.end ? text::lower(model.prose.substr(change.end, t.begin - change.end)) : "";
                if (text::contains_any_word(between, {"but", "while", "whereas", "though", "although", "and"}) &&
                    text::contains_any_word(between, {"up", "down", "rose", "fell", "higher", "lower", "rising",
                                                      "falling", "grew", "shrank", "increased", "decreased", "declined",
                                                      "gained", "dropped"}))
                    break;
                marker = m;
            }
            // The base year: "from 2020", "compared with 2020", "over 2020", after the marker.
            // ("from the fourth quarter of 2022", "from 1Q22": a period of a year)
            bool const dated_period = t.kind == mention_kind::period &&
                                      (text::leading_year(t.time_value).has_value() || detail::fiscal_year_of(t));
            if (marker && !base &&
                (t.kind == mention_kind::year || dated_period || (t.kind == mention_kind::number && t.parent == c))) {
                std::string_view const before =
                    model.prose.substr(t.begin >= 16 ? t.begin - 16 : 0, t.begin >= 16 ? 16 : t.begin);
                std::string const lead = text::lower(before);
                // (in the marker's clause, and a year, not "from 2023's slump" nor "with 2026 expected")
                std::size_t const marker_end = mentions[*marker].end;
                std::string_view const between =
                    t.begin > marker_end ? model.prose.substr(marker_end, t.begin - marker_end) : std::string_view{};
                // (right after the marker: "year on year from 2022", "year on year compared with 2022";
                // not "..., and was 12 pct higher compared to 2020", another comparison)
                // (nor after a second figure, another change's: "up 4% from a year earlier and 12% from
                // 2021")
                bool const same_clause =
                    between.find(';') == std::string_view::npos && between.find(':') == std::string_view::npos &&
                    between.find_first_of("0123456789") == std::string_view::npos && text::words(between).size() <= 3;
                bool const possessive = t.end + 1 < model.prose.size() && model.prose[t.end] == '\'' &&
                                        (model.prose[t.end + 1] == 's' || model.prose[t.end + 1] == 'S');
                if (same_clause && !possessive &&
                    (lead.ends_with("from ") || lead.ends_with("compared with ") || lead.ends_with("compared to ") ||
                     lead.ends_with("over ") || lead.ends_with("against ") || text::lower(t.text).starts_with("from ")))
                    base = m;
            }
        }
        // The base value's own year: "up 3.5% year on year from 93.8 million in 2023".
        bool const value_base = base && mentions[*base].kind == mention_kind::number && mentions[*base].value &&
                                !(*mentions[*base].value >= 1900 && *mentions[*base].value < 2100);
        if (marker && (!base || value_base) && change.from) {
            std::size_t t = *change.from + 1;
            while (t < mentions.size() && mentions[t].parent == *change.from) ++t;
            if (t < mentions.size() && mentions[t].sentence == change.sentence && !mentions[t].parent &&
                (mentions[t].kind == mention_kind::year || mentions[t].kind == mention_kind::period) &&
                mentions[*change.from].end < mentions[t].begin) {
                std::string const gap = text::lower(
                    model.prose.substr(mentions[*change.from].end, mentions[t].begin - mentions[*change.from].end));
                if (gap == " " || gap == " in " || gap == " for ") base = t;
            }
        }
        // "rose 62% year on year to 1.14 trillion naira in 2024 from 704 billion naira in 2022": the new
        // value's year and an old value's after it, the old one not joined to the change
        std::optional<std::size_t> to_period;
        if (change.to) {
            auto const year_right_after = [&](std::size_t v) -> std::optional<std::size_t> {
                std::size_t t = v + 1;
                while (t < mentions.size() && mentions[t].parent == v) ++t;
                if (t >= mentions.size() || mentions[t].sentence != change.sentence || mentions[t].parent ||
                    (mentions[t].kind != mention_kind::year && mentions[t].kind != mention_kind::period) ||
                    mentions[t].begin < mentions[v].end)
                    return std::nullopt;
                std::string const gap =
                    text::lower(model.prose.substr(mentions[v].end, mentions[t].begin - mentions[v].end));
                return gap == " " || gap == " in " || gap == " for " ? std::optional<std::size_t>(t) : std::nullopt;
            };
            to_period = year_right_after(*change.to);
            // ("rose 1.5% year on year to $292.5 billion in 2023 from 2021": the base year itself after the new
            // value's)
            if (marker && !base && !change.from && to_period) {
                std::size_t const y = *to_period + 1;
                if (y < mentions.size() && mentions[y].sentence == change.sentence && !mentions[y].parent &&
                    mentions[y].kind == mention_kind::year && mentions[y].begin > mentions[*to_period].end &&
                    text::lower(model.prose.substr(mentions[*to_period].end,
                                                   mentions[y].begin - mentions[*to_period].end)) == " from ") {
                    std::size_t const after = mentions[y].end;
                    // (the year ends the clause: not "from 2021's level", "from 2021 levels")
                    if (after >= model.prose.size() || model.prose[after] == '.' || model.prose[after] == ',' ||
                        model.prose[after] == ';')
                        base = y;
                }
            }
            if (marker && !base && !change.from && to_period) {
                std::size_t f = *to_period + 1;
                if (f < mentions.size() && mentions[f].sentence == change.sentence && !mentions[f].parent &&
                    mentions[f].value &&
                    (mentions[f].kind == mention_kind::money || mentions[f].kind == mention_kind::number) &&
                    text::lower(model.prose.substr(mentions[*to_period].end,
                                                   mentions[f].begin - mentions[*to_period].end)) == " from ")
                    base = year_right_after(f);
            }
        }
        if (!marker || !base) {
            own_year_base(model, c, out);
            continue;
        }
        // (fiscal years against fiscal years: "For fiscal 2024, revenue rose 8% year on year from fiscal 2022")
        std::optional<int> const base_fiscal = detail::fiscal_year_of(mentions[*base]);
        std::optional<int> const base_year =
            base_fiscal ? base_fiscal
            : mentions[*base].kind == mention_kind::year || mentions[*base].kind == mention_kind::period
                ? model.year_of(mentions[*base])
            : mentions[*base].value && *mentions[*base].value >= 1900 && *mentions[*base].value < 2100
                ? std::optional<int>(static_cast<int>(*mentions[*base].value))
                : std::nullopt;
        if (!base_year) continue;
        // The period of the figure the change is about: the nearest period before the change.
        std::optional<int> period;
        std::optional<std::size_t> period_mention;
        for (std::size_t t = c; t-- > 0 && mentions[t].sentence == change.sentence;) {
            if ((mentions[t].kind == mention_kind::year || mentions[t].kind == mention_kind::period ||
                 mentions[t].kind == mention_kind::relative_time) &&
                !mentions[t].parent) {
                period = detail::fiscal_year_of(mentions[t]) ? detail::fiscal_year_of(mentions[t])
                                                             : model.year_of(mentions[t]);
                period_mention = t;
                break;
            }
        }
        if (!period && to_period) {
            period = model.year_of(mentions[*to_period]);
            period_mention = to_period;
        }
        if (!period) continue;
        // (a fiscal year against a calendar year: two calendars, no year before to name)
        bool const fiscal = base_fiscal.has_value();
        if (fiscal != detail::fiscal_year_of(mentions[*period_mention]).has_value()) continue;
        if (*base_year == *period - 1) continue;
        // (a split year ends the next year: "in the year to March 2025, up 9% from 2023-24" is measured
        // from the financial year that ended in March 2024)
        // (not two split years: "in 2023-24, up 32.5% year on year from 2021-22" is measured from 2022-23)
        if (text::is_split_year(mentions[*base].time_value) &&
            !text::is_split_year(mentions[*period_mention].time_value) && *base_year + 1 == *period - 1)
            continue;
        // (split years said as such: "2023-24")
        bool const split = text::is_split_year(mentions[*base].time_value) &&
                           text::is_split_year(mentions[*period_mention].time_value);
        auto const year_words = [&](int year) {
            return fiscal  ? fmt::format("fiscal {}", year)
                   : split ? fmt::format("{}-{:02}", year, (year + 1) % 100)
                           : std::to_string(year);
        };
        finding f = make_finding(baseline_year, mentions[*base],
                                 fmt::format("a year-on-year change for {} is measured from {}, not {}",
                                             year_words(*period), year_words(*period - 1), year_words(*base_year)));
        f.related.push_back(related(mentions[*marker], "year on year"));
        f.related.push_back(related(mentions[*period_mention], "the period of the figure"));
        f.notes.push_back(fmt::format("\"{}\" compares {} with the year before it, {}; the text names {}",
                                      text_of(mentions[*marker]), year_words(*period), year_words(*period - 1),
                                      year_words(*base_year)));
        out.push_back(std::move(f));
    }
}

} // namespace

rule const baseline_year{
    "NC203",
    "baseline-year",
    severity::warning,
    "a year-on-year change whose base is not the previous period",
    {
        "A change stated as year on year (\"year on year\", \"from a year earlier\") that also names its base "
        "year (\"from 2020\") for a figure whose period is known (\"in 2023\"). The base must be the year "
        "before the figure's year. Without \"year on year\", one tight form is reported too: a figure with its "
        "year, a comma, then \"up\" or \"down\" from that same year at the end of the clause (\"94 million "
        "tourists last year, up 10% from 2024,\" in 2025); \"from 2024 levels\", \"from 2024's close\" and a "
        "year in another clause are other comparisons.",
        "A growth rate over three years presented as one year's growth overstates it; either the base year or "
        "\"year on year\" is wrong.",
        "Output reached 3 mln tonnes in 2023, up 5 pct year on year from 2022... wrongly written as from 2020.",
        "Output reached 3 mln tonnes in 2023, up 5 pct year on year from 2022.\n"
        "Output reached 3 mln tonnes in 2023, up 15 pct from 2020.  (not stated as year on year)",
    },
    &check,
};

} // namespace numcheck::rules
