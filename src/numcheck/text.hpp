#pragma once
/// Small ASCII text helpers for the claim model and the rules (the prose is already folded to
/// ASCII punctuation; letters outside ASCII are never part of a cue word).
#include <array>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace numcheck::text {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_alnum(char c) noexcept { return is_digit(c) || is_alpha(c); }
constexpr bool is_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }

/// Whether the two bytes at `s[i]` are a Latin letter outside ASCII ("ü", "Á", "č", "ł", "ș": U+00C0 to
/// U+027F, not "×" or "÷").
constexpr bool latin_letter_at(std::string_view s, std::size_t i) noexcept {
    if (i + 1 >= s.size()) return false;
    auto const lead = static_cast<unsigned char>(s[i]), next = static_cast<unsigned char>(s[i + 1]);
    if (lead < 0xC3 || lead > 0xC9 || next < 0x80 || next > 0xBF) return false;
    return !(lead == 0xC3 && (next == 0x97 || next == 0xB7));
}

/// The end of the word of letters that begins at `s[i]`, Latin letters outside ASCII among them ("Müller",
/// "Álvarez", "Bergström").
constexpr std::size_t letters_end(std::string_view s, std::size_t i) noexcept {
    while (i < s.size()) {
        if (is_alpha(s[i]))
            ++i;
        else if (latin_letter_at(s, i))
            i += 2;
        else
            break;
    }
    return i;
}

/// Whether `word` begins with a capital: an ASCII one or a Latin one outside ASCII ("Álvarez", "Čapek",
/// "Øvergaard", "Łukasz").
constexpr bool starts_with_capital(std::string_view word) noexcept {
    if (word.empty()) return false;
    if (is_upper(word[0])) return true;
    if (!latin_letter_at(word, 0)) return false;
    auto const lead = static_cast<unsigned char>(word[0]), next = static_cast<unsigned char>(word[1]);
    if (lead == 0xC3) return next <= 0x9E; // À to Þ
    unsigned const code = ((lead & 0x1Fu) << 6) | (next & 0x3Fu);
    if (code > 0x17F) return false;
    // (in Latin Extended-A a capital is even, but for Ĺ to Ň and Ź to Ž, which are odd; ĸ has none)
    bool const odd = (code >= 0x139 && code <= 0x148) || (code >= 0x179 && code <= 0x17E);
    return code != 0x138 && (code % 2 == 1) == odd;
}
constexpr bool is_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }

inline std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    return out;
}

/// Whether `word` is `lower` (lower case) in any case, without building a string.
constexpr bool iequals(std::string_view word, std::string_view lower) noexcept {
    if (word.size() != lower.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        char const c = word[i];
        if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c) != lower[i]) return false;
    }
    return true;
}

/// Whether `s` begins with `lower_prefix` (lower case) in any letter case.
constexpr bool istarts_with(std::string_view s, std::string_view lower_prefix) noexcept {
    return s.size() >= lower_prefix.size() && iequals(s.substr(0, lower_prefix.size()), lower_prefix);
}

/// Whether `s` ends with `lower_suffix` (lower case) in any letter case.
constexpr bool iends_with(std::string_view s, std::string_view lower_suffix) noexcept {
    return s.size() >= lower_suffix.size() && iequals(s.substr(s.size() - lower_suffix.size()), lower_suffix);
}

/// The runs of letters and digits in `s` ("i.e." gives "i", "e"; "year-on-year" three words).
inline std::vector<std::string_view> words(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && !is_alnum(s[i])) ++i;
        std::size_t const begin = i;
        while (i < s.size() && is_alnum(s[i])) ++i;
        if (i > begin) out.push_back(s.substr(begin, i - begin));
    }
    return out;
}

/// The first of words(s), or an empty view when there is none (without building the list).
inline std::string_view first_word(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && !is_alnum(s[i])) ++i;
    std::size_t const begin = i;
    while (i < s.size() && is_alnum(s[i])) ++i;
    return s.substr(begin, i - begin);
}

/// The last of words(s), or an empty view when there is none (without building the list).
inline std::string_view last_word(std::string_view s) {
    std::size_t i = s.size();
    while (i > 0 && !is_alnum(s[i - 1])) --i;
    std::size_t const end = i;
    while (i > 0 && is_alnum(s[i - 1])) --i;
    return s.substr(i, end - i);
}

/// Whether `word` is a comparative that makes a figure before it a change set against a base
/// ("12% higher than", "$3 billion more than", "4,000 fewer", "20% above the $40 offer price"), in any letter case.
constexpr bool is_comparative(std::string_view word) noexcept {
    for (std::string_view const c : {"higher", "lower", "more", "less", "fewer", "greater", "cheaper", "dearer",
                                     "costlier", "pricier", "above", "below"})
        if (iequals(word, c)) return true;
    return false;
}

/// True when `lower_text` holds one of `candidates` as a whole word.
inline bool contains_any_word(std::string_view lower_text, std::initializer_list<std::string_view> candidates) {
    for (auto const word : words(lower_text))
        for (auto const c : candidates)
            if (word == c) return true;
    return false;
}

/// The year a normalised time value starts with ("2022", "2023-Q1", "2024-04-09"); nullopt when it
/// does not start with exactly four digits ("XXXX-04-08", "FY2023", "19990").
inline std::optional<int> leading_year(std::string_view value) {
    if (value.size() < 4) return std::nullopt;
    int year = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        if (!is_digit(value[i])) return std::nullopt;
        year = year * 10 + (value[i] - '0');
    }
    if (value.size() > 4 && is_digit(value[4])) return std::nullopt;
    return year;
}

/// Whether a normalised time value is a split year ("1986/1987": "1986/87", "the 2022-23 season").
inline bool is_split_year(std::string_view value) {
    if (value.size() != 9 || value[4] != '/') return false;
    for (std::size_t i = 0; i < 9; ++i)
        if (i != 4 && !is_digit(value[i])) return false;
    return true;
}

/// The count a lower-case word spells, "one" to "ten" ("among the four", "across the three services").
constexpr std::optional<int> spelled_count(std::string_view lower_word) noexcept {
    constexpr std::array<std::string_view, 10> counts{"one", "two",   "three", "four", "five",
                                                      "six", "seven", "eight", "nine", "ten"};
    for (std::size_t i = 0; i < counts.size(); ++i)
        if (counts[i] == lower_word) return static_cast<int>(i) + 1;
    return std::nullopt;
}

} // namespace numcheck::text
