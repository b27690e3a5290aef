#pragma once
// Test helpers: extract from a sentence and look mentions up by kind and text.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

#include "numcheck/extract.hpp"

namespace test {

inline std::vector<numcheck::mention> mentions_of(std::string_view text,
                                                  std::optional<numcheck::calendar_date> reference = std::nullopt) {
    return numcheck::extract_text(text, reference);
}

/// The mentions of one kind, top-level or nested.
inline std::vector<numcheck::mention> of_kind(std::vector<numcheck::mention> const& all, numcheck::mention_kind kind) {
    std::vector<numcheck::mention> out;
    for (auto const& m : all)
        if (m.kind == kind) out.push_back(m);
    return out;
}

/// The units of the mentions of `kind` in `text`, in reading order ("USD", "passengers").
inline std::vector<std::string> units_of(std::string_view text, numcheck::mention_kind kind) {
    std::vector<std::string> out;
    for (auto const& m : of_kind(mentions_of(text), kind)) out.push_back(m.unit);
    return out;
}

/// The only mention of `kind` in `text` (relative time resolved against `reference`, if given);
/// fails the test if there is not exactly one.
inline numcheck::mention only(std::string_view text, numcheck::mention_kind kind,
                              std::optional<numcheck::calendar_date> reference = std::nullopt) {
    auto const found = of_kind(numcheck::extract_text(text, reference), kind);
    INFO("text: ", text);
    REQUIRE(found.size() == 1);
    return found.front();
}

/// Texts of all top-level mentions, for readable failure messages.
inline std::string summary(std::string_view text) {
    std::string out;
    for (auto const& m : mentions_of(text)) {
        if (m.parent) continue;
        out += std::string(numcheck::name_of(m.kind)) + ":" + m.text + " | ";
    }
    return out;
}

} // namespace test
