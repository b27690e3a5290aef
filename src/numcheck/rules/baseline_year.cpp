// NC203 baseline-year: a year-on-year change whose base is not the previous period.
#include <fmt/format.h>

#include "numcheck/rules/time.hpp"
#include "numcheck/text.hpp"

namespace numcheck::rules {

namespace {

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
                 lower.find("a year earlier") != std::string::npos || lower.find("a year ago") != std::string::npos))
                marker = m;
            // The base year: "from 2020", "compared with 2020", "over 2020" (after the marker, if any).
            if (!base && (t.kind == mention_kind::year || (t.kind == mention_kind::number && t.parent == c))) {
                std::string_view const before =
                    model.prose.substr(t.begin >= 16 ? t.begin - 16 : 0, t.begin >= 16 ? 16 : t.begin);
                std::string const lead = text::lower(before);
                if (lead.ends_with("from ") || lead.ends_with("with ") || lead.ends_with("over ") ||
                    lead.ends_with("against ") || text::lower(t.text).starts_with("from "))
                    base = m;
            }
        }
        if (!base) continue;
        std::optional<int> const base_year =
            mentions[*base].kind == mention_kind::year ? model.year_of(mentions[*base])
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
                period = model.year_of(mentions[t]);
                period_mention = t;
                break;
            }
        }
        if (!period) continue;
        if (!marker) {
            // Without "year on year" any earlier base will do; but not the figure's own year: "94
            // million tourists last year, up 10% from 2024" (in 2025).
            mention const& p = mentions[*period_mention];
            bool const whole_year = p.kind == mention_kind::year ||
                                    (p.kind == mention_kind::relative_time && p.relative_unit == "year") ||
                                    (p.kind == mention_kind::period && p.time_value.size() == 4);
            if (!whole_year || *base_year != *period) continue;
            finding f = make_finding(baseline_year, mentions[*base],
                                     fmt::format("a change for {} is measured from {} itself", *period, *base_year));
            f.related.push_back(related(p, "the period of the figure"));
            f.notes.push_back(
                fmt::format("\"{}\" is {}: a change in it is measured from an earlier year", text_of(p), *period));
            out.push_back(std::move(f));
            continue;
        }
        if (*base_year == *period - 1) continue;
        finding f = make_finding(
            baseline_year, mentions[*base],
            fmt::format("a year-on-year change for {} is measured from {}, not {}", *period, *period - 1, *base_year));
        f.related.push_back(related(mentions[*marker], "year on year"));
        f.related.push_back(related(mentions[*period_mention], "the period of the figure"));
        f.notes.push_back(fmt::format("\"{}\" compares {} with the year before it, {}; the text names {}",
                                      text_of(mentions[*marker]), *period, *period - 1, *base_year));
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
        "before the figure's year. Any change of a year's figure must be measured from an earlier year than its "
        "own (\"94 million tourists last year, up 10% from 2024\", in 2025).",
        "A growth rate over three years presented as one year's growth overstates it; either the base year or "
        "\"year on year\" is wrong.",
        "Output reached 3 mln tonnes in 2023, up 5 pct year on year from 2022... wrongly written as from 2020.",
        "Output reached 3 mln tonnes in 2023, up 5 pct year on year from 2022.\n"
        "Output reached 3 mln tonnes in 2023, up 15 pct from 2020.  (not stated as year on year)",
    },
    &check,
};

} // namespace numcheck::rules
