// Google Benchmark (Debian's libbenchmark-dev) of each grammar entry point and of each stage of
// the pipeline, to find where extraction and checking spend their time.
//
//   build/release/bench/numcheck_grammar_bench [--benchmark_filter=REGEX] [CORPUS_DIR]
//
// Grammars run on short phrases in news style, once where they match ("hit") and once where
// extraction tries them but they fail ("miss": the candidate words extraction hands them in real
// copy). The pipeline stages run on the first 1,000 Reuters-21578 articles when the corpus is in
// ../shared/corpora/reuters21578 (or the directory given last on the command line), else on
// samples/.
#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reuters_corpus.hpp"

#include "grammars/age.hpp"
#include "grammars/change.hpp"
#include "grammars/comparison.hpp"
#include "grammars/date.hpp"
#include "grammars/duration.hpp"
#include "grammars/money.hpp"
#include "grammars/number.hpp"
#include "grammars/ordinal.hpp"
#include "grammars/percent.hpp"
#include "grammars/period.hpp"
#include "grammars/relative_time.hpp"
#include "numcheck/document.hpp"
#include "numcheck/extract.hpp"
#include "numcheck/model.hpp"
#include "numcheck/rules/rule.hpp"
#include "numcheck/segment.hpp"

namespace {

namespace g = numcheck::grammar;
namespace fs = std::filesystem;

struct phrases {
    std::vector<std::string> hit;  ///< the grammar matches each
    std::vector<std::string> miss; ///< extraction tries the grammar here, and it fails
};

/// Parses every phrase once per iteration; counts bytes and matches.
template <typename Rule>
void run_grammar(benchmark::State& state, Rule const& rule, std::vector<std::string> const& texts) {
    typename Rule::attribute_type attribute{};
    std::size_t bytes = 0;
    for (auto const& t : texts) bytes += t.size();
    std::size_t matched = 0;
    for (auto _ : state) {
        for (auto const& t : texts) {
            char const* first = t.data();
            bool const ok = g::x3::phrase_parse(first, t.data() + t.size(), rule, g::space, attribute);
            matched += ok ? 1 : 0;
            benchmark::DoNotOptimize(first);
        }
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bytes));
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(texts.size()));
    state.counters["matched"] = static_cast<double>(matched) / static_cast<double>(state.iterations());
}

template <typename Rule>
void register_grammar(char const* name, Rule const& rule, phrases const& p) {
    benchmark::RegisterBenchmark((std::string("grammar/") + name + "/hit").c_str(),
                                 [rule, texts = p.hit](benchmark::State& s) { run_grammar(s, rule, texts); });
    benchmark::RegisterBenchmark((std::string("grammar/") + name + "/miss").c_str(),
                                 [rule, texts = p.miss](benchmark::State& s) { run_grammar(s, rule, texts); });
}

// Candidate starts that real copy hands the grammars and that are not mentions of that kind.
std::vector<std::string> const digit_misses{"737 jets",  "3 of the",  "16 and over", "1 the company",
                                            "50 shares", "2 said it", "12 members",  "4 people"};
std::vector<std::string> const word_misses{"the company said", "in the first", "for the year",  "at the end",
                                           "a spokesman",      "on the other", "from the bank", "by the government"};

std::vector<std::string> operator+(std::vector<std::string> a, std::vector<std::string> const& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

void register_grammars() {
    register_grammar(
        "number", g::number(),
        {{"1,234", "12.5 mln", "three", "1.4 billion", "two-thirds", "1 1/2", "about 300", "nearly 40,000"},
         word_misses});
    register_grammar("money", g::money(),
                     {{"$240 billion", "1.4 mln dlrs", "664 billion dlrs", "US$ 5", "12 pence", "£3.2 million",
                       "2.50 dlrs a share", "Rs 500 crore"},
                      digit_misses + word_misses});
    register_grammar("percent", g::percent(),
                     {{"26 percent", "9.1 pct", "11.6%", "half a percent", "50 basis points", "three percentage points",
                       "0.5 pct", "about 12 pct"},
                      digit_misses});
    register_grammar("ordinal", g::ordinal(),
                     {{"21st", "first", "second", "twenty-third", "3rd", "100th", "fourth", "ninth"}, digit_misses});
    register_grammar("change", g::change(),
                     {{"up 26 percent", "fell 9.1 pct to 1.4 mln tonnes from 1.6 mln", "rose by 11.6 percent",
                       "a 12 pct increase", "doubled", "down 3.2 pct", "increased 40 pct", "10-fold"},
                      digit_misses + word_misses});
    register_grammar("comparison", g::comparison(),
                     {{"compared with 2022", "against 1.2 mln", "versus 12 pct", "compared with 8.9 mln",
                       "than in 1986", "compared with a year earlier", "against a loss of 3 mln dlrs", "In comparison"},
                      word_misses});
    register_grammar("date", g::date(),
                     {{"April 9", "Tuesday, April 9", "on March 3, 1987", "24 February 2022", "2022-02-24", "3/15/87",
                       "Jan 26", "24th of May"},
                      digit_misses + word_misses});
    register_grammar("period", g::period(),
                     {{"in 2022", "1986", "the first quarter", "fiscal 1987", "Q3 2023", "the 1990s", "March 1987",
                       "the second half"},
                      digit_misses + word_misses});
    register_grammar("relative_time", g::relative_time(),
                     {{"last year", "a year earlier", "yesterday", "next month", "three weeks ago", "this year",
                       "the previous year", "a week ago"},
                      digit_misses + word_misses});
    register_grammar("duration", g::duration(),
                     {{"three weeks", "less than three weeks", "20-year", "10 years", "six months", "within two days",
                       "five-year", "12 months"},
                      digit_misses + word_misses});
    register_grammar(
        "age", g::age(),
        {{"45-year-old", "aged 63", "age 70", "63 years old", "born in 1950", "age 65", "57-year-old", "aged 40"},
         digit_misses + word_misses});
}

// ---------------------------------------------------------------------------------------------
// Pipeline stages

struct article_set {
    std::vector<bench::article> articles;
    std::size_t bytes = 0;
    std::string source;
};

article_set const& articles() {
    static article_set const set = [] {
        article_set s;
        fs::path corpus = "../shared/corpora/reuters21578";
        if (char const* dir = std::getenv("NUMCHECK_BENCH_CORPUS")) corpus = dir;
        bench::corpus c;
        if (fs::is_directory(corpus) && bench::load_corpus(corpus, c, 1000)) {
            s.articles = std::move(c.articles);
            s.source = "first 1,000 Reuters-21578 articles";
        } else {
            for (auto const& entry : fs::directory_iterator("samples")) {
                if (entry.path().filename() == "README.md") continue;
                if (auto text = bench::read_file(entry.path()))
                    s.articles.push_back({entry.path().string(), *text, {}});
            }
            s.source = "samples/ (Reuters corpus not found)";
        }
        for (auto const& a : s.articles) s.bytes += a.body.size();
        return s;
    }();
    return set;
}

void set_throughput(benchmark::State& state) {
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(articles().bytes));
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(articles().articles.size()));
}

