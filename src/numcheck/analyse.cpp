#include "numcheck/analyse.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "numcheck/error.hpp"

namespace numcheck {

reference_date choose_reference(document const& doc, std::vector<mention> const& mentions,
                                std::optional<calendar_date> from_cli) {
    reference_date ref;
    if (from_cli) {
        ref.value = from_cli;
        ref.source = "cli";
        ref.reasons.push_back("given with --date");
        return ref;
    }
    if (doc.metadata.date) {
        if (auto d = parse_iso_date(*doc.metadata.date)) {
            ref.value = d;
            ref.source = "front-matter";
            ref.reasons.push_back(fmt::format("front matter {}: {}", doc.metadata.date_key, *doc.metadata.date));
            return ref;
        }
    }
    for (auto const& m : mentions) {
        if (!m.dateline) continue;
        if (auto d = parse_iso_date(m.time_value)) {
            ref.value = d;
            ref.source = "dateline";
            ref.reasons.push_back(fmt::format("dateline \"{}\" (line {})", m.text, m.span.line));
            return ref;
        }
    }
    return ref;
}

file_result analyse_document(document doc, std::optional<calendar_date> from_cli) {
    file_result result;
    result.path = doc.path;
    // Extract once without a date to find a dateline or front matter, then resolve.
    std::optional<calendar_date> reference = from_cli;
    if (!reference && doc.metadata.date) reference = parse_iso_date(*doc.metadata.date);
    result.found = extract(doc, reference);
    result.reference = choose_reference(doc, result.found.mentions, from_cli);
    if (result.reference.value && !reference) result.found = extract(doc, result.reference.value);
    result.doc = std::move(doc);
    return result;
}

file_result analyse_file(std::string const& path, std::optional<calendar_date> from_cli) {
    try {
        return analyse_document(load_document(path), from_cli);
    } catch (input_error const& e) {
        file_result failed;
        failed.path = path == "-" ? "<stdin>" : path;
        failed.error = e.what();
        return failed;
    } catch (std::exception const& e) {
        file_result failed;
        failed.path = path;
        failed.error = fmt::format("{}: {}", path, e.what());
        return failed;
    }
}

std::vector<std::string> expand_paths(std::vector<std::string> const& paths) {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    for (auto const& path : paths) {
        std::error_code ec;
        if (path != "-" && fs::is_directory(path, ec)) {
            std::vector<std::string> found;
            fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
            if (ec) {
                files.push_back(path); // reading it reports the error
                continue;
            }
            for (; it != end; it.increment(ec)) {
                if (ec) break;
                if (!it->is_regular_file(ec)) continue;
                auto ext = it->path().extension().string();
                std::transform(ext.begin(), ext.end(), ext.begin(),
                               [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
                if (ext == ".md" || ext == ".markdown" || ext == ".txt") found.push_back(it->path().string());
            }
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else {
            files.push_back(path);
        }
    }
    return files;
}

} // namespace numcheck

namespace numcheck {

void check_file(file_result& file, rule_selection const& selection) {
    file.findings.clear();
    if (!file.doc || file.error) return;
    claim_model const claims = build_claims(file.doc->prose, file.found);
    file.findings = run_rules(claims, selection);
}

} // namespace numcheck
