#pragma once
/// A document: the file's bytes, the prose to check (markup, code and URLs left out, typographic
/// punctuation folded to ASCII) and the map from every prose byte back to the file.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "numcheck/span.hpp"
#include "numcheck/suppress.hpp"

namespace numcheck {

enum class document_format { plain, markdown };

/// The format a path implies: .md and .markdown are Markdown, everything else plain text.
document_format format_for_path(std::string_view path) noexcept;

struct document_metadata {
    std::string title;
    std::optional<std::string> date; ///< YYYY-MM-DD from front matter `date:`, `published:` or `pubDate:`
    std::string date_key;            ///< which key gave the date
    /// A date key whose value could not be read (no date given by another key): the key, its
    /// value, why, and where the value is in the source. Reported as a note (NC001).
    struct unread_date {
        std::string key;
        std::string value;
        std::string why; ///< "cannot be read as a date: ...", "is not used: ..."
        source_span span;
        bool unclosed = false; ///< the front matter has no closing line: it is text
    };
    std::optional<unread_date> unread;
};

/// Remembers the last position located, so that locating positions in increasing order costs
/// time in proportion to the distance between them, not to the line's length.
struct position_cursor {
    std::size_t line_index = 0;
    std::size_t byte = 0;
    std::size_t column = 1;
    bool valid = false;
};

class document {
public:
    std::string path;
    std::string source; ///< the file's bytes, unchanged
    std::string prose;  ///< text to check; blocks are separated by "\n\n"
    document_metadata metadata;
    std::vector<suppression_directive> directives; ///< inline suppressions, in source order
    /// Markdown: prose offsets where a section begins, in order: a heading of level 2 or more (the
    /// title's level 1 stays with the text under it), a table's row, the text after a table.
    std::vector<std::size_t> sections;

    /// The source span of prose bytes [begin, end).
    [[nodiscard]] source_span span_of(std::size_t begin, std::size_t end) const;
    /// The same, locating the line and column from `cursor` (for spans in reading order).
    [[nodiscard]] source_span span_of(std::size_t begin, std::size_t end, position_cursor& cursor) const;
    /// Source byte offset of prose byte `at`.
    [[nodiscard]] std::size_t source_offset(std::size_t at) const noexcept;
    /// 1-based line and code-point column of a source byte offset.
    [[nodiscard]] std::pair<std::size_t, std::size_t> line_column(std::size_t source_byte) const;
    [[nodiscard]] std::pair<std::size_t, std::size_t> line_column(std::size_t source_byte,
                                                                  position_cursor& cursor) const;
    /// The source line (without its line end) holding a 1-based line number.
    [[nodiscard]] std::string_view source_line(std::size_t line) const;

    // Built by the readers.
    std::vector<std::uint32_t> origin_;    ///< prose byte -> source byte; empty means identity
    std::vector<std::size_t> line_starts_; ///< source byte offsets where lines begin
    bool ascii_ = false;                   ///< every source byte is ASCII: columns are byte offsets
    std::vector<std::pair<std::size_t, std::size_t>> html_ranges_; ///< Markdown: raw HTML (source offsets)
};

/// Reads a document from bytes. Throws input_error (naming `path`, line and byte offset) on
/// invalid UTF-8 or binary data.
document read_document(std::string path, std::string bytes, document_format format);

/// Reads a file from disk ("-" is standard input). Throws input_error when it cannot be read.
document load_document(std::string const& path);
document load_document(std::string const& path, document_format format);

namespace detail {
/// Appends `text` (valid UTF-8 whose first byte is at source offset `origin`) to the prose,
/// folding typographic quotes, dashes, spaces and the minus sign to ASCII.
void append_prose(document& doc, std::string_view text, std::size_t origin);
/// Appends a single character that stands for the source bytes at `origin`.
void append_char(document& doc, char c, std::size_t origin);
/// Blanks URLs in the prose (keeps offsets).
void blank_urls(std::string& prose);
/// Takes the prose bytes of `ranges` (sorted, apart) out of the prose, keeping the origins of the rest.
void erase_prose(document& doc, std::vector<std::pair<std::size_t, std::size_t>> const& ranges);
/// Takes footnote marks out of the prose: "[^2]", and "[1]" right after a word or a stop ("15[1]").
void erase_footnote_marks(document& doc);
void parse_markdown(document& doc, std::size_t body_begin);
std::size_t parse_front_matter(document& doc);
/// A front matter date value as YYYY-MM-DD: "2024-04-09" (a time after it or not), "2024/4/9",
/// "April 9, 2024", "9 Apr 2024", RFC 822's "Tue, 09 Apr 2024 10:00:00 +0000", "09/04/2024" when
/// one of the first two numbers is over 12. Otherwise nullopt, with the reason in `why`.
std::optional<std::string> read_date_value(std::string_view value, std::string& why);
} // namespace detail

} // namespace numcheck
