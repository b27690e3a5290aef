// `numcheck check`: per-file settings (command line over .numcheck.toml over defaults), files
// checked on --jobs threads, each file's report written in input order as soon as the files
// before it are done, a baseline, and a progress bar on a terminal.
#include "cli/check_command.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include <fmt/format.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli/common.hpp"
#include "numcheck/analyse.hpp"
#include "numcheck/baseline.hpp"
#include "numcheck/config.hpp"
#include "numcheck/extract.hpp"
#include "numcheck/render/report.hpp"
#include "numcheck/rules/rule.hpp"

namespace cli {

namespace {

namespace fs = std::filesystem;
using numcheck::severity;

/// The settings one file is checked with.
struct file_settings {
    numcheck::rule_selection selection;
    bool any_rule = true; ///< false when --ignore and "off" left no rule
    severity fail_level = severity::warning;
    bool fail_level_given = false; ///< by --fail-level or the configuration
    numcheck::reference_options reference;
    std::string date_mode;            ///< "git" or "today" when the date comes from there
    std::optional<std::string> error; ///< the configuration could not be used
};

numcheck::rule const* look_up(std::string const& given, std::string_view where) {
    // ("--select 'NC101, NC102'": the spaces around a name are no part of it)
    std::string_view name = given;
    while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.remove_prefix(1);
    while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
    auto const* found = numcheck::find_rule(name);
    if (!found) throw usage_error(fmt::format("{}: no rule named '{}'; `numcheck rules` lists the rules", where, name));
    return found;
}

std::optional<severity> severity_option(std::string const& text) {
    return text.empty() ? std::nullopt : numcheck::parse_severity(text);
}

numcheck::calendar_date today() {
    std::time_t const now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

/// Settings for files governed by `config` (nullptr: none found, or --no-config).
file_settings settings_from(check_options const& options, numcheck::config const* config) {
    file_settings s;
    // Rules: --select replaces the configuration's select; ignores add up; "off" ignores.
    std::vector<std::string> select = options.select.empty() && config ? config->select : options.select;
    std::vector<std::string> ignore = options.ignore;
    if (config) ignore.insert(ignore.end(), config->ignore.begin(), config->ignore.end());
    std::string const where = config ? config->path : std::string("--select/--ignore");
    std::vector<numcheck::rule const*> chosen;
    if (select.empty()) {
        for (auto const& r : numcheck::all_rules()) chosen.push_back(&r);
    } else {
        for (auto const& name : select) {
            auto const* r = look_up(name, where);
            if (std::find(chosen.begin(), chosen.end(), r) == chosen.end()) chosen.push_back(r);
        }
    }
    for (auto const& name : ignore) std::erase(chosen, look_up(name, where));
    if (config) {
        for (auto const& [name, level] : config->rule_severities) {
            auto const* r = look_up(name, config->path);
            if (level)
                s.selection.severities.emplace_back(r, *level);
            else
                std::erase(chosen, r);
        }
        s.selection.tolerance = config->tolerance;
        s.reference.infer = config->infer_date;
    }
    s.any_rule = !chosen.empty();
    s.selection.rules = std::move(chosen);
    s.selection.min_severity = severity_option(options.min_severity)
                                   .value_or(config && config->min_severity ? *config->min_severity : severity::note);
    s.fail_level = severity_option(options.fail_level)
                       .value_or(config && config->fail_level ? *config->fail_level : severity::warning);
    s.fail_level_given = !options.fail_level.empty() || (config && config->fail_level);

    std::string date = options.date;
    std::string source = "cli";
    if (date.empty() && config && config->date_reference != "auto") {
        date = config->date_reference;
        source = "config";
    }
    if (date == "git" || date == "today") s.date_mode = date;
    apply_date_option(s.reference, date, source);
    return s;
}

std::string shell_quoted(std::string const& text) {
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

/// What a worker hands back for one file.
struct outcome {
    std::string rendered;                        ///< the file's part of the report (all formats but SARIF)
    std::optional<numcheck::file_result> result; ///< kept for SARIF, rendered in order
    numcheck::render::report_summary counts;
    std::vector<std::string> baseline_entries;
    std::optional<std::string> error;
    std::optional<std::string> warning; ///< what went wrong that did not stop the check (--date git)
    bool fails = false;
};

/// A progress bar on standard error: drawn on a terminal once a run has taken half a second (or
/// from the start with --progress always), at most ten times a second, and at the end.
class progress_bar {
public:
    progress_bar(std::string const& mode, std::size_t total)
        : enabled_(mode == "always" || (mode == "auto" && isatty(fileno(stderr)) != 0)), always_(mode == "always"),
          total_(total), start_(std::chrono::steady_clock::now()) {}

    void update(std::size_t done) {
        if (!enabled_ || total_ < 2) return;
        auto const now = std::chrono::steady_clock::now();
        if ((!always_ && now - start_ < std::chrono::milliseconds(500)) ||
            (drawn_ && done < total_ && now - last_ < std::chrono::milliseconds(100)))
            return;
        last_ = now;
        constexpr std::size_t width = 30;
        std::size_t const filled = done * width / total_;
        std::fprintf(stderr, "\r\x1b[Knumcheck: [%s%s] %zu/%zu files", std::string(filled, '#').c_str(),
                     std::string(width - filled, '.').c_str(), done, total_);
        std::fflush(stderr);
        drawn_ = true;
    }

    /// Clears the bar before anything else is written to the terminal.
    void clear() {
        if (!drawn_) return;
        std::fputs("\r\x1b[K", stderr);
        std::fflush(stderr);
        drawn_ = false;
    }

private:
    bool enabled_;
    bool always_; ///< drawn from the start, not only for long runs
    std::size_t total_;
    std::chrono::steady_clock::time_point start_, last_{};
    bool drawn_ = false;
};

bool use_color(std::string const& choice) {
    if (choice == "always") return true;
    if (choice == "never") return false;
    char const* no_color = std::getenv("NO_COLOR");
    return isatty(fileno(stdout)) != 0 && (no_color == nullptr || *no_color == '\0');
}

} // namespace

/// The date of the last commit that touched `path`; today's for a file git does not track yet.
/// Sets `error` when git cannot tell (no git, not a repository).
std::shared_ptr<numcheck::config const> load_given_config(std::string const& path) {
    if (path.empty()) return nullptr;
    try {
        return std::make_shared<numcheck::config const>(numcheck::load_config(path));
    } catch (numcheck::config_error const& e) {
        throw usage_error(e.what());
    }
}

void apply_git_date(std::string const& path, numcheck::reference_options& reference, std::string& error) {
    if (path == "-") {
        reference.fallback = today();
        reference.fallback_source = "today";
        return;
    }
    fs::path const file(path);
    fs::path const dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    std::string const command = fmt::format("git -C {} log -1 --format=%cs -- {} 2>&1", shell_quoted(dir.string()),
                                            shell_quoted(file.filename().string()));
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) {
        error = fmt::format("{}: --date git: cannot run git", path);
        return;
    }
    std::string out;
    char buffer[256];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    int const status = pclose(pipe);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        auto const first_line = out.substr(0, out.find('\n'));
        error = fmt::format("{}: --date git: {}", path,
                            WIFEXITED(status) && WEXITSTATUS(status) == 127 ? "git is not installed" : first_line);
        return;
    }
    if (out.empty()) { // not committed yet
        reference.fallback = today();
        reference.fallback_source = "today";
        return;
    }
    reference.fallback = numcheck::parse_iso_date(out);
    reference.fallback_source = "git";
    if (!reference.fallback) error = fmt::format("{}: --date git: unexpected output from git: {}", path, out);
}

void apply_date_option(numcheck::reference_options& reference, std::string const& date, std::string const& source) {
    if (date == "today") {
        reference.fallback = today();
        reference.fallback_source = "today";
    } else if (!date.empty() && date != "git") {
        reference.date = numcheck::parse_iso_date(date);
        reference.date_source = source;
    }
}

void check_date_option(std::string const& date, bool git) {
    if (date.empty() || (git && date == "git") || date == "today" || numcheck::parse_iso_date(date)) return;
    // (of the form but no day of the calendar: say why, as for front matter)
    std::string why;
    bool const shaped = date.size() == 10 && date[4] == '-' && date[7] == '-';
    if (shaped && !numcheck::detail::read_date_value(date, why) && !why.empty())
        throw usage_error(fmt::format("--date: '{}' is no date: {}", date, why));
    throw usage_error(
        fmt::format("--date: '{}' is not a date of the form YYYY-MM-DD{}", date, git ? ", git or today" : " or today"));
}

int run_check(check_options const& options) {
    // Values the option parser cannot check alone.
    check_date_option(options.date, true);
    for (auto const& name : options.select) look_up(name, "--select");
    for (auto const& name : options.ignore) look_up(name, "--ignore");

    // The configuration of each file: --config for all, else the nearest .numcheck.toml.
    std::shared_ptr<numcheck::config const> const given_config = load_given_config(options.config);
    struct found_config {
        std::shared_ptr<numcheck::config const> config;
        std::shared_ptr<file_settings const> settings;
    };
    std::map<std::string, found_config> by_config_path; // "" for none
    std::map<std::string, std::string> config_of_folder;
    auto const settings_of_folder = [&](fs::path const& folder) -> found_config const& {
        std::string config_path;
        if (!options.no_config && !given_config) {
            auto const key = folder.string();
            auto it = config_of_folder.find(key);
            if (it == config_of_folder.end()) {
                auto const found = numcheck::find_config(folder);
                it = config_of_folder.emplace(key, found ? found->string() : std::string{}).first;
            }
            config_path = it->second;
        }
        auto it = by_config_path.find(config_path);
        if (it != by_config_path.end()) return it->second;
        found_config entry;
        if (given_config) {
            entry.config = given_config;
        } else if (!config_path.empty()) {
            try {
                entry.config = std::make_shared<numcheck::config const>(numcheck::load_config(config_path));
            } catch (numcheck::config_error const& e) {
                file_settings broken;
                broken.error = e.what();
                entry.settings = std::make_shared<file_settings const>(std::move(broken));
                return by_config_path.emplace(config_path, std::move(entry)).first->second;
            }
        }
        try {
            entry.settings = std::make_shared<file_settings const>(settings_from(options, entry.config.get()));
            // (no rule left to run checks nothing: a CI gate switched off by its own options is said)
            if (!entry.settings->any_rule)
                std::fprintf(stderr,
                             "numcheck: warning: no rule is left to run (--select, --ignore%s): nothing is "
                             "checked\n",
                             entry.config ? (" and " + entry.config->path).c_str() : "");
            // (a failing level below what is shown fails on nothing: the hidden findings are not counted)
            if (auto const& settings = *entry.settings;
                settings.fail_level_given && settings.fail_level < settings.selection.min_severity)
                std::fprintf(stderr,
                             "numcheck: note: the fail level (%s) is below the lowest severity shown (%s)%s: "
                             "findings below %s are neither shown nor counted\n",
                             std::string(numcheck::name_of(settings.fail_level)).c_str(),
                             std::string(numcheck::name_of(settings.selection.min_severity)).c_str(),
                             entry.config ? (" in " + entry.config->path).c_str() : "",
                             std::string(numcheck::name_of(settings.selection.min_severity)).c_str());
        } catch (usage_error const& e) {
            if (!entry.config || entry.config == given_config) throw;
            file_settings broken;
            broken.error = e.what();
            entry.settings = std::make_shared<file_settings const>(std::move(broken));
        }
        return by_config_path.emplace(config_path, std::move(entry)).first->second;
    };

    struct job {
        std::string path;
        std::shared_ptr<file_settings const> settings;
        std::string error; ///< met while walking a folder (an unreadable subfolder, a broken link)
        bool told = false; ///< its settings' error was said for a file before (said once in full)
    };
    std::vector<job> jobs;
    std::set<file_settings const*> broken_told;
    for (auto const& input : numcheck::find_inputs(options.paths)) {
        fs::path const folder = input.path == "-" ? fs::path(".") : fs::path(input.path).parent_path();
        auto const& entry = settings_of_folder(folder.empty() ? fs::path(".") : folder);
        if (input.found_in_folder && entry.config && !entry.config->wants(input.path)) continue;
        bool const told = entry.settings->error && !broken_told.insert(entry.settings.get()).second;
        jobs.push_back({input.path, entry.settings, input.error, told});
    }

    // The baseline is written over its path: never over a file being checked (input is never modified).
    if (!options.write_baseline.empty()) {
        for (auto const& j : jobs) {
            std::error_code ec;
            if (j.path != "-" && fs::equivalent(j.path, options.write_baseline, ec))
                throw usage_error(fmt::format("--write-baseline: '{}' is one of the files checked; numcheck does "
                                              "not write over its input (give the baseline a path of its own)",
                                              options.write_baseline));
        }
    }

    std::optional<numcheck::baseline> known;
    if (!options.baseline.empty()) {
        try {
            known = numcheck::baseline::load(options.baseline);
        } catch (numcheck::input_error const& e) {
            throw usage_error(e.what());
        }
    }

    bool const color = use_color(options.color);
    std::string const& format = options.format;
    bool const writing_baseline = !options.write_baseline.empty();

    auto const check_one = [&](std::size_t index) {
        outcome out;
        auto const& j = jobs[index];
        numcheck::file_result result;
        if (!j.error.empty()) {
            result.path = j.path;
            result.error = fmt::format("{}: {}", j.path, j.error);
        } else if (j.settings->error) {
            result.path = j.path;
            // (a broken .numcheck.toml is told in full once, for the first file it governs)
            result.error = j.told ? fmt::format("{}: not checked: the configuration error above", j.path)
                                  : fmt::format("{}: not checked: {}", j.path, *j.settings->error);
        } else {
            numcheck::reference_options reference = j.settings->reference;
            std::string git_error;
            if (j.settings->date_mode == "git") apply_git_date(j.path, reference, git_error);
            // (git unable to tell, the file is still checked: its front matter, dateline or text dates it)
            if (!git_error.empty()) {
                out.warning = git_error;
                reference.fallback.reset();
                reference.fallback_source.clear();
            }
            {
                result = numcheck::analyse_file(j.path, reference);
                // An empty selection means every rule to the library; here it means none is left.
                if (j.settings->any_rule) numcheck::check_file(result, j.settings->selection);
                if (writing_baseline) out.baseline_entries = numcheck::baseline::entries(result);
                if (known) result.baselined = known->filter(result);
            }
        }
        out.error = result.error;
        out.counts.add(result);
        out.fails = out.counts.at_or_above(j.settings->fail_level) > 0;
        if (format == "json")
            out.rendered = numcheck::render::detail::json_report_file(result, index);
        else if (format == "short")
            out.rendered = numcheck::render::report_short(result);
        else if (format == "github")
            out.rendered = numcheck::render::report_github(result);
        else if (format == "text")
            out.rendered = numcheck::render::report_text(result, color);
        if (format == "sarif") out.result = std::move(result);
        return out;
    };

    // Workers take files in order; the main thread writes each file's report once the files
    // before it are written. At most `window` files wait to be written, which bounds memory.
    unsigned const threads =
        std::max(1u, std::min<unsigned>(options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency()),
                                        static_cast<unsigned>(std::max<std::size_t>(1, jobs.size()))));
    std::size_t const window = 64 * static_cast<std::size_t>(threads);
    std::vector<std::optional<outcome>> done(jobs.size());
    std::mutex mutex;
    std::condition_variable ready, room;
    std::size_t next = 0, written = 0;
    auto const worker = [&] {
        while (true) {
            std::size_t index = 0;
            {
                std::unique_lock lock(mutex);
                room.wait(lock, [&] { return next >= jobs.size() || next < written + window; });
                if (next >= jobs.size()) return;
                index = next++;
            }
            outcome out;
            try {
                out = check_one(index);
            } catch (std::exception const& e) {
                out = outcome{};
                out.error = fmt::format("{}: not checked: {}", jobs[index].path, e.what());
                out.counts.files = 1;
                out.counts.file_errors = 1;
            }
            {
                std::lock_guard lock(mutex);
                done[index] = std::move(out);
            }
            ready.notify_all();
        }
    };
    std::vector<std::thread> pool;
    for (unsigned i = 0; i < threads; ++i) pool.emplace_back(worker);

