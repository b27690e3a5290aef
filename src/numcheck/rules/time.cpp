#include "numcheck/rules/time.hpp"

#include <algorithm>

#include "numcheck/text.hpp"

#include <fmt/format.h>

namespace numcheck::rules::detail {

bool after_born(claim_model const& model, mention const& m) {
    std::size_t const from = m.begin >= 9 ? m.begin - 9 : 0;
    std::string const lead = text::lower(model.prose.substr(from, m.begin - from));
    std::string const own = text::lower(m.text);
    if (std::string_view(lead).ends_with("born on ") || std::string_view(lead).ends_with("born ") ||
        (std::string_view(own).starts_with("on ") && std::string_view(lead).ends_with("born ")))
        return true;
    // "Born in Dundee on Feb. 3, 1936", "born in Lagos, Nigeria, on": a place's name between, in capitals
    std::size_t const wide = m.begin >= 48 ? m.begin - 48 : 0;
    std::string_view const before = model.prose.substr(wide, m.begin - wide);
    std::size_t const born = text::lower(before).rfind("born in ");
    if (born == std::string::npos) return false;
    std::string_view place = before.substr(born + 8);
    if (!text::istarts_with(own, "on ")) {
        if (!text::iends_with(place, " on ")) return false;
        place.remove_suffix(4);
    } else {
        while (!place.empty() && place.back() == ' ') place.remove_suffix(1);
    }
    while (!place.empty() && place.back() == ',') place.remove_suffix(1);
    auto const words = text::words(place);
    return !words.empty() && words.size() <= 4 && std::all_of(words.begin(), words.end(), [](std::string_view w) {
        return w.front() >= 'A' && w.front() <= 'Z';
    }) && place.find_first_of(".;:") == std::string_view::npos;
}

std::optional<calendar::ymd> full_date(mention const& m) {
    if (m.kind != mention_kind::date) return std::nullopt;
    std::string const& value = m.resolved ? *m.resolved : m.time_value;
    if (value.size() != 10 || value[4] != '-' || value[7] != '-' || value[5] == 'W' || value[0] == 'X')
        return std::nullopt;
    calendar::ymd d{std::stoi(value.substr(0, 4)), std::stoi(value.substr(5, 2)), std::stoi(value.substr(8, 2))};
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > calendar::days_in_month(d.year, d.month))
        return std::nullopt;
    return d;
}

long day_number(calendar::ymd d) noexcept { return calendar::days_from_civil(d.year, d.month, d.day); }

std::string date_words(calendar::ymd d) {
    constexpr char const* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                      "July",    "August",   "September", "October", "November", "December"};
    return fmt::format("{} {}, {}", months[d.month - 1], d.day, d.year);
}

source_span join(mention const& first, mention const& last) noexcept {
    source_span s = first.span;
    s.end = std::max(first.span.end, last.span.end);
    return s;
}

source_span figure_span(claim_model const& model, std::size_t figure) {
    mention const& m = model.at(figure);
    if (auto const* p = model.period_of(figure); p && p->period && model.at(*p->period).begin >= m.end)
        return join(m, model.at(*p->period));
    return m.span;
}

std::string period_words(claim_model const& model, figure_period const& p) {
    std::string out;
    if (p.year) out = std::to_string(*p.year);
    std::string detail_text;
    if (p.period) {
        std::string const said = text_of(model.at(*p.period));
        if (!p.year || said.find(std::to_string(*p.year)) == std::string::npos) detail_text = said;
    }
    for (auto const base : p.bases) detail_text += (detail_text.empty() ? "" : ", ") + text_of(model.at(base));
    if (!p.year && !p.not_years.empty()) out = fmt::format("not {}", p.not_years.front());
    if (!detail_text.empty()) out += (out.empty() ? "" : " ") + ("(" + detail_text + ")");
    return out;
}

std::optional<int> fiscal_year_of(mention const& m) {
    if (m.kind != mention_kind::period) return std::nullopt;
    std::string_view const value = m.resolved ? std::string_view(*m.resolved) : std::string_view(m.time_value);
    if (value.size() != 6 || !value.starts_with("FY")) return std::nullopt;
    return text::leading_year(value.substr(2));
}

std::string figure_words(double value, mention const& like) {
    std::string const number = figure(value);
    if (like.kind != mention_kind::money) return number + (like.unit.empty() ? "" : " " + like.unit);
    if (like.unit == "USD") return "$" + number;
    return number + " " + like.unit;
}

double unit_days(char unit) noexcept {
    switch (unit) {
    case 'D':
        return 1;
    case 'W':
        return 7;
    case 'M':
        return 30.44;
    case 'Y':
        return 365.25;
    default:
        return 0;
    }
}

bool names_speech(std::string_view lower_words) {
    return text::contains_any_word(lower_words,
                                   {"said", "says", "say", "told", "tells", "confirmed", "confirms", "announced",
                                    "announces", "reported", "reports", "added", "stated", "reporters", "according"});
}

} // namespace numcheck::rules::detail
