// NC106 shares-exceed-100: shares of one whole that add up to more than 100 percent.
#include <algorithm>

#include <fmt/format.h>

#include "numcheck/rules/arithmetic.hpp"
#include "numcheck/text.hpp"

namespace numcheck::rules {

namespace {

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    for (auto const& g : model.shares) {
        double least = 0, stated = 0;
        std::string parts_text;
        for (auto const s : g.shares) {
            mention const& share = model.at(s);
            least += rounded(share).low;
            stated += *share.value;
            parts_text += (parts_text.empty() ? "" : " + ") + text_of(share);
        }
        // Each share may have been rounded up by half a unit; even so the sum is over 100.
        if (least <= 100) continue;
        mention const& last = model.at(g.shares.back());
        finding f = make_finding(shares_exceed_100, last,
                                 fmt::format("shares of one whole add up to {}%, more than 100%", decimal(stated, 2)));
        for (std::size_t i = 0; i + 1 < g.shares.size(); ++i)
            f.related.push_back(related(model.at(g.shares[i]), "share"));
        // The whole as the text names it: the cue and, after "of those", the word that says who
        // ("of those polled"), without the spaces around it.
        std::size_t whole_begin = g.whole_begin, whole_end = g.whole_end;
        while (whole_end < model.prose.size() && whole_end > whole_begin && model.prose[whole_end - 1] == ' ' &&
               text::is_alpha(model.prose[whole_end]))
            while (whole_end < model.prose.size() && text::is_alpha(model.prose[whole_end])) ++whole_end;
        while (whole_begin < whole_end && model.prose[whole_begin] == ' ') ++whole_begin;
        while (whole_end > whole_begin && (model.prose[whole_end - 1] == ' ' || model.prose[whole_end - 1] == ','))
            --whole_end;
        std::string whole =
            g.whole_said.empty() ? std::string(model.prose.substr(whole_begin, whole_end - whole_begin)) : g.whole_said;
        std::replace(whole.begin(), whole.end(), '\n', ' ');
        f.notes.push_back(fmt::format("{} = {}%", parts_text, decimal(stated, 2)));
        f.notes.push_back(fmt::format("even with each share at the lowest value its rounding allows, they add up to "
                                      "at least {}% of the same whole (\"{}\")",
                                      decimal(least, 2), whole));
        out.push_back(std::move(f));
    }
}

} // namespace

rule const shares_exceed_100{
    "NC106",
    "shares-exceed-100",
    severity::error,
    "shares of one whole that add up to more than 100 percent",
    {
        "Percentages in one sentence that divide one named whole (\"Of voters polled\", \"of those surveyed\", "
        "\"respondents\"), each followed by what that share did (\"48% backed Ms. Lee\"): they cannot add up to "
        "more than 100%. Each share may have been rounded, so the rule reports only when the sum is over 100 "
        "even with every share at the bottom of its rounding interval. Only answers to one question are "
        "added: the text must tell them apart as exclusive (a residual answer such as \"undecided\" or \"no "
        "opinion\", opposite answers such as \"supported\" and \"opposed\" or \"yes\" and \"no\", different "
        "names after one verb of choice, \"supported\", \"backed\" or \"favoured\" alike), and the shares stop at a "
        "subgroup (\"including 70% of those under 30\", \"; "
        "among Republicans\", \"60% of them\") or a semicolon. Traits that overlap (\"62% were women and 48% "
        "were over 50\") and questions that allow several answers (\"more than one\", \"could choose\") are "
        "not checked. Shares of a named whole given as standings are added too: a vote's (\"of the vote\"), a "
        "whole the sentence opens with (\"Of the 223 launches, the United States accounted for 52%, China for "
        "30% ...\"), or a first share of a whole with the others' verb left out (\"Asia generated 30% of group "
        "sales, the United States 34%, ... and other markets 13%\").",
        "Poll results that add up to more than the whole are the first thing a reader notices and the surest "
        "sign that one figure was mistyped.",
        "Of voters polled, 48% backed Ms. Lee, 45% backed Mr. Park and 12% were undecided.",
        "Of voters polled, 48% backed Ms. Lee and 45% backed Mr. Park; 52% of men and 44% of women backed Lee.\n"
        "  (the last two are shares of different wholes)\n"
        "Of those surveyed, 60% said prices, 55% said jobs: respondents could name more than one issue.\n"
        "Of respondents, 62% were women and 48% were over 50.",
    },
    &check,
};

} // namespace numcheck::rules
