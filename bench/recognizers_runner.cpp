/// Accuracy runner over the English test cases of Microsoft Recognizers-Text (a peer project; the
/// cases live outside this repository, see docs/recognizers.md). For each case it runs
/// numcheck::extract_text on the input and checks the mentions of the model's kind against the
/// expected results: same span (a leading or trailing hedge in numcheck's span is tolerated), same
/// value, and nothing extra of that kind elsewhere. It is a measurement, not a test: it exits 0
/// whatever the pass rate, and 1 only when a spec file cannot be read.
///
///     numcheck_recognizers [SPEC_DIR] [--verbose]
///
/// SPEC_DIR defaults to ../shared/specs/recognizers-text. --verbose lists every failing case with
/// what numcheck found.
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "numcheck/extract.hpp"
#include "numcheck/mention.hpp"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using numcheck::mention;
using numcheck::mention_kind;

// ---------------------------------------------------------------------------------------------
// Spec files and the numcheck kinds each model corresponds to.

enum class model : unsigned char { number, ordinal, percent, currency, age, date, duration };

struct spec_file {
    char const* path; ///< relative to the spec directory
    model which;
    bool optional; ///< the DateTime extractor files: measured when present, span only
};

constexpr std::array spec_files{
    spec_file{"Number/English/NumberModel.json", model::number, false},
    spec_file{"Number/English/OrdinalModel.json", model::ordinal, false},
    spec_file{"Number/English/PercentModel.json", model::percent, false},
    spec_file{"NumberWithUnit/English/CurrencyModel.json", model::currency, false},
    spec_file{"NumberWithUnit/English/AgeModel.json", model::age, false},
    spec_file{"DateTime/English/DateExtractor.json", model::date, true},
    spec_file{"DateTime/English/DurationExtractor.json", model::duration, true},
};

bool kind_fits(model m, mention_kind k) {
    switch (m) {
    case model::number:
        return k == mention_kind::number; // nested numbers (parent set) included
    case model::ordinal:
        return k == mention_kind::ordinal;
    case model::percent:
        return k == mention_kind::percent;
    case model::currency:
        return k == mention_kind::money;
    case model::age:
        return k == mention_kind::age;
    // A Recognizers "date" is any day-level time expression: numcheck splits these between date and
    // relative time ("two weeks from now", "last sunday").
    case model::date:
        return k == mention_kind::date || k == mention_kind::relative_time;
    case model::duration:
        return k == mention_kind::duration;
    }
    return false;
}

bool extractor_only(model m) { return m == model::date || m == model::duration; }

// ---------------------------------------------------------------------------------------------
// Small text helpers.

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string trim(std::string_view s) {
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b])) != 0) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1])) != 0) --e;
    return std::string(s.substr(b, e - b));
}

/// Byte offset of every UTF-16 code unit index of a UTF-8 string (Recognizers-Text counts .NET
/// chars), plus one past the end. Inputs are valid UTF-8 (the spec files are JSON).
std::vector<std::size_t> utf16_to_byte(std::string_view s) {
    std::vector<std::size_t> map;
    std::size_t i = 0;
    while (i < s.size()) {
        auto const c = static_cast<unsigned char>(s[i]);
        std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        map.push_back(i);
        if (len == 4) map.push_back(i); // a surrogate pair: two code units
        i += len;
    }
    map.push_back(s.size());
    return map;
}

std::optional<double> to_double(std::string const& s) {
    if (s.empty()) return std::nullopt;
    char* end = nullptr;
    double const v = std::strtod(s.c_str(), &end);
    if (end == s.c_str()) return std::nullopt;
    return v;
}

bool same_value(double a, double b) {
    if (a == b) return true;
    return std::fabs(a - b) < 1e-6 * std::max(std::fabs(a), std::fabs(b));
}

std::string format_value(double v) {
    std::ostringstream os;
    os.precision(15);
    os << v;
    return os.str();
}

// ---------------------------------------------------------------------------------------------
// Expected results.

struct expected {
    std::size_t begin = 0; ///< bytes [begin, end) of the input
    std::size_t end = 0;
    std::string text;
    std::string type;
    std::optional<double> value; ///< in numcheck's units (money in major units, percent as figure)
    bool value_stated = false;   ///< the resolution has a value (false for "dollar" alone, "end+0")
    std::string iso;             ///< isoCurrency, when given
    std::string unit;            ///< Resolution.unit
};

