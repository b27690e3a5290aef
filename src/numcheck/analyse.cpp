#include "numcheck/analyse.hpp"
#include "numcheck/fingerprint.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <system_error>

#include <fmt/format.h>

#include "numcheck/calendar.hpp"
#include "numcheck/error.hpp"
#include "numcheck/rules/arithmetic.hpp"
#include "numcheck/text.hpp"

namespace numcheck {

namespace {

std::string one_line(std::string_view text) {
    std::string out;
    for (char c : text) out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
    return out;
}

constexpr char const* month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

/// The month and day of a date said without its year ("June 24": XXXX-06-24); nullopt for other
/// mentions (a weekday alone is XXXX-WXX-2).
std::optional<std::pair<int, int>> month_and_day(mention const& d) {
    if (d.kind != mention_kind::date || !d.time_value.starts_with("XXXX-") || d.time_value.size() != 10 ||
        d.time_value[5] == 'W')
        return std::nullopt;
    return std::pair{std::stoi(d.time_value.substr(5, 2)), std::stoi(d.time_value.substr(8, 2))};
}

/// The day number of `month` `dom` in `year` when it falls on `weekday` ("Tuesday"); nullopt when
/// it does not, or the month has no such day that year.
std::optional<long> day_on(int year, int month, int dom, std::string_view weekday) {
    if (dom > calendar::days_in_month(year, month)) return std::nullopt;
    long const days = calendar::days_from_civil(year, month, dom);
    if (calendar::weekday_name(calendar::weekday_of(days)) != weekday) return std::nullopt;
    return days;
}

} // namespace

reference_date infer_reference(std::string_view, std::vector<mention> const& mentions) {
    reference_date ref;
    std::map<int, int> votes; // candidate year -> evidence
    std::vector<std::string> reasons;
    // (the reasons given are the first few: a text of thousands of years would list them all, quadratic in
    // its size; the evidence beyond them still counts, and how much of it there is is said)
    constexpr std::size_t max_reasons = 12;
    std::size_t evidence = 0;
    for (std::size_t r = 0; r < mentions.size(); ++r) {
        mention const& rel = mentions[r];
        if (rel.kind != mention_kind::relative_time || rel.relative_unit != "year" || rel.anchored ||
            rel.relative_offset == 0)
            continue;
        // Only the mentions of its sentence (they are contiguous), so that a long text stays linear.
        auto const [first, last] = rules::detail::sentence_of(mentions, r);
        for (std::size_t c = first; c < last; ++c) {
            mention const& other = mentions[c];
            if (other.sentence != rel.sentence) continue;
            // "$240 billion last year, up 26 percent compared with 2022": the year compared with is the
            // year before "last year".
            // (not "than", which sets a figure against any year, a baseline as often as the year before: "29.1%
            // higher last year than in 2020, the baseline for its pledge")
            if (other.kind == mention_kind::comparison && other.begin > rel.begin &&
                !text::lower(other.text).starts_with("than")) {
                for (std::size_t y = c + 1; y < mentions.size() && mentions[y].parent == c; ++y) {
                    auto const base = mentions[y].kind == mention_kind::year
                                          ? text::leading_year(mentions[y].time_value)
                                          : std::nullopt;
                    if (!base) continue;
                    int const year = *base + 1 - rel.relative_offset;
                    ++votes[year];
                    if (reasons.size() < max_reasons)
                        reasons.push_back(fmt::format(
                            "\"{}\" set against \"{}\" (line {}): {} is {}, so the text is from {}", one_line(rel.text),
                            one_line(other.text), rel.span.line, one_line(rel.text), *base + 1, year));
                }
            }
            // "in 1990, 34 years ago"; "by 2030, six years from now"
            bool const counted_from_now =
                (rel.relative_offset < 0 && rel.text.find("ago") != std::string::npos) ||
                (rel.relative_offset > 0 && text::lower(rel.text).find("from now") != std::string::npos);
            if (other.kind == mention_kind::year && counted_from_now &&
                (other.end <= rel.begin ? rel.begin - other.end : other.begin - rel.end) < 24) {
                if (auto const base = text::leading_year(other.time_value)) {
                    int const year = *base - rel.relative_offset;
                    ++votes[year];
                    if (reasons.size() < max_reasons)
                        reasons.push_back(fmt::format("\"{}\" beside \"{}\" (line {}): the text is from {}",
                                                      one_line(rel.text), one_line(other.text), rel.span.line, year));
                }
            }
        }
    }
    // "Revenue was 1.08 billion pounds last year, in 2024": a relative year and the year it is, side
    // by side ("last year (2024)").
    for (std::size_t r = 0; r + 1 < mentions.size(); ++r) {
        mention const& rel = mentions[r];
        if (rel.kind != mention_kind::relative_time || rel.relative_unit != "year" || rel.anchored ||
            rel.relative_offset == 0 || rel.relative_offset < -1 || rel.relative_offset > 1)
            continue;
        mention const& named = mentions[r + 1];
        if (named.kind != mention_kind::year || named.sentence != rel.sentence || named.begin < rel.end) continue;
        auto const base = text::leading_year(named.time_value);
        if (!base || named.begin - rel.end > 2) continue;
        int const year = *base - rel.relative_offset;
        ++votes[year];
        if (reasons.size() < max_reasons)
            reasons.push_back(fmt::format("\"{}\" is \"{}\" (line {}): the text is from {}", one_line(rel.text),
                                          one_line(named.text), rel.span.line, year));
    }
    // "on Tuesday" beside "June 24": a year some other evidence points to gains a vote where the date
    // falls on the weekday (the pair alone fits a year in every six or so: it confirms, it does not
    // propose; a forecast's "by 2030" is no year of the text).
    if (!votes.empty()) {
        std::vector<int> candidates;
        candidates.reserve(votes.size());
        for (auto const& [year, count] : votes) candidates.push_back(year);
        std::set<std::pair<std::string_view, std::string_view>> pairs_tried;
        for (std::size_t w = 0; w < mentions.size(); ++w) {
            mention const& weekday = mentions[w];
            if (weekday.kind != mention_kind::date || weekday.weekday.empty()) continue;
            // (a date that names its weekday itself: "on Wednesday, May 15")
            if (auto const own = month_and_day(weekday); own && weekday.time_value.starts_with("XXXX-")) {
                auto const [month, dom] = *own;
                if (pairs_tried.insert({weekday.weekday, weekday.time_value}).second)
                    for (int const year : candidates) {
                        if (!day_on(year, month, dom, weekday.weekday)) continue;
                        ++votes[year];
                        if (reasons.size() < max_reasons)
                            reasons.push_back(fmt::format("\"{}\" (line {}): {} {}, {} is a {}", one_line(weekday.text),
                                                          weekday.span.line, month_names[month - 1], dom, year,
                                                          weekday.weekday));
                    }
                continue;
            }
            if (!weekday.time_value.starts_with("XXXX-W")) continue;
            auto const [first, last] = rules::detail::sentence_of(mentions, w);
            for (std::size_t k = first; k < last; ++k) {
                mention const& d = mentions[k];
                auto const date = month_and_day(d);
                if (!date || !pairs_tried.insert({weekday.weekday, d.time_value}).second) continue;
                auto const [month, dom] = *date;
                for (int const year : candidates) {
                    if (!day_on(year, month, dom, weekday.weekday)) continue;
                    ++votes[year];
                    if (reasons.size() < max_reasons)
                        reasons.push_back(fmt::format("\"{}\" (line {}) with \"{}\" (line {}): {} {}, {} is a {}",
                                                      one_line(weekday.text), weekday.span.line, one_line(d.text),
                                                      d.span.line, month_names[month - 1], dom, year, weekday.weekday));
                }
            }
        }
    }
    if (votes.empty()) return ref;
    auto const best =
        std::max_element(votes.begin(), votes.end(), [](auto const& a, auto const& b) { return a.second < b.second; });
    int const year = best->first;
    ref.year = year;
    ref.source = "inferred";
    for (auto const& [candidate, count] : votes) evidence += static_cast<std::size_t>(count);
    if (evidence > reasons.size())
        reasons.push_back(fmt::format("and {} more of the same kind", evidence - reasons.size()));
    ref.reasons = std::move(reasons);
    if (votes.size() > 1) ref.reasons.push_back(fmt::format("the evidence disagrees; {} has the most", year));
    // The day: a weekday named alone ("on Tuesday") and a date without a year that falls on it.
    std::optional<calendar_date> day;
    std::vector<std::string> day_reasons;
    // The day found only moves later, so a weekday named again cannot change it: each weekday is
    // tried once, which keeps a long text linear.
    std::set<std::string_view> weekdays_tried;
    for (auto const& w : mentions) {
        if (w.kind != mention_kind::date || w.weekday.empty() || !w.time_value.starts_with("XXXX-W")) continue;
        if (!weekdays_tried.insert(w.weekday).second) continue;
        for (auto const& d : mentions) {
            auto const date = month_and_day(d);
            if (!date) continue;
            auto const [month, dom] = *date;
            auto const on = day_on(year, month, dom, w.weekday);
            if (!on) continue;
            long const days = *on;
            if (day && calendar::days_from_civil(day->year, day->month, day->day) >= days) continue;
            day = calendar_date{year, month, dom};
            day_reasons.push_back(fmt::format("\"{}\" (line {}) and \"{}\" (line {}): {} {}, {} is a {}",
                                              one_line(w.text), w.span.line, one_line(d.text), d.span.line,
                                              month_names[month - 1], dom, year, w.weekday));
        }
    }
    if (!day) return ref;
    // A dateline without its year ("LIVIGNO, Italy, May 19 (Reuters) -") gives the day in place of the one the
    // weekdays point to (a story tells of days to come: "finishes on Sunday, May 26"), once they have confirmed the
    // year (without them the year may be one off for a day near January: "35 years ago, in 1989" is 2024 or 2025).
    for (auto const& m : mentions) {
        if (!m.dateline) continue;
        auto const dated = month_and_day(m);
        if (dated && dated->second <= calendar::days_in_month(year, dated->first)) {
            ref.value = calendar_date{year, dated->first, dated->second};
            ref.reasons.push_back(
                fmt::format("dateline \"{}\" (line {}): the day, in {}", one_line(m.text), m.span.line, year));
            return ref;
        }
        break;
    }
    ref.value = day;
    ref.reasons.insert(ref.reasons.end(), std::make_move_iterator(day_reasons.begin()),
                       std::make_move_iterator(day_reasons.end()));
    return ref;
}

reference_date choose_reference(document const& doc, std::vector<mention> const& mentions,
                                std::optional<calendar_date> from_cli) {
    reference_options options;
    options.date = from_cli;
    return choose_reference(doc, mentions, options);
}

reference_date choose_reference(document const& doc, std::vector<mention> const& mentions,
                                reference_options const& options) {
    reference_date ref;
    if (options.date) {
        ref.value = options.date;
        ref.source = options.date_source;
        ref.reasons.push_back(options.date_source == "cli" ? "given with --date"
                                                           : "given by the configuration's [date] reference");
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
    if (options.fallback) {
        ref.value = options.fallback;
        ref.source = options.fallback_source;
        ref.reasons.push_back(options.fallback_source == "git"
                                  ? fmt::format("the date of the file's last commit (--date git)")
                                  : fmt::format("today's date (--date {})", options.fallback_source));
        return ref;
    }
    if (!options.infer) return ref;
    return infer_reference(doc.prose, mentions);
}

file_result analyse_document(document doc, std::optional<calendar_date> from_cli) {
    reference_options options;
    options.date = from_cli;
    return analyse_document(std::move(doc), options);
}

file_result analyse_document(document doc, reference_options const& options) {
    file_result result;
    result.path = doc.path;
    // Extract once without a date to find a dateline or front matter, then resolve.
    std::optional<calendar_date> reference = options.date;
    if (!reference && doc.metadata.date) reference = parse_iso_date(*doc.metadata.date);
    result.found = extract(doc, reference);
    result.reference = choose_reference(doc, result.found.mentions, options);
    if (result.reference.value && !reference) {
        result.found = extraction{}; // freed first: a long text holds one extraction at a time
        result.found = extract(doc, result.reference.value);
    }
    if (result.reference.value) result.reference.year = result.reference.value->year;
    result.doc = std::move(doc);
    return result;
}

file_result analyse_file(std::string const& path, std::optional<calendar_date> from_cli) {
    reference_options options;
    options.date = from_cli;
    return analyse_file(path, options);
}

file_result analyse_file(std::string const& path, reference_options const& options) {
    try {
        return analyse_document(load_document(path), options);
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
    std::vector<std::string> out;
    for (auto& f : find_inputs(paths)) out.push_back(std::move(f.path));
    return out;
}

namespace {

bool text_extension(std::filesystem::path const& p) {
    auto ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".md" || ext == ".markdown" || ext == ".txt";
}

/// The text files under `folder` (symbolic links to folders are not followed, as a loop of them
/// would never end; hidden folders and "node_modules" are passed over), and an entry with its error for each subfolder
/// that cannot be read and each link to a text file that leads nowhere: a folder left out must not pass for a clean
/// one.
void walk(std::filesystem::path const& folder, std::vector<input_file>& found) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::directory_iterator it(folder, ec);
    if (ec) {
        found.push_back({folder.string(), true, fmt::format("cannot read the folder: {}", ec.message())});
        return;
    }
    for (fs::directory_iterator const end; it != end; it.increment(ec)) {
        if (ec) {
            found.push_back({folder.string(), true, fmt::format("cannot read the folder: {}", ec.message())});
            return;
        }
        fs::path const& p = it->path();
        std::error_code entry_ec;
        auto const own = it->symlink_status(entry_ec);
        if (fs::is_directory(own)) {
            // (a hidden folder, ".git", ".github", and "node_modules" hold no articles: a folder named on
            // the command line is read whatever its name)
            std::string const name = p.filename().string();
            if (!name.starts_with('.') && name != "node_modules") walk(p, found);
            continue;
        }
        if (!text_extension(p)) continue;
        auto const target = it->status(entry_ec);
        if (entry_ec || target.type() == fs::file_type::not_found) {
            found.push_back({p.string(), true,
                             fmt::format("cannot read: {}", entry_ec ? entry_ec.message() : "a broken symbolic link")});
            continue;
        }
        // (a FIFO, a socket or a device named like a text file is listed too: reading refuses it by
        // its type, before opening it, and says so; it does not pass for a clean file)
        found.push_back({p.string(), true, {}});
    }
}

} // namespace

std::vector<input_file> find_inputs(std::vector<std::string> const& paths) {
    namespace fs = std::filesystem;
    std::vector<input_file> files;
    // A file named twice, or named and found in a folder given too, is checked once; standard
    // input can be read once.
    std::set<std::string> seen;
    auto const first_time = [&](std::string const& path) {
        if (paths.size() == 1) return true; // (one folder's walk meets each file once)
        if (path == "-") return seen.insert("-").second;
        std::error_code ec;
        auto const canonical = fs::weakly_canonical(path, ec);
        return seen.insert(ec ? path : canonical.string()).second;
    };
    for (auto const& path : paths) {
        std::error_code ec;
        if (path != "-" && fs::is_directory(path, ec)) {
            std::vector<input_file> found;
            walk(path, found);
            // (a folder that gives nothing to check is said: a mistyped or emptied folder must not
            // pass for a clean one)
            if (found.empty())
                found.push_back({path, true, "no *.md, *.markdown or *.txt file in this folder or its subfolders"});
            std::sort(found.begin(), found.end(),
                      [](input_file const& a, input_file const& b) { return a.path < b.path; });
            for (auto& f : found)
                if (first_time(f.path)) files.push_back(std::move(f));
        } else if (first_time(path)) {
            files.push_back({path, false, {}});
        }
    }
    return files;
}

} // namespace numcheck

namespace numcheck {

namespace {

void copy_periods(claim_model const& claims, file_result& file) {
    file.periods.clear();
    for (auto const& p : claims.periods)
        if (p.period || p.year) file.periods.push_back({p.figure, p.period, p.year});
}

} // namespace

void link_periods(file_result& file) {
    if (!file.doc || file.error) return;
    copy_periods(build_claims(file.doc->prose, file.found, file.reference.value, file.reference.year), file);
}

void check_file(file_result& file, rule_selection const& selection) {
    file.findings.clear();
    if (!file.doc || file.error) return;
    claim_model claims = build_claims(file.doc->prose, file.found, file.reference.value, file.reference.year);
    copy_periods(claims, file);
    claims.reference_source = file.reference.source == "none" ? "" : file.reference.source;
    claims.tolerance = selection.tolerance;
    // Suppressions are judged against every finding, whatever the lowest severity shown.
    rule_selection every_severity = selection;
    every_severity.min_severity = severity::note;
    file.findings = run_rules(claims, every_severity);
    if (auto const& unread = file.doc->metadata.unread; unread && selection.runs(rules::reference_date_unresolved) &&
                                                        file.reference.source != "cli" &&
                                                        file.reference.source != "config") {
        finding f = unread_date_note(*unread, file.reference);
        f.level = selection.severity_of(rules::reference_date_unresolved, f.level);
        file.findings.insert(file.findings.begin(), std::move(f));
    }
    apply_suppressions(file, selection);
    std::erase_if(file.findings, [&](finding const& f) { return f.level < selection.min_severity; });
    assign_fingerprints(*file.doc, file.findings);
    std::vector<finding> silenced;
    for (auto const& s : file.suppressed) silenced.push_back(s.silenced);
    assign_fingerprints(*file.doc, silenced);
    for (std::size_t i = 0; i < silenced.size(); ++i) file.suppressed[i].silenced.fingerprint = silenced[i].fingerprint;
}

} // namespace numcheck
