// libFuzzer target: the document reader (plain text and Markdown, front matter, suppression
// comments, the source map). Any input either reads or throws input_error; spans stay in bounds.
#include <cstddef>
#include <cstdint>
#include <string>

#include "numcheck/document.hpp"
#include "numcheck/error.hpp"
#include "numcheck/segment.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    std::string const bytes(reinterpret_cast<char const*>(data), size);
    for (auto format : {numcheck::document_format::plain, numcheck::document_format::markdown}) {
        try {
            auto const doc = numcheck::read_document("fuzz", bytes, format);
            for (std::size_t at = 0; at < doc.prose.size(); at += 1 + doc.prose.size() / 64) {
                auto const span = doc.span_of(at, at + 1);
                if (span.end > doc.source.size() || span.line == 0 || span.column == 0) __builtin_trap();
            }
            for (auto const& d : doc.directives)
                if (d.span.end > doc.source.size()) __builtin_trap();
            (void)numcheck::split_sentences(doc.prose);
        } catch (numcheck::input_error const&) {
        }
    }
    return 0;
}
