#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "numcheck/render/report.hpp"

namespace numcheck::render {

namespace {

using json = nlohmann::ordered_json;

json number_or_null(double x) { return std::isfinite(x) ? json(x) : json(nullptr); }
json string_or_null(std::string const& s) { return s.empty() ? json(nullptr) : json(s); }

json span_json(source_span const& s) {
    return json{{"begin", s.begin}, {"end", s.end}, {"line", s.line}, {"column", s.column}};
}

json claim_json(mention const& m, std::size_t id) {
    json c;
    c["id"] = id;
    c["kind"] = std::string(name_of(m.kind));
    c["text"] = m.text;
    if (is_quantity(m.kind)) {
        c["value"] = m.value ? number_or_null(*m.value) : json(nullptr);
    } else if (m.kind == mention_kind::relative_time) {
        c["value"] = m.resolved ? json(*m.resolved) : string_or_null(m.time_value);
    } else {
        c["value"] = string_or_null(m.time_value);
    }
    c["interval"] =
        m.range ? json::array({number_or_null(m.range->low), number_or_null(m.range->high)}) : json(nullptr);
    c["unit"] = string_or_null(m.unit);
    c["hedge"] = string_or_null(m.hedge);
    c["span"] = span_json(m.span);
    c["sentence"] = m.sentence;
    c["paragraph"] = m.paragraph;
    if (m.kind == mention_kind::change || m.kind == mention_kind::multiplier) {
        c["direction"] = m.direction > 0 ? "up" : m.direction < 0 ? "down" : "none";
        c["amount"] = m.amount ? json(*m.amount) : json(nullptr);
        c["from"] = m.from ? json(*m.from) : json(nullptr);
        c["to"] = m.to ? json(*m.to) : json(nullptr);
    }
    if (m.parent) c["parent"] = *m.parent;
    if (!m.per.empty()) c["per"] = m.per;
    if (m.is_range) c["range"] = true;
    if (!m.weekday.empty()) c["weekday"] = m.weekday;
    if (m.ambiguous) c["ambiguous"] = true;
    if (m.dateline) c["dateline"] = true;
    if (m.born) c["born"] = *m.born;
    if ((m.kind == mention_kind::date || m.kind == mention_kind::period) && m.resolved) c["resolved"] = *m.resolved;
    if (m.kind == mention_kind::relative_time)
        c["relative"] = json{{"unit", m.relative_unit}, {"offset", m.relative_offset}, {"anchored", m.anchored}};
    return c;
}

/// DESIGN.md's "period" of a figure: the time mention's id and text, and the period it stands for
/// ("2023" for "last year" in a text from 2024; the year alone when only the year is known).
json period_json(std::vector<mention> const& mentions, figure_period_link const& link) {
    json p;
    p["id"] = link.period ? json(*link.period) : json(nullptr);
    p["text"] = link.period ? json(mentions[*link.period].text) : json(nullptr);
    std::string value;
    if (link.period) {
        mention const& t = mentions[*link.period];
        value = t.resolved ? *t.resolved : t.kind == mention_kind::relative_time ? std::string() : t.time_value;
    }
    if (value.empty() && link.year) value = fmt::format("{:04}", *link.year);
    p["value"] = string_or_null(value);
    p["year"] = link.year ? json(*link.year) : json(nullptr);
    return p;
}

json diagnostic_json(finding const& f) {
    json d;
    d["rule"] = f.rule;
    d["code"] = f.code;
    d["severity"] = name_of(f.level);
    d["message"] = f.message;
    d["span"] = span_json(f.span);
    json related = json::array();
    for (auto const& r : f.related) related.push_back(json{{"message", r.message}, {"span", span_json(r.span)}});
    d["related"] = std::move(related);
    d["notes"] = f.notes;
    if (!f.fingerprint.empty()) d["fingerprint"] = f.fingerprint;
    return d;
}

/// `value` as nlohmann's dump with an indent of 2 writes it, every line after the first indented by
/// `by` more spaces, appended to `out` (invalid UTF-8 written as U+FFFD).
void append_dumped(std::string& out, json const& value, std::size_t by) {
    std::string const text = value.dump(2, ' ', false, json::error_handler_t::replace);
    for (char const c : text) {
        out.push_back(c);
        if (c == '\n') out.append(by, ' ');
    }
}

/// The file's object, as file_json(f).dump(2) indented by `by` spaces would write it, built a piece at
/// a time: a file of millions of claims never holds them all as one JSON tree (nor two copies of its
/// text).
std::string file_json_text(file_result const& f, std::size_t by) {
    std::string const pad(by, ' ');
    std::string out = pad + "{";
    bool first = true;
    auto const key = [&](std::string_view name) {
        out += first ? "\n" : ",\n";
        first = false;
        out += pad;
        out += "  \"";
        out += name;
        out += "\": ";
    };
    key("path");
    append_dumped(out, json(f.path), by + 2);
    json reference;
    reference["value"] = f.reference.value ? json(fmt::format("{:04}-{:02}-{:02}", f.reference.value->year,
                                                              f.reference.value->month, f.reference.value->day))
                                           : json(nullptr);
    // Only the year inferred: the value is the year alone ("2024"); `year` is there either way.
    if (!f.reference.value && f.reference.year) reference["value"] = fmt::format("{:04}", *f.reference.year);
    reference["year"] = f.reference.year ? json(*f.reference.year) : json(nullptr);
    reference["source"] = f.reference.source;
    reference["reasons"] = f.reference.reasons;
    key("reference_date");
    append_dumped(out, reference, by + 2);
    if (f.doc && !f.doc->metadata.title.empty()) {
        key("title");
        append_dumped(out, json(f.doc->metadata.title), by + 2);
    }
    // an array, one element at a time
    auto const array = [&](std::string_view name, std::size_t count, auto const& element) {
        key(name);
        if (count == 0) {
            out += "[]";
            return;
        }
        out += "[";
        for (std::size_t i = 0; i < count; ++i) {
            out += i == 0 ? "\n" : ",\n";
            out += pad;
            out += "    ";
            append_dumped(out, element(i), by + 4);
        }
        out += "\n";
        out += pad;
        out += "  ]";
    };
    auto link = f.periods.begin();
    array("claims", f.found.mentions.size(), [&](std::size_t i) {
        json c = claim_json(f.found.mentions[i], i);
        while (link != f.periods.end() && link->figure < i) ++link;
        if (link != f.periods.end() && link->figure == i) c["period"] = period_json(f.found.mentions, *link);
        return c;
    });
    array("diagnostics", f.findings.size(), [&](std::size_t i) { return diagnostic_json(f.findings[i]); });
    if (!f.suppressed.empty())
        array("suppressed", f.suppressed.size(), [&](std::size_t i) {
            json d = diagnostic_json(f.suppressed[i].silenced);
            d["reason"] = string_or_null(f.suppressed[i].reason);
            return d;
        });
    key("error");
    append_dumped(out, f.error ? json(*f.error) : json(nullptr), by + 2);
    out += "\n";
    out += pad;
    out += "}";
    return out;
}

/// `text` with every line indented by `by` spaces.
std::string indented(std::string const& text, std::size_t by) {
    std::string out(by, ' ');
    for (char c : text) {
        out.push_back(c);
        if (c == '\n') out.append(by, ' ');
    }
    return out;
}

} // namespace

namespace detail {

std::string json_report_begin() {
    json tool{{"name", "numcheck"}, {"version", NUMCHECK_VERSION}};
    return "{\n  \"tool\": " +
           indented(tool.dump(2, ' ', false, nlohmann::json::error_handler_t::replace), 2).substr(2) +
           ",\n  \"files\": [";
}

std::string json_report_file(file_result const& file, std::size_t index) {
    return (index == 0 ? "\n" : ",\n") + file_json_text(file, 4);
}

std::string json_report_end(std::size_t files, std::vector<json_count> const& summary) {
    json counts = json::object();
    for (auto const& [name, value] : summary) counts[name] = value;
    return std::string(files == 0 ? "]" : "\n  ]") + ",\n  \"summary\": " +
           indented(counts.dump(2, ' ', false, nlohmann::json::error_handler_t::replace), 2).substr(2) + "\n}\n";
}

} // namespace detail

void report_summary::add(file_result const& file) {
    ++files;
    if (file.error) ++file_errors;
    claims += file.found.mentions.size();
    if (!file.findings.empty()) ++files_with_findings;
    suppressed += file.suppressed.size();
    baselined += file.baselined;
    for (auto const& f : file.findings) {
        switch (f.level) {
        case severity::error:
            ++errors;
            break;
        case severity::warning:
            ++warnings;
            break;
        case severity::note:
            ++notes;
            break;
        }
    }
}

std::size_t report_summary::count(severity level) const noexcept {
    switch (level) {
    case severity::error:
        return errors;
    case severity::warning:
        return warnings;
    case severity::note:
        return notes;
    }
    return 0;
}

std::size_t report_summary::at_or_above(severity level) const noexcept {
    std::size_t n = 0;
    for (auto each : {severity::note, severity::warning, severity::error})
        if (each >= level) n += count(each);
    return n;
}

std::string report_json_writer::begin() const { return detail::json_report_begin(); }

std::string report_json_writer::add(file_result const& file) {
    std::string out = detail::json_report_file(file, summary_.files);
    summary_.add(file);
    return out;
}

std::string report_json_end(report_summary const& s) {
    return detail::json_report_end(s.files, {{"files", s.files},
                                             {"claims", s.claims},
                                             {"errors", s.errors},
                                             {"warnings", s.warnings},
                                             {"notes", s.notes},
                                             {"suppressed", s.suppressed},
                                             {"baselined", s.baselined},
                                             {"file_errors", s.file_errors}});
}

std::string report_json_writer::end() const { return report_json_end(summary_); }

void report_summary::add(report_summary const& other) {
    files += other.files;
    files_with_findings += other.files_with_findings;
    file_errors += other.file_errors;
    claims += other.claims;
    errors += other.errors;
    warnings += other.warnings;
    notes += other.notes;
    suppressed += other.suppressed;
    baselined += other.baselined;
}

std::string report_json(std::vector<file_result> const& files) {
    report_json_writer writer;
    std::string out = writer.begin();
    for (auto const& f : files) out += writer.add(f);
    return out + writer.end();
}

} // namespace numcheck::render
