// The command line end to end: golden JSON reports of the samples, bad input, exit statuses.
// Refresh the golden files after an intended change with:
//   NUMCHECK_UPDATE_GOLDEN=1 ./build/dev/tests/numcheck_tests -tc='golden*'
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

#include "run.hpp"

namespace fs = std::filesystem;

using test::numcheck;
using test::read_file;
using test::temp_dir;

TEST_CASE("golden: numcheck claims --format json on every sample") {
    fs::path const samples = fs::path(NUMCHECK_SOURCE_DIR) / "samples";
    bool const update = std::getenv("NUMCHECK_UPDATE_GOLDEN") != nullptr;
    int checked = 0;
    for (auto const& entry : fs::directory_iterator(samples)) {
        auto const name = entry.path().filename().string();
        if (name == "README.md" || !(entry.path().extension() == ".md" || entry.path().extension() == ".txt")) continue;
        auto const result = numcheck("claims --format json samples/" + name);
        INFO(name);
        REQUIRE(result.status == 0);
        fs::path const golden = fs::path(NUMCHECK_SOURCE_DIR) / "tests" / "golden" / (name + ".json");
        if (update) std::ofstream(golden, std::ios::binary) << result.out;
        REQUIRE(fs::exists(golden));
        CHECK(result.out == read_file(golden));
        ++checked;
    }
    CHECK(checked >= 8);
}

TEST_CASE("golden: numcheck check text reports of every sample and every rule's fixtures") {
    bool const update = std::getenv("NUMCHECK_UPDATE_GOLDEN") != nullptr;
    fs::path const golden_dir = fs::path(NUMCHECK_SOURCE_DIR) / "tests" / "golden";
    std::vector<std::pair<std::string, std::string>> runs; // arguments, golden file name
    for (auto const& entry : fs::directory_iterator(fs::path(NUMCHECK_SOURCE_DIR) / "samples")) {
        auto const name = entry.path().filename().string();
        if (name == "README.md" || !(entry.path().extension() == ".md" || entry.path().extension() == ".txt")) continue;
        runs.emplace_back("check --color never samples/" + name, name + ".check.txt");
    }
    for (auto const& entry : fs::directory_iterator(fs::path(NUMCHECK_SOURCE_DIR) / "tests" / "rules")) {
        auto const code = entry.path().stem().string();
        // "# date: YYYY-MM-DD" in a fixture gives its reference date.
        std::string date;
        std::ifstream in(entry.path());
        for (std::string line; std::getline(in, line);)
            if (line.starts_with("# date: ")) date = " --date " + line.substr(8);
        runs.emplace_back("check --color never" + date + " --select " + code + " tests/rules/" + code + ".txt",
                          "rule-" + code + ".check.txt");
    }
    std::sort(runs.begin(), runs.end());
    for (auto const& run : runs) {
        // Named references, not structured bindings: doctest's INFO captures them in a lambda.
        std::string const& arguments = run.first;
        std::string const& name = run.second;
        auto const result = numcheck(arguments);
        INFO(arguments);
        CHECK((result.status == 0 || result.status == 1));
        fs::path const golden = golden_dir / name;
        if (update) std::ofstream(golden, std::ios::binary) << result.out;
        REQUIRE(fs::exists(golden));
        CHECK(result.out == read_file(golden));
    }
    CHECK(runs.size() >= 16);
}

TEST_CASE("the JSON report follows DESIGN.md's contract") {
    auto const result = numcheck("claims --format json --date 2024-04-09 samples/china-russia-trade.txt");
    REQUIRE(result.status == 0);
    auto const report = nlohmann::json::parse(result.out);
    CHECK(report["tool"]["name"] == "numcheck");
    auto const& file = report["files"][0];
    CHECK(file["path"] == "samples/china-russia-trade.txt");
    CHECK(file["reference_date"]["value"] == "2024-04-09");
    CHECK(file["reference_date"]["source"] == "cli");
    CHECK(file["error"].is_null());
    bool found = false;
    for (auto const& claim : file["claims"]) {
        for (auto key : {"id", "kind", "text", "value", "interval", "unit", "span"}) CHECK(claim.contains(key));
        if (claim["text"] == "$240 billion") {
            found = true;
            CHECK(claim["kind"] == "money");
            CHECK(claim["value"] == 2.4e11);
            CHECK(claim["unit"] == "USD");
            CHECK(claim["span"]["line"] == 13);
            CHECK(claim["span"]["column"] == 100);
        }
        if (claim["text"] == "last year") CHECK(claim["value"] == "2023");
    }
    CHECK(found);
    CHECK(report["summary"]["files"] == 1);
}

