#include "numcheck/config.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "numcheck/extract.hpp"
#include "numcheck/rules/rule.hpp"

namespace numcheck {

namespace {

[[noreturn]] void fail(std::string const& path, toml::source_region const& where, std::string const& what) {
    if (where.begin.line == 0) throw config_error(fmt::format("{}: {}", path, what));
    throw config_error(fmt::format("{}:{}:{}: {}", path, where.begin.line, where.begin.column, what));
}

std::string key_path(std::string_view table, std::string_view key) {
    return table.empty() ? std::string(key) : fmt::format("{}.{}", table, key);
}

std::string string_of(toml::node const& node, std::string const& path, std::string const& key) {
    if (auto const* s = node.as_string()) return s->get();
    fail(path, node.source(), fmt::format("'{}' must be a string", key));
}

std::vector<std::string> strings_of(toml::node const& node, std::string const& path, std::string const& key) {
    std::vector<std::string> out;
    if (auto const* s = node.as_string()) { // a single string is a list of one
        out.push_back(s->get());
        return out;
    }
    auto const* array = node.as_array();
    if (!array) fail(path, node.source(), fmt::format("'{}' must be a list of strings", key));
    for (auto const& element : *array) out.push_back(string_of(element, path, key));
    return out;
}

severity severity_of(toml::node const& node, std::string const& path, std::string const& key) {
    auto const text = string_of(node, path, key);
    if (auto const s = parse_severity(text)) return *s;
    fail(path, node.source(), fmt::format("'{}' must be note, warning or error, not '{}'", key, text));
}

double number_of(toml::node const& node, std::string const& path, std::string const& key) {
    std::optional<double> value;
    if (auto const* d = node.as_floating_point()) value = d->get();
    if (auto const* i = node.as_integer()) value = static_cast<double>(i->get());
    if (!value || *value < 0) fail(path, node.source(), fmt::format("'{}' must be a number of 0 or more", key));
    return *value;
}

void check_rule_names(std::vector<std::string> const& names, toml::node const& node, std::string const& path,
                      std::string const& key) {
    for (auto const& name : names)
        if (!find_rule(name))
            fail(path, node.source(),
                 fmt::format("'{}' names no rule '{}'; `numcheck rules` lists the rules", key, name));
}

bool segment_match(std::string_view pattern, std::string_view text) {
    // Iterative wildcard matching with one backtrack point for '*'.
    std::size_t p = 0, t = 0, star = std::string_view::npos, resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == '[') {
            auto const close = pattern.find(']', p + 1);
            if (close != std::string_view::npos) {
                bool const negate = p + 1 < close && (pattern[p + 1] == '!' || pattern[p + 1] == '^');
                bool hit = false;
                for (std::size_t i = p + 1 + (negate ? 1 : 0); i < close; ++i) {
                    if (i + 2 < close && pattern[i + 1] == '-') {
                        hit = hit || (text[t] >= pattern[i] && text[t] <= pattern[i + 2]);
                        i += 2;
                    } else {
                        hit = hit || text[t] == pattern[i];
                    }
                }
                if (hit != negate) {
                    p = close + 1;
                    ++t;
                    continue;
                }
            } else if (text[t] == '[') {
                ++p;
                ++t;
                continue;
            }
        } else if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
            ++p;
            ++t;
            continue;
        } else if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            resume = t;
            continue;
        }
        if (star == std::string_view::npos) return false;
        p = star + 1;
        t = ++resume;
    }
    while (p < pattern.size() && pattern[p] == '*') ++p;
    return p == pattern.size();
}

std::vector<std::string_view> segments(std::string_view path) {
    std::vector<std::string_view> out;
    while (!path.empty()) {
        auto const slash = path.find('/');
        auto const part = path.substr(0, slash);
        if (!part.empty() && part != ".") out.push_back(part);
        if (slash == std::string_view::npos) break;
        path.remove_prefix(slash + 1);
    }
    return out;
}

bool match_segments(std::vector<std::string_view> const& pattern, std::size_t p,
                    std::vector<std::string_view> const& path, std::size_t t) {
    if (p == pattern.size()) return t == path.size();
    if (pattern[p] == "**") {
        for (std::size_t skip = t; skip <= path.size(); ++skip)
            if (match_segments(pattern, p + 1, path, skip)) return true;
        return false;
    }
    return t < path.size() && segment_match(pattern[p], path[t]) && match_segments(pattern, p + 1, path, t + 1);
}

} // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
    auto p = segments(pattern);
    if (pattern.find('/') == std::string_view::npos || (p.size() == 1 && pattern.ends_with('/')))
        p.insert(p.begin(), "**");
    return match_segments(p, 0, segments(path), 0);
}

bool config::wants(std::filesystem::path const& file) const {
    std::error_code ec;
    auto const relative = root.empty() ? file : std::filesystem::relative(file, root, ec);
    std::string const rel = (ec ? file : relative).generic_string();
    if (!include.empty() &&
        std::none_of(include.begin(), include.end(), [&](auto const& g) { return glob_match(g, rel); }))
        return false;
    // A folder that matches excludes everything under it.
    std::string_view prefix = rel;
    while (!prefix.empty()) {
        if (std::any_of(exclude.begin(), exclude.end(), [&](auto const& g) { return glob_match(g, prefix); }))
            return false;
        auto const slash = prefix.rfind('/');
        if (slash == std::string_view::npos) break;
        prefix = prefix.substr(0, slash);
    }
    return true;
}