/// Minor currency units have no isoCurrency in the specs; numcheck states money in major units.
double minor_unit_factor(std::string const& unit) {
    static std::map<std::string, double, std::less<>> const factors{
        {"Pence", 0.01}, {"Penny", 0.01}, {"Cent", 0.01}, {"Sen", 0.01}, {"Satoshi", 1e-8}};
    auto const it = factors.find(unit);
    return it == factors.end() ? 1.0 : it->second;
}

std::string json_string(json const& j, char const* key) {
    auto const it = j.find(key);
    if (it == j.end() || !it->is_string()) return {};
    return it->get<std::string>();
}

expected read_expected(json const& r, model m, std::vector<std::size_t> const& at) {
    expected e;
    auto const index = [&](long i) { return at[std::min(static_cast<std::size_t>(std::max(i, 0L)), at.size() - 1)]; };
    long const start = r.value("Start", 0L);
    if (extractor_only(m)) {
        e.begin = index(start);
        e.end = index(start + r.value("Length", 0L));
        e.text = json_string(r, "Text");
        e.type = json_string(r, "Type");
        return e;
    }
    e.begin = index(start);
    e.end = index(r.value("End", 0L) + 1);
    e.text = json_string(r, "Text");
    e.type = json_string(r, "TypeName");
    json const& res = r.contains("Resolution") ? r["Resolution"] : json::object();
    e.unit = json_string(res, "unit");
    e.iso = json_string(res, "isoCurrency");
    std::string v = json_string(res, "value");
    if (m == model::ordinal && res.contains("offset") && e.type == "ordinal") v = json_string(res, "offset");
    if (m == model::percent && !v.empty() && v.back() == '%') v.pop_back();
    if (auto d = to_double(v)) {
        e.value_stated = true;
        e.value = *d;
        if (m == model::currency && e.iso.empty()) *e.value *= minor_unit_factor(e.unit);
    }
    return e;
}

// ---------------------------------------------------------------------------------------------
// Matching.

/// Hedges numcheck may include in a span where Recognizers-Text leaves them out.
constexpr std::array<std::string_view, 25> leading_hedges{
    "about",     "around",     "approximately", "roughly",   "some",       "nearly",   "almost",
    "over",      "under",      "more than",     "less than", "fewer than", "at least", "at most",
    "up to",     "just over",  "just under",    "only",      "just",       "close to", "an estimated",
    "estimated", "as much as", "as many as",    "upwards of"};
constexpr std::array<std::string_view, 5> trailing_hedges{"or more", "or less", "or so", "plus", "and more"};

