#pragma once
/// One file through the pipeline: read, extract, choose the reference date. Input errors become
/// the file's `error`, never an exception, so one bad file does not lose the others.
#include <optional>
#include <string>
#include <vector>

#include "numcheck/document.hpp"
#include "numcheck/extract.hpp"
#include "numcheck/finding.hpp"
#include "numcheck/rules/rule.hpp"

namespace numcheck {

struct reference_date {
    std::optional<calendar_date> value;
    std::optional<int> year;     ///< the year, also when only the year could be inferred
    std::string source = "none"; ///< cli, front-matter, dateline, inferred, none
    std::vector<std::string> reasons;
};

/// The reference date the text itself implies, when it does: "last year ... compared with 2022"
/// gives the year, a weekday named beside a date gives the day. Source "inferred" with the reasons,
/// or source "none".
reference_date infer_reference(std::string_view prose, std::vector<mention> const& mentions);

/// A finding silenced by an inline suppression, and the reason the comment gives.
struct suppressed_finding {
    finding silenced;
    std::string reason;
};

/// The period a figure is for, as the claim model links them: DESIGN.md's claim "period".
struct figure_period_link {
    std::size_t figure = 0;
    std::optional<std::size_t> period; ///< the time mention ("in 2022", "last year"), when the text gives one
    std::optional<int> year;           ///< its year, when known
};

struct file_result {
    std::string path;
    std::optional<document> doc;
    extraction found;
    reference_date reference;
    std::vector<finding> findings;              ///< filled by check_file, in source order
    std::vector<suppressed_finding> suppressed; ///< findings an inline suppression silenced
    std::size_t baselined = 0;                  ///< findings dropped because a baseline holds them
    std::vector<figure_period_link> periods;    ///< filled by check_file or link_periods, in figure order
    std::optional<std::string> error;
};

/// Where the reference date may come from besides the file itself.
struct reference_options {
    std::optional<calendar_date> date; ///< given outright (--date YYYY-MM-DD): wins over everything
    std::string date_source = "cli";   ///< how `date` was given: "cli", "config"
    /// Used when the file gives no date of its own (front matter, dateline): the date of the
    /// file's last commit (--date git) or today's (--date today).
    std::optional<calendar_date> fallback;
    std::string fallback_source; ///< "git", "today"
    bool infer = true;           ///< infer the date from the text when nothing else gives it
};

/// The reference date, by DESIGN.md's order: the date given, front matter, a dated dateline, then
/// the fallback (git, today), then inference from the text, else none.
reference_date choose_reference(document const& doc, std::vector<mention> const& mentions,
                                reference_options const& options);
reference_date choose_reference(document const& doc, std::vector<mention> const& mentions,
                                std::optional<calendar_date> from_cli);

/// Reads and extracts one file ("-" is standard input).
file_result analyse_file(std::string const& path, reference_options const& options);
file_result analyse_file(std::string const& path, std::optional<calendar_date> from_cli);

/// Extracts from a document already in memory.
file_result analyse_document(document doc, reference_options const& options);
file_result analyse_document(document doc, std::optional<calendar_date> from_cli);

/// Builds the file's claim model and runs the selected rules over it (nothing for a file that
/// failed to read); applies the file's inline suppressions, then the lowest severity reported, and
/// gives each finding its fingerprint.
void check_file(file_result& file, rule_selection const& selection = {});

/// Links each figure to its period (file.periods) without running the rules: for `numcheck claims`.
void link_periods(file_result& file);

/// Moves the findings that the document's suppression comments silence to `file.suppressed`, and
/// adds an NC002 unused-suppression note (when NC002 runs) for each comment that silences nothing
/// or names no rule. A comment is judged only when every rule it names ran.
void apply_suppressions(file_result& file, rule_selection const& selection);

/// NC001's note on a front matter date that could not be read (the date it gave is not the
/// reference date), at the value in the front matter. Made by check_file; here for its tests.
finding unread_date_note(document_metadata::unread_date const& unread, reference_date const& reference);

/// A file to check and whether it was found by searching a folder (include and exclude patterns
/// apply to those) or named outright.
struct input_file {
    std::string path;
    bool found_in_folder = false;
    /// Why a file or folder met on the way cannot be read (an unreadable subfolder, a broken or
    /// looping symbolic link to a text file); empty for a file to check.
    std::string error;
};

/// Files to check for the given paths, as expand_paths, with where each came from.
std::vector<input_file> find_inputs(std::vector<std::string> const& paths);

/// Files to check for the given paths: files as given, directories searched recursively for
/// *.md, *.markdown and *.txt in sorted order. Paths that do not exist are returned as they are
/// (reading them reports the error).
std::vector<std::string> expand_paths(std::vector<std::string> const& paths);

} // namespace numcheck
