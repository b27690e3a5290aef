// The machine formats: GitHub workflow commands, SARIF 2.1.0 and the fingerprints that let a
// baseline or a code-scanning service recognise a finding after the file around it changed.
#include <string>
#include <string_view>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "numcheck/analyse.hpp"
#include "numcheck/document.hpp"
#include "numcheck/fingerprint.hpp"
#include "numcheck/render/report.hpp"

namespace {

numcheck::file_result checked(std::string text, std::string const& path = "news/t.txt",
                              std::optional<numcheck::calendar_date> date = numcheck::calendar_date{2024, 4, 9}) {
    auto file = numcheck::analyse_document(
        numcheck::read_document(path, std::move(text), numcheck::format_for_path(path)), date);
    numcheck::check_file(file);
    return file;
}

std::string const wrong_change = "Intro line.\nProfit rose 9 percent to $2.4 billion from $1.8 billion, it said.\n";

} // namespace

TEST_CASE("github: one workflow command per finding, with its range, and the documented escaping") {
    auto const file = checked(wrong_change, "news/a,b:c.txt");
    REQUIRE(file.findings.size() == 1);
    auto const out = numcheck::render::report_github(file);
    INFO(out);
    // Properties escape ',' and ':'; the message escapes '%' and line ends (notes follow on their own lines).
    CHECK(out.starts_with("::warning file=news/a%2Cb%3Ac.txt,line=2,col=8,endLine=2,endColumn=56,"));
    CHECK(out.find(",title=NC101 percent-change-arithmetic::$1.8 billion to $2.4 billion is a rise of 33.3%25, "
                   "not the 9 percent stated%0Anote: ") != std::string::npos);
    CHECK(out.find("%0Asee line 2, column 44: before%0Asee line 2, column 26: after\n") != std::string::npos);
    CHECK(out.find('\n') == out.size() - 1); // one command, one line

    numcheck::file_result failed;
    failed.path = "gone.md";
    failed.error = "gone.md: cannot open: No such file or directory";
    CHECK(numcheck::render::report_github(failed) ==
          "::error file=gone.md,title=numcheck%3A file not checked::gone.md: cannot open: No such file or directory\n");
    // (an error with its place annotates that line)
    failed.path = "bad.md";
    failed.error = "bad.md:30:20: invalid UTF-8 (byte 0xFF at byte offset 706)";
    CHECK(numcheck::render::report_github(failed).starts_with(
        "::error file=bad.md,line=30,col=20,title=numcheck%3A file not checked::bad.md:30:20: invalid UTF-8"));
}

TEST_CASE("github: notes are 'notice', errors 'error'; nothing for a clean file") {
    auto const clean = checked("Sales rose 10 percent to 110 units from 100.\n");
    CHECK(numcheck::render::report_github(clean).empty());
    auto const undated = checked("Sales rose last year, the company said.\n", "u.txt", std::nullopt);
    auto const out = numcheck::render::report_github(undated);
    CHECK(out.starts_with("::notice file=u.txt,line=1,col=12,"));
    CHECK(out.find("title=NC001 reference-date-unresolved::") != std::string::npos);
}