template <std::size_t N>
bool in(std::array<std::string_view, N> const& list, std::string const& word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

/// True when numcheck's span is the expected one, or contains it with only a hedge around it. The
/// span of a numcheck number also covers its counted noun ("26 people", unit "people") with the
/// adjectives before it ("two valid numbers", unit "numbers"), and that of an amount a "per" phrase
/// ("$ 98 a share", per "share"): both are tolerated after the figure.
bool span_matches(std::string_view input, mention const& m, expected const& e) {
    std::size_t const b = m.span.begin;
    std::size_t const en = m.span.end;
    if (b == e.begin && en == e.end) return true;
    if (b > e.begin || en < e.end) return false;
    std::string const lead = lower(trim(input.substr(b, e.begin - b)));
    std::string const tail = lower(trim(input.substr(e.end, en - e.end)));
    bool const lead_ok = lead.empty() || lead == lower(m.hedge) || in(leading_hedges, lead);
    bool const noun_phrase = !m.unit.empty() && tail.ends_with(" " + lower(m.unit)) &&
                             std::none_of(tail.begin(), tail.end(), [](char c) { return c >= '0' && c <= '9'; });
    bool const tail_ok = tail.empty() || in(trailing_hedges, tail) || (!m.unit.empty() && tail == lower(m.unit)) ||
                         noun_phrase ||
                         (!m.per.empty() && (tail == "a " + lower(m.per) || tail == "per " + lower(m.per)));
    return lead_ok && tail_ok;
}

std::string years_unit_factor_name(std::string const& unit) { return lower(unit); }

bool value_matches(model mdl, mention const& m, expected const& e) {
    if (extractor_only(mdl) || !e.value_stated) return true;
    if (!m.value) return false;
    if (mdl == model::currency && !e.iso.empty() && m.unit != e.iso) return false;
    if (same_value(*m.value, *e.value)) return true;
    // Ages in months, weeks or days may be normalised to years.
    if (mdl == model::age) {
        std::string const u = years_unit_factor_name(e.unit);
        double const per_year = u == "month" ? 12.0 : u == "week" ? 52.0 : u == "day" ? 365.0 : 1.0;
        return same_value(*m.value, *e.value / per_year);
    }
    return false;
}

bool overlaps(mention const& m, expected const& e) { return m.span.begin < e.end && e.begin < m.span.end; }

struct outcome {
    bool pass = false;
    std::vector<std::string> problems;
};

outcome judge(model mdl, std::string_view input, std::vector<expected> const& want, std::vector<mention> const& got) {
    outcome o;
    for (expected const& e : want) {
        bool found = false;
        bool span_only = false;
        for (mention const& m : got) {
            if (!kind_fits(mdl, m.kind) || !span_matches(input, m, e)) continue;
            if (value_matches(mdl, m, e)) {
                found = true;
                break;
            }
            span_only = true;
        }
        if (!found) {
            std::string p = (span_only ? "wrong value for \"" : "missed \"") + e.text + "\"";
            if (e.value_stated) p += " = " + format_value(*e.value) + (e.iso.empty() ? "" : " " + e.iso);
            o.problems.push_back(p);
        }
    }
    for (mention const& m : got) {
        if (!kind_fits(mdl, m.kind)) continue;
        bool const inside = std::any_of(want.begin(), want.end(), [&](expected const& e) { return overlaps(m, e); });
        if (!inside)
            o.problems.push_back("extra \"" + std::string(input.substr(m.span.begin, m.span.end - m.span.begin)) +
                                 "\"");
    }
    o.pass = o.problems.empty();
    return o;
}

// ---------------------------------------------------------------------------------------------
// Scope: which cases are out of scope for news copy. Each category is a predicate on the case
// (its input and, where the input alone cannot tell, the expected results); the first that holds
// names the category. Anything else is in scope.

struct spec_case {
    std::string input;
    std::vector<expected> want;
};

bool has(std::string const& text, char const* pattern, bool ignore_case = true) {
    auto const flags = ignore_case ? std::regex::ECMAScript | std::regex::icase : std::regex::ECMAScript;
    return std::regex_search(text, std::regex(pattern, flags));
}

struct scope_category {
    char const* name;
    char const* reason;
    std::function<bool(model, spec_case const&)> applies;
};

std::vector<scope_category> const& scope_categories() {
    static std::vector<scope_category> const list{
        {"relative ordinal",
         "\"last\", \"next\", \"penultimate\", \"the one before the last one\" as positions in a "
         "list: assistant commands, not quantities",
         [](model, spec_case const& c) {
             return std::any_of(c.want.begin(), c.want.end(),
                                [](expected const& e) { return e.type == "ordinal.relative"; });
         }},
        {"scientific or power notation", "\"1.1^23\", \"12.32e+14\", \"6.23x10^-4\": formulas, not prose",
         [](model, spec_case const& c) { return has(c.input, R"(\^|\d[eE][+-]?\d|\dx10)"); }},
        {"spoken digits and decimals",
         "\"nine point nought four\", \"three-nought-four\", \"two hundred point "
         "seventy-one\": dictation; news copy writes 9.04",
         [](model, spec_case const& c) { return has(c.input, R"(\b(nought|naught|point)\b)"); }},
        {"arithmetic fractions",
         "\"1 over three\", \"2000 over 3\", \"a trillionth\", \"three twenty-firsts\", "
         "\"one hundred thirty fifths\", \"one hundred one thousand fifths\": maths dictation and "
         "compound numerators or denominators",
         [](model m, spec_case const& c) {
             return m == model::number &&
                    has(c.input, R"(\bover\b|(hundred|thousand|million|billion|trillion)ths?\b|)"
                                 R"((twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](first|fifth)s?\b|)"
                                 R"(\bone (one )?hundred fifth|(hundred|thousand)[a-z -]*fifths)");
         }},
        {"astronomical ordinals",
         "\"three trillionth\", \"twenty-one trillion and three hundred twenty second\": "
         "no text ranks things in the trillions",
         [](model m, spec_case const& c) { return m == model::ordinal && has(c.input, R"(trillion)"); }},
        {"letter-suffixed number",
         "\"10k\", \"10G\", \"1.2b\", \"2mil\", \"2.33 k\", \"1,674,200.5 M\", \"1m\", "
         "\"180.25ml\", \"29km\": SI-prefix shorthand and glued units (Recognizers "
         "reads some as multipliers and some as no number at all)",
         [](model m, spec_case const& c) {
             return m == model::number && has(c.input, R"((^|[^a-z0-9])[0-9.,]*[0-9] ?(k|g|m|b|mil|ml|km)\b)");
         }},
        {"digit layouts",
         "\"40 000\", \"423 0000\", \"+1-222-2222/2222\", \"22,24,26,31\", \"1,3\" (decimal "
         "comma), \"45{kg)\": phone numbers, lists without spaces, SI or European layouts",
         [](model m, spec_case const& c) {
             return m == model::number && has(c.input, R"(\d[ \xE2\x80\xAF]+\d{3}\b|\d-\d{3}-|\d,\d{1,2}\b|\d\{)");
         }},
        {"bare number inside a unit expression",
         "\"$10000\", \"3 years\", \"2mil SEK\": the Number model wants the "
         "bare number; numcheck reports the money or duration it belongs to",
         [](model m, spec_case const& c) {
             return m == model::number &&
                    has(c.input, R"(\$ ?\d|\d (years?|months?|days?|SEK|dollars?)\b|\d(mil|k|m) [A-Z]{3}\b)");
         }},
        {"percent before its number",
         "\"percent of 10\", \"per cent of 210\", \"the % of increase\": the sign "
         "with no figure before it",
         [](model m, spec_case const& c) {
             return m == model::percent && has(c.input, R"((^|\s)(per ?cent|%) of\b|the %)");
         }},
        {"currency name without an amount",
         "\"dollar\" in \"dollar : 143.80 yen\", \"50 dollar rmb\": numcheck "
         "extracts amounts of money, not currency names",
         [](model, spec_case const& c) {
             return std::any_of(c.want.begin(), c.want.end(),
                                [](expected const& e) { return e.type == "currency" && !e.value_stated; });
         }},
        {"spoken or shorthand money",
         "\"15 dollars 50\", \"17 USD 25\", \"thirteen dollars forty five\", \"one kuai "
         "and five mao\", \"USD115\", \"cad$ 15\", \"120 MEUR\", \"75 USD million\": "
         "speech, tickers and spreadsheets",
         [](model m, spec_case const& c) {
             return m == model::currency &&
                    has(c.input,
                        R"(dollars? (forty|fifty|\d)|\d [A-Z]{3} \d|\bkuai\b|\bmao\b|[A-Z]{3}\d|)"
                        R"(\d[A-Z]{3}\b|[A-Za-z]{3}\$|\bM(EUR|AUD)\b|\d [A-Z]{3} (million|billion))",
                        false);
         }},
        {"clinical shorthand", "\"87 yo\": case notes, not news",
         [](model m, spec_case const& c) { return m == model::age && has(c.input, R"(\d yo\b)"); }},
        {"lower-cased date words",
         "\"april22\", \"monday january 12th\", \"last sunday\": the DateTime specs are "
         "lower-cased, and numcheck only reads capitalised month and weekday names "
         "(\"may\" is a verb)",
         [](model m, spec_case const& c) {
             return m == model::date &&
                    has(c.input,
                        R"(\b(january|february|march|april|may|june|july|august|september|october|)"
                        R"(november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|)"
                        R"(tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|)"
                        R"(fri|sat|sun)s?(?![a-z]))",
                        false);
         }},
        {"assistant-style dates",
         "\"i'll go back on 15\", \"9-18-15\", \"22/04\", \"the 27th\", \"the day after "
         "tomorrow\": bare day numbers and ambiguous numeric dates in chat requests",
         [](model m, spec_case const& c) {
             return m == model::date &&
                    has(c.input, R"(\b(on|back|for) (the )?\d+(st|nd|rd|th)?\b|\b\d{1,2}[-/]\d{1,2}\b(?![-/]\d)|)"
                                 R"(\bthe (second|thirty first)\b)");
         }},
        {"duration shorthand", "\"3h\", \"3 hrs\", \"3.5years\", \"30-minutes\": chat and timetable shorthand",
         [](model m, spec_case const& c) {
             return m == model::duration && has(c.input, R"(\d ?(h|hrs)\b|\d[a-z]{2,}|\d-minutes)");
         }},
        {"vague or idiomatic durations",
         "\"all week\", \"full-year\", \"few hours\", \"some days\", \"another "
         "week\": no figure to check (in news \"full-year\" names a period)",
         [](model m, spec_case const& c) {
             return m == model::duration &&
                    has(c.input, R"(\b(all|full)[- ](week|year)\b|\b(few|some|another) (business )?(hours|days|week))");
         }},
    };
    return list;
}

char const* category_of(model m, spec_case const& c) {
    for (scope_category const& cat : scope_categories())
        if (cat.applies(m, c)) return cat.name;
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Running a file.

struct tally {
    int total = 0;
    int passed = 0;
    int skipped = 0; ///< NotSupported lists dotnet: the reference port skips them too
    int in_scope = 0;
    int in_scope_passed = 0;
    std::map<std::string, int> out_of_scope; ///< category -> cases
};

std::string describe(std::string_view input, std::vector<mention> const& got) {
    if (got.empty()) return "(nothing)";
    std::string out;
    for (mention const& m : got) {
        if (!out.empty()) out += "; ";
        out += std::string(numcheck::name_of(m.kind)) + " \"" +
               std::string(input.substr(m.span.begin, m.span.end - m.span.begin)) + "\"";
        if (m.value)
            out += " = " + format_value(*m.value);
        else if (!m.time_value.empty())
            out += " = " + m.time_value;
        if (!m.unit.empty()) out += " " + m.unit;
        if (!m.hedge.empty()) out += " (" + m.hedge + ")";
        if (m.parent) out += " [nested]";
    }
    return out;
}

bool not_supported_by_dotnet(json const& c) {
    std::string const ns = lower(json_string(c, "NotSupported"));
    return ns.find("dotnet") != std::string::npos;
}

std::optional<tally> run_file(fs::path const& path, model m, bool verbose, std::string const& label) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3);
    json const cases = json::parse(bytes, nullptr, false);
    if (cases.is_discarded() || !cases.is_array()) return std::nullopt;

    tally t;
    std::vector<std::string> failures;
    for (json const& c : cases) {
        if (!c.is_object() || !c.contains("Input")) continue;
        if (not_supported_by_dotnet(c)) {
            ++t.skipped;
            continue;
        }
        spec_case sc;
        sc.input = json_string(c, "Input");
        auto const at = utf16_to_byte(sc.input);
        if (c.contains("Results") && c["Results"].is_array())
            for (json const& r : c["Results"]) sc.want.push_back(read_expected(r, m, at));

        std::vector<mention> const got = numcheck::extract_text(sc.input);
        outcome const o = judge(m, sc.input, sc.want, got);
        char const* const category = category_of(m, sc);

        ++t.total;
        t.passed += o.pass ? 1 : 0;
        if (category == nullptr) {
            ++t.in_scope;
            t.in_scope_passed += o.pass ? 1 : 0;
        } else {
            ++t.out_of_scope[category];
        }
        if (!o.pass && verbose) {
            std::string line = "  " + std::string(category ? "[out of scope: " + std::string(category) + "] " : "") +
                               json(sc.input).dump() + "\n      ";
            for (std::size_t i = 0; i < o.problems.size(); ++i) line += (i ? "; " : "") + o.problems[i];
            line += "\n      numcheck: " + describe(sc.input, got);
            failures.push_back(line);
        }
    }
    if (verbose && !failures.empty()) {
        std::printf("%s: %zu failing\n", label.c_str(), failures.size());
        for (std::string const& f : failures) std::printf("%s\n", f.c_str());
        std::printf("\n");
    }
    return t;
}

