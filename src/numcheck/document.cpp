#include "numcheck/document.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <numeric>
#include <sstream>

#include <fmt/format.h>

#include "numcheck/calendar.hpp"
#include "numcheck/error.hpp"
#include "numcheck/text.hpp"
#include "numcheck/utf8.hpp"

namespace numcheck {

document_format format_for_path(std::string_view path) noexcept {
    auto ends_with = [&](std::string_view suffix) {
        if (path.size() < suffix.size()) return false;
        auto tail = path.substr(path.size() - suffix.size());
        return std::equal(tail.begin(), tail.end(), suffix.begin(),
                          [](char a, char b) { return (a | 0x20) == (b | 0x20); });
    };
    return ends_with(".md") || ends_with(".markdown") ? document_format::markdown : document_format::plain;
}

std::size_t document::source_offset(std::size_t at) const noexcept {
    if (origin_.empty()) return at;
    if (at >= origin_.size()) return source.size();
    return origin_[at];
}

source_span document::span_of(std::size_t begin, std::size_t end) const {
    position_cursor cursor;
    return span_of(begin, end, cursor);
}

source_span document::span_of(std::size_t begin, std::size_t end, position_cursor& cursor) const {
    source_span span;
    span.begin = source_offset(begin);
    if (end <= begin) {
        span.end = span.begin;
    } else if (origin_.empty()) {
        span.end = end;
    } else {
        // The last prose byte stands for one source character or one entity (&amp;).
        std::size_t const last = source_offset(end - 1);
        std::size_t stop = last + utf8::sequence_length(static_cast<unsigned char>(source[last]));
        if (source[last] == '&') {
            auto semi = source.find(';', last);
            if (semi != std::string::npos && semi - last <= 32) stop = semi + 1;
        }
        // Prose bytes that share the same source character (an em dash folded to " - ").
        span.end = std::max(stop, span.begin);
        if (span.end > source.size()) span.end = source.size();
    }
    auto [line, column] = line_column(span.begin, cursor);
    span.line = line;
    span.column = column;
    return span;
}

std::pair<std::size_t, std::size_t> document::line_column(std::size_t source_byte) const {
    position_cursor cursor;
    return line_column(source_byte, cursor);
}

std::pair<std::size_t, std::size_t> document::line_column(std::size_t source_byte, position_cursor& cursor) const {
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), source_byte);
    std::size_t const index = static_cast<std::size_t>(it - line_starts_.begin()) - 1;
    std::size_t from = line_starts_[index];
    // ASCII: a code point is a byte. Constant time, so that many findings on one long line stay linear.
    if (ascii_) return {index + 1, std::min(source_byte, source.size()) - from + 1};
    std::size_t column = 1;
    if (cursor.valid && cursor.line_index == index && cursor.byte <= source_byte) {
        from = cursor.byte;
        column = cursor.column;
    } else if (index == 0 && source_byte >= 3 && source.starts_with("\xEF\xBB\xBF")) {
        from = 3; // a byte-order mark takes no column
    }
    column += utf8::count_code_points(std::string_view(source.data() + from, source_byte - from));
    cursor = {index, source_byte, column, true};
    return {index + 1, column};
}

std::string_view document::source_line(std::size_t line) const {
    if (line == 0 || line > line_starts_.size()) return {};
    std::size_t const start = line_starts_[line - 1];
    std::size_t stop = line < line_starts_.size() ? line_starts_[line] : source.size();
    while (stop > start && (source[stop - 1] == '\n' || source[stop - 1] == '\r')) --stop;
    std::string_view text = std::string_view(source).substr(start, stop - start);
    if (line == 1 && text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3); // (it takes no column)
    return text;
}

