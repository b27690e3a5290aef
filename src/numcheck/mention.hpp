#pragma once
/// What extraction finds: mentions of quantities and time, each with its span, normalised value,
/// rounding interval and hedge. No Spirit types here.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "numcheck/span.hpp"

namespace numcheck {

enum class mention_kind : std::uint8_t {
    number,
    ordinal,
    money,
    percent,
    percentage_points,
    change,
    multiplier,
    year,
    period,
    relative_time,
    date,
    duration,
    age,
    comparison,
};

/// The contract name of a kind ("percentage-points").
std::string_view name_of(mention_kind kind) noexcept;

/// True for kinds whose value is a number (the rest have ISO 8601-like strings).
constexpr bool is_quantity(mention_kind kind) noexcept {
    return kind <= mention_kind::multiplier || kind == mention_kind::age;
}

/// The values a stated figure stands for (DESIGN.md, rounding semantics). Bounds may be
/// infinite ("more than 300": [300, inf)).
struct interval {
    double low = 0;
    double high = 0;
    [[nodiscard]] bool contains(double x) const noexcept { return x >= low && x < high; }
};

struct mention {
    mention_kind kind = mention_kind::number;
    std::size_t begin = 0; ///< prose offsets [begin, end)
    std::size_t end = 0;
    source_span span; ///< the same in the file
    std::string text; ///< the file's text of the span
    std::size_t sentence = 0;
    std::size_t paragraph = 0;

    std::optional<double> value;   ///< quantities: the normalised number (money in currency units)
    std::optional<interval> range; ///< quantities: what the stated figure stands for
    std::string time_value;        ///< time kinds: "2022", "2023-Q1", "FY2023", "XXXX-04-08", "P2D"
    std::string unit;              ///< ISO 4217 for money, "%", "pp", "x", "years", counted noun
    std::string hedge; ///< "about", "more than", "just over", "less than", "nearly", "at least", "at most", "within"
    bool is_range = false;   ///< "16-18 dlrs": value is the midpoint, range the two ends
    bool hundredths = false; ///< money said in its currency's hundredth ("24 cents", "13p"); value in units

    // Changes and multipliers.
    int direction = 0;                 ///< +1 up, -1 down, 0 not stated
    std::optional<std::size_t> amount; ///< index of the amount mention
    std::optional<std::size_t> from;   ///< index of the before value
    std::optional<std::size_t> to;     ///< index of the after value
    std::optional<std::size_t> parent; ///< the change or comparison this mention belongs to

    // Time.
    std::string weekday;                 ///< "Tuesday" when named
    bool ambiguous = false;              ///< day and month could be swapped (4/9/2024)
    bool dateline = false;               ///< the article's dateline
    bool anchored = false;               ///< relative to another period ("a year earlier"), not to the reference date
    std::string relative_unit;           ///< year, month, week, quarter, day, weekday, ytd, since
    int relative_offset = 0;             ///< -1 for "last year", -2 for "two years ago"
    std::optional<std::string> resolved; ///< relative time resolved against the reference date
    std::string per;                     ///< "share" in "1.50 dlrs per share"
    std::optional<int> born;             ///< "born in 1970"
};

} // namespace numcheck
