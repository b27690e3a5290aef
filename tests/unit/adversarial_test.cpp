// Input built to break a text tool: huge runs of digits, a megabyte on one line, deep nesting,
// every Unicode space and dash, invalid UTF-8 at every position, 100,000 files, files that vanish
// while being checked. Nothing crashes, every bad file is named, input is never modified. (Each
// case runs the whole pipeline; a quadratic blow-up shows as a suite that does not finish, which
// bench/adversarial.sh measures.)
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <thread>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "numcheck/analyse.hpp"
#include "numcheck/document.hpp"
#include "numcheck/error.hpp"
#include "numcheck/render/report.hpp"
#include "numcheck/segment.hpp"
#include "run.hpp"

namespace fs = std::filesystem;

using test::read_file;
using test::temp_dir;

namespace {

numcheck::file_result check(std::string text, std::string const& path = "adversarial.txt") {
    auto file =
        numcheck::analyse_document(numcheck::read_document(path, std::move(text), numcheck::format_for_path(path)),
                                   numcheck::calendar_date{2024, 4, 9});
    numcheck::check_file(file);
    return file;
}

std::size_t count_kind(numcheck::file_result const& file, numcheck::mention_kind kind) {
    return static_cast<std::size_t>(std::count_if(file.found.mentions.begin(), file.found.mentions.end(),
                                                  [&](auto const& m) { return m.kind == kind; }));
}

} // namespace

TEST_CASE("10 MB of digits and commas") {
    std::string text;
    text.reserve(10'000'000);
    unsigned x = 12345;
    while (text.size() < 10'000'000) {
        x = x * 1103515245u + 12345u;
        text += std::to_string((x >> 8) % 1000);
        text += ',';
    }
    auto const file = check(text);
    CHECK(!file.error);
    CHECK(file.doc->source.size() == text.size());
}

TEST_CASE("a 1 MB line of wrong changes: all but the few cut apart found, the last one's column exact") {
    std::string const change = "rose 5 percent to 3.2 million from 2.1 million ";
    std::string text;
    while (text.size() + change.size() <= 1'000'000) text += change;
    auto const file = check(text);
    std::size_t const changes = text.size() / change.size();
    CHECK(count_kind(file, numcheck::mention_kind::change) >= changes - changes / 100);
    // (a line with no sentence end is cut into pieces of max_sentence_bytes at a space: the change
    // a cut falls inside, one in about 170, loses its values)
    REQUIRE(file.findings.size() >= changes - changes / 100);
    REQUIRE(file.findings.size() <= changes);
    auto const& last = file.findings.back();
    CHECK(last.span.line == 1);
    CHECK(last.span.column == (changes - 1) * change.size() + 1);
}

