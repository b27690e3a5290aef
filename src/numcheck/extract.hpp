#pragma once
/// Extraction: runs the grammars over a document's sentences and returns its mentions in reading
/// order, each normalised and located in the file.
#include <array>
#include <cstdint>
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

/// What extraction tried, for profiling: places where grammars ran, and per grammar how often it
/// ran and matched. Grammars by index: change, comparison, age, date, relative-time, period,
/// duration, money, percent, ordinal, number (grammar_names).
struct extraction_statistics {
    std::size_t candidates = 0;         ///< places where at least one grammar ran
    std::size_t matched_candidates = 0; ///< of those, places where a mention was kept
    std::array<std::size_t, 11> attempts{};
    std::array<std::size_t, 11> matches{};
};

/// The grammars' names in extraction_statistics order.
extern std::array<std::string_view, 11> const grammar_names;

struct extraction {
    std::vector<sentence> sentences;
    std::vector<mention> mentions; ///< reading order; nested mentions follow the one they belong to
    extraction_statistics statistics;
};

/// How extraction chooses the grammars to run at a place. `anchored` (the default) runs a grammar
/// only where one of its anchor words is near and shares the parse of an amount between
/// grammars; `exhaustive` runs every grammar the place's first word allows and parses afresh
/// each time. Both find the same mentions (tests and `numcheck_bench --exhaustive` check it);
/// `exhaustive` is about twice as slow and exists to show that.
enum class scan_mode : std::uint8_t { anchored, exhaustive };

/// Extracts every mention from a document. With a reference date, relative time is resolved.
extraction extract(document const& doc, std::optional<calendar_date> reference = std::nullopt,
                   scan_mode mode = scan_mode::anchored);

/// Extracts mentions from a piece of prose with no document around it (tests, fuzzing).
std::vector<mention> extract_text(std::string_view text, std::optional<calendar_date> reference = std::nullopt);

} // namespace numcheck
