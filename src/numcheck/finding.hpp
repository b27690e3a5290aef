#pragma once
/// What a rule reports: one primary span on the claim that is wrong, related spans, and notes
/// that show the arithmetic. No Spirit types and no printing here.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "numcheck/span.hpp"

namespace numcheck {

/// DESIGN.md's severities, in increasing order.
enum class severity : std::uint8_t { note, warning, error };

/// "note", "warning", "error".
std::string_view name_of(severity level) noexcept;
/// The severity named `name`; nullopt when it names none.
std::optional<severity> parse_severity(std::string_view name) noexcept;

/// A second place a finding points at ("the figure it is compared with").
struct related_span {
    std::string message;
    source_span span;
};

struct finding {
    std::string_view rule; ///< kebab-case name, the contract ("percent-change-arithmetic")
    std::string_view code; ///< "NC101"
    severity level = severity::warning;
    std::string message; ///< makes sense alone
    source_span span;    ///< the claim that is wrong
    std::vector<related_span> related;
    std::vector<std::string> notes; ///< the arithmetic, in words an editor follows
    /// Stable across edits elsewhere in the file (see fingerprint.hpp); set by check_file.
    std::string fingerprint;
};

} // namespace numcheck
