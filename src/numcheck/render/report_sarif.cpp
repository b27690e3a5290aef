// SARIF 2.1.0, the format code-scanning services read (GitHub code scanning, Azure DevOps, IDEs).
// https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "numcheck/render/report.hpp"

namespace numcheck::render {

namespace {

using json = nlohmann::ordered_json;

constexpr char const* fingerprint_key = "numcheck/v1";

/// SARIF's result levels are numcheck's severity names ("note", "warning", "error").
std::string_view level_of(severity level) noexcept { return name_of(level); }

/// A rule's documentation as plain text and as Markdown, the sections `numcheck explain` shows.
std::pair<std::string, std::string> help_of(rule const& r) {
    std::string text = std::string(r.summary);
    std::string markdown = fmt::format("**{} {}**: {}", r.code, r.name, r.summary);
    auto const section = [&](std::string_view title, std::string_view body, bool code) {
        if (body.empty()) return;
        text += fmt::format("\n\n{}:\n{}", title, body);
        markdown += code ? fmt::format("\n\n### {}\n\n```text\n{}\n```", title, body)
                         : fmt::format("\n\n### {}\n\n{}", title, body);
    };
    section("What it checks", r.documentation.what, false);
    section("Why it matters", r.documentation.why, false);
    section("Example", r.documentation.example, true);
    section("Not flagged", r.documentation.not_flagged, true);
    return {text, markdown};
}

json rule_json(rule const& r) {
    auto [text, markdown] = help_of(r);
    return json{{"id", r.code},
                {"name", r.name},
                {"shortDescription", {{"text", r.summary}}},
                {"fullDescription", {{"text", r.documentation.what.empty() ? r.summary : r.documentation.what}}},
                {"help", {{"text", std::move(text)}, {"markdown", std::move(markdown)}}},
                {"helpUri", fmt::format("{}/blob/main/docs/rules/{}-{}.md", NUMCHECK_HOMEPAGE, r.code, r.name)},
                {"defaultConfiguration", {{"level", level_of(r.default_severity)}}},
                {"properties", {{"tags", json::array({"numbers", "consistency"})}}}};
}

std::size_t rule_index(std::string_view code) {
    auto const rules = all_rules();
    auto const it = std::find_if(rules.begin(), rules.end(), [&](rule const& r) { return r.code == code; });
    return static_cast<std::size_t>(it - rules.begin());
}

json region_json(file_result const& file, source_span const& span) {
    if (!file.doc) return json{{"startLine", span.line}, {"startColumn", span.column}};
    auto const& source = file.doc->source;
    auto const begin = std::min(span.begin, source.size());
    auto const end = std::clamp(span.end, begin, source.size());
    auto const [line, column] = file.doc->line_column(begin);
    auto const [end_line, end_column] = file.doc->line_column(end);
    return json{{"startLine", line},
                {"startColumn", column},
                {"endLine", end_line},
                {"endColumn", end_column},
                {"byteOffset", begin},
                {"byteLength", end - begin},
                {"snippet", {{"text", source.substr(begin, end - begin)}}}};
}

json location_json(file_result const& file, source_span const& span) {
    return json{{"physicalLocation",
                 {{"artifactLocation", {{"uri", artifact_uri(file.path)}}}, {"region", region_json(file, span)}}}};
}

json result_json(file_result const& file, finding const& f) {
    std::string text = f.message;
    for (auto const& note : f.notes) text += "\nnote: " + note;
    json result{{"ruleId", f.code},
                {"ruleIndex", rule_index(f.code)},
                {"level", level_of(f.level)},
                {"message", {{"text", std::move(text)}}},
                {"locations", json::array({location_json(file, f.span)})}};
    if (!f.related.empty()) {
        json related = json::array();
        for (std::size_t i = 0; i < f.related.size(); ++i) {
            json location = location_json(file, f.related[i].span);
            location["id"] = i + 1;
            location["message"] = json{{"text", f.related[i].message}};
            related.push_back(std::move(location));
        }
        result["relatedLocations"] = std::move(related);
    }
    if (!f.fingerprint.empty()) result["partialFingerprints"] = json{{fingerprint_key, f.fingerprint}};
    result["properties"] = json{{"rule", f.rule}};
    return result;
}

/// `text` with every line but the first indented by `by` spaces.
std::string indented(std::string const& text, std::size_t by) {
    std::string out;
    for (char c : text) {
        out.push_back(c);
        if (c == '\n') out.append(by, ' ');
    }
    return out;
}

bool unreserved(unsigned char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~' || c == '/';
}

} // namespace

std::string artifact_uri(std::string_view path) {
    if (path == "-" || path == "<stdin>") return "stdin";
    while (path.starts_with("./")) path.remove_prefix(2);
    std::string out = path.starts_with('/') ? "file://" : "";
    for (char const ch : path) {
        auto const c = static_cast<unsigned char>(ch);
        if (unreserved(c))
            out.push_back(static_cast<char>(c));
        else
            out += fmt::format("%{:02X}", c);
    }
    return out;
}

std::string report_sarif_writer::begin() const {
    json driver{{"name", "numcheck"},
                {"version", NUMCHECK_VERSION},
                {"semanticVersion", NUMCHECK_VERSION},
                {"informationUri", NUMCHECK_HOMEPAGE}};
    json rules = json::array();
    for (auto const& r : all_rules()) rules.push_back(rule_json(r));
    driver["rules"] = std::move(rules);
    json const tool{{"driver", std::move(driver)}};
    return "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n"
           "  \"runs\": [\n    {\n      \"tool\": " +
           indented(tool.dump(2, ' ', false, nlohmann::json::error_handler_t::replace), 6) +
           ",\n      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [";
}

std::string report_sarif_writer::add(file_result const& file) {
    std::string out;
    summary_.add(file);
    if (file.error) {
        json notification{
            {"level", "error"},
            {"message", {{"text", *file.error}}},
            {"locations",
             json::array({json{{"physicalLocation", {{"artifactLocation", {{"uri", artifact_uri(file.path)}}}}}}})}};
        notifications_.push_back(
            indented(notification.dump(2, ' ', false, nlohmann::json::error_handler_t::replace), 12));
        return out;
    }
    for (auto const& f : file.findings) {
        out += (results_++ == 0 ? "\n        " : ",\n        ") +
               indented(result_json(file, f).dump(2, ' ', false, nlohmann::json::error_handler_t::replace), 8);
    }
    // Silenced findings stay in the log, marked as suppressed in the source (SARIF 3.35).
    for (auto const& s : file.suppressed) {
        json result = result_json(file, s.silenced);
        json suppression{{"kind", "inSource"}};
        if (!s.reason.empty()) suppression["justification"] = s.reason;
        result["suppressions"] = json::array({std::move(suppression)});
        out += (results_++ == 0 ? "\n        " : ",\n        ") +
               indented(result.dump(2, ' ', false, nlohmann::json::error_handler_t::replace), 8);
    }
    return out;
}

std::string report_sarif_writer::end() const {
    std::string out = results_ == 0 ? "]" : "\n      ]";
    out += ",\n      \"invocations\": [\n        {\n          \"executionSuccessful\": ";
    out += notifications_.empty() ? "true" : "false";
    if (!notifications_.empty()) {
        out += ",\n          \"toolExecutionNotifications\": [";
        for (std::size_t i = 0; i < notifications_.size(); ++i)
            out += (i == 0 ? "\n            " : ",\n            ") + notifications_[i];
        out += "\n          ]";
    }
    out += "\n        }\n      ]\n    }\n  ]\n}\n";
    return out;
}

std::string report_sarif(std::vector<file_result> const& files) {
    report_sarif_writer writer;
    std::string out = writer.begin();
    for (auto const& f : files) out += writer.add(f);
    return out + writer.end();
}

} // namespace numcheck::render
