// Rendering findings: the codespan-style text report, the short form, the summary line and the JSON
// report. Findings are built by hand on small documents so that the exact output can be checked.
#include <string>
#include <string_view>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "numcheck/analyse.hpp"
#include "numcheck/document.hpp"
#include "numcheck/render/claims.hpp"
#include "numcheck/render/report.hpp"

using numcheck::severity;

namespace {

/// A checked file holding `text`, without findings yet.
numcheck::file_result file_of(std::string text, std::string const& path = "t.txt") {
    numcheck::file_result file;
    file.path = path;
    file.doc = numcheck::read_document(path, std::move(text), numcheck::document_format::plain);
    return file;
}

/// The span of the `nth` (0-based) occurrence of `needle` in the file's source.
numcheck::source_span span_of(numcheck::file_result const& file, std::string_view needle, std::size_t nth = 0) {
    std::size_t at = file.doc->source.find(needle);
    for (std::size_t i = 0; i < nth && at != std::string::npos; ++i) at = file.doc->source.find(needle, at + 1);
    REQUIRE(at != std::string::npos);
    auto const [line, column] = file.doc->line_column(at);
    return {at, at + needle.size(), line, column};
}

numcheck::finding make_finding(numcheck::source_span span, std::string message, severity level = severity::warning) {
    numcheck::finding f;
    f.rule = "percent-change-arithmetic";
    f.code = "NC101";
    f.level = level;
    f.message = std::move(message);
    f.span = span;
    return f;
}

} // namespace

TEST_CASE("text report: marks under code-point columns, a related span on the next line, notes") {
    auto file = file_of("Line one.\n"
                        "Café sales rose 9 percent to €2.4 million.\n"
                        "The year before, they were €1.8 million.\n");
    auto f = make_finding(span_of(file, "9 percent"), "€1.8 million to €2.4 million is a rise of 33.3%, not 9%");
    f.related.push_back({"before", span_of(file, "€1.8 million")});
    f.related.push_back({"after", span_of(file, "€2.4 million")});
    f.notes.push_back("2.4 / 1.8 = 1.3333, a rise of +33.3%");
    f.notes.push_back("the text says +9%");
    file.findings.push_back(f);

    // "9" is the 17th code point of line 2 but its 18th byte: "é" takes two.
    CHECK(file.findings[0].span.column == 17);
    std::string const expected = "warning[NC101]: percent-change-arithmetic: €1.8 million to €2.4 million is a rise "
                                 "of 33.3%, not 9%\n"
                                 " --> t.txt:2:17\n"
                                 "  |\n"
                                 "2 | Café sales rose 9 percent to €2.4 million.\n"
                                 "  |                 ^^^^^^^^^    ------------ after\n"
                                 "3 | The year before, they were €1.8 million.\n"
                                 "  |                            ------------ before\n"
                                 "  = note: 2.4 / 1.8 = 1.3333, a rise of +33.3%\n"
                                 "  = note: the text says +9%\n"
                                 "\n";
    CHECK(numcheck::render::report_text(file) == expected);

    CHECK(numcheck::render::report_short(file) ==
          "t.txt:2:17: warning[NC101] percent-change-arithmetic: €1.8 million to €2.4 million is a rise of 33.3%, "
          "not 9%\n");
}

TEST_CASE("text report: marks under wide characters take their cells; combining marks take none") {
    auto file = file_of("東京の売上は9 percent上昇。e\xCC\x81 rose 5 percent.\n");
    file.findings.push_back(make_finding(span_of(file, "9 percent"), "m"));
    file.findings.push_back(make_finding(span_of(file, "5 percent"), "n"));
    auto const text = numcheck::render::report_text(file);
    // six wide characters before "9": twelve cells
    CHECK(text.find("  | " + std::string(12, ' ') + "^^^^^^^^^\n") != std::string::npos);
    // then "9 percent" nine, "上昇。" six, "e" and its accent one, " rose " six
    CHECK(text.find("  | " + std::string(34, ' ') + "^^^^^^^^^\n") != std::string::npos);
}

