#include "numcheck/finding.hpp"

namespace numcheck {

std::string_view name_of(severity level) noexcept {
    switch (level) {
    case severity::note:
        return "note";
    case severity::warning:
        return "warning";
    case severity::error:
        return "error";
    }
    return "warning";
}

std::optional<severity> parse_severity(std::string_view name) noexcept {
    for (auto level : {severity::note, severity::warning, severity::error})
        if (name == name_of(level)) return level;
    return std::nullopt;
}

} // namespace numcheck
