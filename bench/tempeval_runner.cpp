// TempEval-3 runner: for every DATE TIMEX3 of the TimeBank and AQUAINT documents, with the
// document's creation time (DCT) as reference date, does numcheck find it (a mention of a time
// kind overlapping the gold span) and normalise it to the gold value? Prints recall and value
// accuracy per granularity (year, month, day, week, quarter, other), precision over numcheck's own
// time mentions, and value F1.
//
//   numcheck_tempeval [DIR] [--verbose] [--context] [--spurious]   DIR defaults to
//   ../shared/corpora/tempeval3/TBAQ-cleaned
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "numcheck/document.hpp"
#include "numcheck/extract.hpp"

namespace {

namespace fs = std::filesystem;

struct gold_timex {
    std::size_t begin = 0, end = 0; ///< offsets in the stripped text
    std::string type, value, text;
};

struct tml_document {
    std::string text; ///< TEXT with tags removed and entities unescaped
    std::optional<numcheck::calendar_date> dct;
    std::vector<gold_timex> timexes;
};

std::string attribute(std::string_view tag, std::string_view name) {
    std::string const key = " " + std::string(name) + "=\"";
    auto const at = tag.find(key);
    if (at == std::string_view::npos) return {};
    auto const start = at + key.size();
    auto const stop = tag.find('"', start);
    return std::string(tag.substr(start, stop - start));
}

void append_unescaped(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '&') {
            for (auto const& [entity, c] : {std::pair<std::string_view, char>{"&amp;", '&'},
                                            {"&lt;", '<'},
                                            {"&gt;", '>'},
                                            {"&quot;", '"'},
                                            {"&apos;", '\''}}) {
                if (text.substr(i, entity.size()) == entity) {
                    out.push_back(c);
                    i += entity.size() - 1;
                    goto next;
                }
            }
        }
        out.push_back(text[i]);
    next:;
    }
}

std::optional<tml_document> read_tml(fs::path const& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::stringstream ss;
    ss << in.rdbuf();
    std::string const xml = ss.str();
    tml_document doc;
    if (auto const dct = xml.find("<DCT>"); dct != std::string::npos) {
        auto const tag_end = xml.find('>', xml.find("<TIMEX3", dct));
        std::string const value = attribute(std::string_view(xml).substr(dct, tag_end - dct), "value");
        doc.dct = numcheck::parse_iso_date(value.substr(0, 10));
    }
    auto const text_begin = xml.find("<TEXT>"), text_end = xml.find("</TEXT>");
    if (text_begin == std::string::npos || text_end == std::string::npos) return std::nullopt;
    std::string_view const body = std::string_view(xml).substr(text_begin + 6, text_end - text_begin - 6);
    std::vector<gold_timex> open;
    std::size_t i = 0;
    while (i < body.size()) {
        if (body[i] == '<') {
            auto const close = body.find('>', i);
            std::string_view const tag = body.substr(i, close - i + 1);
            if (tag.starts_with("<TIMEX3")) {
                gold_timex t;
                t.begin = doc.text.size();
                t.type = attribute(tag, "type");
                t.value = attribute(tag, "value");
                open.push_back(t);
            } else if (tag.starts_with("</TIMEX3") && !open.empty()) {
                gold_timex t = open.back();
                open.pop_back();
                t.end = doc.text.size();
                t.text = doc.text.substr(t.begin, t.end - t.begin);
                doc.timexes.push_back(t);
            }
            i = close + 1;
            continue;
        }
        auto const next = body.find('<', i);
        append_unescaped(doc.text, body.substr(i, (next == std::string_view::npos ? body.size() : next) - i));
        i = next == std::string_view::npos ? body.size() : next;
    }
    return doc;
}

std::string granularity(std::string const& value) {
    if (value.size() == 4 && std::isdigit(static_cast<unsigned char>(value[0]))) return "year";
    if (value.size() == 7 && value[4] == '-' && value[5] == 'Q') return "quarter";
    if (value.size() >= 7 && value[4] == '-' && value[5] == 'W') return "week";
    if (value.size() == 7 && value[4] == '-') return "month";
    if (value.size() == 10 && value[4] == '-' && value[7] == '-') return "day";
    return "other";
}

bool is_time_kind(numcheck::mention_kind k) {
    using numcheck::mention_kind;
    return k == mention_kind::date || k == mention_kind::year || k == mention_kind::period ||
           k == mention_kind::relative_time;
}

/// A time mention, or an age told as a year of birth ("born in Cuba in 1984": the year 1984).
bool is_time(numcheck::mention const& m) { return is_time_kind(m.kind) || m.born.has_value(); }

std::string value_of(numcheck::mention const& m) {
    if (m.born && !is_time_kind(m.kind)) return std::to_string(*m.born);
    return m.resolved ? *m.resolved : m.time_value;
}

