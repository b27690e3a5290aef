#include "numcheck/segment.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace numcheck {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
bool is_closing(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

// Words that end in a full stop without ending the sentence (compared without the stop, lower case).
constexpr std::array<std::string_view, 67> abbreviations{
    "mr",   "mrs", "ms",   "dr",  "prof", "sr",   "jr",   "st",   "gen", "gov", "sen", "rep",    "col", "lt",
    "capt", "sgt", "rev",  "hon", "pres", "supt", "det",  "insp", "jan", "feb", "mar", "apr",    "jun", "jul",
    "aug",  "sep", "sept", "oct", "nov",  "dec",  "inc",  "corp", "co",  "ltd", "plc", "bros",   "no",  "nos",
    "vs",   "v",   "etc",  "e.g", "i.e",  "a.m",  "p.m",  "u.s",  "u.k", "u.n", "e.u", "approx", "est", "fig",
    "vol",  "ave", "blvd", "rd",  "mt",   "ft",   "dept", "univ", "h.k", "n.z", "rs"};

/// Abbreviations after which a capitalised word rarely starts a sentence.
constexpr std::array<std::string_view, 22> titles{"mr",  "mrs", "ms", "dr",   "prof", "gen", "gov", "sen",
                                                  "rep", "col", "lt", "capt", "sgt",  "rev", "hon", "st",
                                                  "no",  "nos", "vs", "v",    "supt", "insp"};

constexpr std::uint64_t broadcast(char c) { return 0x0101010101010101ULL * static_cast<unsigned char>(c); }
constexpr bool has_zero_byte(std::uint64_t x) {
    return ((x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL) != 0;
}
/// Whether any of the eight bytes of `v` is a line break or a sentence stop.
constexpr bool has_stop(std::uint64_t v) {
    return has_zero_byte(v ^ broadcast('\n')) || has_zero_byte(v ^ broadcast('.')) ||
           has_zero_byte(v ^ broadcast('?')) || has_zero_byte(v ^ broadcast('!'));
}

/// The bytes that can end a sentence or a paragraph.
constexpr auto stops = [] {
    std::array<bool, 256> table{};
    for (char const c : {'\n', '.', '?', '!'}) table[static_cast<unsigned char>(c)] = true;
    return table;
}();

/// The first stop at or after `i`, or the text's size: sixteen bytes at a time with SSE2 (every
/// x86-64 processor has it), else eight at a time (SWAR: a zero byte of x ^ broadcast(c) marks a
/// c), then byte by byte.
std::size_t next_stop(std::string_view text, std::size_t i) {
    std::size_t const n = text.size();
#if defined(__SSE2__)
    __m128i const newline = _mm_set1_epi8('\n');
    __m128i const dot = _mm_set1_epi8('.');
    __m128i const question = _mm_set1_epi8('?');
    __m128i const exclamation = _mm_set1_epi8('!');
    while (i + 16 <= n) {
        __m128i const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(text.data() + i));
        __m128i const hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, newline), _mm_cmpeq_epi8(v, dot)),
                                          _mm_or_si128(_mm_cmpeq_epi8(v, question), _mm_cmpeq_epi8(v, exclamation)));
        auto const bits = static_cast<unsigned>(_mm_movemask_epi8(hits));
        if (bits != 0) return i + static_cast<std::size_t>(std::countr_zero(bits));
        i += 16;
    }
#endif
    while (i + 8 <= n) {
        std::uint64_t v = 0;
        std::memcpy(&v, text.data() + i, 8);
        if (has_stop(v)) break;
        i += 8;
    }
    while (i < n && !stops[static_cast<unsigned char>(text[i])]) ++i;
    return i;
}

std::string lower_word_before(std::string_view text, std::size_t dot) {
    std::size_t begin = dot;
    while (begin > 0 &&
           (is_alpha(text[begin - 1]) || (text[begin - 1] == '.' && begin >= 2 && is_alpha(text[begin - 2]))))
        --begin;
    std::string word(text.substr(begin, dot - begin));
    for (auto& c : word) c = static_cast<char>(c | (is_upper(c) ? 0x20 : 0));
    return word;
}

