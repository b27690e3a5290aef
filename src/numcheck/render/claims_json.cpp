// The claims report is DESIGN.md's JSON report without diagnostics; its pieces live in
// report_json.cpp, shared with `numcheck check`.
#include "numcheck/render/claims.hpp"
#include "numcheck/render/report.hpp"

namespace numcheck::render {

std::string claims_json_writer::begin() const { return detail::json_report_begin(); }

std::string claims_json_writer::add(file_result const& file) {
    std::string out = detail::json_report_file(file, files_);
    ++files_;
    claims_ += file.found.mentions.size();
    return out;
}

std::string claims_json_writer::end() const {
    return detail::json_report_end(
        files_, {{"files", files_}, {"claims", claims_}, {"errors", 0}, {"warnings", 0}, {"notes", 0}});
}

std::string claims_json(std::vector<file_result> const& files) {
    claims_json_writer writer;
    std::string out = writer.begin();
    for (auto const& f : files) out += writer.add(f);
    return out + writer.end();
}

} // namespace numcheck::render