namespace detail {

namespace {

/// The ASCII stand-in of a typographic character, or nullptr to keep it as it is.
char const* folded(char32_t cp) noexcept {
    switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
        return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
        return "\"";
    case 0x00A0:
    case 0x2000:
    case 0x2001:
    case 0x2002:
    case 0x2003:
    case 0x2004:
    case 0x2005:
    case 0x2006:
    case 0x2007:
    case 0x2008:
    case 0x2009:
    case 0x200A:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0x1680:
    case 0x0085:
    case 0x2028:
    case 0x2029:
        return " ";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2212:
    case 0xFE63:
    case 0xFF0D:
        return "-";
    case 0x2014:
    case 0x2015:
        return " - ";
    case 0x2026:
        return "...";
    case 0x00AD:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
        return "";
    case 0x00BD:
        return " 1/2";
    case 0x00BC:
        return " 1/4";
    case 0x00BE:
        return " 3/4";
    case 0x2153:
        return " 1/3";
    case 0x2154:
        return " 2/3";
    default:
        return nullptr;
    }
}

/// The spaces that style guides put between groups of three digits ("175 000", "1 234 567"): the
/// no-break space, the figure space, the thin space and the narrow no-break space. (Not the plain
/// space: "January 31 747 mln dlrs", "for 36 100 kilowatt transformers" are two numbers.)
bool thousands_space(char32_t cp) { return cp == 0xA0 || cp == 0x2007 || cp == 0x2009 || cp == 0x202F; }

/// Whether such a space between `before` (the prose so far) and `after` (the text after it) parts
/// groups of digits: 1-3 digits before it, not after a decimal point, a letter or a longer run, and
/// exactly three digits after it ("10 000 feet", not "May 5 2024", "3.141 59" or "F-16 500").
bool groups_digits(std::string_view before, std::string_view after) {
    auto const digit = [](char c) { return c >= '0' && c <= '9'; };
    if (after.size() < 3 || !digit(after[0]) || !digit(after[1]) || !digit(after[2])) return false;
    if (after.size() > 3 && (digit(after[3]) || text::is_alpha(after[3]))) return false;
    std::size_t run = 0;
    while (run < before.size() && digit(before[before.size() - 1 - run])) ++run;
    if (run == 0) return false;
    if (run == before.size()) return run <= 3;
    char const ahead = before[before.size() - 1 - run];
    if (ahead == ',') return run == 3; // a later group: "1 234 567" read so far as "1,234"
    return run <= 3 && ahead != '.' && ahead != '-' && ahead != '/' && !text::is_alnum(ahead);
}

} // namespace

void append_char(document& doc, char c, std::size_t origin) {
    doc.prose.push_back(c);
    doc.origin_.push_back(static_cast<std::uint32_t>(origin));
}

void append_prose(document& doc, std::string_view text, std::size_t origin) {
    std::size_t i = 0;
    while (i < text.size()) {
        auto const lead = static_cast<unsigned char>(text[i]);
        if (lead < 0x80) {
            // A run of ASCII is copied as it is, its origins counted up in one pass (most prose is
            // one run; a byte at a time cost a third of reading a Markdown file).
            std::size_t const end = i + utf8::ascii_prefix(text.substr(i));
            doc.prose.append(text.data() + i, end - i);
            auto const first = doc.origin_.size();
            doc.origin_.resize(first + (end - i));
            std::iota(doc.origin_.begin() + static_cast<std::ptrdiff_t>(first), doc.origin_.end(),
                      static_cast<std::uint32_t>(origin + i));
            i = end;
            continue;
        }
        std::size_t const length = std::min(utf8::sequence_length(lead), text.size() - i);
        char32_t const cp = length == utf8::sequence_length(lead) ? utf8::decode(text.data() + i) : 0xFFFD;
        // A superscript digit marks a footnote ("24¹ seats", "15²"): no prose. (Not "²" or "³" after a
        // letter: "km²", "m³" are units.)
        bool const superscript =
            cp == 0xB9 || cp == 0x2070 || (cp >= 0x2074 && cp <= 0x2079) ||
            ((cp == 0xB2 || cp == 0xB3) && !doc.prose.empty() && !text::is_alpha(doc.prose.back()));
        char const* const ascii = superscript ? nullptr : folded(cp);
        if (thousands_space(cp) && groups_digits(doc.prose, text.substr(i + length))) {
            append_char(doc, ',', origin + i); // "175 000", "1 234 567" (SI style): a thousands separator
        } else if (ascii) {
            for (char const* p = ascii; *p; ++p) append_char(doc, *p, origin + i);
        } else if (!superscript) {
            for (std::size_t k = 0; k < length; ++k) append_char(doc, text[i + k], origin + i);
        }
        i += length;
    }
}

