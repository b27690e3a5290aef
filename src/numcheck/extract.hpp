#pragma once
/// Extraction: runs the grammars over a document's sentences and returns its mentions in reading
/// order, each normalised and located in the file.
#include <optional>
#include <string>
#include <vector>

#include "numcheck/document.hpp"
#include "numcheck/mention.hpp"
#include "numcheck/segment.hpp"

namespace numcheck {

/// A calendar date.
struct calendar_date {
    int year = 0;
    int month = 0;
    int day = 0;
};

/// Parses "YYYY-MM-DD"; nullopt when it is not a valid date.
std::optional<calendar_date> parse_iso_date(std::string_view text) noexcept;

struct extraction {
    std::vector<sentence> sentences;
    std::vector<mention> mentions; ///< reading order; nested mentions follow the one they belong to
};

/// Extracts every mention from a document. With a reference date, relative time is resolved.
extraction extract(document const& doc, std::optional<calendar_date> reference = std::nullopt);

/// Extracts mentions from a piece of prose with no document around it (tests, fuzzing).
std::vector<mention> extract_text(std::string_view text, std::optional<calendar_date> reference = std::nullopt);

} // namespace numcheck