config parse_config(std::string_view text, std::string const& path) {
    toml::table table;
    try {
        table = toml::parse(text, path);
    } catch (toml::parse_error const& e) {
        fail(path, e.source(), std::string(e.description()));
    }
    config out;
    out.path = path;
    out.root = std::filesystem::path(path).parent_path();

    for (auto const& [key_node, node] : table) {
        std::string const key(key_node.str());
        if (key == "select" || key == "ignore") {
            auto names = strings_of(node, path, key);
            check_rule_names(names, node, path, key);
            (key == "select" ? out.select : out.ignore) = std::move(names);
        } else if (key == "min-severity") {
            out.min_severity = severity_of(node, path, key);
        } else if (key == "fail-level") {
            out.fail_level = severity_of(node, path, key);
        } else if (key == "include" || key == "exclude") {
            (key == "include" ? out.include : out.exclude) = strings_of(node, path, key);
            // (include narrows the files a folder gives, *.md, *.markdown and *.txt: a glob of
            // another extension would match nothing, and a run of nothing passes)
            if (key == "include")
                for (auto const& glob : out.include) {
                    std::string_view const last = std::string_view(glob).substr(glob.rfind('/') + 1);
                    std::size_t const dot = last.rfind('.');
                    if (dot == std::string_view::npos) continue;
                    std::string extension(last.substr(dot + 1));
                    if (extension.find_first_of("*?[{") != std::string::npos) continue;
                    for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                    if (extension != "md" && extension != "markdown" && extension != "txt")
                        fail(path, node.source(),
                             fmt::format("include: '{}' can match no file: numcheck reads *.md, *.markdown and "
                                         "*.txt files in folders (name a file of another extension on the command "
                                         "line)",
                                         glob));
                }
        } else if (key == "rules") {
            auto const* rules = node.as_table();
            if (!rules) fail(path, node.source(), "'rules' must be a table: [rules] NC101 = \"error\"");
            for (auto const& [rule_key, value] : *rules) {
                std::string const name(rule_key.str());
                std::string const full = key_path("rules", name);
                if (!find_rule(name))
                    fail(path, rule_key.source(),
                         fmt::format("[rules] names no rule '{}'; `numcheck rules` lists the rules", name));
                auto const level = string_of(value, path, full);
                if (level == "off") {
                    out.rule_severities.emplace_back(name, std::nullopt);
                } else if (auto const s = parse_severity(level)) {
                    out.rule_severities.emplace_back(name, *s);
                } else {
                    fail(path, value.source(),
                         fmt::format("'{}' must be note, warning, error or off, not '{}'", full, level));
                }
            }
        } else if (key == "tolerance") {
            auto const* tolerance = node.as_table();
            if (!tolerance) fail(path, node.source(), "'tolerance' must be a table");
            for (auto const& [t_key, value] : *tolerance) {
                std::string const name(t_key.str());
                std::string const full = key_path("tolerance", name);
                double const x = number_of(value, path, full);
                if (name == "percent-change")
                    out.tolerance.percent_change = x;
                else if (name == "sum")
                    out.tolerance.sum = x;
                else if (name == "age")
                    out.tolerance.age = static_cast<int>(x);
                else
                    fail(path, t_key.source(),
                         fmt::format("unknown setting '{}' (known: percent-change, sum, age)", full));
            }
        } else if (key == "date") {
            auto const* date = node.as_table();
            if (!date) fail(path, node.source(), "'date' must be a table: [date] reference = \"git\"");
            for (auto const& [d_key, value] : *date) {
                std::string const name(d_key.str());
                std::string const full = key_path("date", name);
                if (name == "reference") {
                    auto const reference = string_of(value, path, full);
                    if (reference != "auto" && reference != "git" && reference != "today" && !parse_iso_date(reference))
                        fail(path, value.source(),
                             fmt::format("'{}' must be auto, git, today or a date YYYY-MM-DD, not '{}'", full,
                                         reference));
                    out.date_reference = reference;
                } else if (name == "infer") {
                    auto const* flag = value.as_boolean();
                    if (!flag) fail(path, value.source(), fmt::format("'{}' must be true or false", full));
                    out.infer_date = flag->get();
                } else {
                    fail(path, d_key.source(), fmt::format("unknown setting '{}' (known: reference, infer)", full));
                }
            }
        } else {
            fail(path, key_node.source(),
                 fmt::format("unknown setting '{}' (known: select, ignore, min-severity, fail-level, include, "
                             "exclude, [rules], [tolerance], [date])",
                             key));
        }
    }
    return out;
}

config load_config(std::string const& path) {
    // (a folder opens as an empty stream, a FIFO waits for a writer: both are refused by their type)
    std::error_code ec;
    auto const status = std::filesystem::status(path, ec);
    if (!ec && status.type() != std::filesystem::file_type::regular)
        throw config_error(fmt::format("{}: not a configuration file: it is {}", path,
                                       status.type() == std::filesystem::file_type::directory
                                           ? fmt::format("a folder (the file is {} inside it)", config_file_name)
                                           : std::string("not a regular file")));
    std::ifstream in(path, std::ios::binary);
    if (!in) throw config_error(fmt::format("{}: cannot open the configuration: {}", path, std::strerror(errno)));
    std::stringstream text;
    text << in.rdbuf();
    return parse_config(text.str(), path);
}

std::optional<std::filesystem::path> find_config(std::filesystem::path const& folder) {
    std::error_code ec;
    auto dir = std::filesystem::absolute(folder.empty() ? std::filesystem::path(".") : folder, ec);
    if (ec) return std::nullopt;
    dir = dir.lexically_normal();
    while (true) {
        auto candidate = dir / config_file_name;
        if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
        auto parent = dir.parent_path();
        if (parent == dir || parent.empty()) return std::nullopt;
        dir = parent;
    }
}

} // namespace numcheck
