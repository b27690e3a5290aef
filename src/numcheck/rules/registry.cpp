// The one table of rules (no static self-registration: it breaks in static libraries).
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "numcheck/rules/rule.hpp"
#include "numcheck/text.hpp"

namespace numcheck {

namespace {

std::array<rule const*, 17> const& table() {
    static std::array<rule const*, 17> const rules{
        &rules::reference_date_unresolved,
        &rules::unused_suppression,
        &rules::percent_change_arithmetic,
        &rules::change_direction,
        &rules::percentage_points_confusion,
        &rules::multiplier_arithmetic,
        &rules::sum_mismatch,
        &rules::shares_exceed_100,
        &rules::fraction_percent_mismatch,
        &rules::part_exceeds_whole,
        &rules::relative_year_conflict,
        &rules::comparison_year_mismatch,
        &rules::baseline_year,
        &rules::weekday_date_mismatch,
        &rules::date_interval,
        &rules::age_birth_year,
        &rules::conflicting_figures,
    };
    return rules;
}

/// Whether the source span `span` is a mention's in a correction note's sentence: "An earlier
/// version of this article said sales rose 12 percent ...", "It incorrectly stated that ...". The
/// note quotes the wrong figure beside the right one on purpose. Asked only of findings' spans;
/// `memo` keeps each sentence's answer (-1 not yet known), so that many findings in one long
/// sentence read it once.
bool in_correction_note(claim_model const& claims, source_span const& span, std::vector<signed char>& memo) {
    if (!claims.sentences || !claims.mentions) return false;
    auto const& mentions = *claims.mentions;
    // (mentions are in reading order, so their source spans are too)
    auto const at = std::lower_bound(mentions.begin(), mentions.end(), span.begin,
                                     [](mention const& m, std::size_t begin) { return m.span.begin < begin; });
    if (at == mentions.end() || at->span.begin != span.begin || at->sentence >= claims.sentences->size()) return false;
    signed char& known = memo[at->sentence];
    if (known < 0) {
        sentence const& s = (*claims.sentences)[at->sentence];
        std::string const words = text::lower(claims.prose.substr(s.begin, s.end - s.begin));
        known = 0;
        // (a note about this text, not "an earlier version of the bill", "the firm misstated revenue", "it
        // had erroneously reported its accounts")
        for (std::string_view const cue :
             {"version of this article", "version of this story", "version of this report", "version of this piece",
              "version of this post", "edition of this", "incorrectly said", "incorrectly stated", "incorrectly gave",
              "erroneously said", "erroneously stated"})
            if (words.find(cue) != std::string::npos) known = 1;
        // (or a note headed as one: "Correction: an earlier version misreported the scheme's cost")
        if (words.starts_with("correction:") || words.starts_with("clarification:")) known = 1;
    }
    return known > 0;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               auto const fold = [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; };
               return fold(x) == fold(y);
           });
}

} // namespace

std::span<rule const> all_rules() noexcept {
    // The rules live in their own files; a contiguous copy gives callers one span.
    static std::vector<rule> const rules = [] {
        std::vector<rule> out;
        for (auto const* r : table()) out.push_back(*r);
        return out;
    }();
    return rules;
}

rule const* find_rule(std::string_view name_or_code) noexcept {
    for (auto const& r : all_rules())
        if (r.name == name_or_code || equal_ignoring_case(r.code, name_or_code)) return &r;
    return nullptr;
}

bool rule_selection::runs(rule const& r) const noexcept {
    if (rules.empty()) return true;
    // The pointers usually come from find_rule() or all_rules(), so the address answers without
    // comparing codes (this ran once per rule and file: 2.6% of checking a directory of articles).
    if (std::find(rules.begin(), rules.end(), &r) != rules.end()) return true;
    return std::any_of(rules.begin(), rules.end(), [&](rule const* s) { return s->code == r.code; });
}

severity rule_selection::severity_of(rule const& r, severity level) const noexcept {
    for (auto const& [configured_rule, configured] : severities) {
        if (configured_rule->code != r.code) continue;
        return level == r.default_severity ? configured : std::min(level, configured);
    }
    return level;
}

std::vector<finding> run_rules(claim_model const& claims, rule_selection const& selection) {
    std::vector<finding> out;
    for (auto const& r : all_rules()) {
        if (!r.check || !selection.runs(r)) continue;
        auto const first = out.size();
        r.check(claims, out);
        for (auto i = first; i < out.size(); ++i) out[i].level = selection.severity_of(r, out[i].level);
    }
    std::erase_if(out, [&](finding const& f) { return f.level < selection.min_severity; });
    // (nothing of a correction note's figures, the one it corrects nor one set against it)
    if (!out.empty() && claims.sentences) {
        std::vector<signed char> memo(claims.sentences->size(), -1);
        std::erase_if(out, [&](finding const& f) {
            return in_correction_note(claims, f.span, memo) ||
                   std::any_of(f.related.begin(), f.related.end(),
                               [&](related_span const& r) { return in_correction_note(claims, r.span, memo); });
        });
    }
    std::stable_sort(out.begin(), out.end(), [](finding const& a, finding const& b) {
        return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.code < b.code;
    });
    return out;
}

} // namespace numcheck