TEST_CASE("text report: lines in order, a gap shown as ..., labels of marks on one line on rows of their own") {
    auto file = file_of("Of the 120 employees at the plant,\n"
                        "\n"
                        "most stayed.\n"
                        "Later 135 were laid off, and 135 is more.\n");
    auto f = make_finding(span_of(file, "135", 1), "135 is more than the whole it is part of (120 employees)",
                          severity::error);
    f.related.push_back({"the whole", span_of(file, "120 employees")});
    f.related.push_back({"the same figure", span_of(file, "135")});
    file.findings.push_back(f);
    std::string const expected = "error[NC101]: percent-change-arithmetic: 135 is more than the whole it is part of "
                                 "(120 employees)\n"
                                 " --> t.txt:4:30\n"
                                 "  |\n"
                                 "1 | Of the 120 employees at the plant,\n"
                                 "  |        ------------- the whole\n"
                                 "...\n"
                                 "4 | Later 135 were laid off, and 135 is more.\n"
                                 "  |       --- the same figure\n"
                                 "  |                              ^^^\n"
                                 "\n";
    CHECK(numcheck::render::report_text(file) == expected);
}

TEST_CASE("text report: a span running onto the next line is underlined to the end of its first line") {
    auto file = file_of("Exports rose 5 percent to\n1.4 mln tonnes.\n");
    file.findings.push_back(make_finding(span_of(file, "rose 5 percent to\n1.4 mln"), "wrong", severity::note));
    CHECK(numcheck::render::report_text(file) == "note[NC101]: percent-change-arithmetic: wrong\n"
                                                 " --> t.txt:1:9\n"
                                                 "  |\n"
                                                 "1 | Exports rose 5 percent to\n"
                                                 "  |         ^^^^^^^^^^^^^^^^^\n"
                                                 "\n");
}

TEST_CASE("text report: a long line is elided around its marks and the marks stay under their text") {
    std::string line;
    for (int i = 0; i < 30; ++i) line += "word ";
    line += "Sales rose 9 percent to 12 from 10.";
    for (int i = 0; i < 30; ++i) line += " more";
    auto file = file_of("Title\n\n" + line + "\n");
    file.findings.push_back(make_finding(span_of(file, "9 percent"), "wrong"));
    auto const text = numcheck::render::report_text(file);
    INFO(text);
    auto const shown_at = text.find("3 | ... ");
    REQUIRE(shown_at != std::string::npos);
    auto const shown_end = text.find('\n', shown_at);
    std::string const shown = text.substr(shown_at, shown_end - shown_at);
    CHECK(shown.ends_with(" ..."));
    CHECK(shown.size() < 4 + 100 + 8 + 1);
    auto const marks = text.substr(shown_end + 1, text.find('\n', shown_end + 1) - shown_end - 1);
    auto const caret = marks.find('^');
    REQUIRE(caret != std::string::npos);
    CHECK(shown.substr(caret, 9) == "9 percent");
    CHECK(marks.substr(caret) == "^^^^^^^^^");
}

TEST_CASE("text report: colour marks severity and related spans; nothing for a file without findings") {
    auto file = file_of("Sales rose 9 percent to 12 from 10.\n");
    CHECK(numcheck::render::report_text(file, true).empty());
    auto f = make_finding(span_of(file, "9 percent"), "wrong", severity::error);
    f.related.push_back({"before", span_of(file, "10")});
    file.findings.push_back(f);
    auto const plain = numcheck::render::report_text(file, false);
    auto const coloured = numcheck::render::report_text(file, true);
    CHECK(plain.find('\x1b') == std::string::npos);
    CHECK(coloured.find("\x1b[31m") != std::string::npos); // error: red
    CHECK(coloured.find("\x1b[34m") != std::string::npos); // related marks and the gutter: blue
}