namespace {

/// Where the first "http://" or "https://" at or after `at` begins, or npos: found by their
/// "://", a rare sequence in prose (searching for "http" stops at every "h").
std::size_t next_scheme_url(std::string_view prose, std::size_t at) {
    for (std::size_t colon = prose.find("://", at); colon != std::string_view::npos;
         colon = prose.find("://", colon + 1)) {
        if (colon >= at + 4 && prose.substr(colon - 4, 4) == "http") return colon - 4;
        if (colon >= at + 5 && prose.substr(colon - 5, 5) == "https") return colon - 5;
    }
    return std::string_view::npos;
}

} // namespace

void blank_urls(std::string& prose) {
    auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
    for (std::size_t at = 0; at < prose.size();) {
        std::size_t const found = std::min(next_scheme_url(prose, at), prose.find("www.", at));
        if (found == std::string::npos) break;
        if (found > 0 && !is_space(prose[found - 1]) && prose[found - 1] != '(' && prose[found - 1] != '<' &&
            prose[found - 1] != '"') {
            at = found + 1;
            continue;
        }
        std::size_t stop = found;
        while (stop < prose.size() && !is_space(prose[stop]) && prose[stop] != '>' && prose[stop] != '"') ++stop;
        // A URL's final full stop or comma usually ends the sentence, not the URL.
        while (stop > found && (prose[stop - 1] == '.' || prose[stop - 1] == ',' || prose[stop - 1] == ')')) --stop;
        std::fill(prose.begin() + static_cast<std::ptrdiff_t>(found), prose.begin() + static_cast<std::ptrdiff_t>(stop),
                  ' ');
        at = stop + 1;
    }
}

void erase_prose(document& doc, std::vector<std::pair<std::size_t, std::size_t>> const& ranges) {
    if (ranges.empty()) return;
    if (doc.origin_.empty()) { // identity until now
        doc.origin_.resize(doc.prose.size());
        std::iota(doc.origin_.begin(), doc.origin_.end(), std::uint32_t{0});
    }
    // (the sections' offsets move back by the bytes taken before them; both lists are in order)
    {
        std::size_t r = 0, taken = 0;
        for (auto& start : doc.sections) {
            while (r < ranges.size() && ranges[r].second <= start) {
                taken += ranges[r].second - ranges[r].first;
                ++r;
            }
            std::size_t const partial = r < ranges.size() && ranges[r].first < start ? start - ranges[r].first : 0;
            start -= taken + partial;
        }
    }
    std::size_t out = 0, next = 0;
    for (std::size_t i = 0; i < doc.prose.size();) {
        if (next < ranges.size() && i == ranges[next].first) {
            i = std::max(i, ranges[next].second);
            ++next;
            continue;
        }
        doc.prose[out] = doc.prose[i];
        doc.origin_[out] = doc.origin_[i];
        ++out;
        ++i;
    }
    doc.prose.resize(out);
    doc.origin_.resize(out);
}

