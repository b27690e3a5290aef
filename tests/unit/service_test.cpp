// numcheck::service: the HTTP API's requests and responses, without a socket (tests/serve/api_test.py
// runs them against a live server).
#include <fstream>
#include <iterator>
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "numcheck/service.hpp"

namespace {

using json = nlohmann::json;

std::string flagship() {
    std::ifstream in(std::string(NUMCHECK_SOURCE_DIR) + "/samples/china-russia-trade.txt", std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string error_of(numcheck::service::response const& r) { return json::parse(r.body).at("error"); }

} // namespace

TEST_CASE("service: the flagship article through POST /api/check") {
    auto const r = numcheck::service::check(json{{"text", flagship()}, {"filename", "china.txt"}}.dump());
    REQUIRE(r.status == 200);
    CHECK(r.content_type == "application/json");
    auto const report = json::parse(r.body);
    auto const& file = report.at("files").at(0);
    CHECK(file.at("path") == "china.txt");
    CHECK(file.at("reference_date").at("value") == "2024-04-09");
    REQUIRE(file.at("diagnostics").size() == 1);
    CHECK(file.at("diagnostics").at(0).at("code") == "NC202");
    CHECK(file.at("diagnostics").at(0).at("span").at("line") == 14);
}

TEST_CASE("service: formats, dates and readers") {
    std::string const text = flagship();
    auto const sarif = numcheck::service::check(json{{"text", text}, {"format", "sarif"}}.dump());
    CHECK(sarif.content_type == "application/sarif+json");
    CHECK(json::parse(sarif.body).at("runs").at(0).at("results").size() == 1);
    auto const short_form = numcheck::service::check(json{{"text", text}, {"format", "short"}}.dump());
    CHECK(short_form.content_type == "text/plain; charset=utf-8");
    CHECK(short_form.body.find("NC202") != std::string::npos);
    auto const dated = numcheck::service::check(json{{"text", text}, {"date", "2025-01-02"}}.dump());
    CHECK(json::parse(dated.body).at("files").at(0).at("reference_date").at("source") == "cli");
    // A null member is as if absent.
    auto const nulls = numcheck::service::check(json{{"text", "Up 5 pct."}, {"date", nullptr}}.dump());
    CHECK(nulls.status == 200);
}

TEST_CASE("service: requests that cannot be used get 400 and a message") {
    using numcheck::service::check;
    CHECK(check("").status == 400);
    CHECK(error_of(check("{\"text\": ")).find("not valid JSON") != std::string::npos);
    CHECK(error_of(check("[]")).find("JSON object") != std::string::npos);
    CHECK(error_of(check("{}")).find("\"text\" is required") != std::string::npos);
    CHECK(error_of(check(R"({"text": 1})")).find("\"text\" must be a string") != std::string::npos);
    CHECK(error_of(check(R"({"text": "x", "format": "xml"})")).find("'xml'") != std::string::npos);
    CHECK(error_of(check(R"({"text": "x", "date": "2024-13-01"})")).find("YYYY-MM-DD") != std::string::npos);
    CHECK(check(R"({"text": "x", "filename": 3})").status == 400);
    // The reader's own errors: NUL is not text.
    auto const nul = check(json{{"text", std::string("a\0b", 3)}}.dump());
    CHECK(nul.status == 400);
    CHECK(error_of(nul).find("article.md") != std::string::npos);
}

TEST_CASE("service: GET /api/rules lists every rule with its documentation") {
    auto const r = numcheck::service::rules();
    CHECK(r.status == 200);
    auto const rules = json::parse(r.body).at("rules");
    CHECK(rules.size() >= 17);
    for (auto const& rule : rules) {
        CHECK(!rule.at("code").get<std::string>().empty());
        CHECK(!rule.at("what").get<std::string>().empty());
    }
}