TEST_CASE("summary line") {
    numcheck::render::report_summary summary;
    CHECK(numcheck::render::summary_line(summary) == "no files checked");
    summary.files = 14;
    CHECK(numcheck::render::summary_line(summary) == "no findings in 14 files");
    summary.files_with_findings = 1;
    summary.warnings = 2;
    summary.notes = 1;
    CHECK(numcheck::render::summary_line(summary) == "2 warnings, 1 note in 1 of 14 files");
    summary.errors = 1;
    summary.file_errors = 1;
    // (the files counted are the files read: one that could not be read is said apart)
    CHECK(numcheck::render::summary_line(summary) == "1 error, 2 warnings, 1 note in 1 of 13 files; 1 file could "
                                                     "not be read");
    numcheck::render::report_summary unread;
    unread.files = 1;
    unread.file_errors = 1;
    CHECK(numcheck::render::summary_line(unread) == "no files checked; 1 file could not be read");
    unread.files = 3;
    CHECK(numcheck::render::summary_line(unread) == "no findings in 2 files; 1 file could not be read");
    numcheck::render::report_summary one;
    one.files = 1;
    one.files_with_findings = 1;
    one.warnings = 1;
    CHECK(numcheck::render::summary_line(one) == "1 warning in 1 file");
    CHECK(one.at_or_above(severity::warning) == 1);
    CHECK(one.at_or_above(severity::error) == 0);
}

TEST_CASE("JSON report: diagnostics and summary; pieces written file by file make the whole") {
    auto file = file_of("Sales rose 9 percent to 12 from 10.\n");
    auto f = make_finding(span_of(file, "9 percent"), "wrong");
    f.related.push_back({"before", span_of(file, "10")});
    f.notes.push_back("12 / 10 = 1.2");
    file.findings.push_back(f);
    numcheck::file_result unreadable;
    unreadable.path = "missing.txt";
    unreadable.error = "missing.txt: cannot open";

    std::vector<numcheck::file_result> const files{file, unreadable};
    numcheck::render::report_json_writer writer;
    std::string streamed = writer.begin(); // one statement each: the order of a + b + c is unspecified
    streamed += writer.add(files[0]);
    streamed += writer.add(files[1]);
    streamed += writer.end();
    CHECK(streamed == numcheck::render::report_json(files));

    auto const report = nlohmann::json::parse(streamed);
    auto const& d = report["files"][0]["diagnostics"][0];
    CHECK(d["rule"] == "percent-change-arithmetic");
    CHECK(d["code"] == "NC101");
    CHECK(d["severity"] == "warning");
    CHECK(d["message"] == "wrong");
    CHECK(d["span"] == nlohmann::json{{"begin", 11}, {"end", 20}, {"line", 1}, {"column", 12}});
    CHECK(d["related"][0]["message"] == "before");
    CHECK(d["related"][0]["span"]["begin"] == 32);
    CHECK(d["notes"] == nlohmann::json::array({"12 / 10 = 1.2"}));
    CHECK(report["files"][1]["error"] == "missing.txt: cannot open");
    CHECK(report["files"][1]["diagnostics"].empty());
    CHECK(report["summary"] == nlohmann::json{{"files", 2},
                                              {"claims", 0},
                                              {"errors", 0},
                                              {"warnings", 1},
                                              {"notes", 0},
                                              {"suppressed", 0},
                                              {"baselined", 0},
                                              {"file_errors", 1}});

    // Without findings the file objects are those of the claims report.
    file.findings.clear();
    auto const claims = nlohmann::json::parse(numcheck::render::claims_json({file}));
    auto const checked = nlohmann::json::parse(numcheck::render::report_json({file}));
    CHECK(claims["files"] == checked["files"]);
}

TEST_CASE("severity names") {
    CHECK(numcheck::name_of(severity::note) == "note");
    CHECK(numcheck::name_of(severity::warning) == "warning");
    CHECK(numcheck::name_of(severity::error) == "error");
    CHECK(numcheck::parse_severity("error") == severity::error);
    CHECK(numcheck::parse_severity("note") == severity::note);
    CHECK_FALSE(numcheck::parse_severity("fatal"));
    CHECK_FALSE(numcheck::parse_severity(""));
}
