// NC002 unused-suppression: a suppression comment that silences nothing, or names no rule. The
// findings come from apply_suppressions, which also does the silencing (see suppress.hpp).
#include <algorithm>

#include <fmt/format.h>

#include "numcheck/analyse.hpp"

namespace numcheck {

namespace {

struct judged_directive {
    suppression_directive const* directive;
    std::vector<rule const*> rules; ///< the rules it names that exist; empty with `all`
    std::vector<std::string> unknown;
    bool all = false;
    bool used = false;

    [[nodiscard]] bool covers(std::string_view code) const {
        return all || std::any_of(rules.begin(), rules.end(), [&](rule const* r) { return r->code == code; });
    }
};

std::string rule_list(suppression_directive const& d) {
    std::string out;
    for (auto const& r : d.rules) out += (out.empty() ? "" : ", ") + r;
    return out.empty() ? "every rule" : out;
}

finding note_on(suppression_directive const& d, std::string message) {
    finding f;
    f.rule = rules::unused_suppression.name;
    f.code = rules::unused_suppression.code;
    f.level = rules::unused_suppression.default_severity;
    f.message = std::move(message);
    f.span = d.span;
    return f;
}

} // namespace

void apply_suppressions(file_result& file, rule_selection const& selection) {
    if (!file.doc || file.doc->directives.empty()) return;
    document const& doc = *file.doc;
    std::vector<judged_directive> directives;
    for (auto const& d : doc.directives) {
        judged_directive j{&d, {}, {}, d.rules.empty(), false};
        for (auto const& name : d.rules) {
            if (auto const* r = find_rule(name))
                j.rules.push_back(r);
            else
                j.unknown.push_back(name);
        }
        directives.push_back(std::move(j));
    }

    std::vector<finding> kept;
    for (auto& f : file.findings) {
        auto const line = doc.line_column(std::min(f.span.begin, doc.source.size())).first;
        judged_directive* by = nullptr;
        for (auto& j : directives) {
            auto const kind = j.directive->kind;
            if ((kind == directive_kind::disable_next_line || kind == directive_kind::disable_line) &&
                j.directive->target_line == line && j.covers(f.code)) {
                by = &j;
                break;
            }
        }
        if (!by) {
            // Between disable and enable: the last directive before the finding that names its rule decides.
            judged_directive* last = nullptr;
            for (auto& j : directives) {
                auto const kind = j.directive->kind;
                if (j.directive->span.end > f.span.begin) break;
                if ((kind == directive_kind::disable || kind == directive_kind::enable) && j.covers(f.code)) last = &j;
            }
            if (last && last->directive->kind == directive_kind::disable) by = last;
        }
        if (by) {
            by->used = true;
            file.suppressed.push_back({std::move(f), by->directive->reason});
        } else {
            kept.push_back(std::move(f));
        }
    }
    file.findings = std::move(kept);

    auto const& rule = rules::unused_suppression;
    if (!selection.runs(rule)) return;
    for (auto const& j : directives) {
        auto const& d = *j.directive;
        std::vector<finding> notes;
        if (d.kind == directive_kind::unknown) {
            auto f = note_on(d, fmt::format("'{}' is no numcheck directive: it silences nothing", d.written));
            f.notes.push_back("the directives: numcheck-disable-next-line, numcheck-disable-line, numcheck-disable, "
                              "numcheck-enable");
            f.level = selection.severity_of(rule, f.level);
            file.findings.push_back(std::move(f));
            continue;
        }
        for (auto const& name : j.unknown) {
            auto f = note_on(d, fmt::format("{} names no rule '{}'", name_of(d.kind), name));
            f.notes.push_back("`numcheck rules` lists the rules by code and name");
            notes.push_back(std::move(f));
        }
        // A comment is judged only when every rule it names ran: `--select NC101` says nothing
        // about a suppression of NC202.
        bool const judged =
            j.all ? std::all_of(all_rules().begin(), all_rules().end(),
                                [&](numcheck::rule const& r) { return !r.check || selection.runs(r); })
                  : !j.rules.empty() && std::all_of(j.rules.begin(), j.rules.end(),
                                                    [&](numcheck::rule const* r) { return selection.runs(*r); });
        if (d.kind != directive_kind::enable && judged && !j.used) {
            auto f = note_on(d, fmt::format("{} ({}) silences nothing", name_of(d.kind), rule_list(d)));
            if (d.kind == directive_kind::disable_next_line || d.kind == directive_kind::disable_line)
                f.notes.push_back(
                    fmt::format("it applies to line {}, which has no finding of {}", d.target_line, rule_list(d)));
            else
                f.notes.push_back(
                    fmt::format("no finding of {} between it and the next numcheck-enable", rule_list(d)));
            f.notes.push_back("remove it, or check the rule and the place it applies to");
            notes.push_back(std::move(f));
        }
        for (auto& f : notes) {
            f.level = selection.severity_of(rule, f.level);
            file.findings.push_back(std::move(f));
        }
    }
    std::stable_sort(file.findings.begin(), file.findings.end(), [](finding const& a, finding const& b) {
        return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.code < b.code;
    });
}

namespace rules {

rule const unused_suppression{
    "NC002",
    "unused-suppression",
    severity::note,
    "a suppression comment that silences nothing",
    {
        "Suppression comments silence findings: `<!-- numcheck-disable-next-line NC202 -- reason -->` the next "
        "line with text, `numcheck-disable-line` its own line, `numcheck-disable RULES` ... `numcheck-enable` "
        "everything between them. This note marks a comment that silenced no finding, or that names a rule "
        "that does not exist, and a comment that begins \"numcheck-\" with no directive after it "
        "(\"numcheck-disable-nextline\"). A comment is judged only when every rule it names ran.",
        "A suppression outlives the text it was written for: after an edit it may silence nothing, or the next "
        "real problem on that line. Unused ones should go.",
        "<!-- numcheck-disable-next-line NC101 -->\\nSales rose 10 percent to 110 units from 100.",
        "<!-- numcheck-disable-next-line NC101 -- the 9% is the company's own figure -->\\nProfit rose 9 percent "
        "to $2.4 billion from $1.8 billion.",
    },
    nullptr,
};

} // namespace rules

} // namespace numcheck
