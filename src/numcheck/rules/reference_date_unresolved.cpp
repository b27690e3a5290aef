// NC001 reference-date-unresolved: relative dates present but no reference date.
#include <fmt/format.h>

#include "numcheck/analyse.hpp"
#include "numcheck/rules/time.hpp"

namespace numcheck {

finding unread_date_note(document_metadata::unread_date const& unread, reference_date const& reference) {
    finding f;
    f.rule = rules::reference_date_unresolved.name;
    f.code = rules::reference_date_unresolved.code;
    f.level = rules::reference_date_unresolved.default_severity;
    f.message = fmt::format("front matter {}: \"{}\" {}", unread.key, unread.value, unread.why);
    f.span = unread.span;
    if (!reference.value && !reference.year)
        f.notes.push_back("the article has no reference date");
    else if (reference.value)
        f.notes.push_back(fmt::format("the reference date is {:04}-{:02}-{:02}, {}", reference.value->year,
                                      reference.value->month, reference.value->day,
                                      reference.source == "dateline"   ? "from the dateline"
                                      : reference.source == "inferred" ? "inferred from the text"
                                                                       : fmt::format("from {}", reference.source)));
    else
        f.notes.push_back(fmt::format("the reference year is {}, inferred from the text", *reference.year));
    if (!unread.unclosed)
        f.notes.push_back("numcheck reads 2024-04-09 (a time after it or not), 2024/4/9, April 9, 2024, 9 April 2024 "
                          "and Tue, 09 Apr 2024");
    return f;
}

} // namespace numcheck

namespace numcheck::rules {

namespace {

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    if (model.reference_year) return;
    std::vector<mention const*> relative;
    for (auto const& m : *model.mentions)
        // ("since 2019" and "now", "recently" have a value without a date; "this fiscal year" has
        // none even with one)
        if (m.kind == mention_kind::relative_time && !m.anchored && !m.resolved && m.time_value.empty() &&
            !m.relative_unit.starts_with("fiscal-"))
            relative.push_back(&m);
    if (relative.empty()) return;
    std::string const message =
        relative.size() == 1
            ? fmt::format("\"{}\" cannot be resolved: no reference date", text_of(*relative.front()))
            : fmt::format("\"{}\" and {} other relative date{} cannot be resolved: no reference date",
                          text_of(*relative.front()), relative.size() - 1, relative.size() == 2 ? "" : "s");
    finding f = make_finding(reference_date_unresolved, *relative.front(), message);
    f.notes.push_back("give the date with --date YYYY-MM-DD, a front matter `date:`, or a dateline with a year");
    f.notes.push_back("rules that need the year of a relative date skip them; what the text proves on its own is "
                      "still checked");
    out.push_back(std::move(f));
}

} // namespace

rule const reference_date_unresolved{
    "NC001",
    "reference-date-unresolved",
    severity::note,
    "relative dates present but no reference date",
    {
        "Relative dates (\"last year\", \"this week\", \"on Tuesday\") need the article's date. It comes from "
        "--date, the front matter, a dateline with a year, or what the text implies (\"last year ... compared "
        "with 2022\", a weekday beside a date). When none gives it, this note says so once per file. It also "
        "marks a front matter date that cannot be read (\"April 31, 2024\", \"04/09/2024\", a front matter "
        "with no closing line), unless --date gives the date.",
        "Without a reference date numcheck cannot check figures against relative years; the note tells the "
        "editor how to give one.",
        "Sales rose last year.  (plain text, no date anywhere)",
        "---\\ndate: 2024-04-09\\n---\\nSales rose last year.",
    },
    &check,
};

} // namespace numcheck::rules
