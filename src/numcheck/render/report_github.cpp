// GitHub Actions workflow commands: annotations on the pull request's changed lines.
// https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions
#include <charconv>
#include <string_view>

#include <fmt/format.h>

#include "numcheck/render/report.hpp"

namespace numcheck::render {

namespace {

/// The escaping of a command's message: '%', CR and LF.
std::string escape_data(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '%':
            out += "%25";
            break;
        case '\r':
            out += "%0D";
            break;
        case '\n':
            out += "%0A";
            break;
        default:
            out.push_back(c);
        }
    }
    return out;
}

/// The escaping of a property value: the message's, and ':' and ',' that would end it.
std::string escape_property(std::string_view text) {
    std::string out;
    for (char c : escape_data(text)) {
        if (c == ':')
            out += "%3A";
        else if (c == ',')
            out += "%2C";
        else
            out.push_back(c);
    }
    return out;
}

std::string_view command_of(severity level) noexcept {
    switch (level) {
    case severity::error:
        return "error";
    case severity::warning:
        return "warning";
    case severity::note:
        return "notice";
    }
    return "notice";
}

} // namespace

std::string report_github(file_result const& file) {
    std::string out;
    if (file.error) {
        // (an error with its place, "a.md:30:20: invalid UTF-8 ...", annotates that line)
        std::string place;
        std::string_view rest = *file.error;
        if (rest.starts_with(file.path + ":")) {
            rest.remove_prefix(file.path.size() + 1);
            std::size_t line = 0, column = 0;
            auto const [after_line, line_ec] = std::from_chars(rest.data(), rest.data() + rest.size(), line);
            if (line_ec == std::errc() && after_line < rest.data() + rest.size() && *after_line == ':') {
                auto const [after_column, column_ec] =
                    std::from_chars(after_line + 1, rest.data() + rest.size(), column);
                if (column_ec == std::errc() && after_column < rest.data() + rest.size() && *after_column == ':' &&
                    line > 0 && column > 0)
                    place = fmt::format(",line={},col={}", line, column);
            }
        }
        out += fmt::format("::error file={}{},title={}::{}\n", escape_property(file.path), place,
                           escape_property("numcheck: file not checked"), escape_data(*file.error));
        return out;
    }
    for (auto const& f : file.findings) {
        std::size_t line = f.span.line, column = f.span.column, end_line = line, end_column = column;
        if (file.doc) {
            auto const& source = file.doc->source;
            std::tie(line, column) = file.doc->line_column(std::min(f.span.begin, source.size()));
            std::tie(end_line, end_column) = file.doc->line_column(std::min(f.span.end, source.size()));
        }
        std::string message = f.message;
        for (auto const& note : f.notes) message += "\nnote: " + note;
        for (auto const& r : f.related) {
            auto const [rl, rc] = file.doc ? file.doc->line_column(std::min(r.span.begin, file.doc->source.size()))
                                           : std::pair<std::size_t, std::size_t>{r.span.line, r.span.column};
            message += fmt::format("\nsee line {}, column {}: {}", rl, rc, r.message);
        }
        out += fmt::format("::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n", command_of(f.level),
                           escape_property(file.path), line, column, end_line, end_column,
                           escape_property(fmt::format("{} {}", f.code, f.rule)), escape_data(message));
    }
    return out;
}

} // namespace numcheck::render
