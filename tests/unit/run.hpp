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
#include <unistd.h>

namespace test {

namespace fs = std::filesystem;

/// This test process's own folder under the system's temporary folder, removed at exit: two
/// runs of the tests at once (a developer's and a CI job's) must not share files.
inline fs::path const& scratch_root() {
    struct root {
        fs::path path = fs::temp_directory_path() / ("numcheck_tests_" + std::to_string(getpid()));
        root() { fs::create_directories(path); }
        ~root() {
            std::error_code ignored;
            fs::remove_all(path, ignored);
        }
    };
    static root const instance;
    return instance.path;
}

struct run_result {
    int status = -1;
    std::string out;
};

/// Runs numcheck with `arguments` (shell words) from the source directory.
inline run_result numcheck(std::string const& arguments, std::string const& stdin_text = {}) {
    fs::path const err = scratch_root() / "stderr.txt";
    std::string command = std::string("cd '") + NUMCHECK_SOURCE_DIR + "' && ";
    if (!stdin_text.empty()) {
        fs::path const in = scratch_root() / "stdin.txt";
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
    fs::path const dir = scratch_root() / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

} // namespace test