/// How many bytes a list item's marker takes at the start of the line from `p` (spaces or tabs before
/// it): "- ", "* ", "+ ", "• ", "1. ", "12) "; 0 where the line has none.
std::size_t list_marker(std::string_view text, std::size_t p) {
    std::size_t const n = text.size();
    std::size_t q = p;
    while (q < n && (text[q] == ' ' || text[q] == '\t')) ++q;
    auto const space_at = [&](std::size_t k) { return k < n && (text[k] == ' ' || text[k] == '\t'); };
    if (q < n && (text[q] == '-' || text[q] == '*' || text[q] == '+') && space_at(q + 1)) return q + 2 - p;
    if (text.substr(q, 3) == "\xE2\x80\xA2" && space_at(q + 3)) return q + 4 - p; // •
    std::size_t d = q;
    while (d < n && d - q < 3 && is_digit(text[d])) ++d;
    if (d > q && d < n && (text[d] == '.' || text[d] == ')') && space_at(d + 1)) return d + 2 - p;
    return 0;
}

/// Whether the line from `p` begins with a short label, a colon and a figure: a capital first, at most
/// six words, no stop before the colon ("Signals, signs and guardrails: $400 million").
bool label_line(std::string_view text, std::size_t p) {
    std::size_t const n = text.size();
    std::size_t q = p;
    while (q < n && (text[q] == ' ' || text[q] == '\t')) ++q;
    if (q >= n || !is_upper(text[q])) return false;
    // (the colon first, with one search: most lines that begin with a capital have none)
    std::size_t const reach = std::min(n, q + 60);
    auto const* const colon_at = static_cast<char const*>(std::memchr(text.data() + q, ':', reach - q));
    if (colon_at == nullptr) return false;
    auto const colon = static_cast<std::size_t>(colon_at - text.data());
    int words = 1;
    for (std::size_t k = q; k < colon; ++k) {
        char const c = text[k];
        if (c == '\n' || c == '.' || c == '?' || c == '!' || c == ';') return false;
        if (c == ' ' && ++words > 6) return false;
    }
    // (and a figure after it: not "Sales: the company said")
    std::size_t v = colon + 1;
    while (v < n && (text[v] == ' ' || text[v] == '\t')) ++v;
    return v > colon + 1 && v < n && !is_alpha(text[v]) && !is_space(text[v]);
}

} // namespace

/// (segment.hpp)
bool label_item_next(std::string_view text, std::size_t this_line, std::size_t line_end, std::size_t next_line) {
    if (!label_line(text, next_line)) return false;
    std::size_t k = line_end;
    while (k > this_line && (text[k - 1] == ' ' || text[k - 1] == '\t' || text[k - 1] == '\r')) --k;
    return (k > this_line && text[k - 1] == ':') || label_line(text, this_line);
}

/// Where a time of day written with a point ("14.30", "9.05") ends when it opens the text from
/// `start` (white space before it), its point at `point`, and a capitalised word follows it: a live
/// blog's entry, "14.30 Of the five hostages, three have been freed." 0 for anything else.
std::size_t opening_time_end(std::string_view text, std::size_t start, std::size_t point) {
    std::size_t b = point;
    while (b > start && is_digit(text[b - 1])) --b;
    std::size_t const hour_digits = point - b;
    if (hour_digits < 1 || hour_digits > 2 || point + 3 >= text.size()) return 0;
    for (std::size_t k = start; k < b; ++k)
        if (!is_space(text[k])) return 0;
    // (opening a paragraph after a blank line, or the text: not a line of a table, "    18.50 Dlrs a
    // barrel for West Texas Intermediate")
    std::size_t k = b;
    while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t')) --k;
    if (k > 0 && (text[k - 1] != '\n' || (k >= 2 && text[k - 2] != '\n'))) return 0;
    if (!is_digit(text[point + 1]) || !is_digit(text[point + 2]) || text[point + 3] != ' ') return 0;
    int const hour = hour_digits == 1 ? text[b] - '0' : (text[b] - '0') * 10 + (text[b + 1] - '0');
    int const minute = (text[point + 1] - '0') * 10 + (text[point + 2] - '0');
    if (hour > 23 || minute > 59) return 0;
    std::size_t w = point + 3;
    while (w < text.size() && text[w] == ' ') ++w;
    // (a capitalised word of letters: not a unit, "14.30 GMT", nor a figure's noun)
    std::size_t e = w;
    while (e < text.size() && is_alpha(text[e])) ++e;
    if (e - w < 2 || !is_upper(text[w]) || is_upper(text[w + 1])) return 0;
    // (nor a figure's unit: "12.25 Mln dlrs", "15.95 Swiss francs")
    std::string word(text.substr(w, e - w));
    for (char& c : word) c = static_cast<char>(c | 0x20);
    static constexpr std::array<std::string_view, 22> units{
        "dlrs",   "mln",     "bln",     "pct",     "cts",     "stg", "yen",    "swiss",   "francs", "marks", "euros",
        "pounds", "dollars", "million", "billion", "percent", "per", "tonnes", "barrels", "pence",  "cents", "points"};
    if (std::find(units.begin(), units.end(), word) != units.end()) return 0;
    return point + 3;
}

