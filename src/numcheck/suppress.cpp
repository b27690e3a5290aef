#include "numcheck/suppress.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <optional>

namespace numcheck {

namespace {

constexpr std::string_view prefix = "numcheck-";

bool is_blank(char c) noexcept { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (is_blank(s.front()) || s.front() == '\n')) s.remove_prefix(1);
    while (!s.empty() && (is_blank(s.back()) || s.back() == '\n')) s.remove_suffix(1);
    return s;
}

/// 0-based index of the line holding `offset`.
std::size_t line_index(std::vector<std::size_t> const& line_starts, std::size_t offset) {
    auto const it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
    return it == line_starts.begin() ? 0 : static_cast<std::size_t>(it - line_starts.begin()) - 1;
}

/// The directive in a comment's body ("numcheck-disable NC101 -- reason"), if it is one.
std::optional<suppression_directive> parse_body(std::string_view body) {
    body = trimmed(body);
    if (!body.starts_with(prefix)) return std::nullopt;
    std::string_view rest = body.substr(prefix.size());
    suppression_directive d;
    // Longest names first: "disable-next-line" before "disable".
    constexpr std::pair<std::string_view, directive_kind> kinds[] = {
        {"disable-next-line", directive_kind::disable_next_line},
        {"disable-line", directive_kind::disable_line},
        {"disable", directive_kind::disable},
        {"enable", directive_kind::enable},
    };
    bool matched = false;
    for (auto const& [word, kind] : kinds) {
        if (!rest.starts_with(word)) continue;
        auto const after = rest.substr(word.size());
        if (!after.empty() && !is_blank(after.front()) && after.front() != '\n' && after.front() != ',') continue;
        d.kind = kind;
        rest = after;
        matched = true;
        break;
    }
    if (!matched) {
        // ("numcheck-disable-nextline", "numcheck-ignore": meant as a directive, named by NC002)
        std::size_t e = 0;
        while (e < rest.size() && (std::isalpha(static_cast<unsigned char>(rest[e])) || rest[e] == '-')) ++e;
        if (e == 0) return std::nullopt;
        d.kind = directive_kind::unknown;
        d.written = std::string(prefix) + std::string(rest.substr(0, e));
        return d;
    }
    if (auto const dashes = rest.find("--"); dashes != std::string_view::npos) {
        d.reason = std::string(trimmed(rest.substr(dashes + 2)));
        rest = rest.substr(0, dashes);
    }
    std::size_t i = 0;
    while (i < rest.size()) {
        while (i < rest.size() && (is_blank(rest[i]) || rest[i] == ',' || rest[i] == '\n')) ++i;
        std::size_t const start = i;
        while (i < rest.size() && !is_blank(rest[i]) && rest[i] != ',' && rest[i] != '\n') ++i;
        if (i > start) d.rules.emplace_back(rest.substr(start, i - start));
    }
    return d;
}

bool inside(std::vector<std::pair<std::size_t, std::size_t>> const& ranges, std::size_t begin, std::size_t end) {
    // (the ranges are in order and apart: the last one that begins at or before `begin`)
    auto const after = std::upper_bound(ranges.begin(), ranges.end(), begin,
                                        [](std::size_t value, auto const& r) { return value < r.first; });
    return after != ranges.begin() && std::prev(after)->first <= begin && end <= std::prev(after)->second;
}

} // namespace

std::string_view name_of(directive_kind kind) noexcept {
    switch (kind) {
    case directive_kind::disable_next_line:
        return "numcheck-disable-next-line";
    case directive_kind::disable_line:
        return "numcheck-disable-line";
    case directive_kind::disable:
        return "numcheck-disable";
    case directive_kind::enable:
        return "numcheck-enable";
    case directive_kind::unknown:
        return "numcheck-?";
    }
    return "numcheck-disable";
}

namespace detail {

std::vector<suppression_directive> find_directives(std::string_view source, bool markdown,
                                                   std::vector<std::pair<std::size_t, std::size_t>> const& html_ranges,
                                                   std::vector<std::size_t> const& line_starts) {
    std::vector<suppression_directive> out;
    // The common case, one scan: "numcheck-" by its "k-", rarer in prose than its "n".
    bool any = false;
    for (std::size_t at = source.find("k-"); at != std::string_view::npos && !any; at = source.find("k-", at + 1))
        any = at >= 7 && source.substr(at - 7, prefix.size()) == prefix;
    if (!any) return out;
    auto const add = [&](suppression_directive d, std::size_t begin, std::size_t end) {
        d.span.begin = begin;
        d.span.end = end;
        std::size_t const first = line_index(line_starts, begin);
        std::size_t const last = line_index(line_starts, end == begin ? begin : end - 1);
        d.span.line = first + 1;
        d.span.column = 1 + (begin - line_starts[first]); // rewritten in code points by the reader
        if (d.kind == directive_kind::disable_line) d.target_line = first + 1;
        if (d.kind == directive_kind::disable_next_line) {
            // The next line with something on it.
            std::size_t next = last + 1;
            while (next < line_starts.size()) {
                std::size_t const line_end = next + 1 < line_starts.size() ? line_starts[next + 1] : source.size();
                if (!trimmed(source.substr(line_starts[next], line_end - line_starts[next])).empty()) break;
                ++next;
            }
            d.target_line = next + 1;
        }
        out.push_back(std::move(d));
    };

    // HTML comments.
    for (std::size_t at = source.find("<!--"); at != std::string_view::npos; at = source.find("<!--", at + 4)) {
        auto const close = source.find("-->", at + 4);
        std::size_t const end = close == std::string_view::npos ? source.size() : close + 3;
        if (markdown && !inside(html_ranges, at, end)) continue;
        if (auto d =
                parse_body(source.substr(at + 4, (close == std::string_view::npos ? source.size() : close) - at - 4)))
            add(std::move(*d), at, end);
        if (close == std::string_view::npos) break;
        at = close;
    }
    // Plain text: a line of its own, "# numcheck-disable NC205".
    if (!markdown) {
        for (std::size_t i = 0; i < line_starts.size(); ++i) {
            std::size_t const begin = line_starts[i];
            std::size_t end = i + 1 < line_starts.size() ? line_starts[i + 1] : source.size();
            std::string_view line = source.substr(begin, end - begin);
            while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
            std::string_view body = trimmed(line);
            bool marked = false;
            for (std::string_view marker : {"//", "#", ";", "%"}) {
                if (body.starts_with(marker)) {
                    body.remove_prefix(marker.size());
                    marked = true;
                    break;
                }
            }
            if (!marked) continue;
            if (auto d = parse_body(body)) add(std::move(*d), begin, begin + line.size());
        }
        std::sort(out.begin(), out.end(), [](auto const& a, auto const& b) { return a.span.begin < b.span.begin; });
    }
    return out;
}

} // namespace detail

} // namespace numcheck
