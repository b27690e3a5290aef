// NC101 percent-change-arithmetic: a stated percentage change that the stated before and after
// values cannot give.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "numcheck/rules/change_math.hpp"
#include "numcheck/text.hpp"

namespace numcheck::rules {

namespace {

/// A difference of `x` percentage points (or from `x` to `high`) in the words of the amount it is
/// set against: "100 basis points" beside "50 basis points", "1 percentage point" beside "0.5
/// percentage point", "1.25 points" beside "2 points", "99 to 101 basis points".
std::string in_points_of(mention const& amount, double x, std::optional<double> high = std::nullopt) {
    std::string const said = text::lower(detail::text_of(amount));
    bool const basis = said.find("basis") != std::string::npos || said.ends_with("bp") || said.ends_with("bps");
    double const scale = basis ? 100 : 1;
    int const places = basis ? 1 : 2;
    std::string figures = detail::decimal(x * scale, places);
    if (high) figures += " to " + detail::decimal(*high * scale, places);
    std::string_view const noun = basis                                          ? " basis point"
                                  : said.find("percentage") != std::string::npos ? " percentage point"
                                                                                 : " point";
    bool const one = !high && std::abs(std::abs(x * scale) - 1) < 1e-9;
    return figures + std::string(noun) + (one ? "" : "s");
}

/// Whether a stated change misses the computed one by no more than one unit of its last digit, from the
/// figure as stated ("12.9%" against 12.8%): a note. (From the figure, not from the interval of values
/// that round or truncate to it: "6%" against 7.8% is no near miss, though [5.5, 7) is within one unit.)
bool near_miss(double stated, interval computed, double unit) {
    return detail::gap(interval{stated, stated}, computed) <= unit * (1 + 1e-9);
}

void check_restated(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    for (auto const& r : model.restated_changes) {
        mention const& change = model.at(r.change);
        mention const& amount = model.at(r.amount);
        mention const& percent = model.at(r.percent);
        mention const& to = model.at(r.to);
        int const d = change.direction;
        // before = to - d * amount, over the intervals: largest and smallest (or the value it went from, told)
        double const before_low = r.from_base ? r.to_value.low
                                  : d > 0     ? r.to_value.low - r.amount_value.high
                                              : r.to_value.low + r.amount_value.low;
        double const before_high = r.from_base ? r.to_value.high
                                   : d > 0     ? r.to_value.high - r.amount_value.low
                                               : r.to_value.high + r.amount_value.high;
        if (before_low <= 0) continue;
        interval const computed{100 * r.amount_value.low / before_high, 100 * r.amount_value.high / before_low};
        if (meets(*percent.range, computed)) continue;
        if (model.tolerance.percent_change > 0 && gap(*percent.range, computed) <= model.tolerance.percent_change)
            continue;
        double const before = r.from_base ? r.to_stated : r.to_stated - d * r.amount_stated;
        if (before <= 0) continue;
        double const stated_change = 100 * r.amount_stated / before;
        // the figures with as many decimals as the text gives them (the percentage one more)
        int const places = std::max(decimals_in(text_of(amount)), decimals_in(text_of(to)));
        int const percent_places = decimals_in(text_of(percent)) + 1;
        // (sums said in hundredths, "6.5p", "303.5p", in hundredths: 310, not 3.1)
        double const shown = amount.hundredths && to.hundredths ? 100 : 1;
        auto const value = [places, shown](double x) {
            x *= shown;
            return std::abs(x) >= 1e5 || places == 0 ? figure(x) : grouped(x, places);
        };
        finding f = make_finding(
            percent_change_arithmetic, change,
            r.from_base ? fmt::format("{} {} from {} is a {} of {}%, not {}", d > 0 ? "up" : "down", text_of(amount),
                                      text_of(to), d > 0 ? "rise" : "fall", grouped(stated_change, percent_places),
                                      the_stated(percent))
                        : fmt::format("{} {} to {} is a {} of {}% from {}, not {}", d > 0 ? "up" : "down",
                                      text_of(amount), text_of(to), d > 0 ? "rise" : "fall",
                                      grouped(stated_change, percent_places), value(before), the_stated(percent)));
        if (near_miss(*percent.value, computed, last_digit(text_of(percent)))) f.level = severity::note;
        f.related.push_back(related(percent, "the percentage stated"));
        f.related.push_back(related(to, r.from_base ? "before" : "after"));
        if (r.from_base)
            f.notes.push_back(fmt::format("{} / {} = {}", value(r.amount_stated), value(before),
                                          decimal(r.amount_stated / before, std::max(4, percent_places + 2))));
        else
            f.notes.push_back(fmt::format("{} {} {} = {} before; {} / {} = {}", value(r.to_stated), d > 0 ? "-" : "+",
                                          value(r.amount_stated), value(before), value(r.amount_stated), value(before),
                                          decimal(r.amount_stated / before, std::max(4, percent_places + 2))));
        f.notes.push_back(
            fmt::format("given rounding of the stated figures the change is {}; the text says {}",
                        span_words(grouped(computed.low, percent_places), grouped(computed.high, percent_places), "%"),
                        text_of(percent)));
        out.push_back(std::move(f));
    }
}

/// "rose 28,000 barrels to 38.25 mln from 37.98 mln barrels": an amount in the values' own unit
/// must be their difference.
void check_units(claim_model const& model, change_claim const& c, std::vector<finding>& out) {
    using namespace detail;
    mention const& change = model.at(c.change);
    int const d = change.direction;
    if (!c.units_amount || d == 0 || contradicts_direction(model, c)) return; // (NC102's finding)
    interval const stated = d > 0 ? *c.units_amount : interval{-c.units_amount->high, -c.units_amount->low};
    interval const computed = difference(c.from_value, c.to_value);
    if (meets(stated, computed)) return;
    mention const& amount = model.at(c.units_amount_at ? *c.units_amount_at : *c.amount);
    mention const& from = model.at(c.from);
    mention const& to = model.at(c.to);
    double const computed_value = c.to_stated - c.from_stated;
    // the figures with as many decimals as the text gives them (the amount its own)
    auto const shown = [](int places) {
        return [places](double x) { return std::abs(x) >= 1e5 || places == 0 ? figure(x) : grouped(x, places); };
    };
    // (decimals in the values' own unit: "2.369 mln" has none, "$1.50" two)
    int const places = std::max(absolute_decimals(from), absolute_decimals(to));
    auto const value = shown(places);
    finding f = make_finding(percent_change_arithmetic, change,
                             fmt::format("{} to {} is a {} of {}, not {}", text_of(from), text_of(to),
                                         rise_or_fall(computed_value),
                                         written_like(amount, std::abs(computed_value), places), the_stated(amount)));
    // (one unit of the amount's last digit, on the values' scale: "rose 1.2 to 16.2 mln" 100,000)
    if (gap(stated, computed) <= last_digit_of(amount) * c.units_amount_stated / *amount.value)
        f.level = severity::note;
    f.related.push_back(related(from, "before"));
    f.related.push_back(related(to, "after"));
    // (an amount told after the change, apart from it: "..., a drop of 52.9 million bottles")
    if (c.units_amount_at) f.related.push_back(related(amount, "the amount"));
    f.notes.push_back(fmt::format("{} - {} = {}", value(c.to_stated), value(c.from_stated), value(computed_value)));
    f.notes.push_back(fmt::format("given rounding of the stated figures the change is {}; the text says {}{}",
                                  span_words(value(computed.low), value(computed.high)), d > 0 ? "+" : "-",
                                  shown(amount.text.find('/') != std::string::npos
                                            ? absolute_decimals(amount)
                                            : decimals_in(text_of(amount)))(c.units_amount_stated)));
    out.push_back(std::move(f));
}

/// "$52 a share, a 37% premium to the closing price of $38": the price over the base.
void check_premiums(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    for (auto const& p : model.premiums) {
        mention const& price = model.at(p.price);
        mention const& percent = model.at(p.percent);
        mention const& base = model.at(p.base);
        // (price / base - 1) * 100 for a premium, (1 - price / base) * 100 for a discount
        interval const change = percent_change(*base.range, *price.range);
        interval const computed = p.sign > 0 ? change : interval{-change.high, -change.low};
        if (meets(*percent.range, computed)) continue;
        if (model.tolerance.percent_change > 0 && gap(*percent.range, computed) <= model.tolerance.percent_change)
            continue;
        double const stated_value = p.sign * (*price.value / *base.value - 1) * 100;
        int const places = decimals_in(text_of(percent)) + 1;
        std::string_view const what = p.sign > 0 ? "premium" : "discount";
        // a discount stated where the price is above the base, or a premium below it
        bool const other_way = stated_value < 0;
        finding f =
            make_finding(percent_change_arithmetic, percent,
                         other_way ? fmt::format("{} against {} is a {} of {}%, not a {} of {}", text_of(price),
                                                 text_of(base), p.sign > 0 ? "discount" : "premium",
                                                 decimal(-stated_value, places), what, text_of(percent))
                                   : fmt::format("{} against {} is a {} of {}%, not {}", text_of(price), text_of(base),
                                                 what, decimal(stated_value, places), the_stated(percent)));
        if (!other_way && near_miss(*percent.value, computed, last_digit(text_of(percent)))) f.level = severity::note;
        f.related.push_back(related(price, "the price"));
        f.related.push_back(related(base, "the base"));
        // (in pence when both are: "290p", "305p")
        double const shown = price.hundredths && base.hundredths ? 100 : 1;
        f.notes.push_back(fmt::format("{} / {} = {}", figure(*price.value * shown), figure(*base.value * shown),
                                      decimal(*price.value / *base.value, places + 2)));
        if (other_way)
            f.notes.push_back(fmt::format(
                "given rounding of the stated figures the price is {}% to {}% {} the base; the text says a {} of {}",
                decimal(-computed.high, places), decimal(-computed.low, places), p.sign > 0 ? "below" : "above", what,
                text_of(percent)));
        else
            f.notes.push_back(fmt::format(
                "given rounding of the stated figures the {} is {}; the text says {}", what,
                span_words(decimal(computed.low, places), decimal(computed.high, places), "%"), text_of(percent)));
        out.push_back(std::move(f));
    }
}

/// Whether change `c`'s old value is followed, past its time, by "and" and a second old value of its kind with a
/// time of its own, against which the new value gives the `stated` change given rounding.
bool second_base_fits(claim_model const& model, change_claim const& c, interval const& stated) {
    auto const& mentions = *model.mentions;
    mention const& from = model.at(c.from);
    mention const& to = model.at(c.to);
    if (!from.value || !to.value || *from.value == 0 || *to.value == 0 || !to.range) return false;
    std::size_t k = c.from + 1;
    std::size_t end = from.end;
    while (k < mentions.size() && mentions[k].sentence == from.sentence &&
           (mentions[k].parent || mentions[k].kind == mention_kind::relative_time ||
            mentions[k].kind == mention_kind::period || mentions[k].kind == mention_kind::year ||
            mentions[k].kind == mention_kind::comparison)) {
        if (!mentions[k].parent) end = std::max(end, mentions[k].end);
        ++k;
    }
    if (k >= mentions.size() || end == from.end || mentions[k].sentence != from.sentence) return false;
    mention const& second = mentions[k];
    if (second.kind != from.kind || second.unit != from.unit || !second.range || !second.value ||
        text::lower(model.prose.substr(end, second.begin - end)) != " and ")
        return false;
    // (with a time of its own after it: "a year earlier")
    if (k + 1 >= mentions.size() || mentions[k + 1].sentence != second.sentence ||
        (mentions[k + 1].kind != mention_kind::relative_time && mentions[k + 1].kind != mention_kind::period &&
         mentions[k + 1].kind != mention_kind::year))
        return false;
    double const to_factor = c.to_stated / *to.value;
    double const from_factor = c.from_stated / *from.value;
    interval const base{second.range->low * from_factor, second.range->high * from_factor};
    if (base.low <= 0 || base.high <= 0) return false;
    return detail::meets(stated,
                         detail::percent_change(base, interval{to.range->low * to_factor, to.range->high * to_factor}));
}

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    check_premiums(model, out);
    for (auto const& c : model.changes) {
        check_units(model, c, out);
        auto const math = analyse_change(model, c);
        if (!math || math->direction_contradicted) continue; // NC102's finding
        mention const& amount = model.at(*c.amount);
        // (the change that states the amount: "..., an increase of 25 per cent" after the values)
        mention const& change = amount.parent ? model.at(*amount.parent) : model.at(c.change);
        mention const& from = model.at(c.from);
        mention const& to = model.at(c.to);
        // (points of a change between sums or counts mean its percentage: "up from 152.9 billion yen, a 1.8
        // percentage point increase" is a rise of 1.8%, not a difference of 1.8 in points)
        bool const in_points =
            math->stated_in_points && (from.kind == mention_kind::percent || to.kind == mention_kind::percent);
        interval const computed = in_points ? math->points : math->relative;
        double const computed_value = in_points ? math->points_value : math->relative_value;
        if (meets(math->stated, computed)) continue;
        if (math->stated_in_points && !in_points) {
            std::string const said = text::lower(amount.text);
            bool const basis = said.find("basis") != std::string::npos || said.find("bp") != std::string::npos;
            // (points of a scale, not of percentages, where the values' own difference is what is said: "The average
            // rating rose to 3.2 from 2.7, a gain of half a point")
            if (meets(math->stated, math->points) && said.find("percent") == std::string::npos && !basis) continue;
            // (basis points between bare figures are the figures' own difference, told in basis points or in
            // points: "The spread narrowed by 65 basis points, to 95 from 160", "to 4.95 from 5.60")
            bool const bare = from.kind == mention_kind::number && from.unit.empty() &&
                              to.kind == mention_kind::number && to.unit.empty();
            if (bare && basis &&
                (meets(math->stated, math->points) ||
                 meets(interval{math->stated.low * 100, math->stated.high * 100}, math->points)))
                continue;
        }
        if (model.tolerance.percent_change > 0 && gap(math->stated, computed) <= model.tolerance.percent_change)
            continue;
        // Stated in percent, right in points: NC103's finding.
        if (math->between_percentages && !math->stated_in_points && meets(math->stated, math->points)) continue;
        // Two bases, each with its time: "rose 9% to $5.53 billion from $5.31 billion in the previous quarter and
        // $5.07 billion a year earlier" (the change may be against either)
        if (!math->stated_in_points && second_base_fits(model, c, math->stated)) continue;

        std::string const unit = in_points ? " points" : "%";
        auto const show = [&](double x) { return in_points ? in_points_of(amount, x) : signed_percent(x, 1); };
        std::string const computed_words =
            in_points ? in_points_of(amount, std::abs(computed_value)) : decimal(std::abs(computed_value), 1) + "%";
        // (the percentage alone after the values, "..., or 15%", is what is wrong)
        mention const& primary = !amount.parent && amount.begin >= change.end ? amount : change;
        finding f = make_finding(
            percent_change_arithmetic, primary,
            math->stated_as_fraction
                ? fmt::format("{} to {} is a {} of {}, not {} ({}%) as stated", text_of(from), text_of(to),
                              rise_or_fall(computed_value), computed_words, text_of(amount),
                              decimal(std::abs(math->stated_value), 1))
                : fmt::format("{} to {} is a {} of {}, not {}", text_of(from), text_of(to),
                              rise_or_fall(computed_value), computed_words,
                              // (a change the text says went the other way: "fell 12% to
                              // 5,600 from 5,000" is not the fall of 12% stated)
                              change.direction != 0 && (change.from || change.to) &&
                                      (change.direction > 0) != (computed_value > 0)
                                  ? fmt::format("the {} of {} stated", rise_or_fall(change.direction), text_of(amount))
                                  : the_stated(amount)));
        if (!math->stated_as_fraction && near_miss(math->stated_value, computed, last_digit_of(amount)))
            f.level = severity::note;
        f.related.push_back(related(from, "before"));
        f.related.push_back(related(to, "after"));
        if (in_points) {
            f.notes.push_back(fmt::format("{} - {} = {}", figure(c.to_stated), figure(c.from_stated),
                                          in_points_of(amount, computed_value)));
        } else {
            f.notes.push_back(fmt::format("{} / {} = {}, a {} of {}", figure(c.to_stated), figure(c.from_stated),
                                          decimal(c.to_stated / c.from_stated, 4), rise_or_fall(computed_value),
                                          unsigned_percent(computed_value)));
        }
        f.notes.push_back(fmt::format(
            "given rounding of the stated figures the {} is {}; the text says {}", in_points ? "difference" : "change",
            in_points ? in_points_of(amount, computed.low, computed.high) : percent_range(computed),
            show(math->stated_value)));
        if (f.level == severity::note)
            f.notes.push_back(fmt::format("the miss is within one unit of the last stated digit ({}{})",
                                          decimal(last_digit_of(amount), 3), unit));
        out.push_back(std::move(f));
    }
    check_restated(model, out);
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
        "intervals give the stated change. A miss within one unit of the stated change's last digit, counted from "
        "the figure as stated, is a note (\"12.9%\" against 12.8%); a larger one a warning (\"6%\" against 7.8%). "
        "Changes stated in percentage points are checked against the difference of the "
        "two percentages. A change stated as an amount, restated in percent and followed by the value reached "
        "(\"fell 2,231.07 points, or 5.5%, to 38,314.86\"), or the other way round (\"fell 8.5%, or $3,500, to "
        "$37,700\"), is checked the same way, its before value being the value reached less the change. The "
        "after value may come first, set off by a comma (\"Revenue was $3.1 billion, up 12% from $2.77 billion\", "
        "\"was $520 million, a 12% drop from $750 million\"), "
        "with at most a period between (\"in the quarter\"); the two must be "
        "one measure said the same way. A change stated as an amount in the values' own unit, with both values "
        "(\"rose 28,000 barrels to 38.25 mln from 37.98 mln\", \"121.4 billion euros, down 48.6 billion euros from "
        "170.0 billion euros\"), must be their difference. A price set against a base as a premium or a discount "
        "(\"$52 a share, a 37% premium to the closing price of $38\", \"at 290p, a 5% discount to Friday's close of "
        "305p\") must be that far above or below it. The before value may also be set against the change with the "
        "time of its base, a year before (\"rose 15% to $472m, compared with $400m a year earlier\"; \"Profit was "
        "$472m, against $400m a year earlier, a rise of 18%\"), and the amount may be a percentage alone after the "
        "values (\"rose from $400m to $472m, or 18%\"); not when the sentence tells of a shorter time or another "
        "basis (\"the weekly count\", \"excluding ...\").",
        "A wrong percentage beside correct figures is the commonest arithmetic slip in business copy, and "
        "readers quote the percentage. It usually means one of the three figures was updated and the others "
        "were not.",
        "Profit rose 9 percent to $2.4 billion from $1.8 billion.\n"
        "  ($1.8 billion to $2.4 billion is a rise of 23.7% to 42.9% given rounding.)\n"
        "Turnover rose by 20.8 pct to 87.1 mln dlrs from 72.6 mln dlrs.\n"
        "  (19.7% to 20.2% given rounding.)\n"
        "The Dow fell 2,231.07 points, or 9.5%, to 38,314.86.\n"
        "  (40,545.93 before: a fall of 5.5%.)\n"
        "Residual fuel stocks rose 28,000 barrels to 38.25 mln from 37.98 mln barrels.\n"
        "  (A rise of 255,000 to 285,000 given rounding.)\n"
        "Halvorsen will pay $52 a share in cash, a 47% premium to Cellix's closing price of $38.\n"
        "  (A premium of 32.1% to 41.3% given rounding.)",
        "Exports fell 9.1 pct to 1.4 mln tonnes from 1.6 mln.  (-20.6% to -3.2% given rounding: consistent.)\n"
        "Sunmeal usage rose 25 pct to 408,000 tonnes from 325,000.  (Trailing zeros are rounding.)\n"
        "The jobless rate climbed 3 percent, from 5 percent to 8 percent.  (3 is the difference in points: "
        "NC103 reports it.)\n"
        "Sales fell 5 pct to 90 from 80.  (The direction is wrong: NC102 reports it.)\n"
        "Profit rose 50 mln dlrs, or 20 pct, to 300 mln dlrs.  (250 mln before: consistent.)\n"
        "Gasoline stocks fell 30,000 barrels to 252.92 mln barrels from 252.95 mln.  (Consistent.)",
    },
    &check,
};

} // namespace numcheck::rules
