// numcheck's command line: options, exit codes, and the only place that prints.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include "cli/check_command.hpp"
#include "cli/common.hpp"
#include "cli/serve_command.hpp"
#include "numcheck/analyse.hpp"
#include "numcheck/config.hpp"
#include "numcheck/render/claims.hpp"
#include "numcheck/render/report.hpp"
#include "numcheck/rules/rule.hpp"

namespace {

using namespace cli;

struct claims_options {
    std::vector<std::string> paths;
    std::string format = "text";
    std::string date;
    std::string config;     ///< --config FILE; empty: the nearest .numcheck.toml of each file
    bool no_config = false; ///< --no-config
};

/// --date of `numcheck claims`: a date for every file, or today's for a file without one of its own
/// (as `numcheck check --date` reads them).
numcheck::reference_options claims_reference(std::string const& date) {
    check_date_option(date, false);
    numcheck::reference_options reference;
    apply_date_option(reference, date, "cli");
    return reference;
}

/// Checks the files one at a time and writes each file's part of the report as soon as it is
/// done, so memory holds one file, not the whole run.
int run_claims(claims_options const& options) {
    auto const given_reference = claims_reference(options.date);
    // The configuration of each file, as `numcheck check` finds it: its [date] settings and its
    // include and exclude patterns apply (the rules' settings have nothing to list here).
    std::shared_ptr<numcheck::config const> const given_config = load_given_config(options.config);
    struct loaded {
        std::shared_ptr<numcheck::config const> config;
        std::string error; ///< the file could not be used
        bool told = false; ///< its error was said in full for a file before
    };
    std::map<std::string, loaded> by_path;             // "" for none
    std::map<std::string, std::string> path_of_folder; // folder -> its configuration's path
    auto const config_of = [&](std::string const& input) -> loaded& {
        std::string path;
        if (!options.no_config && !given_config) {
            std::filesystem::path folder =
                input == "-" ? std::filesystem::path(".") : std::filesystem::path(input).parent_path();
            if (folder.empty()) folder = ".";
            auto it = path_of_folder.find(folder.string());
            if (it == path_of_folder.end()) {
                auto const found = numcheck::find_config(folder);
                it = path_of_folder.emplace(folder.string(), found ? found->string() : std::string{}).first;
            }
            path = it->second;
        }
        auto [it, added] = by_path.try_emplace(path);
        if (added) {
            if (given_config) {
                it->second.config = given_config;
            } else if (!path.empty()) {
                try {
                    it->second.config = std::make_shared<numcheck::config const>(numcheck::load_config(path));
                } catch (numcheck::config_error const& e) {
                    it->second.error = e.what();
                }
            }
        }
        return it->second;
    };
    bool const json = options.format == "json";
    bool any_error = false;
    numcheck::render::claims_json_writer writer;
    if (json) write(writer.begin());
    for (auto const& input : numcheck::find_inputs(options.paths)) {
        numcheck::file_result result;
        loaded& settings = config_of(input.path);
        numcheck::config const* const config = settings.config.get();
        if (input.found_in_folder && config && !config->wants(input.path)) continue;
        if (input.error.empty() && !settings.error.empty()) {
            result.path = input.path;
            result.error = settings.told ? fmt::format("{}: not read: the configuration error above", input.path)
                                         : fmt::format("{}: not read: {}", input.path, settings.error);
            settings.told = true;
        } else if (input.error.empty()) {
            numcheck::reference_options reference = given_reference;
            if (config) {
                reference.infer = config->infer_date;
                if (options.date.empty() && config->date_reference != "auto") {
                    if (config->date_reference == "git") {
                        std::string git_error;
                        apply_git_date(input.path, reference, git_error);
                        if (!git_error.empty()) {
                            std::fprintf(stderr, "numcheck: warning: %s\n", git_error.c_str());
                            reference.fallback.reset();
                            reference.fallback_source.clear();
                        }
                    } else {
                        apply_date_option(reference, config->date_reference, "config");
                    }
                }
            }
            result = numcheck::analyse_file(input.path, reference);
        } else {
            result.path = input.path;
            result.error = fmt::format("{}: {}", input.path, input.error);
        }
        if (json) numcheck::link_periods(result);
        if (result.error) {
            any_error = true;
            report_input_error(*result.error);
        }
        write(json ? writer.add(result) : numcheck::render::claims_text(result));
    }
    if (json) write(writer.end());
    std::fflush(stdout);
    return any_error ? exit_usage_or_input : exit_ok;
}

std::size_t width_of(std::string_view text) { return text.size(); } // rule tables are ASCII

int run_rules() {
    std::size_t code_width = 4, name_width = 4, severity_width = 8;
    for (auto const& r : numcheck::all_rules()) {
        code_width = std::max(code_width, width_of(r.code));
        name_width = std::max(name_width, width_of(r.name));
        severity_width = std::max(severity_width, width_of(numcheck::name_of(r.default_severity)));
    }
    std::string out = fmt::format("{:<{}}  {:<{}}  {:<{}}  {}\n", "CODE", code_width, "NAME", name_width, "SEVERITY",
                                  severity_width, "SUMMARY");
    for (auto const& r : numcheck::all_rules())
        out += fmt::format("{:<{}}  {:<{}}  {:<{}}  {}\n", r.code, code_width, r.name, name_width,
                           numcheck::name_of(r.default_severity), severity_width, r.summary);
    write(out);
    return exit_ok;
}

/// `text` wrapped at `width` columns, every line indented by `indent` spaces; line breaks in the
/// text are kept.
std::string wrapped(std::string_view text, std::size_t indent, std::size_t width = 88) {
    std::string out;
    std::string const margin(indent, ' ');
    while (!text.empty()) {
        auto const line_end = text.find('\n');
        std::string_view line = text.substr(0, line_end);
        text = line_end == std::string_view::npos ? std::string_view{} : text.substr(line_end + 1);
        std::string current = margin;
        std::size_t const start_size = current.size();
        // Keep the line's own leading spaces (examples indent their explanations).
        auto const lead = line.find_first_not_of(' ');
        if (lead != std::string_view::npos) current.append(lead, ' ');
        std::size_t const hanging = current.size();
        line.remove_prefix(lead == std::string_view::npos ? line.size() : lead);
        while (!line.empty()) {
            auto const space = line.find(' ');
            std::string_view const word = line.substr(0, space);
            line = space == std::string_view::npos ? std::string_view{} : line.substr(space + 1);
            if (current.size() > hanging && current.size() + 1 + word.size() > width) {
                out += current + "\n";
                current = std::string(hanging, ' ');
            }
            if (current.size() > hanging) current += ' ';
            current += word;
        }
        out += (current.size() > start_size ? current : std::string{}) + "\n";
    }
    return out;
}

int run_explain(std::string const& name) {
    auto const* r = numcheck::find_rule(name);
    if (!r) throw usage_error(fmt::format("no rule named '{}'; `numcheck rules` lists the rules", name));
    std::string out = fmt::format("{} {}\nDefault severity: {}\n\n{}", r->code, r->name,
                                  numcheck::name_of(r->default_severity), wrapped(r->summary, 0));
    auto const section = [&](std::string_view title, std::string_view text, bool verbatim) {
        if (text.empty()) return;
        out += fmt::format("\n{}\n", title);
        out += verbatim ? wrapped(text, 4, 1000) : wrapped(text, 4);
    };
    section("What it checks", r->documentation.what, false);
    section("Why it matters", r->documentation.why, false);
    section("Example", r->documentation.example, true);
    section("Not flagged", r->documentation.not_flagged, true);
    write(out);
    return exit_ok;
}

bool is_subcommand_or_top_level_flag(std::string_view arg) {
    for (std::string_view known : {"check", "claims", "rules", "explain", "serve", "--help", "-h", "--version"})
        if (arg == known) return true;
    return false;
}

/// A first argument that names no file and looks like a word: a mistyped subcommand, most likely.
bool looks_like_a_subcommand(std::string_view arg) {
    if (arg.empty() || arg.front() == '-' || arg.find_first_of("./\\") != std::string_view::npos) return false;
    std::error_code ignored;
    return !std::filesystem::exists(std::filesystem::path(arg), ignored);
}

constexpr char const* examples_help = R"(Examples:
  numcheck article.md                 check one file (check is the default subcommand)
  numcheck check --format json news/  check a directory's *.md, *.markdown and *.txt files
  numcheck --select NC101,NC102 -     check standard input with two rules only
  numcheck claims article.md          list every claim found, with value, interval and span
  numcheck rules                      list the rules
  numcheck explain NC101              what a rule checks and why (by code or name)
  numcheck serve                      the editor's page on http://127.0.0.1:8080/
Run `numcheck check --help` for the options of a check.
)";