TEST_CASE("front matter gives the reference date; the Markdown copy finds the same figures") {
    auto const md = nlohmann::json::parse(numcheck("claims --format json samples/china-russia-trade.md").out);
    auto const txt = nlohmann::json::parse(numcheck("claims --format json samples/china-russia-trade.txt").out);
    CHECK(md["files"][0]["reference_date"]["source"] == "front-matter");
    // The plain text has no date: it is inferred from the text, and agrees with the front matter.
    auto const& inferred = txt["files"][0]["reference_date"];
    CHECK(inferred["source"] == "inferred");
    CHECK(inferred["value"] == "2024-04-09");
    CHECK(inferred["value"] == md["files"][0]["reference_date"]["value"]);
    REQUIRE(inferred["reasons"].size() == 2);
    CHECK(inferred["reasons"][0].get<std::string>().find("compared with 2022") != std::string::npos);
    CHECK(inferred["reasons"][1].get<std::string>().find("April 9, 2024 is a Tuesday") != std::string::npos);
    auto texts = [](nlohmann::json const& r) {
        std::vector<std::string> out;
        for (auto const& c : r["files"][0]["claims"]) out.push_back(c["text"]);
        return out;
    };
    CHECK(texts(md) == texts(txt));
}

TEST_CASE("bad input is reported with the file and place, and the other files are still read") {
    fs::path const dir = temp_dir("bad");
    std::ofstream(dir / "a-good.txt") << "Sales rose 5 percent.\n";
    std::ofstream(dir / "b-bad.txt", std::ios::binary) << "Sales\n rose \xFF 5 percent.\n";
    std::ofstream(dir / "c-binary.md", std::ios::binary) << std::string("x\0y", 3);
    std::ofstream(dir / "d-empty.md") << "";
    std::ofstream(dir / "e-ignored.csv") << "1,2,3\n";
    fs::create_directories(dir / "sub");
    std::ofstream(dir / "sub" / "f-nested.markdown") << "Costs fell 3 pct.\n";
    std::string const before = read_file(dir / "b-bad.txt");

    auto const result =
        numcheck("claims --format json '" + dir.string() + "' '" + (dir / "missing.txt").string() + "'");
    CHECK(result.status == 2);
    auto const json_text = result.out.substr(0, result.out.find("\n[stderr]\n"));
    auto const report = nlohmann::json::parse(json_text);
    auto const& files = report["files"];
    REQUIRE(files.size() == 6);
    CHECK(files[0]["error"].is_null());
    CHECK(files[0]["claims"].size() == 2);
    CHECK(files[1]["error"].get<std::string>().find("b-bad.txt:2:7: invalid UTF-8") != std::string::npos);
    CHECK(files[2]["error"].get<std::string>().find("NUL byte") != std::string::npos);
    CHECK(files[3]["error"].is_null());
    CHECK(files[3]["claims"].empty());
    CHECK(files[4]["path"].get<std::string>().find("f-nested.markdown") != std::string::npos);
    CHECK(files[4]["claims"].size() == 2);
    CHECK(files[5]["error"].get<std::string>().find("missing.txt: cannot open") != std::string::npos);
    CHECK(result.out.find("[stderr]") != std::string::npos);
    // Input files are never modified.
    CHECK(read_file(dir / "b-bad.txt") == before);
}

