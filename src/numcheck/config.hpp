#pragma once
/// `.numcheck.toml`: a newsroom's settings, found from each file's folder upward or given with
/// --config. Parsing only; the command line merges it with its own options (which win).
///
///     select = ["NC101", "comparison-year-mismatch"]   # default: every rule
///     ignore = ["NC001"]
///     min-severity = "note"         # the lowest severity shown
///     fail-level = "error"          # the lowest severity that fails the run
///     include = ["news/**/*.md"]    # files found in folders: globs relative to this file's folder
///     exclude = ["drafts", "**/archive/*.txt"]
///
///     [rules]                       # per-rule severity, or "off"
///     NC205 = "error"
///     unused-suppression = "off"
///
///     [tolerance]                   # slack beyond the rounding intervals
///     percent-change = 0.5          # points (NC101)
///     sum = 0.01                    # fraction of the total (NC105)
///     age = 1                       # years (NC206)
///
///     [date]
///     reference = "git"             # "auto" (default), "git", "today" or YYYY-MM-DD
///     infer = false                 # infer the date from the text when nothing gives it (default true)
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "numcheck/error.hpp"
#include "numcheck/finding.hpp"
#include "numcheck/model.hpp"

namespace numcheck {

/// A configuration file that cannot be used: `what()` is "path:line:column: what is wrong".
class config_error : public input_error {
public:
    using input_error::input_error;
};

struct config {
    std::string path;           ///< the file it was read from; empty for the defaults
    std::filesystem::path root; ///< the folder globs are relative to (the file's folder)
    std::vector<std::string> select;
    std::vector<std::string> ignore;
    std::optional<severity> min_severity;
    std::optional<severity> fail_level;
    /// [rules]: a rule's name or code and its severity; nullopt for "off".
    std::vector<std::pair<std::string, std::optional<severity>>> rule_severities;
    tolerances tolerance;
    std::vector<std::string> include;
    std::vector<std::string> exclude;
    std::string date_reference = "auto"; ///< "auto", "git", "today" or a YYYY-MM-DD date
    bool infer_date = true;

    /// True when `file` (found by searching a folder) is to be checked: it matches an `include`
    /// pattern (when there are any) and no `exclude` pattern matches it or a folder above it.
    [[nodiscard]] bool wants(std::filesystem::path const& file) const;
};

/// The name numcheck looks for.
inline constexpr std::string_view config_file_name = ".numcheck.toml";

/// Parses a configuration. Throws config_error for TOML syntax errors, unknown keys, unknown rules
/// and values of the wrong type, naming `path`, line and column.
config parse_config(std::string_view text, std::string const& path);

/// Reads and parses a configuration file. Throws config_error.
config load_config(std::string const& path);

/// The nearest .numcheck.toml in `folder` or a folder above it.
std::optional<std::filesystem::path> find_config(std::filesystem::path const& folder);

/// Glob matching on '/'-separated relative paths: `*` and `?` within one segment, `**` across
/// segments, `[abc]` and `[a-z]` classes. A pattern without '/' matches the last segment
/// anywhere ("*.txt", "drafts").
bool glob_match(std::string_view pattern, std::string_view path);

} // namespace numcheck