/// TimeML writes weeks both "2000-W7" and "2000-W07", decades both "196" (TimeBank 1.2, and
/// numcheck) and "196X" (TempEval-3), centuries "19" and "19XX", and a year both "1949" and, with
/// its unknown month and day marked, "1949-XX" or "1949-XX-XX" (the same year: the annotators of
/// "1949", "50 years ago" and "1994" wrote both). numcheck writes a fiscal year "FY1989" (not a
/// calendar year, for its rules); TimeML has no fiscal mark and writes "fiscal 1989" 1989.
std::string normal(std::string v) {
    auto const digits = [&](std::size_t from, std::size_t to) {
        return std::all_of(v.begin() + static_cast<std::ptrdiff_t>(from), v.begin() + static_cast<std::ptrdiff_t>(to),
                           [](char c) { return c >= '0' && c <= '9'; });
    };
    if ((v.size() == 7 || v.size() == 10) && digits(0, 4) && (v.substr(4) == "-XX" || v.substr(4) == "-XX-XX"))
        v.resize(4);
    if (v.size() == 4 && v.substr(2) == "XX" && digits(0, 2)) v.resize(2);
    if (v.size() == 4 && v[3] == 'X' && digits(0, 3)) v.pop_back();
    if (v.size() == 8 && v[4] == '-' && v[5] == 'W' && v[6] == '0') v.erase(6, 1);
    if (v.size() >= 6 && v.starts_with("FY") &&
        std::all_of(v.begin() + 2, v.begin() + 6, [](char c) { return c >= '0' && c <= '9'; }))
        v.erase(0, 2);
    return v;
}

struct tally {
    std::size_t gold = 0, found = 0, right = 0;
};

} // namespace

int main(int argc, char** argv) {
    std::string dir = "../shared/corpora/tempeval3/TBAQ-cleaned";
    bool verbose = false, context = false, spurious = false;
    for (int i = 1; i < argc; ++i) {
        std::string_view const arg = argv[i];
        if (arg == "--verbose")
            verbose = true;
        else if (arg == "--context")
            verbose = context = true;
        else if (arg == "--spurious")
            spurious = true;
        else if (arg == "-h" || arg == "--help") {
            std::puts("usage: numcheck_tempeval [DIR] [--verbose] [--context] [--spurious]");
            return 0;
        } else
            dir = arg;
    }
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        std::printf("skipped: %s not found\n", dir.c_str());
        return 0;
    }
    std::vector<fs::path> files;
    for (auto const& e : fs::recursive_directory_iterator(dir))
        if (e.path().extension() == ".tml") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::map<std::string, tally> per;
    tally all;
    std::size_t ours = 0, ours_matching = 0, documents = 0;
    for (auto const& path : files) {
        auto const doc = read_tml(path);
        if (!doc || !doc->dct) continue;
        ++documents;
        numcheck::document const d =
            numcheck::read_document(path.string(), doc->text, numcheck::document_format::plain);
        numcheck::extraction const found = numcheck::extract(d, doc->dct);
        for (auto const& m : found.mentions) {
            if (!is_time(m) || m.parent) continue; // "a year earlier" and "the year" count too
            ++ours;
            bool const overlaps = std::any_of(doc->timexes.begin(), doc->timexes.end(),
                                              [&](gold_timex const& t) { return m.begin < t.end && t.begin < m.end; });
            ours_matching += overlaps ? 1 : 0;
            if (spurious && !overlaps) {
                std::size_t const from = m.begin > 70 ? m.begin - 70 : 0;
                std::string line = doc->text.substr(from, std::min(doc->text.size(), m.end + 50) - from);
                std::replace(line.begin(), line.end(), '\n', ' ');
                std::printf("spurious %-14s %-24s %s\n", value_of(m).c_str(), m.text.c_str(), line.c_str());
            }
        }
        auto const show_context = [&](gold_timex const& t) {
            if (!context) return;
            std::size_t const from = t.begin > 90 ? t.begin - 90 : 0;
            std::string line = doc->text.substr(from, std::min(doc->text.size(), t.end + 60) - from);
            std::replace(line.begin(), line.end(), '\n', ' ');
            std::printf("        dct %04d-%02d-%02d  %s\n", doc->dct->year, doc->dct->month, doc->dct->day,
                        line.c_str());
        };
        for (auto const& t : doc->timexes) {
            if (t.type != "DATE") continue;
            auto& g = per[granularity(t.value)];
            ++g.gold;
            ++all.gold;
            numcheck::mention const* match = nullptr;
            for (auto const& m : found.mentions)
                if (is_time(m) && m.begin < t.end && t.begin < m.end && (!match || match->parent)) match = &m;
            if (!match) {
                if (verbose) std::printf("missed  %-12s %s\n", t.value.c_str(), t.text.c_str());
                show_context(t);
                continue;
            }
            ++g.found;
            ++all.found;
            if (normal(value_of(*match)) == normal(t.value)) {
                ++g.right;
                ++all.right;
            } else if (verbose) {
                std::printf("value   %-12s %-14s %s\n", t.value.c_str(), value_of(*match).c_str(), t.text.c_str());
                show_context(t);
            }
        }
    }
    auto const pct = [](std::size_t a, std::size_t b) {
        return b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 0.0;
    };
    std::printf("documents: %zu with a DCT\n", documents);
    std::printf("%-10s %6s %8s %8s %10s\n", "DATE", "gold", "recall", "value", "value/found");
    for (auto const& [name, t] : per)
        std::printf("%-10s %6zu %7.1f%% %7.1f%% %9.1f%%\n", name.c_str(), t.gold, pct(t.found, t.gold),
                    pct(t.right, t.gold), pct(t.right, t.found));
    std::printf("%-10s %6zu %7.1f%% %7.1f%% %9.1f%%\n", "all", all.gold, pct(all.found, all.gold),
                pct(all.right, all.gold), pct(all.right, all.found));
    double const precision = pct(ours_matching, ours);
    double const recall = pct(all.right, all.gold);
    std::printf("numcheck time mentions: %zu, overlapping a gold TIMEX3: %.1f%%\n", ours, precision);
    std::printf("value F1 on DATE (precision from overlap x value accuracy of found): %.1f\n", [&] {
        double const p = precision * pct(all.right, all.found) / 100.0;
        return p + recall > 0 ? 2 * p * recall / (p + recall) : 0.0;
    }());
    return 0;
}
