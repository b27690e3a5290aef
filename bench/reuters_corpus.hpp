#pragma once
// Reads the Reuters-21578 SGML files for the benchmarks: each <REUTERS> element's <DATE> and <BODY>,
// unescaped and made valid UTF-8. Shared by numcheck_bench and numcheck_mutations.
#include <algorithm>
#include <array>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "numcheck/extract.hpp"
#include "numcheck/utf8.hpp"

namespace bench {

namespace fs = std::filesystem;

struct article {
    std::string id;   ///< "reut2-017.sgm#NEWID" for error messages
    std::string body; ///< valid UTF-8
    std::optional<numcheck::calendar_date> date;
};

struct corpus {
    std::vector<article> articles;
    std::size_t elements = 0;      ///< <REUTERS> elements seen
    std::size_t bytes = 0;         ///< body bytes after unescaping
    std::size_t invalid_bytes = 0; ///< bytes replaced by '?'
    std::size_t undated = 0;       ///< articles whose DATE did not parse
};

inline std::optional<std::string> read_file(fs::path const& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return bytes;
}

/// The text between <tag> and </tag> inside `element`, or nullopt.
inline std::optional<std::string_view> element_text(std::string_view element, std::string_view open,
                                                    std::string_view close) {
    std::size_t const begin = element.find(open);
    if (begin == std::string_view::npos) return std::nullopt;
    std::size_t const text = begin + open.size();
    std::size_t const end = element.find(close, text);
    if (end == std::string_view::npos) return std::nullopt;
    return element.substr(text, end - text);
}

inline void append_utf8(std::string& out, char32_t cp) {
    auto byte = [](char32_t v) { return static_cast<char>(static_cast<unsigned char>(v)); };
    if (cp < 0x80) {
        out += byte(cp);
    } else if (cp < 0x800) {
        out += byte(0xC0 | (cp >> 6));
        out += byte(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += byte(0xE0 | (cp >> 12));
        out += byte(0x80 | ((cp >> 6) & 0x3F));
        out += byte(0x80 | (cp & 0x3F));
    } else {
        out += byte(0xF0 | (cp >> 18));
        out += byte(0x80 | ((cp >> 12) & 0x3F));
        out += byte(0x80 | ((cp >> 6) & 0x3F));
        out += byte(0x80 | (cp & 0x3F));
    }
}

/// SGML text to plain text: &lt; &gt; &amp; unescaped, numeric references to control characters
/// dropped (other numeric references encoded), anything else left as it is.
inline std::string unescape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t const amp = text.find('&', at);
        if (amp == std::string_view::npos) {
            out.append(text.substr(at));
            break;
        }
        out.append(text.substr(at, amp - at));
        std::string_view const rest = text.substr(amp);
        if (rest.starts_with("&lt;")) {
            out += '<';
            at = amp + 4;
        } else if (rest.starts_with("&gt;")) {
            out += '>';
            at = amp + 4;
        } else if (rest.starts_with("&amp;")) {
            out += '&';
            at = amp + 5;
        } else if (rest.starts_with("&#")) {
            std::uint32_t cp = 0;
            auto const [stop, ec] = std::from_chars(rest.data() + 2, rest.data() + rest.size(), cp);
            if (ec == std::errc{} && stop < rest.data() + rest.size() && *stop == ';') {
                if (cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp < 0xA0) && cp <= 0x10FFFF &&
                    !(cp >= 0xD800 && cp < 0xE000))
                    append_utf8(out, static_cast<char32_t>(cp));
                else if (cp == '\n' || cp == '\t')
                    out += static_cast<char>(cp);
                at = amp + static_cast<std::size_t>(stop - rest.data()) + 1;
            } else {
                out += '&';
                at = amp + 1;
            }
        } else {
            out += '&';
            at = amp + 1;
        }
    }
    return out;
}

/// Replaces every byte that does not start a well-formed UTF-8 sequence (and NUL) by '?'.
inline std::size_t repair_utf8(std::string& text) {
    std::size_t replaced = 0;
    for (char& c : text) {
        if (c == '\0') {
            c = '?';
            ++replaced;
        }
    }
    std::size_t from = 0;
    while (auto bad = numcheck::utf8::first_invalid(std::string_view(text).substr(from))) {
        std::size_t const at = from + *bad;
        text[at] = '?';
        ++replaced;
        from = at + 1;
    }
    return replaced;
}

/// "26-FEB-1987 15:01:01.79" (leading blanks allowed) to a calendar date.
inline std::optional<numcheck::calendar_date> parse_reuters_date(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n'))
        text.remove_prefix(1);
    int day = 0;
    auto const [after_day, ec_day] = std::from_chars(text.data(), text.data() + text.size(), day);
    if (ec_day != std::errc{} || after_day == text.data() + text.size() || *after_day != '-') return std::nullopt;
    text.remove_prefix(static_cast<std::size_t>(after_day - text.data()) + 1);
    if (text.size() < 4 || text[3] != '-') return std::nullopt;
    static constexpr std::array<std::string_view, 12> months{"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                             "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    auto const found = std::find(months.begin(), months.end(), text.substr(0, 3));
    if (found == months.end()) return std::nullopt;
    int const month = static_cast<int>(found - months.begin()) + 1;
    text.remove_prefix(4);
    int year = 0;
    auto const [after_year, ec_year] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (ec_year != std::errc{} || after_year - text.data() != 4) return std::nullopt;
    if (day < 1 || day > 31) return std::nullopt;
    return numcheck::calendar_date{year, month, day};
}

/// Loads reut2-000.sgm ... reut2-021.sgm, stopping after `limit` articles. Returns false when a
/// file cannot be read.
inline bool load_corpus(fs::path const& dir, corpus& out, std::optional<std::size_t> limit) {
    for (int n = 0; n <= 21 && !(limit && out.articles.size() >= *limit); ++n) {
        char name[32];
        std::snprintf(name, sizeof name, "reut2-%03d.sgm", n);
        auto const bytes = read_file(dir / name);
        if (!bytes) {
            std::fprintf(stderr, "numcheck_bench: cannot read %s\n", (dir / name).string().c_str());
            return false;
        }
        std::string_view const file = *bytes;
        std::size_t at = 0;
        while (!(limit && out.articles.size() >= *limit)) {
            std::size_t const begin = file.find("<REUTERS", at);
            if (begin == std::string_view::npos) break;
            std::size_t end = file.find("</REUTERS>", begin);
            if (end == std::string_view::npos) end = file.size();
            std::string_view const element = file.substr(begin, end - begin);
            at = end;
            ++out.elements;

            auto const body = element_text(element, "<BODY>", "</BODY>");
            if (!body) continue;
            article a;
            std::string_view newid = "?";
            if (std::size_t const id = element.find("NEWID=\""); id != std::string_view::npos) {
                std::size_t const close = element.find('"', id + 7);
                if (close != std::string_view::npos) newid = element.substr(id + 7, close - id - 7);
            }
            a.id = std::string(name) + "#" + std::string(newid);
            if (auto const date = element_text(element, "<DATE>", "</DATE>")) a.date = parse_reuters_date(*date);
            if (!a.date) ++out.undated;
            a.body = unescape(*body);
            out.invalid_bytes += repair_utf8(a.body);
            out.bytes += a.body.size();
            out.articles.push_back(std::move(a));
        }
    }
    return true;
}

} // namespace bench
