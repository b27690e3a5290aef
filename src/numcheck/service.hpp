#pragma once
/// The HTTP API of `numcheck serve` without the sockets: requests in, status and body out. The
/// server in src/cli routes to these; tests call them directly.
#include <string>
#include <string_view>

namespace numcheck::service {

struct response {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
};

/// POST /api/check: `{"text": "...", "format": "json", "date": "2024-04-09", "filename": "a.md"}`.
/// `text` is required; `format` is json (default), sarif, text, short or github; `date` is the
/// reference date (YYYY-MM-DD; default: the text's own, else inferred); `filename` names the
/// article in the report and picks the reader (.md and .markdown: Markdown, else plain text;
/// default "article.md"). The body is DESIGN.md's JSON report (or the chosen format); a request
/// that cannot be used gets 400 and `{"error": "..."}`.
response check(std::string_view request_body);

/// GET /api/rules: every rule with code, name, severity, summary and documentation.
response rules();

/// `{"error": message}` with the given status.
response error(int status, std::string_view message);

} // namespace numcheck::service