TEST_CASE("an unreadable file is an error, not a crash") {
    fs::path const dir = temp_dir("unreadable");
    fs::create_directories(dir / "folder.txt"); // a directory with a text extension: searched, holds nothing
    // (a folder that gives nothing to check is said, exit 2: a mistyped or emptied folder is no clean one)
    auto const empty = numcheck("claims '" + (dir / "folder.txt").string() + "'");
    CHECK(empty.status == 2);
    CHECK(empty.out.find("folder.txt: no *.md, *.markdown or *.txt file in this folder") != std::string::npos);
    // A link to nothing, given by name and found in a directory.
    fs::create_symlink(dir / "nowhere.txt", dir / "dangling.txt");
    std::ofstream(dir / "good.txt") << "Exports rose 4 pct.\n";
    auto const result = numcheck("claims --format json '" + (dir / "dangling.txt").string() + "' '" +
                                 (dir / "good.txt").string() + "'");
    CHECK(result.status == 2);
    auto const report = nlohmann::json::parse(result.out.substr(0, result.out.find("\n[stderr]\n")));
    CHECK(report["files"][0]["error"].get<std::string>().find("dangling.txt: cannot open") != std::string::npos);
    CHECK(report["files"][1]["claims"].size() == 2);
}

TEST_CASE("no input passes for clean that was not read (review, 2026-12-02)") {
    fs::path const dir = temp_dir("not-read");
    fs::create_directories(dir / "loop");
    std::ofstream(dir / "good.md") << "Exports rose 4 pct.\n";
    // Inside a folder: a link to nothing and a loop of links are errors, not passed over.
    fs::create_symlink(dir / "nowhere.md", dir / "dangling.md");
    fs::create_symlink("b.md", dir / "loop" / "a.md");
    fs::create_symlink("a.md", dir / "loop" / "b.md");
    auto const walked = numcheck("check --format short '" + dir.string() + "'");
    CHECK(walked.status == 2);
    CHECK(walked.out.find("dangling.md: cannot read: No such file") != std::string::npos);
    CHECK(walked.out.find("a.md: cannot read: Too many levels of symbolic links") != std::string::npos);
    CHECK(numcheck("claims '" + dir.string() + "'").status == 2);
    // A FIFO or a device named outright is refused by its type (opening a FIFO would wait forever).
    fs::path const fifo = dir / "pipe.md";
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    auto const piped = numcheck("check '" + fifo.string() + "' '" + (dir / "good.md").string() + "'");
    CHECK(piped.status == 2);
    CHECK(piped.out.find("pipe.md: not a text file: it is a FIFO") != std::string::npos);
    CHECK(numcheck("check /dev/zero").out.find("/dev/zero: not a text file: it is a device") != std::string::npos);
    // ... and one found in a folder is named too, not passed over in silence.
    auto const in_folder = numcheck("check --format short '" + dir.string() + "'");
    CHECK(in_folder.status == 2);
    CHECK(in_folder.out.find("pipe.md: not a text file: it is a FIFO") != std::string::npos);
    // A report that cannot be written in full is no success.
    if (fs::exists("/dev/full"))
        CHECK(numcheck("check --format sarif samples/china-russia-trade.txt > /dev/full").status == 2);
    // --write-baseline never writes over a file being checked; --config must be a file.
    std::string const before = test::read_file(dir / "good.md");
    auto const over = numcheck("check --write-baseline '" + (dir / "good.md").string() + "' '" + dir.string() + "'");
    CHECK(over.status == 2);
    CHECK(over.out.find("is one of the files checked") != std::string::npos);
    CHECK(test::read_file(dir / "good.md") == before);
    auto const config_folder = numcheck("check --config '" + dir.string() + "' '" + (dir / "good.md").string() + "'");
    CHECK(config_folder.status == 2);
    CHECK(config_folder.out.find("not a configuration file: it is a folder") != std::string::npos);
}

TEST_CASE("a file name that is not UTF-8 is checked and written as valid JSON (field test, 2026-12-04)") {
    fs::path const dir = temp_dir("name_bytes");
    std::ofstream(dir / "bad\xFFname.md") << "Profit rose 9 percent to $2.4 billion from $1.8 billion.\n";
    for (std::string const format : {"json", "sarif"}) {
        INFO(format);
        auto const result = numcheck("check --format " + format + " '" + dir.string() + "'");
        CHECK(result.status == 1);
        REQUIRE(result.out.find("[stderr]") == std::string::npos);
        auto const report = nlohmann::json::parse(result.out);
        if (format == "json") {
            CHECK(report["summary"]["warnings"] == 1);
            CHECK(report["files"][0]["path"].get<std::string>().find("bad\xEF\xBF\xBDname.md") != std::string::npos);
        }
    }
    CHECK(nlohmann::json::parse(numcheck("claims --format json '" + dir.string() + "'").out)["files"].size() == 1);
}

