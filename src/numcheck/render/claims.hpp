#pragma once
/// Renderers for `numcheck claims`: pure functions from results to text.
#include <string>
#include <vector>

#include "numcheck/analyse.hpp"

namespace numcheck::render {

/// DESIGN.md's JSON report with the claims of every file (diagnostics empty).
std::string claims_json(std::vector<file_result> const& files);

/// A readable, aligned table per file: line:column, kind, text, value, interval, unit, notes.
std::string claims_text(std::vector<file_result> const& files);

} // namespace numcheck::render
