// Inline suppression comments: what they silence, where, and the NC002 note for those that
// silence nothing.
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "numcheck/analyse.hpp"
#include "numcheck/document.hpp"
#include "numcheck/render/report.hpp"

namespace {

numcheck::file_result checked(std::string text, std::string const& path = "t.md",
                              numcheck::rule_selection const& selection = {}) {
    auto file =
        numcheck::analyse_document(numcheck::read_document(path, std::move(text), numcheck::format_for_path(path)),
                                   numcheck::calendar_date{2024, 4, 9});
    numcheck::check_file(file, selection);
    return file;
}

/// "CODE@line" for every finding, in order.
std::vector<std::string> found(numcheck::file_result const& file) {
    std::vector<std::string> out;
    for (auto const& f : file.findings) out.push_back(std::string(f.code) + "@" + std::to_string(f.span.line));
    return out;
}

using strings = std::vector<std::string>;

std::string const wrong = "Profit rose 9 percent to $2.4 billion from $1.8 billion.\n";
std::string const wrong_sum = "Phase one costs $2 million and phase two $5 million, a total of $9 million.\n";

} // namespace

TEST_CASE("disable-next-line silences the next line with text, keeps the reason, and counts it") {
    auto const file =
        checked("<!-- numcheck-disable-next-line NC101 -- the company's own figure -->\n\n" + wrong + "\n" + wrong);
    CHECK(found(file) == strings{"NC101@5"});
    REQUIRE(file.suppressed.size() == 1);
    CHECK(file.suppressed[0].silenced.code == "NC101");
    CHECK(file.suppressed[0].silenced.span.line == 3);
    CHECK(file.suppressed[0].reason == "the company's own figure");
    CHECK(!file.suppressed[0].silenced.fingerprint.empty());
    numcheck::render::report_summary summary;
    summary.add(file);
    CHECK(numcheck::render::summary_line(summary) == "1 warning in 1 file (1 suppressed)");
}

TEST_CASE("a suppression of another rule, or of the wrong line, silences nothing and gets an NC002 note") {
    auto const file = checked("<!-- numcheck-disable-next-line NC105 -->\n" + wrong + "\n" + wrong +
                              "<!-- numcheck-disable-next-line percent-change-arithmetic -->\n\nNo figures here.\n");
    CHECK(found(file) == strings{"NC002@1", "NC101@2", "NC101@4", "NC002@5"});
    CHECK(file.findings[0].message == "numcheck-disable-next-line (NC105) silences nothing");
    CHECK(file.findings[0].notes[0] == "it applies to line 2, which has no finding of NC105");
    CHECK(file.findings[0].level == numcheck::severity::note);
    CHECK(file.findings[3].notes[0] == "it applies to line 7, which has no finding of percent-change-arithmetic");
}

TEST_CASE("disable ... enable silences the rules it names between them; enable with a list ends only those") {
    auto const file =
        checked("<!-- numcheck-disable NC101, sum-mismatch -->\n" + wrong + wrong_sum +
                "<!-- numcheck-enable NC105 -->\n" + wrong + wrong_sum + "<!-- numcheck-enable -->\n" + wrong);
    CHECK(found(file) == strings{"NC105@6", "NC101@8"});
    CHECK(file.suppressed.size() == 3);

    // No rules named: every rule, to the end of the file when nothing enables them again.
    auto const all = checked("Intro.\n\n<!-- numcheck-disable -->\n" + wrong + wrong_sum);
    CHECK(found(all).empty());
    CHECK(all.suppressed.size() == 2);
}

TEST_CASE("disable-line silences its own line; an inline comment in a paragraph works") {
    auto const file = checked("Profit rose 9 percent to $2.4 billion from $1.8 billion. <!-- numcheck-disable-line "
                              "NC101 -->\n\n" +
                              wrong);
    CHECK(found(file) == strings{"NC101@3"});
    CHECK(file.suppressed.size() == 1);
}

TEST_CASE("an inline comment with a reason after '--' works too, and its words are not prose") {
    // (CommonMark takes a comment with "--" inside for text, not raw HTML)
    auto const file = checked("Sales slid to 640 units from 590. <!-- numcheck-disable-line NC102 -- checked in "
                              "2024 with the company -->\n\nSales slid to 640 units from 590. <!-- "
                              "numcheck-disable-line NC999 -- a reason -->\n");
    CHECK(found(file) == strings{"NC102@3", "NC002@3"});
    CHECK(file.suppressed.size() == 1);
    CHECK(file.suppressed[0].reason == "checked in 2024 with the company");
    for (auto const& m : file.found.mentions) CHECK(m.text.find("2024") == std::string::npos);
}

TEST_CASE("a comment after a table row's last bar works; one in a code block does not") {
    std::string const row = "| Acme | Sales slid to 640 units from 590. |";
    auto const file =
        checked("| Company | Note |\n|---|---|\n" + row + " <!-- numcheck-disable-line NC102 -->\n\n```\n" + row +
                " <!-- numcheck-disable-line NC102 -->\n```\n\n| Company | Note |\n|---|---|\n" + row + "\n");
    CHECK(found(file) == strings{"NC102@11"});
    CHECK(file.suppressed.size() == 1);
}