TEST_CASE("a folder's walk passes over hidden folders and node_modules; include names what folders give") {
    fs::path const dir = temp_dir("walk_hidden");
    for (fs::path const sub : {"news", ".git", "node_modules/pkg"}) {
        fs::create_directories(dir / sub);
        std::ofstream(dir / sub / "a.md") << "Profit rose 9 percent to $2.4 billion from $1.8 billion.\n";
    }
    auto const walked = numcheck("check --format short '" + dir.string() + "'");
    CHECK(walked.status == 1);
    CHECK(walked.out.find("news/a.md:1:") != std::string::npos);
    CHECK(walked.out.find(".git") == std::string::npos);
    CHECK(walked.out.find("node_modules") == std::string::npos);
    // (a hidden folder named outright is read)
    CHECK(numcheck("check --format short '" + (dir / ".git").string() + "'").status == 1);
    // An include glob of another extension would match nothing: said, with the file and place.
    std::ofstream(dir / ".numcheck.toml") << "include = [\"*.rst\"]\n";
    auto const rst = numcheck("check --format short '" + dir.string() + "'");
    CHECK(rst.status == 2);
    CHECK(rst.out.find("include: '*.rst' can match no file") != std::string::npos);
}

TEST_CASE("a file named twice is checked once; UTF-16 is named; spaces in --select are trimmed") {
    auto const twice = numcheck("check --format json samples/china-russia-trade.txt ./samples/china-russia-trade.txt");
    auto const report = nlohmann::json::parse(twice.out.substr(0, twice.out.find("\n[stderr]\n")));
    CHECK(report["files"].size() == 1);
    fs::path const dir = temp_dir("utf16");
    std::ofstream(dir / "u16.md", std::ios::binary) << std::string("\xFF\xFES\0a\0", 6);
    auto const utf16 = numcheck("check '" + (dir / "u16.md").string() + "'");
    CHECK(utf16.status == 2);
    CHECK(utf16.out.find("UTF-16 text") != std::string::npos);
    CHECK(numcheck("check --select 'NC101, NC202' samples/china-russia-trade.txt").status == 1);
}

TEST_CASE("a front matter date that cannot be read is a note at its place, not a silent fallback") {
    fs::path const dir = temp_dir("front_matter_date");
    std::ofstream(dir / "a.md") << "---\ntitle: T\ndate: 2024-04-31\n---\nSales rose 5 pct last year.\n";
    auto const result = numcheck("check --format json '" + (dir / "a.md").string() + "'");
    CHECK(result.status == 0); // notes do not fail a check
    auto const report = nlohmann::json::parse(result.out);
    auto const& diagnostics = report["files"][0]["diagnostics"];
    REQUIRE(diagnostics.size() == 2);
    CHECK(diagnostics[0]["code"] == "NC001");
    CHECK(diagnostics[0]["message"] ==
          "front matter date: \"2024-04-31\" cannot be read as a date: April 2024 has 30 days");
    CHECK(diagnostics[0]["span"]["line"] == 3);
    CHECK(diagnostics[0]["span"]["column"] == 7);
    CHECK(diagnostics[1]["message"].get<std::string>().find("\"last year\" cannot be resolved") == 0);
    // the date given on the command line makes it moot
    auto const given =
        nlohmann::json::parse(numcheck("check --format json --date 2024-04-09 '" + (dir / "a.md").string() + "'").out);
    CHECK(given["files"][0]["diagnostics"].empty());
    // and --ignore NC001 silences it
    auto const ignored =
        nlohmann::json::parse(numcheck("check --format json --ignore NC001 '" + (dir / "a.md").string() + "'").out);
    CHECK(ignored["files"][0]["diagnostics"].empty());
}

