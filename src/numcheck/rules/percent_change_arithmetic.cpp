// NC101 percent-change-arithmetic: a stated percentage change that the stated before and after
// values cannot give.
#include <cmath>

#include <fmt/format.h>

#include "numcheck/rules/change_math.hpp"

namespace numcheck::rules {

namespace {

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    for (auto const& c : model.changes) {
        auto const math = analyse_change(model, c);
        if (!math || math->direction_contradicted) continue; // NC102's finding
        mention const& change = model.at(c.change);
        mention const& amount = model.at(*c.amount);
        mention const& from = model.at(c.from);
        mention const& to = model.at(c.to);
        interval const computed = math->stated_in_points ? math->points : math->relative;
        double const computed_value = math->stated_in_points ? math->points_value : math->relative_value;
        if (meets(math->stated, computed)) continue;
        if (model.tolerance.percent_change > 0 && gap(math->stated, computed) <= model.tolerance.percent_change)
            continue;
        // Stated in percent, right in points: NC103's finding.
        if (math->between_percentages && !math->stated_in_points && meets(math->stated, math->points)) continue;

        std::string const unit = math->stated_in_points ? " points" : "%";
        auto const show = [&](double x) {
            return math->stated_in_points ? decimal(x, 2) + " points" : signed_percent(x, 1);
        };
        finding f = make_finding(percent_change_arithmetic, change,
                                 fmt::format("{} to {} is a {} of {}, not the {} stated", text_of(from), text_of(to),
                                             rise_or_fall(computed_value),
                                             math->stated_in_points ? decimal(std::abs(computed_value), 2) + " points"
                                                                    : decimal(std::abs(computed_value), 1) + "%",
                                             text_of(amount)));
        if (gap(math->stated, computed) <= last_digit(text_of(amount))) f.level = severity::note;
        f.related.push_back(related(from, "before"));
        f.related.push_back(related(to, "after"));
        if (math->stated_in_points) {
            f.notes.push_back(fmt::format("{} - {} = {} points", figure(c.to_stated), figure(c.from_stated),
                                          decimal(computed_value, 2)));
        } else {
            f.notes.push_back(fmt::format("{} / {} = {}, a {} of {}", figure(c.to_stated), figure(c.from_stated),
                                          decimal(c.to_stated / c.from_stated, 4), rise_or_fall(computed_value),
                                          unsigned_percent(computed_value)));
        }
        f.notes.push_back(fmt::format(
            "given rounding of the stated figures the {} is {}; the text says {}",
            math->stated_in_points ? "difference" : "change",
            math->stated_in_points ? fmt::format("{} to {} points", decimal(computed.low, 2), decimal(computed.high, 2))
                                   : percent_range(computed),
            show(math->stated_value)));
        if (f.level == severity::note)
            f.notes.push_back(fmt::format("the miss is within one unit of the last stated digit ({}{})",
                                          decimal(last_digit(text_of(amount)), 3), unit));
        out.push_back(std::move(f));
    }
}

} // namespace

rule const percent_change_arithmetic{
    "NC101",
    "percent-change-arithmetic",
    severity::warning,
    "a stated percentage change that the stated before and after values cannot give",
    {
        "A change stated with its amount and both of its values (\"rose 12 percent to $4.5 billion from $3.6 "
        "billion\"): the amount must be what the values give. Every figure stands for the interval of values "
        "that round or truncate to it, hedges widen it, and the rule reports only when no values in those "
        "intervals give the stated change. A miss within one unit of the stated change's last digit is a note; "
        "a larger one a warning. Changes stated in percentage points are checked against the difference of the "
        "two percentages.",
        "A wrong percentage beside correct figures is the commonest arithmetic slip in business copy, and "
        "readers quote the percentage. It usually means one of the three figures was updated and the others "
        "were not.",
        "Profit rose 9 percent to $2.4 billion from $1.8 billion.\n"
        "  ($1.8 billion to $2.4 billion is a rise of 23.7% to 42.9% given rounding.)\n"
        "Turnover rose by 20.8 pct to 87.1 mln dlrs from 72.6 mln dlrs.\n"
        "  (19.7% to 20.2% given rounding.)",
        "Exports fell 9.1 pct to 1.4 mln tonnes from 1.6 mln.  (-20.6% to -3.2% given rounding: consistent.)\n"
        "Sunmeal usage rose 25 pct to 408,000 tonnes from 325,000.  (Trailing zeros are rounding.)\n"
        "The jobless rate climbed 3 percent, from 5 percent to 8 percent.  (3 is the difference in points: "
        "NC103 reports it.)\n"
        "Sales fell 5 pct to 90 from 80.  (The direction is wrong: NC102 reports it.)",
    },
    &check,
};

} // namespace numcheck::rules
