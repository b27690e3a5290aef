#pragma once
/// Sentence and paragraph boundaries in a document's prose.
#include <cstddef>
#include <string_view>
#include <vector>

namespace numcheck {

struct sentence {
    std::size_t begin = 0; ///< prose byte offsets [begin, end), trimmed of surrounding space
    std::size_t end = 0;
    std::size_t paragraph = 0; ///< 0-based paragraph number
};

/// Splits prose into sentences. Does not break after abbreviations ("Mr.", "Feb.", "U.S.", "Inc.",
/// "No. 2", "a.m."), initials, decimals, or before closing quotes and brackets. Paragraphs end
/// at blank lines, at a line break followed by indentation, and at a line break after a line
/// that ends a sentence.
std::vector<sentence> split_sentences(std::string_view prose);

} // namespace numcheck
