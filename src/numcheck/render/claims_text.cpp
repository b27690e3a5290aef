#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "numcheck/render/claims.hpp"
#include "numcheck/utf8.hpp"

namespace numcheck::render {

namespace {

/// Shortest readable form of a number: 240000000000 -> "2.4e+11", 26 -> "26", 0.3333 -> "0.3333".
std::string show(double x) {
    if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
    return fmt::format("{:.6g}", x);
}

/// An interval's end, with the digits that tell it from the value ("113,600" is [113599.5, 113601):
/// six digits would show 113600).
std::string show_end(double x) {
    if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
    return fmt::format("{:.10g}", x);
}

/// `dated`: the file has a reference date, so a relative time left unresolved is one numcheck
/// cannot place ("last season"), not one waiting for a date.
std::string value_of(mention const& m, bool dated) {
    if (is_quantity(m.kind)) {
        if (m.born) return fmt::format("born {}", *m.born);
        return m.value ? show(*m.value) : "-";
    }
    if (m.kind == mention_kind::relative_time) {
        if (m.resolved) return *m.resolved;
        if (!m.time_value.empty()) return m.time_value;
        if (m.anchored) return "(relative to the period in question)";
        return dated ? "(not resolved)" : "(needs a reference date)";
    }
    if (m.kind == mention_kind::comparison) return "-";
    return m.time_value.empty() ? "-" : m.time_value;
}

std::string notes_of(mention const& m, std::vector<mention> const& all) {
    std::vector<std::string> notes;
    if (!m.unit.empty()) notes.push_back(m.unit);
    if (m.range && m.range->low != m.range->high)
        notes.push_back(fmt::format("[{}, {})", show_end(m.range->low), show_end(m.range->high)));
    if (!m.hedge.empty()) notes.push_back(fmt::format("hedge: {}", m.hedge));
    if (!m.per.empty()) notes.push_back(fmt::format("per {}", m.per));
    if (m.is_range) notes.push_back("range");
    if (m.kind == mention_kind::change || m.kind == mention_kind::multiplier) {
        notes.push_back(m.direction > 0 ? "up" : m.direction < 0 ? "down" : "direction not stated");
        if (m.from) notes.push_back(fmt::format("from {}", all[*m.from].text));
        if (m.to) notes.push_back(fmt::format("to {}", all[*m.to].text));
    }
    if (!m.weekday.empty()) notes.push_back(m.weekday);
    if ((m.kind == mention_kind::date || m.kind == mention_kind::period) && m.resolved)
        notes.push_back(fmt::format("resolved {}", *m.resolved));
    if (m.ambiguous) notes.push_back("day and month ambiguous");
    if (m.dateline) notes.push_back("dateline");
    if (m.parent) notes.push_back(fmt::format("part of #{}", *m.parent));
    std::string out;
    for (auto const& n : notes) {
        if (!out.empty()) out += ", ";
        out += n;
    }
    return out;
}

std::size_t width(std::string const& s) { return utf8::count_code_points(s); }

std::string pad(std::string const& s, std::size_t w) {
    std::size_t const n = width(s);
    return n >= w ? s : s + std::string(w - n, ' ');
}

/// The text on one line: line breaks and runs of spaces folded.
std::string one_line(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        if (c == ' ' && !out.empty() && out.back() == ' ') continue;
        out.push_back(c);
    }
    return out;
}

} // namespace

std::string claims_text(std::vector<file_result> const& files) {
    std::string out;
    for (auto const& f : files) out += claims_text(f);
    return out;
}

std::string claims_text(file_result const& f) {
    std::string out;
    {
        if (f.error) return fmt::format("error: {}\n\n", *f.error);
        out += fmt::format("{}: {} {}", f.path, f.found.mentions.size(),
                           f.found.mentions.size() == 1 ? "claim" : "claims");
        if (f.reference.value)
            out += fmt::format(", reference date {:04}-{:02}-{:02} ({})", f.reference.value->year,
                               f.reference.value->month, f.reference.value->day, f.reference.source);
        else if (f.reference.year)
            out += fmt::format(", reference year {} ({})", *f.reference.year, f.reference.source);
        else
            out += ", no reference date";
        out += "\n";
        struct row {
            std::string where, id, kind, text, value, notes;
        };
        std::vector<row> rows;
        rows.push_back({"LINE:COL", "#", "KIND", "TEXT", "VALUE", "UNIT, INTERVAL, NOTES"});
        auto const& all = f.found.mentions;
        for (std::size_t i = 0; i < all.size(); ++i) {
            auto const& m = all[i];
            std::string text = one_line(m.text);
            if (m.parent) text.insert(0, "  ");
            rows.push_back({fmt::format("{}:{}", m.span.line, m.span.column), fmt::format("{}", i),
                            std::string(name_of(m.kind)), text, value_of(m, f.reference.value.has_value()),
                            notes_of(m, all)});
        }
        std::size_t w_where = 0, w_id = 0, w_kind = 0, w_text = 0, w_value = 0;
        for (auto const& r : rows) {
            w_where = std::max(w_where, width(r.where));
            w_id = std::max(w_id, width(r.id));
            w_kind = std::max(w_kind, width(r.kind));
            w_text = std::max(w_text, std::min<std::size_t>(width(r.text), 48));
            w_value = std::max(w_value, width(r.value));
        }
        for (auto const& r : rows) {
            std::string line = fmt::format("  {}  {}  {}  {}  {}  {}", pad(r.where, w_where), pad(r.id, w_id),
                                           pad(r.kind, w_kind), pad(r.text, w_text), pad(r.value, w_value), r.notes);
            while (!line.empty() && line.back() == ' ') line.pop_back();
            out += line + "\n";
        }
        out += "\n";
    }
    return out;
}

} // namespace numcheck::render
