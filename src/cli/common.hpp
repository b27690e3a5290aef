#pragma once
// What the command line's files share: exit statuses, usage errors, writing to stdout.
#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cli {

constexpr int exit_ok = 0;
constexpr int exit_findings = 1;
constexpr int exit_usage_or_input = 2;

/// A mistake in the command line found after parsing (an unknown rule, say): exit status 2.
class usage_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

inline void write(std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); }

inline void report_input_error(std::string const& message) {
    std::fprintf(stderr, "numcheck: error: %s\n", message.c_str());
}

} // namespace cli
