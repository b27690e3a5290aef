// Throughput benchmark: extraction over the whole Reuters-21578 corpus on one thread.
//
//   numcheck_bench [DIR] [--kinds-only] [--limit N] [--repeats N]
//
// DIR (default ../shared/corpora/reuters21578) holds reut2-000.sgm ... reut2-021.sgm. The SGML is
// scanned here, not by numcheck: each <REUTERS> element's <DATE> becomes the reference date and
// the text inside <BODY>...</BODY> the article. Entities &lt; &gt; &amp; are unescaped, control
// character references (&#3; &#22; ...) dropped, and bytes that are not valid UTF-8 replaced by
// '?' (numcheck rejects invalid UTF-8; the corpus has one stray 0xFC). Loading is not timed.
//
// Timed, per article: read_document (plain format: UTF-8 validation, URL blanking) and extract
// (sentence splitting, grammars, normalisation). Best of --repeats (default 3) passes is reported.
// --kinds-only makes one pass and prints the counts without timing. --limit N keeps the first N
// articles (for profiling under callgrind).
#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "numcheck/document.hpp"
#include "numcheck/error.hpp"
#include "numcheck/extract.hpp"
#include "numcheck/mention.hpp"
#include "numcheck/utf8.hpp"

namespace {

namespace fs = std::filesystem;
using clock_type = std::chrono::steady_clock;

constexpr std::size_t kind_count = static_cast<std::size_t>(numcheck::mention_kind::comparison) + 1;

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

std::optional<std::string> read_file(fs::path const& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return bytes;
}

/// The text between <tag> and </tag> inside `element`, or nullopt.
std::optional<std::string_view> element_text(std::string_view element, std::string_view open, std::string_view close) {
    std::size_t const begin = element.find(open);
    if (begin == std::string_view::npos) return std::nullopt;
    std::size_t const text = begin + open.size();
    std::size_t const end = element.find(close, text);
    if (end == std::string_view::npos) return std::nullopt;
    return element.substr(text, end - text);
}

void append_utf8(std::string& out, char32_t cp) {
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
std::string unescape(std::string_view text) {
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
std::size_t repair_utf8(std::string& text) {
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
std::optional<numcheck::calendar_date> parse_reuters_date(std::string_view text) {
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
bool load_corpus(fs::path const& dir, corpus& out, std::optional<std::size_t> limit) {
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

struct pass_result {
    double read_seconds = 0;    ///< read_document
    double extract_seconds = 0; ///< extract
    double seconds = 0;         ///< the whole pass, wall clock
    std::size_t mentions = 0;
    std::size_t errors = 0;
    std::array<std::size_t, kind_count> per_kind{};
};

pass_result run_pass(std::vector<article> const& articles) {
    pass_result r;
    clock_type::duration read_time{};
    clock_type::duration extract_time{};
    auto const start = clock_type::now();
    for (article const& a : articles) {
        auto const t0 = clock_type::now();
        try {
            numcheck::document const doc = numcheck::read_document("reuters", a.body, numcheck::document_format::plain);
            auto const t1 = clock_type::now();
            numcheck::extraction const found = numcheck::extract(doc, a.date);
            auto const t2 = clock_type::now();
            read_time += t1 - t0;
            extract_time += t2 - t1;
            r.mentions += found.mentions.size();
            for (numcheck::mention const& m : found.mentions) ++r.per_kind[static_cast<std::size_t>(m.kind)];
        } catch (numcheck::input_error const& e) {
            if (r.errors++ < 5) std::fprintf(stderr, "numcheck_bench: %s: %s\n", a.id.c_str(), e.what());
        }
    }
    auto const stop = clock_type::now();
    using seconds = std::chrono::duration<double>;
    r.seconds = std::chrono::duration_cast<seconds>(stop - start).count();
    r.read_seconds = std::chrono::duration_cast<seconds>(read_time).count();
    r.extract_seconds = std::chrono::duration_cast<seconds>(extract_time).count();
    return r;
}

double peak_rss_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux: KiB
}

int usage_error(char const* message) {
    std::fprintf(stderr, "numcheck_bench: %s\nusage: numcheck_bench [DIR] [--kinds-only] [--limit N] [--repeats N]\n",
                 message);
    return 2;
}

std::optional<std::size_t> parse_count(std::string_view text) {
    std::size_t value = 0;
    auto const [stop, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || stop != text.data() + text.size()) return std::nullopt;
    return value;
}

} // namespace

int main(int argc, char** argv) {
    std::string dir = "../shared/corpora/reuters21578";
    bool kinds_only = false;
    std::optional<std::size_t> limit;
    std::size_t repeats = 3;
    for (int i = 1; i < argc; ++i) {
        std::string_view const arg = argv[i];
        if (arg == "--kinds-only") {
            kinds_only = true;
        } else if (arg == "--limit" || arg == "--repeats") {
            if (i + 1 >= argc) return usage_error("option needs a number");
            auto const n = parse_count(argv[++i]);
            if (!n) return usage_error("not a number");
            if (arg == "--limit")
                limit = *n;
            else
                repeats = std::max<std::size_t>(*n, 1);
        } else if (arg == "-h" || arg == "--help") {
            std::puts("usage: numcheck_bench [DIR] [--kinds-only] [--limit N] [--repeats N]");
            return 0;
        } else if (arg.starts_with("-")) {
            return usage_error("unknown option");
        } else {
            dir = arg;
        }
    }

    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        std::printf("skipped: %s not found\n", dir.c_str());
        return 0;
    }

    corpus c;
    try {
        if (!load_corpus(dir, c, limit)) return 1;
    } catch (std::exception const& e) {
        std::fprintf(stderr, "numcheck_bench: loading %s: %s\n", dir.c_str(), e.what());
        return 1;
    }
    if (c.articles.empty()) {
        std::fprintf(stderr, "numcheck_bench: no articles with a <BODY> in %s\n", dir.c_str());
        return 1;
    }

    double const mb = static_cast<double>(c.bytes) / 1e6;
    std::printf("corpus:            %s\n", dir.c_str());
    std::printf("elements:          %zu <REUTERS>\n", c.elements);
    std::printf("articles:          %zu with a <BODY>%s\n", c.articles.size(), limit ? " (limited)" : "");
    std::printf("body text:         %.3f MB (%zu bytes)\n", mb, c.bytes);
    std::printf("invalid UTF-8:     %zu byte(s) replaced by '?'\n", c.invalid_bytes);
    std::printf("undated:           %zu\n", c.undated);

    pass_result best;
    if (kinds_only) {
        best = run_pass(c.articles);
    } else {
        std::printf("threads:           1\n");
        for (std::size_t i = 0; i < repeats; ++i) {
            pass_result const r = run_pass(c.articles);
            std::printf("pass %zu:            %.3f s (read_document %.3f s, extract %.3f s)\n", i + 1, r.seconds,
                        r.read_seconds, r.extract_seconds);
            if (i == 0 || r.seconds < best.seconds) best = r;
        }
        auto const rate = [](double amount, double seconds) { return seconds > 0 ? amount / seconds : 0.0; };
        double const articles = static_cast<double>(c.articles.size());
        std::printf("best of %zu:         %.3f s\n", repeats, best.seconds);
        std::printf("  read_document:   %.3f s\n", best.read_seconds);
        std::printf("  extract:         %.3f s\n", best.extract_seconds);
        std::printf("throughput:        %.2f MB/s, %.0f articles/s (read_document + extract)\n", rate(mb, best.seconds),
                    rate(articles, best.seconds));
        std::printf("extract only:      %.2f MB/s, %.0f articles/s\n", rate(mb, best.extract_seconds),
                    rate(articles, best.extract_seconds));
    }
    if (best.errors != 0) std::printf("input errors:      %zu\n", best.errors);
    std::printf("mentions:          %zu\n", best.mentions);
    for (std::size_t k = 0; k < kind_count; ++k) {
        auto const name = numcheck::name_of(static_cast<numcheck::mention_kind>(k));
        std::printf("  %-18.*s %zu\n", static_cast<int>(name.size()), name.data(), best.per_kind[k]);
    }
    std::printf("peak RSS:          %.1f MiB\n", peak_rss_mib());
    return best.errors == 0 ? 0 : 1;
}