TEST_CASE("sarif: driver with every rule's documentation, results with regions, related locations, fingerprints") {
    auto const file = checked(wrong_change);
    auto const log = nlohmann::json::parse(numcheck::render::report_sarif({file}));
    CHECK(log["version"] == "2.1.0");
    CHECK(log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
    REQUIRE(log["runs"].size() == 1);
    auto const& run = log["runs"][0];
    auto const& driver = run["tool"]["driver"];
    CHECK(driver["name"] == "numcheck");
    CHECK(driver["version"] == NUMCHECK_VERSION);
    CHECK(driver["informationUri"].get<std::string>().starts_with("https://"));
    REQUIRE(driver["rules"].size() == numcheck::all_rules().size());
    for (auto const& r : driver["rules"]) {
        CHECK(!r["shortDescription"]["text"].get<std::string>().empty());
        CHECK(!r["fullDescription"]["text"].get<std::string>().empty());
        CHECK(r["help"]["text"].get<std::string>().find("Why it matters") != std::string::npos);
        CHECK(r["help"]["markdown"].get<std::string>().starts_with("**" + r["id"].get<std::string>()));
    }
    CHECK(run["columnKind"] == "unicodeCodePoints");
    REQUIRE(run["results"].size() == 1);
    auto const& result = run["results"][0];
    CHECK(result["ruleId"] == "NC101");
    CHECK(driver["rules"][result["ruleIndex"].get<std::size_t>()]["id"] == "NC101");
    CHECK(result["level"] == "warning");
    CHECK(result["message"]["text"].get<std::string>().starts_with("$1.8 billion to $2.4 billion is a rise of 33.3%"));
    auto const& location = result["locations"][0]["physicalLocation"];
    CHECK(location["artifactLocation"]["uri"] == "news/t.txt");
    auto const& region = location["region"];
    CHECK(region["startLine"] == 2);
    CHECK(region["startColumn"] == 8); // the change: "rose 9 percent to ... from $1.8 billion"
    CHECK(region["endLine"] == 2);
    auto const span_text = region["snippet"]["text"].get<std::string>();
    CHECK(region["endColumn"].get<std::size_t>() == 8 + span_text.size()); // ASCII: columns are bytes
    CHECK(region["byteOffset"] == wrong_change.find(span_text));
    REQUIRE(result["relatedLocations"].size() == 2);
    CHECK(result["relatedLocations"][0]["id"] == 1);
    CHECK(result["relatedLocations"][0]["message"]["text"] == "before");
    CHECK(result["relatedLocations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "$1.8 billion");
    CHECK(result["partialFingerprints"]["numcheck/v1"] == file.findings[0].fingerprint);
    CHECK(run["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("sarif: a file that cannot be read is a tool execution notification; an empty run is valid JSON") {
    numcheck::file_result failed;
    failed.path = "gone.md";
    failed.error = "gone.md: cannot open";
    auto const log = nlohmann::json::parse(numcheck::render::report_sarif({failed}));
    auto const& invocation = log["runs"][0]["invocations"][0];
    CHECK(invocation["executionSuccessful"] == false);
    CHECK(invocation["toolExecutionNotifications"][0]["level"] == "error");
    CHECK(invocation["toolExecutionNotifications"][0]["message"]["text"] == "gone.md: cannot open");
    CHECK(log["runs"][0]["results"].empty());
    auto const empty = nlohmann::json::parse(numcheck::render::report_sarif({}));
    CHECK(empty["runs"][0]["results"].empty());
}

TEST_CASE("sarif: columns are code points, artifact URIs are percent-encoded") {
    auto const file = checked("Café revenue rose 9 percent to €2.4 million from €1.8 million.\n", "news/café 1.txt");
    auto const log = nlohmann::json::parse(numcheck::render::report_sarif({file}));
    auto const& location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    CHECK(location["region"]["startColumn"] == 14); // "rose" is the 14th code point, the 15th byte
    CHECK(location["artifactLocation"]["uri"] == "news/caf%C3%A9%201.txt");
    CHECK(numcheck::render::artifact_uri("./a/b.md") == "a/b.md");
    CHECK(numcheck::render::artifact_uri("/srv/news/a#1.md") == "file:///srv/news/a%231.md");
    CHECK(numcheck::render::artifact_uri("-") == "stdin");
}

TEST_CASE("fingerprints survive edits elsewhere in the file and tell repeated findings apart") {
    auto const before = checked(wrong_change);
    auto const after = checked("A new first paragraph, added later, with 3 percent of something.\n\nIntro line "
                               "rewritten.\n" +
                               wrong_change.substr(wrong_change.find('\n') + 1));
    REQUIRE(before.findings.size() == 1);
    REQUIRE(after.findings.size() == 1);
    CHECK(before.findings[0].span.line != after.findings[0].span.line);
    CHECK(before.findings[0].fingerprint == after.findings[0].fingerprint);
    CHECK(before.findings[0].fingerprint.size() == 18); // 16 hex digits, ":0"

    // The same sentence twice: two findings, two fingerprints.
    auto const twice = checked(wrong_change + "\n" + wrong_change);
    REQUIRE(twice.findings.size() == 2);
    CHECK(twice.findings[0].fingerprint != twice.findings[1].fingerprint);
    CHECK(twice.findings[0].fingerprint.ends_with(":0"));
    CHECK(twice.findings[1].fingerprint.ends_with(":1"));

    // An edit to the finding's own figures gives a new fingerprint.
    auto const edited = checked("Intro line.\nProfit rose 8 percent to $2.4 billion from $1.8 billion, it said.\n");
    REQUIRE(edited.findings.size() == 1);
    CHECK(edited.findings[0].fingerprint != before.findings[0].fingerprint);
}