TEST_CASE("a fail level below the lowest severity shown is said, not silently moot") {
    auto const result = numcheck("check --min-severity error --fail-level warning samples/china-russia-trade.txt");
    CHECK(result.status == 0);
    CHECK(result.out.find("neither shown nor counted") != std::string::npos);
    CHECK(numcheck("check --min-severity warning samples/china-russia-trade.txt").out.find("neither shown") ==
          std::string::npos);
}

TEST_CASE("standard input") {
    auto const result = numcheck("claims --format json -", "Imports fell 3 pct to 2 mln tonnes.\n");
    REQUIRE(result.status == 0);
    auto const report = nlohmann::json::parse(result.out);
    CHECK(report["files"][0]["path"] == "<stdin>");
    CHECK(report["files"][0]["claims"][0]["kind"] == "change");
}

TEST_CASE("bad options exit with status 2 and say why") {
    auto const bad_date = numcheck("claims --date 2024-13-01 samples/china-russia-trade.txt");
    CHECK(bad_date.status == 2);
    CHECK(bad_date.out.find("numcheck: error: --date: '2024-13-01' is no date: there is no month 13") !=
          std::string::npos);
    // (claims reads --date as check does: "today" for a file without a date of its own, the reason said)
    auto const no_day = numcheck("claims --date 2024-02-30 samples/china-russia-trade.txt");
    CHECK(no_day.status == 2);
    CHECK(no_day.out.find("February 2024 has 29 days") != std::string::npos);
    auto const today = numcheck("claims --date today samples/china-russia-trade.txt");
    CHECK(today.status == 0);
    CHECK(today.out.find("(today)") != std::string::npos);
    CHECK(numcheck("claims --date today samples/china-russia-trade.md").out.find("2024-04-09 (front-matter)") !=
          std::string::npos);
    CHECK(numcheck("claims").out.find("PATH is required") != std::string::npos);
    auto const bad_format = numcheck("claims --format xml samples/china-russia-trade.txt");
    CHECK(bad_format.status == 2);
    auto const no_paths = numcheck("claims");
    CHECK(no_paths.status == 2);
    auto const unknown = numcheck("frobnicate");
    CHECK(unknown.status == 2);
    auto const version = numcheck("--version");
    CHECK(version.status == 0);
    CHECK(version.out.find("numcheck") != std::string::npos);
}

TEST_CASE("the text table lists claims with line:column") {
    auto const result = numcheck("claims samples/china-russia-trade.txt");
    REQUIRE(result.status == 0);
    CHECK(result.out.find("13:100") != std::string::npos);
    CHECK(result.out.find("$240 billion") != std::string::npos);
    CHECK(result.out.find("reference date 2024-04-09 (inferred)") != std::string::npos);
}

TEST_CASE("numcheck check: a clean file exits 0 with a summary line") {
    fs::path const dir = temp_dir("check_clean");
    std::ofstream(dir / "clean.txt") << "Sales rose 5 percent to 105 units from 100 units.\n";
    auto const result = numcheck("check '" + (dir / "clean.txt").string() + "'");
    CHECK(result.status == 0);
    CHECK(result.out == "no findings in 1 file\n");
}

TEST_CASE("numcheck FILE is numcheck check FILE") {
    fs::path const dir = temp_dir("check_default");
    std::ofstream(dir / "clean.txt") << "Exports fell 3 pct.\n";
    auto const path = "'" + (dir / "clean.txt").string() + "'";
    auto const implicit = numcheck(path);
    auto const explicit_check = numcheck("check " + path);
    CHECK(implicit.status == 0);
    CHECK(implicit.out == explicit_check.out);
    auto const with_option = numcheck("--format json " + path);
    CHECK(with_option.status == 0);
    CHECK(nlohmann::json::parse(with_option.out)["files"].size() == 1);
    auto const from_stdin = numcheck("-", "Exports fell 3 pct.\n");
    CHECK(from_stdin.status == 0);
    // standard input that opens with front matter is Markdown: its date is the reference date
    auto const piped = numcheck("claims --format json -", "---\ndate: 2024-11-20\n---\nSales rose last year.\n");
    CHECK(piped.status == 0);
    auto const piped_report = nlohmann::json::parse(piped.out);
    CHECK(piped_report["files"][0]["reference_date"]["value"] == "2024-11-20");
    CHECK(piped_report["files"][0]["reference_date"]["source"] == "front-matter");
}

