// The text report in codespan's style (STYLE.md, Rendering) and the one-line short form.
#include <algorithm>
#include <array>
#include <map>
#include <string_view>
#include <utility>

#include <fmt/color.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "numcheck/render/report.hpp"
#include "numcheck/utf8.hpp"

namespace numcheck::render {

namespace {

/// Source lines wider than this (in code points) are shown elided around their marks.
constexpr std::size_t max_line_width = 100;
/// Code points kept before the first mark of an elided line.
constexpr std::size_t elided_context = 20;
constexpr std::string_view ellipsis = "...";

fmt::text_style severity_style(severity level) {
    switch (level) {
    case severity::error:
        return fmt::emphasis::bold | fmt::fg(fmt::terminal_color::red);
    case severity::warning:
        return fmt::emphasis::bold | fmt::fg(fmt::terminal_color::yellow);
    case severity::note:
        return fmt::emphasis::bold | fmt::fg(fmt::terminal_color::cyan);
    }
    return {};
}

constexpr fmt::text_style gutter_style = fmt::emphasis::bold | fmt::fg(fmt::terminal_color::blue);
constexpr fmt::text_style related_style = fmt::fg(fmt::terminal_color::blue);
constexpr fmt::text_style bold_style = fmt::emphasis::bold;

/// Paints `text` in `style` when colour is on; an empty text stays empty (no stray escapes).
std::string paint(std::string_view text, fmt::text_style style, bool color) {
    if (!color || text.empty()) return std::string(text);
    return fmt::format("{}", fmt::styled(text, style));
}

/// A 1-based line and code-point column.
struct position {
    std::size_t line = 0;
    std::size_t column = 0;
};

/// Where a span begins: from the document when there is one (the rule's line and column are then
/// only a cache), else as the rule gave it.
position begin_of(file_result const& file, source_span const& span) {
    if (!file.doc) return {span.line, span.column};
    auto const [line, column] = file.doc->line_column(std::min(span.begin, file.doc->source.size()));
    return {line, column};
}

/// A line's text split into code points, each kept as its bytes.
std::vector<std::string_view> code_points(std::string_view line) {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < line.size();) {
        std::size_t const n = std::min(utf8::sequence_length(static_cast<unsigned char>(line[i])), line.size() - i);
        out.push_back(line.substr(i, n));
        i += n;
    }
    return out;
}

/// One underline: code-point columns [first, last) of a line (0-based), `^` or `-`.
struct mark {
    std::size_t line = 0;
    std::size_t first = 0;
    std::size_t last = 0;
    bool primary = false;
    std::string_view label;
};

/// The underline of a span on the line where it begins; a span that runs on to a later line is
/// underlined to the end of its first line, an empty one gets one mark.
mark mark_of(document const& doc, source_span const& span, bool primary, std::string_view label) {
    std::size_t const size = doc.source.size();
    auto const [line, column] = doc.line_column(std::min(span.begin, size));
    auto const [end_line, end_column] = doc.line_column(std::min(std::max(span.begin, span.end), size));
    mark m{line, column - 1, column, primary, label};
    if (end_line == line && end_column > column) {
        m.last = end_column - 1;
    } else if (end_line > line) {
        m.last = std::max(m.first + 1, utf8::count_code_points(doc.source_line(line)));
    }
    return m;
}

/// The cells a code point takes in a terminal: two for East Asian wide and full-width characters
/// and emoji, none for combining marks, zero-width characters and the byte-order mark, else one.
std::size_t cells(std::string_view cp) {
    if (cp.size() == 1) return 1;
    char32_t const c = utf8::decode(cp.data());
    if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
        (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F) || (c >= 0x200B && c <= 0x200F) ||
        (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF)
        return 0;
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
        (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
        (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
        (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD))
        return 2;
    return 1;
}

/// The part of a line that is shown: code points [begin, end), with "..." where cut.
struct window {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::vector<std::string_view> const* line = nullptr;
    [[nodiscard]] std::size_t prefix() const { return begin > 0 ? ellipsis.size() + 1 : 0; }
    /// Display column (0-based, after the gutter) of code-point column `column`: the cells of the
    /// code points before it ("東京" takes four).
    [[nodiscard]] std::size_t display(std::size_t column) const {
        std::size_t at = prefix();
        for (std::size_t i = begin; i < column; ++i) at += line && i < line->size() ? cells((*line)[i]) : 1;
        return at;
    }
};

bool is_space(std::string_view cp) { return cp == " " || cp == "\t"; }

/// The whole line when it is short; else a piece about max_line_width wide that holds every mark,
/// cut at spaces where it can be.
window window_of(std::vector<std::string_view> const& line, std::vector<mark const*> const& marks) {
    std::size_t const width = line.size();
    if (width <= max_line_width) return {0, width, &line};
    std::size_t low = width, high = 0;
    for (auto const* m : marks) {
        low = std::min(low, m->first);
        high = std::max(high, m->last);
    }
    std::size_t begin = low > elided_context ? low - elided_context : 0;
    std::size_t end = std::min(width, std::max(high + elided_context, begin + max_line_width));
    if (end == width && end - begin < max_line_width) begin = width > max_line_width ? width - max_line_width : 0;
    // Start after a space and end before one, so that no word is cut in half.
    if (begin > 0) {
        std::size_t at = begin;
        while (at < low && !is_space(line[at - 1])) ++at;
        while (at < low && is_space(line[at])) ++at;
        if (at < low) begin = at;
    }
    if (end < width) {
        std::size_t at = end;
        while (at > high && !is_space(line[at])) --at;
        while (at > high && is_space(line[at - 1])) --at;
        if (at > high) end = at;
    }
    return {begin, end, &line};
}

/// The shown text of a line: control characters as spaces (a tab would move the marks), no
/// byte-order mark.
std::string shown_text(std::vector<std::string_view> const& line, window const& w) {
    std::string out;
    if (w.begin > 0) out += std::string(ellipsis) + " ";
    for (std::size_t i = w.begin; i < w.end; ++i) {
        auto const cp = line[i];
        bool const control = cp.size() == 1 && (static_cast<unsigned char>(cp[0]) < 0x20 || cp[0] == 0x7F);
        if (cp == "\xEF\xBB\xBF") continue;
        out += control ? std::string_view(" ") : cp;
    }
    if (w.end < line.size()) out += " " + std::string(ellipsis);
    return out;
}

/// The rows of marks under one line. All marks go on one row when they do not overlap and only
/// the rightmost has a label; otherwise each mark gets its own row, left to right.
std::vector<std::vector<mark const*>> mark_rows(std::vector<mark const*> marks) {
    std::stable_sort(marks.begin(), marks.end(), [](mark const* a, mark const* b) { return a->first < b->first; });
    bool one_row = true;
    for (std::size_t i = 0; i + 1 < marks.size(); ++i)
        if (marks[i]->last > marks[i + 1]->first || !marks[i]->label.empty()) one_row = false;
    if (one_row) return {marks};
    std::vector<std::vector<mark const*>> rows;
    rows.reserve(marks.size());
    for (auto const* m : marks) rows.push_back({m});
    return rows;
}

std::string render_row(std::vector<mark const*> const& row, window const& w, severity level, bool color) {
    std::string out;
    std::size_t at = 0;
    for (auto const* m : row) {
        std::size_t const from = w.display(m->first);
        if (from > at) out.append(from - at, ' ');
        std::string const underline(std::max<std::size_t>(w.display(m->last) - from, 1), m->primary ? '^' : '-');
        out += paint(underline, m->primary ? severity_style(level) : related_style, color);
        at = from + underline.size();
    }
    if (auto const* last = row.back(); !last->label.empty()) {
        out.push_back(' '); // appended in two steps: GCC 12's -Wrestrict misfires on " " + std::string&&
        out += paint(last->label, last->primary ? severity_style(level) : related_style, color);
    }
    return out;
}

/// The code points of the lines findings were last shown on: many findings on one long line split
/// it once (a line of 340 KB with 8,000 findings took 6 s when each split it again).
class line_cache {
public:
    std::vector<std::string_view> const& get(document const& doc, std::size_t line_number) {
        for (auto& [number, points] : lines_)
            if (number == line_number) return points;
        auto& slot = lines_[next_++ % lines_.size()];
        slot = {line_number, code_points(doc.source_line(line_number))};
        return slot.second;
    }

private:
    std::array<std::pair<std::size_t, std::vector<std::string_view>>, 4> lines_{};
    std::size_t next_ = 0;
};

std::string render_finding(file_result const& file, finding const& f, bool color, line_cache& cache) {
    std::string out;
    auto const where = begin_of(file, f.span);
    out += paint(fmt::format("{}[{}]", name_of(f.level), f.code), severity_style(f.level), color);
    out += paint(fmt::format(": {}: {}", f.rule, f.message), bold_style, color) + "\n";

    std::vector<mark> marks;
    if (file.doc) {
        marks.push_back(mark_of(*file.doc, f.span, true, {}));
        for (auto const& r : f.related) marks.push_back(mark_of(*file.doc, r.span, false, r.message));
    }
    std::map<std::size_t, std::vector<mark const*>> by_line;
    for (auto const& m : marks) by_line[m.line].push_back(&m);
    std::size_t const last_line = by_line.empty() ? where.line : by_line.rbegin()->first;
    std::size_t const gutter = fmt::formatted_size("{}", last_line);
    std::string const blank_gutter(gutter + 1, ' ');
    auto const bar = paint("|", gutter_style, color);

    out += std::string(gutter, ' ') + paint("-->", gutter_style, color) +
           fmt::format(" {}:{}:{}\n", file.path, where.line, where.column);
    if (!by_line.empty()) {
        out += blank_gutter + bar + "\n";
        std::size_t previous = 0;
        for (auto const& [line_number, line_marks] : by_line) {
            if (previous != 0 && line_number > previous + 1) out += paint(ellipsis, gutter_style, color) + "\n";
            previous = line_number;
            auto const& line = cache.get(*file.doc, line_number);
            auto const shown = window_of(line, line_marks);
            std::string const text = shown_text(line, shown);
            out += paint(fmt::format("{:>{}} |", line_number, gutter), gutter_style, color);
            out += text.empty() ? "\n" : " " + text + "\n";
            for (auto const& row : mark_rows(line_marks))
                out += blank_gutter + bar + " " + render_row(row, shown, f.level, color) + "\n";
        }
    }
    for (auto const& note : f.notes) {
        std::string const lead =
            blank_gutter + paint("=", gutter_style, color) + " " + paint("note", bold_style, color) + ": ";
        std::string const continuation = "\n" + blank_gutter + std::string(std::string_view("= note: ").size(), ' ');
        out += lead;
        for (char c : note) {
            if (c == '\n')
                out += continuation;
            else
                out.push_back(c);
        }
        out += "\n";
    }
    return out;
}

} // namespace

std::string report_text(file_result const& file, bool color) {
    std::string out;
    line_cache cache;
    for (auto const& f : file.findings) out += render_finding(file, f, color, cache) + "\n";
    return out;
}

std::string report_short(file_result const& file) {
    std::string out;
    for (auto const& f : file.findings) {
        auto const where = begin_of(file, f.span);
        out += fmt::format("{}:{}:{}: {}[{}] {}: {}\n", file.path, where.line, where.column, name_of(f.level), f.code,
                           f.rule, f.message);
    }
    return out;
}

std::string summary_line(report_summary const& summary) {
    auto counted = [](std::size_t n, std::string_view one) {
        return fmt::format("{} {}{}", n, one, n == 1 ? "" : "s");
    };
    std::string out;
    // (the files counted are those read: one that could not be read is said apart, at the end)
    std::size_t const read = summary.files - std::min(summary.file_errors, summary.files);
    std::string const unread =
        summary.file_errors > 0 ? fmt::format("; {} could not be read", counted(summary.file_errors, "file")) : "";
    if (read == 0) return "no files checked" + unread;
    std::vector<std::string> parts;
    if (summary.errors > 0) parts.push_back(counted(summary.errors, "error"));
    if (summary.warnings > 0) parts.push_back(counted(summary.warnings, "warning"));
    if (summary.notes > 0) parts.push_back(counted(summary.notes, "note"));
    if (parts.empty()) {
        out = "no findings in " + counted(read, "file");
    } else {
        for (auto const& part : parts) out += (out.empty() ? "" : ", ") + part;
        out +=
            read == 1 ? " in 1 file" : fmt::format(" in {} of {}", summary.files_with_findings, counted(read, "file"));
    }
    std::vector<std::string> hidden;
    if (summary.suppressed > 0) hidden.push_back(fmt::format("{} suppressed", summary.suppressed));
    if (summary.baselined > 0) hidden.push_back(fmt::format("{} in the baseline", summary.baselined));
    if (!hidden.empty()) out += " (" + fmt::format("{}", fmt::join(hidden, ", ")) + ")";
    return out + unread;
}

} // namespace numcheck::render
