// The command line end to end: golden JSON reports of the samples, bad input, exit statuses.
// Refresh the golden files after an intended change with:
//   NUMCHECK_UPDATE_GOLDEN=1 ./build/dev/tests/numcheck_tests -tc='golden*'
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace {

struct run_result {
    int status = -1;
    std::string out;
};

/// Runs numcheck with `arguments` (shell words) from the source directory.
run_result numcheck(std::string const& arguments, std::string const& stdin_text = {}) {
    fs::path const err = fs::temp_directory_path() / "numcheck_test_stderr.txt";
    std::string command = std::string("cd '") + NUMCHECK_SOURCE_DIR + "' && ";
    if (!stdin_text.empty()) {
        fs::path const in = fs::temp_directory_path() / "numcheck_test_stdin.txt";
        std::ofstream(in, std::ios::binary) << stdin_text;
        command += "'" NUMCHECK_BINARY "' " + arguments + " < '" + in.string() + "'";
    } else {
        command += "'" NUMCHECK_BINARY "' " + arguments + " < /dev/null";
    }
    command += " 2>'" + err.string() + "'";
    run_result result;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[65536];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
    int const status = pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::ifstream e(err);
    std::stringstream ss;
    ss << e.rdbuf();
    result.out += ss.str().empty() ? "" : "\n[stderr]\n" + ss.str();
    return result;
}

std::string read_file(fs::path const& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

fs::path temp_dir(std::string const& name) {
    fs::path const dir = fs::temp_directory_path() / ("numcheck_test_" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

} // namespace

TEST_CASE("golden: numcheck claims --format json on every sample") {
    fs::path const samples = fs::path(NUMCHECK_SOURCE_DIR) / "samples";
    bool const update = std::getenv("NUMCHECK_UPDATE_GOLDEN") != nullptr;
    int checked = 0;
    for (auto const& entry : fs::directory_iterator(samples)) {
        auto const name = entry.path().filename().string();
        if (name == "README.md" || !(entry.path().extension() == ".md" || entry.path().extension() == ".txt")) continue;
        auto const result = numcheck("claims --format json samples/" + name);
        INFO(name);
        REQUIRE(result.status == 0);
        fs::path const golden = fs::path(NUMCHECK_SOURCE_DIR) / "tests" / "golden" / (name + ".json");
        if (update) std::ofstream(golden, std::ios::binary) << result.out;
        REQUIRE(fs::exists(golden));
        CHECK(result.out == read_file(golden));
        ++checked;
    }
    CHECK(checked >= 8);
}

TEST_CASE("the JSON report follows DESIGN.md's contract") {
    auto const result = numcheck("claims --format json --date 2024-04-09 samples/china-russia-trade.txt");
    REQUIRE(result.status == 0);
    auto const report = nlohmann::json::parse(result.out);
    CHECK(report["tool"]["name"] == "numcheck");
    auto const& file = report["files"][0];
    CHECK(file["path"] == "samples/china-russia-trade.txt");
    CHECK(file["reference_date"]["value"] == "2024-04-09");
    CHECK(file["reference_date"]["source"] == "cli");
    CHECK(file["error"].is_null());
    bool found = false;
    for (auto const& claim : file["claims"]) {
        for (auto key : {"id", "kind", "text", "value", "interval", "unit", "span"}) CHECK(claim.contains(key));
        if (claim["text"] == "$240 billion") {
            found = true;
            CHECK(claim["kind"] == "money");
            CHECK(claim["value"] == 2.4e11);
            CHECK(claim["unit"] == "USD");
            CHECK(claim["span"]["line"] == 13);
            CHECK(claim["span"]["column"] == 100);
        }
        if (claim["text"] == "last year") CHECK(claim["value"] == "2023");
    }
    CHECK(found);
    CHECK(report["summary"]["files"] == 1);
}

TEST_CASE("front matter gives the reference date; the Markdown copy finds the same figures") {
    auto const md = nlohmann::json::parse(numcheck("claims --format json samples/china-russia-trade.md").out);
    auto const txt = nlohmann::json::parse(numcheck("claims --format json samples/china-russia-trade.txt").out);
    CHECK(md["files"][0]["reference_date"]["source"] == "front-matter");
    CHECK(txt["files"][0]["reference_date"]["source"] == "none");
    auto texts = [](nlohmann::json const& r) {
        std::vector<std::string> out;
        for (auto const& c : r["files"][0]["claims"]) out.push_back(c["text"]);
        return out;
    };
    CHECK(texts(md) == texts(txt));
}

TEST_CASE("bad input is reported with the file and place, and the other files are still read") {
    fs::path const dir = temp_dir("bad");
    std::ofstream(dir / "a-good.txt") << "Sales rose 5 percent.\n";
    std::ofstream(dir / "b-bad.txt", std::ios::binary) << "Sales\n rose \xFF 5 percent.\n";
    std::ofstream(dir / "c-binary.md", std::ios::binary) << std::string("x\0y", 3);
    std::ofstream(dir / "d-empty.md") << "";
    std::ofstream(dir / "e-ignored.csv") << "1,2,3\n";
    fs::create_directories(dir / "sub");
    std::ofstream(dir / "sub" / "f-nested.markdown") << "Costs fell 3 pct.\n";
    std::string const before = read_file(dir / "b-bad.txt");

    auto const result =
        numcheck("claims --format json '" + dir.string() + "' '" + (dir / "missing.txt").string() + "'");
    CHECK(result.status == 2);
    auto const json_text = result.out.substr(0, result.out.find("\n[stderr]\n"));
    auto const report = nlohmann::json::parse(json_text);
    auto const& files = report["files"];
    REQUIRE(files.size() == 6);
    CHECK(files[0]["error"].is_null());
    CHECK(files[0]["claims"].size() == 2);
    CHECK(files[1]["error"].get<std::string>().find("b-bad.txt:2:7: invalid UTF-8") != std::string::npos);
    CHECK(files[2]["error"].get<std::string>().find("NUL byte") != std::string::npos);
    CHECK(files[3]["error"].is_null());
    CHECK(files[3]["claims"].empty());
    CHECK(files[4]["path"].get<std::string>().find("f-nested.markdown") != std::string::npos);
    CHECK(files[4]["claims"].size() == 2);
    CHECK(files[5]["error"].get<std::string>().find("missing.txt: cannot open") != std::string::npos);
    CHECK(result.out.find("[stderr]") != std::string::npos);
    // Input files are never modified.
    CHECK(read_file(dir / "b-bad.txt") == before);
}

TEST_CASE("an unreadable file is an error, not a crash") {
    fs::path const dir = temp_dir("unreadable");
    fs::create_directories(dir / "folder.txt"); // a directory with a text extension: searched, holds nothing
    CHECK(numcheck("claims '" + (dir / "folder.txt").string() + "'").status == 0);
    // A link to nothing, given by name and found in a directory.
    fs::create_symlink(dir / "nowhere.txt", dir / "dangling.txt");
    std::ofstream(dir / "good.txt") << "Exports rose 4 pct.\n";
    auto const result = numcheck("claims --format json '" + (dir / "dangling.txt").string() + "' '" +
                                 (dir / "good.txt").string() + "'");
    CHECK(result.status == 2);
    auto const report = nlohmann::json::parse(result.out.substr(0, result.out.find("\n[stderr]\n")));
    CHECK(report["files"][0]["error"].get<std::string>().find("dangling.txt: cannot open") != std::string::npos);
    CHECK(report["files"][1]["claims"].size() == 2);
}

TEST_CASE("standard input") {
    auto const result = numcheck("claims --format json -", "Imports fell 3 pct to 2 mln tonnes.\n");
    REQUIRE(result.status == 0);
    auto const report = nlohmann::json::parse(result.out);
    CHECK(report["files"][0]["path"] == "<stdin>");
    CHECK(report["files"][0]["claims"][0]["kind"] == "change");
}

TEST_CASE("bad options exit with status 2 and say why") {
    auto const bad_date = numcheck("claims --date 2024-13-01 samples/china-russia-trade.txt");
    CHECK(bad_date.status == 2);
    CHECK(bad_date.out.find("YYYY-MM-DD") != std::string::npos);
    auto const bad_format = numcheck("claims --format xml samples/china-russia-trade.txt");
    CHECK(bad_format.status == 2);
    auto const no_paths = numcheck("claims");
    CHECK(no_paths.status == 2);
    auto const unknown = numcheck("frobnicate");
    CHECK(unknown.status == 2);
    auto const version = numcheck("--version");
    CHECK(version.status == 0);
    CHECK(version.out.find("numcheck") != std::string::npos);
}

TEST_CASE("the text table lists claims with line:column") {
    auto const result = numcheck("claims samples/china-russia-trade.txt");
    REQUIRE(result.status == 0);
    CHECK(result.out.find("13:100") != std::string::npos);
    CHECK(result.out.find("$240 billion") != std::string::npos);
    CHECK(result.out.find("no reference date") != std::string::npos);
}