constexpr char const* exit_status_help = R"(Exit status:
  0  no finding at or above the failing severity (--fail-level, default warning)
  1  findings at or above it
  2  a usage error, or a file that could not be read (the other files are still checked))";

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"numcheck: checks that the numbers in an article agree with each other.\n"
                 "It finds every figure, date and period in plain-text and Markdown articles and reports\n"
                 "percentage changes, totals, shares and dates that cannot all be true."};
    app.name("numcheck");
    app.set_version_flag("--version", std::string("numcheck ") + NUMCHECK_VERSION);
    app.require_subcommand(1);
    // A usage error reads like every other error of numcheck's ("numcheck: error: ...").
    app.failure_message([](CLI::App const*, CLI::Error const& e) {
        return fmt::format("numcheck: error: {}\nRun numcheck --help, or numcheck SUBCOMMAND --help, for more "
                           "information.\n",
                           e.what());
    });

    check_options check;
    auto* check_cmd = app.add_subcommand("check", "Check the files and report numbers that do not agree (default)");
    check_cmd->add_option("PATH", check.paths, "Files or directories (*.md, *.markdown, *.txt); - reads stdin")
        ->required();
    check_cmd
        ->add_option("--date", check.date,
                     "Reference date for relative time ('last year'): YYYY-MM-DD, for every file (over its "
                     "front matter and dateline); or git (each file's last commit) or today, each used only "
                     "when a file has no date of its own (front matter, dateline)")
        ->check([](std::string const& value) {
            return value.empty() ? std::string("an empty value; give YYYY-MM-DD, git or today") : std::string();
        });
    check_cmd
        ->add_option("--format", check.format,
                     "Output format: text (annotated source), short (one line per finding), json, sarif "
                     "(SARIF 2.1.0 for code scanning), github (GitHub Actions annotations)")
        ->check(
            [](std::string const& format) -> std::string {
                for (std::string_view known : {"text", "short", "json", "sarif", "github"})
                    if (format == known) return {};
                return fmt::format("'{}' is not a format; use text, short, json, sarif or github", format);
            },
            "text|short|json|sarif|github")
        ->capture_default_str();
    check_cmd
        ->add_option("--select", check.select,
                     "Run only these rules (names or codes, comma-separated or repeated); default: all")
        ->delimiter(',')
        ->allow_extra_args(false);
    check_cmd->add_option("--ignore", check.ignore, "Do not run these rules (names or codes)")
        ->delimiter(',')
        ->allow_extra_args(false);
    check_cmd->add_option("--min-severity", check.min_severity, "Lowest severity reported [default: note]")
        ->check(CLI::IsMember({"note", "warning", "error"}));
    check_cmd
        ->add_option("--fail-level", check.fail_level,
                     "Lowest severity that makes the exit status 1 [default: warning]")
        ->check(CLI::IsMember({"note", "warning", "error"}));
    check_cmd
        ->add_option("--color", check.color,
                     "Colour the text report: auto (a terminal and NO_COLOR unset), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    auto* config_option = check_cmd->add_option(
        "--config", check.config, "Settings file for every file checked [default: the nearest .numcheck.toml]");
    check_cmd->add_flag("--no-config", check.no_config, "Use no .numcheck.toml: defaults and these options only")
        ->excludes(config_option);
    check_cmd->add_option("--jobs,-j", check.jobs, "Files checked at once [default: all cores]")
        ->check(CLI::Range(1u, 1024u));
    check_cmd->add_option("--baseline", check.baseline, "Report only findings that this baseline file does not hold");
    check_cmd->add_option(
        "--write-baseline", check.write_baseline,
        "Record the findings in this file (for --baseline); exit 0 unless a file could not be read (2)");
    check_cmd
        ->add_option("--progress", check.progress,
                     "Progress bar on standard error: auto (a terminal, runs over half a second), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();

    claims_options claims;
    auto* claims_cmd =
        app.add_subcommand("claims", "List every quantitative claim found, with value, interval and span");
    claims_cmd->add_option("PATH", claims.paths, "Files or directories (*.md, *.markdown, *.txt); - reads stdin")
        ->required();
    claims_cmd->add_option("--format", claims.format, "Output format")
        ->check(CLI::IsMember({"text", "json"}))
        ->capture_default_str();
    claims_cmd
        ->add_option("--date", claims.date,
                     "Reference date for relative time ('last year'): YYYY-MM-DD, for every file (over its "
                     "front matter and dateline); or today, used only when a file has no date of its own")
        ->check([](std::string const& value) {
            return value.empty() ? std::string("an empty value; give YYYY-MM-DD") : std::string();
        });
    auto* claims_config = claims_cmd->add_option(
        "--config", claims.config,
        "Settings file for every file listed ([date], include, exclude) [default: the nearest .numcheck.toml]");
    claims_cmd->add_flag("--no-config", claims.no_config, "Use no .numcheck.toml: defaults and these options only")
        ->excludes(claims_config);

    auto* rules_cmd = app.add_subcommand("rules", "List the rules: code, name, default severity, summary");

    std::string rule_name;
    auto* explain_cmd = app.add_subcommand("explain", "Show a rule's documentation");
    explain_cmd->add_option("rule", rule_name, "Rule name (percent-change-arithmetic) or code (NC101)")->required();

    serve_options serve;
    auto* serve_cmd = app.add_subcommand(
        "serve", "Serve the editor's page (paste an article, see its figures and problems) and the HTTP API");
    serve_cmd->add_option("--port", serve.port, "Port to listen on; 0 picks a free one")
        ->check(CLI::Range(0, 65535))
        ->capture_default_str();
    serve_cmd->add_option("--host", serve.host, "Address to listen on (only this machine by default)")
        ->capture_default_str();
    serve_cmd->add_option("--max-body", serve.max_body, "Largest request body in bytes; larger ones get 413")
        ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 30))
        ->capture_default_str();

    // Set after the subcommands are added, which would otherwise inherit it.
    app.footer(std::string(examples_help) + "\n" + exit_status_help);
    check_cmd->footer(exit_status_help);

    if (argc < 2) {
        std::fputs(app.help().c_str(), stderr);
        return exit_usage_or_input;
    }
    std::string_view const first = argv[1];
    if (!is_subcommand_or_top_level_flag(first) && looks_like_a_subcommand(first)) {
        std::fprintf(stderr,
                     "numcheck: error: '%s' is neither a subcommand nor a file\n"
                     "Subcommands: check, claims, rules, explain, serve. Run numcheck --help for more information.\n",
                     argv[1]);
        return exit_usage_or_input;
    }
    // `check` is the default subcommand: `numcheck article.md` is `numcheck check article.md`.
    std::vector<char*> args(argv, argv + argc);
    std::string check_word = "check";
    if (!is_subcommand_or_top_level_flag(first)) args.insert(args.begin() + 1, check_word.data());

    // A report that could not be written in full (a full disk, a closed pipe) is no success: the
    // exit status says so, whatever the findings were.
    auto const written = [](int status) {
        if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
            std::fprintf(stderr, "numcheck: error: cannot write the output: %s\n", std::strerror(errno));
            return exit_usage_or_input;
        }
        return status;
    };
    try {
        app.parse(static_cast<int>(args.size()), args.data());
        if (*check_cmd) return written(run_check(check));
        if (*claims_cmd) return written(run_claims(claims));
        if (*rules_cmd) return written(run_rules());
        if (*explain_cmd) return written(run_explain(rule_name));
        if (*serve_cmd) return run_serve(serve);
    } catch (CLI::ParseError const& e) {
        return e.get_exit_code() == 0 ? app.exit(e) : (app.exit(e), exit_usage_or_input);
    } catch (usage_error const& e) {
        std::fprintf(stderr, "numcheck: error: %s\n", e.what());
        return exit_usage_or_input;
    }
    return exit_ok;
}
