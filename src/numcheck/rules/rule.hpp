#pragma once
/// The rules: metadata, documentation as data, and the check itself. One rule per file in
/// src/numcheck/rules/; one explicit table (registry.cpp) lists them all.
#include <span>
#include <string_view>
#include <vector>

#include "numcheck/finding.hpp"
#include "numcheck/model.hpp"

namespace numcheck {

/// A rule's documentation, in the sections `numcheck explain`, SARIF and docs/ show.
struct rule_documentation {
    std::string_view what;        ///< What it checks
    std::string_view why;         ///< Why it matters
    std::string_view example;     ///< Example (text that is flagged)
    std::string_view not_flagged; ///< Not flagged (text that looks similar but is fine)
};

struct rule {
    std::string_view code; ///< "NC101"
    std::string_view name; ///< "percent-change-arithmetic"
    severity default_severity;
    std::string_view summary; ///< one line
    rule_documentation documentation;
    /// Appends the rule's findings on one file's claims; findings carry the rule's default severity
    /// or, where the rule says so, a lower one (a miss within the last stated digit is a note).
    /// nullptr for a rule whose findings come from another stage (NC002, from the suppressions).
    void (*check)(claim_model const& claims, std::vector<finding>& out);
};

/// Every rule, in code order.
std::span<rule const> all_rules() noexcept;

/// The rule with this name or code (case-insensitive code); nullptr when there is none.
rule const* find_rule(std::string_view name_or_code) noexcept;

/// Which rules run, the severity of their findings and the lowest severity reported.
struct rule_selection {
    std::vector<rule const*> rules; ///< empty: every rule
    severity min_severity = severity::note;
    /// Per-rule severities (a configuration's `[rules] NC101 = "error"`): a finding at the rule's
    /// default severity takes the configured one; one the rule lowered (a near miss) is not raised.
    std::vector<std::pair<rule const*, severity>> severities;
    tolerances tolerance; ///< slack beyond the rounding intervals, handed to the rules in the claim model

    /// True when `r` runs.
    [[nodiscard]] bool runs(rule const& r) const noexcept;
    /// The severity a finding of `r` at `level` is reported with.
    [[nodiscard]] severity severity_of(rule const& r, severity level) const noexcept;
};

/// Runs the selected rules over one file's claims; findings in source order.
std::vector<finding> run_rules(claim_model const& claims, rule_selection const& selection = {});

namespace rules {
// One declaration per rule file.
extern rule const percent_change_arithmetic;
extern rule const change_direction;
extern rule const percentage_points_confusion;
extern rule const multiplier_arithmetic;
extern rule const sum_mismatch;
extern rule const shares_exceed_100;
extern rule const fraction_percent_mismatch;
extern rule const part_exceeds_whole;
extern rule const relative_year_conflict;
extern rule const comparison_year_mismatch;
extern rule const baseline_year;
extern rule const weekday_date_mismatch;
extern rule const date_interval;
extern rule const age_birth_year;
extern rule const reference_date_unresolved;
extern rule const unused_suppression;
extern rule const conflicting_figures;
} // namespace rules

} // namespace numcheck
