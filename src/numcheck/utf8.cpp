#include "numcheck/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace numcheck::utf8 {

std::optional<std::size_t> first_invalid(std::string_view bytes) noexcept {
    auto const* s = reinterpret_cast<unsigned char const*>(bytes.data());
    std::size_t const n = bytes.size();
    std::size_t i = 0;
    while (i < n) {
        // ASCII fast path, 32 and then eight bytes at a time.
        constexpr std::uint64_t high_bits = 0x8080808080808080ULL;
        auto const load = [&](std::size_t at) {
            std::uint64_t word;
            std::memcpy(&word, s + at, sizeof word);
            return word;
        };
        while (i + 32 <= n && ((load(i) | load(i + 8) | load(i + 16) | load(i + 24)) & high_bits) == 0) i += 32;
        while (i + 8 <= n && (load(i) & high_bits) == 0) i += 8;
        if (i >= n) break;
        unsigned char const c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        auto cont = [&](std::size_t k) { return i + k < n && (s[i + k] & 0xC0) == 0x80; };
        if (c >= 0xC2 && c <= 0xDF) {
            if (!cont(1)) return i;
            i += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            if (!cont(1) || !cont(2)) return i;
            unsigned char const c1 = s[i + 1];
            if (c == 0xE0 && c1 < 0xA0) return i; // overlong
            if (c == 0xED && c1 > 0x9F) return i; // surrogate
            i += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            if (!cont(1) || !cont(2) || !cont(3)) return i;
            unsigned char const c1 = s[i + 1];
            if (c == 0xF0 && c1 < 0x90) return i; // overlong
            if (c == 0xF4 && c1 > 0x8F) return i; // above U+10FFFF
            i += 4;
        } else {
            return i;
        }
    }
    return std::nullopt;
}

bool is_ascii(std::string_view bytes) noexcept {
    auto const* s = reinterpret_cast<unsigned char const*>(bytes.data());
    std::size_t const n = bytes.size();
    std::size_t i = 0;
    std::uint64_t seen = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, s + i, sizeof word);
        seen |= word;
    }
    for (; i < n; ++i) seen |= s[i];
    return (seen & 0x8080808080808080ULL) == 0;
}

std::size_t ascii_prefix(std::string_view bytes) noexcept {
    auto const* s = reinterpret_cast<unsigned char const*>(bytes.data());
    std::size_t const n = bytes.size();
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, s + i, sizeof word);
        if ((word & 0x8080808080808080ULL) != 0) break;
    }
    while (i < n && s[i] < 0x80) ++i;
    return i;
}

char32_t decode(char const* p) noexcept {
    auto const* s = reinterpret_cast<unsigned char const*>(p);
    switch (sequence_length(s[0])) {
    case 1:
        return s[0];
    case 2:
        return static_cast<char32_t>(((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu));
    case 3:
        return static_cast<char32_t>(((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu));
    default:
        return static_cast<char32_t>(((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
                                     (s[3] & 0x3Fu));
    }
}

std::size_t count_code_points(std::string_view text) noexcept {
    std::size_t count = 0;
    for (char const c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    return count;
}

} // namespace numcheck::utf8
