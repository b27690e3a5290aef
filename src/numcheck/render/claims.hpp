#pragma once
/// Renderers for `numcheck claims`: pure functions from results to text.
#include <string>
#include <vector>

#include "numcheck/analyse.hpp"

namespace numcheck::render {

/// DESIGN.md's JSON report with the claims of every file (diagnostics empty).
std::string claims_json(std::vector<file_result> const& files);

/// The same report written file by file, so that a long run holds one file at a time:
/// begin(), then add() for each file, then end(); the pieces concatenate to claims_json().
class claims_json_writer {
public:
    [[nodiscard]] std::string begin() const;
    [[nodiscard]] std::string add(file_result const& file);
    [[nodiscard]] std::string end() const;

private:
    std::size_t files_ = 0;
    std::size_t claims_ = 0;
};

/// The text table of one file.
std::string claims_text(file_result const& file);

/// A readable, aligned table per file: line:column, kind, text, value, interval, unit, notes.
std::string claims_text(std::vector<file_result> const& files);

} // namespace numcheck::render
