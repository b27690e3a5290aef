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
    /// 0-based section number: Markdown headings below the title, table rows and the text after a
    /// table begin sections (document::sections); a figure's subject is not looked for across them
    std::size_t section = 0;
};

/// The longest sentence: a longer run of text without a sentence end (a table flattened into one
/// line, a file with no full stop) is cut at a space into pieces of at most this many bytes.
inline constexpr std::size_t max_sentence_bytes = 8192;

/// Splits prose into sentences. Does not break after abbreviations ("Mr.", "Feb.", "U.S.", "Inc.",
/// "No. 2", "a.m."), initials, decimals, or before closing quotes and brackets. Paragraphs end
/// at blank lines, at a line break followed by indentation, and at a line break after a line
/// that ends a sentence. No sentence is longer than max_sentence_bytes.
std::vector<sentence> split_sentences(std::string_view prose);

/// Whether the line from `next_line` of `text` is the next item of a list of labels and figures: a
/// line that begins with a short label, a colon and a figure ("Roads: $120 million", "Eritrea and
/// Somalia: 1,500") after one (the line from `this_line`, which ends at `line_end`) or after a line that ends
/// with a colon ("Arrivals by country:\nSyria: 14,560").
bool label_item_next(std::string_view text, std::size_t this_line, std::size_t line_end, std::size_t next_line);

} // namespace numcheck