void erase_footnote_marks(document& doc) {
    std::string const& prose = doc.prose;
    auto const is_space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
    std::vector<std::pair<std::size_t, std::size_t>> marks;
    for (std::size_t at = prose.find('['); at != std::string::npos; at = prose.find('[', at + 1)) {
        std::size_t e = at + 1;
        bool const caret = e < prose.size() && prose[e] == '^';
        if (caret) {
            // "[^2]", "[^note]": a footnote's mark, wherever it stands
            ++e;
            while (e < prose.size() && e - at <= 24 && (text::is_alnum(prose[e]) || prose[e] == '_' || prose[e] == '-'))
                ++e;
            if (e == at + 2) continue;
        } else {
            // "15[2]", "nurses[1]", ".[3]": one to three digits right after a word or a stop
            if (at == 0 || is_space(prose[at - 1]) || prose[at - 1] == '(' || prose[at - 1] == '[') continue;
            while (e < prose.size() && e - at <= 3 && text::is_digit(prose[e])) ++e;
            if (e == at + 1 || (e < prose.size() && text::is_digit(prose[e]))) continue;
        }
        if (e >= prose.size() || prose[e] != ']') continue;
        marks.emplace_back(at, e + 1);
        at = e;
    }
    erase_prose(doc, marks);
}

namespace {

std::string trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    if (s.size() >= 2 && ((s.front() == '"' && s.back() == '"') || (s.front() == '\'' && s.back() == '\''))) {
        s.remove_prefix(1);
        s.remove_suffix(1);
    }
    return std::string(s);
}

using text::is_alpha;
using text::is_digit;
using text::lower;

/// The words of a date value: runs of letters or of digits; everything else separates them.
std::vector<std::string_view> date_words(std::string_view s) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < s.size()) {
        if (!is_alpha(s[i]) && !is_digit(s[i])) {
            ++i;
            continue;
        }
        bool const digits = is_digit(s[i]);
        std::size_t j = i;
        while (j < s.size() && (digits ? is_digit(s[j]) : is_alpha(s[j]))) ++j;
        words.push_back(s.substr(i, j - i));
        i = j;
    }
    return words;
}

int small_number(std::string_view digits) {
    if (digits.empty() || digits.size() > 4) return -1;
    int n = 0;
    for (char const c : digits) n = n * 10 + (c - '0');
    return n;
}

} // namespace

