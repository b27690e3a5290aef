#include "numcheck/baseline.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "numcheck/error.hpp"

namespace numcheck {

namespace {
using json = nlohmann::ordered_json;
constexpr int format_version = 1;
} // namespace

std::string baseline_path(std::string_view path) {
    return std::filesystem::path(path).lexically_normal().generic_string();
}

baseline baseline::load(std::string const& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw input_error(fmt::format("{}: cannot open the baseline: {}", path, std::strerror(errno)));
    std::stringstream text;
    text << in.rdbuf();
    return parse(text.str(), path);
}

baseline baseline::parse(std::string_view json_text, std::string const& path) {
    json doc;
    try {
        doc = json::parse(json_text);
    } catch (json::parse_error const& e) {
        throw input_error(fmt::format("{}: not a baseline (invalid JSON at byte {})", path, e.byte));
    }
    if (!doc.is_object() || !doc.contains("findings") || !doc["findings"].is_array())
        throw input_error(
            fmt::format("{}: not a baseline (no \"findings\" array); write one with --write-baseline", path));
    baseline out;
    std::size_t index = 0;
    for (auto const& entry : doc["findings"]) {
        auto const text = [&](char const* field) -> std::string {
            if (!entry.is_object() || !entry.contains(field) || !entry[field].is_string())
                throw input_error(fmt::format("{}: finding {} has no \"{}\" string", path, index, field));
            return entry[field].get<std::string>();
        };
        ++out.counts_[{baseline_path(text("path")), text("code"), text("fingerprint")}];
        ++out.size_;
        ++index;
    }
    return out;
}

std::string baseline::write_begin() {
    return fmt::format("{{\n  \"tool\": \"numcheck\",\n  \"version\": \"{}\",\n  \"format\": {},\n  \"findings\": [",
                       NUMCHECK_VERSION, format_version);
}

std::vector<std::string> baseline::entries(file_result const& file) {
    std::vector<std::string> out;
    for (auto const& f : file.findings) {
        json const entry{{"path", baseline_path(file.path)}, {"code", f.code},      {"rule", f.rule},
                         {"fingerprint", f.fingerprint},     {"line", f.span.line}, {"message", f.message}};
        out.push_back(entry.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
    return out;
}

std::string baseline::write_join(std::vector<std::string> const& entries) {
    std::string out;
    for (std::size_t i = 0; i < entries.size(); ++i) out += (i == 0 ? "\n    " : ",\n    ") + entries[i];
    return out;
}

std::string baseline::write_end(std::size_t written) { return written == 0 ? "]\n}\n" : "\n  ]\n}\n"; }

std::string baseline::write(std::vector<file_result> const& files) {
    std::vector<std::string> all;
    for (auto const& f : files)
        for (auto& e : entries(f)) all.push_back(std::move(e));
    return write_begin() + write_join(all) + write_end(all.size());
}

std::size_t baseline::filter(file_result& file) const {
    if (counts_.empty()) return 0;
    std::map<key, std::size_t> used;
    std::string const path = baseline_path(file.path);
    std::size_t removed = 0;
    std::erase_if(file.findings, [&](finding const& f) {
        key k{path, std::string(f.code), f.fingerprint};
        auto const it = counts_.find(k);
        if (it == counts_.end() || used[k] >= it->second) return false;
        ++used[k];
        ++removed;
        return true;
    });
    return removed;
}

} // namespace numcheck
