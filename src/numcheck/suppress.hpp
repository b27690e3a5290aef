#pragma once
/// Inline suppression: comments in the article that silence findings on the next line, on their
/// own line, or between `numcheck-disable` and `numcheck-enable`.
///
///     <!-- numcheck-disable-next-line NC202 -- the 2022 figure is the latest published -->
///     <!-- numcheck-disable NC101, sum-mismatch -->  ...  <!-- numcheck-enable -->
///     <!-- numcheck-disable-line -->                 (every rule, the comment's own line)
///
/// HTML comments work in Markdown (outside code) and in plain text; plain text also takes a line
/// of its own starting with `#`, `//`, `;` or `%` and the directive ("# numcheck-disable NC205").
/// Rules are named by code or name, separated by commas or spaces; none means every rule; text
/// after " -- " is the reason.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "numcheck/span.hpp"

namespace numcheck {

/// `unknown`: a comment that begins "numcheck-" with no directive after it ("numcheck-disable-nextline"),
/// kept so that NC002 names it rather than letting it silence nothing in silence.
enum class directive_kind { disable_next_line, disable_line, disable, enable, unknown };

struct suppression_directive {
    directive_kind kind = directive_kind::disable;
    std::vector<std::string> rules; ///< as written; empty means every rule
    std::string reason;             ///< after " -- "
    source_span span;               ///< the whole comment or line; line and column of its start
    std::size_t target_line = 0;    ///< disable-next-line and disable-line: the line it silences
    std::string written;            ///< `unknown`: the word as written ("numcheck-disable-nextline")
};

/// "numcheck-disable-next-line" and the others, as written in a comment.
std::string_view name_of(directive_kind kind) noexcept;

namespace detail {
/// The directives in `source`. `markdown`: only HTML comments inside `html_ranges` (raw HTML the
/// Markdown parser found, so that examples in code blocks do not count). Lines and columns are
/// located with `line_starts`.
std::vector<suppression_directive> find_directives(std::string_view source, bool markdown,
                                                   std::vector<std::pair<std::size_t, std::size_t>> const& html_ranges,
                                                   std::vector<std::size_t> const& line_starts);
} // namespace detail

} // namespace numcheck
