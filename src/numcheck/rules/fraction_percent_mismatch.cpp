// NC107 fraction-percent-mismatch: "one in five, or 25 percent".
#include <fmt/format.h>

#include "numcheck/rules/arithmetic.hpp"

namespace numcheck::rules {

namespace {

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    for (auto const& r : model.restatements) {
        mention const& fraction = model.at(r.fraction);
        mention const& percent = model.at(r.percent);
        interval const as_percent{fraction.range->low * 100, fraction.range->high * 100};
        if (meets(as_percent, *percent.range)) continue;
        finding f = make_finding(fraction_percent_mismatch, percent,
                                 fmt::format("{} is {}, not {}", text_of(fraction),
                                             decimal(*fraction.value * 100, 1) + "%", text_of(percent)));
        f.related.push_back(related(fraction, "the fraction it restates"));
        f.notes.push_back(fmt::format("{} = {}%; a fraction stated in words stands for {}% to {}%", text_of(fraction),
                                      decimal(*fraction.value * 100, 1), decimal(as_percent.low, 1),
                                      decimal(as_percent.high, 1)));
        f.notes.push_back(fmt::format("{} stands for {}% to {}%", text_of(percent), decimal(percent.range->low, 2),
                                      decimal(percent.range->high, 2)));
        out.push_back(std::move(f));
    }
}

} // namespace

rule const fraction_percent_mismatch{
    "NC107",
    "fraction-percent-mismatch",
    severity::warning,
    "a fraction and the percentage that restates it disagree",
    {
        "A fraction in words (\"one in five\", \"a third\", \"nearly half\") restated as a percentage right "
        "beside it (\", or 25 percent\", \"(25%)\"): the two must be the same share. A fraction in words stands "
        "for 10% either side of its value, hedges widen it, and the percentage for its rounding interval.",
        "The restatement is there to make the fraction precise; when they disagree the reader cannot tell "
        "which one the reporter meant.",
        "Nearly one in three residents, or 45 percent, rent.\n"
        "One in five, or 25 percent, of the town's workers commute.",
        "About a third of them, or 35 percent, rent.\n"
        "One in four, or 27 percent, said they would move.",
    },
    &check,
};

} // namespace numcheck::rules
