#pragma once
// What the grammars produce. Plain structs filled by semantic actions; extraction (src/numcheck/
// extract.cpp) turns them into mentions. Only grammars/ and extract.cpp include this file.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace numcheck::grammar::ast {

/// The span a rule matched, as pointers into the prose being parsed. Recorded by
/// annotate_span::on_success (see lexicon.hpp); the iterator is a pointer, so a pair of pointers
/// is the whole position and needs no position cache.
struct tagged {
    char const* first = nullptr;
    char const* last = nullptr;
};

enum class quantity_kind : std::uint8_t { number, money, percent, points };

/// A number, an amount of money, a percentage or percentage points.
struct quantity : tagged {
    quantity_kind kind = quantity_kind::number;
    // The digits and the counted noun are views of the parsed text (which outlives the AST), so
    // that resetting, remembering and copying a quantity copies no characters.
    std::string_view numeral;    ///< digits as written ("1,234.5"); empty when spelled out
    std::string_view numeral_to; ///< the upper end of a range ("18" in "16-18 dlrs")
    bool last_digits_to = false; ///< numeral_to is the upper end's last digits ("65" in "5.63-65 pct")
    double spelled_to = 0;       ///< the upper end of a spelled range (6 in "five to six billion")
    double low_groups = 1;       ///< the low end's thousands said once: 1,000 in "140-150,000 bpd"
    double spelled = 0;          ///< value of a spelled-out number or fraction ("two-thirds")
    bool fraction = false;       ///< spelled value is a fraction or ratio ("a third", "one in five")
    bool negative = false;
    double mixed_fraction = 0;  ///< "1 1/2": the 0.5
    double fraction_of = 1;     ///< what the mixed fraction is a fraction of: 1e9 in "five billion and a half"
    double scale = 1;           ///< million, bn, k, crore
    double factor = 1;          ///< cents: 0.01 of the currency; basis points: 0.01 point
    std::string currency;       ///< ISO 4217 code for money
    std::string per;            ///< "share" in "1.50 dlrs per share"
    std::string_view unit_word; ///< counted noun: "tonnes", "passengers"
    std::string hedge;          ///< "about", "more than", ...

    /// Takes the value of `amount` (digits, spelled value, scale, sign), keeping what this
    /// quantity already says about itself (kind, currency, hedge, unit, per).
    void take_value_of(quantity const& amount) {
        numeral = amount.numeral;
        numeral_to = amount.numeral_to;
        last_digits_to = amount.last_digits_to;
        spelled_to = amount.spelled_to;
        low_groups = amount.low_groups;
        spelled = amount.spelled;
        fraction = amount.fraction;
        negative = amount.negative;
        mixed_fraction = amount.mixed_fraction;
        fraction_of = amount.fraction_of;
        scale = amount.scale;
        factor = amount.factor;
    }

    /// Whether this is a range ("16-18 dlrs", "five to six billion").
    [[nodiscard]] bool is_range() const { return !numeral_to.empty() || spelled_to != 0; }

    /// Back to a fresh value without giving up the strings' storage (rules reset at every
    /// alternative, so this is on the hot path).
    void reset() {
        first = last = nullptr;
        kind = quantity_kind::number;
        numeral = {};
        numeral_to = {};
        last_digits_to = false;
        spelled_to = 0;
        low_groups = 1;
        spelled = 0;
        fraction = false;
        negative = false;
        mixed_fraction = 0;
        fraction_of = 1;
        scale = 1;
        factor = 1;
        currency.clear();
        per.clear();
        unit_word = {};
        hedge.clear();
    }
};

/// A change: direction, amount and the values it goes from and to; or a multiplier.
struct change : tagged {
    int direction = 0;     ///< +1 up, -1 down, 0 stated only through from/to
    double multiplier = 0; ///< 2 for doubled, 0.5 for halved; 0 when not a multiplier
    std::optional<quantity> amount;
    std::optional<quantity> to;
    std::optional<quantity> from;
    bool object = false; ///< a verb, its object, then the values: "raised its prime rate to 7.75 pct from 7.50"
    std::string_view
        measure; ///< a noun's measure after "in": "operating profit" in "a 12% fall in operating profit to"

    void reset() {
        first = last = nullptr;
        direction = 0;
        multiplier = 0;
        object = false;
        measure = {};
        amount.reset();
        to.reset();
        from.reset();
    }
};

enum class time_kind : std::uint8_t { year, period, relative, date, duration, age, comparison };

/// Years, periods, relative time, dates, durations, ages and comparison markers.
struct temporal : tagged {
    time_kind kind = time_kind::year;
    int year = 0;     ///< 0: not stated
    int year_end = 0; ///< 1987 in "1986/87", 2023 in "the 2022-23 season"
    int month = 0;
    int month_end = 0; ///< 4 in "the February-April period" (month 2); year is the last month's
    int day = 0;
    int quarter = 0;
    int half = 0;
    int decade = 0;  ///< 1990 for "the 1990s"
    int century = 0; ///< 19 for "the 20th century" and "the 1900s" (TimeML's "19")
    int weekday = 0; ///< 1 Monday ... 7 Sunday
    int holiday = 0; ///< a holiday whose date moves: 1 Thanksgiving, 2 Labor Day, 3 Memorial Day, 4 Election Day,
                     ///< 5 Easter Sunday, 6 Good Friday, 7 Easter Monday, 8 Black Friday, 9 Cyber Monday,
                     ///< 10 Easter week (the week of Easter Sunday)
    int day_end = 0; ///< 27 in "26-27 June": the last day of a range of days told before the month
    int nth = 0;     ///< a weekday counted in its month: 1 "the first Thursday in May" ... 4, -1 "the last Sunday"
    bool fiscal = false;
    bool season = false;
    bool ambiguous = false; ///< 4/9/2024: month and day could be either way round
    bool dateline = false;
    // Relative time: `offset` units from the reference date ("last year": year, -1) or, when
    // `anchored`, from the period the text is about ("a year earlier", "the previous year").
    std::string unit; ///< year, month, week, quarter, day, weekday, season, ytd
    int offset = 0;
    bool anchored = false;
    bool since = false;    ///< "since 2019"
    bool definite = false; ///< "the weekend": the one the story is about, not counted from today
    // Durations and ages.
    double amount = 0;
    double amount_low = 0; ///< a range's low end: 6 in "six to eight weeks" (0: no range)
    std::string hedge;
    int age = 0;
    int age_to = 0; ///< a range's high end: 24 in "aged 18 to 24" (0: no range)
    int born = 0;
    std::string marker;           ///< comparison marker as said ("compared with")
    std::vector<temporal> object; ///< what a comparison marker compares with ("compared with 2022")

    /// Back to a fresh value of `new_kind` without giving up storage (see quantity::reset).
    void reset(time_kind new_kind) {
        first = last = nullptr;
        kind = new_kind;
        year = year_end = month = month_end = day = quarter = half = decade = century = weekday = holiday = nth =
            day_end = 0;
        fiscal = season = ambiguous = dateline = false;
        unit.clear();
        offset = 0;
        anchored = since = definite = false;
        amount = amount_low = 0;
        hedge.clear();
        age = age_to = born = 0;
        marker.clear();
        object.clear();
    }
};

} // namespace numcheck::grammar::ast
