// Throughput benchmark: extraction over the whole Reuters-21578 corpus on one thread.
//
//   numcheck_bench [DIR] [--kinds-only] [--check] [--findings] [--dump FILE] [--exhaustive] [--limit N]
//                  [--repeats N]
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
// articles (for profiling under callgrind). --dump FILE makes one pass and writes every mention,
// one per line (article, offsets, kind, value, interval, unit, time value, resolution, links), so
// that a change meant to make extraction faster can be shown to find exactly the same: diff two
// dumps. --exhaustive extracts with numcheck::scan_mode::exhaustive (every grammar the first word
// allows, no anchors, no shared amounts): its dump must be identical to the default one.
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
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "reuters_corpus.hpp"

#include "numcheck/document.hpp"
#include "numcheck/error.hpp"
#include "numcheck/extract.hpp"
#include "numcheck/mention.hpp"
#include "numcheck/model.hpp"
#include "numcheck/rules/rule.hpp"
#include "numcheck/utf8.hpp"

namespace {

namespace fs = std::filesystem;
using clock_type = std::chrono::steady_clock;

constexpr std::size_t kind_count = static_cast<std::size_t>(numcheck::mention_kind::comparison) + 1;

using bench::article;
using bench::corpus;
using bench::load_corpus;

struct pass_result {
    double read_seconds = 0;                                    ///< read_document
    double extract_seconds = 0;                                 ///< extract
    double check_seconds = 0;                                   ///< build_claims + run_rules (with --check)
    std::map<std::string, std::array<std::size_t, 3>> findings; ///< per rule code: notes, warnings, errors
    double seconds = 0;                                         ///< the whole pass, wall clock
    std::size_t mentions = 0;
    std::size_t errors = 0;
    std::array<std::size_t, kind_count> per_kind{};
    numcheck::extraction_statistics tried; ///< summed over the articles
};

/// What a pass does besides extraction.
struct pass_options {
    bool check = false;          ///< build the claim model and run every rule
    bool print_findings = false; ///< print each finding with its sentence (for review)
    std::FILE* dump = nullptr;   ///< every mention, one per line
    numcheck::scan_mode mode = numcheck::scan_mode::anchored;
};

void dump_mentions(std::FILE* out, article const& a, std::vector<numcheck::mention> const& mentions) {
    auto const optional_index = [](std::optional<std::size_t> const& i) { return i ? static_cast<long>(*i) : -1L; };
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        numcheck::mention const& m = mentions[i];
        auto const kind = numcheck::name_of(m.kind);
        std::fprintf(out,
                     "%s\t%zu\t%zu-%zu\t%.*s\t%.17g\t%.17g..%.17g\t%s\t%s\t%s\t%s\t%s\t%d\t%ld %ld %ld "
                     "%ld\t%s%s%s%s\t%s %d\t%s\t%d\n",
                     a.id.c_str(), i, m.begin, m.end, static_cast<int>(kind.size()), kind.data(), m.value.value_or(0),
                     m.range ? m.range->low : 0.0, m.range ? m.range->high : 0.0, m.unit.c_str(), m.hedge.c_str(),
                     m.time_value.c_str(), m.resolved.value_or("-").c_str(), m.weekday.c_str(), m.direction,
                     optional_index(m.amount), optional_index(m.from), optional_index(m.to), optional_index(m.parent),
                     m.is_range ? "r" : "", m.ambiguous ? "a" : "", m.dateline ? "d" : "", m.anchored ? "n" : "",
                     m.relative_unit.c_str(), m.relative_offset, m.per.c_str(), m.born.value_or(0));
    }
}

