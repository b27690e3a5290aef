// Extraction: the only place outside grammars/ that sees Spirit. It scans each sentence for
// places where a mention can start, runs the grammars there, keeps the longest match, and turns
// the grammar's AST into mentions.
#include "numcheck/extract.hpp"

#include "numcheck/calendar.hpp"
#include "numcheck/text.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <stdexcept>
#include <utility>

#include <fmt/format.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "grammars/age.hpp"
#include "grammars/change.hpp"
#include "grammars/comparison.hpp"
#include "grammars/date.hpp"
#include "grammars/duration.hpp"
#include "grammars/money.hpp"
#include "grammars/number.hpp"
#include "grammars/ordinal.hpp"
#include "grammars/percent.hpp"
#include "grammars/period.hpp"
#include "grammars/relative_time.hpp"

namespace numcheck {

std::string_view name_of(mention_kind kind) noexcept {
    switch (kind) {
    case mention_kind::number:
        return "number";
    case mention_kind::ordinal:
        return "ordinal";
    case mention_kind::money:
        return "money";
    case mention_kind::percent:
        return "percent";
    case mention_kind::percentage_points:
        return "percentage-points";
    case mention_kind::change:
        return "change";
    case mention_kind::multiplier:
        return "multiplier";
    case mention_kind::year:
        return "year";
    case mention_kind::period:
        return "period";
    case mention_kind::relative_time:
        return "relative-time";
    case mention_kind::date:
        return "date";
    case mention_kind::duration:
        return "duration";
    case mention_kind::age:
        return "age";
    case mention_kind::comparison:
        return "comparison";
    }
    return "unknown";
}

namespace {

namespace x3 = boost::spirit::x3;
namespace ast = grammar::ast;

constexpr double infinity = std::numeric_limits<double>::infinity();

/// ASCII character classes by table: the scanner tests every byte of the text.
enum char_bits : std::uint8_t { digit_bit = 1, lower_bit = 2, upper_bit = 4 };
constexpr auto char_classes = [] {
    std::array<std::uint8_t, 256> table{};
    for (int c = '0'; c <= '9'; ++c) table[static_cast<std::size_t>(c)] = digit_bit;
    for (int c = 'a'; c <= 'z'; ++c) table[static_cast<std::size_t>(c)] = lower_bit;
    for (int c = 'A'; c <= 'Z'; ++c) table[static_cast<std::size_t>(c)] = upper_bit;
    return table;
}();
bool has_class(char c, unsigned bits) { return (char_classes[static_cast<unsigned char>(c)] & bits) != 0; }
bool is_digit(char c) { return has_class(c, digit_bit); }
bool is_alpha(char c) { return has_class(c, lower_bit | upper_bit); }
bool is_alnum(char c) { return has_class(c, digit_bit | lower_bit | upper_bit); }
bool is_upper(char c) { return has_class(c, upper_bit); }
bool is_lower(char c) { return has_class(c, lower_bit); }
char lower(char c) { return is_upper(c) ? static_cast<char>(c | 0x20) : c; }

/// Where the run of ASCII letters and digits that goes on at `e` ends, at most `limit`: sixteen bytes
/// at a time with SSE2 where the text has them (one predictable branch for most words, where a byte
/// loop mispredicts at every word's end), else byte by byte.
[[gnu::always_inline]] inline std::size_t alnum_end(std::string_view text, std::size_t e, std::size_t limit) {
#if defined(__SSE2__)
    // A byte x is in [low, low + n) when x - low, read as unsigned, is below n: shifted by 0x80 the
    // test is a signed comparison, which SSE2 has.
    auto const in_range = [](__m128i x, char low, int n) {
        __m128i const shifted = _mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - low)));
        return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(-128 + n)));
    };
    while (e + 16 <= text.size() && e < limit) {
        __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(text.data() + e));
        __m128i const word =
            _mm_or_si128(in_range(v, '0', 10), in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 26));
        auto const ends = ~static_cast<unsigned>(_mm_movemask_epi8(word)) & 0xFFFFU;
        if (ends != 0) return std::min(e + static_cast<std::size_t>(std::countr_zero(ends)), limit);
        e += 16;
    }
#endif
    while (e < limit && is_alnum(text[e])) ++e;
    return std::min(e, limit);
}

/// A time zone's abbreviation in lower case, after a time of day: "gmt", "edt", "jst".
bool is_time_zone(std::string_view word) {
    static constexpr std::array<std::string_view, 40> zones{
        "gmt",  "utc",  "est",  "edt",  "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst",  "cet",  "cest", "eet",
        "eest", "wet",  "west", "jst",  "hkt", "sgt", "ist", "pkt", "kst", "msk", "aest", "aedt", "acst", "acdt",
        "awst", "nzst", "nzdt", "sast", "wib", "ict", "eat", "wat", "cat", "brt", "art",  "et"};
    return std::find(zones.begin(), zones.end(), word) != zones.end();
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic

using calendar::days_from_civil;
using calendar::days_in_month;
using calendar::weekday_of;
calendar_date civil_from_days(long z) {
    auto const d = calendar::civil_from_days(z);
    return {d.year, d.month, d.day};
}
/// A year as four digits ("0987", "2023"), as fmt's "{:04}" writes it, without formatting.
std::string year_digits(int year) {
    if (year < 0 || year > 9999) return fmt::format("{:04}", year);
    std::string out(4, '0');
    for (std::size_t i = 4; i-- > 0; year /= 10) out[i] = static_cast<char>('0' + year % 10);
    return out;
}
/// "2024-Q3" for a count of quarters since year 0 (2024 * 4 + 2).
std::string year_quarter(int quarters) {
    return year_digits(quarters / 4) + "-Q" + static_cast<char>('1' + quarters % 4);
}
/// "-04", as fmt's "-{:02}" writes it (the hot calendar strings are built without formatting).
std::string& dash_two(std::string& out, int n) {
    if (n < 0 || n > 99) {
        out += fmt::format("-{:02}", n);
        return out;
    }
    out += '-';
    out += static_cast<char>('0' + n / 10);
    out += static_cast<char>('0' + n % 10);
    return out;
}
/// "2023-04", "XXXX-04" (year 0 unstated)
std::string year_month(std::string year, int month) { return std::move(dash_two(year, month)); }
/// "2023-04-09", "XXXX-04-09"
std::string year_month_day(std::string year, int month, int day) {
    dash_two(year, month);
    return std::move(dash_two(year, day));
}
std::string iso_date(calendar_date d) { return year_month_day(year_digits(d.year), d.month, d.day); }
std::string iso_week(long days) {
    // The ISO week's year is the year of its Thursday.
    long const thursday = days - weekday_of(days) + 4;
    calendar_date const t = civil_from_days(thursday);
    long const jan1 = days_from_civil(t.year, 1, 1);
    return fmt::format("{:04}-W{:02}", t.year, (thursday - jan1) / 7 + 1);
}

// ---------------------------------------------------------------------------------------------
// Quantities

/// Value and the interval the stated figure stands for, before scale.
struct stated_value {
    double value = 0;
    double unit = 0; ///< the place of the last stated digit; 0 for exact values
};

stated_value read_numeral(std::string_view numeral) {
    // The digits without group separators; from_chars reads them as strtod would (correctly
    // rounded), without a locale or an allocation for the usual short numeral.
    char buffer[64];
    std::string long_digits;
    char* digits = buffer;
    if (numeral.size() > sizeof buffer) {
        long_digits.resize(numeral.size());
        digits = long_digits.data();
    }
    std::size_t length = 0;
    std::size_t decimals = 0;
    bool after_point = false;
    bool grouped = false;
    for (char const c : numeral) {
        if (c == ',') {
            grouped = true;
            continue;
        }
        if (c == '.') {
            after_point = true;
        } else if (after_point) {
            ++decimals;
        }
        digits[length++] = c;
    }
    stated_value out;
    static constexpr std::array<double, 8> negative_powers{1, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7};
    static constexpr std::array<double, 8> powers{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7};
    if (length - (after_point ? 1 : 0) <= 15 && decimals < powers.size()) {
        // Up to 15 digits are an exact integer in a double, and so is 10^decimals: their quotient
        // is correctly rounded, the value from_chars would give.
        std::uint64_t mantissa = 0;
        for (std::size_t i = 0; i < length; ++i)
            if (digits[i] != '.') mantissa = mantissa * 10 + static_cast<std::uint64_t>(digits[i] - '0');
        out.value = static_cast<double>(mantissa) / powers[decimals];
    } else {
        double value = 0;
        auto const [stop, error] = std::from_chars(digits, digits + length, value);
        out.value = error == std::errc{} || error == std::errc::result_out_of_range
                        ? value
                        : std::strtod(std::string(digits, length).c_str(), nullptr);
    }
    out.unit =
        decimals < negative_powers.size() ? negative_powers[decimals] : std::pow(10.0, -static_cast<double>(decimals));
    if (!after_point && grouped) {
        // "408,000": whole groups of trailing zeros are taken as rounding, and in a figure of tens
        // of thousands or more two of them ("12,900", "£37,400": to the hundred, as copy rounds a
        // count or a salary it computed a change from; "240", "1,100" and "2,050" stay exact to the
        // unit: a hundred is a tenth of "1,100").
        std::size_t zeros = 0;
        for (auto it = numeral.rbegin(); it != numeral.rend() && (*it == '0' || *it == ','); ++it)
            if (*it == '0') ++zeros;
        std::size_t const groups = zeros / 3;
        if (groups > 0 && zeros < length) {
            out.unit = std::pow(1000.0, static_cast<double>(groups));
        } else if (zeros == 2 && length >= 5) {
            out.unit = 100;
        }
    }
    return out;
}

/// The interval of a figure widened by its hedge ("estimated" to its last digit that is not zero: the
/// estimate is as precise as it is told, "an estimated 300" to the hundred, "an estimated 137,964" to the
/// unit).
void apply_hedge(interval& range, double value, std::string const& hedge) {
    if (hedge.empty()) return; // most figures
    double const magnitude = std::abs(value);
    // (the last digit that is not zero of a whole figure: its step)
    auto const last_step = [magnitude] {
        double step = 1;
        while (step < 1e15 && std::fmod(magnitude, step * 10) == 0) step *= 10;
        return step;
    };
    if (hedge == "estimated") {
        if (magnitude < 1 || std::floor(magnitude) != magnitude) return;
        double const step = last_step();
        range.low = std::min(range.low, value - step / 2);
        range.high = std::max(range.high, value + step / 2);
        return;
    }
    // A figure of five significant digits or more is told as it was counted, whatever word is before it
    // ("Some 257,632 people", "about 12,345 votes"): the hedge is the writer's manner, not a 10% margin,
    // which would hide a wrong digit; it stays as precise as the estimate's.
    if ((hedge == "about" || hedge == "nearly" || hedge == "just over") && magnitude >= 10000 &&
        std::floor(magnitude) == magnitude && magnitude / last_step() >= 10000)
        return;
    // A whole figure of three significant digits or four, its last not a 5 ("about 968 million", "nearly
    // 1,230"), is told to within a hundredth or two of its last digit's steps, not a tenth: a rounder
    // figure ("about 1,200", "about 125", "about 2.75 million") keeps the tenth.
    double margin = 0.1 * magnitude;
    if (magnitude >= 100 && std::floor(magnitude) == magnitude) {
        double const step = last_step();
        double const digits = magnitude / step;
        if (digits >= 100 && std::fmod(digits, 5) != 0) margin = std::max(0.01 * magnitude, 2 * step);
    }
    if (hedge == "about") {
        range.low = std::min(range.low, value - margin);
        range.high = std::max(range.high, value + margin);
    } else if (hedge == "nearly") {
        range.low = std::min(range.low, value - margin);
    } else if (hedge == "just over") {
        // ("just over a quarter", "just over 2,000": a little above, as "nearly" is a little below)
        range.high = std::max(range.high, value + margin);
    } else if (hedge == "more than" || hedge == "at least") {
        range.high = infinity;
    } else if (hedge == "less than" || hedge == "at most") {
        range.low = value >= 0 ? 0 : -infinity;
    }
}

struct quantity_value {
    double value = 0;
    interval range;
};

/// `v` made whole when a scale made it a hair off a whole number: 8.2 * 1e6 is 8199999.999999999 in
/// binary, which tests of wholeness ("Of the 8.2 million homes") and sums must read as 8,200,000.
double snap_whole(double v) {
    double const whole = std::round(v);
    return std::abs(v - whole) <= 1e-9 * std::abs(v) ? whole : v;
}

/// The value and interval of a figure a scale multiplied, each made whole where it is a hair off one.
void snap_scaled(quantity_value& out, double scale) {
    if (scale <= 1) return;
    out.value = snap_whole(out.value);
    out.range = {snap_whole(out.range.low), snap_whole(out.range.high)};
}

quantity_value evaluate(ast::quantity const& q) {
    stated_value stated;
    if (!q.numeral.empty()) {
        stated = read_numeral(q.numeral);
        if (q.mixed_fraction > 0) {
            stated.value += q.mixed_fraction;
            stated.unit = 0;
        }
    } else {
        stated.value = q.spelled + q.mixed_fraction * q.fraction_of;
        // "two" is [1.5, 3), "two million" [1.5, 3) million: the last word stated counts, as the
        // last digit does ("five billion and a half" and fractions are exact).
        stated.unit = q.fraction || q.mixed_fraction > 0 ? 0 : q.fraction_of;
    }
    double const scale = q.scale * q.factor;
    quantity_value out;
    if (q.is_range()) {
        // A range stands for its midpoint; its interval runs from the low end to the high end.
        stated_value high;
        if (q.last_digits_to) {
            // "5.63-65": the low end with its last digits replaced; "1.7795-05": and one carried
            // into the digit before them (1.7805)
            std::string digits(q.numeral.substr(0, q.numeral.size() - q.numeral_to.size()));
            digits += q.numeral_to;
            high = read_numeral(digits);
            if (high.value <= stated.value) {
                std::size_t const point = q.numeral.find('.');
                std::size_t const kept = q.numeral.size() - point - 1 - q.numeral_to.size(); // decimals before
                high.value += std::pow(10.0, -static_cast<double>(kept));
            }
        } else if (!q.numeral_to.empty()) {
            high = read_numeral(q.numeral_to);
        } else {
            high.value = q.spelled_to; // "five to six billion": both ends in the high end's last word
            high.unit = q.fraction_of;
        }
        stated.value *= q.low_groups;
        stated.unit *= q.low_groups;
        out.value = (stated.value + high.value) / 2 * scale;
        out.range = {(stated.value - stated.unit / 2) * scale, (high.value + high.unit) * scale};
        snap_scaled(out, scale);
        apply_hedge(out.range, out.value, q.hedge);
        return out;
    }
    out.value = stated.value * scale;
    if (q.fraction && q.fraction_of >= 20 && q.spelled * q.fraction_of >= 9.5) {
        // A ratio counted to two digits or more is as precise as its count ("91 out of 100" is 90.5 to 91.5
        // of 100), its hedge as any figure's.
        double const count = std::round(q.spelled * q.fraction_of);
        out.range = {(count - 0.5) / q.fraction_of * scale, (count + 0.5) / q.fraction_of * scale};
        apply_hedge(out.range, out.value, q.hedge);
    } else if (q.fraction) {
        // A fraction in words stands for 10% either side; a hedge on it widens that by half again ("about
        // one in five" for 22.4%, "nearly a third" for 29%; not "about one in four" for 20%).
        bool const about = q.hedge == "about", nearly = q.hedge == "nearly", over = q.hedge == "just over";
        out.range = {out.value * (about || nearly ? 0.85 : 0.9), out.value * (about || over ? 1.15 : 1.1)};
    } else {
        out.range = {(stated.value - stated.unit / 2) * scale, (stated.value + stated.unit) * scale};
    }
    snap_scaled(out, scale);
    if (q.negative) {
        out.value = -out.value;
        out.range = {-out.range.high, -out.range.low};
    }
    apply_hedge(out.range, out.value, q.hedge);
    return out;
}

mention_kind kind_of(ast::quantity const& q) {
    switch (q.kind) {
    case ast::quantity_kind::money:
        return mention_kind::money;
    case ast::quantity_kind::percent:
        return mention_kind::percent;
    case ast::quantity_kind::points:
        return mention_kind::percentage_points;
    case ast::quantity_kind::number:
        break;
    }
    return mention_kind::number;
}

std::string unit_of(ast::quantity const& q) {
    switch (q.kind) {
    case ast::quantity_kind::money:
        return q.currency;
    case ast::quantity_kind::percent:
        return "%";
    case ast::quantity_kind::points:
        return "pp";
    case ast::quantity_kind::number:
        break;
    }
    // "parts per million" is ppm, as the figures beside it are often written
    if (q.unit_word.size() > 10 && q.unit_word.starts_with("parts per ")) {
        std::string_view const scale = q.unit_word.substr(10);
        if (scale == "million") return "ppm";
        if (scale == "billion") return "ppb";
    }
    return std::string(q.unit_word);
}

// ---------------------------------------------------------------------------------------------
// Scanning

enum class grammar_id : std::uint8_t {
    change,
    comparison,
    age,
    date,
    relative_time,
    period,
    duration,
    money,
    percent,
    ordinal,
    number
};

using grammar_mask = std::uint32_t;
constexpr grammar_mask bit(grammar_id id) { return static_cast<grammar_mask>(1u << static_cast<unsigned>(id)); }
constexpr grammar_mask all_grammars = 0x07FF;
constexpr grammar_mask quantities = bit(grammar_id::number) | bit(grammar_id::money) | bit(grammar_id::percent);
constexpr grammar_mask hedged = quantities | bit(grammar_id::duration) | bit(grammar_id::change) | bit(grammar_id::age);

/// The grammars that can begin with each trigger word, by the word's class (a direction verb can
/// only begin a change, a month a date or a period, ...). Extraction tries only those there. Keep
/// in step with the grammars' first words; a trigger word of no class tries every grammar.
/// "last year", "this year", "next year" and the years they count from the reference year's.
constexpr std::array<std::pair<std::string_view, int>, 3> relative_year_words{
    {{"last year", -1}, {"this year", 0}, {"next year", 1}}};

constexpr grammar_mask counted = quantities | bit(grammar_id::duration) | bit(grammar_id::age) |
                                 bit(grammar_id::relative_time) | bit(grammar_id::change);

bool in_list(std::string_view word, std::initializer_list<std::string_view> words) {
    // (the size and the first byte before the bytes: most words of a list fail there)
    if (word.empty()) return false;
    for (std::string_view const w : words)
        if (w.size() == word.size() && w[0] == word[0] && std::memcmp(w.data(), word.data(), w.size()) == 0)
            return true;
    return false;
}

/// Weekday names as the scanner classes them (full and abbreviated; months: calendar::month_names).
constexpr std::array<std::string_view, 16> weekday_words{
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
    "tue",    "tues",    "wed",       "thu",      "thurs",  "fri",      "sat",    "sun"};

bool is_month_word(std::string_view w) { return calendar::is_month_name(w); }
/// The first words of the holidays the date grammar reads ("Thanksgiving Day", "Labor Day").
constexpr std::array<std::string_view, 15> holiday_words{
    "christmas", "election", "independence", "labor",  "labour",    "memorial", "thanksgiving", "veterans",
    "easter",    "good",     "new",          "boxing", "halloween", "black",    "cyber"};
bool is_holiday_word(std::string_view w) {
    return std::find(holiday_words.begin(), holiday_words.end(), w) != holiday_words.end();
}
bool is_weekday_word(std::string_view w) {
    return std::find(weekday_words.begin(), weekday_words.end(), w) != weekday_words.end();
}

grammar_mask class_of_trigger(std::string_view w) {
    using g = grammar_id;
    if (is_month_word(w)) return bit(g::date) | bit(g::period);
    if (is_weekday_word(w)) return bit(g::date) | bit(g::relative_time);
    if (is_holiday_word(w)) return bit(g::date);
    if (in_list(w, {"a", "an"})) return counted;
    if (in_list(w, {"about",  "above", "almost",  "around", "below",    "close",         "just",   "less", "more",
                    "nearly", "over",  "roughly", "some",   "under",    "fewer",         "no",     "up",   "down",
                    "as",     "at",    "well",    "north",  "slightly", "approximately", "approx", "nigh"}))
        return hedged | bit(g::comparison) | bit(g::relative_time);
    if (in_list(w, {"against", "than", "versus", "vs", "compared", "relative"})) return bit(g::comparison);
    if (w == "twice") return bit(g::change); // "twice as high as"

    if (in_list(w, {"age", "aged", "born"})) return bit(g::age);
    // (a duration never begins with one of these: "the last two years" is relative time; but "the
    // past year" is a year long)
    if (w == "past") return bit(g::relative_time) | bit(g::duration);
    if (in_list(w, {"today", "tonight", "tomorrow", "yesterday", "earlier", "last", "next", "this", "now", "right",
                    "currently", "presently", "nowadays", "these", "recently", "lately", "recent", "coming"}))
        return bit(g::relative_time);
    if (in_list(w, {"several", "many"})) return bit(g::relative_time); // several years ago
    if (w == "quarter") return counted | bit(g::period);               // "quarter million", "a quarter earlier"
    if (in_list(w, {"previous", "prior", "since", "year", "century"})) return bit(g::relative_time) | bit(g::period);
    if (in_list(w, {"fiscal", "fy", "mid", "early", "late", "end", "q1", "q2", "q3", "q4", "h1", "h2"}))
        return bit(g::period) | bit(g::date);
    // The grammars with an alternative that begins with the word (age also through "Smith, 45,").
    if (w == "in") return bit(g::comparison) | bit(g::period) | bit(g::age); // in comparison, in 2022
    if (w == "by") return bit(g::comparison) | bit(g::period) | bit(g::age) | bit(g::relative_time); // by then
    if (w == "for") return bit(g::period) | bit(g::duration) | bit(g::age); // for 1987, for nearly
    if (w == "from") return bit(g::change) | bit(g::comparison) | bit(g::period) | bit(g::age);
    if (w == "on") return bit(g::date) | bit(g::age);                // on Tuesday
    if (w == "until") return bit(g::period) | bit(g::relative_time); // until June, until then
    if (in_list(w, {"through", "during", "throughout", "between"}))
        return bit(g::period); // during 2022, between April and June
    if (w == "the") return bit(g::change) | bit(g::period) | bit(g::relative_time) | bit(g::age);
    if (w == "that") return bit(g::relative_time);     // that year, that same day
    if (w == "of" || w == "to") return bit(g::period); // most of August, the year to March
    if (in_list(w, {"within"})) return bit(g::duration);
    if (in_list(w, {"minus", "negative", "zero", "half", "dozen", "dozens", "hundred", "thousand", "billion"}))
        return counted;
    if (in_list(w, {"basis"})) return bit(g::percent);
    namespace lexicon = grammar::lexicon;
    std::string const key(w);
    if (w == "eighteen" || w == "nineteen") return counted | bit(g::period);                   // "nineteen ninety-six"
    if (lexicon::cardinal_units().find(key)) return counted;                                   // "one"
    if (lexicon::cardinal_tens().find(key)) return counted | bit(g::ordinal) | bit(g::period); // "twenty-first"
    if (lexicon::ordinal_words().find(key)) return bit(g::ordinal) | bit(g::period) | bit(g::date); // "first"
    if (lexicon::up_words().find(key) || lexicon::down_words().find(key) || lexicon::up_nouns().find(key) ||
        lexicon::down_nouns().find(key) || lexicon::multiplier_words().find(key) ||
        lexicon::multiplier_bases().find(key))
        return bit(g::change);
    // The first word of a direction of several words: "went up", "edged down", "ticked up".
    bool first_of_direction = false;
    // (std::addressof: X3 overloads unary & as its and-predicate)
    std::array<lexicon::symbols_i const*, 2> const directions{std::addressof(lexicon::up_words()),
                                                              std::addressof(lexicon::down_words())};
    for (auto const* table : directions)
        table->for_each([&](std::string const& entry, int) {
            first_of_direction =
                first_of_direction || (entry.size() > w.size() && entry.starts_with(w) && entry[w.size()] == ' ');
        });
    if (first_of_direction) return bit(g::change);
    return all_grammars;
}

/// How a function word's grammars depend on the word after it (scanner::refine_by_next_word).
enum class refinement : std::uint8_t {
    none,
    the,
    a,
    on,
    in,
    preposition,
    at,
    as,
    more,
    up,
    hedge,
    deixis,
    month_next,
    unit_on,        ///< "month", "week": a place only before "on" or "over" ("week on week", "month-over-month")
    pronoun_age,    ///< "he", "she", "who": a place only before "was", "is", "turned" and a figure ("She was 87.")
    apposition_age, ///< "victim", "wife": a place only before a comma, a figure and a comma ("The victim, 27,")
    holiday_pair,   ///< "New", "Good", "Labor": a date only capitalised and before its second word ("New Year's")
    unit_next       ///< "prior", "previous", "preceding": a relative time only before a calendar unit ("prior year")
};

/// What the scanner needs to know of a word, from one look-up: the grammars it can begin, how
/// the word after it narrows them, and which of the refinement lists it is in as that next word.
struct word_info {
    grammar_mask grammars = 0; ///< 0: begins nothing (on its own)
    refinement refine = refinement::none;
    std::uint32_t flags = 0;
    std::uint16_t anchors = 0; ///< anchor bits: grammars this word must be present for
};

/// Anchors: words without which a grammar cannot match. Each of the grammars below fails unless
/// one of its anchor words (or, for relative time, a combination) is among the words it would
/// cover, so the scanner runs it only where one is among the next few words (`anchor_window`) of the
/// sentence (scanner::anchored_grammars). Keep in step with the grammars: a missing anchor loses
/// mentions. scan_mode::exhaustive runs every grammar regardless; the unit test "anchors: ..."
/// (samples, one phrase per grammar alternative) and .ci/run (the whole Reuters corpus) check
/// that both modes find the same.
enum anchor : std::uint16_t {
    percent_anchor = 1u << 0,  ///< percent_words; "%"
    money_anchor = 1u << 1,    ///< currency words, codes and subunits; "$" and signs outside ASCII; "634p"
    change_anchor = 1u << 2,   ///< direction verbs and nouns, multiplier words, "...fold"
    age_anchor = 1u << 3,      ///< old, olds, age, aged, born; he, she ("She was 87.")
    deixis_anchor = 1u << 4,   ///< last, this, next, previous, since, today ...: relative time on its own
    relative_anchor = 1u << 5, ///< ago, earlier, later, on, date ...: relative time with a calendar unit
    calendar_anchor = 1u << 6, ///< year, weeks, quarter, weekend, summer ...
    duration_anchor = 1u << 7, ///< time units
    period_anchor = 1u << 8,   ///< four digits, fiscal, FY, quarter, half, Q3, H1, month names
    date_anchor = 1u << 9,     ///< month and weekday names; digits before "-" or "/" and a digit
    fold_anchor = 1u << 10,    ///< "fold": the only change that begins with digits is "10-fold"
    figure_anchor = 1u << 11,  ///< digits, spelled numbers, scales, fractions, multipliers: a change's value
    old_anchor = 1u << 12,     ///< "old", "olds", "age": an age that begins with its figure ("45-year-old")
};

/// word_info::flags: memberships of the lists refine_by_next_word tests the next word against.
enum word_flag : std::uint32_t {
    month = 1u << 0,
    weekday = 1u << 1,
    carries = 1u << 2,          ///< carries_figure: "year", "rise", "period" after "the"/"a"
    counts = 1u << 3,           ///< "few", "several", "million": carries a figure itself
    after_the = 1u << 4,        ///< "previous", "fiscal", "first" ... after "the"
    after_a = 1u << 5,          ///< "further", "record" ... after "a"/"an"
    after_in = 1u << 6,         ///< "fiscal", "early", "last" ... after "in"
    after_in_compare = 1u << 7, ///< "comparison", "contrast" after "in"
    after_preposition = 1u << 8,
    after_as = 1u << 9,
    after_more = 1u << 10,
    after_up = 1u << 11,
    after_hedge = 1u << 12,
    currency_code = 1u << 13,      ///< "usd", "rs": money before an amount
    from_word = 1u << 14,          ///< "from": begins "from 1.6 mln to 1.4 mln", a change with no anchor
    comparison_word = 1u << 15,    ///< the first or second word of every comparison marker
    hedge_after_a = 1u << 16,      ///< "estimated", "approximate", "additional": "an estimated 300"
    calendar_unit = 1u << 17,      ///< lexicon::calendar_units(): "year", "weeks", "spring" after "last", "this"
    relative_after_the = 1u << 18, ///< "next", "previous", "latest", "past" ...: relative time after "the"
    after_month = 1u << 19,        ///< "nineteen", "through" ...: a period after a month's name (with `month`)
    season_word = 1u << 20,        ///< "spring", "summer", "autumn", "winter", "fall": "the summer"
    season_prefix = 1u << 21,      ///< "early", "late", "mid": "the early summer"
    transitive_only = 1u << 22,    ///< "raised", "cut": a change only with "to" or "from" ahead (to_or_from_after)
    times_word = 1u << 23,         ///< "times", "twice": a multiple compared ("three times as many as")
    hedge_after_in = 1u << 24,     ///< "excess": a hedge after "in" ("in excess of 40,000")
    hedge_lead = 1u << 25,         ///< "well", "north", "slightly": a hedge only before "over", "of" ...
    hedge_second = 1u << 26,       ///< "over", "above", "under", "below", "more", "less", "of"
};

/// A lower-case word of at most 16 bytes, zero-padded into two machine words.
struct packed_word {
    std::uint64_t low = 0, high = 0;
    std::uint32_t length = 0;
    bool operator==(packed_word const&) const = default;
};

/// Packs `length` (at most 16) letters and digits starting at `p`, lower-cased: for ASCII letters
/// and digits, setting bit 0x20 is lower-casing (digits have it already).
inline packed_word pack_word(char const* p, std::size_t length) {
    char bytes[16] = {};
    std::memcpy(bytes, p, length);
    packed_word w;
    std::memcpy(&w.low, bytes, 8);
    std::memcpy(&w.high, bytes + 8, 8);
    constexpr std::uint64_t fold = 0x2020202020202020ULL;
    w.low |= fold & (length >= 8 ? ~0ULL : (1ULL << (8 * length)) - 1);
    w.high |= fold & (length >= 16 ? ~0ULL : length <= 8 ? 0 : (1ULL << (8 * (length - 8))) - 1);
    w.length = static_cast<std::uint32_t>(length);
    return w;
}

/// Every word the scanner classifies, in an open-addressing table keyed by packed_word: the
/// scanner looks up every word of the text, so this is a multiply and one or two compares.
class word_table {
public:
    word_table() {
        auto const add = [this](std::string_view word, word_info info) {
            if (word.size() > 16 || word.empty()) return;
            if (!std::all_of(word.begin(), word.end(), [](char c) { return is_alnum(c); })) return;
            slot& s = find_slot(pack_word(word.data(), word.size()));
            s.info.grammars |= info.grammars;
            if (info.refine != refinement::none) s.info.refine = info.refine;
            s.info.flags |= info.flags;
            s.info.anchors |= info.anchors;
        };
        for (auto word : grammar::lexicon::trigger_words()) add(word, {class_of_trigger(word), refinement::none, 0});
        // Function words the grammars begin with that are not trigger words themselves.
        for (std::string_view word :
             {"for",    "by",    "at",      "as",     "from",       "in",      "on",   "the", "a",  "an", "than",
              "versus", "until", "through", "during", "throughout", "between", "that", "end", "of", "to", "twice"})
            add(word, {class_of_trigger(word), refinement::none, 0});
        auto const refine = [&](refinement r, std::initializer_list<std::string_view> words) {
            for (auto word : words) add(word, {0, r, 0});
        };
        refine(refinement::the, {"the"});
        refine(refinement::a, {"a", "an"});
        refine(refinement::on, {"on"});
        refine(refinement::in, {"in"});
        refine(refinement::preposition, {"for", "from", "by", "over", "under", "since", "within", "until", "through",
                                         "during", "throughout", "between"});
        refine(refinement::at, {"at"});
        refine(refinement::as, {"as"});
        refine(refinement::more, {"more", "less", "fewer", "no", "not"});
        refine(refinement::up, {"up", "down"});
        refine(refinement::hedge, {"about", "nearly", "some", "around", "almost", "roughly", "above", "below", "just",
                                   "close", "well", "north", "slightly", "approximately", "approx", "nigh"});
        refine(refinement::deixis,
               {"this", "last", "next", "coming", "past", "recent", "these", "that", "several", "many"});
        refine(refinement::month_next, {"of", "to"});
        for (std::string_view word : {"month", "week"})
            add(word, {bit(grammar_id::relative_time), refinement::unit_on, 0});
        for (std::string_view word : {"he", "she", "who"})
            add(word, {bit(grammar_id::age), refinement::pronoun_age, 0});
        grammar::lexicon::person_nouns().for_each([&](std::string const& word, int) {
            add(word, {bit(grammar_id::age), refinement::apposition_age, 0});
        });
        auto const flag = [&](std::uint32_t f, std::initializer_list<std::string_view> words) {
            for (auto word : words) add(word, {0, refinement::none, f});
        };
        for (auto word : calendar::month_names) add(word, {0, refinement::none, month});
        grammar::lexicon::calendar_units().for_each([&](std::string const& unit, std::string const&) {
            add(unit, {0, refinement::none, calendar_unit});
        });
        for (auto word : weekday_words) add(word, {0, refinement::none, weekday});
        flag(carries,
             {"year",        "month",       "quarter", "week",     "day",      "decade", "rise",      "increase",
              "gain",        "jump",        "growth",  "climb",    "surge",    "hike",   "advance",   "improvement",
              "rebound",     "fall",        "decline", "drop",     "decrease", "slump",  "plunge",    "dip",
              "reduction",   "contraction", "slide",   "downturn", "cut",      "period", "estimated", "additional",
              "approximate", "hour",        "minute",  "century",  "fold",     "full",   "fortnight"});
        // ("a threefold increase", "a tenfold rise": a multiple in one word)
        grammar::lexicon::fold_words().for_each([&](std::string const& word, auto const&) {
            add(word, {0, refinement::none, carries});
        });
        flag(counts, {"few", "several", "quarter", "third", "fifth", "million", "trillion", "mln", "bln", "billion",
                      "thousand", "hundred"});
        flag(after_the,
             {"previous",    "prior",  "preceding", "crop",      "marketing", "financial", "tax",     "fiscal",
              "final",       "upturn", "years",     "months",    "weeks",     "days",      "decades", "hours",
              "minutes",     "mid",    "early",     "late",      "next",      "last",      "past",    "same",
              "current",     "coming", "latest",    "calendar",  "season",    "nine",      "six",     "twelve",
              "end",         "start",  "beginning", "middle",    "spring",    "summer",    "autumn",  "winter",
              "first",       "second", "third",     "fourth",    "half",      "weekend",   "future",  "near",
              "foreseeable", "short",  "long",      "following", "subsequent"});
        // "the nineties"
        grammar::lexicon::decade_words().for_each([&](std::string const& word, auto const&) {
            add(word, {0, refinement::none, after_the});
        });
        flag(hedge_after_a, {"estimated", "approximate", "additional", "little"}); // "a little over 40,000"
        flag(hedge_after_in, {"excess"});
        flag(hedge_lead, {"well", "north", "slightly", "nigh"});
        flag(hedge_second, {"over", "above", "under", "below", "more", "less", "of", "on"});
        // After a month's name, the words that make it a period: a century's number ("January
        // nineteen ninety-seven") and the words of a range ("July through December"; a month
        // next, "January-March", has the `month` flag).
        flag(after_month, {"eighteen", "nineteen", "twenty", "through", "to", "until", "and"});
        // ... and the figures a month names ("its March load factor", "May exports").
        grammar::lexicon::month_figure_nouns().for_each([&](std::string const& noun, auto const&) {
            add(noun, {0, refinement::none, after_month});
        });
        flag(season_word, {"spring", "summer", "autumn", "winter", "fall"});
        flag(times_word, {"times", "twice"});
        flag(season_prefix, {"early", "late", "mid"});
        // The second words of the relative-time grammar's phrases that begin with "the" (and
        // calendar units: "the year before", "the year-earlier period").
        flag(relative_after_the,
             {"next", "following", "subsequent", "current", "latest", "previous", "prior", "end", "preceding", "past",
              "future", "near", "foreseeable", "short", "long", "full", "whole", "entire"});
        flag(after_a, {"further", "record", "total", "combined", "net", "more", "revised", "mere", "modest", "sharp",
                       "slight", "couple", "little"}); // (a couple of weeks ago)
        flag(after_in, {"fiscal",   "early", "late",   "mid",   "crop",     "marketing", "financial", "tax",
                        "calendar", "first", "second", "third", "fourth",   "last",      "recent",    "past",
                        "previous", "each",  "every",  "both",  "eighteen", "nineteen",  "twenty"});
        flag(after_in_compare, {"comparison", "contrast"});
        flag(after_preposition,
             {"comparison", "contrast",      "least", "most",     "end",     "mid",  "fiscal",   "financial",
              "marketing",  "calendar",      "last",  "next",     "this",    "past", "previous", "prior",
              "current",    "yesterday",     "today", "tomorrow", "tonight", "year", "early",    "late",
              "nearly",     "earlier",       "later", "then",     "now",     "a",    "an",       "about",
              "around",     "almost",        "more",  "less",     "some",    "over", "under",    "just",
              "roughly",    "approximately", "only",  "record",   "same"});
        flag(after_as, {"much", "many", "compared", "against", "high", "low", "little", "few", "long", "recently",
                        "late", "early"});
        flag(after_more, {"than", "more", "less", "fewer"}); // ("no fewer than")
        flag(from_word, {"from"});
        grammar::lexicon::comparison_markers().for_each([&](std::string const& marker, int) {
            // "than", "versus", "compared with": the first word; "as against", "by contrast",
            // "in comparison": the second.
            std::size_t const space = marker.find(' ');
            std::string_view const first = std::string_view(marker).substr(0, space);
            bool const second = first == "as" || first == "by" || first == "in";
            std::string_view word = second ? std::string_view(marker).substr(space + 1) : first;
            word = word.substr(0, word.find(' '));
            while (!word.empty() && !is_alnum(word.back())) word.remove_suffix(1);
            add(word, {0, refinement::none, comparison_word});
        });
        flag(after_up, {"to",      "from",     "by",           "only",         "slightly",      "as",
                        "at",      "another",  "sharply",      "marginally",   "substantially", "strongly",
                        "steeply", "modestly", "fractionally", "considerably", "significantly", "nearly",
                        "almost",  "about",    "around",       "roughly",      "some",          "over",
                        "under",   "more",     "less",         "above",        "below",         "just",
                        "zero",    "a",        "an",           "the",          "there",         "here",
                        "for",     "in",       "on",           "this",         "last",          "overall",
                        "again",   "so",       "too",          "much",         "even"});
        // ("north of 40,000", "just shy of", "just short of")
        flag(after_hedge,
             {"a", "an", "half", "zero", "to", "than", "the", "one", "quarter", "third", "of", "shy", "short"});
        grammar::lexicon::currency_codes().for_each([&](std::string const& code, std::string const&) {
            add(code, {0, refinement::none, currency_code});
        });
        // "raised its prime rate to 7.75 pct from 7.50 pct": a change may begin with such a verb
        grammar::lexicon::transitive_change_words().for_each([&](std::string const& verb, int) {
            namespace lexicon = grammar::lexicon;
            // (words that are also intransitive verbs or nouns of change begin a change anyway)
            bool const intransitive = lexicon::up_words().find(verb) || lexicon::down_words().find(verb) ||
                                      lexicon::up_nouns().find(verb) || lexicon::down_nouns().find(verb);
            add(verb, {bit(grammar_id::change), refinement::none, intransitive ? 0u : transitive_only});
        });

        // Anchors. An entry of several words ("u.s. dlrs", "per cent", "went up") is present only
        // if its last word is, so its last word is the anchor.
        auto const anchor_word = [&](std::string_view entry, std::uint16_t bits) {
            std::size_t e = entry.size();
            while (e > 0 && !is_alnum(entry[e - 1])) --e;
            std::size_t b = e;
            while (b > 0 && is_alnum(entry[b - 1])) --b;
            if (b < e) add(entry.substr(b, e - b), {0, refinement::none, 0, bits});
        };
        auto const anchor_table = [&](auto const& table, std::uint16_t bits) {
            table.for_each([&](std::string const& entry, auto const&) { anchor_word(entry, bits); });
        };
        namespace lexicon = grammar::lexicon;
        anchor_table(lexicon::percent_words(), percent_anchor);
        anchor_word("pc", percent_anchor); // "3.1pc" (the percent grammar reads it joined to digits only)
        anchor_table(lexicon::currency_words(), money_anchor);
        anchor_table(lexicon::currency_codes(), money_anchor);
        anchor_table(lexicon::subunit_words(), money_anchor);
        anchor_table(lexicon::up_words(), change_anchor);
        anchor_table(lexicon::down_words(), change_anchor);
        anchor_table(lexicon::up_nouns(), change_anchor);
        anchor_table(lexicon::down_nouns(), change_anchor);
        anchor_table(lexicon::multiplier_words(), change_anchor);
        anchor_table(lexicon::multiplier_bases(), change_anchor);
        anchor_table(lexicon::transitive_change_words(), change_anchor);
        anchor_table(lexicon::time_units(), duration_anchor);
        anchor_table(lexicon::months(), period_anchor | date_anchor);
        anchor_table(lexicon::weekdays(), date_anchor);
        for (auto word : holiday_words) anchor_word(word, date_anchor);
        for (std::string_view word : {"prior", "previous", "preceding"}) add(word, {0, refinement::unit_next, 0});
        // (the holidays of two words whose first is common: "New York", "good news", "labor costs")
        for (std::string_view word :
             {"new", "good", "black", "cyber", "labor", "labour", "independence", "memorial", "election", "boxing"})
            add(word, {0, refinement::holiday_pair, 0});
        for (std::string_view w : {"old", "olds", "age", "aged", "born", "he", "she", "who"})
            anchor_word(w, age_anchor);
        anchor_table(lexicon::person_nouns(), age_anchor);
        for (std::string_view w :
             {"last",    "this",      "next",      "coming",    "current",  "following", "subsequent", "previous",
              "prior",   "preceding", "since",     "yesterday", "today",    "tomorrow",  "tonight",    "latest",
              "weekend", "now",       "currently", "presently", "nowadays", "these",     "recently",   "lately",
              "recent",  "past",      "future",    "term",      "that",     "then"})
            anchor_word(w, deixis_anchor);
        for (std::string_view w :
             {"ago", "now", "earlier", "before", "previously", "later", "after", "on", "over", "date", "end", "ahead"})
            anchor_word(w, relative_anchor);
        for (std::string_view w :
             {"years",  "year", "months",  "month",     "weeks",   "week",     "quarters", "quarter",
              "days",   "day",  "decades", "decade",    "weekend", "season",   "spring",   "summer",
              "autumn", "fall", "winter",  "fortnight", "century", "centuries"})
            anchor_word(w, calendar_anchor);
        for (std::string_view w : {"day", "week", "month", "year", "decade", "hour", "minute", "quarter"})
            anchor_word(w, duration_anchor);
        for (std::string_view w :
             {"fiscal", "fy", "quarter", "half", "eighteen", "nineteen", "twenty", "thousand", "century", "centuries"})
            anchor_word(w, period_anchor);
        anchor_table(lexicon::decade_words(), period_anchor);
        anchor_word("fold", fold_anchor | figure_anchor);
        // (every value a change can have is written with one of these or with digits)
        anchor_table(lexicon::cardinal_units(), figure_anchor);
        anchor_table(lexicon::cardinal_tens(), figure_anchor);
        anchor_table(lexicon::standalone_numbers(), figure_anchor);
        anchor_table(lexicon::scale_words(), figure_anchor);
        anchor_table(lexicon::fraction_denominators(), figure_anchor);
        anchor_table(lexicon::multiplier_words(), figure_anchor);
        anchor_table(lexicon::multiplier_bases(), figure_anchor);
        for (std::string_view w : {"half", "quarter", "quarters", "dozen", "dozens", "twice", "times", "zero"})
            anchor_word(w, figure_anchor);
        for (std::string_view w : {"old", "olds", "age"}) anchor_word(w, old_anchor);
        anchor_word("mark", money_anchor); // "a 300 mln mark placement"
    }

    /// The word's entry; an empty one for words the scanner does not know.
    [[nodiscard]] word_info const& find(packed_word const& w) const { return lookup(w); }
    /// The same, always inlined: for the tokeniser, which looks up every word of the text (out of
    /// line it costs 2% more instructions).
    [[nodiscard, gnu::always_inline]] word_info const& lookup(packed_word const& w) const {
        std::uint64_t const h = hash(w);
        std::uint16_t const t = tag(h);
        for (std::size_t i = h >> 52;; i = (i + 1) & (size - 1)) {
            // Most words of a text are not here: the probe usually ends at an empty tag, in a
            // table of tags small enough to stay in the L1 cache.
            if (tags_[i] == 0) return empty_;
            if (tags_[i] == t && slots_[i].key == w) return slots_[i].info;
        }
    }

private:
    struct slot {
        packed_word key;
        word_info info;
    };
    static constexpr std::size_t size = 4096;                            // a power of two, several times the entries
    std::vector<std::uint16_t> tags_ = std::vector<std::uint16_t>(size); ///< 0: empty
    std::vector<slot> slots_ = std::vector<slot>(size);
    word_info empty_;

    static std::uint64_t hash(packed_word const& w) {
        return (w.low ^ (w.high * 0x9E3779B97F4A7C15ULL) ^ w.length) * 0xFF51AFD7ED558CCDULL;
    }
    static std::uint16_t tag(std::uint64_t h) { return static_cast<std::uint16_t>((h >> 20) | 1u); }

    std::size_t used_ = 0;

    slot& find_slot(packed_word const& w) {
        std::uint64_t const h = hash(w);
        for (std::size_t i = h >> 52;; i = (i + 1) & (size - 1)) {
            if (tags_[i] == 0) {
                // find() stops at an empty slot: the table must never fill up.
                if (++used_ > size / 2) throw std::logic_error("extract.cpp: the word table needs more slots");
                tags_[i] = tag(h);
                slots_[i].key = w;
                return slots_[i];
            }
            if (slots_[i].key == w) return slots_[i];
        }
    }
};

word_table const& words() {
    static word_table const table;
    return table;
}

/// Words of a sentence that cannot be followed by an identifier-like number: "In 737 cases".
constexpr std::array<std::string_view, 40> function_words{
    "A",   "About", "After", "Almost", "An",   "And", "Around",  "As",    "At",     "Before",
    "But", "By",    "Down",  "During", "Each", "For", "From",    "In",    "Just",   "Nearly",
    "Of",  "On",    "Only",  "Or",     "Over", "Per", "Roughly", "Since", "Some",   "The",
    "To",  "Total", "Under", "Until",  "Up",   "Was", "Were",    "With",  "Within", "Year"};

/// "year on year", "month-over-month" (lower case): a rate's basis, not a period.
bool is_rate_basis(std::string_view lower) {
    for (std::string_view const rate : {" on ", "-on-", " over ", "-over-"})
        if (lower.find(rate) != std::string_view::npos) return true;
    return false;
}

class scanner {
public:
    scanner(std::string_view prose, std::vector<mention>& out, std::optional<calendar_date> reference,
            extraction_statistics& statistics, scan_mode mode)
        : prose_(prose), out_(out), reference_(reference), statistics_(statistics),
          exhaustive_(mode == scan_mode::exhaustive) {
        // Room for a long sentence's tokens at once (growing from empty cost a dozen allocations
        // per article).
        tokens_.reserve(128);
        places_.reserve(64);
    }

    void scan(sentence const& s, std::size_t sentence_index) {
        sentence_ = &s;
        sentence_index_ = sentence_index;
        tokenise(s);
        char const* const base = prose_.data();
        std::size_t p = s.begin;
        // Only the places tokenise found can begin a mention (may_start is 0 everywhere else).
        for (auto const& [place, token_index] : places_) {
            if (place < p) continue; // inside the mention just found
            p = place;
            cursor_ = token_index;
            grammar_mask grammars = may_start(p, s);
            if (grammars != 0 && !exhaustive_) grammars = anchored_grammars(grammars, p);
            if (grammars == 0) continue;
            std::size_t const matched = try_at(base + p, base + s.end, grammars);
            ++statistics_.candidates;
            if (matched > 0) {
                ++statistics_.matched_candidates;
                p += matched;
            }
        }
    }

private:
    std::string_view prose_;
    std::vector<mention>& out_;
    std::optional<calendar_date> reference_;
    extraction_statistics& statistics_;
    bool exhaustive_ = false;       ///< scan_mode::exhaustive: no anchors, no shared amounts
    std::size_t candidate_ = 0;     ///< where the mention being emitted begins
    std::size_t candidate_end_ = 0; ///< and where it ends
    sentence const* sentence_ = nullptr;
    std::size_t sentence_index_ = 0;
    /// The sentence index and whether that sentence is in title case (title_case()), worked out once
    /// per sentence: a sentence of thousands of "Formula One" stays linear.
    mutable std::optional<std::pair<std::size_t, bool>> title_case_;
    /// A word of the sentence (a run of letters and digits), or a sign that anchors a grammar
    /// ("$", "%", a character outside ASCII).
    struct token {
        std::size_t begin = 0, end = 0;
        word_info const* info = nullptr; ///< words of letters first, at most 16 bytes
        std::uint16_t anchors = 0;       ///< grammars this token anchors (anchor bits)
        grammar_mask starts = 0;         ///< words of letters: the grammars it may begin (letter_starts)
        bool refine = false;             ///< ... narrowed by the word after it (refine_by_next_word)
    };
    std::vector<token> tokens_; ///< the current sentence's
    /// Where a mention may begin (words, signs, ".5", "-3"), with the index of the token there or next.
    std::vector<std::pair<std::size_t, std::size_t>> places_;
    std::size_t cursor_ = 0; ///< the first token that does not end before the scanner's place
    static constexpr std::size_t anchor_bits = 13;
    /// How many tokens ahead each anchor may be, by anchor bit: twice or more the farthest a
    /// grammar puts it ("more than two hundred and fifty thousand U.S. dollars": the anchor is the
    /// 10th token; "at the end of last year": the 5th; "in the crop year 1986/87": the 5th).
    static constexpr std::array<std::size_t, anchor_bits> anchor_window{
        24, // percent
        24, // money
        24, // change
        16, // age
        16, // deixis (relative time)
        16, // relative (relative time)
        16, // calendar unit (relative time)
        16, // duration
        10, // period
        10, // date
        2,  // fold: "10-fold"
        16, // figure: "raised its prime lending rate for corporate customers by a quarter point" (the 11th token)
        6,  // old: "a 45-year-old", "two years of age" (the 5th token)
    };

    word_table const& words_ = words();
    /// The word table's entries of "up" and "down" (a change may begin with its amount before
    /// them: up_down_after).
    word_info const* const up_info_ = &words_.find(pack_word("up", 2));
    word_info const* const down_info_ = &words_.find(pack_word("down", 4));
    word_info const* const higher_info_ = &words_.find(pack_word("higher", 6));
    word_info const* const lower_info_ = &words_.find(pack_word("lower", 5));
    word_info const* const than_info_ = &words_.find(pack_word("than", 4));
    word_info const* const above_info_ = &words_.find(pack_word("above", 5));
    word_info const* const below_info_ = &words_.find(pack_word("below", 5));
    /// ... and of "to" and "from" (a transitive change's values follow them: to_or_from_after).
    word_info const* const to_info_ = &words_.find(pack_word("to", 2));
    word_info const* const from_info_ = &words_.find(pack_word("from", 4));

    /// Whether prose_[begin, end) is `word` (lower case) in any letter case.
    [[nodiscard]] bool is_lower_word(std::size_t begin, std::size_t end, std::string_view word) const {
        if (end - begin != word.size() || end > prose_.size()) return false;
        for (std::size_t i = 0; i < word.size(); ++i)
            if (lower(prose_[begin + i]) != word[i]) return false;
        return true;
    }

    /// Whether mention `e` begins with "since" or follows it ("since January", "the lowest since
    /// April 2021"): the start of a span up to now.
    [[nodiscard]] bool after_since(mention const& e) const {
        if (e.end > e.begin + 6 && word_at(e.begin, "since")) return true;
        std::size_t at = e.begin;
        while (at > 0 && prose_[at - 1] == ' ') --at;
        std::size_t w = at;
        while (w > 0 && is_alpha(prose_[w - 1])) --w;
        return (w == 0 || !is_alnum(prose_[w - 1])) && is_lower_word(w, at, "since");
    }

    /// Whether `word` (lower case) stands at `at` in any letter case, with a byte after it that is
    /// not a letter or digit.
    [[nodiscard]] bool word_at(std::size_t at, std::string_view word) const {
        std::size_t const end = at + word.size();
        return is_lower_word(at, end, word) && end < prose_.size() && !is_alnum(prose_[end]);
    }

    /// pack_word of the `length` (at most 16) bytes at `p`, read as two machine words where the
    /// text has 16 bytes from `p` on (no copy through a buffer). Always inlined: out of line, as the
    /// compiler chose once a third caller came, the tokeniser costs 2% more instructions.
    [[gnu::always_inline]] packed_word pack_at(std::size_t p, std::size_t length) const {
        if (p + 16 > prose_.size()) return pack_word(prose_.data() + p, length);
        packed_word w;
        std::memcpy(&w.low, prose_.data() + p, 8);
        std::memcpy(&w.high, prose_.data() + p + 8, 8);
        constexpr std::uint64_t fold = 0x2020202020202020ULL;
        w.low = (w.low | fold) & (length >= 8 ? ~0ULL : (1ULL << (8 * length)) - 1);
        w.high = (w.high | fold) & (length >= 16 ? ~0ULL : length <= 8 ? 0 : (1ULL << (8 * (length - 8))) - 1);
        w.length = static_cast<std::uint32_t>(length);
        return w;
    }

    /// Fills `t`, a token of the vector (built in place: a token built aside and copied in was
    /// read back through wider loads than it was written with, a stall at every word).
    [[gnu::always_inline]] void word_token(token& t, std::size_t p, std::size_t e) const {
        std::size_t const length = e - p;
        t.begin = p;
        t.end = e;
        if (is_digit(prose_[p])) {
            // "1990s", "634p", "5pct", "10fold": the letters after the digits as a word.
            std::size_t d = p;
            while (d < e && is_digit(prose_[d])) ++d;
            t.anchors |= figure_anchor;
            if (d - p >= 4) t.anchors |= period_anchor;
            // "2022-02-24", "4/9/2024"
            if (d == e && e + 1 < sentence_->end && (prose_[e] == '-' || prose_[e] == '/') && is_digit(prose_[e + 1]))
                t.anchors |= date_anchor;
            std::size_t const suffix = e - d;
            if (suffix == 1 && lower(prose_[d]) == 'p') t.anchors |= money_anchor;
            if (suffix > 0 && suffix <= 16) t.anchors |= words_.find(pack_at(d, suffix)).anchors;
            // "3Q23", "1H24", "4Q": a quarter or a half first
            if (d - p == 1 && suffix >= 1 && (lower(prose_[d]) == 'q' || lower(prose_[d]) == 'h') &&
                (suffix == 1 || is_digit(prose_[d + 1])))
                t.anchors |= period_anchor;
            // "the '80s", "the late ’90s": two digits and an "s" after an apostrophe
            if (d - p == 2 && suffix == 1 && lower(prose_[d]) == 's' && p > 0 &&
                (prose_[p - 1] == '\'' || (p >= 3 && prose_.compare(p - 3, 3, "\xE2\x80\x99") == 0)))
                t.anchors |= period_anchor;
        } else {
            if (length <= 16) {
                t.info = &words_.lookup(pack_at(p, length));
                t.anchors |= t.info->anchors;
            }
            char const first = lower(prose_[p]);
            if (length == 2 && (first == 'q' || first == 'h') && is_digit(prose_[p + 1])) t.anchors |= period_anchor;
            if (length >= 2 && first == 'f' && lower(prose_[p + 1]) == 'y') t.anchors |= period_anchor; // FY2023
        }
        // (bit 0x20 set makes a capital small and maps no other byte to a letter)
        if (length >= 4 && (prose_[e - 4] | 0x20) == 'f' && (prose_[e - 3] | 0x20) == 'o' &&
            (prose_[e - 2] | 0x20) == 'l' && (prose_[e - 1] | 0x20) == 'd')
            t.anchors |= change_anchor | figure_anchor; // "tenfold", "10fold"
    }

    /// Splits the sentence into tokens, each with its own anchors, and lists the places where a
    /// mention may begin.
    [[gnu::always_inline]] void tokenise(sentence const& s) {
        tokens_.clear();
        places_.clear();
        cursor_ = 0;
        std::size_t p = s.begin;
        while (p < s.end) {
            char const c = prose_[p];
            if (c == ' ') { // the commonest byte between words
                ++p;
                continue;
            }
            if (is_alnum(c)) {
                std::size_t const e = alnum_end(prose_, p + 1, s.end);
                token& t = tokens_.emplace_back();
                word_token(t, p, e);
                if (!is_digit(c)) letter_starts(t, s);
                // A word of letters that begins nothing is not a place (may_start would say 0);
                // nor are the digits after a slash that ends a decimal figure or a year ("151.50/60
                // yen", "2.9/1", "fiscal 1986/87": the figure before them begins there, or nothing
                // does; "20,000/22,000 long tons" are two).
                if ((is_digit(c) && !after_figure_slash(p, e, s.begin) && !after_decimal_comma(p, e, s.begin)) ||
                    t.starts != 0)
                    places_.emplace_back(p, tokens_.size() - 1);
                p = e;
                continue;
            }
            auto const u = static_cast<unsigned char>(c);
            bool const after_word = p > s.begin && is_alnum(prose_[p - 1]);
            if (!after_word && (c == '$' || u == 0xE2 || u == 0xC2 ||
                                ((c == '.' || c == '-') && p + 1 < s.end && is_digit(prose_[p + 1]))))
                places_.emplace_back(p, tokens_.size());
            if (c == '$' || u >= 0xC0) tokens_.push_back({p, p + 1, nullptr, money_anchor});
            if (c == '%') tokens_.push_back({p, p + 1, nullptr, percent_anchor});
            ++p;
        }
    }

    /// Whether the last mention emitted (with its parts) is a change that ends right before `at`,
    /// with only spaces or a comma between.
    [[nodiscard]] bool right_after_change(char const* at) const {
        std::size_t i = out_.size();
        while (i > 0 && out_[i - 1].parent) --i;
        if (i == 0 || out_[i - 1].kind != mention_kind::change) return false;
        std::size_t const end = out_[i - 1].end;
        std::size_t const begin = static_cast<std::size_t>(at - prose_.data());
        if (end > begin || begin - end > 3) return false;
        for (std::size_t k = end; k < begin; ++k)
            if (prose_[k] != ' ' && prose_[k] != ',') return false;
        return true;
    }

    /// Whether "every", "every other" or "each" comes right before `at`.
    [[nodiscard]] bool repeated_day(std::size_t at) const {
        std::array<lower_word, 2> before;
        std::size_t const n = last_words(sentence_->begin, at, before);
        return (n >= 1 && before[0].is({"every", "each"})) ||
               (n == 2 && before[0].is({"other"}) && before[1].is({"every"}));
    }

    /// Whether the last mention emitted is a range ("4.75% to 5%") that ends right before `at`, a
    /// comma between.
    [[nodiscard]] bool range_right_before(std::size_t at) const {
        std::size_t i = out_.size();
        while (i > 0 && out_[i - 1].parent) --i;
        if (i == 0 || out_[i - 1].sentence != sentence_index_) return false;
        mention const& last = out_[i - 1];
        std::size_t const end = last.end;
        if (end > at || (prose_.substr(end, at - end) != ", " && prose_.substr(end, at - end) != " ")) return false;
        if (last.is_range) return true;
        // (or two figures of one kind with "to" between, the first after "to": "raised its forecast to
        // $320 million to $340 million from $290 million to $310 million")
        std::size_t k = i - 1;
        while (k > 0 && out_[k - 1].parent) --k;
        if (k == 0) return false;
        mention const& low = out_[k - 1];
        return low.sentence == sentence_index_ && low.kind == last.kind && low.end <= last.begin &&
               (last.kind == mention_kind::money || last.kind == mention_kind::percent ||
                last.kind == mention_kind::number) &&
               prose_.substr(low.end, last.begin - low.end) == " to ";
    }

    /// Whether the digits from `p` to `e` follow a slash after a decimal figure ("151.50/60") or
    /// a year, themselves two digits ("1986/87").
    [[nodiscard]] bool after_figure_slash(std::size_t p, std::size_t e, std::size_t begin) const {
        if (p < begin + 2 || prose_[p - 1] != '/' || !is_digit(prose_[p - 2])) return false;
        std::size_t f = p - 1;
        bool decimal = false;
        while (f > begin && (is_digit(prose_[f - 1]) || prose_[f - 1] == '.' || prose_[f - 1] == ',')) {
            decimal = decimal || prose_[f - 1] == '.';
            --f;
        }
        return decimal || (p - 1 - f == 4 && e - p == 2);
    }

    /// Whether the digits from `p` to `e` are one or two after a comma right after a digit: "€2,5
    /// billion", "1,4 mln" (a decimal comma, or a slip of the keys). Not a figure of their own: 5
    /// billion would be no figure the text gives.
    [[nodiscard]] bool after_decimal_comma(std::size_t p, std::size_t e, std::size_t begin) const {
        return p >= begin + 2 && e - p <= 2 && prose_[p - 1] == ',' && is_digit(prose_[p - 2]);
    }

    /// The anchors of the tokens from `i` on, each within its grammar's window.
    std::uint16_t anchors_from(std::size_t i) const {
        static constexpr std::size_t widest = *std::max_element(anchor_window.begin(), anchor_window.end());
        // reach[d]: the anchor bits whose window reaches d tokens past the first.
        static constexpr auto reach = [] {
            std::array<std::uint16_t, widest> out{};
            for (std::size_t d = 0; d < widest; ++d)
                for (std::size_t b = 0; b < anchor_bits; ++b)
                    if (d < anchor_window[b]) out[d] = static_cast<std::uint16_t>(out[d] | (1u << b));
            return out;
        }();
        std::uint16_t window = 0;
        std::size_t const n = std::min(tokens_.size(), i + widest);
        for (std::size_t k = i; k < n; ++k)
            window = static_cast<std::uint16_t>(window | (tokens_[k].anchors & reach[k - i]));
        return window;
    }

    /// The token at or after `p` (the scanner's place only moves forward); nullptr at the end.
    token const* token_at(std::size_t p) {
        while (cursor_ < tokens_.size() && tokens_[cursor_].end <= p) ++cursor_;
        return cursor_ < tokens_.size() ? &tokens_[cursor_] : nullptr;
    }

    /// Whether "in his", "in her" or "in their" begins at prose_[p].
    [[nodiscard]] bool in_possessive(std::size_t p) const {
        if (p + 7 > sentence_->end || !is_lower_word(p, p + 3, "in ")) return false;
        return is_lower_word(p + 3, p + 7, "his ") || is_lower_word(p + 3, p + 7, "her ") ||
               (p + 9 <= sentence_->end && is_lower_word(p + 3, p + 9, "their "));
    }

    /// `grammars` less those whose anchors are not in the words from `p` on.
    [[gnu::always_inline]] grammar_mask anchored_grammars(grammar_mask grammars, std::size_t p) {
        using g = grammar_id;
        token const* const t = token_at(p);
        std::uint16_t const w = t ? anchors_from(static_cast<std::size_t>(t - tokens_.data())) : 0;
        auto const need = [&](g id, bool present) {
            if (!present) grammars &= ~bit(id);
        };
        need(g::percent, (w & percent_anchor) != 0);
        need(g::money, (w & money_anchor) != 0);
        bool const from = t && t->begin == p && t->info && (t->info->flags & from_word);
        // A change that begins with a figure is "10-fold" (small_count, "-", "fold").
        bool const figure = is_digit(prose_[p]) || prose_[p] == '.' || prose_[p] == '-';
        // ("three times as many as", "2.5 times higher than", "twice as high as", "half as much as")
        // (a hedge may come first: "almost twice as many", "about four times higher")
        bool const times_next = [&] {
            if (!t || t->begin != p) return false;
            token const* const last = tokens_.data() + tokens_.size();
            for (token const* k = t; k < last && k < t + 4; ++k)
                if (k->info && (k->info->flags & times_word)) return true;
            // ("half as many as")
            for (token const* k = t; k + 1 < last && k < t + 3; ++k)
                if (k->end - k->begin == 4 && is_lower_word(k->begin, k->end, "half") &&
                    is_lower_word(k[1].begin, k[1].end, "as"))
                    return true;
            return false;
        }();
        // (at a word, a change needs a value ahead, or a multiple: "doubled", "twice", "ten-fold")
        if (!figure && (w & figure_anchor) == 0) grammars &= ~bit(g::change);
        need(g::change,
             times_next ||
                 (figure ? (w & fold_anchor) != 0 ||
                               (((w & change_anchor) != 0 || than_near()) && up_down_after(p, sentence_->end))
                         : (w & change_anchor) != 0 || from ||
                               // ("$3 billion more than last year": a sum's sign, then a
                               // comparative; or a hedge, "about 19% less than", "more than
                               // 15 pct higher than")
                               (than_near() &&
                                grammar::amount_first_may_begin(prose_.data() + p, prose_.data() + sentence_->end) &&
                                up_down_after(p, sentence_->end))));
        // ("Smith, 45,"; "in her 60s", which the refinement of "in" lets through alone)
        need(g::age, (w & age_anchor) != 0 || is_upper(prose_[p]) || in_possessive(p));
        // (an age that begins with its figure or an article has "old" or "age" right after: "45-year-old",
        // "a 45-year-old", "two years of age")
        if ((grammars & bit(g::age)) && (w & old_anchor) == 0 &&
            (figure || (t && t->begin == p && t->info &&
                        ((t->info->anchors & figure_anchor) != 0 || t->info->refine == refinement::a ||
                         t->info->refine == refinement::the))))
            grammars &= ~bit(g::age);
        // "the quarter", "the year", "the full year": the grammar's forms without a deixis or
        // relative word.
        auto const the_quarter = [&] {
            if (!t || t->begin != p || t->end - t->begin != 3 || t + 1 == tokens_.data() + tokens_.size()) return false;
            if (is_lower_word(t[1].begin, t[1].end, "quarter") || is_lower_word(t[1].begin, t[1].end, "year"))
                return true;
            if (t + 2 < tokens_.data() + tokens_.size() && is_lower_word(t[2].begin, t[2].end, "year") &&
                (is_lower_word(t[1].begin, t[1].end, "full") || is_lower_word(t[1].begin, t[1].end, "whole") ||
                 is_lower_word(t[1].begin, t[1].end, "entire")))
                return true;
            // "the summer", "the early summer", "the fall of 1987"
            token const* season = t + 1;
            if (t[1].info && (t[1].info->flags & season_prefix) && t + 2 < tokens_.data() + tokens_.size()) ++season;
            return season->info && (season->info->flags & season_word);
        };
        need(g::relative_time, (w & deixis_anchor) != 0 || ((w & relative_anchor) != 0 && (w & calendar_anchor) != 0) ||
                                   the_quarter() || ((w & calendar_anchor) != 0 && months_of_the_year(p)));
        need(g::duration, (w & duration_anchor) != 0);
        need(g::period, (w & period_anchor) != 0);
        need(g::date, (w & date_anchor) != 0);
        if (grammars & bit(g::comparison)) {
            // A comparison begins with its marker ("than", "compared with", "versus", "by contrast",
            // "as against", "in comparison") or with "from" ("from a year earlier").
            auto const marker = [](token const* k) {
                return k->info && (k->info->flags & (comparison_word | from_word));
            };
            std::size_t const i = static_cast<std::size_t>(t - tokens_.data());
            bool const begins =
                t && t->begin == p && (marker(t) || (i + 1 < tokens_.size() && marker(&tokens_[i + 1])));
            need(g::comparison, begins);
        }
        return grammars;
    }

    grammar::amount_memo amounts_;
    struct grammar_asts {
        ast::change change;
        ast::temporal comparison, age, date, relative, period, duration;
        ast::quantity money, percent, ordinal, number;
    } asts_;

    /// Cheap test of which grammars can begin at `p` (none: 0).
    grammar_mask may_start(std::size_t p, sentence const& s) {
        char const c = prose_[p];
        char const before = p > s.begin ? prose_[p - 1] : ' ';
        if (is_alnum(before)) return 0;
        if (is_digit(c)) {
            // Part of an identifier: "F-16", "COVID-19", "A320", "<SRD>".
            if (before == '-' && p >= 2 && is_alnum(prose_[p - 2])) return 0;
            if (before == '.' && p >= 2 && is_digit(prose_[p - 2])) return 0;
            // The second figure of a short pair written with a slash: "24/7", "a 50/50 chance", "the 5/1
            // favourite" (not of two cargoes, "20,000/22,000 long tons")
            if (before == '/' && p >= 2 && is_digit(prose_[p - 2])) {
                std::size_t b = p - 1;
                while (b > s.begin && is_digit(prose_[b - 1])) --b;
                bool const grouped = b > s.begin && (prose_[b - 1] == ',' || prose_[b - 1] == '.');
                if (p - 1 - b <= 2 && !grouped) return 0;
            }
            // A group of thousands of a figure the scanner did not begin at ("high-20,000-dlr")
            if (before == ',' && p >= 2 && is_digit(prose_[p - 2]) && p + 3 <= s.end && is_digit(prose_[p + 1]) &&
                is_digit(prose_[p + 2]) && (p + 3 == s.end || !is_digit(prose_[p + 3])))
                return 0;
            return grammars_for_digits(p, s.end);
        }
        if (c == '.' || c == '-')
            return p + 1 < s.end && is_digit(prose_[p + 1]) ? (quantities | bit(grammar_id::change)) : 0;
        // ("Gold ended $12 higher at $3,340": a change that begins with its amount)
        if (c == '$')
            return bit(grammar_id::money) | (up_down_after(p, s.end) ? bit(grammar_id::change) : grammar_mask{0});
        auto const u = static_cast<unsigned char>(c);
        if (u == 0xE2 || u == 0xC2) // € ₹ £ ¥ (and "£1.2bn lower than": a change)
            return bit(grammar_id::money) | (up_down_after(p, s.end) ? bit(grammar_id::change) : grammar_mask{0});
        if (!is_alpha(c)) return 0;
        // A letter after a non-letter begins a token (tokenise), which knows what it may begin.
        token const* const t = token_at(p);
        if (!t || t->begin != p) return 0;
        // "plus or minus 2%": a margin either way, no negative figure (the figure begins after it)
        if (t->end - t->begin == 5 && t - tokens_.data() >= 2 && is_lower_word(t->begin, t->end, "minus") &&
            is_lower_word(t[-1].begin, t[-1].end, "or") && is_lower_word(t[-2].begin, t[-2].end, "plus"))
            return 0;
        grammar_mask grammars = t->refine ? refine_by_next_word(*t->info, t->end, s.end) : t->starts;
        // "cut by a quarter", "by about a quarter", "raised the tender by one quarter": a fraction,
        // not three months
        if ((grammars & bit(grammar_id::duration)) && by_a_quarter(t)) grammars &= ~bit(grammar_id::duration);
        // "raised", "cut": a change only with "to" or "from" among the next ten words (the grammar's
        // to_or_from_ahead; most such verbs have neither)
        if (t->info && (t->info->flags & transitive_only) && !to_or_from_after(t)) grammars &= ~bit(grammar_id::change);
        if ((grammars & bit(grammar_id::change)) && t->end - t->begin == 4 && the_season_fall(t))
            grammars &= ~bit(grammar_id::change);
        // At a month's name the period grammar can only match "April 2018", "January nineteen
        // ninety-seven" or a range of months: four digits, a century's number or a range next.
        if ((grammars & bit(grammar_id::period)) && t->info && (t->info->flags & month)) {
            token const* const next = t + 1 < tokens_.data() + tokens_.size() ? t + 1 : nullptr;
            // "December's figures"
            bool const possessive = t->end + 1 < prose_.size() && prose_[t->end] == '\'' &&
                                    (prose_[t->end + 1] == 's' || prose_[t->end + 1] == 'S');
            bool const year_next =
                possessive ||
                (next && ((next->end - next->begin == 4 &&
                           std::all_of(prose_.begin() + static_cast<std::ptrdiff_t>(next->begin),
                                       prose_.begin() + static_cast<std::ptrdiff_t>(next->end), is_digit)) ||
                          (next->info && (next->info->flags & (month | after_month)))));
            if (!year_next) grammars &= ~bit(grammar_id::period);
        }
        return grammars;
    }

    /// Whether token `t` begins "a quarter" or "one quarter" after "by", or after "by" and a hedge
    /// ("by about a quarter", "by more than a quarter"), or begins that hedge. (Out of line: inlined
    /// into the scanner's loop it pushed the tokeniser's helpers out of line, +4% instructions.)
    [[nodiscard, gnu::noinline]] bool by_a_quarter(token const* t) const {
        auto const n = static_cast<std::ptrdiff_t>(tokens_.size());
        auto const is = [&](std::ptrdiff_t k, std::string_view word) {
            return k >= 0 && k < n &&
                   is_lower_word(tokens_[static_cast<std::size_t>(k)].begin, tokens_[static_cast<std::size_t>(k)].end,
                                 word);
        };
        auto const hedge_word = [&](std::ptrdiff_t k) {
            return is(k, "about") || is(k, "nearly") || is(k, "almost") || is(k, "roughly") || is(k, "some") ||
                   is(k, "around") || is(k, "more") || is(k, "less") || is(k, "than") || is(k, "over");
        };
        std::ptrdiff_t const at = t - tokens_.data();
        // the hedge's words, then "a" or "one", then "quarter"
        std::ptrdiff_t k = at;
        while (k < at + 3 && hedge_word(k)) ++k;
        if (!(is(k, "a") || is(k, "one")) || !is(k + 1, "quarter")) return false;
        // "by" before the first of them, past a hedge before the count
        std::ptrdiff_t before = at - 1;
        if (k == at)
            while (before > at - 4 && hedge_word(before)) --before;
        return is(before, "by");
    }

    /// Whether "against" at prose_[at] names whom an action is taken against: a noun of action right before it
    /// ("prosecutions", "complaints", "charges", "sanctions") and a word after it that is no figure nor the
    /// time of one ("against water companies", "against the company"; not "against 21", "against the same
    /// period", "against last year's").
    [[nodiscard, gnu::noinline]] bool action_against(std::size_t at) const {
        std::array<lower_word, 1> before;
        if (last_words(sentence_->begin, at, before) != 1 ||
            !before[0].is({"prosecutions", "prosecution", "cases",     "case",        "charges",    "complaints",
                           "complaint",    "lawsuits",    "lawsuit",   "suits",       "claims",     "actions",
                           "action",       "sanctions",   "measures",  "votes",       "protests",   "attacks",
                           "allegations",  "fines",       "penalties", "proceedings", "appeals",    "warnings",
                           "orders",       "injunctions", "rulings",   "judgments",   "judgements", "strikes",
                           "raids",        "arrests",     "offences",  "offenses",    "crimes",     "bets",
                           "hedges"}))
            return false;
        std::array<lower_word, 2> after;
        std::size_t const n = next_words(at + 7, after); // (past "against")
        if (n == 0 || !is_alpha(after[0].text[0])) return false;
        if (after[0].is({"a",     "an",           "last",      "this",      "that",      "those", "year", "previous",
                         "prior", "expectations", "estimates", "forecasts", "consensus", "one",   "two",  "three",
                         "four",  "five",         "six",       "seven",     "eight",     "nine",  "ten",  "some",
                         "about", "around",       "nearly",    "almost",    "just",      "only"}))
            return false;
        return !(after[0].is({"the", "its", "their"}) && n == 2 &&
                 after[1].is({"same", "year", "previous", "prior", "corresponding", "period", "quarter", "month",
                              "week", "first", "second", "third", "fourth", "last"}));
    }

    /// Whether token `t` is "fall" the season: "in the fall", "during the fall"
    /// ("raise production in the fall to an annual rate of 20 mln pounds" is no fall to 20 mln;
    /// "the fall to 3 pct" at the start of a clause is one). (Out of line: see by_a_quarter.)
    [[nodiscard, gnu::noinline]] bool the_season_fall(token const* t) const {
        auto const at = t - tokens_.data();
        if (at < 2 || !is_lower_word(t->begin, t->end, "fall") || !is_lower_word(t[-1].begin, t[-1].end, "the"))
            return false;
        // (not "rattled by the fall to $40", "since the fall to 1.2 pct": the noun of a change)
        return is_lower_word(t[-2].begin, t[-2].end, "in") || is_lower_word(t[-2].begin, t[-2].end, "during");
    }

    /// Whether "to" or "from" is among the ten tokens after `t`.
    [[nodiscard]] bool to_or_from_after(token const* t) const {
        auto const at = static_cast<std::size_t>(t - tokens_.data());
        for (std::size_t k = at + 1; k < tokens_.size() && k <= at + 10; ++k) {
            if (tokens_[k].info == to_info_ || tokens_[k].info == from_info_) return true;
            // ("raised prices by 5%", "was reduced by a third": by a percentage or a fraction)
            if (k + 1 < tokens_.size() && is_lower_word(tokens_[k].begin, tokens_[k].end, "by") &&
                (is_digit(prose_[tokens_[k + 1].begin]) ||
                 is_lower_word(tokens_[k + 1].begin, tokens_[k + 1].end, "a") ||
                 is_lower_word(tokens_[k + 1].begin, tokens_[k + 1].end, "half") ||
                 is_lower_word(tokens_[k + 1].begin, tokens_[k + 1].end, "one") ||
                 is_lower_word(tokens_[k + 1].begin, tokens_[k + 1].end, "two")))
                return true;
        }
        return false;
    }

    /// Whether the change at `first`, a verb and its object before its values, is one: a verb that
    /// opens the sentence with a capital is an adjective ("Lower oil prices pushed inflation to 2.1
    /// pct from 1.8 pct", "Reduced demand sent prices to ..."), unless it ends in -ing ("Raising
    /// the forecast from 1.5 to 2.5 billion"); verbs inside the object end it in the grammar
    /// (lexicon::object_stop_words).
    [[nodiscard]] bool object_is_plain(char const* first) const {
        auto const begin = static_cast<std::size_t>(first - prose_.data());
        if (begin != sentence_->begin || !is_upper(prose_[begin])) return true;
        // ("Raising the forecast from 1.5 to 2.5 billion stg": a verb)
        std::size_t end = begin;
        while (end < sentence_->end && is_alpha(prose_[end])) ++end;
        return end - begin > 3 && is_lower_word(end - 3, end, "ing");
    }

    /// The grammars a word of letters may begin, before the word after it is known: its own
    /// entry's (refined later), Q3, H1, FY2023, currency codes, "US$", "Smith, 45,".
    void letter_starts(token& t, sentence const& s) const {
        std::size_t const p = t.begin;
        std::size_t const e = t.end;
        std::size_t const length = e - p;
        char const c = prose_[p];
        t.starts = 0;
        t.refine = false;
        if (e < s.end && prose_[e] == '$') {
            t.starts = bit(grammar_id::money); // US$, C$, HK$
            return;
        }
        // "Rs2bn", "Rs500": the rupee's code joined to its amount
        if (length >= 3 && (c == 'R' || c == 'r') && (prose_[p + 1] == 's' || prose_[p + 1] == 'S') &&
            is_digit(prose_[p + 2])) {
            t.starts = bit(grammar_id::money);
            t.anchors |= money_anchor;
            return;
        }
        // "R2.5 billion", "R500m": the rand's sign joined to its amount (the grammar takes it only with
        // a scale)
        if (length >= 2 && c == 'R' && is_digit(prose_[p + 1])) {
            t.starts = bit(grammar_id::money);
            t.anchors |= money_anchor;
            return;
        }
        if (length > 16) return;
        word_info const& info = *t.info; // set for every token of letters of at most 16 bytes
        if (info.refine == refinement::month_next) {
            // "of", "to": a place only before a capital (a month's name), decided here so that the
            // two commonest words of English are no places at all otherwise
            std::size_t w = e;
            while (w < s.end && (prose_[w] == ' ' || prose_[w] == '\n')) ++w;
            if (w >= s.end || !is_upper(prose_[w])) return;
        }
        if (info.refine == refinement::unit_on) {
            // "week on week", "month-over-month": decided here, as "week" and "month" are common
            if (on_or_over_at(e, s.end)) t.starts = info.grammars;
            return;
        }
        if (info.refine == refinement::pronoun_age) {
            if (verb_and_figure_at(e, s.end)) t.starts = info.grammars;
            return;
        }
        if (info.refine == refinement::apposition_age) {
            if (comma_figure_comma_at(e, s.end)) t.starts = info.grammars;
            return;
        }
        if (info.refine == refinement::unit_next) {
            // ("prior to", "the year prior", "previous results": no relative time begins there)
            t.starts = info.grammars;
            std::size_t w = e;
            while (w < s.end && prose_[w] == ' ') ++w;
            std::size_t n = w;
            while (n < s.end && is_alnum(prose_[n])) ++n;
            if (n == w || n - w > 16 || (words_.find(pack_at(w, n - w)).flags & calendar_unit) == 0)
                t.starts &= ~bit(grammar_id::relative_time);
            return;
        }
        if (info.refine == refinement::holiday_pair) {
            t.starts = info.grammars;
            if (!is_upper(c) || !holiday_second_at(p, e, s.end)) t.starts &= ~bit(grammar_id::date);
            return;
        }
        if (info.grammars != 0) {
            t.starts = info.grammars;
            t.refine = info.refine != refinement::none;
            // A month's name begins a date or a period only with its capital (common::month_name): the
            // verb "may", "march" and "august" do not.
            if ((info.flags & month) != 0 && !is_upper(c))
                t.starts &= ~(bit(grammar_id::date) | bit(grammar_id::period));
            // (a name that is also a month's, before an age: "Lei Jun, 57,", "April, 34,")
            if ((info.flags & month) != 0 && is_upper(c) && comma_figure_comma_at(e, s.end))
                t.starts |= bit(grammar_id::age);
            return;
        }
        char const first = lower(c);
        // Q3, H1, FY2023, 1Q
        if ((first == 'q' || first == 'h') && length == 2 && is_digit(prose_[p + 1])) {
            t.starts = bit(grammar_id::period);
            return;
        }
        if (length >= 2 && first == 'f' && lower(prose_[p + 1]) == 'y' && (length == 2 || is_digit(prose_[p + 2]))) {
            t.starts = bit(grammar_id::period);
            return;
        }
        // Currency codes before an amount ("USD 500", "Rs 500 crore"): the grammar's own table.
        if (info.flags & currency_code) {
            t.starts = bit(grammar_id::money);
            return;
        }
        // "Smith, 45,", "Biden, now 81,": a capitalised word, a comma and a number ("Sørensen, 64,": the
        // word goes on through letters outside ASCII, which the tokeniser ends it at)
        // (or through a hyphen and letters: "Park Ji-hoon, 53,", "Dubois-Martin, 41,")
        std::size_t n = e;
        auto const hyphen_then_letter = [&](std::size_t at) {
            return prose_[at] == '-' && at + 1 < s.end && is_alpha(prose_[at + 1]);
        };
        if (is_upper(c) && n < s.end && (static_cast<unsigned char>(prose_[n]) >= 0x80 || hyphen_then_letter(n)))
            while (n < s.end &&
                   (is_alpha(prose_[n]) || static_cast<unsigned char>(prose_[n]) >= 0x80 || hyphen_then_letter(n)))
                ++n;
        if (is_upper(c) && n + 2 < s.end && prose_[n] == ',' && prose_[n + 1] == ' ' &&
            (is_digit(prose_[n + 2]) ||
             (n + 6 < s.end && is_lower_word(n + 2, n + 5, "now") && prose_[n + 5] == ' ' && is_digit(prose_[n + 6]))))
            t.starts = bit(grammar_id::age);
        // "Smith turns 60 on Friday"
        if (is_upper(c) && e + 8 < s.end && prose_[e] == ' ' && (prose_[e + 1] == 't' || prose_[e + 1] == 'T') &&
            turns_and_figure_at(e))
            t.starts = bit(grammar_id::age);
        // "Pickens is 58."
        if (is_upper(c) && e + 5 < s.end && prose_[e] == ' ' && (prose_[e + 1] == 'i' || prose_[e + 1] == 'I') &&
            is_and_figure_at(e, s.end))
            t.starts = bit(grammar_id::age);
    }

    /// Whether the duration at prose_[begin] begins with "over" that spreads something over the time
    /// ("payable over four years", "cost one billion dlrs over three years") rather than saying
    /// "more than" ("for over a year", "in over 18 months", "a maturity of over five years", "little
    /// over a minute"; at a sentence's start, as in tables, "Over 270 days").
    [[nodiscard]] bool spread_over(std::size_t begin) const {
        if (begin + 5 > prose_.size() || !is_lower_word(begin, begin + 4, "over")) return false;
        std::array<lower_word, 1> before;
        if (last_words(sentence_->begin, begin, before) == 0) return false;
        if (begin > 0 && (prose_[begin - 1] == '(' || prose_[begin - 1] == '-')) return false;
        return !before[0].is({"for", "in", "of", "than", "little", "just", "after", "within", "been", "is", "was",
                              "were", "are", "be", "lasted", "last", "lasts", "lasting", "took", "take", "takes",
                              "taking", "at", "by", "from", "to", "since", "some", "with", "only", "well", "slightly",
                              "nearly", "age", "aged", "ago", "spent", "has", "have", "had", "still", "already", "now",
                              "it", "that", "and", "or",
                              // a time lived through: "served over 20 years", "waited over three hours"
                              "served", "serving", "spanned", "spanning", "married", "waited", "waiting", "lived",
                              "living", "worked", "working", "stayed", "staying", "remained", "continued", "existed",
                              "operated", "reigned", "ruled", "stood", "jailed", "imprisoned", "detained", "held",
                              "employed", "run", "ran", "running", "lasting", "old", "aged", "experience"});
    }

    /// Whether the sentence, or the text just before it (about two sentences of wire copy, 400
    /// bytes), speaks of temperatures: "temperature", "heat", "degrees", "highs", "lows", "warm",
    /// "cold", "hot", "celsius", "fahrenheit", "weather", "thermometer" ("... the global average
    /// temperature 1.6C above pre-industrial levels. It was the first year to exceed the 1.5C
    /// limit").
    [[gnu::noinline]] bool temperature_cue() const {
        std::size_t const from = sentence_->begin > 400 ? sentence_->begin - 400 : 0;
        std::string const lower = text::lower(prose_.substr(from, sentence_->end - from));
        return text::contains_any_word(lower, {"temperature", "temperatures", "heat",         "heatwave", "degrees",
                                               "highs",       "lows",         "high",         "low",      "warm",
                                               "warmer",      "warmest",      "cold",         "colder",   "coldest",
                                               "hot",         "hotter",       "hottest",      "celsius",  "fahrenheit",
                                               "weather",     "thermometer",  "thermometers", "frost",    "freezing"});
    }

    /// Whether " on " or "-over-" (either joined by a space or a hyphen) begins at prose_[e], before
    /// `end`. (Out of line: the tokeniser's loop stays small.)
    [[gnu::noinline]] bool on_or_over_at(std::size_t e, std::size_t end) const {
        auto const followed_by = [&](std::string_view word) {
            return e + 1 + word.size() < end && (prose_[e] == ' ' || prose_[e] == '-') &&
                   is_lower_word(e + 1, e + 1 + word.size(), word) &&
                   (prose_[e + 1 + word.size()] == ' ' || prose_[e + 1 + word.size()] == '-');
        };
        return followed_by("on") || followed_by("over");
    }

    /// Whether " was ", " is ", " turned " or " turns " and a digit follow prose_[e] (before `end`):
    /// "She was 87". (Out of line, as on_or_over_at.)
    /// Whether ", 27," follows prose_[e] (an age in apposition to the word before).
    [[gnu::noinline]] bool comma_figure_comma_at(std::size_t e, std::size_t end) const {
        if (e + 4 >= end || prose_[e] != ',' || prose_[e + 1] != ' ') return false;
        std::size_t start = e + 2;
        // ("The former president, now 78,")
        if (start + 4 < end && is_lower_word(start, start + 3, "now") && prose_[start + 3] == ' ') start += 4;
        std::size_t d = start;
        while (d < end && d < start + 4 && is_digit(prose_[d])) ++d;
        return d > start && d < start + 4 && d < end && prose_[d] == ',';
    }

    /// Whether the word after the holiday's first word prose_[p, e) is its second, as the date grammar's
    /// holidays have it: "New Year's", "Good Friday", "Black Friday", "Cyber Monday", "Labor Day",
    /// "Veterans' Day" (out of line, as on_or_over_at).
    [[gnu::noinline]] bool holiday_second_at(std::size_t p, std::size_t e, std::size_t end) const {
        std::size_t w = e;
        while (w < end && prose_[w] == ' ') ++w;
        std::size_t n = w;
        while (n < end && is_alpha(prose_[n])) ++n;
        char const first = lower(prose_[p]);
        if (first == 'n') return is_lower_word(w, n, "year");
        if (first == 'g' || (first == 'b' && e - p == 5)) return is_lower_word(w, n, "friday");
        if (first == 'c') return is_lower_word(w, n, "monday");
        return is_lower_word(w, n, "day");
    }

    /// Whether " turns 60" or " turned 60" follows prose_[e] (out of line, as it is rarely asked).
    [[gnu::noinline]] bool turns_and_figure_at(std::size_t e) const {
        return (is_lower_word(e + 1, e + 6, "turns") && prose_[e + 6] == ' ' && is_digit(prose_[e + 7])) ||
               (is_lower_word(e + 1, e + 7, "turned") && prose_[e + 7] == ' ' && is_digit(prose_[e + 8]));
    }

    [[gnu::noinline]] bool verb_and_figure_at(std::size_t e, std::size_t end) const {
        if (e >= end || prose_[e] != ' ') return false;
        for (std::string_view verb : {"was", "is", "turned", "turns"}) {
            std::size_t d = e + 1 + verb.size() + 1;
            if (d < end && is_lower_word(e + 1, e + 1 + verb.size(), verb) && prose_[d - 1] == ' ') {
                // ("She is now 58")
                if (verb.size() <= 3 && d + 4 < end && is_lower_word(d, d + 3, "now") && prose_[d + 3] == ' ') d += 4;
                if (is_digit(prose_[d])) return true;
            }
        }
        return false;
    }

    /// Whether " is 58" or " is now 58" follows prose_[e] ("Pickens is 58.").
    [[gnu::noinline]] bool is_and_figure_at(std::size_t e, std::size_t end) const {
        if (e + 4 >= end || prose_[e] != ' ' || !is_lower_word(e + 1, e + 3, "is") || prose_[e + 3] != ' ')
            return false;
        std::size_t d = e + 4;
        if (d + 4 < end && is_lower_word(d, d + 3, "now") && prose_[d + 3] == ' ') d += 4;
        return is_digit(prose_[d]);
    }

    /// Function words ("the", "in", "for", "at", "up", "about", ...) begin a mention only before
    /// certain words: look at the next word before running grammars at the commonest words of
    /// English. Returns `grammars` or less.
    /// The word table's entry for the letters prose_[w, e): the entry tokenise looked up for the
    /// token there when that token is those letters (one of the next few tokens), else looked up.
    word_info const& info_of_word(std::size_t w, std::size_t e) const {
        for (std::size_t k = cursor_; k < tokens_.size() && k < cursor_ + 4; ++k) {
            token const& t = tokens_[k];
            if (t.begin > w) break;
            if (t.begin == w) {
                if (t.end == e && t.info) return *t.info;
                break;
            }
        }
        return words_.find(pack_at(w, e - w));
    }

    grammar_mask refine_by_next_word(word_info const& word, std::size_t after, std::size_t end, int depth = 0) const {
        using g = grammar_id;
        grammar_mask const grammars = word.grammars;
        std::size_t w = after;
        while (w < end && (prose_[w] == ' ' || prose_[w] == '\n')) ++w;
        if (w >= end) return 0;
        char const first = prose_[w];
        // "of" and "to" (most common words) begin a period only before a month's name: a capital
        if (word.refine == refinement::month_next && !is_upper(first)) return 0;
        if (word.refine == refinement::at && !is_alpha(first)) return 0; // "at 5 pct": the figure begins later
        // "a 15 pct rise", "a 1.5 billion dlr loan": an article before digits begins a change or a time ("a
        // 10-fold increase", "a 12-month low"), not the figure, which begins at its digits
        if (word.refine == refinement::a && is_digit(first)) return grammars & ~quantities;
        if (is_digit(first) || first == '$' || static_cast<unsigned char>(first) >= 0x80 || first == '\'' ||
            first == '.')
            return grammars; // a number follows: anything is possible
        if (!is_alpha(first)) return 0;
        std::size_t e = w;
        while (e < end && is_alpha(prose_[e])) ++e;
        if (e - w > 16) return 0;
        // "about R15 billion", "some Rs500 crore": a currency's letters joined to the figure
        if (e - w <= 2 && e < end && is_digit(prose_[e])) return grammars;
        // "about US$3 billion", "nearly HK$2bn": a dollar's letters before its sign
        if (e - w <= 3 && e + 1 < end && prose_[e] == '$' && is_digit(prose_[e + 1])) return grammars;
        word_info const& next = info_of_word(w, e);
        auto const in = [&](std::uint32_t flags) { return (next.flags & flags) != 0; };
        // "one", "twenty", "half", "dozen", "first": the next word can carry a figure itself.
        bool const counted_next = (next.grammars & (bit(g::number) | bit(g::ordinal))) != 0 || in(counts);
        bool const calendar_next = is_upper(first) && in(month | weekday);
        auto const then = [&]() {
            // "in the", "for a": as if the next word came first.
            return depth < 2 &&
                   refine_by_next_word(word_info{grammars, next.refine, next.flags}, e, end, depth + 1) != 0;
        };
        switch (word.refine) {
        case refinement::the: {
            // "the best part of $1 billion": a hedge ("the" itself begins no figure otherwise)
            if (is_lower_word(w, e, "best") || is_lower_word(w, e, "better")) return hedged;
            if (!(counted_next || calendar_next || in(carries | after_the))) return 0;
            grammar_mask out = grammars;
            // "the increase of 5 pct": a change after "the" begins with its noun; "the 45-year-old":
            // an age after "the" begins with its figure.
            if ((next.grammars & bit(g::change)) == 0) out &= ~bit(g::change);
            if (!counted_next) out &= ~bit(g::age);
            // not "the first", "the same"; "the early summer"; but "the first nine months of this year"
            if (!in(relative_after_the | calendar_unit | season_prefix) &&
                !(is_lower_word(w, e, "first") && months_after_count(e)))
                out &= ~bit(g::relative_time);
            return out;
        }
        case refinement::a:
            if (counted_next) return grammars;
            // A figure after "a" is counted ("a dozen", "a third", "a million") or hedged ("an
            // estimated 300"): "a year earlier", "a rise of" and "a record" are not figures.
            if (calendar_next || in(carries | after_a)) return in(hedge_after_a) ? grammars : grammars & ~quantities;
            return 0;
        case refinement::on: {
            if (calendar_next || (is_upper(first) && next.grammars != 0)) return grammars;
            // "on the last Sunday in October", "on the first Thursday of May": a weekday counted in its month
            if (!is_lower_word(w, e, "the")) return 0;
            std::size_t w2 = e;
            while (w2 < end && prose_[w2] == ' ') ++w2;
            std::size_t e2 = w2;
            while (e2 < end && is_alpha(prose_[e2])) ++e2;
            for (std::string_view const count : {"first", "second", "third", "fourth", "last"})
                if (is_lower_word(w2, e2, count)) return grammars & bit(g::date);
            return 0;
        }
        case refinement::in: {
            grammar_mask out = 0;
            if (calendar_next || (next.refine == refinement::the && then()) || in(after_in))
                out |= bit(g::period) | bit(g::relative_time) | bit(g::date) | bit(g::duration);
            if (in(after_in_compare)) out |= bit(g::comparison);
            // "in excess of 40,000": a hedge ("in" itself begins no figure otherwise)
            if (in(hedge_after_in)) return (out & grammars) | hedged;
            // "in the region of 40,000"
            if (is_lower_word(w, e, "the")) {
                std::size_t w2 = e;
                while (w2 < end && prose_[w2] == ' ') ++w2;
                if (w2 + 6 < end && is_lower_word(w2, w2 + 6, "region") && prose_[w2 + 6] == ' ')
                    return (out & grammars) | hedged;
            }
            // "in her 60s", "in his early thirties": an age
            if (is_lower_word(w, e, "his") || is_lower_word(w, e, "her") || is_lower_word(w, e, "their"))
                out |= bit(g::age);
            return out & grammars;
        }
        case refinement::preposition:
            // ("over Rs 1,200 crore": a currency's code before the figure)
            if (in(after_preposition | currency_code) || counted_next || calendar_next) return grammars;
            if ((next.refine == refinement::the || next.refine == refinement::a) && then()) return grammars;
            return 0;
        case refinement::at: {
            // "at least", "at most" (hedges), "at age 45", "at the end of last year"; nothing
            // else begins with "at".
            auto const is = [&](std::string_view expected) { return is_lower_word(w, e, expected); };
            if (is("least") || is("most")) return grammars;
            if (is("age")) return grammars & bit(g::age);
            if (is("the")) return grammars & bit(g::relative_time);
            return 0;
        }
        case refinement::as:
            return in(after_as) ? grammars : 0;
        case refinement::more:
            return in(after_more) ? grammars : 0;
        case refinement::up:
            // "prices went up sharply": a direction with no figure is still a change.
            return counted_next || in(after_up) ? grammars : grammars & bit(g::change);
        case refinement::hedge:
            // "well over", "north of", "slightly more than" (not "as well as")
            if (word.flags & hedge_lead) return in(hedge_second) ? grammars : 0;
            // "about", "nearly", "some", ...; also before a direction ("nearly doubled").
            // ("around Rs 1,200 crore", "about USD 5 million": a currency's code before the figure)
            return counted_next || (next.grammars & bit(g::change)) != 0 || in(after_hedge | currency_code) ? grammars
                                                                                                            : 0;
        case refinement::deixis:
            // "this year", "last Tuesday", "next April", "these days", "in recent years": relative
            // time begins with "this", "last", "next", "coming", "past", "recent" or "these" only
            // before a calendar unit, a weekday or a month ("this is", "the last two" are not).
            // "this past spring", "that same day"
            // "the next few weeks", "the last couple of years", "the last six months of last year"
            return in(calendar_unit | weekday | month) || (counted_next && months_after_count(w)) ||
                           is_lower_word(w, e, "fiscal") || is_lower_word(w, e, "past") ||
                           is_lower_word(w, e, "same") || is_lower_word(w, e, "few") ||
                           is_lower_word(w, e, "several") || is_lower_word(w, e, "couple") ||
                           is_lower_word(w, e, "night") // "last night"
                       ? grammars
                       : 0;
        case refinement::month_next:
            // "most of August", "in the year to March": a period only before a month's name
            return calendar_next ? grammars : 0;
        case refinement::none:
        case refinement::unit_on: // (decided in tokenise)
        case refinement::pronoun_age:
        case refinement::apposition_age:
        case refinement::holiday_pair:
        case refinement::unit_next:
            break;
        }
        return grammars;
    }

    /// Whether "the first nine months of the year" (or "first", "last") begins at `p`: months of
    /// the year the text speaks of, relative time without a deixis (anchored_grammars; out of line,
    /// as it is rarely asked).
    [[nodiscard, gnu::noinline]] bool months_of_the_year(std::size_t p) const {
        char const c = lower(prose_[p]);
        return (c == 't' || c == 'f' || c == 'l') &&
               prose_.substr(p, std::min<std::size_t>(48, sentence_->end - p)).find(" months of the year") !=
                   std::string_view::npos;
    }

    /// Whether a word (a count: "nine", "10") and then "months" follow prose_[from] ("the first
    /// nine months of this year": relative time at "the" and at "last" only then).
    [[nodiscard]] bool months_after_count(std::size_t from) const {
        std::size_t const end = sentence_->end;
        std::size_t i = from;
        while (i < end && prose_[i] == ' ') ++i;
        std::size_t const count = i;
        while (i < end && (is_alnum(prose_[i]) || prose_[i] == '-')) ++i;
        if (i == count) return false;
        while (i < end && prose_[i] == ' ') ++i;
        return word_at(i, "months");
    }

    /// The grammars a number at `p` can begin: numbers, money and percentages always; the others
    /// only when the characters and the word after the digits fit ("1990s", "21st", "April 8" is
    /// not here but "8 April" is, "two-day", "45-year-old", "three weeks", "10-fold").
    static constexpr std::size_t longest_figure = 48;

    /// Whether "than" is among the next tokens (a comparative's difference: "0.5 pct less than", "10.3
    /// to 15.2 pct less than"), or "above" or "below" ("20% above the $40 offer price"): as far as
    /// up_down_after's ten words reach, a sign token after each.
    [[nodiscard]] bool than_near() const {
        for (std::size_t k = cursor_ + 1; k < tokens_.size() && k < cursor_ + 22; ++k)
            if (tokens_[k].info == than_info_ || tokens_[k].info == above_info_ || tokens_[k].info == below_info_)
                return true;
        return false;
    }

    /// Whether "up" or "down" (or "higher", "lower") and then "on" or "at" follow the figure at `p`
    /// within ten words, in its clause (as far as a range of sums reaches: "500 mln dlrs and 800 mln
    /// dlrs less than"): "5.2 pct down on the year", "10.6 down at 1,979.0", "settled
    /// 87 cents higher at $82.14" (a change that begins with its amount); or a comparative and
    /// "than" ("12% lower than", "0.5 pct less than").
    [[nodiscard]] bool up_down_after(std::size_t p, std::size_t end) const {
        // (the text is read only where one of the next tokens is "up" or "down": cursor_ is the
        // token at or after `p`)
        bool near = false;
        for (std::size_t k = cursor_ + 1; k < tokens_.size() && k < cursor_ + 22; ++k)
            near = near || tokens_[k].info == up_info_ || tokens_[k].info == down_info_ ||
                   tokens_[k].info == higher_info_ || tokens_[k].info == lower_info_ || tokens_[k].info == than_info_ ||
                   tokens_[k].info == above_info_ || tokens_[k].info == below_info_;
        if (!near) return false;
        std::size_t i = p;
        for (int words = 0; words < 10; ++words) {
            while (i < end && is_alnum(prose_[i])) ++i;
            while (i < end && !is_alnum(prose_[i])) {
                char const c = prose_[i];
                // (a thousands separator or a decimal point, "260,000 yen"; an abbreviation's stop,
                // "26 H.K. Dlrs higher")
                bool const inside = i + 1 < end && is_alnum(prose_[i + 1]) && i > 0 && is_alnum(prose_[i - 1]);
                bool const abbreviation = c == '.' && i >= 2 && is_upper(prose_[i - 1]) && prose_[i - 2] == '.';
                bool const decimal = c == '.' && i + 1 < end && is_digit(prose_[i + 1]);
                if (!inside && !abbreviation && !decimal &&
                    (c == ',' || c == ';' || c == ':' || c == '(' || c == '"' || c == '.'))
                    return false;
                ++i;
            }
            if (i >= end) return false;
            std::size_t e = i;
            while (e < end && is_alnum(prose_[e])) ++e;
            if (is_lower_word(i, e, "up") || is_lower_word(i, e, "down") || is_lower_word(i, e, "higher") ||
                is_lower_word(i, e, "lower")) {
                std::size_t n = e;
                while (n < end && prose_[n] == ' ') ++n;
                return (word_at(n, "on") || word_at(n, "at") || word_at(n, "than")) && n + 2 < end;
            }
            // "12% lower than in 2024", "$3 billion more than last year" (the change grammar's
            // comparatives)
            if (is_lower_word(i, e, "more") || is_lower_word(i, e, "less") || is_lower_word(i, e, "fewer") ||
                is_lower_word(i, e, "greater") || is_lower_word(i, e, "cheaper") || is_lower_word(i, e, "dearer") ||
                is_lower_word(i, e, "costlier") || is_lower_word(i, e, "pricier")) {
                std::size_t n = e;
                while (n < end && prose_[n] == ' ') ++n;
                return word_at(n, "than") && n + 4 < end;
            }
            // "20% above the $40 offer price", "$5 million below", "29.9 to 36.3 pct below" (the grammar reads it only
            // right after the amount: its numerals, unit and scale)
            if (words <= 7 && (is_lower_word(i, e, "above") || is_lower_word(i, e, "below"))) return e + 2 < end;
        }
        return false;
    }

    grammar_mask grammars_for_digits(std::size_t p, std::size_t end) const {
        grammar_mask grammars = quantities;
        std::size_t e = p;
        std::size_t digits = 0;
        bool separators = false;
        while (e < end && (is_digit(prose_[e]) ||
                           ((prose_[e] == ',' || prose_[e] == '.') && e + 1 < end && is_digit(prose_[e + 1])))) {
            if (is_digit(prose_[e]))
                ++digits;
            else
                separators = true;
            // A run of digits and separators this long is a table or a code, not a figure; stopping
            // here also keeps a megabyte of "12,345,6,78..." linear (every comma starts a candidate).
            if (++e - p > longest_figure) return 0;
        }
        char const next = e < end ? prose_[e] : ' ';
        // (a date begins with four digits only as "2022-02-24": the "-" below adds it)
        if (!separators && digits == 4) grammars |= bit(grammar_id::period);
        if (is_alpha(next)) {
            grammars |= bit(grammar_id::ordinal) | bit(grammar_id::period) | bit(grammar_id::change);
            // "24th of May", "3rd June": a day with its ordinal suffix
            if (!separators && digits <= 2 && e + 2 <= end && (e + 2 == end || !is_alnum(prose_[e + 2]))) {
                char const a = lower(prose_[e]);
                char const b = lower(prose_[e + 1]);
                if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
                    (a == 't' && b == 'h'))
                    grammars |= bit(grammar_id::date);
            }
            return grammars;
        }
        // The digits of e + offset on, up to `most` of them, and where they end.
        auto const digits_at = [&](std::size_t at, std::size_t most) {
            std::size_t k = at;
            while (k < end && k - at < most + 1 && is_digit(prose_[k])) ++k;
            return k - at;
        };
        if (next == '/' || next == '\'') {
            grammars |= bit(grammar_id::period);
            // The date grammar's one form with a slash: "4/9/2024", "04/09/24".
            if (next == '/' && !separators && digits <= 2) {
                std::size_t const second = digits_at(e + 1, 2);
                std::size_t const third_at = e + 1 + second;
                if (second >= 1 && second <= 2 && third_at < end && prose_[third_at] == '/') {
                    std::size_t const third = digits_at(third_at + 1, 4);
                    if (third == 2 || third == 4) grammars |= bit(grammar_id::date);
                }
            }
        }
        if (next == '-') {
            // "20-year", "45-year-old", "10-fold", "2022-23"; and the date grammar's one form with a
            // hyphen, "2022-02-24"
            grammars |=
                bit(grammar_id::duration) | bit(grammar_id::age) | bit(grammar_id::change) | bit(grammar_id::period);
            if (!separators && digits == 4 && digits_at(e + 1, 2) == 2 && e + 3 < end && prose_[e + 3] == '-' &&
                digits_at(e + 4, 2) == 2)
                grammars |= bit(grammar_id::date);
            // ("26-27 June": a range of days before a month's name)
            if (!separators && digits <= 2) {
                std::size_t const second = digits_at(e + 1, 2);
                std::size_t m = e + 1 + second;
                if (second >= 1 && second <= 2 && m < end && prose_[m] == ' ') {
                    ++m;
                    std::size_t me = m;
                    while (me < end && is_alpha(prose_[me])) ++me;
                    char month[12];
                    std::size_t const n = std::min<std::size_t>(me - m, sizeof month);
                    for (std::size_t i = 0; i < n; ++i) month[i] = lower(prose_[m + i]);
                    if (me > m && is_upper(prose_[m]) && is_month_word(std::string_view(month, n)))
                        grammars |= bit(grammar_id::date);
                }
            }
            return grammars;
        }
        // "5.2 pct down on the year": a change may begin with its amount (anchored_grammars keeps it
        // only where "up" or "down" follows, up_down_after)
        grammars |= bit(grammar_id::change);
        // The next word (after a fraction such as "1 1/2").
        std::size_t w = e;
        bool range = false; // "10 to 12 months": the unit after the high end
        for (int words = 0; words < 3; ++words) {
            // (and a hyphen: "16 to 24-year-olds")
            while (w < end && (prose_[w] == ' ' || (words > 0 && prose_[w] == '-'))) ++w;
            std::size_t const start = w;
            // (at most a word's length: "0/1/2/.../19999" is one "word" of slashes, read to its end
            // from each of its figures it made the scan quadratic)
            std::size_t const stop = std::min(end, start + 32);
            while (w < stop && (is_alnum(prose_[w]) || prose_[w] == '/')) ++w;
            std::string_view const word = prose_.substr(start, w - start);
            if (word.empty() || (w == stop && stop < end && (is_alnum(prose_[w]) || prose_[w] == '/'))) break;
            if (is_digit(word[0]) && word.find('/') != std::string_view::npos) continue; // a fraction
            if (words == 0 && (word == "to" || word == "or")) {
                range = true;
                continue;
            }
            if (range && words == 1 && std::all_of(word.begin(), word.end(), is_digit)) continue;
            if (word == "of" && digits <= 2) grammars |= bit(grammar_id::date); // 24th of May
            char unit[12];
            std::size_t const n = std::min<std::size_t>(word.size(), sizeof unit);
            for (std::size_t i = 0; i < n; ++i) unit[i] = lower(word[i]);
            std::string_view const lw(unit, n);
            // 24 February: a day before a month's name (the date grammar's only such form)
            if (is_upper(word[0]) && !separators && digits <= 2 && is_month_word(lw)) grammars |= bit(grammar_id::date);
            static constexpr std::string_view time_units[] = {
                "centuries", "century", "day",     "days",  "decade", "decades", "fold", "hour",
                "hours",     "minute",  "minutes", "month", "months", "mth",     "mths", "quarter",
                "quarters",  "seconds", "week",    "weeks", "year",   "years",   "yr",   "yrs"};
            if (std::binary_search(std::begin(time_units), std::end(time_units), lw))
                grammars |= bit(grammar_id::duration) | bit(grammar_id::age) | bit(grammar_id::relative_time) |
                            bit(grammar_id::change);
            break;
        }
        return grammars;
    }

    template <typename Rule, typename Attribute>
    std::size_t attempt(Rule const& rule, char const* first, char const* last, Attribute& attribute) const {
        char const* it = first;
        // The parse context must be exactly grammar::context_type (see grammars/config.hpp).
        if (!x3::phrase_parse(it, last, rule, grammar::space, attribute)) return 0;
        // Trailing white space consumed by the skipper is not part of the mention.
        while (it > first && (it[-1] == ' ' || it[-1] == '\n' || it[-1] == '\t' || it[-1] == '\r')) --it;
        return static_cast<std::size_t>(it - first);
    }

    std::size_t try_at(char const* first, char const* last, grammar_mask grammars) {
        // The grammars below share the amount parsed at each position (grammar::amount_memo).
        std::optional<grammar::amount_memo_scope> shared_amounts;
        if (!exhaustive_) shared_amounts.emplace(amounts_);
        // The ASTs live as long as the scanner: each rule resets its own at the start, and reusing
        // them saves constructing and destroying a few dozen strings at every candidate.
        auto& [change, comparison, age, date, relative, period, duration, money, percent, ordinal, number] = asts_;
        std::array<std::size_t, 11> length{};
        using g = grammar_id;
        auto const index = [](g id) { return static_cast<std::size_t>(id); };
        if (grammars & bit(g::change)) {
            length[index(g::change)] = attempt(grammar::change(), first, last, change);
            // "at least twice from 1991 to 1997", "rose 20 pct from 1986 to 1990": a span of years,
            // not a change from 1,991 to 1,997. The change, if any, ends before "from".
            if (length[index(g::change)] > 0 && (years_from_to(change) || clock_from_to(change))) {
                char const* cut = change.from->first;
                while (cut > first && cut[-1] == ' ') --cut;
                while (cut > first && is_alpha(cut[-1])) --cut; // "from"
                while (cut > first && (cut[-1] == ' ' || cut[-1] == ',')) --cut;
                length[index(g::change)] = cut > first ? attempt(grammar::change(), first, cut, change) : 0;
            }
            // "its double cheeseburger to $2.49 from $3.19", "a triple room": a multiplier's base form after a
            // determiner is an adjective, not a verb
            if (length[index(g::change)] > 0 && change.multiplier != 0) {
                auto const at = static_cast<std::size_t>(first - prose_.data());
                std::size_t e = at;
                while (e < sentence_->end && is_alpha(prose_[e])) ++e;
                std::string const word = text::lower(prose_.substr(at, e - at));
                if (grammar::lexicon::multiplier_bases().find(word)) {
                    std::array<lower_word, 1> before;
                    if (last_words(sentence_->begin, at, before) == 1 &&
                        before[0].is({"its", "the", "a", "an", "their", "his", "her", "our", "my", "your", "this",
                                      "that", "of", "whose"}))
                        length[index(g::change)] = 0;
                }
            }
            // "the fall of 1987", "the rise of 1929": a season or an event of that year, not a
            // change of 1,987.
            if (length[index(g::change)] > 0 && change.amount && !change.to && !change.from &&
                change.amount->kind == ast::quantity_kind::number && change.amount->unit_word.empty() &&
                grammar::plain_year(*change.amount) &&
                is_lower_word(static_cast<std::size_t>(first - prose_.data()),
                              static_cast<std::size_t>(first - prose_.data()) + 3, "the"))
                length[index(g::change)] = 0;
        }
        // "cut rates to a range of 4.75% to 5%, from 5.25% to 5.5%": a range set beside the range
        // before it, the earlier one, not a rise from 5.25% to 5.5%
        if (length[index(g::change)] > 0 && change.direction == 0 && !change.amount && change.from && change.to &&
            is_lower_word(static_cast<std::size_t>(first - prose_.data()),
                          static_cast<std::size_t>(first - prose_.data()) + 4, "from") &&
            range_right_before(static_cast<std::size_t>(first - prose_.data())))
            length[index(g::change)] = 0;
        // "lost seven of his last 10 meetings", "dropped two of its five seats": a count of what was
        // lost, not a fall of seven
        if (length[index(g::change)] > 0 && change.amount && change.amount->kind == ast::quantity_kind::number &&
            change.amount->unit_word.empty() && !change.amount->fraction && !change.to && !change.from &&
            change.multiplier == 0) {
            std::size_t after = static_cast<std::size_t>(first - prose_.data()) + length[index(g::change)];
            while (after < sentence_->end && prose_[after] == ' ') ++after;
            if (after + 2 < sentence_->end && is_lower_word(after, after + 2, "of") && prose_[after + 2] == ' ')
                length[index(g::change)] = 0;
        }
        // "he grew 180 hectares of wheat", "the storm dropped 14.2 inches of rain": a crop or a fall
        // of rain, the verb's object, not a rise or a fall of the amount
        if (length[index(g::change)] > 0 && change.amount && change.amount->kind == ast::quantity_kind::number &&
            !change.amount->unit_word.empty() && !change.to && !change.from && change.multiplier == 0) {
            auto const at = static_cast<std::size_t>(first - prose_.data());
            if (word_at(at, "grew") || word_at(at, "grow") || word_at(at, "grows") || word_at(at, "dropped") ||
                word_at(at, "drops")) {
                std::size_t after = at + length[index(g::change)];
                while (after < sentence_->end && prose_[after] == ' ') ++after;
                if (after + 2 < sentence_->end && is_lower_word(after, after + 2, "of") && prose_[after + 2] == ' ')
                    length[index(g::change)] = 0;
            }
        }
        // "Chelsea lost 1-3 at home", "The Warriors lost 98-104": a score; "Remain lost by 48.1% to
        // 51.9%": two shares of a vote; not a fall ("shares lost 25 cents to 20.15 dlrs" is one)
        if (length[index(g::change)] > 0 && change.amount) {
            auto const at = static_cast<std::size_t>(first - prose_.data());
            bool const contest = word_at(at, "lost") || word_at(at, "won") || word_at(at, "beat") ||
                                 word_at(at, "drew") || word_at(at, "lose") || word_at(at, "win") ||
                                 word_at(at, "wins") || word_at(at, "loses") || word_at(at, "trailed") ||
                                 word_at(at, "led");
            ast::quantity const& a = *change.amount;
            bool const score = a.is_range() && !a.numeral.empty() && !a.numeral_to.empty() &&
                               a.numeral.data() + a.numeral.size() + 1 == a.numeral_to.data() &&
                               a.numeral.data()[a.numeral.size()] == '-' && a.unit_word.empty() && a.scale == 1;
            bool shares = false;
            if (contest && !score && change.to && a.kind == ast::quantity_kind::percent &&
                change.to->kind == ast::quantity_kind::percent) {
                double const sum = evaluate(a).value + evaluate(*change.to).value;
                shares = sum > 98 && sum < 102;
            }
            if (contest && (score || shares)) length[index(g::change)] = 0;
            // "won 28, drew 10 and lost eight", "won six and lost two": a record of games, each a
            // count (a bare count after "lost", with a count of games won or drawn before it)
            if (contest && word_at(at, "lost") && a.kind == ast::quantity_kind::number && a.unit_word.empty() &&
                !change.to && !change.from && change.multiplier == 0) {
                std::array<lower_word, 8> before;
                std::size_t const n = last_words(sentence_->begin, at, before);
                for (std::size_t k = 0; k + 1 < n; ++k)
                    if (before[k + 1].is({"won", "drew", "drawn", "win", "wins"}) &&
                        (is_digit(before[k].view().front()) ||
                         grammar::lexicon::cardinal_units().find(before[k].view())))
                        length[index(g::change)] = 0;
            }
        }
        // A noun of change with both values, "gain to 236,000 from 337,000":
        // - "a downward revision in February's gain to 236,000 from a previously reported 337,000": the
        //   noun names the measure revised, the revision says which way (not "Apple's rise to $3
        //   trillion from $2 trillion");
        // - "OPEC+ deepened its cuts to 5.86 million bpd from 3.66 million bpd", "raised its spending
        //   cuts to $2 billion from $1 billion": a noun of change as a verb's object names the measure
        //   that went from one value to the other, not which way it went (the verb before it says that).
        if (length[index(g::change)] > 0 && change.from && change.to) {
            auto const at = static_cast<std::size_t>(first - prose_.data());
            std::size_t e = at;
            while (e < sentence_->end && is_alpha(prose_[e])) ++e;
            std::string const head = text::lower(prose_.substr(at, e - at));
            bool const change_noun =
                grammar::lexicon::up_nouns().find(head) || grammar::lexicon::down_nouns().find(head);
            bool noun =
                change_noun || ((grammar::lexicon::up_words().find(head) || grammar::lexicon::down_words().find(head) ||
                                 grammar::lexicon::transitive_change_words().find(head)) &&
                                head.ends_with('s'));
            // (six words back for a noun of change; eight for the compound below, whose verb is further off)
            // (or the second word of a compound noun: "raised the probability of a September rate cut to about 75% from
            // 65%")
            std::array<lower_word, 8> before;
            bool const may_be_compound = head == "cut" || head == "hike" || head == "rise" || head == "increase";
            std::size_t n = noun || may_be_compound ? last_words(sentence_->begin, at, before) : 0;
            bool const compound = may_be_compound && n >= 1 &&
                                  before[0].is({"rate", "tax", "price", "interest", "pay", "wage", "fare", "tariff"});
            if (!compound) n = noun ? std::min<std::size_t>(n, 6) : 0;
            noun = noun || compound;
            for (std::size_t k = 0; change_noun && k < n; ++k)
                if (before[k].is({"revision", "revisions", "revised", "revise", "revising"}))
                    length[index(g::change)] = 0;
            auto const owner = [](lower_word const& w) {
                return w.is({"its", "their", "his", "her", "our", "the", "these", "those"});
            };
            std::size_t const verb = n >= 2 && owner(before[0]) ? 1 : n >= 3 && owner(before[1]) ? 2 : 0;
            bool object =
                verb != 0 &&
                before[verb].is({"deepened", "deepen", "deepens", "deepening", "increased", "increases", "increase",
                                 "raised",   "raises", "raise",   "expanded",  "expands",   "expand",    "extended",
                                 "extends",  "extend", "boosted", "boosts",    "boost",     "doubled",   "widened",
                                 "widens",   "lifted", "lifts",   "trimmed",   "trims",     "reduced",   "reduces",
                                 "reduce",   "eased",  "eases",   "narrowed",  "narrows",   "pared",     "scaled",
                                 "tripled",  "revised"});
            // (or further back, the noun inside the verb's object: "raised its estimate of job cuts to 1,500 from
            // 1,200", "increased planned cuts to", "raised their estimate of the revenue drop to 12% from 9%")
            for (std::size_t k = 0; !object && noun && k < n; ++k) {
                if (before[k].is({"and",  "but",   "or",   "after", "before", "despite", "following", "amid", "since",
                                  "as",   "while", "when", "which", "that",   "was",     "were",      "is",   "are",
                                  "will", "would", "said", "says",  "with",   "to",      "from",      "than"}))
                    break;
                object = before[k].is({"increased", "raised", "lifted", "boosted", "revised", "expanded", "extended",
                                       "deepened", "widened", "doubled", "tripled"});
                // (an adjective after a determiner, not a verb: "the revised royalty schedule falls to one pct
                // from five pct")
                if (object && k + 1 < n && owner(before[k + 1])) object = false;
                if (object || (k + 1 < n && owner(before[k + 1]) && before[k].is({"revised", "increased"}))) break;
            }
            if (object) length[index(g::change)] = 0;
        }
        // "raised its prime rate to 7.75 pct from 7.50 pct": not a verb that opens the sentence with a
        // capital, an adjective there ("Reduced demand sent prices to 18 dlrs from 16 dlrs").
        if (length[index(g::change)] > 0 && change.object && !object_is_plain(first)) length[index(g::change)] = 0;
        // ("cut the cost of raising each pound to 18 pence from 22 pence": a gerund after "of" inside the object of a
        // verb of change before it names what costs; the values are that verb's. Not "warned of lowering the cap to
        // 5% from 3%", the one change)
        if (length[index(g::change)] > 0 && change.object) {
            auto const at = static_cast<std::size_t>(first - prose_.data());
            std::size_t e = at;
            while (e < sentence_->end && is_alpha(prose_[e])) ++e;
            std::array<lower_word, 6> before;
            std::size_t const n =
                e - at > 5 && is_lower_word(e - 3, e, "ing") ? last_words(sentence_->begin, at, before) : 0;
            bool verb_before = false;
            for (std::size_t k = 1; n >= 2 && before[0].is({"of"}) && k < n && !verb_before; ++k) {
                std::string_view const w = before[k].view();
                verb_before = grammar::lexicon::transitive_change_words().find(w) ||
                              grammar::lexicon::up_words().find(w) || grammar::lexicon::down_words().find(w);
            }
            if (verb_before) length[index(g::change)] = 0;
        }
        // "help pay down 350 mln dlrs of debt", "took up 5 mln shares", "made up 40 pct of sales",
        // "shut down one of its two refineries": a verb with "up" or "down" that is no rise or fall.
        if (length[index(g::change)] > 0) {
            auto const at = static_cast<std::size_t>(first - prose_.data());
            bool const up_down = word_at(at, "up") || word_at(at, "down");
            bool const gain = word_at(at, "gain") || word_at(at, "gains");
            std::array<lower_word, 2> before;
            std::size_t const words = up_down || gain ? last_words(sentence_->begin, at, before) : 0;
            // ("including a gain of 28.6 mln dlrs": the word before the article)
            if (gain && words == 2 && before[0].is({"a", "an"})) before[0] = before[1];
            bool const after_word = words >= 1;
            if (up_down &&
                after_word && before[0].is({"pay",      "pays",    "paid",     "paying",    "take",     "takes",
                                            "took",     "taken",   "taking",   "make",      "makes",    "made",
                                            "making",   "write",   "writes",   "wrote",     "written",  "writing",
                                            "marked",   "marking", "shut",     "shuts",     "shutting", "set",
                                            "sets",     "setting", "break",    "breaks",    "broke",    "broken",
                                            "breaking", "wind",    "winds",    "wound",     "winding",  "sign",
                                            "signs",    "signed",  "signing",  "turn",      "turns",    "turned",
                                            "turning",  "line",    "lines",    "lined",     "lining",   "scrape",
                                            "scrapes",  "scraped", "scraping", "drum",      "drums",    "drummed",
                                            "drumming", "dig",     "digs",     "dug",       "digging",  "eat",
                                            "eats",     "ate",     "eaten",    "eating",    "use",      "uses",
                                            "used",     "using",   "snap",     "snaps",     "snapped",  "snapping",
                                            "mop",      "mops",    "mopped",   "mopping",   "soak",     "soaks",
                                            "soaked",   "soaking", "free",     "frees",     "freed",    "freeing",
                                            "gobble",   "gobbled", "swallow",  "swallowed", "hold",     "holds",
                                            "held",     "holding", "put",      "puts",      "putting",  "rack",
                                            "racks",    "racked",  "racking",  "give",      "gives",    "gave",
                                            "given",    "giving"})) // (not "mark": "pushed the mark up 10
                                                                    // cents"; not "closed up 5 cents",
                                                                    // "opened up 5", "picked up 5 pfennigs":
                                                                    // rises)
                length[index(g::change)] = 0;
            // ("The Rangers gave up three goals", "gave up 3 runs": a count conceded, not a fall; "gave up 3
            // points", "gave back 1.2%" are)
            if ((word_at(at, "gave") || word_at(at, "gives") || word_at(at, "giving")) && change.amount &&
                change.amount->kind == ast::quantity_kind::number && !change.amount->unit_word.empty() &&
                !in_list(text::lower(change.amount->unit_word), {"points", "point", "cents", "cent", "pence", "pts"}))
                length[index(g::change)] = 0;
            // ("he added a further half-point cut was possible": a speaker's verb, not a rise)
            if (word_at(at, "added")) {
                std::array<lower_word, 1> speaker;
                if (last_words(sentence_->begin, at, speaker) == 1 &&
                    speaker[0].is({"he", "she", "they", "we", "i", "you", "spokesman", "spokeswoman", "official",
                                   "officials", "analyst", "analysts", "sources", "source"}))
                    length[index(g::change)] = 0;
            }
            // ("Last Friday's storm brought down 300 trees", "rounded up 40 suspects": the verb's object
            // right after; not "should be brought down to 49 pct"; verbs only, not nouns: "contracts
            // changed hands, up 15.2 pct")
            if (up_down && after_word &&
                before[0].is({"bring",   "brings",  "brought", "bringing", "knocked", "knocking", "tore",
                              "torn",    "tearing", "handed",  "handing",  "rounded", "rounding", "locked",
                              "locking", "chopped", "mowed",   "gunned",   "hunted",  "tracked"})) {
                std::array<lower_word, 1> next;
                std::size_t const after = at + (word_at(at, "up") ? 2 : 4);
                if (next_words(after, next) == 0 || !next[0].is({"to", "from", "by"})) length[index(g::change)] = 0;
            }
            // "net includes gain 46 cts per share", "an extraordinary gain of 1,035,000 dlrs", "vs
            // gain 307,000 dlrs", "extraordinary gain of 21.7 mln": a gain in the accounts, a sum,
            // not a rise.
            if (gain && change.amount &&
                (change.amount->kind == ast::quantity_kind::money ||
                 change.amount->kind == ast::quantity_kind::number) &&
                !change.to && !change.from && after_word &&
                before[0].is({"includes",   "include",      "included",      "including",  "excludes",     "exclude",
                              "excluded",   "excluding",    "extraordinary", "tax",        "pretax",       "net",
                              "capital",    "nonrecurring", "recurring",     "time",       "operations",   "vs",
                              "versus",     "and",          "investment",    "securities", "carryforward", "ago",
                              "accounting", "credit",       "sale"}))
                length[index(g::change)] = 0;
            // "In 1985, the company lost 168.4 mln dlrs", "Omnilab was losing about 140,000 dlrs a
            // quarter": a loss in the accounts, a sum, not a fall ("Chinese Estates lost 25 cents to
            // 20.15 dlrs", "the peso lost 22.2 pct" are falls).
            // "the FDIC will advance 3.7 mln dlrs", "prepared to advance up to 750 mln dlrs": a loan,
            // not a rise ("gold advanced 2.50 dlrs" is one)
            bool const sum_verb = word_at(at, "lost") || word_at(at, "lose") || word_at(at, "loses") ||
                                  word_at(at, "losing") || word_at(at, "advance") || word_at(at, "advances") ||
                                  word_at(at, "advancing"); // ("consumer credit advanced 1.2 billion dlrs" rose)
            if (sum_verb && change.amount && change.amount->kind == ast::quantity_kind::money && !change.to &&
                !change.from && change.multiplier == 0) {
                // (in dollars, pounds, marks ...: "NTT shares lost 50,000 yen" is a fall)
                std::string_view const currency = change.amount->currency;
                double const sum = evaluate(*change.amount).value;
                if (change.amount->scale >= 1e6 ||
                    (sum >= 10000 && currency != "JPY" && currency != "ITL" && currency != "KRW"))
                    length[index(g::change)] = 0;
            }
        }
        if (grammars & bit(g::comparison)) {
            length[index(g::comparison)] = attempt(grammar::comparison(), first, last, comparison);
            // "warned against expecting", "its offensive against Iraq", "longer than expected",
            // "compared with its par price": a marker that sets no figure against another.
            // "up 2.2 pct from 1985": "from" and a year compare only right after a change, and only
            // with a year not after the reference date's ("rising to 15,000 from 1990" in 1987 says
            // when, not from what).
            if (length[index(g::comparison)] > 0 && !comparison.object.empty() &&
                comparison.object.front().kind == ast::time_kind::year && text::lower(comparison.marker) == "from" &&
                (!right_after_change(first) || (reference_ && comparison.object.front().year > reference_->year)))
                length[index(g::comparison)] = 0;
            if (length[index(g::comparison)] > 0 && comparison.object.empty() &&
                !figure_in_clause(first + length[index(g::comparison)])) {
                std::string const marker = text::lower(comparison.marker);
                if (marker == "than" || marker == "against" || marker.ends_with(" against") || marker == "versus" ||
                    marker.starts_with("relative") || marker.starts_with("compared") ||
                    marker.starts_with("as compared"))
                    length[index(g::comparison)] = 0;
            }
            // "27 prosecutions against water companies", "complaints against police officers": the object of an
            // action, not a figure set against another ("27 cases against 21 a year earlier" is one)
            if (length[index(g::comparison)] > 0 && text::lower(comparison.marker) == "against" &&
                action_against(static_cast<std::size_t>(first - prose_.data())))
                length[index(g::comparison)] = 0;
            // "the Offences Against the Person Act 1861", "Campaign Against Arms Trade": a capital inside
            // the sentence is a name's word
            if (length[index(g::comparison)] > 0 && is_upper(*first) &&
                static_cast<std::size_t>(first - prose_.data()) > sentence_->begin) {
                std::string const marker = text::lower(comparison.marker);
                if (marker == "against" || marker == "versus" || marker == "than") length[index(g::comparison)] = 0;
            }
        }
        if (grammars & bit(g::age)) {
            length[index(g::age)] = attempt(grammar::age(), first, last, age);
            // "Of the 31 economists polled by Reuters, 27, or 77%": an agency's or a pollster's name
            // is no person's with an age
            if (length[index(g::age)] > 0) {
                auto const at = static_cast<std::size_t>(first - prose_.data());
                std::size_t e = at;
                while (e < sentence_->end && is_alpha(prose_[e])) ++e;
                std::string const name = text::lower(prose_.substr(at, e - at));
                if (in_list(name, {"reuters", "bloomberg", "gallup", "yougov", "ipsos", "nielsen", "afp", "ap",
                                   "xinhua", "kyodo", "interfax", "tass", "yonhap", "pew", "morningstar", "refinitiv",
                                   "lseg", "factset", "statista"}))
                    length[index(g::age)] = 0;
                // (nor the last word of a whole that opens the sentence: "Of the 31 patients on Ozempic, 28, or
                // 80%, responded", "Among voters in Denmark, 38, or 45%, ..."; "Of the candidates, Smith, 45,
                // leads" has a comma before the name)
                std::string const opening =
                    text::lower(prose_.substr(sentence_->begin, std::min<std::size_t>(6, at - sentence_->begin)));
                if ((opening.starts_with("of ") || opening.starts_with("among ")) && is_upper(prose_[at]) &&
                    e < sentence_->end && prose_[e] == ',' &&
                    prose_.substr(sentence_->begin, at - sentence_->begin).find(',') == std::string_view::npos)
                    length[index(g::age)] = 0;
            }
        }
        if (grammars & bit(g::date)) {
            length[index(g::date)] = attempt(grammar::date(), first, last, date);
            // "every Thursday", "every other Tuesday", "each Friday": a day that repeats, no date
            if (length[index(g::date)] > 0 && date.weekday != 0 && date.month == 0 && date.day == 0 && date.nth == 0 &&
                repeated_day(static_cast<std::size_t>(first - prose_.data())))
                length[index(g::date)] = 0;
        }
        if (grammars & bit(g::relative_time)) {
            length[index(g::relative_time)] = attempt(grammar::relative_time(), first, last, relative);
            // "the last week of February", "the last day of trading": the final unit of what
            // follows, not one counted from the reference date ("turnover last year of 62 mln" is).
            if (length[index(g::relative_time)] > 0 && relative.offset != 0 && !relative.anchored) {
                auto const at = static_cast<std::size_t>(first - prose_.data());
                std::size_t after = at + length[index(g::relative_time)];
                while (after < sentence_->end && prose_[after] == ' ') ++after;
                std::array<lower_word, 1> before;
                if (after + 2 < sentence_->end && is_lower_word(after, after + 2, "of") &&
                    !is_alnum(prose_[after + 2]) && last_words(sentence_->begin, at, before) == 1 &&
                    before[0].is({"the"}))
                    length[index(g::relative_time)] = 0;
            }
            // "the show's last night", "its last night on Friday": the final night, not yesterday's
            if (length[index(g::relative_time)] > 0 && relative.unit == "day" && relative.offset == -1) {
                auto const at = static_cast<std::size_t>(first - prose_.data());
                std::array<lower_word, 1> before;
                if (is_lower_word(at, std::min(at + 4, sentence_->end), "last") &&
                    last_words(sentence_->begin, at, before) == 1 &&
                    (before[0].is({"the", "its", "his", "her", "their", "our", "my", "your", "a", "that", "this"}) ||
                     before[0].view().ends_with("'s")))
                    length[index(g::relative_time)] = 0;
            }
            // "its fiscal year-end", "the 1986 year end": the end of a year the words name, not
            // one counted from the reference date.
            if (length[index(g::relative_time)] > 0 && relative.unit == "year-end") {
                std::array<lower_word, 1> before;
                auto const at = static_cast<std::size_t>(first - prose_.data());
                if (last_words(sentence_->begin, at, before) == 1 &&
                    (before[0].is({"fiscal", "financial"}) ||
                     (before[0].size == 4 && std::all_of(before[0].view().begin(), before[0].view().end(), is_digit))))
                    length[index(g::relative_time)] = 0;
            }
        }
        if (grammars & bit(g::period)) length[index(g::period)] = attempt(grammar::period(), first, last, period);
        if (grammars & bit(g::duration))
            length[index(g::duration)] = attempt(grammar::duration(), first, last, duration);
        if (grammars & bit(g::money)) length[index(g::money)] = attempt(grammar::money(), first, last, money);
        if (grammars & bit(g::percent)) length[index(g::percent)] = attempt(grammar::percent(), first, last, percent);
        if (grammars & bit(g::ordinal)) length[index(g::ordinal)] = attempt(grammar::ordinal(), first, last, ordinal);
        // Where a sum of money or a percentage begins, no number does: "its 89.7 mln sterling
        // investment", "a two billion schilling issue" are sums (a number would read the currency
        // as an adjective of the noun after it and be the longer match); and the number is not tried.
        if ((grammars & bit(g::number)) && length[index(g::money)] == 0 && length[index(g::percent)] == 0)
            length[index(g::number)] = attempt(grammar::number(), first, last, number);

        // "Three quarters of the 800 MW, or 600 MW", "three quarters of its staff": a fraction of a whole, no nine
        // months (the number grammar's reading stands)
        if (length[index(g::duration)] > 0 && length[index(g::number)] > 0 &&
            quarters_of_whole(static_cast<std::size_t>(first - prose_.data()),
                              static_cast<std::size_t>(first - prose_.data()) + length[index(g::duration)]))
            length[index(g::duration)] = 0;
        // (the number grammar was not run where a sum or a percentage begins)
        if (length[index(g::money)] > 0 || length[index(g::percent)] > 0) grammars &= ~bit(g::number);
        // (only the grammars run can have matched: visit their bits alone)
        std::size_t best = 0;
        for (grammar_mask run = grammars; run != 0; run &= run - 1) {
            auto const i = static_cast<std::size_t>(std::countr_zero(run));
            ++statistics_.attempts[i];
            if (length[i] > 0) ++statistics_.matches[i];
            // Longest match wins; on a tie the earlier grammar (more specific) wins.
            if (length[i] > length[best]) best = i;
        }
        if (length[best] == 0) return 0;
        std::size_t const begin = static_cast<std::size_t>(first - prose_.data());
        if ((best == index(g::number) || best == index(g::period) || best == index(g::duration)) && clock_time(begin))
            return 0;
        // "from 0600 to 0900 hours": a span of times of day, no hundreds of hours
        if (best == index(g::duration) && clock_digits(begin) && begin + 4 < prose_.size() &&
            !is_alnum(prose_[begin + 4])) {
            std::size_t k = begin + 4;
            if (prose_.compare(k, 4, " to ") == 0)
                k += 4;
            else if (prose_[k] == '-')
                k += 1;
            if (k > begin + 4 && clock_digits(k) && hours_after(k + 4)) return 0;
        }
        candidate_ = begin;
        candidate_end_ = begin + length[best];

        switch (static_cast<g>(best)) {
        case g::change:
            emit_change(change);
            break;
        case g::comparison:
            emit_comparison(comparison);
            break;
        case g::age:
        case g::date:
        case g::relative_time:
        case g::period:
        case g::duration: {
            ast::temporal const& t = best == index(g::age)             ? age
                                     : best == index(g::date)          ? date
                                     : best == index(g::relative_time) ? relative
                                     : best == index(g::period)        ? period
                                                                       : duration;
            // "46 extra Sunday services", "Sunday journeys", "Black Friday": a weekday that names a
            // kind of day or a sale, no date
            if (best == index(g::date) && weekday_as_adjective(date)) return 0;
            // ABC's "This Week", "Today" in quotes: a programme's title, every word capitalised
            if (best == index(g::relative_time) && quoted_title(begin, begin + length[best])) return 0;
            // "4.3 million barrels a day", "300 patients a week": the time a count is per, no duration
            if (best == index(g::duration) && per_time_of_count(begin)) return 0;
            // "scored a century on debut", "has made 17 centuries": a batter's hundreds, no years
            if (best == index(g::duration) && hundreds_scored(begin, begin + length[best])) return 0;
            // "900, a quarter fewer", "three quarters lower than in 2019": a fraction, no three months
            if (best == index(g::duration) && quarter_compared(begin, begin + length[best])) return 0;
            // "the Russell 2000", "Saudi Arabia's Vision 2030", "Windows 2000": a name's number
            if (best == index(g::period) && is_digit(prose_[begin]) && series_name_before(begin)) return 0;
            // "the 1922 Committee" (of Conservative MPs), "the 1900 Club": a body named after a year
            if (best == index(g::period) && is_digit(prose_[begin]) && begin + 5 < prose_.size() &&
                prose_[begin + 4] == ' ' && is_upper(prose_[begin + 5]) &&
                (word_at(begin + 5, "committee") || word_at(begin + 5, "club") || word_at(begin + 5, "society")))
                return 0;
            // "Regulation 2019/943", "Decision 2020/5": a legal act's year and number, one identifier
            // ("1986/87", "1986/7", "the 1988/92 plan" and "2019/2020" are periods)
            if (best == index(g::period) && is_digit(prose_[begin]) && begin + 5 < prose_.size() &&
                prose_[begin + 4] == '/' && is_digit(prose_[begin + 5])) {
                std::size_t end = begin + 5;
                while (end < prose_.size() && is_digit(prose_[end])) ++end;
                std::size_t const digits = end - begin - 5;
                bool const next_year = digits == 1 && (prose_[begin + 3] - '0' + 1) % 10 == prose_[begin + 5] - '0';
                // (a later year of the next thirty, "bonds due 1988/2007": not "Regulation 2023/2854"; nor a serial
                // with a letter code after it, "Directive 2009/72/EC")
                int const first_year = std::stoi(std::string(prose_.substr(begin, 4)));
                bool const later = digits == 4 && std::stoi(std::string(prose_.substr(begin + 5, 4))) > first_year &&
                                   std::stoi(std::string(prose_.substr(begin + 5, 4))) <= first_year + 30;
                bool const coded = end < prose_.size() && prose_[end] == '/';
                if (coded || (digits != 2 && !later && !next_year)) return end - begin;
            }
            // "No 575/2013", "Regulation 714/2009", "Case C-311/18": the year of a serial, no year of its own
            if (best == index(g::period) && is_digit(prose_[begin]) && begin >= 2 && prose_[begin - 1] == '/' &&
                is_digit(prose_[begin - 2])) {
                std::size_t end = begin;
                while (end < prose_.size() && is_digit(prose_[end])) ++end;
                return end - begin;
            }
            // "the helpline on 1800 333 000": a telephone number's first group, no year
            if (best == index(g::period) && is_digit(prose_[begin]) && begin + 4 < prose_.size() &&
                !is_digit(prose_[begin + 4]) && digit_groups(begin, begin + 4) >= 3)
                return 0;
            if (best == index(g::date) && date.day_end != 0) {
                // "26-27 June": the first day, then the last with the month
                char const* const hyphen = std::find(date.first, date.last, '-');
                ast::temporal last_day = date;
                last_day.day = date.day_end;
                last_day.day_end = 0;
                last_day.first = hyphen + 1;
                char const* first_end = hyphen;
                while (first_end > date.first && first_end[-1] == ' ') --first_end;
                date.last = first_end;
                date.day_end = 0;
                candidate_end_ = static_cast<std::size_t>(first_end - prose_.data());
                emit_temporal(date);
                candidate_ = static_cast<std::size_t>(last_day.first - prose_.data());
                candidate_end_ = begin + length[best];
                emit_temporal(last_day);
                return length[best];
            }
            emit_temporal(t);
            if (best == index(g::date)) return length[best] + day_range_end(date);
            break;
        }
        case g::money:
            // "in 2017 dollars", "in 2020 pounds": the year prices are counted in, no sum of money and
            // no period of the figures
            if (grammar::plain_year(money) && money.scale == 1 && begin >= 3 && is_lower_word(begin - 3, begin, "in "))
                return length[best];
            // "-$1.3 billion", "−€45m": a minus sign before the currency's sign
            if (!money.negative && begin >= 1 && prose_[begin - 1] == '-' && !is_digit(prose_[begin]) &&
                (begin - 1 == sentence_->begin || prose_[begin - 2] == ' ' || prose_[begin - 2] == '(')) {
                ast::quantity negative = money;
                negative.negative = true;
                negative.first = prose_.data() + begin - 1;
                candidate_ = begin - 1;
                emit_quantity(negative, std::nullopt);
                break;
            }
            emit_quantity(money, std::nullopt);
            break;
        case g::percent:
            emit_quantity(percent, std::nullopt);
            break;
        case g::ordinal:
            if (is_name(ordinal) || ordinal_compound(ordinal) || per_second(ordinal)) return 0;
            emit_ordinal(ordinal);
            break;
        case g::number:
            // "3 pct above 1985", "over 1985 levels": a year compared with, not a count of more
            // than 1,985 (the year is read at its digits).
            if (grammar::compared_year(number)) return 0;
            // "1986 losses": a year with a noun after it, not a count of 1,986.
            if (length[index(g::period)] > 0 && grammar::plain_year(number)) {
                if (series_name_before(begin)) return 0;
                emit_temporal(period);
                return length[index(g::period)];
            }
            if (!keep_number(number, begin)) return 0;
            emit_quantity(number, std::nullopt);
            break;
        }
        return length[best];
    }

    /// Whether the word right before prose_[begin] names an index, a plan or a product that a
    /// year-like number belongs to: "Russell 2000", "Vision 2030", "Agenda 2063", "Windows 2000".
    [[nodiscard]] bool series_name_before(std::size_t begin) const {
        if (begin < 2 || prose_[begin - 1] != ' ') return false;
        std::size_t w = begin - 1;
        while (w > sentence_->begin && is_alpha(prose_[w - 1])) --w;
        if (w == begin - 1 || !is_upper(prose_[w])) return false;
        return in_list(prose_.substr(w, begin - 1 - w), {"Russell", "Wilshire", "Vision", "Agenda", "Windows"});
    }

    /// Whether the time at prose_[begin] ("a day", "an hour", "per week") is the time a count just
    /// before it is per: "pumps 4.3 million barrels a day", "sees 300 patients a week" (a counted noun,
    /// only spaces between).
    /// Whether the duration at prose_[begin, end) counts centuries a batter scored: it ends in
    /// "century" or "centuries", after "scored", "made", "hit", "struck" or "smashed" and at most
    /// one word more ("has scored 17 centuries", "made a century", "hit his first century").
    [[nodiscard]] bool hundreds_scored(std::size_t begin, std::size_t end) const {
        std::string_view const said = prose_.substr(begin, end - begin);
        if (!text::iends_with(said, "century") && !text::iends_with(said, "centuries")) return false;
        std::array<lower_word, 2> before;
        std::size_t const n = last_words(sentence_->begin, begin, before);
        auto const scored = [](lower_word const& w) {
            return w.is({"scored", "scoring", "scores", "score", "made", "making", "hit", "hits", "struck", "smashed",
                         "smashes", "compiled"});
        };
        return (n >= 1 && scored(before[0])) || (n == 2 && scored(before[1]));
    }

    /// Whether prose_[begin, end) opens a quotation and every word of it has a capital: a title
    /// ("This Week," "This Week With David Brinkley"), not a time.
    [[nodiscard]] bool quoted_title(std::size_t begin, std::size_t end) const {
        bool const quote =
            (begin >= 1 && prose_[begin - 1] == '"') || (begin >= 3 && prose_.substr(begin - 3, 3) == "\xE2\x80\x9C");
        if (!quote) return false;
        // (two words or more, each a word of letters with a capital: not "Now, taking ...", "Since
        // 1982, all ...", "Today has been" at the start of a quotation)
        std::size_t words = 0;
        for (std::size_t i = begin; i < end; ++i) {
            if (is_digit(prose_[i])) return false;
            if ((i == begin || prose_[i - 1] == ' ') && is_alpha(prose_[i])) {
                if (!is_upper(prose_[i])) return false;
                ++words;
            }
        }
        // (the title closes its quotation or goes on in capitals: "This Week," "This Week With")
        std::size_t after = end;
        while (after < prose_.size() && prose_[after] == ' ') ++after;
        bool const closes =
            after < prose_.size() && (prose_[after] == '"' || prose_[after] == ',' || is_upper(prose_[after]) ||
                                      prose_.substr(after, 3) == "\xE2\x80\x9D");
        return words >= 2 && closes;
    }

    /// Whether the duration at prose_[begin, end) is a quarter or quarters before a comparative
    /// ("a quarter fewer", "three quarters lower"): a fraction of what is compared.
    [[nodiscard]] bool quarter_compared(std::size_t begin, std::size_t end) const {
        std::string_view const said = prose_.substr(begin, end - begin);
        if (!text::iends_with(said, "quarter") && !text::iends_with(said, "quarters")) return false;
        std::array<lower_word, 1> next;
        return next_words(end, next) == 1 && text::is_comparative(next[0].view());
    }

    /// Whether "quarters" at prose_[begin, end) is a fraction of a whole after it: "three quarters of the 800 MW",
    /// "three quarters of its staff", "three quarters of $2 billion"; not of a time, "three quarters of the year",
    /// "two quarters of growth".
    [[nodiscard]] bool quarters_of_whole(std::size_t begin, std::size_t end) const {
        std::string_view const said = prose_.substr(begin, end - begin);
        if (!text::iends_with(said, "quarters")) return false;
        std::array<lower_word, 3> next;
        std::size_t const n = next_words(end, next);
        if (n < 2 || !next[0].is({"of"})) return false;
        // (a figure, not a year: "three quarters of 2023" are nine months)
        if (is_digit(next[1].text[0]))
            return !(next[1].size == 4 && (next[1].view().starts_with("19") || next[1].view().starts_with("20")));
        // ("the first three quarters of its fiscal year": quarters counted in a year)
        std::array<lower_word, 1> before;
        if (last_words(sentence_->begin, begin, before) == 1 &&
            before[0].is({"first", "last", "past", "next", "previous", "final", "remaining", "opening", "consecutive",
                          "straight", "successive"}))
            return false;
        return n == 3 && next[1].is({"the", "its", "their", "his", "her", "our", "all", "those", "these"}) &&
               !next[2].is({"year",      "years",    "season",    "decade",   "century", "period",   "time",
                            "month",     "months",   "quarter",   "quarters", "game",    "match",    "fiscal",
                            "financial", "calendar", "marketing", "crop",     "school",  "academic", "tax"});
    }

    [[nodiscard]] bool per_time_of_count(std::size_t begin) const {
        if (out_.empty()) return false;
        mention const& count = out_.back();
        if (count.kind != mention_kind::number || count.unit.empty() || count.parent || count.end > begin ||
            prose_.substr(count.end, begin - count.end).find_first_not_of(' ') != std::string_view::npos)
            return false;
        std::array<lower_word, 2> words;
        if (next_words(begin, words) != 2 || !words[0].is({"a", "an", "per"})) return false;
        return words[1].is({"day", "week", "month", "year", "hour", "minute", "second", "night", "fortnight"});
    }

    /// Whether a figure or a time follows in the clause from `p` on (before ",", ";", ":", a full
    /// stop or ten words): a digit, a currency sign, a spelled number, a calendar word ("than in
    /// the preceding year").
    [[nodiscard]] bool figure_in_clause(char const* p) const {
        char const* const end = prose_.data() + sentence_->end;
        int words = 0;
        while (p < end && words < 10) {
            char const c = *p;
            if (is_digit(c) || c == '$' || static_cast<unsigned char>(c) >= 0x80) return true;
            if (c == ',' || c == ';' || c == ':' || (c == '.' && !(p + 1 < end && is_digit(p[1])))) return false;
            if (is_alpha(c)) {
                char const* e = p;
                while (e < end && (is_alpha(*e) || *e == '-')) ++e;
                lower_word word;
                word.assign(p, static_cast<std::size_t>(e - p));
                std::string_view const head = word.view().substr(0, word.view().find('-'));
                static constexpr std::array<std::string_view, 24> spelled{
                    "one",   "two",     "three",  "four",   "five",    "six",    "seven", "eight",
                    "nine",  "ten",     "eleven", "twelve", "twenty",  "thirty", "forty", "fifty",
                    "sixty", "seventy", "eighty", "ninety", "hundred", "dozen",  "half",  "nil"};
                static constexpr std::array<std::string_view, 14> calendar{
                    "year",   "years",  "quarter",   "quarters", "month", "months",  "week",
                    "period", "season", "yesterday", "today",    "ago",   "earlier", "year-ago"};
                if (std::find(spelled.begin(), spelled.end(), head) != spelled.end() ||
                    std::find(calendar.begin(), calendar.end(), word.view()) != calendar.end())
                    return true;
                if (is_upper(c) && e - p <= 16 &&
                    (words_.find(pack_at(static_cast<std::size_t>(p - prose_.data()), static_cast<std::size_t>(e - p)))
                         .flags &
                     month))
                    return true;
                ++words;
                p = e;
                continue;
            }
            ++p;
        }
        return false;
    }

    /// "March 10-31", "Oct. 1-7", "Thursday, Oct. 10-11", "April 24 and 25.": the second day of a range or pair of days
    /// in one month, after the date just emitted (`d`), as a date of its own; returns how many bytes it adds to the
    /// match. (After "and" or "or" only a day that ends its clause: not "on April 24 and 25 others".)
    std::size_t day_range_end(ast::temporal const& d) {
        if (d.month == 0 || d.day == 0 || d.holiday != 0) return 0;
        char const* p = d.last;
        char const* const end = prose_.data() + sentence_->end;
        if (p >= end) return 0;
        bool paired = false;
        if (*p != '-') {
            auto const word = [&](std::string_view w) {
                return static_cast<std::size_t>(end - p) > w.size() + 1 && p[0] == ' ' &&
                       std::equal(w.begin(), w.end(), p + 1) && p[w.size() + 1] == ' ';
            };
            // ("from June 3 to 9": the range's last day after "to", "through" or "until" when "from" is
            // right before the first)
            auto const from_before = [&] {
                std::size_t const at = static_cast<std::size_t>(d.first - prose_.data());
                std::size_t const lead = at >= 5 ? at - 5 : 0;
                return at >= sentence_->begin + 5 && text::iequals(prose_.substr(lead, 5), "from ");
            };
            if (word("and"))
                p += 4;
            else if (word("or"))
                p += 3;
            else if (word("to") && from_before())
                p += 3;
            else if ((word("through") || word("until")) && from_before())
                p += word("through") ? 8 : 6;
            else
                return 0;
            paired = true;
        }
        char const* q = p + 1;
        int day = 0;
        while (q < end && is_digit(*q) && q - p <= 2) day = day * 10 + (*q++ - '0');
        if (q == p + 1 || (q < end && (is_alnum(*q) || *q == '-' || *q == '/'))) return 0;
        if (paired && q < end && *q != ',' && *q != '.' && *q != ';' && *q != ')') return 0;
        if (day <= d.day || day > days_in_month(d.year != 0 ? d.year : 2000, d.month)) return 0;
        ast::temporal second = d;
        second.day = day;
        second.weekday = 0; // ("Thursday, Oct. 10-11": the weekday is the first day's)
        second.first = p + 1;
        // "Oct. 1-7, 1986": the year after the range is both days'.
        if (d.year == 0 && end - q >= 6 && q[0] == ',' && q[1] == ' ' && std::all_of(q + 2, q + 6, is_digit) &&
            (end - q == 6 || !is_alnum(q[6]))) {
            int const year = (q[2] - '0') * 1000 + (q[3] - '0') * 100 + (q[4] - '0') * 10 + (q[5] - '0');
            if (year >= 1800 && year <= 2099 && day <= days_in_month(year, d.month)) {
                second.year = year;
                q += 6;
                mention& first_day = out_.back();
                first_day.time_value = year_month_day(year_digits(year), d.month, d.day);
                first_day.resolved.reset();
            }
        }
        second.last = q;
        candidate_ = static_cast<std::size_t>(p + 1 - prose_.data());
        candidate_end_ = static_cast<std::size_t>(q - prose_.data());
        emit_temporal(second);
        return static_cast<std::size_t>(q - d.last);
    }

    /// A change from one plain year to a later one ("from 1991 to 1997": no unit, no comma).
    static bool years_from_to(ast::change const& c) {
        auto const year = [](std::optional<ast::quantity> const& q) {
            return q && q->kind == ast::quantity_kind::number && q->unit_word.empty() && !q->is_range() &&
                   grammar::plain_year(*q);
        };
        return year(c.from) && year(c.to) && c.from->first < c.to->first && c.from->numeral < c.to->numeral;
    }

    /// A weekday alone between a word that counts and a plural noun ("46 extra Sunday services",
    /// "more Sunday journeys") or in a day's name ("Super Tuesday", "Palm Sunday"): no date.
    [[nodiscard]] bool weekday_as_adjective(ast::temporal const& t) const {
        if (t.weekday == 0 || t.month != 0 || t.day != 0 || !t.first || !t.last) return false;
        std::size_t const begin = static_cast<std::size_t>(t.first - prose_.data());
        std::array<lower_word, 1> before;
        if (last_words(sentence_->begin, begin, before) != 1) return false;
        // (the name of a day of the year, not a day of this week: "Black Monday", "Super Tuesday",
        // "Super Bowl Sunday", "Remembrance Sunday", "Palm Sunday", "Ash Wednesday", "Bloody Sunday")
        if (before[0].is({"black", "cyber", "super", "bowl", "remembrance", "palm", "ash", "maundy", "bloody", "giving",
                          "shrove", "pancake", "whit", "holy", "mothering", "fat", "trinity"}))
            return true;
        // (only after a word that counts such days: "Friday talks", "Wednesday borrowings were" are a
        // day's)
        bool const counting = before[0].is({"extra", "more", "fewer", "additional", "regular", "weekly", "all", "no",
                                            "every", "some", "many"}) ||
                              std::all_of(before[0].view().begin(), before[0].view().end(), is_digit);
        if (!counting) return false;
        std::size_t at = static_cast<std::size_t>(t.last - prose_.data());
        while (at < sentence_->end && prose_[at] == ' ') ++at;
        std::size_t e = at;
        while (e < sentence_->end && is_lower(prose_[e])) ++e;
        if (e - at < 4 || prose_[e - 1] != 's' || (e < sentence_->end && (prose_[e] == '\'' || is_alnum(prose_[e]))))
            return false;
        std::string_view const word = prose_.substr(at, e - at);
        for (std::string_view const not_noun : {"this", "always", "unless", "towards", "afterwards", "versus", "thus",
                                                "less", "plus", "was", "has", "its", "his", "across", "perhaps"})
            if (word == not_noun) return false;
        return true;
    }

    /// Numbers that are not claims: "one of the best", "Boeing 737".
    /// "At 1141 GMT", "by 1530 EST", "1700 hrs local time", "at 2000 GMT": four digits at `at`
    /// that are a time of day, before a time zone, "hrs" or "local time"; no figure, no year.
    /// Whether a time zone follows prose_[i] after spaces: "GMT", "hrs", "local time", "Beijing time".
    [[nodiscard]] bool zone_after(std::size_t i) const {
        while (i < prose_.size() && prose_[i] == ' ') ++i;
        std::size_t e = i;
        while (e < prose_.size() && is_alpha(prose_[e])) ++e;
        if (e == i || e - i > 8) return false;
        std::string const zone = text::lower(prose_.substr(i, e - i));
        if (is_time_zone(zone) || zone == "hrs" || (zone == "local" && text::lower(prose_.substr(e, 5)) == " time"))
            return true;
        // "0930 Beijing time", "1800 Eastern time": a place's time
        return is_upper(prose_[i]) && prose_.substr(e, 5) == " time" &&
               (e + 5 == prose_.size() || !is_alnum(prose_[e + 5]));
    }

    /// Whether "hours" follows prose_[i] after spaces.
    [[nodiscard]] bool hours_after(std::size_t i) const {
        while (i < prose_.size() && prose_[i] == ' ') ++i;
        return i + 5 <= prose_.size() && is_lower_word(i, i + 5, "hours") &&
               (i + 5 == prose_.size() || !is_alnum(prose_[i + 5]));
    }

    /// "rose 20% from 0600 to 0900 hours", "doubled from 0600 to 0900 GMT": two times of day, the span
    /// of the change, not its values.
    [[nodiscard]] bool clock_from_to(ast::change const& c) const {
        auto const hhmm = [](std::optional<ast::quantity> const& q) {
            return q && q->kind == ast::quantity_kind::number && !q->is_range() && q->numeral.size() == 4 &&
                   std::all_of(q->numeral.begin(), q->numeral.end(), is_digit) && q->numeral.substr(0, 2) <= "24" &&
                   q->numeral.substr(2) <= "59";
        };
        if (!hhmm(c.from) || !hhmm(c.to) || c.from->first > c.to->first) return false;
        auto const after = static_cast<std::size_t>(c.to->numeral.data() - prose_.data()) + 4;
        return zone_after(after) || hours_after(after);
    }

    /// Whether the four bytes at prose_[at] are digits of a time of day ("0930", "2359").
    [[nodiscard]] bool clock_digits(std::size_t at) const {
        if (at + 4 > prose_.size() || !std::all_of(prose_.begin() + static_cast<std::ptrdiff_t>(at),
                                                   prose_.begin() + static_cast<std::ptrdiff_t>(at + 4), is_digit))
            return false;
        std::string_view const digits = prose_.substr(at, 4);
        return digits.substr(0, 2) <= "24" && digits.substr(2) <= "59";
    }

    [[nodiscard]] bool clock_time(std::size_t at) const {
        if (!clock_digits(at)) return false;
        std::size_t const i = at + 4;
        if (i < prose_.size() && (is_alnum(prose_[i]) || prose_[i] == ',' || prose_[i] == '.' || prose_[i] == '-'))
            return false;
        if (zone_after(i)) return true;
        // "from 1800 to 2100 hrs", "between 0900 and 1315 CST", "0600-0900 GMT": the first of two times
        {
            std::size_t k = i;
            if (prose_.compare(k, 4, " to ") == 0)
                k += 4;
            else if (prose_.compare(k, 5, " and ") == 0)
                k += 5;
            else if (k < prose_.size() && prose_[k] == '-')
                k += 1;
            if (k > i && clock_digits(k) && (k + 4 == prose_.size() || !is_alnum(prose_[k + 4])) &&
                (zone_after(k + 4) || hours_after(k + 4)))
                return true;
        }
        // "at 2100 hours" (not "ran for 2100 hours", a duration)
        if (hours_after(i)) {
            std::size_t b = at;
            while (b > sentence_->begin && prose_[b - 1] == ' ') --b;
            std::size_t w = b;
            while (w > sentence_->begin && is_alpha(prose_[w - 1])) --w;
            std::string const before = text::lower(prose_.substr(w, b - w));
            if (before == "at" || before == "by" || before == "until" || before == "till" || before == "before" ||
                before == "after" || before == "from" || before == "since")
                return true;
            // ("from 0600 to 0900 hours", "between 1100 and 1500 hours": the second of two times)
            if (before != "to" && before != "and") return false;
            std::size_t d = w;
            while (d > sentence_->begin && prose_[d - 1] == ' ') --d;
            return d >= sentence_->begin + 4 && clock_digits(d - 4) &&
                   (d == sentence_->begin + 4 || !is_alnum(prose_[d - 5]));
        }
        return false;
    }

    /// How many groups of digits set apart by single spaces the digits at prose_[begin, end) are
    /// one of ("13 11 14", "1800 333 000": three).
    [[nodiscard]] std::size_t digit_groups(std::size_t begin, std::size_t end) const {
        std::size_t groups = 1;
        std::size_t w = begin;
        while (w >= 2 && prose_[w - 1] == ' ' && is_digit(prose_[w - 2])) {
            std::size_t g = w - 1;
            while (g > sentence_->begin && is_digit(prose_[g - 1])) --g;
            if (g > sentence_->begin && prose_[g - 1] != ' ' && prose_[g - 1] != '+' && prose_[g - 1] != '(') break;
            ++groups;
            w = g;
        }
        std::size_t e = end;
        while (e + 1 < sentence_->end && prose_[e] == ' ' && is_digit(prose_[e + 1])) {
            std::size_t g = e + 1;
            while (g < sentence_->end && is_digit(prose_[g])) ++g;
            if (g < sentence_->end && is_alnum(prose_[g])) break;
            ++groups;
            e = g;
        }
        return groups;
    }

    /// Whether the figure at `begin` is a part of a list whose verb is left out, after a noun that may label
    /// one ("The hotel has 212 rooms, the annex 98 and the new wing 150", "the second phase 800 rooms"): the
    /// noun after a comma and "the", "its" or "their" (an adjective may come between), and the figure closes
    /// its item (a comma, "and", "or" or the sentence's end after it, its unit between).
    [[nodiscard]] bool elided_list_part(std::size_t begin, std::size_t end) const {
        std::size_t at = begin;
        // back over the label noun, an adjective, and the determiner (at most three words)
        for (int word = 0; word < 3; ++word) {
            if (at < 2 || prose_[at - 1] != ' ') return false;
            std::size_t w = at - 1;
            while (w > sentence_->begin && is_alpha(prose_[w - 1])) --w;
            if (w == at - 1) return false;
            std::string_view const lowered_word = prose_.substr(w, at - 1 - w);
            at = w;
            if (word > 0 &&
                (is_lower_word(w, w + lowered_word.size(), "the") || is_lower_word(w, w + lowered_word.size(), "its") ||
                 is_lower_word(w, w + lowered_word.size(), "their"))) {
                if (at < 2 || prose_[at - 1] != ' ' || prose_[at - 2] != ',') return false;
                std::size_t e = end;
                while (e > begin && prose_[e - 1] == ' ') --e; // (the parse may end past a space)
                while (e < sentence_->end && (is_alpha(prose_[e]) || prose_[e] == ' ') &&
                       !is_lower_word(e, std::min(e + 5, sentence_->end), " and ") &&
                       !is_lower_word(e, std::min(e + 4, sentence_->end), " or "))
                    ++e;
                return e >= sentence_->end || prose_[e] == ',' || prose_[e] == '.' || prose_[e] == ';' ||
                       is_lower_word(e, std::min(e + 5, sentence_->end), " and ") ||
                       is_lower_word(e, std::min(e + 4, sentence_->end), " or ");
            }
        }
        return false;
    }

    bool keep_number(ast::quantity const& q, std::size_t begin) const {
        auto const rest = prose_.substr(static_cast<std::size_t>(q.last - prose_.data()));
        if (score_pair(q, begin)) return false;
        // "passengers rose in the half", "over the half": a company's half-year, no figure (not "the half of it")
        if (q.kind == ast::quantity_kind::number && q.last - prose_.data() == static_cast<std::ptrdiff_t>(begin) + 4 &&
            is_lower_word(begin, begin + 4, "half") && !rest.starts_with(" of") && !rest.starts_with("-")) {
            std::array<lower_word, 2> before;
            if (last_words(sentence_->begin, begin, before) == 2 && before[0].is({"the"}) &&
                before[1].is({"in", "over", "for", "during", "through", "throughout"}))
                return false;
        }
        // "ID.3", "ID.4": a model's name with its number after a dot, no figure
        if (q.kind == ast::quantity_kind::number && begin >= sentence_->begin + 2 && prose_[begin - 1] == '.' &&
            is_upper(prose_[begin - 2]) && is_digit(prose_[begin]))
            return false;
        // "three-wheelers", "two-seater", "a three-pointer": a noun of its own, no count
        if (q.kind == ast::quantity_kind::number && !q.unit_word.empty() && q.scale == 1 &&
            q.unit_word.data() > prose_.data() && q.unit_word.data()[-1] == '-') {
            std::string const noun = text::lower(q.unit_word);
            for (std::string_view const compound : {"wheeler", "seater", "pointer", "decker", "hander", "liner"})
                if (noun == compound ||
                    (noun.size() == compound.size() + 1 && noun.starts_with(compound) && noun.back() == 's'))
                    return false;
        }
        // "at 12 noon", "at 8 o'clock", "at 12 midnight": a time of day
        if (q.kind == ast::quantity_kind::number && q.scale == 1 && !q.fraction && !q.numeral.empty() &&
            q.numeral.data() >= prose_.data() && q.numeral.data() < prose_.data() + prose_.size()) {
            std::size_t w = static_cast<std::size_t>(q.numeral.data() - prose_.data()) + q.numeral.size();
            while (w < sentence_->end && prose_[w] == ' ') ++w;
            std::size_t e = w;
            while (e < sentence_->end && (is_alpha(prose_[e]) || prose_[e] == '\'')) ++e;
            if (e - w >= 4 && e - w <= 8 &&
                (is_lower_word(w, e, "noon") || is_lower_word(w, e, "midnight") || is_lower_word(w, e, "o'clock") ||
                 is_lower_word(w, e, "oclock")))
                return false;
        }
        // "every voter over 65", "residents under 18": an age that bounds who is meant, not a count
        if (q.kind == ast::quantity_kind::number && q.scale == 1 && !q.fraction && q.unit_word.empty() &&
            !q.numeral.empty() && q.numeral.size() <= 3 &&
            q.numeral.find_first_not_of("0123456789") == std::string::npos) {
            auto const bound = [](lower_word const& w) { return w.is({"over", "under", "above", "below"}); };
            std::array<lower_word, 2> before;
            std::size_t const n = last_words(sentence_->begin, begin, before);
            // (the bound is the mention's first word, "over 65", or the word before it, "over" and then "65")
            bool const bounded = q.hedge.empty() ? n == 2 && bound(before[0]) : n >= 1;
            std::size_t const noun = q.hedge.empty() ? 1 : 0;
            if (bounded && (!q.hedge.empty() || bound(before[0])) &&
                before[noun].is({"voter",     "voters",   "people",     "person",    "residents", "resident",
                                 "adults",    "adult",    "those",      "anyone",    "everyone",  "patients",
                                 "patient",   "drivers",  "driver",     "women",     "men",       "workers",
                                 "children",  "citizens", "pensioners", "retirees",  "customers", "members",
                                 "employees", "users",    "smokers",    "americans", "aged"}))
                return false;
        }
        // "the past week-and-a-half", "Robert Half and Accountemps": the end of a compound, a name
        if (q.numeral.empty() && q.fraction && begin + 4 <= prose_.size() &&
            text::iequals(prose_.substr(begin, 4), "half")) {
            if (begin > 0 && prose_[begin - 1] == '-') return false;
            if (is_upper(prose_[begin]) && begin >= 2 && begin > sentence_->begin + 1 && prose_[begin - 1] == ' ') {
                std::size_t w = begin - 1;
                while (w > sentence_->begin && is_alpha(prose_[w - 1])) --w;
                if (w < begin - 1 && is_upper(prose_[w])) return false;
            }
        }
        // "401(k)", "501(c)(3)", "section 230(c)": a plan or a section of law named by its number and a
        // letter in brackets
        if (q.kind == ast::quantity_kind::number && !q.numeral.empty() && q.scale == 1 &&
            q.numeral.data() >= prose_.data() && q.numeral.data() < prose_.data() + prose_.size()) {
            std::size_t const after = static_cast<std::size_t>(q.numeral.data() - prose_.data()) + q.numeral.size();
            if (after + 2 < prose_.size() && prose_[after] == '(' && is_alpha(prose_[after + 1]) &&
                prose_[after + 2] == ')')
                return false;
            // (and its sub-number: the "3" of "501(c)(3)")
            if (begin >= 3 && prose_[begin - 1] == '(' && prose_[begin - 2] == ')' && is_alpha(prose_[begin - 3]))
                return false;
        }
        // "calls to 999", "dialled 911", "calls via 111": a telephone number of three digits
        if (q.kind == ast::quantity_kind::number && q.numeral.size() == 3 && q.scale == 1 &&
            q.numeral.data() >= prose_.data() && q.numeral.data() < prose_.data() + prose_.size() &&
            std::all_of(q.numeral.begin(), q.numeral.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            std::size_t const at = static_cast<std::size_t>(q.numeral.data() - prose_.data());
            std::string const lead = text::lower(prose_.substr(at >= 12 ? at - 12 : 0, at >= 12 ? 12 : at));
            for (std::string_view const cue : {"calls to ", "call to ", "calls on ", "calls via ", "call on ",
                                               "dialled ", "dialed ", "dial ", "dialling ", "dialing ", "calling "})
                if (lead.ends_with(cue)) return false;
        }
        // "221B Baker Street", "Unit 4B", "Insat 1B", "3M cut jobs": a whole number with a capital B or
        // M joined is a label or a name, not billions or millions ("1.2M people", "$3B" are)
        if (q.kind == ast::quantity_kind::number && !q.numeral.empty() &&
            q.numeral.find_first_of(".,") == std::string_view::npos) {
            std::size_t const after = static_cast<std::size_t>(q.numeral.data() - prose_.data()) + q.numeral.size();
            if (after < prose_.size() && (prose_[after] == 'B' || prose_[after] == 'M') &&
                (after + 1 == prose_.size() || !is_alnum(prose_[after + 1])))
                return false;
        }
        // "takes 2h 45m", "a 3h 10m flight": minutes after hours, not millions
        if (q.kind == ast::quantity_kind::number && q.scale == 1e6 && !q.numeral.empty()) {
            std::size_t const after = static_cast<std::size_t>(q.numeral.data() - prose_.data()) + q.numeral.size();
            if (after < prose_.size() && prose_[after] == 'm' && begin >= 3 && prose_[begin - 1] == ' ' &&
                prose_[begin - 2] == 'h' && is_digit(prose_[begin - 3]))
                return false;
        }
        // "a two-for-one stock split", "a three-to-one ratio", "a 3-for-2 split": a ratio, not two
        // figures (the first ends at its hyphen, the second begins after "-for-" or "-to-")
        // ("a 1-in-100-year flood": odds)
        // (the hyphen first: this runs at every figure)
        auto const joins = [](std::string_view s) {
            return s.size() >= 4 && s[0] == '-' &&
                   (s.starts_with("-for-") || s.starts_with("-to-") || s.starts_with("-in-"));
        };
        if (q.unit_word.empty() && joins(rest)) return false;
        for (std::size_t const n : {std::size_t{5}, std::size_t{4}})
            if (begin >= n && joins(prose_.substr(begin - n, n))) return false;
        // "$6 a dozen", "40 cents a dozen": a price for each dozen, no count of twelve
        if (q.numeral.empty() && begin + 5 <= prose_.size()) {
            std::size_t a = begin; // where "a dozen" begins
            if (text::iequals(prose_.substr(begin, 5), "dozen") && begin >= 2 && is_lower_word(begin - 2, begin, "a "))
                a = begin - 2;
            // (right after a price: "$6 a dozen", "40 cents a dozen")
            bool const after_price =
                a >= 2 && prose_[a - 1] == ' ' &&
                (is_digit(prose_[a - 2]) ||
                 (!out_.empty() && out_.back().kind == mention_kind::money && out_.back().end + 1 == a));
            if (text::iequals(prose_.substr(a, 7), "a dozen") && after_price) return false;
        }
        // "a few dozen residents", "several dozen officers", "a couple of dozen fans": a vague
        // count, not twelve (as "dozens of" is none)
        if (q.numeral.empty() && begin + 5 <= prose_.size() && text::iequals(prose_.substr(begin, 5), "dozen")) {
            std::array<lower_word, 1> before;
            if (last_words(sentence_->begin, begin, before) == 1 && before[0].is({"few", "several", "many", "of"}))
                return false;
        }
        // "zero-emission vehicles", "the zero emission vehicle mandate", "net zero", "zero-hours
        // contracts", "zero tolerance": a name for a kind of thing, no count
        if (q.numeral.empty() && begin + 4 <= prose_.size() && text::iequals(prose_.substr(begin, 4), "zero") &&
            (begin + 4 == prose_.size() || !is_alpha(prose_[begin + 4]))) {
            if (begin + 5 < prose_.size() && prose_[begin + 4] == '-' && is_alpha(prose_[begin + 5])) return false;
            if (text::contains_any_word(text::lower(q.unit_word), {"emission", "emissions", "carbon", "tolerance",
                                                                   "waste", "hours", "hour", "sum", "gravity"}))
                return false;
            std::array<lower_word, 1> before;
            if (last_words(sentence_->begin, begin, before) == 1 && before[0].is({"net", "to", "towards", "toward"}) &&
                q.unit_word.empty())
                return false;
        }
        // "call 0800 123 4567", "020 7946 0000", "at 0930 GMT": a telephone number or a code, written
        // with a leading zero, and the groups of digits after it
        if (!q.numeral.empty() && q.numeral.find_first_of(",.") == std::string::npos && q.scale == 1) {
            // (not "0000", all zeros: a zero written long, "423 0000")
            bool const zero = q.numeral.find_first_not_of('0') == std::string_view::npos;
            if (q.numeral.size() >= 3 && q.numeral[0] == '0' && is_digit(q.numeral[1]) && !zero) return false;
            std::size_t w = begin;
            for (int group = 0; group < 3 && w >= 2 && prose_[w - 1] == ' ' && is_digit(prose_[w - 2]); ++group) {
                std::size_t const end = w - 1;
                w = end;
                while (w > sentence_->begin && is_digit(prose_[w - 1])) --w;
                if (w > sentence_->begin && !(prose_[w - 1] == ' ' || prose_[w - 1] == '(' || prose_[w - 1] == '+'))
                    break;
                if (end - w >= 3 && prose_[w] == '0' && is_digit(prose_[w + 1])) return false;
            }
        }
        // "call 999", "dial 112", "Text 85258", "the helpline on 1800 123 456", "13 11 14": a number to
        // call or text, or one of three groups of digits set apart by single spaces
        if (!q.numeral.empty() && q.numeral.find_first_not_of("0123456789") == std::string_view::npos && q.scale == 1 &&
            q.unit_word.empty()) {
            std::array<lower_word, 1> before;
            if (last_words(sentence_->begin, begin, before) == 1 &&
                before[0].is({"call", "dial", "dialled", "dialed", "dialling", "dialing", "text", "ring", "phone",
                              "telephone", "helpline", "hotline"}))
                return false;
            if (digit_groups(begin, begin + q.numeral.size()) >= 3) return false;
        }
        // "the 7-Eleven store": a name (the figure before the hyphen and the capital word after it)
        if (!q.numeral.empty() && (rest.starts_with("-Eleven") || rest.starts_with("-Up"))) return false;
        // "Formula One", "Air Force One", "Channel Four", "7-Eleven": a capital spelled number after a
        // name or a figure's hyphen is part of the name ("Storm Kills Three People" counts)
        // (in a word's capital only: "SALE OF TWO SHIPS" is a headline's capitals)
        auto const plural = [](std::string_view word) {
            std::string const w = text::lower(word);
            return (w.size() > 2 && w.back() == 's') ||
                   text::contains_any_word(w, {"people", "men", "women", "children"});
        };
        auto const word_after = [&] {
            std::size_t i = 0;
            while (i < rest.size() && rest[i] == ' ') ++i;
            std::size_t e = i;
            while (e < rest.size() && is_alpha(rest[e])) ++e;
            return rest.substr(i, e - i);
        };
        // (not in a headline in title case: "Storm Kills Three, Injures Two")
        bool const capital_word = q.numeral.empty() && q.first && is_upper(*q.first) && q.first + 1 < q.last &&
                                  is_lower(q.first[1]) && !q.fraction && q.scale == 1 && begin > sentence_->begin + 1;
        // ("7-Eleven operates 80,000 stores": joined to a figure, whatever follows)
        if (capital_word && prose_[begin - 1] == '-' && is_digit(prose_[begin - 2])) return false;
        if (capital_word && !plural(q.unit_word.empty() ? word_after() : std::string_view(q.unit_word))) {
            std::size_t w = begin - 1;
            while (w > sentence_->begin && is_alpha(prose_[w - 1])) --w;
            if (prose_[begin - 1] == ' ' && w < begin - 1 && is_upper(prose_[w]) && w > sentence_->begin &&
                !title_case())
                return false;
            // ("Ocean's Eleven grossed $450 million": a title after a name's possessive)
            std::size_t const mark = w >= sentence_->begin + 4 && prose_.compare(w - 3, 3, "\xE2\x80\x99") == 0 ? 3 : 1;
            if (prose_[begin - 1] == ' ' && w >= sentence_->begin + mark + 2 && w + 2 == begin &&
                (prose_[w] == 's' || prose_[w] == 'S') && (prose_[w - 1] == '\'' || mark == 3) &&
                is_alpha(prose_[w - mark - 1])) {
                std::size_t n = w - mark;
                while (n > sentence_->begin && is_alpha(prose_[n - 1])) --n;
                if (is_upper(prose_[n]) && !title_case()) return false;
            }
        }
        // "at 10 Downing Street", "to 1600 Pennsylvania Avenue": a house number (not "the sale of 29
        // Bakers Square restaurants")
        std::array<lower_word, 1> preposition;
        if (!q.numeral.empty() && q.unit_word.empty() && q.numeral.size() <= 5 &&
            q.numeral.find_first_of(",.") == std::string::npos && q.scale == 1 &&
            last_words(sentence_->begin, begin, preposition) == 1 &&
            preposition[0].is(
                {"at", "on", "from", "to", "near", "outside", "opposite", "behind", "into", "for", "of", "in"})) {
            std::size_t at = static_cast<std::size_t>(q.numeral.data() - prose_.data()) + q.numeral.size();
            for (int word = 0; word < 3; ++word) {
                while (at < sentence_->end && prose_[at] == ' ') ++at;
                if (at >= sentence_->end || !is_upper(prose_[at])) break;
                std::size_t e = at;
                while (e < sentence_->end && is_alpha(prose_[e])) ++e;
                std::string const name = text::lower(prose_.substr(at, e - at));
                if (word > 0 &&
                    text::contains_any_word(name, {"street", "st",        "road",   "rd",    "avenue",  "ave",
                                                   "lane",   "boulevard", "drive",  "place", "square",  "terrace",
                                                   "close",  "crescent",  "way",    "court", "gardens", "grove",
                                                   "mews",   "row",       "parade", "walk",  "hill"})) {
                    // (after "of" or "in", the address ends its phrase: "John Smith, of 14 Mill Lane, was
                    // fined"; not a name before a noun, "the leaseback of 29 Bakers Square restaurant
                    // properties", "of 31 Baker Street's")
                    if (preposition[0].is({"of", "in"}) && e < sentence_->end && prose_[e] != ',' && prose_[e] != ';' &&
                        prose_[e] != '.' && prose_[e] != ')')
                        break;
                    return false;
                }
                at = e;
            }
        }
        // "911 calls": the emergency number, no count
        if (q.numeral == "911" && (text::iequals(q.unit_word, "calls") || text::iequals(q.unit_word, "call") ||
                                   text::iequals(q.unit_word, "dispatchers") || text::iequals(q.unit_word, "operator")))
            return false;
        // "the 737 Max 8": Boeing's model, whoever names it
        std::string_view const next_word = rest.substr(std::min(rest.find_first_not_of(' '), rest.size()));
        bool const max_next = (next_word.starts_with("Max") || next_word.starts_with("MAX")) &&
                              (next_word.size() == 3 || !is_alpha(next_word[3]));
        if (!q.numeral.empty() && (max_next || (begin >= 4 && (prose_.substr(begin - 4, 4) == "Max " ||
                                                               prose_.substr(begin - 4, 4) == "MAX "))))
            return false;
        // "the Group of Seven", "the Group of Five", "the Gang of Four": a name, no count
        if (q.numeral.empty() && q.first && is_upper(*q.first) && q.first + 1 < q.last && is_lower(q.first[1]) &&
            !q.fraction) {
            std::array<lower_word, 2> before;
            if (last_words(sentence_->begin, begin, before) == 2 && before[0].is({"of"}) && before[1].capital)
                return false;
        }
        // "seat 10C", "Statement No. 4F", "Gate 3F", "its 13F filing", "the iPhone 5C": a label,
        // not a temperature; the letter alone (no degree sign) only where the sentence speaks of one
        if (grammar::is_temperature_unit(q.unit_word)) {
            char const* const after_digits = q.numeral.data() + q.numeral.size();
            bool const letter_joined = !q.numeral.empty() && after_digits < prose_.data() + prose_.size() &&
                                       (*after_digits == 'C' || *after_digits == 'F');
            // ("44.4 C": the letter alone after a space, likewise)
            bool const letter_spaced = !q.numeral.empty() && after_digits + 1 < prose_.data() + prose_.size() &&
                                       *after_digits == ' ' && (after_digits[1] == 'C' || after_digits[1] == 'F');
            if ((letter_joined || letter_spaced) && !temperature_cue()) return false;
            std::array<lower_word, 1> before;
            if (last_words(sentence_->begin, begin, before) == 1 &&
                before[0].is(
                    {"no",        "nos",      "number",   "seat",     "seats",     "gate",      "room",    "row",
                     "floor",     "level",    "grade",    "platform", "section",   "apartment", "flat",    "suite",
                     "unit",      "bus",      "route",    "form",     "statement", "channel",   "block",   "ward",
                     "terminal",  "pier",     "aisle",    "bay",      "page",      "chapter",   "article", "rule",
                     "paragraph", "clause",   "schedule", "item",     "annex",     "table",     "figure",  "exhibit",
                     "appendix",  "category", "class",    "type",     "model",     "version",   "phase",   "stage",
                     "tier",      "zone",     "district", "lane",     "exit",      "building",  "wing",    "hall",
                     "court",     "box",      "size",     "part",     "title",     "division",  "lot",     "sub"}))
                return false;
        }
        // "No. 12 Rune", "world No. 52", "Nos. 3 and 4": a rank or a label, not a count
        // (a capital N: "he said no. 5 people came" ends a sentence with "no")
        if (begin >= 4 && prose_[begin - 1] == ' ' && prose_[begin - 2] == '.') {
            std::size_t const n = prose_[begin - 3] == 's' ? begin - 5 : begin - 4; // "Nos." or "No."
            if (n < begin && prose_[n] == 'N' && prose_[n + 1] == 'o' && (n == 0 || !is_alnum(prose_[n - 1])))
                return false;
        }
        // "the 7.30 was late", "the 8.15 from Leeds": a train or a show by its time of day, as British
        // copy writes it (hours to 23, minutes to 59; no unit, or one such service)
        if (q.numeral.size() >= 4 && q.numeral.size() <= 5 && q.numeral[q.numeral.size() - 3] == '.' && q.scale == 1 &&
            q.hedge.empty() && !q.negative &&
            (q.unit_word.empty() || in_list(text::lower(q.unit_word), {"train", "service", "departure", "flight", "bus",
                                                                       "ferry", "kickoff", "show"}))) {
            std::size_t const point = q.numeral.size() - 3;
            // (the digits read as they stand: one or two before the point, two after it)
            auto const digits_of = [](std::string_view d) {
                int n = 0;
                for (char const c : d) n = is_digit(c) ? n * 10 + (c - '0') : 100;
                return n;
            };
            int const hour = digits_of(q.numeral.substr(0, point));
            int const minute = digits_of(q.numeral.substr(point + 1));
            std::array<lower_word, 1> before;
            // (only where the sentence speaks of transport: "below the 1.30 it held in January" is a
            // price; the sentence is read last, after the tests of the figure itself)
            auto const transport = [&] {
                std::string const said =
                    text::lower(prose_.substr(sentence_->begin, sentence_->end - sentence_->begin));
                return text::contains_any_word(said, {"train", "trains", "service", "services", "departure",
                                                      "departures", "flight", "flights", "bus", "buses", "ferry",
                                                      "ferries", "kickoff", "platform", "timetable"});
            };
            // ("Updated 16.05", "Posted 9.30": a live page's time stamp, the word in capitals opening the
            // sentence; not "Bolt posted 9.58 in Berlin")
            if (hour <= 23 && minute <= 59 && q.unit_word.empty() && is_upper(prose_[sentence_->begin]) &&
                last_words(sentence_->begin, begin, before) == 1 &&
                before[0].is({"updated", "posted", "published", "edited"}) &&
                prose_.substr(sentence_->begin, begin - sentence_->begin).find(' ') + 1 == begin - sentence_->begin)
                return false;
            if (hour <= 23 && minute <= 59 && is_digit(q.numeral[0]) && is_digit(q.numeral[point - 1]) &&
                last_words(sentence_->begin, begin, before) == 1 && before[0].is({"the"}) &&
                !text::lower(rest.substr(0, 4)).starts_with(" of ") && // (not "from the 6.15 of last week")
                transport())
                return false;
        }
        // "number 45 was destroyed", "platform 9 was closed", "in room 101": a label in the
        // middle of a sentence, not a count (at its start: the label list below)
        // (no unit after it: "a hole 5 metres deep" is a measure)
        // ("the number 73 bus", "the number 7 shirt": "number" labels the noun after it too)
        // (no comma between: "It seats 40 in the room, 30 on the patio" is a list)
        if (begin >= 2 && prose_[begin - 1] == ' ' && prose_[begin - 2] != ',' && q.scale == 1 && q.hedge.empty() &&
            q.numeral.find_first_of(",.") == std::string_view::npos && !q.numeral.empty()) {
            std::array<lower_word, 1> before;
            if (last_words(sentence_->begin, begin, before) == 1 && !before[0].capital &&
                !elided_list_part(begin, static_cast<std::size_t>(q.last - prose_.data())) &&
                (q.unit_word.empty()
                     ? before[0].is({"number", "platform", "gate",     "room",     "flat",    "apartment", "suite",
                                     "row",    "page",     "chapter",  "section",  "article", "channel",   "bus",
                                     "route",  "exit",     "pier",     "terminal", "ward",    "lot",       "floor",
                                     "lane",   "bay",      "berth",    "track",    "hole",    "paragraph", "clause",
                                     "annex",  "exhibit",  "appendix", "junction"})
                     : before[0].is({"number"})))
                return false;
            // ("Unit 3 and Unit 4 produced 8.3 TWh", "Reactor 4 exploded": a name, its noun in capitals)
            if (last_words(sentence_->begin, begin, before) == 1 && before[0].capital && q.unit_word.empty() &&
                before[0].is({"unit", "reactor", "block", "terminal", "gate", "platform", "pier", "berth", "runway"}))
                return false;
            // ("between junctions 10 and 11", "platforms 3 and 4", "pages 12 to 15": labels, both)
            std::array<lower_word, 3> words;
            std::size_t const n = last_words(sentence_->begin, begin, words);
            // (with a capital only opening the sentence: "Platforms 3 and 4 were closed")
            auto const plural_label = [&](lower_word const& w, std::size_t count) {
                std::size_t length = count;
                for (std::size_t k = 0; k < count; ++k) length += words[k].size;
                bool const opening =
                    length <= begin - sentence_->begin &&
                    prose_.substr(sentence_->begin, begin - length - sentence_->begin).find_first_not_of(" *-") ==
                        std::string_view::npos;
                return (!w.capital || opening) &&
                       w.is({"numbers", "platforms", "gates", "rooms", "flats", "rows", "pages", "chapters", "sections",
                             "articles", "channels", "routes", "exits", "piers", "terminals", "wards", "floors",
                             "lanes", "bays", "berths", "holes", "paragraphs", "clauses", "junctions",
                             // ("Units 6 and 7 produced 9.5 TWh and 9.4 TWh", "Reactors 5 and 6")
                             "units", "reactors", "blocks"});
            };
            // (the words right before, one space apart: not "operate Trailways' routes, 450 of its buses")
            auto const adjacent = [&](std::size_t count) {
                std::size_t length = count;
                for (std::size_t k = 0; k < count; ++k) length += words[k].size;
                if (length > begin - sentence_->begin) return false;
                std::string_view const span = prose_.substr(begin - length, length);
                return std::all_of(span.begin(), span.end(), [](char c) { return is_alnum(c) || c == ' '; });
            };
            if (q.unit_word.empty() && ((n >= 1 && plural_label(words[0], 1) && adjacent(1)) ||
                                        (n == 3 && words[0].is({"and", "to", "or", "through"}) && words[1].size > 0 &&
                                         is_digit(words[1].text[0]) && plural_label(words[2], 3) && adjacent(3))))
                return false;
        }
        // "The 737-800 involved in the crash", "a 777-300ER": an aircraft's model and its variant, no range;
        // "0-60mph in 2.1 seconds": a car's benchmark
        if (!q.numeral.empty() && !q.numeral_to.empty()) {
            bool const boeing = q.numeral.size() == 3 && q.numeral[0] == '7' && q.numeral[2] == '7' &&
                                q.numeral_to.size() == 3 && q.numeral_to.ends_with("00");
            std::string const unit = text::lower(q.unit_word);
            bool const benchmark = q.numeral == "0" &&
                                   (q.numeral_to == "60" || q.numeral_to == "62" || q.numeral_to == "100") &&
                                   in_list(unit, {"mph", "kph", "km", "kmh"});
            if (boeing || benchmark) return false;
        }
        // "a 999 call", "a 911 dispatcher": the emergency number, a label (a noun in the singular: "it
        // received 999 calls" counts); "the 400 block of Main Street": a street address
        if (q.scale == 1 && q.hedge.empty() && !q.numeral.empty() &&
            q.numeral.find_first_not_of("0123456789") == std::string_view::npos) {
            std::string const unit = text::lower(q.unit_word);
            if ((q.numeral == "999" || q.numeral == "911" || q.numeral == "112" || q.numeral == "000" ||
                 q.numeral == "111") &&
                in_list(unit, {"call", "caller", "operator", "dispatcher", "line", "number", "emergency", "service",
                               "handler"}))
                return false;
            // ("1,200 of the 999 calls received were hoaxes": "the" before it, the calls to the number)
            std::array<lower_word, 1> article;
            if ((q.numeral == "999" || q.numeral == "911" || q.numeral == "112") &&
                in_list(unit, {"calls", "callers", "operators", "dispatchers", "handlers"}) &&
                last_words(sentence_->begin, begin, article) == 1 && article[0].is({"the"}))
                return false;
            if (unit == "block" && text::lower(rest.substr(0, 4)) == " of ") return false;
        }
        // "bought bills in band two at 10-13/16 pct": the Bank of England's bands of maturity, a label
        if (q.unit_word.empty() && q.scale == 1 && q.hedge.empty() && begin >= 5 &&
            is_lower_word(begin - 5, begin - 1, "band") && prose_[begin - 1] == ' ' &&
            (begin == 5 || !is_alnum(prose_[begin - 6])))
            return false;
        // "type 2 diabetes", "stage 4 cancer", "a category 5 hurricane", "Year 11 pupils", "BBC Radio 4",
        // "the Group of 20": a label that names the noun after it too, not a count of it
        // (the label right before it, one space between, not part of a compound: "HIGH GRADE - 450
        // tonnes", "entry-level 32-bit")
        std::size_t label_at = begin >= 1 ? begin - 1 : 0;
        while (label_at > 0 && is_alpha(prose_[label_at - 1])) --label_at;
        if (begin >= 2 && prose_[begin - 1] == ' ' && label_at + 1 < begin &&
            (label_at == 0 || prose_[label_at - 1] != '-') && q.scale == 1 && q.hedge.empty() && !q.numeral.empty() &&
            q.numeral.find_first_of(",.") == std::string_view::npos && q.numeral.size() <= 3) {
            std::array<lower_word, 2> before;
            std::size_t const n = last_words(sentence_->begin, begin, before);
            if (n >= 1 && before[0].is({"type", "stage", "category", "grade", "tier", "level", "phase", "class"}) &&
                !elided_list_part(begin, static_cast<std::size_t>(q.last - prose_.data())))
                return false;
            // ("Band 5 nurses", "Zone 1 fares": a pay or a fare band by its capital)
            if (n >= 1 && before[0].capital &&
                before[0].is({"year", "radio", "channel", "formula", "league", "division", "band", "zone"}))
                return false;
            // ("2,140 pupils in year 7, 2,215 in year 8": a school year in lower case, after "in", "for",
            // "of")
            if (n == 2 && before[0].is({"year"}) && before[1].is({"in", "for", "of"}) && q.unit_word.empty() &&
                q.numeral.size() <= 2)
                return false;
            // (a name: "The Group of 20 met"; not "the Cairns Group of 14 agricultural producers")
            if (n == 2 && before[0].is({"of"}) && before[1].capital && before[1].is({"group"}) && q.unit_word.empty())
                return false;
        }
        // "top-six opponents", "a top-10 finish", "bottom-three clubs": a rank, not a count
        if (begin >= 4 && prose_[begin - 1] == '-' && q.hedge.empty()) {
            std::size_t w = begin - 1;
            while (w > 0 && is_alpha(prose_[w - 1])) --w;
            if (is_lower_word(w, begin - 1, "top") || is_lower_word(w, begin - 1, "bottom")) return false;
        }
        // "from 6:00 to 9:00 P.M.": the minutes of a time of day
        if (begin >= 2 && prose_[begin - 1] == ':' && is_digit(prose_[begin - 2])) return false;
        // "until 9 a.m. Tuesday", "4 p.m. EDT": a time of day, no figure (nor "7 p" with a noun "p"
        // before ".m.")
        bool const meridiem_noun = (q.unit_word == "a" || q.unit_word == "p") && rest.size() >= 3 && rest[0] == '.' &&
                                   lower(rest[1]) == 'm' && rest[2] == '.';
        if (!q.numeral.empty() && q.numeral.size() <= 2 &&
            (q.unit_word.empty() || q.unit_word == "am" || q.unit_word == "pm" || meridiem_noun) && q.scale == 1 &&
            q.hedge.empty()) {
            std::size_t i = 0;
            while (i < rest.size() && rest[i] == ' ') ++i;
            std::string const next = text::lower(rest.substr(i, 4));
            if (!q.unit_word.empty() || next == "a.m." || next == "p.m.") return false;
        }
        // "fell to 3.9% at one point": a time, not a count of points
        if (q.numeral.empty() && q.spelled == 1 && q.unit_word == "point" && q.hedge.empty()) {
            std::array<lower_word, 1> before;
            if (last_words(sentence_->begin, begin, before) == 1 && before[0].is({"at"})) return false;
        }
        // "That one is good": a bare "one" is a pronoun, not a figure (but the last of a list of counts
        // told with the same words after each: "two on Sunday and one on Monday", "two in 2023 and one this
        // year").
        if (q.numeral.empty() && q.spelled == 1 && !q.fraction && q.unit_word.empty() && q.scale == 1 &&
            q.hedge.empty() && q.mixed_fraction == 0 && !q.negative && !last_of_counted_list(begin, rest) &&
            !in_record(begin))
            return false;
        if (q.numeral.empty() && q.spelled == 1 && !q.fraction) {
            std::size_t i = 0;
            while (i < rest.size() && rest[i] == ' ') ++i;
            auto const next = rest.substr(i, 3);
            if ((next == "of " || next == "of\n") || rest.substr(i, 7) == "another") return false;
        }
        // "5,347,000 dlrs in half" (the half-year), "split the provision in half", "the latter half of
        // 1987", "the other half", "the first 1987/88 half": a half of something, not a count.
        // (only a space or a hyphen between: "Of the 1,200 jobs cut in 1986, half were" is a count;
        // "the last-half of July" is none)
        if (q.numeral.empty() && q.spelled == 0.5 && q.fraction && q.unit_word.empty() && q.scale == 1 &&
            q.hedge.empty() && begin > sentence_->begin + 1 && (prose_[begin - 1] == ' ' || prose_[begin - 1] == '-') &&
            is_alnum(prose_[begin - 2]) && is_lower_word(begin, begin + 4, "half")) {
            std::array<lower_word, 1> before;
            if (last_words(sentence_->begin, begin, before) == 1 &&
                (before[0].is({"in", "latter", "last", "first", "second", "other", "final", "back", "front", "upper",
                               "lower", "top", "bottom", "better", "eastern", "western", "northern", "southern"}) ||
                 is_digit(before[0].text[0])))
                return false;
        }
        bool const bare = !q.numeral.empty() && q.numeral.find_first_of(",.") == std::string::npos && q.scale == 1 &&
                          q.hedge.empty() && !q.negative;
        if (bare && begin >= 2 && prose_[begin - 1] == ' ' && begin > sentence_->begin) {
            std::size_t w = begin - 1;
            while (w > sentence_->begin && is_alpha(prose_[w - 1])) --w;
            std::string_view const word = prose_.substr(w, begin - 1 - w);
            bool const sentence_start = w == sentence_->begin;
            // (not a month's name before a measure: "July 38 mm", where the figure is no day; "Feb 87",
            // "May 320" in a table are a year and a price)
            // (nor a group named in a list of counts: "the Liberals 32, the Greens 4 and independents 6")
            // (the parse may end after the spaces that follow the figure)
            std::size_t after = static_cast<std::size_t>(q.last - prose_.data());
            while (after > begin && prose_[after - 1] == ' ') --after;
            bool const listed_group = word.size() > 3 && word.back() == 's' && w >= sentence_->begin + 4 &&
                                      is_lower_word(w - 4, w - 1, "the") && after < prose_.size() &&
                                      (prose_[after] == ',' || prose_[after] == ';' || word_at(after + 1, "and")) &&
                                      !model_number(w, after);
            // ("Interstate 985 reopened", "Section 230 protects platforms", "Apollo 11 landed": a road,
            // a section or a mission also at a sentence's start)
            bool const label =
                sentence_start &&
                (in_list(word, {"Interstate", "Highway",   "Route",   "Section",     "Article",    "Chapter",
                                "Title",      "Apollo",    "Line",    "Phase",       "Stage",      "Rule",
                                "Clause",     "Paragraph", "Exhibit", "Annex",       "Appendix",   "Gate",
                                "Platform",   "Terminal",  "Flight",  "Proposition", "Amendment",  "Lane",
                                "Floor",      "Room",      "Ward",    "Pier",        "Berth",      "Exit",
                                "Channel",    "Ligue",     "Serie",   "Division",    "Bundesliga", "Studio"}) ||
                 maker_name(w, after));
            if (label) return false;
            // ("the iPhone 15", "an eBay 5": a name in camel case)
            bool const camel = word.size() > 2 && is_lower(word[0]) &&
                               std::any_of(word.begin() + 1, word.end(), [](char c) { return is_upper(c); });
            if (camel) return false;
            if (!word.empty() && is_upper(word[0]) && !sentence_start &&
                std::find(function_words.begin(), function_words.end(), word) == function_words.end() &&
                !(!q.unit_word.empty() && is_month_word(text::lower(word))) && !listed_group &&
                !named_list_item(w, after, q.unit_word) && !count_in_place(w, after, q.unit_word))
                return false; // a name followed by a number: a model, a flight, a route
        }
        return true;
    }

    /// Whether the name at `name` (before `after`) is a maker's, a series' or a road's, whose figure
    /// numbers a model or a road: "Boeing 737 and Airbus 320", "Route 66", "Windows 11".
    [[nodiscard]] bool maker_name(std::size_t name, std::size_t after) const {
        std::size_t name_end = name;
        while (name_end < after && is_alpha(prose_[name_end])) ++name_end;
        for (std::string_view const maker :
             {"boeing", "airbus",     "embraer", "cessna", "iphone",  "galaxy",  "pixel",   "windows",
              "route",  "interstate", "highway", "flight", "apollo",  "formula", "fortune", "russell",
              "model",  "series",     "type",    "class",  "version", "mark"})
            if (is_lower_word(name, name_end, maker)) return true;
        return false;
    }

    /// Whether the figure after the name at `name` (ending at `after`) numbers a model, a series or a
    /// road: "Boeing 737", "Route 66", "the Series 53 and 54 bonds", "the Unisys 5000 and 7000".
    [[nodiscard]] bool model_number(std::size_t name, std::size_t after) const {
        if (maker_name(name, after)) return true;
        // (nor a pair of model numbers: "the Unisys 5000 and 7000", "Series 53 and 54 bonds")
        std::size_t next = after;
        while (next < prose_.size() && prose_[next] == ' ') ++next;
        if (word_at(next, "and") || word_at(next, "or")) {
            next += 3;
            while (next < prose_.size() && prose_[next] == ' ') ++next;
            if (next < prose_.size() && is_digit(prose_[next])) return true;
        }
        return false;
    }

    /// Whether an item of a list ends at `after`: ",", ";", "." or "and"/"or" after it.
    [[nodiscard]] bool ends_list_item(std::size_t after) const {
        return after < prose_.size() && (prose_[after] == ',' || prose_[after] == ';' || prose_[after] == '.' ||
                                         word_at(after + 1, "and") || word_at(after + 1, "or"));
    }

    /// Whether the figure after the name at `name` (ending at `after`) counts something in a place named after
    /// "in" or "across": "In the UK 45 stores closed" (a plural noun after it), "The app runs in 120 cities, in the
    /// UK 45 and in France 30" (an item of a list after ",", ":" or "and" with a counted figure before it); not "the
    /// Boeing 737 jets", "in the FTSE 100 index".
    [[nodiscard]] bool count_in_place(std::size_t name, std::size_t after, std::string_view unit_word) const {
        if (model_number(name, after)) return false;
        std::array<lower_word, 3> before;
        std::size_t const n = last_words(sentence_->begin, name, before);
        std::size_t k = n > 0 && before[0].is({"the"}) ? 1 : 0;
        if (k >= n || !before[k].is({"in", "across"})) return false;
        std::size_t name_end = name;
        while (name_end < after && is_alpha(prose_[name_end])) ++name_end;
        for (std::string_view const index :
             {"ftse", "nikkei", "dax", "cac", "stoxx", "asx", "nifty", "sensex", "kospi"})
            if (is_lower_word(name, name_end, index)) return false;
        if (!unit_word.empty()) return unit_word.size() > 3 && unit_word.back() == 's' && is_lower(unit_word.front());
        if (!ends_list_item(after)) return false;
        // (the preposition after "," or "and")
        std::size_t lead = name;
        for (std::size_t j = 0; j <= k; ++j) {
            while (lead > sentence_->begin && prose_[lead - 1] == ' ') --lead;
            while (lead > sentence_->begin && is_alpha(prose_[lead - 1])) --lead;
        }
        while (lead > sentence_->begin && prose_[lead - 1] == ' ') --lead;
        bool const listed = (lead > sentence_->begin && (prose_[lead - 1] == ',' || prose_[lead - 1] == ':')) ||
                            (k + 1 < n && before[k + 1].is({"and", "or"}));
        if (!listed) return false;
        for (std::size_t m = out_.size(); m-- > 0;) {
            if (out_[m].sentence != sentence_index_) break;
            if (out_[m].kind == mention_kind::number && !out_[m].unit.empty() && out_[m].end <= name) return true;
        }
        return false;
    }

    /// Whether the bare figure after the name at `name` (ending at `after`) is an item of a list of
    /// counts whose first item told its noun: "The BJP won 89 seats, the JD(U) 85 and the LJP 21,",
    /// "Smith scored 12 points, Jones 10 and Brown 8." (the name after ", " or "and", the figure before
    /// ",", ";", "." or "and"; not "Boeing 737, Airbus 320 and Embraer 190": no counted noun before).
    [[nodiscard]] bool named_list_item(std::size_t name,
                                       std::size_t after, // NOLINT(readability-function-cognitive-complexity)
                                       std::string_view unit_word) const {
        if (!ends_list_item(after)) return false;
        if (model_number(name, after)) return false;
        // (a name's parts joined by a hyphen: "Saxony-Anhalt 200 MW", "Schleswig-Holstein 298 MW")
        while (name >= sentence_->begin + 2 && prose_[name - 1] == '-' && is_alpha(prose_[name - 2])) {
            std::size_t b = name - 1;
            while (b > sentence_->begin && is_alpha(prose_[b - 1])) --b;
            if (!is_upper(prose_[b])) break;
            name = b;
        }
        // (a name of up to four capitalised words: "the Liberal Democrats 72", "the New York Metro Area 410")
        for (int k = 0; k < 3; ++k) {
            std::size_t b = name;
            while (b > sentence_->begin && prose_[b - 1] == ' ') --b;
            std::size_t const e = b;
            while (b > sentence_->begin && is_alpha(prose_[b - 1])) --b;
            if (b == e || !is_upper(prose_[b]) || (b > sentence_->begin && prose_[b - 1] != ' ')) break;
            name = b;
        }
        std::array<lower_word, 2> before;
        std::size_t const words = last_words(sentence_->begin, name, before);
        std::size_t lead = name;
        while (lead > sentence_->begin && prose_[lead - 1] == ' ') --lead;
        bool const after_and = words >= 1 && (before[0].is({"and", "or"}) ||
                                              (before[0].is({"the"}) && words == 2 && before[1].is({"and", "or"})));
        bool const after_comma = (lead > sentence_->begin && prose_[lead - 1] == ',') ||
                                 (words >= 1 && before[0].is({"the"}) && lead >= sentence_->begin + 5 &&
                                  prose_.substr(lead - 5, 5) == ", the");
        if (!after_and && !after_comma) return false;
        // (a figure of this sentence before it, with its counted noun)
        for (std::size_t k = out_.size(); k-- > 0;) {
            mention const& m = out_[k];
            if (m.sentence != sentence_index_) break;
            // (with a noun of its own, the same: "Misiones 90 mm and Cordoba 80 mm", not "PDP 11 computers")
            if (m.kind == mention_kind::number && !m.unit.empty() && m.end <= name)
                return unit_word.empty() || m.unit == unit_word;
            // (or a bare tally after a verb of winning: "Labour won 24, the Greens 15 and Plaid 23")
            // (the tally may be a change's amount: "EVgo added 300, Electrify America 200")
            bool const own = !m.parent || (out_[*m.parent].kind == mention_kind::change && !out_[*m.parent].to &&
                                           !out_[*m.parent].from);
            if (m.kind == mention_kind::number && m.unit.empty() && m.end <= name && unit_word.empty() && own) {
                std::array<lower_word, 1> verb;
                if (last_words(sentence_->begin, m.begin, verb) == 1 &&
                    verb[0].is({"won", "took", "secured", "got", "polled", "scored", "had", "has", "have", "win",
                                "wins", "take", "takes",
                                // ("Nissan sold 300, Kia 200 and others 700", "EVgo added 300, Ionity 200")
                                "sold", "added", "delivered", "shipped", "registered", "built", "installed", "opened",
                                "hired", "booked", "made", "produced"}))
                    return true;
            }
        }
        return false;
    }

    /// A new mention at the end of the output, built in place (a mention is a few hundred bytes).
    std::pair<mention&, std::size_t> start_mention() {
        std::size_t const index = out_.size();
        return {out_.emplace_back(), index};
    }

    /// Gives mention `index` its span (less trailing white space), sentence and paragraph.
    std::size_t place(std::size_t index, char const* first, char const* last) {
        mention& m = out_[index];
        m.begin = static_cast<std::size_t>(first - prose_.data());
        m.end = static_cast<std::size_t>(last - prose_.data());
        while (m.end > m.begin && (prose_[m.end - 1] == ' ' || prose_[m.end - 1] == '\n')) --m.end;
        m.sentence = sentence_index_;
        m.paragraph = sentence_->paragraph;
        return index;
    }

    /// Whether `q`, a range of two small whole numbers joined by a hyphen with no unit ("3-6"), is a
    /// score or a tally: beside another such pair ("a 6-4, 3-6, 7-5 win"), after a verb of a contest
    /// or a vote ("Everton lost 1-2", "the House rejected the bill 180-290"), or before a word for
    /// the result ("a 1-2 defeat"). (The ranges the grammar reads have the smaller number first; a
    /// score with the larger first is no range and no figure already.)
    [[nodiscard]] bool score_pair(ast::quantity const& q, std::size_t begin) const {
        auto const results = {std::string_view("win"),       std::string_view("victory"), std::string_view("defeat"),
                              std::string_view("loss"),      std::string_view("draw"),    std::string_view("lead"),
                              std::string_view("deficit"),   std::string_view("record"),  std::string_view("vote"),
                              std::string_view("scoreline"), std::string_view("run"),     std::string_view("streak"),
                              std::string_view("start")};
        if (q.kind != ast::quantity_kind::number || !q.is_range()) return false; // (most figures)
        // ("a 1-2 defeat", "a 4-12 record": the result read as what the figure counts)
        bool const result_noun = in_list(text::lower(q.unit_word), results);
        if (q.numeral.empty() || q.numeral_to.empty() || (!q.unit_word.empty() && !result_noun) || q.scale != 1 ||
            q.numeral.size() > 3 || q.numeral_to.size() > 3 ||
            q.numeral.data() + q.numeral.size() + 1 != q.numeral_to.data() || q.numeral.data()[q.numeral.size()] != '-')
            return false;
        for (char const c : q.numeral)
            if (!is_digit(c)) return false;
        for (char const c : q.numeral_to)
            if (!is_digit(c)) return false;
        if (result_noun) return true;
        std::size_t const end = static_cast<std::size_t>(q.numeral_to.data() - prose_.data()) + q.numeral_to.size();
        // another pair of digits joined by a hyphen, after ", " or before it
        auto const pair_at = [&](std::size_t at) {
            std::size_t k = at;
            while (k < sentence_->end && is_digit(prose_[k])) ++k;
            if (k == at || k - at > 3 || k + 1 >= sentence_->end || prose_[k] != '-' || !is_digit(prose_[k + 1]))
                return false;
            ++k;
            std::size_t const second = k;
            while (k < sentence_->end && is_digit(prose_[k])) ++k;
            return k - second <= 3 && (k == sentence_->end || !is_alnum(prose_[k]));
        };
        if (end + 2 < sentence_->end && prose_[end] == ',' && prose_[end + 1] == ' ' && pair_at(end + 2)) return true;
        if (begin >= sentence_->begin + 2 && prose_[begin - 1] == ' ' && prose_[begin - 2] == ',') {
            std::size_t k = begin - 2;
            while (k > sentence_->begin && (is_digit(prose_[k - 1]) || prose_[k - 1] == '-')) --k;
            if (k < begin - 2 && pair_at(k)) return true;
        }
        std::array<lower_word, 1> before;
        if (last_words(sentence_->begin, begin, before) == 1 &&
            before[0].is({"lost", "won", "beat", "drew", "trailed", "led", "leads", "trails", "lose", "win", "wins",
                          "loses", "rejected", "approved", "passed", "defeated", "voted", "vote", "record"}))
            return true;
        std::array<lower_word, 1> after;
        return next_words(end, after) == 1 && after[0].is(results);
    }

    /// "the 100m final", "cleared 6.25m", "330m tall", "the 10,000m": a lower-case "m" joined to the
    /// figure is metres, not millions, where the words around it say so (a race, a height, a jump)
    /// or a race's distance stands alone after "the" ("won the 100m in 9.8 seconds"). The figure
    /// then counts metres, and a word the unit reading took ("final", "tall") is left out.
    [[nodiscard]] std::optional<ast::quantity> as_metres(ast::quantity const& q) const {
        if (q.kind != ast::quantity_kind::number || q.scale != 1e6 || q.numeral.empty() || q.is_range() ||
            !q.hedge.empty() || q.first == nullptr)
            return std::nullopt;
        std::size_t const m = static_cast<std::size_t>(q.numeral.data() - prose_.data()) + q.numeral.size();
        if (m + 1 > sentence_->end || prose_[m] != 'm' || (m + 1 < prose_.size() && is_alnum(prose_[m + 1])))
            return std::nullopt;
        // the words on either side
        std::size_t after = m + 1;
        if (after < sentence_->end && prose_[after] == '-') ++after; // "a 5m-high wall"
        while (after < sentence_->end && prose_[after] == ' ') ++after;
        std::size_t after_end = after;
        while (after_end < sentence_->end && (is_alpha(prose_[after_end]) || prose_[after_end] == '-')) ++after_end;
        std::string const next = text::lower(prose_.substr(after, after_end - after));
        std::size_t const start = static_cast<std::size_t>(q.numeral.data() - prose_.data());
        std::size_t before_end = start;
        while (before_end > sentence_->begin && prose_[before_end - 1] == ' ') --before_end;
        std::size_t before = before_end;
        while (before > sentence_->begin && (is_alpha(prose_[before - 1]) || prose_[before - 1] == '\'')) --before;
        std::string const previous = text::lower(prose_.substr(before, before_end - before));
        auto const in = [](std::string_view word, std::initializer_list<std::string_view> list) {
            return std::find(list.begin(), list.end(), word) != list.end();
        };
        double const value = read_numeral(q.numeral).value;
        bool const race_distance = in(q.numeral, {"60", "100", "110", "200", "400", "800", "1500", "1,500", "3000",
                                                  "3,000", "5000", "5,000", "10,000", "10000"});
        // the word after the next ("the 100m final in 9.63 seconds", not "a 100m final payment")
        std::size_t second = after_end;
        while (second < sentence_->end && prose_[second] == ' ') ++second;
        std::size_t second_end = second;
        while (second_end < sentence_->end && (is_alpha(prose_[second_end]) || prose_[second_end] == '-')) ++second_end;
        std::string const next2 = text::lower(prose_.substr(second, second_end - second));
        bool const race_follows =
            in(next2, {"",      "in",     "at",     "on",         "and",         "or",       "with",   "after",
                       "ahead", "behind", "record", "title",      "gold",        "silver",   "bronze", "heat",
                       "heats", "final",  "finals", "semi-final", "semi-finals", "champion", "runner", "sprinter",
                       "was",   "is",     "will",   "for",        "race",        "event"}) ||
            in(next, {"freestyle", "backstroke", "breaststroke", "butterfly", "medley", "individual", "hurdles",
                      "steeplechase"});
        // a jump or a throw is told to the centimetre ("cleared 6.25m", "threw 92.97m"; not "jumped 45m
        // to 300m", a sum of money)
        std::size_t const point = q.numeral.find('.');
        bool const centimetres = point != std::string_view::npos && q.numeral.size() - point == 3 && value < 100;
        bool const metres =
            // a measure: "330m tall", "a 5m-high wall", "400m underground"; a height: "the 8,849m peak"
            in(next, {"tall",      "high",    "long",     "deep",     "wide",      "underground", "peak",
                      "peaks",     "summit",  "mountain", "altitude", "elevation", "cliff",       "cliffs",
                      "waterfall", "glacier", "ascent",   "descent",  "plunge",    "freefall"}) ||
            // a race: "the 100m final in 9.63 seconds", "the 400m hurdles champion"
            (race_distance && race_follows &&
             in(next,
                {"final",      "finals",     "freestyle",   "backstroke", "breaststroke", "butterfly",    "medley",
                 "individual", "hurdles",    "relay",       "sprint",     "dash",         "steeplechase", "heat",
                 "heats",      "semi-final", "semi-finals", "semifinal",  "semifinals",   "race",         "swim",
                 "runner",     "sprinter",   "champion",    "title",      "world",        "olympic"})) ||
            (centimetres && in(previous, {"cleared", "jumped", "vaulted", "threw", "leapt", "leaped", "hurled"})) ||
            in(previous, {"measuring", "towering"}) ||
            // "climbed to 3,000m", "at 4,200m": thousands in groups with nothing counted after them are
            // metres (millions of them would be written "3bn")
            (q.numeral.find(',') != std::string_view::npos && q.unit_word.empty() && value >= 1000 &&
             (next.empty() ||
              in(next, {"above", "below", "up", "down", "in",   "on",    "at",   "and",   "before", "after",
                        "of",    "from",  "to", "into", "over", "under", "when", "while", "high",   "deep"}))) ||
            // "ran 100m in 9.58 seconds", "swam the 200m" (a race's distance after a verb of racing)
            (race_distance && race_follows &&
             in(previous, {"ran", "run", "runs", "running", "swam", "swim", "swims", "swimming", "sprinted", "raced",
                           "race", "races", "racing", "clocked"})) ||
            // "a depth of 400m", "an altitude of 2,400m"
            (previous == "of" &&
             [&] {
                 std::size_t e = before;
                 while (e > sentence_->begin && prose_[e - 1] == ' ') --e;
                 std::size_t b = e;
                 while (b > sentence_->begin && is_alpha(prose_[b - 1])) --b;
                 return in(text::lower(prose_.substr(b, e - b)),
                           {"depth", "height", "altitude", "elevation", "length", "distance", "width", "span"});
             }()) ||
            // "won the 100m in 9.8 seconds", "the women's 800m gold"
            (race_distance && in(previous, {"the", "a", "men's", "women's", "mens", "womens"}) &&
             in(next, {"", "in", "at", "on", "and", "or", "with", "after", "ahead", "behind", "gold", "silver",
                       "bronze", "crown", "event"}));
        if (!metres || value <= 0) return std::nullopt;
        ast::quantity out = q;
        out.scale = 1;
        out.unit_word = prose_.substr(m, 1);
        out.last = prose_.data() + m + 1;
        return out;
    }

    std::size_t emit_quantity(ast::quantity const& q, std::optional<std::size_t> parent) {
        if (auto const metres = as_metres(q)) return emit_quantity(*metres, parent);
        // "Of the ~90 members", "~48% backed Lee": a tilde right before a figure the scan began at (a
        // tilde is no place of its own) is "about", as the grammars read it inside a change
        if (q.hedge.empty() && !parent && q.first > prose_.data() && q.first[-1] == '~' &&
            candidate_ == static_cast<std::size_t>(q.first - prose_.data())) {
            std::size_t const at = candidate_ - 1;
            if (at == sentence_->begin || prose_[at - 1] == ' ' || prose_[at - 1] == '(') {
                ast::quantity about = q;
                about.hedge = "about";
                about.first = q.first - 1;
                candidate_ = at;
                return emit_quantity(about, parent);
            }
        }
        // "hospitalised over two seasons": a count of seasons the thing is spread over, not more than two
        if ((q.hedge == "more than" || q.hedge == "just over") &&
            (q.unit_word == "seasons" || q.unit_word == "season") &&
            spread_over(static_cast<std::size_t>(q.first - prose_.data()))) {
            ast::quantity plain = q;
            plain.hedge = {};
            return emit_quantity(plain, parent);
        }
        // "below the 175,000 economists had expected", "the 2.1% analysts forecast": the figure they
        // expected, not a count of them
        if (q.kind == ast::quantity_kind::number && !q.numeral.empty() && q.scale == 1 &&
            text::contains_any_word(text::lower(q.unit_word),
                                    {"economists", "analysts", "forecasters", "strategists", "traders", "experts"})) {
            // (the verb with no object after it: not "The 40 analysts expected a cut")
            std::size_t at = static_cast<std::size_t>(q.last - prose_.data());
            auto const next_word = [&] {
                while (at < sentence_->end && prose_[at] == ' ') ++at;
                std::size_t const b = at;
                while (at < sentence_->end && is_alpha(prose_[at])) ++at;
                return text::lower(prose_.substr(b, at - b));
            };
            std::string verb = next_word();
            if (verb == "had") verb = next_word();
            bool const expected = text::contains_any_word(
                verb, {"expected", "forecast", "predicted", "estimated", "anticipated", "projected"});
            std::string const object = expected ? next_word() : std::string();
            bool const closed =
                object.empty() ? at >= sentence_->end || prose_[at] == ',' || prose_[at] == '.' || prose_[at] == ';'
                               : text::contains_any_word(object, {"in", "for", "on", "by", "and", "but", "before"});
            if (expected && closed) {
                ast::quantity plain = q;
                plain.unit_word = {};
                plain.last = q.numeral.data() + q.numeral.size();
                return emit_quantity(plain, parent);
            }
        }
        // "revised up to 0.4%", "pushed its rate up to 5.25%": "up to" after a verb of moving
        // (and its object) is the way the figure went, no bound on it ("pays up to $50,000" is)
        if (q.hedge == "at most" && q.first && moved_up_to(static_cast<std::size_t>(q.first - prose_.data()))) {
            ast::quantity plain = q;
            plain.hedge = {};
            std::size_t at = static_cast<std::size_t>(q.first - prose_.data()) + 2; // past "up"
            while (at < sentence_->end && prose_[at] == ' ') ++at;
            at += 2; // past "to"
            while (at < sentence_->end && prose_[at] == ' ') ++at;
            plain.first = prose_.data() + at;
            return emit_quantity(plain, parent);
        }
        auto const [m, index] = start_mention();
        m.is_range = q.is_range();
        m.kind = kind_of(q);
        auto const v = evaluate(q);
        m.value = v.value;
        m.range = v.range;
        m.unit = unit_of(q);
        // (francs unnamed after the euro came in are Swiss: "a dividend of 6.80 Swiss francs per share, up from 6.35
        // francs"; "French francs" keep their code)
        if (m.unit == "FRF" && reference_ && reference_->year >= 2002 && q.first && q.last &&
            text::lower(std::string_view(q.first, static_cast<std::size_t>(q.last - q.first))).find("french") ==
                std::string::npos)
            m.unit = "CHF";
        m.hedge = q.hedge;
        m.per = q.per;
        m.hundredths = q.kind == ast::quantity_kind::money && q.factor == 0.01;
        m.parent = parent;
        return place(index, q.first, q.last);
    }

    /// Whether "up to" at prose_[begin] follows a verb of moving, its object (at most three words)
    /// between: "was revised up to", "pushed its rate up to", "crept up to", "add up to".
    [[nodiscard]] bool moved_up_to(std::size_t begin) const {
        if (!is_lower_word(begin, std::min(begin + 3, sentence_->end), "up ")) return false;
        std::array<lower_word, 4> before;
        std::size_t const n = last_words(clause_start(begin), begin, before);
        // ("was revised by up to 10%": a bound on the amount)
        if (n > 0 && before[0].is({"by"})) return false;
        for (std::size_t i = 0; i < n; ++i) {
            if (before[i].is({"revised", "revise", "revises", "pushed", "push", "pushes", "pushing", "moved", "marked",
                              "nudged", "ratcheted", "bumped", "crept", "inched", "ticked", "edged", "went", "shot",
                              "drove", "lifted",
                              // ("add up to 23%": a sum, no bound)
                              "add", "adds", "added", "adding"}))
                return true;
            // (an object: no figure, no verb of its own)
            if (is_digit(before[i].view().front()) || past_verb(before[i])) return false;
        }
        return false;
    }

    /// "First Union Corp": a capitalised ordinal word before a capitalised word is a name.
    bool is_name(ast::quantity const& q) const {
        if (q.numeral.empty() && q.first && is_upper(*q.first)) {
            std::size_t at = static_cast<std::size_t>(q.last - prose_.data());
            while (at < sentence_->end && prose_[at] == ' ') ++at;
            return at < sentence_->end && is_upper(prose_[at]);
        }
        return false;
    }

    /// Whether the sentence is in title case, a headline's: every word of more than three letters,
    /// and every shorter one with a capital, begins with a capital ("Storm Kills Three in Texas").
    [[nodiscard]] bool title_case() const {
        if (title_case_ && title_case_->first == sentence_index_) return title_case_->second;
        std::size_t words = 0, capitals = 0;
        for (std::size_t i = sentence_->begin; i < sentence_->end; ++i) {
            if (!is_alpha(prose_[i]) || (i > sentence_->begin && is_alpha(prose_[i - 1]))) continue;
            std::size_t e = i;
            while (e < sentence_->end && is_alpha(prose_[e])) ++e;
            if (e - i <= 3 && is_lower(prose_[i])) continue; // "of", "in", "the"
            ++words;
            capitals += is_upper(prose_[i]) ? 1 : 0;
        }
        bool const title = words >= 3 && capitals == words;
        title_case_ = std::pair{sentence_index_, title};
        return title;
    }

    /// "first-preference votes", "a first-class seat", "a third-party vendor", "second-hand cars": a
    /// spelled ordinal joined to a noun is part of an adjective, no rank (not "second-largest", a
    /// superlative ranked).
    /// "60 frames per second", "30 times a second", "metres a second": the unit of time, no ordinal.
    [[nodiscard]] bool per_second(ast::quantity const& q) const {
        if (!q.numeral.empty() || q.first == nullptr) return false;
        auto const at = static_cast<std::size_t>(q.first - prose_.data());
        if (!is_lower_word(at, at + 6, "second") || (at + 6 < sentence_->end && is_alnum(prose_[at + 6]))) return false;
        std::array<lower_word, 1> before;
        if (last_words(sentence_->begin, at, before) != 1 || at < 2 || prose_[at - 1] != ' ' ||
            !is_alpha(prose_[at - 2]))
            return false;
        if (before[0].is({"per", "each", "every"})) return true;
        // ("30 times a second." but "a second time", "a second attempt": the ordinal)
        std::array<lower_word, 1> after;
        return before[0].is({"a"}) && (next_words(at + 6, after) == 0 ||
                                       after[0].is({"and", "or", "in", "on", "at", "for", "to", "with", "over"}) ||
                                       !is_alpha(prose_[std::min(at + 7, prose_.size() - 1)]));
    }

    [[nodiscard]] bool ordinal_compound(ast::quantity const& q) const {
        if (!q.numeral.empty() || q.last == nullptr) return false;
        char const* const end = prose_.data() + sentence_->end;
        if (q.last + 2 > end || *q.last != '-' || !is_lower(q.last[1])) return false;
        char const* e = q.last + 1;
        while (e < end && is_alpha(*e)) ++e;
        std::string_view const word(q.last + 1, static_cast<std::size_t>(e - q.last - 1));
        return !grammar::lexicon::superlatives().find(std::string(word)) && !word.ends_with("est") &&
               !word.ends_with("most") && word != "quarter" && word != "half" && word != "ranking" &&
               word != "ranked" && word != "place" && word != "placed";
    }

    void emit_ordinal(ast::quantity const& q) {
        auto const [m, index] = start_mention();
        m.kind = mention_kind::ordinal;
        m.value = q.spelled;
        m.range = interval{q.spelled, q.spelled};
        place(index, q.first, q.last);
    }

    /// "rose 2 to 3 pct", "to rise 5 to 10 mln dlrs": a bare figure, then "to" and a figure with a
    /// unit near it, is one amount given as a range (the unit and scale are the second figure's),
    /// not a rise of 2 to a new level of 3 pct ("rose 2 to 45", two bare figures, is a rise to 45).
    static bool amount_range(ast::change const& c) {
        if (!c.amount || !c.to || c.from || c.multiplier != 0) return false;
        ast::quantity const& a = *c.amount;
        ast::quantity const& t = *c.to;
        bool const bare = a.kind == ast::quantity_kind::number && a.unit_word.empty() && a.scale == 1 &&
                          a.factor == 1 && !a.numeral.empty() && !a.is_range() && a.hedge.empty() && !a.negative &&
                          a.mixed_fraction == 0;
        bool const with_unit = t.kind != ast::quantity_kind::number || !t.unit_word.empty();
        if (!bare || !with_unit || t.numeral.empty() || t.is_range() || t.negative || t.mixed_fraction != 0)
            return false;
        // A range's ends are near each other ("2 to 3 pct", "0.50 to 1.00 dlr"); "rose 2 to 45
        // dlrs" is a rise of 2 to a price of 45.
        return grammar::range_ends_near(read_numeral(a.numeral).value, read_numeral(t.numeral).value);
    }

    void emit_change(ast::change const& given) {
        ast::change range_amount;
        bool const ranged = amount_range(given);
        if (ranged) {
            range_amount = given;
            ast::quantity q = *given.to;
            q.first = given.amount->first;
            q.numeral_to = given.to->numeral;
            q.last_digits_to = false;
            q.numeral = given.amount->numeral;
            range_amount.amount = std::move(q);
            range_amount.to.reset();
        }
        ast::change const& c = ranged ? range_amount : given;
        auto const [m, index] = start_mention();
        m.kind = c.multiplier != 0 ? mention_kind::multiplier : mention_kind::change;
        int direction = c.direction;
        std::size_t const self = place(index, c.first, c.last);
        std::vector<std::pair<char const*, int>> order; // children in reading order: 0 amount, 1 from, 2 to
        if (c.amount) order.emplace_back(c.amount->first, 0);
        if (c.from) order.emplace_back(c.from->first, 1);
        if (c.to) order.emplace_back(c.to->first, 2);
        std::sort(order.begin(), order.end());
        for (auto const& [at, which] : order) {
            ast::quantity const& q = which == 0 ? *c.amount : which == 1 ? *c.from : *c.to;
            std::size_t const child = emit_quantity(q, self);
            (which == 0 ? out_[self].amount : which == 1 ? out_[self].from : out_[self].to) = child;
        }
        mention& change = out_[self];
        if (direction == 0 && change.from && change.to)
            direction = out_[*change.to].value > out_[*change.from].value ? 1 : -1;
        change.direction = direction;
        if (c.multiplier != 0) {
            change.value = c.multiplier;
            change.range = interval{c.multiplier, c.multiplier};
            change.unit.assign(1, 'x');
            change.hedge.clear();
        } else if (change.amount) {
            mention const& amount = out_[*change.amount];
            double const sign = direction < 0 ? -1 : 1;
            change.value = sign * std::abs(*amount.value);
            // (the amount's size, its sign the direction's: "fell -58% to 19,062 from 45,025" is a fall of 58%)
            interval const size =
                amount.range->high <= 0 ? interval{-amount.range->high, -amount.range->low} : *amount.range;
            change.range = sign > 0 ? size : interval{-size.high, -size.low};
            change.unit = amount.unit;
            change.hedge = amount.hedge;
        }
    }

    void emit_comparison(ast::temporal const& t) {
        auto const [m, index] = start_mention();
        m.kind = mention_kind::comparison;
        char const* last = t.last;
        std::size_t const self = place(index, t.first, last);
        for (auto const& object : t.object) {
            std::size_t const child = emit_temporal(object);
            out_[child].parent = self;
        }
    }

    std::size_t emit_temporal(ast::temporal const& t) {
        auto const [m, index] = start_mention();
        switch (t.kind) {
        case ast::time_kind::year:
            m.kind = mention_kind::year;
            m.time_value = year_digits(t.year);
            if (char const* const noun_end = quarter_noun_after(t.last)) {
                // "the 1988 quarter", "the 1989 period" in a story about a quarter: that quarter
                // of the year (gold 1988-Q3 in TimeBank's earnings stories).
                if (auto const quarter = story_quarter()) {
                    m.kind = mention_kind::period;
                    m.time_value = year_digits(t.year) + quarter->substr(4);
                    return place(index, t.first, noun_end);
                }
            }
            break;
        case ast::time_kind::period:
            m.kind = mention_kind::period;
            m.time_value = period_value(t);
            resolve_period(m, static_cast<std::size_t>(t.first - prose_.data()),
                           static_cast<std::size_t>(t.last - prose_.data()));
            break;
        case ast::time_kind::relative:
            relative(t, m);
            break;
        case ast::time_kind::date:
            date(t, m);
            place(index, t.first, t.last);
            quarter_ended_on(index);
            return index;
        case ast::time_kind::duration:
            m.kind = mention_kind::duration;
            m.time_value = duration_value(t);
            if (t.amount_low > 0) {
                // "six to eight weeks": "P6W/P8W", the two ends
                ast::temporal low = t;
                low.amount = t.amount_low;
                m.time_value = duration_value(low) + '/' + m.time_value;
                m.is_range = true;
            }
            m.hedge = t.hedge;
            if ((m.hedge == "more than" || m.hedge == "just over") &&
                spread_over(static_cast<std::size_t>(t.first - prose_.data())))
                m.hedge.clear();
            break;
        case ast::time_kind::age:
            m.kind = mention_kind::age;
            if (t.born != 0) {
                m.born = t.born;
                m.time_value = year_digits(t.born);
            } else {
                m.value = t.age;
                m.range = interval{static_cast<double>(t.age), static_cast<double>(t.age) + 1};
                m.unit = t.unit.empty() ? std::string("years") : t.unit;
                m.hedge = t.hedge;
                if (t.age_to > t.age) {
                    // "aged 18 to 24": the midpoint, from the first birthday of the one to the last
                    // of the other
                    m.value = (t.age + t.age_to) / 2.0;
                    m.range = interval{static_cast<double>(t.age), static_cast<double>(t.age_to) + 1};
                    m.is_range = true;
                }
                apply_hedge(*m.range, *m.value, t.hedge);
            }
            break;
        case ast::time_kind::comparison:
            m.kind = mention_kind::comparison;
            break;
        }
        return place(index, t.first, t.last);
    }

    /// The end of "quarter" or "period" when it is the word after `at` (skipping spaces), else
    /// nullptr: "the 1988 quarter".
    [[nodiscard]] char const* quarter_noun_after(char const* at) const {
        char const* const end = prose_.data() + sentence_->end;
        while (at < end && *at == ' ') ++at;
        char const* e = at;
        while (e < end && is_alpha(*e)) ++e;
        if (e < end && is_alnum(*e)) return nullptr;
        auto const begin = static_cast<std::size_t>(at - prose_.data());
        auto const stop = static_cast<std::size_t>(e - prose_.data());
        return is_lower_word(begin, stop, "quarter") || is_lower_word(begin, stop, "period") ? e : nullptr;
    }

    static std::string year_or_x(int year) { return year != 0 ? year_digits(year) : std::string("XXXX"); }

    /// A word of the prose in lower case, kept in place (cue words are short: a longer word is cut
    /// and matches none of them).
    struct lower_word {
        std::array<char, 20> text{};
        std::size_t size = 0;
        bool capital = false;      ///< written with a capital
        bool after_hyphen = false; ///< the second part of a compound ("third-placed"): set by last_words
        /// The `length` bytes at `p`, lower-cased (cut to the buffer).
        void assign(char const* p, std::size_t length) {
            capital = is_upper(*p);
            after_hyphen = false;
            size = std::min(length, text.size());
            for (std::size_t k = 0; k < size; ++k) text[k] = lower(p[k]);
        }
        [[nodiscard]] std::string_view view() const { return {text.data(), size}; }
        /// Whether this is one of `words` (lower case), as in_list compares them (the tense tests ask
        /// about every word of a clause against lists of a dozen or more).
        [[nodiscard]] bool is(std::initializer_list<std::string_view> words) const { return in_list(view(), words); }
    };

    /// What the clause before a date or month named without a year says of its time ("was shot on
    /// Oct. 23", "will open on Oct. 23"), which picks its year; without either, the nearest one.
    /// `undecided`: the clause has a verb, but its time is not the date's ("said it expects results
    /// for the quarter to end in October", "agreed to buy the line in February", "extended the
    /// expiration to June 30", "could take place"); `unknown`: it has none.
    enum class tense { unknown, undecided, past, future };
    [[nodiscard]] tense tense_before(std::size_t begin) const {
        if (future_before(begin)) return tense::future;
        // "who until Oct. 23 was a director"
        tense const before = clause_tense_before(begin);
        if (before == tense::past || before == tense::future) return before;
        if (begin == candidate_ && after_until(begin) && past_after()) return tense::past;
        // "Sales in September fell 2%": a change told in the past right after the time it is for
        // (not after the day a period ends: "for fiscal 1986/87 ending June 30 rose")
        if (begin == candidate_ &&
            (is_lower_word(begin, begin + 3, "in ") || is_lower_word(begin, begin + 7, "during ")) &&
            change_told_in_past_after(candidate_end_))
            return tense::past;
        tense const after = tense_after(begin, candidate_end_);
        return after == tense::unknown ? before : after;
    }
    /// Whether a change whose verb is in the past tense ends right before prose_[begin], only "in",
    /// "during", "for" or "over" and an article between: "GDP grew 2.8% in the third quarter",
    /// "sales fell 5% to $3 billion in the first half".
    [[nodiscard]] bool change_told_in_past_before(std::size_t begin) const {
        // out_.back() is the mention being resolved
        for (std::size_t i = out_.size() - 1; i-- > 0;) {
            mention const& earlier = out_[i];
            if (earlier.sentence != sentence_index_ || earlier.end + 24 < begin) return false;
            if (earlier.kind != mention_kind::change || earlier.end > begin) continue;
            std::array<lower_word, 3> gap;
            std::size_t const words = last_words(earlier.end, begin, gap);
            for (std::size_t k = 0; k < words; ++k)
                if (!gap[k].is({"in", "during", "for", "over", "the", "its", "their"})) return false;
            std::array<lower_word, 1> verb;
            return next_words(earlier.begin, verb) == 1 && past_change_verb(verb[0]);
        }
        return false;
    }

    /// Whether the time at `begin` follows "from" after a change told in the past, another time
    /// between them or none: "Sales rose 4% in Q3 from Q2", "rose 4% from the second quarter" (the
    /// base of a change that has happened has begun).
    [[nodiscard]] bool base_of_past_change(std::size_t begin) const {
        std::array<lower_word, 1> from;
        if (last_words(sentence_->begin, begin, from) != 1 || !from[0].is({"from"})) return false;
        std::size_t boundary = begin;
        // out_.back() is the mention being resolved
        for (std::size_t i = out_.size() - 1; i-- > 0;) {
            mention const& earlier = out_[i];
            if (earlier.sentence != sentence_index_ || earlier.end + 24 < boundary || earlier.end > boundary)
                return false;
            if (earlier.parent) continue;
            if (earlier.kind == mention_kind::period || earlier.kind == mention_kind::relative_time) {
                boundary = earlier.begin;
                continue;
            }
            if (earlier.kind != mention_kind::change) return false;
            std::array<lower_word, 4> gap;
            std::size_t const words = last_words(earlier.end, begin, gap);
            for (std::size_t k = 0; k < words; ++k)
                if (!gap[k].is({"in", "during", "for", "over", "the", "its", "their", "from", "q1", "q2", "q3", "q4",
                                "first", "second", "third", "fourth", "quarter", "half"}))
                    return false;
            std::array<lower_word, 1> verb;
            return next_words(earlier.begin, verb) == 1 && past_change_verb(verb[0]);
        }
        return false;
    }

    /// The period right before "from" at `begin` ("in the second half of last year from", "in Q3
    /// from"), of `per_year` parts a year, as year * per_year + its part; none when there is none.
    [[nodiscard]] std::optional<int> period_compared_before(std::size_t begin, int per_year) const {
        std::array<lower_word, 1> from;
        if (last_words(sentence_->begin, begin, from) != 1 || !from[0].is({"from"})) return std::nullopt;
        std::size_t boundary = begin;
        // out_.back() is the mention being resolved
        for (std::size_t i = out_.size() - 1; i-- > 0;) {
            mention const& earlier = out_[i];
            if (earlier.sentence != sentence_index_ || earlier.end > boundary || earlier.end + 24 < boundary)
                return std::nullopt;
            if (earlier.parent) continue;
            // ("of last year", "of 2023" after the period's name)
            if (earlier.kind == mention_kind::relative_time || earlier.kind == mention_kind::year) {
                boundary = earlier.begin;
                continue;
            }
            if (earlier.kind != mention_kind::period) return std::nullopt;
            std::array<lower_word, 4> gap;
            std::size_t const words = last_words(earlier.end, begin, gap);
            for (std::size_t k = 0; k < words; ++k)
                if (!gap[k].is({"from", "of", "last", "this", "year", "the"})) return std::nullopt;
            std::string_view const v = earlier.resolved ? std::string_view(*earlier.resolved) : earlier.time_value;
            char const part = per_year == 4 ? 'Q' : per_year == 2 ? 'H' : 0;
            if (part == 0 || v.size() != 7 || v[4] != '-' || v[5] != part || !is_digit(v[0]) || !is_digit(v[6]))
                return std::nullopt;
            int const year = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
            int const n = v[6] - '1';
            if (n < 0 || n >= per_year) return std::nullopt;
            return year * per_year + n;
        }
        return std::nullopt;
    }

    /// Whether `w` is a verb of change in the past tense: "rose", "fell", "jumped".
    static bool past_change_verb(lower_word const& w) {
        return past_verb(w) && (grammar::lexicon::up_words().find(w.view()) != nullptr ||
                                grammar::lexicon::down_words().find(w.view()) != nullptr);
    }

    /// Whether a verb of change in the past tense follows prose_[end] right away: "Profit in Q3
    /// rose 11%", "Sales in the September quarter fell 2%".
    [[nodiscard]] bool change_told_in_past_after(std::size_t end) const {
        std::array<lower_word, 1> verb;
        return next_words(end, verb) == 1 && past_change_verb(verb[0]);
    }

    /// Whether a measure of an economy and a verb of change in the past tense follow a period used as
    /// an adjective: "Third-quarter GDP grew 0.6%", "first-half exports fell" (not a company's results:
    /// "third quarter net declined" in April is a fiscal quarter just ended).
    [[nodiscard]] bool measure_changed_in_past_after(std::size_t end) const {
        std::array<lower_word, 3> words;
        std::size_t const n = next_words(end, words);
        std::size_t k = 0;
        while (k < n && k < 2 &&
               words[k].is({"gdp", "output", "growth", "exports", "imports", "spending", "production", "economy",
                            "inflation", "unemployment", "investment", "consumption"}))
            ++k;
        return k > 0 && k < n && past_change_verb(words[k]);
    }

    /// Whether the day at prose_[begin] ends a period of figures reported: "the quarter ended June 30",
    /// "the three months to June 30", "the year ended" (a period's noun, then "ended" or "to"), told
    /// in the past or without a tense (not "will grow in the three months to June 30", "the quarter
    /// ending June 30").
    [[nodiscard]] bool reported_period_end(std::size_t begin) const {
        std::array<lower_word, 3> before;
        std::size_t const n = last_words(sentence_->begin, begin, before);
        if (n < 2 || !before[0].is({"ended", "to"}) ||
            !before[1].is({"quarter", "months", "year", "weeks", "period", "half"}))
            return false;
        // (the tense of the clause before the period's noun: "ended" itself tells none; wire copy
        // writes "expected to report results for the quarter ended March 31" before it ends)
        std::size_t at = begin;
        for (int word = 0; word < 2; ++word) {
            while (at > sentence_->begin && !is_alpha(prose_[at - 1])) --at;
            while (at > sentence_->begin && is_alpha(prose_[at - 1])) --at;
        }
        return clause_tense_before(at) == tense::past;
    }

    /// Whether `w` sets a deadline before a time: "by", "before", "until", "till" ("by December", "until
    /// year's end").
    static bool deadline_word(lower_word const& w) { return w.is({"by", "before", "until", "till"}); }

    /// Whether `t` gives the past or the future.
    static bool decided(tense t) { return t == tense::past || t == tense::future; }

    /// Whether the time at prose_[begin] is the time of a figure's base ("fell to 81.5 billion francs
    /// at end-1986 from 106.7 billion at end-September", "rising to $42.875 in June from $29.75 in
    /// March", "against a low of 10.50 dlrs in July", "compared with 4.1% in March"): see
    /// base_figure_time. What a figure is compared with has happened.
    [[nodiscard]] bool time_of_base(std::size_t begin) const {
        // (not a time that starts or ends something: "to 26.2 pct from 26 pct from April")
        if (std::array<lower_word, 1> first;
            next_words(begin, first) == 1 && first[0].is({"from", "since", "until", "by", "after", "before"}))
            return false;
        // out_.back() is the time itself
        for (std::size_t i = out_.size() - 1; i-- > 0;) {
            mention const& figure = out_[i];
            if (figure.sentence != sentence_index_ || figure.end + 24 < begin) return false;
            if (figure.end <= begin) return base_figure_time(figure, sentence_index_, begin, true);
        }
        return false;
    }

    /// Whether the time at prose_[begin], in sentence `sentence`, is the time of `figure` as the base
    /// of a comparison: `figure` ends right before it (only "in", "at", "for", "during", "the", "same"
    /// between) after "from", "against", "versus", "vs", "over", "compared with" or "a low of" and
    /// kin ("up from 151 dlrs in 1985/86", "against 1.63 mln in the same 1985/86 period"; not "the
    /// airline, with 5,000 employees in 1986").
    [[nodiscard]] bool base_figure_time(mention const& figure, std::size_t sentence, std::size_t begin,
                                        bool value_named_alone = false) const {
        if (figure.kind != mention_kind::number && figure.kind != mention_kind::money &&
            figure.kind != mention_kind::percent)
            return false;
        if (figure.sentence != sentence || figure.end > begin || figure.end + 24 < begin) return false;
        std::array<lower_word, 4> gap;
        std::size_t const words = last_words(figure.end, begin, gap);
        for (std::size_t k = 0; k < words; ++k)
            if (!gap[k].is({"in", "at", "for", "during", "the", "same"})) return false;
        std::array<lower_word, 6> before;
        std::size_t const n = last_words(figure.begin > 48 ? figure.begin - 48 : 0, figure.begin, before);
        // "against a low of 10.50 dlrs in July", "from a record high of": the value's name, then what
        // sets it against another (not "fell to an eight-year low of 5.9 pct in September")
        std::size_t k = 0;
        if (n >= 2 && before[0].is({"of"}) && before[1].is({"low", "high", "peak", "trough", "level"})) {
            k = 2;
            while (k < n && k < 5 && !before[k].is({"from", "against", "versus", "vs", "over", "with"})) ++k;
            // (a low or a peak reached has happened: "hit a low of 97.1 in September before recovering")
            if (value_named_alone) return true;
        }
        return (n > k && before[k].is({"from", "against", "versus", "vs", "over"})) ||
               (n > k + 1 && before[k].is({"with"}) && before[k + 1].is({"compared", "compares", "compare"}));
    }

    /// Where the clause around prose_[begin] begins: after a comma (not one between digits), a
    /// semicolon, a colon, a dash or a quote, or at the sentence's start (at most 120 bytes back).
    [[nodiscard]] std::size_t clause_start(std::size_t begin) const {
        std::size_t from = begin;
        while (from > sentence_->begin) {
            char const c = prose_[from - 1];
            // (a dash with a space before it; none before the text's first byte)
            // (not a thousands separator: "Prices were 60,500 in April")
            bool const separator =
                c == ',' && from >= 2 && from < prose_.size() && is_digit(prose_[from - 2]) && is_digit(prose_[from]);
            // (nor a minus sign: "was -18.9C on Wednesday")
            bool const minus = c == '-' && from < prose_.size() && is_digit(prose_[from]);
            if ((c == ',' && !separator) || c == ';' || c == ':' || c == '"' || c == '(' ||
                (c == '-' && from >= 2 && prose_[from - 2] == ' ' && !minus))
                break;
            if (begin - from > 120) break;
            --from;
        }
        return from;
    }

    /// A verb in the past tense: "was", "fell", "brought", "stepped" (not "scheduled", "need",
    /// "hundred"; not a name: "United").
    static bool past_verb(lower_word const& w) {
        // Sorted, for binary search (this runs on every word of a clause before a date or month; "died"
        // is one too short for the test of -ed below). Not
        // the participles that often look ahead: "understood to close in September", "thought to".
        static constexpr std::array<std::string_view, 79> irregular{
            "ago",    "became", "began",  "bore",   "bought", "broke", "brought",  "built",  "came",     "caught",
            "chose",  "dealt",  "did",    "died",   "drew",   "drove", "fell",     "fled",   "flew",     "forgot",
            "fought", "found",  "froze",  "gave",   "got",    "grew",  "had",      "heard",  "held",     "hid",
            "kept",   "knew",   "led",    "left",   "lent",   "lost",  "made",     "met",    "overtook", "paid",
            "ran",    "rang",   "rode",   "rose",   "said",   "sank",  "sat",      "saw",    "seen",     "sent",
            "shook",  "shot",   "shrank", "slept",  "slid",   "sold",  "sought",   "sped",   "spent",    "sprang",
            "spun",   "stole",  "stood",  "struck", "stuck",  "swore", "swung",    "taught", "threw",    "told",
            "took",   "tore",   "was",    "went",   "wept",   "were",  "withdrew", "won",    "wrote"};
        static_assert(std::is_sorted(irregular.begin(), irregular.end()));
        // Words in -ed that speak of what is to come, or are not verbs.
        static constexpr std::array<std::string_view, 9> not_past{
            "scheduled", "planned", "expected", "proposed", "anticipated", "need", "indeed", "hundred", "intended"};
        // (nor the second part of a compound: "The third-placed sides play on Tuesday")
        if (w.capital || w.after_hyphen) return false;
        std::string_view const v = w.view();
        if (v.size() <= 10 && std::binary_search(irregular.begin(), irregular.end(), v)) return true;
        if (v.size() <= 4 || !v.ends_with("ed") || std::find(not_past.begin(), not_past.end(), v) != not_past.end())
            return false;
        // "exceed", "proceed", "succeed", "speed" are in the present; "agreed", "freed" are not.
        return !v.ends_with("eed") || v.ends_with("reed") || v == "guaranteed";
    }

    /// The tense of the clause a time expression opens, from the verbs after it: "In January,
    /// American Medical brought in a new chief" (past), "On Tuesday, the committee will vote"
    /// (future). Only when the expression is the clause's first words (a preposition or two before
    /// it: "In", "Late in"); the first verb within ten words decides, an -ed word after an article
    /// being an adjective ("the combined company will").
    [[nodiscard]] tense tense_after(std::size_t begin, std::size_t end) const {
        if (end <= begin || end > sentence_->end) return tense::unknown;
        // "The May crush ended today": a futures contract's month, not the time of the clause.
        if (is_lower_word(begin, std::min(begin + 3, end), "the")) return tense::unknown;
        std::array<lower_word, 3> before;
        std::size_t const lead = last_words(clause_start(begin), begin, before);
        if (lead > 2) return tense::unknown;
        for (std::size_t i = 0; i < lead; ++i)
            if (!before[i].is({"in", "on", "at", "by", "during", "early", "late", "later", "earlier", "back", "and",
                               "but", "then", "until", "through", "since"}))
                return tense::unknown; // "He said Tuesday that talks will resume"
        // Without a preposition, a comma must close the expression: "July 21, the day after", not
        // "June 15-July 15 bill of lading was offered".
        std::size_t after = end;
        while (after < sentence_->end && prose_[after] == ' ') ++after;
        if (lead == 0 && (after >= sentence_->end || prose_[after] != ',')) return tense::unknown;
        std::array<lower_word, 10> words;
        std::size_t const n = next_words(end, words);
        for (std::size_t i = 0; i < n; ++i) {
            lower_word const& w = words[i];
            if (w.is({"will", "shall", "ll"})) return tense::future;
            // "On Tuesday, the league plans to hold a news conference"
            // (not a noun after a determiner: "the company's plan to sell the unit was rejected")
            bool const determined =
                i > 0 && (words[i - 1].is({"the", "a", "an", "its", "their", "his", "her", "our", "this"}) ||
                          words[i - 1].view().ends_with("'s"));
            if (i + 1 < n && words[i + 1].is({"to"}) && !determined &&
                w.is({"plans", "plan", "intends", "intend", "expects", "expect", "aims", "aim", "hopes", "hope"}))
                return tense::future;
            if (w.is({"is", "are", "has", "have", "would", "could", "may", "might"})) return tense::undecided;
            bool const adjective = i > 0 && words[i - 1].is({"the", "a", "an", "its", "their", "his", "her"});
            if (!adjective && past_verb(w)) return tense::past;
        }
        return tense::unknown;
    }

    /// The next words (runs of letters and digits) from prose_[from], in order, up to the end of
    /// the clause's sentence or a semicolon, colon, parenthesis or quote; returns how many.
    template <std::size_t N>
    std::size_t next_words(std::size_t from, std::array<lower_word, N>& out) const {
        std::size_t const end = sentence_->end;
        std::size_t n = 0;
        std::size_t i = from;
        while (n < N) {
            while (i < end && !is_alnum(prose_[i])) {
                char const c = prose_[i];
                if (c == ';' || c == ':' || c == '(' || c == '"') return n;
                ++i;
            }
            std::size_t const begin = i;
            while (i < end && (is_alnum(prose_[i]) || (prose_[i] == '\'' && i + 1 < end && is_alpha(prose_[i + 1]))))
                ++i;
            if (i == begin) break;
            out[n++].assign(prose_.data() + begin, i - begin);
        }
        return n;
    }

    /// The tense the clause before `begin` tells: a verb in the past tense among its last twelve
    /// words ("was shot to death on the night of Oct. 23", "stepped down in March", "changed from a
    /// fiscal year to a calendar year in December", "in the year ended March 31") is the past, with
    /// these exceptions:
    /// - "be", "is" or "to" before it: "will be named commander ... for a mission in December", "to
    ///   be completed in March" are to come; "is required to pay by June 30" is now ("could be
    ///   named": unknown);
    /// - an adjective: "a two-tiered board by the end of July", "the combined company";
    /// - a verb whose time is that of what it tells, agrees or moves, when words lie between:
    ///   "said it expects results for the quarter to end May 31", "agreed to purchase the line in
    ///   February", "extended the expiration of its warrants to June 30".
    /// The clause ends at a comma, a semicolon, a colon, a dash or a quote; the last item of a list
    /// goes on before its comma ("who stepped down as chairman, president and chief executive in
    /// March").
    [[nodiscard]] tense clause_tense_before(std::size_t begin) const {
        constexpr std::size_t window = 12;
        std::size_t from = clause_start(begin);
        std::array<lower_word, window + 2> words; // two more, to see what comes before the last
        std::size_t n = last_words(from, begin, words);
        if (from > sentence_->begin && prose_[from - 1] == ',' && n >= 2 && n <= 6) {
            // "and" or "or" inside the clause (not its first word: "and in March the bank"), and
            // no verb in it: the clause is a list's last item.
            bool list = false;
            for (std::size_t i = 0; i + 1 < n; ++i) list = list || words[i].is({"and", "or"});
            for (std::size_t i = 0; i < n && list; ++i) list = !past_verb(words[i]);
            if (list) n = last_words(clause_start(from - 1), begin, words);
        }
        // A time set off after a figure's restatement ("said it earned $5.2 million, or seven cents
        // a share, in the fiscal first quarter"): neither has a verb; the clause before them gives
        // the tense.
        if (from > sentence_->begin && prose_[from - 1] == ',' && n <= 3) {
            bool bare = true;
            for (std::size_t i = 0; i < n && bare; ++i)
                bare = words[i].is({"in", "for", "during", "the", "its", "their", "fiscal"});
            std::size_t const restated = clause_start(from - 1);
            std::array<lower_word, 1> first;
            if (bare && restated > sentence_->begin && prose_[restated - 1] == ',' &&
                next_words(restated, first) == 1 && first[0].is({"or"}))
                n = last_words(clause_start(restated - 1), begin, words);
        }
        // A phrase set off after a comma ("The port handled 1,245,000 containers, including a record
        // 14,300 on Tuesday, March 3"): without a verb of its own, the clause before gives the tense.
        if (from > sentence_->begin && prose_[from - 1] == ',' && n >= 1 && n < words.size() &&
            words[n - 1].is({"including", "excluding"})) {
            bool verb = false;
            for (std::size_t i = 0; i < n; ++i) verb = verb || past_verb(words[i]);
            if (!verb) return clause_tense_before(from - 1);
        }
        // A participle that opens a clause set off by a comma has no tense of its own ("The race, held on Monday,
        // August 12, has eight stages", "The Olympics end on Sunday, August 11, followed by the Paralympics from
        // Wednesday, August 28"): the clause before the comma gives it ("opened last August in Shenyang, followed by
        // markets in Shanghai in September").
        if (from > sentence_->begin && prose_[from - 1] == ',' && n >= 1 && n <= 5 &&
            words[n - 1].is({"held", "played", "staged", "run", "hosted", "followed", "scheduled", "set", "planned",
                             "slated", "expected", "broadcast", "televised", "screened", "opened", "launched"}))
            return clause_tense_before(from - 1);
        // (the word may open the time itself: "extended the loans through January")
        bool const moved_to = (n > 0 && words[0].is({"to", "until", "till", "through"})) ||
                              is_lower_word(begin, std::min(begin + 8, sentence_->end), "through ");
        // ("had contracted to buy 125,000 bpd from the Saudis until June": the end of what began
        // then may be to come)
        if ((n > 0 && words[0].is({"until", "till"})) ||
            is_lower_word(begin, std::min(begin + 6, sentence_->end), "until ") ||
            is_lower_word(begin, std::min(begin + 5, sentence_->end), "till "))
            return tense::undecided;
        // A trade's month of shipment or delivery is its own, whenever the trade was made: "bought
        // 214,000 tonnes for late April/early July shipment", "cargoes for June at 346 dlrs", "bills
        // maturing from May through September 24".
        if (trade_month(begin)) return tense::future;
        // "The law takes effect Dec. 15", "The trial begins on Oct. 3", "The talks resume in March": a
        // verb of a set start or end in the present tense right before the time tells of what is to
        // come (not "has come into force")
        {
            std::size_t k = 0;
            while (k < n && words[k].is({"on", "in", "from", "effect", "force", "into", "at", "again"})) ++k;
            if (k < n &&
                words[k].is({"takes", "take", "comes", "come", "goes", "begins", "begin", "starts", "start", "opens",
                             "resumes", "resume", "expires", "reopens", "closes"}) &&
                !(k + 1 < n && words[k + 1].is({"has", "have", "had", "it", "they", "which", "that"})))
                return tense::future;
        }
        // ("The deadline for advanced grants falls on Thursday, August 29": a day a deadline falls on; not "after a
        // 5.7 pct fall in December", a noun)
        if ((n >= 2 && words[0].is({"on"}) && words[1].is({"falls"})) ||
            (n >= 1 && words[0].is({"falls"}) && is_lower_word(begin, std::min(begin + 3, sentence_->end), "on ")))
            return tense::future;
        bool const on_day =
            (n > 0 && words[0].is({"on"})) || is_lower_word(begin, std::min(begin + 3, sentence_->end), "on ");
        for (std::size_t i = 0; i < n && i < window; ++i) {
            lower_word const& w = words[i];
            // "since shortly after the Oct. 23 slaying": what is counted from has happened
            if (i < 5 && w.is({"since"})) return tense::past;
            // ("bought bills maturing from May through September 24": the day they fall due)
            if (w.is({"maturing", "expiring"})) return tense::undecided;
            // "its record high set on Aug. 6": a record, a high or a low set on a day has been set
            if (w.is({"set", "hit"}) && i + 1 < n &&
                words[i + 1].is({"high", "low", "record", "peak", "highs", "lows"}))
                return tense::past;
            // ("replaced machines before Microsoft ends support for Windows 10 on Oct. 14": a set start
            // or end in the present tense nearer the day after "on" than any verb in the past is to come;
            // not "Qtr ends Dec 31", nor "begins to feel the effects of the December devaluation")
            if (on_day &&
                w.is({"ends", "begins", "starts", "opens", "resumes", "expires", "reopens", "closes", "concludes"}) &&
                !(i > 0 && words[i - 1].is({"to"})) &&
                !(i + 1 < n && words[i + 1].is({"that", "which", "it", "has", "have", "had"})))
                return tense::future;
            if (!past_verb(w)) continue;
            // ("were expected to fall to 9,000 in the year ending July 31", "bills maturing")
            if (i > 0 && words[i - 1].is({"expected", "due", "scheduled", "set", "likely", "forecast", "projected",
                                          "planned", "poised", "maturing"})) {
                // (a perfect right before the time is what was done then: "the 87.2 billion pounds it had
                // forecast in March")
                if (i == 1 && w.is({"had"}) && words[0].is({"forecast", "projected", "planned", "expected"}))
                    return tense::past;
                return tense::undecided;
            }
            lower_word const* const before = i + 1 < n ? &words[i + 1] : nullptr;
            // ("her son would have turned 18 on Monday, October 7": what did not happen says nothing of whether
            // the day has come)
            // ("would have been 18 on Monday, October 7"; not "should have been covered by March rains", a past
            // that was due)
            {
                std::size_t const have = i + 1 < n && words[i + 1].is({"been"}) ? i + 2 : i + 1;
                if (have + 1 < n && words[have].is({"have"}) && words[have + 1].is({"would"})) return tense::undecided;
            }
            if (before && before->is({"be"})) {
                if (i + 2 < n && words[i + 2].is({"will", "shall", "ll", "to"})) return tense::future;
                continue;
            }
            if (before && before->is({"is",  "are", "am",  "being", "to",    "a",    "an",   "the", "its",  "their",
                                      "his", "her", "one", "two",   "three", "four", "five", "so",  "well", "newly"}))
                continue;
            if (i >= 2 && w.is({"said",    "told",      "announced",  "reported", "stated", "added",   "noted",
                                "warned",  "confirmed", "agreed",     "decided",  "voted",  "offered", "promised",
                                "pledged", "vowed",     "refused",    "failed",   "wanted", "hoped",   "sought",
                                "asked",   "tried",     "threatened", "arranged", "aimed"}))
                return tense::undecided;
            // (or a hearing put off to a day: "adjourned a winding-up petition to Monday, July 29")
            if (moved_to && w.is({"extended", "postponed", "delayed", "deferred", "moved", "changed", "rescheduled",
                                  "pushed", "received", "adjourned", "put"}))
                return tense::undecided;
            return tense::past;
        }
        return tense::unknown;
    }

    /// Whether the months at prose_[begin] are a trade's time of shipment or a contract's: only
    /// months, days and "late", "early", "mid" before "shipment", "delivery" and kin, or before
    /// "at" and a price ("for late April/early July shipment", "May 20/Jun 20 shipment", "for June
    /// at 346 dlrs", "Aug/Sept at 4,351 dlrs").
    [[nodiscard]] bool trade_month(std::size_t begin) const {
        std::size_t i = begin;
        std::size_t const end = std::min(sentence_->end, begin + 48);
        bool month = false, day = false;
        // a price before it: "753 dlrs for Aug"
        if (is_lower_word(begin, std::min(begin + 4, end), "for ")) {
            std::array<lower_word, 2> before;
            if (last_words(sentence_->begin, begin, before) == 2 && before[0].is({"dlrs", "cents", "stg", "yen"}) &&
                std::all_of(before[1].view().begin(), before[1].view().end(), is_digit))
                return true;
        }
        while (i < end) {
            while (i < end && (prose_[i] == ' ' || prose_[i] == '/' || prose_[i] == '-' || prose_[i] == '.')) ++i;
            std::size_t w = i;
            while (w < end && is_alnum(prose_[w])) ++w;
            if (w == i) return false;
            std::string const word = text::lower(prose_.substr(i, w - i));
            if (calendar::month_number(word) != 0) {
                month = true;
            } else if (std::all_of(word.begin(), word.end(), is_digit)) {
                if (!month) return false; // (a figure before any month)
                day = true;
            } else if (word == "for" || word == "late" || word == "early" || word == "mid") {
            } else {
                if (!month) return false;
                for (std::string_view const trade :
                     {"shipment", "shipments", "delivery", "deliveries", "loading", "arrival", "positions", "call"})
                    if (word == trade) return true;
                // (a contract's month has no day: "stocks as of January 1 at 18 mln bags" is no price)
                if (word != "at" || day) return false;
                std::size_t d = w;
                while (d < sentence_->end && prose_[d] == ' ') ++d;
                return d < sentence_->end && is_digit(prose_[d]);
            }
            i = w;
        }
        return false;
    }

    /// The last words (runs of letters and digits) of prose_[from, to), the last one first, as many
    /// as `out` holds or the text has; returns how many.
    template <std::size_t N>
    std::size_t last_words(std::size_t from, std::size_t to, std::array<lower_word, N>& out) const {
        std::size_t n = 0;
        std::size_t i = to;
        while (n < N) {
            while (i > from && !is_alnum(prose_[i - 1])) --i;
            std::size_t const end = i;
            while (i > from && is_alnum(prose_[i - 1])) --i;
            if (end == i) break;
            out[n].assign(prose_.data() + i, end - i);
            out[n++].after_hyphen = i > from && prose_[i - 1] == '-';
        }
        return n;
    }

    /// -1, 0 or 1 when "last year", "this year" or "next year" follows prose_[at] (after spaces).
    [[nodiscard]] std::optional<int> year_words_after(std::size_t at) const {
        std::size_t const end = sentence_->end;
        while (at < end && prose_[at] == ' ') ++at;
        // "the third quarter of last year", "December of this year"
        if (end - at > 3 && is_lower_word(at, at + 2, "of") && prose_[at + 2] == ' ') at += 3;
        // "on Monday, May 15, last year" (not "May 15, last year's winner said": a year of its own)
        bool const comma = end - at > 2 && prose_[at] == ',' && prose_[at + 1] == ' ';
        if (comma) at += 2;
        for (auto const& [text, offset] : relative_year_words) {
            if (end - at < text.size() || !is_lower_word(at, at + text.size(), text)) continue;
            std::size_t const after = at + text.size();
            if (after == end || !is_alnum(prose_[after])) { // not "years"
                if (comma && after < end && (prose_[after] == '\'' || prose_[after] == '\xE2')) return std::nullopt;
                return offset;
            }
        }
        return std::nullopt;
    }

    /// The year of a sentence that opens with "In 2019," or "Back in 2019," ("In 2019, the fair
    /// opened on Friday, Oct. 4"), or with "Next year's" and kin: the time of all it tells.
    [[nodiscard]] std::optional<int> opening_year() const {
        std::size_t b = sentence_->begin;
        // "This year the clubs ran from Monday, July 22", "Last year, the fair opened on Friday, Oct. 4": the year
        // that opens the sentence (not "This year's", below; not "this years-long")
        if (reference_ && sentence_->end - b > 10)
            for (auto const& [text, offset] : relative_year_words)
                if (is_lower_word(b, b + text.size(), text) &&
                    (prose_[b + text.size()] == ' ' || prose_[b + text.size()] == ','))
                    return reference_->year + offset;
        // "Next year's race will be run on Saturday, April 26", "Last year's summit opened on ...": an
        // event of that year (not "Next year's calendar will be put to a vote on Tuesday, Oct. 29", "Last
        // year's scores were released on Thursday, Sept. 26": a thing of that year, dealt with now)
        if (reference_ && sentence_->end - b > 12 && prose_.substr(b + 9, 3) == "'s ") {
            std::array<lower_word, 3> w;
            std::size_t const n = next_words(b + 12, w);
            bool event = false;
            for (std::size_t k = 0; k < n && !event; ++k)
                event = w[k].is({"race",     "election",   "elections",  "games",      "olympics",      "tournament",
                                 "cup",      "final",      "festival",   "summit",     "championships", "championship",
                                 "marathon", "vote",       "referendum", "conference", "show",          "fair",
                                 "contest",  "edition",    "meeting",    "ceremony",   "derby",         "playoffs",
                                 "series",   "prix",       "parade",     "concert",    "tour",          "expo",
                                 "congress", "convention", "strike",     "launch",     "opening",       "event"});
            // (this year's is this year, whatever it names: "This year's first day of school was Tuesday")
            for (auto const& [text, offset] : relative_year_words)
                if (is_lower_word(b, b + 9, text) && (event || offset == 0)) return reference_->year + offset;
        }
        // "The 2026 race will be held on Sunday, April 26": an event of that year (not "The 1987
        // budget was approved on Dec. 16", a plan for the year after)
        if (sentence_->end - b > 12 && is_lower_word(b, b + 4, "the ") && is_digit(prose_[b + 4]) &&
            is_digit(prose_[b + 5]) && is_digit(prose_[b + 6]) && is_digit(prose_[b + 7]) && prose_[b + 8] == ' ') {
            int const year = std::stoi(std::string(prose_.substr(b + 4, 4)));
            // The event's name, up to three words ("race", "World Cup final", "Grand Prix"), its last
            // word an event's, then the event itself held on the day: "will be held", "takes place"
            // (not "The 2026 election campaign will begin", "The 2026 conference will be announced on
            // Friday, Dec. 5" in 2025)
            std::array<lower_word, 6> w;
            std::size_t const n = next_words(b + 9, w);
            bool held = false;
            for (std::size_t at = 1; at <= 3 && at < n && !held; ++at) {
                std::size_t const rest = n - at;
                bool const verb =
                    (rest >= 3 && w[at].is({"will", "is", "was"}) && w[at + 1].is({"be", "being"}) &&
                     w[at + 2].is({"held", "played", "run", "staged", "hosted", "contested", "fought"})) ||
                    (rest >= 3 && w[at].is({"will"}) && w[at + 1].is({"take"}) && w[at + 2].is({"place"})) ||
                    (rest >= 2 && w[at].is({"takes", "took"}) && w[at + 1].is({"place"})) ||
                    (rest >= 2 && w[at].is({"is", "was"}) && w[at + 1].is({"held", "played", "run", "on"}));
                held = verb && w[at - 1].is({"race",       "election",   "elections",     "games",    "olympics",
                                             "tournament", "cup",        "championship",  "prix",     "final",
                                             "festival",   "summit",     "championships", "marathon", "season",
                                             "vote",       "referendum", "conference",    "show",     "fair",
                                             "census",     "contest",    "edition",       "meeting",  "ceremony",
                                             "derby",      "playoffs",   "series"});
            }
            if (year >= 1000 && held) return year;
        }
        // "That stoppage, in 2023, lasted 13 days, from July 1 to July 18": a year set off by commas
        // before the date, the clause's
        if (candidate_ > b + 10) {
            std::string_view const lead = prose_.substr(b, candidate_ - b);
            if (std::size_t const at = lead.find(", in ");
                at != std::string_view::npos && at + 10 <= lead.size() && lead[at + 9] == ',' &&
                is_digit(lead[at + 5]) && is_digit(lead[at + 6]) && is_digit(lead[at + 7]) && is_digit(lead[at + 8])) {
                int const year = std::stoi(std::string(lead.substr(at + 5, 4)));
                // (not the year of a founding told of the subject, nor before a verb of now or to come: "The band,
                // formed in Austin, Texas, in 2016, plays Red Rocks on Tuesday, June 4", "The band, in 2016, plays")
                std::string const before = text::lower(lead.substr(0, at));
                std::array<lower_word, 1> verb;
                bool const now =
                    next_words(b + at + 11, verb) == 1 &&
                    (verb[0].is({"is",     "are",      "will",    "has",       "have",     "plays", "play", "begins",
                                 "begin",  "opens",    "open",    "starts",    "start",    "runs",  "run",  "returns",
                                 "return", "performs", "perform", "headlines", "headline", "tours", "holds"}));
                bool const founded = text::contains_any_word(
                    before, {"formed", "founded", "established", "born", "created", "launched", "built", "started",
                             "opened", "incorporated", "set", "begun", "debuted"});
                if (year >= 1000 && !now && !founded) return year;
            }
        }
        // "Back in 2018, the bridge closed on Wednesday, Dec. 18"
        if (sentence_->end - b > 14 && is_lower_word(b, b + 5, "back ")) b += 5;
        if (sentence_->end - b < 9 || !is_lower_word(b, b + 2, "in") || prose_[b + 2] != ' ') return std::nullopt;
        for (std::size_t i = b + 3; i < b + 7; ++i)
            if (!is_digit(prose_[i])) return std::nullopt;
        if (prose_[b + 7] != ',') return std::nullopt;
        int const year = std::stoi(std::string(prose_.substr(b + 3, 4)));
        if (year < 1000) return std::nullopt;
        return year;
    }

    /// "this year", "last year" or "next year" right before prose_[at] (a comma between or not):
    /// the year offset they give.
    [[nodiscard]] std::optional<int> year_words_before(std::size_t at) const {
        std::size_t const begin = sentence_->begin;
        while (at > begin && (prose_[at - 1] == ' ' || prose_[at - 1] == ',')) --at;
        for (auto const& [text, offset] : relative_year_words) {
            if (at - begin < text.size() || !is_lower_word(at - text.size(), at, text)) continue;
            if (at - text.size() == begin || !is_alnum(prose_[at - text.size() - 1])) return offset;
        }
        // "set a year ago, on Monday, May 15"
        constexpr std::string_view ago = "a year ago";
        if (at - begin >= ago.size() && is_lower_word(at - ago.size(), at, ago) &&
            (at - ago.size() == begin || !is_alnum(prose_[at - ago.size() - 1])))
            return -1;
        return std::nullopt;
    }

    /// The two years of the split year ("1986/87": 1986 and 1987) whose months the period beginning
    /// at prose_[begin] gives in parentheses right after it: "in 1986/87 (Oct-Sept)", "the 1986/87
    /// season (November-October)". `m` is that period's mention.
    [[nodiscard]] std::optional<std::pair<int, int>> split_year_before(mention const& m, std::size_t begin) const {
        std::size_t open = begin;
        while (open > sentence_->begin && prose_[open - 1] == ' ') --open;
        if (open == sentence_->begin || prose_[open - 1] != '(') return std::nullopt;
        --open;
        // The mention that ends last before the parenthesis, a part of another or not ("compared
        // with 1985/86 (Oct-Sept)"), a period on a tie with the mention it is part of.
        auto const split = [](mention const& p) {
            return p.kind == mention_kind::period && text::is_split_year(p.time_value);
        };
        mention const* year = nullptr;
        for (mention const& p : out_) {
            if (&p == &m || p.end > open) continue;
            if (!year || p.end > year->end || (p.end == year->end && split(p))) year = &p;
        }
        if (!year || !split(*year)) return std::nullopt;
        // (at most two words between: "season", "crop year")
        int words = 0;
        for (std::size_t k = year->end; k < open; ++k) {
            if (prose_[k] != ' ' && !is_alpha(prose_[k])) return std::nullopt;
            if (is_alpha(prose_[k]) && !is_alpha(prose_[k - 1])) ++words;
        }
        if (words > 2) return std::nullopt;
        std::string_view const v = year->time_value;
        int first = 0, second = 0;
        if (std::from_chars(v.data(), v.data() + 4, first).ec != std::errc{} ||
            std::from_chars(v.data() + 5, v.data() + 9, second).ec != std::errc{} || second != first + 1)
            return std::nullopt;
        return std::pair{first, second};
    }

    /// "the third quarter" (XXXX-Q3), "in April" (XXXX-04): the occurrence nearest the reference
    /// date, the earlier one on a tie (news reports what has happened); a month named alone in a
    /// clause about the past or the future, the last or the coming one (tense_before). `begin` and
    /// `end`: where the period's words begin and end in the prose.
    void resolve_period(mention& m, std::size_t begin, std::size_t end) const {
        // "1986/87 (Oct-Sept)": the months of the split year before them, which the text gives
        if (std::string_view const v = m.time_value;
            v.size() == 15 && v.starts_with("XXXX-") && v[7] == '/' && v.substr(8, 5) == "XXXX-") {
            int const from = (v[5] - '0') * 10 + (v[6] - '0');
            int const to = (v[13] - '0') * 10 + (v[14] - '0');
            if (auto const years = split_year_before(m, begin); years && to < from) {
                m.time_value =
                    year_month(year_digits(years->first), from) + '/' + year_month(year_digits(years->second), to);
                m.resolved = m.time_value;
                return;
            }
        }
        if (!reference_ || !m.time_value.starts_with("XXXX-")) return;
        // A span of months, "XXXX-02/XXXX-04": its last month resolved as a month named alone
        // ("the Jan-Sept period" in October is this year's), the first the one before it.
        if (std::string_view const v = m.time_value; v.size() == 15 && v[7] == '/' && v.substr(8, 5) == "XXXX-") {
            std::string const span = std::move(m.time_value);
            m.time_value = span.substr(8);
            resolve_period(m, begin, end);
            m.time_value = span;
            if (!m.resolved || m.resolved->size() != 7) return;
            int const year = std::stoi(m.resolved->substr(0, 4));
            int const from = std::stoi(span.substr(5, 2));
            int const to = std::stoi(span.substr(13, 2));
            m.resolved = year_month(year_digits(to > from ? year : year - 1), from) + '/' + *m.resolved;
            return;
        }
        std::string_view const rest = std::string_view(m.time_value).substr(5);
        int per_year = 0, index = 0;
        if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') {
            per_year = 4;
            index = rest[1] - '1';
        } else if (rest.size() == 2 && rest[0] == 'H' && (rest[1] == '1' || rest[1] == '2')) {
            per_year = 2; // "the second half": the nearest, as a quarter
            index = rest[1] - '1';
        } else if (rest.size() == 2 && is_digit(rest[0]) && is_digit(rest[1])) {
            per_year = 12;
            index = (rest[0] - '0') * 10 + (rest[1] - '0') - 1;
            if (index < 0 || index > 11) return;
        } else {
            return;
        }
        calendar_date const ref = *reference_;
        // "June last year", "the third quarter this year": the year the words after it count.
        if (auto const offset = year_words_after(end)) {
            std::string value = year_digits(ref.year + *offset);
            value += '-';
            value += rest;
            m.resolved = std::move(value);
            return;
        }
        int const now = ref.year * per_year + (ref.month - 1) / (12 / per_year);
        int best = 0;
        if (per_year == 12) {
            // "April through November": the end of a range of months follows its first month, which
            // is resolved as a month named alone (the nearest).
            // The nearest occurrence of the month `delta` months from the reference's in its year
            // (the earlier on a tie).
            auto const nearest = [&](int delta) {
                return now + (delta >= 6 ? delta - 12 : delta < -6 ? delta + 12 : delta);
            };
            // The occurrence of the month `delta` months from the reference's in its year that the
            // clause's tense gives: the past from nine months back to two ahead, the future from
            // two back to nine ahead. Within two months either way, or ten or more, every tense
            // gives the same month: the nearest. `when` is asked only when it can matter.
            // A deadline without a tense is to come: "Markets are pricing in two more cuts by
            // December", "a program to pay down $5 billion of its loan by February".
            bool const deadline = [&] {
                std::array<lower_word, 1> first;
                // (not "until": "The plant operated until November" tells of the past without a tense
                // this reads)
                return next_words(candidate_, first) == 1 && first[0].is({"by", "before"});
            }();
            auto const by_tense = [&](int delta, auto const& when) {
                bool const open = std::abs(delta) > 2 && std::abs(delta) < 10;
                tense t = !open ? tense::unknown : when();
                if (open && deadline && !decided(t)) t = tense::future;
                switch (t) {
                case tense::future:
                    return now + (delta < -2 ? delta + 12 : delta > 9 ? delta - 12 : delta);
                case tense::past:
                    return now + (delta > 2 ? delta - 12 : delta < -9 ? delta + 12 : delta);
                case tense::unknown:
                case tense::undecided:
                    break;
                }
                return nearest(delta);
            };
            if (auto const first = month_before_range(candidate_)) {
                // The first month as resolved when it was found ("from January to August"), else
                // the nearest.
                int start = nearest((*first - 1) - (ref.month - 1));
                mention const* const before = out_.size() >= 2 ? &out_[out_.size() - 2] : nullptr; // back() is m
                if (before && before->sentence == sentence_index_ && before->resolved &&
                    before->resolved->size() == 7 && before->end <= candidate_) {
                    std::string const& v = *before->resolved;
                    if (std::all_of(v.begin(), v.begin() + 4, is_digit) && is_digit(v[5]) && is_digit(v[6]) &&
                        (v[5] - '0') * 10 + (v[6] - '0') == *first)
                        start = std::stoi(v.substr(0, 4)) * 12 + *first - 1;
                }
                int const end_month = start - (start % 12) + index;
                best = end_month >= start ? end_month : end_month + 12;
                m.resolved = year_month(year_digits(best / 12), best % 12 + 1);
                return;
            }
            // The first month of a range whose end has a year ("from January to August 1987",
            // "January/September 1986", "Jan-Dec, 1986"), or that names a period ("the Jan-Sept
            // period", "the July/September quarter"): in the year of the range's end, the year the
            // text gives or else the one the clause's tense gives the last month, as for a month
            // named alone. (Other ranges go from their first month: "for May to September
            // shipment" in March is this year's, whatever the tense of the sale.)
            if (auto const last = range_end_after(end); last && (last->year != 0 || last->period)) {
                int const last_month =
                    last->year != 0 ? last->year * 12 + last->month - 1
                                    : by_tense(last->month - ref.month, [&] { return tense_before(candidate_); });
                int const year = last_month / 12 - (index > last_month % 12 ? 1 : 0);
                m.resolved = year_month(year_digits(year), index + 1);
                if (last->year != 0) m.time_value = *m.resolved; // the text gives the year
                return;
            }
            // A month named alone: in the year its clause's tense gives, or the nearest. "since
            // July": the last such month that has begun, whatever the clause's tense and however
            // far back ("since January" in November is this year's January, not the nearer next one).
            bool const since = candidate_ + 6 < end && is_lower_word(candidate_, candidate_ + 5, "since") &&
                               !is_alnum(prose_[candidate_ + 5]);
            int const delta = index - (ref.month - 1);
            // The time of a figure's base has begun, unless the change is to come: "rose to 4.4% in
            // October from 4.1% in January" in November is this January (not "will rise to $5 in
            // December from $4 in October").
            bool const base =
                !since && delta != 0 && time_of_base(candidate_) && tense_before(candidate_) != tense::future;
            // "in the year to June", "the three months to September": a period of figures reported,
            // which has ended (June last year in May), unless the clause tells of what is to come
            bool const reported = !since && !base && delta != 0 && is_lower_word(candidate_, candidate_ + 2, "to") &&
                                  [&] {
                                      std::array<lower_word, 1> before;
                                      return last_words(sentence_->begin, candidate_, before) == 1 &&
                                             before[0].is({"year", "months", "quarter", "weeks", "period"});
                                  }() &&
                                  [&] {
                                      // (told in the past, or with no tense and no word of what is
                                      // expected: "The 12 months to September saw"; not "expects revenue
                                      // of $2bn in the year to June", "is forecast at 3%")
                                      tense const t = tense_before(candidate_);
                                      if (t == tense::past) return true;
                                      if (t == tense::future) return false;
                                      std::string const words = text::lower(
                                          prose_.substr(sentence_->begin, sentence_->end - sentence_->begin));
                                      for (std::string_view const ahead :
                                           {"expect", "forecast", "project", "estimate", "predict", "will ", "would ",
                                            "outlook", "target", "budget", "plan", "guidance", "seen ", "could "})
                                          if (words.find(ahead) != std::string::npos) return false;
                                      return true;
                                  }();
            best = since || base || reported ? now + (delta > 0 ? delta - 12 : delta) : by_tense(delta, [&] {
                // ("Sales in the September quarter fell 2%": the quarter the month ends, told in
                // the past right after it)
                if (std::array<lower_word, 2> next;
                    next_words(end, next) == 2 && next[0].is({"quarter"}) && past_change_verb(next[1]))
                    return tense::past;
                return tense_before(candidate_);
            });
        } else {
            for (int y = ref.year - 1; y <= ref.year + 1; ++y) {
                int const candidate = y * per_year + index;
                if (best == 0 || std::abs(candidate - now) < std::abs(best - now) ||
                    (std::abs(candidate - now) == std::abs(best - now) && candidate < best))
                    best = candidate;
            }
            // "Delta earned $5.2 million in the fiscal first quarter" in October 1989: a fiscal
            // quarter reported in the past tense has begun (1989-Q1, not the nearer 1990-Q1; the
            // calendar months of a fiscal quarter are not in the text, its year is). A calendar
            // quarter stays the nearest: "said" frames plans as often as results.
            if (best > now && after_word_fiscal(candidate_) && tense_before(candidate_) == tense::past) best -= 4;
            // "GDP grew 2.8% in the third quarter" in June: a change told in the past, in the period
            // right after it, has happened; its quarter or half is the last such one (not the coming
            // one, however near; a plan for a period stays the nearest: "increased its production
            // schedule for the second quarter", "approved a second quarter distribution").
            // ("Profit in Q3 rose 11%", "Sales in the September quarter fell 2%": the change told
            // right after the period)
            if (best > now && (change_told_in_past_before(candidate_) || change_told_in_past_after(end) ||
                               measure_changed_in_past_after(end)))
                best -= per_year;
            // ("Sales rose 4% in Q3 from Q2" in January: the base of a change that has happened)
            // (or of a figure set as a base: "rose to $5 million in Q3 from $4 million in Q2")
            else if (best > now && (base_of_past_change(candidate_) ||
                                    (time_of_base(candidate_) && tense_before(candidate_) == tense::past)))
                best -= per_year;
            // "rose in the second half of last year from the first half", "in the third quarter of
            // 2023 from the second quarter": the base after "from" is the latest such period before
            // the one it is compared with
            if (auto const compared = period_compared_before(candidate_, per_year)) {
                best = (*compared / per_year) * per_year + index;
                if (best >= *compared) best -= per_year;
            }
            // "will close in the third quarter", "is due to start in the second half" in March: of
            // two as near, the past one and the coming one, the coming one when the clause tells of
            // what is to come (a nearer past one stays: "will report a fourth quarter loss" in March)
            if (best < now && best + per_year - now == now - best && tense_before(candidate_) == tense::future &&
                !results_of_past_period()) {
                best += per_year;
            }
        }
        m.resolved = per_year == 4   ? fmt::format("{:04}-Q{}", best / 4, best % 4 + 1)
                     : per_year == 2 ? fmt::format("{:04}-H{}", best / 2, best % 2 + 1)
                                     : year_month(year_digits(best / 12), best % 12 + 1);
    }

    struct month_and_year {
        int month = 0;
        int year = 0;        ///< 0 when not given
        bool period = false; ///< "period" or "quarter" follows
    };
    /// The last month of a range of months whose first month's name ends at prose_[at]: "-Sept",
    /// "/September 1986", " to August 1987", " through May" (not "and June": two months).
    [[nodiscard]] std::optional<month_and_year> range_end_after(std::size_t at) const {
        std::size_t const end = sentence_->end;
        std::size_t i = at;
        if (i < end && (prose_[i] == '-' || prose_[i] == '/')) {
            ++i;
        } else if (i + 3 < end && prose_.substr(i, 3) == "\xE2\x80\x93") { // an en dash
            i += 3;
        } else {
            while (i < end && prose_[i] == ' ') ++i;
            std::size_t w = i;
            while (w < end && is_alpha(prose_[w])) ++w;
            if (!is_lower_word(i, w, "to") && !is_lower_word(i, w, "through") && !is_lower_word(i, w, "thru") &&
                !is_lower_word(i, w, "until"))
                return std::nullopt;
            i = w;
            if (i >= end || prose_[i] != ' ') return std::nullopt;
            while (i < end && prose_[i] == ' ') ++i;
        }
        std::size_t w = i;
        while (w < end && is_alpha(prose_[w])) ++w;
        if (w == i || !is_upper(prose_[i]) || (w < end && is_digit(prose_[w]))) return std::nullopt;
        auto const month = month_named(i, w);
        if (!month) return std::nullopt;
        month_and_year result{*month, 0};
        if (w < end && prose_[w] == '.') ++w;
        while (w < end && (prose_[w] == ' ' || prose_[w] == ',')) ++w;
        std::size_t d = w;
        while (d < end && is_digit(prose_[d])) ++d;
        if (d - w == 4 && d + 1 < end && (prose_[d] == '/' || prose_[d] == '-') && is_digit(prose_[d + 1]))
            return std::nullopt; // "April/January 1986/87": a split year
        if (d - w == 4 && (d == end || !is_alnum(prose_[d]))) {
            int const year = std::stoi(std::string(prose_.substr(w, 4)));
            if (year >= 1000) result.year = year;
        } else if (d > w) {
            return std::nullopt; // "March-May 15": a day, a date range
        } else {
            std::size_t e = w;
            while (e < end && is_alpha(prose_[e])) ++e;
            result.period = is_lower_word(w, e, "period") || is_lower_word(w, e, "quarter");
        }
        return result;
    }

    /// The month (1-12) whose name (or abbreviation, without its stop) is prose_[begin, end), in
    /// any case, by the grammars' own month table.
    [[nodiscard]] std::optional<int> month_named(std::size_t begin, std::size_t end) const {
        std::array<char, 9> word{}; // "september", the longest
        if (end <= begin || end - begin > word.size()) return std::nullopt;
        for (std::size_t k = begin; k < end; ++k) word[k - begin] = lower(prose_[k]);
        int const* const number = grammar::lexicon::months().find(std::string(word.data(), end - begin));
        return number ? std::optional<int>(*number) : std::nullopt;
    }

    /// The month (1-12) of "April" in "April through November" when the mention at `begin` is
    /// "through November" (or "to", "until"): a month's name, then that word.
    [[nodiscard]] std::optional<int> month_before_range(std::size_t begin) const {
        std::size_t w = begin;
        while (w < prose_.size() && is_alpha(prose_[w])) ++w;
        if (!is_lower_word(begin, w, "through") && !is_lower_word(begin, w, "to") && !is_lower_word(begin, w, "until"))
            return std::nullopt;
        std::size_t e = begin;
        while (e > sentence_->begin && prose_[e - 1] == ' ') --e;
        if (e > sentence_->begin && prose_[e - 1] == '.') --e; // "Sept."
        std::size_t b = e;
        while (b > sentence_->begin && is_alpha(prose_[b - 1])) --b;
        if (b == e || b == begin || !is_upper(prose_[b])) return std::nullopt;
        return month_named(b, e);
    }

    static std::string period_value(ast::temporal const& t) {
        if (t.fiscal) return fmt::format("FY{}", year_or_x(t.year));
        if (t.quarter != 0) return fmt::format("{}-Q{}", year_or_x(t.year), t.quarter);
        if (t.half != 0) return fmt::format("{}-H{}", year_or_x(t.year), t.half);
        if (t.decade != 0) return fmt::format("{}", t.decade / 10);
        if (t.century != 0) return fmt::format("{:02}", t.century);
        if (t.year_end != 0) return fmt::format("{:04}/{:04}", t.year, t.year_end);
        // "the February-April period" XXXX-02/XXXX-04, "Oct-Sept 1987" 1986-10/1987-09
        if (t.month != 0 && t.month_end != 0)
            return year_month(year_or_x(t.year == 0 || t.month_end > t.month ? t.year : t.year - 1), t.month) + '/' +
                   year_month(year_or_x(t.year), t.month_end);
        if (t.month != 0) return year_month(year_or_x(t.year), t.month);
        return year_or_x(t.year);
    }

    static std::string duration_value(ast::temporal const& t) {
        double value = t.amount;
        std::string_view unit = t.unit;
        if (unit == "DE") value *= 10;
        if (unit == "CE") value *= 100;
        if (unit == "Q") value *= 3;
        if (unit == "DE" || unit == "CE") unit = "Y";
        if (unit == "Q") unit = "M";
        std::string const amount = t.amount == 0                ? std::string(1, 'X')
                                   : value == std::floor(value) ? fmt::format("{}", static_cast<long long>(value))
                                                                : fmt::format("{}", value);
        if (unit == "H") return fmt::format("PT{}H", amount);
        if (unit == "MIN") return fmt::format("PT{}M", amount);
        if (unit == "S") return fmt::format("PT{}S", amount);
        return fmt::format("P{}{}", amount, unit);
    }

    /// Where a look back from the mention just emitted (out_.back()) stops: at most 64 mentions
    /// before it, so that a sentence of thousands of "a year earlier" and no period stays linear.
    /// Each look back runs `for (i = out_.size() - 1; i-- > stop;)` with `stop` from here.
    [[nodiscard]] std::size_t lookback_stop() const { return out_.size() > 65 ? out_.size() - 65 : 0; }

    /// The quarter the story is about, for "the quarter": the last quarter named before it (a
    /// period such as "the third quarter", or a relative time such as "the latest quarter", not
    /// one counted from another such as "the year-ago quarter"), among the 64 mentions before it.
    [[nodiscard]] std::optional<std::string> story_quarter() const {
        std::size_t const stop = lookback_stop();
        // The quarter out_[i] names, if it may be the story's.
        auto const quarter_of = [&](std::size_t i) -> std::string const* {
            mention const& earlier = out_[i];
            // Not "the year-ago quarter" nor "from a year ago" read as a quarter: the quarter
            // compared with, not the one reported.
            if (earlier.kind != mention_kind::period &&
                (earlier.kind != mention_kind::relative_time || earlier.anchored ||
                 (earlier.relative_unit == "year" && earlier.relative_offset != 0)))
                return nullptr;
            std::string const& value = earlier.resolved ? *earlier.resolved : earlier.time_value;
            if (value.size() == 7 && value[4] == '-' && value[5] == 'Q' &&
                std::all_of(value.begin(), value.begin() + 4, is_digit))
                return &value;
            return nullptr;
        };
        for (std::size_t i = out_.size() - 1; i-- > stop;) {
            std::string const* const value = quarter_of(i);
            if (!value) continue;
            // "earned $5.2 million in the fiscal first quarter ... In the 1988 period, the company
            // earned $20.6 million": the same quarter a year before what was named earlier is the
            // base of a comparison; the story is about the later one.
            std::string const later = year_digits(std::stoi(value->substr(0, 4)) + 1) + value->substr(4);
            for (std::size_t j = i; j-- > stop;)
                if (std::string const* const before = quarter_of(j); before && *before == later) return later;
            return *value;
        }
        return std::nullopt;
    }

    /// "Profit was $5m last year, up from $4m a year earlier": a year or a quarter counted from the
    /// relative time of the same unit its sentence names before it, resolved ("last year" 2023, so
    /// 2022, whatever period the sentence before names), when no period, year or date comes between
    /// (from_named_period's), that time is no base of a comparison itself ("from 19,034 in the same
    /// month last year") and no time of a relative clause ("which went public last year").
    [[nodiscard]] std::optional<std::string> from_relative_period(mention const& m, std::string_view text) const {
        std::string const& unit = m.relative_unit;
        if (m.relative_offset == 0 || (unit != "year" && unit != "quarter" && unit != "month" && unit != "week") ||
            is_rate_basis(text::lower(text)))
            return std::nullopt;
        std::size_t const stop = lookback_stop();
        for (std::size_t i = out_.size() - 1; i-- > stop;) {
            mention const& earlier = out_[i];
            if (earlier.sentence != sentence_index_) break;
            if (earlier.kind == mention_kind::period || earlier.kind == mention_kind::year ||
                earlier.kind == mention_kind::date)
                return std::nullopt;
            if (earlier.kind != mention_kind::relative_time || earlier.parent) continue;
            if (!earlier.resolved || earlier.anchored || earlier.relative_unit != unit || is_base_period(i))
                return std::nullopt;
            // (not the time of a relative clause: "The company, which went public last year, said
            // revenue fell 20% from a year earlier")
            {
                std::size_t from = earlier.begin;
                while (from > sentence_->begin && prose_[from - 1] != ',') --from;
                if (text::contains_any_word(text::lower(prose_.substr(from, earlier.begin - from)),
                                            {"which", "who", "whose", "that", "when", "where"}))
                    return std::nullopt;
            }
            std::string const& value = *earlier.resolved;
            if (unit == "year" && value.size() == 4 && std::all_of(value.begin(), value.end(), is_digit))
                return year_digits(std::stoi(value) + m.relative_offset);
            if (unit == "quarter" && value.size() == 7 && value[4] == '-' && value[5] == 'Q' &&
                std::all_of(value.begin(), value.begin() + 4, is_digit) && value[6] >= '1' && value[6] <= '4') {
                int const quarters = std::stoi(value.substr(0, 4)) * 4 + (value[6] - '1') + m.relative_offset;
                return year_quarter(quarters);
            }
            // "fell to 210,000 last week from 225,000 a week earlier", "last month ... a month before"
            bool const year_first =
                value.size() >= 7 && std::all_of(value.begin(), value.begin() + 4, is_digit) && value[4] == '-';
            if (unit == "month" && year_first && value.size() == 7 && is_digit(value[5]) && is_digit(value[6])) {
                int const months =
                    std::stoi(value.substr(0, 4)) * 12 + std::stoi(value.substr(5)) - 1 + m.relative_offset;
                return year_month(year_digits(months / 12), months % 12 + 1);
            }
            if (unit == "week" && year_first && value.size() == 8 && value[5] == 'W' && is_digit(value[6]) &&
                is_digit(value[7])) {
                // (the Monday of ISO week 1 is the Monday of the week of January 4)
                long const january4 = days_from_civil(std::stoi(value.substr(0, 4)), 1, 4);
                long const monday = january4 - (weekday_of(january4) - 1) + (std::stol(value.substr(6)) - 1) * 7;
                return iso_week(monday + 7L * m.relative_offset);
            }
            return std::nullopt;
        }
        return std::nullopt;
    }

    /// "a year earlier", "the year-earlier period" far from any period named: in an earnings story
    /// the same quarter a year before the quarter the story is about (story_quarter), when no
    /// period, year or date is named in the same or the previous sentence.
    [[nodiscard]] std::optional<std::string> from_story_quarter(mention const& m, std::string_view text) const {
        if (m.relative_unit != "year" || m.relative_offset >= 0 || is_rate_basis(text::lower(text)))
            return std::nullopt;
        std::size_t const stop = lookback_stop();
        for (std::size_t i = out_.size() - 1; i-- > stop;) {
            mention const& earlier = out_[i];
            if (earlier.sentence + 1 < sentence_index_) break;
            if (earlier.kind == mention_kind::period || earlier.kind == mention_kind::year ||
                earlier.kind == mention_kind::date)
                return std::nullopt; // the nearest period decided
        }
        auto const quarter = story_quarter();
        if (!quarter) return std::nullopt;
        return year_digits(std::stoi(quarter->substr(0, 4)) + m.relative_offset) + quarter->substr(4);
    }

    /// "a year earlier", "the year-ago quarter", "two years later": counted from the period the
    /// text has just named, in this sentence or the one before (wire copy puts one sentence in a
    /// paragraph) ("a third-quarter loss ... versus a profit a year earlier" is 1988-Q3 when the
    /// quarter is 1989-Q3). Years shift any period or date that begins with its year
    /// ("1989-10-23" a year earlier is "1988-10-23"); quarters shift a quarter, months a month.
    /// "The year-ago quarter" after a date is the quarter of that date a year before. Without such
    /// a period the mention stays unresolved ("the quarter": story_quarter). With `finer_only`,
    /// only a period finer than a year (a quarter, a month, a date) counts: "a year ago" after
    /// "the third quarter" is that quarter a year before.
    std::optional<std::string> from_named_period(mention const& m, std::string_view text, bool finer_only) const {
        int const offset = m.relative_offset;
        std::string const& unit = m.relative_unit;
        if (offset == 0 && unit == "quarter") return story_quarter();
        if (offset == 0 || (unit != "year" && unit != "quarter" && unit != "month" && unit != "day" && unit != "week"))
            return std::nullopt;
        std::string const lower = text::lower(text);
        if (is_rate_basis(lower)) return std::nullopt;
        // "the previous year", "the prior quarter", "the year before" name a whole unit: they count
        // from a period of that unit ("fiscal 2023", not "March 2023"); "a year earlier" and "the
        // year-ago quarter" count from any period.
        bool const whole_unit = lower.starts_with("the previous") || lower.starts_with("the prior") ||
                                lower.starts_with("the preceding") || lower.starts_with("the next") ||
                                lower.starts_with("the following") || lower.starts_with("the subsequent") ||
                                (lower.starts_with("the ") && lower.ends_with(" before"));
        // A whole year counted from a finer period when no year is named: "On May 22, 1995, ...
        // and the following year" is 1996.
        std::optional<std::string> year_of_finer;
        // "The following month, the company put itself up for sale" opening its sentence goes on
        // from the story's last month, however many sentences back (three at most).
        std::size_t const reach =
            candidate_ == sentence_->begin && (lower.starts_with("the following") || lower.starts_with("the next") ||
                                               lower.starts_with("the subsequent"))
                ? 3
                : 1;
        // out_.back() is `m` itself; look at the mentions before it (lookback_stop)
        std::size_t const stop = lookback_stop();
        for (std::size_t i = out_.size() - 1; i-- > stop;) {
            mention const& earlier = out_[i];
            if (earlier.sentence + reach < sentence_index_) return year_of_finer;
            if (earlier.kind != mention_kind::period && earlier.kind != mention_kind::year &&
                earlier.kind != mention_kind::date)
                continue;
            // "reported second-quarter revenue on Wednesday, up 56% from a year earlier": a weekday
            // after a period of its sentence is when the news was told, not the period of its figures
            // (alone it may be: "Friday's slaughter ... versus 136,000 a year ago")
            if (earlier.kind == mention_kind::date && earlier.time_value.starts_with("XXXX-WXX")) {
                bool period_before = false;
                for (std::size_t j = i; j-- > stop && out_[j].sentence == earlier.sentence && !period_before;)
                    period_before =
                        !out_[j].parent && (out_[j].kind == mention_kind::period || out_[j].kind == mention_kind::year);
                if (period_before) continue;
            }
            // "up from 151 dlrs in 1985/86": the nearest period is the base of a comparison, which
            // says nothing of the period of the figures after it
            if (is_base_period(i)) return std::nullopt;
            // "the lowest since December 1977" in 1987: where a long span begins, not the period a
            // figure is for ("the first growth since June 1986, when they rose 4.4 pct from a year
            // earlier" in 1987 counts from June 1986)
            if (reference_ && after_since(earlier)) {
                std::string const& v = earlier.resolved ? *earlier.resolved : earlier.time_value;
                if (v.size() >= 4 && std::all_of(v.begin(), v.begin() + 4, is_digit) &&
                    std::stoi(v.substr(0, 4)) < reference_->year - 1)
                    continue;
            }
            // "The lender, which was founded in 1857, employs 14,300 people, up from 13,900 a year earlier": the year
            // of a founding or a birth is not the period of the figures (a relative clause's may be: "which rose
            // to 34.5 billion crowns in 1986 from 29.1 billion the previous year")
            if (earlier.kind == mention_kind::year && earlier.sentence == sentence_index_) {
                std::array<lower_word, 2> before;
                std::size_t const n = last_words(sentence_->begin, earlier.begin, before);
                bool founded = false;
                for (std::size_t k = 0; k < n; ++k)
                    founded = founded || before[k].is({"founded", "established", "born", "formed", "incorporated"});
                if (founded) continue;
            }
            std::string const& value = earlier.resolved ? *earlier.resolved : earlier.time_value;
            // "The company will report results on 24 July. ... A year ago, the index stood at 102.3": "ago"
            // counts back from now, not from a time still to come that an earlier sentence names ("revenues in
            // the quarter ending March 31 against a year ago" counts from it)
            if (reference_ && offset < 0 && lower.ends_with(" ago") && earlier.sentence != sentence_index_ &&
                value.size() >= 7 && value[4] == '-' && is_digit(value[5]) &&
                value.compare(0, 10, iso_date(*reference_), 0, value.size()) > 0)
                return std::nullopt;
            if (finer_only && (value.size() <= 4 || value.starts_with("FY"))) return std::nullopt;
            if (whole_unit && unit == "year" && value.size() == 6 && value.starts_with("FY") &&
                std::all_of(value.begin() + 2, value.end(), is_digit)) {
                // "fiscal 2023 ... the previous year": FY2022
                return "FY" + year_digits(std::stoi(value.substr(2)) + offset);
            }
            if (value.size() < 4 || !std::all_of(value.begin(), value.begin() + 4, is_digit)) continue;
            if (whole_unit) {
                bool const same_unit = unit == "year"                    ? value.size() == 4 || split_year(value)
                                       : unit == "quarter"               ? value.size() == 7 && value[5] == 'Q'
                                       : unit == "day" || unit == "week" ? value.size() == 10 && is_digit(value[5])
                                                                         : value.size() == 7 && is_digit(value[5]);
                if (!same_unit) {
                    // (not a span of months: "the 1986/87 (Oct-Sept) season")
                    if (unit == "year" && !year_of_finer && value.size() > 4 && value[4] == '-' &&
                        value.find('/') == std::string::npos)
                        year_of_finer = year_digits(std::stoi(value.substr(0, 4)) + offset);
                    continue;
                }
            }
            int const year =
                (value[0] - '0') * 1000 + (value[1] - '0') * 100 + (value[2] - '0') * 10 + (value[3] - '0');
            std::string_view rest = std::string_view(value).substr(4);
            std::string quarter; // "-Q3" for "the year-ago quarter" after "Sept. 30"
            if (lower.find("quarter") != std::string::npos && rest.size() >= 3 && rest[0] == '-' && is_digit(rest[1]) &&
                is_digit(rest[2])) {
                int const month = (rest[1] - '0') * 10 + (rest[2] - '0');
                if (month >= 1 && month <= 12) {
                    quarter = "-Q";
                    quarter += static_cast<char>('1' + (month - 1) / 3);
                    rest = quarter;
                }
            }
            std::optional<std::string> shifted;
            if (unit == "year") {
                // A date must exist in the other year: not Feb. 29 of a common year, not the
                // impossible dates kept as said ("Nov. 31").
                bool valid = rest.find('/') == std::string_view::npos;
                if (rest.size() == 6 && rest[0] == '-' && rest[3] == '-') {
                    int const month = (rest[1] - '0') * 10 + (rest[2] - '0');
                    int const day = (rest[4] - '0') * 10 + (rest[5] - '0');
                    valid = valid && month >= 1 && month <= 12 && day <= days_in_month(year + offset, month);
                }
                if (valid) shifted = year_digits(year + offset) + std::string(rest);
                // a split year, "2023/2024" (said "2023/24"): both years
                if (split_year(value))
                    shifted = year_digits(year + offset) + '/' + year_digits(std::stoi(value.substr(5)) + offset);
                // a span of months, "1987-02/1987-04": both ends
                if (rest.size() == 11 && rest[0] == '-' && rest[3] == '/' &&
                    std::all_of(rest.begin() + 4, rest.begin() + 8, is_digit))
                    shifted = year_digits(year + offset) + std::string(rest.substr(0, 4)) +
                              year_digits(std::stoi(std::string(rest.substr(4, 4))) + offset) +
                              std::string(rest.substr(8));
            } else if (unit == "quarter" && rest.size() == 3 && rest[0] == '-' && rest[1] == 'Q') {
                int const quarters = year * 4 + (rest[2] - '1') + offset;
                shifted = year_quarter(quarters);
            } else if (unit == "month" && rest.size() == 3 && rest[0] == '-' && is_digit(rest[1]) &&
                       is_digit(rest[2])) {
                int const months = year * 12 + ((rest[1] - '0') * 10 + (rest[2] - '0') - 1) + offset;
                shifted = year_month(year_digits(months / 12), months % 12 + 1);
            } else if ((unit == "day" || unit == "week") && rest.size() == 6 && rest[0] == '-' && is_digit(rest[1]) &&
                       rest[3] == '-') {
                // "the following day", "a week later" after a day: that day moved
                int const month = (rest[1] - '0') * 10 + (rest[2] - '0');
                int const day = (rest[4] - '0') * 10 + (rest[5] - '0');
                // ("the previous week" after "the week ended February 21" is the week before that one)
                if (month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month)) {
                    long const moved = days_from_civil(year, month, day) + (unit == "week" ? 7L : 1L) * offset;
                    shifted = unit == "week" ? iso_week(moved) : iso_date(civil_from_days(moved));
                }
            } else if (unit == "month" && rest.size() == 3 && rest[0] == '-' && rest[1] == 'Q' && offset % 3 == 0) {
                // "the second quarter of 2028 ... six months later": two quarters on
                int const quarters = year * 4 + (rest[2] - '1') + offset / 3;
                shifted = year_quarter(quarters);
            }
            return shifted; // the nearest period decides, shifted or not
        }
        return year_of_finer;
    }

    /// Whether the period out_[i] is the time of the base a figure is compared with, right after it
    /// (see base_figure_time).
    [[nodiscard]] bool is_base_period(std::size_t i) const {
        return i > 0 && base_figure_time(out_[i - 1], out_[i].sentence, out_[i].begin);
    }

    /// Whether `value` is a split year, "2023/2024" (a crop, fiscal or season year said "2023/24").
    [[nodiscard]] static bool split_year(std::string_view value) {
        if (value.size() != 9 || value[4] != '/' || !std::all_of(value.begin(), value.begin() + 4, is_digit) ||
            !std::all_of(value.begin() + 5, value.end(), is_digit))
            return false;
        // (not a span of years, "1987/1990" for "the 1987-90 period")
        return std::stoi(std::string(value.substr(5))) == std::stoi(std::string(value.substr(0, 4))) + 1;
    }

    /// "that year", "that month", "that day", "that quarter": the year, month, day or quarter of the period, year or
    /// date named last in this sentence or the two before it ("in June 1998 and returned later that year": 1998); none
    /// when it is not that fine ("in 1998 ... that day"). "since then", "until then" (unit "then"): that period, year
    /// or date as named.
    [[nodiscard]] std::optional<std::string> that_period(std::string_view unit, std::size_t sentences_back = 2) const {
        std::size_t const stop = lookback_stop();
        for (std::size_t i = out_.size() - 1; i-- > stop;) {
            mention const& earlier = out_[i];
            if (earlier.sentence + sentences_back < sentence_index_) return std::nullopt;
            // "since then" after "last November" too (a relative time counted from the reference
            // date, resolved).
            bool const relative_then = unit == "then" && earlier.kind == mention_kind::relative_time &&
                                       !earlier.anchored && !earlier.parent && earlier.resolved;
            if (earlier.kind != mention_kind::period && earlier.kind != mention_kind::year &&
                earlier.kind != mention_kind::date && !relative_then)
                continue;
            // "in May, June and September of that year": a month without its year is not the
            // year meant.
            if (unit == "year" && earlier.time_value.starts_with("XXXX")) continue;
            std::string const& value = earlier.resolved ? *earlier.resolved : earlier.time_value;
            if (value.size() < 4 || !std::all_of(value.begin(), value.begin() + 4, is_digit)) continue;
            if (unit == "then") return value; // "since then": whatever was named
            if (unit == "year") return value.substr(0, 4);
            if (unit == "month" && value.size() >= 7 && is_digit(value[5])) return value.substr(0, 7);
            // "that quarter": the quarter named, or the one of the month named (not of a day: "the
            // second quarter ended Oct. 31" is a fiscal quarter)
            if (unit == "quarter" && value.size() == 7 && value[5] == 'Q') return value;
            if (unit == "quarter" && value.size() == 7 && is_digit(value[5]) && is_digit(value[6]))
                return fmt::format("{}-Q{}", value.substr(0, 4),
                                   ((value[5] - '0') * 10 + (value[6] - '0') - 1) / 3 + 1);
            if (unit == "day" && value.size() == 10 && is_digit(value[8])) return value;
            return std::nullopt; // the last period named decides
        }
        return std::nullopt;
    }

    /// Whether the clause around the mention being emitted (from `at`) tells of the past: a past
    /// tense before it, or a verb in the past first among the six words after it ("For the first
    /// nine months of the year, it had earned"; not "are expected to rise").
    [[nodiscard]] bool told_in_past(std::size_t at) const {
        tense const before = tense_before(at);
        if (decided(before)) return before == tense::past;
        std::array<lower_word, 6> after;
        std::size_t const n = candidate_end_ <= sentence_->end ? next_words(candidate_end_, after) : 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (after[i].is(
                    {"is", "are", "will", "would", "has", "have", "should", "could", "may", "expects", "expected"}))
                return false;
            if (past_verb(after[i])) return true;
        }
        return false;
    }

    /// The quarter, half or months of `year` a relative time names ("the first nine months of this
    /// year": 1987-01/1987-09).
    static std::string part_of_year(ast::temporal const& t, int year) {
        if (t.unit == "year-quarter") return fmt::format("{:04}-Q{}", year, t.quarter);
        if (t.unit == "year-half") return fmt::format("{:04}-H{}", year, t.half);
        std::string const digits = year_digits(year);
        return year_month(digits, t.month) + '/' + year_month(digits, t.month_end);
    }

    /// "for the year", "the full year", "earlier in the year", "the current year": the year its
    /// sentence has named when it is the reference date's or the one before ("In 1986 Shell sold
    /// ... in the last quarter of the year"); else the reference date's year, or the one before it
    /// for results told in the past tense in the first half of the year ("For the year it reported
    /// a net loss" in March 1987: 1986; not a part of the year: "the first two months of the
    /// year"), as for "year end".
    /// `part`: the caller names a part of the year itself ("the first nine months of the year").
    /// Whether a figure ends right before the word "over" that comes before candidate_ ("4.9% over the
    /// year").
    [[nodiscard]] bool figure_before_over() const {
        std::size_t at = candidate_;
        while (at > sentence_->begin && prose_[at - 1] == ' ') --at;
        if (at < sentence_->begin + 4 || !is_lower_word(at - 4, at, "over")) return false;
        at -= 4;
        while (at > sentence_->begin && prose_[at - 1] == ' ') --at;
        // out_.back() is the mention being resolved
        for (std::size_t i = out_.size() - 1; i-- > 0;) {
            mention const& earlier = out_[i];
            if (earlier.sentence != sentence_index_ || earlier.end < at) return false;
            if (earlier.end == at && earlier.kind != mention_kind::relative_time && earlier.kind != mention_kind::date)
                return true;
        }
        return false;
    }

    [[nodiscard]] std::optional<std::string> the_year(bool part_named = false) const {
        std::array<lower_word, 1> before;
        std::size_t const lead = last_words(clause_start(candidate_), candidate_, before);
        // "16.8 pct on the year": a change's basis, the year to the time told
        if (!part_named && lead == 1 && before[0].is({"on"})) return std::nullopt;
        bool const part = part_named || (lead == 1 && before[0].is({"of"}));
        auto named = that_period("year", 0);
        // "rose 4.9% over the year", "an increase of 10.3 billion dlrs over the year": the same after a
        // figure, unless the sentence names the year (not "the sale of assets over the year")
        if (!part_named && lead == 1 && before[0].is({"over"}) && figure_before_over()) return named;
        if (!reference_) return named;
        int const year = reference_->year;
        if (named && (std::stoi(*named) == year || std::stoi(*named) == year - 1)) return named;
        if (part || reference_->month > 6) return year_digits(year);
        // The past: in the clause before, or the first verb among the six words after ("Sales for
        // the full year were", "For the year it reported").
        bool past = tense_before(candidate_) == tense::past;
        std::array<lower_word, 6> after;
        std::size_t const n = candidate_end_ <= sentence_->end ? next_words(candidate_end_, after) : 0;
        for (std::size_t i = 0; i < n && !past; ++i) {
            if (after[i].is({"is", "are", "will", "would", "has", "have", "should", "could", "may"})) break;
            past = past_verb(after[i]);
        }
        return year_digits(past ? year - 1 : year);
    }

    /// Whether the relative time at [candidate_, candidate_end_) ends with "after", "before" or "ahead of" and the
    /// name of an event follows, after a determiner ("after her debut", "before the merger"; not
    /// "after that", "a year before, with", nor a figure: "two years after 1999").
    [[nodiscard]] bool counted_from_event() const {
        std::size_t const end = candidate_end_;
        if (end > sentence_->end || end < candidate_ + 5) return false;
        // ("two months ahead of schedule", "ahead of the targeted date": always an event's or a plan's time)
        if (end >= candidate_ + 9 && is_lower_word(end - 9, end, " ahead of")) return true;
        bool const after = end >= 5 && is_lower_word(end - 5, end, "after");
        bool const before = end >= 6 && is_lower_word(end - 6, end, "before");
        if (!after && !before) return false;
        // (a comma ends it: "from 225,000 the week before, the Labor Department said")
        if (end < sentence_->end && (prose_[end] == ',' || prose_[end] == ';')) return false;
        std::array<lower_word, 1> next;
        if (next_words(end, next) == 0) return false;
        // (a determiner begins the event's name; "a year before, with ...", "a year before and":
        // no object, the period before)
        return next[0].is({"the", "a", "an", "her", "his", "its", "their", "our", "my", "your"});
    }

    /// TimeML's code of a season: "-SP", "-SU", "-FA", "-WI".
    static std::string season_code(std::string_view unit) {
        return unit == "spring" ? "-SP" : unit == "summer" ? "-SU" : unit == "autumn" ? "-FA" : "-WI";
    }

    void relative(ast::temporal const& t, mention& m) const {
        // (compared as a view: a std::string against a literal measures the literal every time)
        std::string_view const unit_of_t = t.unit;
        // "the next century": counted from the story's time, not from a period it names
        if (unit_of_t == "century" && t.anchored) {
            ast::temporal from_now = t;
            from_now.anchored = false;
            relative(from_now, m);
            return;
        }
        m.kind = mention_kind::relative_time;
        m.hedge = t.hedge;
        m.relative_unit = t.unit;
        m.relative_offset = t.offset;
        m.anchored = t.anchored;
        if (t.since) {
            m.time_value = year_digits(t.year);
            return;
        }
        // "now", "recently", "the future": TimeML's values, with or without a reference date.
        if (unit_of_t == "present" || unit_of_t == "past" || unit_of_t == "future") {
            m.time_value = unit_of_t == "present" ? "PRESENT_REF" : unit_of_t == "past" ? "PAST_REF" : "FUTURE_REF";
            return;
        }
        // "less than three weeks after", "more than a decade later": a hedged interval between two
        // events is a duration (DESIGN.md: "less than three weeks" is P3W with its hedge); so is one
        // after "for" ("was jailed for four years after being convicted").
        bool const for_before = [&] {
            std::size_t e = static_cast<std::size_t>(t.first - prose_.data());
            while (e > sentence_->begin && prose_[e - 1] == ' ') --e;
            return e >= sentence_->begin + 3 && is_lower_word(e - 3, e, "for") &&
                   (e - 3 == sentence_->begin || !is_alnum(prose_[e - 4]));
        }();
        if (t.anchored && t.offset > 0 && (!t.hedge.empty() || for_before)) {
            char const* const letter = unit_of_t == "day"      ? "D"
                                       : unit_of_t == "week"   ? "W"
                                       : unit_of_t == "month"  ? "M"
                                       : unit_of_t == "year"   ? "Y"
                                       : unit_of_t == "decade" ? "Y"
                                                               : nullptr;
            if (letter) {
                m.kind = mention_kind::duration;
                m.relative_unit.clear();
                m.relative_offset = 0;
                m.anchored = false;
                m.time_value = fmt::format("P{}{}", unit_of_t == "decade" ? 10 * t.offset : t.offset, letter);
                return;
            }
        }
        std::string_view const spoken(t.first, static_cast<std::size_t>(t.last - t.first));
        // "the first nine months of the year", "the second half of the year": a part of the year
        // the_year() reads, then as one counted from the reference date
        if (t.anchored && t.definite &&
            (unit_of_t == "year-months" || unit_of_t == "year-quarter" || unit_of_t == "year-half")) {
            m.anchored = false;
            // A year its sentence names ("In 1984, sales in the first nine months of the year"), else
            // the_year's; the year before when the part is not over by the reference date and the
            // clause tells of it in the past ("In the first nine months of the year, sales rose" in
            // a story of March 1987; not "are expected to rise").
            auto const said = that_period("year", 0);
            if (auto const named = said ? said : the_year(true)) {
                int year = std::stoi(*named);
                int const last_month = unit_of_t == "year-quarter" ? 3 * t.quarter
                                       : unit_of_t == "year-half"  ? 6 * t.half
                                                                   : t.month_end;
                // ("in each of the last six months of the year": the tense from before "the")
                std::size_t at = candidate_;
                while (at > sentence_->begin && prose_[at - 1] == ' ') --at;
                if (at >= sentence_->begin + 3 && is_lower_word(at - 3, at, "the") &&
                    (at == sentence_->begin + 3 || !is_alnum(prose_[at - 4])))
                    at -= 3;
                else
                    at = candidate_;
                if (!said && reference_ && year == reference_->year && last_month > reference_->month &&
                    told_in_past(at))
                    --year;
                m.resolved = part_of_year(t, year);
                m.time_value = *m.resolved;
            }
            return;
        }
        // ("the" and then a space or a line break, not "that")
        bool const the = spoken.size() > 3 && text::lower(spoken.substr(0, 3)) == "the" && !is_alpha(spoken[3]);
        if (t.anchored && t.definite && t.offset == 0 && (unit_of_t != "quarter" || !the)) {
            // "later that year", "that same day", "that quarter": the period the text has just
            // named; "for the year", "the full year": the story's year ("the quarter": below).
            if (auto value = the ? the_year() : that_period(t.unit)) {
                m.resolved = *value;
                m.time_value = *value;
            }
            return;
        }
        if (t.anchored) {
            // "31 years after her debut", "two years before the war": counted from the event named
            // after it, not from the period before ("three years later", "two years after that"
            // are)
            if (counted_from_event()) return;
            auto value = from_relative_period(m, spoken);
            if (!value) value = from_named_period(m, spoken, false);
            if (!value) value = from_story_quarter(m, spoken);
            if (value) {
                m.resolved = *value;
                m.time_value = *value;
            }
            return;
        }
        // "the winter of 1994": that year's season, with or without a reference date: a period.
        if (t.year != 0 && t.definite) {
            m.kind = mention_kind::period;
            m.relative_unit.clear();
            m.time_value = year_digits(t.year) + season_code(t.unit);
            return;
        }
        if (!reference_) return;
        calendar_date const ref = *reference_;
        long const today = days_from_civil(ref.year, ref.month, ref.day);
        std::string_view const unit = t.unit;
        if (unit == "year" || unit == "ytd") {
            m.resolved = year_digits(ref.year + t.offset);
        } else if (unit == "year-end") {
            // "by year-end": this year's end; "at year end" in a clause about the past, or with no
            // tense in the first half of the year (results reported for the year just ended): the
            // last one's. "The 1986 year end", "fiscal year-end": that year's, not counted.
            std::array<lower_word, 2> before;
            std::size_t const n = last_words(clause_start(candidate_), candidate_, before);
            bool const said_year = n >= 1 && (before[0].is({"fiscal"}) ||
                                              std::all_of(before[0].view().begin(), before[0].view().end(), is_digit));
            if (!said_year) {
                // "by year-end", "before the year end", "until year's end": a deadline to come
                bool const by = n >= 1 && (deadline_word(before[0]) ||
                                           (n == 2 && before[0].is({"the"}) && deadline_word(before[1])));
                tense const when = by ? tense::future : tense_before(candidate_);
                bool const last = when == tense::past || (!decided(when) && ref.month <= 6);
                m.resolved = year_digits(ref.year - (last ? 1 : 0));
            }
        } else if (unit == "month-end") {
            // "by the end of the month": this month's; in a clause about the past early in the
            // month, the last one's ("reserves rose at the end of the month" on the 3rd)
            std::array<lower_word, 2> before;
            std::size_t const n = last_words(clause_start(candidate_), candidate_, before);
            bool const by = n >= 1 && before[0].is({"by", "before", "until", "till"});
            bool const last = !by && ref.day <= 10 && tense_before(candidate_) == tense::past;
            int const months = ref.year * 12 + (ref.month - 1) - (last ? 1 : 0);
            m.resolved = year_month(year_digits(months / 12), months % 12 + 1);
        } else if (unit == "decade") {
            m.resolved = fmt::format("{:03}", ref.year / 10 + t.offset);
        } else if (unit == "century") {
            m.resolved = fmt::format("{:02}", ref.year / 100 + t.offset);
        } else if (unit == "month") {
            int const months = ref.year * 12 + (ref.month - 1) + t.offset;
            m.resolved = year_month(year_digits(months / 12), months % 12 + 1);
        } else if (unit == "quarter") {
            int const quarters = ref.year * 4 + (ref.month - 1) / 3 + t.offset;
            m.resolved = year_quarter(quarters);
        } else if (unit == "week") {
            m.resolved = iso_week(today + 7L * t.offset);
        } else if (unit == "weekend") {
            // The weekend ends the ISO week ("1990-W32-WE"). "The weekend" alone is the last one
            // (this week's on a Saturday or Sunday), or the coming one in a clause about the future.
            int offset = t.offset;
            if (t.definite && weekday_of(today) < 6 && !future_before(candidate_)) offset = -1;
            m.resolved = iso_week(today + 7L * offset) + "-WE";
        } else if (unit == "day") {
            m.resolved = iso_date(civil_from_days(today + t.offset));
        } else if (unit == "weekday") {
            int const wd = weekday_of(today);
            long day = today - wd + t.weekday; // this week's
            if (t.offset < 0 && day >= today) day -= 7;
            if (t.offset > 0 && day <= today) day += 7;
            m.resolved = iso_date(civil_from_days(day));
        } else if (unit == "year-quarter" || unit == "year-half" || unit == "year-months") {
            m.resolved = part_of_year(t, ref.year + t.offset);
        } else if ((unit == "spring" || unit == "summer" || unit == "autumn" || unit == "winter") && t.definite) {
            // "the summer", "over the summer": the season nearest the reference date (the earlier
            // on a tie), or the last begun in a clause about the past, the coming in one about the
            // future. Seasons by their months: spring March-May, summer June-August, autumn
            // September-November, winter December-February (named by the year it begins in).
            int const first_month = unit == "spring" ? 2 : unit == "summer" ? 5 : unit == "autumn" ? 8 : 11;
            int const now = ref.year * 12 + ref.month - 1;
            tense const when = tense_before(candidate_);
            int best = 0, best_distance = std::numeric_limits<int>::max();
            for (int y = ref.year - 1; y <= ref.year + 1; ++y) {
                int const start = y * 12 + first_month, end = start + 2;
                if ((when == tense::past && start > now) || (when == tense::future && end < now)) continue;
                int const distance = now < start ? start - now : now > end ? now - end : 0;
                if (distance < best_distance) {
                    best_distance = distance;
                    best = y;
                }
            }
            if (best != 0) m.resolved = year_digits(best) + season_code(unit);
        } else if (unit == "spring" || unit == "summer" || unit == "autumn" || unit == "winter") {
            // "last fall", "this summer", "next spring": TimeML's season of the year before, of the
            // reference year, of the year after ("last spring" in a story of October 1989 is
            // 1988-SP, as TimeBank has it).
            m.resolved = year_digits(ref.year + t.offset) + season_code(unit);
        } else if (unit == "month-name") {
            int year = ref.year;
            if (t.day != 0) {
                // "last March 5" in a story of March 15: ten days before; "next March 5": next year's
                int const day = t.month * 100 + t.day, today_md = ref.month * 100 + ref.day;
                if (t.offset < 0 && day >= today_md) --year;
                if (t.offset > 0 && day <= today_md) ++year;
            } else {
                if (t.offset < 0 && t.month >= ref.month) --year;
                if (t.offset > 0 && t.month <= ref.month) ++year;
            }
            m.resolved = t.day != 0 && t.day <= days_in_month(year, t.month)
                             ? year_month_day(year_digits(year), t.month, t.day)
                             : year_month(year_digits(year), t.month);
        }
        // (A relative time inside a change ends where the change's skipper left it: "from a year
        // ago " has a space after it.)
        std::string const said = text::lower(spoken.substr(0, spoken.find_last_not_of(' ') + 1));
        if (unit == "year" && t.offset == -1 && m.resolved &&
            (said.ends_with(" ago") || (said.starts_with("last year") && last_year_as_base(said)))) {
            // "from $4 mln a year ago" after "in the third quarter": the quarter a year before,
            // as long as it falls in the year the reference date gives; so for "last year" as the
            // base of a comparison. ("Two years ago" is a time in the past, not the base of a
            // comparison: it stays a year; "Last year, the company earned" is the year.)
            auto const finer = from_named_period(m, spoken, true);
            if (finer && finer->starts_with(*m.resolved)) m.resolved = *finer;
        }
        if (m.resolved) m.time_value = *m.resolved;
    }

    /// Whether "last year" (`said`, lower case) being emitted is the base of a comparison with a
    /// period the text has named: "last year's quarter", "the same period last year", "the like
    /// months last year" (not "from 43 mln dlrs last year": a whole year as often as a quarter).
    [[nodiscard]] bool last_year_as_base(std::string_view said) const {
        if (said.find("quarter") != std::string_view::npos || said.find("period") != std::string_view::npos)
            return true;
        std::array<lower_word, 3> words;
        std::size_t const n = last_words(clause_start(candidate_), candidate_, words);
        return n >= 2 && words[0].is({"period", "quarter", "months", "weeks", "month", "week"}) &&
               words[1].is({"same", "like", "corresponding", "comparable", "similar"});
    }

    /// Whether the clause before `begin` speaks of what is to come: "will meet on Tuesday", "is
    /// scheduled to vote April 9". A weekday or a date right after "said" ("said Tuesday") is
    /// when something was said: not the future.
    /// Whether words[i] (the last word first) opens "could not be reached", "could be located", "couldn't
    /// be found": the past tense of "can", a try that was made ("could not be reached for comment
    /// Wednesday"), not a possibility to come.
    template <std::size_t N>
    static bool could_not_be_reached(std::array<lower_word, N> const& words, std::size_t i) {
        if (!words[i].is({"could", "couldn"})) return false;
        std::size_t j = i;
        if (j >= 1 && words[j - 1].is({"not", "t"})) --j;
        return j >= 2 && words[j - 1].is({"be"}) &&
               words[j - 2].is({"reached", "located", "found", "contacted", "traced", "identified"});
    }

    bool future_before(std::size_t begin) const {
        std::size_t const from = begin - sentence_->begin > 160 ? begin - 160 : sentence_->begin;
        std::array<lower_word, 14> words; // the last first
        std::size_t const n = last_words(from, begin, words);
        std::size_t first = 0; // the last word that counts
        // "until 9 a.m. Tuesday", "(4 a.m. EDT Thursday)": the time of day before the day
        if (first < n && is_time_zone(words[first].view())) ++first;
        if (first + 2 < n && words[first].is({"m"}) && words[first + 1].is({"a", "p"}) &&
            std::all_of(words[first + 2].view().begin(), words[first + 2].view().end(), is_digit))
            first += 3;
        if (first < n && words[first].is({"on"})) ++first;
        // "open at 10am on Monday", "at 7.30pm on Friday": the time of day before the day
        if (first + 1 < n && words[first + 1].is({"at"}) && is_digit(words[first].view().front()) &&
            (words[first].view().ends_with("am") || words[first].view().ends_with("pm")))
            first += 2;
        // "will be announced on Sunday", "is to be reported Monday": a report to come
        if (first + 2 < n && words[first].is({"announced", "reported", "published", "released", "told"}) &&
            words[first + 1].is({"be"}) && words[first + 2].is({"will", "would", "shall", "ll", "to"}))
            return true;
        // "The final is on Sunday": a day on the calendar, told in the present (not "was on Sunday")
        // ("The game is in Leeds on Sunday", "is at Wembley on Sunday": a place between)
        {
            std::size_t k = first;
            if (k + 1 < n && words[k].capital && !words[k + 1].capital) {
                while (k < n && k < first + 3 && words[k].capital) ++k;
                if (k < n && words[k].is({"the"})) ++k;
                k = k < n && words[k].is({"in", "at"}) ? k + 1 : first;
            }
            if (k < n && words[k].is({"is", "are"}) &&
                ((k > 0 && words[k - 1].is({"on"})) ||
                 (begin + 3 < prose_.size() && is_lower_word(begin, begin + 2, "on") && prose_[begin + 2] == ' ')))
                return true;
        }
        // "The trial was listed for Tuesday, January 14", "has been fixed for", "remanded in custody until
        // his trial on", "adjourned for a hearing on": a day set for what is to come, whatever the tense
        if (first + 1 < n && words[first].is({"for"}) &&
            words[first + 1].is({"listed", "fixed", "set", "scheduled", "adjourned", "postponed", "delayed", "moved",
                                 "slated", "booked", "pencilled", "penciled", "earmarked", "rescheduled"}))
            return true;
        // ("A strike has been called for Friday, August 2", "has been arranged for": in the present perfect a day set
        // for what is to come; not "The last strike was called for Thursday, Oct. 5, and shut ports")
        if (first + 3 < n && words[first].is({"for"}) && words[first + 1].is({"called", "arranged", "timed"}) &&
            words[first + 2].is({"been"}) && words[first + 3].is({"has", "have"}))
            return true;
        // "The union has called a strike from Friday, August 2", "has announced a walkout for": an action called for
        // a day, in the present perfect
        if (first + 4 < n && words[first].is({"from", "for", "on"}) &&
            words[first + 1].is({"strike", "strikes", "walkout", "walkouts", "stoppage", "stoppages", "ballot", "vote",
                                 "election", "referendum", "meeting"}) &&
            words[first + 2].is({"a", "an"}) && words[first + 3].is({"called", "announced", "declared"}) &&
            words[first + 4].is({"has", "have"}))
            return true;
        if (first + 1 < n && words[first].is({"trial", "hearing", "sentencing", "retrial"}))
            for (std::size_t k = first + 1; k < n && k <= first + 3; ++k)
                if (words[k].is({"until", "for"})) return true;
        // "until at least Friday"
        if (first + 1 < n && words[first].is({"least"}) && words[first + 1].is({"at"})) first += 2;
        // "said Tuesday": when it was said; "the Aug. 7 bombings": the name of an event.
        // "the year ended January 31": a period that is over.
        if (first < n && words[first].is({"said", "says", "announced", "reported", "told", "the", "ended"}))
            return false;
        // Within the last ten words, and not past a verb in the past: "will travel to Beijing on
        // Tuesday", "planned to leave Nairobi on Thursday", "is scheduled to close Monday", "set to
        // resume Monday", "is expected to vote Friday"; not
        // "said they would appeal the decision, announced Wednesday", "had been due to expire
        // Friday", "as previously planned Saturday".
        // (and a verb in the past nearer the day than a "will" of another clause: "Fares, which will rise
        // again, went up 4.9% on Sunday", "has been shut since Monday", "the burglary he committed on
        // Friday", "a lockout that started December 14"; a word in -ed only after its subject, as many
        // are adjectives, "a televised speech Wednesday")
        auto const past = [&](std::size_t i) {
            lower_word const& w = words[i];
            if (w.is({"had", "was", "were", "previously", "said", "announced", "reported", "told", "been", "went",
                      "came", "rose", "fell", "grew", "took", "began"}))
                return true;
            std::string_view const v = w.view();
            return v.size() > 4 && v.ends_with("ed") && i + 1 < n &&
                   words[i + 1].is({"he", "she", "they", "we", "it", "who", "that", "which"});
        };
        // "as soon as Tuesday", "as early as Tuesday"
        if (first + 2 < n && words[first].is({"as"}) && words[first + 1].is({"soon", "early"}) &&
            words[first + 2].is({"as"}))
            return true;
        // A meeting or a start told in the present ("meet separately Monday with Albright", "OPEC
        // ministers meet on June 25", "talks resume Tuesday"): a time to come, the verb within the
        // two words before (not "the group that meets each Monday": a plural is no day).
        for (std::size_t i = first; i < n && i < first + 2; ++i)
            // (not a name: "the US Open final on Sunday")
            if (!words[i].capital &&
                words[i].is({"meet",    "meets",   "begin",    "begins", "resume", "resumes", "reopen",
                             "reopens", "convene", "convenes", "start",  "starts", "expire",  "expires",
                             "arrive",  "arrives", "open",     "opens",  "close",  "closes"}) &&
                // (not a noun: "compared with its close here on Friday")
                !(i + 1 < n && words[i + 1].is({"to", "will", "would", "did", "didn", "that", "which", "who", "its",
                                                "the", "a", "their", "his", "her", "weekly", "daily", "market"})))
                return true;
        for (std::size_t i = first; i < n && i < first + 10; ++i) {
            lower_word const& w = words[i];
            if (past(i)) return false;
            bool const to_after = i > first && words[i - 1].is({"to"});
            // "postponed until Tuesday", "scheduled a news conference Thursday", "is to resume
            // trading Tuesday", "expects to close in June" (not "was closed until Tuesday").
            // "could take place by July" (not "may have fallen in June", nor "should respect pledges
            // made in the February accord": "the" and a month name an event).
            bool const modal =
                w.is({"could", "might", "should", "may"}) && !(w.capital && w.is({"may"})) && // (the month)
                !(i > 0 && words[i - 1].is({"have"})) &&
                !(is_lower_word(begin, begin + 3, "the") && begin + 4 < prose_.size() && is_upper(prose_[begin + 4])) &&
                !could_not_be_reached(words, i);
            // "until January 29 was a director": the time was in the past.
            bool const until = i == first && w.is({"until", "till"}) && !past_after();
            if ((w.is({"will", "shall", "would", "ll"}) && !(i > 0 && words[i - 1].is({"have"}))) ||
                w.is({"due", "upcoming", "payable", "scheduled", "planned", "planning"}) || modal || until ||
                (to_after && w.is({"plans", "plan", "set", "expected", "poised", "is", "are", "expects", "expect",
                                   "intends", "intend", "aims", "hopes", "hope", "wants", "seeks"}))) {
                // "had been due to", "was scheduled to": the plan was in the past (not "said it
                // expects to"); "was not declared unconditional until December 5": so was the day.
                if (until) {
                    for (std::size_t j = i + 1; j < n && j <= i + 5; ++j)
                        if (words[j].is({"not", "t", "never"})) return false;
                    return true;
                }
                for (std::size_t j = i + 1; j < n && j <= i + 3; ++j)
                    if (words[j].is({"had", "was", "were", "previously", "announced", "reported"})) return false;
                return true;
            }
        }
        return false;
    }

    /// Whether a bare "one" at `begin` (`rest` after it) ends a list of counts: "and" before it, a
    /// preposition or "this"/"last" after it, and a count of the sentence shortly before it ("Seven
    /// matches were played on Saturday, two on Sunday and one on Monday").
    [[nodiscard]] bool last_of_counted_list(std::size_t begin, std::string_view rest) const {
        std::array<lower_word, 1> before;
        if (last_words(sentence_->begin, begin, before) != 1 || !before[0].is({"and"})) return false;
        std::size_t i = 0;
        while (i < rest.size() && rest[i] == ' ') ++i;
        std::size_t e = i;
        while (e < rest.size() && is_alpha(rest[e])) ++e;
        if (!in_list(text::lower(rest.substr(i, e - i)),
                     {"on", "in", "at", "with", "for", "this", "last", "from", "during", "by", "against"}))
            return false;
        for (auto it = out_.rbegin(); it != out_.rend() && it->sentence == sentence_index_; ++it)
            if (it->end <= begin && it->kind == mention_kind::number && !it->parent) return begin - it->end <= 48;
        return false;
    }

    /// Whether a bare "one" at `begin` is a count of a record of games: after "won", "drew", "lost" or
    /// "tied", with a count after another such verb before it in the sentence ("won 18, drew one and lost
    /// three", "They won one, drew three and lost 12").
    [[nodiscard]] bool in_record(std::size_t begin) const {
        std::array<lower_word, 1> before;
        auto const record = [](lower_word const& w) {
            return w.is({"won", "drew", "lost", "tied", "drawn", "draws", "wins", "losses"});
        };
        if (last_words(sentence_->begin, begin, before) != 1 || !record(before[0])) return false;
        // (another verb of the record in the sentence, with its count)
        std::string const lower = text::lower(prose_.substr(sentence_->begin, sentence_->end - sentence_->begin));
        std::size_t verbs = 0;
        for (std::string_view const w : text::words(lower))
            verbs += w == "won" || w == "drew" || w == "lost" || w == "tied" || w == "drawn" ? 1 : 0;
        return verbs >= 2;
    }

    /// Whether "fiscal" is the word before prose_[begin] ("the fiscal first quarter", "fiscal-first").
    [[nodiscard]] bool after_word_fiscal(std::size_t begin) const {
        std::size_t at = begin;
        while (at > sentence_->begin && (prose_[at - 1] == ' ' || prose_[at - 1] == '-')) --at;
        return at >= sentence_->begin + 6 && is_lower_word(at - 6, at, "fiscal") &&
               (at == sentence_->begin + 6 || !is_alnum(prose_[at - 7]));
    }

    /// Whether "until" or "till" is the word before prose_[begin].
    [[nodiscard]] bool after_until(std::size_t begin) const {
        std::array<lower_word, 1> word;
        return last_words(clause_start(begin), begin, word) == 1 && word[0].is({"until", "till"});
    }

    /// Whether one of the three words after the mention being emitted is "was", "were" or "had".
    [[nodiscard]] bool past_after() const {
        if (candidate_end_ > sentence_->end) return false;
        std::array<lower_word, 3> words;
        std::size_t const n = next_words(candidate_end_, words);
        for (std::size_t i = 0; i < n; ++i)
            if (words[i].is({"was", "were", "had"})) return true;
        return false;
    }

    /// When the date being emitted ends a range whose first date had no year either ("from Oct. 1
    /// to Oct. 7"): the first date.
    [[nodiscard]] std::optional<calendar_date> range_start() const {
        if (out_.size() < 2) return std::nullopt;
        // (the first day with its year or without: "from Oct. 1, 2025, to Nov. 12")
        // (a day that something happened on: "on Wednesday, Oct. 1", "from", "since"; not a day in a
        // name, "debentures due December 1, 1988 until April 23")
        auto const happened_on = [&](mention const& earlier) {
            std::array<lower_word, 1> before;
            bool const on = earlier.end - earlier.begin > 3 && is_lower_word(earlier.begin, earlier.begin + 3, "on ");
            return on || (last_words(sentence_->begin, earlier.begin, before) == 1 &&
                          before[0].is({"on", "from", "since", "starting", "beginning", "between"}));
        };
        auto const day_of = [&](mention const& first) -> std::optional<std::string_view> {
            bool const stated = first.time_value.size() == 10 && is_digit(first.time_value[0]);
            if (first.kind != mention_kind::date || first.parent || (!first.resolved && !stated) ||
                !(first.time_value.starts_with("XXXX-") || stated) || first.time_value.starts_with("XXXX-W") ||
                (stated && !happened_on(first)))
                return std::nullopt;
            return first.resolved ? std::string_view(*first.resolved) : std::string_view(first.time_value);
        };
        // ("shut down on Wednesday, Oct. 1, 2025, and stayed closed for 43 days, until Nov. 12": "until"
        // right before the day, the last day named before it in the sentence the first, no stop between)
        if (candidate_ >= 6 && is_lower_word(candidate_ - 6, candidate_, "until ")) {
            for (std::size_t k = out_.size() - 1; k-- > 0;) {
                mention const& earlier = out_[k];
                if (earlier.sentence != sentence_index_ || earlier.end > candidate_ || candidate_ - earlier.end > 100)
                    break;
                if (earlier.kind != mention_kind::date) continue;
                auto const day = day_of(earlier);
                if (!day || !happened_on(earlier)) break;
                for (std::size_t c = earlier.end; c < candidate_; ++c)
                    if (prose_[c] == ';' || prose_[c] == ':') return std::nullopt;
                return parse_iso_date(*day);
            }
        }
        mention const& first = out_[out_.size() - 2];
        auto const day = day_of(first);
        if (!day || first.sentence != sentence_index_ || first.end > candidate_ || candidate_ - first.end > 12)
            return std::nullopt;
        std::string const between = text::lower(prose_.substr(first.end, candidate_ - first.end));
        auto const words = text::words(between);
        // "-" (en and em dashes are folded to it in the prose), "to", "and", "through", "until"
        bool const joined = words.empty() ? between.find('-') != std::string::npos
                                          : words.size() == 1 && (words[0] == "to" || words[0] == "and" ||
                                                                  words[0] == "through" || words[0] == "until");
        if (!joined) return std::nullopt;
        return parse_iso_date(*day);
    }

    void date(ast::temporal const& t, mention& m) const {
        m.kind = mention_kind::date;
        m.ambiguous = t.ambiguous;
        if (t.weekday != 0) m.weekday = calendar::weekday_name(t.weekday);
        if (t.nth != 0 && t.weekday != 0 && t.month != 0) {
            // "the last Sunday in October": that day of its month, in the year given or the one
            // its clause's tense or the reference date picks (as a month's day without a year)
            m.weekday.clear(); // (the weekday is how the day is counted, not a day to check)
            auto const day_in = [&](int year) -> std::optional<calendar_date> {
                long const first = days_from_civil(year, t.month, 1);
                int const offset = (t.weekday - weekday_of(first) + 7) % 7;
                int day = 1 + offset + 7 * (t.nth > 0 ? t.nth - 1 : 0);
                if (t.nth < 0)
                    while (day + 7 <= days_in_month(year, t.month)) day += 7;
                if (day > days_in_month(year, t.month)) return std::nullopt;
                return calendar_date{year, t.month, day};
            };
            if (t.year != 0) {
                if (auto const d = day_in(t.year)) m.time_value = iso_date(*d);
                return;
            }
            m.time_value = year_month("XXXX", t.month);
            if (!reference_) return;
            if (int const year = year_of_day(day_in); year != 0) m.resolved = iso_date(*day_in(year));
            return;
        }
        if (t.holiday != 0) {
            // "Thanksgiving Day": its month without a year ("XXXX-11"), its day with one.
            calendar_date const any = holiday_in(t.holiday, 2000);
            // (a day, or the week of Easter Sunday)
            auto const value = [&](int year) {
                calendar_date const d = holiday_in(t.holiday, year);
                return t.holiday == 10 ? iso_week(days_from_civil(d.year, d.month, d.day)) : iso_date(d);
            };
            if (t.year != 0) {
                m.time_value = value(t.year);
                return;
            }
            m.time_value = year_month("XXXX", any.month);
            // (beside a date with its year in the sentence, the holiday of that date's season: "on Nov. 23, 2022,
            // the day before Thanksgiving" is Thanksgiving 2022, whatever the reference date)
            for (std::size_t i = out_.size(), seen = 0; i-- > 0 && seen < 16; ++seen) {
                mention const& named = out_[i];
                if (&named == &m) continue; // (the holiday's own mention, being filled)
                if (named.begin < sentence_->begin) break;
                if (named.kind != mention_kind::date || named.time_value.size() != 10 ||
                    !text::is_digit(named.time_value[0]))
                    continue;
                auto const d = parse_iso_date(named.time_value);
                if (!d) continue;
                long const day = days_from_civil(d->year, d->month, d->day);
                int best = 0;
                long gap = 0;
                for (int y = d->year - 1; y <= d->year + 1; ++y) {
                    calendar_date const h = holiday_in(t.holiday, y);
                    long const g = std::labs(days_from_civil(h.year, h.month, h.day) - day);
                    if (best == 0 || g < gap) {
                        best = y;
                        gap = g;
                    }
                }
                if (gap <= 60) {
                    m.resolved = value(best);
                    return;
                }
            }
            if (!reference_) return;
            int const year = year_of_day([&](int y) { return std::optional<calendar_date>(holiday_in(t.holiday, y)); });
            if (year != 0) m.resolved = value(year);
            return;
        }
        if (t.month == 0) {
            m.time_value = fmt::format("XXXX-WXX-{}", t.weekday);
            if (reference_) {
                // A bare weekday in news copy is the most recent one, up to and including today;
                // in a clause about what is to come, the coming one, from today on.
                calendar_date const ref = *reference_;
                long const today = days_from_civil(ref.year, ref.month, ref.day);
                long day = today - weekday_of(today) + t.weekday;
                // "Tickets for Sunday's match" after "on Sunday, May 19": the day the story named
                // with that weekday, if it is within a week of the reference date (among the 256
                // mentions before: a text of thousands of weekdays stays linear).
                for (std::size_t i = out_.size() - 1, seen = 0; i-- > 0 && seen < 256; ++seen) {
                    mention const& named = out_[i];
                    if (named.kind != mention_kind::date || named.weekday != m.weekday || !named.resolved ||
                        named.time_value.starts_with("XXXX-W"))
                        continue;
                    auto const d = parse_iso_date(*named.resolved);
                    if (!d || std::labs(days_from_civil(d->year, d->month, d->day) - today) > 6) continue;
                    // (not a date the weekday does not fall on in the year taken for it: "The 2022
                    // vote was held on Sunday, Sept. 11. Andersson spoke on Sunday.")
                    if (weekday_of(days_from_civil(d->year, d->month, d->day)) != t.weekday) continue;
                    m.resolved = named.resolved;
                    return;
                }
                // "will appeal Wednesday's ruling": a possessive names an event, most often past.
                std::size_t const after = static_cast<std::size_t>(t.last - prose_.data());
                bool const possessive = after < prose_.size() && prose_[after] == '\'';
                if (!possessive &&
                    (future_before(candidate_) || tense_after(candidate_, candidate_end_) == tense::future)) {
                    if (day < today) day += 7;
                } else if (day > today) {
                    day -= 7;
                }
                m.resolved = iso_date(civil_from_days(day));
            }
            return;
        }
        if (t.day > days_in_month(t.year != 0 ? t.year : 2000, t.month)) {
            m.time_value = year_month_day(year_or_x(t.year), t.month, t.day); // impossible date kept as said
            return;
        }
        m.time_value = year_month_day(year_or_x(t.year), t.month, t.day);
        if (t.year == 0 && reference_) {
            // The second date of "from Oct. 1 to Oct. 7", "between Dec. 28 and Jan. 3": the first
            // such day on or after the first date.
            if (auto const after = range_start()) {
                long const start = days_from_civil(after->year, after->month, after->day);
                for (int y = after->year; y <= after->year + 1; ++y) {
                    if (t.day > days_in_month(y, t.month)) continue;
                    if (days_from_civil(y, t.month, t.day) >= start) {
                        m.resolved = year_month_day(year_digits(y), t.month, t.day);
                        return;
                    }
                }
            }
            // "for the last time this year on Thursday, Dec. 18": the year the words before it count;
            // "In 2019, the fair opened on Friday, Oct. 4": the year that opens the sentence
            std::optional<int> framed;
            if (auto const offset = year_words_before(candidate_)) framed = reference_->year + *offset;
            // "on June 2 last year", "on Tuesday 2 June next year": the year the words after it count
            if (auto const offset = year_words_after(candidate_end_); offset && !framed)
                framed = reference_->year + *offset;
            // "The crash came on Oct. 29, 1929, five days after Oct. 24": a full date of another year
            // in the sentence, days before or after it (not for a day with its weekday, which tells
            // its own year below)
            // (only as the far end of a count of days or weeks: "settlement April 14" beside "due April 14,
            // 1989" is this year's)
            if (std::array<lower_word, 2> before;
                !framed && t.weekday == 0 && last_words(sentence_->begin, candidate_, before) == 2 &&
                before[0].is({"after", "before"}) && before[1].is({"days", "day", "weeks", "week"}))
                if (auto const y = full_date_year_near(t.month, t.day, 0); y && *y != reference_->year) framed = y;
            // (not a date that names a report or an event: "according to the February 9 USDA report")
            if (std::array<lower_word, 1> before;
                !framed && !(last_words(sentence_->begin, candidate_, before) == 1 && before[0].is({"the"})))
                framed = opening_year();
            if (framed && t.day <= days_in_month(*framed, t.month)) {
                m.resolved = year_month_day(year_digits(*framed), t.month, t.day);
                return;
            }
            int year = year_of_day([&](int y) -> std::optional<calendar_date> {
                if (t.day > days_in_month(y, t.month)) return std::nullopt;
                return calendar_date{y, t.month, t.day};
            });
            // "in the quarter ended June 30", "grew 8% in the three months to June 30" in May: the end of
            // a period reported has passed (the last such day), unless the clause tells of what is to come
            if (year != 0 && t.day <= days_in_month(year, t.month) &&
                days_from_civil(year, t.month, t.day) >
                    days_from_civil(reference_->year, reference_->month, reference_->day) &&
                t.day <= days_in_month(year - 1, t.month) && reported_period_end(candidate_))
                year -= 1;
            // "The deadline, Friday 30 October, is fixed" in March 2026: the weekday names the year when
            // the nearest is not it and only one year within eleven months either way is (else NC204 says
            // the weekday is wrong)
            if (t.weekday != 0 && year != 0 && t.day <= days_in_month(year, t.month) &&
                weekday_of(days_from_civil(year, t.month, t.day)) != t.weekday) {
                long const today = days_from_civil(reference_->year, reference_->month, reference_->day);
                int fitting = 0, fits = 0;
                for (int y = reference_->year - 1; y <= reference_->year + 1; ++y) {
                    if (t.day > days_in_month(y, t.month)) continue;
                    long const day = days_from_civil(y, t.month, t.day);
                    if (std::labs(day - today) <= 335 && weekday_of(day) == t.weekday) {
                        fitting = y;
                        ++fits;
                    }
                }
                // (not against the clause's tense: "The vote on Friday, June 5, was close" in March 2026
                // was in 2025, and June 5, 2025 was a Thursday)
                tense const when = fits == 1 ? tense_before(candidate_) : tense::unknown;
                long const day = fits == 1 ? days_from_civil(fitting, t.month, t.day) : 0;
                // (only forward, to the coming one: an event set for a date is more often ahead; "The
                // next hearing is set for Friday, Sept. 12" in March 2026 stays a wrong weekday)
                long const nearest_day = days_from_civil(year, t.month, t.day);
                if (fits == 1 && fitting > year && !(when == tense::past && day > today + 60)) {
                    year = fitting;
                } else if (fits == 1 && fitting < year && when != tense::future &&
                           std::labs(day - today) <= std::labs(nearest_day - today) + 31) {
                    // ("- Monday 15 January: line closes" in a list of a story of July 20, 2024: half a year
                    // either way, the weekday tells which; not an event told as to come)
                    year = fitting;
                } else if (year - 1 >= 1 && t.day <= days_in_month(year - 1, t.month)) {
                    // ("The lowest was -18.9C on Wednesday, January 8" on January 8, 2026, a Thursday: told
                    // in the past, a day not yet past whose weekday fits it a year back is that one)
                    long const back = days_from_civil(year - 1, t.month, t.day);
                    if (nearest_day >= today && weekday_of(back) == t.weekday && today - back <= 366 &&
                        tense_before(candidate_) == tense::past)
                        year = year - 1;
                }
            }
            // "Labour's last landslide came in 1997. Blair won that election on Thursday, May 1": a
            // weekday that does not fit the year taken, but fits a year named in its sentence or the one
            // before, is that year's
            if (t.weekday != 0 && year != 0 && t.day <= days_in_month(year, t.month) &&
                weekday_of(days_from_civil(year, t.month, t.day)) != t.weekday) {
                // (not a year to come, named in the sentence before, for a day something was done on: "U.S. hotels
                // will see modest growth in 2025, forecasters said. The outlook was presented on Wednesday, Dec. 3."
                // on December 5, 2024; but "the 2024 race, on Sunday, December 1, sold out", and reported speech,
                // "A spokesman said the deadline was Monday, June 30", "said the vote was on Sunday, Feb. 23")
                auto const copula_before = [&] {
                    std::array<lower_word, 2> before;
                    std::size_t const n = last_words(sentence_->begin, candidate_, before);
                    std::size_t const k = n >= 1 && before[0].is({"on"}) ? 1 : 0;
                    return k < n && before[k].is({"was", "were", "is", "are", "be"});
                };
                if (auto const named = named_year_fitting(t.month, t.day, t.weekday);
                    named &&
                    !(days_from_civil(*named, t.month, t.day) >
                          days_from_civil(reference_->year, reference_->month, reference_->day) &&
                      prose_.substr(sentence_->begin, candidate_ - sentence_->begin).find(std::to_string(*named)) ==
                          std::string_view::npos &&
                      tense_before(candidate_) == tense::past && !copula_before()))
                    year = *named;
            }
            if (year != 0) m.resolved = year_month_day(year_digits(year), t.month, t.day);
        }
    }

    /// The nearest year named in the current sentence or the one before (a year, or a period or date
    /// that gives its year) on which month `month`, day `day` falls on `weekday`.
    [[nodiscard]] std::optional<int> named_year_fitting(int month, int day, int weekday) const {
        // out_.back() is the date itself
        std::size_t const stop = lookback_stop();
        for (std::size_t i = out_.size() - 1; i-- > stop;) {
            mention const& earlier = out_[i];
            if (earlier.sentence + 1 < sentence_index_ || earlier.paragraph != sentence_->paragraph) break;
            // (a year of birth, the day right after it: "She was born in 1931, on Tuesday, April 7"; not "who was born
            // in 1984, was hit on Thursday and died two days later, on Saturday, March 10")
            if (earlier.kind == mention_kind::age && earlier.born) {
                std::string_view const gap =
                    earlier.end <= candidate_ ? prose_.substr(earlier.end, candidate_ - earlier.end) : "-";
                if (gap != ", " && gap != " " && gap != ",") continue;
                int const y = *earlier.born;
                if (y > 0 && day <= days_in_month(y, month) && weekday_of(days_from_civil(y, month, day)) == weekday)
                    return y;
                continue;
            }
            if (earlier.kind != mention_kind::year && earlier.kind != mention_kind::period &&
                earlier.kind != mention_kind::date)
                continue;
            // (a year the text gives, not one resolved from the reference date)
            std::string const& value = earlier.time_value;
            if (value.size() < 4 || !std::all_of(value.begin(), value.begin() + 4, is_digit)) continue;
            int const y = std::stoi(value.substr(0, 4));
            if (day <= days_in_month(y, month) && weekday_of(days_from_civil(y, month, day)) == weekday) return y;
        }
        // ("The reactor exploded on Saturday, April 26, 1986.\n\nThe evacuation began on Sunday, April
        // 27.": a story's days told on from a full date further back, the weekday fitting its year)
        if (auto const y = full_date_year_near(month, day, 8);
            y && day <= days_in_month(*y, month) && weekday_of(days_from_civil(*y, month, day)) == weekday)
            return y;
        return std::nullopt;
    }

    /// The year of the nearest full date the text gives (a day, its month and its year) among the
    /// mentions of this sentence and the `sentences` before it, when month `month`, day `day` of that
    /// year is within two months after it or a week before it: "The crash came on Oct. 29, 1929, five
    /// days after Oct. 24" is 1929's October 24.
    [[nodiscard]] std::optional<int> full_date_year_near(int month, int day, std::size_t sentences) const {
        // out_.back() is the date itself
        std::size_t const stop = lookback_stop();
        for (std::size_t i = out_.size() - 1; i-- > stop;) {
            mention const& earlier = out_[i];
            if (earlier.sentence + sentences < sentence_index_) break;
            if (earlier.kind != mention_kind::date) continue;
            std::string const& value = earlier.time_value;
            if (value.size() != 10 || value[4] != '-' || value[7] != '-' ||
                !std::all_of(value.begin(), value.begin() + 4, is_digit))
                continue;
            auto const full = parse_iso_date(value);
            if (!full) continue;
            if (day > days_in_month(full->year, month)) return std::nullopt;
            long const distance =
                days_from_civil(full->year, month, day) - days_from_civil(full->year, full->month, full->day);
            if (distance >= -7 && distance <= 62) return full->year;
            return std::nullopt; // (the nearest full date decides)
        }
        return std::nullopt;
    }

    /// "the quarter ended Sept. 30", "the fiscal first quarter ended Sept. 30", "the quarter ending
    /// July 31": the quarter before "ended" (mention `date` - 1) is the one that date closes. A
    /// quarter named by number takes the date's year (a fiscal quarter keeps its number: "fiscal
    /// first quarter ended Sept. 30" is 1989-Q1, as TimeBank has it); "the quarter" alone is the
    /// calendar quarter of the middle of its three months (Sept. 30: Q3; July 31: Q2).
    void quarter_ended_on(std::size_t date) {
        if (date == 0) return;
        mention const& day = out_[date];
        mention& quarter = out_[date - 1];
        if (quarter.parent || quarter.sentence != day.sentence || day.time_value.size() != 10) return;
        bool const numbered =
            quarter.kind == mention_kind::period && quarter.time_value.size() == 7 && quarter.time_value[5] == 'Q';
        bool const story = quarter.kind == mention_kind::relative_time && quarter.relative_unit == "quarter" &&
                           quarter.relative_offset == 0 && quarter.anchored; // "the quarter"
        if (!numbered && !story) return;
        std::string const between = text::lower(prose_.substr(quarter.end, day.begin - quarter.end));
        auto const words = text::words(between); // views into `between`
        if (words.empty() || words.size() > 2 || (words[0] != "ended" && words[0] != "ending") ||
            (words.size() == 2 && words[1] != "on"))
            return;
        int const month = (day.time_value[5] - '0') * 10 + (day.time_value[6] - '0');
        if (month < 1 || month > 12) return;
        std::string const& when = day.resolved ? *day.resolved : day.time_value;
        std::string const year = when.substr(0, 4);
        if (numbered) {
            // "the first quarter of 1987, ended December 28, 1986": the year said stays.
            if (year != "XXXX" && quarter.time_value.starts_with("XXXX"))
                quarter.resolved = year + quarter.time_value.substr(4);
            return;
        }
        int const middle = (month + 10) % 12; // 0-based month before the last: Sept. 30 -> August (7)
        std::string value = (middle > month - 1 ? year_or_x(year == "XXXX" ? 0 : std::stoi(year) - 1) : year) + "-Q" +
                            static_cast<char>('1' + middle / 3);
        quarter.time_value = day.time_value.starts_with("XXXX") ? "XXXX" + value.substr(4) : value;
        quarter.resolved = value.starts_with("XXXX") ? std::optional<std::string>() : std::optional<std::string>(value);
    }

    /// Whether the period at candidate_ is told as one whose results are reported or that is over,
    /// whatever the tense around it: "will report second-half results", "will restate results for
    /// the third quarter", "sales, which slumped in the third quarter, recover" (a verb in the past
    /// right before it).
    [[nodiscard]] bool results_of_past_period() const {
        std::array<lower_word, 8> before;
        std::size_t const n = last_words(clause_start(candidate_), candidate_, before);
        for (std::size_t k = 0; k < n; ++k)
            if (before[k].is({"report", "reports", "reported", "restate", "restates", "results", "earnings"}) ||
                (k < 3 && past_verb(before[k])))
                return true;
        std::array<lower_word, 2> after;
        std::size_t const m = candidate_end_ <= sentence_->end ? next_words(candidate_end_, after) : 0;
        for (std::size_t k = 0; k < m; ++k)
            if (after[k].is({"results", "earnings", "report", "figures"})) return true;
        return false;
    }

    /// The year of a day named without one, `day_in(year)` being that day in a given year (none
    /// when it does not exist): the year its clause's tense gives ("was shot on Oct. 23": the
    /// last one; "will open on Oct. 23": the coming one), or else the year that puts it nearest
    /// the reference date. Within two months of the reference date either way the nearest wins
    /// even so (a story of Jan. 13 that "was delayed until Jan. 14" means this January), and the
    /// clause need not be read (most dates in news copy, datelines among them). 0: none.
    template <typename DayIn>
    int year_of_day(DayIn const& day_in) const {
        calendar_date const ref = *reference_;
        long const today = days_from_civil(ref.year, ref.month, ref.day);
        auto const nearest = [&](tense when) {
            int best_year = 0;
            long best_distance = std::numeric_limits<long>::max();
            for (int y = ref.year - 1; y <= ref.year + 1; ++y) {
                std::optional<calendar_date> const d = day_in(y);
                if (!d) continue;
                long const day = days_from_civil(d->year, d->month, d->day);
                if ((when == tense::past && day > today + 60) || (when == tense::future && day < today - 60)) continue;
                if (std::labs(day - today) < best_distance) {
                    best_distance = std::labs(day - today);
                    best_year = y;
                }
            }
            return std::pair{best_year, best_distance};
        };
        auto [best_year, best_distance] = nearest(tense::unknown);
        // ("Pryce died on Feb. 12" on December 30: the day of a death or a blast told right before it has
        // passed, however near the coming one is; not "called for redemption on March 23", "presented by
        // April 11", days set in the past for what is to come)
        if (best_distance <= 60 && best_year != 0) {
            std::optional<calendar_date> const d = day_in(best_year);
            std::array<lower_word, 2> before;
            std::size_t const n = d && days_from_civil(d->year, d->month, d->day) > today + 7
                                      ? last_words(sentence_->begin, candidate_, before)
                                      : 0;
            std::size_t const verb = n >= 1 && before[0].is({"on"}) ? 1 : 0;
            if (n > verb &&
                before[verb].is({"died", "killed", "murdered", "exploded", "collapsed", "crashed", "erupted",
                                 "occurred", "happened", "struck", "resigned", "retired", "married", "drowned"}))
                for (int y = best_year - 1; y >= ref.year - 1; --y)
                    if (std::optional<calendar_date> const e = day_in(y);
                        e && days_from_civil(e->year, e->month, e->day) <= today)
                        return y;
        }
        if (best_distance > 60) {
            if (tense const when = tense_before(candidate_); decided(when)) {
                best_year = nearest(when).first;
            } else if (std::array<lower_word, 1> before;
                       last_words(sentence_->begin, candidate_, before) == 1 && before[0].is({"is", "are"})) {
                // "The deadline is December 31", "The vote is March 5": a day on the calendar, told in
                // the present, is to come
                best_year = nearest(tense::future).first;
            }
        }
        return best_year;
    }

    /// The day of a holiday whose date moves (ast::temporal::holiday) in `year`.
    static calendar_date holiday_in(int holiday, int year) {
        auto const weekday_on = [&](int month, int day) { return weekday_of(days_from_civil(year, month, day)); };
        auto const first = [&](int month, int weekday) { return 1 + (weekday - weekday_on(month, 1) + 7) % 7; };
        switch (holiday) {
        case 1: // Thanksgiving: the fourth Thursday of November
            return {year, 11, first(11, 4) + 21};
        case 8: // Black Friday and Cyber Monday: the day after Thanksgiving and the Monday after
        case 9:
            return civil_from_days(days_from_civil(year, 11, first(11, 4) + 21) + (holiday == 8 ? 1 : 4));
        case 2: // Labor Day: the first Monday of September
            return {year, 9, first(9, 1)};
        case 3: // Memorial Day: the last Monday of May
            return {year, 5, 31 - (weekday_on(5, 31) - 1 + 7) % 7};
        case 5: // Easter Sunday (the Gregorian computus), Good Friday two days before, Easter Monday after
        case 6:
        case 7:
        case 10: {
            int const a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
            int const f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
            int const i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
            int const month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
            long const sunday = days_from_civil(year, month, day);
            return civil_from_days(sunday + (holiday == 6 ? -2 : holiday == 7 ? 1 : 0));
        }
        default: // Election Day: the Tuesday after the first Monday of November
            return {year, 11, first(11, 1) + 1};
        }
    }
};

/// "BEIJING, April 9 (Reuters) -", "PASADENA, Calif., April 12, 2024 --": a date after an upper-case
/// place name (and perhaps its state or country) at the start of the text; or a full date alone on
/// its line among the first three sentences, perhaps after "Published:", not at a heading or a table
/// row (`sections`): the date of the story.
void mark_dateline(std::string_view prose, std::vector<mention>& mentions, std::vector<std::size_t> const& sections) {
    // (the line's start is carried from one date to the next: a first "sentence" of a megabyte on
    // one line, as in a table flattened into text, is read once, not once per date)
    std::size_t line_start = 0;
    std::size_t scanned = 0;
    for (auto& m : mentions) {
        if (m.kind != mention_kind::date) continue;
        if (m.sentence > 2) break;
        if (m.begin > scanned) {
            std::size_t const newline = prose.substr(scanned, m.begin - scanned).rfind('\n');
            if (newline != std::string_view::npos) line_start = scanned + newline + 1;
            scanned = m.begin;
        }
        // a dateline's place is a few words ("BEIJING, ", "NEW YORK/LONDON, "), perhaps with its state
        // or country after it ("PASADENA, Calif., ", "GENEVA, Switzerland, ")
        if (m.begin - line_start > 80) continue;
        std::string_view const before = prose.substr(line_start, m.begin - line_start);
        std::size_t trimmed = before.find_first_not_of(" \t");
        // (or a full date alone on its line near the top, perhaps after "Published:": the date of the
        // story, "Feb. 28, 2024", "Saturday, Nov. 16, 2024")
        std::size_t const line_end = prose.find('\n', m.end);
        std::string_view rest_of_line =
            prose.substr(m.end, (line_end == std::string_view::npos ? prose.size() : line_end) - m.end);
        bool const full = m.time_value.size() == 10 && m.time_value[0] != 'X';
        // (not a heading's or a table row's date: "## Nov. 9, 1989", "| March 3, 2021 | First case |")
        bool const section_start = std::binary_search(sections.begin(), sections.end(), line_start);
        std::string const label =
            text::lower(trimmed == std::string_view::npos ? std::string_view() : before.substr(trimmed));
        bool const labelled =
            in_list(label, {"published:", "published ", "published: ", "published on ", "posted: ", "posted on ",
                            "updated: ", "updated on ", "date: ", "dated "});
        // (a label's line may go on with the time: "Published: Tuesday, Jan. 9, 2024 at 9:00 a.m. ET")
        if (labelled && text::istarts_with(rest_of_line, " at ")) rest_of_line = {};
        // (unlabelled, the date is a paragraph of its own, the text's first or the one after its
        // headline, and that headline names no list of dates: not "Timeline", "Next hearing:")
        bool const own_paragraph =
            (line_start == 0 || (line_start >= 2 && prose[line_start - 2] == '\n')) &&
            (line_end == std::string_view::npos || (line_end + 1 < prose.size() && prose[line_end + 1] == '\n'));
        // (nor under a heading: "## 2019" ... "March 3, 2019")
        bool const under_heading = !sections.empty() && sections.front() < line_start;
        bool const lone = label.empty() && own_paragraph && m.sentence <= 1 && !under_heading && [&] {
            if (line_start < 2) return true;
            // (a headline of words, not a year: "## 2019")
            std::string const headline = text::lower(prose.substr(0, line_start));
            return !text::contains_any_word(headline, {"timeline", "dates", "schedule", "hearing", "next", "upcoming",
                                                       "calendar", "events", "key"}) &&
                   headline.find(':') == std::string::npos &&
                   std::any_of(headline.begin(), headline.end(), [](char c) { return is_alpha(c); });
        }();
        if (full && !section_start && rest_of_line.find_first_not_of(" \t") == std::string_view::npos &&
            (labelled || lone)) {
            m.dateline = true;
            return;
        }
        if (trimmed == std::string_view::npos || m.sentence > 1) continue;
        std::string_view const place = before.substr(trimmed);
        bool upper_place = place.size() >= 3 && place.back() == ' ' && place[place.size() - 2] == ',';
        // (the place in capitals, then at most two parts in title case: "Calif.", "Switzerland")
        std::size_t parts = 0;
        bool capitals = true; // still in the first part
        for (std::size_t i = 0; upper_place && i + 2 < place.size(); ++i) {
            char const c = place[i];
            if (c == ',') {
                capitals = false;
                ++parts;
                continue;
            }
            if (capitals ? !(is_upper(c) || c == ' ' || c == '.' || c == '-' || c == '\'' || c == '/')
                         : !(is_alpha(c) || c == ' ' || c == '.' || c == '-') ||
                               (c != ' ' && place[i - 1] == ' ' && !is_upper(c)))
                upper_place = false;
        }
        upper_place = upper_place && parts <= 2 && is_upper(place.front()) && place.size() >= 5 && is_upper(place[1]);
        // (" (Reuters) -", " -", " --", " (AP)"; a dash folded to " - " in the prose)
        std::string_view after = prose.substr(m.end, 16);
        bool const spaced = after.starts_with(' ');
        while (after.starts_with(' ')) after.remove_prefix(1);
        // (or a wire's name: "TOKYO, Jan. 9, 2024 /PRNewswire/ --")
        bool const marked = spaced && (after.starts_with('-') || after.starts_with('(') || after.starts_with('/'));
        if (upper_place && marked) {
            m.dateline = true;
            return;
        }
    }
}

/// Whether `gap`, the prose between two mentions, is only white space, or one preposition that may
/// open a period ("in", "for", "during", ..., "in the" before a duration) with white space around it.
bool space_or_preposition(std::string_view gap) {
    while (!gap.empty() && (gap.front() == ' ' || gap.front() == '\n')) gap.remove_prefix(1);
    while (!gap.empty() && (gap.back() == ' ' || gap.back() == '\n')) gap.remove_suffix(1);
    // ("in the quarter ended March 31", "the year to March": a period and the day or month it ends)
    std::string const lowered = text::lower(gap);
    if (gap.empty() ||
        in_list(lowered,
                {"in", "for", "during", "over", "on", "at", "by", "in the", "for the", "during the", "over the",
                 "ended", "ending", "ended on", "to", "through", "in the year", "for the year", "over the year",
                 // ("climbed 4.9% over the past 12 months to $34.75 from $33.45")
                 "over the past", "over the last", "in the past", "in the last", "during the past", "during the last"}))
        return true;
    // "in its fiscal fourth quarter", "in the company's fiscal", "for its financial": the owner's
    // reporting year before the period
    {
        auto const words = text::words(lowered);
        std::size_t w = 0;
        if (w < words.size() && in_list(words[w], {"in", "for", "during", "over"})) ++w;
        if (w < words.size() && (in_list(words[w], {"its", "their", "the", "his", "her", "our"}))) ++w;
        if (w < words.size() && words[w].ends_with("'s")) ++w;
        if (w + 1 == words.size() && w >= 2 && in_list(words[w], {"fiscal", "financial"})) return true;
    }
    // "in the year to June 2025", "for the six months ended", "in the 12 months to": the span of a
    // reported period before the month or day it ends
    // ("in the fiscal year ended June 30", "in its financial year that ended on March 31")
    auto const words = text::words(lowered);
    std::size_t w = 0;
    if (w < words.size() && in_list(words[w], {"in", "for", "during", "over"})) ++w;
    if (w >= words.size() || !in_list(words[w], {"the", "its", "their"})) return false;
    ++w;
    if (w < words.size() && in_list(words[w], {"fiscal", "financial"})) ++w;
    if (w < words.size() &&
        (text::is_digit(words[w].front()) || in_list(words[w], {"two", "three", "four", "six", "nine", "twelve"})))
        ++w;
    if (w >= words.size() ||
        !in_list(words[w], {"year", "quarter", "month", "months", "week", "weeks", "half", "period"}))
        return false;
    ++w;
    if (w < words.size() && in_list(words[w], {"that", "which"})) ++w;
    if (w + 1 < words.size() && words[w + 1] == "on" && in_list(words[w], {"ended", "ending"})) ++w;
    return w + 1 == words.size() && in_list(words[w], {"to", "ended", "ending", "through", "on"});
}

/// A time a figure may be said for: a year, a period, a relative time, a date, a duration ("in the
/// three months to September").
bool time_kind(mention const& m) {
    return m.kind == mention_kind::year || m.kind == mention_kind::period || m.kind == mention_kind::relative_time ||
           m.kind == mention_kind::date || m.kind == mention_kind::duration;
}

/// The value of a time mention as resolved, else as said.
std::string_view time_of(mention const& m) { return m.resolved ? std::string_view(*m.resolved) : m.time_value; }

/// Whether period `earlier` is the one before `later`, a year or one unit back ("1985" before
/// "1986", "1986-01" before "1987-01" or "1986-12", "FY1987" before "FY1988", "1986-Q4" before
/// "1987-Q1").
bool period_before(std::string_view earlier, std::string_view later, bool year_back = true) {
    bool const fiscal = earlier.starts_with("FY") && later.starts_with("FY");
    if (fiscal) {
        earlier.remove_prefix(2);
        later.remove_prefix(2);
    }
    // a split year before the year of its second half or the next ("this year ... from 14.9 mln
    // in 1986/87" in 1987)
    if (text::is_split_year(earlier) && later.size() == 4 && std::all_of(later.begin(), later.end(), is_digit)) {
        int const second = std::stoi(std::string(earlier.substr(5)));
        int const year = std::stoi(std::string(later));
        return year == second || year == second + 1;
    }
    // a split year before the next ("in 2022-23, from £48.4 billion the previous year", "in 2021-22")
    if (text::is_split_year(earlier) && text::is_split_year(later))
        return std::stoi(std::string(earlier.substr(0, 4))) + 1 == std::stoi(std::string(later.substr(0, 4))) &&
               std::stoi(std::string(earlier.substr(5))) + 1 == std::stoi(std::string(later.substr(5)));
    if (earlier.size() != later.size() || earlier.size() < 4) return false;
    // (without a reference date both may have no year: "in April, from 4.1% in March")
    bool const unknown = earlier.starts_with("XXXX") && later.starts_with("XXXX");
    for (std::size_t i = 0; i < 4 && !unknown; ++i)
        if (!is_digit(earlier[i]) || !is_digit(later[i])) return false;
    int const ye = unknown ? 0 : std::stoi(std::string(earlier.substr(0, 4)));
    int const yl = unknown ? 0 : std::stoi(std::string(later.substr(0, 4)));
    std::string_view const re = earlier.substr(4), rl = later.substr(4);
    // a year back, the same part of it (only a whole year without `year_back`)
    if (re == rl) return !unknown && ye + 1 == yl && (year_back || re.empty() || (fiscal && re.empty()));
    // one month, quarter or half back
    if (re.size() != 3 || re[0] != '-' || rl[0] != '-') return false;
    int per_year = 0, ie = 0, il = 0;
    if (is_digit(re[1]) && is_digit(re[2]) && is_digit(rl[1]) && is_digit(rl[2])) {
        per_year = 12;
        ie = (re[1] - '0') * 10 + (re[2] - '0');
        il = (rl[1] - '0') * 10 + (rl[2] - '0');
    } else if (re[1] == rl[1] && (re[1] == 'Q' || re[1] == 'H') && is_digit(re[2]) && is_digit(rl[2])) {
        per_year = re[1] == 'Q' ? 4 : 2;
        ie = re[2] - '0';
        il = rl[2] - '0';
    } else {
        return false;
    }
    if (unknown) return ie + 1 == il || (ie == per_year && il == 1);
    return ye * per_year + ie + 1 == yl * per_year + il;
}

/// How many days day `earlier` is before day `later`, both "YYYY-MM-DD" or both a weekday of an unknown week
/// ("XXXX-WXX-4": Thursday; a Friday is taken as three days before a Monday); nothing for other values.
std::optional<long> days_back(std::string_view earlier, std::string_view later) {
    // (both without a year, "XXXX-05-02" and "XXXX-05-16" when there is no reference date, as days of one year)
    bool const yearless = earlier.starts_with("XXXX-") && later.starts_with("XXXX-");
    auto const day = [yearless](std::string_view v) -> std::optional<long> {
        if (v.size() != 10 || v[4] != '-' || v[7] != '-') return std::nullopt;
        for (std::size_t const i : {0UL, 1UL, 2UL, 3UL, 5UL, 6UL, 8UL, 9UL})
            if (!is_digit(v[i]) && !(yearless && i < 4)) return std::nullopt;
        auto const n = [&](std::size_t at, std::size_t len) {
            int x = 0;
            for (std::size_t i = at; i < at + len; ++i) x = x * 10 + (v[i] - '0');
            return x;
        };
        return calendar::days_from_civil(yearless ? 2001 : n(0, 4), n(5, 2), n(8, 2));
    };
    if (auto const e = day(earlier), l = day(later); e && l) return *l - *e;
    auto const weekday = [](std::string_view v) {
        return v.size() == 10 && v.starts_with("XXXX-WXX-") && v[9] >= '1' && v[9] <= '7' ? v[9] - '0' : 0;
    };
    int const we = weekday(earlier), wl = weekday(later);
    if (we == 0 || wl == 0) return std::nullopt;
    return (wl - we + 7) % 7;
}

/// What follows a base value, figure `k`: a stop (nothing but a comma, a stop, a parenthesis or a
/// quote: "from 245.62 mln."), its own time (mentions[k + 1], of its sentence, within two words of
/// letters: "from 6.4 billion dlrs in 1985", "from 155.4 million a year earlier"), or other words.
enum class base_end { stop, own_time, same_period, words };
base_end what_follows(std::string_view prose, std::vector<mention> const& mentions, std::size_t k) {
    mention const& figure = mentions[k];
    std::size_t at = figure.end;
    while (at < prose.size() && (prose[at] == ' ' || prose[at] == '\n')) ++at;
    if (at >= prose.size() || std::string_view(".;,()\"").find(prose[at]) != std::string_view::npos)
        return base_end::stop;
    if (k + 1 >= mentions.size()) return base_end::words;
    mention const& next = mentions[k + 1];
    if (next.sentence != figure.sentence || !time_kind(next) || next.begin < figure.end) return base_end::words;
    std::size_t words = 0;
    bool in_word = false;
    for (char const c : prose.substr(figure.end, next.begin - figure.end)) {
        if (is_alpha(c)) {
            words += in_word ? 0 : 1;
            in_word = true;
        } else if (c == ' ' || c == '\n') {
            in_word = false;
        } else {
            return base_end::words;
        }
    }
    if (words <= 2) return base_end::own_time;
    // "from Rs 11,657 crore in the same quarter last year": the period of the change a year back
    if (words <= 4 && next.kind == mention_kind::relative_time) {
        std::string const lead = text::lower(prose.substr(figure.end, next.begin - figure.end));
        auto const w = text::words(lead);
        std::size_t i = w.size() == 4 ? 1 : 0;
        if ((w.size() == 3 || in_list(w[0], {"in", "for", "during"})) && w[i] == "the" && w[i + 1] == "same" &&
            in_list(w[i + 2], {"quarter", "period", "month", "half", "week", "season"}))
            return base_end::same_period;
    }
    return base_end::words;
}

/// Whether time mention `period` is a period companies report results for: a quarter or a half
/// ("the third quarter", "Q3", "the first half", "the quarter"), or a year to a day ("the year to
/// Jan. 31", "the 12 months ended June 30").
bool results_period(std::string_view prose, mention const& period) {
    std::string_view const v = period.resolved ? std::string_view(*period.resolved) : period.time_value;
    if (period.kind == mention_kind::period && v.size() == 7 && v[4] == '-' && (v[5] == 'Q' || v[5] == 'H'))
        return true;
    std::string const own = text::lower(prose.substr(period.begin, period.end - period.begin));
    if (period.kind == mention_kind::relative_time && (own == "the quarter" || own == "the half")) return true;
    std::size_t const from = period.begin > 24 ? period.begin - 24 : 0;
    std::string const lead = text::lower(prose.substr(from, period.begin - from));
    // ("in the year to March", "the 12 months to June": the month read with its "to"; not "the three months to
    // September", told against the three months before)
    if (period.kind == mention_kind::period && (own.starts_with("to ") || own.starts_with("ended ")))
        return std::string_view(lead).ends_with(" the year ") || std::string_view(lead).ends_with(" fiscal year ") ||
               std::string_view(lead).ends_with(" financial year ") ||
               std::string_view(lead).ends_with(" 12 months ") || std::string_view(lead).ends_with(" twelve months ");
    if (period.kind != mention_kind::date) return false;
    for (std::string_view const year_to : {"year to ", "year ended ", "year ending ", "months to ", "months ended "})
        if (std::string_view(lead).ends_with(year_to)) return true;
    return false;
}

/// Whether a base value, figure `k`, may be the base of a change whose own period, or its new
/// value's, is `period`: when nothing but a comma, a stop or a parenthesis follows it ("from
/// 245.62 mln."), or a period of its own within two words that is the one before `period` ("rose 25
/// pct in 1986, to eight billion dlrs, from 6.4 billion dlrs in 1985"). Not another time ("from
/// 155.4 million a year earlier" after "rose by 150,000 in March": a year-on-year base beside a
/// month's change), nor other words ("from $1,950 at the start of the year", "before the war").
bool base_of_period(std::string_view prose, std::vector<mention> const& mentions, std::size_t k, mention const* period,
                    bool comma) {
    base_end const follows = what_follows(prose, mentions, k);
    if (follows == base_end::stop) return true;
    // other words than a time: after a comma, another comparison ("from $1,950 at the start of the
    // year"); without one, the sentence goes on ("from 743.8 mln and 18.5 pct year to date ...")
    if (follows == base_end::words) return !comma;
    mention const& next = mentions[k + 1];
    // ("in the January-March quarter, from Rs 11,657 crore in the same quarter last year")
    if (follows == base_end::same_period)
        return period && next.resolved && period_before(time_of(next), time_of(*period), true);
    // a relative time only for the unit before ("in 1986 from 40 billion the previous year", "in
    // January from 260 billion crowns the previous month"), not a year back from a month ("in
    // March ... from 155.4 million a year earlier": a year-on-year base beside a month's change)
    if (!period) return false;
    // (but with no comma before it, "to X from Y a year earlier" are one change's values: "rose 5.3% in March to
    // $47.6 million from $46.0 million a year earlier", a month against the same month a year back)
    if (!comma && next.kind == mention_kind::relative_time) {
        std::string const base = text::lower(prose.substr(next.begin, next.end - next.begin));
        if (base == "a year earlier" || base == "a year ago" || base == "a year before") return true;
    }
    // "in the quarter, from 35.9 billion euros a year earlier", "in the first half, from ...", "in
    // the year to Jan. 31, from £2.97bn a year earlier": results told against the same period a
    // year back (a quarter, a half, a year to a day; not a month's, often told month on month)
    if (next.kind == mention_kind::relative_time && results_period(prose, *period)) {
        std::string const base = text::lower(prose.substr(next.begin, next.end - next.begin));
        if (base == "a year earlier" || base == "a year ago" || base == "a year before") return true;
    }
    // (a period of the change the text does not date, "this season", against a base's named one, "in
    // the 2022-23 season": the writer's own pairing)
    std::string_view const own = time_of(*period);
    bool const dated = own.size() >= 4 && (is_digit(own[0]) || own.starts_with("FY") || own.starts_with("XXXX"));
    if (!dated) return next.kind != mention_kind::relative_time;
    // ("fell 3.8% to $14.62 on Thursday, from $15.04 on Wednesday", "to 4.1% on May 16, from 4.4% on May 2": a
    // day's value against an earlier day's, within a month)
    if (period->kind == mention_kind::date && next.kind == mention_kind::date) {
        if (auto const days = days_back(time_of(next), own)) return *days >= 1 && *days <= 31;
    }
    // ("fell 5.2% to $439.20 on Monday, from $417.50 the day before": a day's value against the day's before it)
    // (after a comma; not a week back, "rose 3% to $67,000 on Monday, from $60,000 the previous week": the day's move
    // is not the week's)
    if (comma && period->kind == mention_kind::date && next.kind == mention_kind::relative_time) {
        std::string const base = text::lower(prose.substr(next.begin, next.end - next.begin));
        if (base == "the day before" || base == "the previous day" || base == "a day earlier" ||
            base == "the day earlier" || base == "the prior day" || base == "the previous session")
            return true;
    }
    // (a named year some years back, after a comma: "increased to 14 million euros this year, from 9 million euros in
    // 2021", the base the writer chose)
    if (comma && next.kind == mention_kind::year && own.size() == 4 && time_of(next).size() == 4 &&
        std::all_of(own.begin(), own.end(), is_digit)) {
        std::string_view const base = time_of(next);
        if (std::all_of(base.begin(), base.end(), is_digit)) {
            int const later = std::stoi(std::string(own)), earlier = std::stoi(std::string(base));
            if (earlier < later && later - earlier <= 10) return true;
        }
    }
    return period_before(time_of(next), own, next.kind != mention_kind::relative_time);
}

/// The periods (one or two time mentions of the sentence) right after prose offset `end`, from
/// mentions[k] on, each after white space or a preposition (space_or_preposition): where they end,
/// the index after them, the last of them, and whether one is a rate's basis.
struct period_run {
    std::size_t next = 0;
    std::size_t end = 0;
    mention const* last = nullptr;
    std::size_t count = 0;
    bool basis = false;
};
bool rate_basis(std::string_view prose, mention const& m);
period_run periods_after(std::string_view prose, std::vector<mention> const& mentions, std::size_t sentence,
                         std::size_t k, std::size_t end) {
    period_run run{k, end};
    while (run.next < mentions.size() && run.count < 2 && mentions[run.next].sentence == sentence &&
           !mentions[run.next].parent &&
           space_or_preposition(prose.substr(run.end, mentions[run.next].begin - run.end))) {
        // "rose 17 pct from a year earlier to 614 mln dlrs": a comparison with a time before the
        // values, the basis of the rate (the time is its part, after it)
        std::size_t const after = run.next + 1;
        if (mentions[run.next].kind == mention_kind::comparison && after < mentions.size() &&
            mentions[after].parent == run.next && mentions[after].kind == mention_kind::relative_time &&
            mentions[after].end == mentions[run.next].end) {
            run.basis = true;
            run.end = mentions[run.next].end;
            run.next = after + 1;
            ++run.count;
            continue;
        }
        if (!time_kind(mentions[run.next])) break;
        run.basis = run.basis || rate_basis(prose, mentions[run.next]);
        run.last = &mentions[run.next];
        run.end = mentions[run.next].end;
        ++run.next;
        ++run.count;
    }
    return run;
}

/// Whether time mention `m` is the basis of a rate ("year on year", "month-on-month", "year over
/// year"): the values after it need not be the change's.
bool rate_basis(std::string_view prose, mention const& m) {
    if (m.kind != mention_kind::relative_time) return false;
    // (the mentions' texts are set after the joins: the prose gives it)
    std::string const lower = text::lower(prose.substr(m.begin, m.end - m.begin));
    if (is_rate_basis(lower) || lower.find("y/y") != std::string::npos || lower.find("m/m") != std::string::npos)
        return true;
    // "on the year", "on the month" (the mention may begin after "on")
    std::string_view const before = prose.substr(m.begin >= 3 ? m.begin - 3 : 0, m.begin >= 3 ? 3 : m.begin);
    return lower.starts_with("on the ") || (lower.starts_with("the ") && text::lower(before) == "on ");
}

/// The whole figure at the start of `t` ("12,900 votes", "$10,100"): how many digits it has (without
/// separators) and how many zeros end it; no digits when a decimal point or a scale word follows
/// ("12,900 mln" is rounded in millions).
struct whole_figure {
    std::size_t digits = 0;
    std::size_t zeros = 0;
};
whole_figure whole_digits(std::string_view t) {
    std::size_t i = 0;
    while (i < t.size() && !text::is_digit(t[i])) ++i;
    whole_figure out;
    for (; i < t.size() && (text::is_digit(t[i]) || (t[i] == ',' && i + 1 < t.size() && text::is_digit(t[i + 1])));
         ++i) {
        if (t[i] == ',') continue;
        ++out.digits;
        out.zeros = t[i] == '0' ? out.zeros + 1 : 0;
    }
    if (out.digits < 5) return {};
    if (i < t.size() && t[i] == '.' && i + 1 < t.size() && text::is_digit(t[i + 1])) return {};
    std::string_view const rest = t.substr(i);
    for (std::string_view const scale : {" mln", " million", " billion", " bln", " bn", "m", "bn", " thousand"})
        if (rest.size() >= scale.size() && text::iequals(rest.substr(0, scale.size()), scale)) return {};
    return out;
}

/// "Membership rose 1.5% to 10,100 from 10,020": a figure of five digits or more ending in two zeros
/// is rounded to the hundred (read_numeral) unless its sentence states a figure of its kind to the
/// ten or the unit; then it is exact to the unit as that one is.
[[gnu::noinline]] void exact_beside_exact(std::string_view prose, std::vector<mention>& mentions) {
    // (the figures of five digits or more ending in two zeros but not three, found once)
    std::vector<std::size_t> rounded;
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        mention const& m = mentions[i];
        if ((m.kind != mention_kind::number && m.kind != mention_kind::money) || !m.value || !m.range ||
            !m.hedge.empty() || m.is_range || m.hundredths || m.end - m.begin < 6)
            continue;
        whole_figure const w = whole_digits(prose.substr(m.begin, m.end - m.begin));
        if (w.digits != 0 && w.zeros == 2) rounded.push_back(i);
    }
    // (a figure of `kind` stated to the ten or the unit: five digits or more, fewer than two zeros last)
    auto const finer = [&](mention const& m, mention_kind kind) {
        if (m.kind != kind || !m.hedge.empty() || !m.value) return false;
        whole_figure const w = whole_digits(prose.substr(m.begin, m.end - m.begin));
        return w.digits != 0 && w.zeros < 2;
    };
    for (std::size_t const r : rounded) {
        mention& m = mentions[r];
        bool exact = false;
        for (std::size_t i = r; i-- > 0 && mentions[i].sentence == m.sentence && !exact;)
            exact = finer(mentions[i], m.kind);
        for (std::size_t i = r + 1; i < mentions.size() && mentions[i].sentence == m.sentence && !exact; ++i)
            exact = finer(mentions[i], m.kind);
        if (exact) m.range = interval{*m.value - 0.5, *m.value + 1};
    }
}

/// The first mention after mentions[i] that begins at or after its end: the next one not inside it.
std::size_t next_top(std::vector<mention> const& mentions, std::size_t i) {
    std::size_t k = i + 1;
    while (k < mentions.size() && mentions[k].begin < mentions[i].end) ++k;
    return k;
}

/// "fell 25 pct to 500 mln dlrs from last year's 584 mln dlrs", "up 12.6 pct from January's 23.51
/// billion", "from 1985's 584 mln": the old value after a time in the possessive. The grammar reads
/// "from last year" as a comparison and "January's" as a period; the figure right after the "'s" is
/// the change's old value.
[[gnu::noinline]] void join_from_possessive_time(std::string_view prose, std::vector<mention>& mentions) {
    for (std::size_t c = 0; c < mentions.size(); ++c) {
        mention& change = mentions[c];
        if ((change.kind != mention_kind::change && change.kind != mention_kind::multiplier) || change.from ||
            change.parent || (!change.amount && !change.to))
            continue;
        std::size_t const t = next_top(mentions, c);
        if (t >= mentions.size() || mentions[t].sentence != change.sentence || mentions[t].parent) continue;
        mention const& time = mentions[t];
        // the time: "from last year" (a comparison whose time ends it) or "from January" before it
        bool const comparison = time.kind == mention_kind::comparison && t + 1 < mentions.size() &&
                                mentions[t + 1].parent == t && mentions[t + 1].end == time.end &&
                                text::iequals(prose.substr(time.begin, 5), "from ");
        bool const period = (time.kind == mention_kind::period || time.kind == mention_kind::year ||
                             time.kind == mention_kind::relative_time || time.kind == mention_kind::date) &&
                            time.begin >= 5 && text::iequals(prose.substr(time.begin - 5, 5), "from ");
        if (!comparison && !period) continue;
        if (time.begin < change.end || text::words(prose.substr(change.end, time.begin - change.end)).size() > 1)
            continue;
        // ("January's" may end with its "'s", "from last year" before it)
        std::size_t at = time.end;
        if (prose.substr(at >= 2 ? at - 2 : 0, 2) != "'s") {
            if (prose.substr(at, 2) == "'s") {
                at += 2;
            } else if (prose.substr(at, 4) == "\xE2\x80\x99s") {
                at += 4;
            } else {
                continue;
            }
        }
        std::size_t const k = next_top(mentions, comparison ? t + 1 : t);
        if (k >= mentions.size() || mentions[k].sentence != change.sentence || mentions[k].parent) continue;
        mention& figure = mentions[k];
        if (figure.kind != mention_kind::money && figure.kind != mention_kind::number &&
            figure.kind != mention_kind::percent)
            continue;
        if (prose.substr(at, figure.begin - at).find_first_not_of(' ') != std::string_view::npos) continue;
        // one measure with the new value, when there is one (a bare figure takes its unit)
        if (change.to) {
            mention const& to = mentions[*change.to];
            bool const bare = figure.kind == mention_kind::number && figure.unit.empty();
            if (figure.kind != to.kind && !bare) continue;
        }
        change.from = k;
        figure.parent = c;
    }
}

/// "died in 2019 at 73", "returned to the stage in 2019, at 73", "retired at 65": a bare whole number
/// after "at", right after a verb of a life's events or a year, ending its clause, is an age ("at 73",
/// as "aged 73"; not "closed at 73", "set at 65", "at 73 Main Street").
[[gnu::noinline]] void ages_after_at(std::string_view prose, std::vector<mention>& mentions) {
    for (auto& m : mentions) {
        if (m.kind != mention_kind::number || !m.unit.empty() || !m.hedge.empty() || m.parent || !m.value ||
            m.is_range || m.begin < 4)
            continue;
        double const v = *m.value;
        if (v < 1 || v > 120 || v != static_cast<double>(static_cast<int>(v))) continue;
        std::string_view const text = prose.substr(m.begin, m.end - m.begin);
        if (!std::all_of(text.begin(), text.end(), is_digit)) continue;
        if (!text::iequals(prose.substr(m.begin - 3, 3), "at ")) continue;
        if (m.begin > 3 && is_alnum(prose[m.begin - 4])) continue;
        // (the clause ends after it: "at 73.", "at 73,", "at 73 in", "at 73 after")
        std::size_t after = m.end;
        while (after < prose.size() && prose[after] == ' ') ++after;
        if (after < prose.size() && is_alpha(prose[after])) {
            std::size_t e = after;
            while (e < prose.size() && is_alpha(prose[e])) ++e;
            std::string_view const next = prose.substr(after, e - after);
            if (!text::iequals(next, "in") && !text::iequals(next, "after") && !text::iequals(next, "when") &&
                !text::iequals(next, "and") && !text::iequals(next, "following"))
                continue;
        } else if (after < prose.size() && prose[after] != '.' && prose[after] != ',' && prose[after] != ';' &&
                   prose[after] != ')') {
            continue;
        }
        // the words before "at": a verb of a life's events, or a year ("in 2019, at 73")
        std::size_t b = m.begin - 3;
        while (b > 0 && (prose[b - 1] == ' ' || prose[b - 1] == ',')) --b;
        std::size_t w = b;
        while (w > 0 && is_alnum(prose[w - 1])) --w;
        std::string const word = text::lower(prose.substr(w, b - w));
        bool const year =
            word.size() == 4 && std::all_of(word.begin(), word.end(), is_digit) && (word[0] == '1' || word[0] == '2');
        auto const life = [](std::string_view lower_word) {
            return text::contains_any_word(lower_word,
                                           {"died", "retired", "married", "debuted", "emigrated", "graduated",
                                            "resigned", "quit", "wed", "remarried", "stepped", "returned", "enlisted",
                                            "joined", "became", "elected", "knighted"});
        };
        // (after a year, such a verb among the clause's eight words before it: "returned to the stage in
        // 2019, at 73"; not "callable from March 31, 1990 at 104", "base 1980, at 99")
        bool lived = life(word);
        if (!lived && year) {
            std::size_t from = w > 80 ? w - 80 : 0;
            std::string_view const lead = prose.substr(from, w - from);
            std::size_t const cut = lead.find_last_of(".;:");
            auto const words = text::words(cut == std::string_view::npos ? lead : lead.substr(cut + 1));
            for (std::size_t k = words.size() > 8 ? words.size() - 8 : 0; k < words.size() && !lived; ++k)
                lived = life(text::lower(words[k]));
        }
        if (!lived) continue;
        m.kind = mention_kind::age;
        m.begin -= 3;
        m.range = interval{v, v + 1};
        m.unit = "years";
    }
}

/// "children aged 24, 21 and 18", "the boys, ages 12 and 14,": the bare whole numbers of a list after
/// "aged" or "ages", joined by commas and a last "and" or "or", are ages as the first is (not "aged 24,
/// 300 people", a list that never ends).
[[gnu::noinline]] void listed_ages(std::string_view prose, std::vector<mention>& mentions) {
    auto const bare_whole = [&](mention const& m) {
        if (m.kind != mention_kind::number || !m.unit.empty() || !m.hedge.empty() || m.parent || !m.value || m.is_range)
            return false;
        double const v = *m.value;
        std::string_view const text = prose.substr(m.begin, m.end - m.begin);
        return v >= 1 && v <= 120 && std::all_of(text.begin(), text.end(), is_digit);
    };
    for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
        mention const& first = mentions[i];
        // the list's first: "aged 24" (an age), or "ages 12" (a number after "ages")
        bool const aged = first.kind == mention_kind::age && !first.born && !first.is_range && first.value &&
                          text::istarts_with(prose.substr(first.begin, first.end - first.begin), "aged ") &&
                          (first.unit.empty() || first.unit == "years");
        bool const ages = !aged && bare_whole(first) && first.begin >= 5 &&
                          text::iequals(prose.substr(first.begin - 5, 5), "ages ") &&
                          (first.begin == 5 || !is_alpha(prose[first.begin - 6]));
        if (!aged && !ages) continue;
        std::size_t last = i;
        bool ended = false;
        for (std::size_t k = i + 1; k < mentions.size() && !ended; ++k) {
            mention const& m = mentions[k];
            if (m.sentence != first.sentence || !bare_whole(m)) break;
            std::string_view const gap = prose.substr(mentions[last].end, m.begin - mentions[last].end);
            bool const comma = gap == ", ";
            ended = gap == " and " || gap == ", and " || gap == " or " || gap == ", or ";
            if (!comma && !ended) break;
            last = k;
        }
        if (!ended) continue;
        // (the list ends its phrase: "aged 24 and 21, born", not "aged 24 and 21 others")
        std::size_t const after = mentions[last].end;
        std::string_view const rest = prose.substr(after, 13);
        if (!rest.empty() && rest[0] != ',' && rest[0] != '.' && rest[0] != ';' && rest[0] != ')' &&
            !text::istarts_with(rest, " and ") && !text::istarts_with(rest, " are ") &&
            !text::istarts_with(rest, " were ") && !text::istarts_with(rest, " respectively"))
            continue;
        for (std::size_t k = ages ? i : i + 1; k <= last; ++k) {
            mention& m = mentions[k];
            double const v = *m.value;
            m.kind = mention_kind::age;
            m.range = interval{v, v + 1};
            m.unit = "years";
        }
        if (ages) mentions[i].begin -= 5;
        i = last;
    }
}

/// "Arthur Bell, who was born in 1924 and is 102, served", "Moore, who was born in 1949, is 71": a bare
/// whole number after "and is", "and turns" or the comma or bracket that closes the birth's clause, right after a
/// birth year, is the age now.
[[gnu::noinline]] void ages_after_born(std::string_view prose, std::vector<mention>& mentions) {
    for (std::size_t i = 1; i < mentions.size(); ++i) {
        mention& m = mentions[i];
        // ("is now 86": the "now" between is a mention of its own)
        std::size_t b = i - 1;
        if (b > 0 && mentions[b].kind == mention_kind::relative_time &&
            text::iequals(prose.substr(mentions[b].begin, mentions[b].end - mentions[b].begin), "now"))
            --b;
        mention const& born = mentions[b];
        // (or a date of birth: "Adeyemi, born on March 3, 1980, is 41")
        bool const born_on = born.kind == mention_kind::date && born.time_value.size() == 10 &&
                             text::is_digit(born.time_value[0]) && born.begin >= 5 &&
                             (text::iequals(prose.substr(born.begin - 5, 5), "born ") ||
                              (born.begin >= 8 && text::iequals(prose.substr(born.begin - 8, 8), "born on ")));
        if (m.kind != mention_kind::number || (!born_on && (born.kind != mention_kind::age || !born.born)) ||
            born.sentence != m.sentence || !m.unit.empty() || !m.hedge.empty() || m.parent || !m.value || m.is_range ||
            m.begin < born.end)
            continue;
        double const v = *m.value;
        if (v < 1 || v > 120 || v != static_cast<double>(static_cast<int>(v))) continue;
        std::string_view const gap = prose.substr(born.end, m.begin - born.end);
        // (or after the clause of the birth: "Moore, who was born in 1949, is 71.", "Haines, born in 1941, is
        // now 86")
        // (or after the bracket of the birth: "Jane Smith (born 1952) is 71", "Jane Smith (born 1952), 71, chairs")
        bool const bracket_aside = gap == "), ";
        if (!text::iequals(gap, " and is ") && !text::iequals(gap, " and turns ") && !text::iequals(gap, ", is ") &&
            !text::iequals(gap, ", is now ") && !text::iequals(gap, " and is now ") &&
            !text::iequals(gap, ", turns ") && !text::iequals(gap, ") is ") && !text::iequals(gap, ") is now ") &&
            !text::iequals(gap, ") turns ") && !bracket_aside)
            continue;
        std::size_t const after = m.end;
        if (bracket_aside && (after >= prose.size() || prose[after] != ',')) continue;
        if (after < prose.size() && prose[after] != ',' && prose[after] != '.' && prose[after] != ';' &&
            prose[after] != ')' && !text::iequals(prose.substr(after, 5), " and "))
            continue;
        m.kind = mention_kind::age;
        m.range = interval{v, v + 1};
        m.unit = "years";
    }
}

/// "Traffic rose 11.8 percent, recovering fully from a pandemic plunge, to 9.32 million from 8.34
/// million", "fell 1.2 percent, erasing a gain of 3 percent in 2024, to $405,000 from $409,900", "rose
/// 27 percent, after doubling in 2023, to 88,300 from 69,500": values after the comma that closes an
/// aside (a clause of a participle, "after", "on top of" ...) right after a change with none are that
/// change's, not those of the change inside the aside. (Not after "while", "and", "but": "Profit fell
/// 3%, while revenue rose 5%, to $3 billion from $2.86 billion" are the revenue's.)
[[gnu::noinline]] void values_after_aside(std::string_view prose, std::vector<mention>& mentions) {
    for (std::size_t c = 1; c < mentions.size(); ++c) {
        mention& inner = mentions[c];
        if ((inner.kind != mention_kind::change && inner.kind != mention_kind::multiplier) || inner.parent ||
            (!inner.to && !inner.from))
            continue;
        std::size_t const first_value = std::min(inner.to ? mentions[*inner.to].begin : prose.size(),
                                                 inner.from ? mentions[*inner.from].begin : prose.size());
        if (first_value <= inner.begin || first_value > prose.size()) continue;
        // the values follow a comma: ", to 9.32 million", ", to $405,000 from"
        // (looked for within the change only: a text without commas stays linear)
        std::size_t const in_change = prose.substr(inner.begin, first_value - inner.begin).rfind(',');
        if (in_change == std::string_view::npos) continue;
        std::size_t const comma = inner.begin + in_change;
        auto const lead = text::words(prose.substr(comma, first_value - comma));
        if (lead.size() != 1 || !(text::iequals(lead[0], "to") || text::iequals(lead[0], "from"))) continue;
        // the change before the aside: no values of its own, a comma right after it
        std::optional<std::size_t> main;
        for (std::size_t k = c; k-- > 0;) {
            mention const& m = mentions[k];
            if (m.sentence != inner.sentence || m.end > inner.begin) {
                if (m.sentence != inner.sentence) break;
                continue;
            }
            if (m.parent || (m.kind != mention_kind::change && m.kind != mention_kind::multiplier)) continue;
            if (!m.to && !m.from && m.amount) main = k;
            break;
        }
        if (!main) continue;
        mention& outer = mentions[*main];
        std::string_view const aside = prose.substr(outer.end, inner.begin - outer.end);
        std::size_t const open = aside.find_first_not_of(' ');
        if (open == std::string_view::npos || aside[open] != ',' ||
            aside.find_first_of(",;:.", open + 1) != std::string_view::npos)
            continue;
        auto const words = text::words(aside);
        if (words.empty()) continue;
        std::string const first = text::lower(words[0]);
        bool const participle = first.size() > 4 && first.ends_with("ing");
        if (!participle && !text::contains_any_word(first, {"after", "on", "following", "led", "helped", "driven",
                                                            "boosted", "despite", "amid", "thanks", "before", "with"}))
            continue;
        outer.to = inner.to;
        outer.from = inner.from;
        if (outer.to) mentions[*outer.to].parent = *main;
        if (outer.from) mentions[*outer.from].parent = *main;
        inner.to.reset();
        inner.from.reset();
        // (the aside's change ends before the comma)
        std::size_t end = comma;
        while (end > inner.begin && prose[end - 1] == ' ') --end;
        inner.end = std::min(inner.end, end);
    }
}

/// "The airport handled 24 million passengers last year. By comparison, its rival handled 18 million
/// in 2023", "Apple shipped 2.3 million phones, while Samsung shipped 1.8 million": a count whose
/// noun is left out after "by comparison", "in contrast", "while" or "whereas" counts what the count
/// before it counts, when the same verb comes right before both (a verb, not a preposition or a verb
/// of being: "was 18 million" may be anything).
[[gnu::noinline]] void elided_count_nouns(std::string_view prose, std::vector<mention>& mentions) {
    // The word right before a figure (only a space between) when it is in lower case: a verb, or
    // nothing (no strings built: this runs at every bare count of thousands).
    auto const verb_before = [&](mention const& m) {
        std::size_t const from = m.begin >= 24 ? m.begin - 24 : 0;
        std::string_view const w = text::last_word(prose.substr(from, m.begin - from));
        bool const lower = (w.size() >= 4 || w == "had" || w == "has" || w == "saw") &&
                           std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        return lower && w.data() + w.size() + 1 == prose.data() + m.begin ? w : std::string_view();
    };
    auto const plain_count = [](mention const& m) {
        return m.kind == mention_kind::number && !m.parent && !m.is_range && m.value && m.hedge.empty() &&
               m.per.empty();
    };
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        mention& bare = mentions[i];
        if (!plain_count(bare) || !bare.unit.empty()) continue;
        // (a count the reader takes in thousands at least: "18 million", "12,500"; not "3", a year)
        if (*bare.value < 1000 || (bare.end - bare.begin == 4 && *bare.value < 2100)) continue;
        // The count before it with a noun: in this sentence or one of the two before, same paragraph.
        std::optional<std::size_t> other;
        for (std::size_t k = i; k-- > 0;) {
            mention const& m = mentions[k];
            if (m.paragraph != bare.paragraph || m.sentence + 2 < bare.sentence) break;
            if (plain_count(m) && !m.unit.empty()) {
                other = k;
                break;
            }
        }
        if (!other) continue;
        std::string_view const verb = verb_before(bare);
        std::string_view const other_verb = verb_before(mentions[*other]);
        // (or two verbs that both tell what a place had: "recorded 3.07 million visits in 2025. By
        // comparison, the V&A had 3.35 million", after "by comparison" or "in comparison" only)
        auto const tally = [](std::string_view w) {
            return in_list(w, {"had",      "has",      "have",     "saw",        "sees",     "recorded",
                               "records",  "drew",     "draws",    "attracted",  "attracts", "welcomed",
                               "welcomes", "received", "receives", "handled",    "handles",  "carried",
                               "carries",  "reported", "reports",  "registered", "logged"});
        };
        bool const tallies = tally(verb) && tally(other_verb);
        if (verb.empty() || (other_verb != verb && !tallies)) continue;
        bool not_verb = false;
        for (std::string_view const w :
             {"were",    "with",    "from",   "than",     "about", "nearly",   "almost", "some", "around",
              "over",    "under",   "more",   "less",     "fewer", "only",     "just",   "into", "from",
              "between", "against", "versus", "compared", "total", "totalled", "totaled"})
            not_verb = not_verb || verb == w;
        if (not_verb) continue;
        // What sets the two against each other, between them: a marker of contrast.
        mention const& o = mentions[*other];
        std::string const between = text::lower(prose.substr(o.end, bare.begin - o.end));
        bool contrast = false;
        for (std::string_view const marker : {"by comparison", "in comparison", "by contrast", "in contrast", " while ",
                                              ", while", " whereas ", ", whereas"})
            contrast = contrast || between.find(marker) != std::string::npos;
        if (!contrast) continue;
        if (other_verb != verb && between.find("by comparison") == std::string::npos &&
            between.find("in comparison") == std::string::npos)
            continue;
        bare.unit = o.unit;
    }
}

/// "Emissions fell 9.2% to 78.4 million tonnes of CO2 equivalent from 80.2 million tonnes": the old value after
/// what the new value is of (one to three words after "of"), which the grammar does not read between its values.
/// A change with a new counted value and no old one takes the count right after "from" of its unit, when
/// nothing but a stop or its own time follows it.
[[gnu::noinline]] void join_from_after_of(std::string_view prose, std::vector<mention>& mentions) {
    for (std::size_t c = 0; c < mentions.size(); ++c) {
        mention& change = mentions[c];
        if ((change.kind != mention_kind::change && change.kind != mention_kind::multiplier) || change.from ||
            !change.to || change.parent)
            continue;
        mention const& to = mentions[*change.to];
        if (to.kind != mention_kind::number || to.unit.empty() || to.end != change.end) continue;
        // (the cheap test first: " of " right after the change)
        if (!text::iequals(prose.substr(change.end, 4), " of ")) continue;
        std::size_t k = c + 1;
        while (k < mentions.size() && mentions[k].parent == c) ++k;
        if (k >= mentions.size() || mentions[k].sentence != change.sentence || mentions[k].parent) continue;
        mention& figure = mentions[k];
        // (of its unit, or bare within ten times it: "to 1.4 mln tonnes of sugar from 1.6 mln")
        bool const bare = figure.unit.empty() && to.value && figure.value && *figure.value > 0 &&
                          *to.value / *figure.value < 10 && *to.value / *figure.value > 0.1;
        if (figure.kind != mention_kind::number || figure.is_range || !figure.value || figure.begin < change.end + 10 ||
            (!text::iequals(figure.unit, to.unit) && !bare))
            continue;
        std::string_view const gap = prose.substr(change.end + 4, figure.begin - change.end - 4);
        if (!text::iends_with(gap, " from ")) continue;
        std::string_view const what = gap.substr(0, gap.size() - 6);
        auto const words = text::words(what);
        if (words.empty() || words.size() > 3 || !std::all_of(what.begin(), what.end(), [](char ch) {
                return text::is_alnum(ch) || ch == ' ' || ch == '-';
            }))
            continue;
        if (what_follows(prose, mentions, k) == base_end::words) continue;
        change.from = k;
        figure.parent = c;
    }
}

/// "up 35% from the $2.8 million", "rose 35% to $4.2 million from the $2.8 million raised last year":
/// the old value after "from the", which the grammar does not read as a value. A change with an
/// amount or a new value and no old one takes the figure right after "from the" (in its sentence,
/// nothing else between), of its new value's kind (a bare count beside a sum or a count), or without
/// a new value any sum or counted figure after a percentage's change.
[[gnu::noinline]] void join_from_the(std::string_view prose, std::vector<mention>& mentions) {
    for (std::size_t c = 0; c < mentions.size(); ++c) {
        mention& change = mentions[c];
        // ("three times as many as the 150 sold", "five times higher than the $12 of 2020": a multiple
        // compared, its base after "as" or "than")
        bool const times = change.kind == mention_kind::multiplier && !change.amount && !change.to &&
                           !text::iends_with(prose.substr(change.begin, change.end - change.begin), "fold");
        if ((change.kind != mention_kind::change && change.kind != mention_kind::multiplier) || change.from ||
            change.parent || (!change.amount && !change.to && !times))
            continue;
        std::size_t k = c + 1;
        while (k < mentions.size() && mentions[k].parent == c) ++k;
        if (k >= mentions.size() || mentions[k].sentence != change.sentence || mentions[k].parent) continue;
        // (the grammar reads "than" alone as a comparison marker: the figure follows it)
        if (mentions[k].kind == mention_kind::comparison &&
            text::iequals(prose.substr(mentions[k].begin, 5), "than ") && k + 1 < mentions.size() &&
            mentions[k + 1].sentence == change.sentence && !mentions[k + 1].parent &&
            mentions[k].end <= mentions[k + 1].begin)
            ++k;
        mention& figure = mentions[k];
        // ("3,000 units, three times the 1,000 of 2020", "double the $2 million": the figure right after "the")
        std::string_view const last =
            times ? text::last_word(prose.substr(change.begin, change.end - change.begin)) : std::string_view();
        bool const the_figure =
            times && figure.begin == change.end + 5 && text::iequals(prose.substr(change.end, 5), " the ") &&
            (text::iequals(last, "times") || text::iequals(last, "twice") || text::iequals(last, "double") ||
             text::iequals(last, "triple") || text::iequals(last, "treble") || text::iequals(last, "quadruple"));
        // ("20% above the $40 offer price", "$5 below $40": a comparative without "than", its base right after it)
        std::string_view const position_word =
            change.to || change.kind != mention_kind::change
                ? std::string_view()
                : text::last_word(prose.substr(change.begin, change.end - change.begin));
        bool const position = (text::iequals(position_word, "above") || text::iequals(position_word, "below")) &&
                              figure.begin >= change.end &&
                              (figure.begin == change.end + 1 || text::iequals(prose.substr(change.end, 5), " the ")) &&
                              figure.begin <= change.end + 5;
        if (figure.begin < change.end + 6 && !the_figure && !position) continue;
        std::string_view const gap = prose.substr(change.end, figure.begin - change.end);
        // ("3.6 pct higher than 1.11 billion cubic metres", "165 pct higher than the 30.63 billion": the
        // base of a comparative)
        std::string_view const said = text::last_word(prose.substr(change.begin, change.end - change.begin));
        bool const comparative = !change.to && text::is_comparative(said);
        // ("$80, a sixfold increase from the $10 it cost": a noun of a multiple, its base after "from the")
        std::string_view const said_text = prose.substr(change.begin, change.end - change.begin);
        bool const fold_noun = times && (text::istarts_with(said_text, "a ") || text::istarts_with(said_text, "an ")) &&
                               said_text.find("fold ") != std::string_view::npos;
        if (times && !the_figure &&
            !(text::iequals(gap, " than the ") || text::iequals(gap, " than ") || text::iequals(gap, " as the ") ||
              text::iequals(gap, " as ") || (fold_noun && text::iequals(gap, " from the "))))
            continue;
        // ("a budget of £412.6 million, an increase of 8.0% on the £389.2 million allocated last year": a noun of
        // change or "up" and its base after "on the", as British copy writes it)
        bool const on_the = !times && text::iequals(gap, " on the ") && change.amount && !change.to &&
                            (text::istarts_with(said_text, "a ") || text::istarts_with(said_text, "an ") ||
                             text::istarts_with(said_text, "up ") || text::istarts_with(said_text, "down "));
        // ("closed at A$126.01, down 3.3% from their record close of A$130.29", "from its year-end close of", "from
        // the previous week's level of", "will fall to $231 from a list price of $521": a value named before "of",
        // after "from" and a determiner)
        // (or after a comparative's "than": "25% higher than the previous bid of $38", "than its closing price of")
        bool named_level = false;
        bool const than_named = comparative && text::istarts_with(gap, " than ");
        if (!times && gap.size() > 14 && (text::istarts_with(gap, " from ") || than_named) &&
            text::iends_with(gap, " of ")) {
            // (" from " and " than " are both six bytes)
            std::string const named = text::lower(gap.substr(6, gap.size() - 10));
            auto const named_words = text::words(named);
            named_level =
                named_words.size() >= 2 && named_words.size() <= 4 &&
                text::contains_any_word(named_words.front(), {"the", "its", "their", "his", "her", "a", "an"}) &&
                text::contains_any_word(named_words.back(),
                                        {"close", "level", "high", "low", "peak", "record", "average", "reading",
                                         "price", "total", "figure", "bid", "offer", "valuation"}) &&
                std::all_of(named.begin(), named.end(),
                            [](char ch) { return text::is_alnum(ch) || ch == ' ' || ch == '-' || ch == '\''; });
        }
        if (!times && !text::iequals(gap, " from the ") && !on_the && !named_level && !position &&
            !(comparative && (text::iequals(gap, " than ") || text::iequals(gap, " than the "))))
            continue;
        // ("100 more than the 777.", "20 fewer than the 737, which": a model's number, three or four
        // digits with nothing after them, names what is compared)
        if (std::string_view const digits = prose.substr(figure.begin, figure.end - figure.begin);
            text::iends_with(gap, "the ") && figure.kind == mention_kind::number && figure.unit.empty() &&
            digits.size() >= 3 && digits.size() <= 4 && std::all_of(digits.begin(), digits.end(), text::is_digit) &&
            (figure.end >= prose.size() || prose[figure.end] == '.' || prose[figure.end] == ',' ||
             prose[figure.end] == ';' || prose[figure.end] == ')'))
            continue;
        if (figure.is_range || (figure.kind != mention_kind::money && figure.kind != mention_kind::number &&
                                figure.kind != mention_kind::percent))
            continue;
        // What follows the figure tells a value from a source: "from the $2.8 million raised last
        // year", "than the 30.63 billion in February", "from the 19 cts per share before the split" are
        // values; "from the $2 billion endowment", "from the 200 stores it operates", "than the 2 other
        // plants" name where it comes from or what it is set against.
        {
            std::size_t at = figure.end;
            while (at < prose.size() && prose[at] == ' ') ++at;
            std::size_t e = at;
            while (e < prose.size() && text::is_alpha(prose[e])) ++e;
            std::string const next = text::lower(prose.substr(at, e - at));
            bool const noun_after =
                !next.empty() &&
                !text::contains_any_word(
                    next,
                    {"in", "at", "for", "during", "last", "a", "an", "the", "it", "they", "he", "she", "we", "which",
                     // ("19% less than the $121 million its previous owner paid in 2016")
                     "its", "their", "his", "her", "that", "reported", "recorded", "raised", "posted", "earned",
                     "spent", "paid", "seen", "set", "estimated", "forecast", "expected", "previously", "earlier",
                     "before", "of", "on", "per", "and", "or", "but", "while", "when", "as", "to", "from", "since",
                     "over", "against", "year", "sold", "made", "produced", "shipped", "registered", "booked",
                     "announced", "achieved", "planted", "harvested", "traded", "collected", "received", "issued",
                     "generated", "levied", "imposed", "charged", "awarded", "owed", "invested", "borrowed",
                     "allocated", "budgeted", "delivered", "handled", "carried", "built", "hired", "cast", "claimed",
                     "added", "created", "gained", "lost", "shed", "offered", "fetched", "bid", "quoted", "cost"});
            // (a counted figure's own noun is its unit: "from the 58,729 cars sold" is one measure with
            // "to 67,672", a bare count; "from the 3 terminals" is not one with "1.1 million passengers")
            bool const counted_noun = figure.kind == mention_kind::number && !figure.unit.empty() &&
                                      next == text::lower(std::string_view(figure.unit).substr(0, next.size()));
            // (a noun that names a value, not a source: "from the $2.42 billion level of 2023", "from the
            // 7% peak"; or the noun the new value is told with, one measure twice: "a $3.1 billion budget,
            // up 28% from the $2.42 billion budget")
            bool const value_noun =
                text::contains_any_word(next, {"level", "levels", "figure", "total", "peak", "high", "low", "record",
                                               "tally", "average", "reading", "mark", "rate", "pace", "close",
                                               // ("up 128% from the $250 million valuation of its Series A")
                                               "valuation", "valuations", "value", "price"});
            bool same_noun = false;
            if (noun_after && !value_noun) {
                // the figure before the change (its new value, or the level it is told of)
                std::size_t v = change.to ? *change.to : c;
                if (!change.to)
                    while (v > 0 && mentions[v - 1].sentence == change.sentence && mentions[v - 1].kind != figure.kind)
                        --v;
                if (change.to || (v > 0 && mentions[v - 1].sentence == change.sentence)) {
                    mention const& value = change.to ? mentions[v] : mentions[v - 1];
                    std::size_t b = value.end;
                    while (b < prose.size() && prose[b] == ' ') ++b;
                    std::size_t f = b;
                    while (f < prose.size() && text::is_alpha(prose[f])) ++f;
                    same_noun = f - b > 2 && text::iequals(prose.substr(b, f - b), next);
                }
            }
            // (a sum named by its noun right after a comparative is what is compared: "20% above the $40 offer
            // price", "5% higher than the $38 bid")
            bool const compared_sum = figure.kind == mention_kind::money && comparative;
            if (noun_after && !counted_noun && !value_noun && !same_noun && !compared_sum) continue;
            if (figure.kind == mention_kind::number && !figure.unit.empty()) {
                // the new value's noun, if it has one, must be the figure's
                mention const* to = change.to ? &mentions[*change.to] : nullptr;
                if (to && to->kind == mention_kind::number && !to->unit.empty() && to->unit != figure.unit) continue;
                // Without a new value, a count of a few things is what the change is set against ("5%
                // more than the 12 analysts surveyed", "from the 200 stores it operates"), not its
                // old value; a measure of thousands may be ("than 1.11 billion cubic metres produced").
                bool const relative_clause = text::contains_any_word(
                    next, {"it", "they", "he", "she", "we", "which", "that", "its", "their", "his", "her"});
                bool const bare_to = to && to->kind == mention_kind::number && to->unit.empty();
                if (relative_clause || (!times && (!to || bare_to) && *figure.value < 1000)) continue;
            }
        }
        if (times) {
            // (any figure of a measure: a sum, a count, a percentage)
        } else if (change.to) {
            mention_kind const to_kind = mentions[*change.to].kind;
            bool const bare = figure.kind == mention_kind::number && figure.unit.empty() &&
                              (to_kind == mention_kind::money || to_kind == mention_kind::number);
            if (figure.kind != to_kind && !bare) continue;
        } else {
            mention_kind const amount_kind = mentions[*change.amount].kind;
            // (after a comparative, a bare figure with the unit said before, or a percentage: "81.25
            // billion stg, 165 pct higher than the 30.63 billion", "5%, 2% higher than the 3% target")
            // (a difference in points, of a percentage: "77.4%, 1.6 percentage points higher than the 76.1% of a
            // year earlier")
            bool const level =
                amount_kind == mention_kind::percentage_points ? figure.kind == mention_kind::percent && comparative
                : amount_kind == mention_kind::percent
                    ? figure.kind == mention_kind::money ||
                          (figure.kind == mention_kind::number && (!figure.unit.empty() || comparative)) ||
                          (figure.kind == mention_kind::percent && comparative)
                    : figure.kind == amount_kind;
            if (!level) continue;
        }
        change.from = k;
        figure.parent = c;
    }
}

/// "offered a 3.5 per cent rise, taking their pay to £38,200 from £35,900", "a 5% increase, which
/// would bring the total to $2.1 billion from $2 billion": the values a change's amount brings the
/// measure to and from, after a participle or a relative clause ("taking", "bringing", "lifting",
/// "pushing", "raising", "which would take" ...) and at most four words naming the measure. A
/// change with an amount and neither value takes the figure after "to" and, when one follows
/// "from", that one.
/// Market reports: "settled down 3.1% at $71.48 a barrel, from $73.01 on Friday" (the level after
/// "at" a change told with "up" or "down" and its amount), and "rose 6.3% to $187.40 in after-hours
/// trading, from a close of $176.30", "fell 4% to $10.98 from Wednesday's close of $11.44" (the old
/// value named as a close, after words that say where or when).
/// "from 20 to 22 May", "between 3 and 4 June", "on 3 and 4 June": a day said before the date that
/// names the month (day first, as British copy writes it) is a date of that month, not a count.
[[gnu::noinline]] void days_before_a_date(std::string_view prose, std::vector<mention>& mentions) {
    for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
        mention& day = mentions[i];
        mention const& date = mentions[i + 1];
        if (day.kind != mention_kind::number || day.parent || day.is_range || !day.unit.empty() || !day.hedge.empty() ||
            !day.value || date.kind != mention_kind::date || date.sentence != day.sentence || date.begin <= day.end ||
            day.end - day.begin > 2)
            continue;
        double const d = *day.value;
        std::string_view const value = date.time_value;
        if (d < 1 || d != std::floor(d) || value.size() != 10 || value[7] != '-' || !text::is_digit(prose[date.begin]))
            continue;
        int const second = (value[8] - '0') * 10 + (value[9] - '0');
        if (d >= second) continue;
        std::string_view const gap = prose.substr(day.end, date.begin - day.end);
        std::size_t const lead = day.begin >= 9 ? day.begin - 9 : 0;
        std::string_view const before = text::last_word(prose.substr(lead, day.begin - lead));
        bool const from = text::iequals(before, "from") || text::iequals(before, "between");
        bool const joined = ((gap == " to " || gap == " until " || gap == " through " || gap == "-") && from) ||
                            (gap == " and " && (from || text::iequals(before, "on")));
        if (!joined) continue;
        std::string const two = fmt::format("{:02}", static_cast<int>(d));
        day.kind = mention_kind::date;
        day.time_value = std::string(value.substr(0, 8)) + two;
        if (date.resolved && date.resolved->size() == 10) day.resolved = date.resolved->substr(0, 8) + two;
        day.value.reset();
        day.range.reset();
    }
}

/// "$1.2 billion, or a quarter, is unfunded": "a quarter" restating a figure set off after it is the fraction, not
/// three months (the number grammar reads it so before "of"; the duration grammar takes it alone).
[[gnu::noinline]] void quarter_restating_a_figure(std::string_view prose, std::vector<mention>& mentions) {
    for (std::size_t i = 1; i < mentions.size(); ++i) {
        mention& m = mentions[i];
        if (m.kind != mention_kind::duration || m.parent || m.time_value != "P3M" || m.begin < 5 ||
            !text::iequals(prose.substr(m.begin, m.end - m.begin), "a quarter"))
            continue;
        if (!text::iequals(prose.substr(m.begin - 5, 5), ", or ")) continue;
        if (m.end < prose.size() && prose[m.end] != ',' && prose[m.end] != '.' && prose[m.end] != ')' &&
            prose[m.end] != ';')
            continue;
        mention const& before = mentions[i - 1];
        if (before.sentence != m.sentence || before.end + 5 != m.begin ||
            (before.kind != mention_kind::number && before.kind != mention_kind::money))
            continue;
        m.kind = mention_kind::number;
        m.time_value.clear();
        m.value = 0.25;
        m.range = interval{0.225, 0.275};
    }
}

/// "Virginia's deadline is May 1, a Thursday": the weekday set off after a date is that date's (the
/// date takes it, and the weekday's own mention resolves to the date, no weekday of its own to check).
[[gnu::noinline]] void weekday_after_date(std::string_view prose, std::vector<mention>& mentions,
                                          std::optional<calendar_date> reference) {
    for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
        mention& date = mentions[i];
        mention& day = mentions[i + 1];
        if (date.kind != mention_kind::date || day.kind != mention_kind::date || !date.weekday.empty() ||
            day.weekday.empty() || date.parent || day.parent || date.sentence != day.sentence ||
            date.time_value.size() != 10 || date.time_value[7] != '-' || !day.time_value.starts_with("XXXX-W") ||
            day.begin < date.end)
            continue;
        std::string_view const gap = prose.substr(date.end, day.begin - date.end);
        if (!text::iequals(gap, ", a ") && !text::iequals(gap, ", which is a ") &&
            !text::iequals(gap, ", which was a "))
            continue;
        std::size_t const after = day.end;
        // (not "May 1, a Thursday meeting": the weekday names another day's event)
        if (after < prose.size() &&
            (prose[after] == ' ' && after + 1 < prose.size() && text::is_alpha(prose[after + 1])))
            continue;
        date.weekday = day.weekday;
        // (a date without its year takes the year before the one taken when the weekday fits it there and the
        // day is not yet come in the year taken: "The fire broke out on May 25, a Thursday" told on May 20, 2024
        // is 2023's; not "On February 20, a Monday, farmers blocked roads" then, whose weekday is wrong)
        if (date.resolved && date.time_value.starts_with("XXXX-")) {
            if (auto const d = parse_iso_date(*date.resolved)) {
                int const wanted = day.time_value[9] - '0';
                auto const weekday_in = [&](int year) {
                    return d->day <= days_in_month(year, d->month) &&
                           calendar::weekday_of(days_from_civil(year, d->month, d->day)) == wanted;
                };
                // (or the year after, for a day set for what is to come, told in the past: "The companies set
                // an outside date of Jan. 31, a Friday", "extended the offer by three weeks to June 28, a Friday")
                auto const deadline = [&] {
                    std::size_t const from = date.begin >= 56 ? date.begin - 56 : 0;
                    std::string lead = text::lower(prose.substr(from, date.begin - from));
                    if (std::size_t const stop = lead.find_last_of(".;"); stop != std::string::npos)
                        lead.erase(0, stop + 1);
                    return text::contains_any_word(lead, {"deadline", "until", "by", "due", "expire", "expires",
                                                          "expiry", "extended", "delayed", "postponed", "deferred",
                                                          "moved", "outside"});
                };
                bool const to_come = !reference || d->year != reference->year || d->month > reference->month ||
                                     (d->month == reference->month && d->day > reference->day);
                if (!weekday_in(d->year) && weekday_in(d->year - 1) && to_come)
                    date.resolved = year_month_day(year_digits(d->year - 1), d->month, d->day);
                else if (!weekday_in(d->year) && weekday_in(d->year + 1) && deadline())
                    date.resolved = year_month_day(year_digits(d->year + 1), d->month, d->day);
            }
        }
        // (the weekday's own mention is that day, checked once, with the date)
        day.resolved = date.resolved ? date.resolved : std::optional<std::string>(date.time_value);
        day.weekday.clear();
    }
}

/// "the fourth quarter of fiscal 2025", "Q4 FY25", "the first half of fiscal 2024": the quarter or
/// half of the fiscal year named after it, labelled by that year as TimeML does ("2025-Q4"), not
/// the calendar quarter nearest the reference date.
[[gnu::noinline]] void quarters_of_a_fiscal_year(std::string_view prose, std::vector<mention>& mentions) {
    for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
        mention& part = mentions[i];
        mention const& year = mentions[i + 1];
        std::string_view const value = part.time_value;
        if (part.kind != mention_kind::period || year.kind != mention_kind::period || part.parent || year.parent ||
            part.sentence != year.sentence || value.size() != 7 || !value.starts_with("XXXX-") ||
            (value[5] != 'Q' && value[5] != 'H') || year.time_value.size() != 6 || !year.time_value.starts_with("FY") ||
            year.begin < part.end)
            continue;
        std::string const gap = text::lower(prose.substr(part.end, year.begin - part.end));
        if (gap != " " && gap != " of " && gap != " of the " && gap != ", ") continue;
        std::optional<std::string> const before = part.resolved;
        part.resolved = year.time_value.substr(2) + std::string(value.substr(4));
        // ("Revenue in Q3 FY25 rose 6% from a year earlier": the year before, counted from the
        // quarter as now labelled, not from the calendar quarter it was first taken for)
        if (!before || before->size() != 7 || !std::all_of(before->begin(), before->begin() + 4, is_digit)) continue;
        auto const year_before = [](std::string_view v) {
            return year_digits(std::stoi(std::string(v.substr(0, 4))) - 1) + std::string(v.substr(4));
        };
        std::string const old_base = year_before(*before);
        for (std::size_t k = i + 2; k < mentions.size() && mentions[k].sentence == part.sentence; ++k)
            if (mentions[k].kind == mention_kind::relative_time && mentions[k].resolved &&
                *mentions[k].resolved == old_base)
                mentions[k].resolved = year_before(*part.resolved);
    }
}

/// "closed since Tuesday, Oct. 10, the day before landfall": "the day before" or "the day after" set
/// off after a date says what that day was to another event; it is the date itself.
[[gnu::noinline]] void day_before_as_apposition(std::string_view prose, std::vector<mention>& mentions) {
    for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
        mention const& date = mentions[i];
        mention& day = mentions[i + 1];
        if (date.kind != mention_kind::date || day.kind != mention_kind::relative_time || date.parent || day.parent ||
            date.sentence != day.sentence || day.begin < date.end || !date.resolved || date.resolved->size() != 10)
            continue;
        if (prose.substr(date.end, day.begin - date.end) != ", ") continue;
        std::string const words = text::lower(prose.substr(day.begin, day.end - day.begin));
        if (words != "the day before" && words != "the day after" && words != "a day before" && words != "a day after")
            continue;
        day.resolved = date.resolved;
    }
}

/// The last day named before mentions[i] in its sentence or the one before, as a full date: its
/// written year ("Dec. 29, 2023") or the one resolved from the reference date ("Dec. 29").
std::optional<calendar::ymd> last_full_date_before(std::vector<mention> const& mentions, std::size_t i) {
    for (std::size_t k = i; k-- > 0;) {
        mention const& m = mentions[k];
        if (m.sentence + 1 < mentions[i].sentence) break;
        if (m.kind != mention_kind::date || m.parent) continue;
        std::string_view const v = m.resolved ? std::string_view(*m.resolved) : std::string_view(m.time_value);
        if (auto const d = v.size() == 10 ? parse_iso_date(v) : std::nullopt)
            return calendar::ymd{d->year, d->month, d->day};
    }
    return std::nullopt;
}

/// "stalled on May 2 and resumed the following Monday": "the following" or "the next" before a
/// weekday counts from the last day the story named (in its sentence or the one before), not from
/// the reference date: the first such weekday after it. A "N days later" set off right after it
/// restates that day (later_after_a_date, run after this).
[[gnu::noinline]] void following_weekdays(std::string_view prose, std::vector<mention>& mentions) {
    for (std::size_t i = 1; i < mentions.size(); ++i) {
        mention& day = mentions[i];
        if (day.parent) continue;
        // ("On Friday, Dec. 29, ... the following Tuesday, Jan. 2": the first such day after it)
        if (day.kind == mention_kind::date && !day.weekday.empty() && day.time_value.size() == 10 &&
            day.time_value.starts_with("XXXX-") && is_digit(day.time_value[5]) && is_digit(day.time_value[6]) &&
            is_digit(day.time_value[8]) && is_digit(day.time_value[9])) {
            std::size_t const lead = day.begin;
            bool const following = (lead >= 14 && text::iequals(prose.substr(lead - 14, 14), "the following ")) ||
                                   (lead >= 9 && text::iequals(prose.substr(lead - 9, 9), "the next "));
            std::optional<calendar::ymd> const base =
                following ? last_full_date_before(mentions, i) : std::optional<calendar::ymd>();
            if (!base) continue;
            int const month = std::stoi(day.time_value.substr(5, 2));
            int const dom = std::stoi(day.time_value.substr(8, 2));
            long const start = calendar::days_from_civil(base->year, base->month, base->day);
            for (int year = base->year; year <= base->year + 1; ++year) {
                if (dom > calendar::days_in_month(year, month)) continue;
                long const at = calendar::days_from_civil(year, month, dom);
                if (at > start && at - start <= 31) {
                    day.resolved = year_month_day(year_digits(year), month, dom);
                    break;
                }
            }
            continue;
        }
        int wanted = 0;
        std::size_t from = day.begin;
        if (day.kind == mention_kind::date && !day.weekday.empty() && day.time_value.size() == 10 &&
            day.time_value.starts_with("XXXX-WXX-")) {
            wanted = day.time_value[9] - '0';
            if (from >= 4 && text::iequals(prose.substr(from - 3, 3), "on ")) from -= 3;
            // ("from Tuesday to Thursday", "between Monday and Wednesday": the end of a span of days
            // after its start)
            mention const& before = mentions[i - 1];
            bool const span_end = before.kind == mention_kind::date && !before.parent && !before.weekday.empty() &&
                                  before.sentence == day.sentence && before.end <= day.begin &&
                                  in_list(text::lower(prose.substr(before.end, day.begin - before.end)),
                                          {" to ", " through ", " until ", " till ", "-", " and "}) &&
                                  [&] {
                                      std::size_t b = before.begin;
                                      return (b >= 5 && text::iequals(prose.substr(b - 5, 5), "from ")) ||
                                             (b >= 8 && text::iequals(prose.substr(b - 8, 8), "between ")) ||
                                             text::istarts_with(before.text.empty() ? prose.substr(b, before.end - b)
                                                                                    : std::string_view(before.text),
                                                                "from ");
                                  }();
            if (!span_end && !(from >= 14 && text::iequals(prose.substr(from - 14, 14), "the following ")) &&
                !(from >= 9 && text::iequals(prose.substr(from - 9, 9), "the next ")))
                continue;
        } else if (day.kind == mention_kind::relative_time && day.relative_unit == "weekday" && from >= 4 &&
                   text::iequals(prose.substr(from - 4, 4), "the ") &&
                   text::istarts_with(prose.substr(from, day.end - from), "next ")) {
            // ("ended the next Friday": "next Friday" after "the")
            wanted = calendar::weekday_number(prose.substr(from + 5, day.end - from - 5));
        }
        if (wanted == 0) continue;
        std::optional<calendar::ymd> const base = last_full_date_before(mentions, i);
        if (!base) continue;
        long const start = calendar::days_from_civil(base->year, base->month, base->day);
        long next = start + 1;
        while (calendar::weekday_of(next) != wanted) ++next;
        auto const d = calendar::civil_from_days(next);
        day.resolved = year_month_day(year_digits(d.year), d.month, d.day);
        // (a "four days later" set off after it restates that day: later_after_a_date)
    }
}

/// "on Friday, Dec. 27, three days later": a "N days later" set off right after a day restates it.
[[gnu::noinline]] void later_after_a_date(std::string_view prose, std::vector<mention>& mentions) {
    for (std::size_t i = 1; i < mentions.size(); ++i) {
        mention& later = mentions[i];
        mention const& date = mentions[i - 1];
        if (later.kind != mention_kind::relative_time || later.parent || date.kind != mention_kind::date ||
            date.parent || date.sentence != later.sentence || !date.resolved || date.resolved->size() != 10 ||
            later.begin < date.end || prose.substr(date.end, later.begin - date.end) != ", ")
            continue;
        std::string_view const words = prose.substr(later.begin, later.end - later.begin);
        std::size_t after = later.end;
        while (after < prose.size() && prose[after] == ' ') ++after;
        if (!text::iends_with(words, "later") || text::istarts_with(prose.substr(after, 5), "than")) continue;
        later.resolved = date.resolved;
    }
}

/// "the week of March 6": the ISO week of the day named, a period (TimeML's 2000-W10), not the day.
[[gnu::noinline]] void weeks_of_a_date(std::string_view prose, std::vector<mention>& mentions) {
    constexpr std::string_view lead = "the week of ";
    for (auto& m : mentions) {
        if (m.kind != mention_kind::date || m.parent || !m.weekday.empty() || m.begin < lead.size() ||
            !text::iequals(prose.substr(m.begin - lead.size(), lead.size()), lead))
            continue;
        std::string_view const day = m.resolved ? std::string_view(*m.resolved) : std::string_view(m.time_value);
        auto const date = parse_iso_date(day);
        if (day.size() != 10 || !date) continue;
        m.kind = mention_kind::period;
        m.begin -= lead.size();
        m.time_value = iso_week(days_from_civil(date->year, date->month, date->day));
        m.resolved = m.time_value;
    }
}

/// "the March quarter", "the December quarter of 2025": the quarter that ends in the month named
/// (Australian and Indian copy), a calendar quarter for March, June, September and December.
[[gnu::noinline]] void quarters_by_last_month(std::string_view prose, std::vector<mention>& mentions) {
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        mention& m = mentions[i];
        std::string_view const value = m.time_value;
        if (m.kind != mention_kind::period || value.size() != 7 || value[4] != '-' ||
            !text::iequals(prose.substr(m.end, 8), " quarter") ||
            (m.end + 8 < prose.size() && text::is_alnum(prose[m.end + 8])))
            continue;
        int const month = (value[5] - '0') * 10 + (value[6] - '0');
        if (month % 3 != 0 || month < 3 || month > 12) continue;
        char const quarter = static_cast<char>('0' + month / 3);
        std::string year(value.substr(0, 4));
        // ("the December quarter of 2025": the year after it)
        if (i + 1 < mentions.size() && mentions[i + 1].kind == mention_kind::year &&
            mentions[i + 1].begin == m.end + 12 && text::iequals(prose.substr(m.end + 8, 4), " of ") &&
            mentions[i + 1].time_value.size() == 4)
            year = mentions[i + 1].time_value;
        m.time_value = year + "-Q" + quarter;
        if (year != "XXXX")
            m.resolved = m.time_value;
        else if (m.resolved && m.resolved->size() == 7)
            m.resolved = m.resolved->substr(0, 4) + "-Q" + quarter;
        m.end += 8;
    }
}

/// "A quarter, or 36%, said", "nearly three quarters (74%)": a fraction restated as a percentage right
/// after it, not three or nine months.
[[gnu::noinline]] void quarters_restated(std::string_view prose, std::vector<mention>& mentions) {
    for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
        mention& d = mentions[i];
        mention const& percent = mentions[i + 1];
        if (d.kind != mention_kind::duration || d.parent || (d.time_value != "P3M" && d.time_value != "P9M") ||
            percent.kind != mention_kind::percent || percent.sentence != d.sentence || percent.begin <= d.end)
            continue;
        if (!text::iends_with(prose.substr(d.begin, d.end - d.begin), "quarter") &&
            !text::iends_with(prose.substr(d.begin, d.end - d.begin), "quarters"))
            continue;
        std::string_view const gap = prose.substr(d.end, percent.begin - d.end);
        if (gap != ", or " && gap != " (" && gap != ", or about " && gap != " - ") continue;
        double const value = d.time_value == "P3M" ? 0.25 : 0.75;
        d.kind = mention_kind::number;
        d.time_value.clear();
        d.value = value;
        // (a spelled fraction stands for 10% either way, as the number grammar reads it)
        d.range = interval{value * 0.9, value * 1.1};
        apply_hedge(*d.range, value, d.hedge);
    }
}

/// "Waiting times fell to 22 weeks from 18 weeks": a change of a time, whose new value the change
/// grammar reads without its unit and whose old one the duration grammar reads as a span. Both
/// become counts of the unit, the old value the change's.
[[gnu::noinline]] void times_as_values(std::string_view prose, std::vector<mention>& mentions) {
    for (std::size_t c = 0; c + 1 < mentions.size(); ++c) {
        mention& change = mentions[c];
        if (change.kind != mention_kind::change || !change.to || change.from || change.parent) continue;
        mention& to = mentions[*change.to];
        if (to.kind != mention_kind::number || !to.unit.empty() || !to.value || to.end != change.end) continue;
        std::size_t k = *change.to + 1;
        while (k < mentions.size() && mentions[k].parent == c) ++k;
        if (k >= mentions.size()) continue;
        mention& old = mentions[k];
        if (old.kind != mention_kind::duration || old.parent || old.sentence != change.sentence || !old.hedge.empty() ||
            old.begin <= to.end)
            continue;
        // the unit right after the new value, then " from ", then the old value in that unit
        std::string_view const gap = prose.substr(to.end, old.begin - to.end);
        std::string_view const old_text = prose.substr(old.begin, old.end - old.begin);
        std::string_view const unit = text::last_word(old_text);
        if (!text::iequals(gap, " " + text::lower(unit) + " from ")) continue;
        std::string_view const digits = text::first_word(old_text);
        if (digits.empty() || !text::is_digit(digits.front()) || text::words(old_text).size() != 2) continue;
        double amount = 0;
        for (char const ch : digits) {
            if (!text::is_digit(ch)) {
                amount = -1;
                break;
            }
            amount = amount * 10 + (ch - '0');
        }
        if (amount <= 0) continue;
        to.unit = text::lower(unit);
        to.end += 1 + unit.size();
        change.end = old.end;
        old.kind = mention_kind::number;
        old.time_value.clear();
        old.value = amount;
        old.range = interval{amount - 0.5, amount + 1};
        old.unit = text::lower(unit);
        old.parent = c;
        change.from = k;
    }
}

[[gnu::noinline]] void join_market_levels(std::string_view prose, std::vector<mention>& mentions) {
    auto const figure = [](mention const& m) {
        return !m.parent && !m.is_range && (m.kind == mention_kind::money || m.kind == mention_kind::number);
    };
    auto const past_own_parts = [&](std::size_t c) {
        std::size_t k = c + 1;
        while (k < mentions.size() && mentions[k].parent && *mentions[k].parent >= c) ++k;
        return k;
    };
    for (std::size_t c = 0; c < mentions.size(); ++c) {
        mention& change = mentions[c];
        if (change.kind != mention_kind::change || !change.amount || change.from || change.parent) continue;
        bool at_level = false;
        if (!change.to) {
            std::string_view const head = text::first_word(prose.substr(change.begin, change.end - change.begin));
            if (!text::iequals(head, "up") && !text::iequals(head, "down")) continue;
            std::size_t const k = past_own_parts(c);
            if (k >= mentions.size() || mentions[k].sentence != change.sentence || !figure(mentions[k]) ||
                !text::iequals(prose.substr(change.end, mentions[k].begin - change.end), " at "))
                continue;
            // (a level, not a count: "up 5% at 3 plants", "at 14 of the 20 grounds"; an index's points are
            // a level: "up 0.8% at 8,412.6 points")
            if (mentions[k].kind == mention_kind::number && !mentions[k].unit.empty() &&
                !text::iequals(mentions[k].unit, "points"))
                continue;
            if (text::istarts_with(prose.substr(mentions[k].end, 4), " of ")) continue;
            change.to = k;
            mentions[k].parent = c;
            at_level = true;
        }
        mention const& to = mentions[*change.to];
        std::size_t k = past_own_parts(*change.to);
        // the time mentions of the words between ("Wednesday's close of")
        while (k < mentions.size() && mentions[k].sentence == change.sentence &&
               (mentions[k].kind == mention_kind::date || mentions[k].kind == mention_kind::relative_time))
            k = past_own_parts(k);
        if (k >= mentions.size() || mentions[k].sentence != change.sentence || !figure(mentions[k]) ||
            mentions[k].kind != to.kind || mentions[k].begin < to.end || mentions[k].begin - to.end > 80)
            continue;
        std::string const gap = text::lower(prose.substr(to.end, mentions[k].begin - to.end));
        if (gap.find(';') != std::string::npos || gap.find('(') != std::string::npos) continue;
        std::size_t const from = gap.rfind(" from ");
        if (from == std::string::npos) continue;
        std::string_view const named = std::string_view(gap).substr(from + 6);
        bool const close = named.ends_with("close of ") || named.ends_with("closing price of ") ||
                           named.ends_with("closing level of ") || named.ends_with("settlement of ");
        // (after "at" a level: ", from $73.01", the old level alone)
        bool const plain = at_level && named.empty() && gap.ends_with(", from ");
        if (!close && !plain) continue;
        if (close && text::words(named).size() > 4) continue;
        change.from = k;
        mentions[k].parent = c;
    }
}

[[gnu::noinline]] void join_values_after_taking(std::string_view prose, std::vector<mention>& mentions) {
    auto const figure = [](mention const& m) {
        return !m.parent && !m.is_range &&
               (m.kind == mention_kind::money || m.kind == mention_kind::number || m.kind == mention_kind::percent);
    };
    for (std::size_t c = 0; c < mentions.size(); ++c) {
        mention& change = mentions[c];
        if (change.kind != mention_kind::change || !change.amount || change.to || change.from || change.parent)
            continue;
        std::size_t k = c + 1;
        while (k < mentions.size() && mentions[k].parent == c) ++k;
        // (the change's period may come first: "a rise of 4.5 per cent this year, which would take")
        period_run const run = periods_after(prose, mentions, change.sentence, k, change.end);
        if (run.basis) continue;
        k = run.next;
        if (k >= mentions.size() || mentions[k].sentence != change.sentence || !figure(mentions[k])) continue;
        std::string const gap = text::lower(prose.substr(run.end, mentions[k].begin - run.end));
        if (!gap.starts_with(", ") || !gap.ends_with(" to ")) continue;
        auto const words = text::words(gap);
        // the verb: "taking", "which would take", "that will bring", "to take"
        std::size_t w = 0;
        if (w < words.size() && (words[w] == "which" || words[w] == "that")) {
            ++w;
            if (w < words.size() && (words[w] == "will" || words[w] == "would" || words[w] == "could")) ++w;
        } else if (w < words.size() && words[w] == "to") {
            ++w;
        }
        if (w >= words.size()) continue;
        std::string_view const verb = words[w];
        bool const taking = verb.starts_with("tak") || verb.starts_with("bring") || verb == "brought" ||
                            verb.starts_with("lift") || verb.starts_with("push") || verb.starts_with("rais") ||
                            verb.starts_with("put");
        // (the measure: at most four words, in lower case or a possessive, no figure)
        std::size_t const named = words.size() - w - 2; // less the verb and the last "to"
        if (!taking || words.size() < w + 2 || named > 4 || gap.find_first_of("0123456789;:()") != std::string::npos)
            continue;
        // Whose values: a rise told as a noun is the measure's it brings to a value ("a 3.5 per cent
        // rise, taking their pay to"); after a verb, only "it" or "them" is surely the verb's subject
        // ("Exports rose 5%, taking the trade surplus to $2 billion" names another measure, "Imports
        // rose 5% in March, taking the total to" may be the quarter's).
        std::string_view const measure = std::string_view(gap).substr(0, gap.size() - 4);
        bool const noun =
            text::iequals(prose.substr(change.begin, 2), "a ") || text::iequals(prose.substr(change.begin, 3), "an ");
        bool const same = measure.ends_with(" it") || measure.ends_with(" them");
        // (and only the measure of those the rise is for, named with a possessive: "taking their pay
        // to"; "Exports posted a 7% fall, taking the trade surplus to" names another measure)
        bool possessive = false;
        for (std::size_t i = w + 1; i + 1 < words.size() && !possessive; ++i)
            possessive = text::contains_any_word(words[i], {"their", "its", "his", "her", "our", "your", "my"}) ||
                         words[i].ends_with("'s");
        // (or a measure a rise is set for: "a rise of 4.5 per cent this year, which would take average
        // basic pay to")
        bool const priced = std::any_of(words.begin() + static_cast<std::ptrdiff_t>(w) + 1, words.end(), [](auto x) {
            return text::contains_any_word(x, {"pay",   "wage", "wages",   "salary",   "salaries", "earnings", "bill",
                                               "bills", "fare", "fares",   "rent",     "rents",    "price",    "prices",
                                               "fee",   "fees", "pension", "pensions", "premium",  "premiums"});
        });
        if (!(noun && (possessive || priced)) && !same) continue;
        // (a percentage it brings a rate to is another measure than the percentage it rose by: "Prices
        // rose 2%, taking the annual rate to 3.1%"; points move a rate: "a cut of 25 basis points,
        // taking the rate to 4.5% from 4.75%")
        if (mentions[k].kind == mention_kind::percent &&
            mentions[*change.amount].kind != mention_kind::percentage_points)
            continue;
        std::size_t const to = k;
        change.to = to;
        mentions[to].parent = c;
        std::size_t const next = to + 1;
        if (next >= mentions.size() || mentions[next].sentence != change.sentence || !figure(mentions[next])) continue;
        mention& old = mentions[next];
        bool const bare = old.kind == mention_kind::number && old.unit.empty();
        if (old.kind != mentions[to].kind && !bare) continue;
        if (!text::iequals(prose.substr(mentions[to].end, old.begin - mentions[to].end), " from ")) continue;
        change.from = next;
        old.parent = c;
    }
}

/// "Emissions cuts deepened to 8% from 3%", "The cut in emissions deepened to 8%": a noun of change as the
/// subject of another verb, which the grammar reads as a transitive change and its object ("cut ...
/// to"): the verb in -ed before the values, not the noun, tells the direction, which is not known.
/// "Sales recovered from the slump to $10 billion from $8 billion", "Traffic rebounded from its pandemic
/// slump to 410 million": a noun of change after "from" is what the figure left behind; the verb before
/// it tells the direction, which is not known. One walk over the mentions for both.
[[gnu::noinline]] void nouns_of_change_as_subjects(std::string_view prose, std::vector<mention>& mentions) {
    // Whether the change is "cut(s) ... <verb in -ed> to|from": the noun of a transitive change as a subject.
    auto const cut_as_subject = [&](mention const& m) {
        if (m.end <= m.begin) return false;
        auto const words = text::words(prose.substr(m.begin, m.end - m.begin));
        if (words.size() < 3) return false;
        // (the nouns of the transitive changes only: "cuts", "cut"; "cut its forecast to" has its verb first)
        std::string const first = text::lower(words[0]);
        if (first != "cut" && first != "cuts") return false;
        std::size_t k = 1;
        while (k < words.size() && !text::iequals(words[k], "to") && !text::iequals(words[k], "from")) ++k;
        if (k < 2 || k >= words.size()) return false;
        std::string const verb = text::lower(words[k - 1]);
        return verb.size() > 4 && verb.ends_with("ed");
    };
    for (auto& m : mentions) {
        if (m.kind != mention_kind::change || m.direction == 0 || (!m.to && !m.from)) continue;
        if (cut_as_subject(m)) {
            m.direction = 0;
            continue;
        }
        if (m.begin < 6) continue;
        // (its article first: "the slump of 2020 to $10 billion"; the words looked at without a copy of the text)
        std::string_view const own = prose.substr(m.begin, m.end - m.begin);
        std::string_view noun = text::first_word(own);
        if (text::iequals(noun, "the") || text::iequals(noun, "its") || text::iequals(noun, "their") ||
            text::iequals(noun, "a") || text::iequals(noun, "an"))
            noun = text::first_word(own.substr(static_cast<std::size_t>(noun.data() - own.data()) + noun.size()));
        if (noun.size() < 3 || noun.size() > 11) continue;
        std::string const first = text::lower(noun);
        if (!text::contains_any_word(first,
                                     {"slump",    "drop",        "decline",  "dip",     "fall",     "rise",  "surge",
                                      "jump",     "increase",    "decrease", "slide",   "plunge",   "rally", "boom",
                                      "crash",    "downturn",    "upturn",   "rebound", "recovery", "gain",  "spike",
                                      "slowdown", "contraction", "collapse", "peak",    "low",      "high"}))
            continue;
        std::size_t const from = m.begin > 40 ? m.begin - 40 : 0;
        std::string const lead = text::lower(prose.substr(from, m.begin - from));
        auto const before = text::words(lead);
        // ("from" and at most a determiner and an adjective before the noun: not the verb after a modal,
        // "remittances from expatriates would rise to 600 mln", "supplies from Argentina may fall to")
        // (a year among them: "from the 2020 slump", "from last year's drop")
        for (std::size_t back = 1; back <= 4 && back <= before.size(); ++back) {
            std::string_view const w = before[before.size() - back];
            if ((is_digit(w.front()) && w.size() != 4) ||
                text::contains_any_word(w, {"would", "will", "could", "may", "might", "should", "can", "to", "did",
                                            "does", "do", "must", "shall", "not", "and", "or"}))
                break;
            if (w == "from") {
                m.direction = 0;
                break;
            }
        }
    }
}

/// "His time slowed from 9.95 seconds to 10.07 seconds", "Lyles quickened from 9.95 to 9.83": a time
/// that slows grows; "slowed" and "quickened" say a rate fell or rose ("inflation slowed to 2.1 pct"),
/// not a time, whose direction they do not tell.
[[gnu::noinline]] void speeds_of_times(std::string_view prose, std::vector<sentence> const& sentences,
                                       std::vector<mention>& mentions) {
    for (auto& m : mentions) {
        if (m.kind != mention_kind::change || m.direction == 0 || m.end <= m.begin || m.sentence >= sentences.size())
            continue;
        std::string_view const verb = text::first_word(prose.substr(m.begin, m.end - m.begin));
        if (!text::contains_any_word(text::lower(verb),
                                     {"slowed", "slowing", "slows", "quickened", "quickening", "sped"}))
            continue;
        auto const& s = sentences[m.sentence];
        std::string const lower = text::lower(prose.substr(s.begin, s.end - s.begin));
        if (text::contains_any_word(
                lower, {"second", "seconds", "minute", "minutes", "hour", "hours", "time", "times", "pace"}))
            m.direction = 0;
    }
}

/// "Support dropped two points to 41% from 43%": points a percentage moved are percentage points (the
/// grammar reads "two points" as a count of points; the values say what they are points of).
[[gnu::noinline]] void points_of_percentages(std::vector<mention>& mentions) {
    for (auto& change : mentions) {
        if (change.kind != mention_kind::change || !change.amount || (!change.to && !change.from)) continue;
        mention& amount = mentions[*change.amount];
        if (amount.kind != mention_kind::number || (amount.unit != "points" && amount.unit != "point")) continue;
        bool const of_percent = (!change.to || mentions[*change.to].kind == mention_kind::percent) &&
                                (!change.from || mentions[*change.from].kind == mention_kind::percent);
        if (!of_percent) continue;
        amount.kind = mention_kind::percentage_points;
        amount.unit = "pp";
        if (change.unit == "points" || change.unit == "point") change.unit = "pp";
    }
}

/// "Profit rose to 450 million Canadian dollars from 400 million dollars", "fell to 7.15 billion N.Z.
/// Dlrs from 7.20 billion dlrs": a sum in plain dollars ("dollars", "dlrs"; not "$") in a paragraph
/// that names one other dollar ("Canadian dollars", "A$", "HK$") and no U.S. one is in that dollar,
/// after the sum that names it, outside sentences about the United States.
[[gnu::noinline]] void bare_dollars_take_named(std::string_view prose, std::vector<sentence> const& sentences,
                                               std::vector<mention>& mentions) {
    // Whether m is a sum in dollars, and whether its text says which.
    auto const dollars = [&](mention const& m, bool& named) {
        if (m.kind != mention_kind::money) return false;
        std::string const t = text::lower(prose.substr(m.begin, m.end - m.begin));
        bool const word = t.find("dollar") != std::string::npos || t.find("dlr") != std::string::npos;
        std::size_t const sign = t.find('$');
        if (!word && sign == std::string::npos) return false;
        // (a plain "$" is the U.S. dollar in modern copy whatever else the paragraph names: "45
        // Canadian dollars, or about $32"; only the wire's word is taken as the one named)
        if (sign != std::string::npos && !word) {
            named = true;
            return m.unit != "USD" || (sign > 0 && text::is_alpha(t[sign - 1])) ||
                   (sign + 1 < t.size() && text::is_alpha(t[sign + 1]));
        }
        // ("US$", "C$", "HK$", "U.S. dollars", "Canadian dlrs", "USD": the dollar named)
        // ("$US2.5 million", "$A500 million": after the sign too)
        named = m.unit != "USD" ||
                (sign != std::string::npos &&
                 ((sign > 0 && text::is_alpha(t[sign - 1])) || (sign + 1 < t.size() && text::is_alpha(t[sign + 1])))) ||
                t.find("u.s.") != std::string::npos || t.find("us ") != std::string::npos ||
                t.find("american") != std::string::npos;
        return true;
    };
    // (most texts name no other dollar: one look at the units, no text lowered)
    bool const other_dollar = std::any_of(mentions.begin(), mentions.end(), [](mention const& m) {
        return m.kind == mention_kind::money && m.unit.size() == 3 && m.unit[2] == 'D' && m.unit != "USD";
    });
    if (!other_dollar) return;
    std::size_t read_sentence = static_cast<std::size_t>(-1); // the sentence last asked about
    bool about_us = false;                                    // and whether it names the United States
    std::size_t first = 0;
    while (first < mentions.size()) {
        std::size_t last = first;
        while (last < mentions.size() && mentions[last].paragraph == mentions[first].paragraph) ++last;
        std::string other; // the one dollar named, not the U.S. one
        std::size_t from = 0;
        bool one = true, us_named = false;
        for (std::size_t i = first; i < last; ++i) {
            bool named = false;
            if (!dollars(mentions[i], named) || !named) continue;
            if (mentions[i].unit == "USD") {
                us_named = true;
            } else if (other.empty()) {
                other = mentions[i].unit;
                from = mentions[i].end;
            } else if (other != mentions[i].unit) {
                one = false;
            }
        }
        if (!other.empty() && one && !us_named)
            for (std::size_t i = first; i < last; ++i) {
                bool named = false;
                if (mentions[i].begin < from || !dollars(mentions[i], named) || named) continue;
                // (not in a sentence about the United States: "The U.S. trade deficit was 15.1
                // billion dlrs"; each sentence read once)
                if (mentions[i].sentence < sentences.size()) {
                    if (mentions[i].sentence != read_sentence) {
                        read_sentence = mentions[i].sentence;
                        sentence const& in = sentences[read_sentence];
                        std::string const words = text::lower(prose.substr(in.begin, in.end - in.begin));
                        about_us = words.find("u.s.") != std::string::npos ||
                                   words.find("united states") != std::string::npos ||
                                   words.find("american") != std::string::npos ||
                                   words.find("washington") != std::string::npos;
                    }
                    if (about_us) continue;
                }
                mentions[i].unit = other;
            }
        first = last;
    }
}

/// "was $4.2, $2.9 and $1.5 billion, respectively", "€6.52, €2.30 and €1.01 billion": a list of sums,
/// each with its currency's sign, whose scale is said once after the last. The sums before it, signs
/// and digits only, joined by commas and "and", take that scale (each of one order with the last: "$5
/// and $20 million" is two sums of millions, "tickets at $5 and $12 million in sales" has no list).
[[gnu::noinline]] void signed_lists_take_scale(std::string_view prose, std::vector<mention>& mentions) {
    // The digits of a sum written as a sign and digits only ("$4.2", "€6.52"), or nothing.
    auto const bare_digits = [&](mention const& m) -> std::string_view {
        if (m.kind != mention_kind::money || m.parent || m.is_range || !m.value || !m.range || !m.hedge.empty() ||
            m.hundredths)
            return {};
        std::string_view t = prose.substr(m.begin, m.end - m.begin);
        std::size_t k = 0;
        while (k < t.size() && !is_digit(t[k]) && (static_cast<unsigned char>(t[k]) >= 0x80 || t[k] == '$')) ++k;
        if (k == 0 || k == t.size()) return {};
        t.remove_prefix(k);
        return std::all_of(t.begin(), t.end(), [](char c) { return is_digit(c) || c == '.' || c == ','; })
                   ? t
                   : std::string_view();
    };
    for (std::size_t last = 1; last < mentions.size(); ++last) {
        mention const& tail = mentions[last];
        if (tail.kind != mention_kind::money || tail.parent || tail.is_range || !tail.value || !tail.range) continue;
        // (the last states its scale: its text is the sign, digits and a word)
        std::string_view const t = prose.substr(tail.begin, tail.end - tail.begin);
        std::size_t d = 0;
        while (d < t.size() && !is_digit(t[d])) ++d;
        std::size_t e = d;
        while (e < t.size() && (is_digit(t[e]) || t[e] == '.' || t[e] == ',')) ++e;
        if (d == 0 || d == t.size() || e == t.size()) continue;
        double const stated = read_numeral(t.substr(d, e - d)).value;
        if (stated <= 0) continue;
        double scale = 0;
        for (double const s : {1e3, 1e6, 1e9, 1e12})
            if (std::abs(*tail.value / stated - s) < s * 1e-9) scale = s;
        if (scale == 0) continue;
        // the sums before it, each joined to the next by ", ", " and " or ", and "
        std::size_t first = last;
        while (first > 0) {
            mention const& m = mentions[first - 1];
            std::string_view const digits = bare_digits(m);
            if (digits.empty() || m.unit != tail.unit || m.sentence != tail.sentence) break;
            std::size_t const next = mentions[first].begin;
            if (m.end > next) break;
            std::string_view const gap = prose.substr(m.end, next - m.end);
            if (gap != ", " && gap != " and " && gap != ", and ") break;
            if ((gap == " and " || gap == ", and ") && first != last) break; // "and" only before the last
            if (gap == ", " && first == last) break;
            // (of one order with the last: within ten times)
            double const v = *m.value;
            if (v <= 0 || v > stated * 10 || stated > v * 10) break;
            --first;
        }
        // (a list: two or more before the last, or one joined by "and" without a comma: "Tickets cost $5,
        // and $12 million was raised" is two clauses)
        if (first == last ||
            (first + 1 == last && prose.substr(mentions[first].end, tail.begin - mentions[first].end) != " and "))
            continue;
        for (std::size_t k = first; k < last; ++k) {
            mention& m = mentions[k];
            *m.value *= scale;
            m.range = interval{m.range->low * scale, m.range->high * scale};
        }
    }
}

/// "Early voting runs from Saturday, October 26, to Sunday, November 3, 2024": the first day of a
/// span whose year is said once, after its last day, is of that year (or of the year before, when
/// its month and day come after the last's: "from Dec. 28 to Jan. 3, 2025").
[[gnu::noinline]] void span_starts_take_end_year(std::string_view prose, std::vector<mention>& mentions) {
    for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
        mention& start = mentions[i];
        mention const& end = mentions[i + 1];
        if (start.kind != mention_kind::date || end.kind != mention_kind::date || start.parent || end.parent ||
            start.sentence != end.sentence || end.begin < start.end || start.time_value.size() != 10 ||
            !start.time_value.starts_with("XXXX-") || end.time_value.size() != 10 ||
            !std::all_of(end.time_value.begin(), end.time_value.begin() + 4, is_digit))
            continue;
        // (a month and a day, not a weekday's "XXXX-WXX-1": "Monday through Wednesday, May 13-15, 2024")
        if (!is_digit(start.time_value[5]) || !is_digit(start.time_value[6]) || start.time_value[7] != '-' ||
            !is_digit(start.time_value[8]) || !is_digit(start.time_value[9]))
            continue;
        std::string const gap = text::lower(prose.substr(start.end, end.begin - start.end));
        // (not "until": "exercisable from July 15, until June 23, 1992" may run for years)
        if (gap != " to " && gap != ", to " && gap != " through " && gap != ", through " && gap != "-" &&
            gap != " - " && gap != "\xE2\x80\x93" && gap != " \xE2\x80\x93 ")
            continue;
        auto const last = parse_iso_date(end.time_value);
        int const month = std::stoi(start.time_value.substr(5, 2));
        int const day = std::stoi(start.time_value.substr(8, 2));
        if (!last) continue;
        int const year = month * 100 + day > last->month * 100 + last->day ? last->year - 1 : last->year;
        if (day > days_in_month(year, month)) continue;
        // (across the new year only for a short span: "from Dec. 28 to Jan. 3, 2025")
        if (year != last->year &&
            days_from_civil(last->year, last->month, last->day) - days_from_civil(year, month, day) > 92)
            continue;
        start.resolved = year_month_day(year_digits(year), month, day);
    }
}

/// "Gold rose 0.5% to $2,290 an ounce, from $1,950 at the start of the year": a base the change's
/// grammar took after a comma, followed by words that are no time of its own ("from $2.2 billion a
/// year earlier", "in 1985"), is another comparison's; it stays a figure of its own.
void unlink_comma_bases(std::string_view prose, std::vector<mention>& mentions) {
    for (std::size_t c = 0; c < mentions.size(); ++c) {
        mention& change = mentions[c];
        if ((change.kind != mention_kind::change && change.kind != mention_kind::multiplier) || !change.from ||
            !change.to)
            continue;
        std::size_t const f = *change.from;
        mention const& to = mentions[*change.to];
        mention& from = mentions[f];
        if (from.begin < to.end || prose.substr(to.end, from.begin - to.end).find(',') == std::string_view::npos)
            continue;
        // (a stop after it, or its own time: a base said with its period)
        if (what_follows(prose, mentions, f) != base_end::words) continue;
        from.parent.reset();
        change.from.reset();
    }
}

/// "bought 25.7 mln pounds of wheat flour", "The unit weighs 17 pounds": pounds of weight, not of
/// money. A figure in bare "pounds" (not "£", "sterling", "stg", "Egyptian pounds") is a weight
/// after a verb or noun of weight ("weighs", "weight of") or before "of" and a noun that is no
/// money's ("pounds of copper", not "pounds of investment", "pounds of taxpayers' money").
void pounds_of_weight(std::string_view prose, std::vector<mention>& mentions) {
    static constexpr std::array<std::string_view, 64> money_nouns{
        "investment", "investments", "funding",    "spending",   "cuts",     "savings",  "debt",      "debts",
        "assets",     "bonds",       "loans",      "borrowing",  "revenue",  "revenues", "sales",     "income",
        "profit",     "profits",     "losses",     "capital",    "cash",     "money",    "aid",       "support",
        "subsidies",  "tax",         "taxes",      "fees",       "fines",    "bonuses",  "dividends", "compensation",
        "damages",    "contracts",   "orders",     "deals",      "business", "equity",   "shares",    "stock",
        "deposits",   "credit",      "grants",     "bailout",    "stimulus", "public",   "taxpayers", "new",
        "fresh",      "extra",       "additional", "government", "state",    "its",      "their",     "his",
        "her",        "the",         "this",       "that",       "which",    "private",  "claims",    "benefits"};
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        mention& m = mentions[i];
        if (m.kind != mention_kind::money || m.unit != "GBP" || m.end < 6) continue;
        std::string_view const own = prose.substr(m.begin, m.end - m.begin);
        std::size_t const last_space = own.find_last_of(" \n\r\t");
        if (last_space == std::string_view::npos) continue;
        std::string const word = text::lower(own.substr(last_space + 1));
        if (word != "pounds" && word != "pound") continue;
        std::string const before_word = text::lower(own.substr(0, last_space));
        if (before_word.ends_with("egyptian") || before_word.ends_with("irish") || before_word.ends_with("lebanese") ||
            before_word.ends_with("syrian") || before_word.ends_with("sudanese") || before_word.ends_with("cypriot"))
            continue;
        std::size_t const lead_from = m.begin >= 40 ? m.begin - 40 : 0;
        std::string const lead = text::lower(prose.substr(lead_from, m.begin - lead_from));
        auto const lead_words = text::words(lead);
        bool weight = false;
        for (std::size_t k = lead_words.size() > 6 ? lead_words.size() - 6 : 0; k < lead_words.size(); ++k)
            weight = weight ||
                     text::contains_any_word(lead_words[k],
                                             {"weighs", "weighed", "weighing", "weigh", "weight", "weights", "payload",
                                              "heavier", "lighter", "lifts", "lifted", "production", "capacity"});
        std::string const follow = text::lower(prose.substr(m.end, std::min<std::size_t>(32, prose.size() - m.end)));
        auto const follow_words = text::words(follow);
        if (follow_words.size() >= 2 && follow_words[0] == "of" && follow.starts_with(" of ") &&
            std::find(money_nouns.begin(), money_nouns.end(), follow_words[1]) == money_nouns.end())
            weight = true;
        if (!weight) continue;
        // (and the other figures of its change in pounds or in no currency said: "to 264 mln pounds from
        // 165 mln pounds", "to 52.7 mln pounds from 44.0 mln")
        auto const to_weight = [&](mention& w) {
            std::string_view const said = prose.substr(w.begin, w.end - w.begin);
            if (w.kind != mention_kind::money || w.unit != "GBP" || said.find("\xC2\xA3") != std::string_view::npos ||
                text::contains_any_word(text::lower(said), {"stg", "sterling"}))
                return;
            w.kind = mention_kind::number;
            w.unit = "pounds";
        };
        to_weight(m);
        if (m.parent) {
            mention& change = mentions[*m.parent];
            if (change.kind != mention_kind::change) continue;
            for (auto const& index : {change.amount, change.from, change.to})
                if (index) to_weight(mentions[*index]);
            if (change.unit == "GBP") change.unit = "pounds";
        }
    }
}

/// "Of the 18 Republicans, 10 won by less than 8 points": a count and the verb "won", not 10 South Korean won.
/// The money grammar reads any figure before "won" as the currency; a figure under 1,000 with no scale word before
/// "won" and a word that goes with the verb after it ("by", "the", "seats", "easily") is a count before the verb
/// (its span ends at the figure). Not "Div 50 won vs 50 won", "received 645 won (0.769 dlrs) for each dollar".
void counts_before_won(std::string_view prose, std::vector<mention>& mentions) {
    for (mention& m : mentions) {
        if (m.kind != mention_kind::money || m.unit != "KRW" || m.parent || !m.value || *m.value >= 1000 ||
            m.end < m.begin + 5 || prose.substr(m.end - 4, 4) != " won")
            continue;
        std::string_view const figure = prose.substr(m.begin, m.end - 4 - m.begin);
        if (figure.empty() ||
            !std::all_of(figure.begin(), figure.end(), [](char c) { return is_digit(c) || c == ',' || c == '.'; }))
            continue;
        std::size_t e = m.end;
        while (e < prose.size() && prose[e] == ' ') ++e;
        std::size_t w = e;
        while (w < prose.size() && (is_alpha(prose[w]) || prose[w] == '-')) ++w;
        if (e == m.end ||
            !in_list(text::lower(prose.substr(e, w - e)),
                     {"by",       "the",         "a",           "an",         "their",        "its",        "his",
                      "her",      "seats",       "re-election", "reelection", "election",     "office",     "races",
                      "outright", "comfortably", "easily",      "narrowly",   "convincingly", "majorities", "in",
                      "at",       "on",          "out",         "over",       "against",      "gold",       "silver",
                      "bronze",   "medals",      "titles",      "awards",     "games"}))
            continue;
        m.kind = mention_kind::number;
        m.unit.clear();
        m.end -= 4;
    }
}

/// "Mr Pearson (64) has grown tomatoes since 1985", "Chief executive Daniel Ross (61) said": an age in brackets after
/// a name, as British and Australian papers write it. Only two digits from 16 to 110 right after one to three
/// capitalised words, then a verb a person does ("said", "has", "was", "who"): not a party's seats ("Labour (412)")
/// or a label's count.
void ages_in_brackets(std::string_view prose, std::vector<mention>& mentions) {
    for (mention& m : mentions) {
        if (m.kind != mention_kind::number || m.parent || !m.value || !m.unit.empty() || m.is_range ||
            !m.hedge.empty() || m.end - m.begin != 2 || m.begin < 4 || m.end + 2 >= prose.size())
            continue;
        if (prose[m.begin - 1] != '(' || prose[m.begin - 2] != ' ' || prose[m.end] != ')' ||
            !is_digit(prose[m.begin]) || !is_digit(prose[m.begin + 1]) || *m.value < 16 || *m.value > 110)
            continue;
        // the name: one to three capitalised words before " ("
        std::size_t name = m.begin - 2;
        int words = 0;
        while (words < 3) {
            std::size_t b = name;
            while (b > 0 && (is_alpha(prose[b - 1]) || prose[b - 1] == '\'' || prose[b - 1] == '-')) --b;
            if (b == name || !(prose[b] >= 'A' && prose[b] <= 'Z')) break;
            name = b;
            ++words;
            if (name == 0 || prose[name - 1] != ' ') break;
            --name;
        }
        if (words == 0) continue;
        if (prose[name] == ' ') ++name;
        // the verb after the bracket
        std::size_t e = m.end + 1;
        while (e < prose.size() && prose[e] == ' ') ++e;
        std::size_t w = e;
        while (w < prose.size() && is_alpha(prose[w])) ++w;
        if (!in_list(text::lower(prose.substr(e, w - e)),
                     {"said",   "says",   "told",    "added", "who", "has",   "had",   "is",   "was",  "died",
                      "joined", "became", "founded", "runs",  "ran", "lives", "lived", "grew", "will", "now"}))
            continue;
        // (a list of names and figures in brackets is a tally: "offices in London (150 staff), Hong Kong (60) and New
        // York (30) said")
        {
            std::size_t const from = name >= 48 ? name - 48 : 0;
            std::string_view const lead = prose.substr(from, name - from);
            std::size_t const open = lead.rfind('(');
            if (open != std::string_view::npos && open + 1 < lead.size() && is_digit(lead[open + 1])) continue;
        }
        m.kind = mention_kind::age;
        m.unit = "years";
        m.range = interval{*m.value, *m.value + 1};
        m.begin = name;
        m.end += 1;
    }
}

/// "Sales passed the 40 million mark in March", "fall below the three million mark before long": a
/// threshold, not German marks. The money grammar reads a scaled figure before a singular "mark" as
/// marks ("a 300 mln mark placement", "another 2.5 billion mark and 200 billion yen credit"); after
/// "the" and before no noun (a preposition or adverb of time, a stop or the end), the figure is a
/// count of the mark, as "the 2,000 mark" already is.
void thresholds_named_mark(std::string_view prose, std::vector<mention>& mentions) {
    for (mention& m : mentions) {
        if (m.kind != mention_kind::money || m.unit != "DEM" || m.parent || m.end < m.begin + 6) continue;
        std::string const own = text::lower(prose.substr(m.begin, m.end - m.begin));
        if (!own.ends_with(" mark")) continue;
        std::size_t at = m.begin;
        while (at > 0 && (prose[at - 1] == ' ' || prose[at - 1] == '\n' || prose[at - 1] == '\r')) --at;
        if (at < 3 || text::lower(prose.substr(at - 3, 3)) != "the" || (at > 3 && is_alnum(prose[at - 4]))) continue;
        std::size_t after = m.end;
        while (after < prose.size() && (prose[after] == ' ' || prose[after] == '\n' || prose[after] == '\r')) ++after;
        bool threshold = after >= prose.size() || (!is_alnum(prose[after]) && prose[after] != '-');
        if (!threshold) {
            std::size_t word_end = after;
            while (word_end < prose.size() && is_alpha(prose[word_end])) ++word_end;
            std::string const next = text::lower(prose.substr(after, word_end - after));
            threshold = (word_end >= prose.size() || !is_alnum(prose[word_end])) &&
                        in_list(next, {"in",   "on",    "at",     "for",    "before",  "after",     "by",       "last",
                                       "this", "since", "during", "within", "earlier", "again",     "and",      "but",
                                       "or",   "when",  "as",     "until",  "while",   "early",     "late",     "only",
                                       "once", "first", "ahead",  "soon",   "barrier", "threshold", "milestone"});
        }
        if (!threshold) continue;
        m.kind = mention_kind::number;
        m.unit = "mark";
    }
}

/// "Traders expect prices to rise by $30 to $40 a tonne from $560": the change's amount is a range,
/// which its grammar read as the amount and the value the figure went to. Read as a range when the
/// two are close (the second at most three times the first, "to" alone between) and the base is far
/// from both (five times the second or more): the range becomes the amount, the figure after "to" no
/// mention of its own.
void amount_ranges_before_base(std::string_view prose, std::vector<mention>& mentions) {
    for (std::size_t c = 0; c < mentions.size(); ++c) {
        mention& change = mentions[c];
        if (change.kind != mention_kind::change || !change.amount || !change.to || !change.from) continue;
        std::size_t const t = *change.to;
        mention& low = mentions[*change.amount];
        mention const& high = mentions[t];
        mention const& base = mentions[*change.from];
        if ((low.kind != mention_kind::money && low.kind != mention_kind::number) || high.kind != low.kind ||
            base.kind != low.kind || low.unit != high.unit || (!base.unit.empty() && base.unit != low.unit))
            continue;
        if (low.is_range || high.is_range || !low.value || !high.value || !base.value || !low.range || !high.range ||
            low.end > high.begin || prose.substr(low.end, high.begin - low.end) != " to ")
            continue;
        double const a = *low.value, b = *high.value;
        if (!(a > 0 && b > a && b <= 3 * a && *base.value >= 5 * b)) continue;
        low.end = high.end;
        low.value = (a + b) / 2;
        low.range = interval{low.range->low, high.range->high};
        low.is_range = true;
        if (low.per.empty()) low.per = high.per;
        change.to.reset();
        bool const fall = change.value && *change.value < 0;
        change.value = fall ? -*low.value : *low.value;
        change.range = fall ? interval{-low.range->high, -low.range->low} : *low.range;
        mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(t));
        for (auto& m : mentions)
            for (auto* index : {&m.amount, &m.from, &m.to, &m.parent})
                if (*index && **index > t) --**index;
    }
}

/// "grew 24.1 pct in February to 9.1 billion dlrs from 7.3 billion", "fell 47% last year to $1.4
/// billion, from $2.6 billion": the period of the change stands between its amount and its values,
/// so the grammar stops at the amount. A change with an amount and neither value takes the figure
/// after "to" (or ", to") and the one after "from" that follow one or two periods of its sentence
/// right after it, in either order. Not after a rate's basis ("rose 5% year on year in March to
/// $245.3 billion from $240.1 billion in February"), nor a base that may be another comparison's
/// (base_of_period).
void join_values_after_period(std::string_view prose, std::vector<mention>& mentions) {
    auto const figure = [](mention const& m) {
        return !m.parent &&
               (m.kind == mention_kind::money || m.kind == mention_kind::number || m.kind == mention_kind::percent);
    };
    // "to" or "from" (after a comma or not) alone between two mentions: 1 for "to", -1 for "from"
    auto const joint = [&](std::size_t end, std::size_t begin) {
        std::string_view gap = prose.substr(end, begin - end);
        while (!gap.empty() && (gap.front() == ' ' || gap.front() == '\n' || gap.front() == ',')) gap.remove_prefix(1);
        while (!gap.empty() && (gap.back() == ' ' || gap.back() == '\n')) gap.remove_suffix(1);
        std::string word = text::lower(gap);
        // what the value is called, as the grammar's value_qualifier: "to a record", "from a revised"
        for (std::string_view const called :
             {" a record high of", " a record low of", " an all-time high of", " a record", " a revised",
              " an upwardly revised", " a downwardly revised", " a provisional", " a preliminary",
              " a seasonally adjusted"})
            if (std::string_view(word).ends_with(called)) {
                word.resize(word.size() - called.size());
                break;
            }
        return word == "to" ? 1 : word == "from" ? -1 : 0;
    };
    for (std::size_t c = 0; c < mentions.size(); ++c) {
        mention& change = mentions[c];
        // ("Standing charges have tripled since 2021, to 54.75p from 24.5p": a multiplier too)
        bool const multiplier = change.kind == mention_kind::multiplier && !change.parent;
        if ((change.kind != mention_kind::change || !change.amount) && !multiplier) continue;
        if (change.to || change.from) continue;
        // (not an earlier change told after another, its values set off by a comma: "The index fell 2% in April
        // after rising 1% in March, to 315 from 318", "rose 2% in April after a 1% rise in March, to 318 from 309":
        // the values may be of both; but "after rising 29 mln in January to 21.95 billion" are its own)
        auto const after_earlier = [&] {
            std::size_t const lead_from = change.begin >= 12 ? change.begin - 12 : 0;
            std::string const lead = text::lower(prose.substr(lead_from, change.begin - lead_from));
            std::string_view const word = text::last_word(lead);
            bool const after_word =
                word == "after" || word == "following" ||
                ((word == "a" || word == "an") &&
                 (std::string_view(lead).ends_with("after a ") || std::string_view(lead).ends_with("after an ") ||
                  std::string_view(lead).ends_with("following a ")));
            bool earlier_change = false;
            for (std::size_t k = c; k-- > 0 && mentions[k].sentence == change.sentence;)
                if (mentions[k].kind == mention_kind::change && !mentions[k].parent) {
                    earlier_change = true;
                    break;
                }
            return after_word && earlier_change;
        };
        std::size_t first_after = c + 1;
        while (first_after < mentions.size() && mentions[first_after].parent == c) ++first_after;
        period_run run = periods_after(prose, mentions, change.sentence, first_after, change.end);
        // ("dropped by 18.4 per cent over the month, to 193,516 from 220,900": a period in words the
        // grammars do not take for a time of their own)
        if (run.count == 0 && run.next < mentions.size()) {
            std::string const gap = text::lower(prose.substr(change.end, mentions[run.next].begin - change.end));
            auto const words = text::words(gap);
            // (or three, before the values read as a change of their own: "tripled over the decade, from
            // $2.10 to $4.20")
            bool const values_next = mentions[run.next].kind == mention_kind::change && !mentions[run.next].amount;
            if ((words.size() == 4 || (words.size() == 3 && values_next)) &&
                text::contains_any_word(words[0], {"over", "during", "in", "for", "across"}) &&
                text::contains_any_word(words[1], {"the", "that"}) &&
                text::contains_any_word(words[2],
                                        {"month", "year", "week", "quarter", "period", "day", "weekend", "decade"}) &&
                (words.size() == 3 || words[3] == "to" || words[3] == "from")) {
                run.count = 1;
                run.end = change.end + static_cast<std::size_t>(words[2].data() + words[2].size() - gap.data());
            }
        }
        std::size_t const k = run.next;
        std::size_t const periods = run.count;
        std::size_t const end = run.end;
        bool const basis = run.basis;
        mention const* period = run.last; // the change's own period, the last of them
        // a rate's basis alone ("rose 14 percent year on year to US$1.2bn from US$1.05bn") is no
        // period of the change; beside one ("year on year in March") the values may be any month's
        if (periods == 0 || (basis && periods > 1) || k >= mentions.size()) continue;
        if (basis) period = nullptr;
        // the first value, then perhaps the other
        auto const comma = [&](std::size_t from, std::size_t to) {
            return prose.substr(from, to - from).find(',') != std::string_view::npos;
        };
        // ("rose 45% in 2023, from $4.1 million to $4.5 million", "have more than tripled since
        // January, from $4.72 to $11.25": both values read as a change of their own, with no amount,
        // right after the periods and a comma; they move to this change, as values_after_aside moves
        // an aside's, and the direction their order gives is checked against this one's word)
        if (mention& values = mentions[k];
            values.kind == mention_kind::change && !values.parent && !values.amount && values.from && values.to &&
            values.sentence == change.sentence && !basis &&
            // (values alone, "from $4.72 to $11.25", or after a participle, "has doubled since 2015, rising to 7.54
            // million from 2.1 million"; not a change with a verb of its own after an aside: "Cocoa, which has
            // tripled in 16 months, rose to $8,537 from $7,435")
            (text::istarts_with(prose.substr(values.begin, 5), "from ") ||
             text::istarts_with(prose.substr(values.begin, 3), "to ") ||
             text::first_word(prose.substr(values.begin, values.end - values.begin)).ends_with("ing")) &&
            prose.substr(end, values.begin - end).find_first_not_of(", ") == std::string_view::npos &&
            comma(end, values.begin)) {
            // (not over years when the old value is a year back: "more than doubled in three years, rising to
            // $91.50 from $54 a year earlier", "has doubled since 2021, rising to $91.50 from $54 a year ago")
            std::size_t after_values = k + 1;
            while (after_values < mentions.size() && mentions[after_values].begin < values.end) ++after_values;
            if (after_values < mentions.size() && mentions[after_values].begin - values.end <= 1 &&
                mentions[after_values].kind == mention_kind::relative_time &&
                mentions[after_values].relative_unit == "year" && mentions[after_values].relative_offset == -1) {
                bool years = false;
                for (std::size_t t = c + 1; t < k; ++t) {
                    mention const& time = mentions[t];
                    if (time.parent) continue;
                    years = years || text::istarts_with(prose.substr(time.begin, 6), "since ") ||
                            (time.kind == mention_kind::duration && time.time_value.ends_with("Y") &&
                             time.time_value != "P1Y");
                }
                if (years) continue;
            }
            change.from = values.from;
            change.to = values.to;
            mentions[*values.from].parent = c;
            mentions[*values.to].parent = c;
            values.from.reset();
            values.to.reset();
            values.parent = c;
            continue;
        }
        mention const& first = mentions[k];
        int const first_joint = joint(end, first.begin);
        if (!figure(first) || first.sentence != change.sentence || first_joint == 0) continue;
        if (comma(end, first.begin) && after_earlier()) continue;
        // ("up 7% year on year from 4.95 million in December 2023": after a rate's basis, a base the
        // text dates is the base, whose year the rules check against the basis)
        bool const dated_base = [&] {
            if (!basis || first_joint > 0 || k + 1 >= mentions.size()) return false;
            mention const& next = mentions[k + 1];
            return next.sentence == change.sentence && !next.parent &&
                   (next.kind == mention_kind::year || next.kind == mention_kind::period ||
                    next.kind == mention_kind::date) &&
                   space_or_preposition(prose.substr(first.end, next.begin - first.end));
        }();
        if (first_joint < 0 && !dated_base && !base_of_period(prose, mentions, k, period, comma(end, first.begin)))
            continue;
        (first_joint > 0 ? change.to : change.from) = k;
        mentions[k].parent = c;
        std::size_t const next = k + 1;
        if (next >= mentions.size()) continue;
        mention const& second = mentions[next];
        int const second_joint = joint(first.end, second.begin);
        if (!figure(second) || second.sentence != change.sentence || second_joint != -first_joint) continue;
        if (second_joint < 0 && !base_of_period(prose, mentions, next, period, comma(first.end, second.begin)))
            continue;
        // one measure: two of one kind, or a bare figure beside the other
        bool const bare = (second.kind == mention_kind::number && second.unit.empty()) ||
                          (first.kind == mention_kind::number && first.unit.empty());
        if (second.kind != first.kind && !bare) continue;
        (second_joint > 0 ? change.to : change.from) = next;
        mentions[next].parent = c;
    }
}

/// "Turnout rose 6 per cent, from 58.4 per cent in 2021 to 64.4 per cent", "Sales fell from $100
/// million in 2021 to $150 million in 2024": the old value's period stands between it and "to", so
/// the grammar's "from X to Y" stops at the old value. A change with an old value and no new one
/// takes the figure of its kind right after "to" that follows one or two periods of the old value
/// (years, periods, dates; not a rate's basis nor a comparison).
[[gnu::noinline]] void join_to_after_base_period(std::string_view prose, std::vector<mention>& mentions) {
    for (std::size_t c = 0; c < mentions.size(); ++c) {
        mention& change = mentions[c];
        if ((change.kind != mention_kind::change && change.kind != mention_kind::multiplier) || !change.from ||
            change.to || change.parent)
            continue;
        std::size_t const f = *change.from;
        mention_kind const from_kind = mentions[f].kind;
        // (the old value ends the change: "from 58.4 per cent" is its last part)
        if (mentions[f].end != change.end) continue;
        std::size_t k = c + 1;
        while (k < mentions.size() && mentions[k].parent == c) ++k;
        period_run const run = periods_after(prose, mentions, change.sentence, k, change.end);
        if (run.count == 0 || run.basis || run.next >= mentions.size()) continue;
        // (the periods are times: "in 2021", not "from a year earlier")
        bool times = true;
        for (std::size_t t = k; t < run.next; ++t)
            times = times && (mentions[t].kind == mention_kind::year || mentions[t].kind == mention_kind::period ||
                              mentions[t].kind == mention_kind::date || mentions[t].parent);
        if (!times) continue;
        mention& figure = mentions[run.next];
        bool const bare = figure.kind == mention_kind::number && figure.unit.empty() &&
                          (from_kind == mention_kind::money || from_kind == mention_kind::number);
        if ((figure.kind != from_kind && !bare) || figure.parent || figure.sentence != change.sentence) continue;
        std::string_view gap = prose.substr(run.end, figure.begin - run.end);
        while (!gap.empty() && (gap.front() == ' ' || gap.front() == '\n')) gap.remove_prefix(1);
        while (!gap.empty() && (gap.back() == ' ' || gap.back() == '\n')) gap.remove_suffix(1);
        if (!text::iequals(gap, "to")) continue;
        change.to = run.next;
        figure.parent = c;
    }
}

/// "fell to 3.9% in April from 4.1% in March": the period of the new value stands between it
/// and "from", so the grammar's "to X from Y" stops at "in April". A change with a "to" value and
/// no "from" value takes the figure of the same kind that follows "from" just after one or two
/// periods of its sentence (years, periods, relative times, dates, durations), or after the new
/// value restated per share ("to $26.4 billion, or $1.08 per share, from $16.6 billion").
void join_from_after_period(std::string_view prose, std::vector<mention>& mentions) {
    for (std::size_t c = 0; c < mentions.size(); ++c) {
        mention& change = mentions[c];
        if ((change.kind != mention_kind::change && change.kind != mention_kind::multiplier) || !change.to ||
            change.from)
            continue;
        mention_kind const to_kind = mentions[*change.to].kind;
        // ("Pay rose 3% to 4% this year, from 6% last year": two near percentages may be a range of
        // growth, and what follows another year's growth, not the old value of a new level)
        if (change.amount && to_kind == mention_kind::percent &&
            mentions[*change.amount].kind == mention_kind::percent &&
            text::iequals(
                prose.substr(mentions[*change.amount].end, mentions[*change.to].begin - mentions[*change.amount].end),
                " to ") &&
            *mentions[*change.to].value > *mentions[*change.amount].value &&
            *mentions[*change.to].value <= 2 * *mentions[*change.amount].value)
            continue;
        // The change's own children come first; then the periods; then the figure.
        std::size_t k = c + 1;
        while (k < mentions.size() && mentions[k].parent == c) ++k;
        std::size_t end = change.end;
        // "rose 59% to $26.4 billion, or $1.08 per share, from $16.6 billion": the new value restated
        // per share between it and "from"
        bool restated = false;
        if (k < mentions.size() && mentions[k].sentence == change.sentence && !mentions[k].parent &&
            mentions[k].kind == mention_kind::money && !mentions[k].per.empty() && to_kind == mention_kind::money &&
            mentions[*change.to].per.empty()) {
            std::string_view gap = prose.substr(end, mentions[k].begin - end);
            std::string joint;
            for (char const ch : gap)
                if (ch != ' ' && ch != '\n') joint += ch;
            if (text::lower(joint) == ",or") {
                end = mentions[k].end;
                ++k;
                restated = true;
                // (the restatement set off by commas before the period: "to $1.42 billion, or $1.05 per
                // share, in the quarter ended March 31, from $1.20 billion")
                if (end < prose.size() && prose[end] == ',' && k < mentions.size() && time_kind(mentions[k])) ++end;
            }
        }
        // "rose to C$632.3 billion ($463 billion) at March 31 from C$570.0 billion", "to 250,000 pesos ($270) a
        // month from 214,296 pesos": the new value in another currency, in brackets right after it
        bool converted = false;
        if (!restated && to_kind == mention_kind::money && k < mentions.size() &&
            mentions[k].sentence == change.sentence && !mentions[k].parent && mentions[k].kind == mention_kind::money &&
            mentions[k].begin == end + 2 && prose.substr(end, 2) == " (" && mentions[k].end < prose.size() &&
            prose[mentions[k].end] == ')' && mentions[k].unit != mentions[*change.to].unit && mentions[k].per.empty()) {
            end = mentions[k].end + 1;
            ++k;
            converted = true;
        }
        // "eased to 2.6% y/y from 2.8%": a rate's basis in shorthand, no mention of its own
        bool shorthand_basis = false;
        for (std::string_view const basis : {" y/y ", " m/m ", " q/q ", " yoy ", " y-o-y ", " m-o-m "})
            if (text::iequals(prose.substr(end, basis.size()), basis)) {
                end += basis.size() - 1;
                shorthand_basis = true;
                break;
            }
        // "fell to 2.41 million barrels per day from 2.28 million", "to 6.1 tonnes per hectare from 5.8
        // tonnes": what the new value is for each of, said after it
        // ("to $2.49 a dozen from $2.50": the same, with "a", right before "from")
        bool per_unit = false;
        // ("fell 3.1% to 560.4 deaths per 100,000 live births from 543.6": a rate's base, a figure of its own)
        if (!shorthand_basis && text::iequals(prose.substr(end, 5), " per ") && k < mentions.size() &&
            mentions[k].sentence == change.sentence && !mentions[k].parent &&
            mentions[k].kind == mention_kind::number && mentions[k].begin == end + 5 &&
            (text::iequals(prose.substr(mentions[k].end, 6), " from ") ||
             // (or its period between: "rose to 8.4 per 100,000 flights in 2023 from 10.1 in 2022")
             (k + 1 < mentions.size() && mentions[k + 1].sentence == change.sentence && !mentions[k + 1].parent &&
              time_kind(mentions[k + 1]) && mentions[k + 1].begin > mentions[k].end &&
              mentions[k + 1].begin <= mentions[k].end + 1))) {
            end = mentions[k].end;
            ++k;
            per_unit = true;
        }
        for (std::string_view const per : {" per ", " a ", " an "}) {
            if (shorthand_basis || per_unit || !text::iequals(prose.substr(end, per.size()), per)) continue;
            std::size_t e = end + per.size();
            while (e < prose.size() && text::is_alpha(prose[e])) ++e;
            bool const from_next = text::iequals(prose.substr(e, 6), " from ");
            if (e > end + per.size() && (per == " per " || from_next) &&
                (k >= mentions.size() || mentions[k].begin >= e)) {
                end = e;
                per_unit = true;
            }
        }
        // ("rose to $395 a tonne CFR from $372", "to €1,230 a tonne delivered from": the terms of a price)
        if (per_unit || to_kind == mention_kind::money) {
            std::size_t w = end;
            while (w < prose.size() && prose[w] == ' ') ++w;
            std::size_t e = w;
            while (e < prose.size() && (text::is_alpha(prose[e]) || prose[e] == '-')) ++e;
            if (e > w && e + 6 <= prose.size() && text::iequals(prose.substr(e, 6), " from ") &&
                in_list(text::lower(prose.substr(w, e - w)), {"cfr", "cif", "fob", "fca", "dap", "ddp", "exw",
                                                              "delivered", "ex-works", "ex-mill", "spot"})) {
                end = e;
                per_unit = true;
            }
        }
        // ("rose to 1.28 million barrels per day (bpd) in April from 1.23 million bpd": the unit's abbreviation in
        // brackets after the rate)
        if (per_unit && prose.substr(end, 2) == " (") {
            std::size_t const close = prose.find(')', end + 2);
            if (close != std::string_view::npos && close - end - 2 >= 2 && close - end - 2 <= 6 &&
                std::all_of(prose.begin() + static_cast<std::ptrdiff_t>(end + 2),
                            prose.begin() + static_cast<std::ptrdiff_t>(close), text::is_alpha))
                end = close + 1;
        }
        // "fell to 2.14 per cent of total loans at the end of September from 2.61 per cent": the whole
        // of a percentage, a few words after "of", between it and its period
        if (!restated && !shorthand_basis && !per_unit && to_kind == mention_kind::percent && k < mentions.size() &&
            mentions[k].sentence == change.sentence && !mentions[k].parent && time_kind(mentions[k]) &&
            mentions[k].begin > end && text::istarts_with(prose.substr(end, 4), " of ")) {
            std::string_view const gap = prose.substr(end, mentions[k].begin - end);
            auto const words = text::words(gap);
            bool const plain = std::all_of(gap.begin(), gap.end(),
                                           [](char ch) { return text::is_alpha(ch) || ch == ' ' || ch == '\''; });
            if (plain && words.size() >= 2 && words.size() <= 5) {
                std::size_t last = words.size() - 1;
                if (text::contains_any_word(text::lower(words[last]), {"at", "in", "on", "during", "for", "by"}))
                    --last;
                if (last >= 1) end += static_cast<std::size_t>(words[last].data() + words[last].size() - gap.data());
            }
        }
        // the periods after it: white space or a preposition before each ("to 2.3 billion euros in
        // the first quarter from 3.9 billion euros")
        period_run const run = periods_after(prose, mentions, change.sentence, k, end);
        k = run.next;
        end = run.end;
        std::size_t const periods = run.count;
        mention const* period = run.last; // the new value's period, the last of them
        // "doubled to 2.1% of GDP from 1.4%", "rose to 45% of the vote from 38%": the whole of a
        // percentage between it and "from"
        bool share_of = false;
        if (periods == 0 && !restated && to_kind == mention_kind::percent && k < mentions.size() &&
            mentions[k].sentence == change.sentence && mentions[k].begin > end) {
            std::string const gap = text::lower(prose.substr(end, mentions[k].begin - end));
            auto const words = text::words(gap);
            share_of = gap.starts_with(" of ") && gap.ends_with(" from ") && words.size() >= 3 && words.size() <= 5 &&
                       std::all_of(gap.begin(), gap.end(),
                                   [](char ch) { return text::is_alpha(ch) || ch == ' ' || ch == '\''; });
        }
        if ((periods == 0 && !restated && !converted && !share_of && !shorthand_basis && !per_unit) ||
            k >= mentions.size())
            continue;
        mention const& figure = mentions[k];
        // (the unit said once: "to 120 mln dlrs in 1986 from 100 mln")
        bool const bare = figure.kind == mention_kind::number && figure.unit.empty() &&
                          (to_kind == mention_kind::money || to_kind == mention_kind::number);
        if ((figure.kind != to_kind && !bare) || figure.parent || figure.sentence != change.sentence) continue;
        std::string_view between = prose.substr(end, figure.begin - end);
        std::size_t const a = between.find_first_not_of(" \n");
        std::size_t const b = between.find_last_not_of(" \n");
        if (a == std::string_view::npos) continue;
        std::string_view word = between.substr(a, b - a + 1); // "from" or ", from"
        // ("in the week to Thursday, May 16, from 7.09%": the comma that closes a date told with its
        // weekday or year is the date's own, no clause of its own)
        bool const date_comma =
            word.starts_with(',') && period && period->kind == mention_kind::date && period->end == end &&
            prose.substr(period->begin, period->end - period->begin).find(',') != std::string_view::npos;
        // (", from 1.55 million a year earlier": another comparison, with a time of its own)
        if (word.starts_with(',') && !date_comma && !base_of_period(prose, mentions, k, period, true)) continue;
        if (word.starts_with(',')) {
            std::size_t const next = word.find_first_not_of(" \n", 1);
            word = next == std::string_view::npos ? std::string_view() : word.substr(next);
        }
        // ("in February from a revised 83,231": what the value is called, as the grammar's
        // value_qualifier reads it)
        for (std::string_view const called :
             {" a revised", " a downwardly revised", " an upwardly revised", " a provisional", " a preliminary",
              " a record", " a seasonally adjusted", " an adjusted", " an unadjusted"})
            if (word.size() > called.size() && text::lower(word.substr(word.size() - called.size())) == called) {
                word.remove_suffix(called.size());
                break;
            }
        // ("in the 1986/87 marketing year from", "in the 2023-24 school year from": the period's
        // noun after it, which the period's mention does not cover)
        if (word != "from" && !share_of) {
            if (!word.ends_with(" from")) continue;
            std::string_view rest = word.substr(0, word.size() - 5);
            std::size_t nouns = 0;
            bool only_nouns = true;
            while (!rest.empty() && only_nouns) {
                std::size_t const space = rest.find(' ');
                only_nouns = in_list(text::lower(rest.substr(0, space)),
                                     {"season", "year", "marketing", "crop", "school", "fiscal", "financial",
                                      "calendar", "campaign", "period"});
                ++nouns;
                rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
            }
            if (!only_nouns || nouns > 2) continue;
        }
        // (after a restatement per share, a base on the scale of the restatement is its base, not the new value's:
        // "rose 5% to $204 million, or 68 cents a share, from 66 cents")
        if (restated && figure.value && *figure.value > 0 && mentions[*change.to].value &&
            *mentions[*change.to].value > 0) {
            mention const& per_share = mentions[k - 1];
            if (per_share.value && *per_share.value > 0 &&
                std::abs(std::log(*figure.value / *per_share.value)) <
                    std::abs(std::log(*figure.value / *mentions[*change.to].value)))
                continue;
        }
        change.from = k;
        mentions[k].parent = c;
    }
}

/// "made before 1700", "painted after 1650", "since 1602", "until 1789", "died in 1675 at 39": a year
/// before 1800 after a word of time, which the number grammar reads as a count (years before 1800 are
/// read as years only after "in" and before a stop). Four digits alone, nothing counted after them but a
/// stop, "and", "or", a preposition or a word with a capital; "in" only before "at" and an age.
[[gnu::noinline]] void old_years_after_time_words(std::string_view prose, std::vector<mention>& mentions) {
    for (auto& m : mentions) {
        if (m.kind != mention_kind::number || m.parent || !m.value || !m.unit.empty() || !m.hedge.empty() ||
            m.is_range || m.end - m.begin != 4 || m.begin < 3)
            continue;
        double const v = *m.value;
        if (v < 1000 || v >= 1800 || v != static_cast<double>(static_cast<int>(v))) continue;
        std::string_view const digits = prose.substr(m.begin, 4);
        if (!std::all_of(digits.begin(), digits.end(), text::is_digit)) continue;
        std::size_t b = m.begin;
        while (b > 0 && prose[b - 1] == ' ') --b;
        std::size_t w = b;
        while (w > 0 && text::is_alpha(prose[w - 1])) --w;
        std::string const before = text::lower(prose.substr(w, b - w));
        std::size_t a = m.end;
        while (a < prose.size() && prose[a] == ' ') ++a;
        std::size_t e = a;
        while (e < prose.size() && text::is_alpha(prose[e])) ++e;
        std::string const next = text::lower(prose.substr(a, e - a));
        bool const stop = a >= prose.size() || std::string_view(".,;:)").find(prose[a]) != std::string_view::npos;
        bool year = false;
        if (text::contains_any_word(before, {"before", "after", "since", "until", "till"})) {
            // (not a count of a plural noun: "after 1500 shares were sold")
            bool const plural = next.size() > 3 && next.ends_with('s') && !next.ends_with("ss") &&
                                !text::contains_any_word(next, {"was", "has", "is", "numbers", "remains", "seems"});
            // (nor a time of day, "orders after 1530 if", "until 1600 GMT": minutes under 60 need a verb of
            // making or dating before the word of time, "made before 1700", "painted after 1650", "from before")
            std::size_t pb = w;
            while (pb > 0 && prose[pb - 1] == ' ') --pb;
            std::size_t pw = pb;
            while (pw > 0 && text::is_alpha(prose[pw - 1])) --pw;
            std::string const verb = text::lower(prose.substr(pw, pb - pw));
            bool const made = (verb.size() > 3 && verb.ends_with("ed")) ||
                              text::contains_any_word(verb, {"from", "made", "built", "born", "written", "drawn",
                                                             "done", "begun", "founded", "works", "objects"});
            int const minutes = (digits[2] - '0') * 10 + (digits[3] - '0');
            bool const clock_words = text::contains_any_word(
                next, {"gmt", "est", "edt", "bst", "cet", "utc", "local", "hours", "hrs", "jst", "et", "pt", "cst"});
            year = !clock_words && (minutes >= 60 || made) &&
                   (stop || (e > a && prose[a] >= 'A' && prose[a] <= 'Z') || (e > a && !plural));
        } else if (before == "in" && next == "at") {
            // ("died in 1675 at 39": the age follows)
            std::size_t d = e;
            while (d < prose.size() && prose[d] == ' ') ++d;
            year = d < prose.size() && text::is_digit(prose[d]);
        }
        if (!year) continue;
        m.kind = mention_kind::year;
        m.time_value = std::string(digits);
        m.value.reset();
        m.range.reset();
        if (before == "in") m.begin = w;
    }
}

/// The values of a change set off from it: a new value restated in brackets before the old one
/// ("rose 17.4% to $66,940 (EUR 61,600) from $62,330": the old value after the bracket), and both after a
/// time of the change set off by a comma ("up 9.4% on the week, to $66,940 from $62,330", "up 12% since
/// Monday, to ..."). Sums of one currency or counts of one noun, each the next figure in its sentence.
[[gnu::noinline]] void join_values_set_off(std::string_view prose, std::vector<mention>& mentions) {
    auto const one_measure = [](mention const& a, mention const& b) {
        return a.kind == b.kind && (a.kind == mention_kind::money || a.kind == mention_kind::number) &&
               a.unit == b.unit && a.per == b.per && !a.is_range && !b.is_range && a.value && b.value;
    };
    // The new value mentions[to], beginning at `at` in the change's sentence, and the figure after " from "
    // become change c's values: both not yet a part, of one measure, the new value one `fits`.
    auto const link_values = [&](std::size_t c, std::size_t to, std::size_t at, auto const& fits) {
        mention& change = mentions[c];
        if (to >= mentions.size() || mentions[to].sentence != change.sentence || mentions[to].parent ||
            mentions[to].begin != at)
            return false;
        std::size_t const old = next_top(mentions, to);
        if (old >= mentions.size() || mentions[old].sentence != change.sentence || mentions[old].parent ||
            prose.substr(mentions[to].end, mentions[old].begin - mentions[to].end) != " from " ||
            !one_measure(mentions[to], mentions[old]) || !fits(mentions[to]))
            return false;
        change.to = to;
        change.from = old;
        mentions[to].parent = c;
        mentions[old].parent = c;
        return true;
    };
    for (std::size_t c = 0; c < mentions.size(); ++c) {
        mention& change = mentions[c];
        if (change.kind != mention_kind::change || change.from || change.parent) continue;
        if (change.to) {
            // "to $66,940 (EUR 61,600) from $62,330"
            std::size_t const to = *change.to;
            if (mentions[to].end != change.end) continue;
            std::size_t const aside = next_top(mentions, to);
            if (aside >= mentions.size() || mentions[aside].sentence != change.sentence || mentions[aside].parent ||
                mentions[aside].kind != mention_kind::money)
                continue;
            std::size_t const old = next_top(mentions, aside);
            if (old >= mentions.size() || mentions[old].sentence != change.sentence || mentions[old].parent) continue;
            if (prose.substr(change.end, mentions[aside].begin - change.end) != " (" ||
                prose.substr(mentions[aside].end, mentions[old].begin - mentions[aside].end) != ") from ")
                continue;
            if (!one_measure(mentions[to], mentions[old])) continue;
            change.from = old;
            mentions[old].parent = c;
            continue;
        }
        if (!change.amount || mentions[*change.amount].end != change.end) continue;
        // "rose 9.6% sequentially to $6.6 billion from $5.82 billion", "144% on-year to", "y/y", "q/q", "on a
        // quarterly basis", "in dollar terms": how the change is measured, then both values
        {
            std::size_t at = change.end;
            while (at < prose.size() && prose[at] == ' ') ++at;
            // (looked for within 36 bytes: a text without " to " stays linear)
            std::size_t const found = prose.substr(at, 36).find(" to ");
            std::size_t const to_at = found == std::string_view::npos ? found : at + found;
            if (to_at != std::string_view::npos && to_at > at && to_at - at <= 32) {
                std::string const how = text::lower(prose.substr(at, to_at - at));
                bool const measured = how == "sequentially" || how == "on-year" || how == "on-quarter" ||
                                      how == "on-month" || how == "y/y" || how == "q/q" || how == "m/m" ||
                                      how == "yoy" || how == "on year" || how == "on quarter" || how == "on month" ||
                                      // (a basis of time or as reported; not "on a comparable-store basis",
                                      // "like-for-like": a measure other than the totals after it)
                                      how == "on a quarterly basis" || how == "on a sequential basis" ||
                                      how == "on an annual basis" || how == "on a yearly basis" ||
                                      how == "on a monthly basis" || how == "on a reported basis" ||
                                      how == "on a year-on-year basis" || how == "on a quarter-on-quarter basis" ||
                                      how == "in nominal terms" || how == "in dollar terms" || how == "in euro terms" ||
                                      how == "in sterling terms" || how == "in yen terms";
                if (measured) {
                    std::size_t to = next_top(mentions, c);
                    while (to < mentions.size() && mentions[to].begin < to_at + 4 &&
                           mentions[to].sentence == change.sentence)
                        to = next_top(mentions, to);
                    // (a currency's terms, the values in it: "in dollar terms to $6.6 billion")
                    auto const in_terms = [&](mention const& value) {
                        return !how.ends_with(" terms") || how == "in nominal terms" ||
                               (how == "in dollar terms" && value.unit == "USD") ||
                               (how == "in euro terms" && value.unit == "EUR") ||
                               (how == "in sterling terms" && value.unit == "GBP") ||
                               (how == "in yen terms" && value.unit == "JPY");
                    };
                    if (link_values(c, to, to_at + 4, in_terms)) continue;
                }
            }
        }
        // "up 9.4% on the week, to $66,940 from $62,330": an amount told with "up" or "down", a time of a
        // few words, a comma, then both values
        std::string_view const head = text::first_word(prose.substr(change.begin, change.end - change.begin));
        if (!text::iequals(head, "up") && !text::iequals(head, "down")) continue;
        std::size_t const found = prose.substr(change.end, 37).find(", to ");
        if (found > 32) continue; // (npos too)
        std::size_t const comma = change.end + found;
        std::string const lead = text::lower(prose.substr(change.end, comma - change.end));
        auto const time = text::words(lead);
        if (time.empty() || time.size() > 5 ||
            !text::contains_any_word(time[0], {"on", "since", "in", "over", "for", "this", "last", "so"}))
            continue;
        if (std::any_of(time.begin(), time.end(), [](std::string_view w) {
                return std::any_of(w.begin(), w.end(), [](char ch) { return text::is_digit(ch); }) &&
                       !(w.size() <= 2); // ("in the past 7 days", not a figure of its own)
            }))
            continue;
        std::size_t to = next_top(mentions, c);
        while (to < mentions.size() && mentions[to].end <= comma) to = next_top(mentions, to);
        link_values(c, to, comma + 5, [](mention const&) { return true; });
    }
}

} // namespace

std::optional<calendar_date> parse_iso_date(std::string_view text) noexcept {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    calendar_date d;
    auto read = [&](std::size_t at, std::size_t n, int& out) {
        auto const r = std::from_chars(text.data() + at, text.data() + at + n, out);
        return r.ec == std::errc{} && r.ptr == text.data() + at + n;
    };
    if (!read(0, 4, d.year) || !read(5, 2, d.month) || !read(8, 2, d.day)) return std::nullopt;
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month)) return std::nullopt;
    // (a year a text can be dated in: not 0000, whose "last year" would be -0001, nor 9999, whose dates run on)
    if (d.year < 1000 || d.year > 9998) return std::nullopt;
    return d;
}

std::array<std::string_view, 11> const grammar_names{"change",        "comparison", "age",      "date",
                                                     "relative-time", "period",     "duration", "money",
                                                     "percent",       "ordinal",    "number"};

extraction extract(document const& doc, std::optional<calendar_date> reference, scan_mode mode) {
    extraction result;
    result.sentences = split_sentences(doc.prose);
    if (!doc.sections.empty()) {
        auto next = doc.sections.begin();
        std::size_t section = 0;
        for (auto& s : result.sentences) {
            while (next != doc.sections.end() && *next <= s.begin) {
                ++next;
                ++section;
            }
            s.section = section;
        }
    }
    // News copy has about one mention per 75 bytes (Reuters), dense articles one per 30:
    // reserving that much saves moving every mention as the vector grows (-0.7% instructions,
    // the same peak memory over the corpus).
    result.mentions.reserve(doc.prose.size() / 32 + 8);
    // The grammars read a line break, a carriage return or a tab inside a sentence as a space
    // ("60 basis\npoints", "more\nthan", "U.S.\ndlrs" in wrapped copy), through a copy of the prose
    // of the same length (every offset stays the same).
    thread_local std::string flat; // (reused: no allocation per document)
    flat.resize(doc.prose.size());
    {
        // Branch-free: about one instruction per byte, where a test and a store per byte cost eight
        // times that (callgrind on the first 2,000 Reuters articles).
        auto const* __restrict in = reinterpret_cast<unsigned char const*>(doc.prose.data());
        auto* __restrict out = reinterpret_cast<unsigned char*>(flat.data());
        for (std::size_t i = 0, n = doc.prose.size(); i < n; ++i) {
            unsigned char const c = in[i];
            bool const space = (c == '\n') | (c == '\r') | (c == '\t');
            out[i] = space ? static_cast<unsigned char>(' ') : c;
        }
    }
    grammar::text_scope const text(flat);
    scanner scan(flat, result.mentions, reference, result.statistics, mode);
    for (std::size_t i = 0; i < result.sentences.size(); ++i) scan.scan(result.sentences[i], i);
    mark_dateline(doc.prose, result.mentions, doc.sections);
    pounds_of_weight(doc.prose, result.mentions);
    thresholds_named_mark(doc.prose, result.mentions);
    counts_before_won(doc.prose, result.mentions);
    ages_in_brackets(doc.prose, result.mentions);
    bare_dollars_take_named(doc.prose, result.sentences, result.mentions);
    signed_lists_take_scale(doc.prose, result.mentions);
    span_starts_take_end_year(doc.prose, result.mentions);
    exact_beside_exact(doc.prose, result.mentions);
    unlink_comma_bases(doc.prose, result.mentions);
    join_values_after_period(doc.prose, result.mentions);
    join_from_after_period(doc.prose, result.mentions);
    join_to_after_base_period(doc.prose, result.mentions);
    join_from_the(doc.prose, result.mentions);
    join_from_after_of(doc.prose, result.mentions);
    old_years_after_time_words(doc.prose, result.mentions);
    join_values_set_off(doc.prose, result.mentions);
    join_values_after_taking(doc.prose, result.mentions);
    join_market_levels(doc.prose, result.mentions);
    days_before_a_date(doc.prose, result.mentions);
    weekday_after_date(doc.prose, result.mentions, reference);
    quarter_restating_a_figure(doc.prose, result.mentions);
    day_before_as_apposition(doc.prose, result.mentions);
    quarters_of_a_fiscal_year(doc.prose, result.mentions);
    quarters_by_last_month(doc.prose, result.mentions);
    following_weekdays(doc.prose, result.mentions);
    later_after_a_date(doc.prose, result.mentions);
    weeks_of_a_date(doc.prose, result.mentions);
    quarters_restated(doc.prose, result.mentions);
    times_as_values(doc.prose, result.mentions);
    join_from_possessive_time(doc.prose, result.mentions);
    values_after_aside(doc.prose, result.mentions);
    amount_ranges_before_base(doc.prose, result.mentions);
    ages_after_at(doc.prose, result.mentions);
    listed_ages(doc.prose, result.mentions);
    ages_after_born(doc.prose, result.mentions);
    nouns_of_change_as_subjects(doc.prose, result.mentions);
    speeds_of_times(doc.prose, result.sentences, result.mentions);
    points_of_percentages(result.mentions);
    elided_count_nouns(doc.prose, result.mentions);
    position_cursor cursor;
    for (auto& m : result.mentions) {
        m.span = doc.span_of(m.begin, m.end, cursor);
        m.text = doc.source.substr(m.span.begin, m.span.end - m.span.begin);
    }
    return result;
}

std::vector<mention> extract_text(std::string_view text, std::optional<calendar_date> reference) {
    document doc = read_document("<text>", std::string(text), document_format::plain);
    return extract(doc, reference).mentions;
}

} // namespace numcheck
