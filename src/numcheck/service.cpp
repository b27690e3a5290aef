#include "numcheck/service.hpp"

#include <optional>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "numcheck/analyse.hpp"
#include "numcheck/error.hpp"
#include "numcheck/render/report.hpp"
#include "numcheck/rules/rule.hpp"

namespace numcheck::service {

namespace {

using json = nlohmann::json;

/// The string member `key` of the request, or nullopt when absent or null; throws a message
/// for any other type.
std::optional<std::string> string_member(json const& request, char const* key) {
    auto const it = request.find(key);
    if (it == request.end() || it->is_null()) return std::nullopt;
    if (!it->is_string()) throw std::invalid_argument(fmt::format("\"{}\" must be a string", key));
    return it->get<std::string>();
}

} // namespace

response error(int status, std::string_view message) {
    response r;
    r.status = status;
    r.body = json{{"error", message}}.dump() + "\n";
    return r;
}

response check(std::string_view request_body) {
    json request;
    try {
        request = json::parse(request_body);
    } catch (json::parse_error const& e) {
        // nlohmann's messages start "[json.exception.parse_error.101] parse error at line 1, ...".
        std::string message = e.what();
        if (auto const at = message.find("] "); at != std::string::npos) message.erase(0, at + 2);
        return error(400, fmt::format("the request is not valid JSON: {}", message));
    }
    if (!request.is_object())
        return error(400, "the request must be a JSON object: {\"text\": \"...\", \"format\": \"json\"}");
    std::optional<std::string> text, format, date, filename;
    try {
        text = string_member(request, "text");
        format = string_member(request, "format");
        date = string_member(request, "date");
        filename = string_member(request, "filename");
    } catch (std::invalid_argument const& e) {
        return error(400, e.what());
    }
    if (!text) return error(400, "\"text\" is required: the article to check");
    std::string const chosen = format.value_or("json");
    if (chosen != "json" && chosen != "sarif" && chosen != "text" && chosen != "short" && chosen != "github")
        return error(400, fmt::format("\"format\" '{}' is not one of json, sarif, text, short, github", chosen));
    reference_options reference;
    if (date && !date->empty()) {
        reference.date = parse_iso_date(*date);
        if (!reference.date)
            return error(400, fmt::format("\"date\" '{}' is not a date of the form YYYY-MM-DD", *date));
    }
    std::string name = filename && !filename->empty() ? *filename : "article.md";

    file_result result;
    try {
        auto const reader = format_for_path(name);
        result = analyse_document(read_document(name, std::move(*text), reader), reference);
    } catch (input_error const& e) {
        return error(400, e.what());
    }
    check_file(result);
    std::vector<file_result> files;
    files.push_back(std::move(result));

    response r;
    if (chosen == "json") {
        r.body = render::report_json(files);
    } else if (chosen == "sarif") {
        r.content_type = "application/sarif+json";
        r.body = render::report_sarif(files);
    } else {
        r.content_type = "text/plain; charset=utf-8";
        r.body = chosen == "text"    ? render::report_text(files.front())
                 : chosen == "short" ? render::report_short(files.front())
                                     : render::report_github(files.front());
    }
    return r;
}

response rules() {
    json list = json::array();
    for (auto const& r : all_rules()) {
        list.push_back({{"code", r.code},
                        {"name", r.name},
                        {"severity", name_of(r.default_severity)},
                        {"summary", r.summary},
                        {"what", r.documentation.what},
                        {"why", r.documentation.why},
                        {"example", r.documentation.example},
                        {"not_flagged", r.documentation.not_flagged}});
    }
    response out;
    out.body = json{{"rules", std::move(list)}}.dump(2) + "\n";
    return out;
}

} // namespace numcheck::service