    progress_bar progress(options.progress, jobs.size());
    bool const progress_shares_terminal = isatty(fileno(stdout)) != 0;
    numcheck::render::report_summary summary;
    numcheck::render::report_sarif_writer sarif;
    bool any_input_error = false, any_fails = false;
    std::size_t git_warnings = 0;
    std::vector<std::string> baseline_entries;
    if (format == "json") write(numcheck::render::detail::json_report_begin());
    if (format == "sarif") write(sarif.begin());
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        outcome out;
        {
            std::unique_lock lock(mutex);
            ready.wait(lock, [&] { return done[i].has_value(); });
            out = std::move(*done[i]);
            done[i].reset();
            written = i + 1;
        }
        room.notify_all();
        if (progress_shares_terminal || out.error) progress.clear();
        if (out.error) {
            any_input_error = true;
            report_input_error(*out.error);
        }
        if (out.warning) {
            if (git_warnings++ == 0)
                std::fprintf(stderr, "numcheck: warning: %s; the date is taken from the file itself\n",
                             out.warning->c_str());
        }
        summary.add(out.counts);
        any_fails = any_fails || out.fails;
        if (out.result) out.rendered = sarif.add(*out.result);
        write(out.rendered);
        for (auto& e : out.baseline_entries) baseline_entries.push_back(std::move(e));
        if (!out.rendered.empty()) std::fflush(stdout);
        progress.update(i + 1);
    }
    for (auto& t : pool) t.join();
    progress.clear();
    if (format == "json") write(numcheck::render::report_json_end(summary));
    if (format == "sarif") write(sarif.end());
    if (format == "text") write(numcheck::render::summary_line(summary) + "\n");
    std::fflush(stdout);
    if (git_warnings > 1)
        std::fprintf(stderr, "numcheck: warning: --date git could not date %zu files; each was dated from itself\n",
                     git_warnings);

    if (writing_baseline) {
        std::string const text = numcheck::baseline::write_begin() + numcheck::baseline::write_join(baseline_entries) +
                                 numcheck::baseline::write_end(baseline_entries.size());
        FILE* file = std::fopen(options.write_baseline.c_str(), "wb");
        bool const complete = file && std::fwrite(text.data(), 1, text.size(), file) == text.size();
        int const error = errno;
        bool const closed = file && std::fclose(file) == 0;
        if (!complete || !closed) {
            report_input_error(
                fmt::format("{}: cannot write the baseline: {}", options.write_baseline, std::strerror(error)));
            return exit_usage_or_input;
        }
        std::fprintf(stderr, "numcheck: wrote %zu finding%s to %s\n", baseline_entries.size(),
                     baseline_entries.size() == 1 ? "" : "s", options.write_baseline.c_str());
    }
    if (any_input_error) return exit_usage_or_input;
    if (writing_baseline) return exit_ok;
    return any_fails ? exit_findings : exit_ok;
}

} // namespace cli