void print_finding(article const& a, numcheck::document const& doc, numcheck::finding const& f) {
    // The sentence around the finding, on one line.
    std::size_t begin = f.span.begin, end = f.span.end;
    while (begin > 0 &&
           !(doc.source[begin - 1] == '.' && begin >= 2 && doc.source[begin] == ' ' &&
             !(doc.source[begin - 2] >= '0' && doc.source[begin - 2] <= '9')) &&
           f.span.begin - begin < 300)
        --begin;
    while (end < doc.source.size() &&
           !(doc.source[end] == '.' &&
             (end + 1 == doc.source.size() || doc.source[end + 1] == ' ' || doc.source[end + 1] == '\n')) &&
           end - f.span.end < 300)
        ++end;
    std::string sentence = doc.source.substr(begin, std::min(end + 1, doc.source.size()) - begin);
    for (char& c : sentence)
        if (c == '\n' || c == '\t') c = ' ';
    std::string_view const level = numcheck::name_of(f.level);
    std::printf("%s %.*s[%.*s] %s\n    | %s\n", a.id.c_str(), static_cast<int>(level.size()), level.data(),
                static_cast<int>(f.code.size()), f.code.data(), f.message.c_str(), sentence.c_str());
    for (auto const& note : f.notes) std::printf("    = %s\n", note.c_str());
}

pass_result run_pass(std::vector<article> const& articles, pass_options const& options = {}) {
    pass_result r;
    clock_type::duration read_time{};
    clock_type::duration extract_time{};
    clock_type::duration check_time{};
    auto const start = clock_type::now();
    for (article const& a : articles) {
        auto const t0 = clock_type::now();
        try {
            numcheck::document const doc = numcheck::read_document("reuters", a.body, numcheck::document_format::plain);
            auto const t1 = clock_type::now();
            numcheck::extraction const found = numcheck::extract(doc, a.date, options.mode);
            auto const t2 = clock_type::now();
            read_time += t1 - t0;
            extract_time += t2 - t1;
            if (options.check) {
                numcheck::claim_model const claims = numcheck::build_claims(doc.prose, found, a.date);
                std::vector<numcheck::finding> const findings = numcheck::run_rules(claims);
                check_time += clock_type::now() - t2;
                for (auto const& f : findings) {
                    ++r.findings[std::string(f.code)][static_cast<std::size_t>(f.level)];
                    if (options.print_findings) print_finding(a, doc, f);
                }
            }
            if (options.dump) dump_mentions(options.dump, a, found.mentions);
            r.mentions += found.mentions.size();
            for (numcheck::mention const& m : found.mentions) ++r.per_kind[static_cast<std::size_t>(m.kind)];
            r.tried.candidates += found.statistics.candidates;
            r.tried.matched_candidates += found.statistics.matched_candidates;
            for (std::size_t g = 0; g < r.tried.attempts.size(); ++g) {
                r.tried.attempts[g] += found.statistics.attempts[g];
                r.tried.matches[g] += found.statistics.matches[g];
            }
        } catch (numcheck::input_error const& e) {
            if (r.errors++ < 5) std::fprintf(stderr, "numcheck_bench: %s: %s\n", a.id.c_str(), e.what());
        }
    }
    auto const stop = clock_type::now();
    using seconds = std::chrono::duration<double>;
    r.seconds = std::chrono::duration_cast<seconds>(stop - start).count();
    r.read_seconds = std::chrono::duration_cast<seconds>(read_time).count();
    r.extract_seconds = std::chrono::duration_cast<seconds>(extract_time).count();
    r.check_seconds = std::chrono::duration_cast<seconds>(check_time).count();
    return r;
}

double peak_rss_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux: KiB
}

