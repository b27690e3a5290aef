#pragma once
/// A baseline: the findings a repository already had when it adopted numcheck, so that CI reports
/// only new ones. Findings are matched by path, rule and fingerprint (fingerprint.hpp), never by
/// line, so edits elsewhere in a file keep its old findings matched.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "numcheck/analyse.hpp"

namespace numcheck {

class baseline {
public:
    /// Reads a baseline written by write(). Throws input_error naming the file and what is wrong.
    static baseline load(std::string const& path);
    static baseline parse(std::string_view json_text, std::string const& path);

    /// One entry per finding of `files`, as JSON (the file --write-baseline writes).
    static std::string write(std::vector<file_result> const& files);
    /// The pieces of write(), for writing a baseline file by file: write_begin(), the entries of
    /// each file (one JSON object each) joined by write_join(), write_end().
    static std::string write_begin();
    static std::vector<std::string> entries(file_result const& file);
    static std::string write_join(std::vector<std::string> const& entries);
    static std::string write_end(std::size_t written);

    /// Removes from `file.findings` those the baseline holds (each entry matches one finding) and
    /// returns how many it removed.
    std::size_t filter(file_result& file) const;

    [[nodiscard]] std::size_t size() const noexcept { return size_; }

private:
    using key = std::tuple<std::string, std::string, std::string>; ///< path, code, fingerprint
    std::map<key, std::size_t> counts_;
    std::size_t size_ = 0;
};

/// A path as baselines store it: '/'-separated, without "./" ("news/a.md").
std::string baseline_path(std::string_view path);

} // namespace numcheck