TEST_CASE("plain text: HTML comments and lines of their own with #, //; the directive is not prose") {
    auto const file = checked("# numcheck-disable-next-line NC101\n" + wrong + "// numcheck-disable NC105 -- old\n" +
                                  wrong_sum + "<!-- numcheck-enable -->\n" + wrong,
                              "t.txt");
    CHECK(found(file) == strings{"NC101@6"});
    CHECK(file.suppressed.size() == 2);
    // "NC101" and "NC105" in the comments are not figures.
    for (auto const& m : file.found.mentions) CHECK(m.span.line != 1);
    for (auto const& m : file.found.mentions) CHECK(m.span.line != 3);
}

TEST_CASE("Markdown: a directive shown in a code block or code span is an example, not a directive") {
    auto const file = checked("```\n<!-- numcheck-disable-next-line NC101 -->\n```\n" + wrong +
                              "\nWrite `<!-- numcheck-disable -->` to silence a rule.\n\n" + wrong);
    CHECK(found(file) == strings{"NC101@4", "NC101@8"});
    CHECK(file.doc->directives.empty());
}

TEST_CASE("a misspelt directive is named by NC002, not passed over in silence (field test, 2026-12-04)") {
    auto const file = checked("<!-- numcheck-disable-nextline NC101 -->\n" + wrong);
    CHECK(found(file) == strings{"NC002@1", "NC101@2"});
    CHECK(file.findings[0].message == "'numcheck-disable-nextline' is no numcheck directive: it silences nothing");
    auto const plain = checked("# numcheck-ignore NC101\n" + wrong, "t.txt");
    CHECK(found(plain) == strings{"NC002@1", "NC101@2"});
    // (a comment that only mentions numcheck is none)
    CHECK(found(checked("<!-- checked with numcheck -->\nNo figures.\n")).empty());
}

TEST_CASE(
    "unknown rules are named; comments about rules that did not run, or below the severity shown, are not judged") {
    auto const unknown = checked("<!-- numcheck-disable-next-line NC101, NC999 -->\n" + wrong);
    CHECK(found(unknown) == strings{"NC002@1"});
    CHECK(unknown.findings[0].message == "numcheck-disable-next-line names no rule 'NC999'");

    numcheck::rule_selection only_nc105;
    only_nc105.rules.push_back(numcheck::find_rule("NC105"));
    only_nc105.rules.push_back(numcheck::find_rule("NC002"));
    auto const not_run = checked("<!-- numcheck-disable-next-line NC101 -->\nNo figures.\n", "t.md", only_nc105);
    CHECK(found(not_run).empty());

    // NC001 is a note; with notes hidden its suppression still counts as used.
    numcheck::rule_selection warnings;
    warnings.min_severity = numcheck::severity::warning;
    auto file = numcheck::analyse_document(
        numcheck::read_document("u.md", "<!-- numcheck-disable-next-line NC001 -->\nSales rose last year.\n",
                                numcheck::document_format::markdown),
        std::nullopt);
    numcheck::check_file(file, warnings);
    CHECK(found(file).empty());
    CHECK(file.suppressed.size() == 1);

    // --ignore NC002: no notes about suppressions at all.
    numcheck::rule_selection without_nc002;
    for (auto const& r : numcheck::all_rules())
        if (r.code != "NC002") without_nc002.rules.push_back(&r);
    CHECK(found(checked("<!-- numcheck-disable-next-line NC105 -->\nNo figures.\n", "t.md", without_nc002)).empty());
}

TEST_CASE("suppressed findings: in SARIF as suppressed results with the reason, in JSON beside the diagnostics") {
    auto const file = checked("<!-- numcheck-disable-next-line NC101 -- the company's own figure -->\n" + wrong);
    auto const sarif = nlohmann::json::parse(numcheck::render::report_sarif({file}));
    auto const& results = sarif["runs"][0]["results"];
    REQUIRE(results.size() == 1);
    CHECK(results[0]["suppressions"][0]["kind"] == "inSource");
    CHECK(results[0]["suppressions"][0]["justification"] == "the company's own figure");
    auto const report = nlohmann::json::parse(numcheck::render::report_json({file}));
    CHECK(report["files"][0]["diagnostics"].empty());
    CHECK(report["files"][0]["suppressed"][0]["code"] == "NC101");
    CHECK(report["files"][0]["suppressed"][0]["reason"] == "the company's own figure");
    CHECK(report["summary"]["suppressed"] == 1);
    CHECK(report["summary"]["warnings"] == 0);
}

TEST_CASE("20,000 comments and footnote marks in one line: each taken out, each figure kept") {
    std::string line;
    for (int i = 0; i < 20000; ++i) line += "a <!-- x -- y --> b 15[1] ";
    auto const file = checked(line + "\n");
    CHECK(file.found.mentions.size() == 20000);
}
