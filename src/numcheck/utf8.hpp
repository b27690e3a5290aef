#pragma once
/// UTF-8 validation and decoding.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace numcheck::utf8 {

/// Offset of the first byte that does not start a well-formed UTF-8 sequence, or nullopt.
/// Overlong forms, surrogates and code points above U+10FFFF are ill-formed.
std::optional<std::size_t> first_invalid(std::string_view bytes) noexcept;

/// Whether every byte is below 0x80 (eight bytes at a time).
bool is_ascii(std::string_view bytes) noexcept;

/// How many bytes at the start are below 0x80 (eight at a time).
std::size_t ascii_prefix(std::string_view bytes) noexcept;

/// Length in bytes of the (valid) sequence whose lead byte is `lead`.
constexpr std::size_t sequence_length(unsigned char lead) noexcept {
    if (lead < 0x80) return 1;
    if (lead < 0xE0) return 2;
    if (lead < 0xF0) return 3;
    return 4;
}

/// Decodes the valid sequence at `p` (at least sequence_length bytes available).
char32_t decode(char const* p) noexcept;

/// Number of code points in valid UTF-8 text.
std::size_t count_code_points(std::string_view text) noexcept;

} // namespace numcheck::utf8
