// libFuzzer target: the whole pipeline, as `numcheck check` runs it on a file: read, extract,
// reference date, claim model, every rule, suppressions, fingerprints, and every renderer.
#include <cstddef>
#include <cstdint>
#include <string>

#include "numcheck/analyse.hpp"
#include "numcheck/error.hpp"
#include "numcheck/render/claims.hpp"
#include "numcheck/render/report.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string bytes(reinterpret_cast<char const*>(data), size);
    bool const markdown = size > 0 && (data[0] & 1);
    try {
        auto doc =
            numcheck::read_document(markdown ? "fuzz.md" : "fuzz.txt", std::move(bytes),
                                    markdown ? numcheck::document_format::markdown : numcheck::document_format::plain);
        auto file = numcheck::analyse_document(std::move(doc), std::nullopt);
        numcheck::check_file(file);
        for (auto const& m : file.found.mentions)
            if (m.span.end > file.doc->source.size() || m.span.begin > m.span.end) __builtin_trap();
        std::vector<numcheck::file_result> files;
        (void)numcheck::render::report_text(file, true);
        (void)numcheck::render::report_short(file);
        (void)numcheck::render::report_github(file);
        (void)numcheck::render::claims_text(file);
        files.push_back(std::move(file));
        (void)numcheck::render::report_json(files);
        (void)numcheck::render::report_sarif(files);
    } catch (numcheck::input_error const&) {
    }
    return 0;
}