int usage_error(char const* message) {
    std::fprintf(stderr,
                 "numcheck_bench: %s\nusage: numcheck_bench [DIR] [--kinds-only] [--check] [--findings] [--dump FILE] "
                 "[--exhaustive] [--limit N] [--repeats N]\n",
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
    pass_options options;
    std::string dump_path;
    for (int i = 1; i < argc; ++i) {
        std::string_view const arg = argv[i];
        if (arg == "--kinds-only") {
            kinds_only = true;
        } else if (arg == "--check") {
            options.check = true;
        } else if (arg == "--findings") {
            options.check = options.print_findings = true;
            kinds_only = true;
        } else if (arg == "--exhaustive") {
            options.mode = numcheck::scan_mode::exhaustive;
        } else if (arg == "--dump") {
            if (i + 1 >= argc) return usage_error("--dump needs a file");
            dump_path = argv[++i];
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
            std::puts("usage: numcheck_bench [DIR] [--kinds-only] [--check] [--findings] [--dump FILE] [--exhaustive] "
                      "[--limit N] [--repeats N]");
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
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> dump(nullptr, &std::fclose);
    if (!dump_path.empty()) {
        dump.reset(std::fopen(dump_path.c_str(), "w"));
        if (!dump) {
            std::fprintf(stderr, "numcheck_bench: %s: cannot write\n", dump_path.c_str());
            return 1;
        }
        options.dump = dump.get();
    }
    if (kinds_only) {
        best = run_pass(c.articles, options);
    } else {
        std::printf("threads:           1\n");
        for (std::size_t i = 0; i < repeats; ++i) {
            pass_result const r = run_pass(c.articles, options);
            std::printf("pass %zu:            %.3f s (read_document %.3f s, extract %.3f s, check %.3f s)\n", i + 1,
                        r.seconds, r.read_seconds, r.extract_seconds, r.check_seconds);
            if (i == 0 || r.seconds < best.seconds) best = r;
        }
        auto const rate = [](double amount, double seconds) { return seconds > 0 ? amount / seconds : 0.0; };
        double const articles = static_cast<double>(c.articles.size());
        std::printf("best of %zu:         %.3f s\n", repeats, best.seconds);
        std::printf("  read_document:   %.3f s\n", best.read_seconds);
        std::printf("  extract:         %.3f s\n", best.extract_seconds);
        std::printf("throughput:        %.2f MB/s, %.0f articles/s (read_document + extract%s)\n",
                    rate(mb, best.seconds), rate(articles, best.seconds),
                    options.check ? " + claim model and rules" : "");
        std::printf("extract only:      %.2f MB/s, %.0f articles/s\n", rate(mb, best.extract_seconds),
                    rate(articles, best.extract_seconds));
        if (options.check)
            std::printf("check only:        %.3f s (claim model and rules), %.0f MB/s\n", best.check_seconds,
                        rate(mb, best.check_seconds));
    }
    if (best.errors != 0) std::printf("input errors:      %zu\n", best.errors);
    std::printf("mentions:          %zu\n", best.mentions);
    for (std::size_t k = 0; k < kind_count; ++k) {
        auto const name = numcheck::name_of(static_cast<numcheck::mention_kind>(k));
        std::printf("  %-18.*s %zu\n", static_cast<int>(name.size()), name.data(), best.per_kind[k]);
    }
    std::printf("grammar attempts:  %zu places tried, %zu with a mention kept\n", best.tried.candidates,
                best.tried.matched_candidates);
    for (std::size_t g = 0; g < best.tried.attempts.size(); ++g) {
        auto const name = numcheck::grammar_names[g];
        std::printf("  %-18.*s %8zu run, %8zu matched\n", static_cast<int>(name.size()), name.data(),
                    best.tried.attempts[g], best.tried.matches[g]);
    }
    if (options.check) {
        std::printf("findings per rule (note / warning / error; per 1,000 articles at warning or above):\n");
        double const thousands = static_cast<double>(c.articles.size()) / 1000.0;
        for (auto const& [code, counts] : best.findings)
            std::printf("  %-8s %6zu / %6zu / %6zu   %.2f\n", code.c_str(), counts[0], counts[1], counts[2],
                        static_cast<double>(counts[1] + counts[2]) / thousands);
    }
    std::printf("peak RSS:          %.1f MiB\n", peak_rss_mib());
    return best.errors == 0 ? 0 : 1;
}