TEST_CASE("numcheck check --format json: claims, a diagnostics array and the summary") {
    auto const result = numcheck("check --format json --date 2024-04-09 samples/china-russia-trade.txt");
    REQUIRE(result.status <= 1); // 1 once NC202 flags the sample's flagship mismatch
    auto const report = nlohmann::json::parse(result.out);
    CHECK(report["tool"]["name"] == "numcheck");
    auto const& file = report["files"][0];
    CHECK(file["path"] == "samples/china-russia-trade.txt");
    CHECK(file["reference_date"]["value"] == "2024-04-09");
    CHECK(file["claims"].size() > 10);
    CHECK(file["diagnostics"].is_array());
    CHECK(file["error"].is_null());
    for (auto key : {"files", "claims", "errors", "warnings", "notes", "file_errors"})
        CHECK(report["summary"].contains(key));
    CHECK(report["summary"]["files"] == 1);
    CHECK(report["summary"]["claims"] == file["claims"].size());
}

TEST_CASE("numcheck check reports a wrong percentage change, exits 1, and honours the options") {
    fs::path const dir = temp_dir("check_finding");
    std::ofstream(dir / "profit.txt") << "Results\n\nProfit rose 9 percent to $2.4 billion from $1.8 billion.\n";
    auto const path = "'" + (dir / "profit.txt").string() + "'";

    auto const json = numcheck("check --format json " + path);
    CHECK(json.status == 1);
    auto const report = nlohmann::json::parse(json.out);
    auto const& diagnostics = report["files"][0]["diagnostics"];
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0]["code"] == "NC101");
    CHECK(diagnostics[0]["rule"] == "percent-change-arithmetic");
    CHECK(diagnostics[0]["severity"] == "warning");
    CHECK(diagnostics[0]["span"]["line"] == 3);
    CHECK(diagnostics[0]["related"].size() == 2);
    CHECK(report["summary"]["warnings"] == 1);

    auto const text = numcheck("check " + path);
    CHECK(text.status == 1);
    CHECK(text.out.find("warning[NC101]: percent-change-arithmetic: ") == 0);
    CHECK(text.out.find("profit.txt:3:") != std::string::npos);
    CHECK(text.out.find("3 | Profit rose 9 percent") != std::string::npos);
    CHECK(text.out.find("^^^") != std::string::npos);
    CHECK(text.out.find("= note: ") != std::string::npos);
    CHECK(text.out.find("\n1 warning in 1 file\n") != std::string::npos);
    CHECK(text.out.find('\x1b') == std::string::npos); // not a terminal: no colour

    auto const short_form = numcheck("check --format short " + path);
    CHECK(short_form.status == 1);
    CHECK(short_form.out.find("profit.txt:3:") != std::string::npos);
    CHECK(short_form.out.find(": warning[NC101] percent-change-arithmetic: ") != std::string::npos);
    CHECK(std::count(short_form.out.begin(), short_form.out.end(), '\n') == 1);

    CHECK(numcheck("check --color always " + path).out.find('\x1b') != std::string::npos);
    CHECK(numcheck("check --fail-level error " + path).status == 0);
    auto const above = numcheck("check --min-severity error " + path);
    CHECK(above.status == 0);
    CHECK(above.out == "no findings in 1 file\n");
    CHECK(numcheck("check --ignore NC101 " + path).status == 0);
    CHECK(numcheck("check --ignore percent-change-arithmetic " + path).status == 0);
    CHECK(numcheck("check --select NC102,NC103 " + path).status == 0);
    CHECK(numcheck("check --select nc101 " + path).status == 1);
    CHECK(numcheck("check --select NC102 --select NC101 " + path).status == 1);
    // (options that leave no rule say so)
    auto const none = numcheck("check --select NC101 --ignore NC101 " + path);
    CHECK(none.status == 0);
    CHECK(none.out.find("numcheck: warning: no rule is left to run") != std::string::npos);
}

