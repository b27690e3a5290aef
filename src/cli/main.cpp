// numcheck's command line: options, exit codes, and the only place that prints.
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "numcheck/analyse.hpp"
#include "numcheck/render/claims.hpp"

namespace {

constexpr int exit_ok = 0;
constexpr int exit_usage_or_input = 2;

struct claims_options {
    std::vector<std::string> paths;
    std::string format = "text";
    std::string date;
};

std::optional<numcheck::calendar_date> parse_date_option(std::string const& text) {
    if (text.empty()) return std::nullopt;
    auto date = numcheck::parse_iso_date(text);
    if (!date) throw CLI::ValidationError("--date", fmt::format("'{}' is not a date of the form YYYY-MM-DD", text));
    return date;
}

void write(std::string const& text) { std::fwrite(text.data(), 1, text.size(), stdout); }

/// Checks the files one at a time and writes each file's part of the report as soon as it is
/// done, so memory holds one file, not the whole run.
int run_claims(claims_options const& options) {
    auto const reference = parse_date_option(options.date);
    bool const json = options.format == "json";
    bool any_error = false;
    numcheck::render::claims_json_writer writer;
    if (json) write(writer.begin());
    for (auto const& path : numcheck::expand_paths(options.paths)) {
        auto const result = numcheck::analyse_file(path, reference);
        if (result.error) {
            any_error = true;
            std::fprintf(stderr, "numcheck: error: %s\n", result.error->c_str());
        }
        write(json ? writer.add(result) : numcheck::render::claims_text(result));
    }
    if (json) write(writer.end());
    std::fflush(stdout);
    return any_error ? exit_usage_or_input : exit_ok;
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"numcheck: checks that the numbers in an article agree with each other.\n"
                 "It finds every figure, date and period in plain-text and Markdown articles."};
    app.set_version_flag("--version", std::string("numcheck ") + NUMCHECK_VERSION);
    app.require_subcommand(1);

    claims_options claims;
    auto* claims_cmd =
        app.add_subcommand("claims", "List every quantitative claim found, with value, interval and span");
    claims_cmd->add_option("paths", claims.paths, "Files or directories (*.md, *.markdown, *.txt); - reads stdin")
        ->required();
    claims_cmd->add_option("--format", claims.format, "Output format")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    claims_cmd->add_option("--date", claims.date, "Reference date YYYY-MM-DD for relative time ('last year')");

    try {
        app.parse(argc, argv);
        if (*claims_cmd) return run_claims(claims);
    } catch (CLI::ParseError const& e) {
        return e.get_exit_code() == 0 ? app.exit(e) : (app.exit(e), exit_usage_or_input);
    }
    return exit_ok;
}