double rate(int passed, int total) { return total == 0 ? 0.0 : 100.0 * passed / total; }

} // namespace

int main(int argc, char** argv) {
    fs::path dir = "../shared/specs/recognizers-text";
    bool verbose = false;
    for (int i = 1; i < argc; ++i) {
        std::string_view const arg = argv[i];
        if (arg == "--verbose" || arg == "-v")
            verbose = true;
        else if (arg == "--help" || arg == "-h") {
            std::printf("usage: %s [SPEC_DIR] [--verbose]\n", argv[0]);
            return 0;
        } else
            dir = std::string(arg);
    }
    if (!fs::is_directory(dir)) {
        std::printf("skipped: Recognizers-Text specs not found at %s\n", dir.string().c_str());
        return 0;
    }

    struct row {
        std::string label;
        tally t;
    };
    std::vector<row> rows;
    bool unreadable = false;
    for (spec_file const& f : spec_files) {
        fs::path const path = dir / f.path;
        if (!fs::exists(path)) {
            if (!f.optional) {
                std::fprintf(stderr, "error: %s not found\n", path.string().c_str());
                unreadable = true;
            }
            continue;
        }
        std::string label = f.path;
        if (f.optional) label += " (span only)";
        auto t = run_file(path, f.which, verbose, label);
        if (!t) {
            std::fprintf(stderr, "error: cannot read %s\n", path.string().c_str());
            unreadable = true;
            continue;
        }
        rows.push_back({label, *t});
    }

    std::printf("%-56s %6s %6s %7s | %8s %6s %7s | %s\n", "file", "cases", "passed", "rate", "in-scope", "passed",
                "rate", "skipped (dotnet)");
    tally sum;
    tally sum_numeric; // the five Number and NumberWithUnit models, without the DateTime extractors
    for (row const& r : rows) {
        tally const& t = r.t;
        std::printf("%-56s %6d %6d %6.1f%% | %8d %6d %6.1f%% | %d\n", r.label.c_str(), t.total, t.passed,
                    rate(t.passed, t.total), t.in_scope, t.in_scope_passed, rate(t.in_scope_passed, t.in_scope),
                    t.skipped);
        for (tally* s : {&sum, &sum_numeric}) {
            if (s == &sum_numeric && r.label.find("span only") != std::string::npos) continue;
            s->total += t.total;
            s->passed += t.passed;
            s->in_scope += t.in_scope;
            s->in_scope_passed += t.in_scope_passed;
            s->skipped += t.skipped;
            for (auto const& [k, v] : t.out_of_scope) s->out_of_scope[k] += v;
        }
    }
    std::printf("%-56s %6d %6d %6.1f%% | %8d %6d %6.1f%% | %d\n", "number, ordinal, percent, currency, age",
                sum_numeric.total, sum_numeric.passed, rate(sum_numeric.passed, sum_numeric.total),
                sum_numeric.in_scope, sum_numeric.in_scope_passed,
                rate(sum_numeric.in_scope_passed, sum_numeric.in_scope), sum_numeric.skipped);
    std::printf("%-56s %6d %6d %6.1f%% | %8d %6d %6.1f%% | %d\n", "overall", sum.total, sum.passed,
                rate(sum.passed, sum.total), sum.in_scope, sum.in_scope_passed, rate(sum.in_scope_passed, sum.in_scope),
                sum.skipped);
    std::printf("\nout of scope:\n");
    for (scope_category const& cat : scope_categories()) {
        auto const it = sum.out_of_scope.find(cat.name);
        std::printf("  %3d  %s\n", it == sum.out_of_scope.end() ? 0 : it->second, cat.name);
    }
    std::printf("\noverall: %d/%d cases pass (%.1f%%); in scope %d/%d (%.1f%%)\n", sum.passed, sum.total,
                rate(sum.passed, sum.total), sum.in_scope_passed, sum.in_scope,
                rate(sum.in_scope_passed, sum.in_scope));
    return unreadable ? 1 : 0;
}