TEST_CASE("numcheck check: a file that cannot be read is exit 2, and the other files are still checked") {
    fs::path const dir = temp_dir("check_bad");
    std::ofstream(dir / "a.txt") << "Profit rose 9 percent to $2.4 billion from $1.8 billion.\n";
    std::ofstream(dir / "b.txt", std::ios::binary) << "bad \xFF byte\n";
    auto const result = numcheck("check --format short '" + dir.string() + "'");
    CHECK(result.status == 2);
    CHECK(result.out.find("a.txt:1:") != std::string::npos);
    CHECK(result.out.find("numcheck: error: ") != std::string::npos);
    CHECK(result.out.find("b.txt:1:5: invalid UTF-8") != std::string::npos);
}

TEST_CASE("numcheck check: bad options exit 2 and name the problem") {
    auto const unknown_rule = numcheck("check --select NC101,no-such-rule samples/china-russia-trade.txt");
    CHECK(unknown_rule.status == 2);
    CHECK(unknown_rule.out.find("no-such-rule") != std::string::npos);
    auto const unknown_ignored = numcheck("check --ignore NC999 samples/china-russia-trade.txt");
    CHECK(unknown_ignored.status == 2);
    CHECK(unknown_ignored.out.find("NC999") != std::string::npos);
    auto const xml = numcheck("check --format xml samples/china-russia-trade.txt");
    CHECK(xml.status == 2);
    CHECK(xml.out.find("numcheck: error: --format: 'xml' is not a format; use text, short, json, sarif or github") !=
          std::string::npos);
    // (an option the parser does not know reads like every other error)
    auto const unknown_option = numcheck("check --bogus samples/china-russia-trade.txt");
    CHECK(unknown_option.status == 2);
    CHECK(unknown_option.out.find("numcheck: error: The following argument was not expected: --bogus") !=
          std::string::npos);
    CHECK(numcheck("check --min-severity fatal samples/china-russia-trade.txt").status == 2);
    CHECK(numcheck("check --color sometimes samples/china-russia-trade.txt").status == 2);
    auto const no_day = numcheck("check --date 2024-02-30 samples/china-russia-trade.txt");
    CHECK(no_day.status == 2);
    CHECK(no_day.out.find("February 2024 has 29 days") != std::string::npos);
    // (no year an article is dated in; nor an empty value)
    CHECK(numcheck("check --date 0000-01-01 samples/china-russia-trade.txt").status == 2);
    CHECK(numcheck("check --date 9999-12-31 samples/china-russia-trade.txt").status == 2);
    CHECK(numcheck("check --date '' samples/china-russia-trade.txt").status == 2);
    CHECK(numcheck("check").status == 2);
    CHECK(numcheck("").status == 2);
    auto const typo = numcheck("rulez");
    CHECK(typo.status == 2);
    CHECK(typo.out.find("neither a subcommand nor a file") != std::string::npos);
}

TEST_CASE("numcheck rules and numcheck explain") {
    auto const rules = numcheck("rules");
    CHECK(rules.status == 0);
    CHECK(rules.out.find("NC101") != std::string::npos);
    CHECK(rules.out.find("percent-change-arithmetic") != std::string::npos);
    CHECK(rules.out.find("NC108") != std::string::npos);

    auto const by_code = numcheck("explain NC101");
    CHECK(by_code.status == 0);
    CHECK(by_code.out.find("NC101 percent-change-arithmetic") == 0);
    for (auto section : {"What it checks", "Why it matters", "Example", "Not flagged"})
        CHECK(by_code.out.find(section) != std::string::npos);
    auto const by_name = numcheck("explain percent-change-arithmetic");
    CHECK(by_name.status == 0);
    CHECK(by_name.out == by_code.out);
    CHECK(numcheck("explain nc101").out == by_code.out);

    auto const unknown = numcheck("explain NC999");
    CHECK(unknown.status == 2);
    CHECK(unknown.out.find("NC999") != std::string::npos);
    CHECK(unknown.out.find("numcheck rules") != std::string::npos);
    CHECK(numcheck("explain").status == 2);
}

