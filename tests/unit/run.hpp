#pragma once
// Running the numcheck binary from tests: exit status and output (standard error appended after
// a "[stderr]" line).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <doctest/doctest.h>
#include <sys/wait.h>

namespace test {

namespace fs = std::filesystem;

struct run_result {
    int status = -1;
    std::string out;
};

/// Runs numcheck with `arguments` (shell words) from the source directory.
inline run_result numcheck(std::string const& arguments, std::string const& stdin_text = {}) {
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

inline std::string read_file(fs::path const& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline fs::path temp_dir(std::string const& name) {
    fs::path const dir = fs::temp_directory_path() / ("numcheck_test_" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

} // namespace test
