#pragma once
/// Fingerprints of findings that survive edits elsewhere in a file: a baseline, SARIF's
/// partialFingerprints and code-scanning services match findings by them, never by line number.
#include <string>
#include <string_view>
#include <vector>

#include "numcheck/document.hpp"
#include "numcheck/finding.hpp"

namespace numcheck {

/// 64-bit FNV-1a, the hash behind fingerprints (stable across platforms and runs).
[[nodiscard]] std::uint64_t fnv1a(std::string_view bytes, std::uint64_t seed = 0xcbf29ce484222325ULL) noexcept;

/// Sets every finding's `fingerprint`: 16 hex digits over the rule's code, the text of the primary
/// span, the words around it (up to 48 bytes each side, within the line, whitespace collapsed) and
/// the text of the related spans, then ":n" counting findings with the same key in source order.
/// A fingerprint depends on nothing outside the finding's neighbourhood: not the line number, not
/// the file's other text.
void assign_fingerprints(document const& doc, std::vector<finding>& findings);

} // namespace numcheck