std::vector<numcheck::document> const& documents() {
    static auto const docs = [] {
        std::vector<numcheck::document> out;
        for (auto const& a : articles().articles)
            out.push_back(numcheck::read_document(a.id, a.body, numcheck::document_format::plain));
        return out;
    }();
    return docs;
}

std::vector<numcheck::extraction> const& extractions() {
    static auto const found = [] {
        std::vector<numcheck::extraction> out;
        auto const& docs = documents();
        for (std::size_t i = 0; i < docs.size(); ++i)
            out.push_back(numcheck::extract(docs[i], articles().articles[i].date));
        return out;
    }();
    return found;
}

void pipeline_read(benchmark::State& state) {
    for (auto _ : state)
        for (auto const& a : articles().articles)
            benchmark::DoNotOptimize(numcheck::read_document(a.id, a.body, numcheck::document_format::plain));
    set_throughput(state);
}

void pipeline_sentences(benchmark::State& state) {
    auto const& docs = documents();
    for (auto _ : state)
        for (auto const& d : docs) benchmark::DoNotOptimize(numcheck::split_sentences(d.prose));
    set_throughput(state);
}

void pipeline_extract(benchmark::State& state) {
    auto const& docs = documents();
    std::size_t mentions = 0;
    for (auto _ : state)
        for (std::size_t i = 0; i < docs.size(); ++i)
            mentions += numcheck::extract(docs[i], articles().articles[i].date).mentions.size();
    set_throughput(state);
    state.counters["mentions"] = static_cast<double>(mentions) / static_cast<double>(state.iterations());
}

void pipeline_claims(benchmark::State& state) {
    auto const& docs = documents();
    auto const& found = extractions();
    for (auto _ : state)
        for (std::size_t i = 0; i < docs.size(); ++i)
            benchmark::DoNotOptimize(numcheck::build_claims(docs[i].prose, found[i], articles().articles[i].date));
    set_throughput(state);
}

void pipeline_rules(benchmark::State& state) {
    auto const& docs = documents();
    auto const& found = extractions();
    std::vector<numcheck::claim_model> models;
    for (std::size_t i = 0; i < docs.size(); ++i)
        models.push_back(numcheck::build_claims(docs[i].prose, found[i], articles().articles[i].date));
    std::size_t findings = 0;
    for (auto _ : state)
        for (auto const& m : models) findings += numcheck::run_rules(m).size();
    set_throughput(state);
    state.counters["findings"] = static_cast<double>(findings) / static_cast<double>(state.iterations());
}

void pipeline_whole(benchmark::State& state) {
    for (auto _ : state) {
        for (auto const& a : articles().articles) {
            auto const doc = numcheck::read_document(a.id, a.body, numcheck::document_format::plain);
            auto const found = numcheck::extract(doc, a.date);
            auto const claims = numcheck::build_claims(doc.prose, found, a.date);
            benchmark::DoNotOptimize(numcheck::run_rules(claims));
        }
    }
    set_throughput(state);
}

void register_pipeline() {
    benchmark::RegisterBenchmark("pipeline/read_document", pipeline_read);
    benchmark::RegisterBenchmark("pipeline/split_sentences", pipeline_sentences);
    benchmark::RegisterBenchmark("pipeline/extract", pipeline_extract);
    benchmark::RegisterBenchmark("pipeline/build_claims", pipeline_claims);
    benchmark::RegisterBenchmark("pipeline/run_rules", pipeline_rules);
    benchmark::RegisterBenchmark("pipeline/whole", pipeline_whole);
}

} // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (argc > 1) setenv("NUMCHECK_BENCH_CORPUS", argv[argc - 1], 1);
    register_grammars();
    register_pipeline();
    benchmark::AddCustomContext("pipeline input", articles().source);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
