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
        if (text::contains_any_word(unit, {"day", "days", "week", "weeks", "month", "months", "year", "years", "hours",
                                           "minutes", "seconds"}))
            return false;
    }
    // Certainly the other way: every value the figures allow moves against the word.
    if (direction > 0) return c.to_value.high <= c.from_value.low;
    return c.to_value.low >= c.from_value.high;
}

std::optional<change_math> analyse_change(claim_model const& model, change_claim const& c) {
    if (!c.amount || c.signed_values) return std::nullopt;
    mention const& amount = model.at(*c.amount);
    // (the amount may be restated right after the change: "rose to $120 million from $100 million, an
    // increase of 25 per cent" is stated by the second change, signed by its direction)
    mention const& change = amount.parent && *amount.parent != c.change ? model.at(*amount.parent) : model.at(c.change);
    if (!change.range || !change.value) return std::nullopt;
    // ("was reduced by a third to £6bn from £12bn", "cut by half": a fraction, read in percent)
    bool const fraction = amount.kind == mention_kind::number && amount.unit.empty() && amount.value &&
                          *amount.value > 0 && *amount.value < 1 && amount.text.find('.') == std::string::npos &&
                          // (a hedged fraction is a rough share: "rose by around half, from 1.042 to 1.504")
                          amount.hedge.empty() && change.hedge.empty() && &change == &model.at(c.change) &&
                          change.kind == mention_kind::change;
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
    out.relative = percent_change(c.from_value, c.to_value);
    out.relative_value = (c.to_stated / c.from_stated - 1) * 100;
    out.between_percentages =
        model.at(c.from).kind == mention_kind::percent && model.at(c.to).kind == mention_kind::percent;
    out.points = difference(c.from_value, c.to_value);
    out.points_value = c.to_stated - c.from_stated;
    out.stated_in_points = amount.kind == mention_kind::percentage_points;
    out.direction_contradicted = contradicts_direction(model, c);
    return out;
}

} // namespace numcheck::rules::detail
