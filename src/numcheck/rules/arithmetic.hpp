#pragma once
/// What the rules share: interval arithmetic over DESIGN.md's rounding semantics, the wording of
/// numbers in notes, and building findings on mentions.
#include <string>
#include <string_view>

#include "numcheck/finding.hpp"
#include "numcheck/mention.hpp"
#include "numcheck/model.hpp"
#include "numcheck/rules/rule.hpp"

namespace numcheck::rules::detail {

/// True when two intervals share a value (half-open [low, high); an interval with low == high is
/// the single exact value).
bool meets(interval a, interval b) noexcept;
/// How far apart two intervals are; 0 when they meet.
double gap(interval a, interval b) noexcept;
/// [a.low / b.high, a.high / b.low] for positive intervals.
interval quotient(interval a, interval b) noexcept;
/// The percentage change from `from` to `to`: (to / from - 1) * 100.
interval percent_change(interval from, interval to) noexcept;
/// to - from.
interval difference(interval from, interval to) noexcept;

/// The values a figure stands for when it was rounded to its last digit ("240": [239.5, 240.5]),
/// and when it was truncated ("240": [240, 241]). Hedged figures and ranges keep their interval.
interval rounded(mention const& m) noexcept;
interval truncated(mention const& m) noexcept;

/// The digits after the decimal point of the first figure in a text ("38,314.86": 2, "9 percent": 0).
int decimals_in(std::string_view text) noexcept;
/// The place of the last stated digit of a figure's text ("20.8 pct": 0.1, "9 percent": 1).
double last_digit(std::string_view text) noexcept;
/// One unit of the last digit of a figure, in the unit of its value: "35 basis points" 0.01 (points),
/// "8 cents" 0.01 (dollars), "2.5 mln dlrs" 100,000; last_digit of its text when it has no numeral.
double last_digit_of(mention const& m) noexcept;

/// The decimals a figure is stated to in its value's own unit: "$1.50" 2, "2.369 mln" 0, "9.1 pct" 1.
int absolute_decimals(mention const& m) noexcept;
/// `x` (in the unit of `like`'s value) written as `like` is, its first numeral replaced: "£129" for
/// "£192", "69,000 barrels" for "96,000 barrels", "1.53 mln dlrs" for "1.2 mln dlrs".
std::string written_like(mention const& like, double x, int places);

/// A number for an editor: "1.333", "24.5", "5,000", "2.4 billion".
std::string decimal(double x, int decimals);
/// "the 12% stated", or for a hedged figure "\"about 50 percent\" as stated" (not "the about 50 percent").
std::string the_stated(mention const& m);
/// "low to high", or the one figure where both are written alike ("-0.625", not "-0.625 to -0.625").
std::string span_words(std::string const& low, std::string const& high, std::string_view unit = {});
std::string figure(double x);
/// `x` with `places` decimals kept (trailing zeros too) and its thousands grouped: "40,545.93", "1.20".
std::string grouped(double x, int places);
/// "+23.7%", "-9.1%".
std::string signed_percent(double x, int decimals = 1);
/// The size of a change in percent, without its sign ("4.1%" for -4.1): after "a rise of" or
/// "a fall of", which say the sign.
std::string unsigned_percent(double x, int decimals = 1);
/// "23.7% to 42.9%" (a rise) written with signs where they matter.
std::string percent_range(interval x, int decimals = 1);

/// The figure's text on one line ("1.1\npoint" -> "1.1 point").
std::string text_of(mention const& m);

/// The indices [first, last) of the mentions in the sentence of mention `index` (mentions are in
/// reading order), so that looking for a partner in the same sentence stays linear in the file.
std::pair<std::size_t, std::size_t> sentence_of(std::vector<mention> const& mentions, std::size_t index) noexcept;

/// The indices [first, last) of the mentions of sentence `sentence`, found by binary search
/// (mentions are in reading order): empty when it has none.
std::pair<std::size_t, std::size_t> mentions_of_sentence(std::vector<mention> const& mentions,
                                                         std::size_t sentence) noexcept;

/// A finding of `r` on mention `m`, with the rule's default severity.
finding make_finding(rule const& r, mention const& m, std::string message);
related_span related(mention const& m, std::string message);

/// "rise" or "fall" for a signed change.
std::string_view rise_or_fall(double x) noexcept;

} // namespace numcheck::rules::detail
