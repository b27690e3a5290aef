// NC102 change-direction: a direction word ("fell", "rose" and kin) against before and after
// values that go the other way.
#include <cmath>

#include <fmt/format.h>

#include "numcheck/rules/change_math.hpp"

namespace numcheck::rules {

namespace {

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    for (auto const& c : model.changes) {
        if (!contradicts_direction(model, c)) continue;
        mention const& change = model.at(c.change);
        mention const& from = model.at(c.from);
        mention const& to = model.at(c.to);
        bool const says_up = change.direction > 0;
        double const actual = (c.to_stated / c.from_stated - 1) * 100;
        finding f =
            make_finding(change_direction, change,
                         fmt::format("\"{}\" says the figure {}, but {} to {} is a {}", c.verb,
                                     says_up ? "rose" : "fell", text_of(from), text_of(to), says_up ? "fall" : "rise"));
        f.related.push_back(related(from, "before"));
        f.related.push_back(related(to, "after"));
        if (c.signed_values)
            f.notes.push_back(fmt::format("{} - ({}) = {}, a {}", figure(c.to_stated), figure(c.from_stated),
                                          figure(c.to_stated - c.from_stated),
                                          c.to_stated > c.from_stated ? "rise" : "fall"));
        else
            f.notes.push_back(fmt::format("{} / {} = {}, a {} of {}", figure(c.to_stated), figure(c.from_stated),
                                          decimal(c.to_stated / c.from_stated, 4), rise_or_fall(actual),
                                          unsigned_percent(actual)));
        f.notes.push_back("either the direction word or one of the two values is wrong, or they are swapped");
        out.push_back(std::move(f));
    }
}

} // namespace

rule const change_direction{
    "NC102",
    "change-direction",
    severity::error,
    "a direction word (fell, rose and kin) against before and after values that go the other way",
    {
        "A change stated with a direction word and both of its values (\"slid to 640 units from 590\", "
        "\"raised its prime rate to 7.75 pct from 7.50 pct\"). The word must agree with the values: the rule "
        "reports when every value the two figures can stand for (rounding included) moves the other way. A bare "
        "figure takes the other's scale, currency, hundredths and \"per\" (\"to 1.4 mln tonnes from 1.6\", "
        "\"to 24 cents from 22\", \"to 18 cts a share from 14 cts\").",
        "A rise reported as a fall turns the story around. It usually comes from swapped values (\"to X from "
        "Y\" written as \"to Y from X\") or a changed verb.",
        "Sales slid to 640 units from 590.\n"
        "Exports rose 5 pct to 1.2 mln tonnes from 1.3 mln.\n"
        "The bank cut its prime rate to 7.75 pct from 7.50 pct.",
        "Inflation fell to 2.1 pct from 4.7 pct.\n"
        "It lifted its dividend to 24 cents from 22.\n"
        "Output was steady at 1.4 mln tonnes against 1.4 mln.  (no direction stated)\n"
        "The loss widened to 5 mln dlrs from 3 mln.  (losses and profits are not read for direction)",
    },
    &check,
};

} // namespace numcheck::rules
