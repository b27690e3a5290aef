// The command line in a newsroom's workflow: .numcheck.toml, --config, baselines, --jobs,
// --date git|today, the progress bar, and the exit status in each situation.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "run.hpp"

namespace fs = std::filesystem;
using test::numcheck;
using test::read_file;
using test::temp_dir;

namespace {

void write_file(fs::path const& path, std::string const& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

std::string const wrong_change = "Profit rose 9 percent to $2.4 billion from $1.8 billion.\n";
std::string const wrong_sum = "Phase one costs $2 million and phase two $5 million, a total of $9 million.\n";

/// The codes of the findings in a JSON report, in order.
std::vector<std::string> codes(std::string const& json_report) {
    std::vector<std::string> out;
    auto const report = nlohmann::json::parse(json_report.substr(0, json_report.find("\n[stderr]")));
    for (auto const& file : report["files"])
        for (auto const& d : file["diagnostics"]) out.push_back(d["code"].get<std::string>());
    return out;
}

using strings = std::vector<std::string>;

} // namespace

TEST_CASE("config: found from the file's folder upward; rules off, ignored, raised; fail-level and min-severity") {
    auto const dir = temp_dir("config_upward");
    write_file(dir / "news" / "2024" / "a.txt", wrong_change + wrong_sum);
    auto const a = (dir / "news" / "2024" / "a.txt").string();
    CHECK(codes(numcheck("--format json " + a).out) == strings{"NC101", "NC105"});

    write_file(dir / ".numcheck.toml", "ignore = [\"NC105\"]\n[rules]\nNC101 = \"error\"\n");
    auto const raised = numcheck("--format json " + a);
    CHECK(codes(raised.out) == strings{"NC101"});
    CHECK(nlohmann::json::parse(raised.out)["files"][0]["diagnostics"][0]["severity"] == "error");
    CHECK(raised.status == 1);

    // A nearer file wins; "off" turns a rule off; fail-level decides the exit status.
    write_file(dir / "news" / ".numcheck.toml",
               "fail-level = \"error\"\n[rules]\npercent-change-arithmetic = \"off\"\n");
    auto const nearer = numcheck("--format json " + a);
    CHECK(codes(nearer.out) == strings{"NC105"});
    CHECK(nearer.status == 1); // NC105 is an error by default
    write_file(dir / "news" / ".numcheck.toml", "fail-level = \"error\"\n[rules]\nNC105 = \"warning\"\n");
    CHECK(numcheck("--format json " + a).status == 0);        // both warnings now, below the failing level
    CHECK(numcheck("--fail-level warning " + a).status == 1); // the command line wins
    write_file(dir / "news" / ".numcheck.toml", "min-severity = \"error\"\n");
    CHECK(codes(numcheck("--format json " + a).out) == strings{"NC105"});
    CHECK(codes(numcheck("--format json --min-severity note " + a).out) == strings{"NC101", "NC105"});

    // --select on the command line replaces the configuration's; --no-config and --config.
    write_file(dir / "news" / ".numcheck.toml", "select = [\"NC101\"]\n");
    CHECK(codes(numcheck("--format json " + a).out) == strings{"NC101"});
    CHECK(codes(numcheck("--format json --select NC105 " + a).out) == strings{"NC105"});
    CHECK(codes(numcheck("--format json --no-config " + a).out) == strings{"NC101", "NC105"});
    write_file(dir / "other.toml", "select = [\"sum-mismatch\"]\n");
    CHECK(codes(numcheck("--format json --config " + (dir / "other.toml").string() + " " + a).out) == strings{"NC105"});
}

TEST_CASE("config: a newcomer's mistakes are named with file, line and column") {
    auto const dir = temp_dir("config_errors");
    write_file(dir / "a.txt", wrong_change);
    auto const a = (dir / "a.txt").string();
    auto const try_config = [&](std::string const& text) {
        write_file(dir / ".numcheck.toml", text);
        return numcheck(a);
    };
    auto const syntax = try_config("select = [\"NC101\"\n");
    CHECK(syntax.status == 2);
    CHECK(syntax.out.find(".numcheck.toml:") != std::string::npos);
    auto const unknown_key = try_config("# settings\nslect = [\"NC101\"]\n");
    CHECK(unknown_key.status == 2);
    CHECK(unknown_key.out.find(".numcheck.toml:2:1: unknown setting 'slect'") != std::string::npos);
    auto const unknown_rule = try_config("[rules]\nNC999 = \"error\"\n");
    CHECK(unknown_rule.status == 2);
    CHECK(unknown_rule.out.find("[rules] names no rule 'NC999'") != std::string::npos);
    auto const bad_level = try_config("fail-level = \"fatal\"\n");
    CHECK(bad_level.out.find("'fail-level' must be note, warning or error, not 'fatal'") != std::string::npos);
    auto const bad_date = try_config("[date]\nreference = \"yesterday\"\n");
    CHECK(bad_date.out.find("'date.reference' must be auto, git, today or a date YYYY-MM-DD") != std::string::npos);
    auto const bad_tolerance = try_config("[tolerance]\nsum = \"a lot\"\n");
    CHECK(bad_tolerance.out.find("'tolerance.sum' must be a number of 0 or more") != std::string::npos);
    // A broken configuration found for many files is told in full once, for the first of them.
    write_file(dir / "b.txt", wrong_change);
    write_file(dir / ".numcheck.toml", "[rules\n");
    auto const twice = numcheck(dir.string());
    CHECK(twice.status == 2);
    CHECK(twice.out.find("a.txt: not checked: ") != std::string::npos);
    CHECK(twice.out.find(".numcheck.toml:1:") != std::string::npos);
    CHECK(twice.out.find(".numcheck.toml:1:", twice.out.find(".numcheck.toml:1:") + 1) == std::string::npos);
    CHECK(twice.out.find("b.txt: not checked: the configuration error above") != std::string::npos);
    std::filesystem::remove(dir / "b.txt");
    // A broken configuration given with --config stops the run before any file.
    auto const given = numcheck("--config " + (dir / ".numcheck.toml").string() + " " + a);
    CHECK(given.status == 2);
    CHECK(numcheck("--config " + (dir / "missing.toml").string() + " " + a).out.find("cannot open the configuration") !=
          std::string::npos);
}

TEST_CASE("config: include and exclude apply to files found in folders; files named outright are checked") {
    auto const dir = temp_dir("config_globs");
    write_file(dir / "news" / "a.md", wrong_change);
    write_file(dir / "news" / "drafts" / "b.md", wrong_change);
    write_file(dir / "archive" / "c.txt", wrong_change);
    write_file(dir / "notes.txt", wrong_change);
    write_file(dir / ".numcheck.toml",
               "include = [\"news/**\", \"*.txt\"]\nexclude = [\"drafts\", \"archive/*.txt\"]\n");
    auto const out = numcheck("--format short " + dir.string()).out;
    CHECK(out.find("news/a.md") != std::string::npos);
    CHECK(out.find("notes.txt") != std::string::npos);
    CHECK(out.find("b.md") == std::string::npos);
    CHECK(out.find("c.txt") == std::string::npos);
    CHECK(numcheck("--format short " + (dir / "archive" / "c.txt").string()).out.find("c.txt") != std::string::npos);
}

TEST_CASE("config: tolerances and the reference-date policy") {
    auto const dir = temp_dir("config_policy");
    write_file(dir / "a.txt", "Sales rose 30 percent to 180 units from 150.\n"
                              "Phase one costs $2.0 million and phase two $5.0 million, a total of $7.3 million.\n"
                              "Jones, 38, was born in 1984.\n");
    auto const a = (dir / "a.txt").string();
    CHECK(codes(numcheck("--format json --date 2024-04-09 " + a).out) == strings{"NC101", "NC105", "NC206"});
    write_file(dir / ".numcheck.toml", "[tolerance]\npercent-change = 10\nsum = 0.03\nage = 1\n");
    CHECK(codes(numcheck("--format json --date 2024-04-09 " + a).out).empty());

    // [date] reference gives the date; infer = false leaves an undated text undated.
    fs::copy_file(fs::path(NUMCHECK_SOURCE_DIR) / "samples" / "china-russia-trade.txt", dir / "flagship.txt");
    auto const flagship = (dir / "flagship.txt").string();
    write_file(dir / ".numcheck.toml", "[date]\nreference = \"2024-04-09\"\n");
    auto const given = nlohmann::json::parse(numcheck("--format json " + flagship).out);
    CHECK(given["files"][0]["reference_date"]["source"] == "config");
    CHECK(codes(given.dump()) == strings{"NC202"});
    write_file(dir / ".numcheck.toml", "[date]\ninfer = false\n");
    auto const undated = nlohmann::json::parse(numcheck("--format json " + flagship).out);
    CHECK(undated["files"][0]["reference_date"]["source"] == "none");
    // What the text proves alone still counts: "up 26 percent compared with 2022" is not for 2022.
    CHECK(codes(undated.dump()) == strings{"NC001", "NC202"});
    CHECK(undated["files"][0]["diagnostics"][1]["message"] ==
          "$664 billion is for 2022, the figure it is compared with is not for 2022");
}

TEST_CASE("numcheck claims reads the configuration as check does: [date], include and exclude, --no-config") {
    auto const dir = temp_dir("claims_config");
    write_file(dir / "news" / "a.md", "Sales rose last year.\n");
    write_file(dir / "news" / "skip.md", "Sales fell last year.\n");
    write_file(dir / "news" / ".numcheck.toml", "exclude = [\"**/skip.md\"]\n[date]\nreference = \"2020-06-01\"\n");
    auto const folder = (dir / "news").string();
    auto const configured = numcheck("claims --format json " + folder);
    CHECK(configured.status == 0);
    auto const json = nlohmann::json::parse(configured.out);
    REQUIRE(json["files"].size() == 1);
    CHECK(json["files"][0]["reference_date"]["source"] == "config");
    CHECK(json["files"][0]["claims"][0]["value"] == "2019");
    // --no-config: both files, no date; --config with --no-config is a usage error
    auto const bare = nlohmann::json::parse(numcheck("claims --no-config --format json " + folder).out);
    CHECK(bare["files"].size() == 2);
    CHECK(bare["files"][0]["reference_date"]["source"] == "none");
    CHECK(numcheck("claims --no-config --config " + (dir / "news" / ".numcheck.toml").string() + " " + folder).status ==
          2);
    // --date wins over the configuration's date
    auto const dated = nlohmann::json::parse(
        numcheck("claims --format json --date 2024-04-09 " + (dir / "news" / "a.md").string()).out);
    CHECK(dated["files"][0]["claims"][0]["value"] == "2023");
    // a broken configuration: each file it governs is not read, the error told once in full
    write_file(dir / "news" / ".numcheck.toml", "bogus = 1\n");
    auto const broken = numcheck("claims " + folder);
    CHECK(broken.status == 2);
    CHECK(broken.out.find("unknown setting 'bogus'") != std::string::npos);
    CHECK(broken.out.find("the configuration error above") != std::string::npos);
}

TEST_CASE("baseline: adopt on an archive, then only new findings count; edits elsewhere keep old ones matched") {
    auto const dir = temp_dir("baseline");
    write_file(dir / "a.md", "# Story\n\n" + wrong_change + "\n" + wrong_sum);
    auto const baseline = (dir / "baseline.json").string();
    auto const written = numcheck("--write-baseline " + baseline + " " + dir.string());
    CHECK(written.status == 0);
    CHECK(written.out.find("numcheck: wrote 2 findings to") != std::string::npos);
    auto const stored = nlohmann::json::parse(read_file(baseline));
    REQUIRE(stored["findings"].size() == 2);
    CHECK(stored["findings"][0]["code"] == "NC101");

    auto const clean = numcheck("--baseline " + baseline + " " + dir.string());
    CHECK(clean.status == 0);
    CHECK(clean.out.find("no findings in 1 file (2 in the baseline)") != std::string::npos);

    // A new paragraph at the top moves the old findings down; a new error is the only one reported.
    write_file(dir / "a.md", "# Story\n\nA new lead paragraph.\n\n" + wrong_change + "\n" + wrong_sum +
                                 "\nSales slid to 640 units from 590.\n");
    auto const after = numcheck("--format json --baseline " + baseline + " " + dir.string());
    CHECK(after.status == 1);
    CHECK(codes(after.out) == strings{"NC102"});
    CHECK(nlohmann::json::parse(after.out)["summary"]["baselined"] == 2);

    auto const broken = (dir / "broken.json").string();
    write_file(broken, "{\"findings\": 3}");
    auto const bad = numcheck("--baseline " + broken + " " + dir.string());
    CHECK(bad.status == 2);
    CHECK(bad.out.find("not a baseline") != std::string::npos);
}

TEST_CASE(
    "--jobs: the same report, in input order, whatever the number of threads; a bad file does not stop the others") {
    auto const dir = temp_dir("jobs");
    for (int i = 0; i < 40; ++i)
        write_file(dir / ("f" + std::to_string(100 + i) + ".txt"), i % 3 == 0 ? wrong_change : wrong_sum);
    write_file(dir / "f120.txt", std::string("bad \xff byte\n"));
    for (std::string const format : {"text", "short", "json", "sarif", "github"}) {
        auto const one = numcheck("--jobs 1 --format " + format + " " + dir.string());
        auto const four = numcheck("--jobs 4 --format " + format + " " + dir.string());
        INFO(format);
        CHECK(one.status == 2);
        CHECK(four.status == 2);
        CHECK(one.out == four.out);
        CHECK(one.out.find("f120.txt:1:5: invalid UTF-8") != std::string::npos);
        CHECK(one.out.find("f139.txt") != std::string::npos);
    }
    CHECK(numcheck("--jobs 0 " + dir.string()).status == 2);
}

TEST_CASE("--date today and --date git: for files without a date of their own") {
    auto const dir = temp_dir("git_date");
    fs::copy_file(fs::path(NUMCHECK_SOURCE_DIR) / "samples" / "china-russia-trade.txt", dir / "flagship.txt");
    auto const today =
        nlohmann::json::parse(numcheck("--format json --date today " + (dir / "flagship.txt").string()).out);
    CHECK(today["files"][0]["reference_date"]["source"] == "today");

    // Front matter wins over git and today.
    write_file(dir / "dated.md", "---\ndate: 2020-01-01\n---\nSales rose last year.\n");
    CHECK(nlohmann::json::parse(numcheck("--format json --date today " + (dir / "dated.md").string())
                                    .out)["files"][0]["reference_date"]["source"] == "front-matter");

    // Outside a repository git cannot tell: a warning, and the file is still checked, dated from itself
    // (the flagship's date inferred from its text, its one finding reported).
    auto const not_a_repo = numcheck("--date git " + (dir / "flagship.txt").string());
    CHECK(not_a_repo.status == 1);
    CHECK(not_a_repo.out.find("--date git:") != std::string::npos);
    CHECK(not_a_repo.out.find("NC202") != std::string::npos);

    std::string const git =
        "cd '" + dir.string() + "' && git init -q . && git config user.email t@example.invalid && " +
        "git config user.name T && git add flagship.txt && GIT_COMMITTER_DATE='2024-04-10T12:00:00' " +
        "git commit -q -m x >/dev/null 2>&1";
    if (std::system(git.c_str()) != 0) {
        MESSAGE("skipped the --date git repository case: git is not available");
        return;
    }
    auto const committed = numcheck("--format json --date git " + (dir / "flagship.txt").string());
    auto const report = nlohmann::json::parse(committed.out);
    CHECK(report["files"][0]["reference_date"]["value"] == "2024-04-10");
    CHECK(report["files"][0]["reference_date"]["source"] == "git");
    CHECK(codes(committed.out) == strings{"NC202"});
    // Not committed yet: today's date.
    write_file(dir / "new.txt", "Sales rose last year.\n");
    CHECK(nlohmann::json::parse(numcheck("--format json --date git " + (dir / "new.txt").string())
                                    .out)["files"][0]["reference_date"]["source"] == "today");
}

TEST_CASE("progress bar: on standard error with --progress always, never otherwise when not a terminal") {
    auto const shown = numcheck("--progress always --format short samples/");
    CHECK(shown.out.find("numcheck: [") != std::string::npos);
    CHECK(shown.out.find("files") != std::string::npos);
    CHECK(numcheck("--format short samples/").out.find("numcheck: [") == std::string::npos);
    CHECK(numcheck("--progress never --format short samples/").out.find("numcheck: [") == std::string::npos);
}

TEST_CASE("exit status in each situation") {
    CHECK(numcheck("samples/lakeport-budget.md").status == 0);                         // clean
    CHECK(numcheck("samples/china-russia-trade.txt").status == 1);                     // a warning
    CHECK(numcheck("--fail-level error samples/china-russia-trade.txt").status == 0);  // below the failing level
    CHECK(numcheck("--fail-level note samples/australia-wheat-1987.txt").status == 1); // a note, failing at note
    CHECK(numcheck("--min-severity error samples/china-russia-trade.txt").status == 0);
    CHECK(numcheck("no-such-file.md").status == 2);                                // unreadable
    CHECK(numcheck("samples/china-russia-trade.txt no-such-file.md").status == 2); // input error wins
    CHECK(numcheck("--jobs -3 samples/").status == 2);                             // bad option
    CHECK(numcheck("--date tomorrow samples/").status == 2);
    CHECK(numcheck("--progress sometimes samples/").status == 2);
    CHECK(numcheck("--config a.toml --no-config samples/").status == 2);
    auto const version = numcheck("--version");
    CHECK(version.status == 0);
    CHECK(version.out == std::string("numcheck ") + NUMCHECK_VERSION + "\n");
    auto const help = numcheck("check --help");
    CHECK(help.status == 0);
    for (std::string const option :
         {"--config", "--no-config", "--jobs", "--baseline", "--write-baseline", "--progress", "--format", "--date",
          "--select", "--ignore", "--min-severity", "--fail-level", "--color", "sarif", "github", "git", "today"})
        CHECK_MESSAGE(help.out.find(option) != std::string::npos, option);
}