std::optional<std::string> read_date_value(std::string_view value, std::string& why) {
    why.clear();
    int year = 0, month = 0, day = 0;
    // Numbers first: year, month, day with one separator ("2024-04-09", "2024/4/9", "2024.04.09"),
    // a time or zone after it or not.
    if (value.size() >= 8 && is_digit(value[0]) && is_digit(value[1]) && is_digit(value[2]) && is_digit(value[3]) &&
        (value[4] == '-' || value[4] == '/' || value[4] == '.')) {
        char const sep = value[4];
        std::size_t i = 5, j = 5;
        while (j < value.size() && is_digit(value[j])) ++j;
        month = small_number(value.substr(i, j - i));
        if (j >= value.size() || value[j] != sep) {
            why = "it is not a date";
            return std::nullopt;
        }
        i = j + 1;
        j = i;
        while (j < value.size() && is_digit(value[j])) ++j;
        day = small_number(value.substr(i, j - i));
        year = small_number(value.substr(0, 4));
        if (j < value.size() && value[j] != 'T' && value[j] != 't' && value[j] != ' ' && value[j] != '\t') {
            why = "it is not a date";
            return std::nullopt;
        }
    } else {
        auto words = date_words(value);
        // A weekday before the date ("Tue, 09 Apr 2024") says nothing the date does not.
        static constexpr std::array<std::string_view, 7> weekdays{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        if (!words.empty() && words.front().size() >= 3 &&
            std::find(weekdays.begin(), weekdays.end(), lower(words.front().substr(0, 3))) != weekdays.end() &&
            !calendar::is_month_name(lower(words.front())))
            words.erase(words.begin());
        if (words.size() < 3) {
            why = "it is not a date";
            return std::nullopt;
        }
        int const named_first = calendar::month_number(lower(words[0]));
        int const named_second = calendar::month_number(lower(words[1]));
        if (named_first && is_digit(words[1][0]) && is_digit(words[2][0])) { // April 9, 2024
            month = named_first;
            day = small_number(words[1]);
            year = small_number(words[2]);
        } else if (named_second && is_digit(words[0][0]) && is_digit(words[2][0])) { // 9 April 2024
            month = named_second;
            day = small_number(words[0]);
            year = small_number(words[2]);
        } else if (is_digit(words[0][0]) && is_digit(words[1][0]) && is_digit(words[2][0]) && words[2].size() == 4) {
            int const first = small_number(words[0]), second = small_number(words[1]);
            year = small_number(words[2]);
            if (first > 12 && second <= 12) {
                day = first;
                month = second;
            } else if (second > 12 && first <= 12) {
                month = first;
                day = second;
            } else if (first <= 12 && second <= 12) {
                why = "the order of day and month is ambiguous; write it as YYYY-MM-DD";
                return std::nullopt;
            } else {
                why = "it is not a date";
                return std::nullopt;
            }
        } else {
            why = "it is not a date";
            return std::nullopt;
        }
        if (year < 1000) {
            why = "it has no year of four digits";
            return std::nullopt;
        }
    }
    if (year < 1000 || year > 9998) {
        why = fmt::format("the year {} is not one an article is dated in", year);
        return std::nullopt;
    }
    if (month < 1 || month > 12) {
        why = fmt::format("there is no month {}", month);
        return std::nullopt;
    }
    if (day == 0) {
        why = "there is no day 0";
        return std::nullopt;
    }
    if (day < 1 || day > calendar::days_in_month(year, month)) {
        why = fmt::format("{} {} has {} days", calendar::month_names[static_cast<std::size_t>(month - 1)], year,
                          calendar::days_in_month(year, month));
        why[0] = static_cast<char>(why[0] - 'a' + 'A');
        return std::nullopt;
    }
    return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

namespace {

/// Where a line's value begins in the source, after the separator and its spaces.
std::size_t value_offset(std::string_view src, std::size_t line_begin, std::size_t separator) {
    std::size_t at = line_begin + separator + 1;
    while (at < src.size() && (src[at] == ' ' || src[at] == '\t')) ++at;
    return at;
}

} // namespace

std::size_t parse_front_matter(document& doc) {
    std::string_view const src = doc.source;
    std::size_t start = src.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
    auto opening = src.substr(start);
    // YAML between "---" lines; TOML between "+++" lines (Hugo), its keys set with '='.
    std::string_view fence;
    if (opening.starts_with("---\n") || opening.starts_with("---\r\n"))
        fence = "---";
    else if (opening.starts_with("+++\n") || opening.starts_with("+++\r\n"))
        fence = "+++";
    else
        return start;
    char const separator = fence == "+++" ? '=' : ':';
    std::size_t line_begin = start + (opening[3] == '\r' ? 5 : 4);
    std::optional<std::string> date;
    std::string date_key;
    std::optional<document_metadata::unread_date> unread, read_at;
    std::string title;
    while (line_begin < src.size()) {
        std::size_t line_end = src.find('\n', line_begin);
        if (line_end == std::string_view::npos) line_end = src.size();
        std::string_view line = src.substr(line_begin, line_end - line_begin);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line == fence || (fence == "---" && line == "...")) {
            doc.metadata.title = std::move(title);
            doc.metadata.date = std::move(date);
            doc.metadata.date_key = std::move(date_key);
            if (!doc.metadata.date) doc.metadata.unread = std::move(unread);
            return std::min(line_end + 1, src.size());
        }
        if (auto sep = line.find(separator); sep != std::string_view::npos && line.front() != ' ') {
            std::string const key = trim(line.substr(0, sep));
            std::string const value = trim(line.substr(sep + 1));
            // (keys in any case: "Date:", "Title:", "pubdate:")
            std::string const lower_key = text::lower(key);
            if (lower_key == "title") title = value;
            // (and Hugo's "publishDate:")
            if ((lower_key == "date" || lower_key == "published" || lower_key == "pubdate" ||
                 lower_key == "publishdate") &&
                !date && !value.empty()) {
                std::string why;
                std::size_t const begin = value_offset(src, line_begin, sep);
                std::size_t const end = line_begin + line.size();
                auto const [l, c] = doc.line_column(begin);
                if (auto read = read_date_value(value, why)) {
                    date = std::move(read);
                    date_key = key;
                    // (kept for a front matter that turns out to have no closing line)
                    read_at = document_metadata::unread_date{key, value, {}, {begin, end, l, c}};
                } else if (!unread) {
                    unread = document_metadata::unread_date{
                        key, value, "cannot be read as a date: " + why, {begin, end, l, c}};
                }
            }
        }
        line_begin = line_end + 1;
    }
    // No closing fence: it was not front matter, but a date key in it meant it to be.
    if (unread || date) {
        if (!unread) unread = std::move(read_at);
        unread->why =
            fmt::format("is not used: the front matter has no closing line \"{}\", so it was read as text", fence);
        unread->unclosed = true;
        doc.metadata.unread = std::move(unread);
    }
    return start;
}

} // namespace detail

