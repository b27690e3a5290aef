// NC107 fraction-percent-mismatch: "one in five, or 25 percent".
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "numcheck/rules/arithmetic.hpp"
#include "numcheck/text.hpp"

namespace numcheck::rules {

namespace {

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    for (auto const& r : model.restatements) {
        mention const& fraction = model.at(r.fraction);
        mention const& percent = model.at(r.percent);
        interval const as_percent{fraction.range->low * 100, fraction.range->high * 100};
        if (meets(as_percent, *percent.range)) continue;
        // (a fall's fraction restated with its sign: "fell by about a quarter (-25%)"; a fraction is no less than
        // nothing, so a percentage below it is the size of the fall)
        if (percent.range->high <= 0 && meets(as_percent, interval{-percent.range->high, -percent.range->low}))
            continue;
        // (the fraction of a rate told before it in the sentence: "The 18 per cent GST is split equally, with
        // half, or 9 per cent, going to the Centre")
        bool const of_a_rate = std::any_of(model.mentions->begin(), model.mentions->end(), [&](mention const& m) {
            return m.kind == mention_kind::percent && m.sentence == fraction.sentence && m.end <= fraction.begin &&
                   m.range && m.range->low > 0 &&
                   meets(interval{fraction.range->low * m.range->low, fraction.range->high * m.range->high},
                         *percent.range);
        });
        if (of_a_rate) continue;
        // (as many decimals as show a small share: "One in 5 million passengers is 0.00002%", not "0%")
        auto const places = [](double pct, int at_least) {
            double const a = std::abs(pct);
            return a > 0 && a < 1 ? std::max(at_least, static_cast<int>(std::ceil(-std::log10(a))) + 1) : at_least;
        };
        int const fraction_places = places(*fraction.value * 100, 1);
        int const percent_places = places(percent.range->low, 2);
        finding f = make_finding(fraction_percent_mismatch, percent,
                                 fmt::format("{} is {}, not {}", text_of(fraction),
                                             decimal(*fraction.value * 100, fraction_places) + "%", text_of(percent)));
        f.related.push_back(related(fraction, "the fraction it restates"));
        f.notes.push_back(fmt::format("{} = {}%; a fraction stated in words stands for {}% to {}%", text_of(fraction),
                                      decimal(*fraction.value * 100, fraction_places),
                                      decimal(as_percent.low, fraction_places),
                                      decimal(as_percent.high, fraction_places)));
        f.notes.push_back(fmt::format("{} stands for {}% to {}%", text_of(percent),
                                      decimal(percent.range->low, percent_places),
                                      decimal(percent.range->high, percent_places)));
        out.push_back(std::move(f));
    }
    // "9,000 jobs, or 7% of its workforce of 128,000": the part over the whole
    for (auto const& r : model.restated_shares) {
        // (a fraction in words of a whole, "Of the 603 deals, one in three, or 45%": checked above)
        if (std::any_of(model.restatements.begin(), model.restatements.end(),
                        [&](auto const& f) { return f.percent == r.percent; }))
            continue;
        mention const& part = model.at(r.part);
        mention const& percent = model.at(r.percent);
        mention const& whole = model.at(r.whole);
        // (a share told as a rate for a year of a part for a shorter time: "Net charge-offs were $18.4 million, or
        // 0.35% of average loans of $21.2 billion on an annualized basis")
        if (model.sentences && percent.sentence < model.sentences->size()) {
            sentence const& s = (*model.sentences)[percent.sentence];
            std::string const said = text::lower(model.prose.substr(s.begin, s.end - s.begin));
            if (said.find("annualiz") != std::string::npos || said.find("annualis") != std::string::npos) continue;
        }
        interval const computed = quotient(r.part_value, r.whole_value);
        interval const as_percent{computed.low * 100, computed.high * 100};
        if (meets(as_percent, *percent.range)) continue;
        // (a share of another whole the percentage names itself, a whole before the part being the model's: "found
        // 100 firms lacking; 30 of those, or 12% of all firms reviewed, were referred")
        if (whole.end <= part.begin && percent.end < model.prose.size()) {
            std::string const follow = text::lower(
                model.prose.substr(percent.end, std::min<std::size_t>(24, model.prose.size() - percent.end)));
            if (follow.starts_with(" of all ") || follow.starts_with(" of every ") || follow.starts_with(" of each "))
                continue;
        }
        // (a loss as a share of the whole before it, the old value of the whole's change told in the sentence: "now
        // employs 412 people, down from 455 a year ago, a loss of 43 jobs, or 9.5% of its workforce")
        if (std::any_of(model.mentions->begin(), model.mentions->end(), [&](mention const& m) {
                if (m.sentence != part.sentence || &m == &whole || m.kind != whole.kind || !m.range || !m.value ||
                    *m.value <= *part.value || m.begin < 5 || m.end > part.begin)
                    return false;
                if (!text::iequals(model.prose.substr(m.begin - 5, 5), "from ")) return false;
                interval const q = quotient(r.part_value, *m.range);
                return meets(interval{q.low * 100, q.high * 100}, *percent.range);
            }))
            continue;
        // (parts and shares paired in order by "respectively", the part another share's of the sentence: "The state
        // will pay 60% and the federal government 40% of the $3 billion cost, or $1.8 billion and $1.2 billion
        // respectively")
        if (model.sentences && part.sentence < model.sentences->size()) {
            sentence const& s = (*model.sentences)[part.sentence];
            std::string const rest = text::lower(model.prose.substr(part.end, s.end > part.end ? s.end - part.end : 0));
            bool const paired = text::contains_any_word(rest, {"respectively"}) &&
                                std::any_of(model.mentions->begin(), model.mentions->end(), [&](mention const& m) {
                                    return &m != &percent && m.sentence == part.sentence &&
                                           m.kind == mention_kind::percent && !m.parent && m.range &&
                                           meets(as_percent, *m.range);
                                });
            if (paired) continue;
        }
        double const share = 100 * r.part_stated / r.whole_stated;
        int const places = decimals_in(text_of(percent)) + 1;
        finding f = make_finding(fraction_percent_mismatch, percent,
                                 fmt::format("{} of {} is {}%, not {}", text_of(part), text_of(whole),
                                             decimal(share, places), text_of(percent)));
        // (a near miss by the percentage as stated, not by the interval it stands for: "9%" against 7.0%
        // is two points off, though [8.5, 9.5) is within one of [6.6, 7.8))
        if (gap(interval{*percent.value, *percent.value}, as_percent) <= last_digit(text_of(percent)) * (1 + 1e-9))
            f.level = severity::note;
        f.related.push_back(related(part, "the part"));
        f.related.push_back(related(whole, "the whole"));
        f.notes.push_back(fmt::format("{} / {} = {}", figure(r.part_stated), figure(r.whole_stated),
                                      decimal(r.part_stated / r.whole_stated, places + 2)));
        f.notes.push_back(fmt::format(
            "given rounding of the stated figures the share is {}; the text says {}",
            span_words(decimal(as_percent.low, places), decimal(as_percent.high, places), "%"), text_of(percent)));
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
        "for 10% either side of its value, hedges widen it, and the percentage for its rounding interval. A "
        "count or a sum restated as a percentage of a whole stated after it (\"9,000 jobs, or 7% of its "
        "workforce of 128,000\") must be that share of it, given the rounding of all three figures; so must a "
        "part of a whole stated just before it (\"41 of the 120 seats, or 34%\", \"Of the 120 seats, the party won "
        "41, or 34%\"), where a small count (under 100) is taken as exact.",
        "The restatement is there to make the fraction precise; when they disagree the reader cannot tell "
        "which one the reporter meant.",
        "Nearly one in three residents, or 45 percent, rent.\n"
        "One in five, or 25 percent, of the town's workers commute.\n"
        "The company cut 400 jobs, or about 22% of its workforce of 3,300.\n"
        "The party won 41 of the 120 seats, or 44% of the total.",
        "About a third of them, or 35 percent, rent.\n"
        "One in four, or 27 percent, said they would move.\n"
        "Nordwerk will cut 9,000 jobs, or 7% of its global workforce of about 128,000.\n"
        "The party won 41 of the 120 seats, or 34% of the total.",
    },
    &check,
};

} // namespace numcheck::rules
