#pragma once
/// Renderers for `numcheck check`: pure functions from checked files to text. One file per format:
/// report_json.cpp (DESIGN.md's JSON), report_text.cpp (codespan-style text and the short form).
#include <cstddef>
#include <string>
#include <vector>

#include "numcheck/analyse.hpp"
#include "numcheck/finding.hpp"

namespace numcheck::render {

/// Counts over a run, for the JSON summary, the closing line of the text report and the exit status.
struct report_summary {
    std::size_t files = 0;
    std::size_t files_with_findings = 0;
    std::size_t file_errors = 0; ///< files that could not be read
    std::size_t claims = 0;
    std::size_t errors = 0; ///< findings of severity error
    std::size_t warnings = 0;
    std::size_t notes = 0;
    std::size_t suppressed = 0; ///< findings silenced by suppression comments (not counted above)
    std::size_t baselined = 0;  ///< findings a baseline holds (not counted above)

    /// Counts one more file and its findings.
    void add(file_result const& file);
    /// Adds the counts of another run (one file's, counted on another thread).
    void add(report_summary const& other);
    /// Findings of severity `level`.
    [[nodiscard]] std::size_t count(severity level) const noexcept;
    /// Findings of severity `level` or above.
    [[nodiscard]] std::size_t at_or_above(severity level) const noexcept;
};

/// DESIGN.md's JSON report with claims and diagnostics, written file by file so that a long run
/// holds one file at a time: begin(), then add() for each file, then end(); the pieces concatenate
/// to report_json().
class report_json_writer {
public:
    [[nodiscard]] std::string begin() const;
    [[nodiscard]] std::string add(file_result const& file);
    [[nodiscard]] std::string end() const;
    [[nodiscard]] report_summary const& summary() const noexcept { return summary_; }

private:
    report_summary summary_;
};

/// The end of a JSON report of files already written: closes the files array and writes the summary.
std::string report_json_end(report_summary const& summary);

/// The whole JSON report at once.
std::string report_json(std::vector<file_result> const& files);

/// One file's findings in the codespan style of STYLE.md: a header, the place, the source lines
/// with the primary span underlined `^^^` and related spans `---` with their messages, then the
/// notes; each finding followed by a blank line. ANSI colours when `color`. Nothing for a file
/// without findings or one that could not be read.
std::string report_text(file_result const& file, bool color = false);

/// One line per finding: `path:line:col: severity[code] name: message`.
std::string report_short(file_result const& file);

/// GitHub Actions workflow commands, one per finding (`::warning file=...,line=...,col=...,
/// endLine=...,endColumn=...,title=...::message`) and one `::error` per file that could not be
/// read, escaped as GitHub documents (report_github.cpp).
std::string report_github(file_result const& file);

/// SARIF 2.1.0 (report_sarif.cpp): one run whose tool.driver lists every rule with its
/// documentation, one result per finding with its location, related locations and
/// partialFingerprints, and a tool execution notification per file that could not be read.
/// Written file by file like report_json_writer.
class report_sarif_writer {
public:
    [[nodiscard]] std::string begin() const;
    [[nodiscard]] std::string add(file_result const& file);
    [[nodiscard]] std::string end() const;
    [[nodiscard]] report_summary const& summary() const noexcept { return summary_; }

private:
    report_summary summary_;
    std::size_t results_ = 0;
    std::vector<std::string> notifications_; ///< SARIF notification objects, serialised
};

/// The whole SARIF log at once.
std::string report_sarif(std::vector<file_result> const& files);

/// A path as a SARIF artifact URI: relative paths percent-encoded as relative references
/// ("samples/a%20b.md"), absolute ones as file URIs ("file:///srv/news/a.md"), stdin as "stdin".
std::string artifact_uri(std::string_view path);

/// The closing line of a text report: "2 warnings, 1 note in 1 of 14 files", "no findings in 14
/// files" (the files read), and how many files could not be read (no line end).
std::string summary_line(report_summary const& summary);

namespace detail {
// The pieces of DESIGN.md's JSON report that `numcheck claims` and `numcheck check` share. Strings,
// so that no header needs nlohmann::json.

/// `{"tool": {...}, "files": [` with the report's indentation.
std::string json_report_begin();
/// The file's object (claims, and diagnostics from file.findings) as the `index`-th element of
/// the files array, preceded by its separator.
std::string json_report_file(file_result const& file, std::size_t index);
/// One entry of the summary object.
struct json_count {
    char const* name;
    std::size_t value;
};
/// Closes the files array (`files` elements written) and adds the summary object.
std::string json_report_end(std::size_t files, std::vector<json_count> const& summary);
} // namespace detail

} // namespace numcheck::render