namespace {

/// Blanks the prose that stands for source bytes [begin, end), keeping line ends and offsets.
void blank_source_range(document& doc, std::size_t begin, std::size_t end) {
    std::size_t from = begin, to = end;
    if (!doc.origin_.empty()) {
        from = static_cast<std::size_t>(std::lower_bound(doc.origin_.begin(), doc.origin_.end(), begin) -
                                        doc.origin_.begin());
        to = static_cast<std::size_t>(std::lower_bound(doc.origin_.begin(), doc.origin_.end(), end) -
                                      doc.origin_.begin());
    }
    to = std::min(to, doc.prose.size());
    for (std::size_t i = from; i < to; ++i)
        if (doc.prose[i] != '\n') doc.prose[i] = ' ';
}

} // namespace

document read_document(std::string path, std::string bytes, document_format format) {
    if (bytes.size() >= std::numeric_limits<std::uint32_t>::max())
        throw input_error(fmt::format("{}: file too large ({} bytes; the limit is 4 GiB)", path, bytes.size()));
    document doc;
    doc.path = std::move(path);
    doc.source = std::move(bytes);
    std::string_view const src = doc.source;

    // Wrapped copy has a line per 60-80 bytes (reserved up to 64 Ki lines; longer files grow).
    doc.line_starts_.reserve(std::min<std::size_t>(src.size() / 48 + 2, 1u << 16));
    doc.line_starts_.push_back(0);
    if (src.find('\r') == std::string_view::npos) {
        for (std::size_t i = src.find('\n'); i != std::string_view::npos; i = src.find('\n', i + 1))
            doc.line_starts_.push_back(i + 1);
    } else {
        // a carriage return alone ends a line too (classic Mac OS text), as editors count lines
        for (std::size_t i = src.find_first_of("\r\n"); i != std::string_view::npos;
             i = src.find_first_of("\r\n", i + 1)) {
            if (src[i] == '\r' && i + 1 < src.size() && src[i + 1] == '\n') continue;
            doc.line_starts_.push_back(i + 1);
        }
    }

    // UTF-16 opens with its byte order mark, and its ASCII letters each carry a NUL byte
    if (src.starts_with("\xFF\xFE") || src.starts_with("\xFE\xFF"))
        throw input_error(fmt::format("{}:1:1: UTF-16 text (byte order mark {}); numcheck reads UTF-8: convert the "
                                      "file first (iconv -f UTF-16 -t UTF-8)",
                                      doc.path, src.starts_with("\xFF\xFE") ? "FF FE" : "FE FF"));
    if (auto nul = src.find('\0'); nul != std::string_view::npos) {
        auto [line, column] = doc.line_column(nul);
        throw input_error(fmt::format("{}:{}:{}: binary data (NUL byte at byte offset {}); not a text file", doc.path,
                                      line, column, nul));
    }
    if (auto bad = utf8::first_invalid(src)) {
        auto [line, column] = doc.line_column(*bad);
        throw input_error(fmt::format("{}:{}:{}: invalid UTF-8 (byte 0x{:02X} at byte offset {})", doc.path, line,
                                      column, static_cast<unsigned char>(src[*bad]), *bad));
    }

    doc.ascii_ = utf8::is_ascii(src);
    if (format == document_format::markdown) {
        std::size_t const body = detail::parse_front_matter(doc);
        detail::parse_markdown(doc, body);
    } else {
        std::size_t const body = src.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
        if (doc.ascii_) {
            doc.prose = doc.source; // identity map: origin_ stays empty
        } else {
            doc.prose.reserve(src.size());
            doc.origin_.reserve(src.size() + 1);
            detail::append_prose(doc, src.substr(body), body);
        }
    }
    detail::blank_urls(doc.prose);
    detail::erase_footnote_marks(doc);
    bool const markdown = format == document_format::markdown;
    doc.directives = detail::find_directives(doc.source, markdown, doc.html_ranges_, doc.line_starts_);
    for (auto& d : doc.directives) {
        d.span.column = doc.line_column(d.span.begin).second;
        // A directive in plain text is not prose: "NC202" is not a figure.
        if (!markdown) blank_source_range(doc, d.span.begin, d.span.end);
    }
    return doc;
}

