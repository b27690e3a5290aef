#include "numcheck/rules/change_math.hpp"

#include <cmath>

#include "numcheck/text.hpp"

namespace numcheck::rules::detail {

bool contradicts_direction(claim_model const& model, change_claim const& c) {
    int const direction = model.at(c.change).direction;
    if (c.verb.empty() || direction == 0) return false;
    // "sailings increased from nine to seven days": more often means a shorter interval; not when
    // what changed is itself a time ("handover times rose to 41 minutes from 53 minutes").
    mention const& change = model.at(c.change);
    std::size_t const lead = change.begin >= 40 ? change.begin - 40 : 0;
    std::string before = text::lower(model.prose.substr(lead, change.begin - lead));
    // (a waiting list counts people, not time: "The waiting list fell from 6.98 million to 7.42 million")
    for (std::string_view const list : {"waiting list", "wait list"})
        for (std::size_t at = before.find(list); at != std::string::npos; at = before.find(list, at))
            before.replace(at, list.size(), list.size(), ' ');
    bool const a_time = text::contains_any_word(before, {"time", "times", "wait", "waits", "waiting", "delay", "delays",
                                                         "duration", "length", "journey", "journeys", "stay", "stays",
                                                         "commute", "commutes", "response"});
    if (a_time) {
        // (both values in one unit, each a whole value: "to 90 minutes from two hours", "from 1 hour 21
        // minutes", "from half an hour" need a conversion this does not make)
        mention const& from = model.at(c.from);
        mention const& to = model.at(c.to);
        if (from.unit.empty() || !text::iequals(from.unit, text::lower(to.unit))) return false;
        for (mention const* value : {&from, &to}) {
            std::string_view rest = model.prose.substr(value->end, 12);
            while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
            if (text::istarts_with(rest, "and ")) rest.remove_prefix(4);
            if (!rest.empty() && text::is_digit(rest.front())) return false;
        }
    }
    for (auto const index : {c.from, c.to}) {
        if (a_time) break;
        mention const& value = model.at(index);
        // The word right after the figure ("seven days"), when extraction did not take it as the unit.
        std::string_view rest = model.prose.substr(value.end, 16);
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        std::size_t n = 0;
        while (n < rest.size() && text::is_alpha(rest[n])) ++n;
        std::string const unit = text::lower(value.unit.empty() ? rest.substr(0, n) : std::string_view(value.unit));
        // (not energy: "2,602 terawatt-hours", "kilowatt-hours")
        if (text::contains_any_word(unit, {"day", "days", "week", "weeks", "month", "months", "year", "years", "hours",
                                           "minutes", "seconds"}) &&
            unit.find("watt") == std::string::npos)
            return false;
        // (a chip's process node, smaller the more advanced: "advance from 7 nanometres to 5 nanometres", "the jump
        // from 5-nanometre to 3-nanometre production")
        std::string_view node = unit;
        if (node.empty() && !rest.empty() && rest.front() == '-') {
            std::size_t m = 1;
            while (m < rest.size() && text::is_alpha(rest[m])) ++m;
            node = rest.substr(1, m - 1);
        }
        if (text::istarts_with(node, "nanomet") || text::iequals(node, "nm")) return false;
    }
    // Certainly the other way: every value the figures allow moves against the word.
    if (direction > 0 ? c.to_value.high <= c.from_value.low : c.to_value.low >= c.from_value.high) return true;
    // Or both written to the same last digit, so rounded (or cut) the same way: "fell to 3.9% from 3.8%",
    // "fell to 39 units from 38" rose whichever way they were rounded (not a last digit of 0, which may
    // stand for a coarser rounding: "fell to 400 from 390"; nor a hedged figure).
    mention const& from = model.at(c.from);
    mention const& to = model.at(c.to);
    if (!from.hedge.empty() || !to.hedge.empty() || from.is_range || to.is_range) return false;
    // (the digits of the figure's numeral: decimals after its point, its last digit)
    auto const digits = [](std::string_view text) -> std::optional<std::pair<std::size_t, char>> {
        std::size_t const first = text.find_first_of("0123456789");
        if (first == std::string_view::npos) return std::nullopt;
        std::size_t end = first;
        while (end < text.size() && (text::is_digit(text[end]) || text[end] == '.' || text[end] == ',')) ++end;
        while (end > first && !text::is_digit(text[end - 1])) --end;
        std::string_view const numeral = text.substr(first, end - first);
        std::size_t const point = numeral.find('.');
        std::size_t const decimals = point == std::string_view::npos ? 0 : numeral.size() - point - 1;
        // (one numeral only: not "5 1/2", not a second figure in the text)
        if (text.find_first_of("0123456789", end) != std::string_view::npos) return std::nullopt;
        return std::pair{decimals, numeral.back()};
    };
    auto const a = digits(from.text), b = digits(to.text);
    if (!a || !b || a->first != b->first || (a->first == 0 && (a->second == '0' || b->second == '0'))) return false;
    // (the same scale and unit: the values as stated compare)
    if ((from.unit != to.unit && !from.unit.empty() && !to.unit.empty()) || c.from_stated <= 0 || c.to_stated <= 0)
        return false;
    return direction > 0 ? c.to_stated < c.from_stated : c.to_stated > c.from_stated;
}

namespace {

/// What the change's values give: the relative change, the change in points, the direction.
void from_values(claim_model const& model, change_claim const& c, change_math& out) {
    out.relative = percent_change(c.from_value, c.to_value);
    out.relative_value = (c.to_stated / c.from_stated - 1) * 100;
    out.between_percentages =
        model.at(c.from).kind == mention_kind::percent && model.at(c.to).kind == mention_kind::percent;
    out.points = difference(c.from_value, c.to_value);
    out.points_value = c.to_stated - c.from_stated;
    out.direction_contradicted = contradicts_direction(model, c);
}

} // namespace

std::optional<change_math> analyse_change(claim_model const& model, change_claim const& c) {
    if (!c.amount || c.signed_values) return std::nullopt;
    mention const& amount = model.at(*c.amount);
    // (the amount may be restated right after the change: "rose to $120 million from $100 million, an
    // increase of 25 per cent" is stated by the second change, signed by its direction)
    mention const& change = amount.parent && *amount.parent != c.change ? model.at(*amount.parent) : model.at(c.change);
    // ("rose from $400m to $472m, or 15%": a percentage alone after the values, signed by the verb; or after a
    // change told by its amount in units, "would rise 25 cents to $2.75 from $2.50, or 10%")
    if (!amount.parent && (!change.range || !change.value || (change.amount && *change.amount != *c.amount)) &&
        change.direction != 0 && amount.kind == mention_kind::percent && amount.range && amount.value) {
        change_math out;
        bool const up = change.direction > 0;
        out.stated = up ? *amount.range : interval{-amount.range->high, -amount.range->low};
        out.stated_value = up ? *amount.value : -*amount.value;
        from_values(model, c, out);
        return out;
    }
    if (!change.range || !change.value) return std::nullopt;
    // ("was reduced by a third to £6bn from £12bn", "cut by half": a fraction, read in percent)
    bool const fraction =
        amount.kind == mention_kind::number && amount.unit.empty() && amount.value && *amount.value > 0 &&
        *amount.value < 1 && amount.text.find('.') == std::string::npos &&
        // (a hedged fraction is a rough share: "rose by around half, from 1.042 to 1.504")
        amount.hedge.empty() && change.hedge.empty() && &change == &model.at(c.change) &&
        change.kind == mention_kind::change &&
        // (not a step in the eighths a price is quoted in: "rose 1/8 to 8-3/8 from 8-1/4")
        !(amount.text.find('/') != std::string::npos &&
          (model.at(c.from).text.find('/') != std::string::npos || model.at(c.to).text.find('/') != std::string::npos));
    if (amount.kind != mention_kind::percent && amount.kind != mention_kind::percentage_points && !fraction)
        return std::nullopt;
    change_math out;
    out.stated = *change.range;
    out.stated_value = *change.value;
    if (fraction) {
        out.stated = {change.range->low * 100, change.range->high * 100};
        out.stated_value = *change.value * 100;
        out.stated_as_fraction = true;
    }
    // ("declined ..., an improvement of 65 basis points": the restating word says better, not up; the
    // change's own verb gives the sign)
    if (mention const& own = model.at(c.change);
        &change != &own && own.direction != 0 && change.direction != 0 && own.direction != change.direction) {
        out.stated = {-change.range->high, -change.range->low};
        out.stated_value = -*change.value;
    }
    from_values(model, c, out);
    out.stated_in_points = amount.kind == mention_kind::percentage_points;
    return out;
}

} // namespace numcheck::rules::detail
