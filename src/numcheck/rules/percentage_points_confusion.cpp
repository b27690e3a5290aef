// NC103 percentage-points-confusion: a change between two percentages stated in percent when it is
// the difference in points.
#include <cmath>

#include <fmt/format.h>

#include "numcheck/rules/change_math.hpp"

namespace numcheck::rules {

namespace {

/// A finding at change `c`'s amount, its before and after values marked.
finding at_amount(claim_model const& model, change_claim const& c, std::string message) {
    using namespace detail;
    finding f = make_finding(percentage_points_confusion, model.at(*c.amount), std::move(message));
    f.related.push_back(related(model.at(c.from), "before"));
    f.related.push_back(related(model.at(c.to), "after"));
    return f;
}

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    for (auto const& c : model.changes) {
        auto const math = analyse_change(model, c);
        // The other way: a change between sums or counts told in percentage points, which only percentages have
        // ("up from 152.9 billion yen, a 1.8 percentage point increase": a rise of 1.8%)
        if (math && math->stated_in_points && !math->stated_as_fraction && !math->direction_contradicted &&
            model.at(c.from).kind != mention_kind::percent && model.at(c.to).kind != mention_kind::percent &&
            meets(math->stated, math->relative)) {
            finding f = at_amount(
                model, c,
                fmt::format("{} to {} is a relative change of {}, told in percentage points: points are differences "
                            "of percentages, and neither figure is one",
                            text_of(model.at(c.from)), text_of(model.at(c.to)), signed_percent(math->relative_value)));
            f.notes.push_back(fmt::format("{} / {} = {}, a {} of {}", figure(c.to_stated), figure(c.from_stated),
                                          decimal(c.to_stated / c.from_stated, 4), rise_or_fall(math->relative_value),
                                          unsigned_percent(math->relative_value)));
            f.notes.push_back(
                fmt::format("write \"{}\"", fmt::format("{}%", decimal(std::abs(math->stated_value), 1))));
            out.push_back(std::move(f));
            continue;
        }
        if (!math || !math->between_percentages || math->stated_in_points || math->stated_as_fraction ||
            math->direction_contradicted)
            continue;
        if (meets(math->stated, math->relative) || !meets(math->stated, math->points)) continue;
        mention const& amount = model.at(*c.amount);
        finding f = at_amount(
            model, c,
            fmt::format("{} to {} is a change of {} percentage points, not {}: the {} stated is the difference in "
                        "points, the relative change is {}",
                        text_of(model.at(c.from)), text_of(model.at(c.to)), decimal(math->points_value, 2),
                        text_of(amount), text_of(amount), signed_percent(math->relative_value)));
        f.notes.push_back(fmt::format("{} - {} = {} percentage points", decimal(c.to_stated, 2),
                                      decimal(c.from_stated, 2), decimal(math->points_value, 2)));
        f.notes.push_back(fmt::format("{} / {} = {}, a relative {} of {} ({} given rounding)", decimal(c.to_stated, 2),
                                      decimal(c.from_stated, 2), decimal(c.to_stated / c.from_stated, 4),
                                      rise_or_fall(math->relative_value), unsigned_percent(math->relative_value),
                                      percent_range(math->relative)));
        f.notes.push_back(fmt::format("write \"{} percentage points\" or \"{}\"",
                                      decimal(std::abs(math->points_value), 2),
                                      fmt::format("{}%", decimal(std::abs(math->relative_value), 0))));
        out.push_back(std::move(f));
    }
}

} // namespace

rule const percentage_points_confusion{
    "NC103",
    "percentage-points-confusion",
    severity::warning,
    "a change between two percentages stated in percent when it is the difference in points",
    {
        "A change from one percentage to another (\"from 5 percent to 8 percent\") stated in percent: the "
        "stated amount must be the relative change (8 / 5 = +60%). The rule reports when it is instead the "
        "difference in points (3) and not the relative change, given rounding.",
        "\"Up 3 percent\" and \"up 3 percentage points\" are different claims: a rate rising from 5% to 8% "
        "rose 60 percent. Readers and later stories take the wrong one at its word.",
        "The jobless rate climbed 3 percent, from 5 percent to 8 percent.",
        "The jobless rate climbed 3 percentage points, from 5 percent to 8 percent.\n"
        "Inflation fell to 2.1 pct from 4.7 pct.  (no amount stated)\n"
        "Year-on-year M-3 rose 17.77 pct from a revised 15.34 pct.  (two growth rates: no before value of the "
        "change itself)",
    },
    &check,
};

} // namespace numcheck::rules
