#include "numcheck/fingerprint.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace numcheck {

namespace {

constexpr std::size_t context_bytes = 48;

bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// `text` with runs of whitespace made one space, so that re-wrapping a paragraph keeps the key.
void append_collapsed(std::string& key, std::string_view text) {
    bool space = false;
    for (char c : text) {
        if (is_space(c)) {
            space = true;
            continue;
        }
        if (space && !key.empty() && key.back() != '\x1f') key.push_back(' ');
        space = false;
        key.push_back(c);
    }
}

bool continuation_byte(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// Up to `context_bytes` of source before `begin` and after `end`, within their lines and not
/// cutting a UTF-8 sequence.
std::pair<std::string_view, std::string_view> context(std::string_view source, std::size_t begin, std::size_t end) {
    begin = std::min(begin, source.size());
    end = std::clamp(end, begin, source.size());
    std::size_t left = begin > context_bytes ? begin - context_bytes : 0;
    if (auto const line = source.substr(left, begin - left).rfind('\n'); line != std::string_view::npos)
        left += line + 1;
    while (left < begin && continuation_byte(source[left])) ++left;
    std::size_t right = std::min(source.size(), end + context_bytes);
    if (auto const line = source.substr(end, right - end).find('\n'); line != std::string_view::npos)
        right = end + line;
    while (right > end && right < source.size() && continuation_byte(source[right])) --right;
    return {source.substr(left, begin - left), source.substr(end, right - end)};
}

} // namespace

std::uint64_t fnv1a(std::string_view bytes, std::uint64_t seed) noexcept {
    std::uint64_t h = seed;
    for (char const ch : bytes) {
        auto const c = static_cast<unsigned char>(ch);
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h;
}

void assign_fingerprints(document const& doc, std::vector<finding>& findings) {
    std::string_view const source = doc.source;
    std::map<std::uint64_t, int> seen;
    std::string key;
    for (auto& f : findings) {
        key.clear();
        key += f.code;
        key.push_back('\x1f');
        auto const begin = std::min(f.span.begin, source.size());
        auto const end = std::clamp(f.span.end, begin, source.size());
        append_collapsed(key, source.substr(begin, end - begin));
        key.push_back('\x1f');
        auto const [before, after] = context(source, begin, end);
        append_collapsed(key, before);
        key.push_back('\x1f');
        append_collapsed(key, after);
        for (auto const& r : f.related) {
            key.push_back('\x1f');
            auto const rb = std::min(r.span.begin, source.size());
            append_collapsed(key, source.substr(rb, std::clamp(r.span.end, rb, source.size()) - rb));
        }
        auto const hash = fnv1a(key);
        f.fingerprint = fmt::format("{:016x}:{}", hash, seen[hash]++);
    }
}

} // namespace numcheck
