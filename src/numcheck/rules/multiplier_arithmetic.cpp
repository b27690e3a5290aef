// NC104 multiplier-arithmetic: doubled, tripled, halved, N-fold against the stated values.
#include <cmath>

#include <fmt/format.h>

#include "numcheck/rules/arithmetic.hpp"
#include "numcheck/text.hpp"

namespace numcheck::rules {

namespace {

/// The ratios a multiplier word allows: a plain "tripled" is 2.7 to 3.3 times; "more than doubled"
/// is two times or more, "more than halved" half or less; "nearly", "roughly" and kin widen it.
interval allowed_ratio(double k, std::string const& lower_text) {
    interval band{k * 0.9, k * 1.1};
    if (text::contains_any_word(lower_text, {"roughly", "about", "around", "approximately", "some", "nearly", "almost",
                                             "just", "virtually", "close", "effectively"}))
        band = {k * 0.8, k * 1.2};
    // ("more than doubled" is at least twice: the stated figures' rounding gives the slack, not the
    // tenth a plain "doubled" is allowed; 29 million from 16 million, 1.81 times, is not)
    if (lower_text.find("more than") != std::string::npos || text::contains_any_word(lower_text, {"over", "above"}) ||
        lower_text.find("at least") != std::string::npos) {
        // (a fall by a factor: "more than halved" is half or less)
        band = k < 1 ? interval{0, k} : interval{k, INFINITY};
    }
    if (lower_text.find("less than") != std::string::npos || text::contains_any_word(lower_text, {"under", "below"}))
        band = k < 1 ? interval{k, 1} : interval{0, band.high};
    // "a three-fold increase" is read by some as four times the base.
    // So is "three times more than" or "three times higher than" (the base and three times it again);
    // "three times as many as" is not.
    if (k > 1 && (lower_text.find("fold") != std::string::npos ||
                  (lower_text.find("times") != std::string::npos &&
                   text::contains_any_word(lower_text, {"more", "higher", "larger", "bigger", "greater"}))))
        band.high = std::max(band.high, (k + 1) * 1.1);
    return band;
}

/// The multiple a multiplier `k` at mention `index` stands for with the ones it compounds: "doubled twice" is
/// four times, "doubled and then doubled again" and "tripled and then doubled" (a multiplier without values
/// right before it, joined by "then" or "again") the product.
double compound_multiple(claim_model const& model, std::size_t index, double k) {
    auto const& mentions = *model.mentions;
    mention const& change = mentions[index];
    std::string const lower = text::lower(change.text);
    auto const words = text::words(lower);
    // (not a hedge before it: "nearly twice the $68 million")
    if (words.size() >= 2 && words[1] == "twice" &&
        !text::contains_any_word(words[0], {"nearly", "almost", "about", "roughly", "around", "over", "just", "some",
                                            "approximately", "barely"}))
        return k * k;
    for (std::size_t i = index; i-- > 0;) {
        mention const& m = mentions[i];
        if (m.sentence != change.sentence) break;
        if (m.parent) continue;
        // (times between: "doubled in 2022 and doubled again in 2023")
        if (m.kind == mention_kind::year || m.kind == mention_kind::period || m.kind == mention_kind::relative_time)
            continue;
        if (m.kind != mention_kind::multiplier || m.from || m.to || !m.value || m.end > change.begin) break;
        std::string const gap = text::lower(model.prose.substr(m.end, change.begin - m.end));
        auto const between = text::words(gap);
        // (a time of each between: "doubled in 2022 and doubled again in 2023")
        std::string gap_without_times = gap;
        for (std::size_t t = i + 1; t < index; ++t) {
            mention const& time = mentions[t];
            if (time.parent || (time.kind != mention_kind::year && time.kind != mention_kind::period &&
                                time.kind != mention_kind::relative_time))
                continue;
            if (time.begin < m.end || time.end > change.begin) continue;
            std::fill(gap_without_times.begin() + static_cast<std::ptrdiff_t>(time.begin - m.end),
                      gap_without_times.begin() + static_cast<std::ptrdiff_t>(time.end - m.end), ' ');
        }
        auto const between_words = text::words(gap_without_times);
        bool const joined = std::all_of(between_words.begin(), between_words.end(), [](std::string_view w) {
            return text::contains_any_word(
                w, {"and", "then", "later", "subsequently", "since", "was", "were", "has", "had", "have", "been"});
        });
        bool const again =
            text::contains_any_word(gap, {"then"}) || std::find(words.begin(), words.end(), "again") != words.end();
        if (!joined || !again || between_words.size() > 4) break;
        double const before = m.direction < 0 && *m.value > 1 ? 1 / *m.value : *m.value;
        return k * before;
    }
    return k;
}

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    for (auto const& c : model.changes) {
        mention const& change = model.at(c.change);
        if (change.kind != mention_kind::multiplier || !change.value || c.signed_values) continue;
        // "fell tenfold to 10 from 100", "fell by a factor of three": a fall by that factor
        double const single = change.direction < 0 && *change.value > 1 ? 1 / *change.value : *change.value;
        double const k = compound_multiple(model, c.change, single);
        mention const& from = model.at(c.from);
        mention const& to = model.at(c.to);
        // A writer rounds all figures of one sentence one way: the check fails only if both fail.
        // (a bare value is on the other's scale where the claim model read it so: "doubled to 2.4
        // million tonnes from 1.2")
        double const from_factor = from.value && *from.value != 0 ? c.from_stated / *from.value : 1;
        double const to_factor = to.value && *to.value != 0 ? c.to_stated / *to.value : 1;
        auto const scaled = [](interval x, double factor) { return interval{x.low * factor, x.high * factor}; };
        interval const by_rounding = quotient(scaled(rounded(to), to_factor), scaled(rounded(from), from_factor));
        interval const by_truncation = quotient(scaled(truncated(to), to_factor), scaled(truncated(from), from_factor));
        // (the multiplier's own words, before its values: "halved to about $140,000 from $210,000" is a plain
        // halving, the hedge the value's, which its interval already holds)
        std::size_t const values_at = std::min(from.begin, to.begin);
        std::string_view const own = values_at > change.begin && values_at < change.end
                                         ? std::string_view(change.text).substr(0, values_at - change.begin)
                                         : std::string_view(change.text);
        interval const allowed = allowed_ratio(k, text::lower(own));
        if (meets(by_rounding, allowed) || meets(by_truncation, allowed)) continue;
        double const ratio = c.to_stated / c.from_stated;
        finding f = make_finding(multiplier_arithmetic, change,
                                 fmt::format("{} to {} is {} times the earlier figure, not {} times", text_of(from),
                                             text_of(to), decimal(ratio, 2), decimal(k, 2)));
        if (k != single)
            f.notes.push_back(
                fmt::format("the multiples compound: {} times {}", decimal(single, 2), decimal(k / single, 2)));
        f.related.push_back(related(from, "before"));
        f.related.push_back(related(to, "after"));
        f.notes.push_back(fmt::format("{} / {} = {}", figure(c.to_stated), figure(c.from_stated), decimal(ratio, 3)));
        f.notes.push_back(fmt::format("given rounding the ratio is {} to {}; the text's multiplier allows {} to {}",
                                      decimal(std::min(by_rounding.low, by_truncation.low), 2),
                                      decimal(std::max(by_rounding.high, by_truncation.high), 2),
                                      decimal(allowed.low, 2), figure(allowed.high)));
        out.push_back(std::move(f));
    }
}

} // namespace

rule const multiplier_arithmetic{
    "NC104",
    "multiplier-arithmetic",
    severity::warning,
    "doubled, tripled, halved or N-fold against the stated before and after values",
    {
        "A multiplier word with both values (\"tripled to 450 from 150\"): the after value divided by the "
        "before value must be near the multiplier. A plain multiplier allows 10% either way; \"roughly\", "
        "\"nearly\" and kin allow 20%; \"more than doubled\" is at least twice (the figures' rounding gives the slack) "
        "with no upper limit; \"N-fold\" and \"N times more (higher) than\" also allow N + 1 "
        "times (\"N times as many as\" does not). Figures are taken as all rounded or all truncated, and the rule "
        "reports only when neither "
        "reading fits.",
        "\"Tripled\" is a strong word in a headline; when the figures show a doubling, the story overstates "
        "its own numbers.",
        "Visitor numbers tripled to 5,000 from 2,400.\n"
        "Costs halved to 300 mln dlrs from 400 mln.",
        "Output roughly doubled to 410 from 200.\n"
        "Sales more than doubled to 5.1 mln from 2.2 mln.\n"
        "Exports rose three-fold to 40 mln tonnes from 10 mln.  (read as four times the base)",
    },
    &check,
};

} // namespace numcheck::rules