std::vector<sentence> split_sentences(std::string_view text) {
    std::vector<sentence> out;
    // News sentences run 100-200 bytes: room for that many (up to 64 Ki; longer texts grow).
    out.reserve(std::min<std::size_t>(text.size() / 96 + 4, 1u << 16));
    std::size_t paragraph = 0;
    std::size_t start = 0;
    bool paragraph_break_pending = false;

    auto emit_one = [&](std::size_t end) {
        std::size_t b = start;
        std::size_t e = end;
        while (b < e && is_space(text[b])) ++b;
        while (e > b && is_space(text[e - 1])) --e;
        if (b < e) {
            if (paragraph_break_pending && !out.empty()) ++paragraph;
            paragraph_break_pending = false;
            out.push_back({b, e, paragraph});
        }
        start = end;
    };
    // A "sentence" longer than any written one (a table or a list flattened into one line, a file
    // with no full stop) is cut at a space into pieces of at most max_sentence_bytes: the claim model
    // and the rules look for partners within a sentence, and a piece bounds that work.
    auto emit = [&](std::size_t end) {
        while (end - start > max_sentence_bytes) {
            // after a comma or a semicolon where the second half has one (a clause's end), else at a space
            std::size_t cut = start + max_sentence_bytes;
            while (cut > start + max_sentence_bytes / 2 &&
                   !(is_space(text[cut - 1]) && (text[cut - 2] == ',' || text[cut - 2] == ';')))
                --cut;
            if (cut == start + max_sentence_bytes / 2) {
                cut = start + max_sentence_bytes;
                while (cut > start + max_sentence_bytes / 2 && !is_space(text[cut - 1])) --cut;
            }
            if (!is_space(text[cut - 1])) {
                // no space in the second half: cut where a UTF-8 sequence begins
                cut = start + max_sentence_bytes;
                while (cut > start + 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
            }
            emit_one(cut);
        }
        emit_one(end);
    };

    std::size_t const n = text.size();
    std::size_t line_start = 0; // where the line with the byte at hand begins
    for (std::size_t i = 0; i < n; ++i) {
        i = next_stop(text, i); // the loop below looks only at the bytes that can end something
        if (i >= n) break;
        char const c = text[i];
        if (c == '\n') {
            std::size_t const this_line = line_start;
            line_start = i + 1;
            // Paragraph break: a blank line, an indented next line, or a line that ends a sentence.
            std::size_t j = i + 1;
            while (j < n && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
            std::size_t k = i;
            while (k > start && (text[k - 1] == ' ' || text[k - 1] == '\r' || text[k - 1] == '\t')) --k;
            bool const blank = j < n && text[j] == '\n';
            bool const indented = j > i + 1 && j < n;
            // (not before a word in lower case: "set for testing in August in selected U.S.\ncities,
            // is expected" goes on)
            bool const line_ends_sentence = k > start &&
                                            (text[k - 1] == '.' || text[k - 1] == '?' || text[k - 1] == '!' ||
                                             (is_closing(text[k - 1]) && k >= 2 &&
                                              (text[k - 2] == '.' || text[k - 2] == '?' || text[k - 2] == '!'))) &&
                                            !(j < n && text[j] >= 'a' && text[j] <= 'z');
            // A list written as plain text, an item a line ("- Roads: $120 million", "2. Bridges: $54
            // million", "Signals and signs: $32 million"): each item a paragraph, as in Markdown. The
            // next item after an item, or after a line that ends with a colon (not a dash that a
            // wrapped line begins with: "on call - mainly government funds\n- fell 1.60 billion").
            // (looked at only where nothing else breaks: most lines of wrapped copy go on)
            auto const item_next = [&] {
                if (j >= n) return false;
                bool const colon_end = k > this_line && text[k - 1] == ':';
                return (list_marker(text, i + 1) != 0 && (colon_end || list_marker(text, this_line) != 0)) ||
                       label_item_next(text, this_line, k, i + 1);
            };
            if (blank || indented || j >= n || line_ends_sentence || item_next()) {
                emit(i);
                paragraph_break_pending = true;
                i = j - 1;
                line_start = j;
            }
            continue;
        }
        if (c != '.' && c != '?' && c != '!') continue;
        // The number of a list's item that begins a sentence ("1. Roads $120 million"; not "in the year to
        // March\n31. The company said").
        if (c == '.' && i > line_start && i - line_start <= 6 && is_digit(text[i - 1]) &&
            list_marker(text, line_start) == i + 2 - line_start &&
            std::all_of(text.begin() + static_cast<std::ptrdiff_t>(start),
                        text.begin() + static_cast<std::ptrdiff_t>(line_start), is_space))
            continue;
        // Decimal point or a dotted number ("3.5", "6.6.0").
        if (c == '.' && i + 1 < n && is_digit(text[i + 1])) {
            // (a live blog's time opening its paragraph, "14.30 Of the five hostages, three ...": a
            // sentence of its own)
            if (std::size_t const end = opening_time_end(text, start, i)) {
                emit(end);
                i = end - 1;
            }
            continue;
        }
        // Run of punctuation ("?!", "...") and closing quotes or brackets belongs to this sentence.
        std::size_t j = i + 1;
        while (j < n && (text[j] == '.' || text[j] == '?' || text[j] == '!' || is_closing(text[j]))) ++j;
        if (j < n && !is_space(text[j])) continue;
        std::size_t k = j;
        while (k < n && (text[k] == ' ' || text[k] == '\t')) ++k;
        if (k < n && text[k] == '\n') {
            continue; // the line break decides
        }
        if (k >= n) continue;
        char const next = text[k];
        bool const next_starts = is_upper(next) || is_digit(next) || next == '"' || next == '\'' || next == '(' ||
                                 next == '$' || static_cast<unsigned char>(next) >= 0x80;
        if (!next_starts) continue;
        // A closing quote after the stop: an abbreviation never ends inside quotes ("No.").
        bool const quoted = j > i + 1 && is_closing(text[j - 1]);
        if (c == '.' && !quoted) {
            std::string const word = lower_word_before(text, i);
            // An initial ("J. Smith"), or an abbreviation.
            if (word.size() == 1 && i >= 1 && is_upper(text[i - 1]) && is_upper(next)) continue;
            bool const abbreviation =
                std::find(abbreviations.begin(), abbreviations.end(), word) != abbreviations.end();
            // ("cracked at 34,000 ft. All 189 passengers": a unit after a figure, not "Ft. Worth")
            bool const unit_after_figure = [&] {
                if (word != "ft") return false;
                std::size_t b = i - word.size();
                if (b > 0 && text[b - 1] == ' ') --b;
                return b > 0 && is_digit(text[b - 1]);
            }();
            if (abbreviation && !unit_after_figure) {
                bool const title = std::find(titles.begin(), titles.end(), word) != titles.end();
                // "Inc.", "U.S." and months end sentences only when a clear sentence start follows;
                // titles ("Mr.", "No.") never do.
                if (title) continue;
                if (word == "u.s" || word == "u.k" || word == "u.n" || word == "e.u" || word == "h.k" ||
                    word == "n.z" || word == "a.m" || word == "p.m" || word == "inc" || word == "corp" ||
                    word == "co" || word == "ltd" || word == "plc" || word == "etc") {
                    // Break if the next word is a common sentence opener.
                    std::size_t e = k;
                    while (e < n && is_alpha(text[e])) ++e;
                    std::string_view const opener = text.substr(k, e - k);
                    static constexpr std::array<std::string_view, 16> openers{
                        "The", "It",   "He",   "She", "They", "We",   "In",  "But",
                        "A",   "This", "That", "Its", "On",   "Last", "And", "I"};
                    if (std::find(openers.begin(), openers.end(), opener) == openers.end()) continue;
                } else {
                    continue; // months and the rest
                }
            }
        }
        emit(j);
        i = j - 1;
    }
    emit(n);
    return out;
}

} // namespace numcheck
