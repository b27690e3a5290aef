// The claim model: joins mentions into the statements the rules check (see model.hpp).
#include "numcheck/model.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <set>
#include <string>
#include <utility>

#include "numcheck/calendar.hpp"
#include "numcheck/text.hpp"

namespace numcheck {

namespace {

bool has_value(mention const& m) { return m.value && m.range; }

/// A time a figure is said for, not a duration: a year, a period, a relative time or a date ("in 2023",
/// "in the first quarter", "last year", "on March 31").
bool dated_time(mention const& m) {
    return m.kind == mention_kind::year || m.kind == mention_kind::period || m.kind == mention_kind::relative_time ||
           m.kind == mention_kind::date;
}

/// `text` without its asides in parentheses ("Rs 99,623 crore (including Rs 37,826 crore collected on
/// imports) and ..."), and whether its parentheses balance (where they do not, what follows an
/// unclosed one is left out).
std::pair<std::string, bool> without_asides(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    int depth = 0;
    for (char const c : text) {
        if (c == '(') ++depth;
        if (depth == 0) out += c;
        if (c == ')' && depth > 0) --depth;
    }
    return {std::move(out), depth == 0};
}

/// A bare four-digit figure that reads as a year ("1985", "1986's").
bool is_year_like(mention const& m) {
    if (m.kind != mention_kind::number || !m.unit.empty() || m.text.size() < 4) return false;
    std::string_view const digits = std::string_view(m.text).substr(0, 4);
    if (!std::all_of(digits.begin(), digits.end(), text::is_digit)) return false;
    if (m.text.size() > 4 && m.text[4] != '\'') return false;
    return *m.value >= 1900 && *m.value < 2100;
}

bool is_fraction(mention const& m);

/// The factor of the last scale word in a figure's text ("1.4 mln tonnes": 1e6), 1 when none.
double scale_in(std::string_view text) {
    struct scale_word {
        std::string_view word;
        double factor;
    };
    static constexpr std::array<scale_word, 13> words{{{"thousand", 1e3},
                                                       {"mln", 1e6},
                                                       {"million", 1e6},
                                                       {"mn", 1e6},
                                                       {"bln", 1e9},
                                                       {"billion", 1e9},
                                                       {"bn", 1e9},
                                                       {"trillion", 1e12},
                                                       {"trln", 1e12},
                                                       {"tn", 1e12},
                                                       {"trn", 1e12},
                                                       {"billions", 1e9},
                                                       {"millions", 1e6}}};
    double factor = 1;
    for (std::size_t i = 0; i < text.size();) {
        while (i < text.size() && !text::is_alnum(text[i])) ++i;
        std::size_t const begin = i;
        while (i < text.size() && text::is_alnum(text[i])) ++i;
        std::string_view const word = text.substr(begin, i - begin);
        for (auto const& w : words)
            if (text::iequals(word, w.word)) factor = w.factor;
    }
    return factor;
}

/// Whether lowered text says a scale of a sum or count ("30 million", "1.4 mln").
bool says_scale(std::string_view lowered) {
    return text::contains_any_word(lowered, {"million", "billion", "trillion", "mln", "bln", "bn"});
}

/// A sentence's opening before its comma that stands for the figure of the sentence before: "Of those,", "Of
/// them,", "Of these," (lowered).
bool of_those_opening(std::string_view opening) {
    return opening == "of those" || opening == "of them" || opening == "of these";
}

/// Multiplies a value of a change, its interval and the figure stated, by `factor`: a bare figure
/// read in the other value's scale or hundredths ("to 1.4 mln tonnes from 1.6", "to 24 cents from 22").
void read_in(interval& value, double& stated, double factor) {
    value = {value.low * factor, value.high * factor};
    stated *= factor;
}

/// Singular and plural of one counted noun count as one unit ("employees", "employee").
bool same_noun(std::string_view a, std::string_view b) {
    if (a == b) return true;
    // (a unit of measure and its abbreviation: "8.2 gigawatts ... 5.6 GW", "12 kilometres ... 9 km"; oil's barrels a
    // day, "1.28 million barrels per day (bpd) ... 1.23 million bpd")
    auto const abbreviated = [](std::string_view w) {
        static constexpr std::array<std::pair<std::string_view, std::string_view>, 35> names{{{"gigawatts", "GW"},
                                                                                              {"gigawatt", "GW"},
                                                                                              {"megawatts", "MW"},
                                                                                              {"megawatt", "MW"},
                                                                                              {"kilowatts", "kW"},
                                                                                              {"kilowatt", "kW"},
                                                                                              {"terawatts", "TW"},
                                                                                              {"terawatt", "TW"},
                                                                                              {"gigawatt-hours", "GWh"},
                                                                                              {"megawatt-hours", "MWh"},
                                                                                              {"kilowatt-hours", "kWh"},
                                                                                              {"terawatt-hours", "TWh"},
                                                                                              {"kilometres", "km"},
                                                                                              {"kilometers", "km"},
                                                                                              {"kilometre", "km"},
                                                                                              {"kilometer", "km"},
                                                                                              {"millimetres", "mm"},
                                                                                              {"millimeters", "mm"},
                                                                                              {"centimetres", "cm"},
                                                                                              {"centimeters", "cm"},
                                                                                              {"kilograms", "kg"},
                                                                                              {"kilogrammes", "kg"},
                                                                                              {"kilogram", "kg"},
                                                                                              {"kilos", "kg"},
                                                                                              {"hectares", "ha"},
                                                                                              {"hectare", "ha"},
                                                                                              {"gigabytes", "GB"},
                                                                                              {"terabytes", "TB"},
                                                                                              {"megabytes", "MB"},
                                                                                              {"feet", "ft"},
                                                                                              {"ounces", "oz"},
                                                                                              {"lbs", "lb"},
                                                                                              {"grams", "g"},
                                                                                              {"tonnes", "t"},
                                                                                              {"barrels", "bpd"}}};
        for (auto const& [name, abbreviation] : names)
            if (w == name) return abbreviation;
        return w;
    };
    if (abbreviated(a) == abbreviated(b)) return true;
    auto const stem = [](std::string_view w) {
        if (w.size() > 3 && w.ends_with("ies")) return w.substr(0, w.size() - 3);
        if (w.size() > 1 && w.ends_with('s')) return w.substr(0, w.size() - 1);
        return w;
    };
    return stem(a) == stem(b);
}

/// Two figures of one measure: money of one currency, or counts of one noun (either may name none: "Of the 90
/// members, 13 are women").
bool one_measure(mention const& a, mention const& b) {
    return a.kind == b.kind &&
           (a.kind == mention_kind::money ? a.unit == b.unit
                                          : a.unit.empty() || b.unit.empty() || same_noun(a.unit, b.unit));
}

/// Units that can be compared: the same currency, two percentages, two counts (of one noun where
/// both name theirs).
bool comparable_units(mention const& a, mention const& b) {
    if (a.kind == mention_kind::money || b.kind == mention_kind::money) {
        if (a.kind == b.kind) return a.unit == b.unit;
        // "to 87.1 mln dlrs from 72.6 mln": the bare figure takes the currency of the other.
        mention const& bare = a.kind == mention_kind::money ? b : a;
        return bare.kind == mention_kind::number && bare.unit.empty();
    }
    if (a.kind == mention_kind::percent || b.kind == mention_kind::percent) return a.kind == b.kind;
    if (a.kind != mention_kind::number || b.kind != mention_kind::number) return false;
    // (counts of two nouns are two measures: "lifted Rovers to 30 points from 37 matches")
    return a.unit.empty() || b.unit.empty() || same_noun(a.unit, b.unit);
}

/// Where the words after a figure end that tell what it counts, where or how the counted are, when it was told or
/// what they did, between the figure `j` and the change `change` after it ("38.2 bcm of natural gas in 2025, down",
/// "19,053 flu admissions, up"): the end of the figure where there are none.
std::size_t counted_words_end(claim_model const& model, std::size_t j, std::size_t change) {
    auto const& mentions = *model.mentions;
    mention const& m = mentions[j];
    mention const& c = mentions[change];
    auto const small = [](char ch) { return ch >= 'a' && ch <= 'z'; };
    std::size_t start = m.end;
    // a rate said in words after a count, which the old value repeats or leaves off: "Leakage averaged 279
    // megalitres a day, up 4% from 291 megalitres a day", "279,000 barrels per day, up 4% from 291,000"
    // (the length of " a day", " per day" at `at`, or 0)
    auto const rate_words = [&](std::size_t at) -> std::size_t {
        std::string_view const rest = model.prose.substr(at, std::min<std::size_t>(16, model.prose.size() - at));
        for (std::string_view const article : {" a ", " an ", " per ", " each "}) {
            if (!text::istarts_with(rest, article)) continue;
            std::size_t e = article.size();
            while (e < rest.size() && small(rest[e])) ++e;
            std::string_view const unit = rest.substr(article.size(), e - article.size());
            if (text::contains_any_word(unit, {"day", "week", "month", "year", "hour", "second", "minute", "head",
                                               "person", "capita", "annum"}) &&
                (e == rest.size() || !text::is_alpha(rest[e])))
                return e;
        }
        return 0;
    };
    if (m.kind == mention_kind::number && !m.unit.empty() && m.per.empty() && c.from) {
        // (a rate of two: "198 litres per person per day, up from 209 litres")
        // (not a time after it: "291 megalitres a day a year earlier")
        auto const rates = [&](std::size_t at) {
            std::size_t const one = rate_words(at);
            std::size_t const two = one > 0 ? rate_words(at + one) : 0;
            std::size_t const end = at + one + two;
            std::string const next =
                text::lower(model.prose.substr(end, std::min<std::size_t>(8, model.prose.size() - end)));
            bool const closes = end >= model.prose.size() || model.prose[end] == ',' || model.prose[end] == '.' ||
                                model.prose[end] == ';' || next.starts_with(" in ") || next.starts_with(" for ") ||
                                next.starts_with(" during ") || next.starts_with(" last ") ||
                                next.starts_with(" this ");
            return one + (two > 0 && closes ? two : 0);
        };
        std::size_t const own = rates(m.end);
        mention const& old_value = mentions[*c.from];
        std::size_t const old_rate = rates(old_value.end);
        if (own > 0 && m.end + own < c.begin &&
            (old_rate == 0 ||
             text::iequals(model.prose.substr(m.end, own), model.prose.substr(old_value.end, old_rate))))
            start = m.end + own;
    }
    // (or whom an action is against, what it is for: "27 prosecutions against water companies in 2023, up 50%")
    // (or what a sum is worth of: "exported $1.21 billion worth of fishmeal in 2023, up 35% from $1.86 billion")
    std::size_t const prep =
        text::lower(model.prose.substr(start, 4)) == " of "                                           ? 4
        : m.kind == mention_kind::money && text::lower(model.prose.substr(start, 10)) == " worth of " ? 10
        : m.kind == mention_kind::number && !m.unit.empty() && text::lower(model.prose.substr(start, 9)) == " against "
            ? 9
        : m.kind == mention_kind::number && !m.unit.empty() && text::lower(model.prose.substr(start, 5)) == " for " ? 5
                                                                                                                    : 0;
    if (prep != 0) {
        std::size_t e = start + prep;
        int words = 0;
        // (after a name's possessive: "56% of Germany's demand in 2024, up from 50%")
        {
            std::size_t n = e;
            while (n < c.begin && text::is_alpha(model.prose[n])) ++n;
            if (n > e && text::is_upper(model.prose[e]) && n + 3 < c.begin && model.prose[n] == '\'' &&
                model.prose[n + 1] == 's' && model.prose[n + 2] == ' ' && small(model.prose[n + 3]))
                e = n + 3;
            // (or a name's adjective before the noun: "598,000 tonnes of Chinese steel in 2023, down 14.2% from")
            else if (n > e && text::is_upper(model.prose[e]) && n + 1 < c.begin && model.prose[n] == ' ' &&
                     small(model.prose[n + 1]))
                e = n + 1;
        }
        while (words < 3 && e < c.begin && small(model.prose[e])) {
            while (e < c.begin && (small(model.prose[e]) || model.prose[e] == '-')) ++e;
            ++words;
            if (e < c.begin && model.prose[e] == ' ' && e + 1 < c.begin && small(model.prose[e + 1]) && words < 3)
                ++e;
            else
                break;
        }
        // (no word that starts a clause of its own: "38.2 bcm of gas was imported")
        std::string const noun = text::lower(model.prose.substr(start + prep, e - start - prep));
        // (nor a pronoun: "$1.2 billion of them overseas" is a part of the figure before)
        if (words > 0 && !text::contains_any_word(noun, {"was", "were", "is", "are", "and", "or", "which", "that",
                                                         "them", "it", "those", "these", "whom"}))
            start = e;
    } else if (!m.unit.empty() && start + 2 < c.begin && model.prose[start] == ' ' && small(model.prose[start + 1])) {
        // the second word of what it counts: "19,053 flu admissions, up 37% from 12,961"
        std::size_t e = start + 1;
        while (e < c.begin && small(model.prose[e])) ++e;
        std::string const noun = text::lower(model.prose.substr(start + 1, e - start - 1));
        // (or a sum's noun after it, of a measure told each year: "approved a $4.82 billion budget, up 4.3% from $4.66
        // billion"; not a deal, one of its kind, "signed a $3.1 billion deal, up 40% from $2.42 billion last year")
        bool const sum_noun =
            m.kind == mention_kind::money &&
            text::contains_any_word(noun, {"budget", "payroll", "dividend", "valuation", "turnover", "revenue"});
        if (e < c.begin && model.prose[e] == ',' &&
            ((noun.size() > 3 && noun.back() == 's' &&
              !text::contains_any_word(noun, {"was", "were", "is", "are", "has", "does", "this", "thus"})) ||
             sum_noun))
            start = e;
    }
    // (a plural noun the figure counts that the grammar did not read as its unit, a name of a product perhaps:
    // "Apple shipped 50.1 million iPhones, down 12.6% from 55.4 million")
    if (start == m.end && m.kind == mention_kind::number && m.unit.empty() && start + 3 < c.begin &&
        model.prose[start] == ' ') {
        std::size_t e = start + 1;
        while (e < c.begin && (text::is_alpha(model.prose[e]) || model.prose[e] == '-')) ++e;
        std::string const noun = text::lower(model.prose.substr(start + 1, e - start - 1));
        // (or its period after it, a preposition and a time the walk below passes: "2.2 million iPhones in the quarter,
        // up 29% from 1.85 million")
        bool period_after = false;
        if (e + 1 < c.begin && model.prose[e] == ' ') {
            std::size_t k = j + 1;
            while (k < change && mentions[k].parent) ++k;
            std::size_t w = e + 1;
            while (w < c.begin && text::is_alpha(model.prose[w])) ++w;
            period_after = k < change && dated_time(mentions[k]) && mentions[k].begin <= w + 1 &&
                           mentions[k].begin > e &&
                           text::contains_any_word(text::lower(model.prose.substr(e + 1, w - e - 1)),
                                                   {"in", "for", "during", "over", "the"});
        }
        if (e < c.begin && (model.prose[e] == ',' || period_after) && noun.size() > 3 && noun.size() <= 16 &&
            noun.back() == 's' && !noun.ends_with("ss") &&
            !text::contains_any_word(noun, {"was", "were", "is", "are", "has", "does", "this", "thus", "says"}))
            start = e;
    }
    // (or a product's name and the plural noun it counts: "4.72 million Switch consoles in the half, down 21% from
    // 6.84 million", "3.8 million PS5 consoles in the quarter, up 22%"; then its period, a mention or "in the half")
    if (start == m.end && m.kind == mention_kind::number && m.unit.empty() && start + 4 < c.begin &&
        model.prose[start] == ' ' && (text::is_upper(model.prose[start + 1]))) {
        std::size_t e = start + 1;
        while (e < c.begin && (text::is_alpha(model.prose[e]) || text::is_digit(model.prose[e]))) ++e;
        std::size_t n = e + 1;
        while (n < c.begin && small(model.prose[n])) ++n;
        std::string const noun = e + 1 < c.begin && model.prose[e] == ' ' && n > e + 1
                                     ? text::lower(model.prose.substr(e + 1, n - e - 1))
                                     : std::string();
        if (noun.size() > 3 && noun.back() == 's' && !noun.ends_with("ss") && n < c.begin) {
            std::size_t k = j + 1;
            while (k < change && mentions[k].parent) ++k;
            std::size_t const comma = model.prose.find(',', n);
            std::string const phrase =
                comma != std::string_view::npos && comma < c.begin ? text::lower(model.prose.substr(n, comma - n)) : "";
            auto const words = text::words(phrase);
            bool const period_words =
                words.size() == 3 && text::contains_any_word(words[0], {"in", "during", "over", "for"}) &&
                text::contains_any_word(words[1], {"the", "its"}) &&
                text::contains_any_word(words[2], {"half", "quarter", "year", "period", "month", "season"}) &&
                std::all_of(phrase.begin(), phrase.end(), [&](char ch) { return small(ch) || ch == ' '; });
            if (model.prose[n] == ',')
                start = n;
            else if (period_words)
                start = comma;
            else if (k < change && dated_time(mentions[k]) && mentions[k].begin > n && mentions[k].begin <= n + 5)
                start = n;
        }
    }
    // (where or how the counted are, right after the count: "121,308 patients on trolleys, down 9.5% from
    // 110,749", "2,300 people in temporary housing, up")
    // (or when the figure was told, a few words after "at" or "in" and "the" or "its": "stood at 10.5% at its
    // latest decision, up from 13.75%", "totalled 10,448 in the period, up 25% from 7,740")
    if (start == m.end && start + 4 < c.begin && model.prose[start] == ' ' &&
        (m.kind == mention_kind::number || m.kind == mention_kind::percent || m.kind == mention_kind::money)) {
        std::size_t const comma = model.prose.find(',', start);
        if (comma != std::string_view::npos && comma < c.begin && comma > start && comma - start <= 32 &&
            (j + 1 >= change || mentions[j + 1].begin > comma || mentions[j + 1].parent)) {
            std::string const phrase = text::lower(model.prose.substr(start, comma - start));
            auto const words = text::words(phrase);
            bool const plain =
                std::all_of(phrase.begin(), phrase.end(), [&](char ch) { return small(ch) || ch == ' ' || ch == '-'; });
            if (plain && words.size() >= 3 && words.size() <= 4 &&
                text::contains_any_word(words[0], {"at", "in", "during", "over"}) &&
                text::contains_any_word(words[1], {"the", "its", "their", "this"}) &&
                text::contains_any_word(words.back(),
                                        {"period", "decision", "meeting", "review", "count", "survey", "poll", "census",
                                         "tally", "update", "report", "reading", "session", "auction", "months",
                                         "weeks", "quarter", "year", "season", "half",
                                         // ("236,120 carloads in the week, up 4.1% from 231,260")
                                         "week", "month"}))
                start = comma;
            // (or where across: "41 reported firework injuries across the region, up 18% from 50")
            // (the second word of what it counts before it: "firework injuries across the region")
            bool const across =
                (words.size() == 3 && words[0] == "across") ||
                (words.size() == 4 && words[1] == "across" && words[0].size() > 3 && words[0].back() == 's');
            if (plain && across && start != comma && words[words.size() - 2] == "the" &&
                text::contains_any_word(words.back(), {"region", "country", "county", "state", "city", "world",
                                                       "network", "nation", "area", "group", "sector", "industry",
                                                       "borough", "district", "continent", "bloc"}))
                start = comma;
        }
    }
    // (or the time the count is for, a span to a day: "842 flu admissions in the week to February 3, down 14% from
    // 1,027 the previous week", "in the three months to March")
    if (start == m.end && m.kind == mention_kind::number && start + 4 < c.begin && model.prose[start] == ' ' &&
        j + 1 < change && dated_time(mentions[j + 1]) && !mentions[j + 1].parent && mentions[j + 1].begin > start &&
        mentions[j + 1].end < c.begin && model.prose.substr(mentions[j + 1].end, 2) == ", " &&
        mentions[j + 1].begin - start <= 48) {
        std::size_t k = j + 2;
        while (k < change && mentions[k].parent) ++k;
        std::string const phrase = text::lower(model.prose.substr(start, mentions[j + 1].begin - start));
        auto const words = text::words(phrase);
        std::size_t w = 0;
        // (the second word of what it counts: "flu admissions")
        if (!words.empty() && words[0] != "in" && words[0].size() > 3 && words[0].back() == 's' &&
            std::all_of(words[0].begin(), words[0].end(), text::is_alpha))
            ++w;
        std::size_t const n = words.size() - w;
        bool const span_to_day =
            k == change && std::all_of(phrase.begin(), phrase.end(), [&](char ch) { return small(ch) || ch == ' '; }) &&
            (n == 4 || n == 5) && words[w] == "in" && words[w + 1] == "the" &&
            text::contains_any_word(words.back(), {"to", "ended", "ending"}) &&
            text::contains_any_word(words[words.size() - 2], {"week", "month", "months", "weeks", "year", "quarter"}) &&
            (n == 4 || text::contains_any_word(words[w + 2], {"two", "three", "six", "nine", "twelve", "four"}));
        if (span_to_day) start = mentions[j + 1].end;
    }
    // (or what the counted did, a verb of the past and its object: "A record 31,482 runners finished the marathon,
    // up 6.4% from 29,042 last year", "145 million fans attended its concerts last year, up 30% from 121 million")
    if (start == m.end && m.kind == mention_kind::number && !m.unit.empty() && start + 4 < c.begin &&
        model.prose[start] == ' ' && c.begin >= 2 && model.prose.substr(c.begin - 2, 2) == ", " &&
        c.begin - 2 - start <= 48) {
        std::string phrase = text::lower(model.prose.substr(start, c.begin - 2 - start));
        bool other_figure = false;
        for (std::size_t k = j + 1; k < change; ++k) {
            mention const& between = mentions[k];
            if (between.parent) continue;
            if (!dated_time(between) || between.begin < start || between.end > c.begin - 2) {
                other_figure = true;
                break;
            }
            std::fill_n(phrase.begin() + static_cast<std::ptrdiff_t>(between.begin - start),
                        between.end - between.begin, ' ');
        }
        auto const words = text::words(phrase);
        bool const plain =
            std::all_of(phrase.begin(), phrase.end(), [&](char ch) { return small(ch) || ch == ' ' || ch == '-'; });
        // (or what was done with them, in the passive: "830,000 entries were made, up 2.9% from", "1,184 homes were
        // sold in April, down 9.8% from")
        bool const passive = words.size() >= 2 && words.size() <= 4 &&
                             text::contains_any_word(words[0], {"were", "was"}) &&
                             (words[1].ends_with("ed") ||
                              text::contains_any_word(words[1], {"made", "sold", "built", "taken", "given", "paid",
                                                                 "held", "seen", "won", "lost", "spent", "cast",
                                                                 "issued", "written", "brought", "sent", "born"}));
        if (!other_figure && plain && words.size() >= 2 && words.size() <= 5 &&
            (passive || text::contains_any_word(
                            words[0], {"attended",   "finished",   "completed", "visited",  "crossed",   "entered",
                                       "registered", "applied",    "voted",     "joined",   "watched",   "viewed",
                                       "streamed",   "downloaded", "used",      "flew",     "travelled", "traveled",
                                       "passed",     "sat",        "bought",    "received", "filed"})) &&
            !text::contains_any_word(phrase, {"which", "who", "that", "and", "or", "but", "while", "than", "when"}))
            start = c.begin - 2;
    }
    // (or where a sum went: "allocated 43.5 billion hryvnias to drones in 2024, up from 20 billion hryvnias")
    if (start == m.end &&
        ((m.kind == mention_kind::number && !m.unit.empty()) || (m.kind == mention_kind::money && !m.is_range)) &&
        start + 4 < c.begin && model.prose[start] == ' ') {
        std::size_t comma = model.prose.find(',', start);
        // (or the count's own time after the phrase: "121,308 patients on trolleys in 2023, down")
        if (j + 1 < change && !mentions[j + 1].parent && mentions[j + 1].begin > start && mentions[j + 1].begin < comma)
            comma = mentions[j + 1].begin - 1;
        if (comma != std::string_view::npos && comma < c.begin && comma > start) {
            std::string const phrase = text::lower(model.prose.substr(start, comma - start));
            auto const words = text::words(phrase);
            bool const plain =
                std::all_of(phrase.begin(), phrase.end(), [&](char ch) { return small(ch) || ch == ' ' || ch == '-'; });
            // (or a place named with "the": "410,000 passengers on the route, down 48% from 980,000")
            bool const the_place = m.kind == mention_kind::number && words.size() == 3 && words[1] == "the" &&
                                   text::contains_any_word(words[0], {"on", "in", "at"}) &&
                                   text::contains_any_word(words[2], {"route", "routes", "line", "network", "roads",
                                                                      "wards", "streets", "island", "site"});
            if (plain && words.size() >= 2 && words.size() <= 3 &&
                (text::contains_any_word(words[0], {"on", "in", "at", "with", "without", "under", "awaiting"}) ||
                 (m.kind == mention_kind::money && text::contains_any_word(words[0], {"to", "for"}))) &&
                (the_place ||
                 !text::contains_any_word(phrase, {"the", "a", "an", "which", "who", "that", "and", "or"})))
                start = comma;
        }
    }
    if (start == m.end && c.from &&
        (m.kind == mention_kind::money || (m.kind == mention_kind::number && m.unit.empty())) && start + 2 < c.begin &&
        model.prose[start] == ' ' && small(model.prose[start + 1])) {
        // the noun both values are told with, one measure: "a $3.1 billion budget, up 28% from the
        // $2.42 billion budget"
        std::size_t e = start + 1;
        while (e < c.begin && small(model.prose[e])) ++e;
        std::string_view const noun = model.prose.substr(start + 1, e - start - 1);
        std::size_t const from_end = mentions[*c.from].end;
        if (e < c.begin && model.prose[e] == ',' && noun.size() > 2 && model.prose.substr(from_end, 1) == " " &&
            model.prose.substr(from_end + 1, noun.size()) == noun &&
            (from_end + noun.size() + 1 == model.prose.size() ||
             !text::is_alpha(model.prose[from_end + noun.size() + 1])))
            start = e;
    }
    // (the unit's abbreviation in brackets: "12 gigawatts (GW) in 2023, up 50% from 10 GW")
    if (start == m.end && !m.unit.empty() && model.prose.substr(start, 2) == " (") {
        std::size_t const close = model.prose.find(')', start);
        if (close != std::string_view::npos && close < c.begin && close - start <= 12 &&
            same_noun(m.unit, model.prose.substr(start + 2, close - start - 2)))
            start = close + 1;
    }
    return start;
}

/// Whether figure `whole` is the whole of the figure before it, set off by a comma: "1.6 million tonnes, out of 3.6
/// million tonnes, up 60% from 1.0 million", "5.6 million tonnes, of a total of 20 million tonnes, compared with",
/// "more than two-fifths of world supply of 3.6 million tonnes" (no value of a change after it).
bool whole_set_off(claim_model const& model, std::size_t whole) {
    auto const& mentions = *model.mentions;
    // (past a fraction of the whole and the part's time: "1.6 million tonnes in 2023, more than two-fifths of")
    std::size_t p = whole;
    while (p > 0 && !mentions[p - 1].parent &&
           (is_fraction(mentions[p - 1]) || dated_time(mentions[p - 1]) ||
            mentions[p - 1].kind == mention_kind::relative_time))
        --p;
    if (p == 0) return false;
    mention const& part = mentions[p - 1];
    if (part.parent || part.kind != mentions[whole].kind || part.end > mentions[whole].begin) return false;
    std::string of = text::lower(model.prose.substr(part.end, mentions[whole].begin - part.end));
    for (std::size_t k = p; k < whole; ++k)
        if (!mentions[k].parent) {
            std::size_t const at = of.find(text::lower(mentions[k].text));
            if (at != std::string::npos) of.erase(at, mentions[k].text.size());
        }
    // (what the part is of may come before the comma: "1.6 million tonnes of nickel in 2023, more than")
    std::size_t const comma = of.find(", ");
    if (comma == std::string::npos || text::words(std::string_view(of).substr(0, comma)).size() > 6 ||
        !of.ends_with(" of ") || text::words(of).size() > 12 || of.find_first_of(";:()0123456789") != std::string::npos)
        return false;
    // (the aside opens with how much of it the figure is, not with a clause of its own: "..., adding that aid donors
    // have committed ODA inflows of 1.7 billion dlrs in 1987, up 30 pct")
    std::string_view const aside = text::first_word(std::string_view(of).substr(comma + 2));
    return text::contains_any_word(aside, {"out", "of", "more", "less", "nearly", "almost", "about", "roughly", "over",
                                           "under", "around", "just", "or", "some"});
}

/// "Revenue was $3.1 billion, up 12% from $2.77 billion": the after value of an "up" or "down"
/// with a before value only, stated just before it and set off by a comma (a period between may
/// say when: "$3.1 billion in the quarter, up ..."). None where other words join them ("$3.1
/// billion, while sales were up ...", "with", "and", "compared").
std::optional<std::size_t> value_before_change(claim_model const& model, std::size_t change) {
    auto const& mentions = *model.mentions;
    mention const& c = mentions[change];
    std::string_view const head = text::first_word(c.text);
    // (or a comparative: "81.25 billion stg, 165 pct higher than the 30.63 billion")
    std::string_view const tail = text::last_word(c.text);
    bool const comparative = c.from && text::is_comparative(tail);
    // (or a multiple compared: "600 units, three times as many as the 150 sold in 2020", "$50, five
    // times higher than the $12 of 2020")
    // ("3,000 units, three times the 1,000 of 2020", "$6 million, double the $3 million")
    bool const multiple = c.kind == mention_kind::multiplier && c.from &&
                          (c.text.find(" times ") != std::string::npos || text::iends_with(c.text, " times") ||
                           text::iequals(head, "twice") || text::iequals(head, "half") ||
                           // (a hedge may come first: "nearly triple the 95,000 added in April")
                           ((c.text.find(' ') == std::string::npos ||
                             text::contains_any_word(text::lower(head), {"nearly", "almost", "about", "roughly",
                                                                         "around", "more", "over", "just"})) &&
                            (text::iequals(tail, "double") || text::iequals(tail, "triple") ||
                             text::iequals(tail, "treble") || text::iequals(tail, "quadruple") ||
                             // ("nearly twice the $68 million collected in fiscal 2021")
                             text::iequals(tail, "twice"))) ||
                           // (a noun of a multiple: "$80, a sixfold increase from $10")
                           ((text::iequals(head, "a") || text::iequals(head, "an")) &&
                            text::lower(c.text).find("fold ") != std::string::npos));
    // (or a noun of change with an article: "$520 million in the quarter, a 12% drop from $750 million", "a
    // rise of 8% from"; the figure before it the level, told after a verb of a level or a count: not "cut
    // 500 jobs, a 12% drop from 4,200")
    bool const noun_change =
        c.kind == mention_kind::change && c.from && !c.to && c.amount &&
        (text::iequals(head, "a") || text::iequals(head, "an")) &&
        text::contains_any_word(text::lower(c.text), {"drop", "fall", "decline", "decrease", "rise", "increase", "gain",
                                                      "jump", "climb", "slide", "slump", "dip", "reduction", "surge"});
    // (or the level set off after the subject by ", at": "Bequest giving, at $42.7 billion, rose 3.4% from $44.2
    // billion", "Sales, at $4.2 billion, were up 5% from $4 billion")
    if (c.from && !c.to && c.kind == mention_kind::change && change > 0 && c.begin >= 2) {
        std::size_t j = change;
        while (j > 0 && mentions[j - 1].end > c.begin) --j;
        if (j > 0) {
            mention const& m = mentions[j - 1];
            std::string const gap = text::lower(model.prose.substr(m.end, c.begin - m.end));
            if ((gap == ", " || gap == ", was " || gap == ", were " || gap == ", is " || gap == ", are ") &&
                !m.parent && has_value(m) && !m.is_range && m.sentence == c.sentence &&
                (m.kind == mention_kind::money || m.kind == mention_kind::number) && m.begin >= 5 &&
                text::iequals(model.prose.substr(m.begin - 5, 5), ", at ") && comparable_units(m, mentions[*c.from]))
                return j - 1;
        }
    }
    if (!text::iequals(head, "up") && !text::iequals(head, "down") && !comparative && !multiple && !noun_change)
        return std::nullopt;
    // Values in pairs, "31% and 9% ..., up from 27% and 7%": each goes with its own (respectively),
    // the last before with the first after is no change.
    if (c.from) {
        std::size_t const after = mentions[*c.from].end;
        std::string const next =
            text::lower(model.prose.substr(after, std::min<std::size_t>(8, model.prose.size() - after)));
        if ((next.starts_with(" and ") || next.starts_with(", ")) && next.size() > 5 &&
            (text::is_digit(next[next.starts_with(", ") ? 2 : 5]) || next[next.starts_with(", ") ? 2 : 5] == '$'))
            return std::nullopt;
    }
    // "Corporate arms took part in deals worth $34.5 billion. That was down 16.3% from $46.2 billion a year earlier.":
    // the sentence opens with "That was" and the change; its new value the one figure of the sentence before of the old
    // value's kind and unit within half to twice it, the parts of a breakdown after "of which" or "including" left
    // out ("The budget is $58 million, of which $21 million is for repairs and $37 million for resurfacing. That is up
    // from $52 million"); none where two could be it ("1.2 million in April, and 1.5 million in May. That was up")
    if (c.from && model.sentences && c.sentence > 0 && c.sentence < model.sentences->size() &&
        (text::iequals(head, "up") || text::iequals(head, "down"))) {
        sentence const& own = (*model.sentences)[c.sentence];
        std::string const opening = text::lower(model.prose.substr(own.begin, c.begin - own.begin));
        if (opening == "that was " || opening == "this was " || opening == "that is " || opening == "this is ") {
            mention const& from = mentions[*c.from];
            if (!has_value(from) || *from.value <= 0) return std::nullopt;
            sentence const& previous = (*model.sentences)[c.sentence - 1];
            std::string const told = text::lower(model.prose.substr(previous.begin, previous.end - previous.begin));
            std::size_t breakdown = std::string::npos;
            for (std::string_view const cue : {", of which", ", of whom", " including "})
                breakdown = std::min(breakdown, told.find(cue));
            std::optional<std::size_t> found;
            std::size_t count = 0;
            for (std::size_t k = change; k-- > 0 && mentions[k].sentence + 1 >= c.sentence;) {
                mention const& m = mentions[k];
                if (m.sentence == c.sentence) continue;
                if (m.paragraph != c.paragraph) break;
                // (a change's new value counts: "The rate fell to 3.94%. That was down 0.94 points from 4.88%.")
                if (dated_time(m) || (m.parent && mentions[*m.parent].to != k)) continue;
                if (m.kind == mention_kind::change) continue;
                if (breakdown != std::string::npos && m.begin >= previous.begin + breakdown) continue;
                bool const fits = has_value(m) && !m.is_range && m.kind == from.kind && comparable_units(m, from) &&
                                  m.per == from.per && *m.value > 0 && *m.value / *from.value <= 2 &&
                                  *m.value / *from.value >= 0.5;
                if (fits) {
                    found = k;
                    ++count;
                }
            }
            return count == 1 ? found : std::nullopt;
        }
    }
    std::size_t j = change;
    // A restatement per share set off after the figure, passed over: "Net income was C$4.03 billion,
    // or C$2.81 per share, down from C$3.65 billion" (from the comma before "or" to its end).
    std::size_t aside_from = std::string_view::npos, aside_to = std::string_view::npos;
    while (j > 0) {
        mention const& m = mentions[--j];
        if (m.sentence != c.sentence) return std::nullopt;
        if (aside_from == std::string_view::npos && !m.per.empty() && c.from && mentions[*c.from].per.empty() &&
            !m.parent && m.begin >= 5 && text::iequals(model.prose.substr(m.begin - 5, 5), ", or ") &&
            model.prose.substr(m.end, 2) == ", " && m.end + 2 == c.begin) {
            // (a rate for another time, not per share: "$500 million a month, or $6 billion a year, up 20% from $5
            // billion", "40 cents, or $1.60 a year, up 10% from $1.45" may be of either)
            if (text::contains_any_word(text::lower(m.per),
                                        {"year", "month", "quarter", "week", "day", "annum", "annually", "hour"}))
                return std::nullopt;
            // (the restatement itself where the old value is on its scale and far from the sum's: "Spending was 188
            // million pounds, or 36 pounds a head, up from 33 pounds, a rise of 9%")
            if (mention const& old_value = mentions[*c.from];
                m.value && old_value.value && *m.value > 0 && *old_value.value > 0 && *old_value.value / *m.value < 2 &&
                *old_value.value / *m.value > 0.5 && j > 0 && mentions[j - 1].value &&
                *mentions[j - 1].value > 10 * *old_value.value)
                return j;
            aside_from = m.begin - 5;
            aside_to = m.end;
            continue;
        }
        // The same figure in another unit in brackets, passed over: "591.8 trillion yen ($3.8 trillion), up 1.2%
        // from 590.5 trillion yen" (the old value in the unit of the figure before the bracket).
        // (its time may follow the bracket: "A$30.6 billion ($20.3 billion) in 2023, up 37% from A$20.8 billion")
        auto const time_after_bracket = [&] {
            if (m.end + 3 >= c.begin || model.prose.substr(m.end, 2) != ") " ||
                model.prose.substr(c.begin - 2, 2) != ", ")
                return false;
            std::string rest(model.prose.substr(m.end + 1, c.begin - 2 - m.end - 1));
            bool timed = false;
            for (std::size_t k = j + 1; k < change; ++k) {
                mention const& time = mentions[k];
                if (time.parent) continue;
                if (!dated_time(time)) return false;
                if (time.begin < m.end + 1 || time.end > c.begin - 2) return false;
                std::fill_n(rest.begin() + static_cast<std::ptrdiff_t>(time.begin - m.end - 1), time.end - time.begin,
                            ' ');
                timed = true;
            }
            for (std::string_view const w : text::words(rest))
                if (!text::contains_any_word(text::lower(w), {"in", "for", "during", "on", "at", "by"})) return false;
            return timed;
        };
        if (aside_from == std::string_view::npos && c.from && !m.parent && has_value(m) && m.begin >= 2 &&
            model.prose.substr(m.begin - 2, 2) == " (" &&
            ((model.prose.substr(m.end, 3) == "), " && m.end + 3 == c.begin) || time_after_bracket()) &&
            !comparable_units(m, mentions[*c.from])) {
            aside_from = m.begin - 2;
            aside_to = m.end + 1;
            continue;
        }
        // The parts of an earlier change or comparison, but for the new value that ends a change:
        // "Copper rose 2% to $9,050, down 15% from a peak of $10,650" (the $9,050 is both).
        // (and, for a multiple, the amount that ends a change: "added 272,000 jobs in May, nearly triple the
        // 95,000 added in April")
        if (m.parent) {
            mention const& owner = mentions[*m.parent];
            bool const amount = multiple && owner.amount == j;
            // (or a new value joined after the change's words, past its period: "fell 21% in the first quarter to 4.6
            // billion euros, down from 5.2 billion euros")
            bool const joined_after = owner.to == j && m.begin >= owner.end;
            if (owner.kind != mention_kind::change || (owner.to != j && !amount) ||
                (owner.end != m.end && !joined_after))
                continue;
        }
        if (dated_time(m)) continue;
        if (!has_value(m) || m.is_range || is_year_like(m) || m.kind == mention_kind::change ||
            m.kind == mention_kind::multiplier || m.end > c.begin)
            return std::nullopt;
        // (not a rate's base: "The divorce rate was 1.0 per 1,000, down from 1.1")
        if (m.begin >= 4 && text::iequals(model.prose.substr(m.begin - 4, 4), "per ")) return std::nullopt;
        // Between the two, only the periods skipped above, spaces and one comma.
        if (c.begin - m.end > 60) return std::nullopt;
        std::size_t const own_begin =
            model.sentences && c.sentence < model.sentences->size() ? (*model.sentences)[c.sentence].begin : 0;
        // (nor a figure of a participle's aside set off by a comma: "rose to 7.57 million treatments, involving about
        // 6.33 million patients, up from 7.54 million"; not the main clause's own, "ended the week higher, closing at
        // 120, up 20% from 80")
        if (m.begin >= 4) {
            std::size_t const lead_from = std::min(m.begin, std::max(m.begin >= 40 ? m.begin - 40 : 0, own_begin));
            std::string const lead = text::lower(model.prose.substr(lead_from, m.begin - lead_from));
            std::size_t const comma = lead.rfind(", ");
            if (comma != std::string::npos) {
                auto const words = text::words(std::string_view(lead).substr(comma + 2));
                // (a participle's aside: "involving", "bringing the total to", "adding", "filling"; not one of the
                // main clause with "at", "closing at 120", "trading at")
                if (!words.empty() && words.size() <= 4 && words.front().size() > 4 && words.front().ends_with("ing") &&
                    !text::contains_any_word(words.front(), {"during", "according", "morning", "evening", "spring"}) &&
                    !(words.size() >= 2 && words[1] == "at"))
                    return std::nullopt;
            }
        }
        // (nor what came before the level, set off by commas, "Headcount stands at 640, after 160 layoffs, down from
        // 800"; or inside such a clause, its verb in -ing, "48 shops after opening six and closing two during the
        // year, up from 44")
        if (m.begin >= 2 && model.prose[m.begin - 1] == ' ') {
            std::size_t const lead_from = std::min(m.begin, std::max(m.begin >= 48 ? m.begin - 48 : 0, own_begin));
            std::string const lead = text::lower(model.prose.substr(lead_from, m.begin - lead_from));
            auto const words = text::words(lead);
            std::size_t const comma = lead.rfind(',');
            for (std::size_t k = words.size(); k-- > 0 && k + 7 >= words.size();) {
                if (comma != std::string::npos && static_cast<std::size_t>(words[k].data() - lead.data()) < comma)
                    break;
                if (!text::contains_any_word(words[k], {"after", "following", "despite", "amid"})) continue;
                if (k + 1 == words.size() || words[k + 1].ends_with("ing")) return std::nullopt;
                break;
            }
        }
        // (nor the whole of a part the grammar did not read, a name's figure: "Polls give Labour 29 of the 140
        // seats, down from 61")
        if (m.begin >= 8) {
            std::size_t const lead_from = m.begin >= 16 ? m.begin - 16 : 0;
            std::string const lead = text::lower(model.prose.substr(lead_from, m.begin - lead_from));
            for (std::string_view const of : {" of the ", " out of ", " of "})
                if (std::string_view(lead).ends_with(of) && lead.size() > of.size() &&
                    text::is_digit(lead[lead.size() - of.size() - 1]))
                    return std::nullopt;
        }
        // (not the whole of a part told before it: "won 12 of the 20 seats, down from 15" is a fall
        // of the 12, "12 out of 20 ports")
        if (j > 0 && !mentions[j - 1].parent && mentions[j - 1].end <= m.begin &&
            (mentions[j - 1].kind == mention_kind::number || mentions[j - 1].kind == mention_kind::percent)) {
            std::string const of = text::lower(model.prose.substr(mentions[j - 1].end, m.begin - mentions[j - 1].end));
            if (of == " of " || of == " of the " || of == " out of " || of == " out of the " || of == " of its " ||
                of == " of their ")
                return std::nullopt;
            // (or of a whole a name owns: "holds 29 of the council's 54 seats, down from 41", "212 of the House's
            // 435 seats")
            if ((of.starts_with(" of ") || of.starts_with(" out of ")) &&
                (of.ends_with("'s ") || of.ends_with("\xE2\x80\x99s ") || of.ends_with("s' ")) &&
                text::words(of).size() <= 5 && of.find_first_of(",;") == std::string::npos)
                return std::nullopt;
        }
        if (whole_set_off(model, j)) return std::nullopt;
        std::size_t commas = 0;
        bool copula = false; // "Sales of $2.31 billion were up 27% from $1.82 billion"
        // what the figure counts, right after it: "38.2 bcm of natural gas in 2025, down 8.4% from"
        std::size_t const start = counted_words_end(model, j, change);
        auto const small = [](char ch) { return ch >= 'a' && ch <= 'z'; };
        // (an attribution set off by commas, passed over: "17.9 million tonnes in 2022, according to Eurofer, the steel
        // lobby, down 7.3% from 19.3 million")
        if (aside_from == std::string_view::npos && c.begin >= start + 16 &&
            model.prose.substr(c.begin - 2, 2) == ", ") {
            std::string_view const between = model.prose.substr(start, c.begin - 2 - start);
            std::size_t const according = between.find(", according to ");
            if (according != std::string_view::npos &&
                between.find_first_of("0123456789;:()", according) == std::string_view::npos &&
                text::words(between.substr(according)).size() <= 9) {
                aside_from = start + according;
                aside_to = c.begin - 2;
            }
        }
        for (std::size_t at = start, k = j + 1; at < c.begin;) {
            if (at == aside_from) {
                at = aside_to;
                while (k < change && mentions[k].end <= at) ++k;
                continue;
            }
            if (k < change && mentions[k].begin <= at && !mentions[k].parent) {
                at = std::max(at, mentions[k].end);
                ++k;
                continue;
            }
            if (k < change && mentions[k].parent) {
                ++k;
                continue;
            }
            char const ch = model.prose[at];
            if (text::is_alpha(ch)) {
                // a preposition before a period ("in the quarter", "for 1986", "on Tuesday", "at the end
                // of June")
                std::size_t e = at;
                while (e < c.begin && text::is_alpha(model.prose[e])) ++e;
                std::string_view const word = model.prose.substr(at, e - at);
                bool const before_period =
                    k < change && !mentions[k].parent && mentions[k].begin > at && mentions[k].begin <= e + 1;
                bool const verb = (text::iequals(word, "was") || text::iequals(word, "were") ||
                                   text::iequals(word, "is") || text::iequals(word, "are")) &&
                                  e + 1 == c.begin && model.prose[e] == ' ';
                if (verb) {
                    copula = true;
                    at = e;
                    continue;
                }
                // what the counted did, right after the figure: "40,990 people died in 2023, down 5.6% from
                // 42,514", "1,250 people were killed in 2023, down from"
                if (at == m.end + 1) {
                    std::string const lower_word = text::lower(word);
                    // (or two words of it: "About 36.1 million people took part, up 16% from 34 million")
                    if (std::size_t e2 = e + 1; e + 1 < c.begin && model.prose[e] == ' ') {
                        while (e2 < c.begin && small(model.prose[e2])) ++e2;
                        std::string const two = lower_word + " " + text::lower(model.prose.substr(e + 1, e2 - e - 1));
                        if (e2 < c.begin && model.prose[e2] == ',' &&
                            (two == "took part" || two == "turned out" || two == "signed up" || two == "showed up")) {
                            at = e2;
                            continue;
                        }
                    }
                    if (text::contains_any_word(lower_word, {"died", "drowned", "arrived", "attended", "visited",
                                                             // (what a sum is: "400.6 billion reais available in
                                                             // 2024/25, down 10% from 364.2 billion reais")
                                                             "available", "outstanding", "unpaid", "voted", "enrolled",
                                                             "applied", "graduated",
                                                             // (or where it was spent: "$13.3 billion online on Cyber
                                                             // Monday, up 9.3%")
                                                             "online", "worldwide", "globally", "overseas", "abroad",
                                                             "domestically", "nationwide"})) {
                        at = e;
                        continue;
                    }
                    if (text::contains_any_word(lower_word, {"were", "was", "are", "is"}) && e + 1 < c.begin) {
                        std::size_t e2 = e + 1;
                        while (e2 < c.begin && text::is_alpha(model.prose[e2])) ++e2;
                        // ("968 million people are registered to vote, up from 912 million")
                        if (text::contains_any_word(text::lower(model.prose.substr(e + 1, e2 - e - 1)),
                                                    {"killed", "injured", "hurt", "arrested", "evacuated", "displaced",
                                                     "born", "registered", "enrolled", "employed", "insured",
                                                     "vaccinated", "unemployed", "hospitalised", "hospitalized",
                                                     "eligible"})) {
                            // (and an infinitive after it: "registered to vote", "eligible to claim")
                            if (e2 + 5 < c.begin && model.prose.substr(e2, 4) == " to " &&
                                text::is_lower(model.prose[e2 + 4])) {
                                std::size_t e3 = e2 + 4;
                                while (e3 < c.begin && text::is_alpha(model.prose[e3])) ++e3;
                                if (e3 < c.begin && model.prose[e3] == ',') e2 = e3;
                            }
                            at = e2;
                            continue;
                        }
                        // (a share and what was done to it, up to three words more before the comma: "Only 50% were
                        // issued on time, down from 60%", "44% are registered to vote, up from")
                        if (m.kind == mention_kind::percent && e2 - e > 4 &&
                            text::iequals(model.prose.substr(e2 - 2, 2), "ed")) {
                            std::size_t e3 = e2;
                            int more = 0;
                            while (more < 3 && e3 + 1 < c.begin && model.prose[e3] == ' ' &&
                                   small(model.prose[e3 + 1])) {
                                ++e3;
                                while (e3 < c.begin && (small(model.prose[e3]) || model.prose[e3] == '-')) ++e3;
                                ++more;
                            }
                            if (e3 + 2 == c.begin && model.prose.substr(e3, 2) == ", ") {
                                at = e3;
                                continue;
                            }
                        }
                    }
                }
                // a place the figure is of, named with capitals after "in" or "at", right before the comma:
                // "113 medals in Tokyo, down 16.6% from 121", "at the Paris Games, down"
                // (or a named time: "13.9 million passengers during Obon, up 5% from")
                if ((text::iequals(word, "in") || text::iequals(word, "at") || text::iequals(word, "during")) &&
                    !before_period) {
                    std::size_t e2 = e;
                    if (text::iequals(model.prose.substr(e2, 5), " the ")) e2 += 4;
                    int names = 0;
                    while (e2 + 1 < c.begin && model.prose[e2] == ' ' && text::is_upper(model.prose[e2 + 1])) {
                        ++e2;
                        while (e2 < c.begin &&
                               (text::is_alpha(model.prose[e2]) || model.prose[e2] == '-' || model.prose[e2] == '.'))
                            ++e2;
                        ++names;
                    }
                    if (names >= 1 && names <= 3 && e2 < c.begin && model.prose[e2] == ',') {
                        at = e2;
                        continue;
                    }
                }
                // what a sum was spent on or made in, right after it: "spent $418 million on research, up 31% from
                // $297 million", "$611 million in sales, down 19% from $671 million"
                // (or who it is for: "includes $412 million for the police department, up 8.5% from $386.9 million")
                if (m.kind == mention_kind::money && at == m.end + 1 && !before_period &&
                    (text::iequals(word, "on") || text::iequals(word, "in") || text::iequals(word, "for"))) {
                    // (up to six words, "on research and development", "on poker machines in pubs and clubs", then
                    // the comma or the sum's time, "last year,")
                    std::size_t e2 = e;
                    int nouns = 0;
                    while (nouns < 6 && e2 + 1 < c.begin && model.prose[e2] == ' ' && small(model.prose[e2 + 1]) &&
                           !(k < change && mentions[k].begin == e2 + 1)) {
                        ++e2;
                        while (e2 < c.begin && small(model.prose[e2])) ++e2;
                        ++nouns;
                    }
                    bool const time_next =
                        k < change && !mentions[k].parent && mentions[k].begin == e2 + 1 &&
                        (mentions[k].kind == mention_kind::relative_time || mentions[k].kind == mention_kind::year ||
                         mentions[k].kind == mention_kind::period);
                    if (nouns >= 1 && e2 < c.begin && (model.prose[e2] == ',' || time_next)) {
                        at = e2;
                        continue;
                    }
                }
                // an aside that calls the figure a record, then "and" or a comma before the change: "totalled 233.3
                // million tonnes in 2023/24, a record, and up 4.6% from", "9.34 million, a record for the second tier
                // and down 5.8% from" (a few words without figures)
                if (commas == 1 && at >= 2 && model.prose[at - 2] == ',' && text::iequals(word, "a") &&
                    (k >= change || mentions[k].begin >= c.begin)) {
                    std::string const aside = text::lower(model.prose.substr(at, c.begin - at));
                    auto const aside_words = text::words(aside);
                    bool const joined = aside.ends_with(", and ") || aside.ends_with(" and ") || aside.ends_with(", ");
                    if (aside_words.size() >= 2 && aside_words.size() <= 8 && aside_words[1] == "record" && joined &&
                        std::count(aside.begin(), aside.end(), ',') <= 1 &&
                        aside.find_first_of("0123456789;:()") == std::string::npos) {
                        at = c.begin;
                        continue;
                    }
                }
                // an aside that names the source, set off by commas: "6.09% last week, according to
                // Freddie Mac, down from 6.96%" (the aside and its closing comma are passed over)
                if (text::iequals(word, "according") && commas == 1 && at >= 2 && model.prose[at - 2] == ',' &&
                    text::iequals(model.prose.substr(e, 4), " to ")) {
                    std::size_t const close = model.prose.find(',', e);
                    if (close == std::string_view::npos || close >= c.begin || close - e > 48) return std::nullopt;
                    at = close + 1;
                    while (k < change && mentions[k].end <= at) ++k;
                    continue;
                }
                // an aside that tells who said it, set off by commas: "a rating of 28.3%, Nippon TV said, up from
                // 26.8%", "6.09%, the agency said, down from" (up to five words, the last a verb of saying)
                if (commas == 1 && at >= 2 && model.prose[at - 2] == ',') {
                    std::size_t const close = model.prose.find(',', at);
                    if (close != std::string_view::npos && close < c.begin && close - at <= 48) {
                        std::string_view const aside = model.prose.substr(at, close - at);
                        auto const aside_words = text::words(aside);
                        std::string const last = text::lower(text::last_word(aside));
                        if (aside_words.size() >= 2 && aside_words.size() <= 5 &&
                            text::contains_any_word(last, {"said", "says", "reported", "reports", "estimated",
                                                           "estimates", "showed", "shows"}) &&
                            std::none_of(aside.begin(), aside.end(), [](char x) { return text::is_digit(x); }) &&
                            (k >= change || mentions[k].begin >= close)) {
                            at = close + 1;
                            continue;
                        }
                    }
                }
                // a period told by its end: "for its fiscal year ended Sept. 30", "in the quarter to June 30"
                if ((text::iequals(word, "for") || text::iequals(word, "in")) && k < change && !mentions[k].parent &&
                    (mentions[k].kind == mention_kind::date || mentions[k].kind == mention_kind::period) &&
                    mentions[k].begin > e && mentions[k].begin - e <= 40) {
                    std::string const lead = text::lower(model.prose.substr(e, mentions[k].begin - e));
                    bool told_by_end = false, only_period_words = true;
                    for (std::string_view const w : text::words(lead)) {
                        only_period_words =
                            only_period_words &&
                            text::contains_any_word(w, {"its", "the", "their", "fiscal", "financial", "year", "quarter",
                                                        "half", "months", "ended", "ending", "to"});
                        told_by_end = told_by_end || text::contains_any_word(w, {"ended", "ending", "to"});
                    }
                    if (only_period_words && told_by_end && lead.find_first_of(",;") == std::string::npos) {
                        at = mentions[k].begin;
                        continue;
                    }
                }
                if (!before_period ||
                    !(text::iequals(word, "in") || text::iequals(word, "for") || text::iequals(word, "on") ||
                      text::iequals(word, "during") || text::iequals(word, "since") || text::iequals(word, "at") ||
                      text::iequals(word, "by")))
                    return std::nullopt;
                at = e;
                continue;
            }
            ++at;
            if (ch == ',') {
                ++commas;
            } else if (ch != ' ') {
                return std::nullopt;
            }
        }
        // (not a figure in an aside set off before it: "Pretax profit was 81.3 mln stg, on turnover of
        // 1.2 billion stg, 30 pct higher than ...": the clause before its comma opens with a preposition)
        if (m.sentence < model.sentences->size()) {
            std::size_t const from = (*model.sentences)[m.sentence].begin;
            std::string_view const lead = model.prose.substr(from, m.begin - from);
            std::size_t const comma = lead.rfind(',');
            if (comma != std::string_view::npos &&
                text::contains_any_word(text::lower(text::first_word(lead.substr(comma + 1))),
                                        {"on", "with", "including", "excluding", "against", "from", "of", "for",
                                         "among", "besides", "plus"}))
                return std::nullopt;
        }
        // (nor the object of a preposition after the clause's own figure, "delivered 61 jets to 35 customers, up
        // from 58", nor the last item of a list after a figure with a bare base, "took 140 aircraft, 90
        // narrowbodies and 50 widebodies, up from 110": the change may be the first figure's)
        {
            std::size_t q = j;
            while (q > 0 && mentions[q - 1].sentence == m.sentence &&
                   (mentions[q - 1].parent || mentions[q - 1].end > m.begin || !has_value(mentions[q - 1])))
                --q;
            if (q > 0 && mentions[q - 1].sentence == m.sentence && mentions[q - 1].kind == m.kind) {
                mention const& first_figure = mentions[q - 1];
                std::string const gap = text::lower(model.prose.substr(first_figure.end, m.begin - first_figure.end));
                auto const gap_words = text::words(gap);
                if (gap_words.size() == 1 && gap.find_first_of(",;") == std::string::npos &&
                    text::contains_any_word(gap_words[0], {"to", "for", "among", "across", "from", "by", "with", "at"}))
                    return std::nullopt;
                if ((gap == " and " || gap == ", " || gap == ", and ") && c.from && mentions[*c.from].unit.empty() &&
                    !m.unit.empty() && first_figure.unit != m.unit)
                    return std::nullopt;
            }
        }
        // (the figure as the subject, named by the noun before it: "Sales of $2.31 billion were up")
        bool const subject =
            copula && commas == 0 && m.begin >= 4 && text::iequals(model.prose.substr(m.begin - 4, 4), " of ");
        if (commas != 1 && !subject) return std::nullopt;
        if (copula && !subject) return std::nullopt;
        if (noun_change) {
            std::size_t const lead_from = m.begin >= 24 ? m.begin - 24 : 0;
            auto const lead_text = text::lower(model.prose.substr(lead_from, m.begin - lead_from));
            auto const lead = text::words(lead_text);
            std::size_t n = lead.size();
            // (past a hedge: "detected about 21,300 crossings")
            if (n > 0 && text::contains_any_word(lead[n - 1], {"about", "around", "some", "nearly", "almost", "roughly",
                                                               "approximately", "just", "over", "under"}))
                --n;
            // (or a noun of an amount and "of": "approved a budget of £412.6 million, an increase of 8.0% on the
            // £389.2 million allocated last year")
            bool const amount_of =
                n >= 2 && lead[n - 1] == "of" &&
                text::contains_any_word(lead[n - 2], {"budget", "revenue", "revenues", "sales", "profit", "income",
                                                      "spending", "value", "cost", "price", "bill", "fee", "deficit",
                                                      "surplus", "turnover", "funding", "grant", "payroll"});
            // (or what a carrier or a venue counts: "MTA buses carried 405 million riders, an 8.6% decrease from")
            if (n == 0 ||
                (!amount_of &&
                 !text::contains_any_word(
                     lead[n - 1],
                     {"was",      "were",    "is",       "are",      "at",       "to",        "totalled",   "totaled",
                      "reached",  "hit",     "recorded", "reported", "worth",    "posted",    "registered", "detected",
                      "sold",     "shipped", "received", "counted",  "logged",   "had",       "earned",     "generated",
                      "produced", "carried", "handled",  "served",   "welcomed", "attracted", "drew"})))
                return std::nullopt;
        }
        // One measure: a sum in one currency, counts of one noun, percentages, with one "per". A
        // unit or "per" left off the before value is the after value's ("$80 a barrel, up 25% from
        // $70", "1.2 mln tonnes, up 25 pct from 1.1 mln", "$1.05 a share, up 50% from 88 cents"),
        // where the two are of one size (not "71 cts a share, up 16 pct from 4.4 mln dlrs").
        mention const& from = mentions[*c.from];
        // ("24.12 billion dlrs, up 2.6 pct from 23.51 billion": the currency said once)
        bool const bare_sum = m.kind == mention_kind::money && from.kind == mention_kind::number && from.unit.empty();
        // (nor a figure with a slash, "1/2", "1986/87"; a unit's is not one, "2,893 Ml/d, up 3.2% from 2,989 Ml/d")
        auto const numeral = [](mention const& v) { return std::string_view(v.text).substr(0, v.text.find(' ')); };
        if ((m.kind != from.kind && !bare_sum) || numeral(m).find('/') != std::string_view::npos ||
            numeral(from).find('/') != std::string_view::npos)
            return std::nullopt;
        // (a unit and its abbreviation are one: "12 gigawatts in 2023, up 50% from 10 GW")
        bool const one_unit = m.unit == from.unit || (m.kind == mention_kind::number && same_noun(m.unit, from.unit));
        bool const same_unit = one_unit || (from.unit.empty() && m.kind == mention_kind::number) || bare_sum;
        bool const same_per = m.per == from.per || from.per.empty();
        if (!same_unit || !same_per) return std::nullopt;
        if ((!one_unit || m.per != from.per) && from.value && m.value && *from.value > 0 && *m.value > 0) {
            double const ratio = *m.value / *from.value;
            if (ratio > 10 || ratio < 0.1) return std::nullopt;
            // (a bare before value beside a sum: within four times it, and not beside a restatement in another
            // currency, "32.7 billion crowns, or 4.8 billion dlrs, up from 30.9 billion")
            if (bare_sum && (ratio > 4 || ratio < 0.25 ||
                             text::lower(model.prose.substr(m.begin >= 4 ? m.begin - 4 : 0, 4)).ends_with(" or ")))
                return std::nullopt;
        }
        // "The trade gap was 1.2 billion dlrs, down from 300 mln dlrs in surplus": signs in the words
        // (within the sentence: "... a year earlier. Its net loss was $132 million" is another figure's)
        std::size_t words_end = std::min(model.prose.size(), c.end + 40);
        if (model.sentences && c.sentence < model.sentences->size())
            words_end = std::min(words_end, std::max((*model.sentences)[c.sentence].end, c.end));
        std::string const words = text::lower(model.prose.substr(m.begin, words_end - m.begin));
        if (text::contains_any_word(words,
                                    {"surplus", "surpluses", "deficit", "deficits", "gap", "loss", "losses", "profit"}))
            return std::nullopt;
        // The figure must be what the clause states, not a figure set beside it: "Revenue was $13.6
        // billion, compared with estimates of $13.2 billion, up 12% from ...", "traded at $68,000,
        // below its record of $73,800, up 60% from ...", "with services contributing $1.2 billion".
        std::size_t clause = m.begin;
        while (clause > 0 && model.prose[clause - 1] != ',' && model.prose[clause - 1] != ';' &&
               model.prose[clause - 1] != '(' && m.begin - clause < 200)
            --clause;
        sentence const* const own_sentence =
            model.sentences && c.sentence < model.sentences->size() ? &(*model.sentences)[c.sentence] : nullptr;
        if (own_sentence && clause < own_sentence->begin) clause = own_sentence->begin;
        // (the last four words before the figure: "estimated at 8.35 mln, up from" is the clause's)
        std::string const lead = text::lower(model.prose.substr(clause, m.begin - clause));
        auto const lead_words = text::words(lead);
        // ("a record", "a high" before the figure describe it: "carried a record 20.1 million
        // passengers, up 9% from"; "its record of", "a high of" name another figure)
        for (std::size_t w = lead_words.size() > 1 ? lead_words.size() - 2 : 0; w + 1 < lead_words.size(); ++w)
            if (lead_words[w + 1] == "of" &&
                text::contains_any_word(lead_words[w], {"record", "high", "low", "peak", "level"}))
                return std::nullopt;
        // (a figure after another and a preposition is that one's measure: "Arsenal have 89 points from 38
        // games, up from 84", "89 points in 38 games", "4,000 chargers at 700 sites, up from 3,100")
        // (after "at" only a count of places: not "sold 1,200 tonnes at 250 dlrs a tonne, up 5 pct from 238 dlrs")
        // (not a level told after its verb: "Storage in the 14 largest reservoirs stood at 412 million cubic metres,
        // up 21% from 368 million")
        bool const at_places =
            !lead_words.empty() && lead_words.back() == "at" && m.kind == mention_kind::number && !m.unit.empty() &&
            !(lead_words.size() >= 2 &&
              text::contains_any_word(lead_words[lead_words.size() - 2],
                                      {"stood", "stands", "stand", "standing", "estimated", "put", "valued", "set",
                                       "pegged", "capped", "peaked", "settled", "closed", "ended", "finished"}));
        // (a figure before it, not a year: "set the 2024 total allowable catch at 453,427 tonnes, down 25%")
        auto const figure_before = std::any_of(lead_words.begin(), lead_words.end(), [](std::string_view w) {
            bool const year = w.size() == 4 && std::all_of(w.begin(), w.end(), text::is_digit) &&
                              (w.starts_with("19") || w.starts_with("20"));
            return !year && std::any_of(w.begin(), w.end(), text::is_digit);
        });
        if (!lead_words.empty() &&
            (at_places || text::contains_any_word(lead_words.back(), {"from", "in", "over", "after", "across"})) &&
            figure_before)
            return std::nullopt;
        // ("Only 50% were issued on time, down from 60%": "only" that opens the sentence qualifies the figure)
        bool const opening_only = lead_words.size() == 1 && lead_words[0] == "only";
        // ("Asking prices hit £375,131 in April, up 2.7% from": "hit" as the clause's own verb, a few words after the
        // sentence's start with no relative word before it; not "Bitcoin, which hit $73,800")
        bool const own_hit = (!own_sentence || clause == own_sentence->begin) && lead_words.size() >= 2 &&
                             lead_words.size() <= 4 && lead_words.back() == "hit";
        for (std::size_t w = lead_words.size() > 4 ? lead_words.size() - 4 : 0; w < lead_words.size() && !opening_only;
             ++w)
            if ((!own_hit || lead_words[w] != "hit") &&
                text::contains_any_word(
                    lead_words[w],
                    {"estimate", "estimates", "expectation", "expectations", "forecasts", "consensus", "compared",
                     "versus",   "vs",        "against",     "beat",         "beating",   "topped",    "topping",
                     "ahead",    "behind",    "only",        "near",         "below",     "above",     "contributing",
                     "whereas",  "when",      "since",       "hit",          "highest",   "lowest"}))
                return std::nullopt;
        return j;
    }
    return std::nullopt;
}

/// The amount of `claim` when it is said in its values' unit: a sum of their currency ("fell 205.7
/// mln dlrs to 2.01 billion dlrs from 2.21 billion"), a count of their noun or of none ("rose 28,000
/// barrels to 38.25 mln from 37.98 mln barrels", "rose 12.5 points to 410 from 397.5"), in digits.
/// A bare amount smaller than the values' number is on their scale ("rose 1.2 to 16.2 mln from
/// 15 mln"); one of three digits or fewer beside scaled values is left (which scale, the text does
/// not say).
void units_amount(claim_model const& model, change_claim& claim) {
    mention const& a = model.at(*claim.amount);
    mention const& from = model.at(claim.from);
    mention const& to = model.at(claim.to);
    if ((a.kind != mention_kind::number && a.kind != mention_kind::money) || !has_value(a) || a.is_range ||
        *a.value <= 0 || a.text.find_first_of("0123456789") == std::string::npos)
        return;
    if (a.kind == mention_kind::money) {
        // the values' currency, said by one of them at least
        bool const money = from.kind == mention_kind::money || to.kind == mention_kind::money;
        for (mention const* v : {&from, &to})
            if (v->kind == mention_kind::money && v->unit != a.unit) return;
        if (!money) return;
    } else {
        for (mention const* v : {&from, &to}) {
            if (v->kind != mention_kind::number) return;
            if (!a.unit.empty() && !v->unit.empty() && !same_noun(a.unit, v->unit)) return;
        }
        if (a.hundredths) return;
    }
    // the amount per what the values are per ("rose 10 cents a share to $120 million" is not)
    if (!a.per.empty() && (to.per != a.per || (!from.per.empty() && from.per != a.per))) return;
    interval value = *a.range;
    double stated = *a.value;
    double const amount_scale = scale_in(a.text);
    double const values_scale = std::max(scale_in(from.text), scale_in(to.text));
    if (amount_scale == 1 && values_scale > 1) {
        if (stated < claim.to_stated / values_scale)
            read_in(value, stated, values_scale);
        else if (stated < 1000)
            return;
    }
    // (a difference of two positive values is smaller than the larger: "rose $5 million to $1.20
    // a share from $1.10 a share" is no amount of the values)
    if (value.low <= 0 || stated > std::max(claim.to_stated, claim.from_stated)) return;
    claim.units_amount = value;
    claim.units_amount_stated = stated;
}

/// Words that tell a change without what was bought or sold: "up 5% compared with 2022 without the
/// acquisitions", "stripping out acquisitions", "for businesses owned in both years".
constexpr std::array<std::string_view, 7> without_acquisitions{
    "acquisition", "stripping out", "stripped out", "not counting", "leaving out", "setting aside", "owned in both"};

/// Whether a change is told on another basis than the reported figures, by the words right after
/// it: "up 6% at constant currency", "organic growth", "like-for-like", "an increase of 2 per cent
/// in volume terms", "a rise of 2.3% after inflation", "a decline of 2% in constant currency", "by
/// volume", "per share" (not "the highest since comparable records began": 40 bytes at most).
bool on_another_basis(std::string_view prose, mention const& change) {
    std::string const rest = text::lower(prose.substr(change.begin, change.end - change.begin + 40));
    for (std::string_view const cue :
         {"constant currenc", "constant-currenc", "constant ", "organic", "like-for-like", "underlying",
          "comparable basis", "excluding", "local currenc", "currency-neutral", "adjusted for", "reported basis",
          " terms", "by volume", "by value", "per share", "per-share", "adjusting",
          // ("up 5 percent per person", "a head", "at stores open at least a year": another measure)
          "per person", "per capita", "per head", " a head", "per resident", "per employee", "per household",
          "per customer", "per pupil", "per patient", "same-store", "same store", "stores open",
          // ("for businesses owned in both years"; the cues of acquisitions left out below)
          "divestiture", "disposals", "both years",
          // ("fell to 19.1 million cubic metres from 20.3 million, a 14% decline in value", "a 20% drop in the
          // number of farms": the change of another measure of the same thing)
          " in value", " in the value of", " in the number of", " in revenue", " in revenues", " in earnings",
          " in price", " in prices", " in income"})
        if (rest.find(cue) != std::string::npos) return true;
    for (std::string_view const cue : without_acquisitions)
        if (rest.find(cue) != std::string::npos) return true;
    // "after inflation", "adjusted for inflation"; not inflation as the cause, "driven by inflation", "due to
    // inflation", "inflation-linked bonds"
    for (std::size_t at = rest.find("inflation"); at != std::string::npos; at = rest.find("inflation", at + 9)) {
        std::string_view const lead = std::string_view(rest).substr(0, at);
        bool const cause = lead.ends_with("driven by ") || lead.ends_with("due to ") || lead.ends_with("because of ") ||
                           lead.ends_with("fuelled by ") || lead.ends_with("fueled by ") ||
                           lead.ends_with("reflecting ") || lead.ends_with("higher ") || lead.ends_with("rising ");
        bool const linked = rest.compare(at + 9, 7, "-linked") == 0;
        if (!cause && !linked) return true;
    }
    // "on an organic basis", "on a per-store basis"; not "65 basis points"
    for (std::size_t at = rest.find(" basis"); at != std::string::npos; at = rest.find(" basis", at + 6))
        if (rest.compare(at + 6, 6, " point") != 0 && rest.compare(at + 6, 1, "-") != 0) return true;
    return false;
}

/// Whether change `change` states its amount as a rate for each year or month: "rose 5 percent a year
/// for three years, to $79,800 from $68,900", "2 percent a year since 2021" (a rate compounded over
/// the years its values span; not "5 percent a year earlier").
bool rate_per_period(std::string_view prose, mention const& change) {
    std::string const rest = text::lower(prose.substr(change.begin, change.end - change.begin + 24));
    for (std::string_view const unit : {"%", " percent", " per cent", " pct"})
        for (std::size_t at = rest.find(unit); at != std::string::npos; at = rest.find(unit, at + 1)) {
            std::string_view const next = std::string_view(rest).substr(at + unit.size());
            for (std::string_view const per : {" a year", " per year", " annually", " each year", " every year",
                                               " per annum", " a month", " per month", " each month"}) {
                if (!next.starts_with(per)) continue;
                std::string_view const then = next.substr(per.size());
                if (!(then.starts_with(" earlier") || then.starts_with(" ago") || then.starts_with(" before") ||
                      then.starts_with(" after") || then.starts_with(" on") || then.starts_with(" from") ||
                      then.starts_with("-") || then.starts_with(" previously")))
                    return true;
            }
        }
    return false;
}

/// Whether lower-case `words` name a basis other than the reported figures: real terms, constant
/// currency, like-for-like ...
bool another_basis_cue(std::string_view words) {
    for (std::string_view const cue : {"real terms",         "real-terms",
                                       "after inflation",    "for inflation",
                                       "inflation-adjusted", "once inflation",
                                       "constant currenc",   "constant-currenc",
                                       "constant exchange",  "constant rate",
                                       "local currenc",      "currency-neutral",
                                       "currency-adjusted",  "adjusted for currenc",
                                       "currency effect",    "currency movement",
                                       "like-for-like",      "organic",
                                       "underlying",         "comparable basis",
                                       "same-store",         "same store",
                                       "stores open",        "per person",
                                       "per capita",         "per head",
                                       "pro forma",          "pro-forma",
                                       "by volume",          "seasonally adjusted terms",
                                       "adjusted basis"})
        if (words.find(cue) != std::string_view::npos) return true;
    for (std::string_view const cue : without_acquisitions)
        if (words.find(cue) != std::string_view::npos) return true;
    return false;
}

/// Whether the rest of sentence `sentence` after byte `from` tells a change on another basis: a cue of
/// another_basis_cue, or "excluding", "excluded", "stripping", "ex" (and "without" when `without`) as
/// words: "..., excluding the effect of a weaker yen", "up 5% compared with 2022 without the acquisitions".
bool rest_on_another_basis(claim_model const& model, std::size_t sentence, std::size_t from, bool without) {
    if (!model.sentences || sentence >= model.sentences->size()) return false;
    std::size_t const end = (*model.sentences)[sentence].end;
    std::string const rest = text::lower(model.prose.substr(from, end > from ? end - from : 0));
    if (another_basis_cue(rest) || text::contains_any_word(rest, {"excluding", "excluded", "stripping", "ex"}))
        return true;
    return without && text::contains_any_word(rest, {"without"});
}

/// Whether the words right after a change's values put the change on another basis than the values:
/// "fell 4 per cent to £97m from £94m in real terms", "rose 2.8 per cent to £37,250 from £35,180 after
/// adjusting for inflation", "rose 9% to $24.9 billion from $23.3 billion at constant currency", "...,
/// excluding fuel": the stated change (its amount, or its direction) is not the one the values give.
/// The clause after the last value is read, up to 48 bytes, a semicolon or "said".
bool values_on_another_basis(claim_model const& model, std::size_t values_end, std::size_t sentence_end) {
    std::size_t const end = std::min({values_end + 48, sentence_end, model.prose.size()});
    if (values_end >= end) return false;
    std::string rest = text::lower(model.prose.substr(values_end, end - values_end));
    std::replace(rest.begin(), rest.end(), '\n', ' '); // (wrapped text)
    // (up to another clause: "..., with same-store sales up 6.5 pct" is a measure of its own, "...,
    // though in real terms the picture was worse" another statement)
    for (std::string_view const stop : {";", " said", " with ", " while ", " whereas ", " and ", ", but ", " though ",
                                        " although ", " as ", " because ", " since "})
        if (std::size_t const cut = rest.find(stop); cut != std::string::npos) rest.resize(cut);
    if (another_basis_cue(rest)) return true;
    // "in volume terms", "in dollar terms", "in constant-currency terms"
    for (std::size_t at = rest.find(" terms"); at != std::string::npos; at = rest.find(" terms", at + 6)) {
        std::size_t const in = rest.rfind(" in ", at);
        if (in != std::string::npos && at - in <= 30) return true;
    }
    return false;
}

/// Whether the sentence ends right after mention `m`, or a new clause begins there (", and", ", but",
/// ", while", ";"): nothing after it qualifies it ("or 60%, of the company's revenue", "or 9%, a year").
bool clause_ends_at(claim_model const& model, mention const& m) {
    std::string_view const rest = model.prose.substr(m.end, std::min<std::size_t>(10, model.prose.size() - m.end));
    if (rest.empty() || rest.front() == ';' || rest.front() == '\n') return true;
    if (rest.front() == '.') return rest.size() == 1 || rest[1] == ' ' || rest[1] == '\n' || rest[1] == '"';
    if (rest.front() != ',') return false;
    std::string const after = text::lower(rest.substr(1));
    return after.starts_with(" and ") || after.starts_with(" but ") || after.starts_with(" while ") ||
           after.starts_with(" whereas ");
}

/// Whether `gap` names where or at what event a base was, " in Tokyo", " at Euro ", " at the Rio Games" ("in" or
/// "at", "the" and one to three words with a capital), and then `tail` (", " or " ").
bool named_place_gap(std::string_view gap, std::string_view tail) {
    if (!gap.ends_with(tail) || !(gap.starts_with(" in ") || gap.starts_with(" at "))) return false;
    std::string_view middle = gap.substr(4, gap.size() - 4 - tail.size());
    if (middle.starts_with("the ")) middle.remove_prefix(4);
    if (middle.empty() || middle.find_first_of(",;:()") != std::string_view::npos) return false;
    auto const words = text::words(middle);
    return !words.empty() && words.size() <= 3 && std::all_of(words.begin(), words.end(), [](std::string_view w) {
        return w.front() >= 'A' && w.front() <= 'Z';
    });
}

/// "rose to $120 million from $100 million, an increase of 25 per cent", "a 25% rise": the amount of
/// a change told by values alone, restated right after it (a comma between) as a change of its own
/// with an amount and no values, in the same direction. The period of the base may come between
/// ("from 27.8 per cent last year, an increase of", "from Rs 13,210 crore in 2023-24, a jump of"),
/// and the amount may be in the values' own unit ("fell to £1,720 from £1,849, a reduction of £192").
std::optional<std::size_t> amount_after(claim_model const& model, std::size_t change) {
    auto const& mentions = *model.mentions;
    mention const& c = mentions[change];
    // the end of the change with its values ("rose to 28.3 per cent this year from 27.8 per cent")
    std::size_t end = c.end;
    for (auto const value : {c.from, c.to})
        if (value) end = std::max(end, mentions[*value].end);
    std::size_t k = change + 1;
    while (k < mentions.size() && (mentions[k].begin < end || mentions[k].parent)) ++k;
    // the period of the base, next to the change ("last year", "in 2023-24", "a year earlier"), or
    // the day it took effect ("from £1,849 on 1 April, a cut of 7 per cent")
    // (or the span the change took: "rose from 120 to 186 over the past 12 months, an increase of 65%")
    while (k < mentions.size() && mentions[k].sentence == c.sentence &&
           (dated_time(mentions[k]) || mentions[k].kind == mention_kind::duration) && mentions[k].begin >= end) {
        std::string_view const gap = model.prose.substr(end, mentions[k].begin - end);
        bool const span = mentions[k].kind == mention_kind::duration &&
                          (gap == " over the past " || gap == " over the last " || gap == " in the past " ||
                           gap == " in the last " || gap == " over " || gap == " in ");
        // (" at": "from $40.36 billion at the end of March, an increase of $700 million")
        // (" at the start of": "to 8.8 million from 6.5 million at the start of the year, an increase of 35%", where
        // the year's mention begins after the words of its part)
        bool const part_of = gap == " at the start of " || gap == " at the end of " || gap == " at the beginning of ";
        // (" at Euro ": the year of an event named, "down from 371 million euros at Euro 2020, a fall of 21%")
        bool const event = mentions[k].kind == mention_kind::year && named_place_gap(gap, " ");
        if (!span && (mentions[k].kind == mention_kind::duration ||
                      (gap != " " && gap != " in " && gap != " for " && gap != " during " && gap != " on " &&
                       gap != " at " && !part_of && !event)))
            break;
        end = mentions[k].end;
        ++k;
        while (k < mentions.size() && mentions[k].begin < end) ++k;
    }
    if (k >= mentions.size()) return std::nullopt;
    mention const& next = mentions[k];
    // ("rose from $400m to $472m, or 15%.": the percentage alone, set off by ", or" at the clause's end; not
    // a share of something else, "or 15% of sales", nor of values in percent, "to 8% from 5%, or 60%")
    if (next.sentence == c.sentence &&
        (next.kind == mention_kind::percent || next.kind == mention_kind::percentage_points) && !next.parent &&
        next.value && !next.is_range && next.begin >= end &&
        (model.prose.substr(end, next.begin - end) == ", or " ||
         model.prose.substr(end, next.begin - end) == ", or by ") &&
        c.to && mentions[*c.to].kind != mention_kind::percent && c.direction != 0 && clause_ends_at(model, next))
        return next.kind == mention_kind::percent ? std::optional<std::size_t>(k) : std::nullopt;
    // (or the next sentence, opened by "That is" and a noun of change: "Income rose to £7,300 from £5,000 two years
    // earlier. That is an increase of 64% in two years.")
    bool const next_sentence = [&] {
        // (the new value told before "up from", the change's own values or not: "earned $21.8 million in 2023, up
        // from $16.0 million in 2022. That was a rise of 26%.")
        bool const up_from =
            c.from && !c.to && (text::istarts_with(c.text, "up from ") || text::istarts_with(c.text, "down from "));
        if (next.sentence != c.sentence + 1 || !model.sentences || next.sentence >= model.sentences->size() ||
            !c.from || (!c.to && !up_from))
            return false;
        sentence const& t = (*model.sentences)[next.sentence];
        std::string const opening = text::lower(model.prose.substr(t.begin, next.begin - t.begin));
        return opening == "that is " || opening == "that's " || opening == "that was " || opening == "this is " ||
               opening == "this was " || opening == "that represents " || opening == "this represents ";
    }();
    if ((next.sentence != c.sentence && !next_sentence) || next.kind != mention_kind::change || !next.amount ||
        next.from || next.to)
        return std::nullopt;
    // (or one said to match another's: "to 49 million euros from 161 million euros, also a decline of about 60%")
    // (or after the time the values span, in words no mention covers: "fell to 272 from 514 over the same period, a
    // drop of 37%")
    auto const span_words = [&](std::string_view gap) {
        if (!gap.ends_with(", ") || gap.find_first_of(";:()0123456789") != std::string_view::npos ||
            std::count(gap.begin(), gap.end(), ',') != 1)
            return false;
        auto const words = text::words(gap);
        return words.size() >= 3 && words.size() <= 5 &&
               text::contains_any_word(text::lower(words[0]), {"over", "in", "during", "for"}) &&
               text::iequals(words[1], "the") &&
               text::contains_any_word(text::lower(words.back()),
                                       {"period", "time", "months", "weeks", "year", "span"});
    };
    // (or after where the base was: "up from 88 in Tokyo, a rise of 3.4%")
    if (!next_sentence && (next.begin < end || (model.prose.substr(end, next.begin - end) != ", " &&
                                                !text::iequals(model.prose.substr(end, next.begin - end), ", also ") &&
                                                !span_words(model.prose.substr(end, next.begin - end)) &&
                                                !named_place_gap(model.prose.substr(end, next.begin - end), ", "))))
        return std::nullopt;
    std::string const words = text::lower(next.text);
    // ("an improvement of 65 basis points" after "declined": better is no direction of the figure)
    bool const neutral = text::contains_any_word(words, {"improvement", "deterioration", "change", "swing"});
    if (!neutral && next.direction != 0 && c.direction != 0 && next.direction != c.direction) return std::nullopt;
    // ("an increase of 2 per cent in volume terms", "after inflation": another measure of the change)
    if (on_another_basis(model.prose, next)) return std::nullopt;
    // ("fell to 11.2 billion in 2021 from 14.5 billion in 2018, a decline of about 8% a year": a rate per year
    // over the years between, not the whole change)
    {
        std::string const follow = text::lower(model.prose.substr(next.end, 16));
        for (std::string_view const rate : {" a year", " a month", " per year", " per annum", " annually", " each year",
                                            " every year", " per month", " a quarter", " yearly"})
            if (std::string_view(follow).starts_with(rate) &&
                (follow.size() == rate.size() || !text::is_alpha(follow[rate.size()])))
                return std::nullopt;
    }
    mention const& amount = mentions[*next.amount];
    bool const relative = amount.kind == mention_kind::percent || amount.kind == mention_kind::percentage_points;
    // an amount in the values' unit: money of their currency, or a count of their noun
    bool in_units = false;
    if (!relative && c.to && amount.kind == mentions[*c.to].kind) {
        mention const& to = mentions[*c.to];
        // (or points of an index's bare values: "dropped to 67.4 from 77.2, a decline of 9.8 points")
        in_units = amount.kind == mention_kind::money
                       ? amount.unit == to.unit
                       : amount.kind == mention_kind::number &&
                             (amount.unit.empty() || amount.unit == to.unit ||
                              (to.unit.empty() && (amount.unit == "points" || amount.unit == "point")) ||
                              // (the values' noun said with the amount only: "fell to 6,281 from 6,339, a drop of
                              // 68 practices")
                              (to.unit.empty() && c.from && mentions[*c.from].kind == mention_kind::number &&
                               mentions[*c.from].unit.empty()));
    }
    if (!relative && !in_units) return std::nullopt;
    // ("an increase of", "a rise of", "a 25 per cent increase": a noun of change, not a clause of its
    // own; "up 31 percent" only when it ends there, "rose to 38,400 from 33,900, up 31 percent." - not
    // "up 12% on the year", "up 5% from a year earlier", another comparison)
    if (!std::string_view(words).starts_with("a ") && !std::string_view(words).starts_with("an ")) {
        if (!std::string_view(words).starts_with("up ") && !std::string_view(words).starts_with("down "))
            return std::nullopt;
        std::size_t const after = next.end;
        if (after < model.prose.size() && model.prose[after] != ',' && model.prose[after] != '.' &&
            model.prose[after] != ';')
            return std::nullopt;
    }
    return next.amount;
}

/// Whether the sentence of mention `m` tells of a time shorter than a year ("the weekly rig count",
/// "from the previous month", "sequentially"): a change in it may be over that time, not over the year
/// a comparison names.
bool shorter_time_in_sentence(claim_model const& model, mention const& m) {
    if (m.sentence >= model.sentences->size()) return true;
    sentence const& s = (*model.sentences)[m.sentence];
    std::string const whole = text::lower(model.prose.substr(s.begin, s.end - s.begin));
    return text::contains_any_word(whole, {"week", "weekly", "weeks", "month", "monthly", "sequential", "sequentially",
                                           "quarter-on-quarter", "daily", "day"});
}

/// Whether `when` names the time of a base ("a year earlier", "the previous year", "in the same period
/// last year"), right after `value` (only "in", "for", "the same period" between).
bool base_time_after(claim_model const& model, mention const& value, mention const& when) {
    if ((when.kind != mention_kind::relative_time && when.kind != mention_kind::period) ||
        when.sentence != value.sentence || when.begin <= value.end)
        return false;
    std::string const gap = text::lower(model.prose.substr(value.end, when.begin - value.end));
    if (gap.front() != ' ' || gap.back() != ' ' || gap.find_first_of(",;:()") != std::string::npos) return false;
    for (std::string_view const w : text::words(gap))
        if (!text::contains_any_word(w, {"in", "for", "the", "same", "period", "quarter", "month", "half"}))
            return false;
    return text::contains_any_word(text::lower(when.text),
                                   {"earlier", "ago", "previous", "before", "prior", "last", "same"});
}

/// Whether comparison mention `word` sets a figure against another: "compared with", "compared to",
/// "against", "versus".
bool sets_against(mention const& word) {
    if (word.kind != mention_kind::comparison) return false;
    std::string const said = text::lower(word.text);
    return said == "compared with" || said == "compared to" || said == "against" || said == "versus";
}

/// "Profit was $472m in the quarter, compared with $400m a year earlier, a rise of 15%": the after and
/// the before values of a change stated by its amount alone, set against each other just before it,
/// the before with the time of its base. The values' indices (before, after).
std::optional<std::pair<std::size_t, std::size_t>> values_compared_before(claim_model const& model,
                                                                          std::size_t change) {
    auto const& mentions = *model.mentions;
    mention const& c = mentions[change];
    if (c.kind != mention_kind::change || !c.amount || c.from || c.to || c.direction == 0 || change < 4)
        return std::nullopt;
    if (mentions[*c.amount].kind != mention_kind::percent) return std::nullopt;
    // ("a rise of 15%", "an increase of"; "down 12%" where the clause ends)
    std::string const words = text::lower(c.text);
    if (!std::string_view(words).starts_with("a ") && !std::string_view(words).starts_with("an ") &&
        !((std::string_view(words).starts_with("up ") || std::string_view(words).starts_with("down ")) &&
          clause_ends_at(model, c)))
        return std::nullopt;
    mention const& when = mentions[change - 1];
    mention const& before = mentions[change - 2];
    mention const& word = mentions[change - 3];
    if (when.end > c.begin || model.prose.substr(when.end, c.begin - when.end) != ", ") return std::nullopt;
    // (or a year named for the base: "2.7 million working days were lost in 2023, compared with 2.5 million in 2022,
    // an increase of 18%")
    std::string_view const base_gap =
        when.begin > before.end ? model.prose.substr(before.end, when.begin - before.end) : std::string_view();
    bool const base_year =
        (when.kind == mention_kind::year || when.kind == mention_kind::period) && !when.parent &&
        when.sentence == before.sentence && when.time_value.size() >= 4 && text::is_digit(when.time_value[0]) &&
        (base_gap == " in " || base_gap == " " || base_gap == " for " ||
         // ("compared with 9,050 in the same period of 2023")
         text::iequals(base_gap, " in the same period of ") || text::iequals(base_gap, " in the same quarter of ") ||
         text::iequals(base_gap, " in the same month of "));
    if ((!base_time_after(model, before, when) && !base_year) || !sets_against(word) || word.end > before.begin ||
        model.prose.substr(word.end, before.begin - word.end) != " ")
        return std::nullopt;
    // (the after value, perhaps with its own time between: "$472m in the quarter, compared with")
    std::size_t a = change - 4;
    // (or a year against "a year earlier": "There were 1,150 cases in 2023, compared with 810 a year earlier"; not one
    // before the base's, "341 million in 2021, compared with 259.5 million last year, a decline")
    bool const later_year = [&] {
        if (mentions[a].kind != mention_kind::year) return false;
        if (base_year) return true;
        auto const own = model.year_of(mentions[a]);
        auto const base = model.year_of(when);
        return own && (!base || *base < *own);
    }();
    if ((mentions[a].kind == mention_kind::relative_time || mentions[a].kind == mention_kind::period || later_year) &&
        a > 0 && mentions[a].end <= word.begin &&
        (model.prose.substr(mentions[a].end, word.begin - mentions[a].end) == ", " ||
         model.prose.substr(mentions[a].end, word.begin - mentions[a].end) == " "))
        --a;
    bool converted = false;
    // (or the after value restated in another currency, set off by commas: "The average order was 540 rupees, about
    // $6.50, compared with 515 rupees a year earlier, down 4.9%")
    if (a > 0 && mentions[a].kind == mention_kind::money && mentions[a - 1].kind == mention_kind::money &&
        !mentions[a].parent && !mentions[a - 1].parent && mentions[a].unit != mentions[a - 1].unit &&
        mentions[a - 1].unit == before.unit && mentions[a].end <= word.begin &&
        mentions[a - 1].end <= mentions[a].begin &&
        model.prose.substr(mentions[a].end, word.begin - mentions[a].end) == ", " &&
        model.prose.substr(mentions[a - 1].end, mentions[a].begin - mentions[a - 1].end) == ", ") {
        --a;
        converted = true;
    }
    // (not a whole set off after the figure: "1.6 million tonnes, out of 3.6 million tonnes, compared with")
    if (whole_set_off(model, a)) return std::nullopt;
    bool counted_after = false;
    // (not a count of something else after the figure: "drew 4.9 million viewers in 40 markets,
    // compared with 4.5 million a year earlier, up 9%", "in the first three rounds": the figure before
    // it, far nearer the base)
    std::size_t b = a;
    while (b > 0 && mentions[b - 1].kind == mention_kind::ordinal) --b;
    if (b > 0 && mentions[a].value && before.value && mentions[b - 1].value && !mentions[b - 1].parent &&
        mentions[b - 1].kind == mentions[a].kind && mentions[a].kind == mention_kind::number &&
        !mentions[a].unit.empty() && mentions[b - 1].unit != mentions[a].unit &&
        mentions[b - 1].end <= mentions[a].begin) {
        auto const far = [&](double x) { return x > 10 * *before.value || 10 * x < *before.value; };
        std::string const between =
            text::lower(model.prose.substr(mentions[b - 1].end, mentions[a].begin - mentions[b - 1].end));
        auto const gap = text::words(between);
        // (the count's own time may follow it: "150 separate forced outages across the 24 reactors last year,
        // compared with 190 in 2022")
        bool const set_off =
            model.prose.substr(mentions[a].end, word.begin - mentions[a].end) == ", " ||
            (a + 1 < change - 3 && mentions[a + 1].end <= word.begin &&
             (model.prose.substr(mentions[a].end, mentions[a + 1].begin - mentions[a].end) == " " ||
              model.prose.substr(mentions[a].end, mentions[a + 1].begin - mentions[a].end) == " in ") &&
             model.prose.substr(mentions[a + 1].end, word.begin - mentions[a + 1].end) == ", ");
        if (far(*mentions[a].value) && !far(*mentions[b - 1].value) && !gap.empty() && gap.size() <= 8 &&
            text::contains_any_word(gap.front(), {"in", "on", "across", "over", "from", "at", "for", "during"}) &&
            between.find_first_of(",;") == std::string::npos && set_off) {
            a = b - 1;
            counted_after = true;
        }
    }
    mention const& after = mentions[a];
    // (not a count of where the measured were, after a preposition: "150 separate forced outages across the 24
    // reactors last year, compared with 190 in 2022")
    if (!counted_after) {
        std::size_t const lead_from = after.begin >= 24 ? after.begin - 24 : 0;
        std::string const lowered = text::lower(model.prose.substr(lead_from, after.begin - lead_from));
        auto const lead = text::words(lowered);
        std::size_t n = lead.size();
        if (n > 0 && text::contains_any_word(lead[n - 1], {"the", "its", "their"})) --n;
        if (n > 0 && text::contains_any_word(
                         lead[n - 1], {"across", "among", "at", "over", "in", "from", "on", "between", "within"}))
            return std::nullopt;
    }
    std::size_t const after_end = a + 1 < change - 3 && !converted ? mentions[a + 1].begin : word.begin;
    std::size_t const gap_from = converted ? mentions[a + 1].end : after.end;
    std::string_view const gap = model.prose.substr(gap_from, after_end > gap_from ? after_end - gap_from : 0);
    // (with a year for each, the words of what was counted and done between the figure and its year: "2.7 million
    // working days were lost to labour disputes in 2023, compared with 2.5 million in 2022")
    bool const told_of = base_year && a + 1 < change - 3 && mentions[a + 1].kind == mention_kind::year &&
                         gap.ends_with(" ") && gap.find_first_of(",;:()") == std::string_view::npos &&
                         text::words(gap).size() <= 8;
    // (a share that opens the sentence, what it is of and a verb between: "31.5% of users pay, compared with")
    bool const share_of = after.kind == mention_kind::percent && gap.starts_with(" of ") && gap.ends_with(", ") &&
                          gap.substr(0, gap.size() - 2).find_first_of(",;:()") == std::string_view::npos &&
                          text::words(gap).size() <= 6;
    // (or what the counted did, right after the figure: "Some 214,530 residents voted, compared with 222,010 four
    // years earlier")
    bool const did =
        !converted && gap.ends_with(", ") && gap.size() > 3 &&
        gap.substr(0, gap.size() - 2).find_first_of(",;:()") == std::string_view::npos && [&] {
            auto const did_words = text::words(gap);
            // (or what was done to them: "Only 31 ships were beached, compared with 52")
            if (did_words.size() == 2 && text::contains_any_word(text::lower(did_words[0]), {"were", "was"})) {
                std::string const done = text::lower(did_words[1]);
                if (done.ends_with("ed") ||
                    text::contains_any_word(done, {"sold", "built", "made", "taken", "given", "paid", "held", "seen",
                                                   "won", "lost", "spent", "issued", "sent"}))
                    return true;
            }
            return did_words.size() <= 2 &&
                   text::contains_any_word(text::lower(did_words.back()),
                                           {"voted", "attended", "died", "visited", "enrolled", "applied", "graduated",
                                            "arrived", "registered", "signed", "took part", "participated",
                                            "responded"});
        }();
    bool const joined = counted_after || told_of || share_of || did ||
                        (a + 1 < change - 3 && !converted ? (gap == " " || gap == " in " || gap == " for ")
                                                          : (gap == ", " || gap == " "));
    // (the after value may be the one a change without an old value ends with: "Attempts rose to 11,200, compared with
    // 9,050 in the same period of 2023, a rise of 34%")
    bool const reached = after.parent && mentions[*after.parent].kind == mention_kind::change &&
                         mentions[*after.parent].to == a && !mentions[*after.parent].from &&
                         !mentions[*after.parent].amount && mentions[*after.parent].end == after.end;
    if (!joined || (after.parent && !reached) || !after.value || after.is_range || after.sentence != c.sentence ||
        after.kind != before.kind || before.parent || !before.value || before.is_range ||
        !comparable_units(after, before) || after.per != before.per)
        return std::nullopt;
    // (percentages only where the change is said in percent too, of a share that opens the sentence: "About 39% of
    // users pay, compared with 41% a year earlier, a decline of 2%", where NC103 tells points from percent)
    bool const shares = after.kind == mention_kind::percent && !after.is_range &&
                        (a == 0 || mentions[a - 1].sentence != after.sentence) &&
                        text::istarts_with(model.prose.substr(after.end, 4), " of ");
    if (after.kind != mention_kind::money && after.kind != mention_kind::number && !shares) return std::nullopt;
    if (shorter_time_in_sentence(model, c)) return std::nullopt;
    // (the earlier year told first, the later after the marker: "Exports were $22.5 billion in 2022, compared with
    // $17.8 billion in 2023, down 21%" goes from the first to the second)
    // (the first's year may come before it: "The club's revenue in 2019 was 300 million pounds, compared with 420
    // million pounds in 2023, an increase of 40%")
    std::optional<std::size_t> first_time;
    if (a + 1 < change - 3 &&
        (mentions[a + 1].kind == mention_kind::year || mentions[a + 1].kind == mention_kind::period) &&
        !mentions[a + 1].parent)
        first_time = a + 1;
    else if (a > 0 && mentions[a - 1].sentence == after.sentence &&
             (mentions[a - 1].kind == mention_kind::year || mentions[a - 1].kind == mention_kind::period) &&
             !mentions[a - 1].parent && mentions[a - 1].end <= after.begin && after.begin - mentions[a - 1].end <= 12)
        first_time = a - 1;
    if (base_year && first_time) {
        std::optional<int> const first_year = model.year_of(mentions[*first_time]);
        std::optional<int> const second_year = model.year_of(when);
        if (first_year && second_year && *first_year < *second_year) return std::pair{a, change - 2};
    }
    return std::pair{change - 2, a};
}

/// "Revenue was $140m in 2022 and fell 3.6% to $125m in 2023": the before value of a change that states
/// its amount and its after value with a year, told with the year before in the clause right before it,
/// joined by "and" (the subject said once). Years, split years and quarters of one shape, one year
/// apart; none with anything else between.
std::optional<std::size_t> value_of_year_before(claim_model const& model, std::size_t change) {
    auto const& mentions = *model.mentions;
    mention const& c = mentions[change];
    if (c.kind != mention_kind::change || !c.amount || !c.to || c.from || c.direction == 0 || change < 2)
        return std::nullopt;
    mention const& when = mentions[change - 1];
    mention const& before = mentions[change - 2];
    auto const dated = [](mention const& m) {
        return (m.kind == mention_kind::year || m.kind == mention_kind::period) && !m.parent &&
               m.time_value.size() >= 4 && text::is_digit(m.time_value[0]);
    };
    if (!dated(when) || when.sentence != c.sentence || before.sentence != c.sentence || before.parent ||
        when.end > c.begin || before.end > when.begin ||
        !text::iequals(model.prose.substr(when.end, c.begin - when.end), " and "))
        return std::nullopt;
    // (the figure right before its year: "$140m in 2022", "2.1 million tonnes in the 2022/23 season")
    std::string const joint = text::lower(model.prose.substr(before.end, when.begin - before.end));
    for (std::string_view const w : text::words(joint))
        if (!text::contains_any_word(w, {"in", "for", "during"})) return std::nullopt;
    if (model.prose.substr(before.end, when.begin - before.end).find_first_of(",;:()") != std::string_view::npos)
        return std::nullopt;
    // the after value's own year, right after the change
    std::size_t k = change + 1;
    while (k < mentions.size() && mentions[k].parent == change) ++k;
    if (k >= mentions.size()) return std::nullopt;
    mention const& then = mentions[k];
    if (!dated(then) || then.sentence != c.sentence || then.begin < c.end ||
        model.prose.substr(c.end, then.begin - c.end).find_first_not_of(' ') != std::string_view::npos)
        return std::nullopt;
    if (then.time_value.size() != when.time_value.size()) return std::nullopt;
    if (when.time_value.find('-') != std::string::npos && when.time_value.substr(4) != then.time_value.substr(4))
        return std::nullopt;
    std::optional<int> const first = model.year_of(when), second = model.year_of(then);
    if (!first || !second || *second != *first + 1) return std::nullopt;
    mention const& after = mentions[*c.to];
    if (!before.value || before.is_range || before.kind != after.kind ||
        (before.kind != mention_kind::money && before.kind != mention_kind::number) ||
        !comparable_units(before, after) || before.per != after.per)
        return std::nullopt;
    return change - 2;
}

/// "increased by 15% to $472m, compared with $400m a year earlier": the before value of a change that
/// states its amount and its after value, set against it right after with the time of the base ("a
/// year earlier", "the previous year", "in the same period last year"), the clause ending there. Not a
/// figure of someone else ("compared with $500m at its rival") nor of no time.
std::optional<std::size_t> value_compared_after(claim_model const& model, std::size_t change) {
    auto const& mentions = *model.mentions;
    mention const& c = mentions[change];
    // (or no amount, the direction alone: "Revenue fell to 12.83 billion euros, compared with 12.76 billion euros a
    // year earlier")
    if (c.kind != mention_kind::change || !c.to || c.from || c.direction == 0) return std::nullopt;
    mention const& to = mentions[*c.to];
    if (to.end != c.end) return std::nullopt; // (the after value ends the change)
    // (a change in percent of a level, not of a rate: "rose 0.6 pct to 53.6 pct, against 67.3 pct one
    // year ago" and "up by 23 to 784, against 1,063 working rigs one year ago" are a week's change
    // beside the level a year before)
    if ((c.amount && mentions[*c.amount].kind != mention_kind::percent) || to.kind == mention_kind::percent)
        return std::nullopt;
    std::size_t k = change + 1;
    while (k < mentions.size() && mentions[k].begin < c.end) ++k;
    // (the year of the new value right after it, then the base in the year before: "rose 12% to $4.5 billion
    // last year, compared with $3.6 billion in 2022")
    std::size_t c_end = c.end;
    std::optional<int> new_year;
    if (k < mentions.size() && !mentions[k].parent && mentions[k].sentence == c.sentence &&
        mentions[k].begin == c.end + 1 && model.prose[c.end] == ' ' &&
        (mentions[k].kind == mention_kind::year ||
         (mentions[k].kind == mention_kind::relative_time && mentions[k].relative_unit == "year"))) {
        new_year = model.year_of(mentions[k]);
        if (!new_year) return std::nullopt;
        c_end = mentions[k].end;
        while (k < mentions.size() && mentions[k].begin < c_end) ++k;
    }
    if (k + 2 >= mentions.size()) return std::nullopt;
    mention const& word = mentions[k];
    mention const& value = mentions[k + 1];
    mention const& when = mentions[k + 2];
    // (", compared with", " versus")
    if (!sets_against(word) || word.sentence != c.sentence ||
        (model.prose.substr(c_end, word.begin - c_end) != ", " &&
         (new_year || model.prose.substr(c_end, word.begin - c_end) != " ")))
        return std::nullopt;
    if (value.kind != to.kind || value.parent || !value.value || value.is_range || value.sentence != c.sentence ||
        model.prose.substr(word.end, value.begin - word.end) != " " || !comparable_units(value, to) ||
        value.per != to.per)
        return std::nullopt;
    // (the year before the new value's, "in 2022", right after the value)
    bool const dated_base = new_year && when.kind == mention_kind::year && !when.parent &&
                            when.sentence == c.sentence && when.begin == value.end + 1 &&
                            model.prose[value.end] == ' ' && text::istarts_with(when.text, "in ") &&
                            model.year_of(when) == *new_year - 1;
    if (!dated_base && !base_time_after(model, value, when)) return std::nullopt;
    // (a year before: "a year earlier", "the previous year", "the same period last year"; a plain "rose
    // 15%" is not over "five years earlier", "a decade ago", "six months earlier" or "a quarter earlier")
    if (!dated_base) {
        std::string const time = text::lower(when.text);
        if (!text::contains_any_word(time, {"year"}) || time.find_first_of("0123456789") != std::string::npos ||
            time.find("before last") != std::string::npos ||
            text::contains_any_word(time, {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                           "several", "few", "decade", "decades", "years", "month", "months", "quarter",
                                           "quarters", "half"}))
            return std::nullopt;
    }
    if (when.end < model.prose.size() && model.prose[when.end] != '.' && model.prose[when.end] != ',' &&
        model.prose[when.end] != ';')
        return std::nullopt;
    // (nor a change on another basis, said after the base: "..., excluding the effect of a weaker yen",
    // "..., at constant currency")
    if (rest_on_another_basis(model, c.sentence, when.end, false)) return std::nullopt;
    // (nor in a sentence of a shorter time: "the weekly rig count rose 19 pct to 100, compared to 46 a
    // year ago", "rose 2% from the previous month")
    if (shorter_time_in_sentence(model, c)) return std::nullopt;
    return k + 1;
}

/// "Assets rose 8.4% to $287.3 billion, up from $270.0 billion a year earlier": the before value of a
/// change with an amount and an after value only, given by an "up from" or "down from" of the same way
/// set off by a comma right after it (a time of the after value may come between: "to $287.3 billion in
/// the 12 months to March 31, up from").
std::optional<std::size_t> value_up_from_after(claim_model const& model, std::size_t change) {
    auto const& mentions = *model.mentions;
    mention const& c = mentions[change];
    if (c.kind != mention_kind::change || !c.to || !c.amount || c.from || c.direction == 0) return std::nullopt;
    // (the new value ends the change, or is joined after a basis of a year back: "rose 7.5% from a year earlier to
    // $407,600, up from $385,800 in April 2023")
    std::size_t c_end = c.end;
    bool year_basis = false;
    std::optional<int> new_year; // (the year of the period between the change and its new value)
    if (mentions[*c.to].end != c.end) {
        if (mentions[*c.to].begin < c.end) return std::nullopt;
        std::string const between = text::lower(model.prose.substr(c.end, mentions[*c.to].begin - c.end));
        year_basis = between == " from a year earlier to " || between == " from a year ago to " ||
                     between == " year on year to " || between == " year-on-year to ";
        // (or after the change's period: "fell 21% in the first quarter to 4.6 billion euros, down from 5.2 billion
        // euros a year earlier")
        bool period_between = false;
        if (!year_basis && std::string_view(between).ends_with(" to ") && between.size() <= 48) {
            std::string words_left = between;
            for (std::size_t t = change + 1; t < mentions.size() && mentions[t].begin < mentions[*c.to].begin; ++t) {
                mention const& time = mentions[t];
                if (time.parent || time.begin < c.end) continue;
                if (!dated_time(time)) return std::nullopt;
                std::fill_n(words_left.begin() + static_cast<std::ptrdiff_t>(time.begin - c.end), time.end - time.begin,
                            ' ');
                period_between = true;
                // (a year only: "last year", "in 2023"; not a day, "rose 2% on Friday to $50")
                if (time.kind == mention_kind::year ||
                    (time.kind == mention_kind::relative_time && time.relative_unit == "year"))
                    new_year = model.year_of(time);
            }
            for (std::string_view const w : text::words(words_left))
                period_between =
                    period_between && text::contains_any_word(w, {"in", "for", "during", "over", "on", "to"});
        }
        if (!year_basis && !period_between) return std::nullopt;
        c_end = mentions[*c.to].end;
    }
    std::size_t k = change + 1;
    while (k < mentions.size() && mentions[k].begin < c_end) ++k;
    // (times of the after value between; a year's is the new value's: "by 8.5% to 55.4 billion euros next year, up
    // from 52.0 billion euros in 2024")
    while (k < mentions.size() && mentions[k].sentence == c.sentence &&
           (dated_time(mentions[k]) || mentions[k].kind == mention_kind::duration)) {
        mention const& time = mentions[k];
        if (!new_year && !time.parent && time.begin == c_end + 1 &&
            (time.kind == mention_kind::year ||
             (time.kind == mention_kind::relative_time && time.relative_unit == "year")))
            new_year = model.year_of(time);
        ++k;
    }
    if (k >= mentions.size()) return std::nullopt;
    mention const& up = mentions[k];
    // (of either way: "Ridership fell 15% last year to 48.5 million exits, up from 42.2 million in 2022" says the
    // change two ways, NC102's finding)
    if (up.kind != mention_kind::change || up.sentence != c.sentence || up.parent || !up.from || up.to || up.amount ||
        up.direction == 0)
        return std::nullopt;
    // (but a move of a day beside a level a year before may go the other way: "Shares rose 2% to $50, down from $55
    // a year earlier"; only a change over the year the text names is the one from the year before)
    if (up.direction != c.direction && !new_year) return std::nullopt;
    std::string_view const head = text::first_word(up.text);
    if (!text::iequals(head, "up") && !text::iequals(head, "down")) return std::nullopt;
    std::string_view const gap = model.prose.substr(c_end, up.begin - c_end);
    // (a date's own comma is none of the gap's: "rose 9.5% to 221.20 pounds a week on Saturday, April 6, up from")
    std::ptrdiff_t own_commas = 0;
    for (std::size_t t = change + 1; t < k; ++t)
        if (mentions[t].begin >= c_end && mentions[t].end <= up.begin)
            own_commas += std::count(model.prose.begin() + static_cast<std::ptrdiff_t>(mentions[t].begin),
                                     model.prose.begin() + static_cast<std::ptrdiff_t>(mentions[t].end), ',');
    if (!gap.ends_with(", ") || gap.find_first_of(";:()") != std::string_view::npos ||
        std::count(gap.begin(), gap.end(), ',') - own_commas != 1 || text::words(gap).size() > 10)
        return std::nullopt;
    // (the base a year before, or none told; not a farther one, "up from £1,270 in 2010", "down from 28.14
    // cents in November", "up from $1.88 at the start of May", nor a peak, "down from a peak of $73,740")
    if (up.end != mentions[*up.from].end || text::lower(up.text).find(" of ") != std::string::npos) return std::nullopt;
    if (c.sentence >= model.sentences->size()) return std::nullopt;
    std::size_t const end = (*model.sentences)[c.sentence].end;
    std::string rest = text::lower(model.prose.substr(up.end, end > up.end ? end - up.end : 0));
    // (a clause of why after it, with no figure: "up from 1.25 billion pounds, as shoppers bought more online")
    // (or who said it: "down from 21,500 tonnes last year, officials said on Monday"; or both, one after the other:
    // "up from 171.3 million the year before, the operator said on Monday, as office workers returned")
    if (std::size_t const comma = rest.find(", "); comma != std::string::npos) {
        bool dropped = true;
        for (std::size_t at = comma; at != std::string::npos;) {
            std::string_view const tail = std::string_view(rest).substr(at + 2);
            if (text::contains_any_word(text::first_word(tail), {"as", "because", "thanks", "helped", "driven", "led",
                                                                 "amid", "reflecting", "boosted", "lifted"}) &&
                tail.find_first_of("0123456789") == std::string_view::npos)
                break;
            std::size_t const next = tail.find(", ");
            auto const attribution = [](std::string_view clause) {
                auto const said = text::words(clause);
                return !said.empty() && said.size() <= 6 &&
                       std::any_of(said.begin(), said.begin() + std::min<std::ptrdiff_t>(3, std::ssize(said)),
                                   [](std::string_view w) {
                                       return text::contains_any_word(
                                           w, {"said", "says", "according", "announced", "reported"});
                                   });
            };
            // (the rest of the sentence who said it and when: "officials said on Monday, May 13")
            if (attribution(tail)) break;
            if (!attribution(tail.substr(0, next))) {
                dropped = false;
                break;
            }
            at = next == std::string_view::npos ? std::string::npos : at + 2 + next;
        }
        if (dropped) rest.erase(comma);
    }
    auto const words = text::words(rest);
    bool const year_before =
        words.empty() || rest == "." ||
        ((rest.starts_with(" a year earlier") || rest.starts_with(" a year ago") || rest.starts_with(" last year") ||
          rest.starts_with(" the previous year") || rest.starts_with(" the year before")) &&
         words.size() <= 3);
    // (after a basis of a year back, a base dated by one time: "up from $385,800 in April 2023")
    bool dated_base = false;
    // (or after the new value's year, the year before it: "rose 9.5% last year to 48.8 million trips, up from 45.0
    // million in 2022")
    if (new_year) {
        std::size_t t = k + 1;
        while (t < mentions.size() && mentions[t].parent) ++t;
        dated_base = t < mentions.size() && mentions[t].sentence == c.sentence &&
                     mentions[t].kind == mention_kind::year && model.year_of(mentions[t]) == *new_year - 1 &&
                     text::istarts_with(rest, " in ") && mentions[t].begin <= up.end + 4 &&
                     (mentions[t].end == end || model.prose.substr(mentions[t].end, 1) == "." ||
                      model.prose.substr(mentions[t].end, 1) == ",");
    }
    if (year_basis) {
        std::size_t t = k + 1;
        while (t < mentions.size() && mentions[t].parent) ++t;
        dated_base = t < mentions.size() && mentions[t].sentence == c.sentence &&
                     (mentions[t].kind == mention_kind::period || mentions[t].kind == mention_kind::year) &&
                     text::istarts_with(rest, " in ") &&
                     (mentions[t].begin == up.end + 1 || mentions[t].begin == up.end + 4) &&
                     (mentions[t].end == end || model.prose.substr(mentions[t].end, 1) == "." ||
                      model.prose.substr(mentions[t].end, 1) == ",");
    }
    // (or a base a week or a month before, of a change of the same way with no time of its own, the base's time
    // the sentence's only one: "Claims fell 13.6% to 198,000, down from 224,000 the prior week")
    if (!year_before && !dated_base && !new_year && !year_basis && c_end == c.end && up.direction == c.direction &&
        words.size() <= 3) {
        bool shorter_base = false;
        for (std::string_view const base :
             {" the prior week", " the previous week", " a week earlier", " a week ago", " the week before",
              " the prior month", " the previous month", " a month earlier", " a month ago", " the month before"})
            if (rest.starts_with(base) &&
                (rest.size() == base.size() || rest[base.size()] == '.' || rest[base.size()] == ',')) {
                shorter_base = true;
                break;
            }
        std::size_t t = change;
        while (t > 0 && mentions[t - 1].sentence == c.sentence) --t;
        for (; t < k && shorter_base; ++t)
            if (dated_time(mentions[t])) shorter_base = false;
        if (shorter_base) return up.from;
    }
    if ((!year_before && !dated_base) || shorter_time_in_sentence(model, c)) return std::nullopt;
    return up.from;
}

void add_changes(claim_model& model) {
    auto const& mentions = *model.mentions;
    std::vector<signed char> exchange_rate; ///< per sentence: -1 not looked at yet, 0 no, 1 an exchange rate
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        mention const& c = mentions[i];
        if (c.kind != mention_kind::change && c.kind != mention_kind::multiplier) continue;
        // ("A 12% rise in the flag fall, from $3.50 to $3.92": a taxi's starting charge, a noun of its own)
        if (c.begin >= 5 && text::iequals(model.prose.substr(c.begin - 5, 5), "flag ") &&
            text::contains_any_word(text::lower(text::first_word(c.text)), {"fall", "drop"}))
            continue;
        // ("Rates were raised 13 times from 0.10% to 4.35%", "raised prices three times from $4.00 to $4.60": how
        // often a verb that takes an object or tells a rate's moves acted, not a multiple; "rose five times from $2
        // to $10" stays one)
        if (c.kind == mention_kind::multiplier && c.from && c.to) {
            std::string const own = text::lower(c.text);
            auto const own_words = text::words(own);
            // (the verb may open the mention: "rose 13 times from")
            std::size_t const times_at = own_words.size() >= 3 && own_words[2] == "times" ? 2 : 1;
            bool const count_times = own_words.size() > times_at && own_words[times_at] == "times";
            if (count_times) {
                std::size_t const lead_from = c.begin >= 40 ? c.begin - 40 : 0;
                std::string const lead = text::lower(model.prose.substr(lead_from, c.begin - lead_from)) + " " +
                                         (times_at == 2 ? std::string(own_words[0]) : std::string());
                auto const lead_words = text::words(lead);
                bool acted = false;
                for (std::size_t w = lead_words.size() > 3 ? lead_words.size() - 3 : 0; w < lead_words.size(); ++w)
                    acted = acted || text::contains_any_word(lead_words[w],
                                                             {"raised", "hiked", "lifted", "cut", "lowered", "reduced",
                                                              "increased", "trimmed", "changed", "adjusted", "moved"});
                bool const rates =
                    mentions[*c.from].kind == mention_kind::percent && mentions[*c.to].kind == mention_kind::percent;
                // (nor a multiple of two or more for values less than two times apart, which no reading of "N times"
                // fits but the count of moves: "Prices rose three times from $4.00 to $4.60")
                mention const& old_value = mentions[*c.from];
                mention const& new_value = mentions[*c.to];
                bool const moves =
                    c.value && *c.value >= 2 && old_value.value && new_value.value && *old_value.value > 0 &&
                    *new_value.value > 0 &&
                    std::max(*old_value.value, *new_value.value) < 2 * std::min(*old_value.value, *new_value.value);
                if (acted || rates || moves) continue;
            }
        }
        // (a plural noun of change as the subject of another verb, or in an aside, is not the change the values
        // tell: "Rate increases moderated to 3% from 8%", "Net income fell, despite gains, to $412 million from $502
        // million", "after years of increases")
        if (std::string_view const head = text::first_word(c.text);
            text::contains_any_word(text::lower(head), {"increases", "hikes", "gains", "rises", "cuts", "declines",
                                                        "drops", "falls", "reductions", "jumps", "decreases"})) {
            std::string_view const rest = std::string_view(c.text).substr(head.size());
            std::string_view const second = text::first_word(rest);
            std::size_t const lead_from = c.begin >= 16 ? c.begin - 16 : 0;
            std::string_view const before = text::last_word(model.prose.substr(lead_from, c.begin - lead_from));
            bool const aside =
                rest.starts_with(",") ||
                text::contains_any_word(text::lower(before), {"despite", "of", "excluding", "including", "without",
                                                              "after", "before", "with", "amid", "following"});
            bool const other_verb =
                !second.empty() &&
                !text::contains_any_word(text::lower(second), {"to", "from", "by", "of", "in", "at", "on", "for",
                                                               "were", "was", "are", "totalled", "totaled", "reached"});
            if (aside || other_verb) continue;
        }
        // "rose from 75 mph to 145 mph in 36 hours, nearly tripling": a multiple set off after a
        // change with both values restates it
        std::optional<std::size_t> from_index = c.from;
        std::optional<std::size_t> borrowed_to;
        // (not one set against something else after it: ", three times faster than the market", ", twice as
        // much as analysts expected", ", half as fast as a year earlier")
        bool const against_other =
            c.kind == mention_kind::multiplier && (text::istarts_with(model.prose.substr(c.end, 6), " than ") ||
                                                   text::istarts_with(model.prose.substr(c.end, 4), " as "));
        if (c.kind == mention_kind::multiplier && !c.from && !c.to && i > 0 && !against_other) {
            std::size_t k = i;
            while (k > 0 &&
                   (mentions[k - 1].parent || mentions[k - 1].kind == mention_kind::year ||
                    mentions[k - 1].kind == mention_kind::period || mentions[k - 1].kind == mention_kind::duration ||
                    mentions[k - 1].kind == mention_kind::relative_time))
                --k;
            if (k > 0) {
                mention const& before = mentions[k - 1];
                std::size_t const last_end = mentions[i - 1].end;
                if (before.kind == mention_kind::change && before.from && before.sentence == c.sentence &&
                    last_end <= c.begin && model.prose.substr(last_end, c.begin - last_end) == ", ") {
                    // (or an "up from" whose new value is told before it: "reached 2.7 million, up from 1.4 million,
                    // nearly tripling")
                    std::optional<std::size_t> const to = before.to ? before.to : value_before_change(model, k - 1);
                    if (to) {
                        from_index = before.from;
                        borrowed_to = to;
                    }
                }
            }
        }
        // "Spending has tripled, rising to $4.1 billion from $2.2 billion", "would nearly triple, rising to 179
        // billion in 2036 from 92 billion in 2024": a multiple whose values a participle's change gives right
        // after it
        if (c.kind == mention_kind::multiplier && !c.from && !c.to && !from_index) {
            std::size_t k = i + 1;
            while (k < mentions.size() && mentions[k].parent == i) ++k;
            if (k < mentions.size()) {
                mention const& next = mentions[k];
                std::size_t const own_end = k > i + 1 ? std::max(c.end, mentions[k - 1].end) : c.end;
                if (next.kind == mention_kind::change && next.from && next.to && !next.amount && !next.parent &&
                    next.sentence == c.sentence && own_end <= next.begin &&
                    model.prose.substr(own_end, next.begin - own_end) == ", " &&
                    text::first_word(next.text).ends_with("ing")) {
                    from_index = next.from;
                    borrowed_to = next.to;
                }
            }
        }
        if (!from_index) from_index = value_compared_after(model, i);
        if (!from_index) from_index = value_up_from_after(model, i);
        if (!from_index) from_index = value_of_year_before(model, i);
        if (!from_index)
            if (auto const values = values_compared_before(model, i)) {
                from_index = values->first;
                borrowed_to = values->second;
            }
        if (!from_index) continue;
        // (the first of a list of old values, each of a change told before: "withdrawals doubled to 600, from 1,000,
        // 10,000 and 300" are the bases of three changes in order, not 1,000 of this one)
        {
            mention const& base = mentions[*from_index];
            std::string_view const next = model.prose.substr(base.end, 8);
            // (a comma and a figure of its kind: not "from 743.8 mln and 18.5 pct year to date", another change, nor
            // two bases joined by "and", "from 10.29 billion and 12.59 billion", which the checks weigh each)
            auto const following = std::find_if(mentions.begin() + static_cast<std::ptrdiff_t>(*from_index) + 1,
                                                mentions.end(), [&](mention const& m) { return m.begin >= base.end; });
            if (next.starts_with(", ") && next.size() > 2 && text::is_digit(next[2]) && following != mentions.end() &&
                following->begin == base.end + 2 && following->kind == base.kind)
                continue;
        }
        std::optional<std::size_t> const to_index = borrowed_to ? borrowed_to
                                                    : c.to      ? c.to
                                                                : value_before_change(model, i);
        if (!to_index) continue;
        mention const& from = mentions[*from_index];
        mention const& to = mentions[*to_index];
        if (!has_value(from) || !has_value(to) || from.is_range || to.is_range) continue;
        // ("to 18 cts a share from 14 cts": the bare "per" of one value is the other's)
        if (!comparable_units(from, to) || (from.per != to.per && !from.per.empty() && !to.per.empty())) continue;
        // (a bare figure beside a sum that counts things its noun names after a compound word: "rose 6% to $720
        // million from 161 million fee-bearing tickets"; or a count of a noun far smaller than a bare
        // figure: "rose 12% to 953.6 million from 22 tracks" - where the money or streams came from)
        {
            auto const counted_after = [&](mention const& m) {
                std::size_t at = m.end;
                if (at >= model.prose.size() || model.prose[at] != ' ') return false;
                std::size_t e = ++at;
                while (e < model.prose.size() && (text::is_alpha(model.prose[e]) || model.prose[e] == '-')) ++e;
                std::string_view const word = model.prose.substr(at, e - at);
                if (word.empty() ||
                    !(e + 1 < model.prose.size() && model.prose[e] == ' ' && text::is_alpha(model.prose[e + 1])))
                    return false;
                std::size_t const hyphen = word.find('-');
                if (hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < word.size()) return true;
                // (or an adjective before the noun: "from 99.6 million paid subscriptions"; not a time or a
                // clause after the figure, "from 72.6 mln last year", "from 1.6 mln the previous week")
                // (the noun a plural: "paid subscriptions"; not "from 415.9 mln also hit the bottom line")
                std::size_t noun_end = e + 1;
                while (noun_end < model.prose.size() && text::is_alpha(model.prose[noun_end])) ++noun_end;
                if (noun_end - e < 4 || (model.prose[noun_end - 1] | 0x20) != 's') return false;
                std::string const lower = text::lower(word);
                return !lower.ends_with("ed") && !lower.ends_with("ly") &&
                       !text::contains_any_word(
                           lower, {"in",      "a",      "an",   "the",   "last",     "this",  "that",  "on",    "at",
                                   "for",     "from",   "to",   "and",   "or",       "year",  "by",    "with",  "as",
                                   "when",    "while",  "but",  "after", "before",   "over",  "under", "per",   "each",
                                   "its",     "their",  "his",  "her",   "which",    "who",   "said",  "says",  "seen",
                                   "also",    "during", "dlrs", "than",  "previous", "prior", "same",  "month", "week",
                                   "quarter", "is",     "was",  "were",  "are",      "will",  "would", "could", "one"});
            };
            if (from.kind != to.kind && (from.kind == mention_kind::money || to.kind == mention_kind::money) &&
                counted_after(from.kind == mention_kind::money ? to : from))
                continue;
            if (from.kind == mention_kind::number && to.kind == mention_kind::number &&
                from.unit.empty() != to.unit.empty()) {
                double const bare = std::abs(from.unit.empty() ? *from.value : *to.value);
                double const counted = std::abs(from.unit.empty() ? *to.value : *from.value);
                if (bare > 1000 * counted) continue;
            }
        }
        // "swung to a loss of 5 mln from a profit of 3 mln": the signs are in the words.
        std::string const words = text::lower(c.text);
        // (a noun's measure named after "in" is not such a word: "a 12% fall in operating profit to
        // £3.4bn from £3.9bn"; its values are after it)
        std::string_view signs = words;
        if (words.starts_with("a ") || words.starts_with("an ")) {
            std::size_t const in = words.find(" in ");
            std::size_t const values = words.find(" to ", in == std::string::npos ? 0 : in);
            if (in != std::string::npos && values != std::string::npos) signs = signs.substr(values);
        }
        if (text::contains_any_word(
                signs, {"loss", "losses", "deficit", "deficits", "negative", "minus", "profit", "profits", "surplus"}))
            continue;
        // (or after either value, "of" or "in" and what it is of: "up from $1.1 billion of outflows", "rose to
        // $50 million from $79 million in losses", "from $400 million of cash burn")
        auto const signed_after = [&](mention const& m) {
            std::string const rest =
                text::lower(model.prose.substr(m.end, std::min<std::size_t>(40, model.prose.size() - m.end)));
            auto const after = text::words(rest);
            if (after.size() < 2 || (after[0] != "of" && after[0] != "in")) return false;
            for (std::size_t w = 1; w < after.size() && w < 4; ++w)
                if (text::contains_any_word(after[w], {"loss", "losses", "outflow", "outflows", "deficit", "deficits",
                                                       "burn", "redemptions", "withdrawals", "negative"}))
                    return true;
            return false;
        };
        if (signed_after(from) || signed_after(to)) continue;
        // (a move beside the change, told in an aside: "Cocoa fell 6.2% for the week, despite Friday's gain, to $7,630
        // from $8,134", "paring an early rise, to", "its first drop after a rise of 20%, to"; the values are the
        // change's before it)
        if (c.begin > 0 && c.sentence < model.sentences->size()) {
            std::size_t const lead_from =
                std::max((*model.sentences)[c.sentence].begin, c.begin >= 32 ? c.begin - 32 : 0);
            std::string const lead = text::lower(model.prose.substr(lead_from, c.begin - lead_from));
            std::size_t const comma = lead.rfind(", ");
            std::string_view const aside =
                comma == std::string::npos ? std::string_view() : std::string_view(lead).substr(comma + 2);
            auto const aside_words = text::words(aside);
            if (!aside_words.empty() && aside_words.size() <= 5 &&
                std::any_of(aside_words.begin(), aside_words.end(), [](std::string_view w) {
                    return text::contains_any_word(w, {"despite", "paring", "erasing", "reversing", "after", "trimming",
                                                       "extending", "following"});
                }))
                continue;
        }
        // A rise is never from a peak, nor a fall from a low: "rose 1.4% to £532,000, from a peak of
        // £540,000 in 2022" sets the figure beside its peak, not after it.
        // (with a word of how long or how far before it: "from a record low", "from an all-time high",
        // "from a half-century low", "from an eight-year high")
        auto const from_extreme = [&](std::initializer_list<std::string_view> extremes) {
            // the words after "from a" or "from an", split at spaces (hyphens kept)
            for (std::size_t at = words.find("from a"); at != std::string::npos; at = words.find("from a", at + 1)) {
                std::string_view rest = std::string_view(words).substr(at + 5);
                auto const next = [&] {
                    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
                    std::size_t e = 0;
                    while (e < rest.size() && (text::is_alpha(rest[e]) || text::is_digit(rest[e]) || rest[e] == '-'))
                        ++e;
                    std::string_view const w = rest.substr(0, e);
                    rest.remove_prefix(e);
                    return w;
                };
                std::string_view const article = next();
                if (article != "a" && article != "an") continue;
                std::string_view w = next();
                if (w == "record" || w == "all-time" || w.ends_with("-year") || w.ends_with("-decade") ||
                    w.ends_with("-century") || w.ends_with("-month") || w.ends_with("-week"))
                    w = next();
                if (std::find(extremes.begin(), extremes.end(), w) != extremes.end()) return true;
            }
            return false;
        };
        if ((c.direction > 0 && from_extreme({"peak", "high"})) || (c.direction < 0 && from_extreme({"low"}))) continue;
        // "from 1985's 584 mln", "fell 0.2 pct from 1985 to 119.3 billion": a year, not a value.
        if (is_year_like(from) || is_year_like(to)) continue;
        // (a figure that names whose the value after it is: "2,100 more than the 10K's 6,300", a race's name)
        {
            std::string_view const rest =
                model.prose.substr(from.end, std::min<std::size_t>(6, model.prose.size() - from.end));
            std::size_t const own = rest.starts_with("'s ") ? 3 : rest.starts_with("\xE2\x80\x99s ") ? 5 : 0;
            if (own > 0 && own < rest.size() && text::is_digit(rest[own])) continue;
        }
        // "down from 2.4 to 2.7 mln tonnes estimated last week": after "up" or "down", "from X to Y" is
        // the earlier range, not a before and an after.
        std::string_view const head = text::first_word(c.text);
        // (but an amount set off before them gives the change's values: "The S&P 500 was up 4.3%, from 5,035.69 to
        // 5,303.27")
        // (a period of at most four words between: "was up 4.3% for the month, from 5,035.69 to 5,303.27")
        bool set_off_values = false;
        if (c.amount && mentions[*c.amount].end < from.begin) {
            std::string_view const between =
                model.prose.substr(mentions[*c.amount].end, from.begin - mentions[*c.amount].end);
            std::string_view const lead = between.substr(0, between.size() >= 7 ? between.size() - 7 : 0);
            set_off_values = text::iends_with(between, ", from ") && lead.find_first_of(",;:()") == std::string::npos &&
                             text::words(lead).size() <= 4 &&
                             (lead.empty() || text::istarts_with(lead, " for ") || text::istarts_with(lead, " in ") ||
                              text::istarts_with(lead, " on ") || text::istarts_with(lead, " over ") ||
                              text::istarts_with(lead, " this ") || text::istarts_with(lead, " last "));
        }
        if ((text::iequals(head, "up") || text::iequals(head, "down")) && from.begin < to.begin && !set_off_values)
            continue;
        // "Organisers cut the climb to 3,650 metres from 4,100 metres", "shortened the final climb to", "cut the
        // elevation gain to": a noun of change as the object of another verb, whose direction it is not
        // (the noun's word first, cheap: the sentence before it is lowered only then)
        if (c.kind == mention_kind::change && c.begin > 0 &&
            text::contains_any_word(
                text::lower(text::first_word(c.text)),
                {"climb", "gain", "rise", "fall", "drop", "jump", "increase", "decrease", "decline"})) {
            // (the sentence before it: the verb may be shared, "The course was cut to 47 kilometres from 52, and
            // the total climb to 3,650 metres from 4,100")
            std::size_t lead = c.begin >= 160 ? c.begin - 160 : 0;
            if (c.sentence < model.sentences->size()) lead = std::max(lead, (*model.sentences)[c.sentence].begin);
            std::string const lead_text = text::lower(model.prose.substr(lead, c.begin - lead));
            auto const lead_words = text::words(lead_text);
            std::size_t const n = lead_words.size();
            bool const noun =
                n >= 2 &&
                std::any_of(lead_words.begin() + static_cast<std::ptrdiff_t>(n >= 4 ? n - 4 : 0), lead_words.end(),
                            [](std::string_view w) {
                                return text::contains_any_word(w, {"the", "its", "their", "his", "her"});
                            }) &&
                std::any_of(lead_words.begin(), lead_words.end(), [](std::string_view w) {
                    return text::contains_any_word(w, {"cut", "cuts", "shortened", "shortens", "lowered", "lowers",
                                                       "reduced", "reduces", "trimmed", "trims", "raised", "raises",
                                                       "lengthened", "extended", "increased", "decreased", "capped",
                                                       "set", "limited"});
                });
            if (noun) continue;
        }
        // "The team's ranking rose to 4 from 7", "fell to 15 from 3 in the chart", "rose 7 places to 2 from 9": a
        // place in a ranking, smaller the higher it is (bare whole numbers, a word of ranking in the sentence)
        auto const place_like = [](mention const& m) {
            return m.kind == mention_kind::number && m.value && *m.value >= 1 && *m.value <= 1000 &&
                   std::floor(*m.value) == *m.value && m.text.find_first_of(".,") == std::string::npos &&
                   (m.unit.empty() || text::contains_any_word(m.unit, {"place", "places", "spot", "spots", "position",
                                                                       "positions", "rank"}));
        };
        if (place_like(from) && place_like(to) && c.sentence < model.sentences->size()) {
            sentence const& s = (*model.sentences)[c.sentence];
            std::string const whole = text::lower(model.prose.substr(s.begin, s.end - s.begin));
            if (text::contains_any_word(whole, {"ranking", "rankings", "ranked", "rank", "chart", "charts", "places",
                                                "spots", "positions", "standings", "leaderboard", "seed", "seeded"}))
                continue;
        }
        // ("Applications rose 76% to 611 from 38 states", "fell to 40 from 12 countries": where the new value came
        // from, counted in places or bodies, not its old value)
        if (to.kind == mention_kind::number && to.unit.empty() && from.kind == mention_kind::number &&
            text::contains_any_word(
                text::lower(from.unit),
                {"states",    "countries",     "counties",       "cities",    "towns",     "churches",  "departments",
                 "agencies",  "neighborhoods", "neighbourhoods", "schools",   "districts", "regions",   "nations",
                 "provinces", "branches",      "sites",          "locations", "companies", "firms",     "hospitals",
                 "prisons",   "universities",  "colleges",       "clubs",     "teams",     "banks",     "stores",
                 "precincts", "parishes",      "municipalities", "airports",  "ports",     "suppliers", "sources"}) &&
            c.sentence < model.sentences->size()) {
            // (unless the subject counts them: "The number of member states grew to 27 from 15 states")
            sentence const& s = (*model.sentences)[c.sentence];
            std::string const subject =
                text::lower(model.prose.substr(s.begin, c.begin > s.begin ? c.begin - s.begin : 0));
            std::string const noun = text::lower(from.unit);
            std::string const one =
                noun.ends_with("ies") ? noun.substr(0, noun.size() - 3) + "y" : noun.substr(0, noun.size() - 1);
            if (!text::contains_any_word(subject, {noun, one})) continue;
        }
        // "the yen ... against the dollar rose to 161 from 221": an exchange rate quoted the other way.
        if (c.sentence < model.sentences->size()) {
            // Once per sentence, not once per change: a sentence of thousands of changes stays linear.
            if (exchange_rate.empty()) exchange_rate.assign(model.sentences->size(), -1);
            auto& known = exchange_rate[c.sentence];
            if (known < 0) {
                sentence const& s = (*model.sentences)[c.sentence];
                std::string const whole = text::lower(model.prose.substr(s.begin, s.end - s.begin));
                known = whole.find("against the") != std::string::npos ||
                        whole.find("exchange rate") != std::string::npos ||
                        whole.find("per dollar") != std::string::npos ||
                        whole.find("to the dollar") != std::string::npos ||
                        // ("Norway's crown rose to 11.56 per euro from 11.72")
                        whole.find("per euro") != std::string::npos || whole.find("to the euro") != std::string::npos ||
                        whole.find("per u.s. dollar") != std::string::npos ||
                        whole.find("per us dollar") != std::string::npos;
            }
            if (known == 1) continue;
            // "The yen rose 1.3% to 149.05 from 151.02", "The yen gained 1.3% to 149.05 yen from 151.02
            // yen": a currency named as what rose or fell, in the three words before the change, is
            // quoted in units per dollar (fewer yen to the dollar). ("won", "real" and the dollar's,
            // euro's and pound's own names are common words.)
            // (within the sentence: "... from 151.02 yen. Inflation accelerated to 2.9% from 3.4%")
            // (before the new value where it comes first, whose own unit the currency is: "Sales were 425 million
            // yen, up from 475 million yen")
            std::size_t const sentence_begin = (*model.sentences)[c.sentence].begin;
            std::size_t const lead_end = to.end <= c.begin ? std::max(to.begin, sentence_begin) : c.begin;
            std::size_t const lead = std::max(sentence_begin, lead_end > 40 ? lead_end - 40 : std::size_t{0});
            std::string const before = text::lower(model.prose.substr(lead, lead_end - lead));
            auto const last = text::words(before);
            auto const currency_word = [](std::string_view w) {
                return text::contains_any_word(w, {"yen",      "franc",  "francs",  "rupee",  "peso",   "yuan",
                                                   "renminbi", "lira",   "rouble",  "ruble",  "rand",   "krona",
                                                   "krone",    "baht",   "ringgit", "rupiah", "shekel", "forint",
                                                   "zloty",    "koruna", "dinar",   "riyal",  "dirham", "hryvnia",
                                                   "naira",    "crown",  "kroner",  "kronor", "leu",    "lev"});
            };
            bool subject = false;
            bool pronoun = false;
            for (std::size_t w = last.size() > 3 ? last.size() - 3 : 0; w < last.size(); ++w) {
                subject = subject || currency_word(last[w]);
                pronoun = pronoun || last[w] == "it";
            }
            // (or "it" for a currency that opens the sentence: "The lira lost 29% in 2022, when it slid from 13.30 to
            // 18.70")
            if (!subject && pronoun) {
                std::string const opening = text::lower(
                    model.prose.substr(sentence_begin, std::min<std::size_t>(32, lead_end - sentence_begin)));
                auto const first_words = text::words(opening);
                for (std::size_t w = 0; w < first_words.size() && w < 4 && !subject; ++w)
                    subject = currency_word(first_words[w]);
            }
            if (subject) continue;
        }
        // ("fell 4 per cent to £97m from £94m in real terms": the change on another basis than its values;
        // "At constant currency, revenue rose 12% to ...": the basis set before it, a comma after)
        if (c.sentence < model.sentences->size()) {
            sentence const& s = (*model.sentences)[c.sentence];
            // (the rate both values are told in is their unit, no basis: "198 litres per person per day, up from 209
            // litres per person per day")
            std::size_t values_end = std::max({c.end, from.end, to.end});
            if (values_end == from.end && to.end < from.begin) {
                std::size_t k = 0;
                while (from.end + k < s.end && to.end + k < from.begin &&
                       (model.prose[from.end + k] | 0x20) == (model.prose[to.end + k] | 0x20) &&
                       model.prose[from.end + k] != ',' && model.prose[from.end + k] != '.')
                    ++k;
                std::size_t const stop = from.end + k;
                if (k > 4 &&
                    (stop == s.end || model.prose[stop] == ',' || model.prose[stop] == '.' || model.prose[stop] == ';'))
                    values_end = stop;
            }
            if (values_on_another_basis(model, values_end, s.end)) continue;
            std::string const lead =
                text::lower(model.prose.substr(s.begin, c.begin > s.begin ? c.begin - s.begin : 0));
            // (npos is past 48 too)
            // (or a clause that leaves something out: "Excluding currency swings, revenue rose 18% to ...")
            // (an adjustment told as a clause, "Adjusted for inflation,", "Seasonally adjusted,"; not a measure's name,
            // "Group adjusted earnings before interest, taxes, ... rose")
            auto const adjusted_clause = [](std::string_view clause) {
                auto const clause_words = text::words(clause);
                for (std::size_t k = 0; k < clause_words.size(); ++k)
                    if ((clause_words[k] == "adjusted" || clause_words[k] == "adjusting") &&
                        (k + 1 == clause_words.size() || clause_words[k + 1] == "for"))
                        return true;
                return false;
            };
            // (before the new value told before the change: its own rate is its unit, "198 litres per person per
            // day, up from 209 litres per person per day")
            if (std::size_t const comma = std::min(
                    lead.find(','), to.end <= c.begin && to.begin >= s.begin ? to.begin - s.begin : std::string::npos);
                comma < 48 && (another_basis_cue(lead.substr(0, comma)) ||
                               text::contains_any_word(lead.substr(0, comma),
                                                       {"excluding", "ex", "excluded", "stripping", "without"}) ||
                               adjusted_clause(lead.substr(0, comma)) ||
                               lead.substr(0, comma).find("not counting") != std::string::npos))
                continue;
            // (or between the verb and its values: "Spending doubled in real terms to £800 million from £350
            // million", "at constant prices")
            std::size_t const first_value = std::min(from.begin, to.begin);
            if (first_value > c.begin) {
                std::string const own = text::lower(model.prose.substr(c.begin, first_value - c.begin));
                if (another_basis_cue(own) || own.find("constant prices") != std::string::npos) continue;
            }
        }
        change_claim claim;
        claim.change = i;
        if (c.kind == mention_kind::change && c.amount) claim.amount = c.amount;
        if (c.kind == mention_kind::change && !c.amount) claim.amount = amount_after(model, i);
        // ("Organic sales rose 6% to SEK 62.3 billion from SEK 61.5 billion": the amount is on another
        // basis than the reported values the sentence gives; the direction still holds)
        // (so is ", excluding fuel" right after the values: the amount may leave out what they hold)
        if (claim.amount && c.sentence < model.sentences->size()) {
            std::size_t const from_at = std::max((*model.sentences)[c.sentence].begin, c.begin > 32 ? c.begin - 32 : 0);
            std::string const lead = text::lower(model.prose.substr(from_at, c.begin - from_at));
            std::size_t const values_end = std::max({c.end, from.end, to.end});
            std::size_t const tail_end = std::min((*model.sentences)[c.sentence].end, values_end + 14);
            std::string const tail =
                text::lower(model.prose.substr(values_end, tail_end > values_end ? tail_end - values_end : 0));
            if (text::contains_any_word(lead, {"organic", "underlying"}) ||
                lead.find("like-for-like") != std::string::npos ||
                lead.find("constant-currency") != std::string::npos || tail.starts_with(", excluding") ||
                tail.starts_with(" excluding") || rate_per_period(model.prose, c))
                claim.amount.reset();
        }
        claim.from = *from_index;
        claim.to = *to_index;
        claim.from_value = *from.range;
        claim.to_value = *to.range;
        claim.from_stated = *from.value;
        claim.to_stated = *to.value;
        // "to 1.4 mln tonnes from 1.6": the bare figure is on the other's scale.
        double const from_scale = scale_in(from.text);
        double const to_scale = scale_in(to.text);
        // (only a figure near the other's digits: "to 1.3 million from 900,000" is 900,000)
        // (by size: "to -0.3 billion from -1.5" is -1.5 billion)
        // (not digits grouped in thousands, written out in full: "fell from $100 million to $1,000")
        // (a sum with its own sign: "to 1,234 mln dlrs from 1,100" is still 1,100 mln)
        auto const grouped = [](mention const& m) {
            if (m.kind != mention_kind::money || m.text.find_first_of("$\xC2\xE2") == std::string::npos) return false;
            for (std::size_t k = 1; k + 1 < m.text.size(); ++k)
                if (m.text[k] == ',' && text::is_digit(m.text[k - 1]) && text::is_digit(m.text[k + 1])) return true;
            return false;
        };
        if (from_scale == 1 && to_scale > 1 && !grouped(from) &&
            std::abs(claim.from_stated) < 100 * std::abs(claim.to_stated) / to_scale) {
            read_in(claim.from_value, claim.from_stated, to_scale);
        } else if (to_scale == 1 && from_scale > 1 && !grouped(to) &&
                   std::abs(claim.to_stated) < 100 * std::abs(claim.from_stated) / from_scale) {
            read_in(claim.to_value, claim.to_stated, from_scale);
        }
        // "to 9 out of 10 from 7", "91 out of 100, up from 87": the bare figure is out of the same number
        {
            auto const out_of = [](mention const& m) -> std::optional<double> {
                std::size_t const at = m.text.find(" out of ");
                if (at == std::string::npos) return std::nullopt;
                std::string digits;
                for (char const ch : std::string_view(m.text).substr(at + 8)) {
                    if (text::is_digit(ch) || ch == '.')
                        digits += ch;
                    else if (ch != ',')
                        break;
                }
                double whole = 0;
                auto const [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), whole);
                if (error != std::errc() || end != digits.data() + digits.size() || whole <= 0)
                    return std::optional<double>(0); // (spelled: "nine out of ten")
                return whole;
            };
            auto const plain = [](mention const& m) {
                return m.kind == mention_kind::number && m.unit.empty() && m.text.find(" out of ") == std::string::npos;
            };
            std::optional<double> const of_to = out_of(to), of_from = out_of(from);
            if (of_to && !of_from && plain(from)) {
                if (*of_to <= 0 || claim.from_stated > *of_to) continue;
                read_in(claim.from_value, claim.from_stated, 1 / *of_to);
            } else if (of_from && !of_to && plain(to)) {
                if (*of_from <= 0 || claim.to_stated > *of_from) continue;
                read_in(claim.to_value, claim.to_stated, 1 / *of_from);
            }
        }
        // "to 24 cents from 22": the bare figure is in cents too, unless it reads better as the
        // currency's units ("fell to 90 cents from 1.05"): of the two readings, the one whose ratio
        // to the other value is nearer 1.
        auto const bare = [](mention const& m) { return m.kind == mention_kind::number && m.unit.empty(); };
        if (claim.from_stated > 0 && claim.to_stated > 0) {
            double const ratio = claim.to_stated / claim.from_stated;
            auto const nearer_one = [ratio](double other) {
                return std::abs(std::log(other)) < std::abs(std::log(ratio));
            };
            if (bare(from) && to.hundredths && nearer_one(ratio / 0.01)) {
                read_in(claim.from_value, claim.from_stated, 0.01);
            } else if (bare(to) && from.hundredths && nearer_one(ratio * 0.01)) {
                read_in(claim.to_value, claim.to_stated, 0.01);
            }
        }
        // A value stated below zero ("-$1.3 billion") keeps its direction to check, nothing else.
        if (claim.from_value.low <= 0 || claim.to_value.low <= 0) {
            if (!(*from.value < 0 || *to.value < 0) || from.kind != to.kind) continue;
            // (only a verb of the value's sign, not of its size: "The deficit widened to -4.5% of GDP
            // from -3.2%" grew; nor a measure of what is owed or lost told before it)
            std::string const verb = text::lower(text::first_word(c.text));
            if (!text::contains_any_word(verb, {"rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls",
                                                "falling", "fallen", "increased", "decreased", "climbed", "dropped",
                                                "declined", "jumped", "slumped", "up", "down"}))
                continue;
            std::size_t const lead = c.begin >= 48 ? c.begin - 48 : 0;
            if (text::contains_any_word(
                    text::lower(model.prose.substr(lead, c.begin - lead)),
                    {"deficit", "deficits", "loss", "losses", "gap", "shortfall", "debt", "borrowing", "balance"}))
                continue;
            claim.signed_values = true;
            claim.amount.reset();
        } else {
            if (claim.amount) units_amount(model, claim);
            // (or a change told by its amount in units and both values, then restated in percent: "Unleaded fell 1.4p
            // to 153.8p from 155.2p, a decline of 1.9%")
            if (claim.units_amount && c.amount && *claim.amount == *c.amount)
                if (auto const again = amount_after(model, i);
                    again && model.at(*again).kind == mention_kind::percent) {
                    claim.units_amount_at = claim.amount;
                    claim.amount = again;
                }
            // (and the percentage that restates such an amount told apart, ", or" and the clause's end after it:
            // "fell to $1.279 trillion from $1.291 trillion, a drop of $12 billion, or 1.9%", "dropped to 67.4 from
            // 77.2, a decline of 9.8 points, or 15.7%")
            if (claim.units_amount && !c.amount && model.at(*claim.amount).parent) {
                std::size_t const owner = *model.at(*claim.amount).parent;
                mention const& again = model.at(owner);
                std::size_t k = owner + 1;
                while (k < mentions.size() && mentions[k].begin < again.end) ++k;
                if (k < mentions.size() && mentions[k].sentence == c.sentence &&
                    mentions[k].kind == mention_kind::percent && !mentions[k].parent && has_value(mentions[k]) &&
                    !mentions[k].is_range && model.prose.substr(again.end, mentions[k].begin - again.end) == ", or " &&
                    clause_ends_at(model, mentions[k])) {
                    claim.units_amount_at = claim.amount;
                    claim.amount = k;
                }
            }
            // (and a restatement in the values' unit after a change told in percent: "fell 22.3% to 166.9
            // million bottles from 214.8 million, a drop of 52.9 million bottles")
            if (claim.amount && !claim.units_amount && model.at(*claim.amount).kind == mention_kind::percent)
                if (auto const again = amount_after(model, i);
                    again && model.at(*again).kind != mention_kind::percent) {
                    std::optional<std::size_t> const percent = claim.amount;
                    claim.amount = again;
                    units_amount(model, claim);
                    claim.amount = percent;
                    if (claim.units_amount) claim.units_amount_at = again;
                }
            double const ratio = claim.to_stated / claim.from_stated;
            if (ratio > 1000 || ratio < 0.001) continue; // not one measure on one scale
        }
        if (std::string_view verb = text::first_word(c.text);
            !verb.empty() && !text::iequals(verb, "from") && !text::iequals(verb, "to")) {
            // (a change told as a noun or a comparative says its direction later: "a 3.5% rise", "12%
            // lower", "a 4% rent increase")
            if (text::iequals(verb, "a") || text::iequals(verb, "an") || text::is_digit(verb.front())) {
                for (std::string_view const w : text::words(c.text))
                    if (text::is_comparative(w) ||
                        text::contains_any_word(text::lower(w),
                                                {"rise",    "increase", "gain",        "jump",      "hike",
                                                 "surge",   "climb",    "growth",      "fall",      "drop",
                                                 "decline", "decrease", "cut",         "reduction", "dip",
                                                 "slump",   "plunge",   "contraction", "up",        "down"})) {
                        verb = w;
                        break;
                    }
            }
            claim.verb = std::string(verb);
        }
        model.changes.push_back(std::move(claim));
    }
}

/// Whether lower-case `text` holds the word "one" on its own, a part the extraction did not read as a figure
/// ("and Labour one"), not in a compound ("one-time rebates", "a one-off payment").
bool bare_one(std::string_view text) {
    for (std::size_t at = text.find("one"); at != std::string_view::npos; at = text.find("one", at + 3)) {
        bool const start = at == 0 || (!text::is_alnum(text[at - 1]) && text[at - 1] != '-');
        bool const end = at + 3 == text.size() || (!text::is_alnum(text[at + 3]) && text[at + 3] != '-');
        if (start && end) return true;
    }
    return false;
}

/// A top-level figure (not the amount or a value of a change or comparison).
bool top_level(mention const& m) { return !m.parent && has_value(m); }

/// Whether mention `k` is the new value a change ends with ("rose 7.8% to $15.1 billion"): a figure the text tells
/// though it is not top-level.
bool new_value_of_change(std::vector<mention> const& mentions, std::size_t k) {
    mention const& m = mentions[k];
    return m.parent && mentions[*m.parent].kind == mention_kind::change && mentions[*m.parent].to == k;
}

/// Medals by their colour, or medals: "14 gold, 9 silver and 6 bronze medals, a total of 29" (the count's
/// noun is the colour's word).
bool medal_noun(std::string_view noun) {
    for (std::string_view const medal : {"gold", "silver", "bronze", "medal"})
        if (same_noun(noun, medal)) return true;
    return false;
}

/// "120 engineers and 340 technicians, a total of 560 people": people counted under one word.
bool counts_people(std::string_view part, std::string_view total) {
    static constexpr std::array<std::string_view, 10> people{"people",     "persons",  "workers",   "employees",
                                                             "staff",      "members",  "personnel", "jobs",
                                                             "passengers", "residents"};
    // (nor homes and other things a disaster or a firm counts: "The storm destroyed 430 homes and damaged 1,270,
    // and a total of 3,400 people were displaced")
    // (nor the bodies and places they are counted in: "186,000 workers at 12 agencies", "900 retirees in 3 counties")
    static constexpr std::array<std::string_view, 46> things{
        "stores",       "shops",      "plants",       "factories",    "offices",    "branches",       "units",
        "companies",    "firms",      "locations",    "sites",        "outlets",    "homes",          "houses",
        "buildings",    "structures", "dwellings",    "properties",   "apartments", "flats",          "vehicles",
        "cars",         "schools",    "hospitals",    "farms",        "businesses", "acres",          "hectares",
        "animals",      "cattle",     "agencies",     "departments",  "counties",   "states",         "cities",
        "towns",        "districts",  "regions",      "countries",    "provinces",  "municipalities", "councils",
        "universities", "colleges",   "institutions", "organisations"};
    return std::find(people.begin(), people.end(), total) != people.end() &&
           std::find(things.begin(), things.end(), part) == things.end();
}

/// Things of different kinds counted under one word (thing_kinds).
struct thing_kind {
    std::vector<std::string_view> whole, members; ///< the words for all of them, and for each kind
};

/// The things counts_kinds and kinds_of_one know: vehicles, aircraft, vessels, homes, outlets, animals.
std::array<thing_kind, 6> const& thing_kinds() {
    static std::array<thing_kind, 6> const kinds{{
        {{"vehicles"},
         {"buses", "trams", "cars", "trucks", "lorries", "vans", "ferries", "trains", "coaches", "motorcycles", "taxis",
          "tractors", "pickups", "suvs", "minibuses", "ambulances"}},
        {{"aircraft", "planes", "jets", "airplanes", "aeroplanes"},
         {"jets", "planes", "airliners", "helicopters", "freighters", "airplanes", "aeroplanes", "drones"}},
        {{"vessels", "ships", "boats"},
         {"ships", "tankers", "boats", "barges", "ferries", "trawlers", "containerships", "bulkers", "frigates",
          "submarines", "destroyers", "yachts"}},
        {{"homes", "dwellings", "units", "properties"},
         {"houses", "apartments", "flats", "condos", "condominiums", "townhouses", "bungalows", "homes", "cottages"}},
        {{"outlets", "locations", "sites", "stores"},
         {"stores", "shops", "restaurants", "cafes", "kiosks", "branches", "outlets", "supermarkets", "pharmacies"}},
        {{"animals", "livestock", "head"}, {"cattle", "sheep", "pigs", "goats", "cows", "horses", "chickens", "hens"}},
    }};
    return kinds;
}

/// Whether `noun` is one of `words` (singular or plural).
bool among_nouns(std::vector<std::string_view> const& words, std::string_view noun) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return same_noun(w, noun); });
}

/// Things of different kinds counted under the word for all of them: "40 buses, 30 trams and 25 ferries, a
/// total of 95 vehicles", "12 jets and three helicopters, 15 aircraft in all": whether `total` is such a word and
/// `part` one of its kinds (the same noun twice is same_noun's).
bool counts_kinds(std::string_view part, std::string_view total) {
    return std::any_of(thing_kinds().begin(), thing_kinds().end(), [&](thing_kind const& k) {
        return among_nouns(k.members, part) && among_nouns(k.whole, total);
    });
}

/// Whether two counted nouns are kinds of one thing ("buses" and "trams"; counts_kinds).
bool kinds_of_one(std::string_view a, std::string_view b) {
    return std::any_of(thing_kinds().begin(), thing_kinds().end(),
                       [&](thing_kind const& k) { return among_nouns(k.members, a) && among_nouns(k.members, b); });
}

/// Whether a figure counts models named by letters and digits right after it: "30 A320s", "12 737s", "four
/// F-35s" (plural names the grammar does not read as a noun).
bool models_after(std::string_view prose, mention const& m) {
    if (m.end + 3 > prose.size() || prose[m.end] != ' ') return false;
    std::size_t e = m.end + 1;
    bool digit = false, letter = false;
    while (e < prose.size() && (text::is_alnum(prose[e]) || prose[e] == '-')) {
        digit = digit || text::is_digit(prose[e]);
        letter = letter || text::is_alpha(prose[e]);
        ++e;
    }
    return digit && letter && prose[e - 1] == 's';
}

/// A plural noun for people ("children", "adults", "voters"): people of different kinds add up to
/// people ("38 children and 104 adults, a total of 142").
bool person_noun(std::string_view noun) {
    static constexpr std::array<std::string_view, 40> persons{
        "children", "adults",   "men",      "women",       "boys",       "girls",     "people",    "persons",
        "pupils",   "students", "teachers", "nurses",      "doctors",    "patients",  "workers",   "employees",
        "staff",    "officers", "soldiers", "civilians",   "passengers", "residents", "voters",    "members",
        "players",  "fans",     "visitors", "tourists",    "migrants",   "refugees",  "prisoners", "inmates",
        "victims",  "drivers",  "cyclists", "pedestrians", "adult",      "child",     "crew",      "others"};
    return std::find(persons.begin(), persons.end(), noun) != persons.end();
}

/// How a list of parts is opened after its total: a colon, a verb of breaking down, or "Of the $867 million,".
/// (`including`: ", including" and the parts, some of the whole only, never more than it)
/// (`sentence_before`: the one figure of the sentence before, broken down by a list that says so, "of the total"
/// or "the remaining")
/// How a list of parts is told to be of its total; by_kind: a sentence opened "By division," after the total's.
enum class opener { colon, breakdown, of_the, of_which, including, sentence_before, by_kind };

/// Whether `follow`, the words after a figure, close an aside with a comma before any other figure: "$275 million
/// budget, and", not "41 million in Romania and 31 million".
bool closed_aside(std::string_view follow) {
    std::size_t const comma = follow.find(',');
    if (comma == std::string_view::npos || follow.substr(0, comma).find('$') != std::string_view::npos) return false;
    // (a year may date it: "2.80 million in 2022, and")
    for (std::string_view const w : text::words(follow.substr(0, comma)))
        if (w.find_first_of("0123456789") != std::string_view::npos && !text::leading_year(w)) return false;
    return true;
}

/// Whether lower-case `clause` is an aside that tells of another figure of the part before it, of another time or
/// wish ("which had asked for $200 million", "once budgeted at", "its previous award of").
bool tells_of_another_figure(std::string_view clause) {
    return text::contains_any_word(
               clause, {"which", "who", "whose", "previous", "once", "originally", "initially", "previously"}) ||
           clause.find("asked for") != std::string_view::npos;
}

/// Whether lower-case `word` is a grade of one scale ("excellent", "good", "sufficient", "poor"): parts so graded
/// exclude each other.
bool grade_word(std::string_view word) {
    return text::contains_any_word(word, {"excellent", "good", "sufficient", "poor", "outstanding", "inadequate",
                                          "satisfactory", "unsatisfactory", "fair", "bad"});
}

/// The parts after `colon` (in sentence `s`, mentions [first, last)) of the total `t`, told before them
/// (`lead`: the words between the total and the colon), when they make a list of its parts: see
/// add_colon_totals.
void list_of_parts(claim_model& model, sentence const& s, std::size_t first, std::size_t last, std::size_t t,
                   std::size_t colon, std::string_view lead, opener how) {
    auto const& mentions = *model.mentions;
    mention const& total = mentions[t];
    std::vector<std::size_t> parts;
    bool ok = true;
    std::size_t list_end = s.end; // (where a clause set against the list begins)
    std::string first_label;  // (the word before the first part after "of which", "for" in "cannabis accounted for")
    bool named_first = false; // (after a colon, a name before each part: "Turkey 3.9 million tonnes, India ...")
    // (a vote's sentence, where "against" right after a part is an answer: lowered once, not at every part)
    bool const vote = text::contains_any_word(text::lower(model.prose.substr(s.begin, s.end - s.begin)),
                                              {"voted", "votes", "favour", "favor", "abstained"});
    for (std::size_t p = t + 1; p < last && ok; ++p) {
        mention const& part = mentions[p];
        if (part.begin < colon) continue;
        if (part.parent) continue;
        // (a count's parts may leave out its noun: "3,000 tickets: 1,200 to members, ...")
        // (or medals by their colour: "31 medals: 14 gold, 9 silver and 6 bronze")
        bool const same = part.kind == total.kind &&
                          (part.unit == total.unit ||
                           (total.kind == mention_kind::number &&
                            (part.unit.empty() || (medal_noun(part.unit) && medal_noun(total.unit)) ||
                             // (people of kinds a whole of people holds: "2.3 million people, of whom 1.9 million were
                             // women and 0.5 million men")
                             (person_noun(text::lower(part.unit)) && person_noun(text::lower(total.unit))) ||
                             // (or a grade read as its noun: "271 were rated excellent, 109 good, 37 sufficient")
                             (how == opener::of_the && grade_word(text::lower(part.unit))))));
        if (!same) {
            // (a part's share told right after it: "of which cannabis accounted for 153,000, or 71%, cocaine for
            // 19,300")
            if (part.kind == mention_kind::percent && !parts.empty() && mentions[parts.back()].end <= part.begin &&
                model.prose.substr(mentions[parts.back()].end, part.begin - mentions[parts.back()].end) == ", or ")
                continue;
            // (a time beside a part may be, or an ordinal that names it, "$150 million for its first fund"; any
            // other quantity ends the list)
            ok = !is_quantity(part.kind) || part.kind == mention_kind::ordinal;
            continue;
        }
        if (part.is_range || !part.per.empty() || !has_value(part)) {
            ok = false;
            continue;
        }
        std::size_t const from = parts.empty() ? colon + 1 : mentions[parts.back()].end;
        std::string const between = text::lower(model.prose.substr(from, part.begin - from));
        auto const words = text::words(between);
        // ("420 hectares: 260 in wheat, 100 in barley and 60 in grass, a total of 420 hectares": the
        // total said again ends the list)
        // (but the total of the sentence before, named after the first part: "£480 million of the total, motor
        // claims for £52 million")
        bool const names_whole_before = how == opener::sentence_before && parts.size() == 1 &&
                                        std::string_view(between).starts_with(" of the total");
        if (!parts.empty() && !names_whole_before &&
            text::contains_any_word(between, {"total", "combined", "altogether"}))
            break;
        // (nor a sum told apart from the list: "..., with a separate $50,000 reserve", "on top of $50,000 for
        // administration", "not counting $50,000 in running costs")
        if (!parts.empty() &&
            (text::contains_any_word(
                 between, {"separate", "separately", "additional", "extra", "besides", "excluding", "counting"}) ||
             between.find("on top of") != std::string::npos || between.find("in addition") != std::string::npos))
            break;
        // (after "of which" each part opens its item, as the first does: "of which 2,006 are in the United States,
        // 162 in Canada and 147 in Mexico"; not "of which 128 billion euros go to pensions, defence 83 billion
        // euros", an item of the sentence's own list)
        if (!parts.empty() && (how == opener::of_which || how == opener::including)) {
            // (", and" closes the clause of "of which": "cut 2,100 jobs in Germany, of which 900 in Frankfurt, and
            // 1,400 abroad")
            if (between.find(", and ") != std::string::npos) break;
            std::size_t const comma = between.rfind(',');
            std::size_t const joint = between.rfind(" and ");
            if (comma == std::string::npos && joint == std::string::npos) break;
            std::size_t const cut =
                joint == std::string::npos || (comma != std::string::npos && comma > joint) ? comma + 1 : joint + 4;
            std::string_view const opening = std::string_view(between).substr(cut);
            auto const opening_words = text::words(opening);
            // (`between` is in lower case already)
            // (or each part after its label and the word the first took: "of which cannabis accounted for 153,000,
            // cocaine for 19,300 and other drugs for the remaining 39,700")
            bool const labelled = [&] {
                if (first_label.empty() || opening_words.empty() || opening_words.size() > 5) return false;
                std::size_t n = opening_words.size();
                if (n >= 3 && opening_words[n - 1] == "remaining" && opening_words[n - 2] == "the") n -= 2;
                return n >= 2 && opening_words[n - 1] == first_label;
            }();
            if (!opening_words.empty() && opening != " the remaining " && opening != " the rest, " && !labelled &&
                !(opening_words.size() == 1 &&
                  text::contains_any_word(opening_words[0],
                                          {"and", "another", "some", "about", "nearly", "almost", "over"})))
                break;
        }
        // (a figure set against the whole ends the list: "Revenue of $381 billion comprised $290 billion from
        // contributions and $91 billion from subsidies, while spending was $380 billion")
        if (!parts.empty()) {
            // (not an answer, "3,494 were against, 321 in favour": "against" after the verb of the part before it, or
            // right after the part in a vote, "34 voted for the rise, 22 against and 4 abstained")
            auto contrast = words.end();
            for (auto w = words.begin(); w != words.end() && contrast == words.end(); ++w)
                if (text::contains_any_word(
                        *w, {"while", "whereas", "against", "compared", "but", "versus", "vs", "however"}) &&
                    !(*w == "against" && w != words.begin() &&
                      text::contains_any_word(*std::prev(w), {"were", "was", "voted"})) &&
                    !(*w == "against" && w == words.begin() && vote))
                    contrast = w;
            if (contrast != words.end()) {
                list_end = from + static_cast<std::size_t>(contrast->data() - between.data());
                break;
            }
        }
        // (a participle's clause after the parts ends the list: "$7.8 billion from voter-approved bonds, leaving a gap
        // of $10.1 billion")
        if (!parts.empty()) {
            auto const participle = std::find_if(words.begin(), words.end(), [](std::string_view w) {
                return text::contains_any_word(w, {"leaving", "giving", "bringing", "taking", "making"});
            });
            if (participle != words.end()) {
                list_end = from + static_cast<std::size_t>(participle->data() - between.data());
                break;
            }
        }
        // (an aside about the part before it, a figure of another time or wish: "$160 million to Nanoracks, which
        // had asked for $200 million", "double its previous award of $80 million": no part)
        if (!parts.empty() && (tells_of_another_figure(between) ||
                               text::contains_any_word(between, {"double", "twice", "triple", "half"})))
            continue;
        if (!parts.empty()) {
            bool const joint = between.find(',') != std::string::npos || text::contains_any_word(between, {"and"});
            // (the rest after a semicolon: "... and terminals $1.0 billion; other activities made up the remaining
            // $0.8 billion")
            bool const rest_after_semicolon =
                between.ends_with(" the remaining ") && std::count(between.begin(), between.end(), ';') == 1;
            // (the words that name the whole before, " of the total", are no glue)
            std::size_t const glue = words.size() - (names_whole_before ? 3 : 0);
            ok = (joint || rest_after_semicolon) && glue <= 8 &&
                 (between.find(';') == std::string::npos || rest_after_semicolon);
        } else {
            // the list begins at the colon ("£50m: it made $4m in 2024" is no list of parts), or after the first
            // part's few words of its own after "Of the ...," ("Of the 11.2 million tonnes, wheat accounted for 5.1
            // million, canola for 3.9 million ...")
            // (or its label before it, the figure in brackets: "made up of subscriptions ($6.1 million), advertising
            // ($3.2 million) and events ($2.4 million)")
            std::string_view const trimmed = std::string_view(between).substr(0, between.find_last_not_of(' ') + 1);
            // (or a label ending in "of" after a verb of breaking down: "comprising a criminal fine of $1.1 billion,
            // forfeiture of $540 million and")
            // (the word right before the first part, a label's: "of which cannabis accounted for 153,000")
            if (how == opener::of_which && words.size() >= 2 && words.size() <= 4)
                first_label = std::string(words.back());
            // (after the sentence of the whole, a sentence's subject and verb: "The ocean division saw sales of $7.6
            // billion, logistics $3.4 billion")
            // (or, after a colon, a name before it, the list closed by the rest: "Imports were 26.1 million tonnes:
            // Turkey 3.9 million tonnes, India 3.6 million tonnes ... and others 14.3 million tonnes")
            if (how == opener::colon && !words.empty() && words.size() <= 3 &&
                between.find_first_of(",;()") == std::string::npos) {
                auto const raw = text::words(model.prose.substr(from, part.begin - from));
                named_first = std::all_of(raw.begin(), raw.end(), [](std::string_view w) {
                    return text::is_upper(w.front()) &&
                           !text::contains_any_word(text::lower(w), {"it", "the", "this", "that", "they", "we", "he",
                                                                     "she", "there", "a", "an", "its", "their", "our"});
                });
            }
            ok = words.empty() || named_first ||
                 ((how == opener::of_the || how == opener::of_which || how == opener::including ||
                   how == opener::sentence_before || how == opener::by_kind) &&
                  words.size() <= (how == opener::sentence_before ? 6U : 4U) &&
                  between.find(';') == std::string::npos) ||
                 (how == opener::breakdown && words.size() <= 4 && words.back() == "of" &&
                  between.find_first_of(",;") == std::string::npos) ||
                 (trimmed.ends_with('(') && words.size() <= 3 && between.find_first_of(",;") == std::string::npos);
        }
        if (ok) parts.push_back(p);
    }
    if (!ok || parts.size() < 2) return;
    if (named_first) {
        // (the last item the rest, which makes the names all of it: "and others 14.3 million tonnes")
        std::size_t const from = mentions[parts[parts.size() - 2]].end;
        std::string const joint = text::lower(model.prose.substr(from, mentions[parts.back()].begin - from));
        if (!(joint.ends_with(" others ") || joint.ends_with(" other ") || joint.ends_with(" the rest ") ||
              joint.ends_with(" the remainder ") || joint.ends_with(" other countries ") ||
              joint.ends_with(" other sources ") || joint.ends_with(" others, ")))
            return;
    }
    // the list ends the sentence: no words after the last part but its own few ("from parks")
    std::string tail = text::lower(
        model.prose.substr(mentions[parts.back()].end, list_end - std::min(list_end, mentions[parts.back()].end)));
    // (an attribution after it is none of its words: "and the remaining 70 in the United States, the company said")
    if (std::size_t const comma = tail.rfind(','); comma != std::string::npos) {
        auto const said = text::words(std::string_view(tail).substr(comma));
        if (!said.empty() && said.size() <= 4 && std::any_of(said.begin(), said.end(), [](std::string_view w) {
                return text::contains_any_word(w, {"said", "says", "according"});
            }))
            tail.erase(comma);
    }
    // (a compound of a hyphen is one word: "and the remaining 102 are options, magnet and selective-entry schools")
    std::size_t compounds = 0;
    for (std::size_t k = 1; k + 1 < tail.size(); ++k)
        compounds += tail[k] == '-' && text::is_alpha(tail[k - 1]) && text::is_alpha(tail[k + 1]) ? 1 : 0;
    if (text::words(tail).size() > 6 + compounds) return;
    // (nor an item after it with a figure the grammar did not read, a name's: "817 jets comprise 415 737-700s, 207
    // 737-800s and 195 MAX 8s")
    {
        std::size_t const joint = std::min(tail.find(" and "), tail.find(", "));
        if (joint != std::string::npos && tail.find_first_of("0123456789", joint) != std::string::npos) return;
    }
    // (a part written "one", which is no figure read: "five in France, two in Italy and one in
    // Portugal" has a part the list does not hold)
    {
        std::string const spread = text::lower(model.prose.substr(colon, std::max(s.end, colon) - colon));
        if (bare_one(spread)) return;
    }
    // (a count before the total, a preposition between: "made 14 albums for three labels: eight for
    // Crescent, four for ...": the list may break down either)
    if (total.kind == mention_kind::number && t > first) {
        mention const& before = mentions[t - 1];
        if (before.kind == mention_kind::number && top_level(before) && before.end <= total.begin &&
            total.begin - before.end <= 40) {
            std::string const between = text::lower(model.prose.substr(before.end, total.begin - before.end));
            auto const gap = text::words(between);
            bool const preposition =
                !gap.empty() && text::contains_any_word(gap.back(), {"for", "by", "from", "in", "across", "over",
                                                                     "among", "between", "with", "to", "at"});
            if (preposition && gap.size() <= 4) return;
        }
    }
    std::string const list =
        text::lower(model.prose.substr(colon, std::max(s.end, colon) - colon)) + " " + text::lower(lead);
    if (list.find(" a year") != std::string::npos || list.find(" a month") != std::string::npos ||
        list.find(" a week") != std::string::npos || list.find(" a day") != std::string::npos)
        return;
    // (a part of a part in the list: "11 members: nine Democrats, of whom four are new, and two Republicans",
    // "$70 million for roads, of which $20 million is for bridges", "nine Democrats, four of them new")
    if (list.find(" of which") != std::string::npos || list.find(" of whom") != std::string::npos ||
        list.find(" of them") != std::string::npos || list.find(" of those") != std::string::npos)
        return;
    // (a compound is one word: "$190 million for clean-up" has no "up")
    std::string compounds_joined = list;
    for (std::size_t k = 1; k + 1 < compounds_joined.size(); ++k)
        if (compounds_joined[k] == '-' && text::is_alpha(compounds_joined[k - 1]) &&
            text::is_alpha(compounds_joined[k + 1]))
            compounds_joined[k] = 'x';
    // (a part's outcome right after it is no change of it: "Of the 200 stocks, 118 rose, 81 fell and 11 were
    // unchanged")
    for (std::size_t p : parts) {
        if (mentions[p].end < colon) continue;
        std::size_t const at = mentions[p].end - colon;
        for (std::string_view const verb : {" rose", " fell"})
            if (compounds_joined.compare(at, verb.size(), verb) == 0 &&
                (at + verb.size() >= compounds_joined.size() || !text::is_alpha(compounds_joined[at + verb.size()])))
                compounds_joined.replace(at + 1, verb.size() - 1, verb.size() - 1, 'x');
    }
    // ("£2.3m for per capita consumption": a label's adjective, no rate)
    for (std::size_t at = compounds_joined.find("per capita "); at != std::string::npos;
         at = compounds_joined.find("per capita ", at + 1))
        if (at + 11 < compounds_joined.size() && text::is_alpha(compounds_joined[at + 11]))
            compounds_joined.replace(at, 3, "xxx");
    // ("made up the remaining $0.8 billion": no change "up")
    for (std::string_view const verb : {"made up the remaining", "make up the remaining", "makes up the remaining"})
        for (std::size_t at = compounds_joined.find(verb); at != std::string::npos;
             at = compounds_joined.find(verb, at))
            compounds_joined.replace(at + verb.size() - 16, 2, "xx");
    if (text::contains_any_word(compounds_joined, {"including", "include", "includes", "among", "each", "apiece", "per",
                                                   "every", "annually", "minus", "less", "than", "versus", "vs", "up",
                                                   "down", "rose", "fell", "offset", "partly", "partially",
                                                   // (a part that is a loss: "comprised $3.1 billion from cars and a
                                                   // $0.7 billion loss in energy")
                                                   "loss", "losses", "deficit"}))
        return;
    // (after a colon a list may leave out the rest; a breakdown names it with its figure: "made up of
    // 705 million of hard red winter and 573 million of other classes")
    // (the names' list closed by the rest with its figure is all of it: "Turkey 3.9 million tonnes, ... and others
    // 14.3 million tonnes")
    if (how == opener::colon && !named_first &&
        text::contains_any_word(list, {"other", "others", "rest", "remainder", "remaining"}))
        return;
    // ("Of the $867 million, $832 million went to schools, ... and the remaining $49 million to ...": the
    // last part the rest, so the list is whole; without it the parts may overlap, "Of the 500 patients,
    // 300 had diabetes and 250 hypertension")
    bool open_ended = false;
    if (how == opener::of_the || how == opener::of_which || how == opener::including ||
        how == opener::sentence_before || how == opener::by_kind) {
        std::size_t const last_begin = mentions[parts.back()].begin;
        std::size_t const from = mentions[parts[parts.size() - 2]].end;
        std::string const before_last = text::lower(model.prose.substr(from, last_begin - from));
        // (or two parts that split the whole one way or the other: "Of the 2,163 cafes, 1,024 were company-owned
        // and 1,193 were franchised", "... were men and ... women")
        bool const split_in_two = parts.size() == 2 && [&] {
            std::string const span = text::lower(
                model.prose.substr(mentions[parts.front()].begin,
                                   std::max(s.end, mentions[parts.front()].begin) - mentions[parts.front()].begin));
            static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> halves{
                {{"company-owned", "franchised"},
                 {"chartered", "owned"},
                 {"men", "women"},
                 {"males", "females"},
                 {"new", "used"},
                 {"male", "female"},
                 {"full-time", "part-time"},
                 {"domestic", "international"},
                 {"urban", "rural"},
                 {"public", "private"},
                 {"boys", "girls"},
                 {"owned", "leased"}}};
            // (as words of their own, hyphenated ones whole: "company-owned")
            auto const names = [&](std::string_view word) {
                for (std::size_t at = span.find(word); at != std::string::npos; at = span.find(word, at + 1)) {
                    std::size_t const end = at + word.size();
                    if ((at == 0 || !text::is_alpha(span[at - 1])) &&
                        (end >= span.size() || (!text::is_alpha(span[end]) && span[end] != '-')))
                        return true;
                }
                return false;
            };
            return std::any_of(halves.begin(), halves.end(),
                               [&](auto const& pair) { return names(pair.first) && names(pair.second); });
        }();
        // (or outcomes that exclude each other, each told by the verb right after its part, a third part neither:
        // "Of the 940 stocks, 512 gained, 397 declined and 51 were unchanged", "Of the 12 member states, 11 expanded
        // and two contracted")
        bool const outcomes = (parts.size() == 2 || parts.size() == 3) && [&] {
            auto const verb_after = [&](std::size_t p) {
                std::size_t const to = std::min(s.end, mentions[p].end + 24);
                std::string const follow =
                    text::lower(model.prose.substr(mentions[p].end, to > mentions[p].end ? to - mentions[p].end : 0));
                auto const words = text::words(follow);
                std::size_t w = 0;
                if (w < words.size() && text::contains_any_word(words[w], {"were", "was", "have", "had", "ended"})) ++w;
                // ("412 million were cast in favour", "voted against")
                if (w < words.size() && text::contains_any_word(words[w], {"cast", "voted"})) ++w;
                // ("321 in favour")
                if (w + 1 < words.size() && words[w] == "in" &&
                    text::contains_any_word(words[w + 1], {"favour", "favor"}))
                    return std::string("favour");
                return w < words.size() ? std::string(words[w]) : std::string();
            };
            static constexpr std::array<std::pair<std::string_view, std::string_view>, 14> opposites{
                {{"favour", "against"},
                 {"for", "against"},
                 {"gained", "declined"},
                 {"rose", "fell"},
                 {"advanced", "declined"},
                 {"gained", "lost"},
                 {"increased", "decreased"},
                 {"expanded", "contracted"},
                 {"grew", "shrank"},
                 {"won", "lost"},
                 {"passed", "failed"},
                 {"approved", "rejected"},
                 {"accepted", "rejected"},
                 {"higher", "lower"}}};
            std::vector<std::string> verbs;
            verbs.reserve(parts.size());
            for (std::size_t p : parts) verbs.push_back(verb_after(p));
            auto const has = [&](std::string_view v) {
                return std::find(verbs.begin(), verbs.end(), v) != verbs.end();
            };
            bool const opposed = std::any_of(opposites.begin(), opposites.end(), [&](auto const& pair) {
                return has(pair.first) && has(pair.second) && (parts.size() == 2 || pair.first != pair.second);
            });
            if (!opposed) return false;
            if (parts.size() == 2) return true;
            return std::any_of(verbs.begin(), verbs.end(), [](std::string const& v) {
                return text::contains_any_word(
                    v, {"unchanged", "flat", "steady", "drew", "tied", "abstained", "undecided", "neutral"});
            });
        }();
        // (sums of money set aside from a whole are apart, but may leave some out: more than the whole is wrong, "Of
        // the $1.1 billion, $780 million is set aside for X, $190 million for Y and $230 million for Z")
        // (each told with what it is for, within a few words after it: not stages of one sum, "$289 million has
        // been obligated and $214 million spent", nor causes, "price rises contributed $1.5 billion")
        bool const money =
            total.kind == mention_kind::money && parts.size() >= 3 &&
            std::all_of(parts.begin(), parts.end(), [&](std::size_t p) {
                if (mentions[p].kind != mention_kind::money) return false;
                std::size_t const to = std::min(s.end, mentions[p].end + 28);
                std::string const follow =
                    text::lower(model.prose.substr(mentions[p].end, to > mentions[p].end ? to - mentions[p].end : 0));
                auto const words = text::words(follow);
                // (or where it came from: "Of the $285 million, $220 million came from private donors, $45 million
                // from the city and $30 million from the state")
                // (or where it went: "Of that total, $6.4 billion relates to Florida, $2.6 billion to Georgia")
                for (std::size_t w = 0; w < words.size() && w < 5; ++w)
                    if (words[w] == "for" || ((words[w] == "from" || words[w] == "to") && w <= 2)) return true;
                return false;
            });
        // (or sums each after its label, the first after a verb of contributing: "Of total revenue of 135.6 million
        // pounds, broadcasting contributed 81.4 million pounds, commercial deals 33.1 million pounds and matchday
        // income 24.1 million pounds": streams apart, but some may be left out)
        bool const labelled_money =
            total.kind == mention_kind::money && parts.size() >= 3 &&
            std::all_of(parts.begin(), parts.end(), [&](std::size_t p) { return mentions[p].kind == total.kind; }) &&
            [&] {
                std::size_t const lead_from =
                    mentions[parts.front()].begin >= 20 ? mentions[parts.front()].begin - 20 : 0;
                std::string const lead_text =
                    text::lower(model.prose.substr(lead_from, mentions[parts.front()].begin - lead_from));
                auto const lead_words = text::words(lead_text);
                if (lead_words.empty()) return false;
                std::string_view const verb = lead_words.back() == "for" && lead_words.size() >= 2
                                                  ? lead_words[lead_words.size() - 2]
                                                  : lead_words.back();
                if (!text::contains_any_word(verb, {"contributed", "accounted", "generated", "provided", "brought",
                                                    "earned", "raised", "made"}))
                    return false;
                for (std::size_t k = 1; k < parts.size(); ++k) {
                    std::size_t const a = mentions[parts[k - 1]].end, b = mentions[parts[k]].begin;
                    std::string const glue = text::lower(model.prose.substr(a, b - a));
                    auto const words = text::words(glue);
                    std::size_t labels = words.size();
                    if (!words.empty() && words.front() == "and") --labels;
                    if (glue.find_first_of("0123456789;:()") != std::string::npos || labels == 0 || labels > 3 ||
                        (glue.find(',') == std::string::npos && words.front() != "and"))
                        return false;
                }
                return true;
            }();
        // (after "of which", counted things told where they are, each in one place: "2,335 stores, of which 2,006
        // are in the United States, 162 in Canada and 147 in Mexico"; not "46 were cancer drugs, of which 39 were
        // available in Germany and 12 in Romania", where one may be both)
        bool const placed = (how == opener::of_which || how == opener::including || how == opener::of_the) && [&] {
            std::string const follow = text::lower(
                model.prose.substr(mentions[parts.front()].end,
                                   std::min<std::size_t>(20, s.end - std::min(s.end, mentions[parts.front()].end))));
            // (or where they came from: "162,000 tonnes, of which 134,000 tonnes came from capture and 38,000 tonnes
            // from aquaculture")
            for (std::string_view const where :
                 {" are in ", " were in ", " is in ", " was in ", " are based in ", " are located in ", " live in ",
                  " lived in ", " in ", " came from ", " come from ", " were from ", " are from ", " occurred in ",
                  " took place in ", " were recorded in ", " died in ", " were killed in ",
                  // (or where each went: "Of those, 960 went to homes and 280 to businesses")
                  " went to ", " were sent to ", " were given to ", " were issued to ",
                  // ("Of the £4.5 billion, £2.9 billion went into ISAs and £2.1 billion into other accounts")
                  " went into ", " was put into ", " were put into ", " was invested in ", " were invested in ",
                  " was spent on ", " were spent on ", " went on ",
                  // ("Of that, $84 million would come from fares and $39 million from passes")
                  " would come from ", " will come from ", " would go to ", " will go to ", " would go into ",
                  " will go into ", " would be spent on ", " will be spent on ",
                  // (or what caused each: "Of the 14 derailments, eight were caused by wagon defects, five by ...")
                  " were caused by ", " were blamed on ", " were due to ",
                  // (or where each will be: "Of the 64 new beds, 28 will be on a frailty unit, 20 in a discharge
                  // lounge")
                  " will be in ", " will be on ", " will be at ",
                  // (or what each is for: "640 beds, of which 96 will be for critical care and 544 for general
                  // wards")
                  " will be for ", " would be for ", " are for ", " were for ", " is for ", " was for ",
                  // (or how or on what each went: "402,000 tonnes, of which 237,000 tonnes went by sea and 175,000
                  // tonnes by rail", "6.1 million people, of which 4.4 million watched on BBC One")
                  // (not "on" alone: "300 were on chemotherapy and 250 on radiotherapy" may be both)
                  // (nor "by" alone: "150,000 by 2026 and 250,000 by 2028" are targets, each counting the one before)
                  " went by ", " were by ", " left by ", " travelled by ", " traveled by ", " watched on ", " left in ",
                  " arrived in "})
                if (follow.starts_with(where)) return true;
            return false;
        }();
        // (or the last part's label the rest, before it: "wheat accounted for 25.5 million tonnes, ... and other crops
        // 6.4 million tonnes")
        bool const other_label = text::words(before_last).size() <= 4 &&
                                 text::contains_any_word(before_last, {"other", "others"}) &&
                                 before_last.ends_with(' ') && !before_last.ends_with(" other ");
        // (or each part what the whole's items were, the last the others: "Of these, 621 were fires, 743 were false
        // alarms and 519 were other emergencies", "3.6 million were for other purposes")
        bool const other_kinds = [&] {
            std::size_t const last_end = mentions[parts.back()].end;
            std::string const follow =
                text::lower(model.prose.substr(last_end, std::min<std::size_t>(28, s.end - std::min(s.end, last_end))));
            auto const words = text::words(follow);
            if (words.size() < 2 || !text::contains_any_word(words[0], {"were", "was", "are"})) return false;
            bool other = false;
            for (std::size_t w = 1; w < words.size() && w <= 3; ++w)
                other = other || text::contains_any_word(words[w], {"other", "others"});
            if (!other) return false;
            // (every part told with the same verb right after it: "were")
            return std::all_of(parts.begin(), parts.end(), [&](std::size_t p) {
                std::size_t const end = mentions[p].end;
                return text::istarts_with(
                    model.prose.substr(end, std::min<std::size_t>(6, s.end - std::min(s.end, end))),
                    std::string(" ") + std::string(words[0]) + " ");
            });
        }();
        // (or each part a grade of one scale, the verb told once or each time: "Of 424 bathing waters, 271 were rated
        // excellent, 109 good, 37 sufficient and 17 poor"; or a model's name, "118 were A320s, 10 were A220s": apart,
        // but some may be left out)
        bool const graded = parts.size() >= 2 && [&] {
            enum class scale { none, grade, named };
            auto const grade_of = [&](std::size_t p) -> std::pair<scale, std::string> {
                // (the grade read as the part's noun: "109 good")
                if (std::string const unit = text::lower(mentions[p].unit); grade_word(unit))
                    return {scale::grade, unit};
                std::size_t const to = std::min(s.end, mentions[p].end + 32);
                std::string_view const raw =
                    model.prose.substr(mentions[p].end, to > mentions[p].end ? to - mentions[p].end : 0);
                std::string const follow = text::lower(raw);
                auto const words = text::words(follow);
                std::size_t w = 0;
                if (w < words.size() && text::contains_any_word(words[w], {"were", "was", "are", "is"})) ++w;
                if (w < words.size() && text::contains_any_word(words[w], {"rated", "graded", "judged", "assessed",
                                                                           "classed", "classified", "deemed"}))
                    ++w;
                if (w < words.size() && words[w] == "as") ++w;
                if (w >= words.size()) return {scale::none, {}};
                std::string const word(words[w]);
                // (two grades joined, "good or excellent", may hold another part's: no grade of its own)
                if (w + 2 < words.size() && (words[w + 1] == "or" || words[w + 1] == "and") && grade_word(words[w + 2]))
                    return {scale::none, word};
                if (grade_word(word)) return {scale::grade, word};
                // (the name of a model as it is written: a capital, then digits, "A320s", "A350")
                std::size_t const at = static_cast<std::size_t>(words[w].data() - follow.data());
                std::string_view const written = raw.substr(at, words[w].size());
                bool const named_model = written.size() >= 3 && text::is_upper(written[0]) &&
                                         written.find_first_of("0123456789") != std::string_view::npos &&
                                         std::all_of(written.begin(), written.end(),
                                                     [](char c) { return text::is_alpha(c) || text::is_digit(c); });
                return named_model ? std::pair{scale::named, std::string(written)} : std::pair{scale::none, word};
            };
            std::vector<std::string> seen;
            scale kind = scale::none;
            for (std::size_t p : parts) {
                // (no structured binding: a lambda below uses the word, which clang 14 does not capture)
                auto const graded_item = grade_of(p);
                scale const k = graded_item.first;
                std::string const& word = graded_item.second;
                if (k == scale::none || (kind != scale::none && k != kind) ||
                    std::find(seen.begin(), seen.end(), word) != seen.end())
                    return false;
                // (a model and its variant, one name the start of the other: "A320s" and "A320neos")
                if (k == scale::named && std::any_of(seen.begin(), seen.end(), [&](std::string const& other) {
                        std::string_view const a(other), b(word);
                        std::string_view const stem_a = a.ends_with('s') ? a.substr(0, a.size() - 1) : a;
                        std::string_view const stem_b = b.ends_with('s') ? b.substr(0, b.size() - 1) : b;
                        return stem_a.starts_with(stem_b) || stem_b.starts_with(stem_a);
                    }))
                    return false;
                kind = k;
                seen.push_back(word);
            }
            return true;
        }();
        if (!split_in_two && !outcomes && !other_label && !other_kinds &&
            !text::contains_any_word(before_last, {"remaining", "rest", "remainder"})) {
            // (or sums of money after "of which": "Revenue was $10.2 billion, of which $7.4 billion came from cloud and
            // $3.9 billion from devices")
            // (parts by division, region or segment are apart, but may leave some out)
            if (!money && !labelled_money && !placed && !graded && how != opener::sentence_before &&
                how != opener::by_kind &&
                !((how == opener::of_which || how == opener::including) && total.kind == mention_kind::money))
                return;
            open_ended = true;
        }
        // (a list after "including" names some of the whole only: "Revenue was $4.2 billion, including $2.5 billion
        // from dairy and $1.9 billion from meat" may leave some out, never more than the whole)
        if (how == opener::including) open_ended = true;
        // (votes of a body's members: some may not vote, so only an excess is certain, "Of the 650 MPs, 320 voted for
        // the motion, 250 against and 12 abstained")
        if (outcomes) {
            std::string const span = text::lower(
                model.prose.substr(mentions[parts.front()].begin,
                                   std::max(s.end, mentions[parts.front()].begin) - mentions[parts.front()].begin));
            if (text::contains_any_word(span, {"voted", "favour", "favor", "against", "abstained", "cast"}))
                open_ended = true;
        }
    }
    // (a total since a time or so far, its parts dated: "Since 2020 the firm has paid $46 million in fines: $10
    // million in 2021 and $14 million in 2022" leaves years out)
    {
        std::string const opening =
            text::lower(model.prose.substr(s.begin, total.begin - s.begin)) + " " + text::lower(lead);
        bool const running = text::contains_any_word(opening, {"since"}) ||
                             opening.find("so far") != std::string::npos ||
                             opening.find("to date") != std::string::npos ||
                             opening.find(" past ") != std::string::npos || opening.find(" last ") != std::string::npos;
        bool const dated = std::any_of(parts.begin(), parts.end(), [&](std::size_t p) {
            if (p + 1 >= last) return false;
            return dated_time(mentions[p + 1]) && mentions[p + 1].begin >= mentions[p].end &&
                   mentions[p + 1].begin - mentions[p].end <= 8;
        });
        if (running && dated) return;
    }
    total_claim claim;
    claim.total = t;
    claim.open_ended = open_ended;
    claim.cue = how == opener::colon       ? "the list after its colon"
                : how == opener::breakdown ? "the breakdown after it"
                                           : "the parts of it that follow";
    claim.parts = std::move(parts);
    model.totals.push_back(std::move(claim));
}

/// A total told before a colon and its parts listed after it, to the end of the sentence: "The council
/// agreed savings of £18.3m: £7.1m from social care, £4.6m from transport, £2.9m from libraries and
/// £4.7m from parks." Every figure of the total's kind and unit after the colon is a part, each
/// joined to the next by a comma or "and" with a few words between; any other figure, a figure for
/// each one or a year, or a word that leaves parts out ("including", "among", "other") and there is
/// no such total.
void add_colon_totals(claim_model& model, sentence const& s, std::size_t first, std::size_t last) {
    auto const& mentions = *model.mentions;
    // A sentence that opens with "Of them," or "Of that," breaks down the one figure of the sentence
    // before of its parts' kind: "The company employs 5,000 people. Of them, 3,000 work in Germany, ... and
    // the remaining 1,200 in Spain."
    std::optional<std::size_t> before;
    std::size_t before_comma = 0;
    opener before_how = opener::of_the;
    if (first > 0 && first < last && s.end - s.begin > 12) {
        // (in the sentence's first bytes only: this runs at every sentence with a figure)
        std::size_t const found_comma =
            model.prose.substr(s.begin, std::min<std::size_t>(16, s.end - s.begin)).find(", ");
        std::size_t const comma = found_comma == std::string_view::npos ? found_comma : s.begin + found_comma;
        std::size_t const index = mentions[first].sentence;
        if (comma != std::string_view::npos && comma <= s.begin + 14 && comma < mentions[first].begin &&
            mentions[first - 1].sentence + 1 == index && mentions[first - 1].paragraph == mentions[first].paragraph) {
            std::string const opening = text::lower(model.prose.substr(s.begin, comma - s.begin));
            // (or a breakdown by its kinds: "Revenue rose 7.8% to $15.1 billion. By division, oncology brought in $5.6
            // billion, ...")
            bool const by_kind =
                opening.starts_with("by ") &&
                text::contains_any_word(opening, {"division", "segment", "region", "business", "unit", "product",
                                                  "category", "country", "market", "source", "type", "sector"});
            if (of_those_opening(opening) || opening == "of that" || opening == "of this" ||
                opening == "of the total" || opening == "of this total" || opening == "of that total" || by_kind) {
                mention_kind const kind = mentions[first].kind;
                std::size_t found = 0, candidates = 0;
                for (std::size_t k = first; k-- > 0 && mentions[k].sentence + 1 == index;) {
                    mention const& m = mentions[k];
                    // (a change's new value is the figure told: "rose 7.8% to $15.1 billion")
                    bool const new_value = new_value_of_change(mentions, k) && has_value(m);
                    if ((!top_level(m) && !new_value) || m.kind != kind || m.is_range || !m.per.empty() ||
                        is_year_like(m))
                        continue;
                    // (not the figure restated in brackets right after it: "2.10 trillion rupees ($25.2 billion)")
                    if (k > 0 && mentions[k - 1].kind == m.kind && mentions[k - 1].end <= m.begin &&
                        model.prose.substr(mentions[k - 1].end, m.begin - mentions[k - 1].end) == " (")
                        continue;
                    found = k;
                    ++candidates;
                }
                if (candidates == 1) {
                    before = found;
                    before_comma = comma;
                    if (by_kind) before_how = opener::by_kind;
                }
            }
        }
    }
    // A list that says it breaks down the one figure of its kind and unit in the sentence before: "of the total"
    // after its first part, or its last part "the remaining" ("Insurers will pay out £560 million. Property claims
    // account for £480 million of the total, motor claims for £52 million and business interruption for the
    // remaining £38 million.")
    if (!before && first > 0 && last - first >= 2 && mentions[first - 1].sentence + 1 == mentions[first].sentence &&
        mentions[first - 1].paragraph == mentions[first].paragraph) {
        // (the list's first figure within a few words of the sentence's start, its kind's figures two or more)
        mention const& head = mentions[first];
        std::size_t same = 0;
        std::optional<std::size_t> last_part;
        for (std::size_t k = first; k < last; ++k)
            if (top_level(mentions[k]) && mentions[k].kind == head.kind && mentions[k].unit == head.unit) {
                ++same;
                last_part = k;
            }
        bool const money_or_count = head.kind == mention_kind::money || head.kind == mention_kind::number;
        if (money_or_count && top_level(head) && same >= 2 && head.begin - s.begin <= 40) {
            bool const of_total = text::istarts_with(model.prose.substr(head.end, 14), " of the total");
            std::string const lead =
                text::lower(model.prose.substr(mentions[*last_part].begin >= 14 ? mentions[*last_part].begin - 14 : 0,
                                               std::min<std::size_t>(14, mentions[*last_part].begin)));
            bool const remaining =
                std::string_view(lead).ends_with("the remaining ") || std::string_view(lead).ends_with(" remaining ");
            if (of_total || remaining) {
                // the one figure of the list's kind and unit in the sentence before (a change's new value counts)
                std::size_t const index = mentions[first].sentence;
                std::size_t found = 0, candidates = 0;
                for (std::size_t k = first; k-- > 0 && mentions[k].sentence + 1 == index;) {
                    mention const& m = mentions[k];
                    bool const new_value = new_value_of_change(mentions, k);
                    // (every sum or count larger than the list's first part is a candidate, of whatever unit: the
                    // one whole must be the only one, "Wisconsin made 3.5 billion pounds of cheese, or about a quarter
                    // of the U.S. total of 14.2 billion pounds" has two)
                    if ((!top_level(m) && !new_value) ||
                        (m.kind != mention_kind::money && m.kind != mention_kind::number) || m.is_range ||
                        !m.per.empty() || is_year_like(m) || !has_value(m) || *m.value <= *head.value)
                        continue;
                    found = k;
                    ++candidates;
                }
                mention const& whole = mentions[found];
                // (not a part itself, restated as a share of another whole: "Instruction accounts for the largest
                // slice of spending, $98.6 million, or 46.4% of the budget. Student services will receive $31.2
                // million, ... with the remaining $32.3 million covering technology")
                bool const own_share =
                    found + 1 < mentions.size() && mentions[found + 1].kind == mention_kind::percent &&
                    mentions[found + 1].begin >= whole.end &&
                    (model.prose.substr(whole.end, mentions[found + 1].begin - whole.end) == ", or " ||
                     model.prose.substr(whole.end, mentions[found + 1].begin - whole.end) == " (");
                // (nor told as a slice of something: "Instruction accounts for the largest slice of spending,
                // $98.6 million.")
                std::size_t const told_from = std::max(mentions[found].begin >= 48 ? mentions[found].begin - 48 : 0,
                                                       (*model.sentences)[mentions[found].sentence].begin);
                std::string const told = text::lower(model.prose.substr(told_from, mentions[found].begin - told_from));
                bool const slice =
                    text::contains_any_word(told, {"accounts", "accounted", "slice", "portion", "share"}) ||
                    told.find("account for") != std::string::npos;
                // (nor a whole smaller than a part of the list, nor a list that opens with a fraction: "works in 38
                // countries. About three-quarters of the jobs to be cut, roughly 170, are based overseas, with the
                // remaining 60 or so at its head office" is of the jobs)
                bool const fits =
                    !is_fraction(head) &&
                    std::all_of(mentions.begin() + static_cast<std::ptrdiff_t>(first),
                                mentions.begin() + static_cast<std::ptrdiff_t>(last), [&](mention const& m) {
                                    return !top_level(m) || m.kind != head.kind || *m.value <= *whole.value;
                                });
                // (nor a figure far below the parts' sum, one of them rather than their whole: "Dawn won 20 seats. The
                // Democrats won 14, the Farmers 8, the Liberals 12 and others the remaining 7")
                double parts_sum = 0;
                for (std::size_t k = first; k < last; ++k)
                    if (top_level(mentions[k]) && mentions[k].kind == head.kind && has_value(mentions[k]))
                        parts_sum += *mentions[k].value;
                bool const sibling = candidates == 1 && has_value(whole) && parts_sum > 1.3 * *whole.value;
                bool const same_measure = candidates == 1 && fits && !sibling && !own_share && !slice &&
                                          whole.kind == head.kind &&
                                          (whole.kind == mention_kind::money
                                               ? whole.unit == head.unit
                                               : whole.unit.empty() || head.unit.empty() || whole.unit == head.unit);
                if (same_measure) {
                    before = found;
                    before_comma = s.begin - 1;
                    before_how = opener::sentence_before;
                }
            }
        }
    }
    for (std::size_t i = 0, n = last - first + (before ? 1 : 0); i < n; ++i) {
        std::size_t const t = before ? (i == 0 ? *before : first + i - 1) : first + i;
        mention const& total = mentions[t];
        // (the whole of the sentence before may be a change's new value: "Revenue declined 13% to $12.4 billion from
        // $14.2 billion. The ocean division saw sales of $7.6 billion, ...")
        if ((!top_level(total) && t >= first) ||
            (total.kind != mention_kind::number && total.kind != mention_kind::money) || total.is_range ||
            !total.per.empty() || !has_value(total))
            continue;
        if (t < first) {
            list_of_parts(model, s, first, last, t, before_comma, {}, before_how);
            continue;
        }
        // (not a rate's base: "Claims per 1,000 vehicles: 62 for petrol cars, 64 for diesel and 71 for electric")
        if (total.begin >= 4 && text::iequals(model.prose.substr(total.begin - 4, 4), "per ")) continue;
        // the colon right after the figure, or after up to six words ("£18.3m in cuts:", "$1.1 billion to
        // shareholders in the quarter:")
        // (looked for within the next 48 bytes of the sentence only: this runs at every figure)
        std::size_t const reach = std::min(s.end, total.end + 48);
        if (reach <= total.end) continue;
        std::string_view const near = model.prose.substr(total.end, reach - total.end);
        std::size_t found = near.find(':');
        // ... or a verb of breaking down, which lists every part: "$19.3 billion, made up of $15.0 billion
        // from subscriptions and $4.3 billion from ads", "net income of $1.10 billion comprised ..."; or
        // "Of the $867 million, ... and the remaining $49 million ..."
        opener how = opener::colon;
        std::size_t cue_size = 1;
        if (found == std::string_view::npos) {
            // (in the bytes as they are: this runs at every figure, and a cue after a figure is in lower case)
            // (one pass over the spaces; only a word that begins with b, c, d, m or s is compared)
            // (after at most three words: the cue ends the lead, which the list's test below bounds too)
            std::size_t const lead_reach = std::min<std::size_t>(near.size(), 31);
            for (std::size_t at = near.find(' '); at < lead_reach && found == std::string_view::npos;
                 at = near.find(' ', at + 1)) {
                if (at + 3 > near.size()) break;
                char const a = near[at + 1], b = near[at + 2];
                if (!((a == 'm' && b == 'a') || (a == 'c' && b == 'o') || (a == 'b' && b == 'r') ||
                      (a == 's' && b == 'p') || (a == 'd' && b == 'i') || (a == 'p' && b == 'a') ||
                      (a == 'f' && (b == 'u' || b == 'i')) || (a == 'g' && b == 'a')))
                    continue;
                for (std::string_view const cue :
                     {" made up of ", " comprised ", " comprising ", " comprise ", " comprises ", " consisting of ",
                      " consisted of ", " consist of ", " consists of ", " broken down into ", " breaks down into ",
                      " split into ", " divided into "})
                    if (near.compare(at, cue.size(), cue) == 0) {
                        found = at;
                        cue_size = cue.size();
                        how = opener::breakdown;
                        break;
                    }
                // ... or where the money comes from, which may leave some out ("The $38.6 million project will be
                // paid for with $26 million from bonds, ...", "close the $24 million gap with $9 million from
                // libraries, ...": more than the whole is certain)
                // (a gap only where it is closed: "a $30 billion trade gap with $50 billion of imports and $20
                // billion of exports" is their difference)
                auto const closed = [&] {
                    std::size_t const from = total.begin >= 24 ? total.begin - 24 : 0;
                    std::string const told = text::lower(model.prose.substr(from, total.begin - from));
                    for (std::string_view const verb :
                         {"close ", "closes ", "closed ", "closing ", "bridge ", "bridges ", "bridged ", "bridging ",
                          "fill ", "fills ", "filled ", "filling ", "plug ", "plugs ", "plugged ", "plugging "})
                        if (told.ends_with(std::string(verb) + "the ") || told.ends_with(std::string(verb) + "a ") ||
                            told.ends_with(std::string(verb) + "its ") || told.ends_with(std::string(verb) + "their "))
                            return true;
                    return false;
                };
                if (found == std::string_view::npos && total.kind == mention_kind::money)
                    for (std::string_view const cue :
                         {" paid for with ", " paid for by ", " funded by ", " funded with ", " funded through ",
                          " financed by ", " financed with ", " financed through ", " gap with "})
                        if (near.compare(at, cue.size(), cue) == 0 && (cue != " gap with " || closed())) {
                            found = at;
                            cue_size = cue.size();
                            how = opener::including;
                            break;
                        }
            }
        }
        // ... or ", of which" and the parts: "The retailer operates 2,335 stores, of which 2,006 are in the United
        // States, 162 in Canada and 147 in Mexico" (a list that may leave some out unless it names the rest)
        // (not a part of a list the sentence opens itself: "Of the $95 million, $70 million goes to roads, of which
        // $20 million is for bridges, and the remaining $25 million to parks")
        // (npos is past 24 too)
        bool const own_list = text::istarts_with(model.prose.substr(s.begin, 3), "of ") ||
                              model.prose.substr(s.begin, total.begin - s.begin).find(':') != std::string_view::npos;
        if (found == std::string_view::npos && !own_list)
            for (std::string_view const cue : {", of which ", ", of whom ", ", including "})
                if (std::size_t const at = near.find(cue);
                    at <= 24 && text::words(near.substr(0, at)).size() <= 3 &&
                    near.substr(0, at).find_first_of("0123456789,;") == std::string_view::npos) {
                    found = at;
                    cue_size = cue.size();
                    how = cue == ", including " ? opener::including : opener::of_which;
                    break;
                }
        if (found == std::string_view::npos && total.begin >= s.begin + 3 && total.begin <= s.begin + 32) {
            std::string opening = text::lower(model.prose.substr(s.begin, total.begin - s.begin));
            // (a name's: "Of the system's 7,300 nurses,")
            if (opening.starts_with("of the ") && opening.size() > 10 &&
                (opening.ends_with("'s ") || opening.ends_with("s' ")) && opening.find(' ', 7) == opening.size() - 1)
                opening = "of the ";
            // ("Of 424 bathing waters,": no article, a count first)
            bool const bare = opening == "of " && total.kind == mention_kind::number && !is_year_like(total);
            // ("Of total revenue of 135.6 million pounds, broadcasting contributed ...": the whole's name before it)
            bool const named = opening.starts_with("of ") && opening.ends_with(" of ") &&
                               text::words(opening).size() <= 5 &&
                               opening.find_first_of("0123456789,;") == std::string::npos;
            if (opening == "of the " || opening == "of its " || opening == "of their " || opening == "of this " ||
                opening == "of that " || bare || named) {
                std::size_t const comma = near.find(", ");
                if (comma != std::string_view::npos && text::words(near.substr(0, comma)).size() <= 6 &&
                    near.substr(0, comma).find_first_of("0123456789;") == std::string_view::npos) {
                    found = comma;
                    cue_size = 1;
                    how = opener::of_the;
                }
            }
        }
        if (found == std::string_view::npos) continue;
        // (not the number of a name: "Ariane 5: 2 in 2023, 3 in 2022", "Falcon 9: 91 in 2023")
        if (total.kind == mention_kind::number && total.unit.empty() && total.begin >= 2 &&
            model.prose[total.begin - 1] == ' ' && model.prose[total.begin - 2] >= 'a' &&
            model.prose[total.begin - 2] <= 'z') {
            std::size_t w = total.begin - 1;
            while (w > s.begin && text::is_alpha(model.prose[w - 1])) --w;
            // (not the opening "Of": "Of 424 designated bathing waters, ...")
            if (model.prose[w] >= 'A' && model.prose[w] <= 'Z' && !(how == opener::of_the && w == s.begin)) continue;
        }
        std::size_t const colon = total.end + found + cue_size - 1;
        std::string_view const lead = model.prose.substr(total.end, total.end + found - total.end);
        // (not a colon inside brackets: "Revenue of $244.6 million (2022: $211.0 million) came from ...", a figure
        // of another year)
        if (how == opener::colon && lead.find('(') != std::string_view::npos &&
            lead.find(')', lead.find('(')) == std::string_view::npos)
            continue;
        // (a source set off by a comma before the colon: "$2.3 billion, by the foundation's count:", ", according to
        // the ministry:")
        bool const source =
            how == opener::colon && (text::istarts_with(lead, ", by ") || text::istarts_with(lead, ", according to "));
        std::string_view lead_words =
            (how == opener::breakdown || source) && lead.starts_with(',') ? lead.substr(1) : lead;
        // (the total's time before the verb, set off by a comma: "779,140 TEU in April, made up of")
        if (how == opener::breakdown && lead_words.ends_with(',')) lead_words.remove_suffix(1);
        // (but not a figure of a relative clause the comma closes: "The "mini-refunding," which will raise 9.27
        // billion dlrs in new cash, comprises 10 billion dlrs of two-year notes ...")
        if (how == opener::breakdown && lead.ends_with(',') && text::words(lead).size() >= 2) {
            std::string_view const before_total = model.prose.substr(s.begin, total.begin - s.begin);
            std::size_t const clause = before_total.rfind(',');
            std::string const relative =
                text::lower(before_total.substr(clause == std::string_view::npos ? 0 : clause));
            if (text::contains_any_word(relative, {"which", "that", "who"})) continue;
        }
        // (not a share of the figure, whose parts the list names: "About half of the 14.4 million members lived
        // in three states: California (2.5 million), ...", "46% of the 900 staff work in two plants: ...", "410 of
        // the 900 staff work in two plants: ...")
        if (how == opener::colon || how == opener::breakdown) {
            std::size_t const from = total.begin >= s.begin + 40 ? total.begin - 40 : s.begin;
            std::string const before_total = text::lower(model.prose.substr(from, total.begin - from));
            auto const before_words = text::words(before_total);
            std::size_t w = before_words.size();
            if (w >= 1 && text::contains_any_word(before_words[w - 1], {"the", "its", "their", "his", "her"})) --w;
            if (w >= 2 && before_words[w - 1] == "of" &&
                (text::contains_any_word(before_words[w - 2],
                                         {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth",
                                          "most", "majority", "some", "many", "part", "portion", "share", "percent",
                                          "pct", "cent"}) ||
                 text::is_digit(before_words[w - 2].back())))
                continue;
        }
        std::size_t const most_words = how == opener::colon ? 6 : 4;
        // (a year in the lead is the total's time, no figure: "There were 46.9 million new movements in 2023: ...")
        std::string lead_figures(lead_words);
        for (std::string_view const w : text::words(lead_words))
            if (w.size() == 4 && std::all_of(w.begin(), w.end(), text::is_digit) && (w[0] == '1' || w[0] == '2'))
                std::fill_n(lead_figures.begin() + (w.data() - lead_words.data()), 4, 'y');
        if (how != opener::of_the &&
            (lead.size() > (how == opener::colon ? 44u : 30u) || text::words(lead).size() > most_words ||
             std::any_of(lead_figures.begin(), lead_figures.end(),
                         [](char c) { return text::is_digit(c) || c == ',' || c == ';'; })))
            continue;
        list_of_parts(model, s, first, last, t, colon, lead, how);
    }
}

/// A sentence that opens with "Together," (or "Combined,", "Between them,") and states the sum of the list of
/// the sentence before: "Ford sold 1.2 million cars in Europe and GM sold 1.5 million. Together, the two sold 2.9
/// million cars." The parts are every sum or count of the total's measure in the sentence before (two or more,
/// the last after "and"), none a part of another ("including", "of which") and none the value of a change; the
/// total's verb is one of a sum ("accounted for", "made up") or the parts' own ("sold" ... "sold").
void add_together_totals(claim_model& model, sentence const& s, std::size_t first, std::size_t last) {
    auto const& mentions = *model.mentions;
    if (first == 0 || first >= last || !model.sentences || s.end - s.begin < 16) return;
    // (the opening, in the sentence's first bytes: this runs at every sentence with a figure)
    std::string const opening = text::lower(model.prose.substr(s.begin, std::min<std::size_t>(12, s.end - s.begin)));
    std::size_t said = 0;
    for (std::string_view const cue : {"together, ", "together ", "combined, ", "between them, "})
        if (opening.starts_with(cue) || std::string_view(cue).starts_with(opening)) {
            said = cue.size();
            break;
        }
    if (said == 0 || text::istarts_with(model.prose.substr(s.begin + said, 5), "with ")) return;
    if (s.begin + said >= s.end) return;
    // the total: the sentence's first figure, a sum or a count, with only words before it (and the count of
    // the parts: "Together, the two sold")
    std::size_t at = first;
    if (at + 1 < last && mentions[at].kind == mention_kind::number && mentions[at].unit.empty() &&
        has_value(mentions[at]) && *mentions[at].value <= 12 && mentions[at].begin >= s.begin + 4 &&
        text::iequals(model.prose.substr(mentions[at].begin - 4, 4), "the "))
        ++at;
    mention const& total = mentions[at];
    if (!top_level(total) || total.is_range || !total.per.empty() || is_year_like(total) ||
        (total.kind != mention_kind::money && total.kind != mention_kind::number &&
         total.kind != mention_kind::percent) ||
        (total.kind == mention_kind::number && total.unit.empty()) || total.begin - s.begin > 64)
        return;
    std::string const lead = text::lower(model.prose.substr(s.begin + said, total.begin - s.begin - said));
    if (lead.find_first_of(",;:()0123456789") != std::string::npos) return;
    // the sentence before, in the paragraph
    std::size_t const index = total.sentence;
    if (index == 0 || index >= model.sentences->size()) return;
    sentence const& previous = (*model.sentences)[index - 1];
    if (previous.paragraph != s.paragraph) return;
    std::string const before = text::lower(model.prose.substr(previous.begin, previous.end - previous.begin));
    if (text::contains_any_word(before, {"including", "includes", "included", "which", "whom", "them", "among", "such",
                                         "excluding", "total", "totaled", "totalled", "combined", "together",
                                         "respectively", "each", "per", "average", "averaged"}) ||
        before.find_first_of("();:") != std::string::npos)
        return;
    std::vector<std::size_t> parts;
    for (std::size_t k = first; k-- > 0 && mentions[k].sentence + 1 >= index;) {
        mention const& m = mentions[k];
        if (m.sentence != index - 1) continue;
        if (m.kind == mention_kind::change || m.kind == mention_kind::multiplier) return;
        if (m.kind != total.kind || !has_value(m) || is_year_like(m)) continue;
        if (m.parent || m.is_range || !m.per.empty() || !one_measure(m, total) || *m.value <= 0 ||
            *m.value >= *total.value)
            return;
        // (a count of another noun: "sold 1.2 million cars to 300 dealers")
        if (m.kind == mention_kind::number && !m.unit.empty() && !same_noun(m.unit, total.unit)) return;
        parts.insert(parts.begin(), k);
    }
    if (parts.size() < 2) return;
    // (the last part after "and": a list)
    mention const& penultimate = mentions[parts[parts.size() - 2]];
    mention const& closing = mentions[parts.back()];
    if (!text::contains_any_word(text::lower(model.prose.substr(penultimate.end, closing.begin - penultimate.end)),
                                 {"and"}))
        return;
    // the verb of the total: one of a sum, or the parts' own
    auto const words = text::words(lead);
    // (shares of one whole, "Leclerc has 23.6%, Carrefour 19.8% ... Together they hold 74.5%", by a verb of holding)
    bool const shares = total.kind == mention_kind::percent;
    bool verb = false;
    for (std::string_view const w : words) {
        if (shares) {
            verb = verb || text::contains_any_word(w, {"hold", "held", "holds", "have", "has", "had", "account",
                                                       "accounted", "accounts", "control", "controlled", "controls",
                                                       "command", "commanded", "own", "owned", "make", "made"});
            continue;
        }
        if (text::contains_any_word(w, {"accounted", "account", "accounts", "made", "make", "makes",       "totaled",
                                        "totalled",  "total",   "amounted", "came", "come", "represented", "represent",
                                        "comprised", "have",    "had",      "has",  "hold", "held",        "holds"}))
            verb = true;
        else if (w.size() >= 4 && text::contains_any_word(before, {w}) &&
                 !text::contains_any_word(w, {"they", "them", "these", "those", "both", "companies", "firms"}))
            verb = true;
    }
    if (!verb) return;
    model.totals.push_back({at, std::move(parts), "together", false});
}

/// Whether a difference named by `cue` is a contest's lead or margin (between shares of a vote or a poll).
bool contest_cue(std::string_view cue) { return cue == "a lead of" || cue == "a margin of"; }

/// Whether `gap` can be the difference of `a` and `b` (in `s`), named by `cue`: two figures of one measure, the
/// difference in their unit (in points between percentages; of counts that undo each other for a net figure).
bool difference_of_measure(claim_model const& model, sentence const& s, mention const& a, mention const& b,
                           mention const& gap, std::string_view cue, bool net) {
    if (a.kind != b.kind) return false;
    // (not a figure of something else, or a score against par: "90% of votes counted", "15 under")
    auto const qualified = [&](mention const& m) {
        std::string_view const next =
            text::first_word(model.prose.substr(m.end, std::min<std::size_t>(12, model.prose.size() - m.end)));
        return text::contains_any_word(text::lower(next), {"of", "under", "over", "par", "behind", "ahead"});
    };
    if (qualified(a) || qualified(b)) return false;
    // (a lead or a margin is a contest's: between percentages only, the second told after a name, "Labour is on
    // 41% and the Conservatives on 25%"; not wins and losses, "won 64 games and lost 18, a lead of 14 games")
    if (contest_cue(cue) && a.kind != mention_kind::percent) return false;
    // (a net figure is of counts: not a loss netted from revenue, "revenue was $1.2 billion and its operating loss
    // $150 million, a net loss of $180 million")
    if (net && a.kind != mention_kind::number) return false;
    if (a.kind == mention_kind::money && (a.unit != b.unit || gap.kind != mention_kind::money || gap.unit != a.unit))
        return false;
    if (a.kind == mention_kind::number) {
        if (gap.kind != mention_kind::number) return false;
        bool const one_noun = a.unit.empty() || b.unit.empty() || same_noun(a.unit, b.unit);
        // (a net figure of two nouns that undo each other: "5,940 openings and 6,720 closures")
        // (the noun may follow the one read: "312 restaurant openings")
        auto const nouns_of = [&](mention const& m) {
            std::string const said =
                text::lower(model.prose.substr(m.begin, std::min<std::size_t>(m.end - m.begin + 16, s.end - m.begin)));
            auto const said_words = text::words(said);
            std::vector<std::string> out;
            for (std::size_t w = 1; w < said_words.size() && w <= 3; ++w) out.emplace_back(said_words[w]);
            return out;
        };
        auto const opposite = [&](std::string_view x, std::string_view y) {
            static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> pairs{
                {{"openings", "closures"},
                 {"births", "deaths"},
                 {"arrivals", "departures"},
                 {"hires", "departures"},
                 {"joiners", "leavers"},
                 {"starters", "leavers"},
                 {"inflows", "outflows"},
                 {"additions", "removals"},
                 {"registrations", "dissolutions"}}};
            std::string const lx = text::lower(x), ly = text::lower(y);
            return std::any_of(pairs.begin(), pairs.end(), [&](auto const& p) {
                return (lx == p.first && ly == p.second) || (lx == p.second && ly == p.first);
            });
        };
        bool opposed = false;
        if (net)
            for (std::string const& x : nouns_of(a))
                for (std::string const& y : nouns_of(b)) opposed = opposed || opposite(x, y);
        if (!one_noun && !opposed) return false;
        // (the difference counts what they count, or is bare: "a gap of 62 points", "a net loss of 780 stores")
        if (one_noun && !gap.unit.empty() && !(same_noun(gap.unit, a.unit) || same_noun(gap.unit, b.unit)))
            return false;
    }
    if (a.kind == mention_kind::percent) {
        // (between percentages, a gap in points: "16 points", "16 percentage points"; "a gap of 16%" may be a
        // ratio)
        bool const points = gap.kind == mention_kind::percentage_points ||
                            (gap.kind == mention_kind::number &&
                             text::contains_any_word(text::lower(gap.unit), {"points", "point", "pts"}));
        if (!points || net) return false;
    }
    return true;
}

/// "Verstappen has 331 points and Norris 269, a gap of 62 points", "Labour is on 41% and the Conservatives on 25%, a
/// lead of 16 points", "There were 5,940 openings and 6,720 closures, a net loss of 780 stores": a difference named
/// after a comma ("a gap of", "a difference of", "a lead of", "a margin of", "a net loss of" ...), its figure
/// unhedged, and before it in its sentence exactly two figures of one measure (times aside), joined by "and",
/// "against", "versus", "to" or "compared with" and nothing after the second but a few words. Between percentages the
/// difference is in points; between counts with a net figure the two may count different things ("openings",
/// "closures").
void add_differences(claim_model& model, sentence const& s, std::size_t first, std::size_t last) {
    auto const& mentions = *model.mentions;
    for (std::size_t g = first; g < last; ++g) {
        mention const& gap = mentions[g];
        if (!top_level(gap) || gap.is_range || !gap.hedge.empty() || gap.begin < s.begin + 16 || !gap.per.empty() ||
            !has_value(gap))
            continue;
        if (gap.kind != mention_kind::number && gap.kind != mention_kind::money &&
            gap.kind != mention_kind::percentage_points)
            continue;
        // (the cheap test first: "of " right before the figure)
        if (!text::iequals(model.prose.substr(gap.begin - 3, 3), "of ")) continue;
        std::size_t const lead_from = std::max(s.begin, gap.begin >= 32 ? gap.begin - 32 : 0);
        std::string const lead = text::lower(model.prose.substr(lead_from, gap.begin - lead_from));
        std::string cue;
        bool net = false;
        for (std::string_view const c :
             {", a gap of ", ", a difference of ", ", a lead of ", ", a margin of ", ", a net loss of ",
              ", a net gain of ", ", a net increase of ", ", a net decrease of ", ", a net fall of ",
              ", a net rise of ", ", leaving a net gain of ", ", leaving a net loss of ", ", giving a net gain of ",
              ", giving a net loss of ", ", leaving a gap of ", ", a shortfall of ", ", leaving a shortfall of "})
            if (lead.ends_with(c)) {
                cue = std::string(c.substr(2, c.size() - 3));
                net = c.find(" net ") != std::string_view::npos;
                break;
            }
        if (cue.empty()) continue;
        // (a gap left or a shortfall is of opposed measures, costs against income: not "spent $40 million on research
        // and $25 million on marketing, leaving a gap of $10 million")
        if (cue.starts_with("leaving a gap") || cue.find("shortfall") != std::string::npos) {
            std::string const told = text::lower(model.prose.substr(s.begin, gap.begin - s.begin));
            bool const spent =
                text::contains_any_word(told, {"cost", "costs", "spending", "spent", "expenditure", "outgoings",
                                               "expenses", "imports", "liabilities", "demand"});
            bool const received = text::contains_any_word(
                told, {"income", "revenue", "revenues", "receipts", "funding", "exports", "assets", "supply"});
            if (!spent || !received) continue;
        }
        // (the difference ends its clause: not "a gap of €7.05 between the most and the least expensive" of a list
        // the sentence before began)
        if (gap.end < s.end && model.prose[gap.end] != '.' && model.prose[gap.end] != ',' &&
            model.prose[gap.end] != ';')
            continue;
        std::size_t const cue_begin = gap.begin - (cue.size() + 3);
        // the figures before the cue in the sentence: exactly two, of one measure, and no other quantity but times
        std::vector<std::size_t> figures;
        bool other = false;
        for (std::size_t k = first; k < g && !other; ++k) {
            mention const& m = mentions[k];
            if (m.parent || dated_time(m) || m.kind == mention_kind::comparison) continue;
            if (!is_quantity(m.kind)) continue;
            if (!has_value(m) || m.is_range || is_year_like(m) || !m.per.empty() || m.end > cue_begin ||
                (m.kind != mention_kind::number && m.kind != mention_kind::money && m.kind != mention_kind::percent))
                other = true;
            else
                figures.push_back(k);
        }
        if (other || figures.size() != 2) continue;
        // (and none after it: "a net gain of 45 stores, after closing 75" leaves a third out)
        bool after = false;
        for (std::size_t k = g + 1; k < last && !after; ++k) {
            mention const& m = mentions[k];
            after = !m.parent && is_quantity(m.kind) && !dated_time(m) && m.kind != mention_kind::comparison;
        }
        if (after) continue;
        mention const& a = mentions[figures[0]];
        mention const& b = mentions[figures[1]];
        if (!difference_of_measure(model, s, a, b, gap, cue, net)) continue;
        // the two joined as set against each other, and only a few words after the second
        std::string const joint = text::lower(model.prose.substr(a.end, b.begin - a.end));
        if (joint.find_first_of(";:()") != std::string::npos || text::words(joint).size() > 6 ||
            !text::contains_any_word(joint, {"and", "against", "versus", "vs", "to", "compared", "while"}))
            continue;
        // (a contest's second figure right after its name: " and the conservatives on ", ", reform at ", " to ")
        if (contest_cue(cue) && !(joint.ends_with(" on ") || joint.ends_with(" at ") || joint.ends_with(" with ") ||
                                  joint == " to " || joint == " against " || joint == " versus "))
            continue;
        std::string const tail = text::lower(model.prose.substr(b.end, cue_begin - b.end));
        if (tail.find_first_of(";:(),") != std::string::npos || text::words(tail).size() > 4) continue;
        model.differences.push_back({figures[0], figures[1], g, cue});
    }
}

/// "Maryland had the highest median at $101,650, Mississippi the lowest at $54,920. The gap between the two states was
/// $46,730.": a sentence that opens by naming a difference ("The gap between", "The difference was", "That is a gap
/// of") and tells one figure, after a sentence of its paragraph with exactly two figures of one measure (times aside)
/// a few words apart.
void add_differences_told_after(claim_model& model, sentence const& s, std::size_t first, std::size_t last) {
    auto const& mentions = *model.mentions;
    if (first == 0 || first >= last || !model.sentences) return;
    // (the cheap test first: this runs at every sentence with a figure, and few open with "the" or "that")
    if (s.end - s.begin < 12 || (model.prose[s.begin] | 0x20) != 't' || (model.prose[s.begin + 1] | 0x20) != 'h')
        return;
    std::string const opening = text::lower(model.prose.substr(s.begin, std::min<std::size_t>(40, s.end - s.begin)));
    if (!opening.starts_with("the gap ") && !opening.starts_with("the difference ") && !opening.starts_with("that "))
        return;
    std::string_view cue;
    // (between the two figures, not named otherwise: "The gap between spending and revenue is" may be of others)
    for (std::string_view const c :
         {"the gap between the two ", "the gap between them ", "the difference between the two ",
          "the difference between them ", "the gap was ", "the difference was ", "the gap is ", "the difference is ",
          "that is a gap of ", "that is a difference of ", "that was a gap of ", "that was a difference of "})
        if (opening.starts_with(c)) {
            // ("the two" what the figures are of, the ones the sentence before names: "the two states", "the two
            // parties"; not "the two periods" or "the two countries' harvests")
            if (c.ends_with(" the two ")) {
                std::string_view const rest = std::string_view(opening).substr(c.size());
                std::size_t const space = rest.find(' ');
                std::string_view const noun = rest.substr(0, space);
                if (space == std::string_view::npos ||
                    !text::contains_any_word(noun, {"states",    "countries", "parties",  "companies",  "firms",
                                                    "cities",    "regions",   "teams",    "candidates", "clubs",
                                                    "drivers",   "players",   "banks",    "sides",      "nations",
                                                    "provinces", "counties",  "airlines", "carriers",   "rivals"}) ||
                    !(rest.substr(space).starts_with(" was ") || rest.substr(space).starts_with(" is ")))
                    break;
            }
            cue = c.find("gap") != std::string_view::npos ? "a gap of" : "a difference of";
            break;
        }
    if (cue.empty()) return;
    // the one quantity of the sentence, ending its clause
    std::optional<std::size_t> g;
    for (std::size_t k = first; k < last; ++k) {
        mention const& m = mentions[k];
        if (m.parent || dated_time(m) || m.kind == mention_kind::comparison || !is_quantity(m.kind)) continue;
        // (what the two are, spelled after "the": "The gap between the two states was")
        if (m.text.find_first_of("0123456789") == std::string::npos && m.begin >= 4 &&
            text::iequals(model.prose.substr(m.begin - 4, 4), "the "))
            continue;
        if (g) return;
        g = k;
    }
    if (!g) return;
    mention const& gap = mentions[*g];
    if (gap.is_range || !gap.hedge.empty() || !gap.per.empty() || !has_value(gap) ||
        (gap.kind != mention_kind::number && gap.kind != mention_kind::money &&
         gap.kind != mention_kind::percentage_points))
        return;
    if (gap.end < s.end && model.prose[gap.end] != '.' && model.prose[gap.end] != ',' && model.prose[gap.end] != ';')
        return;
    // the sentence before, in the paragraph: exactly two figures, no other quantity
    std::size_t const here = mentions[first].sentence;
    if (here == 0 || (*model.sentences)[here - 1].paragraph != s.paragraph) return;
    sentence const& t = (*model.sentences)[here - 1];
    std::vector<std::size_t> figures;
    for (std::size_t k = first; k > 0 && mentions[k - 1].sentence == here - 1; --k) {
        mention const& m = mentions[k - 1];
        // (not two times' figures: "2,000 tonnes in 2022 and 2,600 tonnes in 2023" is a change)
        if (!m.parent && (dated_time(m) || m.kind == mention_kind::relative_time)) return;
        if (m.parent || m.kind == mention_kind::comparison || !is_quantity(m.kind)) continue;
        if (!has_value(m) || m.is_range || is_year_like(m) || !m.per.empty() ||
            (m.kind != mention_kind::number && m.kind != mention_kind::money && m.kind != mention_kind::percent))
            return;
        figures.insert(figures.begin(), k - 1);
    }
    if (figures.size() != 2) return;
    mention const& a = mentions[figures[0]];
    mention const& b = mentions[figures[1]];
    std::string const joint = text::lower(model.prose.substr(a.end, b.begin - a.end));
    if (joint.find_first_of(";:()") != std::string::npos || text::words(joint).size() > 8) return;
    if (!difference_of_measure(model, t, a, b, gap, cue, false)) return;
    model.differences.push_back({figures[0], figures[1], *g, std::string(cue)});
}

/// "A four-year renewal worth £320 million, or £80 million a year", "$500 million over five years, or $100 million a
/// season", "a five-year contract worth $150 million, an average of $30 million a year": a sum, then after ", or" or
/// ", an average of" (a time of years may stand between) a sum of its currency a year or a season, and in the
/// sentence before the yearly sum one time of whole years, two to fifty ("four-year", "over five years").
void add_yearly_restatements(claim_model& model, sentence const& s, std::size_t first, std::size_t last) {
    auto const& mentions = *model.mentions;
    for (std::size_t y = first + 1; y < last; ++y) {
        mention const& yearly = mentions[y];
        if (yearly.kind != mention_kind::money || !top_level(yearly) || yearly.is_range || !has_value(yearly)) continue;
        // a year's or a season's
        std::string const per = text::lower(yearly.per);
        std::string const after =
            text::lower(model.prose.substr(yearly.end, std::min<std::size_t>(14, s.end - std::min(s.end, yearly.end))));
        bool const a_year = per == "year" || per == "season" || per == "annum" ||
                            (per.empty() && (after.starts_with(" a season") || after.starts_with(" per season") ||
                                             after.starts_with(" a year") || after.starts_with(" per year") ||
                                             after.starts_with(" annually") || after.starts_with(" each year")));
        if (!a_year) continue;
        // the sum before it, a time of years perhaps between, then the restating words
        std::optional<std::size_t> total, between_time;
        for (std::size_t k = y; k-- > first;) {
            mention const& m = mentions[k];
            if (m.parent) continue;
            if (m.kind == mention_kind::duration && !between_time) {
                between_time = k;
                continue;
            }
            if (m.kind == mention_kind::money && top_level(m) && !m.is_range && m.per.empty() &&
                m.unit == yearly.unit && has_value(m))
                total = k;
            break;
        }
        if (!total) continue;
        mention const& sum = mentions[*total];
        std::string gap(model.prose.substr(sum.end, yearly.begin - sum.end));
        if (between_time) {
            mention const& time = mentions[*between_time];
            if (time.begin < sum.end || time.end > yearly.begin) continue;
            gap.replace(time.begin - sum.end, time.end - time.begin, "");
        }
        std::string const joint = text::lower(gap);
        bool const restated = joint == ", or " || joint == " , or " || joint == ", an average of " ||
                              joint == " , an average of " || joint == ", or an average of " ||
                              joint == " , or an average of " || joint == ", or about " || joint == " , or about " ||
                              joint == ", or roughly " || joint == " , or roughly ";
        if (!restated) continue;
        // the one time of whole years in the sentence before the yearly sum
        std::optional<std::size_t> duration;
        int years = 0;
        std::size_t times = 0;
        for (std::size_t k = first; k < y; ++k) {
            mention const& m = mentions[k];
            if (m.kind != mention_kind::duration || m.parent) continue;
            ++times;
            std::string_view const v = m.time_value;
            if (v.size() >= 3 && v.size() <= 4 && v.front() == 'P' && v.back() == 'Y' &&
                std::all_of(v.begin() + 1, v.end() - 1, text::is_digit)) {
                years = std::stoi(std::string(v.substr(1, v.size() - 2)));
                duration = k;
            }
        }
        if (times != 1 || !duration || years < 2 || years > 50) continue;
        // (not a time hedged or open: "more than five years", "up to four years")
        if (!mentions[*duration].hedge.empty()) continue;
        // (the deal's own years: "a four-year renewal worth", "over five years" after the whole; not "After five years
        // at the club, Salah signed a new deal worth £60 million")
        {
            mention const& time = mentions[*duration];
            bool own = between_time && *between_time == *duration;
            if (!own && time.end <= sum.begin && sum.begin - time.end <= 40) {
                std::string const lead = text::lower(model.prose.substr(time.end, sum.begin - time.end));
                own = lead.find_first_of(",;:") == std::string::npos &&
                      text::contains_any_word(lead, {"worth", "valued", "for", "of", "totalling", "totaling"});
            }
            if (!own) continue;
        }
        // (nothing more after the yearly sum: "or $45 million a year plus a $20 million signing bonus", "excluding",
        // "a year by 2034")
        {
            std::string const rest = text::lower(model.prose.substr(yearly.end, s.end - std::min(s.end, yearly.end)));
            if (text::contains_any_word(rest, {"plus", "excluding", "including", "bonus", "bonuses", "by", "from",
                                               "rising", "after", "before", "until", "then", "initially"}))
                continue;
            bool more = false;
            for (std::size_t k = y + 1; k < last && !more; ++k)
                more = mentions[k].kind == mention_kind::money && !mentions[k].parent;
            if (more) continue;
        }
        // (one measure: not a sum for each of many, "A$107 billion over five years, or an average of A$1,888 a year
        // for each taxpayer"; a product far from the whole is another measure)
        if (text::contains_any_word(after, {"for", "each", "per", "head"}) && !after.starts_with(" per year") &&
            !after.starts_with(" per season") && !after.starts_with(" each year"))
            continue;
        double const product = *yearly.value * years;
        if (*sum.value <= 0 || product / *sum.value > 2 || product / *sum.value < 0.5) continue;
        model.yearly.push_back({*total, y, *duration, years});
    }
}

/// "The programme fixed 12,400 leaks in 2023, an average of 34 a day", "Police recorded 4,015 burglaries last year, or
/// about 11 a day": a count or a sum, its year right after it (a few words of what it counts between), then after ",
/// an average of", ", or" or ", averaging" a figure of its measure and "a day", "a week" or "a month" ending the
/// clause.
void add_rate_restatements(claim_model& model, sentence const& s, std::size_t first, std::size_t last) {
    auto const& mentions = *model.mentions;
    for (std::size_t r = first + 2; r < last; ++r) {
        mention const& rate = mentions[r];
        if (!top_level(rate) || (rate.kind != mention_kind::number && rate.kind != mention_kind::money) ||
            rate.is_range || !has_value(rate) || *rate.value <= 0)
            continue;
        // the time of the rate: the sum's own ("$10 million a day"), or a time right after the figure ("43 a day")
        // ("a day" itself, not "a working day", "per trading day")
        char time = 0;
        std::size_t end = rate.end;
        if (!rate.per.empty()) {
            std::string const said = text::lower(rate.text);
            for (auto const& [suffix, code] : {std::pair<std::string_view, char>{" a day", 'd'},
                                               {" per day", 'd'},
                                               {" a week", 'w'},
                                               {" per week", 'w'},
                                               {" a month", 'm'},
                                               {" per month", 'm'}})
                if (said.ends_with(suffix)) time = code;
        } else if (r + 1 < last) {
            mention const& per = mentions[r + 1];
            std::string const said = text::lower(per.text);
            if (per.kind == mention_kind::duration && !per.parent && per.begin == rate.end + 1 &&
                (said == "a day" || said == "per day" || said == "each day" || said == "a week" || said == "per week" ||
                 said == "each week" || said == "a month" || said == "per month" || said == "each month")) {
                time = per.time_value == "P1D"   ? 'd'
                       : per.time_value == "P1W" ? 'w'
                       : per.time_value == "P1M" ? 'm'
                                                 : 0;
                end = per.end;
            }
        }
        if (time == 0) continue;
        // the rate ends its clause
        if (end < s.end && model.prose[end] != '.' && model.prose[end] != ',' && model.prose[end] != ';') continue;
        mention const& period = mentions[r - 1];
        mention const& total = mentions[r - 2];
        if (period.end > rate.begin) continue;
        std::string const joint = text::lower(model.prose.substr(period.end, rate.begin - period.end));
        if (joint != ", an average of " && joint != ", or an average of " && joint != ", or " &&
            joint != ", averaging " && joint != ", or roughly " && joint != ", or about " && joint != ", or nearly " &&
            joint != ", or some ")
            continue;
        // a year: "in 2023", "last year"
        bool const year = period.kind == mention_kind::year && period.time_value.size() == 4 &&
                          std::all_of(period.time_value.begin(), period.time_value.end(), text::is_digit);
        bool const last_year = period.kind == mention_kind::relative_time && period.relative_unit == "year" &&
                               period.relative_offset == -1;
        if (period.parent || (!year && !last_year)) continue;
        std::optional<int> const y = model.year_of(period);
        if (!y) continue;
        if (!top_level(total) || total.kind != rate.kind || total.is_range || !has_value(total) || *total.value <= 0 ||
            !total.per.empty() || total.end > period.begin)
            continue;
        if (total.kind == mention_kind::money ? total.unit != rate.unit
                                              : !(rate.unit.empty() || same_noun(rate.unit, total.unit)))
            continue;
        // (a few words of what it counts between: "12,400 leaks across the network in 2023")
        std::string const between = text::lower(model.prose.substr(total.end, period.begin - total.end));
        if (text::words(between).size() > 4 || between.find_first_of(",;:()0123456789") != std::string::npos) continue;
        // (not a name's number read as the figure: "1.2 million 999 calls in 2023, or about 3,300 a day")
        if (r >= 3 && mentions[r - 3].end + 1 >= total.begin && is_quantity(mentions[r - 3].kind)) continue;
        double const days = calendar::is_leap(*y) ? 366 : 365;
        // (one measure: a rate within ten times of the whole's share of one day, week or month)
        double const share = *total.value / (time == 'd' ? days : time == 'w' ? days / 7 : 12);
        if (*rate.value > 10 * share || *rate.value * 10 < share) continue;
        // (a day's rate may be of working days: "an average of 10 million shares a day")
        double const low = time == 'd' ? 250 : time == 'w' ? 50 : 12;
        double const high = time == 'd' ? days : time == 'w' ? days / 7 : 12;
        model.rates.push_back({r - 2, r, r - 1, time, low, high});
    }
}

void add_totals(claim_model& model, sentence const& s, std::size_t first, std::size_t last) {
    auto const& mentions = *model.mentions;
    // The cues are looked for in a few bytes around each figure; the whole sentence is lowered
    // only once a total is found (most sentences with figures have none).
    std::string lower;
    // (the sentence's start reads as a space: "Of the 62 new positions" opening it ends in " of the ")
    auto const before = [&](mention const& m, std::size_t n) {
        std::size_t const at = m.begin - s.begin;
        if (at >= n) return text::lower(model.prose.substr(m.begin - n, n));
        return " " + text::lower(model.prose.substr(s.begin, at));
    };
    auto const after = [&](mention const& m, std::size_t n) {
        std::size_t const from = std::min(m.end, s.end);
        return text::lower(model.prose.substr(from, std::min(n, s.end - from)));
    };
    // (the same bytes as they are, for the cues looked for at every figure: no string built)
    auto const raw_before = [&](mention const& m, std::size_t n) {
        std::size_t const at = m.begin - s.begin;
        return model.prose.substr(at >= n ? m.begin - n : s.begin, at >= n ? n : at);
    };
    auto const raw_after = [&](mention const& m, std::size_t n) {
        std::size_t const from = std::min(m.end, s.end);
        return model.prose.substr(from, std::min(n, s.end - from));
    };
    // The cue that makes `m` a stated total ("a total of", "in all" ...), or empty.
    auto const total_cue = [&](mention const& m) {
        std::string cue;
        std::string_view const lead = raw_before(m, 24); // the longest cue is 23 bytes
        // (every cue before a total ends in "of ", "to ", "-ing " or "-ed ": one test of the last
        // letter sends most figures past the list)
        char const last_letter =
            lead.size() >= 2 && lead.back() == ' ' ? static_cast<char>(lead[lead.size() - 2] | 0x20) : 0;
        bool const may_cue = last_letter == 'f' || last_letter == 'o' || last_letter == 'g' || last_letter == 'd';
        // ("taking the total to Rs 3,846 crore", "bringing its total to 74,200")
        if (may_cue)
            for (std::string_view const c :
                 {"a total of ", "total of ", "totalling ", "totaling ", "totalled ", "totaled ", "a combined ",
                  "the total to ", "its total to ", "their total to ",
                  // (a film's takings: "$72 million overseas, for a global opening of $138.5 million")
                  "a global opening of ", "a worldwide opening of ", "a global debut of ", "a worldwide debut of ",
                  "a global haul of ", "a worldwide haul of "}) {
                if (text::iends_with(lead, c)) {
                    cue = std::string(c.substr(0, c.size() - 1));
                    break;
                }
            }
        // ("a combined capacity of 3.3 million tonnes", "their combined value of": "combined", a noun and "of")
        if (cue.empty() && last_letter == 'f') {
            std::string const wider = text::lower(raw_before(m, 32));
            auto const lead_words = text::words(wider);
            std::size_t const n = lead_words.size();
            if (n >= 3 && lead_words[n - 1] == "of" && lead_words[n - 3] == "combined" &&
                std::string_view(wider).ends_with(std::string(lead_words[n - 2]) + " of "))
                cue = "combined";
            // ("..., for total revenue of $74.0 million", "a total cost of": "total", a noun and "of", after "for",
            // "a" or a verb)
            else if (n >= 4 && lead_words[n - 1] == "of" && lead_words[n - 3] == "total" &&
                     text::contains_any_word(lead_words[n - 4], {"for", "a", "with"}) &&
                     std::all_of(lead_words[n - 2].begin(), lead_words[n - 2].end(), text::is_alpha) &&
                     std::string_view(wider).ends_with(std::string(lead_words[n - 2]) + " of "))
                cue = "total " + std::string(lead_words[n - 2]) + " of";
        }
        // (not a total the parts go toward or are a fraction of: "gave $0.6 billion and the EU $0.5 billion toward a
        // total of $7.2 billion", "less than a sixth of the total of $7.2 billion", "far short of the total of")
        if (cue == "a total of" || cue == "total of" || cue.starts_with("total ")) {
            std::string const wider = text::lower(raw_before(m, 48));
            auto const lead_words = text::words(wider);
            std::size_t n = lead_words.size();
            if (n >= 2 && lead_words[n - 1] == "of" && lead_words[n - 2] == "total")
                n -= 2;
            else if (n >= 3 && lead_words[n - 1] == "of" && lead_words[n - 3] == "total")
                n -= 3;
            if (n >= 2 && (lead_words[n - 1] == "a" || lead_words[n - 1] == "the") &&
                text::contains_any_word(lead_words[n - 2], {"toward", "towards", "of"}))
                cue.clear();
        }
        // ("$40 million and the south $25 million, together $65 million": set off by a comma)
        if (cue.empty() && last_letter == 'r' && text::iends_with(lead, ", together ")) cue = "together";
        // (not one place's or one event's total named by its kind: "a storm total of 9.42 inches at the
        // airport", "a five-day total of 56.5 inches in Orchard Park")
        if (cue == "total of") {
            std::string const wider = text::lower(raw_before(m, 32));
            auto const words = text::words(std::string_view(wider).substr(0, wider.size() - 9));
            if (!words.empty()) {
                std::string_view const kind = words.back();
                // (a count of days before it, "five-day", is split at its hyphen: its unit is the last word)
                if (text::contains_any_word(kind,
                                            {"storm", "event", "season", "seasonal", "daily", "monthly", "weekly",
                                             "rainfall", "snowfall", "precipitation", "day", "hour", "week", "month"}))
                    cue.clear();
            }
        }
        // ("bringing total net sales to $5.63 billion", "taking total revenue to": the total named)
        if (cue.empty() && last_letter == 'o' && text::iends_with(lead, " to ")) {
            std::string const wider = text::lower(raw_before(m, 48));
            for (std::string_view const verb : {"bringing total ", "taking total "}) {
                std::size_t const at = wider.rfind(verb);
                if (at == std::string::npos) continue;
                auto const named = text::words(std::string_view(wider).substr(at + verb.size()));
                if (named.size() >= 2 && named.size() <= 4 && named.back() == "to" &&
                    wider.find_first_of(",;", at) == std::string::npos)
                    cue = "total to";
                break;
            }
        }
        std::string_view const trail = raw_after(m, 12); // the longest cue and a byte
        // (" in all", " in total", " combined", " altogether")
        char const next_letter = trail.size() >= 2 && trail[0] == ' ' ? static_cast<char>(trail[1] | 0x20) : 0;
        if (cue.empty() && (next_letter == 'i' || next_letter == 'c' || next_letter == 'a')) {
            // "..., or $7 million in all." The cue ends the clause: "in all 1985/86" is something else.
            for (std::string_view const c : {" in all", " in total", " combined", " altogether"}) {
                auto const next = trail.substr(0, c.size() + 1);
                if (text::istarts_with(next, c) &&
                    (next.size() == c.size() || next[c.size()] == ',' || next[c.size()] == '.' ||
                     next[c.size()] == ';' || next[c.size()] == ')')) {
                    cue = std::string(c.substr(1));
                    break;
                }
            }
            // (not a difference: "1.4 million members in 1979 and 620,000 in 2003, a loss of 780,000 in all"; nor a
            // whole the parts are some of: "out of $2.6 billion in total", "the bulk of the 149,500 in total")
            if (!cue.empty()) {
                std::string const lead_words = text::lower(raw_before(m, 24));
                for (std::string_view const difference :
                     {"loss of ", "gain of ", "difference of ", "shortfall of ", "deficit of ", "surplus of ",
                      "out of ", "out of the ", "bulk of the ", "bulk of ", "most of the ", "much of the ",
                      "part of the ", "share of the ", "half of the ", "of the "})
                    if (std::string_view(lead_words).ends_with(difference)) cue.clear();
            }
            // (nor the value of a deal over some years: "broadcast income was 15 million pounds in the first year of a
            // five-year deal worth 65 million pounds in total", the years its parts)
            if (!cue.empty()) {
                std::string const lead_words = text::lower(raw_before(m, 40));
                std::size_t const worth = lead_words.rfind(" worth ");
                if (worth != std::string::npos && lead_words.substr(0, worth).find("year") != std::string::npos)
                    cue.clear();
            }
            // (nor the last item of a list, joined to the one before by "and" and a label, two names combined: "Europe
            // accounted for 2.45 million, domestic routes for 0.38 million and Africa and Latin America for 0.78
            // million combined")
            if (!cue.empty())
                for (std::size_t k = static_cast<std::size_t>(&m - mentions.data()); k-- > first;) {
                    mention const& p = mentions[k];
                    if (!top_level(p) || p.end > m.begin) continue;
                    if (p.kind == m.kind) {
                        std::string const gap = text::lower(model.prose.substr(p.end, m.begin - p.end));
                        if (gap.size() > 5 && gap.starts_with(" and ") && text::is_alpha(gap[5]) &&
                            text::words(gap).size() <= 8 && gap.find_first_of("0123456789,;:()") == std::string::npos)
                            cue.clear();
                    }
                    break;
                }
        }
        // (a net figure, parts of both signs: "Outflows were $1.2 billion and inflows $170 million, net outflows
        // totalling $1.03 billion", "a net outflow of $1.03 billion in all")
        // (not a measure named net: "bringing total net sales to")
        if (!cue.empty()) {
            std::string const lead_text = text::lower(raw_before(m, 24));
            auto const lead_words = text::words(lead_text);
            for (std::size_t k = 0; k < lead_words.size(); ++k)
                if (lead_words[k] == "net" &&
                    (k + 1 == lead_words.size() ||
                     !text::contains_any_word(lead_words[k + 1], {"sales", "revenue", "revenues", "income", "profit",
                                                                  "profits", "earnings", "assets", "debt", "worth",
                                                                  "interest", "proceeds", "premiums"})))
                    cue.clear();
        }
        return cue;
    };
    for (std::size_t t = first; t < last; ++t) {
        mention const& total = mentions[t];
        if (!top_level(total) || (total.kind != mention_kind::number && total.kind != mention_kind::money)) continue;
        if (total.is_range) continue;
        std::string cue = total_cue(total);
        if (cue.empty()) continue;
        // (not a total of figures that are an average or a bound: "Budgets range up to £6.4 million, averaging £2.1
        // million (£25.2 million in total)", "range from £0.4 million to £6.4 million, averaging £2.1 million, a total
        // of")
        if (total.begin > s.begin) {
            std::string const told = text::lower(model.prose.substr(s.begin, total.begin - s.begin));
            bool bound = false;
            for (std::string_view const said :
                 {"averaging ", "an average of ", "range up to ", "range from ", "ranging from ", "ranging up to ",
                  "range between ", "ranging between "})
                bound = bound || told.find(said) != std::string::npos;
            if (bound) continue;
        }
        total_claim claim;
        claim.total = t;
        claim.cue = cue;
        // (the lowered bytes after the total, taken once for the tests below, each of its first `n`)
        std::string total_follow;
        auto const follow_of_total = [&](std::size_t n) {
            if (total_follow.empty()) total_follow = after(total, 48);
            return std::string_view(total_follow).substr(0, std::min(n, total_follow.size()));
        };
        // (a total in a measure of time the parts are not: "1,200 workers at peak and 400 on average, a total of
        // 4,800 job-years", "worker years"; or one expected later: "with a total of 1,900 expected at the peak in
        // 2025")
        {
            std::string_view const follow = follow_of_total(32);
            std::size_t const word_begin = follow.find_first_not_of(' ');
            std::size_t word_end = word_begin;
            while (word_end < follow.size() && (text::is_alpha(follow[word_end]) || follow[word_end] == '-'))
                ++word_end;
            std::string_view const word = word_begin == std::string_view::npos
                                              ? std::string_view()
                                              : follow.substr(word_begin, word_end - word_begin);
            auto const next = text::words(follow);
            bool const time_measure =
                (word.find('-') != std::string_view::npos &&
                 (word.ends_with("years") || word.ends_with("hours") || word.ends_with("days") ||
                  word.ends_with("months") || word.ends_with("weeks"))) ||
                (next.size() >= 2 && text::contains_any_word(next[0], {"worker", "person", "man", "job", "staff"}) &&
                 text::contains_any_word(next[1], {"years", "hours", "days", "months", "weeks"})) ||
                // (the first word read as the total's noun: "4,800 worker years")
                (!next.empty() && text::contains_any_word(total.unit, {"worker", "person", "man", "job", "staff"}) &&
                 text::contains_any_word(next[0], {"years", "hours", "days", "months", "weeks"}));
            bool const later = std::any_of(
                next.begin(), next.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(next.size(), 3)),
                [](std::string_view w) {
                    return text::contains_any_word(w, {"expected", "forecast", "projected", "planned", "predicted"});
                });
            if (time_measure || later) continue;
        }
        // (an item of a list that goes on after it, its label two names: "Siberia and the Urals a combined 9.0 million
        // tonnes and other areas 2.0 million tonnes")
        if (t + 1 < last && cue.find("combined") != std::string::npos &&
            before(total, 40).find(" and ") != std::string::npos) {
            std::size_t k = t + 1;
            while (k < last && mentions[k].parent) ++k;
            if (k < last && mentions[k].kind == total.kind && top_level(mentions[k]) && mentions[k].begin > total.end) {
                std::string const gap = text::lower(model.prose.substr(total.end, mentions[k].begin - total.end));
                auto const gap_words = text::words(gap);
                if ((gap.starts_with(" and ") || gap.starts_with(", ")) && gap_words.size() <= 5 &&
                    gap.find_first_of("0123456789;:()") == std::string::npos &&
                    !text::contains_any_word(gap, {"of", "from", "in", "than", "compared", "up", "down"}))
                    continue;
            }
        }
        // (a whole set against a majority or a lead, not their sum: "would control 83 seats, a working majority of 16
        // over the combined opposition of 67")
        {
            std::string const lead_text = before(total, 48);
            if (text::contains_any_word(lead_text, {"majority", "margin"}) ||
                lead_text.find(" lead of ") != std::string::npos ||
                lead_text.find(" over the combined ") != std::string::npos ||
                lead_text.find(" ahead of the combined ") != std::string::npos)
                continue;
        }
        // "taking the total to": a running total, which may include parts told before the sentence
        if (cue.ends_with("total to")) claim.open_ended = true;
        // (a total for a year after parts for its quarters, halves or months: "14.6 million passengers in the first
        // quarter and 16.2 million in the second quarter, a total of 61.2 million in 2023" - the others are untold)
        if (t + 1 < last) {
            mention const& when = mentions[t + 1];
            bool const yearly = when.begin >= total.end && when.begin - total.end <= 12 &&
                                (when.kind == mention_kind::year || when.kind == mention_kind::relative_time ||
                                 when.kind == mention_kind::period) &&
                                ((when.resolved && when.resolved->size() == 4) || when.time_value.size() == 4);
            bool shorter = false;
            for (std::size_t k = first; k < t && yearly && !shorter; ++k) {
                std::string_view const v = mentions[k].time_value;
                shorter = (mentions[k].kind == mention_kind::period || mentions[k].kind == mention_kind::date) &&
                          (v.find("-Q") != std::string_view::npos || v.find("-H") != std::string_view::npos ||
                           (v.size() == 7 && v[4] == '-'));
            }
            if (shorter) claim.open_ended = true;
        }
        // ("bringing its fleet to a total of 60", "taking its tally to a total of 12": a level after the
        // parts were added to what was there)
        {
            std::string const lead_text = before(total, 48);
            auto const lead = text::words(lead_text);
            for (std::size_t w = lead.size() > 7 ? lead.size() - 7 : 0; w < lead.size(); ++w)
                if (text::contains_any_word(lead[w],
                                            {"bringing", "taking", "lifting", "raising", "pushing", "boosting"}))
                    claim.open_ended = true;
        }
        // (a bare total of a scale after a sum of that scale in the sentence: the bare figures may be sums whose
        // currency was said once, "The fee was 30 million pounds up front, with a further 10 million due in 2025 and 5
        // million in 2026, 45 million in all": no total to check)
        if (total.kind == mention_kind::number && total.unit.empty()) {
            std::string const said = text::lower(total.text);
            bool const scaled = says_scale(said);
            bool const sum_before =
                scaled && std::any_of(mentions.begin() + static_cast<std::ptrdiff_t>(first),
                                      mentions.begin() + static_cast<std::ptrdiff_t>(t), [&](mention const& m) {
                                          return m.kind == mention_kind::money && !m.parent &&
                                                 says_scale(text::lower(m.text));
                                      });
            if (sum_before) continue;
        }
        // The parts: a list ("X and Y", "X, Y and Z") that ends just before the total.
        std::vector<std::size_t> candidates;
        std::vector<std::size_t> other_units; // figures of the total's kind left out for their unit
        // A count of a change with no values told is a part too: "won 25, drew eight and lost five, 38
        // games in all", "Labour gained 12 seats, the Lib Dems four and the Greens two, a total of 18".
        // So is the count of a change told by its verb: "Health care added 43,000 jobs, social assistance
        // 14,000 and construction 19,000, a total of 76,000", "Trade was revised down by 226,000, leisure
        // by 176,000 ...".
        auto const counted_change = [&](mention const& part) {
            if (!part.parent || total.kind != mention_kind::number || !has_value(part)) return false;
            mention const& change = mentions[*part.parent];
            if (change.kind != mention_kind::change || !change.amount || &mentions[*change.amount] != &part ||
                change.from || change.to)
                return false;
            // (not the change of the figure right before it, set off by a comma: "186,000 workers, up 2,000, and
            // 151,000 retirees")
            if (*part.parent > 0 && change.begin >= 2 && mentions[*part.parent - 1].end + 2 == change.begin &&
                model.prose.substr(change.begin - 2, 2) == ", " &&
                (text::istarts_with(change.text, "up ") || text::istarts_with(change.text, "down ")))
                return false;
            // (a result told with its verb, "lost five", "gained 12 seats"; not a noun, "an increase of
            // three", "its rise of 4,000")
            std::string const lead_text = before(change, 12);
            auto const lead = text::words(lead_text);
            return lead.empty() || !text::contains_any_word(lead.back(), {"a", "an", "the", "its", "their", "his",
                                                                          "her", "our", "this", "that", "of"});
        };
        // (a level a change reached: "Disney+ rose to 117.6 million subscribers, Hulu had 50.2 million and
        // ESPN+ 24.8 million, a combined 192.6 million"; its old value is no part)
        auto const level_of_change = [&](mention const& part) {
            if (!part.parent) return false;
            mention const& change = mentions[*part.parent];
            return change.kind == mention_kind::change && change.to && &mentions[*change.to] == &part;
        };
        // (a list of parts is at most some dozens of figures: the 64 mentions before the total are
        // looked at, so that a sentence of thousands of totals stays linear)
        for (std::size_t p = t - first > 64 ? t - 64 : first; p < t; ++p) {
            mention const& part = mentions[p];
            // (percentage points and points are one measure: "Shelter added 1.5 percentage points, food 0.4 point
            // and energy 0.3 point, a total of 2.2 points")
            auto const points = [](mention const& m) {
                return m.kind == mention_kind::percentage_points ||
                       (m.kind == mention_kind::number &&
                        text::contains_any_word(m.unit, {"point", "points", "pt", "pts"}));
            };
            bool const same_kind = part.kind == total.kind || (points(part) && points(total));
            if ((!top_level(part) && !counted_change(part) && !level_of_change(part)) || !same_kind || part.is_range)
                continue;
            // (a count of the parts, not one: "The three biggest, with capacities of 1.1 million, 0.9 million and
            // 0.6 million tonnes, process a combined 2.6 million tonnes")
            if (part.kind == mention_kind::number && part.unit.empty() && has_value(part) && *part.value <= 20 &&
                text::contains_any_word(
                    text::lower(text::first_word(
                        model.prose.substr(part.end, std::min<std::size_t>(16, s.end - std::min(part.end, s.end))))),
                    {"biggest", "largest", "top", "leading", "main", "major", "smallest", "busiest", "richest"}))
                continue;
            // (nor a count of the parts or the whole that the list after its colon names: "lived in three states:
            // California (2.5 million), New York (1.7 million) and Illinois (0.8 million), a combined 5.0 million")
            if (part.end < s.end && model.prose[part.end] == ':') continue;
            // (a rate is of another measure, and the figures after it may share its rate: "A retiree gets $2,100 a
            // month, a spouse $1,050 and a child $525, or $3,675 in total")
            // (only one in the list, the next figure close after it; "€40,000 a year, contributions in the first
            // year are €600 from the worker, ..." is no part)
            // (a total of a rate sums parts of that rate, the rate said once or each time: "The plan costs
            // $6.99 a month, the bundle $9.99 a month, a total of $16.98 a month", "$2.6 billion a year from
            // VSN, $2.5 billion from NBC and $1.8 billion from Amazon, a combined $6.9 billion a year")
            if (!total.per.empty()) {
                if (part.per == total.per ||
                    (part.per.empty() && !candidates.empty() && mentions[candidates.front()].per == total.per))
                    candidates.push_back(p);
                continue;
            }
            if (!part.per.empty()) {
                std::size_t next = p + 1;
                while (next < t && (mentions[next].begin < part.end || mentions[next].kind != part.kind)) ++next;
                if (next < t && mentions[next].begin - part.end <= 28 &&
                    !text::contains_any_word(text::lower(model.prose.substr(part.end, mentions[next].begin - part.end)),
                                             {"is", "are", "was", "were", "be", "been"}))
                    other_units.push_back(p);
                continue;
            }
            // (an age reached, no part: "3,300 pilots will reach 65 in 2024 and 3,800 in 2025"; "one" as a
            // determiner after a preposition, "12 faults on one engine and 9 on the other"; the whole that opens
            // the sentence, "Of 26 facilities, 12 were short-staffed and 8 critically short, a total of 20")
            if (part.kind == mention_kind::number && has_value(part)) {
                std::string const lead_text = before(part, 12);
                std::string_view const word_before = text::last_word(lead_text);
                bool const age = part.unit.empty() && *part.value >= 16 && *part.value <= 110 &&
                                 text::contains_any_word(word_before, {"reach", "reaches", "reached", "reaching",
                                                                       "turn", "turns", "turned", "turning"});
                bool const determiner =
                    *part.value == 1 && text::istarts_with(part.text, "one ") &&
                    text::contains_any_word(word_before, {"on", "in", "at", "for", "from", "with", "by", "to", "of"});
                bool const opening_whole = p == first && part.begin >= s.begin + 3 &&
                                           text::iequals(model.prose.substr(s.begin, part.begin - s.begin), "of ");
                if (age || determiner || opening_whole) continue;
            }
            // (a multiple, no part: "Rainfall reached 15.2 inches, three times the total of 5.1 inches")
            if (part.kind == mention_kind::number && part.unit.empty() &&
                text::istarts_with(
                    model.prose.substr(part.end, std::min<std::size_t>(7, s.end - std::min(part.end, s.end))),
                    " times")) {
                other_units.push_back(p);
                continue;
            }
            // (a count of models, whose name the grammar does not read as its noun: "30 A320s and 25 A321s fly a
            // total of 340 flights")
            if (part.kind == mention_kind::number && part.unit.empty() && !total.unit.empty() &&
                models_after(model.prose, part)) {
                other_units.push_back(p);
                continue;
            }
            // (a total without a noun counts its parts': "2,150 sales, apartments 1,210 and
            // townhouses 280, a total of 3,640")
            if (total.kind == mention_kind::money
                    ? part.unit != total.unit
                    : !part.unit.empty() && !total.unit.empty() && !same_noun(part.unit, total.unit) &&
                          !(points(part) && points(total)) && !counts_people(part.unit, total.unit) &&
                          !counts_kinds(part.unit, total.unit) && !(medal_noun(part.unit) && medal_noun(total.unit))) {
                other_units.push_back(p);
                continue;
            }
            candidates.push_back(p);
        }
        // (a rate told with "for every" is no part: "For every $1 a worker puts in, the employer adds 50 cents, so a
        // worker saving $3,000 ends up with $4,500 in all": the parts are after the clause that draws from it)
        if (!candidates.empty()) {
            std::string_view const raw = model.prose.substr(s.begin, total.begin - s.begin);
            std::string const lead_text = text::lower(raw);
            std::size_t const every = std::min(lead_text.find("for every "), lead_text.find("for each "));
            if (every != std::string::npos) {
                std::size_t cut = std::string::npos;
                for (std::string_view const so : {", so ", " so that ", ", meaning ", ", which means "})
                    if (std::size_t const at = lead_text.find(so, every); at != std::string::npos)
                        cut = cut == std::string::npos ? at : std::max(cut, at);
                // (else the "for every" clause alone: "For each ticket sold, the club pays $2 and the league $3")
                std::size_t const boundary =
                    cut != std::string::npos ? cut : std::min(lead_text.find(',', every), raw.size());
                std::erase_if(candidates, [&](std::size_t p) { return mentions[p].begin < s.begin + boundary; });
            }
        }
        bool cut_by_length = false;   // the last list joint tried failed for its length alone
        bool cut_by_contrast = false; // ... or for a word that sets the figures against each other
        bool respectively = false;    // "respectively" stands between the last part and the total
        bool unread_part = false;     // a part stands between that is no figure ("Labour one")
        std::vector<std::pair<std::size_t, std::size_t>> sub_spans; // parts of parts, left out of the list
        for (std::size_t const p : candidates)
            if (level_of_change(mentions[p]))
                if (auto const from = mentions[*mentions[p].parent].from)
                    sub_spans.emplace_back(mentions[*from].begin, mentions[*from].end);
        // (a change told of a part right after it, its base and amount the part's own: "CBS averaged 5.7 million
        // viewers, down 3% from 5.9 million, NBC 4.9 million ...", "2.9 million, up from 1.9 million, Latin
        // America 2.1 million")
        for (std::size_t const p : candidates) {
            std::size_t c = p + 1;
            while (c < t && mentions[c].begin < mentions[p].end) ++c;
            if (c >= t || mentions[c].kind != mention_kind::change || mentions[c].to || !mentions[c].from ||
                mentions[c].begin < mentions[p].end)
                continue;
            std::string_view const gap = model.prose.substr(mentions[p].end, mentions[c].begin - mentions[p].end);
            std::size_t const comma = gap.find(',');
            if (comma != std::string_view::npos && text::words(gap).size() <= 2 &&
                gap.find_first_of(";:()", 0) == std::string_view::npos &&
                model.prose.substr(mentions[c].end, 1) == ",") {
                sub_spans.emplace_back(mentions[c].begin, mentions[c].end);
            }
        }
        // (an age in a part's words is none of the parts: "children aged 5 to 17 for eight")
        // (nor a change of a part told right after it, set off by a comma: "New York had 1.2 million square feet,
        // up 33%, Boston 0.6 million")
        for (std::size_t k = t - first > 64 ? t - 64 : first; k < t; ++k) {
            mention const& m = mentions[k];
            if (m.kind == mention_kind::age) sub_spans.emplace_back(m.begin, m.end);
            // (or with its own base: "(1.2 million square feet, up from 0.9 million)")
            if (m.kind == mention_kind::change && !m.parent && !m.to && (m.amount || m.from) && k > first &&
                m.begin >= 2 && model.prose.substr(m.begin - 2, 2) == ", " && mentions[k - 1].end + 2 == m.begin &&
                (text::istarts_with(m.text, "up ") || text::istarts_with(m.text, "down ")))
                sub_spans.emplace_back(m.begin, m.end);
        }
        auto const joins_list = [&](std::size_t left, std::size_t right) {
            cut_by_length = false;
            cut_by_contrast = false;
            // (an aside in parentheses about the part before is passed over: "Rs 99,623 crore
            // (including Rs 37,826 crore collected on imports) and cess Rs 12,260 crore")
            std::string const raw = text::lower(model.prose.substr(left, right - left));
            auto [between, balanced] = without_asides(raw);
            if (!balanced) between = raw; // (unbalanced: as it is)
            auto const words = text::words(between);
            // (or taken away: "Gross borrowing of 14.13 trillion rupees, net of repayments of 2.38 trillion")
            if (between.find("net of ") != std::string::npos) return false;
            // (a clause of its own after the figure before, its subject a pronoun: "Bought for $300 million, it sold
            // for $120 million and $80 million")
            // (or the verb of the subject after an aside that held the figure before: "The building, bought for $300
            // million in 2015, was split and sold this year for $120 million and $80 million")
            for (std::string_view const pronoun :
                 {", it ", ", they ", ", he ", ", she ", ", we ", ", was ", ", were ", ", has been ", ", had been "})
                if (between.find(pronoun) != std::string::npos) return false;
            if (text::contains_any_word(between, {"compared", "compare", "against", "versus", "vs", "than", "before",
                                                  "less", "minus", "leaves", "deducting", "after", "while", "whereas",
                                                  "but", "however"})) {
                cut_by_contrast = text::contains_any_word(
                    between, {"compared", "compare", "compares", "against", "versus", "vs", "while", "whereas"});
                return false;
            }
            // (a participle's clause, after its comma or before the next figure: "returned $4.3 billion,
            // spending $3.1 billion on buybacks", "$172.3 million overseas, giving it a worldwide opening
            // of"; not a noun inside a part's words, "£5.2bn came from higher spending by central
            // government, £6.0bn from ...")
            for (std::string_view const participle :
                 {"giving", "bringing", "taking", "making", "leaving", "spending"}) {
                if (!words.empty() && words.back() == participle) return false;
                for (std::size_t at = between.find(participle); at != std::string::npos;
                     at = between.find(participle, at + 1)) {
                    std::size_t b = at;
                    while (b > 0 && between[b - 1] == ' ') --b;
                    if (b > 0 && between[b - 1] == ',' && b < at) return false;
                }
            }
            // "rose to $5 million from $4 million", "from $4 million to $5 million": the next figure is
            // a change's value ("$1.41 million from savings accounts, $820,000 from term deposits" is a list)
            // (but "and international subscribers to 46.7 million": the "to" of a level reached, a part)
            bool const level_to = !words.empty() && words.back() == "to" &&
                                  std::any_of(candidates.begin(), candidates.end(), [&](std::size_t p) {
                                      return mentions[p].begin == right && level_of_change(mentions[p]);
                                  });
            if (!words.empty() && (words.back() == "from" || words.back() == "to") && !level_to) return false;
            // (a figure between that is no part, other than a year: "the Left Party 31, the Centre Party 22
            // and the Greens" has figures the list does not hold)
            for (std::size_t k = 0; k < between.size();) {
                if (!text::is_digit(between[k])) {
                    ++k;
                    continue;
                }
                std::size_t e = k;
                while (e < between.size() && text::is_digit(between[e])) ++e;
                bool const in_sub_part = std::any_of(sub_spans.begin(), sub_spans.end(), [&](auto const& span) {
                    return left + k >= span.first && left + k < span.second;
                });
                // (a label's number: "2,140 pupils in year 7, 2,215 in year 8", "in grade 9", "in group 2")
                std::size_t w = k;
                while (w > 0 && between[w - 1] == ' ') --w;
                std::size_t const word_end = w;
                while (w > 0 && text::is_alpha(between[w - 1])) --w;
                bool const label =
                    word_end > w && e - k <= 2 &&
                    text::contains_any_word(std::string_view(between).substr(w, word_end - w),
                                            {"year", "grade", "class", "level", "stage", "phase", "group", "division",
                                             "round", "tier", "category", "zone", "ward"});
                // (digits the extraction read as no figure, a name's: "the PS5 2.43 million", "Resident
                // Evil 4 7.5 million")
                std::size_t const at = left + k;
                auto const from = mentions.begin() + static_cast<std::ptrdiff_t>(t - first > 64 ? t - 64 : first);
                auto const to = mentions.begin() + static_cast<std::ptrdiff_t>(t);
                auto const next =
                    std::lower_bound(from, to, at, [](mention const& m, std::size_t b) { return m.begin <= b; });
                bool const figure = std::any_of(from, next, [&](mention const& m) { return m.end > at; });
                // (a day between, "on Friday, July 26, along with": the list may go on before it, as one cut for its
                // length)
                if (e - k != 4 && !in_sub_part && !label && figure) {
                    cut_by_length = std::any_of(from, next, [&](mention const& m) {
                        return m.end > at && m.kind == mention_kind::date && !m.parent;
                    });
                    return false;
                }
                k = e;
            }
            // (a clause that tells what was found of the figure before: "examined 138 systems and found that 51 were
            // obsolete and 54 at risk, a combined 105"; a clause of its own after a semicolon, its figure first:
            // "visited 26 towers; 12 were short-staffed and 8 critically short, a total of 20")
            bool found_that = false;
            for (std::string_view const verb :
                 {"found that", "find that", "finds that", "said that", "says that", "showed that", "shows that",
                  "show that", "reported that", "concluded that", "revealed that", "estimated that", "noted that"})
                found_that = found_that || between.find(verb) != std::string::npos;
            if (found_that ||
                (between.find_first_not_of(" ;") == std::string::npos && between.find(';') != std::string::npos))
                return false;
            // (a clause of its own after ", and", its subject of two words or more before its figures: "Cod landings
            // were 24,000 tonnes, and herring and mackerel landings of 21,000 and 78,000 tonnes totalled 99,000
            // tonnes", "Beef exports were 2.6 billion euros, and dairy exports, 4.1 billion euros to Europe and")
            if (between.starts_with(", and ")) {
                std::string_view const rest = std::string_view(between).substr(6);
                auto const subject = text::words(rest);
                if ((rest.ends_with(" of ") && subject.size() >= 3) ||
                    (rest.ends_with(", ") && subject.size() >= 2 &&
                     !text::contains_any_word(subject.front(), {"the", "a", "an"})))
                    return false;
            }
            // ("revenue was $40 million, with $20 million from ads and ...": the list that follows is its parts)
            // (not "along with", "together with": list glue, "45,000 police along with 18,000 soldiers and 22,000
            // guards, a total of 85,000")
            bool const along_with = words.size() >= 2 && words.back() == "with" &&
                                    (words[words.size() - 2] == "along" || words[words.size() - 2] == "together");
            if (!words.empty() && words.back() == "with" && !along_with) return false;
            // ("Revenue was $12.9 billion, of which cloud contributed $5.5 billion and licensing $4.6 billion, a
            // combined $10.1 billion": the whole of the parts after it, none of them; with no figure between,
            // where a part of a part may stand, "$5 billion, of which $2 billion ..., and $3 billion")
            // ("500 million shares in issue, of which Halvorsen holds 62.5 million")
            if ((between.find(", of which") != std::string::npos || between.find(", of whom") != std::string::npos ||
                 between.starts_with(" of which") || between.starts_with(" of whom")) &&
                std::none_of(between.begin(), between.end(), [](char c) { return text::is_digit(c); }))
                return false;
            // ("Brindle has 150 million shares, and Corvex and BlackRock own 18.75 million and 9 million
            // respectively, a total of 27.75 million": the parts are the figures "respectively" closes,
            // joined by commas and "and" alone)
            if (respectively && std::any_of(words.begin(), words.end(), [](std::string_view w) { return w != "and"; }))
                return false;
            // (list glue is short: "to defence, ", " from the National Lottery Heritage Fund, "; not " to
            // shareholders in the quarter, on buybacks of shares and dividends, ". Words between commas are a clause of
            // their own: " stores in Germany, 120 of them in Bavaria, and ")
            auto const glue_words = [](std::string_view segment) {
                auto const w = text::words(segment);
                return static_cast<std::size_t>(
                    std::count_if(w.begin(), w.end(), [](std::string_view x) { return x != "and" && x != "plus"; }));
            };
            std::size_t const first_comma = between.find(','), last_comma = between.rfind(',');
            std::size_t const glue = first_comma == std::string::npos
                                         ? glue_words(between)
                                         : glue_words(std::string_view(between).substr(0, first_comma)) +
                                               glue_words(std::string_view(between).substr(last_comma + 1));
            if (glue > 8) {
                cut_by_length = true;
                return false;
            }
            // (a semicolon that opens a clause of its own, a subject and a verb: "The union represents 4,800
            // workers; the airport employs 6,300 ground workers and 9,100 staff in total"; not "A 5; B 6")
            // (a label set off by a comma is an item: "; fuel and electricity, $71 million")
            if (std::size_t const semicolon = between.rfind(';'); semicolon != std::string::npos) {
                std::string_view item = std::string_view(between).substr(semicolon + 1);
                while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
                if (text::words(item).size() > 2 && !item.ends_with(',') && !item.ends_with(':')) return false;
                // (or a subject and its verb of two words: "The Storting has 169 seats; Labour won 54, the Centre Party
                // 21 ...")
                if (auto const item_words = text::words(item);
                    item_words.size() == 2 &&
                    text::contains_any_word(item_words.back(), {"won", "took", "got", "has", "have", "had", "holds",
                                                                "held", "gained", "secured", "received", "polled",
                                                                "earned", "made", "sold", "lost", "owns", "owned"}))
                    return false;
                // (the rest of a whole told before it: "Two of his 11 grandchildren died; the other nine and 14
                // great-grandchildren, a total of 23")
                if (!item.ends_with(',') && !item.ends_with(':') &&
                    text::contains_any_word(item, {"other", "others", "remaining", "rest", "remainder"}))
                    return false;
            }
            // (nor "and" after a comma that opens such a clause, its verb right before the figure: "The airline
            // employs 4,800 workers, and the airport employs 6,300 ground workers"; not ", and the bridges")
            if (std::size_t const comma = between.rfind(','); comma != std::string::npos) {
                auto const item = text::words(std::string_view(between).substr(comma + 1));
                if (item.size() >= 3 && item.front() == "and" &&
                    text::contains_any_word(
                        item.back(), {"employs", "employ",   "has",      "have",    "had",      "holds",    "hold",
                                      "owns",    "own",      "operates", "operate", "runs",     "run",      "manages",
                                      "manage",  "controls", "control",  "counts",  "reported", "recorded", "posted",
                                      "sold",    "produced", "shipped",  "won",     "received", "serves",   "serve"}))
                    return false;
            }
            // (a part the extraction did not read as a figure, a bare "one": "the Lib Dems six and Labour one, for
            // a total of 21"; the list may hold more than its figures)
            if (bare_one(between)) unread_part = true;
            return between.find(',') != std::string::npos || between.find(';') != std::string::npos || along_with ||
                   text::contains_any_word(between, {"and", "plus"});
        };
        // (not a total stated before: "a total of 27 medals, up from a total of 20 medals in 2021",
        // "taking the total to 54"; nor the whole of a part: "Five of the 11 players")
        // (a figure a "whose" opens begins the list: "ahead of Australia, whose 18 gold, 19 silver and 16 bronze gave
        // it 53 in total")
        std::size_t opening_candidate = candidates.empty() ? last : candidates.front();
        for (std::size_t const p : candidates)
            if (before(mentions[p], 8).ends_with(", whose ")) opening_candidate = p;
        std::erase_if(candidates, [&](std::size_t p) {
            if (p < opening_candidate) return true;
            std::string const lead_in = before(mentions[p], 12);
            // ("taking its workforce there to 2,100", "giving it 16", "leaving 1,400 there": a running count)
            std::string const lead_words = before(mentions[p], 40);
            auto const lw = text::words(lead_words);
            for (std::size_t k = lw.size() > 5 ? lw.size() - 5 : 0; k < lw.size(); ++k)
                if (lw[k] == "taking" || lw[k] == "giving" || lw[k] == "leaving" || lw[k] == "bringing" ||
                    lw[k] == "making")
                    return true;
            // (an age, not a count: "his debut in 1953, at 18, and ...", "38 children under 12 and 104
            // adults", "Two children, aged 7 and 9, and three adults")
            if (mentions[p].kind == mention_kind::number && mentions[p].unit.empty()) {
                std::string const lead_text = before(mentions[p], 16);
                auto const lead = text::words(lead_text);
                std::string const own = text::lower(text::first_word(mentions[p].text));
                // (a limit after the counted: "children under 12", "people over 65")
                bool const limit =
                    (own == "under" || own == "over") && !lead.empty() &&
                    text::contains_any_word(lead.back(), {"children", "people", "adults", "those", "pupils", "patients",
                                                          "residents", "women", "men", "drivers", "voters"});
                bool const age_word = limit || (!lead.empty() && (lead.back() == "at" || lead.back() == "aged" ||
                                                                  lead.back() == "age" || lead.back() == "ages"));
                bool const second_age = lead.size() >= 3 && lead.back() == "and" &&
                                        (lead[lead.size() - 3] == "aged" || lead[lead.size() - 3] == "ages");
                // (a bracket of age after the counted: "Drivers 65 and older had 78,560 crashes")
                std::string const follow_text = after(mentions[p], 12);
                bool const bracket = std::ranges::any_of(
                    std::array<std::string_view, 13>{" and older", " and over", " or older", " or over", " and up",
                                                     " and above", " and under", " and younger", " or younger",
                                                     // ("the 50-and-older group")
                                                     "-and-older", "-and-over", "-and-up", "-plus"},
                    [&](std::string_view end) { return follow_text.starts_with(end); });
                // (a span of ages after the counted: "adults 18 to 64", "those 65 to 74", "aged 5 to 17",
                // "between 18 and 64", "adults 18-64")
                auto const of_people = [](std::string_view w) {
                    return person_noun(w) || text::contains_any_word(w, {"those", "seniors", "teens", "teenagers",
                                                                         "aged", "ages", "between"});
                };
                bool const span_start =
                    !lead.empty() && of_people(lead.back()) && follow_text.size() >= 5 &&
                    ((follow_text.starts_with(" to ") && text::is_digit(follow_text[4])) ||
                     (follow_text.starts_with("-") && text::is_digit(follow_text[1])) ||
                     (lead.back() == "between" && follow_text.starts_with(" and ") && text::is_digit(follow_text[5])));
                bool const span_end =
                    lead.size() >= 3 && text::is_digit(lead[lead.size() - 2].front()) &&
                    (lead.back() == "to" || (lead.back() == "and" && lead[lead.size() - 3] == "between")) &&
                    of_people(lead[lead.size() - 3]);
                bool const hyphen_end = lead.size() >= 2 && mentions[p].begin > 0 &&
                                        model.prose[mentions[p].begin - 1] == '-' &&
                                        text::is_digit(lead.back().front()) && of_people(lead[lead.size() - 2]);
                bool age = age_word || second_age || bracket || span_start || span_end || hyphen_end;
                // ("aged 4, 7 and 11")
                if (!age && lead.size() >= 2 && lead.back() == "and" && text::is_digit(lead[lead.size() - 2].front())) {
                    std::string const far_text = before(mentions[p], 28);
                    auto const far = text::words(far_text);
                    age = std::find(far.begin(), far.end(), "aged") != far.end();
                }
                // (passed over in the list, as a part of a part is)
                if (age) {
                    sub_spans.emplace_back(mentions[p].begin, mentions[p].end);
                    return true;
                }
            }
            // (an aside about the part before or after it, a figure of another time or wish: "the lander, once
            // budgeted at $1.2 billion, $2.2 billion", "Nanoracks, which had asked for $200 million", "double its
            // previous award of $80 million"; passed over like a part of a part)
            {
                std::string const aside_lead = before(mentions[p], 36);
                std::size_t const comma = aside_lead.rfind(',');
                std::string_view const clause =
                    comma == std::string::npos ? std::string_view() : std::string_view(aside_lead).substr(comma);
                // (not the figure a "whose" opens, the first of the list: "Australia, whose 18 gold, 19 silver and
                // 16 bronze gave it 53 in total")
                bool const whose_own = clause == ", whose " && p == opening_candidate;
                // (a restatement of the part before in other terms, set off by commas, figures in it or not: "$14,300,
                // equal to 11 months of a $1,300 payment, plus $2,100 in fees"; passed over, its figures too)
                if (!clause.empty() && p != opening_candidate &&
                    (clause.starts_with(", equal to ") || clause.starts_with(", equivalent to ") ||
                     clause.starts_with(", the equivalent of ") || clause.starts_with(", or the equivalent of "))) {
                    std::string const follow = after(mentions[p], 40);
                    std::size_t const close = follow.find(',');
                    if (close != std::string::npos && follow.substr(0, close).find('$') == std::string::npos) {
                        std::size_t const open_at = mentions[p].begin - (aside_lead.size() - comma);
                        sub_spans.emplace_back(open_at, mentions[p].end + close);
                        return true;
                    }
                }
                // (the size of one of several, "11 months of a $1,300 payment": no part)
                if (std::string const of_a = before(mentions[p], 6);
                    p != opening_candidate && (of_a.ends_with(" of a ") || of_a.ends_with("of an "))) {
                    sub_spans.emplace_back(mentions[p].begin, mentions[p].end);
                    return true;
                }
                if (!clause.empty() && !whose_own && clause.find_first_of("0123456789") == std::string_view::npos &&
                    clause.find("of which") == std::string_view::npos &&
                    clause.find("of whom") == std::string_view::npos &&
                    (tells_of_another_figure(clause) || text::contains_any_word(clause, {"earlier", "former"}) ||
                     clause.find("budgeted at") != std::string_view::npos ||
                     // (or what the part before is set against: "$1.1 billion, four times its $275 million budget,",
                     // "2.45 million tonnes, against 2.80 million in 2022,", "31 kilometres, more than Saturday's
                     // 14,")
                     (text::contains_any_word(clause,
                                              {"times", "twice", "against", "compared", "versus", "vs", "than", "above",
                                               "below", "over", "under", "double", "triple", "half"}) &&
                      closed_aside(after(mentions[p], 40))))) {
                    sub_spans.emplace_back(mentions[p].begin, mentions[p].end);
                    return true;
                }
            }
            // (a running subtotal: "Wisconsin had 612 member farms and Minnesota 388, together 1,000, with
            // Iowa ..."; passed over in the list like a part of a part)
            {
                auto const lead = text::words(lead_in);
                // (or before the verb of the subtotal: "Europe, with 8.1 million tonnes, and Brazil, with 2.9
                // million tonnes, together shipped 11.0 million tonnes")
                std::string const verb_text = before(mentions[p], 40);
                auto const verb_lead = text::words(std::string_view(verb_text).substr(verb_text.rfind(',') + 1));
                bool const subtotal_verb =
                    verb_lead.size() >= 2 &&
                    (text::contains_any_word(verb_lead[verb_lead.size() - 2], {"together", "jointly"}) ||
                     (verb_lead.size() >= 3 &&
                      text::contains_any_word(verb_lead[verb_lead.size() - 3], {"together", "jointly"})));
                if (subtotal_verb ||
                    (!lead.empty() && text::contains_any_word(lead.back(), {"together", "jointly", "combined"}))) {
                    sub_spans.emplace_back(mentions[p].begin, mentions[p].end);
                    return true;
                }
            }
            // (a model named by its number after "the", set off by a comma: "the A330 was carrying 212 passengers
            // and the 737, which was waiting for a gate, 174, a total of 386")
            if (mentions[p].kind == mention_kind::number && mentions[p].unit.empty() && mentions[p].begin >= 4 &&
                text::iequals(model.prose.substr(mentions[p].begin - 4, 4), "the ") &&
                mentions[p].end < model.prose.size() && model.prose[mentions[p].end] == ',') {
                std::string_view const digits =
                    model.prose.substr(mentions[p].begin, mentions[p].end - mentions[p].begin);
                if (digits.size() >= 3 && digits.size() <= 4 &&
                    std::all_of(digits.begin(), digits.end(), [](char x) { return text::is_digit(x); })) {
                    sub_spans.emplace_back(mentions[p].begin, mentions[p].end);
                    return true;
                }
            }
            // (the second of two labels' numbers: "2,228 MW at Units 3 and 4", "140 poles on Routes 9 and 30")
            if (mentions[p].kind == mention_kind::number && mentions[p].unit.empty() && mentions[p].value &&
                *mentions[p].value < 1000) {
                std::string const lead_text = before(mentions[p], 24);
                auto const lead = text::words(lead_text);
                std::size_t const n = lead.size();
                if (n >= 3 && (lead[n - 1] == "and" || lead[n - 1] == "or" || lead[n - 1] == "to") &&
                    text::is_digit(lead[n - 2].front()) && lead[n - 2].size() <= 3 &&
                    text::contains_any_word(
                        lead[n - 3],
                        {"unit",     "units",     "route",    "routes",    "line",  "lines",  "phase",    "phases",
                         "block",    "blocks",    "reactor",  "reactors",  "gate",  "gates",  "platform", "platforms",
                         "terminal", "terminals", "ward",     "wards",     "lot",   "lots",   "building", "buildings",
                         "tower",    "towers",    "runway",   "runways",   "berth", "berths", "pier",     "piers",
                         "exit",     "exits",     "junction", "junctions", "stage", "stages", "section",  "sections",
                         "chapter",  "chapters",  "turbine",  "turbines",  "well",  "wells",  "field",    "fields"})) {
                    sub_spans.emplace_back(mentions[p].begin, mentions[p].end);
                    return true;
                }
            }
            // (a grade's or a year's number in a range of them: "grades 6 through 8", "years 7 to 11")
            if (mentions[p].kind == mention_kind::number && mentions[p].unit.empty() && mentions[p].value &&
                *mentions[p].value < 20) {
                std::string const lead_text = before(mentions[p], 24);
                auto const lead = text::words(lead_text);
                std::size_t const n = lead.size();
                bool const grade = (n >= 1 && text::contains_any_word(lead[n - 1], {"grades", "grade", "years"})) ||
                                   (n >= 3 && text::contains_any_word(lead[n - 1], {"through", "to", "thru"}) &&
                                    text::contains_any_word(lead[n - 3], {"grades", "grade", "years"})) ||
                                   // ("in K through 5", "kindergarten to 5")
                                   (n >= 2 && text::contains_any_word(lead[n - 1], {"through", "to", "thru"}) &&
                                    text::contains_any_word(lead[n - 2], {"k", "kindergarten", "prek"}));
                if (grade) {
                    sub_spans.emplace_back(mentions[p].begin, mentions[p].end);
                    return true;
                }
            }
            // (another value of the figure before it: "£62 million (£70 million with add-ons)", "£62
            // million, or £70 million with add-ons,"; passed over in the list like a part of a part)
            if (p > first && mentions[p - 1].kind == mentions[p].kind && top_level(mentions[p - 1]) &&
                mentions[p].begin >= mentions[p - 1].end && mentions[p].begin - mentions[p - 1].end <= 6) {
                std::string const gap =
                    text::lower(model.prose.substr(mentions[p - 1].end, mentions[p].begin - mentions[p - 1].end));
                if (gap == " (" || gap == ", or " || gap == " or " || gap == " (or ") {
                    sub_spans.emplace_back(mentions[p].begin, mentions[p].end);
                    return true;
                }
            }
            // ("Of the airport's 40 gates, Delta uses 14 and American 11, a total of 25": the whole)
            std::string const owner_lead = before(mentions[p], 32);
            auto const owner = text::words(owner_lead);
            // (words() splits "airport's" at its apostrophe)
            if (owner.size() >= 4 && owner.back() == "s" && owner[owner.size() - 3] == "the" &&
                owner[owner.size() - 4] == "of")
                return true;
            return !total_cue(mentions[p]).empty() || std::string_view(lead_in).ends_with(" of the ") ||
                   std::string_view(lead_in).ends_with(" of its ") ||
                   std::string_view(lead_in).ends_with(" of their ") ||
                   std::string_view(lead_in).ends_with(" out of ") || std::string_view(lead_in).ends_with(" of those ");
        });
        // A part of a part: "300 stores in Germany, 120 of them in Bavaria", "$197 billion, of which $128
        // billion for pensions", "including $128 billion": inside the figure before it, not beside it.
        // (the first figure of the list is no part of a part: "accounted for 1.10 billion of those
        // journeys, regional operators 390 million and ..., a total of 1.61 billion" - "those" is the total)
        std::size_t const first_candidate = candidates.empty() ? 0 : candidates.front();
        auto const sub_part = [&](std::size_t p) {
            std::string const lead_in = before(mentions[p], 24);
            std::string const follow = after(mentions[p], 12);
            bool const figure_before = first_candidate < p;
            // (inside parentheses opened after the figure before: "Rs 99,623 crore (with Rs 37,826 crore
            // from imports)")
            std::size_t const open = lead_in.rfind('(');
            bool aside = figure_before && open != std::string::npos && lead_in.find(')', open) == std::string::npos &&
                         text::words(std::string_view(lead_in).substr(open)).size() <= 3;
            // (or later in such an aside: "40 million tonnes (wheat 30 million, barley 10 million)"; or in
            // a breakdown up to its comma, "1.278 billion bushels, made up of 705 million of hard red
            // winter and 573 million of other classes, and spring wheat")
            if (figure_before && !aside) {
                int depth = 0;
                for (std::size_t k = mentions[first_candidate].end; k < mentions[p].begin; ++k)
                    depth += model.prose[k] == '(' ? 1 : model.prose[k] == ')' && depth > 0 ? -1 : 0;
                aside = depth > 0;
                std::string const since = text::lower(model.prose.substr(
                    mentions[first_candidate].end, mentions[p].begin - mentions[first_candidate].end));
                for (std::string_view const breakdown :
                     {"made up of ", "comprising ", "consisting of ", "split between "}) {
                    std::size_t const at = since.rfind(breakdown);
                    // (to ", and", the end of the breakdown's own list: "made up of 705 million of hard
                    // red winter, 344 million of soft red winter and 229 million of white, and spring wheat")
                    if (at != std::string::npos && since.find(", and ", at) == std::string::npos &&
                        since.find(';', at) == std::string::npos)
                        aside = true;
                }
                // ("3.36 million tonnes, including 1.75 million in Ivory Coast and 0.58 million in Ghana, the
                // Americas 0.89 million": after "including", to the comma after its "and")
                if (std::size_t const at = since.rfind("including "); at != std::string::npos) {
                    std::size_t const last_and = since.find(" and ", at);
                    if (since.find(';', at) == std::string::npos && since.find(')', at) == std::string::npos &&
                        (last_and == std::string::npos || since.find(',', last_and) == std::string::npos))
                        aside = true;
                }
            }
            // ("1.278 billion bushels, of which hard red winter was 705 million, and spring wheat": a part
            // named after "of which", its clause without a comma and closed by one; not "$12.9 billion, of
            // which cloud contributed $5.5 billion and licensing $4.6 billion, a combined $10.1 billion")
            std::string const clause = before(mentions[p], 48);
            std::size_t which = clause.rfind("of which ");
            if (std::size_t const whom = clause.rfind("of whom ");
                whom != std::string::npos && (which == std::string::npos || whom > which))
                which = whom;
            bool const named_after_which = figure_before && which != std::string::npos &&
                                           clause.find(',', which) == std::string::npos &&
                                           std::string_view(follow).starts_with(",") &&
                                           text::words(std::string_view(clause).substr(which)).size() <= 7;
            // (not a new item named before its own bracketed figure: "Vinyl (43 million units) and CDs (37
            // million)")
            if (aside) {
                std::size_t prev = first_candidate;
                for (std::size_t const c : candidates)
                    if (c < p) prev = std::max(prev, c);
                std::string_view const between =
                    model.prose.substr(mentions[prev].end, mentions[p].begin - mentions[prev].end);
                std::size_t const paren = between.rfind('(');
                if (paren != std::string_view::npos) {
                    std::string const label = text::lower(between.substr(0, paren));
                    if (label.find(" and ") != std::string::npos || label.find(", ") != std::string::npos ||
                        label.find(" or ") != std::string::npos)
                        aside = false;
                }
            }
            // ("$2.9 billion, including U.S. sales of $2.7 billion,", "$36.56, including beef at $13.90,", "among
            // them beef at", "with beef at": a part named after "including", then its figure)
            for (std::string_view const naming : {"including ", "among them ", ", with "}) {
                std::size_t const at = lead_in.rfind(naming);
                if (!figure_before || at == std::string::npos ||
                    lead_in.find_first_of(",;", at + (naming.front() == ',' ? 1 : 0)) != std::string::npos)
                    continue;
                std::string_view const named = std::string_view(lead_in).substr(at + naming.size());
                if (text::words(named).size() <= 4 && std::string_view(follow).starts_with(",")) aside = true;
            }
            // ("raised $40 million, led by Ironbark's $28 million, for a total of": a share of the round before)
            std::size_t const led = lead_in.rfind("led by ");
            bool const led_by = figure_before && led != std::string::npos &&
                                lead_in.find_first_of(",;", led) == std::string::npos &&
                                text::words(std::string_view(lead_in).substr(led)).size() <= 5;
            return aside || named_after_which || led_by || std::string_view(lead_in).ends_with("of which ") ||
                   std::string_view(lead_in).ends_with("of whom ") ||
                   std::string_view(lead_in).ends_with("including ") ||
                   std::string_view(lead_in).ends_with("among them ") ||
                   (figure_before && (std::string_view(follow).starts_with(" of them") ||
                                      std::string_view(follow).starts_with(" of which") ||
                                      std::string_view(follow).starts_with(" of those") ||
                                      // ("spent £400m, £115m of it on Caicedo, in the summer")
                                      std::string_view(follow).starts_with(" of it ") ||
                                      std::string_view(follow).starts_with(" of it,") ||
                                      std::string_view(follow).starts_with(" of that ") ||
                                      std::string_view(follow).starts_with(" of that,")));
        };
        bool const had_sub_parts = std::any_of(candidates.begin(), candidates.end(), sub_part);
        for (std::size_t const p : candidates)
            if (sub_part(p)) sub_spans.emplace_back(mentions[p].begin, mentions[p].end);
        std::erase_if(candidates, sub_part);
        // (the list ends close before the total, "$240,000 from a family trust, a total of", with no
        // figure of its kind between: "12 medals and 15 medals, a total of 27 medals, up from a total
        // of 20 medals")
        if (candidates.empty() || total.begin - mentions[candidates.back()].end > 45) continue;
        bool figure_between = false;
        for (std::size_t k = candidates.back() + 1; k < t && !figure_between; ++k)
            figure_between = top_level(mentions[k]) && mentions[k].kind == total.kind;
        if (figure_between) continue;
        // (nor what the parts are a share of: "Texas had 244 deaths and California 87, or 37% of the national
        // total of 891")
        if (std::any_of(mentions.begin() + static_cast<std::ptrdiff_t>(candidates.back() + 1),
                        mentions.begin() + static_cast<std::ptrdiff_t>(t), [&](mention const& m) {
                            return m.kind == mention_kind::percent && !m.parent &&
                                   text::istarts_with(model.prose.substr(m.end, 8), " of the");
                        }))
            continue;
        respectively = text::contains_any_word(
            text::lower(model.prose.substr(mentions[candidates.back()].end,
                                           total.begin - std::min(total.begin, mentions[candidates.back()].end))),
            {"respectively"});
        claim.parts.push_back(candidates.back());
        unread_part = false;
        for (std::size_t k = candidates.size() - 1; k-- > 0;) {
            bool const unread_before = unread_part;
            if (!joins_list(mentions[candidates[k]].end, mentions[candidates[k + 1]].begin)) {
                unread_part = unread_before;
                break;
            }
            claim.parts.insert(claim.parts.begin(), candidates[k]);
        }
        if (claim.parts.size() < 2) continue;
        // (the total told before its parts, "returned $4.3 billion ..., $3.1 billion on buybacks and $1.2
        // billion on dividends, for a total of $4.3 billion": the first figure is the total again)
        if (*mentions[claim.parts.front()].value == *total.value &&
            (mentions[claim.parts.front()].unit == total.unit || total.unit.empty()))
            continue;
        // (a total without a noun over parts of different nouns is none of theirs: "stole 41 bases and
        // scored 77 runs, and the team stole a total of 168", "31 goals and 38 assists, with a total of
        // nine two-goal games")
        if (total.kind == mention_kind::number && total.unit.empty()) {
            std::string_view noun;
            bool mixed = false;
            for (std::size_t const p : claim.parts) {
                std::string_view const u = mentions[p].unit;
                if (u.empty()) continue;
                if (noun.empty())
                    noun = u;
                else if (!same_noun(noun, u) && !counts_people(noun, u) && !(person_noun(noun) && person_noun(u)) &&
                         !(medal_noun(noun) && medal_noun(u)) && !kinds_of_one(noun, u))
                    mixed = true;
            }
            if (mixed) continue;
        }
        // (fractions are no counts to add: "Three out of 10 drivers and 2 out of 8 cyclists, five in all";
        // a decimal below one is: "hydro 0.9 TWh and other sources 5.0 TWh, a total of 62.4 TWh")
        if (std::any_of(claim.parts.begin(), claim.parts.end(),
                        [&](std::size_t p) { return is_fraction(mentions[p]); }) &&
            *total.value >= 1)
            continue;
        // (a list whose items before the first read are names with their figures, which the grammar took for
        // names' numbers: "The tally was Labour 29, Tories 14, independents 7 and others 4, a total of 54")
        {
            std::size_t const first_part = mentions[claim.parts.front()].begin;
            std::size_t from = s.begin;
            for (std::size_t k = first; k < last && mentions[k].end <= first_part; ++k)
                from = std::max(from, mentions[k].end);
            std::string_view const lead = model.prose.substr(from, first_part - from);
            for (std::size_t at = 1; at + 1 < lead.size() && !claim.open_ended; ++at) {
                if (!text::is_digit(lead[at]) || lead[at - 1] != ' ' || at < 3 || !text::is_alpha(lead[at - 2]))
                    continue;
                std::size_t w = at - 1;
                while (w > 0 && text::is_alpha(lead[w - 1])) --w;
                std::size_t e = at;
                while (e < lead.size() && text::is_digit(lead[e])) ++e;
                if (text::is_upper(lead[w]) && e < lead.size() && (lead[e] == ',' || lead.substr(e, 5) == " and "))
                    claim.open_ended = true;
            }
        }
        // (a list cut short of a figure of its kind before it: the total may count that one too, so only
        // an excess is certain)
        // (or of a figure set against the list: "France harvested 37 million tonnes, compared with 41
        // million in Italy and 31 million in Spain, a total of 109 million tonnes" counts all three)
        if (claim.parts.front() != candidates.front() && (cut_by_length || cut_by_contrast)) claim.open_ended = true;
        // (or of a time counted in its unit before the first part, joined by a comma: "There were 9 days in July, 6 in
        // August and 3 in September, a total of 18" - the 9 days are a part the list does not hold)
        {
            mention const& opening_part = mentions[claim.parts.front()];
            for (std::size_t k = first; k < claim.parts.front(); ++k) {
                mention const& m = mentions[k];
                if (m.kind != mention_kind::duration || m.parent || m.end > opening_part.begin) continue;
                // (in parallel with the parts, a preposition after each: "9 days in July, 6 in August"; not a time
                // the sentence opens with, "In the past 12 months, 40 stores opened in Europe")
                std::string_view const gap = model.prose.substr(m.end, opening_part.begin - m.end);
                auto const gap_words = text::words(gap);
                std::string_view const after_part =
                    model.prose.substr(opening_part.end, std::min<std::size_t>(4, s.end - opening_part.end));
                if (gap.ends_with(", ") && gap_words.size() >= 2 && gap_words.size() <= 4 &&
                    gap.find_first_of("0123456789;:") == std::string_view::npos &&
                    text::contains_any_word(gap_words.front(), {"in", "on", "at"}) &&
                    text::istarts_with(after_part, " " + std::string(gap_words.front()) + " "))
                    claim.open_ended = true;
            }
        }
        // (what is left or kept is no sum: "... $8,000 on travel, keeping a total of $30,000", "ending the
        // year with a total of", "the heirs received a total of")
        {
            std::size_t const from = mentions[claim.parts.back()].end;
            auto const gap_text = text::lower(model.prose.substr(from, total.begin - from));
            auto const gap_words = text::words(gap_text);
            // (a last part that is no figure: "the Lib Dems six and Labour one, for a total of 21")
            if (unread_part || bare_one(gap_text)) claim.open_ended = true;
            // (nor what is held now after what was bought: "bought 640 and 410 acres this year and now hold
            // a total of 2,300 acres", "still farm a total of", "manage 2,300 units in all")
            bool const verb = std::any_of(gap_words.begin(), gap_words.end(), [](std::string_view w) {
                if (w == "totalling" || w == "totaling" || w == "totalled" || w == "totaled" || w == "combined" ||
                    w == "bringing" || w == "taking" || w == "making" || w == "opening")
                    return false;
                return (w.size() > 4 && w.ends_with("ing")) || (w.size() > 3 && w.ends_with("ed")) || w == "cut" ||
                       w == "cuts" || w == "paid" || w == "pay" || w == "pays" || w == "spent" || w == "spend" ||
                       text::contains_any_word(w, {"now", "still", "currently", "hold", "holds", "own", "owns", "farm",
                                                   "farms", "manage", "manages", "control", "controls", "operate",
                                                   "operates", "run", "runs", "employ", "employs"});
            });
            if (verb) continue;
            // (a total in a clause of its own with a subject of its own: "Single-family sales were 3.74
            // million and condo sales 370,000, while inventory totaled 1.28 million homes", "...; new
            // listings totaled 21,000"; not "...; a total of 21,000")
            // (or after ", and": "Black Friday drew $10.8 billion and Cyber Monday $13.3 billion, and Cyber
            // Week a total of $41.3 billion", a larger whole's)
            std::size_t clause = gap_text.rfind(';');
            if (std::size_t const comma_and = gap_text.rfind(", and ");
                comma_and != std::string::npos && (clause == std::string::npos || comma_and > clause))
                clause = comma_and;
            for (std::string_view const joint : {"while", "whereas", "but", "although", "though"})
                if (std::find(gap_words.begin(), gap_words.end(), joint) != gap_words.end()) {
                    std::size_t const at = gap_text.rfind(joint);
                    if (at != std::string::npos && (clause == std::string::npos || at > clause)) clause = at;
                }
            if (clause != std::string::npos) {
                auto const rest = text::words(std::string_view(gap_text).substr(clause));
                bool const subject = std::any_of(rest.begin(), rest.end(), [](std::string_view w) {
                    return !text::contains_any_word(
                        w,
                        {"while",      "whereas", "but",     "although", "though",   "a",         "an",     "the",
                         "total",      "of",      "totaled", "totalled", "totaling", "totalling", "totals", "combined",
                         "in",         "all",     "for",     "to",       "its",      "their",     "was",    "were",
                         "is",         "are",     "came",    "come",     "comes",    "amounted",  "and",    "together",
                         "altogether", "overall", "so",      "far",      "making",   "bringing",  "taking", "giving",
                         "with",       "in",      "total"});
                });
                if (subject) continue;
            }
        }
        // (a total of another thing than each part's: "planted 8.1 million acres of wheat and 5.9 million
        // of corn, and a total of 2.9 million acres of sorghum")
        {
            auto const of_what = [&](mention const& m) {
                std::string const follow = after(m, 24);
                auto const words = text::words(follow);
                return follow.starts_with(" of ") && words.size() >= 2 ? std::string(words[1]) : std::string();
            };
            std::string const total_of = of_what(total);
            bool other = false;
            if (!total_of.empty() && total_of != "the" && total_of != "which")
                for (std::size_t const p : claim.parts) {
                    std::string const part_of = of_what(mentions[p]);
                    if (!part_of.empty() && part_of != "the" && !same_noun(part_of, total_of)) other = true;
                    if (!part_of.empty() && same_noun(part_of, total_of)) {
                        other = true; // (the total of one part's own thing)
                        break;
                    }
                }
            if (other) continue;
        }
        // (a total over a wider place than the parts': "sold 30,000 cars in Germany and 20,000 in France, and a
        // total of 90,000 in Europe", "... and 90,000 worldwide": only an excess is certain; not "a total of
        // 50,000 in the two countries")
        {
            auto const place_after = [&](mention const& m) {
                auto const words = text::words(model.prose.substr(m.end, std::min<std::size_t>(s.end - m.end, 32)));
                std::size_t k = 0;
                if (k < words.size() && same_noun(words[k], total.unit)) ++k; // (the total's own noun)
                if (k < words.size() && text::contains_any_word(words[k], {"in", "across", "throughout"}) &&
                    k + 1 < words.size() && text::is_upper(words[k + 1].front()))
                    return std::string(words[k + 1]);
                return std::string();
            };
            std::string const total_place = place_after(total);
            bool wider = text::contains_any_word(text::lower(total.unit),
                                                 {"worldwide", "globally", "nationwide", "internationally"});
            if (!wider && !total_place.empty()) {
                wider = true;
                for (std::size_t const p : claim.parts)
                    if (place_after(mentions[p]) == total_place) wider = false;
            }
            if (!wider) {
                auto const next =
                    text::words(model.prose.substr(total.end, std::min<std::size_t>(s.end - total.end, 24)));
                wider = !next.empty() &&
                        text::contains_any_word(text::lower(next.front()),
                                                {"worldwide", "globally", "nationwide", "internationally"});
                // (or "all" of what the parts are some of: "and a total of £2.3 billion across all sectors", "to all
                // sectors", "in all regions")
                for (std::size_t k = 0; !wider && k + 1 < next.size() && k < 3; ++k)
                    wider = text::contains_any_word(text::lower(next[k]), {"across", "to", "in", "for", "among"}) &&
                            text::iequals(next[k + 1], "all") && k + 2 < next.size();
            }
            if (wider) claim.open_ended = true;
        }
        // (a subtraction: "The prize of $5,000, minus $500 in fees and $300 in tax, came to a total of")
        if (text::contains_any_word(before(mentions[claim.parts.front()], 10), {"minus", "less"})) continue;
        // (or a part that is a loss: "Cars earned $3.1 billion, offset by a $0.2 billion loss in energy, for a
        // total of $2.9 billion", "comprised $3.1 billion from cars and a $0.7 billion loss in energy")
        if (std::any_of(claim.parts.begin(), claim.parts.end(), [&](std::size_t p) {
                std::string const follow = after(mentions[p], 12); // (the words point into it)
                auto const next = text::words(follow);
                return (!next.empty() &&
                        text::contains_any_word(next.front(), {"loss", "losses", "deficit", "writedown", "write-down",
                                                               "charge", "charges"})) ||
                       before(mentions[p], 14).find("offset by") != std::string::npos;
            }))
            continue;
        // (points for results, not the results: "won 20, drew 10 and lost 8, taking 70 points in all")
        // (a result is a change's count or a count after its verb: "lost 8" is no change in a record)
        if ((total.unit == "points" || total.unit == "pts") &&
            std::any_of(claim.parts.begin(), claim.parts.end(), [&](std::size_t p) {
                // (not a contribution told by a verb of adding: "Shelter added 1.5 percentage points, food 0.4 point
                // and energy 0.3 point, a total of 2.2 points")
                bool const contribution =
                    mentions[p].parent &&
                    text::contains_any_word(
                        text::lower(text::first_word(mentions[*mentions[p].parent].text.empty()
                                                         ? before(mentions[p], 12)
                                                         : mentions[*mentions[p].parent].text)),
                        {"added", "adds", "contributed", "contributes", "subtracted", "subtracts", "took", "shaved"});
                return (!top_level(mentions[p]) && !contribution) ||
                       text::contains_any_word(before(mentions[p], 6), {"won", "drew", "lost", "tied", "drawn"});
            }))
            continue;
        // (a figure of another unit joined to the list before it: "won 60 races, finished second 45 times
        // and third 30 times, 135 podiums in all")
        {
            std::size_t const front = claim.parts.front();
            auto const other =
                std::find_if(other_units.rbegin(), other_units.rend(), [&](std::size_t p) { return p < front; });
            if (other != other_units.rend() && joins_list(mentions[*other].end, mentions[front].begin)) continue;
        }
        // ("... less £600 tax and £240 national insurance leaves a total of £2,160": what remains, not a sum)
        // (after the last figure before it: not "and the remaining 236, a total of 579", the rest as a part)
        {
            std::string lead = before(total, 32);
            if (t > first && mentions[t - 1].end <= total.begin && total.begin - mentions[t - 1].end < lead.size())
                lead = lead.substr(lead.size() - (total.begin - mentions[t - 1].end));
            if (text::contains_any_word(lead, {"leaves", "leaving", "left", "remaining", "remains"})) continue;
        }
        // ("$1.2 billion to education, out of a total of $15 billion": a larger whole, not the sum)
        {
            std::string_view const lead = raw_before(total, 24);
            if (text::iends_with(lead, " of a total of ") || text::iends_with(lead, "within a total of ") ||
                text::iends_with(lead, "from a total of ") || text::iends_with(lead, " in a total of "))
                continue;
            // ("Oahu drew 475,210 visitors and Maui 186,530, out of a statewide total of 866,432")
            std::string const wider = before(total, 40);
            if (wider.ends_with("total of ") && wider.find("out of a") != std::string::npos &&
                wider.find(',', wider.find("out of a")) == std::string::npos)
                continue;
        }
        // (a total set against the list, not made of it: "Amazon won $512 million and Microsoft $398 million,
        // against a combined $330 million for Google and Oracle"; a total in another measure, "a total of 1.3
        // million copper-equivalent tonnes")
        {
            std::string const lead = before(total, 24);
            auto const lead_words = text::words(lead);
            bool set_against = false;
            for (std::size_t w = lead_words.size() >= 4 ? lead_words.size() - 4 : 0; w < lead_words.size(); ++w)
                set_against = set_against || text::contains_any_word(lead_words[w], {"against", "versus", "vs"}) ||
                              (lead_words[w] == "compared" || lead_words[w] == "comparison");
            std::string_view const follow = follow_of_total(32);
            auto const follow_words = text::words(follow);
            bool equivalent = false;
            for (std::size_t w = 0; w < follow_words.size() && w < 4; ++w)
                equivalent = equivalent || follow_words[w] == "equivalent" || follow_words[w] == "equivalents";
            if (set_against || equivalent) continue;
        }
        // (the list's last member a group with its own combined figure: "Fund A took in $15.5 billion, fund B
        // $8.6 billion and the other funds a combined $5.5 billion", "Texas 110 and Utah and Idaho a combined
        // 60": the figure is a part, not the sum)
        {
            std::size_t const last_end = mentions[claim.parts.back()].end;
            if (last_end < total.begin) {
                std::string const gap = text::lower(model.prose.substr(last_end, total.begin - last_end));
                auto const gap_words = text::words(gap);
                std::size_t n = gap_words.size();
                while (n > 0 && text::contains_any_word(gap_words[n - 1], {"a", "an", "the", "combined", "total", "of",
                                                                           "together", "jointly", "collectively"}))
                    --n;
                bool const member = gap.starts_with(" and ") && n >= 2 && [&] {
                    for (std::size_t w = 1; w < n; ++w)
                        if (text::contains_any_word(gap_words[w],
                                                    {"for", "bringing", "making", "giving", "taking", "to", "was",
                                                     "were", "is", "are", "had", "has", "took", "with", "in", "so"}))
                            return false;
                    return true;
                }();
                if (member) continue;
            }
            // (or told like the parts, of others: "£105 million on Rice, £65 million on Havertz and a combined
            // £17 million on two others")
            std::string_view const follow = follow_of_total(24);
            auto const follow_words = text::words(follow);
            bool others = false;
            for (std::size_t w = 0; w < follow_words.size() && w < 4; ++w)
                others = others || follow_words[w] == "others";
            if (others) continue;
        }
        // (the largest of the parts only: "Gifts of $40 million and $35 million led donations, which
        // totalled $412 million", "topped the day's awards")
        {
            std::size_t const last_end = mentions[claim.parts.back()].end;
            if (last_end < total.begin &&
                text::contains_any_word(text::lower(model.prose.substr(last_end, total.begin - last_end)),
                                        {"led", "lead", "leads", "topped", "tops", "headed", "heads"}))
                continue;
        }
        // (a figure of another unit inside the list: "$2 million in 2024, 3 million euros in 2025 and
        // $4 million, a total of ...": the list is not all of one measure)
        if (std::any_of(other_units.begin(), other_units.end(),
                        [&](std::size_t p) { return p > claim.parts.front() && p < t; }))
            continue;
        // ("between 38 and 420 homes": the ends of a span, no parts; "The largest site has 420 homes and the
        // smallest 38": the ends of a list the text does not give)
        {
            std::string const lead_text = before(mentions[claim.parts.front()], 10);
            auto const lead = text::words(lead_text);
            if (!lead.empty() && (lead.back() == "between" || lead.back() == "from")) continue;
            bool extremes = false;
            for (std::size_t const p : claim.parts) {
                std::string const part_lead = before(mentions[p], 40);
                extremes =
                    extremes || text::contains_any_word(part_lead, {"largest", "smallest", "biggest", "highest",
                                                                    "lowest", "youngest", "oldest", "fewest", "best",
                                                                    "worst", "strongest", "weakest", "busiest"});
            }
            // (or after the last part: "$9.6 million and $9.3 million in its two best years, and $31.4 million in all")
            if (!extremes && mentions[claim.parts.back()].end < mentions[t].begin)
                extremes = text::contains_any_word(
                    text::lower(model.prose.substr(mentions[claim.parts.back()].end,
                                                   mentions[t].begin - mentions[claim.parts.back()].end)),
                    {"largest", "biggest", "highest", "best", "strongest", "busiest", "top"});
            if (extremes) claim.open_ended = true;
        }
        // "paid $2 million each": a part counted several times; "earned $5 million ... and lost $2
        // million": a part taken away from the others (all parts losses add up as they are)
        bool counted_each = false;
        std::size_t losses = 0, gains = 0;
        for (std::size_t const p : claim.parts) {
            std::string const follow = after(mentions[p], 12);
            std::string const lead_in = before(mentions[p], 12);
            // (" each", " apiece", " for each adult", " per head")
            counted_each = counted_each || text::contains_any_word(follow, {"each", "apiece", "per", "every"});
            // (or before its verb, a figure told of several: "Lesbos and Samos each took in 4,000 people, and Kos
            // 2,000, a total of 10,000", "Greece and Italy both pledged 5 million euros")
            {
                std::string const lead_text = before(mentions[p], 24);
                counted_each = counted_each || text::contains_any_word(lead_text, {"each", "both"});
                // (or "each of" further before: "Each of the 12 grandchildren got $1 million and the foundation $63
                // million, a total of $75 million")
                counted_each = counted_each || before(mentions[p], 44).find("each of ") != std::string::npos;
            }
            if (text::contains_any_word(lead_in, {"lost", "loses", "lose", "losing", "minus", "less", "deficit", "loss",
                                                  "losses", "shortfall", "negative", "cut", "cuts", "shed", "sheds",
                                                  // ("added 12 gates and closed 4, for a total of 59")
                                                  "closed", "retired", "removed", "scrapped", "demolished"}))
                ++losses;
            // (or a result that may be either: "an EBIT of 650 million crowns and ... a loss of 48 million")
            if (text::contains_any_word(lead_in, {"earned", "earns", "made", "makes", "gained", "gains", "profit",
                                                  "income", "surplus", "added", "adds", "created", "creates", "ebit",
                                                  "ebitda", "earnings", "result", "results", "profits"}))
                ++gains;
        }
        // (a part taken off the others: "The segments account for $1.74 billion, with eliminations of $60 million
        // bringing the total to $1.68 billion")
        bool const deducted = std::any_of(claim.parts.begin(), claim.parts.end(), [&](std::size_t p) {
            return text::contains_any_word(before(mentions[p], 20),
                                           {"eliminations", "elimination", "deduction", "deductions", "deducting",
                                            "deducted", "subtracting", "excluding", "offsetting", "writedowns"});
        });
        if (counted_each || (losses > 0 && gains > 0) || deducted) continue;
        // A price or an amount to multiply ("two tickets at £45", "12 monthly payments of £250") or a
        // rate ("300 homes a year for five years"): the parts are not the figures as they stand.
        bool const multiplied = std::any_of(claim.parts.begin(), claim.parts.end(), [&](std::size_t p) {
            mention const& part = mentions[p];
            std::string const lead_in = before(part, 24);
            std::string const follow = after(part, 16);
            auto const lead_words = text::words(lead_in);
            bool const at_price =
                !lead_words.empty() && (lead_words.back() == "at" || lead_words.back() == "of") && p > first &&
                (mentions[p - 1].kind == mention_kind::number || mentions[p - 1].kind == mention_kind::duration) &&
                part.begin - mentions[p - 1].end < 40 && part.kind == mention_kind::money;
            auto const follow_words = text::words(follow);
            bool const rate =
                (follow_words.size() >= 2 &&
                 (follow_words[0] == "a" || follow_words[0] == "per" || follow_words[0] == "each" ||
                  follow_words[0] == "every") &&
                 (follow_words[1] == "year" || follow_words[1] == "month" || follow_words[1] == "week" ||
                  follow_words[1] == "day" || follow_words[1] == "quarter")) ||
                (!follow_words.empty() && (follow_words[0] == "annually" || follow_words[0] == "monthly"));
            return at_price || rate;
        });
        if (multiplied) continue;
        // The list was cut before other figures of its kind in the sentence ("$197 billion, of which
        // $128 billion go to pensions, defence $83 billion and transport $39 billion, a total of $319
        // billion"): a part may be among them.
        if (had_sub_parts && claim.parts.front() != candidates.front()) claim.open_ended = true;
        if (lower.empty()) lower = text::lower(model.prose.substr(s.begin, s.end - s.begin));
        // A total for a longer time than its parts' ("$3 million in 2024 and $4 million in 2025, a total
        // of $12 million since 2020", "in October ... in November, a total of 41,000 units so far this
        // year"): not their sum.
        {
            std::string_view const follow = follow_of_total(40);
            bool const longer =
                text::contains_any_word(follow, {"since", "so", "to", "this", "over", "past", "during", "throughout",
                                                 "overall", "ytd", "cumulative", "after", "through", "until"}) ||
                follow.find("year-to-date") != std::string::npos;
            // (a time after a part, before the next: "£55 million on Brandt in 2023")
            bool dated_parts = false;
            for (std::size_t i = 0; i < claim.parts.size(); ++i) {
                std::size_t const p = claim.parts[i];
                std::size_t const stop = i + 1 < claim.parts.size() ? mentions[claim.parts[i + 1]].begin : total.begin;
                for (std::size_t k = p + 1; k < t && k < p + 6; ++k) {
                    mention const& m = mentions[k];
                    if (m.begin < mentions[p].end || m.begin >= stop || m.begin - mentions[p].end > 40) continue;
                    dated_parts = dated_parts || dated_time(m);
                    // (or a period counted by its ordinal: "$56.4 million in its first weekend and $29.3 million in its
                    // second")
                    if (m.kind == mention_kind::ordinal && m.begin >= 7) {
                        std::string const lead_in = text::lower(model.prose.substr(m.begin - 7, 7));
                        dated_parts = dated_parts || lead_in == "in its " || lead_in == "in the " ||
                                      lead_in.ends_with(" its ") || lead_in.ends_with(" the ");
                    }
                }
            }
            // (a total named by a longer time than its parts': "$24.6 million on Friday and $21.1 million on Saturday,
            // for a weekend total of $62.4 million", "a weekly total of", "a season total of")
            if (dated_parts) {
                std::string const lead_total = before(total, 24);
                static constexpr std::array<std::string_view, 14> longer_totals{
                    "weekend total",   "weekly total",  "week's total",     "monthly total",  "month's total",
                    "annual total",    "year's total",  "season total",     "season's total", "yearly total",
                    "quarterly total", "running total", "cumulative total", "overall total"};
                bool const named_longer =
                    std::any_of(longer_totals.begin(), longer_totals.end(),
                                [&](std::string_view named) { return lead_total.find(named) != std::string::npos; });
                if (named_longer) continue;
            }
            // (the time right after the total, or after what it counts: "a total of £310 million on
            // transfers since 2020")
            std::string_view follow_view(follow);
            auto const follow_words = text::words(follow_view);
            for (std::size_t w = 0; w < follow_words.size() && w < 3; ++w) {
                auto const at = static_cast<std::size_t>(follow_words[w].data() - follow.data());
                // ("year-to-date" is three words to text::words)
                bool const to_date = follow_words[w] == "year" && follow.compare(at, 12, "year-to-date") == 0;
                if (to_date ||
                    text::contains_any_word(follow_words[w], {"since", "so", "to", "this", "over", "in", "throughout",
                                                              "ytd", "after", "through", "until"})) {
                    follow_view = follow_view.substr(at > 0 ? at - 1 : 0);
                    break;
                }
            }
            bool const time_next =
                longer && (follow_view.starts_with(" since") || follow_view.starts_with(" so far") ||
                           follow_view.starts_with(" to date") || follow_view.starts_with(" this") ||
                           follow_view.starts_with(" over the past") || follow_view.starts_with(" over the last") ||
                           follow_view.starts_with(" in the past") || follow_view.starts_with(" throughout") ||
                           follow_view.starts_with(" year-to-date") || follow_view.starts_with(" ytd") ||
                           // ("for a total of $98.6 million after 10 days", "through May 19", "until the end of June")
                           follow_view.starts_with(" after") || follow_view.starts_with(" through") ||
                           follow_view.starts_with(" until"));
            if (time_next && dated_parts) continue;
            // (increases on days, then the level they reached: "The fire grew by 6,200 acres on Sunday and 3,100
            // acres on Monday, to a total of 48,650 acres", "Crews added 300 firefighters on Sunday and 200 on
            // Monday, for a total of 2,900")
            if (dated_parts) {
                std::string const first_lead = before(mentions[claim.parts.front()], 16);
                if (first_lead.ends_with(" by ") || first_lead.ends_with(" added ") ||
                    first_lead.ends_with(" another ") || before(total, 16).ends_with(", to a total of "))
                    claim.open_ended = true;
            }
            // (a running total after the later steps of a series: "$85 million in its Series B and $250 million
            // in its Series C, for a total of $369 million to date" - there was a Series A)
            if (time_next && [&] {
                    std::size_t const from = mentions[claim.parts.front()].begin;
                    std::string const span = text::lower(model.prose.substr(from, total.begin - from));
                    for (std::size_t at = span.find("series "); at != std::string::npos;
                         at = span.find("series ", at + 7))
                        if (at + 8 <= span.size() && span[at + 7] > 'a' && span[at + 7] <= 'z' &&
                            (at + 8 == span.size() || !text::is_alpha(span[at + 8])))
                            return true;
                    return false;
                }())
                claim.open_ended = true;
            // (a total over a span of years longer than the parts' list: "$3.5 billion in 2024 and $4 billion in
            // 2025, a total of $11 billion over 2024-2026", "from 2024 to 2026", "between 2024 and 2026")
            if (dated_parts) {
                auto const year_at = [&](std::size_t at, std::size_t digits) {
                    if (at + digits > follow.size()) return -1;
                    int y = 0;
                    for (std::size_t i = at; i < at + digits; ++i) {
                        if (!text::is_digit(follow[i])) return -1;
                        y = y * 10 + (follow[i] - '0');
                    }
                    if (at + digits < follow.size() && text::is_digit(follow[at + digits])) return -1;
                    return y;
                };
                for (std::size_t at = 0; at + 4 <= follow.size(); ++at) {
                    if (!text::is_digit(follow[at]) || (at > 0 && text::is_alnum(follow[at - 1]))) continue;
                    int const from_year = year_at(at, 4);
                    if (from_year < 1800) break;
                    std::size_t next = at + 4;
                    for (std::string_view const joint : {"-", "\xE2\x80\x93", " to ", " and ", " through "})
                        if (follow.compare(next, joint.size(), joint) == 0) {
                            next += joint.size();
                            break;
                        }
                    int to_year = next > at + 4 ? year_at(next, 4) : -1;
                    if (to_year < 0 && next > at + 4 && year_at(next, 2) >= 0)
                        to_year = from_year / 100 * 100 + year_at(next, 2);
                    if (to_year > from_year && static_cast<std::size_t>(to_year - from_year) + 1 > claim.parts.size())
                        claim.open_ended = true;
                    break;
                }
            }
            // (a total for the year after parts dated by quarter or month: "$2.1 billion in the first quarter
            // and $2.3 billion in the second, a total of $9.4 billion for the year" may count the others)
            if (dated_parts &&
                (follow.starts_with(" for the year") || follow.starts_with(" for the full year") ||
                 follow.starts_with(" for the month") || follow.starts_with(" for the week") ||
                 follow.starts_with(" for the season") || follow.starts_with(" for the quarter") ||
                 follow.starts_with(" for the full-year") || follow.starts_with(" for the fiscal year") ||
                 follow.starts_with(" for the whole year") || follow.starts_with(" for the financial year")))
                claim.open_ended = true;
        }
        // (a total over the life of a deal after some of its years: "$16 million in the first year and $24
        // million in the 15th, a total of $300 million over the life of the deal")
        {
            std::string_view const follow = follow_of_total(48);
            for (std::string_view const span :
                 {"over the life", "over its life", "over the term", "over its term", "over the course",
                  "over the length", "over the duration", "over the lifetime", "during the life"})
                if (follow.find(span) != std::string::npos) claim.open_ended = true;
        }
        // "... for a total of 5.3 billion over three years" after two years' figures: a part is elsewhere
        // (the count of years right after the total, before a comma: not "a total of £18.3 million, for
        // illegally discharging sewage over five years", the time of the offence).
        std::string_view rest_text = std::string_view(lower).substr(std::min(total.end - s.begin, lower.size()));
        rest_text = rest_text.substr(0, rest_text.find_first_of(",;"));
        auto const rest = text::words(rest_text);
        // (or of the things it sums, "a combined 192.6 million across the three services", "for all four")
        for (std::size_t w = 0; w < rest.size() && w < 6; ++w) {
            std::optional<int> const n = text::spelled_count(rest[w]);
            if (!n || *n < 2 || static_cast<std::size_t>(*n) == claim.parts.size()) continue;
            bool const counted = w > 0 && (rest[w - 1] == "the" || rest[w - 1] == "all" || rest[w - 1] == "its" ||
                                           rest[w - 1] == "their");
            if (counted ||
                (w + 1 < rest.size() && text::contains_any_word(rest[w + 1], {"years", "months", "quarters", "phases",
                                                                              "stages", "parts", "weeks", "days"})))
                claim.open_ended = true;
        }
        // ("plus" between the parts joins them, "£50m plus £5m in add-ons, a total of £58m"; elsewhere
        // it adds what is not told, "a total of £58m, plus bonuses")
        bool plus_outside = false;
        {
            std::size_t const parts_begin = mentions[claim.parts.front()].begin - s.begin;
            std::size_t const parts_end = mentions[claim.parts.back()].end - s.begin;
            for (std::size_t at = lower.find("plus"); at != std::string::npos; at = lower.find("plus", at + 4)) {
                bool const word = (at == 0 || !text::is_alnum(lower[at - 1])) &&
                                  (at + 4 >= lower.size() || !text::is_alnum(lower[at + 4]));
                if (word && (at < parts_begin || at >= parts_end)) plus_outside = true;
            }
        }
        // ("hydro 0.9 TWh and other sources 5.0 TWh, a total of 62.4 TWh": the others are a part told,
        // their figure in the list; an "other" elsewhere leaves parts untold)
        bool untold_other = false;
        for (std::string_view const word : text::words(std::string_view(lower))) {
            if (word != "other" && word != "others") continue;
            std::size_t const at = static_cast<std::size_t>(word.data() - lower.data()) + s.begin;
            bool listed = false;
            for (std::size_t const p : claim.parts) {
                mention const& part = mentions[p];
                // (or the words after the last part, its own: "and the remaining 182 spread across other states")
                // (not a new item after "and": "Smith (10), Jones (8) and others, 30 in all")
                if (p == claim.parts.back() && p != claim.parts.front() && at >= part.end && at - part.end <= 32 &&
                    at < total.begin && text::words(model.prose.substr(part.end, at - part.end)).size() <= 3 &&
                    !text::contains_any_word(text::lower(model.prose.substr(part.end, at - part.end)), {"and", "or"})) {
                    listed = true;
                    break;
                }
                if (part.begin < at || part.begin - at > 24 || p == claim.parts.front()) continue;
                listed = text::words(model.prose.substr(at, part.begin - at)).size() <= 3;
                break;
            }
            untold_other = untold_other || !listed;
        }
        // ("the remaining 182", "the rest, 40": the last part told as the rest, its figure in the list)
        std::string residual_blanked = without_asides(lower).first;
        for (std::string_view const word : {"remaining", "rest", "remainder"}) {
            std::size_t const at = residual_blanked.find(word);
            if (at == std::string::npos || claim.parts.size() < 2) continue;
            mention const& last_part = mentions[claim.parts.back()];
            // (positions in the unbracketed text match the sentence's only before any aside)
            std::size_t const absolute = s.begin + at;
            if (absolute < last_part.begin && last_part.begin - absolute <= 16 &&
                lower.compare(at, word.size(), word) == 0)
                std::fill(residual_blanked.begin() + static_cast<std::ptrdiff_t>(at),
                          residual_blanked.begin() + static_cast<std::ptrdiff_t>(at + word.size()), ' ');
        }
        // ("for a total of 297,000 bales among the four": among the parts, as many as the list holds)
        for (std::size_t at = residual_blanked.find("among the "); at != std::string::npos;
             at = residual_blanked.find("among the ", at + 1)) {
            std::optional<int> const n =
                text::spelled_count(text::first_word(std::string_view(residual_blanked).substr(at + 10)));
            if (n && *n >= 2 && static_cast<std::size_t>(*n) == claim.parts.size())
                std::fill(residual_blanked.begin() + static_cast<std::ptrdiff_t>(at),
                          residual_blanked.begin() + static_cast<std::ptrdiff_t>(at + 5), ' ');
        }
        // (nor a part's own hedge: "some 23,456 on Sunday")
        for (std::size_t const p : claim.parts) {
            mention const& part = mentions[p];
            std::size_t const at = part.begin - s.begin;
            if (!part.hedge.empty() && part.begin >= s.begin && at + 4 <= residual_blanked.size() &&
                residual_blanked.compare(at, 4, "some") == 0)
                std::fill(residual_blanked.begin() + static_cast<std::ptrdiff_t>(at),
                          residual_blanked.begin() + static_cast<std::ptrdiff_t>(at + 4), ' ');
        }
        // (not in an aside about one part: "Rs 99,623 crore (including Rs 37,826 crore collected on
        // imports)" tells what that part holds)
        std::string const& unbracketed = residual_blanked;
        claim.open_ended = claim.open_ended || plus_outside || untold_other ||
                           text::contains_any_word(unbracketed, {"including", "include", "includes", "included", "rest",
                                                                 "remainder", "among", "such", "mainly", "mostly",
                                                                 "largely", "partly", "some", "several", "remaining"});
        // (a subtotal of the parts before it, told as such: "Vinyl (43 million units) and CDs (37 million)
        // together sold 80 million units, with cassettes adding 436,000 for a total of about 80.4 million")
        {
            double sum_low = 0, sum_high = 0; // (the sum of the parts before the i-th)
            for (std::size_t i = 0; i < claim.parts.size(); ++i) {
                mention const& m = mentions[claim.parts[i]];
                if (i >= 2 && m.range->low <= sum_high && m.range->high >= sum_low &&
                    text::contains_any_word(before(m, 32),
                                            {"together", "combined", "both", "jointly", "total", "subtotal"})) {
                    claim.parts.erase(claim.parts.begin() + static_cast<std::ptrdiff_t>(i));
                    break;
                }
                sum_low += m.range->low;
                sum_high += m.range->high;
            }
        }
        // (a figure of the total's unit earlier in the sentence, a change's new value among them, that
        // the list's joints left out, and with which the parts make the total: "Wheat exports fell to
        // 1.9 million tonnes from 1.6 million, while corn shipments were 2.2 million tonnes and barley
        // 0.2 million, for a total of 4.3 million tonnes")
        {
            double low = 0, high = 0;
            for (std::size_t const p : claim.parts) {
                low += mentions[p].range->low;
                high += mentions[p].range->high;
            }
            bool earlier = false;
            for (std::size_t p = first; p < claim.parts.front(); ++p) {
                mention const& m = mentions[p];
                // (or a change's amount: "Health spending will rise by $22.6 billion, while schools get $2.3
                // billion and defence $2.9 billion, a total of $27.8 billion")
                bool const new_value = m.parent && mentions[*m.parent].kind == mention_kind::change &&
                                       (mentions[*m.parent].to == p || mentions[*m.parent].amount == p);
                if ((!top_level(m) && !(new_value && has_value(m))) || m.kind != total.kind || m.is_range ||
                    !m.per.empty() || m.unit != mentions[claim.parts.front()].unit)
                    continue;
                low += m.range->low;
                high += m.range->high;
                earlier = true;
            }
            if (earlier && low <= total.range->high && high >= total.range->low) continue;
            // (a total of a clause of its own, set against the list or added to it: "724 deaths and pedestrians for
            // 385, while a total of 262 deaths involved a drink-driver", "3,110 drivers for drink-driving and 1,002
            // for drugs, and a total of 1,028 were under 25")
            {
                mention const& closing = mentions[claim.parts.back()];
                if (closing.end < total.begin) {
                    std::string const joint = text::lower(model.prose.substr(closing.end, total.begin - closing.end));
                    if (joint.find(", while ") != std::string::npos || joint.find(", but ") != std::string::npos ||
                        joint.find(", whereas ") != std::string::npos || joint.find(", although ") != std::string::npos)
                        continue;
                    // (after ", and" only with a verb of its own: not "30,000 buses in Germany and 70,000 in France,
                    // and a total of 90,000 in Europe")
                    if (joint.find(", and ") != std::string::npos) {
                        std::size_t const to = std::min(s.end, total.end + 32);
                        std::string const follow_text =
                            text::lower(model.prose.substr(total.end, to > total.end ? to - total.end : 0));
                        auto const follow = text::words(follow_text);
                        bool verb = false;
                        for (std::size_t w = 0; w < follow.size() && w < 3 && !verb; ++w)
                            verb = text::contains_any_word(follow[w], {"were", "was", "are", "is", "had", "have", "has",
                                                                       "involved", "died", "came", "went"});
                        if (verb) continue;
                    }
                }
            }
            // (a part counted more than once, a count before its size: "two 212-room hotels and a 98-room inn, a
            // total of 522 rooms", "two $1.6 billion ships", "Twin 150-room towers")
            if (std::any_of(claim.parts.begin(), claim.parts.end(), [&](std::size_t p) {
                    mention const& part = mentions[p];
                    std::size_t const from = part.begin >= s.begin + 24 ? part.begin - 24 : s.begin;
                    std::string const lead = text::lower(model.prose.substr(from, part.begin - from));
                    auto const words = text::words(lead);
                    // (not a label's number: "Phase one costs $2 million and phase two $5 million")
                    return lead.ends_with(' ') && !words.empty() &&
                           text::contains_any_word(words.back(),
                                                   {"two", "three", "four", "five", "six", "seven", "eight", "nine",
                                                    "ten", "twin", "both", "dozen", "pair"}) &&
                           (words.size() < 2 ||
                            !text::contains_any_word(words[words.size() - 2],
                                                     {"phase",   "stage",    "unit",    "part",  "round",    "tranche",
                                                      "year",    "lot",      "class",   "tier",  "option",   "line",
                                                      "level",   "floor",    "section", "step",  "season",   "block",
                                                      "group",   "game",     "race",    "day",   "week",     "month",
                                                      "chapter", "episode",  "plan",    "route", "terminal", "number",
                                                      "no",      "division", "league"}));
                }))
                continue;
            // (what the parts have, after "with", and a smaller total a verb does to some of it: "Growers with 20
            // and 35 hectares of vines will pull up a total of 40 hectares", "Two plants with 2.6 million and 1.9
            // million hectolitres of capacity will take a total of 1.9 million")
            mention const& opening = mentions[claim.parts.front()];
            if (low > total.range->high && opening.begin >= s.begin + 5) {
                std::string const lead =
                    text::lower(model.prose.substr(opening.begin >= s.begin + 24 ? opening.begin - 24 : s.begin,
                                                   opening.begin >= s.begin + 24 ? 24 : opening.begin - s.begin));
                bool const with = lead.ends_with(" with ") && !lead.ends_with("compared with ") &&
                                  !lead.ends_with("along with ") && !lead.ends_with("together with ");
                if (with || lead.ends_with(" capacities of ") || lead.ends_with(" sizes of ") ||
                    lead.ends_with(" areas of "))
                    continue;
                // (or a verb of taking some between the parts and the total: "Sites in Burton (2.6 million
                // hectolitres) and Northampton (1.9 million hectolitres) will gain a total of 1.9 million")
                mention const& closing = mentions[claim.parts.back()];
                if (closing.end < total.begin &&
                    text::contains_any_word(text::lower(model.prose.substr(closing.end, total.begin - closing.end)),
                                            {"gain", "gains", "take", "takes", "lose", "loses", "cut", "cuts", "pull",
                                             "shed", "sheds", "transfer", "move", "shift", "absorb", "absorbs",
                                             "receive", "receives"}))
                    continue;
            }
        }
        model.totals.push_back(std::move(claim));
    }
    add_colon_totals(model, s, first, last);
    add_together_totals(model, s, first, last);
    add_differences(model, s, first, last);
    add_differences_told_after(model, s, first, last);
    add_yearly_restatements(model, s, first, last);
    add_rate_restatements(model, s, first, last);
}

/// Whether answers of `dimension` are one question's only with one object (support, approval, a plan for a
/// rate: "raise rates" and "hold them"; not a sex, an age, a rating, full or part time).
constexpr bool needs_object(int dimension) { return dimension < 8 || dimension == 14; }

/// An answer's place on one question's scale, from its first words: the dimension (support, approval,
/// yes or no, satisfaction, better or worse, right or wrong track, sex, over or under an age, a
/// rating) and the value on it. Answers of one dimension with different values exclude each other.
struct answer_value {
    int dimension = 0; ///< 0: none found
    int value = 0;
    std::string rest; ///< the words after the one that placed it ("of the president", "it")
};

answer_value value_of_answer(std::string const& lower) {
    struct scale_word {
        std::string_view word;
        int dimension;
        int value;
    };
    // (14: a plan for a price or a rate, "61% expected to raise rates, 37% expected to hold them and 12% planned
    // cuts"; a third answer of the sexes' scale: "Of those counted, 60% were men, 30% were women and 10% were
    // nonbinary")
    static constexpr std::array<scale_word, 58> scale{{
        {"supported", 1, 1},    {"support", 1, 1},      {"supports", 1, 1},       {"backed", 1, 1},
        {"back", 1, 1},         {"backs", 1, 1},        {"favoured", 1, 1},       {"favored", 1, 1},
        {"favour", 1, 1},       {"favor", 1, 1},        {"opposed", 1, -1},       {"oppose", 1, -1},
        {"opposes", 1, -1},     {"against", 1, -1},     {"rejected", 1, -1},      {"reject", 1, -1},
        {"approve", 2, 1},      {"approved", 2, 1},     {"approves", 2, 1},       {"disapprove", 2, -1},
        {"disapproved", 2, -1}, {"disapproves", 2, -1}, {"agree", 3, 1},          {"agreed", 3, 1},
        {"agrees", 3, 1},       {"disagree", 3, -1},    {"disagreed", 3, -1},     {"disagrees", 3, -1},
        {"yes", 4, 1},          {"no", 4, -1},          {"satisfied", 5, 1},      {"dissatisfied", 5, -1},
        {"better", 6, 1},       {"worse", 6, -1},       {"right", 7, 1},          {"wrong", 7, -1},
        {"men", 8, 1},          {"women", 8, -1},       {"male", 8, 1},           {"female", 8, -1},
        {"over", 9, 1},         {"under", 9, -1},       {"older", 9, 1},          {"younger", 9, -1},
        {"excellent", 10, 2},   {"good", 10, 1},        {"fair", 10, 0},          {"poor", 10, -1},
        {"favourable", 11, 1},  {"favorable", 11, 1},   {"unfavourable", 11, -1}, {"unfavorable", 11, -1},
        {"raise", 14, 1},       {"hold", 14, 0},        {"cut", 14, -1},          {"cuts", 14, -1},
        {"nonbinary", 8, 0},    {"non-binary", 8, 0},
    }};
    auto const words = text::words(lower);
    // ("57% said they drove full time and 43% part time": full and part time, one question's answers)
    for (std::size_t w = 0; w + 1 < words.size() && w < 8; ++w)
        if ((words[w] == "full" || words[w] == "part") && words[w + 1] == "time")
            return {13, words[w] == "full" ? 1 : -1, {}};
    for (std::size_t w = 0; w < words.size() && w < 8; ++w)
        for (auto const& s : scale)
            if (words[w] == s.word) {
                answer_value a{s.dimension, s.value, {}};
                for (std::size_t r = w + 1; r < words.size(); ++r) {
                    if (words[r] == "while" || words[r] == "whereas" || words[r] == "but" || words[r] == "and") break;
                    a.rest += std::string(words[r]) + " ";
                }
                return a;
            }
    // "said they paid more than they used" and "said they did not": what they said, and its denial
    // (the answer up to its comma or its joint)
    std::string_view answer = lower;
    for (std::string_view const stop : {",", " and ", " while ", " but ", ";"})
        answer = answer.substr(0, answer.find(stop));
    auto said = text::words(answer);
    // (after the share's whole: "68 per cent of respondents said they")
    if (said.size() >= 3 && said[0] == "of") {
        std::size_t k = 1;
        while (k < said.size() && k < 4 && !text::contains_any_word(said[k], {"said", "say", "says"})) ++k;
        said.erase(said.begin(), said.begin() + static_cast<std::ptrdiff_t>(std::min(k, said.size())));
    }
    if (said.size() >= 3 && text::contains_any_word(said[0], {"said", "say", "says"}) &&
        text::contains_any_word(said[1], {"they", "it", "he", "she", "we"})) {
        bool const denied =
            said.size() <= 5 &&
            (said.back() == "not" || (said.back() == "t" && said.size() >= 2 && said[said.size() - 2].ends_with('n')));
        // (what was said, to tell it from another thing said: "said they owned a car")
        std::string what;
        for (std::size_t k = 2; !denied && k < said.size() && k < 6; ++k) what += std::string(said[k]) + " ";
        return {12, denied ? -1 : 1, what};
    }
    return {};
}

/// The answers of one question among the shares `found` of a sentence, or none: shares add up to at
/// most 100 only when they answer one question with exclusive answers. A poll's sentence also
/// reports a subgroup ("including 70% of those under 30", "; among Republicans, 45% did", "; of
/// those, 60% backed the challenger", "and 60% of them supported it") and answers to separate
/// questions ("72% said they owned a car and 64% said they owned a bicycle", "62% were women and
/// 48% were over 50", "..., while 51% said the country was on the wrong track"). The shares kept run
/// from the first to a subgroup or a semicolon (or "while", "but": unless the answer after it is
/// the opposite of one before: "47% approve, while 49% disapprove"), and count only when they are
/// told apart as exclusive answers: a residual answer ("undecided", "no opinion", "unsure", "don't
/// know", "the rest"), opposite answers to one question ("supported the plan" and "opposed it",
/// "yes" and "no", "were women" and "were men"; not "disapprove of Congress" and "approve of the
/// Supreme Court"), different names after one verb of choice ("backed Ms. Lee", "backed Mr. Park",
/// "would vote for Lee"), or one subject told twice ("said prices were too high", "said they were
/// fair"). Answers given for different years ("backed Biden in 2020 and ... Trump in 2024") are not
/// one question.
std::vector<std::size_t> exclusive_answers(claim_model const& model, sentence const& s,
                                           std::vector<std::size_t> const& found) {
    auto const& mentions = *model.mentions;
    if (found.size() < 2) return {};
    // the words after each share, to the next share or the sentence's end
    auto const answer_text = [&](std::size_t k) {
        std::size_t const end = k + 1 < found.size() ? mentions[found[k + 1]].begin : s.end;
        std::size_t const begin = mentions[found[k]].end;
        return text::lower(model.prose.substr(begin, end > begin ? end - begin : 0));
    };
    // two answers of one question with different values: one question's object, or none after the
    // second ("approve of the president, while 49% disapprove"), or a pronoun for it
    auto const first_words = [](std::string const& rest) {
        auto const w = text::words(rest);
        std::string out;
        // (eight words: "of his handling of the economy" and "of his handling of tariffs" differ)
        for (std::size_t i = 0; i < w.size() && i < 8; ++i) out += std::string(w[i]) + " ";
        return out;
    };
    auto const pronoun = [](std::string r) {
        // ("disapproved of him", "disagreed with it")
        if (r.starts_with("of ") || r.starts_with("with ")) r.erase(0, r.find(' ') + 1);
        return r.empty() || r.starts_with("it ") || r.starts_with("them ") || r.starts_with("him ") ||
               r.starts_with("her ") || r.starts_with("so ") || r.starts_with("one ");
    };
    auto const opposite = [&](answer_value const& a, answer_value const& b) {
        if (a.dimension == 0 || a.dimension != b.dimension || a.value == b.value) return false;
        std::string const x = first_words(a.rest), y = first_words(b.rest);
        // (a sex, an age or a rating needs no common object)
        return !needs_object(a.dimension) || x == y || pronoun(x) || pronoun(y);
    };
    // a residual answer
    auto const residual_answer = [](std::string const& a) {
        auto const w = text::words(a);
        bool const first_words_residual =
            !w.empty() && ((w[0] == "were" || w[0] == "was" || w[0] == "are" || w[0] == "remained" || w[0] == "said") &&
                           w.size() >= 2 && text::contains_any_word(w[1], {"undecided", "unsure", "neutral"}));
        // (a residual phrase ends the answer: "7% did not know", not "did not know how to limit it")
        auto const ends_with_phrase = [&](std::string_view phrase) {
            std::size_t const at = a.find(phrase);
            if (at == std::string::npos) return false;
            return text::words(std::string_view(a).substr(at + phrase.size())).size() <= 1;
        };
        bool const residual =
            ends_with_phrase("no opinion") || ends_with_phrase("no view") || ends_with_phrase("no views") ||
            ends_with_phrase("no preference") || ends_with_phrase("not sure") || ends_with_phrase("don't know") ||
            ends_with_phrase("did not know") || ends_with_phrase("didn't know") || ends_with_phrase("something else") ||
            ends_with_phrase("the same") || ends_with_phrase("neither") || ends_with_phrase("refused") ||
            ends_with_phrase("undecided") || ends_with_phrase("no answer") || ends_with_phrase("did not answer") ||
            ends_with_phrase("declined to answer") || ends_with_phrase("declined to say") ||
            ends_with_phrase("refused to answer") || ends_with_phrase("refused to say") ||
            ends_with_phrase("would not say") || ends_with_phrase("unsure") ||
            (w.size() >= 2 && w[0] == "the" && w[1] == "rest");
        return first_words_residual || residual;
    };
    std::vector<std::size_t> kept{found.front()};
    std::vector<answer_value> values{value_of_answer(answer_text(0))};
    for (std::size_t k = 1; k < found.size(); ++k) {
        mention const& previous = mentions[found[k - 1]];
        mention const& share = mentions[found[k]];
        std::string const between = text::lower(model.prose.substr(previous.end, share.begin - previous.end));
        std::string const after = answer_text(k);
        answer_value const v = value_of_answer(after);
        auto const words_after = text::words(after);
        bool const subgroup = between.find(';') != std::string::npos ||
                              text::contains_any_word(between, {"among", "including", "latter", "whom", "compared"}) ||
                              between.find("of those") != std::string::npos ||
                              between.find("of them") != std::string::npos ||
                              between.find("of these") != std::string::npos ||
                              (words_after.size() >= 2 && words_after[0] == "of" &&
                               text::contains_any_word(words_after[1], {"them", "those", "these", "whom"}));
        // ("and 40% backed both": the answers before overlap, no one choice)
        if (!words_after.empty() && words_after.size() <= 4 && text::contains_any_word(words_after.back(), {"both"}))
            return {};
        if (subgroup) break;
        // ("71% said Florida rates would fall and 64% said Texas rates would rise": a proposition about another
        // subject, its noun the same, another question)
        std::string const before_answer = answer_text(k - 1);
        auto const before_words = text::words(before_answer);
        {
            auto const proposition = [](std::vector<std::string_view> const& w) {
                std::size_t n = 0;
                if (n < w.size() && text::contains_any_word(w[n], {"said", "say", "says", "expected", "expect",
                                                                   "thought", "think", "believed", "believe"}))
                    ++n;
                if (n < w.size() && w[n] == "that") ++n;
                // (a name, its noun, then a modal: "florida rates would")
                auto const modal = [](std::string_view x) {
                    return text::contains_any_word(
                        x, {"would", "will", "should", "could", "might", "to", "are", "were", "is", "was"});
                };
                if (n + 2 < w.size() && modal(w[n + 2])) return std::pair{w[n], w[n + 1]};
                // ("prices in Florida would fall")
                if (n + 3 < w.size() && w[n + 1] == "in" && modal(w[n + 3])) return std::pair{w[n + 2], w[n]};
                return std::pair{std::string_view(), std::string_view()};
            };
            auto const [name_before, noun_before] = proposition(before_words);
            auto const [name_here, noun_here] = proposition(words_after);
            if (!noun_before.empty() && noun_before == noun_here && name_before != name_here) break;
        }
        // (", and in the race for the House seat, 50% backed ...", ", and on a separate proposal, 58%
        // ...": another question, named before its answers)
        if (std::size_t const joint = between.find(", and "); joint != std::string::npos) {
            auto const topic = text::words(std::string_view(between).substr(joint + 6));
            if (topic.size() >= 3 && text::contains_any_word(topic[0], {"in", "on", "for", "asked", "when"})) break;
        }
        // (the words after the last comma: "32% said they had tried one but stopped, and the remaining
        // 37%" has its "but" inside the answer before)
        std::size_t const last_comma = between.rfind(',');
        std::string_view const joint = last_comma == std::string::npos
                                           ? std::string_view(between)
                                           : std::string_view(between).substr(last_comma + 1);
        if (text::contains_any_word(joint, {"while", "whereas", "but"})) {
            bool against = std::any_of(values.begin(), values.end(),
                                       [&](answer_value const& earlier) { return opposite(earlier, v); });
            // ("55% preferred Lee while 50% preferred Park": one verb of choice, another name)
            if (!against && !before_words.empty() && !words_after.empty() && before_words[0] == words_after[0] &&
                text::contains_any_word(words_after[0], {"backed", "supported", "favoured", "favored", "preferred",
                                                         "chose", "picked", "voted"}) &&
                words_after.size() >= 2 && before_words.size() >= 2 && words_after[1] != before_words[1])
                against = true;
            // ("34% said yes and 61% said no, while 8% were unsure": a residual answer is the question's)
            if (!against && residual_answer(after)) against = true;

            if (!against) break;
        }
        kept.push_back(found[k]);
        values.push_back(v);
    }
    if (kept.size() < 2) return {};
    std::vector<std::string> answers;
    for (std::size_t k = 0; k < kept.size(); ++k) answers.push_back(answer_text(k));
    // Whether one will vote is another question than whom for: beside a residual answer ("71% said
    // they would vote, while 39% were undecided on whom to back") an answer of turnout is not one of
    // the standings ("would vote for Lee" is).
    if (std::any_of(answers.begin(), answers.end(), residual_answer)) {
        // ("would vote", "would vote in the election", "would vote for the first time", "would cast a
        // ballot", "would go to the polls"; not "would vote Labour", "would vote for Lee", "would vote to
        // leave", "would vote in favour")
        auto const turnout = [](std::string const& a) {
            if (a.find("cast a ballot") != std::string::npos || a.find("go to the polls") != std::string::npos ||
                a.find("turn out") != std::string::npos)
                return true;
            auto const w = text::words(a);
            for (std::size_t i = 1; i < w.size(); ++i) {
                if ((w[i] != "vote" && w[i] != "votes") || !text::contains_any_word(w[i - 1], {"would", "will", "to"}))
                    continue;
                if (i + 1 == w.size()) return true;
                std::string_view const next = w[i + 1];
                if (next == "for")
                    return i + 2 < w.size() && (w[i + 2] == "certain" || w[i + 2] == "sure" ||
                                                (w[i + 2] == "the" && i + 3 < w.size() && w[i + 3] == "first"));
                if (next == "in") return !(i + 2 < w.size() && (w[i + 2] == "favour" || w[i + 2] == "favor"));
                return text::contains_any_word(next, {"by", "early", "at", "on", "again", "this", "next", "if", "when",
                                                      "and", "but", "while", "whereas"});
            }
            return false;
        };
        for (std::size_t k = kept.size(); k-- > 0;)
            if (turnout(answers[k]) && !residual_answer(answers[k])) {
                kept.erase(kept.begin() + static_cast<std::ptrdiff_t>(k));
                values.erase(values.begin() + static_cast<std::ptrdiff_t>(k));
                answers.erase(answers.begin() + static_cast<std::ptrdiff_t>(k));
            }
        if (kept.size() < 2) return {};
    }
    // "40% had cut heating, 35% had cut car use and 30% had done neither": answers to two questions of
    // yes and no, which one household may both answer yes ("done both", "had neither")
    // (or after the verb every answer repeats, a question of its own each, of things rather than names: "60%
    // backed higher taxes, 50% backed conscription and 15% backed neither"; not "48% backed Lee, 45% backed Park
    // and 12% backed neither", nor "46% backed Rivera, 41% Okafor and 13% neither", one question's answers)
    auto const every_answer_opens_with = [&](std::string_view verb) {
        for (std::size_t k = 0; k < answers.size(); ++k) {
            if (text::first_word(answers[k]) != verb) return false;
            auto const own = text::words(model.prose.substr(mentions[kept[k]].end, answers[k].size()));
            if (own.size() >= 2 && !text::iequals(own[1], "neither") && !text::is_lower(own[1].front())) return false;
        }
        return true;
    };
    for (auto const& a : answers) {
        auto const w = text::words(a);
        for (std::size_t k = 1; k < w.size(); ++k)
            if ((w[k] == "neither" || w[k] == "both") &&
                (text::contains_any_word(w[k - 1], {"done", "did", "do", "does", "had", "have", "has"}) ||
                 (k == 1 && every_answer_opens_with(w[0]))))
                return {};
    }
    // answers for different years are answers to different questions
    {
        std::vector<std::string> years;
        for (auto const& a : answers)
            for (auto const w : text::words(a))
                if (w.size() == 4 && std::all_of(w.begin(), w.end(), text::is_digit) && (w[0] == '1' || w[0] == '2'))
                    years.emplace_back(w);
        std::sort(years.begin(), years.end());
        if (std::unique(years.begin(), years.end()) - years.begin() > 1) return {};
    }
    // answers for different months are different polls ("48% supported the plan in March and 55%
    // supported it in May")
    {
        std::vector<int> months;
        for (auto const& a : answers) {
            auto const words = text::words(a);
            for (std::size_t k = 0; k < words.size(); ++k)
                // ("may" only after "in": "55% may back it")
                if (int const month = calendar::month_number(words[k]);
                    month != 0 && (words[k] != "may" || (k > 0 && words[k - 1] == "in")))
                    months.push_back(month);
        }
        std::sort(months.begin(), months.end());
        if (std::unique(months.begin(), months.end()) - months.begin() > 1) return {};
    }
    // answers to another question or another round: "41% backed Reform when asked a second question",
    // "60% backed Lee in the first round and 55% backed Park in the run-off", "64% backed Rayner as
    // deputy", "their second choice"
    {
        std::vector<std::string_view> rounds;
        for (auto const& a : answers) {
            for (std::string_view const marker : {"when asked", "if asked", "asked separately", "second question",
                                                  "separate question", "another question", "as deputy", "second choice",
                                                  "second preference", "first choice", "first preference"})
                if (a.find(marker) != std::string::npos) return {};
            // (rounds only when two answers name different ones: "52% backed Lee and 53% backed Park in
            // the second round" is one question)
            for (std::string_view const round : {"first round", "second round", "run-off", "runoff", "final round"})
                if (a.find(round) != std::string::npos) rounds.push_back(round);
        }
        std::sort(rounds.begin(), rounds.end());
        if (std::unique(rounds.begin(), rounds.end()) - rounds.begin() > 1) return {};
    }
    // "41% said ..., 32% said ... and the remaining 37% said ...": the last share is the rest of the
    // whole, so all of them answer one question
    {
        mention const& last_share = mentions[kept.back()];
        mention const& before_last = mentions[kept[kept.size() - 2]];
        std::string const lead = text::lower(model.prose.substr(before_last.end, last_share.begin - before_last.end));
        if (lead.ends_with(" the remaining ") || lead.ends_with(" the other ") || lead.ends_with(" the final ") ||
            lead.ends_with(" the last "))
            return kept;
    }
    // Opposite answers to one question: they, and the residual answers, are its answers; an answer of
    // another kind is another question's ("44% approved, 49% disapproved and 58% said the state was
    // headed in the wrong direction").
    for (std::size_t i = 0; i < values.size(); ++i)
        for (std::size_t j = i + 1; j < values.size(); ++j)
            if (opposite(values[i], values[j])) {
                std::vector<std::size_t> one;
                // (the pair's object: "backed the housing bond" and "opposed it")
                std::string const object =
                    pronoun(first_words(values[i].rest)) ? first_words(values[j].rest) : first_words(values[i].rest);
                for (std::size_t k = 0; k < kept.size(); ++k)
                    // (of what is said, only the thing said and its denial: not "52% said they trusted
                    // the government, 48% said they did not and 40% said they trusted the media")
                    // (nor support of another object: "52% backed the housing bond and 41% opposed it,
                    // while 60% supported rent control")
                    if ((values[k].dimension == values[i].dimension &&
                         (values[k].dimension != 12 || values[k].rest.empty() || values[k].rest == values[i].rest ||
                          values[k].rest == values[j].rest) &&
                         (!needs_object(values[k].dimension) || k == i || k == j || pronoun(object) ||
                          pronoun(first_words(values[k].rest)) || first_words(values[k].rest) == object)) ||
                        residual_answer(answers[k]))
                        one.push_back(kept[k]);
                return one.size() >= 2 ? one : std::vector<std::size_t>{};
            }
    if (std::any_of(answers.begin(), answers.end(), residual_answer)) {
        // An answer with a verb of its own beside answers that share one ("49% backed Rivera, 44%
        // backed Okafor and 7% were undecided, and 45% said they were certain to vote") is another
        // question's: the question is the shared verb's answers, the names alone ("41% Okafor") and
        // the residual ones.
        std::vector<std::string> heads;
        for (std::size_t k = 0; k < kept.size(); ++k) {
            std::size_t const begin = mentions[kept[k]].end;
            std::size_t const end = k + 1 < kept.size() ? mentions[kept[k + 1]].begin : s.end;
            auto const words = text::words(model.prose.substr(begin, end - begin));
            // (a name alone has the verb of the answer before it: "46% backed Rivera, 41% Okafor")
            bool const verb = !words.empty() && words[0].front() >= 'a' && words[0].front() <= 'z';
            heads.push_back(verb ? text::lower(words[0]) : k > 0 ? heads[k - 1] : std::string());
        }
        std::string shared;
        for (std::size_t i = 0; i < kept.size() && shared.empty(); ++i)
            for (std::size_t j = i + 1; j < kept.size(); ++j)
                if (!heads[i].empty() && heads[i] == heads[j] && !residual_answer(answers[i]) &&
                    !residual_answer(answers[j])) {
                    shared = heads[i];
                    break;
                }
        if (shared.empty()) {
            // (a residual answer closes its question's list: an answer after it that is not residual is another
            // question's, "60% liked the film, 10% were undecided and 45% saw it in IMAX", "86% rated it positively,
            // 9% were neutral and 72% would recommend it")
            // (but not the other end of a scale an answer before it is on: "81% gave the film a positive score, 15%
            // were neutral and 14% were negative")
            std::vector<std::size_t> one;
            bool closed = false;
            for (std::size_t k = 0; k < kept.size(); ++k) {
                bool const residual = residual_answer(answers[k]);
                bool const scaled =
                    (values[k].dimension != 0 &&
                     std::any_of(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k),
                                 [&](answer_value const& v) { return v.dimension == values[k].dimension; })) ||
                    text::contains_any_word(answers[k],
                                            {"negative", "positive", "favourable", "favorable", "unfavourable",
                                             "unfavorable", "opposed", "disapproved", "disliked", "poor", "bad", "good",
                                             "satisfied", "dissatisfied", "negatively", "positively"});
                if (closed && !residual && !scaled) continue;
                one.push_back(kept[k]);
                closed = closed || residual;
            }
            return one.size() >= 2 ? one : std::vector<std::size_t>{};
        }
        // (the shared verb's objects are courses or measures, each its own question: "62% backed returning the
        // bronzes, 55% backed returning the marbles and 20% were undecided")
        {
            std::vector<std::string> objects;
            bool course = false;
            for (std::size_t k = 0; k < kept.size(); ++k) {
                if (heads[k] != shared || residual_answer(answers[k])) continue;
                auto const words = text::words(answers[k]);
                if (words.size() < 2) continue;
                std::string const object = text::lower(words[1]);
                course = course || (object.size() > 4 && object.ends_with("ing")) ||
                         text::contains_any_word(object, {"plan", "plans", "proposal", "proposals", "measure", "bill",
                                                          "policy", "scheme", "idea", "ban", "tax"});
                std::string phrase;
                for (std::size_t w = 1; w < words.size() && w < 5; ++w) phrase += std::string(words[w]) + ' ';
                objects.push_back(phrase);
            }
            std::sort(objects.begin(), objects.end());
            if (course && objects.size() >= 2 && std::adjacent_find(objects.begin(), objects.end()) == objects.end())
                return {};
        }
        std::vector<std::size_t> one;
        for (std::size_t k = 0; k < kept.size(); ++k)
            if (heads[k].empty() || heads[k] == shared || residual_answer(answers[k])) one.push_back(kept[k]);
        return one.size() >= 2 ? one : std::vector<std::size_t>{};
    }
    // different names after one verb of choice: "backed Ms. Lee", "favoured Smith", "would vote for Park"
    {
        std::vector<std::string> names;
        std::string verb;
        bool same_verb = true;
        bool no_name = false; // an answer's object is no name
        for (std::size_t k = 0; k < kept.size(); ++k) {
            std::size_t const begin = mentions[kept[k]].end;
            std::size_t const end = k + 1 < kept.size() ? mentions[kept[k + 1]].begin : s.end;
            auto const words = text::words(model.prose.substr(begin, end - begin));
            if (words.empty()) continue;
            // ("said they trusted the BBC": the verb after "said they" is the answer's)
            std::size_t head = 0;
            if (words.size() >= 3 && text::iequals(words[0], "said") &&
                text::contains_any_word(text::lower(words[1]), {"they", "he", "she", "we", "it"}))
                head = 2;
            std::string first = text::lower(words[head]);
            // (verbs of one choice in the past: "48% supported Lee, 45% backed Park")
            if (text::contains_any_word(first,
                                        {"backed", "supported", "favoured", "favored", "preferred", "chose", "picked"}))
                first = "backed";
            if (verb.empty()) verb = first;
            same_verb = same_verb && first == verb;
            for (std::size_t w = head + 1; w < words.size() && w < head + 7; ++w) {
                std::string_view const word = words[w];
                if (word.front() < 'A' || word.front() > 'Z') {
                    // (the object is a course or a plan, no name: "72% backed keeping the unit open",
                    // "backed the plan" answer another question than "backed Reform")
                    std::string const lower_word = text::lower(word);
                    if ((lower_word.ends_with("ing") && lower_word != "voting") ||
                        text::contains_any_word(lower_word, {"plan", "proposal", "measure", "policy", "idea", "scheme",
                                                             "motion", "bill", "deal", "decision"})) {
                        no_name = true;
                        break;
                    }
                    continue;
                }
                // ("Lee's plan": what is backed follows the name)
                {
                    auto const after = static_cast<std::size_t>(word.data() + word.size() - model.prose.data());
                    std::string_view const rest = model.prose.substr(after, std::min<std::size_t>(5, end - after));
                    if ((rest.starts_with("'s") && (rest.size() == 2 || !text::is_alpha(rest[2]))) ||
                        (rest.starts_with("\xE2\x80\x99s") && (rest.size() == 4 || !text::is_alpha(rest[4]))))
                        continue;
                }
                if (word == "Mr" || word == "Ms" || word == "Mrs" || word == "Dr" || word == "President" ||
                    word == "Senator" || word == "Governor" || calendar::is_month_name(text::lower(word)))
                    continue;
                // (a measure's name, no candidate: "supported the Charities Bill", "the Lottery Reform Act",
                // "Proposition 1"; backing one does not exclude backing another)
                for (std::size_t n = w; n < words.size() && n < w + 5 && !no_name; ++n) {
                    if (words[n].front() < 'A' || words[n].front() > 'Z') break;
                    no_name = text::contains_any_word(text::lower(words[n]),
                                                      {"bill", "act", "amendment", "proposition", "measure", "law",
                                                       "treaty", "directive", "referendum", "initiative", "bond"});
                }
                if (no_name) break;
                names.emplace_back(word);
                break;
            }
        }
        bool const choice = text::contains_any_word(
            verb, {"backed", "back", "backs", "supported", "support", "favoured", "favored", "favour", "favor",
                   "preferred", "prefer", "chose", "picked", "voted", "named", "said", "would", "will"});
        std::sort(names.begin(), names.end());
        auto const distinct = std::unique(names.begin(), names.end()) - names.begin();
        // (a name chosen twice is two questions: "45% backed Holt on the economy, 41% backed Pryor on the
        // NHS and 60% backed Holt on immigration")
        if (same_verb && choice && static_cast<std::size_t>(distinct) < names.size()) return {};
        if (same_verb && choice && no_name) return {};
        if (same_verb && choice && names.size() >= 2 && distinct >= 2) return kept;
    }
    // one subject told twice: "said prices were too high" and "said they were fair"
    for (std::size_t k = 0; k + 1 < answers.size(); ++k) {
        auto const x = text::words(answers[k]), y = text::words(answers[k + 1]);
        auto const subject_pronoun = [](std::string_view w) { return w == "they" || w == "it"; };
        auto const copula = [](std::string_view w) { return w == "were" || w == "was" || w == "is" || w == "are"; };
        if (x.size() >= 3 && y.size() >= 3 && x[0] == y[0] && !subject_pronoun(x[1]) && subject_pronoun(y[1]) &&
            copula(x[2]) && x[2] == y[2])
            return kept;
    }
    return {};
}

/// A poll's or a vote's standings, each share after the name it is for: "In the latest poll, Labour
/// is on 45%, the Conservatives on 38% and the Lib Dems on 22%", "A YouGov survey put Yes at 52%,
/// No at 44% and undecided at 9%", "Labour won 34% of the vote, the Conservatives 24% and Reform
/// 14%". The sentence names a poll, a survey or the vote (or opens with a whole whose shares a verb
/// says: "Of the 259 launches, SpaceX accounted for 62 percent, China 26 percent"); between two
/// shares there are only names
/// (words with a capital), "undecided" or "others", and the few words that join standings ("on",
/// "at", "with", "and", "is", "of the vote"); every share has a name of its own. A word of anything
/// else (a subgroup, "among", a change, a second poll) ends the standings.
/// Whether a lower-case word is a verb that tells a share of a whole: "Asia generated 30% of group sales",
/// "FanDuel held 43% of handle", "Mobile will account for 49% of revenue".
bool share_verb(std::string_view lower_word) {
    static constexpr std::array<std::string_view, 49> verbs{
        "accounted", "accounts", "held", "holds", "had", "has", "took", "takes", "generated", "generates", "captured",
        "controlled", "controls", "represented", "represents", "made", "makes", "commanded", "carried", "carries",
        "received", "receives", "won", "drew",
        // (after "will", "could")
        "account", "hold", "take", "generate", "make", "represent", "carry", "receive", "comprised", "comprises",
        "comprise", "captures", "wins",
        // ("Brazil supplied 70.4% of China's soybean imports, the United States 28.3% and others 5.3%")
        "supplied", "supplies", "supply", "provided", "provides", "provide", "contributed", "contributes", "contribute",
        // ("Founders own 65% of the company, investors 25% and employees 10%")
        "own", "owns", "owned"};
    return std::find(verbs.begin(), verbs.end(), lower_word) != verbs.end();
}

/// Whether lower-case sentence `lower` names a region and a country inside it (a continent or a part of one, as news
/// copy names them): "west africa" and "ivory coast", "latin america" and "brazil", "europe" and "germany".
bool names_nested_region(std::string_view lower) {
    struct member {
        std::string_view region;
        std::initializer_list<std::string_view> countries;
    };
    static std::array<member, 6> const members{{
        {"africa",
         {"ivory coast", "cote d'ivoire", "ghana", "nigeria", "cameroon", "kenya", "ethiopia", "egypt", "morocco",
          "uganda", "tanzania", "senegal", "algeria", "angola", "zambia"}},
        {"latin america",
         {"brazil", "mexico", "colombia", "argentina", "peru", "chile", "venezuela", "ecuador", "guatemala", "honduras",
          "costa rica", "bolivia"}},
        {"north america", {"united states", "canada", "mexico"}},
        {"europe",
         {"germany", "france", "italy", "spain", "britain", "united kingdom", "netherlands", "poland", "belgium",
          "sweden", "switzerland", "austria", "ireland", "portugal", "greece", "norway", "denmark", "finland"}},
        {"asia",
         {"china", "japan", "india", "vietnam", "indonesia", "south korea", "thailand", "malaysia", "philippines",
          "taiwan", "singapore", "pakistan", "bangladesh"}},
        {"middle east", {"saudi arabia", "iran", "iraq", "israel", "united arab emirates", "qatar", "kuwait"}},
    }};
    // (a phrase as words of its own: not "asia" in "eurasia"; nor, with `south_country` 0, "africa" in "south africa",
    // the country)
    auto const names = [&](std::string_view phrase, std::size_t south_country = std::string_view::npos) {
        for (std::size_t at = lower.find(phrase); at != std::string_view::npos; at = lower.find(phrase, at + 1)) {
            std::size_t const end = at + phrase.size();
            bool const own =
                (at == 0 || !text::is_alpha(lower[at - 1])) && (end >= lower.size() || !text::is_alpha(lower[end]));
            bool const country =
                south_country != std::string_view::npos && at >= 6 && lower.compare(at - 6, 6, "south ") == 0;
            if (own && !country) return true;
        }
        return false;
    };
    for (member const& m : members) {
        if (!names(m.region, m.region == "africa" ? 0 : std::string_view::npos)) continue;
        // (not a region told without the country: "Asia excluding Japan generated 30% ..., Japan 9%")
        std::string const without = std::string(m.region) + " excluding";
        std::string const outside = std::string(m.region) + " outside";
        if (lower.find(without) != std::string_view::npos || lower.find(outside) != std::string_view::npos ||
            lower.find("ex-" + std::string(m.region)) != std::string_view::npos)
            continue;
        for (std::string_view const c : m.countries)
            if (names(c)) return true;
    }
    return false;
}

void add_standings(claim_model& model, sentence const& s, std::size_t first, std::size_t last,
                   std::string const& lower) {
    auto const& mentions = *model.mentions;
    // (the verbs of a residual answer: "while 9% were undecided", "and 12% remain undecided")
    static constexpr std::array<std::string_view, 5> residual_verbs{"were", "are", "remain", "remained", "still"};
    auto const residual_verb = [](std::string_view lower_word) {
        return std::find(residual_verbs.begin(), residual_verbs.end(), lower_word) != residual_verbs.end();
    };
    std::size_t cue_at = std::string::npos, cue_size = 0;
    for (std::string_view const cue :
         {"opinion poll", "poll", "survey", "of the vote", "vote share", "likely voters", "registered voters"}) {
        if (auto const at = lower.find(cue); at != std::string::npos) {
            cue_at = at;
            cue_size = cue.size();
            break;
        }
    }
    // (or a whole the sentence opens with, and shares told of it: "Of the 259 launches, SpaceX
    // accounted for 62 percent, China 26 percent and others 15 percent")
    // (the verb with its "for": not "have a current account")
    // (or a verb of getting right before the first share: "Of the 1.14 million applications, Germany received 79%,
    // France 15% and Spain 14%")
    auto const got_share = [&] {
        for (std::string_view const verb : {" received ", " receives ", " took ", " takes ", " won ", " captured ",
                                            " held ", " holds ", " got ", " gets "})
            if (auto const at = lower.find(verb);
                at != std::string::npos && at + verb.size() < lower.size() && text::is_digit(lower[at + verb.size()]))
                return true;
        return false;
    };
    bool const of_whole =
        cue_at == std::string::npos && lower.starts_with("of ") &&
        (lower.find(" accounted for ") != std::string::npos || lower.find(" accounts for ") != std::string::npos ||
         text::contains_any_word(lower, {"represented", "represents", "comprised"}) || got_share());
    if (of_whole) {
        cue_at = 0;
        std::size_t comma = lower.find(',');
        while (comma != std::string::npos && comma + 1 < lower.size() && text::is_digit(lower[comma + 1]))
            comma = lower.find(',', comma + 1);
        cue_size = std::min(comma, lower.size());
    }
    // (or a first share told of a whole, the others after it with their verb left out: "Asia generated 30%
    // of group sales, the United States 34%, Europe 24% and other markets 13%", "FanDuel held 43% of
    // first-quarter handle, DraftKings 34% ...", "Vinyl accounted for 71% of physical revenue, CDs for 27%")
    std::optional<std::size_t> lead_share;
    std::string lead_name;
    bool lower_case_names = false; // the lead share's name, and so the others', a kind in lower case
    if (cue_at == std::string::npos) {
        std::size_t i0 = first;
        while (i0 < last && (mentions[i0].kind != mention_kind::percent || !top_level(mentions[i0]))) ++i0;
        if (i0 >= last) return;
        mention const& m0 = mentions[i0];
        if (m0.is_range || !m0.hedge.empty() || m0.begin < s.begin) return;
        std::size_t const at = m0.end - s.begin;
        if (lower.compare(at, 4, " of ") != 0) return;
        std::size_t const comma = lower.find(',', at);
        if (comma == std::string::npos || comma - at > 48 ||
            lower.substr(at, comma - at).find(';') != std::string::npos)
            return;
        // (not a measure against a norm or a limit, each of its own: "Kent had 120% of average rainfall, Devon 110%",
        // "of its normal rainfall")
        {
            auto const whole_words = text::words(std::string_view(lower).substr(at + 4, comma - at - 4));
            for (std::size_t k = 0; k < whole_words.size() && k < 3; ++k)
                if (text::contains_any_word(whole_words[k], {"average", "normal", "usual", "target", "typical",
                                                             "median", "mean", "norm", "limit"}))
                    return;
        }
        // (no figure in the whole's words but a year: "of physical revenue in 2023")
        for (std::size_t k = at; k < comma; ++k) {
            if (!text::is_digit(lower[k])) continue;
            std::size_t e = k;
            while (e < comma && text::is_digit(lower[e])) ++e;
            if (e - k != 4) return;
            k = e;
        }
        auto const lead_words = text::words(model.prose.substr(s.begin, m0.begin - s.begin));
        // (or the verb's participle after what the name is: "China was the largest market, accounting for 59% of
        // system sales, followed by South Korea with 19%")
        std::size_t participle_name = 0;
        if (lead_words.size() >= 4 && lead_words.size() <= 10 && text::is_upper(lead_words[0].front())) {
            std::size_t q = lead_words.size();
            if (text::iequals(lead_words[q - 1], "for")) --q;
            bool const participle =
                q >= 3 && text::contains_any_word(text::lower(lead_words[q - 1]),
                                                  {"accounting", "holding", "representing", "generating", "taking",
                                                   "capturing", "commanding", "controlling"});
            std::size_t const comma_at =
                static_cast<std::size_t>(lead_words[q - 1].data() - model.prose.data()) - s.begin;
            if (participle && comma_at >= 2 && lower.compare(comma_at - 2, 2, ", ") == 0)
                for (std::size_t k = 1; k < q - 1 && k <= 3; ++k)
                    if (text::contains_any_word(text::lower(lead_words[k]),
                                                {"was", "is", "remained", "remains", "became", "becomes"})) {
                        participle_name = k;
                        break;
                    }
        }
        if (lead_words.empty() || (lead_words.size() > 6 && participle_name == 0)) return;
        std::size_t v = lead_words.size();
        if (v >= 2 && text::iequals(lead_words[v - 1], "for")) --v;
        if (participle_name > 0) v = participle_name + 1; // (the verb's place: the name ends before it)
        // (an adverb between the auxiliary and the verb: "Health will therefore take 58% of the money")
        std::size_t adverb = lead_words.size();
        if (participle_name == 0 && v >= 3 &&
            text::contains_any_word(text::lower(lead_words[v - 2]), {"therefore", "thus", "then", "now", "also"}) &&
            text::contains_any_word(text::lower(lead_words[v - 3]), {"will", "would", "could", "should", "may"}))
            adverb = v - 2;
        // ("Solar made up 62% of new capacity": the verb before its particle)
        if (v >= 2 && text::iequals(lead_words[v - 1], "up") &&
            text::contains_any_word(text::lower(lead_words[v - 2]), {"made", "makes", "make"}))
            --v;
        std::string const verb = text::lower(lead_words[v - 1]);
        if (!share_verb(verb) && participle_name == 0) return;
        // (not a verb of a relative clause about the name: "Institutions, which own 72% of the shares, voted")
        if (v >= 2 && text::contains_any_word(text::lower(lead_words[v - 2]), {"which", "who", "that"})) return;
        // (not a share of several named after it: "The top two carriers held 63% of the market, GreenWing 44%
        // and Celtic Air 19%")
        for (std::size_t k = 0; k + 1 < v && participle_name == 0; ++k)
            if (text::contains_any_word(text::lower(lead_words[k]),
                                        {"top", "two", "three", "four", "five", "biggest", "largest", "both", "main",
                                         "leading", "combined", "together"}))
                return;
        // (the name's words end before the verb and its auxiliary: "Mobile will account for")
        std::size_t name_end = adverb < v ? adverb : v - 1;
        while (name_end > 0 &&
               text::contains_any_word(text::lower(lead_words[name_end - 1]),
                                       {"will", "would", "could", "should", "may", "might", "to", "expected", "is"}))
            --name_end;
        if (name_end == 0) return;
        // (the name: the words before the verb, one of them with a capital)
        for (std::size_t k = 0; k < name_end && lead_name.empty(); ++k)
            if (lead_words[k].front() >= 'A' && lead_words[k].front() <= 'Z') lead_name = text::lower(lead_words[k]);
        // (or a kind in lower case, the others after it told the same way: "Income tax accounted for 45% of
        // receipts, sales tax 30%", "Buses carried 55% of trips, trains 40% and ferries 10%"; its words
        // together, "flat products" then "long products")
        // (its capital only the sentence's own: "Income tax", "Buses")
        bool const opening_capital_only =
            std::none_of(lead_words.begin() + 1, lead_words.begin() + static_cast<std::ptrdiff_t>(name_end),
                         [](std::string_view w) { return w.front() >= 'A' && w.front() <= 'Z'; });
        bool const kinds = opening_capital_only && name_end <= 2;
        if (kinds) {
            lead_name = text::lower(lead_words[0]);
            for (std::size_t k = 1; k < name_end; ++k) lead_name += " " + text::lower(lead_words[k]);
        }
        lower_case_names = kinds;
        if (lead_name.empty()) return;
        lead_share = i0;
        cue_at = at;
        cue_size = comma - at;
    }
    if (cue_at == std::string::npos) return;
    // The standings end at a clause that turns to something else or names the source: ", while
    // 44% said a second referendum ...", ", according to final figures" (what follows is not read).
    // (but ", while 9% were undecided" is the residual answer, one of the standings)
    bool const residual_while = [&] {
        std::size_t const at = lower.find(", while ");
        if (at == std::string::npos) return false;
        // ("while all other operators combined accounted for the remaining 14%")
        if (lead_share) {
            std::string_view const clause = std::string_view(lower).substr(at + 8, 80);
            if (clause.find("remaining") != std::string_view::npos || clause.starts_with("other ") ||
                clause.starts_with("all other ") || clause.find(" rest ") != std::string_view::npos)
                return true;
        }
        std::size_t k = at + 8;
        std::size_t const digits = k;
        while (k < lower.size() && (text::is_digit(lower[k]) || lower[k] == '.')) ++k;
        if (k == digits) return false;
        auto const words = text::words(std::string_view(lower).substr(k, 40));
        std::size_t w = 0;
        if (w < words.size() && (words[w] == "per" || words[w] == "percent")) w += words[w] == "per" ? 2 : 1;
        while (w < words.size() && residual_verb(words[w])) ++w;
        return w < words.size() && (words[w] == "undecided" || words[w] == "unsure");
    }();
    std::size_t stop = lower.size();
    for (std::string_view const turn : {", while ", " while ", ", whereas ", "; ", ", according to ", ", but "})
        if (auto const at = lower.find(turn);
            at != std::string::npos && at < stop && !(residual_while && turn.find("while") != std::string_view::npos))
            stop = at;
    std::string_view const read = std::string_view(lower).substr(0, stop);
    // (subgroups and other rounds or polls: each share of another whole)
    // (the words of a lead share's whole are its own: "of asylum applicants in Austria last year")
    std::string outside_whole;
    if (lead_share && cue_at + cue_size <= read.size()) {
        outside_whole = std::string(read.substr(0, cue_at));
        outside_whole += read.substr(cue_at + cue_size);
    }
    std::string_view const read_outside = lead_share ? std::string_view(outside_whole) : read;
    for (std::string_view const other :
         {"among",  " of men", " of women",     "aged ",    "first round",  "second round", "run-off",
          "runoff", "while ",  "whereas",       "compared", "previous",     "last ",        "from ",
          "than",   "each",    "more than one", "multiple", "could choose", "could name",   "percentage points"})
        if ((read_outside.find(other) != std::string::npos || lower.find(other) < std::min(stop, cue_at)) &&
            !(residual_while && other == "while "))
            return;
    // (a change since the last poll said after a share: "Reform is on 41%, up two points, Labour on
    // 35%, down one, and the Conservatives on 28%, unchanged")
    auto joining = [](std::string_view w) {
        return text::contains_any_word(
            w, {"on", "at", "with", "and", "is", "are", "was", "were", "stood", "stands", "the", "of", "vote", "votes",
                "won", "took", "polled", "got", "secured", "put", "puts", "had", "has", "followed", "by", "support",
                "for", "up", "down", "unchanged", "steady", "point", "points", "one", "two", "three", "four", "five",
                // ("and the three other candidates 3.1 per cent between them")
                "candidates", "candidate", "parties", "independents", "remaining",
                // ("had the support of 46% of likely voters and Hargrove 45%")
                "likely", "registered", "voters", "while",
                // ("SpaceX accounted for 62 percent")
                "accounted", "accounts", "account", "represented", "represents", "comprised", "supplied", "provided",
                "contributed",
                // ("Of the 1.14 million applications, Germany received 79%, France 15% and Spain 14%")
                "received", "receives", "own", "owns", "holds", "held", "generated", "captured", "controls",
                "controlled"});
    };
    share_group group;
    std::vector<std::string> names;
    std::size_t from = of_whole ? s.begin + cue_size : s.begin;
    if (lead_share) {
        group.shares.push_back(*lead_share);
        names.push_back(lead_name);
        from = s.begin + cue_at + cue_size;
    }
    for (std::size_t i = first; i < last; ++i) {
        mention const& m = mentions[i];
        if (m.begin < from) continue;
        if (m.begin >= s.begin + stop) break;
        if (!is_quantity(m.kind)) continue;
        // (the change since the last poll, "up two points", and its amount: no share)
        if (m.kind == mention_kind::change && !m.from && !m.to) continue;
        if (m.parent && mentions[*m.parent].kind == mention_kind::change && !mentions[*m.parent].from &&
            !mentions[*m.parent].to)
            continue;
        if (m.kind == mention_kind::percentage_points ||
            (m.kind == mention_kind::number && m.unit.empty() && m.end - m.begin <= 5 && !group.shares.empty()))
            continue;
        // (a count in the name of the next share: "and the three other candidates 3.1 per cent")
        if (m.kind == mention_kind::number && !group.shares.empty() && i + 1 < last &&
            mentions[i + 1].kind == mention_kind::percent && mentions[i + 1].begin >= m.end &&
            mentions[i + 1].begin - m.end <= 8)
            continue;
        if (m.kind != mention_kind::percent || !top_level(m) || m.is_range || !m.hedge.empty()) return;
        // (a share of a share, in brackets after it or after "including": "Asia 21% (China 9%)", "Asia 21%,
        // including China with 9%,")
        // (the words between the last share and this one, and a lowered copy of them, word for word)
        auto gap = text::words(model.prose.substr(from, m.begin - from));
        std::string const gap_text = text::lower(model.prose.substr(from, m.begin - from));
        auto const gap_low = text::words(gap_text);
        if (lead_share && !group.shares.empty() &&
            (gap_text.find('(') != std::string::npos ||
             (!gap_low.empty() && text::contains_any_word(gap_low.front(), {"including", "includes"}))))
            return;
        // (or after "with", one share before and the rest no more than it: "Asia took 90% of the crude exports,
        // with Japan taking 30%, India 25% and China 20%"; not "Samsung led with 22%, with Apple at 19% and
        // Xiaomi 14%")
        if (lead_share && group.shares.size() == 1 && gap_low.size() >= 2 && gap_low.front() == "with" &&
            gap_text.starts_with(", with ")) {
            double rest = 0;
            for (std::size_t k = i; k < last && mentions[k].begin < s.begin + stop; ++k)
                if (mentions[k].kind == mention_kind::percent && top_level(mentions[k]) && mentions[k].value)
                    rest += *mentions[k].value;
            if (auto const head = mentions[group.shares.front()].value; head && rest <= *head) return;
        }
        if (!group.shares.empty()) {
            // (a share taken away is no part of a whole of 100: "Consumption accounted for 82.5% of growth,
            // investment 28.9%, and net exports subtracted 11.4%")
            // (anywhere after the first share: "..., while net exports subtracted the equivalent of 76%")
            if (group.shares.size() == 1) {
                std::string const rest_text = text::lower(model.prose.substr(from, s.end - from));
                auto const rest = text::words(rest_text);
                if (std::any_of(rest.begin(), rest.end(), [](std::string_view w) {
                        return text::contains_any_word(
                            w, {"subtracted", "subtracting", "subtract", "subtracts", "deducted", "dragged", "shaved"});
                    }))
                    return;
            }
            // (a share of another time set against it: "Forwards made up 55% of spending in 2023, against 50% in
            // 2022")
            if (std::any_of(gap_low.begin(), gap_low.end(), [](std::string_view w) {
                    return text::contains_any_word(w, {"against", "compared", "versus", "vs", "from", "than"});
                }))
                return;
            // (a share of a whole of its own named after it: "Exports made up 40% of output, and imports made up
            // 70% of demand")
            auto const whole_word = [&](mention const& x) {
                std::string const follow = text::lower(model.prose.substr(x.end, 40));
                if (!std::string_view(follow).starts_with(" of ")) return std::string();
                auto const w = text::words(std::string_view(follow).substr(4));
                std::size_t k = 0;
                while (k < w.size() && text::contains_any_word(w[k], {"the", "all", "its", "their", "total", "new"}))
                    ++k;
                return k < w.size() ? std::string(w[k]) : std::string();
            };
            if (std::string const own = whole_word(m);
                !own.empty() && own != whole_word(mentions[group.shares.front()]))
                return;
            // (or of its own place: "Delta had 72% of seats at Atlanta, United 45% at Newark")
            {
                std::string_view const follow = model.prose.substr(m.end, 5);
                if ((follow.starts_with(" at ") || follow.starts_with(" in ")) && follow.size() == 5 &&
                    text::is_upper(follow[4]))
                    return;
            }
            // (a share told with a verb of its own, of a whole left unsaid, may overlap the first: "Verstappen won
            // 86.4% of the races in 2023, and Red Bull won 95.5%", "Women won 48% of the medals, and European
            // athletes won 55%")
            // (not the rest, "while all other operators combined accounted for the remaining 14%")
            if (lead_share && std::any_of(gap_low.begin(), gap_low.end(), share_verb) &&
                std::none_of(gap_low.begin(), gap_low.end(), [](std::string_view w) {
                    return w == "remaining" || w == "rest" || w == "other" || w == "others" || w == "remainder";
                }))
                return;
            // (a share told anew, of its own whole: "Visa has 61% of credit volume, and its share of debit volume
            // is 70%")
            if (std::any_of(gap_low.begin(), gap_low.end(),
                            [](std::string_view w) { return w == "share" || w == "shares"; }))
                return;
            // (nor one of several told before, or one inside another: "Vietnam 17%, and the two together 54%",
            // "the top three combined 61%", "with Ivory Coast alone 14%")
            bool aggregate = false;
            for (std::size_t k = 0; k < gap_low.size(); ++k) {
                std::string_view const low = gap_low[k];
                // (not the rest told as a count: "and the three other candidates 3.1 per cent between them")
                bool const counted =
                    k > 0 && text::contains_any_word(gap_low[k - 1], {"the", "top", "all"}) &&
                    text::contains_any_word(low, {"two", "three", "four", "five", "six", "both"}) &&
                    !(k + 1 < gap_low.size() &&
                      text::contains_any_word(gap_low[k + 1], {"other", "others", "remaining", "minor"}));
                bool const other = k > 0 && text::contains_any_word(gap_low[k - 1], {"other", "others"});
                aggregate = aggregate || counted || low == "together" || low == "jointly" || low == "alone" ||
                            (low == "combined" && !other && !(k >= 2 && gap_low[k - 2] == "other"));
            }
            if (aggregate) {
                from = m.end;
                continue;
            }
        }
        // (the pieces of a word with letters outside ASCII are one word: "Québécois", "Féin")
        std::erase_if(gap, [&](std::string_view w) {
            return w.data() > model.prose.data() && static_cast<unsigned char>(w.data()[-1]) >= 0x80;
        });
        // the name: a word with a capital (or "undecided", "others") among words that join standings;
        // before the first share, the last such word of the sentence's lead
        std::string name;
        bool clean = true;
        bool const lead = group.shares.empty();
        bool after_other = false;
        bool proper_names = false;
        for (std::size_t k = 0; k < gap.size() && clean; ++k) {
            std::size_t const w = lead ? gap.size() - 1 - k : k;
            if (lead && k >= 6) break;
            std::string_view const word = gap[w];
            std::string const low = text::lower(word);
            bool const capital = word.front() >= 'A' && word.front() <= 'Z';
            // ("other markets", "all other operators combined": the rest, one residual share)
            if ((lead_share || of_whole) && after_other && !lead) {
                after_other = false;
                continue;
            }
            if (lead_share && !lead && (low == "all" || low == "combined" || low == "held" || low == "took")) continue;
            if (joining(low)) continue;
            after_other = low == "other";
            bool const kind = lower_case_names && !lead &&
                              std::all_of(low.begin(), low.end(), [](char c) { return text::is_lower(c); }) &&
                              low.size() > 2;
            // ("and the rest 5%", "the rest of the world 5%": the residual share, named)
            if (!lead && name.empty() && (low == "rest" || low == "remainder") && k >= 1 &&
                text::iequals(gap[w - 1], "the")) {
                name = "others";
                std::size_t j = w + 1;
                if (j + 2 < gap.size() + 1 && j < gap.size() && text::iequals(gap[j], "of")) {
                    while (j < gap.size() && (text::iequals(gap[j], "of") || text::iequals(gap[j], "the") ||
                                              text::iequals(gap[j], "world") || text::iequals(gap[j], "market") ||
                                              text::iequals(gap[j], "country") || text::iequals(gap[j], "industry")))
                        ++j;
                }
                k = j - 1;
                continue;
            }
            if (capital || kind || low == "undecided" || low == "others" || low == "other") {
                // (a kind's words together: "long products", after "flat products")
                name = kind && !name.empty() && !capital ? name + " " + low : low;
                if (lead) break;
                // (a proper name in the list, not an initialism: the lead's capital was a name's too, and a
                // kind in lower case after it another dimension: "Brazil accounted for 37% of world output,
                // Vietnam 17% and Colombia 7%, and arabica for 56%")
                // (an initialism's plural is no name: "CDs for 27%")
                std::string_view const stem =
                    word.size() > 2 && word.back() == 's' ? word.substr(0, word.size() - 1) : word;
                if (capital && std::any_of(stem.begin() + 1, stem.end(), [](char c) { return text::is_lower(c); }))
                    proper_names = true;
            } else {
                clean = false;
            }
        }
        // (or, after a list's first standings, the answer said after the share: "with 16% undecided",
        // "and 3% backing a Libertarian candidate")
        std::size_t named_end = m.end;
        if (clean && name.empty() && !lead) {
            auto after = text::words(model.prose.substr(m.end, std::min(s.end, s.begin + stop) - m.end));
            // ("9% were undecided", "9% remain undecided")
            std::size_t copula = 0;
            while (copula < after.size() && copula < 2 && residual_verb(text::lower(after[copula]))) ++copula;
            if (copula < after.size() && text::contains_any_word(text::lower(after[copula]), {"undecided", "unsure"})) {
                name = "undecided";
                named_end = static_cast<std::size_t>(after[copula].data() + after[copula].size() - model.prose.data());
            } else if (!after.empty() && text::contains_any_word(text::lower(after[0]), {"backing", "supporting"})) {
                // (a name right after the verb or after "a": "backing a Libertarian candidate", not
                // "supporting the Medicaid expansion", another question)
                for (std::size_t k = 1; k < after.size() && k <= 2 && name.empty(); ++k)
                    if (k == 2 && !(text::iequals(after[1], "a") || text::iequals(after[1], "an"))) {
                        break;
                    } else if (after[k].front() >= 'A' && after[k].front() <= 'Z') {
                        name = text::lower(after[k]);
                        named_end = static_cast<std::size_t>(after[k].data() + after[k].size() - model.prose.data());
                    }
            }
        }
        // (turnout is a share of the electorate, not of the votes: "Turnout was 64%, and Labour won 52% of
        // the vote and others 48%")
        if (clean && (name == "turnout" || name == "participation")) {
            from = m.end;
            continue;
        }
        if (!clean || name.empty() || std::find(names.begin(), names.end(), name) != names.end()) return;
        names.push_back(name);
        group.shares.push_back(i);
        from = named_end;
        if (proper_names) lower_case_names = false;
    }
    // the standings end the sentence (or the clause read), or only a few words follow them
    if (group.shares.size() < 2 || text::words(model.prose.substr(from, s.begin + stop - from)).size() > 4) return;
    // (the sexes are one dimension, and another kind beside them another: "Under-25s accounted for 58% of those
    // arrested, and men for 85%", "Men accounted for 72.5% of victims, women for 27.5% and stabbings for 41%")
    {
        auto const sex = [](std::string_view n) {
            return text::contains_any_word(n, {"men", "women", "males", "females", "boys", "girls", "male", "female"});
        };
        bool const sexes = std::any_of(names.begin(), names.end(), [&](std::string const& n) { return sex(n); });
        bool const other_kind = std::any_of(names.begin(), names.end(), [&](std::string const& n) {
            return !sex(n) && n != "others" && n != "other" && n != "undecided";
        });
        if (sexes && other_kind) return;
    }
    // (a region and a country inside it are nested wholes, not shares of one: "West Africa accounts for 70% of world
    // cocoa output, Ivory Coast 40%", "Latin America supplies 60% of world coffee exports, Brazil 41%")
    if (names_nested_region(lower)) return;
    // (a share and its breakdown, the rest adding up to the first: "International passengers made up 68% of the
    // total, with long-haul travellers accounting for 29% and European travellers for 39%")
    if (group.shares.size() >= 3 && [&] {
            mention const& a = mentions[group.shares[0]];
            mention const& b = mentions[group.shares[1]];
            std::string const lowered = text::lower(model.prose.substr(a.end, b.begin - a.end));
            auto const between = text::words(lowered);
            return std::any_of(between.begin(), between.end(), [](std::string_view w) {
                return w == "with" || w == "including" || w == "which" || w == "whom";
            });
        }()) {
        double rest = 0;
        for (std::size_t k = 1; k < group.shares.size(); ++k) rest += *mentions[group.shares[k]].value;
        if (std::abs(rest - *mentions[group.shares.front()].value) <= 0.5 * static_cast<double>(group.shares.size()))
            return;
    }
    group.whole_begin = s.begin + cue_at;
    group.whole_end = group.whole_begin + cue_size;
    model.shares.push_back(std::move(group));
}

/// Whether mention `m` is a share of a group already made (by add_shares or the functions after it).
bool in_share_group(claim_model const& model, std::size_t m) {
    return std::any_of(model.shares.begin(), model.shares.end(), [&](share_group const& g) {
        return std::find(g.shares.begin(), g.shares.end(), m) != g.shares.end();
    });
}

/// "Labour 2,104 (38.5%), SNP 1,962 (35.9%), Conservatives 693 (12.7%) and Greens 402 (17.4%)": counts in a list, each
/// with its share in brackets right after it, three or more, the shares in proportion to the counts but for one at most
/// (so they are shares of one whole, the counts' sum, not rates of change): a share group.
void add_bracketed_shares(claim_model& model, sentence const& s, std::size_t first, std::size_t last) {
    auto const& mentions = *model.mentions;
    // The count right before " (": a mention's value, or the digits of a count the extraction left to a name ("Alba 92
    // (1.7%)", read as the name's number); its first byte and value.
    auto const count_before = [&](std::size_t open) -> std::optional<std::pair<std::size_t, double>> {
        // (past the counted noun: "108,422 votes (47.2%)")
        std::size_t w = open;
        while (w > s.begin && text::is_alpha(model.prose[w - 1])) --w;
        if (w < open && w > s.begin + 1 && model.prose[w - 1] == ' ' && text::is_digit(model.prose[w - 2]))
            open = w - 1;
        std::size_t b = open;
        while (b > s.begin && (text::is_digit(model.prose[b - 1]) || model.prose[b - 1] == ',')) --b;
        if (b == open || !text::is_digit(model.prose[b]) || (b > s.begin && text::is_alpha(model.prose[b - 1])))
            return std::nullopt;
        std::string digits;
        for (std::size_t k = b; k < open; ++k)
            if (model.prose[k] != ',') digits += model.prose[k];
        if (digits.empty() || digits.size() > 12) return std::nullopt;
        // (not a year: "2015 (66%), 2017 (69%)")
        if (open - b == 4 && digits.size() == 4 && (digits.starts_with("19") || digits.starts_with("20")))
            return std::nullopt;
        return std::pair{b, std::stod(digits)};
    };
    struct item {
        std::size_t begin; // the count's first byte
        double count;
        std::size_t share; // the percentage's mention
    };
    std::vector<item> items;
    auto const flush = [&] {
        if (items.size() >= 3) {
            std::vector<double> ratios;
            ratios.reserve(items.size());
            for (item const& it : items) ratios.push_back(*mentions[it.share].value / it.count);
            std::vector<double> sorted = ratios;
            std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2),
                             sorted.end());
            double const median = sorted[sorted.size() / 2];
            std::size_t const near = static_cast<std::size_t>(std::count_if(
                ratios.begin(), ratios.end(), [&](double r) { return std::abs(r / median - 1) <= 0.05; }));
            bool const grouped = in_share_group(model, items.front().share);
            // (and the shares of the counts' sum, or of a larger whole with some left out: the common ratio times the
            // sum of the counts at most about 100; not pass rates, "Oxford 200 (95%), Cambridge 210 (96%)")
            double count_sum = 0;
            for (item const& it : items) count_sum += it.count;
            bool const of_sum = median * count_sum <= 102 && median * count_sum >= 50;
            if (median > 0 && near >= 2 && near + 1 >= items.size() && of_sum && !grouped) {
                share_group group;
                for (item const& it : items) group.shares.push_back(it.share);
                group.whole_begin = items.front().begin;
                group.whole_end = group.whole_begin;
                group.whole_said = "the sum of the counts beside them";
                model.shares.push_back(std::move(group));
            }
        }
        items.clear();
    };
    // (or each share set off after its count by ", or": "Services had 207 attacks, or 18%, health care 138, or 12%,
    // and all other sectors the remaining 805, or 80%")
    auto const set_off = [&](mention const& share) {
        return share.begin >= s.begin + 6 && model.prose.substr(share.begin - 5, 5) == ", or " &&
               (share.end >= s.end || model.prose[share.end] == ',' || model.prose[share.end] == '.' ||
                model.prose[share.end] == ';');
    };
    for (std::size_t i = first; i < last; ++i) {
        mention const& share = mentions[i];
        if (share.kind != mention_kind::percent || !top_level(share) || share.is_range || *share.value <= 0 ||
            share.begin < s.begin + 3 || !text::is_digit(model.prose[share.begin]))
            continue;
        bool const bracketed =
            share.end < s.end && model.prose[share.end] == ')' && model.prose.substr(share.begin - 2, 2) == " (";
        bool const or_form = !bracketed && set_off(share);
        if (!bracketed && !or_form) continue;
        auto const count = count_before(share.begin - (bracketed ? 2 : 5));
        if (!count || count->second <= 0) {
            flush();
            continue;
        }
        if (!items.empty()) {
            // (joined to the item before by a comma or "and" and a name of a few words, no figure)
            std::size_t const from = mentions[items.back().share].end + (bracketed ? 1 : 0);
            std::string const glue = text::lower(model.prose.substr(from, count->first - from));
            auto const words = text::words(glue);
            // (the items a list of names, no clause of its own: not ", while profit was")
            bool const joined = (glue.starts_with(", ") || glue.starts_with(" and ")) && words.size() <= 6 &&
                                glue.find_first_of("0123456789;:()") == std::string::npos &&
                                !text::contains_any_word(glue, {"while", "whereas", "was", "were", "is", "are", "but"});
            if (!joined) flush();
        }
        items.push_back({count->first, count->second, i});
    }
    flush();
}

/// "The state paid 30%, the city 45% and the region the remaining 25%": shares of one whole, the last of them what
/// is left of it ("the remaining", "the rest,", "the remainder,"), in a list with the shares before it (commas,
/// "and", "while", "with"; no other figure between). When the sentence names no whole, a share of one told in the
/// sentence before with a verb of holding ("Kazakhstan supplies 43% of the world's uranium. Canada accounts for 25%,
/// ... the remaining 22%") is the list's first. Shares already grouped are left alone.
void add_remaining_shares(claim_model& model, sentence const& s, std::size_t first, std::size_t last) {
    auto const& mentions = *model.mentions;
    auto const share = [&](std::size_t i) {
        mention const& m = mentions[i];
        return m.kind == mention_kind::percent && top_level(m) && !m.is_range;
    };
    for (std::size_t r = first; r < last; ++r) {
        if (!share(r)) continue;
        mention const& rest = mentions[r];
        std::size_t const lead_from = rest.begin >= s.begin + 16 ? rest.begin - 16 : s.begin;
        std::string const lead = text::lower(model.prose.substr(lead_from, rest.begin - lead_from));
        std::size_t cue = std::string::npos;
        for (std::string_view const c : {"the remaining ", "the rest, ", "the remainder, ", "the rest at "})
            if (lead.ends_with(c)) cue = rest.begin - c.size();
        if (cue == std::string::npos) continue;
        if (in_share_group(model, r)) return;
        // the list before it, back to the first share that is not joined to the next
        std::vector<std::size_t> list{r};
        bool whole_named = false; // a share of the list says what it is "of"
        std::size_t next = r;
        // (a share's own old value set off after it, passed over: "Supporters own 51% of the club, up from 25%, and
        // the remaining 59% is held by ...")
        constexpr std::size_t npos = std::string::npos;
        std::size_t own_base = npos; // (the change, or npos)
        for (std::size_t i = r; i-- > first;) {
            mention const& m = mentions[i];
            if (m.end > mentions[next].begin) continue; // (inside the next share)
            if (!share(i)) {
                std::size_t const owner = m.parent ? *m.parent : i;
                mention const& o = mentions[owner];
                if (own_base != npos && owner == own_base) continue;
                if (o.kind == mention_kind::change && !o.parent && own_base == npos && !o.amount && o.from && !o.to &&
                    (text::istarts_with(o.text, "up from ") || text::istarts_with(o.text, "down from ")) &&
                    mentions[*o.from].kind == mention_kind::percent && o.end <= mentions[next].begin) {
                    own_base = owner;
                    continue;
                }
                if (m.parent && mentions[*m.parent].end <= mentions[next].begin) break; // (a change between)
                if (!m.parent && m.kind != mention_kind::year && m.kind != mention_kind::period) break;
                continue;
            }
            std::string glue = text::lower(model.prose.substr(m.end, mentions[next].begin - m.end));
            if (own_base != npos) {
                mention const& base = mentions[own_base];
                if (base.begin < m.end + 2 || base.end > mentions[next].begin ||
                    model.prose.substr(base.begin - 2, 2) != ", ")
                    break;
                glue.erase(base.begin - m.end - 2, base.end - base.begin + 2);
                own_base = npos;
            }
            auto const words = text::words(glue);
            if (glue.find_first_of("0123456789():") != std::string::npos || words.size() > 10) break;
            if (glue.find(';') != std::string::npos && next != r) break;
            if (text::contains_any_word(glue, {"compared", "than", "from", "against", "versus", "vs", "rose", "fell",
                                               "increase", "decrease", "which", "whom", "whose", "including", "among",
                                               "but", "whereas", "respectively", "if"}))
                break;
            if (glue.find(',') == std::string::npos && !text::contains_any_word(glue, {"and", "while", "with"})) break;
            // (a whole the shares are of, "Of the 60% that is public, the state holds 30%": no share)
            std::size_t const back = m.begin >= s.begin + 7 ? m.begin - 7 : s.begin;
            if (text::lower(model.prose.substr(back, m.begin - back)).ends_with("of the ")) break;
            if (glue.starts_with(" of ")) whole_named = true;
            list.insert(list.begin(), i);
            next = i;
        }
        // (a share and its breakdown, the rest adding up to the first: "Exports account for 65% of sales, with
        // Germany taking 40% and Austria and Italy the remaining 25%")
        if (list.size() >= 3) {
            double low = 0, high = 0;
            for (std::size_t k = 1; k < list.size(); ++k) {
                low += mentions[list[k]].range->low;
                high += mentions[list[k]].range->high;
            }
            mention const& head = mentions[list.front()];
            if (low <= head.range->high && high >= head.range->low) return;
        }
        // (each share's own "of" names the whole: "30% of the cost"; a whole named only in the sentence before)
        std::size_t const here = mentions[first].sentence;
        // (only where the sentence's own shares fall short of the whole and the sentence names no other whole of its
        // own before them: not "Acme holds 20% of the US market. In Europe, Rival has 60%, Beta 30% and smaller firms
        // the remaining 10%.")
        double own_high = 0;
        for (std::size_t const k : list) own_high += mentions[k].range->high;
        std::string const opening = text::lower(model.prose.substr(s.begin, std::min<std::size_t>(8, s.end - s.begin)));
        bool own_whole = opening.starts_with("in ") || opening.starts_with("among ") || opening.starts_with("for ") ||
                         opening.starts_with("at ") || opening.starts_with("within ") || opening.starts_with("of ");
        // (a time the sentence opens with is no whole: "In 2023, Canada accounted for 25%, ...")
        for (std::size_t k = first; own_whole && k < last && mentions[k].begin < mentions[list.front()].begin; ++k)
            if (dated_time(mentions[k]) || mentions[k].kind == mention_kind::relative_time) own_whole = false;
        if (!whole_named && own_high < 100 && !own_whole && here >= 1 && model.sentences &&
            (*model.sentences)[here - 1].paragraph == s.paragraph) {
            std::optional<std::size_t> lead_share;
            std::size_t shares_before = 0;
            for (std::size_t p = first; p > 0 && mentions[p - 1].sentence == here - 1; --p)
                if (share(p - 1)) {
                    ++shares_before;
                    lead_share = p - 1;
                }
            if (shares_before == 1) {
                mention const& m = mentions[*lead_share];
                sentence const& t = (*model.sentences)[here - 1];
                std::string const after =
                    text::lower(model.prose.substr(m.end, std::min<std::size_t>(4, t.end - m.end)));
                std::string const lead_text = text::lower(model.prose.substr(t.begin, m.begin - t.begin));
                auto const lead_words = text::words(lead_text);
                std::size_t v = lead_words.size();
                if (v >= 2 && lead_words[v - 1] == "for") --v;
                if (after == " of " && v >= 2 && v <= 6 && share_verb(lead_words[v - 1]))
                    list.insert(list.begin(), *lead_share);
            }
        }
        if (list.size() < 2) return;
        share_group group;
        group.shares = std::move(list);
        group.whole_begin = cue;
        group.whole_end = rest.begin;
        model.shares.push_back(std::move(group));
        return;
    }
}

void add_shares(claim_model& model, sentence const& s, std::size_t first, std::size_t last) {
    auto const& mentions = *model.mentions;
    std::size_t percentages = 0;
    for (std::size_t i = first; i < last; ++i)
        if (mentions[i].kind == mention_kind::percent && !mentions[i].parent) ++percentages;
    if (percentages < 2) return; // a share group needs two shares
    std::string const lower = text::lower(model.prose.substr(s.begin, s.end - s.begin));
    // The whole: "Of voters polled, ...", "... of those surveyed", "respondents".
    std::size_t whole_begin = s.begin, whole_end = s.begin;
    if (lower.starts_with("of ")) {
        // (to the first comma that is no thousands separator: "Of the 1,012 adults polled, ...")
        std::size_t comma = lower.find(',');
        while (comma != std::string::npos && comma + 1 < lower.size() && text::is_digit(lower[comma + 1]))
            comma = lower.find(',', comma + 1);
        whole_end = s.begin + std::min(comma, lower.size());
    } else {
        bool found = false;
        for (std::string_view const cue :
             {"of those ", "respondents", " polled", " surveyed", " questioned", " interviewed", "survey of ",
              "poll of ", "asked how", "asked whether", "asked if", " likely voters", " registered voters",
              "in the poll,", "in a poll,", "in the survey,", "in a survey,"}) {
            if (auto const at = lower.find(cue); at != std::string::npos) {
                whole_begin = s.begin + at;
                whole_end = whole_begin + cue.size();
                found = true;
                break;
            }
        }
        if (!found) {
            add_standings(model, s, first, last, lower);
            return;
        }
    }
    // Several answers allowed: shares need not add up to 100.
    for (std::string_view const cue :
         {"more than one", "multiple", "could choose", "could name", "could pick", "could give", "could select",
          "at least one", "each of", "could keep several", "several answers", "several responses", "all that apply",
          // ("named Spain and 52% named Italy among their top three destinations", "as a best-selling
          // destination", "chose Spain at least once in the past five years")
          "top two", "top three", "top four", "top five", "top 3", "top 5", "top 10", "top ten", "among their",
          "among the", " as a ", " as an ", "at least once", "one of their", "one of the"})
        if (lower.find(cue) != std::string::npos) return;
    // ... or a preference of each over one alternative: "64% preferred Spain to France and 52% preferred Italy
    // to France"
    for (std::string_view const verb : {"preferred ", "prefer ", "prefers ", "favoured ", "favored "}) {
        std::size_t const at = lower.find(verb);
        if (at == std::string::npos) continue;
        std::size_t const to = lower.find(" to ", at + verb.size());
        if (to != std::string::npos && to < lower.find('%', at) &&
            lower.find(std::string(text::first_word(std::string_view(lower).substr(to + 4))), to + 4 + 1) !=
                std::string::npos)
            return;
    }
    // ... or answers about each of several things, none excluding another: "62% said they would keep Netflix and
    // 48% said they would keep Disney+"
    for (std::string_view const verb : {" keep ", " cancel ", " drop ", " use ", " subscribe to ", " own "}) {
        std::size_t const at = lower.find(verb);
        if (at != std::string::npos && lower.find(verb, at + 1) != std::string::npos) return;
    }
    static constexpr std::array<std::string_view, 74> verbs{
        "cited",      "cite",       "mentioned",   "said",     "say",      "says",      "backed",    "back",
        "backs",      "supported",  "support",     "supports", "favoured", "favored",   "favour",    "favor",
        "opposed",    "oppose",     "were",        "was",      "are",      "is",        "had",       "have",
        "did",        "do",         "would",       "will",     "wanted",   "want",      "chose",     "preferred",
        "prefer",     "thought",    "think",       "believe",  "believed", "named",     "picked",    "voted",
        "approved",   "approve",    "disapproved", "rated",    "agreed",   "agree",     "disagreed", "disagree",
        "disapprove", "expect",     "expected",    "planned",  "felt",     "feel",      "saw",       "gave",
        "trust",      "trusted",    "liked",       "disliked", "answered", "responded", "remain",    "remained",
        "undecided",  "identified", "supports",    "opposes",  "favors",   "favours",   "approves",  "prefers",
        "wants",      "refused"};
    share_group group;
    std::vector<std::string> answer_verbs; // the first word of each answer
    for (std::size_t i = first; i < last; ++i) {
        mention const& m = mentions[i];
        if (m.kind != mention_kind::percent || !top_level(m) || m.is_range) continue;
        auto const rest = text::words(model.prose.substr(m.end, s.end - m.end));
        if (rest.empty()) continue;
        std::string const next = text::lower(rest.front());
        // ("48% backed", "48% of them said", "59% of likely voters said")
        bool answer = std::find(verbs.begin(), verbs.end(), next) != verbs.end() ||
                      (next == "of" && rest.size() > 1 &&
                       text::contains_any_word(text::lower(rest[1]), {"them", "those", "respondents", "voters"}));
        if (!answer && next == "of" && rest.size() > 3) {
            std::string const group_words = text::lower(std::string(rest[1]) + " " + std::string(rest[2]));
            bool const voters = group_words == "likely voters" || group_words == "registered voters" ||
                                group_words == "all respondents" || group_words == "all adults";
            answer = voters && std::find(verbs.begin(), verbs.end(), text::lower(rest[3])) != verbs.end();
        }
        // ("46% backed Rivera, 41% Okafor and 13% neither": a name or a residual answer after an
        // answer, its verb left out)
        // (in a list: a comma or "and" before the share, a verb of choice in the answer before)
        bool elided = false;
        if (!answer && !group.shares.empty() && !answer_verbs.empty() &&
            text::contains_any_word(answer_verbs.back(), {"backed", "supported", "favoured", "favored", "preferred",
                                                          "chose", "picked", "voted", "would", "were", "was"})) {
            auto const lead = text::words(
                model.prose.substr(mentions[group.shares.back()].end, m.begin - mentions[group.shares.back()].end));
            std::size_t b = m.begin;
            while (b > s.begin && model.prose[b - 1] == ' ') --b;
            bool const listed =
                (b > s.begin && model.prose[b - 1] == ',') || (!lead.empty() && text::iequals(lead.back(), "and"));
            bool const name = rest.front().front() >= 'A' && rest.front().front() <= 'Z' &&
                              !calendar::is_month_name(next) &&
                              !text::contains_any_word(next, {"i", "in", "the", "a", "an", "of", "on", "at"});
            answer = elided =
                // ("89.4% were in favour and 10.6% against": the other side of a vote)
                listed && (name || text::contains_any_word(next, {"neither", "none", "unsure", "other", "others"}) ||
                           (next == "against" && lower.find("in favo") != std::string::npos));
        }
        // ("57% said they drove full time and 43% part time": the other side of the answer before, its verb left
        // out)
        if (!answer && !group.shares.empty() && !answer_verbs.empty() && rest.size() > 1 &&
            (next == "part" || next == "full") && text::iequals(rest[1], "time")) {
            std::size_t const before_end = mentions[group.shares.back()].end;
            std::string const before = text::lower(model.prose.substr(before_end, m.begin - before_end));
            std::string_view const other = next == "part" ? "full time" : "part time";
            std::size_t b = m.begin;
            while (b > s.begin && model.prose[b - 1] == ' ') --b;
            bool const listed = (b > s.begin && model.prose[b - 1] == ',') || before.ends_with(" and ");
            answer = elided = listed && (before.find(other) != std::string::npos ||
                                         before.find(std::string(other.substr(0, 4)) + "-time") != std::string::npos);
        }
        if (answer) {
            group.shares.push_back(i);
            // (the answer's verb, with the word after a copula or "said": "said yes", "were satisfied")
            // ("voted yes", "voted no": a side of one question, which no whole takes twice)
            bool const two =
                rest.size() > 1 && (next == "said" || next == "say" || next == "says" || next == "were" ||
                                    next == "was" || next == "are" || next == "is" || next == "would" ||
                                    (next == "voted" && text::contains_any_word(text::lower(rest[1]), {"yes", "no"})));
            answer_verbs.push_back(elided ? answer_verbs.back() : two ? next + " " + text::lower(rest[1]) : next);
        }
    }
    // Answers about different things, each named after "for": "55% supported dynamic pricing for premium
    // seats and 60% opposed it for general admission" (two questions)
    if (group.shares.size() >= 2) {
        std::vector<std::string> objects;
        for (std::size_t k = 0; k < group.shares.size(); ++k) {
            mention const& m = mentions[group.shares[k]];
            std::size_t const end = k + 1 < group.shares.size() ? mentions[group.shares[k + 1]].begin : s.end;
            std::string const clause = text::lower(model.prose.substr(m.end, end - m.end));
            std::size_t const at = clause.find(" for ");
            if (at == std::string::npos) continue;
            // (not the choice itself: "would vote for Lee", "opted for Park")
            auto const lead = text::words(std::string_view(clause).substr(0, at));
            if (!lead.empty() && text::contains_any_word(lead.back(), {"vote", "voted", "voting", "opted", "opt"}))
                continue;
            if (at + 5 < clause.size() && model.prose[m.end + at + 5] >= 'A' && model.prose[m.end + at + 5] <= 'Z')
                continue;
            auto const words = text::words(std::string_view(clause).substr(at + 5));
            std::string object;
            for (std::size_t w = 0; w < words.size() && w < 2; ++w) object += std::string(words[w]) + ' ';
            if (!object.empty()) objects.push_back(object);
        }
        std::sort(objects.begin(), objects.end());
        if (objects.size() >= 2 && std::adjacent_find(objects.begin(), objects.end()) == objects.end()) return;
    }
    // Two questions told alike: "37% approved of his handling of the economy and 59% disapproved,
    // while 30% approved of his handling of the cost of living and 67% disapproved" is two wholes:
    // the answers' verbs repeat in the same order (a run of two or more; "48% backed Lee, 45% backed
    // Park" is one question).
    std::size_t run = 0;
    for (std::size_t k = 1; k < answer_verbs.size() && run == 0; ++k)
        if (answer_verbs[k] == answer_verbs[0]) run = k;
    bool const repeated = run >= 2 && [&] {
        for (std::size_t k = run; k < answer_verbs.size(); ++k)
            if (answer_verbs[k] != answer_verbs[k % run]) return false;
        return true;
    }();
    // An answer of two sides said twice starts another question: "44% approved of his performance,
    // 51% disapproved, and on the economy 53% disapproved" (one whole cannot disapprove twice).
    std::size_t second_question = answer_verbs.size();
    if (!repeated) {
        auto const polar = [](std::string const& verb) {
            return text::contains_any_word(verb, {"approved", "approve", "approves", "disapproved", "disapprove",
                                                  "agreed", "agree", "disagreed", "disagree", "opposed", "oppose",
                                                  "yes", "no", "satisfied", "dissatisfied"});
        };
        for (std::size_t k = 1; k < answer_verbs.size() && second_question == answer_verbs.size(); ++k)
            if (polar(answer_verbs[k]) &&
                std::find(answer_verbs.begin(), answer_verbs.begin() + static_cast<std::ptrdiff_t>(k),
                          answer_verbs[k]) != answer_verbs.begin() + static_cast<std::ptrdiff_t>(k))
                second_question = k;
    }
    // Answers that already make a whole, then one told with another verb, answer another question: "91% gave the
    // film a positive score, 5% were neutral and 4% were negative, and 78% said they would recommend it".
    if (!repeated) {
        double sum = 0;
        for (std::size_t k = 0; k < group.shares.size() && k < second_question; ++k) {
            if (k >= 2 && sum >= 99.5 && sum <= 100.5 &&
                std::find(answer_verbs.begin(), answer_verbs.begin() + static_cast<std::ptrdiff_t>(k),
                          answer_verbs[k]) == answer_verbs.begin() + static_cast<std::ptrdiff_t>(k)) {
                second_question = k;
                break;
            }
            sum += mentions[group.shares[k]].value.value_or(0);
        }
    }
    // Answers to other questions told in one sentence: a choice asked again of one candidate ("57%
    // backed Lee against Park and 65% backed her against Cho"), a race or round named for each answer
    // ("77% backed Trump in the primary and 85% backed him against Biden", "in a two-way race ... in a
    // three-way race", "to stay ... as his replacement"), another race after "while" or "whereas".
    if (group.shares.size() >= 2 && !repeated) {
        std::size_t qualified = 0;
        std::set<std::string> qualifiers;
        for (std::size_t k = 0; k < group.shares.size(); ++k) {
            mention const& m = mentions[group.shares[k]];
            std::size_t const end = k + 1 < group.shares.size() ? mentions[group.shares[k + 1]].begin : s.end;
            std::string const answer = text::lower(model.prose.substr(m.end, end - m.end));
            if (k > 0) {
                mention const& previous = mentions[group.shares[k - 1]];
                std::string const between = text::lower(model.prose.substr(previous.end, m.begin - previous.end));
                // (a context named after the conjunction: "while in the Senate race"; not "57% approve,
                // while 49% disapprove")
                auto const joint = text::words(between);
                for (std::size_t w = 0; w + 1 < joint.size(); ++w)
                    if (text::contains_any_word(joint[w], {"while", "whereas"}) &&
                        text::contains_any_word(joint[w + 1], {"in", "among", "for"}))
                        second_question = std::min(second_question, k);
            }
            std::string const clause = answer.substr(0, answer.find_first_of(",;"));
            auto const words = text::words(clause);
            // (the verb, then its object: a pronoun names a candidate asked about again)
            // (answers of choosing a candidate only: "said they would vote to leave" is an answer itself)
            if (words.size() < 3 ||
                !text::contains_any_word(words[0], {"backed", "supported", "favoured", "favored", "preferred", "chose",
                                                    "picked", "named", "voted"}))
                continue;
            if (k > 0 && text::contains_any_word(words[1], {"him", "her", "them"}))
                second_question = std::min(second_question, k);
            for (std::size_t w = 2; w < words.size(); ++w)
                if (text::contains_any_word(words[w],
                                            {"against", "versus", "vs", "in", "at", "as", "to", "if", "over"})) {
                    ++qualified;
                    std::string qualifier;
                    for (std::size_t q = w; q < words.size() && q < w + 4 && words[q] != "and"; ++q)
                        qualifier += std::string(words[q]) + " ";
                    qualifiers.insert(qualifier);
                    break;
                }
        }
        if (qualified >= 2 && qualifiers.size() >= 2) return;
    }
    // ("In the poll, Ortega had 46% and Hargrove 45%, with 16% undecided", "Ortega had the support of
    // 46% of likely voters and Hargrove had 45%": each share after the name it is for, standings)
    if (group.shares.size() < 2) {
        add_standings(model, s, first, last, lower);
        return;
    }
    std::vector<std::size_t> const answers = std::move(group.shares);
    for (std::size_t from = 0; from < answers.size();
         from += repeated ? run : (from < second_question ? second_question : answers.size())) {
        std::size_t const to = repeated                 ? std::min(from + run, answers.size())
                               : from < second_question ? std::min(second_question, answers.size())
                                                        : answers.size();
        share_group part;
        part.whole_begin = whole_begin;
        part.whole_end = whole_end;
        part.shares = exclusive_answers(model, s,
                                        std::vector<std::size_t>(answers.begin() + static_cast<std::ptrdiff_t>(from),
                                                                 answers.begin() + static_cast<std::ptrdiff_t>(to)));
        if (part.shares.size() >= 2) model.shares.push_back(std::move(part));
    }
}

bool is_fraction(mention const& m) {
    if (m.kind != mention_kind::number || !has_value(m) || *m.value <= 0 || *m.value >= 1) return false;
    // "0.5" is a decimal; "half", "a third", "one in five", "1 in 5" are fractions.
    auto const point = m.text.find('.');
    return point == std::string::npos || point + 1 >= m.text.size() || !text::is_digit(m.text[point + 1]);
}

/// Whether the percentage restating a fraction is "of" another whole than the fraction: "a third of
/// revenue (40% of profit)" sets two shares side by side.
bool of_another_whole(std::string_view prose, mention const& fraction, mention const& percent) {
    auto const whole_after = [&](std::size_t at) -> std::string {
        std::string const next = text::lower(prose.substr(at, 32));
        auto const words = text::words(next);
        if (words.size() < 2 || words[0] != "of") return {};
        std::size_t w = 1;
        while (w + 1 < words.size() && (words[w] == "the" || words[w] == "its" || words[w] == "their" ||
                                        words[w] == "all" || words[w] == "a" || words[w] == "an"))
            ++w;
        return std::string(words[w]);
    };
    std::string const a = whole_after(fraction.end);
    std::string const b = whole_after(percent.end);
    return !a.empty() && !b.empty() && !same_noun(a, b) && b != "them" && b != "those" && b != "it";
}

/// Whether a percentage is of a larger whole named as such, other than the fraction's: "a quarter of
/// the loan book, or 15% of total assets", "of all lending", "of the entire workforce"; not "of the
/// total" alone nor a total of the fraction's own noun ("a fifth of board seats, or 45% of all seats").
bool of_a_total(std::string_view prose, mention const& fraction, mention const& percent) {
    // the phrases after the two figures, in lower case, up to the clause's next punctuation
    auto const phrase_after = [&](mention const& m) {
        std::string phrase = text::lower(prose.substr(m.end, 40));
        return phrase.substr(0, phrase.find_first_of(",;.()"));
    };
    std::string const after = phrase_after(percent);
    std::string const of_fraction = phrase_after(fraction);
    auto const words = text::words(after);
    std::size_t w = 0;
    if (w < words.size() && words[w] == "of")
        ++w;
    else
        return false;
    if (w < words.size() && (words[w] == "the" || words[w] == "its" || words[w] == "their")) ++w;
    // (a share of the economy is of another whole than any fraction's but the economy's own: "half of welfare
    // spending, or 4.6% of national income")
    auto const names_gdp = [](std::string_view lowered) {
        for (std::string_view const economy : {"gdp", "gross domestic product", "gross national", "national income",
                                               "economic output", "the economy", "taxable payroll"})
            if (lowered.find(economy) != std::string_view::npos) return true;
        return false;
    };
    if (w < words.size() && (words[w] == "gdp" || words[w] == "gross" || words[w] == "national" ||
                             words[w] == "economic" || words[w] == "economy" || words[w] == "taxable"))
        return names_gdp(after) && !names_gdp(of_fraction);
    // (a total named with its owner: "of the country's total foreign holdings")
    if (w + 2 < words.size() && words[w + 1] == "s" && words[w + 2] == "total") w += 2;
    if (!(w < words.size() && (words[w] == "total" || words[w] == "all" || words[w] == "overall" ||
                               words[w] == "entire" || words[w] == "whole" || words[w] == "combined")))
        return false;
    ++w;
    // the total's noun, up to two words before the clause goes on
    std::vector<std::string_view> nouns;
    for (; w < words.size() && nouns.size() < 2; ++w) {
        if (words[w] == "and" || words[w] == "or" || text::is_digit(words[w].front())) break;
        nouns.push_back(words[w]);
    }
    if (nouns.empty()) return false;
    auto const fraction_words = text::words(of_fraction);
    for (std::size_t f = 0; f < fraction_words.size() && f < 5; ++f)
        for (auto const n : nouns)
            if (n.size() > 2 && same_noun(n, fraction_words[f])) return false;
    return true;
}

/// Only ", or", "(", "or", "i.e." between two figures, after at most a short "of the members":
/// the second restates the first.
bool restates(std::string_view between, bool set_off = false) {
    std::string lower = text::lower(between);
    // (or by dashes: "Nearly one in four young people - 33% - is out of work", "people — 33% — are")
    if (set_off)
        for (std::string_view const dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", "\xE2\x80\x94"})
            if (lower.ends_with(dash) && lower.find_first_of(",;:()") == std::string::npos) {
                lower.replace(lower.size() - dash.size(), dash.size(), ", ");
                break;
            }
    // "About one in three pupils, 43%, said": the percentage set off by commas after the fraction and
    // its noun (one or two words)
    if (set_off && lower.ends_with(", ") && lower.find_first_of(";:()") == std::string::npos) {
        auto const head = text::words(std::string_view(lower).substr(0, lower.size() - 2));
        // (or "of" and what it is of: "A fifth of BNPL users, 25%, had borrowed money")
        bool plain = (head.size() <= 2 || (head.size() <= 4 && head.front() == "of")) &&
                     std::count(lower.begin(), lower.end(), ',') == 1;
        for (auto const w : head) plain = plain && !text::is_digit(w.front());
        if (plain) return true;
    }
    std::size_t cut = std::string::npos;
    for (std::string_view const joint : {", or ", " or ", "(", ", i.e. ", ", that is, "}) {
        auto const at = lower.rfind(joint);
        if (at != std::string::npos && (cut == std::string::npos || at > cut)) cut = at;
    }
    if (cut == std::string::npos) return false;
    // Before the joint: nothing, or what the fraction is of ("of the members") or where ("in the
    // state", "among adults").
    auto head = text::words(std::string_view(lower).substr(0, cut));
    // (a name before the noun counted, in capitals: "one in four Burger Barn transactions, or 35%")
    {
        auto const raw = text::words(between.substr(0, cut));
        std::size_t names = 0;
        while (names < raw.size() && names < 3 && raw[names].front() >= 'A' && raw[names].front() <= 'Z') ++names;
        if (names > 0 && names < head.size() && lower.starts_with(' '))
            head.erase(head.begin(), head.begin() + static_cast<std::ptrdiff_t>(names));
    }
    // (the plural noun after a noun used as an adjective, which the fraction took as its own: "One in four
    // crypto traders, or 40%", "one in five U.S. adults, or 20%")
    if (!head.empty() && head.front().size() > 3 && head.front().ends_with('s') && !head.front().ends_with("ss") &&
        text::is_alpha(head.front().front()) && lower.starts_with(' ') &&
        text::contains_any_word(head.front(), {"is", "was", "has", "does"}) == false)
        head.erase(head.begin());
    // (a participle and where: "one in five wafers made in China, or 35%", "sold abroad")
    if (head.size() >= 2 && head.size() <= 4 &&
        (text::contains_any_word(head.front(), {"made", "sold", "built", "bought", "grown", "held", "shipped"}) ||
         (head.front().size() > 4 && head.front().ends_with("ed"))) &&
        text::contains_any_word(head[1], {"in", "on", "at", "by", "from", "across", "abroad", "overseas"}))
        head.erase(head.begin());
    // (an adverb of where: "one in 69 people worldwide, or 1.5%", "one in 20 adults nationwide")
    if (!head.empty() && text::contains_any_word(head.front(), {"worldwide", "nationwide", "statewide", "countrywide",
                                                                "globally", "nationally", "overall", "here"}))
        head.erase(head.begin());
    // ("one in eight patients on the drug", "with diabetes", "from the north", "at the port": who it is of)
    bool const where = !head.empty() && (head.front() == "in" || head.front() == "among" || head.front() == "across" ||
                                         head.front() == "on" || head.front() == "with" || head.front() == "from" ||
                                         head.front() == "at");
    // ("under 25", "aged 18 to 24", "over 65": an age that names who the fraction is of)
    bool const aged = !head.empty() && head.size() <= 4 &&
                      (head.front() == "under" || head.front() == "over" || head.front() == "aged" ||
                       head.front() == "above" || head.front() == "below");
    // ("two in five pupils in Hartmoor's state schools, or 25 per cent": where, up to five words)
    if (!head.empty() && !aged && ((head.front() != "of" && !where) || head.size() > 5)) return false;
    for (auto const w : head)
        if (text::is_digit(w.front()) && !aged) return false;
    // After it: only the joint's words.
    for (auto const w : text::words(std::string_view(lower).substr(cut)))
        if (w != "or" && w != "i" && w != "e" && w != "that" && w != "is") return false;
    return true;
}

/// Whether the prose between two mentions is one of `phrases` (lower case, single spaces) with only
/// spaces, commas and line breaks around and between its words (", or ", " to ", ", to close at ").
bool only_words_between(std::string_view prose, mention const& before, mention const& after,
                        std::initializer_list<std::string_view> phrases) {
    if (after.begin < before.end || after.begin - before.end > 40) return false;
    std::string gap;
    bool space = false;
    for (char const c : prose.substr(before.end, after.begin - before.end)) {
        if (c == ' ' || c == ',' || c == '\n' || c == '\r' || c == '\t') {
            space = !gap.empty();
            continue;
        }
        if (space) gap += ' ';
        space = false;
        gap += (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
    }
    return std::find(phrases.begin(), phrases.end(), gap) != phrases.end();
}

void add_restated_changes(claim_model& model, std::size_t first, std::size_t last) {
    auto const& mentions = *model.mentions;
    // The next mention after `i` that is not a part of it, in the sentence.
    auto const next_top = [&](std::size_t i) -> std::optional<std::size_t> {
        for (std::size_t k = i + 1; k < last; ++k)
            if (mentions[k].begin >= mentions[i].end) return k;
        return std::nullopt;
    };
    for (std::size_t i = first; i < last; ++i) {
        mention const& c = mentions[i];
        if (c.kind != mention_kind::change || !c.amount || c.from || c.direction == 0) continue;
        // The percentage first, then the amount: "fell 8.5%, or $3,500, to $37,700"
        std::optional<std::size_t> amount_after;
        if (mentions[*c.amount].kind == mention_kind::percent && !c.to) {
            auto const q = next_top(i);
            if (!q || !only_words_between(model.prose, c, mentions[*q], {"or"})) continue;
            amount_after = *q;
        }
        mention const& amount = mentions[amount_after ? *amount_after : *c.amount];
        if ((amount.kind != mention_kind::number && amount.kind != mention_kind::money) || !has_value(amount) ||
            amount.is_range || !amount.hedge.empty() || *amount.value <= 0)
            continue;
        // (a fraction in words is a share of the old value, not an amount in its unit: "fell by a
        // fifth, or 20%, to 4,880 from 6,100")
        if (amount.kind == mention_kind::number && *amount.value < 1 &&
            amount.text.find_first_of("0123456789") == std::string::npos)
            continue;
        auto const p = amount_after ? c.amount : next_top(i);
        if (!p) continue;
        // "fell 1,200 to 8,800, a drop of 20%", "rose $5 million to $45 million, an increase of 25%": the
        // value reached first, then the amount restated as a change of its own in the same direction
        std::optional<std::size_t> t;
        std::size_t percent_at = *p;
        if (c.to) {
            mention const& again = mentions[*p];
            if (again.kind != mention_kind::change || !again.amount || again.from || again.to ||
                again.direction != c.direction || !only_words_between(model.prose, c, again, {""}))
                continue;
            // (not a change over a time of its own: "rose by 93,000 to 3,594,000, a rise of 36 pct
            // during the last 12 months")
            // (nor one with a base or a measure of its own: "a drop of 20% from its peak", "in real
            // terms", "compared with a decade ago": nothing may follow it in its clause)
            std::size_t const clause_end = model.prose.find_first_of(",;.", again.end);
            std::string_view const tail = model.prose.substr(
                again.end, (clause_end == std::string_view::npos ? model.prose.size() : clause_end) - again.end);
            if (tail.find_first_not_of(" \n") != std::string_view::npos) continue;
            percent_at = *again.amount;
            t = c.to;
        }
        mention const& percent = mentions[percent_at];
        if (percent.kind != mention_kind::percent || !has_value(percent) || percent.is_range ||
            !percent.hedge.empty() || *percent.value <= 0 ||
            (!c.to && !amount_after && !only_words_between(model.prose, c, percent, {"or"})))
            continue;
        if (!t) t = next_top(amount_after ? *amount_after : *p);
        if (!t) continue;
        // (both values after it, read as a change of their own: "climbed by 55p, or 18%, from £2.50 to £3.05" is
        // 55p and 18% of the £2.50)
        if (mention const& values = mentions[*t];
            !c.to && !amount_after && !c.from && values.kind == mention_kind::change && values.from && values.to &&
            !values.amount && !values.parent && (values.direction == 0 || values.direction == c.direction) &&
            text::istarts_with(model.prose.substr(values.begin, 5), "from "))
            t = values.from;
        mention const& to = mentions[*t];
        // (or the value it went from, the amount first: "The number of farms fell by 650, or 3.1%, from 48,350")
        bool const from_base =
            !c.to && !amount_after && !c.from &&
            // (or the old value named: "down $1,432, or 12.2%, from the record of $11,722")
            only_words_between(model.prose, percent, to,
                               {"from", "from the record of", "from a record", "from its record of", "from the peak of",
                                "from a peak of", "from its peak of", "from a high of", "from the high of",
                                "from a low of", "from the low of"}) &&
            (to.kind == mention_kind::number || to.kind == mention_kind::money) && has_value(to) && !to.is_range &&
            to.hedge.empty() && to.text.find_first_of("0123456789") != std::string::npos;
        // (the value reached in digits: not "at one point", a time)
        if ((to.kind != mention_kind::number && to.kind != mention_kind::money) || !has_value(to) || to.is_range ||
            !to.hedge.empty() || to.text.find_first_of("0123456789") == std::string::npos ||
            (!c.to && !from_base &&
             !only_words_between(model.prose, amount_after ? amount : percent, to,
                                 // (and the words that tell what the value is: "to a record 1.99 billion tonnes", "to a
                                 // total 196.2 billion dlrs", "to a seasonally adjusted 592.1 billion dlrs")
                                 {"to",
                                  "at",
                                  "to close at",
                                  "to end at",
                                  "to settle at",
                                  "to finish at",
                                  "closing at",
                                  "to a record",
                                  "to a new record",
                                  "to a record high of",
                                  "to a record low of",
                                  "to an all-time high of",
                                  "to an all-time low of",
                                  "to a high of",
                                  "to a low of",
                                  "to a total",
                                  "to a total of",
                                  "to a seasonally adjusted",
                                  "to an adjusted",
                                  "to an estimated"})))
            continue;
        // One measure: two sums of one currency (whether said in its units or its hundredths, the
        // values are in units), or two counts of one noun or none. Not a sum beside a bare figure
        // ("fell 2 cents, or 3 pct, to 64": 64 cents), nor sums per different things ("a share", "a
        // barrel": said of one of them, it is the other's too).
        if (amount.kind != to.kind || (amount.per != to.per && !amount.per.empty() && !to.per.empty())) continue;
        if (amount.kind == mention_kind::money && amount.unit != to.unit) continue;
        if (amount.kind == mention_kind::number && !amount.unit.empty() && !to.unit.empty() &&
            !same_noun(amount.unit, to.unit))
            continue;
        restated_change r;
        r.change = i;
        r.amount = amount_after ? *amount_after : *c.amount;
        r.percent = percent_at;
        r.to = *t;
        r.amount_value = *amount.range;
        r.to_value = *to.range;
        r.amount_stated = *amount.value;
        r.to_stated = *to.value;
        r.from_base = from_base;
        // "rose 1.2, or 8 pct, to 16.2 mln", "up 2 mln, or 5 pct, to 42": a bare figure smaller than
        // the other's number is on its scale; one of four digits or more is in units ("fell by
        // 550,000, or 0.44%, to 123.4 million", "fell 2,000, or 0.1 pct, to 3.1 mln")
        double const amount_scale = scale_in(amount.text);
        double const to_scale = scale_in(to.text);
        if (amount_scale == 1 && to_scale > 1) {
            if (*amount.value < *to.value / to_scale)
                read_in(r.amount_value, r.amount_stated, to_scale);
            else if (*amount.value < 1000)
                continue; // which scale, the text does not say ("rose 150, or 5 pct, to 3.1 mln")
        }
        if (to_scale == 1 && amount_scale > 1) {
            if (*to.value <= *amount.value / amount_scale) continue;
            read_in(r.to_value, r.to_stated, amount_scale);
        }
        // not one measure on one scale
        if (r.to_value.low <= 0 || r.amount_stated > 1000 * r.to_stated || r.to_stated > 1e6 * r.amount_stated)
            continue;
        model.restated_changes.push_back(r);
    }
}

/// What a fraction may be of besides the whole: the part left over ("half of the rest").
constexpr std::array<std::string_view, 7> remainder_phrases{
    " of the rest",      " of the remainder", " of the balance",    " of the others",
    " of the remaining", " of what remains",  " of those remaining"};

void add_restatements(claim_model& model, sentence const& s, std::size_t first, std::size_t last) {
    auto const& mentions = *model.mentions;
    // (two figures offered as choices, not one restating the other: "the lesser of 3% or half the rate of
    // inflation", "3%, or half the rate of inflation, whichever is less", "5%, or two-thirds of inflation
    // if lower")
    auto const alternatives = [&](mention const& a, mention const& b) {
        std::size_t const from = std::min(a.begin, b.begin), to = std::max(a.end, b.end);
        std::size_t const lead_from = from >= 16 + s.begin ? from - 16 : s.begin;
        std::string const lead = text::lower(model.prose.substr(lead_from, from - lead_from));
        std::string const tail =
            text::lower(model.prose.substr(to, std::min<std::size_t>(s.end - std::min(to, s.end), 40)));
        for (std::string_view const choice :
             {"lesser of", "greater of", "higher of", "lower of", "larger of", "smaller of"})
            if (lead.find(choice) != std::string::npos) return true;
        for (std::string_view const choice :
             {"whichever", "if lower", "if higher", "if less", "if greater", "if larger", "if smaller"})
            if (tail.find(choice) != std::string::npos) return true;
        return false;
    };
    for (std::size_t i = first; i < last; ++i) {
        // (or the amount of a change without values: "cut its marketing budget by a fifth, or 25%", "cut emissions
        // by half, or 40%")
        bool const change_amount = mentions[i].parent && mentions[*mentions[i].parent].kind == mention_kind::change &&
                                   mentions[*mentions[i].parent].amount == i && !mentions[*mentions[i].parent].from &&
                                   !mentions[*mentions[i].parent].to &&
                                   mentions[*mentions[i].parent].end == mentions[i].end;
        if (!is_fraction(mentions[i]) || (mentions[i].parent && !change_amount)) continue;
        // (a rate of a time, right after a figure: "spends $7.5 billion a quarter, or 40% of revenue", "fees of 0.5% a
        // quarter, or 2% a year", "capped at 5% of NAV a quarter (20% a year)")
        if (i > first &&
            (mentions[i - 1].kind == mention_kind::money || mentions[i - 1].kind == mention_kind::number ||
             mentions[i - 1].kind == mention_kind::percent) &&
            mentions[i - 1].end < mentions[i].begin &&
            text::iequals(model.prose.substr(mentions[i].begin, mentions[i].end - mentions[i].begin), "a quarter")) {
            std::string const between =
                text::lower(model.prose.substr(mentions[i - 1].end, mentions[i].begin - mentions[i - 1].end));
            auto const words = text::words(between);
            if (between == " " || (between.starts_with(" of ") && words.size() <= 3 &&
                                   between.find_first_of(",;:()0123456789") == std::string::npos))
                continue;
        }
        // (a fraction of a percent is a percentage itself: "a tenth of a percent of tracks, or 0.1%")
        {
            std::string const own = text::lower(model.prose.substr(mentions[i].end, 24));
            // (nor a fraction of a remainder, whose share of the whole the percentage is: "Half of the remainder,
            // 37.5%, is exported", "half of the rest", "A third of the others, or 20%")
            bool const of_remainder = std::any_of(std::begin(remainder_phrases), std::end(remainder_phrases),
                                                  [&](std::string_view phrase) { return own.starts_with(phrase); });
            if (of_remainder) continue;
            if (own.starts_with(" of a percent") || own.starts_with(" of a per cent") ||
                own.starts_with(" of one percent") || own.starts_with(" of one per cent") ||
                own.starts_with(" of 1%") || own.starts_with(" of a percentage point") ||
                own.starts_with(" of a point"))
                continue;
            // (nor a fraction of a unit, a measure: "two-thirds of a mile long, or 15% of the route")
            if (own.starts_with(" of a ") || own.starts_with(" of an ")) {
                std::string_view const unit =
                    text::first_word(std::string_view(own).substr(own.starts_with(" of a ") ? 6 : 7));
                if (text::contains_any_word(
                        unit, {"mile",  "kilometre", "kilometer", "km",     "metre",  "meter",  "foot",  "inch",
                               "yard",  "acre",      "hectare",   "hour",   "minute", "second", "day",   "week",
                               "month", "year",      "century",   "decade", "gallon", "litre",  "liter", "tonne",
                               "ton",   "pound",     "kilogram",  "ounce",  "cup",    "lap",    "degree"}))
                    continue;
            }
        }
        // The nearest percentage on either side, with nothing but "or" between.
        for (std::size_t j = i + 1; j < last; ++j) {
            mention const& p = mentions[j];
            if (p.begin < mentions[i].end) continue;
            // (an age that names who the fraction is of: "one in seven adults under 25, or 24%")
            if (((p.kind == mention_kind::number && p.unit.empty()) || p.kind == mention_kind::age) &&
                p.begin <= mentions[i].end + 12 &&
                text::contains_any_word(text::lower(model.prose.substr(mentions[i].end, p.end - mentions[i].end)),
                                        {"under", "over", "aged", "above", "below"}))
                continue;
            std::string_view const between = model.prose.substr(mentions[i].end, p.begin - mentions[i].end);
            // (a share of another whole, in parentheses or of a total named as such: "a third of revenue
            // (40% of profit)", "a quarter of the loan book, or 15% of total assets"; "a third of
            // voters, or 45% of the electorate" is one whole named twice)
            // (or the fraction is of a change or a gap, the percentage of the level: "Two-thirds of the
            // shortfall, or about 9% of the budget", "A quarter of the surplus, or 1.5% of the state budget")
            bool const of_a_change = [&] {
                auto const words = text::words(between);
                if (words.size() < 2 || !text::iequals(words[0], "of")) return false;
                std::size_t w = 1;
                while (w + 1 < words.size() &&
                       text::contains_any_word(text::lower(words[w]), {"the", "its", "their", "a", "an"}))
                    ++w;
                return text::contains_any_word(text::lower(words[w]),
                                               {"shortfall", "surplus", "deficit", "gap", "increase", "rise", "growth",
                                                "cut", "cuts", "savings", "decline", "drop", "fall", "loss", "losses",
                                                "gain", "gains", "new", "extra", "additional", "overrun",
                                                // (of a holding, the percentage of the company: "a quarter of its
                                                // stake, or 2.5% of the company")
                                                "stake", "stakes", "holding", "holdings", "proceeds", "portfolio"});
            }();
            // (or the percentage of a measure, the fraction of things counted: "Half of the plants, or 30% of
            // capacity", "A third of the homes, or 20% of demand")
            bool const of_a_measure = [&] {
                std::string const rest =
                    text::lower(model.prose.substr(p.end, std::min<std::size_t>(32, s.end - std::min(s.end, p.end))));
                auto const words = text::words(rest);
                if (words.size() < 2 || words[0] != "of") return false;
                std::size_t w = 1;
                while (w + 1 < words.size() &&
                       text::contains_any_word(words[w], {"the", "its", "their", "planned", "total", "installed", "a"}))
                    ++w;
                // ("the wind farm's output": the owner's words passed over)
                for (std::size_t k = w; k + 2 < words.size() && k < w + 3; ++k)
                    if (words[k + 1] == "s") {
                        w = k + 2;
                        break;
                    }
                // (or the second word, after what it is of: "40% of groundwater output")
                auto const measure = [](std::string_view x) {
                    return text::contains_any_word(x, {"capacity",    "output",    "production",  "demand", "supply",
                                                       "generation",  "emissions", "consumption", "volume", "volumes",
                                                       "value",       "revenue",   "sales",       "assets", "power",
                                                       "electricity", "energy",    "spending",    "budget", "market"});
                };
                return measure(words[w]) || (w + 1 < words.size() && measure(words[w + 1]));
            }();
            // (or of a part of the fraction's whole named with its kind: "A quarter of all water, or 40% of drinking
            // water", "of its water ... of its drinking water")
            bool const of_a_kind = [&] {
                auto const head_after = [&](std::size_t at) {
                    std::string const next =
                        text::lower(model.prose.substr(at, std::min<std::size_t>(32, s.end - std::min(s.end, at))));
                    auto const words = text::words(next);
                    std::vector<std::string> out;
                    if (words.empty() || words[0] != "of") return out;
                    std::size_t w = 1;
                    while (w < words.size() &&
                           text::contains_any_word(words[w], {"the", "its", "their", "all", "a", "an"}))
                        ++w;
                    // ("the country's water": the owner passed over)
                    if (w + 2 < words.size() && words[w + 1] == "s") w += 2;
                    for (; w < words.size() && out.size() < 2; ++w) out.emplace_back(words[w]);
                    return out;
                };
                auto const a = head_after(mentions[i].end);
                auto const b = head_after(p.end);
                return !a.empty() && b.size() == 2 && same_noun(a[0], b[1]) && !same_noun(a[0], b[0]);
            }();
            // (or on a basis of its own: "A third of the pipes, or 45% by length")
            bool const by_basis = [&] {
                std::string const next =
                    text::lower(model.prose.substr(p.end, std::min<std::size_t>(16, s.end - std::min(s.end, p.end))));
                auto const words = text::words(next);
                return words.size() >= 2 && words[0] == "by" &&
                       text::contains_any_word(words[1], {"length", "volume", "value", "weight", "area", "capacity",
                                                          "revenue", "sales", "output", "mileage", "distance"});
            }();
            bool const beside =
                (of_a_kind || by_basis) || (of_another_whole(model.prose, mentions[i], p) &&
                                            (between.find('(') != std::string_view::npos ||
                                             of_a_total(model.prose, mentions[i], p) || of_a_change || of_a_measure));
            // (set off by commas on both sides: "one in three pupils, 43%, said")
            // (or by dashes: "one in four young people - 33% - is out of work")
            std::string_view const after_p =
                model.prose.substr(p.end, std::min<std::size_t>(4, model.prose.size() - p.end));
            bool const set_off = (p.end < model.prose.size() && model.prose[p.end] == ',') ||
                                 after_p.starts_with(" - ") || after_p.starts_with(" \xE2\x80\x93") ||
                                 after_p.starts_with(" \xE2\x80\x94") || after_p.starts_with("\xE2\x80\x94");
            // (a fraction of a share told before it, "a third of homes sold, or 33%, went to cash buyers,
            // and half of those, or 16%, to investors", "Of the 33% of buyers who paid cash, half, or 16.5%
            // of all buyers, were investors": the percentage may be of the whole, 33% halved)
            bool of_share_before = false;
            if (p.kind == mention_kind::percent && has_value(p) && p.range) {
                std::string const own = text::lower(model.prose.substr(mentions[i].end, 10));
                bool const of_those = own.starts_with(" of those") || own.starts_with(" of them") ||
                                      own.starts_with(" of these") || own.starts_with(" of whom") ||
                                      own.starts_with(" of which");
                for (std::size_t k = i; k-- > first;) {
                    mention const& earlier = mentions[k];
                    if (earlier.kind != mention_kind::percent || !has_value(earlier) || !earlier.range) continue;
                    std::size_t const lead = earlier.begin >= 7 ? earlier.begin - 7 : 0;
                    bool const of_the_share = text::lower(model.prose.substr(lead, earlier.begin - lead)) == "of the ";
                    interval const part{mentions[i].range->low * earlier.range->low,
                                        mentions[i].range->high * earlier.range->high};
                    of_share_before =
                        (of_those || of_the_share) && part.low < p.range->high && p.range->low < part.high;
                    break;
                }
            }
            // (nor a list item's own share in brackets after the fraction's clause: "Two states accounted for about
            // a third of cases: Ohio (20%) and Indiana (14%)")
            bool const item_share = [&] {
                std::size_t const open = between.rfind('(');
                if (open == std::string_view::npos ||
                    between.find_first_not_of(' ', open + 1) != std::string_view::npos)
                    return false;
                std::size_t const cut = between.find_last_of(":,", open);
                if (cut == std::string_view::npos) return false;
                auto const item = text::words(between.substr(cut + 1, open - cut - 1));
                return !item.empty() && item.size() <= 5;
            }();
            // (nor a split of a whole among parties, each the fraction of it: "Employers and workers each pay half, or
            // 4.5% of wages" is half of a 9% rate)
            bool const each_split = [&] {
                std::size_t const from = mentions[i].begin >= 24 ? mentions[i].begin - 24 : 0;
                std::string const lowered = text::lower(model.prose.substr(from, mentions[i].begin - from));
                auto const lead = text::words(lowered);
                for (std::size_t k = lead.size() >= 3 ? lead.size() - 3 : 0; k < lead.size(); ++k)
                    if (lead[k] == "each") return true;
                return false;
            }();
            if (p.kind == mention_kind::percent && has_value(p) && restates(between, set_off) && !beside &&
                !of_share_before && !item_share && !each_split && !alternatives(mentions[i], p))
                model.restatements.push_back({i, j});
            break;
        }
        for (std::size_t j = i; j-- > first;) {
            mention const& p = mentions[j];
            if (p.end > mentions[i].begin) continue;
            // (each of its own whole: "4.1% of GDP, or about an eighth of total tax revenue")
            if (p.kind == mention_kind::percent && has_value(p) &&
                restates(model.prose.substr(p.end, mentions[i].begin - p.end)) && !alternatives(p, mentions[i]) &&
                !of_another_whole(model.prose, mentions[i], p))
                model.restatements.push_back({i, j});
            break;
        }
    }
}

bool is_count(mention const& m) { return m.kind == mention_kind::number && top_level(m) && !m.is_range; }

/// Whether `gap` (lower case) holds only letters, spaces, apostrophes and hyphens and at most
/// `most` words, each of them in `allowed` when that is not empty.
bool plain_words(std::string_view gap, std::size_t most, std::initializer_list<std::string_view> allowed = {}) {
    for (char const c : gap)
        if (!(text::is_alpha(c) || c == ' ' || c == '\'' || c == '-' || c == '\n')) return false;
    auto const words = text::words(gap);
    if (words.size() > most) return false;
    if (allowed.size() == 0) return true;
    for (auto const w : words)
        if (std::find(allowed.begin(), allowed.end(), w) == allowed.end()) return false;
    return true;
}

/// "$52 a share in cash, a 37% premium to the closing price of $38", "74 dlrs per share which
/// represents a 23.85 pct premium over Genentech's stock closing level of 59.75", "at 290p, a 5%
/// discount to Friday's close of 305p": the price, the percentage before "premium" or "discount"
/// and "to", "over" or "on", and the base, the next figure within a phrase of letters (at most eight
/// words) of one currency or bare.
void add_premiums(claim_model& model, std::size_t first, std::size_t last) {
    auto const& mentions = *model.mentions;
    auto const price_like = [](mention const& m) {
        return (m.kind == mention_kind::money || (m.kind == mention_kind::number && m.unit.empty())) && top_level(m) &&
               !m.is_range && m.hedge.empty() && *m.value > 0;
    };
    for (std::size_t p = first; p < last; ++p) {
        mention const& percent = mentions[p];
        if (percent.kind != mention_kind::percent || !top_level(percent) || percent.is_range) continue;
        // (most percentages have neither word near them: look before lowering anything)
        {
            std::size_t const from = percent.begin >= 12 ? percent.begin - 12 : 0;
            std::string_view const near = model.prose.substr(from, percent.end + 24 - from);
            bool cue = false;
            for (std::size_t q = 0; q + 7 <= near.size() && !cue; ++q) {
                char const ch = static_cast<char>(near[q] | 0x20);
                if (ch == 'p' || ch == 'd')
                    cue = text::iequals(near.substr(q, 7), "premium") ||
                          (q + 8 <= near.size() && text::iequals(near.substr(q, 8), "discount"));
            }
            if (!cue) continue;
        }
        // "37% premium to", "23.85 pct premium over", "5% discount to"; "a premium of 25% to"
        std::string const after = text::lower(model.prose.substr(percent.end, 24));
        std::string const before_percent = text::lower(
            model.prose.substr(percent.begin >= 12 ? percent.begin - 12 : 0, std::min<std::size_t>(12, percent.begin)));
        int sign = 0;
        std::size_t skip = 0;
        std::size_t lead = 0; // "premium of " before the percentage
        for (auto const& [cue, s] : {std::pair<std::string_view, int>{" premium to ", 1},
                                     {" premium over ", 1},
                                     {" premium on ", 1},
                                     {" discount to ", -1},
                                     {" discount on ", -1}})
            if (std::string_view(after).starts_with(cue)) {
                sign = s;
                skip = cue.size();
            }
        if (sign == 0) {
            for (auto const& [cue, s] : {std::pair<std::string_view, int>{"premium of ", 1}, {"discount of ", -1}})
                if (std::string_view(before_percent).ends_with(cue)) {
                    for (std::string_view const joint : {" to ", " over ", " on "})
                        if (std::string_view(after).starts_with(joint)) {
                            sign = s;
                            skip = joint.size();
                            lead = cue.size();
                        }
                }
        }
        if (sign == 0) continue;
        // the price: the figure before, joined by "a" or "an" and a few linking words
        std::optional<std::size_t> price;
        for (std::size_t k = p; k-- > first;) {
            mention const& m = mentions[k];
            if (m.end > percent.begin) continue;
            if (!m.parent && price_like(m) && m.kind == mention_kind::money && m.end + lead <= percent.begin &&
                percent.begin - m.end <= 60 + lead) {
                std::string gap = text::lower(model.prose.substr(m.end, percent.begin - lead - m.end));
                std::replace(gap.begin(), gap.end(), ',', ' ');
                // ", a", " representing a": the last word before the percentage is "a" or "an"
                std::string_view const tail = text::last_word(gap);
                // ("$52 a share is a", "the $52-a-share offer represents a", "$20 per ADS would be a")
                if ((tail == "a" || tail == "an") &&
                    plain_words(gap, 6, {"a",   "an",   "in",     "cash", "which",     "represents",  "representing",
                                         "to",  "give", "giving", "or",   "for",       "each",        "share",
                                         "is",  "was",  "would",  "be",   "represent", "represented", "offer",
                                         "bid", "ads",  "adr",    "per",  "price"}))
                    price = k;
            }
            break;
        }
        if (!price) continue;
        // the base: the next figure after the cue, within one phrase of letters
        std::size_t const from = percent.end + skip;
        for (std::size_t k = p + 1; k < last; ++k) {
            mention const& m = mentions[k];
            if (m.begin < from) continue;
            // ("Friday's close of 305p", "the 30-day average price of $34.60": a time in the phrase)
            if (dated_time(m) || m.kind == mention_kind::duration) continue;
            if (m.parent || !price_like(m) || m.begin - from > 80) break;
            // (the digits of a joined length, "30-day", "52-week", read as letters)
            std::string phrase = text::lower(model.prose.substr(from, m.begin - from));
            for (std::size_t c = 0; c < phrase.size(); ++c)
                if (text::is_digit(phrase[c]) && phrase.find('-', c) != std::string::npos) {
                    std::size_t e = c;
                    while (e < phrase.size() && text::is_digit(phrase[e])) ++e;
                    if (e < phrase.size() && phrase[e] == '-')
                        for (std::size_t d = c; d < e; ++d) phrase[d] = 'n';
                    c = e;
                }
            if (!plain_words(phrase, 8)) break;
            // one phrase: not "to the 30-day average but below the $60 IPO price"
            if (text::contains_any_word(
                    phrase, {"but", "and", "while", "below", "above", "under", "compared", "versus", "than"}))
                break;
            mention const& x = mentions[*price];
            if (m.kind == mention_kind::money && m.unit != x.unit) break;
            if (!m.per.empty()) break;
            // one measure on one scale: not a company's value beside a share price ("bought for $4
            // billion, a 30% premium to its closing share price of $38.20")
            if (scale_in(x.text) != scale_in(m.text) || *x.value > 4 * *m.value || *m.value > 4 * *x.value) break;
            // (the low end of a range told as two figures: "a 10% premium to the top end of its $28-to-$31
            // range" is against $31, "the bottom of" against $28; neither said, no one base)
            std::size_t base = k;
            if (k + 1 < last && mentions[k + 1].kind == m.kind && !mentions[k + 1].parent &&
                mentions[k + 1].begin >= m.end) {
                std::string_view const joint = model.prose.substr(m.end, mentions[k + 1].begin - m.end);
                if (joint == "-to-" || joint == "-" || joint == " to " || joint == " - " || joint == "\xE2\x80\x93") {
                    if (text::contains_any_word(phrase, {"top", "high", "upper"}))
                        base = k + 1;
                    else if (!text::contains_any_word(phrase, {"bottom", "low", "lower"}))
                        break;
                }
            }
            model.premiums.push_back({*price, p, base, sign});
            break;
        }
    }
}

/// Whether the words after a share restated at a sentence's end keep it a share of the whole the
/// sentence opens with: none, "of the total" or "of them", then perhaps a comparison with another
/// time (", up from nine in 2019"), not another whole ("of the assembly").
bool only_comparison_after(std::string_view rest) {
    std::string lower = text::lower(rest);
    for (std::string_view const same : {" of the total", " of them", " of those", " of the whole", " of all"})
        if (std::string_view(lower).starts_with(same) &&
            (lower.size() == same.size() || !text::is_alpha(lower[same.size()]))) {
            lower.erase(0, same.size());
            break;
        }
    if (text::words(lower).empty()) return true;
    for (std::string_view const turn : {", up ", ", down ", ", compared ", ", against ", ", from "})
        if (std::string_view(lower).starts_with(turn)) return true;
    return false;
}

/// The time a figure is a rate of, said right after it: "a day", "a week", "per month", "each year",
/// "daily", "annually" ("day", "week", "month", "year", "quarter"); empty when none.
std::string time_rate_after(std::string_view prose, mention const& m) {
    std::string const rest = text::lower(prose.substr(m.end, std::min<std::size_t>(16, prose.size() - m.end)));
    auto const w = text::words(rest);
    if (w.empty() || rest.front() != ' ') return {};
    auto const unit = [](std::string_view x) -> std::string {
        for (std::string_view const u : {"day", "week", "month", "year", "quarter"})
            if (x == u) return std::string(u);
        return {};
    };
    if (w.size() >= 2 && text::contains_any_word(w[0], {"a", "an", "per", "each", "every"})) return unit(w[1]);
    if (w[0] == "daily") return "day";
    if (w[0] == "weekly") return "week";
    if (w[0] == "monthly") return "month";
    if (w[0] == "annually" || w[0] == "yearly") return "year";
    return {};
}

/// Whether the lower-cased sentence `own` names, after the figure ending at `end`, a total the figure is a
/// share of: "4,890 cases combined, just over half the national total", "$2 billion, or 40% of the total".
bool share_of_total_after(std::string_view own, std::size_t end) {
    for (std::size_t at = own.find("total", end); at != std::string_view::npos; at = own.find("total", at + 5)) {
        bool const word =
            (at == 0 || !text::is_alpha(own[at - 1])) && (at + 5 >= own.size() || !text::is_alpha(own[at + 5]));
        if (!word) continue;
        std::size_t const lead = std::max(end, at >= 40 ? at - 40 : 0);
        std::string_view const before = own.substr(lead, at - lead);
        if (before.find('%') != std::string_view::npos ||
            text::contains_any_word(before, {"half", "third", "thirds", "quarter", "quarters", "fifth", "percent",
                                             "share", "fraction", "portion", "most", "majority"}))
            return true;
    }
    return false;
}

/// The whole a share restated after a part names by its noun alone, the one figure of the part's measure in the
/// sentence before, with that noun right before it: "The population reached 41,012,563. Non-permanent residents
/// numbered 2,662,363, or 7.5% of the population."
std::optional<std::size_t> whole_named_before(claim_model const& model, mention const& part, mention const& percent) {
    auto const& mentions = *model.mentions;
    if (!model.sentences || part.sentence == 0 || part.sentence >= model.sentences->size()) return std::nullopt;
    sentence const& s = (*model.sentences)[part.sentence];
    sentence const& before = (*model.sentences)[part.sentence - 1];
    if (before.paragraph != s.paragraph) return std::nullopt;
    std::string const rest =
        text::lower(model.prose.substr(percent.end, std::min<std::size_t>(40, s.end - percent.end)));
    if (!rest.starts_with(" of the ")) return std::nullopt;
    std::size_t e = 8;
    while (e < rest.size() && text::is_alpha(rest[e])) ++e;
    std::string_view const noun = std::string_view(rest).substr(8, e - 8);
    if (noun.size() < 4 || (e < rest.size() && rest[e] != '.' && rest[e] != ',' && rest[e] != ';')) return std::nullopt;
    std::optional<std::size_t> found;
    std::size_t candidates = 0;
    auto const from = std::lower_bound(mentions.begin(), mentions.end(), part.sentence - 1,
                                       [](mention const& m, std::size_t v) { return m.sentence < v; });
    for (auto it = from; it != mentions.end() && it->sentence == part.sentence - 1; ++it) {
        mention const& m = *it;
        if (!top_level(m) || m.is_range || !m.per.empty() || is_year_like(m) ||
            (m.kind != mention_kind::money && m.kind != mention_kind::number))
            continue;
        if (*m.value <= *part.value) continue;
        ++candidates;
        bool const measure = one_measure(m, part);
        std::size_t const lead = std::max(before.begin, m.begin >= 40 ? m.begin - 40 : std::size_t{0});
        std::string const lead_text = text::lower(model.prose.substr(lead, m.begin - lead));
        // (not a part of it itself: "Of the total, €95.4 million, or 53%, went to clubs. Dublin received €29.7
        // million, or 16.5% of the total")
        bool const part_of_it = lead_text.find("of the " + std::string(noun)) != std::string::npos;
        if (measure && !part_of_it && text::contains_any_word(lead_text, {noun}))
            found = static_cast<std::size_t>(it - mentions.begin());
    }
    if (candidates != 1 || !found) return std::nullopt;
    return found;
}

/// The whole a part names by its noun between it and its share, the one count of that noun in the sentence before
/// (its noun after it or, for a bare count, among the words before it): "It rescued 41,250 animals. The charity found
/// new homes for 28,875 of the animals, or 70%."; "Sales totalled 1,243. First-time buyers accounted for 512 of the
/// sales, or 41.2%."
std::optional<std::size_t> whole_of_noun_before(claim_model const& model, mention const& part, mention const& percent) {
    auto const& mentions = *model.mentions;
    if (!model.sentences || part.sentence == 0 || part.sentence >= model.sentences->size() ||
        part.kind != mention_kind::number || percent.begin <= part.end || percent.begin - part.end > 40)
        return std::nullopt;
    std::string const gap = text::lower(model.prose.substr(part.end, percent.begin - part.end));
    if (!gap.starts_with(" of the ") || !gap.ends_with(", or ") || gap.size() < 16) return std::nullopt;
    std::string_view const noun = std::string_view(gap).substr(8, gap.size() - 13);
    if (noun.size() < 3 || !std::all_of(noun.begin(), noun.end(), text::is_alpha)) return std::nullopt;
    if (!part.unit.empty() && !same_noun(part.unit, noun)) return std::nullopt;
    std::optional<std::size_t> found;
    std::size_t matches = 0;
    // (in the part's paragraph before it or the two before: "rescued 41,250 animals in 2023. ... (a paragraph later)
    // The charity found new homes for 28,875 of the animals, or 70%.")
    sentence const& own = (*model.sentences)[part.sentence];
    for (std::size_t k = static_cast<std::size_t>(&part - mentions.data()); k-- > 0;) {
        mention const& m = mentions[k];
        if (m.sentence >= model.sentences->size() || (*model.sentences)[m.sentence].section != own.section) break;
        if (m.sentence == part.sentence || !top_level(m) || m.kind != mention_kind::number || m.is_range ||
            !m.per.empty() || is_year_like(m) || *m.value <= *part.value)
            continue;
        sentence const& before = (*model.sentences)[m.sentence];
        bool named = !m.unit.empty() && same_noun(m.unit, noun);
        if (m.unit.empty()) {
            std::size_t const lead = std::max(before.begin, m.begin >= 32 ? m.begin - 32 : std::size_t{0});
            std::string const lead_text = text::lower(model.prose.substr(lead, m.begin - lead));
            auto const words = text::words(lead_text);
            for (std::size_t w = words.size() > 3 ? words.size() - 3 : 0; w < words.size(); ++w)
                named = named || same_noun(words[w], noun);
        }
        if (!named) continue;
        // (the nearest, in the part's paragraph or the two before; any other of the noun earlier in the section the
        // same figure told again: not "18.6 million passengers in 2023 ... to carry 30 million passengers a year by
        // 2030 ... 11.2 million of the passengers, or about 60%")
        if (!found && m.paragraph + 2 >= part.paragraph) {
            found = k;
            matches = 1;
        } else if (!found || *m.value != *mentions[*found].value) {
            ++matches;
        }
    }
    if (matches != 1 || !found) return std::nullopt;
    // (nor where a share of it is told between, a part it may name: "148,000 locations still lack service. This round
    // covers about 41% of them. ... Fiber will be used for 57,100 of the locations, or 93%.")
    for (std::size_t k = *found + 1; k < static_cast<std::size_t>(&part - mentions.data()); ++k)
        if (mentions[k].sentence != mentions[*found].sentence &&
            (mentions[k].kind == mention_kind::percent || is_fraction(mentions[k])))
            return std::nullopt;
    return found;
}

/// Whether a lowered sentence names a whole population: "The population was 1.41 billion", "the country's population
/// of 67 million", "Its population reached"; not one qualified ("The adult population", "the population of people aged
/// 65 and over").
bool names_population(std::string_view own) {
    for (std::size_t at = own.find("population"); at != std::string_view::npos; at = own.find("population", at + 1)) {
        std::string_view const lead = own.substr(0, at);
        std::string_view const word = text::last_word(lead);
        bool const owner = word == "the" || word == "its" || word == "their" || word.ends_with("'s") ||
                           word.ends_with("\xE2\x80\x99s");
        std::string_view const rest = own.substr(at + 10);
        bool told = false;
        for (std::string_view const verb : {" was ", " is ", " stood ", " reached ", " rose ", " fell ", " hit ",
                                            " grew ", " totalled ", " totaled ", " numbered ", " of "})
            told = told || rest.starts_with(verb);
        // ("population of 1.4 billion", not "population of people aged 65")
        if (told && rest.starts_with(" of ")) {
            std::string_view const next = text::first_word(rest.substr(4));
            told = !next.empty() && (text::is_digit(next.front()) ||
                                     text::contains_any_word(next, {"about", "some", "nearly", "almost", "around",
                                                                    "roughly", "more", "over", "just", "under"}));
        }
        if (owner && told) return true;
    }
    return false;
}

/// The whole a share restated after a part names without a figure, told in the sentence before or
/// earlier in its own: "of its workforce" (or staff, employees, workers, headcount) is the one count of
/// people there ("The company employs 12,500 people."), "of the total" the one figure of the part's
/// measure in a sentence that says "total" ("Spending totaled $46.2 billion in 2023. Of that, $10.2
/// billion went to Clotiva, or 28% of the total"). None where the clause goes on or two figures could be it.
std::optional<std::size_t> whole_told_before(claim_model const& model, mention const& part, mention const& percent,
                                             std::size_t first) {
    auto const& mentions = *model.mentions;
    if (!model.sentences || part.sentence >= model.sentences->size()) return std::nullopt;
    sentence const& s = (*model.sentences)[part.sentence];
    std::string const rest = text::lower(model.prose.substr(percent.end, s.end - percent.end));
    bool staff = false, total = false;
    std::size_t said = 0;
    for (std::string_view const phrase :
         {" of its workforce", " of the workforce", " of its staff", " of its employees", " of its workers",
          " of its headcount", " of the company's workforce", " of the total", " of that total", " of the sum",
          // (a total of a country or the world, or the volume told: "Brazil's crop is 146.5 million tonnes. Mato Grosso
          // is expected to harvest 39.3 million tonnes, or 26.8% of the national total", "or 44% of that volume")
          " of the national total", " of the country's total", " of the world total", " of the global total",
          " of the nationwide total", " of that volume", " of the total volume",
          // (a population told in the sentence before: "The population was 1.41 billion. The number aged 60 and over
          // rose to 296.97 million, or 21.1% of the population.")
          " of the population", " of the total population", " of the country's population"}) {
        if (!rest.starts_with(phrase)) continue;
        staff = phrase.find("total") == std::string_view::npos && phrase.find("sum") == std::string_view::npos &&
                phrase.find("volume") == std::string_view::npos && phrase.find("population") == std::string_view::npos;
        total = !staff;
        said = phrase.size();
        break;
    }
    bool const population = total && std::string_view(rest).substr(0, said).ends_with(" population");
    bool total_before = false;
    // (or the part "of the total" before the percentage: "Women accounted for 83,958 of the total, or 83.3%")
    if (!staff && !total && part.end <= percent.begin) {
        std::string const joint = text::lower(model.prose.substr(part.end, percent.begin - part.end));
        // ("Nevada casinos won $2.28 billion in April. Strip casinos accounted for $1.35 billion of that, or 47%")
        total = joint == " of the total, or " || joint == " of that total, or " || joint == " of this total, or " ||
                joint == " of that, or " || joint == " of this, or ";
        said = 0;
        total_before = total;
        // (or the next item of a list whose first share says it: "The United States supplied 4.2 million tonnes, or
        // 45.2% of the total, and China 2.1 million tonnes, or 32.6%")
        if (!total && joint == ", or ") {
            std::string const lead = text::lower(model.prose.substr(s.begin, part.begin - s.begin));
            std::size_t const at = lead.rfind("% of the total, and ");
            if (at != std::string::npos) {
                std::string_view const item = std::string_view(lead).substr(at + 20);
                total = text::words(item).size() <= 3 && item.find_first_of("0123456789,;:()") == std::string::npos;
            }
        }
    }
    if (!staff && !total) return std::nullopt;
    // (the clause ends there: not "of the total of 1.2 million", "of its workforce in France")
    std::string_view const after = std::string_view(rest).substr(said);
    if (!after.empty() && after.front() != '.' && after.front() != ',' && after.front() != ';') return std::nullopt;
    static constexpr std::array<std::string_view, 10> people{"people", "employees", "employee", "workers",   "worker",
                                                             "staff",  "staffers",  "jobs",     "positions", "posts"};
    auto const is_people = [](std::string_view u) {
        return std::find(people.begin(), people.end(), u) != people.end();
    };
    if (staff && !(part.unit.empty() || is_people(part.unit))) return std::nullopt;
    if (total && part.kind != mention_kind::money && part.unit.empty() && !total_before && !population)
        return std::nullopt;
    // the sentence before and this one before the part
    std::size_t const previous = part.sentence > 0 ? part.sentence - 1 : part.sentence;
    auto const from = std::lower_bound(mentions.begin(), mentions.end(), previous,
                                       [](mention const& m, std::size_t v) { return m.sentence < v; });
    std::optional<std::size_t> found;
    std::size_t candidates = 0;
    for (auto it = from; it != mentions.end() && it->begin < part.begin; ++it) {
        mention const& m = *it;
        if (!top_level(m) || m.is_range || !m.value || *m.value <= 0 || !m.per.empty() || is_year_like(m)) continue;
        if (m.kind != part.kind) continue;
        bool fits = false;
        if (staff) {
            fits = m.kind == mention_kind::number && is_people(m.unit) && m.unit != "jobs" && m.unit != "positions" &&
                   m.unit != "posts";
        } else {
            // (told in the sentence before: "of the total" in the part's own names another, "leaving it with 1.4
            // mln UNC common shares, or 8.4 pct of the total")
            fits = m.sentence != part.sentence &&
                   (part.kind == mention_kind::money ? m.unit == part.unit : same_noun(m.unit, part.unit));
            if (fits && m.sentence < model.sentences->size()) {
                sentence const& t = (*model.sentences)[m.sentence];
                std::string const own = text::lower(model.prose.substr(t.begin, t.end - t.begin));
                fits = population ? names_population(own)
                                  : text::contains_any_word(
                                        own, {"total", "totaled", "totalled", "totals", "totaling", "totalling"});
                // (not a figure told as a share of another total after it: "Four states reported 4,890 cases
                // combined, just over half the national total. California alone reported 2,113 cases, or 22% of
                // the total")
                if (fits && share_of_total_after(own, m.end - t.begin)) fits = false;
                // (nor a part of the total itself, in a sentence that opens with it: "Of the total, €95.4 million, or
                // 53%, went to clubs. Dublin received €29.7 million, or 16.5% of the total")
                if (fits &&
                    (own.starts_with("of the total") || own.starts_with("of that") || own.starts_with("of this")))
                    fits = false;
            }
        }
        if (!fits) continue;
        ++candidates;
        found = static_cast<std::size_t>(it - mentions.begin());
    }
    // (or, with no word of a total, the one sum or count of the sentence before larger than the part, of the part's
    // measure: "Global insured losses reached $108 billion in 2023. Severe convective storms caused $64 billion of
    // insured losses, or 69% of the total.")
    if (total && !population && candidates == 0 && previous != part.sentence) {
        std::size_t larger = 0;
        for (auto it = from; it != mentions.end() && it->sentence == previous; ++it) {
            mention const& m = *it;
            bool const new_value = new_value_of_change(mentions, static_cast<std::size_t>(it - mentions.begin()));
            if ((!top_level(m) && !new_value) || (m.kind != mention_kind::money && m.kind != mention_kind::number) ||
                m.is_range || !m.value || !m.per.empty() || is_year_like(m) || *m.value <= *part.value)
                continue;
            // (not a figure told as a part of a whole itself: "Of the cases, 3,880 were among people born abroad",
            // "About four in five cases (3,880, or 80%) were ...")
            {
                auto const next = it + 1;
                bool const own_share = next != mentions.end() && next->sentence == m.sentence &&
                                       next->kind == mention_kind::percent && next->begin >= m.end &&
                                       next->begin - m.end <= 5 &&
                                       (model.prose.substr(m.end, next->begin - m.end) == ", or " ||
                                        model.prose.substr(m.end, next->begin - m.end) == " (");
                bool const opens_with_of =
                    m.sentence < model.sentences->size() &&
                    text::istarts_with(model.prose.substr((*model.sentences)[m.sentence].begin, 3), "of ");
                if (own_share || opens_with_of) {
                    ++larger;
                    continue;
                }
            }
            ++larger;
            // (a bare count takes the part's noun: "Arrivals totalled 898,700. China ... with 114,500 visitors")
            // (and travellers are one measure by any of their names: "Bali received 5.27 million foreign tourists last
            // year. Australia was the leading source with 1.35 million visitors, or 25.6% of the total.")
            auto const traveller = [](std::string_view u) {
                return text::contains_any_word(
                    u, {"visitors", "tourists", "arrivals", "travellers", "travelers", "holidaymakers", "guests"});
            };
            bool const measure = m.kind == part.kind &&
                                 (part.kind == mention_kind::money ? m.unit == part.unit
                                                                   : m.unit.empty() || same_noun(m.unit, part.unit) ||
                                                                         (traveller(m.unit) && traveller(part.unit)));
            if (measure && m.sentence < model.sentences->size()) {
                sentence const& t = (*model.sentences)[m.sentence];
                if (!share_of_total_after(text::lower(model.prose.substr(t.begin, t.end - t.begin)), m.end - t.begin))
                    found = static_cast<std::size_t>(it - mentions.begin());
            }
        }
        // (nor a part itself of a larger figure of the measure told earlier in the paragraph, the total "the total"
        // names: "The port moved 836,000 TEU. Imports were 396,000 TEU. Domestic trade came to 228,000 TEU, or 27%
        // of the total.")
        // (or in the paragraph before, a change's new value too: "... moved 836,000 TEU in the first quarter, up 11%
        // from 753,000 TEU")
        if (larger == 1 && found)
            for (auto it = from; it != mentions.begin();) {
                mention const& m = *--it;
                if (m.paragraph + 2 < part.paragraph) break;
                bool const new_value = new_value_of_change(mentions, static_cast<std::size_t>(it - mentions.begin()));
                if ((top_level(m) || (new_value && has_value(m))) && !m.is_range && m.per.empty() && !is_year_like(m) &&
                    one_measure(m, part) && *m.value > *mentions[*found].value) {
                    found.reset();
                    break;
                }
            }
        if (larger == 1 && found)
            candidates = 1;
        else
            found.reset();
    }
    (void)first;
    if (candidates != 1 || !found || *found == static_cast<std::size_t>(&part - mentions.data())) return std::nullopt;
    // (not a headcount after the cut: "The company has 1,144 employees after cutting 156 jobs, or 12% of its
    // workforce")
    if (staff && mentions[*found].sentence == part.sentence) {
        std::string const between =
            text::lower(model.prose.substr(mentions[*found].end, part.begin - mentions[*found].end));
        if (between.find("after ") != std::string::npos || between.find("following ") != std::string::npos ||
            between.find("since ") != std::string::npos)
            return std::nullopt;
    }
    // (in the part's paragraph: "... collections totaled $71.8 million." and a new paragraph's "or roughly 7.9%
    // of the total" may be of another total)
    if (mentions[*found].paragraph != part.paragraph) return std::nullopt;
    // (its people are the employer's the sentence before names: "It said", "The company said", or the name
    // both sentences open with; not "Rival Acme employs 40,000. Zenco will cut 1,500 jobs, or 4% of its
    // workforce")
    if (staff && mentions[*found].sentence != part.sentence) {
        sentence const& t = (*model.sentences)[mentions[*found].sentence];
        std::string_view const opener = text::first_word(model.prose.substr(s.begin, s.end - s.begin));
        std::string_view const earlier = text::first_word(model.prose.substr(t.begin, t.end - t.begin));
        if (!text::contains_any_word(text::lower(opener), {"it", "the", "its"}) && opener != earlier)
            return std::nullopt;
    }
    return found;
}

/// "9,000 jobs, or 7% of its global workforce of about 128,000", "$2 billion, or 15% of its revenue
/// of $13.3 billion", "12 million people, or 3.5% of the population of 340 million": a count or a
/// sum, ", or" a percentage, "of" and up to six words of letters ending in "of", then the whole, a
/// figure of the same measure in digits.
/// "Sex-based charges made up 29% of the 81,055 charges filed last year, or about 32,500": a percentage of a whole,
/// up to six words of what the whole is, then ", or" and the count or sum it comes to, of the whole's measure.
void add_shares_restated_after(claim_model& model, std::size_t first, std::size_t last) {
    auto const& mentions = *model.mentions;
    auto const next_top = [&](std::size_t i) -> std::optional<std::size_t> {
        for (std::size_t k = i + 1; k < last; ++k)
            if (mentions[k].begin >= mentions[i].end && top_level(mentions[k])) return k;
        return std::nullopt;
    };
    for (std::size_t p = first; p < last; ++p) {
        mention const& percent = mentions[p];
        if (percent.kind != mention_kind::percent || !top_level(percent) || percent.is_range || !has_value(percent))
            continue;
        // (the cheap test first: " of " right after the percentage)
        if (!text::iequals(model.prose.substr(percent.end, 4), " of ")) continue;
        auto const w = next_top(p);
        if (!w) continue;
        mention const& whole = mentions[*w];
        if ((whole.kind != mention_kind::number && whole.kind != mention_kind::money) || whole.is_range ||
            !has_value(whole) || *whole.value <= 0 || is_year_like(whole) || !whole.per.empty())
            continue;
        std::string const lead = text::lower(model.prose.substr(percent.end, whole.begin - percent.end));
        if (lead != " of " && lead != " of the " && lead != " of its " && lead != " of their " && lead != " of all ")
            continue;
        auto const n = next_top(*w);
        if (!n) continue;
        mention const& part = mentions[*n];
        if (part.kind != whole.kind || part.is_range || !has_value(part) || *part.value <= 0 ||
            *part.value >= *whole.value || part.sentence != whole.sentence || !part.per.empty() ||
            (part.kind == mention_kind::money && part.unit != whole.unit) ||
            (part.kind == mention_kind::number && !part.unit.empty() && !same_noun(part.unit, whole.unit)))
            continue;
        // (what the whole is, a few words without figures, then ", or": "charges filed last year, or")
        std::string const gap = text::lower(model.prose.substr(whole.end, part.begin - whole.end));
        if (!gap.ends_with(", or ") || text::words(gap).size() > 7 ||
            gap.substr(0, gap.size() - 5).find_first_of(",;:()0123456789") != std::string::npos)
            continue;
        bool const exact = counted_exactly(part) && counted_exactly(whole);
        model.restated_shares.push_back({*n, p, *w, exact ? interval{*part.value, *part.value} : *part.range,
                                         exact ? interval{*whole.value, *whole.value} : *whole.range, *part.value,
                                         *whole.value});
    }
}

void add_restated_shares(claim_model& model, std::size_t first, std::size_t last) {
    auto const& mentions = *model.mentions;
    auto const next_top = [&](std::size_t i) -> std::optional<std::size_t> {
        for (std::size_t k = i + 1; k < last; ++k)
            if (mentions[k].begin >= mentions[i].end) return k;
        return std::nullopt;
    };
    // (not a fraction, "One in 20 people nationwide, or 5% of the population of 8.1 million": a share itself)
    auto const figure = [](mention const& m) {
        return (m.kind == mention_kind::number || m.kind == mention_kind::money) && top_level(m) && !m.is_range &&
               *m.value > 0 && m.per.empty() && m.text.find_first_of("0123456789") != std::string::npos &&
               !is_fraction(m);
    };
    // (or the new value a change ends with, restated as a share of a whole named after it: "Exports to ASEAN
    // climbed to $50.2 billion, or 18.6% of the total of $302.4 billion")
    auto const new_value_ending = [&](std::size_t i) {
        mention const& m = mentions[i];
        if (!m.parent || mentions[*m.parent].kind != mention_kind::change || mentions[*m.parent].to != i ||
            mentions[*m.parent].end != m.end || mentions[*m.parent].from)
            return false;
        return (m.kind == mention_kind::number || m.kind == mention_kind::money) && has_value(m) && !m.is_range &&
               *m.value > 0 && m.per.empty() && m.text.find_first_of("0123456789") != std::string::npos &&
               !is_fraction(m);
    };
    // (or the amount a change with no values ends with: "Houston lost 18.6 billion gallons, or 25% of the 124 billion
    // gallons it produced")
    auto const amount_ending = [&](std::size_t i) {
        mention const& m = mentions[i];
        if (!m.parent) return false;
        mention const& c = mentions[*m.parent];
        return c.kind == mention_kind::change && c.amount == i && !c.to && !c.from && c.end == m.end &&
               (m.kind == mention_kind::number || m.kind == mention_kind::money) && has_value(m) && !m.is_range &&
               *m.value > 0 && m.per.empty() && !is_fraction(m);
    };
    for (std::size_t i = first; i < last; ++i) {
        mention const& part = mentions[i];
        bool const changed_to = !figure(part) && (new_value_ending(i) || amount_ending(i));
        if (!figure(part) && !changed_to) continue;
        auto const p = next_top(i);
        if (!p) continue;
        mention const& percent = mentions[*p];
        if (percent.kind != mention_kind::percent || !top_level(percent) || percent.is_range) continue;
        if (changed_to && (model.prose.substr(part.end, percent.begin - part.end) != ", or " ||
                           !text::istarts_with(model.prose.substr(percent.end, 4), " of ")))
            continue;
        // (not an average told beside the sum: "47,500 tickets were sold across the six sessions, an average of
        // 7,917 a session, or 95 percent of the 50,000 seats")
        if (part.begin >= 12 && text::iends_with(model.prose.substr(part.begin - 12, 12), "average of ")) continue;
        // (nor the old value of a move told by "to X from Y", whose new value the percentage may restate: "Reserves
        // went to $3.2 billion from $2.7 billion, or 10% of the $32.1 billion budget")
        if (i > first && part.begin >= 6 && text::iends_with(model.prose.substr(part.begin - 6, 6), " from ")) {
            mention const& before = mentions[i - 1];
            if (before.kind == part.kind && before.end + 6 == part.begin && before.begin >= 4 &&
                text::iends_with(model.prose.substr(before.begin - 4, 4), " to "))
                continue;
        }
        // (nor the last item of a list, whose share the percentage may be: "Texas had 244 deaths and California
        // 87, or 37% of the national total of 891")
        std::size_t previous = i; // the top-level mention before the part
        while (previous > first && (mentions[previous - 1].end > part.begin || !top_level(mentions[previous - 1])))
            --previous;
        if (previous > first && figure(mentions[previous - 1]) && mentions[previous - 1].kind == part.kind) {
            mention const& before = mentions[previous - 1];
            std::string const gap = text::lower(model.prose.substr(before.end, part.begin - before.end));
            auto const gap_words = text::words(gap);
            // (an item named: "and California 87", not "and will cut 300 jobs"; or a place named after the
            // figure, "cut 100 jobs in Montreal and 50 in Paris", or figures alone, "$640 million, $250 million
            // and $130 million, about 93% of the $1.1 billion total")
            auto const raw_words = text::words(model.prose.substr(before.end, part.begin - before.end));
            bool const named = std::any_of(raw_words.begin(), raw_words.end(),
                                           [](std::string_view w) { return text::is_upper(w.front()); });
            bool const bare =
                std::all_of(gap_words.begin(), gap_words.end(), [](std::string_view w) { return w == "and"; });
            // (not the whole of the part, after ", of which": "70.6 million tonnes, of which China produced 41.6
            // million tonnes, or 68.9%")
            bool const listed =
                (named || bare) && gap_words.size() <= 5 &&
                (gap.starts_with(", ") || std::find(gap_words.begin(), gap_words.end(), "and") != gap_words.end()) &&
                !gap.starts_with(", of which ") && !gap.starts_with(", of whom ");
            // (the percentage right after the last item, or after its place: "and 50 in Paris, or 15%")
            std::string const joint = text::lower(model.prose.substr(part.end, percent.begin - part.end));
            std::size_t const comma = joint.find(',');
            // (a hedge is the percentage's own: ", about 93%")
            bool const joined = comma != std::string::npos && joint.size() <= 32 &&
                                (joint.ends_with(", or ") || (joint.ends_with(", ") && !percent.hedge.empty())) &&
                                text::words(std::string_view(joint).substr(0, comma)).size() <= 3;
            if (listed && joined) continue;
        }
        // (nor the whole of a share told before it, which the percentage restates: "Contributions of £1,900 are 8%
        // of earnings of £23,760, or 6.3% of the £30,000 salary")
        if (i > first) {
            std::size_t k = i;
            while (k > first && (mentions[k - 1].end > part.begin || !top_level(mentions[k - 1]))) --k;
            if (k > first && mentions[k - 1].kind == mention_kind::percent && part.begin - mentions[k - 1].end <= 40) {
                std::string const gap =
                    text::lower(model.prose.substr(mentions[k - 1].end, part.begin - mentions[k - 1].end));
                if (gap.starts_with(" of ") && gap.find_first_of(",;:()") == std::string::npos) continue;
            }
            // (or of a part told before it: "Police removed 2,140 of the 6,185 people who left, or 1.2% of the
            // 180,000 people ordered to leave")
            if (k > first && figure(mentions[k - 1]) && mentions[k - 1].kind == part.kind) {
                std::string const gap =
                    text::lower(model.prose.substr(mentions[k - 1].end, part.begin - mentions[k - 1].end));
                if (gap == " of the " || gap == " of " || gap == " out of " || gap == " out of the " ||
                    gap == " of its " || gap == " of their ")
                    continue;
                // (nor the price a sum is reckoned at, after it: "imply a levy of €136 at €80, about 6% of a price of
                // roughly €2,200" - the share may be the levy's)
                if (gap == " at ") continue;
            }
        }
        // (or a comma alone before a share "of" a whole: "$486 million, about 48 percent of the budget")
        bool const restated_at_once = only_words_between(model.prose, part, percent, {"or"}) ||
                                      (model.prose.substr(part.end, percent.begin - part.end) == ", " &&
                                       text::istarts_with(model.prose.substr(percent.end, 4), " of "));
        // "Of the $61.4 million taken, $23.9 million has been recovered, or 39%": the whole opens the
        // sentence, the part is the first figure after its comma, the percentage ends the sentence
        // (the cheap tests first: this runs at every figure followed by a percentage)
        sentence const* const s =
            model.sentences && part.sentence < model.sentences->size() ? &(*model.sentences)[part.sentence] : nullptr;
        std::string_view const text = s ? model.prose.substr(s->begin, s->end - s->begin) : std::string_view();
        std::size_t const comma = text.find(',');
        if (s && i > first && text.size() > 3 && text::iequals(text.substr(0, 3), "of ") &&
            comma != std::string_view::npos) {
            // (a few words of what became of the part between: "has been recovered, or 39%")
            std::string const gap = text::lower(model.prose.substr(part.end, percent.begin - part.end));
            auto const gap_words = text::words(gap);
            // (a hyphened word counts once: "were the new-generation model, or 35.5%")
            bool const told = restated_at_once || (gap_words.size() <= 6 && gap.ends_with(", or ") &&
                                                   gap.find_first_of(";:()") == std::string::npos &&
                                                   std::count(gap.begin(), gap.end(), ',') == 1);
            if (told && only_comparison_after(model.prose.substr(percent.end, s->end - percent.end))) {
                std::optional<std::size_t> opening, between;
                for (std::size_t k = first; k < i; ++k) {
                    if (!figure(mentions[k])) continue;
                    if (mentions[k].end <= s->begin + comma)
                        opening = opening ? opening : std::optional<std::size_t>(k);
                    else
                        between = k;
                }
                if (opening && !between) {
                    mention const& whole = mentions[*opening];
                    bool const same = one_measure(whole, part);
                    if (same && *whole.value > 0 && *part.value <= *whole.value) {
                        // (members of a small whole are counted, not rounded: "Of the 90 members, 13
                        // are women" is 13 of 90)
                        bool const exact = counted_exactly(part) && counted_exactly(whole);
                        model.restated_shares.push_back(
                            {i, *p, *opening, exact ? interval{*part.value, *part.value} : *part.range,
                             exact ? interval{*whole.value, *whole.value} : *whole.range, *part.value, *whole.value});
                        continue;
                    }
                }
            }
        }
        // "The fleet has 584 aircraft, of which 178 were the new model, or 35.5%": the whole right before ", of
        // which", the part right after it, a few words of what the part is, the percentage closing the clause
        // (the whole's time may follow it, and who gave the part may come before it: "Egypt bought 12.4 million
        // tonnes from abroad in 2023, of which Russia supplied 9.0 million tonnes, or 72.6%")
        std::size_t which_whole = i;
        while (which_whole > first && dated_time(mentions[which_whole - 1]) && !mentions[which_whole - 1].parent)
            --which_whole;
        if (which_whole > first && part.begin >= 10 && figure(mentions[which_whole - 1]) &&
            mentions[which_whole - 1].kind == part.kind && mentions[which_whole - 1].end <= part.begin &&
            percent.begin - part.end <= 48) {
            mention const& whole = mentions[which_whole - 1];
            std::string lead = text::lower(model.prose.substr(whole.end, part.begin - whole.end));
            for (std::size_t t = which_whole; t < i; ++t)
                std::fill_n(lead.begin() + static_cast<std::ptrdiff_t>(mentions[t].begin - whole.end),
                            mentions[t].end - mentions[t].begin, ' ');
            std::string const gap = text::lower(model.prose.substr(part.end, percent.begin - part.end));
            std::size_t const which = std::min(lead.rfind(", of which "), lead.rfind(", of whom "));
            std::string_view const giver =
                which == std::string::npos ? std::string_view() : std::string_view(lead).substr(which + 10);
            bool const of_which =
                which != std::string::npos &&
                (giver.empty() || giver == " " ||
                 (text::words(giver).size() <= 2 && giver.find_first_of(",;:()0123456789") == std::string_view::npos &&
                  // (a name and its verb: "Russia supplied")
                  text::is_upper(model.prose[part.begin - giver.size() + (giver[0] == ' ')])));
            // (what the whole counts, up to three words before the comma, or its time too: "584 aircraft, of which",
            // "12.4 million tonnes from abroad in 2023, of which")
            bool const whole_noun = of_which && text::words(std::string_view(lead).substr(0, which)).size() <= 5 &&
                                    std::count(lead.begin(), lead.end(), ',') == 1 &&
                                    lead.find_first_of(";:()0123456789") == std::string::npos;
            bool const same = one_measure(whole, part);
            if (whole_noun && same && gap.ends_with(", or ") && text::words(gap).size() <= 6 &&
                std::count(gap.begin(), gap.end(), ',') == 1 && gap.find_first_of(";:()\"") == std::string::npos &&
                *whole.value > 0 && *part.value <= *whole.value &&
                only_comparison_after(model.prose.substr(percent.end, (s ? s->end : percent.end) - percent.end))) {
                bool const exact = counted_exactly(part) && counted_exactly(whole);
                model.restated_shares.push_back(
                    {i, *p, which_whole - 1, exact ? interval{*part.value, *part.value} : *part.range,
                     exact ? interval{*whole.value, *whole.value} : *whole.range, *part.value, *whole.value});
                continue;
            }
        }
        // ("85 posts will go, or 9% of the workforce of 1,230": a few words of what becomes of the part)
        bool restated_after_verb = false;
        if (!restated_at_once && percent.begin - part.end <= 32) {
            std::string const gap = text::lower(model.prose.substr(part.end, percent.begin - part.end));
            restated_after_verb = text::words(gap).size() <= 5 && gap.ends_with(", or ") &&
                                  gap.find_first_of(";:()\"") == std::string::npos &&
                                  std::count(gap.begin(), gap.end(), ',') == 1;
        }
        // ("Satellites launched reached 2,877 last year. Of those, 2,514 were launched by the United States, or
        // 78%": the whole "those" stands for, the one figure of the part's measure in the sentence before)
        if (!changed_to && s && part.sentence > 0 && part.sentence < model.sentences->size() &&
            (*model.sentences)[part.sentence - 1].paragraph == s->paragraph) {
            std::string const opening =
                text::lower(model.prose.substr(s->begin, std::min<std::size_t>(10, s->end - s->begin)));
            std::size_t const comma_at = opening.find(", ");
            std::string_view const pronoun = std::string_view(opening).substr(0, std::min(comma_at, opening.size()));
            bool const first_after =
                comma_at != std::string::npos && part.begin >= s->begin + comma_at + 2 &&
                (i == 0 || mentions[i - 1].sentence != part.sentence || mentions[i - 1].begin < s->begin + comma_at);
            std::string const gap = text::lower(model.prose.substr(part.end, percent.begin - part.end));
            bool const told = gap.ends_with(", or ") && text::words(gap).size() <= 9 &&
                              std::count(gap.begin(), gap.end(), ',') == 1 &&
                              gap.find_first_of(";:()\"") == std::string::npos;
            if (of_those_opening(pronoun) && first_after && told && clause_ends_at(model, percent)) {
                std::optional<std::size_t> whole_at;
                std::size_t candidates = 0;
                for (std::size_t k = i; k-- > 0 && mentions[k].sentence + 1 >= part.sentence;) {
                    mention const& m = mentions[k];
                    if (m.sentence != part.sentence - 1 || !figure(m) || m.kind != part.kind || is_year_like(m) ||
                        *m.value <= *part.value)
                        continue;
                    ++candidates;
                    bool const measure = one_measure(m, part);
                    if (measure) whole_at = k;
                }
                if (candidates == 1 && whole_at) {
                    mention const& whole = mentions[*whole_at];
                    model.restated_shares.push_back(
                        {i, *p, *whole_at, *part.range, *whole.range, *part.value, *whole.value});
                    continue;
                }
            }
        }
        if (!restated_at_once && !restated_after_verb) continue;
        // (the second of a tally, "passed with 2,814 votes to 1,906, or 59.6% of the 4,720 votes cast": the
        // share may be the first's)
        if (i > 0 && mentions[i - 1].kind == part.kind && mentions[i - 1].end <= part.begin &&
            text::iequals(model.prose.substr(mentions[i - 1].end, part.begin - mentions[i - 1].end), " to "))
            continue;
        // (staff set off before, the whole named without its figure: "The company employs 12,500 people.
        // It said it would cut 1,500 jobs, or about 15% of its workforce"; "Spending totaled $46.2 billion in
        // 2023. Of that, $10.2 billion went to Clotiva, or 28% of the total")
        // ("The agency received 3.1 million applications. It approved 1.94 million of them, or 62.6%": the whole
        // "them" stands for, the one figure of the part's measure told before it, in its sentence or the one before)
        if (restated_after_verb && part.kind == mention_kind::number) {
            std::string const joint = text::lower(model.prose.substr(part.end, percent.begin - part.end));
            if (joint == " of them, or " || joint == " of those, or " || joint == " of these, or ") {
                // (the nearest figure of the part's kind, with its noun: not "Of the 52 stores, 14 will close, and 4
                // of those, or 29%, are in Scotland", the 14 that close)
                // (and the only one with a noun the part may be of: not "received 3.1 million applications from 2.5
                // million households. It approved 1.94 million of them")
                std::optional<std::size_t> whole_at;
                std::size_t candidates = 0;
                bool nearest = true;
                for (std::size_t k = i; k-- > 0;) {
                    mention const& m = mentions[k];
                    if (m.sentence + 1 < part.sentence || m.paragraph != part.paragraph) break;
                    if (!figure(m) || m.kind != part.kind || is_year_like(m)) continue;
                    bool const fits = !m.unit.empty() && (part.unit.empty() || same_noun(part.unit, m.unit));
                    if (nearest && fits) whole_at = k;
                    nearest = false;
                    candidates += fits ? 1 : 0;
                }
                // (the whole of a share told before, "them" the share: "Car occupants made up 724 of the 1,624
                // deaths; 262 of them, or 36%, were unbelted" is 262 of the 724)
                // (not when the percentage names its own whole: "Some 262 of them, or 16% of all deaths")
                if (whole_at && *whole_at > 0 && !text::istarts_with(model.prose.substr(percent.end, 4), " of ")) {
                    mention const& share = mentions[*whole_at - 1];
                    std::string const of = text::lower(model.prose.substr(
                        share.end, mentions[*whole_at].begin - std::min(share.end, mentions[*whole_at].begin)));
                    // ("15,420 of its 22,000 members returned ballots, and 14,418 of them, or 93.5%, backed action";
                    // "them" may be either, "flies 100 of its 120 jets on long-haul routes; 90 of them, or 75%, are
                    // Airbus models": the one the percentage fits, or the share if it fits neither)
                    auto const fits = [&](mention const& whole) {
                        if (!whole.range || !part.range || !percent.range || whole.range->low <= 0) return false;
                        double const low = part.range->low / whole.range->high * 100;
                        double const high = part.range->high / whole.range->low * 100;
                        return percent.range->low <= high && low <= percent.range->high;
                    };
                    bool const owned = of == " of its " || of == " of their ";
                    if (share.kind == part.kind && top_level(share) && has_value(share) && !share.is_range &&
                        (of == " of the " || of == " of " || of == " out of " || of == " out of the " || owned) &&
                        (fits(share) || (!fits(mentions[*whole_at]) && !owned)))
                        whole_at = *whole_at - 1;
                }
                if (whole_at && candidates == 1 && *mentions[*whole_at].value >= *part.value) {
                    mention const& whole = mentions[*whole_at];
                    model.restated_shares.push_back(
                        {i, *p, *whole_at, *part.range, *whole.range, *part.value, *whole.value});
                    continue;
                }
            }
        }
        if (auto const before = whole_told_before(model, part, percent, first)) {
            mention const& whole = mentions[*before];
            if (*whole.value > 0 && *part.value <= *whole.value)
                model.restated_shares.push_back({i, *p, *before, *part.range, *whole.range, *part.value, *whole.value});
            continue;
        }
        if (!changed_to)
            if (auto const before = whole_named_before(model, part, percent)) {
                mention const& whole = mentions[*before];
                model.restated_shares.push_back({i, *p, *before, *part.range, *whole.range, *part.value, *whole.value});
                continue;
            }
        if (!changed_to && restated_after_verb && clause_ends_at(model, percent))
            if (auto const before = whole_of_noun_before(model, part, percent)) {
                mention const& whole = mentions[*before];
                model.restated_shares.push_back({i, *p, *before, *part.range, *whole.range, *part.value, *whole.value});
                continue;
            }
        auto w = next_top(*p);
        if (!w) continue;
        // (past the whole's time as its owner: "or 12% of that year's $7.2 million pool", "of last year's")
        bool of_time = false;
        if ((mentions[*w].kind == mention_kind::relative_time || mentions[*w].kind == mention_kind::year) &&
            text::iequals(model.prose.substr(percent.end, mentions[*w].begin - percent.end), " of ") &&
            (text::istarts_with(model.prose.substr(mentions[*w].end, 3), "'s ") ||
             model.prose.substr(mentions[*w].end, 5) == "\xE2\x80\x99s ")) {
            w = next_top(*w);
            of_time = true;
        }
        if (!w) continue;
        mention const& whole = mentions[*w];
        if (!figure(whole) || whole.kind != part.kind || whole.begin - percent.end > 60) continue;
        if (part.kind == mention_kind::money && part.unit != whole.unit) continue;
        // (a rate of a time, "850 tonnes a week, or 9.9% of output of 1,230 tonnes a day": the share is of
        // the same time's amount, only when both say the same time)
        if (time_rate_after(model.prose, part) != time_rate_after(model.prose, whole)) continue;
        // (jobs of a workforce counted in employees: "1,200 jobs, or 9% of its 13,000 employees")
        static constexpr std::array<std::string_view, 12> staff{"jobs",      "job",    "employees", "employee",
                                                                "workers",   "worker", "staff",     "people",
                                                                "positions", "posts",  "roles",     "personnel"};
        auto const of_staff = [](std::string_view u) {
            return std::find(staff.begin(), staff.end(), u) != staff.end();
        };
        if (part.kind == mention_kind::number && !part.unit.empty() && !whole.unit.empty() &&
            !same_noun(part.unit, whole.unit) && !(of_staff(part.unit) && of_staff(whole.unit)))
            continue;
        // " of its global workforce of ", " of the population of ": letters only, "of" first and last;
        // or " of its " before a whole that carries its noun ("of its 21,000 employees")
        std::string gap = text::lower(model.prose.substr(percent.end, whole.begin - percent.end));
        // (the percentage set off by commas, as the part's restatement: "1.94 million, or 62.6%, of the 3.1 million
        // applications")
        if (gap.starts_with(", of ") &&
            text::iends_with(model.prose.substr(part.end, percent.begin - part.end), ", or "))
            gap.erase(0, 1);
        if (gap.find_first_of(",;:.()\"") != std::string::npos) continue; // one phrase
        auto const words = text::words(gap);
        // (or a whole that names its people after "-strong": "of its 6,000-strong workforce")
        auto const strong = [&] {
            std::string const after = text::lower(model.prose.substr(whole.end, 24));
            // (of its people: "1,200 jobs", "300 members", not "1,200 tickets")
            if (!after.starts_with("-strong ") ||
                !(part.unit.empty() || of_staff(part.unit) || part.unit == "members" || part.unit == "member"))
                return false;
            std::string_view const noun = text::first_word(std::string_view(after).substr(8));
            return text::contains_any_word(noun, {"workforce", "staff", "team", "crew", "membership", "force"});
        };
        bool const determined = words.size() == 2 && words.front() == "of" &&
                                (words.back() == "its" || words.back() == "the" || words.back() == "their") &&
                                (!whole.unit.empty() || strong());
        // ("of the university's $1.28 billion operating budget": an owner's whole)
        bool const owned = words.size() == 4 && words.front() == "of" &&
                           (words[1] == "the" || words[1] == "its" || words[1] == "their") && words[3] == "s" &&
                           gap.find("'s ") != std::string::npos && !whole.unit.empty();
        if (!determined && !owned && !of_time &&
            (words.size() < 3 || words.size() > 6 || words.front() != "of" || words.back() != "of"))
            continue;
        // one noun phrase between: "of its global workforce of", not "of the workforce of the town
        // of", "of the jobs in the town of", "of the company out of his holding of"
        static constexpr std::array<std::string_view, 14> joints{"of", "in",   "out", "at",  "for", "from", "on",
                                                                 "by", "with", "to",  "and", "or",  "than", "per"};
        bool phrase = true;
        for (std::size_t n = 0; n < words.size(); ++n) {
            for (char const c : words[n]) phrase = phrase && (text::is_alpha(c) || c == '\'' || c == '-');
            if (n > 0 && n + 1 < words.size())
                phrase = phrase && std::find(joints.begin(), joints.end(), words[n]) == joints.end();
        }
        if (!phrase) continue;
        restated_share r{i, *p, *w, *part.range, *whole.range, *part.value, *whole.value};
        // "12 million people, or 3.5% of the population of 340": a bare whole on the part's scale
        double const part_scale = scale_in(part.text);
        double const whole_scale = scale_in(whole.text);
        if (whole_scale == 1 && part_scale > 1 && *whole.value < *part.value / part_scale)
            read_in(r.whole_value, r.whole_stated, part_scale);
        if (r.whole_value.low <= 0 || r.part_stated > r.whole_stated * 1.5) continue; // not a share of it
        model.restated_shares.push_back(r);
    }
    // "Of the 2.5 million households, 22.5%, or roughly 563,000, were in fuel poverty": the whole opens the sentence,
    // the percentage comes right after its comma and the part after ", or", set off by a comma of its own
    sentence const* const s = first < last && model.sentences ? &(*model.sentences)[mentions[first].sentence] : nullptr;
    if (!s || s->end - s->begin < 12 || !text::iequals(model.prose.substr(s->begin, 3), "of ")) return;
    std::size_t const comma = model.prose.find(", ", s->begin);
    if (comma == std::string_view::npos || comma >= s->end) return;
    std::optional<std::size_t> whole, percent;
    for (std::size_t k = first; k < last && !percent; ++k) {
        mention const& m = mentions[k];
        if (!top_level(m)) continue;
        if (m.end <= comma) {
            if (whole || !figure(m)) return; // the one figure of the opening
            whole = k;
        } else if (m.begin == comma + 2 && m.kind == mention_kind::percent && !m.is_range) {
            percent = k;
        } else {
            return;
        }
    }
    if (!whole || !percent) return;
    auto const n = next_top(*percent);
    if (!n || !figure(mentions[*n])) return;
    mention const& part = mentions[*n];
    mention const& total = mentions[*whole];
    if (model.prose.substr(mentions[*percent].end, part.begin - mentions[*percent].end) != ", or " ||
        part.end >= s->end || model.prose[part.end] != ',' || !one_measure(total, part) || *part.value > *total.value)
        return;
    bool const exact = counted_exactly(part) && counted_exactly(total);
    model.restated_shares.push_back({*n, *percent, *whole, exact ? interval{*part.value, *part.value} : *part.range,
                                     exact ? interval{*total.value, *total.value} : *total.range, *part.value,
                                     *total.value});
}

/// Where the hyphen of the figure's own word is in a mention's text ("5-star", "four-engined", past a hedge: "about
/// 12-metre"), or npos where there is none or it joins a compound before the noun ("25 best-paid trustees").
std::size_t hyphen_in_figure_word(std::string_view own) {
    std::size_t const hyphen = own.find('-');
    if (hyphen == std::string_view::npos) return hyphen;
    std::size_t const from = std::min(own.find_first_of("0123456789"), hyphen);
    return own.substr(from, hyphen - from).find(' ') == std::string_view::npos ? hyphen : std::string_view::npos;
}

/// Whether count `whole` is joined by a hyphen to a word ("four-engined", "12-metre", "5-star",
/// "8-seat") before a plural noun: it tells what each of them is ("10 of the four-engined jets",
/// "30 of the 12-metre electric buses"), not how many there are ("41 of the 120-seat Knesset").
bool counts_each(std::string_view prose, mention const& whole, std::size_t sentence_end) {
    std::size_t at = whole.end;
    // (the hyphen and its word after the figure, or in its text: "5-star" with the word as its unit)
    std::string_view const own = prose.substr(whole.begin, whole.end - whole.begin);
    std::size_t const hyphen = hyphen_in_figure_word(own);
    bool const inside = hyphen != std::string_view::npos && hyphen + 1 < own.size() && text::is_alpha(own[hyphen + 1]);
    if (!inside) {
        if (at + 1 >= sentence_end || prose[at] != '-' || !text::is_alpha(prose[at + 1])) return false;
        ++at;
        while (at < sentence_end && (text::is_alpha(prose[at]) || prose[at] == '-')) ++at;
    }
    auto const words = text::words(prose.substr(at, std::min<std::size_t>(40, sentence_end - at)));
    // the noun: the last of up to three words before a word that ends the phrase (or the text's end)
    std::string noun;
    for (std::size_t k = 0; k < words.size() && k < 3; ++k) {
        std::string const w = text::lower(words[k]);
        if (text::contains_any_word(w, {"in", "on", "at", "from", "for", "to", "of", "with", "by", "that", "which",
                                        "who", "last", "this", "next", "and", "or", "were", "was", "are", "is", "had",
                                        "have", "has", "will", "would", "it", "they",
                                        // ("10 of the four-engined jets within a week")
                                        "within", "after", "before", "over", "during", "since", "until", "under", "a",
                                        "an", "the", "each", "per", "across", "into", "as", "than", "when", "while"}))
            break;
        noun = w;
        // (a comma or a full stop right after it ends the phrase)
        std::size_t const end = static_cast<std::size_t>(words[k].data() + words[k].size() - prose.data());
        if (end < sentence_end && !text::is_alnum(prose[end]) && prose[end] != ' ' && prose[end] != '-') break;
    }
    return noun.size() > 3 && noun.back() == 's' && !noun.ends_with("ss") && !noun.ends_with("us");
}

/// Whether `m` is a size told with a unit of length, in its text or joined after it by a hyphen: "200mm",
/// "22 nm", "12-inch", "the 3-nanometre node" (what a thing is, never how many there are).
bool a_size(std::string_view prose, mention const& m) {
    static constexpr std::array<std::string_view, 16> lengths{
        "mm",          "nm",          "cm",        "km",        "inch",       "inches",     "millimetre", "millimeter",
        "millimetres", "millimeters", "nanometre", "nanometer", "nanometres", "nanometers", "micron",     "microns"};
    auto const is_length = [](std::string_view w) {
        std::string const lower = text::lower(w);
        return std::find(lengths.begin(), lengths.end(), lower) != lengths.end();
    };
    if (!m.unit.empty() && is_length(m.unit)) return true;
    std::string_view const own = prose.substr(m.begin, m.end - m.begin);
    std::size_t at = m.end;
    if (std::size_t const hyphen = hyphen_in_figure_word(own); hyphen != std::string_view::npos) {
        at = m.begin + hyphen;
    } else if (at >= prose.size() || prose[at] != '-') {
        return false;
    }
    std::size_t e = at + 1;
    while (e < prose.size() && text::is_alpha(prose[e])) ++e;
    return is_length(prose.substr(at + 1, e - at - 1));
}

/// Where `needle` first occurs in `haystack`, or npos: glibc's memmem, which skips ahead where
/// string_view::find stops at every byte that matches the needle's first (a space, at every word).
std::size_t find_bytes(std::string_view haystack, std::string_view needle) {
    void const* const at = memmem(haystack.data(), haystack.size(), needle.data(), needle.size());
    return at ? static_cast<std::size_t>(static_cast<char const*>(at) - haystack.data()) : std::string_view::npos;
}

void add_parts(claim_model& model, sentence const& s, std::size_t first, std::size_t last) {
    auto const& mentions = *model.mentions;
    std::string_view const sentence_text = model.prose.substr(s.begin, s.end - s.begin);
    auto const compatible = [](mention const& part, mention const& whole) {
        // "35,000 of the two models", "Of the 0.7 point contribution ... 1.1 point": not a count of the
        // whole's members.
        if (*part.value > 20 * *whole.value || std::floor(*whole.value) != *whole.value) return false;
        return part.unit.empty() || same_noun(part.unit, whole.unit);
    };
    // "Of the 120 employees, 135 were laid off." (or in a clause after "that": "Paisaplus said that of its
    // 1.2 crore registered customers, 145 lakh had borrowed")
    std::size_t opening = std::string::npos;
    if (text::lower(sentence_text.substr(0, 3)) == "of ") {
        opening = 0;
    } else if (std::size_t const that =
                   std::count_if(mentions.begin() + static_cast<std::ptrdiff_t>(first),
                                 mentions.begin() + static_cast<std::ptrdiff_t>(last),
                                 [](mention const& m) { return is_count(m) || m.kind == mention_kind::money; }) >= 2
                       ? find_bytes(sentence_text, " that of ")
                       : std::string_view::npos;
               that != std::string_view::npos) {
        std::string_view const owner = sentence_text.substr(that + 9, 6);
        if (owner.starts_with("the ") || owner.starts_with("its ") || owner.starts_with("their ")) opening = that + 6;
    }
    // (or after a colon or a semicolon: "Part of it will fund a scheme: of the 36.2 billion yen, 41 billion yen will
    // go to rural transport")
    // (a colon or a semicolon first, one pass of memchr each: most sentences have neither)
    if (opening == std::string::npos &&
        (std::memchr(sentence_text.data(), ':', sentence_text.size()) != nullptr ||
         std::memchr(sentence_text.data(), ';', sentence_text.size()) != nullptr) &&
        std::count_if(mentions.begin() + static_cast<std::ptrdiff_t>(first),
                      mentions.begin() + static_cast<std::ptrdiff_t>(last),
                      [](mention const& m) { return is_count(m) || m.kind == mention_kind::money; }) >= 2)
        for (std::string_view const lead : {": of the ", "; of the ", ": of its ", "; of its "})
            if (std::size_t const at = find_bytes(sentence_text, lead); at != std::string_view::npos) {
                opening = at + 2;
                break;
            }
    // Whether figure `m` is a net change or a difference ("the $1.2 billion rise in revenue", "the $40 million
    // net profit", "the 1.5 million-tonne rise in output"), which parts of both signs make up: no whole a part
    // must stay within. (Of a count, only a noun of change: "Of the 1,200 job cuts" counts cuts.)
    auto const net_difference = [&](mention const& m, bool money) {
        std::string const follow = text::lower(model.prose.substr(m.end, std::min<std::size_t>(32, s.end - m.end)));
        auto const noun = text::words(follow);
        bool difference = text::contains_any_word(text::lower(model.prose.substr(m.begin, m.end - m.begin)), {"net"});
        // (a compound before it: "the $126 million year-on-year rise")
        std::size_t reach = 3;
        {
            std::size_t const word = follow.find_first_not_of(' ');
            std::size_t const end = word == std::string::npos ? word : follow.find(' ', word);
            if (word != std::string::npos)
                reach += static_cast<std::size_t>(std::count(
                    follow.begin() + static_cast<std::ptrdiff_t>(word),
                    end == std::string::npos ? follow.end() : follow.begin() + static_cast<std::ptrdiff_t>(end), '-'));
        }
        for (std::size_t k = 0; k < noun.size() && k < reach && !difference; ++k)
            difference = text::contains_any_word(
                noun[k], {"net", "rise", "increase", "increases", "gain", "gains", "growth", "decline", "drop", "fall",
                          "decrease", "change", "swing", "loss", "losses", "deficit", "shortfall", "profit", "profits",
                          "income", "earnings", "surplus", "gap", "balance", "outflow", "outflows", "inflow", "inflows",
                          "jump", "slump", "cut", "cuts", "saving", "savings",
                          // ("Of the $126 million improvement, $150 million came from higher fares": a net
                          // change that gains and offsetting losses make up)
                          "improvement", "improvements", "reduction", "reductions", "deterioration", "turnaround",
                          "uplift", "narrowing", "widening", "rebound", "recovery"});
        // (a verb of a net count after it, the offset told in the sentence: "Of the 9.3 million subscribers added,
        // 10.1 million came from outside the United States, where it lost 0.8 million", "Of the 4.2 million
        // subscribers lost, 5.1 million were in Russia, partly offset by gains elsewhere"; not "Of the 47,500
        // jobs added, 52,600 were full-time")
        bool const net_count =
            std::any_of(noun.begin(), noun.begin() + static_cast<std::ptrdiff_t>(std::min(noun.size(), reach)),
                        [](std::string_view w) {
                            // (or a net flow: "Of the $21.3 billion that flowed into funds, ETFs took in $24.6
                            // billion and mutual funds lost $3.3 billion")
                            return text::contains_any_word(w, {"added", "lost", "gained", "shed", "flowed", "poured"});
                        }) &&
            text::contains_any_word(text::lower(model.prose.substr(m.end, s.end - m.end)),
                                    {"offset", "offsetting", "lost", "losses", "gains", "gained", "fell", "declined",
                                     "decline", "fall", "drop", "dropped", "partly"});
        // (or a difference named before it: "Of its net income of $1.12 billion,", "Of the group's operating
        // profit of $2.9 billion,", "Of revenue growth of $1.2 billion,")
        bool named_before = false;
        if (m.begin > s.begin + opening) {
            std::string const lead = text::lower(model.prose.substr(s.begin + opening, m.begin - s.begin - opening));
            auto const lead_words = text::words(lead);
            named_before = lead_words.size() >= 2 && lead_words.back() == "of" &&
                           std::any_of(lead_words.begin(), lead_words.end() - 1, [](std::string_view w) {
                               return text::contains_any_word(
                                   w, {"net", "profit", "profits", "income", "earnings", "growth", "rise", "increase",
                                       "gain", "decline", "drop", "fall", "change", "loss", "surplus", "deficit"});
                           });
        }
        // (or an increase named as extra money, the cuts that offset part of it told in the sentence: "Of the extra
        // $8.4 billion, $10.2 billion goes to weapons, offset by $1.8 billion in cuts elsewhere", "Of the $8.4
        // billion boost", "in additional funding", "in new money")
        bool extra_offset = false;
        if (money && !net_count && !named_before) {
            std::string const lead =
                text::lower(model.prose.substr(m.begin >= 16 ? m.begin - 16 : 0, std::min<std::size_t>(m.begin, 16)));
            auto const lead_words = text::words(lead);
            bool const extra =
                (!lead_words.empty() &&
                 text::contains_any_word(lead_words.back(), {"extra", "additional", "net", "new", "added"})) ||
                std::any_of(noun.begin(), noun.begin() + static_cast<std::ptrdiff_t>(std::min(noun.size(), reach)),
                            [](std::string_view w) {
                                return text::contains_any_word(
                                    w, {"boost", "top", "topup", "injection", "extra", "additional"});
                            });
            extra_offset = extra && text::contains_any_word(text::lower(model.prose.substr(m.end, s.end - m.end)),
                                                            {"offset", "offsetting", "cut", "cuts", "savings", "saving",
                                                             "reduced", "reduction", "reductions", "minus", "less"});
        }
        if (net_count || named_before || extra_offset) return true;
        if (!money && difference) {
            static constexpr std::array<std::string_view, 14> change_nouns{
                "net",  "rise",     "increase", "gain",  "growth",      "decline",   "drop",
                "fall", "decrease", "change",   "swing", "improvement", "reduction", "rebound"};
            difference =
                std::any_of(noun.begin(), noun.begin() + static_cast<std::ptrdiff_t>(std::min(noun.size(), reach)),
                            [](std::string_view w) {
                                return std::find(change_nouns.begin(), change_nouns.end(), w) != change_nouns.end();
                            }) ||
                text::contains_any_word(text::lower(model.prose.substr(m.begin, m.end - m.begin)), {"net"});
        }
        return difference;
    };
    if (opening != std::string::npos) {
        std::size_t const comma = sentence_text.find(',', opening);
        if (comma != std::string::npos) {
            std::optional<std::size_t> whole, second;
            bool difference_whole = false; // the whole is a net change: no part is checked against it
            for (std::size_t i = first; i < last && mentions[i].begin < s.begin + comma; ++i)
                if (mentions[i].begin >= s.begin + opening && is_count(mentions[i])) {
                    if (!whole && net_difference(mentions[i], false)) {
                        difference_whole = true;
                        break;
                    }
                    if (!whole)
                        whole = i;
                    else if (!second)
                        second = i;
                }
            // "Of the $1.2 billion, $1.5 billion will go to roads": a sum of money, its part of the same
            // currency (not a difference, which parts of both signs make up: "Of the $1.2 billion rise in
            // revenue, $1.5 billion came from cloud", "Of the $40 million net profit")
            if (!whole && !difference_whole)
                for (std::size_t i = first; i < last && mentions[i].begin < s.begin + comma; ++i) {
                    mention const& m = mentions[i];
                    if (m.begin < s.begin + opening) continue;
                    if (m.kind != mention_kind::money || !top_level(m) || m.is_range || !m.value || *m.value <= 0 ||
                        !m.per.empty())
                        continue;
                    if (!net_difference(m, true)) whole = i;
                    break;
                }
            // "Of the 300 passengers and 25 crew": a whole of two counts, the part checked against both
            // (not "Of the 200 employees at its 3 plants": one whole)
            double combined = 0;
            if (whole && second &&
                text::lower(model.prose.substr(mentions[*whole].end, mentions[*second].begin - mentions[*whole].end)) ==
                    " and ")
                combined = *mentions[*whole].value + *mentions[*second].value;
            // ("Singapore received 1.48 million visitors in March. Of those, 2.1 million came for the concerts":
            // the last count of the sentence before, in the same paragraph)
            if (!whole && !difference_whole && first > 0 && model.sentences) {
                std::string const first_words = text::lower(sentence_text.substr(0, comma + 1));
                // ("The port shipped 45.1 million tonnes in April. Of that, 47.9 million tonnes went to China":
                // an amount taken up as "that" or "this")
                // (or its noun again: "received 4,820 complaints in 2023. Of those complaints, 2,170", "Of last year's
                // complaints,", "Of the complaints,")
                std::string noun_again;
                {
                    auto const w = text::words(first_words);
                    bool determiners = w.size() >= 3 && w[0] == "of";
                    for (std::size_t k = 1; determiners && k + 1 < w.size(); ++k)
                        determiners = text::contains_any_word(
                            w[k], {"those", "these", "the", "its", "their", "last", "this", "year", "s", "all"});
                    if (determiners && first_words.ends_with(",")) noun_again = std::string(w.back());
                }
                if (first_words == "of those," || first_words == "of them," || first_words == "of these," ||
                    first_words == "of that," || first_words == "of this," || first_words == "of the total," ||
                    first_words == "of this total," || first_words == "of that total," || !noun_again.empty()) {
                    // (its last count, past the times after it: "1.48 million visitors in March")
                    std::size_t k = first;
                    while (k > 0 && mentions[k - 1].sentence + 1 == mentions[first].sentence &&
                           !is_count(mentions[k - 1]) && !is_quantity(mentions[k - 1].kind))
                        --k;
                    // (not a count of the places or groups the counted were in: "The study tracked 1,420 devils at
                    // six sites. Of those, 186 developed tumours" - the count before them)
                    while (k > 1 && mentions[k - 2].sentence == mentions[k - 1].sentence && is_count(mentions[k - 2]) &&
                           mentions[k - 2].end <= mentions[k - 1].begin) {
                        std::string const between = text::lower(
                            model.prose.substr(mentions[k - 2].end, mentions[k - 1].begin - mentions[k - 2].end));
                        auto const gap = text::words(between);
                        std::size_t g = gap.size();
                        if (g > 0 && text::contains_any_word(gap[g - 1], {"the", "its", "their"})) --g;
                        if (g == 0 || g > 4 || between.find_first_of(",;") != std::string::npos ||
                            !text::contains_any_word(gap[g - 1], {"at", "in", "on", "across", "from", "over", "into"}))
                            break;
                        --k;
                    }
                    // (nor an average of them after it: "1,280 routes had been lost in the past five years, an average
                    // of 256 a year. Of those, 742 were in rural areas")
                    if (k > 1 && mentions[k - 1].begin >= 14 &&
                        (text::iequals(model.prose.substr(mentions[k - 1].begin - 14, 14), "an average of ") ||
                         text::iequals(model.prose.substr(mentions[k - 1].begin - 10, 10), "averaging "))) {
                        std::size_t c = k - 1; // the count before the average, past its times
                        while (c > 0 && mentions[c - 1].sentence == mentions[k - 1].sentence &&
                               (dated_time(mentions[c - 1]) || mentions[c - 1].kind == mention_kind::duration))
                            --c;
                        if (c > 0 && mentions[c - 1].sentence == mentions[k - 1].sentence && is_count(mentions[c - 1]))
                            k = c;
                    }
                    // (nor a rate that restates the count before it: "answered 846,000 calls in December, about 27,300
                    // a day. Of those, 81,000 were category 1")
                    if (k > 1) {
                        std::size_t j = k - 1; // the count told before the rate, past its times
                        while (j > 0 && mentions[j - 1].sentence == mentions[k - 1].sentence &&
                               dated_time(mentions[j - 1]))
                            --j;
                        std::string const after = text::lower(model.prose.substr(
                            mentions[k - 1].end, std::min<std::size_t>(12, model.prose.size() - mentions[k - 1].end)));
                        auto const rate = text::words(after);
                        bool const per_time =
                            rate.size() >= 2 && text::contains_any_word(rate[0], {"a", "an", "per", "each"}) &&
                            text::contains_any_word(rate[1], {"day", "week", "month", "year", "hour", "minute"});
                        if (per_time && j > 0 && mentions[j - 1].sentence == mentions[k - 1].sentence &&
                            is_count(mentions[j - 1]) && top_level(mentions[j - 1]) &&
                            mentions[j - 1].end <= mentions[k - 1].begin) {
                            std::string_view const between =
                                model.prose.substr(mentions[j - 1].end, mentions[k - 1].begin - mentions[j - 1].end);
                            std::size_t const set_off = between.rfind(',');
                            if (set_off != std::string_view::npos && text::words(between.substr(set_off)).size() <= 2 &&
                                between.find(';') == std::string_view::npos)
                                k = j;
                        }
                    }
                    // (not the old value the count is set against, the count itself: "A total of 3,212 purchases
                    // were filed in March, compared with the 3,392 recorded in March 2023. Of these, 1,189")
                    if (k > 1) {
                        mention const& last_count = mentions[k - 1];
                        std::size_t const lead_from = last_count.begin >= 20 ? last_count.begin - 20 : 0;
                        std::string const lead =
                            text::lower(model.prose.substr(lead_from, last_count.begin - lead_from));
                        // (or the count it is told among: "2,381 babies died in 2022, among 605,479 live births. Of
                        // these, 1,700 were neonatal deaths")
                        static constexpr std::array<std::string_view, 12> markers{
                            "compared with ", "compared with the ", "compared to ", "compared to the ",
                            "from ",          "from the ",          "versus ",      "against the ",
                            "than ",          "than the ",          "among ",       "among the "};
                        // (or a change's base after "on", as British copy writes it: "up 8.4% on 27.5 million")
                        bool against = lead.ends_with("% on ") || lead.ends_with(" per cent on ") ||
                                       lead.ends_with(" percent on ") || lead.ends_with(" pct on ");
                        for (std::string_view const marker : markers)
                            against = against || (lead.ends_with(marker) &&
                                                  (lead.size() == marker.size() ||
                                                   !text::is_alpha(lead[lead.size() - marker.size() - 1])));
                        // (the one other count of that sentence; none where a list gives more: "Fifty-eight
                        // athletes started, 41 men and 17 women, up from 49 in 2023")
                        // (or the old value of a change, "up 8.4% on 27.5 million a year earlier": the new value,
                        // or the one other count told before the change)
                        bool const old_value = last_count.parent &&
                                               mentions[*last_count.parent].kind == mention_kind::change &&
                                               mentions[*last_count.parent].from == k - 1;
                        if (old_value && mentions[*last_count.parent].to) {
                            k = *mentions[*last_count.parent].to + 1;
                        } else if ((against && top_level(last_count)) || old_value) {
                            std::size_t others = 0, other = 0;
                            for (std::size_t j = k - 1; j > 0 && mentions[j - 1].sentence == last_count.sentence; --j)
                                if (is_count(mentions[j - 1]) && top_level(mentions[j - 1])) {
                                    ++others;
                                    other = j;
                                }
                            k = others == 1 ? other : 0;
                        }
                    }
                    if (k > 0) {
                        mention const& before = mentions[k - 1];
                        if (before.sentence + 1 == mentions[first].sentence &&
                            before.sentence < model.sentences->size() &&
                            (*model.sentences)[before.sentence].paragraph == s.paragraph && is_count(before) &&
                            top_level(before) && !before.is_range &&
                            (noun_again.empty() || (!before.unit.empty() && same_noun(before.unit, noun_again))) &&
                            // (not the second of two counts joined by "and": "The fund holds 120 stocks and 40
                            // bonds. Of those, 30 are held abroad" may be of either, or of both)
                            !(noun_again.empty() && k >= 2 && mentions[k - 2].sentence == before.sentence &&
                              is_count(mentions[k - 2]) && top_level(mentions[k - 2]) &&
                              mentions[k - 2].end <= before.begin &&
                              text::lower(model.prose.substr(mentions[k - 2].end,
                                                             before.begin - mentions[k - 2].end)) == " and ")) {
                            whole = k - 1;
                            // (the whole of a share told there, "them" the share: "Car occupants made up 724 of the
                            // 1,624 deaths. Of them, 262, or 36%, were unbelted")
                            if (k >= 2 && (first_words == "of them," || first_words == "of those," ||
                                           first_words == "of these,")) {
                                mention const& share = mentions[k - 2];
                                std::string const of = text::lower(
                                    model.prose.substr(share.end, before.begin - std::min(share.end, before.begin)));
                                if (share.kind == before.kind && top_level(share) && has_value(share) &&
                                    !share.is_range && (of == " of the " || of == " of " || of == " out of "))
                                    whole = k - 2;
                            }
                        }
                    }
                }
            }
            // ("Of the four-engined jets still flying, 10 ...": what each is, not how many; "Of the 12-inch
            // fabs", "Of the 200mm fabs", "Of its 22 nm customers": a size)
            if (whole && (counts_each(model.prose, mentions[*whole], s.end) || a_size(model.prose, mentions[*whole])))
                whole.reset();
            if (whole) {
                for (std::size_t i = *whole + 1; i < last; ++i) {
                    mention const& m = mentions[i];
                    if (m.begin < s.begin + comma || !top_level(m)) continue;
                    // (not a figure in an aside about the whole, set off by a second comma: "Of its 46 employees,
                    // compared with 60 before the cuts, 12 work part time", "Of the $1.9 billion, or $3.2 billion
                    // today,", "from a peak of 60,", "against $15.3 million in 2022,", "a figure expected to reach
                    // 70 next year,")
                    {
                        std::string const told =
                            text::lower(model.prose.substr(s.begin + comma + 1, m.begin - s.begin - comma - 1));
                        auto const told_words = text::words(told);
                        bool const aside =
                            !told_words.empty() && told.find_first_of(",;:") == std::string::npos &&
                            !text::contains_any_word(told, {"total", "which", "whom"}) &&
                            (text::contains_any_word(told_words[0],
                                                     {"compared", "against", "versus", "vs", "from", "worth", "or",
                                                      "down", "up", "since", "expected"}) ||
                             (told_words.size() >= 3 && (told_words[0] == "a" || told_words[0] == "an") &&
                              text::contains_any_word(told_words[1], {"figure", "number", "count", "sum", "tally"})));
                        std::size_t const close = model.prose.find(',', m.end);
                        if (aside && close != std::string_view::npos && close < s.end) continue;
                    }
                    // (not a figure that names or measures something else: "55-time champions Rangers",
                    // "the 100-metre champion", "have won the league 36 times", "24 Grand Slam titles")
                    {
                        std::string_view const next =
                            model.prose.substr(m.end, std::min<std::size_t>(7, s.end - m.end));
                        if ((next.size() >= 2 && next[0] == '-' && text::is_alpha(next[1])) ||
                            text::istarts_with(next, " times") || text::istarts_with(next, " time ") ||
                            (m.unit.empty() && next.size() >= 2 && next[0] == ' ' && next[1] >= 'A' && next[1] <= 'Z'))
                            break;
                    }
                    // ("860 backed strike action": the figure's first word is a verb in -ed, and what
                    // the grammar took for its noun the verb's object; the figure counts the whole's)
                    auto const words = text::words(m.text);
                    // (not "900 rescued migrants were taken": an adjective, the noun's verb after it)
                    // (the figure the clause's subject, nothing but a hedge before it: not "Australia has 788
                    // bleached reefs", "had 340 reported cases")
                    bool verb_next = words.size() >= 3 && words[1].size() > 4 && words[1].ends_with("ed") &&
                                     !text::is_digit(words[1][0]) && [&] {
                                         std::string const told = text::lower(
                                             model.prose.substr(s.begin + comma + 1, m.begin - s.begin - comma - 1));
                                         auto const told_words = text::words(told);
                                         return told_words.empty() ||
                                                (told_words.size() == 1 &&
                                                 text::contains_any_word(told_words[0],
                                                                         {"about", "some", "nearly", "almost", "around",
                                                                          "roughly", "over", "only", "just"}));
                                     }();
                    if (verb_next) {
                        auto const next =
                            text::words(model.prose.substr(m.end, std::min<std::size_t>(24, s.end - m.end)));
                        for (std::size_t k = 0; k < next.size() && k < 3; ++k)
                            verb_next = verb_next && !text::iequals(next[k], "were") &&
                                        !text::iequals(next[k], "was") && !text::iequals(next[k], "are") &&
                                        !text::iequals(next[k], "is") && !text::iequals(next[k], "had") &&
                                        !text::iequals(next[k], "have");
                    }
                    // ("Of the 86 victims, the oldest was 94": an age, a superlative's measure, not a count)
                    std::size_t const lead = std::max(s.begin, m.begin >= 24 ? m.begin - 24 : std::size_t{0});
                    // (anywhere in the clause after the whole's comma: "Australia had the most reefs affected, with
                    // 788")
                    std::size_t const clause_from = std::min(lead, s.begin + comma + 1);
                    // ("Of the 64,000 residents in that age group, 16,640": a group of ages names who they are)
                    std::string told_before = text::lower(model.prose.substr(clause_from, m.begin - clause_from));
                    for (std::string_view const group : {"age group", "age band", "age bracket", "age range"})
                        for (std::size_t at = told_before.find(group); at != std::string::npos;
                             at = told_before.find(group, at + 1))
                            std::fill_n(told_before.begin() + static_cast<std::ptrdiff_t>(at), 3, ' ');
                    bool const superlative = text::contains_any_word(
                        told_before,
                        {"oldest", "youngest", "eldest", "tallest", "heaviest", "longest", "shortest", "aged", "age",
                         // ("Of the 20 clubs, Liverpool scored the most goals, 86": the measure of a superlative)
                         "most", "fewest", "least", "highest", "lowest"});
                    if (superlative) break;
                    // (a label of one of them: "Of the 41 routes, the 48 is free", "Routes 65 and 88 lost the most
                    // riders", "Line 4", "No. 12": a bare number after "the" or a capitalised label word, or in a
                    // list after one)
                    if (m.unit.empty() && m.hedge.empty()) {
                        // (the words after the whole's comma: not "Of the eight platforms, 9 were closed")
                        std::size_t const clause = std::max(lead, s.begin + comma + 1);
                        std::string const told =
                            text::lower(model.prose.substr(clause, m.begin > clause ? m.begin - clause : 0));
                        auto const lead_words = text::words(told);
                        std::string_view const just_before =
                            lead_words.empty() ? std::string_view() : lead_words.back();
                        bool label = just_before == "the";
                        for (std::size_t k = lead_words.size() > 3 ? lead_words.size() - 3 : 0; k < lead_words.size();
                             ++k)
                            label = label || label_word(lead_words[k]);
                        if (label) break;
                    }
                    // ("Of the 40 people convicted, John Dean is now 85": what one of them is, an age, not
                    // a count)
                    // ("the last survivor was 104", "one was 91", "who is now 85"; not a count said of a
                    // count's noun: "the number laid off was 1,500")
                    if (m.unit.empty()) {
                        std::string const told =
                            text::lower(model.prose.substr(s.begin + comma, m.begin - s.begin - comma));
                        auto const lead_words = text::words(told);
                        std::size_t k = lead_words.size();
                        if (k > 0 && lead_words[k - 1] == "now") --k;
                        bool const verb =
                            k >= 1 && text::contains_any_word(lead_words[k - 1], {"is", "was", "turned", "turns"});
                        if (verb && !text::contains_any_word(told, {"number", "total", "count", "tally", "sum"})) break;
                    }
                    // ("Of the 80 million shares offered, orders came in for 960 million": the demand for them,
                    // no part)
                    {
                        std::string const told =
                            text::lower(model.prose.substr(s.begin + comma, m.begin - s.begin - comma));
                        if (text::contains_any_word(told, {"orders", "order", "demand", "sought", "bids", "bid",
                                                           "applications", "applied", "oversubscribed", "requests",
                                                           "requested"}))
                            break;
                    }
                    // ("Of the four nations, England won 28 of its 30 matches": the part's own whole
                    // follows it)
                    std::string const after =
                        text::lower(model.prose.substr(m.end, std::min<std::size_t>(16, s.end - m.end)));
                    if (after.starts_with(" of ") || after.starts_with(" out of ")) {
                        std::size_t j = i + 1;
                        while (j < last && mentions[j].begin < m.end) ++j;
                        if (j < last && is_count(mentions[j]) && mentions[j].begin <= m.end + 16) break;
                    }
                    if (mentions[*whole].kind == mention_kind::money) {
                        if (m.kind == mention_kind::money && m.unit == mentions[*whole].unit && !m.is_range &&
                            m.value && m.per.empty())
                            model.parts.push_back({i, *whole});
                    } else if (is_count(m) && (compatible(m, mentions[*whole]) || verb_next) &&
                               (combined == 0 || *m.value > combined)) {
                        model.parts.push_back({i, *whole});
                    }
                    break;
                }
            }
        }
    }
    // "1.29 million attendances at its sites, of which 1.43 million were at major units", "7.6 million
    // patients, of whom 300,000 have waited": the whole, then the part after "of which" or "of whom"
    for (std::size_t w = first; w + 1 < last; ++w) {
        mention const& whole = mentions[w];
        // (or the new value a change reached: "Its waiting list has grown to 280 young people, of whom")
        bool const reached = whole.parent && mentions[*whole.parent].kind == mention_kind::change &&
                             mentions[*whole.parent].to == w && !mentions[*whole.parent].parent;
        // (or a sum of money: "2.3 billion euros, of which 2.5 billion goes to roads")
        bool const sum = whole.kind == mention_kind::money && top_level(whole) && !whole.is_range && whole.value &&
                         *whole.value > 0 && whole.per.empty();
        if (!(is_count(whole) || sum || (reached && whole.kind == mention_kind::number && !whole.is_range))) continue;
        // (not with another count before it in its clause, which "of which" may take up: "arrested 120
        // people in 14 cities, of whom 80", "4,200 complaints about 300 streets, of which 1,900")
        if (w > first) {
            std::size_t e = w;
            while (e > first && mentions[e - 1].parent) --e;
            if (e > first && mentions[e - 1].sentence == whole.sentence && is_count(mentions[e - 1]) &&
                mentions[e - 1].end <= whole.begin &&
                model.prose.substr(mentions[e - 1].end, whole.begin - mentions[e - 1].end).find_first_of(",;:(") ==
                    std::string_view::npos)
                continue;
        }
        std::size_t p = w + 1;
        while (p < last && mentions[p].begin < whole.end) ++p;
        // (the whole's time between: "1.29 million attendances in January, of which", its text left
        // out of the words between)
        std::string without_time;
        std::size_t from = whole.end;
        for (std::size_t times = 0; p < last && times < 2 && dated_time(mentions[p]); ++times) {
            without_time += model.prose.substr(from, mentions[p].begin - from);
            from = mentions[p].end;
            ++p;
            while (p < last && mentions[p].parent) ++p;
        }
        // (a part of a sum: money of its currency, or a bare figure, "of which 1.4 billion")
        auto const money_part = [&](mention const& m) {
            return top_level(m) && !m.is_range && m.value && m.per.empty() &&
                   ((m.kind == mention_kind::money && m.unit == whole.unit) ||
                    (m.kind == mention_kind::number && m.unit.empty() && *m.value * 1000 >= *whole.value));
        };
        if (p >= last || !(sum ? money_part(mentions[p]) : is_count(mentions[p]) && top_level(mentions[p]))) continue;
        mention const& part = mentions[p];
        // (the cheap test first: this runs at every two counts in a row)
        std::string_view const between = model.prose.substr(whole.end, part.begin - whole.end);
        std::string_view relative = text::iends_with(between, ", of which ")  ? ", of which "
                                    : text::iends_with(between, ", of whom ") ? ", of whom "
                                                                              : "";
        // ("employs 120 people, 135 of them women", "issued 23 flood warnings, 32 of which were severe")
        if (relative.empty() && text::iends_with(between, ", ")) {
            std::string const after =
                text::lower(model.prose.substr(part.end, std::min<std::size_t>(12, s.end - part.end)));
            for (std::string_view const pronoun : {" of them", " of whom", " of which", " of those", " of these"})
                if (after.starts_with(pronoun) &&
                    (after.size() == pronoun.size() || !text::is_alnum(after[pronoun.size()])))
                    relative = ", ";
        }
        if (relative.empty()) continue;
        if (from != whole.end) without_time += model.prose.substr(from, part.begin - from);
        std::string const gap = text::lower(from != whole.end ? std::string_view(without_time) : between);
        // (a few words of the whole's noun between: "at its sites", not another figure's clause)
        std::string_view const noun = std::string_view(gap).substr(0, gap.size() - relative.size());
        if (text::words(noun).size() > 5 || noun.find_first_of(",;:()0123456789") != std::string_view::npos) continue;
        if (!(sum ? *part.value <= 20 * *whole.value : compatible(part, whole))) continue;
        model.parts.push_back({p, w});
        // (the parts after it in one list, each a part of the whole: "764 dams, of which 173 are classified as
        // abandoned and 867 as inactive"; a comma or "and" and a few plain words between)
        for (std::size_t q = p + 1, previous = p; q < last; ++q) {
            mention const& next = mentions[q];
            if (next.parent) continue;
            if (!(sum ? money_part(next) && *next.value <= 20 * *whole.value
                      : is_count(next) && top_level(next) && compatible(next, whole)))
                break;
            std::string const joint =
                text::lower(model.prose.substr(mentions[previous].end, next.begin - mentions[previous].end));
            auto const joint_words = text::words(joint);
            if (joint_words.size() > 6 || joint.find_first_of(";:()0123456789") != std::string::npos ||
                !(text::contains_any_word(joint, {"and"}) || joint.find(',') != std::string::npos) ||
                text::contains_any_word(joint, {"of", "than", "from", "to", "while", "but", "whereas"}))
                break;
            // (nor a new subject after the clause closes: "300 arrivals, of which 200 came by sea, and Italy 900",
            // "3,480 applications, of whom 590 were unaccompanied, and adults for 9,164")
            if (auto const closed = joint.find(", and ");
                closed != std::string::npos && !text::words(std::string_view(joint).substr(closed + 6)).empty())
                break;
            // (nor the next item of a list the whole is an item of, after the comma that closes the clause of its
            // one part: "Of the £4.1bn, £1.6bn is for mains, of which £0.9bn is for London, and £2.5bn for
            // treatment", "The £4.1bn splits: £1.6bn for mains, of which ..., and £2.5bn")
            if (previous == p && joint.find(", and ") != std::string::npos &&
                (text::istarts_with(model.prose.substr(s.begin, 3), "of ") ||
                 model.prose.substr(s.begin, whole.begin - s.begin).find(':') != std::string_view::npos))
                break;
            model.parts.push_back({q, w});
            previous = q;
        }
    }
    // "135 of the 120 employees", "7 out of 10".
    for (std::size_t i = first; i + 1 < last; ++i) {
        mention const& part = mentions[i];
        // ("$19.3 billion of the $28.6 billion, or 57.5%", "$312 million of the $240 million": sums of one currency)
        if (part.kind == mention_kind::money && top_level(part) && !part.is_range && part.value && *part.value > 0 &&
            part.per.empty()) {
            std::size_t j = i + 1;
            while (j < last && mentions[j].begin < part.end) ++j;
            if (j < last) {
                mention const& whole = mentions[j];
                if (whole.kind == mention_kind::money && top_level(whole) && !whole.is_range && whole.value &&
                    *whole.value > 0 && whole.per.empty() && whole.unit == part.unit &&
                    text::lower(model.prose.substr(part.end, whole.begin - part.end)) == " of the ")
                    model.parts.push_back({i, j});
            }
            continue;
        }
        if (!is_count(part)) continue;
        std::size_t j = i + 1;
        while (j < last && mentions[j].begin < part.end) ++j;
        // ("150 of last year's 246 homicides": the whole's time, a possessive, between)
        bool possessive_time = false;
        if (j + 1 < last && !is_quantity(mentions[j].kind) && mentions[j].kind != mention_kind::comparison &&
            text::iequals(model.prose.substr(part.end, mentions[j].begin - part.end), " of ") &&
            (text::iends_with(model.prose.substr(mentions[j].begin, mentions[j].end - mentions[j].begin + 2), "'s") ||
             text::iends_with(model.prose.substr(mentions[j].begin, mentions[j].end - mentions[j].begin), "'s")) &&
            is_count(mentions[j + 1]) && mentions[j + 1].begin <= mentions[j].end + 3) {
            possessive_time = true;
            ++j;
        }
        if (j >= last || !is_count(mentions[j])) continue;
        std::string between = possessive_time ? std::string(" of the ")
                                              : text::lower(model.prose.substr(part.end, mentions[j].begin - part.end));
        // ("59 of the capital's 75 seats", "41 of London's 73 seats": the whole's owner between)
        if (between.size() <= 32 && between.starts_with(" of ") &&
            (between.ends_with("'s ") || between.ends_with("s' ")) && text::words(between).size() <= 4 &&
            between.find_first_of(",;:()\"") == std::string::npos)
            between = " of the ";
        // (or " of " alone between two counts, a trial's form: "41 of 120 patients (34%)")
        bool const bare_of =
            between == " of " && !mentions[j].unit.empty() && mentions[j].hedge.empty() && part.hedge.empty();
        if (between == " of the " || between == " out of " || between == " out of the " || between == " of its " ||
            between == " of their " || between == " of all " || between == " of his " || between == " of her " ||
            bare_of) {
            // ("41 seats out of 120": the whole counts what the part does)
            bool const counted = between == " out of " && mentions[j].unit.empty() &&
                                 *part.value <= *mentions[j].value &&
                                 std::floor(*mentions[j].value) == *mentions[j].value;
            // (not a rating or a length of each: "60 of the 15 MW turbines", "210 of the 12 metre buses")
            auto const each_size = [&](mention const& whole) {
                if (!text::contains_any_word(text::lower(whole.unit),
                                             {"mw", "gw",    "kw",   "metre", "meter",  "metres", "meters", "m",
                                              "ft", "foot",  "feet", "inch",  "inches", "mm",     "cm",     "km",
                                              "nm", "tonne", "ton",  "litre", "liter",  "kwh",    "mwh"}))
                    return false;
                std::string_view const next = text::first_word(model.prose.substr(whole.end, 24));
                return !next.empty() && text::is_alpha(next.front()) && !text::iequals(next, "of") &&
                       model.prose.substr(whole.end, 1) == " ";
            };
            if ((compatible(part, mentions[j]) || counted) && !counts_each(model.prose, mentions[j], s.end) &&
                !each_size(mentions[j]))
                model.parts.push_back({i, j});
        }
    }
}

/// A part of a whole stated just before ("41 of the 120 seats", "Of the 120 seats, the party won
/// 41") restated as a percentage right after them: ", or 44%", ", or 34% of the total". The share is
/// the part over that whole, as add_restated_shares reads "9,000 jobs, or 7% of its workforce of
/// 128,000". Not when the percentage is "of" something else ("two of the 10 biggest banks, or 40% of
/// the sector's assets": another measure).
void add_restated_parts(claim_model& model, std::size_t first_part) {
    auto const& mentions = *model.mentions;
    for (std::size_t k = first_part; k < model.parts.size(); ++k) {
        auto const [i, w] = model.parts[k];
        mention const& part = mentions[i];
        mention const& whole = mentions[w];
        if (*part.value > *whole.value) continue; // NC108's
        std::size_t const later = std::max(i, w);
        std::size_t p = later + 1;
        while (p < mentions.size() && mentions[p].begin < mentions[later].end) ++p;
        // (past the whole's time, which the gap's words are tested without: "244 of the 590 homicides recorded in
        // the year to March 2023, or 46.4%", "33,838 of the 62,430 two-wheelers sold in April, or 45.2%")
        std::vector<std::pair<std::size_t, std::size_t>> times;
        while (p < mentions.size() && mentions[p].sentence == part.sentence && !mentions[p].parent &&
               dated_time(mentions[p])) {
            times.emplace_back(mentions[p].begin, mentions[p].end);
            std::size_t const time_end = mentions[p].end;
            ++p;
            while (p < mentions.size() && mentions[p].begin < time_end) ++p;
        }
        if (p >= mentions.size() || mentions[p].sentence != part.sentence) continue;
        mention const& percent = mentions[p];
        if (percent.kind != mention_kind::percent || !top_level(percent) || percent.is_range) continue;
        // ", or" right after the later figure, or after the whole's noun of up to three words ("10
        // biggest banks, or")
        std::string gap_text(model.prose.substr(mentions[later].end, percent.begin - mentions[later].end));
        for (auto const& [from, to] : times)
            std::fill_n(gap_text.begin() + static_cast<std::ptrdiff_t>(from - mentions[later].end), to - from, ' ');
        std::string_view gap = gap_text;
        // (or a rate named as such: "1,416 were sold, a clearance rate of 57 per cent", "a turnout of
        // 48%", "a pass rate of 91%")
        std::size_t const named_rate = [&]() -> std::size_t {
            std::size_t const comma = gap.rfind(", a");
            if (comma == std::string_view::npos) return 0;
            std::string const tail = text::lower(gap.substr(comma + 2));
            auto const words = text::words(tail);
            if (words.size() < 3 || words.size() > 5 || words.back() != "of" || !tail.ends_with(" of ")) return 0;
            if (words.front() != "a" && words.front() != "an") return 0;
            std::string_view const noun = words[words.size() - 2];
            bool const rate = noun == "rate" || noun == "share" || noun == "proportion" || noun == "turnout" ||
                              noun == "ratio" || noun == "percentage";
            return rate && plain_words(tail, 5) ? gap.size() - comma : 0;
        }();
        // (or in brackets right after: "12 of the 40 members (30%) voted against", "(30% of them)")
        // (not seats: "won 412 of the 650 seats (33.7%)" gives the share of the vote in brackets as often)
        bool const bracketed = named_rate == 0 && gap.ends_with(" (") &&
                               !text::contains_any_word(whole.unit, {"seats", "seat", "constituencies", "wards"}) &&
                               !text::contains_any_word(part.unit, {"seats", "seat", "constituencies", "wards"}) &&
                               [&] {
                                   std::string_view const rest = model.prose.substr(percent.end, 40);
                                   std::size_t const close = rest.find(')');
                                   return close != std::string_view::npos &&
                                          rest.substr(0, close).find_first_of("(,;:.") == std::string_view::npos;
                               }();
        if (!gap.ends_with(", or ") && named_rate == 0 && !bracketed) continue;
        gap.remove_suffix(named_rate != 0 ? named_rate : bracketed ? 2 : 5);
        // (or after the part's verb: "Of the 78,450 voters, 37,712 voted, or 48.1 per cent", "40
        // joined the union, or 33%")
        // ("Of the 22 films in competition, four are directed by women, or 18%")
        bool const part_verb = later == i && gap.starts_with(' ') && plain_words(gap, 5) && [&] {
            auto const words = text::words(gap);
            return !words.empty() &&
                   (words[0].ends_with("ed") ||
                    text::contains_any_word(words[0], {"were", "did", "sold", "won", "lost", "got", "took", "went",
                                                       "came", "left", "paid", "bought", "kept", "held", "ran", "made",
                                                       "found", "are", "was"}));
        }();
        // (or the whole's noun and the part's verb after it: "Four of the 22 films in competition are directed by
        // women, or 18%")
        bool const whole_then_verb = later == w && gap.starts_with(' ') && plain_words(gap, 7) && [&] {
            auto const words = text::words(gap);
            return std::any_of(words.begin(), words.end(), [](std::string_view word) {
                return text::contains_any_word(word, {"were", "are", "was", "is"});
            });
        }();
        // (with the whole's time, the words that lead to it: "recorded in the year to")
        if (!gap.empty() && !part_verb && !whole_then_verb &&
            (later != w || !gap.starts_with(' ') || !plain_words(gap, times.empty() ? 3 : 6)))
            continue;
        bool const restated = std::any_of(model.restated_shares.begin(), model.restated_shares.end(),
                                          [&](restated_share const& r) { return r.percent == p; });
        if (restated) continue;
        // "or 44% of the total", "of them", "of the seats"; not "of the sector's assets", "of total
        // output", "of all deposits"; not a change ("or 8% more than in 2021")
        std::size_t after = percent.end;
        while (after < model.prose.size() && model.prose[after] == ' ') ++after;
        // (a change set off by a comma is the part's: "240 of the 543 seats, or 47 per cent, down from 303")
        if (after < model.prose.size() && text::is_alpha(model.prose[after])) {
            std::string const next = text::lower(model.prose.substr(after, 12));
            std::string_view const first = text::first_word(next);
            if (text::is_comparative(first) || first == "up" || first == "down" || first == "above" ||
                first == "below" || first == "over" || first == "under")
                continue;
            // (a percentage on a basis of its own: "312 of 460 games, or 69% counting ties as half", "41 of 50
            // paintings, or 89% excluding those withdrawn")
            if (text::contains_any_word(first, {"counting", "excluding", "including", "if", "when", "assuming",
                                                "weighted", "adjusted", "not", "based", "ignoring", "discounting"}))
                continue;
        }
        if (text::lower(model.prose.substr(after, 3)) == "of ") {
            std::size_t end = after;
            for (int words = 0; end < model.prose.size() && words < 5; ++end) {
                char const c = model.prose[end];
                if (c == ',' || c == ';' || c == '.' || c == '(' || c == ')') break;
                if (c == ' ') ++words;
            }
            std::string const lowered = text::lower(model.prose.substr(after + 3, end - after - 3));
            auto const phrase = text::words(lowered);
            // (the phrase names the whole: "the total" alone, "them", "those", "these", or its noun)
            bool whole_named = (phrase.size() == 2 && phrase[0] == "the" && phrase[1] == "total") ||
                               (phrase.size() == 1 && (phrase[0] == "them" || phrase[0] == "those" ||
                                                       phrase[0] == "these" || phrase[0] == "all"));
            for (std::size_t n = 0; n < phrase.size() && !whole_named; ++n) {
                std::string_view const word = phrase[n];
                whole_named = (!whole.unit.empty() && same_noun(word, whole.unit)) ||
                              (!part.unit.empty() && same_noun(word, part.unit));
            }
            if (!whole_named) continue;
        }
        // A fraction of the whole ("Half of the 2,000 staff, or 35%", "about one in four, or 26%") is
        // that share of it, not a count.
        if (*part.value < 1) {
            double const n = *whole.value;
            model.restated_shares.push_back(
                {i, p, w, interval{part.range->low * n, part.range->high * n}, interval{n, n}, *part.value * n, n});
            continue;
        }
        // (a rate named after a list of counts may be of another item: "won 28, drew 7 and lost 3 of their
        // 38 matches, a win rate of 74%")
        if ((named_rate != 0 || bracketed) && i > 0 && i - 1 != w && mentions[i - 1].sentence == part.sentence &&
            is_count(mentions[i - 1]) && mentions[i - 1].end <= part.begin) {
            std::string const joint =
                text::lower(model.prose.substr(mentions[i - 1].end, part.begin - mentions[i - 1].end));
            if ((joint.find(',') != std::string::npos || text::contains_any_word(joint, {"and"})) &&
                text::words(joint).size() <= 3)
                continue;
        }
        // A rate of the other group: "136 failed, a pass rate of 84 per cent", "698 were passed in, a
        // clearance rate of 67 per cent": the rate is 100 less the share, within a point)
        if (named_rate != 0 && *whole.value > 0) {
            double const share = 100 * *part.value / *whole.value;
            if (std::abs(100 - share - *percent.value) <= 1) continue;
        }
        // Members of a small whole are counted, not rounded: "seven of the 12 members" is 7 of 12.
        bool const exact = counted_exactly(part) && counted_exactly(whole);
        interval const part_value = exact ? interval{*part.value, *part.value} : *part.range;
        interval const whole_value = exact ? interval{*whole.value, *whole.value} : *whole.range;
        model.restated_shares.push_back({i, p, w, part_value, whole_value, *part.value, *whole.value});
    }
}

bool is_figure(mention const& m) {
    if (!top_level(m) || m.is_range || is_year_like(m)) return false;
    return m.kind == mention_kind::money || (m.kind == mention_kind::number && !m.unit.empty());
}

/// A figure, or the new value a change reached ("Exports fell to 186 billion dollars last year"): what
/// a period or a comparison can be told of.
bool is_level(std::vector<mention> const& mentions, std::size_t i) {
    mention const& m = mentions[i];
    if (is_figure(m)) return true;
    if (!m.parent || !has_value(m) || m.is_range || is_year_like(m)) return false;
    mention const& change = mentions[*m.parent];
    return change.kind == mention_kind::change && change.to == i && !change.parent &&
           (m.kind == mention_kind::money || (m.kind == mention_kind::number && !m.unit.empty()));
}

bool is_period_mention(mention const& m) {
    if (m.kind == mention_kind::year || m.kind == mention_kind::period) return true;
    return m.kind == mention_kind::relative_time && !m.anchored &&
           (m.relative_unit == "year" || m.relative_unit == "ytd" || m.relative_unit == "quarter" ||
            m.relative_unit == "month" || m.relative_unit == "year-quarter" || m.relative_unit == "year-half" ||
            m.relative_unit == "year-months");
}

bool clause_break(std::string_view between) {
    return between.find(';') != std::string_view::npos || between.find(':') != std::string_view::npos;
}

void add_periods(claim_model& model) {
    auto const& mentions = *model.mentions;
    for (std::size_t f = 0; f < mentions.size(); ++f) {
        mention const& figure = mentions[f];
        if (!is_level(mentions, f)) continue;
        figure_period fp;
        fp.figure = f;
        // The nearest period right after the figure ("$664 billion in 2022"), else the one the clause
        // opens with ("In 2022, exports stood at $900 billion").
        for (std::size_t t = f + 1; t < mentions.size() && mentions[t].sentence == figure.sentence; ++t) {
            mention const& time = mentions[t];
            if (time.begin < figure.end) continue;
            if (is_figure(time) || time.kind == mention_kind::comparison) break;
            // (nor past another value: "to fall to 128 dlrs a tonne from 151 dlrs in 1985/86" is the
            // old value's period)
            if (has_value(time) && (time.kind == mention_kind::money || time.kind == mention_kind::number ||
                                    time.kind == mention_kind::percent))
                break;
            if (time.parent || !is_period_mention(time)) continue;
            std::string_view const between = model.prose.substr(figure.end, time.begin - figure.end);
            if (between.size() <= 24 && !clause_break(between) && between.find(',') == std::string_view::npos)
                fp.period = t;
            break;
        }
        if (!fp.period) {
            for (std::size_t t = f; t-- > 0 && mentions[t].sentence == figure.sentence;) {
                mention const& time = mentions[t];
                if (is_figure(time)) break;
                if (time.parent || !is_period_mention(time)) continue;
                // (not the time of another change's old value: "down 10.8% from 537.6 billion in 2022, and the
                // value of chip imports fell 15.4% to $349.4 billion")
                if (t > 0 && mentions[t - 1].parent && mentions[t - 1].end <= time.begin &&
                    time.begin - mentions[t - 1].end <= 4 && mentions[*mentions[t - 1].parent].from == t - 1)
                    continue;
                std::string_view const between = model.prose.substr(time.end, figure.begin - time.end);
                // (not a time in an aside about the subject, set off by commas: "Nordhavn, which launched its
                // first beer in 2022, sold 1.46 million hectolitres", "Italy, the leader in 2022, made 38 million")
                if (between.find(',') != std::string_view::npos && model.sentences &&
                    figure.sentence < model.sentences->size()) {
                    std::size_t const open = (*model.sentences)[figure.sentence].begin;
                    std::size_t const comma = model.prose.rfind(',', time.begin);
                    if (comma != std::string_view::npos && comma > open) {
                        std::string const head = text::lower(text::first_word(
                            model.prose.substr(comma + 1, std::min<std::size_t>(time.begin - comma, 24))));
                        // (an aside that restates the period is the figure's: "for the October-December quarter,
                        // its fiscal Q3, slumped 41%", "in fiscal 2023, the year to March 2023,")
                        std::string const aside = text::lower(model.prose.substr(comma + 1, time.begin - comma - 1));
                        bool const restated = std::ranges::all_of(text::words(aside), [](std::string_view w) {
                            return text::contains_any_word(
                                w, {"the",     "a",      "its",   "their",  "fiscal", "financial", "calendar", "year",
                                    "quarter", "half",   "month", "period", "season", "to",        "ended",    "ending",
                                    "first",   "second", "third", "fourth", "same",   "last",      "this",     "that"});
                        });
                        if (!restated &&
                            text::contains_any_word(head, {"which", "who", "whose", "the", "a", "an", "its", "his",
                                                           "her", "their", "once", "formerly"}))
                            break;
                    }
                }
                if (between.size() <= 80 && !clause_break(between)) fp.period = t;
                break;
            }
        }
        if (fp.period) fp.year = model.year_of(mentions[*fp.period]);
        // "..., up 26 percent compared with 2022": the figure is not for 2022.
        for (std::size_t c = f + 1; c < mentions.size() && mentions[c].sentence == figure.sentence; ++c) {
            mention const& marker = mentions[c];
            if (is_figure(marker)) break;
            if (marker.kind != mention_kind::comparison) continue;
            for (std::size_t y = c + 1; y < mentions.size() && mentions[y].parent == c; ++y) {
                // (or a year counted back: "compared with a year earlier", resolved)
                bool const counted_year = mentions[y].kind == mention_kind::relative_time &&
                                          mentions[y].relative_unit == "year" && mentions[y].resolved &&
                                          mentions[y].resolved->size() == 4;
                if (mentions[y].kind != mention_kind::year && !counted_year) continue;
                auto const year = counted_year ? text::leading_year(*mentions[y].resolved) : model.year_of(mentions[y]);
                if (year) {
                    fp.not_years.push_back(*year);
                    fp.bases.push_back(c);
                }
            }
        }
        if (fp.period || !fp.not_years.empty()) model.periods.push_back(std::move(fp));
    }
}

bool same_measure_unit(mention const& a, mention const& b) {
    return a.kind == b.kind && (a.kind == mention_kind::money ? a.unit == b.unit : same_noun(a.unit, b.unit));
}

void add_comparisons(claim_model& model) {
    auto const& mentions = *model.mentions;
    for (std::size_t c = 0; c < mentions.size(); ++c) {
        mention const& marker = mentions[c];
        if (marker.kind != mention_kind::comparison) continue;
        std::string const lower = text::lower(marker.text);
        if (!(lower.starts_with("in comparison") || lower.starts_with("by comparison") ||
              lower.starts_with("in contrast") || lower.starts_with("by contrast")))
            continue;
        // The figure the marker introduces: the first one after it in this sentence or the next one
        // of the same paragraph.
        std::optional<std::size_t> figure;
        for (std::size_t f = c + 1; f < mentions.size(); ++f) {
            mention const& m = mentions[f];
            if (m.paragraph != marker.paragraph || m.sentence > marker.sentence + 1) break;
            if (!is_level(mentions, f)) continue;
            // (not one in an aside about the subject: "In contrast, Calendra, which raised $260 million in 2021, lost
            // $31 million last year" sets the loss against what came before)
            if (m.sentence == marker.sentence && m.begin > marker.end) {
                std::string const lead = text::lower(model.prose.substr(marker.end, m.begin - marker.end));
                std::size_t aside = std::string::npos;
                for (std::string_view const relative : {", which ", ", who ", ", whose "})
                    if (auto const at = lead.rfind(relative); at != std::string::npos)
                        aside = aside == std::string::npos ? at : std::max(aside, at);
                if (aside != std::string::npos && lead.find(',', aside + 2) == std::string::npos &&
                    model.prose.find(',', m.end) < model.prose.find('.', m.end))
                    continue;
            }
            figure = f;
            break;
        }
        if (!figure) continue;
        // The figure it is set against: the last one before the marker with the same unit, at most two
        // sentences back.
        // (in the paragraph before only when the marker's own has no figure before it: "Canada burned 18.5
        // million hectares in 2023. By comparison, the United States burned 2.7 million acres in 2023." is
        // not set against the acres of the paragraph before)
        bool own_figure = false;
        for (std::size_t f = c; f-- > 0;) {
            mention const& m = mentions[f];
            if (m.sentence + 2 < marker.sentence) break;
            if (m.paragraph != marker.paragraph && own_figure) break;
            if (m.paragraph == marker.paragraph && is_level(mentions, f)) own_figure = true;
            // (not the base an earlier figure was set against: "Revenue was $4.1 billion, compared with
            // $3.6 billion in 2024. By comparison, rival Acme posted $2 billion in 2025" sets Acme's
            // against the $4.1 billion)
            std::size_t const lead_from = m.begin >= 16 ? m.begin - 16 : 0;
            std::string const lead = text::lower(model.prose.substr(lead_from, m.begin - lead_from));
            bool const base = lead.ends_with("compared with ") || lead.ends_with("compared to ") ||
                              lead.ends_with("against ") || lead.ends_with("versus ") || lead.ends_with("vs ") ||
                              lead.ends_with("vs. ") || lead.ends_with("from ");
            if (base) continue;
            if (is_level(mentions, f) && same_measure_unit(m, mentions[*figure])) {
                model.compared.push_back({*figure, f, c});
                break;
            }
        }
    }
}

/// Words that do not name what a figure measures.
bool is_generic_noun(std::string_view w) {
    // Participles and adverbs after a figure are not what it measures ("the 1.45 mln hectares planted",
    // "45.7 billion yen already invested").
    if (w.ends_with("ed") || w.ends_with("ly") || w.ends_with("ing")) return true;
    static constexpr std::array<std::string_view, 10> not_nouns{
        "said", "already", "equivalent", "nominal", "outstanding", "range", "more", "less", "worth", "contribution"};
    if (std::find(not_nouns.begin(), not_nouns.end(), w) != not_nouns.end()) return true;
    static constexpr std::array<std::string_view, 40> words{
        "a",      "an",   "the",  "of",    "in",     "for",  "to",    "and",    "or",       "from",
        "with",   "at",   "on",   "by",    "last",   "this", "next",  "year",   "years",    "month",
        "months", "week", "day",  "total", "record", "high", "low",   "level",  "increase", "rise",
        "fall",   "drop", "gain", "loss",  "per",    "each", "share", "shares", "it",       "that"};
    return w.size() < 3 || std::find(words.begin(), words.end(), w) != words.end();
}

/// "the $3.5 billion plan": the noun right after a figure that a determiner introduces.
std::string attributive_subject(claim_model const& model, mention const& figure, sentence const& s) {
    // Only the word before the figure matters.
    std::size_t const from = figure.begin - s.begin > 12 ? figure.begin - 12 : s.begin;
    std::string_view const before = model.prose.substr(from, figure.begin - from);
    std::string_view const last = text::last_word(before);
    // (a headline drops its articles: "Library to reopen after $18.4 million renovation", the text's
    // first sentence, short and with no full stop)
    std::string_view const own = model.prose.substr(s.begin, s.end - s.begin);
    bool const headline = figure.sentence == 0 && own.size() <= 120 && !own.empty() && own.back() != '.' &&
                          own.back() != '?' && own.back() != '!' && !last.empty() && last.front() >= 'a' &&
                          last.front() <= 'z';
    if (last.empty()) return {};
    using text::iequals;
    if (!iequals(last, "the") && !iequals(last, "a") && !iequals(last, "an") && !iequals(last, "its") &&
        !iequals(last, "their") && !iequals(last, "this") && !headline)
        return {};
    std::string_view rest = model.prose.substr(figure.end, s.end - figure.end);
    if (rest.empty() || rest.front() != ' ') return {};
    std::string_view const next = text::first_word(rest.substr(0, std::min<std::size_t>(rest.size(), 24)));
    if (next.empty() || !text::is_alpha(next.front()) || (next.front() >= 'A' && next.front() <= 'Z'))
        return {}; // "the 23 mln dlr IDA loan": a name, not what is measured
    std::string noun = text::lower(next);
    if (is_generic_noun(noun) || !text::is_alpha(noun.front())) return {};
    // ("ahead of the $1.27 billion analysts had expected", "the $2.06 billion investors expected": who expected
    // it, a relative clause's subject, no noun that names the measure)
    if (person_noun(noun) || text::contains_any_word(noun, {"analysts", "economists", "investors", "traders",
                                                            "forecasters", "strategists", "experts", "markets"}))
        return {};
    // ("beat the $211 million consensus estimate", "topped the $110 forecast", "passed the $1.3 billion mark",
    // "well above the $300 average": a mark the figure before is measured against, of that figure's measure)
    {
        std::size_t const lead_from = figure.begin - s.begin > 40 ? figure.begin - 40 : s.begin;
        std::string const lead_text = text::lower(model.prose.substr(lead_from, figure.begin - lead_from));
        auto const lead = text::words(lead_text);
        if (lead.size() >= 2 && lead.back() == "the" &&
            text::contains_any_word(lead[lead.size() - 2],
                                    {"above", "below", "beat", "beats", "topped", "tops", "missed", "misses", "of",
                                     "than", "exceeded", "exceeds", "surpassed", "passed", "crossed", "broke",
                                     "matched", "behind", "short"}) &&
            (lead[lead.size() - 2] != "of" ||
             (lead.size() >= 3 && text::contains_any_word(lead[lead.size() - 3], {"ahead", "short", "shy"}))))
            return {};
    }
    // ("Of the 898,000 people who arrived": a relative clause, no noun that names the measure)
    auto const function_word = [](std::string_view w) {
        return text::contains_any_word(w, {"who", "whom", "whose", "which", "that", "where", "when", "were", "was",
                                           "is",  "are",  "of",    "in",    "to",   "for",   "and",  "or",   "from",
                                           "on",  "at",   "by",    "with",  "will", "would", "has",  "had",  "have",
                                           "as",  "than", "it",    "its",   "can",  "could", "may",  "might"});
    };
    if (function_word(noun)) return {};
    // (a compound, to its head: "the £58m transfer fee", "the $2.4 billion expansion plan", as "The transfer
    // fee was £48m" names it; "the $6.7 billion equity deal" is not "the $2.8 billion deal", "the $2.01
    // trillion spot market" not "the crypto market")
    std::string_view after = rest.substr(static_cast<std::size_t>(next.data() + next.size() - rest.data()));
    for (int k = 0; k < 2; ++k) {
        if (after.size() < 2 || after.front() != ' ' || !text::is_lower(after[1])) break;
        std::string_view const word = text::first_word(after.substr(0, std::min<std::size_t>(after.size(), 20)));
        std::size_t const end = static_cast<std::size_t>(word.data() + word.size() - after.data());
        // (a whole word of letters, not a verb's participle or an adverb)
        if (word.empty() || (end < after.size() && (after[end] == '-' || after[end] == '\'')) ||
            !std::all_of(word.begin(), word.end(), [](char c) { return text::is_lower(c); }))
            break;
        std::string const lower(word);
        if (function_word(lower) || is_generic_noun(lower)) break;
        noun += ' ';
        noun += lower;
        after = after.substr(end);
    }
    // (one put forward, asked for or turned down is another than the one there is: "The loan was $2 billion.
    // The $2.5 billion loan proposed by Moscow was rejected")
    if (after.size() > 1 && after.front() == ' ') {
        std::string const participle =
            text::lower(text::first_word(after.substr(0, std::min<std::size_t>(after.size(), 16))));
        if (text::contains_any_word(participle, {"proposed", "requested", "sought", "offered", "suggested", "demanded",
                                                 "floated", "mooted", "rejected", "pitched", "envisaged", "touted",
                                                 "considered", "discussed"}))
            return {};
    }
    return noun;
}

/// "The plan costs $3 billion": a short clause, its last word before the verb. "Trade between China
/// and Russia hit $240 billion": a noun and what it is between or of, named with capitals, the whole
/// phrase (not the trade between China and the U.S.).
std::string predicative_subject(claim_model const& model, mention const& figure, sentence const& s) {
    if (figure.begin - s.begin > 96) return {}; // a short clause: at most nine words before the figure
    std::string_view const before = model.prose.substr(s.begin, figure.begin - s.begin);
    // The words before the figure, in order (at most nine; without building a list or strings: this
    // runs at every figure of a short clause).
    std::array<std::string_view, 10> words;
    std::size_t count = 0;
    for (std::size_t i = 0; i < before.size();) {
        while (i < before.size() && !text::is_alnum(before[i])) ++i;
        std::size_t const begin = i;
        while (i < before.size() && text::is_alnum(before[i])) ++i;
        if (i == begin) break;
        if (count == words.size()) return {};
        words[count++] = before.substr(begin, i - begin);
    }
    if (count < 2) return {};
    // "Trade between China and Russia hit", "The value of trade with Japan was": the noun before
    // "between", "with" or "of", and after it names with capitals and "and" only, up to the verb
    if (count >= 4) {
        std::size_t const head = text::iequals(words[0], "the") ? 1 : 0;
        std::size_t const preposition = head + 1;
        std::size_t const verb = count - 1;
        bool const joined = preposition + 1 < verb &&
                            (text::iequals(words[preposition], "between") ||
                             text::iequals(words[preposition], "with") || text::iequals(words[preposition], "of"));
        static constexpr std::array<std::string_view, 8> phrase_verbs{"was",      "were",    "hit",   "reached",
                                                                      "totalled", "totaled", "stood", "amounted"};
        bool const verb_last = std::any_of(phrase_verbs.begin(), phrase_verbs.end(),
                                           [&](std::string_view v) { return text::iequals(words[verb], v); });
        // (the head opens the sentence with its capital, or follows "the" in lower case)
        bool names =
            joined && verb_last && (head == 0 ? text::is_upper(words[0].front()) : text::is_lower(words[1].front()));
        for (std::size_t k = preposition + 1; names && k < verb; ++k)
            names =
                text::is_upper(words[k].front()) || text::iequals(words[k], "and") || text::iequals(words[k], "the");
        if (names && !is_generic_noun(text::lower(words[head]))) {
            // (the names as written: "trade between China and Russia")
            std::string phrase = text::lower(words[head]);
            for (std::size_t k = head + 1; k < verb; ++k) {
                phrase += ' ';
                phrase +=
                    text::is_upper(words[k].front()) && k > preposition ? std::string(words[k]) : text::lower(words[k]);
            }
            return phrase;
        }
    }
    if (count > 5) return {};
    static constexpr std::array<std::string_view, 18> verbs{"costs", "cost",   "totals",  "totalled", "totaled", "is",
                                                            "was",   "stands", "stood",   "amounts",  "comes",   "came",
                                                            "hit",   "hits",   "reached", "reaches",  "were",    "are"};
    std::size_t v = count;
    while (v-- > 0)
        if (std::any_of(verbs.begin(), verbs.end(),
                        [&](std::string_view verb) { return text::iequals(words[v], verb); }))
            break;
    if (v == static_cast<std::size_t>(-1) || v == 0) return {};
    // Only "at", "to", "about" and hedges between the verb and the figure: not an object ("The storm
    // cost insurers about £120m" and "The storm cost farmers £35m" are two quantities).
    for (std::size_t k = v + 1; k < count; ++k)
        if (!text::contains_any_word(text::lower(words[k]),
                                     {"at",     "to",        "about", "around", "roughly", "some",  "nearly",
                                      "almost", "more",      "than",  "over",   "just",    "under", "approximately",
                                      "an",     "estimated", "a",     "total",  "of",      "up",    "less",
                                      "close",  "only",      "just",  "below",  "above",   "worth"}))
            return {};
    std::string noun = text::lower(words[v - 1]);
    // ("The plan will cost", "The bill still stands at"; not "now", a time of its own, nor "also", a
    // cost besides)
    if (text::contains_any_word(noun, {"will", "would", "still"}))
        return v >= 2 ? text::lower(words[v - 2]) : std::string();
    // ("Tickets for the show cost 150 euros", "Entry to the exhibition costs": the price of the thing before the
    // preposition, not of the show)
    if (v >= 4 && text::iequals(words[v - 2], "the") &&
        text::contains_any_word(text::lower(words[v - 3]), {"for", "to", "into", "at"}))
        noun = text::lower(words[v - 4]);
    if (is_generic_noun(noun)) return {};
    return noun;
}

/// "The authority now puts the cost of the line at $1.9 billion", "estimated the price of the
/// bridge at $640m": the noun after "cost of" or "price of", with "at" before the figure. `definite`
/// is set when "the" comes before the noun.
std::string cost_of_subject(claim_model const& model, mention const& figure, sentence const& s, bool& definite) {
    // (the cheap test first: this runs at every figure without a subject)
    if (figure.begin < s.begin + 16 || !text::iequals(model.prose.substr(figure.begin - 4, 4), " at ")) return {};
    // (not a figure qualified after it: "$5 billion in insured losses", "$1.2 trillion over 10 years",
    // "$2 billion a year", "$5 billion, up from an initial estimate of $3 billion")
    {
        std::string const next =
            text::lower(model.prose.substr(figure.end, std::min<std::size_t>(8, s.end - figure.end)));
        for (std::string_view const cue :
             {" in ", " over ", " a ", " per ", " each ", ", up", ", down", " up ", " down "})
            if (next.starts_with(cue)) return {};
    }
    std::size_t const from = figure.begin - s.begin > 64 ? figure.begin - 64 : s.begin;
    if (model.prose.substr(from, figure.begin - from).find(" of ") == std::string_view::npos) return {};
    std::string const lead = text::lower(model.prose.substr(from, figure.begin - from));
    auto const words = text::words(lead);
    std::size_t const n = words.size();
    if (n < 4 || words[n - 1] != "at") return {};
    // "cost of the line at", "cost of the new line at", "price tag of the bridge at"
    for (std::size_t k = n >= 7 ? n - 6 : 1; k + 2 < n; ++k) {
        if (words[k] != "of" || !text::contains_any_word(words[k - 1], {"cost", "costs", "price", "tag", "bill"}))
            continue;
        // (a cost of another measure: "the annual cost of the scheme", "the insured cost")
        if (k >= 2 && text::contains_any_word(words[k - 2], {"annual", "yearly", "monthly", "weekly", "daily",
                                                             "insured", "initial", "original", "extra", "additional"}))
            return {};
        std::string noun(words[n - 2]);
        if (is_generic_noun(noun)) return {};
        // (only words of the noun phrase between: no verb, no other figure's preposition)
        for (std::size_t w = k + 1; w + 1 < n; ++w)
            if (text::contains_any_word(words[w], {"of", "in", "for", "to", "from", "by", "was", "is", "and", "or"}))
                return {};
        definite = words[k + 1] == "the";
        return noun;
    }
    return {};
}

/// "a fine of £14m", "a budget of £2.1 billion", "was fined £14m": a sum named by the noun before
/// "of" (after "a" or "an"), or by "fined" before it: an introduction. "the budget of £2.4bn" refers
/// back to one named before: `definite` is set.
std::string of_subject(claim_model const& model, mention const& figure, sentence const& s, bool& definite) {
    if (figure.kind != mention_kind::money || figure.begin < s.begin + 8) return {};
    std::size_t const from = figure.begin - s.begin > 40 ? figure.begin - 40 : s.begin;
    std::string_view const lead = model.prose.substr(from, figure.begin - from);
    if (text::iends_with(lead, " fined ")) return "fine";
    if (!text::iends_with(lead, " of ")) return {};
    auto const words = text::words(lead);
    std::size_t const n = words.size();
    if (n < 3) return {};
    // (an owner's word refers back as "the" does: "its wage bill of £253m")
    auto const possessive = [](std::string_view w) {
        return text::iequals(w, "its") || text::iequals(w, "their") || text::iequals(w, "his") ||
               text::iequals(w, "her");
    };
    // (an owner's word alone before the noun names the owner's, not one told before: "from its peak of $119.18"
    // and "from their peak of $70.39" are two peaks; only with a noun before the head, below)
    auto const determiner = [&](std::string_view w) {
        return text::iequals(w, "the") || text::iequals(w, "a") || text::iequals(w, "an");
    };
    // ("a budget gap of £26.4 million", "a transfer fee of £40m": a noun before the head introduces what
    // "the £24.6 million gap" refers back to; an adjective or ordinal sets one apart from the others: "a gross
    // issue of 35 billion dlrs" and "The first issue of 300 mln dlrs" are two issues)
    auto const noun_modifier = [](std::string_view w) {
        if (w.size() < 3 || !std::all_of(w.begin(), w.end(), [](char c) { return text::is_lower(c); })) return false;
        if (text::contains_any_word(w, {"first",   "second",  "third",   "fourth",    "fifth",    "last",
                                        "next",    "final",   "initial", "gross",     "net",      "total",
                                        "new",     "further", "extra",   "another",   "separate", "similar",
                                        "single",  "record",  "maximum", "minimum",   "possible", "proposed",
                                        "special", "overall", "average", "small",     "large",    "big",
                                        "huge",    "modest",  "massive", "estimated", "expected", "projected"}))
            return false;
        for (std::string_view const suffix : {"ed", "al", "ive", "ous", "ble", "ful", "ic", "est", "th", "less"})
            if (text::iends_with(w, suffix)) return false;
        return true;
    };
    bool const modified = !determiner(words[n - 3]) && n >= 4 && !text::iequals(words[n - 4], "the") &&
                          !possessive(words[n - 4]) && determiner(words[n - 4]) && noun_modifier(words[n - 3]);
    bool const owned_modified =
        !modified && !determiner(words[n - 3]) && n >= 4 && possessive(words[n - 4]) && noun_modifier(words[n - 3]);
    bool const the = text::iequals(words[n - (modified || owned_modified ? 4 : 3)], "the");
    if (owned_modified) {
        // ("its wage bill of £253m": the compound, as "The wage bill was £235m" names it)
        std::string noun = text::lower(words[n - 2]);
        if (is_generic_noun(noun) || !std::all_of(noun.begin(), noun.end(), [](char c) { return text::is_alpha(c); }))
            return {};
        definite = true;
        return text::lower(words[n - 3]) + " " + noun;
    }
    if (!modified && !determiner(words[n - 3])) return {};
    std::string noun = text::lower(words[n - 2]);
    if (is_generic_noun(noun) || !std::all_of(noun.begin(), noun.end(), [](char c) { return text::is_alpha(c); }))
        return {};
    definite = the;
    return noun;
}

void add_measured(claim_model& model) {
    auto const& mentions = *model.mentions;
    auto const& sentences = *model.sentences;
    for (std::size_t f = 0; f < mentions.size(); ++f) {
        mention const& figure = mentions[f];
        if (!is_figure(figure) || figure.sentence >= sentences.size()) continue;
        sentence const& s = sentences[figure.sentence];
        std::string subject = attributive_subject(model, figure, s);
        std::string narrowed_by;
        bool definite = false;
        if (!subject.empty()) {
            std::size_t const from = figure.begin - s.begin > 12 ? figure.begin - 12 : s.begin;
            definite = text::iequals(text::last_word(model.prose.substr(from, figure.begin - from)), "the");
        } else {
            subject = predicative_subject(model, figure, s);
            // ("Trade between China and Russia": a phrase that names its parties names one quantity)
            if (subject.find(' ') != std::string::npos) {
                definite = true;
            } else if (!subject.empty()) {
                auto const lead = text::words(model.prose.substr(s.begin, figure.begin - s.begin));
                // "The plan costs", "The city's budget was": one quantity (the owner is part of the
                // subject: "The city's budget" is not "The state's budget")
                bool const owned = lead.size() >= 4 && text::lower(lead[0]) == "the" && lead[2] == "s" &&
                                   text::lower(lead[3]) == subject;
                if (owned) subject = text::lower(lead[1]) + "'s " + subject;
                // (a word that narrows it opening the sentence is part of it too: "US revenue was £0.97bn"
                // is not the group's revenue)
                bool const narrowed =
                    !owned && lead.size() >= 3 && text::lower(lead[1]) == subject &&
                    !text::contains_any_word(text::lower(lead[0]),
                                             {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
                                              "total", "overall", "and", "but", "so", "meanwhile", "also"});
                if (narrowed) subject = text::lower(lead[0]) + " " + subject;
                // (or words that narrow it: "Gulf of Mexico output was", "Private equity assets were", "Russian
                // crude exports were"; not a time or a clause before it, "In 2022, output was")
                if (!owned && !narrowed) {
                    // (after an owner's pronoun too: "Its bond assets were")
                    std::size_t const from =
                        !lead.empty() && text::contains_any_word(text::lower(lead[0]), {"its", "their"}) ? 1 : 0;
                    std::size_t h = from + 1;
                    while (h < lead.size() && h <= from + 4 && text::lower(lead[h]) != subject) ++h;
                    auto const plain = [base = model.prose.data()](std::string_view w) {
                        // (the "S" of "U.S." is an initialism's letter, not a possessive's)
                        if (w.size() == 1 && (w.front() == 'S' || w.front() == 's') && w.data() > base &&
                            w.data()[-1] == '.')
                            return true;
                        return !text::is_digit(w.front()) &&
                               !text::contains_any_word(
                                   text::lower(w), {"the",     "a",      "an",        "its",    "their", "his", "her",
                                                    "our",     "this",   "that",      "in",     "on",    "at",  "by",
                                                    "for",     "during", "after",     "before", "since", "and", "but",
                                                    "while",   "when",   "as",        "from",   "to",    "s",   "total",
                                                    "overall", "so",     "meanwhile", "also",   "last",  "next"});
                    };
                    bool const narrowing = h < lead.size() && h <= from + 4 && h >= 2 &&
                                           std::all_of(lead.begin() + static_cast<std::ptrdiff_t>(from),
                                                       lead.begin() + static_cast<std::ptrdiff_t>(h), plain);
                    if (narrowing)
                        for (std::size_t k = from; k < h; ++k)
                            narrowed_by += (k > from ? " " : "") + text::lower(lead[k]);
                }
                // (a compound after "the": "The transfer fee was £48m", "The expansion plan costs", as "the £58m
                // transfer fee" names it)
                std::size_t head = lead.size();
                while (head > 0 && text::lower(lead[head - 1]) != subject) --head;
                // (lead[head - 1] is the subject's noun; the words between "The" and it modify it)
                // (a year among them is the figure's time, not its name: "The 2024 cod quota is")
                auto const year_word = [](std::string_view w) {
                    return w.size() == 4 && std::all_of(w.begin(), w.end(), text::is_digit);
                };
                std::size_t const years =
                    head >= 2 && year_word(lead[1]) && head - 1 > 1 && !year_word(lead[head - 2]) ? 1 : 0;
                bool const compound =
                    !owned && !narrowed && head >= 3 + years && head <= 4 + years && text::lower(lead[0]) == "the" &&
                    std::all_of(lead.begin() + 1 + static_cast<std::ptrdiff_t>(years),
                                lead.begin() + static_cast<std::ptrdiff_t>(head - 1), [](std::string_view w) {
                                    return std::all_of(w.begin(), w.end(), [](char c) { return text::is_lower(c); }) &&
                                           !is_generic_noun(w);
                                });
                if (compound) {
                    std::string phrase;
                    for (std::size_t k = 1 + years; k < head; ++k)
                        phrase += (k > 1 + years ? " " : "") + std::string(lead[k]);
                    subject = phrase;
                }
                // (a noun without a determiner names no one quantity: "Alphabet reported strong results.
                // Revenue was $350 billion in 2025. Meta also gained. Revenue was $200 billion in 2025.")
                definite = owned || compound ||
                           (lead.size() >= 2 && text::lower(lead[0]) == "the" && text::lower(lead[1]) == subject);
            }
        }
        if (subject.empty()) subject = cost_of_subject(model, figure, s, definite);
        if (subject.empty()) subject = of_subject(model, figure, s, definite);
        if (subject.empty() || !figure.per.empty()) continue;
        // (a rate of a time: "The deal is worth about £1.675bn a season", "a year", "per season")
        {
            std::string const next =
                text::lower(model.prose.substr(figure.end, std::min<std::size_t>(12, model.prose.size() - figure.end)));
            if (!time_rate_after(model.prose, figure).empty() || next.starts_with(" a season") ||
                next.starts_with(" per season") || next.starts_with(" each season"))
                continue;
        }
        measured_figure m;
        m.figure = f;
        m.subject = subject;
        m.narrowing = std::move(narrowed_by);
        m.definite = definite;
        m.value = *figure.range;
        m.stated = *figure.value;
        if (auto const* p = model.period_of(f)) {
            m.year = p->year;
            if (p->period) {
                mention const& t = mentions[*p->period];
                m.period = t.resolved ? *t.resolved : !t.time_value.empty() ? t.time_value : text::lower(t.text);
            }
        }
        model.measured.push_back(m);
        // "..., up 26 percent compared with 2022": the value it implies for 2022.
        for (std::size_t c = f + 1; c < mentions.size() && mentions[c].sentence == figure.sentence; ++c) {
            mention const& change = mentions[c];
            if (is_figure(change)) break;
            if (change.kind != mention_kind::change || !change.amount || change.from || change.to || !change.range)
                continue;
            if (mentions[*change.amount].kind != mention_kind::percent) break;
            auto const* p = model.period_of(f);
            if (!p || p->not_years.empty()) break;
            // (a figure for a month or a quarter implies nothing of a whole year: "$24 billion in December,
            // up 26 percent compared with 2022")
            if (p->period) {
                mention const& t = mentions[*p->period];
                bool const whole_year =
                    t.kind == mention_kind::year ||
                    (t.kind == mention_kind::relative_time && t.relative_unit == "year") ||
                    (t.kind == mention_kind::period &&
                     (t.time_value.size() == 4 || (t.time_value.starts_with("FY") && t.time_value.size() == 6)));
                if (!whole_year) break;
            }
            // (the change right after the figure and its time, only commas between: not "hit $240 billion
            // last year, while trade with India was up 26 percent")
            {
                std::string gap;
                std::size_t from = figure.end;
                for (std::size_t k = f + 1; k < c; ++k) {
                    mention const& between = mentions[k];
                    if (between.begin < from || between.parent) continue;
                    gap += model.prose.substr(from, between.begin - from);
                    from = between.end;
                }
                gap += model.prose.substr(from, change.begin - from);
                if (gap.find_first_not_of(" ,") != std::string::npos) break;
            }
            // ("up 6% at constant currency", "organic growth", "like-for-like": not the reported change;
            // the words right after the change, not "the highest since comparable records began")
            if (on_another_basis(model.prose, change)) break;
            // (or anywhere after it in the sentence: "up 5% compared with 2022 without the acquisitions", "...
            // when acquisitions are excluded")
            if (rest_on_another_basis(model, change.sentence, change.end, true)) break;
            measured_figure implied = m;
            implied.change = c;
            implied.year = p->not_years.front();
            implied.period = std::to_string(*implied.year);
            // base = figure / (1 + change / 100), at both ends of both intervals.
            implied.value = {figure.range->low / (1 + change.range->high / 100),
                             figure.range->high / (1 + change.range->low / 100)};
            implied.stated = *figure.value / (1 + *change.value / 100);
            model.measured.push_back(implied);
            break;
        }
    }
}

} // namespace

std::optional<int> claim_model::year_of(mention const& time) const {
    using text::leading_year;
    if (time.kind == mention_kind::relative_time) {
        if (time.anchored || time.relative_unit.empty()) return std::nullopt;
        if (time.resolved) return leading_year(*time.resolved);
        // "last year", "year-to-date", "last year's fourth quarter": the year is counted from it.
        if ((time.relative_unit == "year" || time.relative_unit == "ytd" || time.relative_unit == "year-quarter" ||
             time.relative_unit == "year-half" || time.relative_unit == "year-months") &&
            reference_year)
            return *reference_year + time.relative_offset;
        return std::nullopt;
    }
    if (time.kind == mention_kind::date && time.resolved) return leading_year(*time.resolved);
    // "FY2025" is the fiscal year ending in 2025: not a calendar year.
    return leading_year(time.time_value);
}

bool change_on_another_basis(std::string_view prose, mention const& change) { return on_another_basis(prose, change); }

bool label_word(std::string_view word) {
    return text::contains_any_word(word, {"route", "routes", "line", "lines", "bus", "buses", "platform", "platforms",
                                          "gate", "gates", "no", "nos", "number", "flight", "flights", "channel",
                                          "exit", "junction"});
}

bool counted_exactly(mention const& m) {
    return m.value && m.hedge.empty() && *m.value < 100 && std::floor(*m.value) == *m.value &&
           m.text.find('.') == std::string::npos;
}

/// The sentence without a dateline of capitals that opens it ("HOUSTON - Of the 4,800 residents ...",
/// "NEW YORK (AP) - ..."), when no mention is in it: the sentence's words as the claim model reads them
/// ("Of the" opens it). A dateline with a date ("LONDON, May 17 (Reuters) -") stays.
sentence past_dateline(std::string_view prose, sentence s, std::vector<mention> const& mentions, std::size_t first) {
    std::size_t i = s.begin;
    std::size_t capitals = 0;
    while (i < s.end && ((prose[i] >= 'A' && prose[i] <= 'Z') || prose[i] == ' ' || prose[i] == '.' ||
                         prose[i] == '\'' || prose[i] == ',')) {
        capitals += prose[i] >= 'A' && prose[i] <= 'Z' ? 1 : 0;
        // (a word of capitals then one in lower case: no dateline, "THE company said")
        if (prose[i] == ' ' && i + 1 < s.end && prose[i + 1] >= 'a' && prose[i + 1] <= 'z') return s;
        ++i;
    }
    if (capitals < 3) return s;
    // (its date, which the extraction marks: "LONDON, May 17 (Reuters) -", "ABIDJAN, May 20 (staff) -")
    while (first < mentions.size() && mentions[first].dateline && mentions[first].begin >= s.begin &&
           mentions[first].begin <= i && mentions[first].end <= s.end) {
        i = std::max(i, mentions[first].end);
        ++first;
    }
    // (its country or state in words: "ABIDJAN, Ivory Coast (AP) -", "AUSTIN, Texas -")
    if (i < s.end && prose[i] >= 'a' && prose[i] <= 'z' && i > s.begin && prose[i - 1] >= 'A' && prose[i - 1] <= 'Z' &&
        i >= s.begin + 3 && prose[i - 2] == ' ' && prose[i - 3] == ',') {
        --i;
        for (int words = 0; words < 3 && i < s.end && prose[i] >= 'A' && prose[i] <= 'Z'; ++words) {
            while (i < s.end && text::is_alpha(prose[i])) ++i;
            while (i < s.end && prose[i] == ' ') ++i;
        }
    }
    while (i < s.end && (prose[i] == ' ' || prose[i] == ',')) ++i;
    std::string_view rest = prose.substr(i, s.end - i);
    // (an agency or a desk in brackets: "(AP) ", "(Reuters) ", "(staff) ", "(Bloomberg) ")
    if (rest.starts_with('(')) {
        std::size_t const close = rest.find(')');
        if (close <= 24 && close + 1 < rest.size() && rest[close + 1] == ' ' &&
            std::none_of(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(close), text::is_digit))
            rest.remove_prefix(close + 2);
    }
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    // (en and em dashes are folded to "-" and " - " in the prose)
    std::size_t dash = 0;
    while (dash < rest.size() && rest[dash] == '-') ++dash;
    if (dash == 0 || dash > 2 || dash >= rest.size() || rest[dash] != ' ') return s;
    std::size_t begin = static_cast<std::size_t>(rest.data() - prose.data()) + dash + 1;
    // (an em dash's " - ": two spaces each side)
    while (begin < s.end && prose[begin] == ' ') ++begin;
    if (begin >= s.end || (first < mentions.size() && mentions[first].begin < begin)) return s;
    s.begin = begin;
    return s;
}

claim_model build_claims(std::string_view prose, extraction const& found, std::optional<calendar_date> reference,
                         std::optional<int> reference_year) {
    claim_model model;
    model.prose = prose;
    model.reference = reference;
    model.reference_year = reference_year ? reference_year
                           : reference    ? std::optional<int>(reference->year)
                                          : std::nullopt;
    model.sentences = &found.sentences;
    model.mentions = &found.mentions;
    add_changes(model);
    // Sentence by sentence: mentions are in reading order and carry their sentence index.
    auto const& mentions = found.mentions;
    std::size_t first = 0;
    while (first < mentions.size()) {
        std::size_t last = first;
        while (last < mentions.size() && mentions[last].sentence == mentions[first].sentence) ++last;
        std::size_t const index = mentions[first].sentence;
        if (index < found.sentences.size()) {
            sentence const s = past_dateline(prose, found.sentences[index], mentions, first);
            add_totals(model, s, first, last);
            add_shares(model, s, first, last);
            add_remaining_shares(model, s, first, last);
            add_bracketed_shares(model, s, first, last);
            add_restatements(model, s, first, last);
            add_restated_shares(model, first, last);
            add_shares_restated_after(model, first, last);
            add_premiums(model, first, last);
            add_restated_changes(model, first, last);
            std::size_t const parts_before = model.parts.size();
            add_parts(model, s, first, last);
            add_restated_parts(model, parts_before);
        }
        first = last;
    }
    add_periods(model);
    add_comparisons(model);
    add_measured(model);
    return model;
}

} // namespace numcheck
