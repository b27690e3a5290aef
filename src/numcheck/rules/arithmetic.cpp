#include "numcheck/rules/arithmetic.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

#include "numcheck/text.hpp"

namespace numcheck::rules::detail {

bool meets(interval a, interval b) noexcept {
    // Half-open intervals, as DESIGN.md writes them; an exact figure is a single point.
    // (exact figures computed in binary fractions: 5.2075 - 5.125 is 0.08249999..., not 0.0825; a
    // billionth of the value is no difference)
    auto const contains = [](interval r, double x) {
        double const eps = 1e-9 * std::max({1.0, std::abs(x), std::abs(r.low), std::abs(r.high)});
        return r.low == r.high ? std::abs(x - r.low) <= eps : x >= r.low - eps && x < r.high + eps;
    };
    if (a.low == a.high) return contains(b, a.low);
    if (b.low == b.high) return contains(a, b.low);
    return a.low < b.high && b.low < a.high;
}

double gap(interval a, interval b) noexcept {
    if (meets(a, b)) return 0;
    return a.high < b.low ? b.low - a.high : a.low - b.high;
}

interval quotient(interval a, interval b) noexcept { return {a.low / b.high, a.high / b.low}; }

interval percent_change(interval from, interval to) noexcept {
    interval const q = quotient(to, from);
    return {(q.low - 1) * 100, (q.high - 1) * 100};
}

interval difference(interval from, interval to) noexcept { return {to.low - from.high, to.high - from.low}; }

namespace {
/// Half a unit of the last stated digit, from the interval extraction gives an unhedged figure
/// ([v - h, v + 2h) away from zero).
double half_unit(mention const& m) noexcept {
    double const v = *m.value;
    return std::min(std::abs(v - m.range->low), std::abs(m.range->high - v));
}
bool exact_interval(mention const& m) noexcept { return m.value && m.range && m.hedge.empty() && !m.is_range; }
} // namespace

interval rounded(mention const& m) noexcept {
    if (!exact_interval(m)) return m.range.value_or(interval{});
    double const h = half_unit(m);
    return {*m.value - h, *m.value + h};
}

interval truncated(mention const& m) noexcept {
    if (!exact_interval(m)) return m.range.value_or(interval{});
    double const h = half_unit(m);
    double const v = *m.value;
    return v >= 0 ? interval{v, v + 2 * h} : interval{v - 2 * h, v};
}

int decimals_in(std::string_view text) noexcept {
    auto const digit = std::find_if(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digit == text.end()) return 0;
    auto it = digit;
    while (it != text.end() && ((*it >= '0' && *it <= '9') || *it == ',')) ++it;
    if (it == text.end() || *it != '.' || it + 1 == text.end() || it[1] < '0' || it[1] > '9') return 0;
    int decimals = 0;
    for (++it; it != text.end() && *it >= '0' && *it <= '9'; ++it) ++decimals;
    return decimals;
}

double last_digit(std::string_view text) noexcept { return std::pow(10.0, -decimals_in(text)); }

double last_digit_of(mention const& m) noexcept {
    std::string_view const text = m.text;
    double const unit = last_digit(text);
    if (!m.value || *m.value == 0) return unit;
    // the first numeral as written, without its grouping commas
    std::size_t i = 0;
    while (i < text.size() && !(text[i] >= '0' && text[i] <= '9')) ++i;
    double written = 0, place = 0;
    for (; i < text.size(); ++i) {
        char const c = text[i];
        if (c >= '0' && c <= '9') {
            if (place > 0) {
                written += (c - '0') * place;
                place /= 10;
            } else {
                written = written * 10 + (c - '0');
            }
        } else if (c == '.' && place == 0 && i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9') {
            place = 0.1;
        } else if (!(c == ',' && i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9')) {
            break;
        }
    }
    // ("half a point", "a quarter": a fraction in words is stated to its own width, not to a unit)
    if (written == 0) return std::abs(*m.value) < 1 && m.range ? m.range->high - m.range->low : unit;
    return unit * std::abs(*m.value) / written;
}

int absolute_decimals(mention const& m) noexcept {
    // (a price quoted with a fraction, "$5.12-1/2", is exact: as many decimals as its value has)
    if (m.range && m.range->low == m.range->high && m.value && m.text.find('/') != std::string::npos) {
        for (int d = 0; d <= 6; ++d) {
            double const scaled = *m.value * std::pow(10.0, d);
            if (std::abs(scaled - std::round(scaled)) < 1e-6) return d;
        }
        return 6;
    }
    double const place = last_digit_of(m);
    if (!(place > 0) || place >= 1) return 0;
    return static_cast<int>(std::lround(-std::log10(place)));
}

namespace {

/// `y` as a whole and halves to 32nds ("8-1/4", "5/8" where `bare` and there is no whole), or empty
/// where it does not come out even.
std::string in_fractions(double y, bool bare) {
    double const w = std::floor(y + 1e-9);
    double const rest = y - w;
    for (int d : {1, 2, 4, 8, 16, 32}) {
        double const k = std::round(rest * d);
        if (std::abs(rest * d - k) > 1e-6) continue;
        if (k == 0 || k == d) return grouped(w + (k == d ? 1 : 0), 0);
        if (bare && w == 0) return fmt::format("{}/{}", static_cast<int>(k), d);
        return fmt::format("{}-{}/{}", grouped(w, 0), static_cast<int>(k), d);
    }
    return {};
}

} // namespace

std::string written_like(mention const& like, double x, int places) {
    std::string_view const text = like.text;
    std::size_t begin = 0;
    while (begin < text.size() && !(text[begin] >= '0' && text[begin] <= '9')) ++begin;
    std::size_t end = begin;
    while (end < text.size() && ((text[end] >= '0' && text[end] <= '9') ||
                                 ((text[end] == ',' || text[end] == '.') && end + 1 < text.size() &&
                                  text[end + 1] >= '0' && text[end + 1] <= '9')))
        ++end;
    if (begin == end || !like.value || *like.value == 0) return grouped(x, places);
    // A whole and a fraction, as grain and bond prices are quoted ("8-1/4 cents", "$5.12-1/2"): the
    // result in the same way, in halves to 32nds where it comes out even.
    if (std::size_t const f = end; f < text.size() && (text[f] == '-' || text[f] == ' ')) {
        std::size_t n_end = f + 1;
        while (n_end < text.size() && text[n_end] >= '0' && text[n_end] <= '9') ++n_end;
        std::size_t d_end = n_end + 1;
        while (d_end < text.size() && text[d_end] >= '0' && text[d_end] <= '9') ++d_end;
        if (n_end > f + 1 && n_end < text.size() && text[n_end] == '/' && d_end > n_end + 1) {
            // (std::strtod: no exception for digits beyond a double's range; a grouped whole stays unread)
            auto const number_of = [](std::string_view digits) {
                std::string const copy(digits);
                return copy.find_first_of(",.") == std::string::npos ? std::strtod(copy.c_str(), nullptr) : -1.0;
            };
            double const whole = number_of(text.substr(begin, end - begin));
            double const num = number_of(text.substr(f + 1, n_end - f - 1));
            double const den = number_of(text.substr(n_end + 1, d_end - n_end - 1));
            double const stated = whole + (den > 0 ? num / den : 0);
            if (whole >= 0 && num >= 0 && den > 0 && std::isfinite(whole) && stated > 0 && whole == std::floor(whole)) {
                double const y = x / (*like.value / stated);
                std::string number = in_fractions(y, false);
                if (number.empty()) number = decimal(y, 3);
                std::string out(text.substr(0, begin));
                out += number;
                out += text.substr(d_end);
                std::replace_if(
                    out.begin(), out.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
                return out;
            }
        }
    }
    // A fraction alone ("1/2", "3/8"): the result as a whole and eighths to 32nds where it comes out even.
    if (end + 1 < text.size() && text[end] == '/' && text[end + 1] >= '0' && text[end + 1] <= '9') {
        std::size_t d_end = end + 1;
        while (d_end < text.size() && text[d_end] >= '0' && text[d_end] <= '9') ++d_end;
        double const y = std::abs(x);
        std::string number = in_fractions(y, true);
        if (number.empty()) number = decimal(y, 3);
        return std::string(text.substr(0, begin)) + (x < 0 ? "-" : "") + number + std::string(text.substr(d_end));
    }
    // the scale the numeral is written in ("1.2 mln": a million), from the value it stands for
    double const scale = last_digit_of(like) / last_digit(text);
    bool const scaled = std::abs(scale - 1) > 1e-9;
    std::string_view const numeral = text.substr(begin, end - begin);
    bool const whole_grouped =
        numeral.find(',') != std::string_view::npos && numeral.find('.') == std::string_view::npos;
    // (a whole number in groups on a scale, "Rs 2,10,267 crore": grouped as the text groups it, the
    // Indian way when a group of two digits comes before the last three)
    std::string number;
    if (scaled && whole_grouped && std::abs(x / scale - std::round(x / scale)) < 1e-6) {
        number = grouped(std::round(x / scale), 0);
        std::size_t const last_comma = numeral.rfind(',');
        std::size_t const previous = last_comma == 0 ? std::string_view::npos : numeral.rfind(',', last_comma - 1);
        if (previous != std::string_view::npos && last_comma - previous == 3) { // "2,10,267": lakh and crore
            std::string digits;
            for (char const c : number)
                if (c != ',') digits += c;
            std::string indian;
            std::size_t const n = digits.size();
            for (std::size_t i = 0; i < n; ++i) {
                std::size_t const left = n - i; // digits from here to the end
                if (i > 0 && (left == 3 || (left > 3 && (left - 3) % 2 == 0))) indian += ',';
                indian += digits[i];
            }
            number = indian;
        }
    } else {
        number = scaled ? decimal(x / scale, std::max(decimals_in(text), 2)) : grouped(x, places);
    }
    std::string out(text.substr(0, begin));
    out += number;
    out += text.substr(end);
    // (the figure's text on one line)
    std::replace_if(
        out.begin(), out.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    return out;
}

std::string the_stated(mention const& m) {
    std::string const said = text_of(m);
    if (m.hedge.empty()) return "the " + said + " stated";
    // (in quotes: "not more than 50 percent as stated" would read as a bound)
    return "\"" + said + "\" as stated";
}

std::string span_words(std::string const& low, std::string const& high, std::string_view unit) {
    if (low == high) return low + std::string(unit);
    return low + std::string(unit) + " to " + high + std::string(unit);
}

std::string decimal(double x, int decimals) {
    std::string s = fmt::format("{:.{}f}", x, decimals);
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    if (s == "-0") s = "0";
    return s;
}

std::string figure(double x) {
    double const a = std::abs(x);
    if (!std::isfinite(x)) return x > 0 ? "no upper limit" : "no lower limit";
    if (a >= 1e12) return decimal(x / 1e12, 3) + " trillion";
    if (a >= 1e9) return decimal(x / 1e9, 3) + " billion";
    if (a >= 1e6) return decimal(x / 1e6, 3) + " million";
    if (a >= 1000) return grouped(x, 0);
    if (a >= 100) return decimal(x, 1);
    if (a >= 1) return decimal(x, 2);
    return decimal(x, 3);
}

std::string grouped(double x, int places) {
    std::string digits = fmt::format("{:.{}f}", std::abs(x), places);
    std::size_t const point = digits.find('.');
    for (std::size_t at = point == std::string::npos ? digits.size() : point; at > 3; at -= 3)
        digits.insert(at - 3, ",");
    return x < 0 ? "-" + digits : digits;
}

std::string signed_percent(double x, int decimals) {
    std::string s = decimal(x, decimals);
    return (x > 0 && s != "0" ? "+" : "") + s + "%";
}

std::string unsigned_percent(double x, int decimals) { return decimal(std::abs(x), decimals) + "%"; }

std::string percent_range(interval x, int decimals) {
    return fmt::format("{} to {}", signed_percent(x.low, decimals), signed_percent(x.high, decimals));
}

std::string text_of(mention const& m) {
    std::string out;
    for (char const c : m.text) {
        bool const space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out.push_back(space ? ' ' : c);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    // (a hedge that opens the sentence is quoted as it reads inside one: "912 million to about 968 million")
    // ("Some 262" for the hedge "about": a hedge's word, whichever)
    if (!m.hedge.empty() && out.size() > 2 && text::is_upper(out[0]) && text::is_lower(out[1]) &&
        (text::iequals(std::string_view(out).substr(0, std::min(out.size(), m.hedge.size())), m.hedge) ||
         text::contains_any_word(text::lower(text::first_word(out)),
                                 {"some", "about", "nearly", "almost", "roughly", "around", "over", "under", "just",
                                  "more", "less", "fewer", "approximately", "an", "a", "up"})))
        out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return out;
}

std::pair<std::size_t, std::size_t> sentence_of(std::vector<mention> const& mentions, std::size_t index) noexcept {
    std::size_t first = index, last = index + 1;
    while (first > 0 && mentions[first - 1].sentence == mentions[index].sentence) --first;
    while (last < mentions.size() && mentions[last].sentence == mentions[index].sentence) ++last;
    return {first, last};
}

std::pair<std::size_t, std::size_t> mentions_of_sentence(std::vector<mention> const& mentions,
                                                         std::size_t sentence) noexcept {
    auto const first = std::lower_bound(mentions.begin(), mentions.end(), sentence,
                                        [](mention const& m, std::size_t value) { return m.sentence < value; });
    auto const last = std::upper_bound(first, mentions.end(), sentence,
                                       [](std::size_t value, mention const& m) { return value < m.sentence; });
    return {static_cast<std::size_t>(first - mentions.begin()), static_cast<std::size_t>(last - mentions.begin())};
}

finding make_finding(rule const& r, mention const& m, std::string message) {
    finding f;
    f.rule = r.name;
    f.code = r.code;
    f.level = r.default_severity;
    f.message = std::move(message);
    f.span = m.span;
    return f;
}

related_span related(mention const& m, std::string message) { return {std::move(message), m.span}; }

std::string_view rise_or_fall(double x) noexcept { return x < 0 ? "fall" : "rise"; }

} // namespace numcheck::rules::detail
