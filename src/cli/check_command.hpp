#pragma once
// `numcheck check`: settings from the command line and .numcheck.toml, files checked on several
// threads, output in input order.
#include <memory>
#include <string>
#include <vector>

#include "numcheck/analyse.hpp"
#include "numcheck/config.hpp"
#include "numcheck/extract.hpp"

namespace cli {

struct check_options {
    std::vector<std::string> paths;
    std::string format = "text";
    std::string date; ///< YYYY-MM-DD, git, today; empty: the configuration's, else none
    std::vector<std::string> select;
    std::vector<std::string> ignore;
    std::string min_severity; ///< empty: the configuration's, else note
    std::string fail_level;   ///< empty: the configuration's, else warning
    std::string color = "auto";
    std::string config;     ///< --config FILE; empty: the nearest .numcheck.toml of each file
    bool no_config = false; ///< --no-config: defaults and the command line only
    unsigned jobs = 0;      ///< 0: all cores
    std::string baseline;   ///< report only findings not in this baseline
    std::string write_baseline;
    std::string progress = "auto";
};

/// Runs the check; returns the exit status. Throws usage_error for a bad option value.
int run_check(check_options const& options);

/// Sets `reference` from a --date value checked by check_date_option: "today" is the date of a file
/// without one of its own, YYYY-MM-DD the date of every file (given by `source`, "cli" or "config");
/// "git" is the caller's, per file.
void apply_date_option(numcheck::reference_options& reference, std::string const& date, std::string const& source);

/// Throws usage_error naming what is wrong with a --date value: YYYY-MM-DD (a day of the
/// calendar), "today", and "git" where `git` is true; empty is no value.
void check_date_option(std::string const& date, bool git);

/// The configuration `--config` names (nullptr when `path` is empty); a usage error when it cannot
/// be read or has a mistake.
std::shared_ptr<numcheck::config const> load_given_config(std::string const& path);

/// The date of the last commit that touched `path` as the fallback reference date (today's for a
/// file git does not track yet); sets `error` when git cannot tell.
void apply_git_date(std::string const& path, numcheck::reference_options& reference, std::string& error);

} // namespace cli
