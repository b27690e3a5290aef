// NC102 change-direction: a direction word ("fell", "rose" and kin) against before and after
// values that go the other way.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "numcheck/rules/change_math.hpp"
#include "numcheck/text.hpp"

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
    // A change restated right after its values the other way: "Debt service rose to $181 million from $163
    // million, a decline of 11%" (the values and the verb agree; the noun of change after the comma does not).
    auto const& mentions = *model.mentions;
    for (auto const& c : model.changes) {
        mention const& change = model.at(c.change);
        if (c.signed_values || change.direction == 0 || c.from_stated <= 0 || c.to_stated == c.from_stated ||
            contradicts_direction(model, c))
            continue;
        bool const values_up = c.to_stated > c.from_stated;
        // (or the verb against the values as stated, a hedge keeping it from certain, and the restatement with the
        // values: "rose to about 107,500 in 2023 from 111,000 in 2022, a decline of 3%")
        bool const verb_against = values_up != (change.direction > 0);
        if (verb_against && model.at(c.from).hedge.empty() && model.at(c.to).hedge.empty()) continue;
        std::size_t end = std::max({change.end, model.at(c.from).end, model.at(c.to).end});
        std::size_t k = c.change + 1;
        while (k < mentions.size() && (mentions[k].begin < end || mentions[k].parent)) ++k;
        // (past the base's time: "rose to 13,972 from 12,543 a year earlier, a fall of 11.4%")
        while (k < mentions.size() && mentions[k].sentence == change.sentence && mentions[k].begin == end + 1 &&
               model.prose[end] == ' ' &&
               (mentions[k].kind == mention_kind::relative_time || mentions[k].kind == mention_kind::year ||
                mentions[k].kind == mention_kind::period)) {
            end = mentions[k].end;
            ++k;
            while (k < mentions.size() && (mentions[k].begin < end || mentions[k].parent)) ++k;
        }
        if (k >= mentions.size()) continue;
        mention const& next = mentions[k];
        if (next.sentence != change.sentence || next.kind != mention_kind::change || !next.amount || next.from ||
            next.to || next.direction == 0 || ((next.direction > 0) == values_up) != verb_against ||
            model.prose.substr(end, next.begin - end) != ", ")
            continue;
        std::string const words = text::lower(next.text);
        if (!(words.starts_with("a ") || words.starts_with("an ")) ||
            text::contains_any_word(words, {"improvement", "deterioration", "change", "swing", "narrowing", "widening",
                                            "reduction", "cut"}))
            continue;
        // (a change on another basis than the values: "rose to $61.7 billion from $59.4 billion, a decline of 0.8%
        // after adjusting for inflation", "excluding a one-time payment", "per resident")
        if (change_on_another_basis(model.prose, next)) continue;
        // (restatements of two changes paired in order: "Refusals rose to 1,200 from 1,000, while grants fell to 800
        // from 1,000, a rise of 20% and a fall of 20% respectively")
        if (model.sentences && next.sentence < model.sentences->size()) {
            sentence const& s = (*model.sentences)[next.sentence];
            std::string const rest = text::lower(model.prose.substr(next.end, s.end > next.end ? s.end - next.end : 0));
            // (or without it, a second restatement joined by "and": "..., a drop of 20% and an increase of 20%")
            if (text::contains_any_word(rest, {"respectively"}) || rest.starts_with(" and a ") ||
                rest.starts_with(" and an "))
                continue;
        }
        mention const& from = model.at(c.from);
        mention const& to = model.at(c.to);
        if (verb_against) {
            finding f = make_finding(change_direction, change,
                                     fmt::format("\"{}\" says the figure {}, but {} to {} is a {}, as \"{}\" says",
                                                 c.verb, values_up ? "fell" : "rose", text_of(from), text_of(to),
                                                 values_up ? "rise" : "fall", text_of(next)));
            f.related.push_back(related(from, "before"));
            f.related.push_back(related(to, "after"));
            f.related.push_back(related(next, "the restatement"));
            f.notes.push_back(fmt::format("{} / {} = {}, a {}", figure(c.to_stated), figure(c.from_stated),
                                          decimal(c.to_stated / c.from_stated, 4), values_up ? "rise" : "fall"));
            f.notes.push_back("the values as written and the restatement after the comma both go the other way from "
                              "the verb");
            out.push_back(std::move(f));
            continue;
        }
        finding f = make_finding(change_direction, next,
                                 fmt::format("\"{}\" says the figure {}, but {} to {} is a {}", text_of(next),
                                             values_up ? "fell" : "rose", text_of(from), text_of(to),
                                             values_up ? "rise" : "fall"));
        f.related.push_back(related(change, "the change it restates"));
        f.notes.push_back(fmt::format("{} / {} = {}, a {}", figure(c.to_stated), figure(c.from_stated),
                                      decimal(c.to_stated / c.from_stated, 4), values_up ? "rise" : "fall"));
        f.notes.push_back("the restatement after the comma goes the other way from the change and its values");
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
        "\"to 24 cents from 22\", \"to 18 cts a share from 14 cts\"). A restatement right after the values that "
        "goes the other way is reported too (\"rose to $181 million from $163 million, a decline of 11%\").",
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