document load_document(std::string const& path) { return load_document(path, format_for_path(path)); }

document load_document(std::string const& path, document_format format) {
    std::string bytes;
    if (path == "-") {
        errno = 0;
        bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        // (a folder or a closed descriptor as standard input reads as nothing with an error set)
        if (std::cin.bad() || (bytes.empty() && errno != 0))
            throw input_error(fmt::format("<stdin>: read error: {}", std::strerror(errno != 0 ? errno : EIO)));
        // Standard input has no extension: Markdown when it opens with front matter (a line "---",
        // after a BOM if any), as an article piped from a Markdown file does.
        std::string_view head(bytes);
        if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
        if (format == document_format::plain && (head.starts_with("---\n") || head.starts_with("---\r\n")))
            format = document_format::markdown;
        return read_document("<stdin>", std::move(bytes), format);
    }
    // What the path is, before opening it: opening a FIFO would wait for a writer, and a device
    // such as /dev/zero never ends.
    std::error_code ec;
    auto const status = std::filesystem::status(path, ec);
    if (!ec && status.type() != std::filesystem::file_type::regular) {
        using type = std::filesystem::file_type;
        char const* const what = status.type() == type::directory ? "a folder"
                                 : status.type() == type::fifo    ? "a FIFO (named pipe)"
                                 : status.type() == type::socket  ? "a socket"
                                 : status.type() == type::character || status.type() == type::block ? "a device"
                                                                                                    : nullptr;
        if (what) throw input_error(fmt::format("{}: not a text file: it is {}", path, what));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) throw input_error(fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
    in.seekg(0, std::ios::end);
    auto const size = in.tellg();
    in.seekg(0, std::ios::beg);
    if (size > 0) {
        bytes.resize(static_cast<std::size_t>(size));
        in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!in) throw input_error(fmt::format("{}: read error: {}", path, std::strerror(errno)));
    } else {
        // a size the system does not tell (files under /proc say 0): read to the end
        in.clear();
        bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        if (in.bad()) throw input_error(fmt::format("{}: read error: {}", path, std::strerror(errno)));
    }
    return read_document(path, std::move(bytes), format);
}

} // namespace numcheck
