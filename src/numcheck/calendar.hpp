#pragma once
/// Calendar arithmetic on the proleptic Gregorian calendar (days counted from 1970-01-01), and the
/// names of months and weekdays as articles write them.
#include <array>
#include <string_view>

namespace numcheck::calendar {

constexpr bool is_leap(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

constexpr int days_in_month(int y, int m) noexcept {
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

/// Days since 1970-01-01.
constexpr long days_from_civil(int y, int m, int d) noexcept {
    y -= m <= 2;
    long const era = (y >= 0 ? y : y - 399) / 400;
    long const yoe = y - era * 400;
    long const doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct ymd {
    int year = 0, month = 0, day = 0;
};

constexpr ymd civil_from_days(long z) noexcept {
    z += 719468;
    long const era = (z >= 0 ? z : z - 146096) / 146097;
    long const doe = z - era * 146097;
    long const yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long const y = yoe + era * 400;
    long const doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long const mp = (5 * doy + 2) / 153;
    long const d = doy - (153 * mp + 2) / 5 + 1;
    long const m = mp + (mp < 10 ? 3 : -9);
    return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

/// ISO weekday, 1 Monday ... 7 Sunday.
constexpr int weekday_of(long days) noexcept { return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1; }

constexpr char const* weekday_name(int iso_weekday) noexcept {
    constexpr char const* names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    return iso_weekday >= 1 && iso_weekday <= 7 ? names[iso_weekday - 1] : "";
}

/// The ISO weekday (1 Monday ... 7 Sunday) a weekday's full name stands for, in any letter case;
/// 0 for any other word.
constexpr int weekday_number(std::string_view word) noexcept {
    for (int k = 1; k <= 7; ++k) {
        std::string_view const name = weekday_name(k);
        if (name.size() != word.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < name.size() && same; ++i) {
            char c = word[i];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            char n = name[i];
            if (n >= 'A' && n <= 'Z') n = static_cast<char>(n - 'A' + 'a');
            same = c == n;
        }
        if (same) return k;
    }
    return 0;
}

/// Month names in lower case, in full and abbreviated ("sept" and "sep"), as articles write them.
inline constexpr std::array<std::string_view, 24> month_names{
    "january",   "february", "march",    "april",    "may",  "june", "july", "august",
    "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
    "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};

/// Whether `lower_word` (already in lower case) names a month, in full or abbreviated.
constexpr bool is_month_name(std::string_view lower_word) noexcept {
    for (std::string_view const m : month_names)
        if (m == lower_word) return true;
    return false;
}

/// The month (1-12) a lower-case name in month_names stands for; 0 for any other word. (Its first
/// three letters decide: "sept" and "sep" are September.)
constexpr int month_number(std::string_view lower_word) noexcept {
    if (!is_month_name(lower_word)) return 0;
    for (std::size_t k = 0; k < 12; ++k)
        if (month_names[k].substr(0, 3) == lower_word.substr(0, 3)) return static_cast<int>(k + 1);
    return 0;
}

} // namespace numcheck::calendar