TEST_CASE("100,000 numbers in one sentence") {
    std::string text = "The figures were ";
    for (int i = 0; i < 100'000; ++i) text += std::to_string(i * 7 + 10'000) + (i % 2 ? ", " : " and ");
    text += "in all.\n";
    auto const file = check(text);
    CHECK(count_kind(file, numcheck::mention_kind::number) >= 100'000);
}

TEST_CASE("figures joined by any punctuation and time phrases repeated on one line (review, 2026-12-02)") {
    // Each was quadratic: a look-ahead read a "word" of "0|1|2|..." to its end from every figure, the
    // dateline looked back to the line start from every date, totals and dates looked at every
    // earlier mention of the sentence. Now a sentence is at most max_sentence_bytes long and the
    // look-aheads stop at a word's length.
    for (std::string const separator : {"|", "/", "$", "%", ";", "_"}) {
        std::string text;
        for (int i = 0; i < 40'000; ++i) text += std::to_string(i) + separator;
        text += "\n";
        INFO(separator);
        auto const file = check(text);
        // (figures after a slash are pairs such as "24/7", no figures of their own)
        if (separator == "/") continue;
        CHECK(count_kind(file, numcheck::mention_kind::number) + count_kind(file, numcheck::mention_kind::money) +
                  count_kind(file, numcheck::mention_kind::percent) >
              1'000);
    }
    for (std::string const phrase : {"Jan 1 ", "a total of 5 ", "last year ", "In comparison ", "three weeks later "}) {
        std::string text;
        for (int i = 0; i < 40'000; ++i) text += phrase;
        INFO(phrase);
        auto const file = check(text);
        REQUIRE(!file.found.sentences.empty());
        for (auto const& sentence : file.found.sentences)
            CHECK(sentence.end - sentence.begin <= numcheck::max_sentence_bytes);
        CHECK(file.found.sentences.back().end == text.size() - 1);
    }
}

TEST_CASE("deeply nested Markdown lists and block quotes") {
    std::string text;
    for (int i = 0; i < 3000; ++i)
        text += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- level had 5 percent\n";
    text += std::string(10'000, '>') + " Sales rose 9 percent to $2.4 billion from $1.8 billion.\n";
    for (int i = 0; i < 3000; ++i) text += std::string(static_cast<std::size_t>(i % 60), '>') + " 12 percent\n";
    auto const file = check(text, "nested.md");
    CHECK(!file.error);
    CHECK(count_kind(file, numcheck::mention_kind::percent) > 0);
}

TEST_CASE("every Unicode space and dash is read like a plain one") {
    // Spaces inside figures and between words; dashes and the minus sign in ranges and negatives.
    for (char const* space : {"\u00A0", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007",
                              "\u2008", "\u2009", "\u200A", "\u202F", "\u205F", "\u3000", "\u1680"}) {
        auto const file = check(fmt::format("Trade hit $240{}billion last{}year.\n", space, space));
        INFO("space U+", fmt::format("{:04X}", static_cast<unsigned>(file.doc->source[4])));
        auto const money = std::find_if(file.found.mentions.begin(), file.found.mentions.end(),
                                        [](auto const& m) { return m.kind == numcheck::mention_kind::money; });
        REQUIRE(money != file.found.mentions.end());
        CHECK(money->value == doctest::Approx(2.4e11));
        CHECK(file.doc->source.substr(money->span.begin, money->span.end - money->span.begin).starts_with("$240"));
        CHECK(count_kind(file, numcheck::mention_kind::relative_time) == 1);
    }
    for (char const* dash : {"\u2010", "\u2011", "\u2012", "\u2013", "\u2212", "\uFE63", "\uFF0D"}) {
        auto const file = check(fmt::format("Temperatures fell to {}3.2 degrees, from 16{}18 degrees.\n", dash, dash));
        INFO(dash);
        auto const numbers = count_kind(file, numcheck::mention_kind::number);
        CHECK(numbers >= 2);
    }
    // Zero-width and soft-hyphen characters inside words and figures.
    auto const file = check("Profit rose 9\u00ADpercent to $2.4\u200B billion from $1.8\u2060 billion.\n");
    CHECK(!file.error);
}

TEST_CASE("NUL bytes and invalid UTF-8 at every position of a short text are errors naming the place") {
    std::string const text = "Sales rose 5 percent.\nCosts fell 3 percent last year.\n";
    for (std::size_t at = 0; at < text.size(); ++at) {
        for (char const bad : {'\xFF', '\x80', '\xC3', '\0'}) {
            std::string broken = text;
            broken[at] = bad;
            INFO("byte ", static_cast<int>(static_cast<unsigned char>(bad)), " at ", at);
            try {
                (void)numcheck::read_document("t.txt", broken, numcheck::document_format::plain);
                FAIL("no error");
            } catch (numcheck::input_error const& e) {
                std::string const what = e.what();
                std::size_t const line = at < text.find('\n') + 1 ? 1 : 2;
                CHECK(what.starts_with(fmt::format("t.txt:{}:", line)));
                CHECK(what.find(fmt::format("byte offset {}", at)) != std::string::npos);
            }
        }
    }
    // A sequence cut short at the very end.
    CHECK_THROWS_AS((void)numcheck::read_document("t.txt", text + "\xE2\x82", numcheck::document_format::plain),
                    numcheck::input_error);
}

TEST_CASE("a folder of 100,000 files: all checked, memory bounded, in order") {
    auto const dir = temp_dir("hundred_thousand");
    for (int i = 0; i < 100'000; ++i) {
        auto const sub = dir / fmt::format("{:03}", i / 1000);
        if (i % 1000 == 0) fs::create_directories(sub);
        std::ofstream(sub / fmt::format("{:06}.txt", i))
            << (i == 99'999 ? "Sales slid to 640 units from 590.\n" : "Sales rose 10 percent to 110 from 100.\n");
    }
    auto const result = test::numcheck("--color never --jobs 2 " + dir.string());
    CHECK(result.status == 1);
    CHECK(result.out.find("099/099999.txt:1:7\n") != std::string::npos);
    CHECK(result.out.find("1 error in 1 of 100000 files") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("files that disappear or turn into folders while a run is going are errors; the others are checked") {
    // Between finding a file and reading it.
    auto const dir = temp_dir("vanishing");
    std::ofstream(dir / "a.txt") << "Sales rose 10 percent to 110 from 100.\n";
    std::ofstream(dir / "b.txt") << "Sales rose 10 percent to 110 from 100.\n";
    auto const inputs = numcheck::find_inputs({dir.string()});
    REQUIRE(inputs.size() == 2);
    fs::remove(dir / "a.txt");
    fs::remove(dir / "b.txt");
    fs::create_directory(dir / "b.txt");
    auto const gone = numcheck::analyse_file(inputs[0].path, std::nullopt);
    REQUIRE(gone.error);
    CHECK(gone.error->find("a.txt: cannot open") != std::string::npos);
    auto const folder = numcheck::analyse_file(inputs[1].path, std::nullopt);
    REQUIRE(folder.error);
    CHECK(folder.error->find("b.txt") != std::string::npos);

    // During a run on many threads: whatever the timing, each file is checked or named as an error.
    auto const many = temp_dir("vanishing_many");
    for (int i = 0; i < 3000; ++i)
        std::ofstream(many / fmt::format("{:04}.txt", i)) << "Sales slid to 640 units from 590.\n";
    std::atomic<bool> stop = false;
    std::thread remover([&] {
        for (int i = 2999; i >= 0 && !stop; i -= 2) fs::remove(many / fmt::format("{:04}.txt", i));
    });
    auto const run = test::numcheck("--format short --jobs 2 " + many.string());
    stop = true;
    remover.join();
    CHECK((run.status == 1 || run.status == 2));
    std::size_t const findings = static_cast<std::size_t>(std::count(run.out.begin(), run.out.end(), '\n'));
    CHECK(findings >= 1500); // the 1,500 files never removed, and error lines for the others
    CHECK(run.out.find("0000.txt:1:7: error[NC102]") != std::string::npos);
}

TEST_CASE("input files are never modified, whatever the options") {
    auto const dir = temp_dir("untouched");
    fs::copy(fs::path(NUMCHECK_SOURCE_DIR) / "samples", dir / "samples");
    std::ofstream(dir / "samples" / "suppressed.md") << "<!-- numcheck-disable-next-line NC101 -->\n"
                                                        "Profit rose 9 percent to $2.4 billion from $1.8 billion.\n";
    std::map<std::string, std::string> before;
    for (auto const& e : fs::recursive_directory_iterator(dir)) before[e.path().string()] = read_file(e.path());
    auto const times = [&] {
        std::map<std::string, fs::file_time_type> out;
        for (auto const& e : fs::recursive_directory_iterator(dir)) out[e.path().string()] = e.last_write_time();
        return out;
    };
    auto const mtimes = times();
    for (std::string const options : {"", "--format json", "--format sarif", "--format github", "--format short",
                                      "--date git", "--date today --jobs 1", "--progress always"})
        test::numcheck(options + " " + (dir / "samples").string());
    test::numcheck("--write-baseline " + (test::scratch_root() / "untouched_baseline.json").string() + " " +
                   (dir / "samples").string());
    test::numcheck("claims --format json " + (dir / "samples").string());
    std::map<std::string, std::string> after;
    for (auto const& e : fs::recursive_directory_iterator(dir)) after[e.path().string()] = read_file(e.path());
    CHECK(before == after);
    CHECK(mtimes == times());
}

TEST_CASE("a dash at the text's first byte before a weekday (the clause's start is looked for before it)") {
    // (the sanitizer build reads out of bounds if the look-back passes the text's start)
    for (std::string text : {"- Friday, prices rose.", "-Friday, prices rose 5 pct.", "-\nFriday, it fell."}) {
        INFO(text);
        auto const file = check(text);
        CHECK(count_kind(file, numcheck::mention_kind::date) == 1);
    }
}

TEST_CASE("a span of weekdays before a span of days with its year (field test h202, 2026-12-05)") {
    // (the first weekday's value, "XXXX-WXX-1", was once read as a month and a day: the file was lost)
    std::string const en_dash = "\xE2\x80\x93";
    for (std::string text :
         {std::string("The sale ran Monday through Wednesday, May 13-15, 2024."),
          std::string("Friday-Sunday, Nov. 24-26, 2023."), std::string("Thursday to Sunday, Nov. 23-26, 2023."),
          std::string("Saturday through Tuesday, Dec. 30, 2023-Jan. 2, 2024."),
          "The sale ran Monday through Wednesday, May 13" + en_dash + "15, 2024."}) {
        INFO(text);
        auto const file = check(text);
        CHECK(count_kind(file, numcheck::mention_kind::date) >= 2);
    }
}

TEST_CASE("20,000 findings in one line, and 20,000 weekdays wrong for the year (review, 2026-12-04)") {
    // Each finding's sentence was read once per finding for a correction note (1.6 s), and each
    // yearless weekday read every mention of the text for other years (1.3 s): now once per sentence,
    // and only the sentences concerned.
    std::string changes;
    for (int i = 0; i < 20'000; ++i) changes += "sales rose 12 percent to $70,000 from $65,000; ";
    auto const file = check(changes + "\n");
    CHECK(file.findings.size() > 1'000);
    std::string weekdays;
    for (int i = 0; i < 20'000; ++i) weekdays += "The plant will reopen on Thursday, Jan. 5. ";
    auto const dates = check(weekdays + "\n");
    CHECK(dates.findings.size() > 1'000);
}

TEST_CASE("comma-free sentences of changes in one paragraph, findings on one long line as text, a text of "
          "years (review, 2026-12-04)") {
    // Values after an aside were looked for by a comma back to the start of the text (1.7 MB: 13.7 s),
    // the text report split the line into code points once per finding (8,000 findings on a 340 KB line:
    // 5.9 s), and the inferred date listed a reason per pair of its evidence (519,271 for 195 KB).
    std::string lines;
    for (int i = 0; i < 20'000; ++i) lines += "Sales slid to 640 units from 590.\r";
    auto const slid = check(lines + "\n");
    CHECK(slid.findings.size() > 19'000); // (a few cut apart where a run of 8 KB without a full stop ends)
    std::string wholes;
    for (int i = 0; i < 4'000; ++i) wholes += "Rescuers reached 320 of the 300 passengers; ";
    auto const parts = check(wholes + "\n");
    CHECK(parts.findings.size() > 1'000);
    CHECK(numcheck::render::report_text(parts, false).size() > parts.findings.size() * 100);
    std::string years;
    for (int i = 0; i < 5'000; ++i)
        years += fmt::format("in {}, last year, compared with {} ", 1900 + i % 100, 1950 + i % 100);
    auto const dated = numcheck::analyse_document(
        numcheck::read_document("years.txt", years + "\n", numcheck::document_format::plain), std::nullopt);
    CHECK(dated.reference.year.has_value());
    CHECK(dated.reference.reasons.size() <= 14);
}