TEST_CASE("--help describes the subcommands and the exit status") {
    auto const help = numcheck("--help");
    CHECK(help.status == 0);
    for (auto word : {"check", "claims", "rules", "explain", "Exit status"})
        CHECK(help.out.find(word) != std::string::npos);
    auto const check_help = numcheck("check --help");
    CHECK(check_help.status == 0);
    for (auto word : {"--select", "--ignore", "--min-severity", "--fail-level", "--color", "--format"})
        CHECK(check_help.out.find(word) != std::string::npos);
}

TEST_CASE("flagship: one finding at warning or above, NC202 on $664 billion in 2022, with or without a date") {
    for (std::string const arguments : {"check --format json samples/china-russia-trade.txt",
                                        "check --format json --date 2024-04-09 samples/china-russia-trade.txt",
                                        "check --format json samples/china-russia-trade.md"}) {
        INFO(arguments);
        auto const result = numcheck(arguments);
        CHECK(result.status == 1);
        auto const report = nlohmann::json::parse(result.out);
        auto const& file = report["files"][0];
        CHECK(file["reference_date"]["value"] == "2024-04-09");
        std::vector<nlohmann::json> serious;
        for (auto const& d : file["diagnostics"])
            if (d["severity"] != "note") serious.push_back(d);
        REQUIRE(serious.size() == 1);
        auto const& d = serious.front();
        CHECK(d["code"] == "NC202");
        CHECK(d["rule"] == "comparison-year-mismatch");
        bool const markdown = arguments.ends_with(".md");
        CHECK(d["span"]["line"] == (markdown ? 34 : 14));
        CHECK(d["message"].get<std::string>().find("2022") != std::string::npos);
        CHECK(d["message"].get<std::string>().find("2023") != std::string::npos);
        REQUIRE(d["related"].size() == 1);
        CHECK(d["related"][0]["span"]["line"] == (markdown ? 32 : 13));
        std::string const source =
            read_file(fs::path(NUMCHECK_SOURCE_DIR) /
                      (markdown ? "samples/china-russia-trade.md" : "samples/china-russia-trade.txt"));
        auto const begin = d["span"]["begin"].get<std::size_t>(), end = d["span"]["end"].get<std::size_t>();
        CHECK(source.substr(begin, end - begin) == "$664 billion in 2022");
        auto const rb = d["related"][0]["span"]["begin"].get<std::size_t>();
        auto const re = d["related"][0]["span"]["end"].get<std::size_t>();
        CHECK(source.substr(rb, re - rb) == "$240 billion last year");
    }
    // With line 14's year corrected, nothing is reported at warning or above.
    fs::path const dir = temp_dir("flagship_fixed");
    std::string text = read_file(fs::path(NUMCHECK_SOURCE_DIR) / "samples/china-russia-trade.txt");
    auto const at = text.find("$664 billion in 2022");
    REQUIRE(at != std::string::npos);
    text.replace(at, 20, "$664 billion in 2023");
    std::ofstream(dir / "fixed.txt", std::ios::binary) << text;
    auto const fixed = numcheck("check --format short '" + (dir / "fixed.txt").string() + "'");
    CHECK(fixed.status == 0);
    CHECK(fixed.out.empty());
}

TEST_CASE("numcheck check --format sarif and --format github: the flagship's one warning, exit status 1") {
    auto const sarif = numcheck("check --format sarif samples/china-russia-trade.txt");
    CHECK(sarif.status == 1);
    auto const log = nlohmann::json::parse(sarif.out);
    auto const& results = log["runs"][0]["results"];
    REQUIRE(results.size() == 1);
    CHECK(results[0]["ruleId"] == "NC202");
    CHECK(results[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 14);
    CHECK(results[0]["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 13);

    auto const github = numcheck("check --format github samples/china-russia-trade.txt");
    CHECK(github.status == 1);
    CHECK(github.out.starts_with("::warning file=samples/china-russia-trade.txt,line=14,col=140,"));
    CHECK(std::count(github.out.begin(), github.out.end(), '\n') == 1);

    // A clean run: exit 0, an empty results array, no workflow commands.
    auto const clean = numcheck("check --format sarif samples/lakeport-budget.md");
    CHECK(clean.status == 0);
    CHECK(nlohmann::json::parse(clean.out)["runs"][0]["results"].empty());
    CHECK(numcheck("check --format github samples/lakeport-budget.md").out.empty());
}
