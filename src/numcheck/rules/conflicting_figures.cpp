// NC301 conflicting-figures: one quantity (same subject, same period) stated, or implied, with
// different values.
#include <cmath>
#include <string_view>
#include <unordered_map>
#include <utility>

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "numcheck/calendar.hpp"
#include "numcheck/rules/time.hpp"
#include "numcheck/text.hpp"

namespace numcheck::rules {

namespace {

/// True when the sentence of mention `index` names a year, a period, a date or a relative time (with
/// `days` false, not a date: the day of an event, "Councillors on Tuesday approved ... after a report
/// put the cost of the scheme at £486 million", says when it happened, not what the figure is for).
bool names_time(claim_model const& model, std::size_t index, bool days = true) {
    auto const& mentions = *model.mentions;
    auto const [first, last] = detail::sentence_of(mentions, index);
    for (std::size_t i = first; i < last; ++i) {
        mention const& other = mentions[i];
        if (!(other.kind == mention_kind::year || other.kind == mention_kind::period ||
              other.kind == mention_kind::relative_time || (days && other.kind == mention_kind::date)))
            continue;
        // (not the time a superlative ranges over: "The £18m fine is the largest this year", "the
        // highest since 2019")
        std::size_t end = other.begin;
        while (end > 0 && model.prose[end - 1] == ' ') --end;
        std::size_t begin = end;
        while (begin > 0 && text::is_alpha(model.prose[begin - 1])) --begin;
        bool const superlative = text::contains_any_word(
            text::lower(model.prose.substr(begin, end - begin)),
            {"largest",  "biggest",   "highest", "lowest",   "smallest", "greatest",  "steepest",
             "sharpest", "deepest",   "longest", "shortest", "heaviest", "costliest", "deadliest",
             "busiest",  "hottest",   "coldest", "wettest",  "driest",   "warmest",   "fastest",
             "slowest",  "strongest", "weakest", "worst",    "best",     "ever",      "record"});
        if (!superlative) return true;
    }
    return false;
}

/// The year the paragraph of mention `index` has named before it ("In 2021, demand was high. The
/// budget was $6.4 million."), or the year of a heading line of plain text right before its paragraph
/// ("2023", "The 2023 season", "FY2023": one short line without a full stop): the time a figure
/// whose sentence names none is told of.
std::optional<int> context_year(claim_model const& model, std::size_t index) {
    auto const& mentions = *model.mentions;
    if (!model.sentences || mentions[index].sentence >= model.sentences->size()) return std::nullopt;
    auto const& sentences = *model.sentences;
    std::size_t const paragraph = sentences[mentions[index].sentence].paragraph;
    auto const year_of = [&](mention const& t) -> std::optional<int> {
        bool const yearly = t.kind == mention_kind::year || t.kind == mention_kind::period ||
                            (t.kind == mention_kind::relative_time && t.relative_unit == "year");
        return yearly && !t.parent ? model.year_of(t) : std::nullopt;
    };
    for (std::size_t i = index; i-- > 0;) {
        mention const& t = mentions[i];
        if (t.sentence >= sentences.size()) break;
        sentence const& s = sentences[t.sentence];
        if (s.paragraph == paragraph) {
            if (auto const y = year_of(t)) return y;
            continue;
        }
        // (a heading line: the only sentence of the paragraph right before, short, no full stop)
        if (s.paragraph + 1 != paragraph || (t.sentence > 0 && sentences[t.sentence - 1].paragraph == s.paragraph) ||
            (t.sentence + 1 < sentences.size() && sentences[t.sentence + 1].paragraph == s.paragraph))
            break;
        std::string_view const line = model.prose.substr(s.begin, s.end - s.begin);
        if (line.size() > 60 || line.ends_with('.') || line.find('\n') != std::string_view::npos) break;
        if (auto const y = year_of(t)) return y;
    }
    return std::nullopt;
}

/// Whether the words right after a figure (and its noun) qualify what it counts: "$3 billion,
/// excluding interest", "the $4 billion plan, with interest", "$5 million before tax", or make it
/// an amount for each one ("£150 to each household", "cost each taxpayer £45").
bool qualified(claim_model const& model, mention const& figure) {
    std::string const after = text::lower(model.prose.substr(figure.end, 40));
    auto const words = text::words(after);
    // (words() splits at hyphens: "pre-tax" is "pre" and "tax", "inflation-adjusted" ends in "adjusted")
    static constexpr std::array<std::string_view, 11> qualifiers{
        "excluding", "including", "before", "after", "net", "gross", "adjusted", "pretax", "pre", "nominal", "real"};
    // the qualifier within the first three words, or "with"/"without" and a cost word
    for (std::size_t w = 0; w < words.size() && w < 3; ++w) {
        if (std::find(qualifiers.begin(), qualifiers.end(), words[w]) != qualifiers.end()) {
            // ("after a review", "before the vote": no cost word after it; but "before the increase", "after
            // the cut": the figure of another time)
            if ((words[w] == "before" || words[w] == "after") &&
                !(w + 1 < words.size() &&
                  text::contains_any_word(words[w + 1],
                                          {"tax", "taxes", "interest", "costs", "inflation", "fees", "charges",
                                           "rebates", "rebate", "discounts", "discount", "subsidies", "subsidy",
                                           "incentives", "credits", "deductions"}))) {
                bool const change = w + 2 < words.size() &&
                                    text::contains_any_word(words[w + 1], {"the", "its", "this", "that", "their"}) &&
                                    text::contains_any_word(words[w + 2], {"increase", "rise", "raise", "hike", "cut",
                                                                           "cuts", "reduction", "boost", "change",
                                                                           "changes", "revision", "increases"});
                if (change) return true;
                continue;
            }
            return true;
        }
        if ((words[w] == "with" || words[w] == "without") && w + 1 < words.size() &&
            text::contains_any_word(words[w + 1], {"interest", "tax", "taxes", "fees", "vat", "inflation", "costs"}))
            return true;
    }
    // (or right after it, what the price buys: "costs $16.99 with ads", "$29.99 without ads", "$29.99
    // ad-free", "$22.99 with 4K streaming")
    if (!words.empty() && (words[0] == "with" || words[0] == "without")) return true;
    if (words.size() >= 2 && words[0] == "ad" && text::contains_any_word(words[1], {"free", "supported"})) return true;
    // a part of the time the whole is for: "will cost $28 million in the first year", "in its first
    // year", "in year one", "in the first phase", "over three years"
    for (std::size_t w = 0; w + 2 < words.size() && w < 3; ++w) {
        if (!text::contains_any_word(words[w], {"in", "for", "over", "during"})) continue;
        std::size_t k = w + 1;
        if (text::contains_any_word(words[k], {"the", "its", "their", "his", "her"})) ++k;
        if (k + 1 < words.size() &&
            text::contains_any_word(words[k], {"first", "second", "third", "final", "last", "opening", "initial"}) &&
            text::contains_any_word(words[k + 1], {"year", "years", "phase", "stage", "month", "months", "quarter"}))
            return true;
        if (words[k] == "year" && k + 1 < words.size() &&
            text::contains_any_word(words[k + 1], {"one", "two", "three"}))
            return true;
        // (or a case of several, a penalty's: "The fine is $1,000 for a first violation", "$500 for a repeat
        // offence", "for each subsequent breach")
        if (words[w] == "for" && text::contains_any_word(words[w + 1], {"a", "an", "each", "every", "any", "the"}) &&
            text::contains_any_word(words[w + 2], {"first", "second", "third", "repeat", "subsequent", "further",
                                                   "single", "later", "serious", "minor"}))
            return true;
        if (words[w] == "over" && k + 1 < words.size() &&
            text::contains_any_word(words[k + 1], {"years", "months", "decades", "quarters"}))
            return true;
    }
    // which one of its kind, told right after its noun: "the $1.9 billion deal to sell 579 stores", "the $500
    // million loan it took out earlier", "the $4 billion buyback that it announced"
    if (words.size() >= 3 && after.starts_with(" ") && after.compare(1, words[0].size(), words[0]) == 0 &&
        after.compare(1 + words[0].size(), 1, " ") == 0 && text::is_alpha(words[2].front()) &&
        ((words[1] == "to" && words[2] != "be" && words[2] != "the" && words[2] != "a") ||
         text::contains_any_word(words[1], {"it", "they", "we", "he", "she", "that"})))
        return true;
    // an amount for each one, not the whole: "£150 to each household", "£45 per taxpayer", "cost each
    // taxpayer £45", "$20 a head"
    if (!words.empty() && (words[0] == "each" || words[0] == "per" || words[0] == "apiece")) return true;
    if (words.size() >= 2 && (words[0] == "to" || words[0] == "for" || words[0] == "from") &&
        (words[1] == "each" || words[1] == "every"))
        return true;
    if (words.size() >= 2 && (words[0] == "a" || words[0] == "an") &&
        text::contains_any_word(words[1],
                                {"head", "household", "person", "family", "taxpayer", "resident", "home", "customer",
                                 "pupil", "student", "worker", "employee", "month", "week", "day", "year"}))
        return true;
    // (or any one thing after "a" that ends the clause: "$548 million a mile.", "$48.5 million a boat,")
    if (words.size() >= 2 && (words[0] == "a" || words[0] == "an") && after.starts_with(" a")) {
        std::size_t const end = static_cast<std::size_t>(words[1].data() - after.data()) + words[1].size();
        if (end >= after.size() || after[end] == '.' || after[end] == ',' || after[end] == ';') return true;
    }
    // (a value under a condition: "would cost $3.5 billion if inflation persists", "unless", "under the
    // high-inflation scenario")
    for (std::size_t w = 0; w < words.size() && w < 4; ++w)
        if (words[w] == "if" || words[w] == "unless" || words[w] == "once") return true;
    for (std::size_t w = 0; w < words.size() && w < 6; ++w)
        if (words[w] == "scenario" || words[w] == "scenarios") return true;
    // (or a part of the cost, a span or a basis: "cost $4.7 billion to build", "to operate", "$16 billion over its
    // lifetime", "$1.2 billion in all", "$16 billion in 2021 dollars"; or one dimension: "21 meters long")
    if (words.size() >= 2 && words[0] == "to" &&
        text::contains_any_word(words[1],
                                {"build",   "develop", "operate", "run",    "launch",  "maintain", "complete",
                                 "design",  "buy",     "acquire", "repair", "replace", "make",     "manufacture",
                                 "produce", "stage",   "host",    "insure", "ship",    "print",    "film"}))
        return true;
    if (after.find("over its life") != std::string::npos || after.find("over the life") != std::string::npos ||
        after.starts_with(" in all") || after.starts_with(" in total"))
        return true;
    for (std::size_t w = 0; w < words.size() && w < 4; ++w)
        if (words[w] == "dollars" || words[w] == "prices" || words[w] == "terms") return true;
    for (std::size_t w = 0; w < words.size() && w < 2; ++w)
        if (text::contains_any_word(words[w], {"long", "wide", "tall", "deep", "high", "thick", "across"})) return true;
    // (or under an agreement of its own: "costs $1.9 million under the outcomes-based deal")
    if (words.size() >= 3 && words[0] == "under" && words[1] == "the") return true;
    std::size_t const from = figure.begin >= 32 ? figure.begin - 32 : 0;
    std::string const lead = text::lower(model.prose.substr(from, figure.begin - from)); // (the words view it)
    auto const before = text::words(lead);
    for (std::size_t w = before.size() >= 2 ? before.size() - 2 : 0; w < before.size(); ++w)
        if (before[w] == "each" || before[w] == "every" || before[w] == "per") return true;
    return false;
}

/// The party a figure is told of after it, in lower case: "£14m for Thames Water", "the £11m fine
/// for Yorkshire Water", "the penalty of £3.5m imposed on Southern Water", "the £2.4bn budget for
/// hospitals" (the first word after the preposition and an article); empty when none is told.
std::string party_of(claim_model const& model, mention const& figure) {
    std::string_view const rest =
        model.prose.substr(figure.end, std::min<std::size_t>(48, model.prose.size() - figure.end));
    // (a title in quotes that names which one: "The $4 million film \"The Attic Door\" has done better", "\"The
    // Attic Door,\" the $4 million film, has grossed")
    {
        auto const quoted_title = [](std::string_view text) -> std::string {
            std::size_t at = 0;
            if (text.starts_with("\""))
                at = 1;
            else if (text.starts_with("\xE2\x80\x9C"))
                at = 3;
            else
                return {};
            std::string_view const first = text::first_word(text.substr(at));
            return !first.empty() && text::is_upper(first.front()) ? "title " + text::lower(text.substr(at, 24)) : "";
        };
        auto const words = text::words(rest);
        if (!words.empty() && rest.front() == ' ') {
            std::size_t const after_noun = static_cast<std::size_t>(words[0].data() - rest.data()) + words[0].size();
            if (after_noun + 1 < rest.size() && rest[after_noun] == ' ')
                if (std::string title = quoted_title(rest.substr(after_noun + 1)); !title.empty()) return title;
        }
        std::size_t const from = figure.begin >= 48 ? figure.begin - 48 : 0;
        std::string_view const lead = model.prose.substr(from, figure.begin - from);
        for (std::string_view const close : {",\" the ", ",\" ", ",\xE2\x80\x9D the ", ",\xE2\x80\x9D "}) {
            if (!lead.ends_with(close)) continue;
            std::string_view const before = lead.substr(0, lead.size() - close.size());
            std::size_t const open = std::min(before.rfind('"'), before.rfind("\xE2\x80\x9C"));
            if (open != std::string_view::npos)
                if (std::string title = quoted_title(before.substr(open)); !title.empty()) return title;
        }
    }
    if (rest.empty() || rest.front() != ' ') return {};
    auto const words = text::words(rest);
    // (a recipient after the verb that gives it: "The grant of $6.4 billion will go to Samsung", "was awarded
    // to Samsung")
    for (std::size_t k = 1; k + 1 < words.size() && k <= 4; ++k)
        if (text::iequals(words[k], "to") &&
            text::contains_any_word(text::lower(words[k - 1]),
                                    {"go", "goes", "went", "going", "awarded", "given", "paid", "granted", "allocated",
                                     "sent", "flow", "flows"}) &&
            words[k + 1].front() >= 'A' && words[k + 1].front() <= 'Z')
            return text::lower(words[k + 1]);
    // (at most the figure's noun and a participle before the preposition: "fine imposed on")
    for (std::size_t k = 0; k < words.size() && k <= 2; ++k) {
        std::string const w = text::lower(words[k]);
        // (or where it is, whose it is: "the $5.6 billion battery plant in Tennessee", "the $100 million gift
        // from Lang", "the $1 billion upgrade in rural areas")
        // (and what it is of, after its noun: "the $3.2 million cost of the pilot")
        // ("The £3 billion buyback by Albion", "announced by Albion": a name after "by")
        // ("imposed by the FCA on Albion": the name after the article)
        if (w == "by") {
            std::size_t n = k + 1;
            if (n < words.size() && text::iequals(words[n], "the")) ++n;
            if (n < words.size() && text::is_upper(words[n].front())) return text::lower(words[n]);
        }
        if (w == "for" || w == "on" || w == "against" || w == "in" || w == "from" || w == "at" ||
            (w == "of" && k > 0)) {
            std::size_t n = k + 1;
            while (n < words.size() && (text::iequals(words[n], "the") || text::iequals(words[n], "a") ||
                                        text::iequals(words[n], "an") || text::iequals(words[n], "its")))
                ++n;
            // (not a time or a figure: "for 2024", "on Tuesday"; but a label after an article, "for the 700
            // MHz band")
            if (n >= words.size() || (text::is_digit(words[n].front()) && n == k + 1) ||
                calendar::weekday_number(words[n]) != 0 || calendar::is_month_name(text::lower(words[n])))
                return {};
            // (nor a time in words: "in the past", "in recent years", "in total")
            if (text::contains_any_word(text::lower(words[n]),
                                        {"past",     "recent",     "total",  "all",     "full",  "part",
                                         "question", "principle",  "theory", "fact",    "cash",  "addition",
                                         "contrast", "comparison", "time",   "current", "their", "new",
                                         "final",    "draft",      "order",  "line",    "place", "return",
                                         "exchange", "response"}))
                return {};
            return text::lower(words[n]);
        }
        // (only words before it: not across a clause)
        if (!std::all_of(w.begin(), w.end(), [](char c) { return text::is_alpha(c); })) return {};
        if (k > 0 && !(w.ends_with("ed") || k == 1)) return {};
    }
    return {};
}

/// Whether the sentences of `a` and `b` each hold a measure of one unit with different values besides
/// them ("the 2.5 mg dose" and "the 5 mg dose"): the variants the two sentences are about.
bool variants_apart(claim_model const& model, mention const& a, mention const& b) {
    auto const& mentions = *model.mentions;
    auto const [a_first, a_last] = detail::mentions_of_sentence(mentions, a.sentence);
    auto const [b_first, b_last] = detail::mentions_of_sentence(mentions, b.sentence);
    for (std::size_t i = a_first; i < a_last; ++i) {
        mention const& x = mentions[i];
        if (&x == &a || x.kind != mention_kind::number || x.unit.empty() || !x.value) continue;
        for (std::size_t k = b_first; k < b_last; ++k) {
            mention const& y = mentions[k];
            if (&y != &b && y.kind == x.kind && y.unit == x.unit && y.value && *y.value != *x.value) return true;
        }
    }
    return false;
}

/// Whether the text between two figures of `subject` says it was changed: "The $1.1 billion verdict ...
/// The trial judge later reduced it, and ... upheld the $300 million verdict", "A judge later lowered it",
/// "the bail was cut", "applied the state's punitive cap". The later figure is the value after the change.
bool revised_between(claim_model const& model, mention const& first, mention const& later, std::string_view subject) {
    if (later.begin <= first.end) return false;
    // (the change told near the later figure: at most 600 bytes before it, so a long text stays linear)
    std::size_t const from = std::max(first.end, later.begin > 600 ? later.begin - 600 : std::size_t{0});
    std::string const between = text::lower(model.prose.substr(from, later.begin - from));
    auto const words = text::words(between);
    for (std::size_t w = 0; w < words.size(); ++w) {
        if (text::contains_any_word(words[w], {"cap", "caps", "capped"})) return true;
        if (!text::contains_any_word(words[w], {"reduced", "reduce",  "reduces",    "lowered",   "cut",      "cuts",
                                                "raised",  "raise",   "raises",     "increased", "increase", "revised",
                                                "revise",  "slashed", "trimmed",    "amended",   "adjusted", "halved",
                                                "doubled", "tripled", "overturned", "remitted"}))
            continue;
        // (its object "it" or the subject, or a passive: "reduced it", "cut the verdict", "was lowered")
        if (w + 1 < words.size() && (words[w + 1] == "it" || words[w + 1] == "them")) return true;
        for (std::size_t k = w + 1; k < words.size() && k <= w + 4; ++k)
            if (words[k] == subject) return true;
        if (w > 0 && text::contains_any_word(words[w - 1], {"was", "were", "been", "be", "being", "later"}))
            return true;
    }
    return false;
}

/// Whether the sentence of `m` names `word` (in lower case) as a word of its own; true where the
/// sentence is unknown.
bool sentence_names(claim_model const& model, mention const& m, std::string const& word) {
    if (!model.sentences || m.sentence >= model.sentences->size()) return true;
    auto const& s = (*model.sentences)[m.sentence];
    return text::contains_any_word(text::lower(model.prose.substr(s.begin, s.end - s.begin)), {word});
}

/// Whether two figures are told of different parties: each names its own ("for Thames Water", "for
/// Yorkshire Water"), or one names a party the other's sentence does not ("Thames Water was fined
/// £14m. The £11m fine for Yorkshire Water ...").
bool different_parties(claim_model const& model, mention const& a, mention const& b) {
    std::string const pa = party_of(model, a), pb = party_of(model, b);
    if (pa.empty() && pb.empty()) return false;
    if (!pa.empty() && !pb.empty()) return pa != pb;
    return pa.empty() ? !sentence_names(model, a, pb) : !sentence_names(model, b, pa);
}

/// The owner named with a possessive before the figure's noun in its sentence, in lower case ("Hilton's
/// revenue was $8.77 billion" -> "hilton"), or empty.
std::string owner_of(claim_model const& model, mention const& m, std::string const& subject) {
    if (!model.sentences || m.sentence >= model.sentences->size() || subject.empty()) return {};
    auto const& s = (*model.sentences)[m.sentence];
    std::string const lead = text::lower(model.prose.substr(s.begin, m.begin - s.begin));
    for (std::string_view const mark : {"'s ", "\xE2\x80\x99s "}) {
        std::size_t const at = lead.find(std::string(mark) + subject);
        if (at == std::string::npos || at == 0) continue;
        std::size_t b = at;
        while (b > 0 && (text::is_alpha(lead[b - 1]) || lead[b - 1] == '-')) --b;
        // (a name with a capital, not "the company's", "its")
        if (b < at && model.prose[s.begin + b] >= 'A' && model.prose[s.begin + b] <= 'Z') return lead.substr(b, at - b);
    }
    return {};
}

/// Whether two figures of one subject belong to different owners, one of them named with a possessive
/// that the other's sentence does not name ("Revenue was $1.42 billion in 2023, up 8.4% from 2022." and
/// "Hilton's revenue was $8.77 billion in 2022.").
bool different_owners(claim_model const& model, mention const& a, mention const& b, std::string const& subject) {
    std::string const oa = owner_of(model, a, subject), ob = owner_of(model, b, subject);
    if (oa == ob) return false;
    if (!oa.empty() && !ob.empty()) return true;
    return oa.empty() ? !sentence_names(model, a, ob) : !sentence_names(model, b, oa);
}

/// The first and last sentences of the paragraph of sentence `index`.
std::pair<std::size_t, std::size_t> paragraph_bounds(std::vector<sentence> const& sentences, std::size_t index) {
    std::size_t first = index, last = index;
    while (first > 0 && sentences[first - 1].paragraph == sentences[index].paragraph) --first;
    while (last + 1 < sentences.size() && sentences[last + 1].paragraph == sentences[index].paragraph) ++last;
    return {first, last};
}

/// The name a paragraph gives first, before the figure, in lower case: two or more capitalised words in a
/// row ("Carrow Bank will pay the fine", "Regulators fined Northline Rail.") or a dateline or label in
/// capitals that opens it ("WESTFIELD - The school board", "GOLF - Kim Jae-won won"); empty when there is
/// none ("The plan costs", "Critics said the").
std::string paragraph_name(claim_model const& model, mention const& m) {
    if (!model.sentences || m.sentence >= model.sentences->size()) return {};
    auto const& sentences = *model.sentences;
    std::size_t const begin = sentences[paragraph_bounds(sentences, m.sentence).first].begin;
    std::string_view const lead = model.prose.substr(begin, std::min<std::size_t>(m.begin - begin, 240));
    auto const words = text::words(lead);
    if (words.empty()) return {};
    auto const capitals = [](std::string_view w) {
        return w.size() >= 3 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    if (capitals(words[0])) return text::lower(words[0]);
    auto const capital = [&](std::size_t n) {
        return words[n].front() >= 'A' && words[n].front() <= 'Z' &&
               !text::contains_any_word(words[n],
                                        {"The", "A", "An", "In", "On", "At", "But", "And", "Mr", "Ms", "Mrs"});
    };
    for (std::size_t n = 0; n + 1 < words.size(); ++n) {
        if (!capital(n) || !capital(n + 1)) continue;
        // (two words in a row, one space between them)
        if (words[n + 1].data() != words[n].data() + words[n].size() + 1) continue;
        return text::lower(words[n]) + " " + text::lower(words[n + 1]);
    }
    return {};
}

/// Whether two figures are in paragraphs that open with different names, neither named in the other's
/// paragraph: briefs of a digest ("Carrow Bank will pay the fine of 4.2 million pounds." ... "Northline
/// Rail will pay the fine of 2.5 million pounds.").
bool different_briefs(claim_model const& model, mention const& a, mention const& b) {
    if (!model.sentences || a.sentence >= model.sentences->size() || b.sentence >= model.sentences->size())
        return false;
    auto const& sentences = *model.sentences;
    if (sentences[a.sentence].paragraph == sentences[b.sentence].paragraph) return false;
    std::string const na = paragraph_name(model, a), nb = paragraph_name(model, b);
    if (na.empty() || nb.empty() || na == nb) return false;
    auto const paragraph_text = [&](mention const& m) {
        auto const [first, last] = paragraph_bounds(sentences, m.sentence);
        return text::lower(model.prose.substr(sentences[first].begin, sentences[last].end - sentences[first].begin));
    };
    std::string const first_of_a = std::string(text::first_word(na)), first_of_b = std::string(text::first_word(nb));
    return !text::contains_any_word(paragraph_text(b), {first_of_a}) &&
           !text::contains_any_word(paragraph_text(a), {first_of_b});
}

/// The words that qualify `subject` right before it, in the sentence of `figure` before the figure
/// (up to two, lower case, determiners left out): "germany's" in "Germany's deficit was", "income tax"
/// in "Income tax receipts rose". Empty when the subject is not named there.
std::vector<std::string> subject_qualifiers(claim_model const& model, mention const& figure, std::string_view subject) {
    if (!model.sentences || figure.sentence >= model.sentences->size() || subject.empty()) return {};
    auto const& s = (*model.sentences)[figure.sentence];
    if (figure.begin < s.begin) return {};
    std::string const before = text::lower(model.prose.substr(s.begin, figure.begin - s.begin));
    auto const words = text::words(before);
    std::size_t at = words.size();
    while (at > 0 && words[at - 1] != subject) --at;
    if (at == 0) return {};
    std::vector<std::string> out;
    for (std::size_t k = at - 1; k-- > 0 && out.size() < 2;) {
        std::string_view w = words[k];
        // (an owner: words() splits "Germany's" at its apostrophe)
        if (w == "s" && k > 0) w = words[--k];
        if (text::contains_any_word(w, {"the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "s"}))
            break;
        if (!std::all_of(w.begin(), w.end(), [](char c) { return text::is_alpha(c) || c == '\''; })) break;
        out.emplace_back(w);
    }
    return out;
}

/// The head noun of the phrase right after a figure when the phrase has two or more words of letters
/// before a verb, a preposition or a stop ("credit" in "$7,500 federal tax credit", "program" in "the
/// $7.5 billion federal charging program is"); empty otherwise.
std::string head_after(claim_model const& model, mention const& figure) {
    std::string_view const rest =
        model.prose.substr(figure.end, std::min<std::size_t>(40, model.prose.size() - figure.end));
    if (rest.empty() || rest.front() != ' ') return {};
    std::vector<std::string> phrase;
    std::size_t i = 0;
    while (i < rest.size() && phrase.size() < 4) {
        while (i < rest.size() && rest[i] == ' ') ++i;
        std::size_t e = i;
        while (e < rest.size() && (text::is_alpha(rest[e]) || rest[e] == '-')) ++e;
        if (e == i || e >= rest.size()) break;
        std::string const w = text::lower(rest.substr(i, e - i));
        if (text::contains_any_word(w,
                                    {"is",   "was",  "are", "were", "will", "would", "has",   "had", "in",  "for",
                                     "on",   "from", "at",  "of",   "to",   "that",  "which", "and", "or",  "by",
                                     "with", "a",    "an",  "the",  "it",   "its",   "could", "can", "may", "should"}))
            break;
        phrase.push_back(w);
        if (rest[e] != ' ') break; // (a comma or a stop ends it)
        i = e;
    }
    return phrase.size() >= 2 ? phrase.back() : std::string();
}

/// Whether two figures that each name their thing after "the" ("The $6.5 billion deal ... The $9 billion
/// deal") are told as two of a kind: ranked ("was the second-largest", "the largest", "the smallest") or
/// set side by side with the same verb ("The $1.25 billion tranche pays 5.10%. The $2 billion tranche pays
/// 5.62%", "priced on Tuesday ... priced on Monday"). Not "The $4 million ransom was demanded ... the $5
/// million ransom was never paid": one ransom told two ways.
bool two_of_a_kind(claim_model const& model, mention const& first, mention const& figure) {
    auto const after_the = [&](mention const& m) {
        std::size_t const from = m.begin >= 12 ? m.begin - 12 : 0;
        return text::iequals(text::last_word(model.prose.substr(from, m.begin - from)), "the");
    };
    if (!after_the(first) || !after_the(figure) || !model.sentences) return false;
    auto const rest = [&](mention const& m) {
        auto const& s = (*model.sentences)[m.sentence];
        return text::lower(model.prose.substr(m.end, s.end > m.end ? s.end - m.end : 0));
    };
    std::string const here = rest(figure), there = rest(first);
    auto const ranked = [](std::string_view words) {
        for (std::string_view const w : text::words(words))
            if (w.ends_with("largest") || w.ends_with("biggest") || w.ends_with("smallest") || w.ends_with("highest") ||
                w.ends_with("lowest"))
                return true;
        return false;
    };
    if (ranked(here) || ranked(there)) return true;
    auto const a = text::words(here), b = text::words(there);
    return a.size() >= 3 && b.size() >= 3 && a[0] == b[0] && a[1] == b[1] && here != there &&
           !text::contains_any_word(a[1],
                                    {"is",  "was", "are",   "were",   "has",  "had",  "have", "will", "would", "could",
                                     "can", "may", "might", "should", "must", "s",    "and",  "or",   "that",  "which",
                                     "of",  "in",  "for",   "to",     "from", "with", "at",   "on",   "by"});
}

/// Whether a clause of time follows the figure right away: "$19.9 trillion when Trump took office", "$984
/// billion before the pandemic", "during the pandemic", "after the financial crisis".
bool time_clause_after(claim_model const& model, mention const& figure) {
    std::string const next =
        text::lower(model.prose.substr(figure.end, std::min<std::size_t>(48, model.prose.size() - figure.end)));
    for (std::string_view const clause : {" when ", " during the ", " at the height of", " at its peak",
                                          " at the start of", " at the end of", " as of "})
        if (next.starts_with(clause)) return true;
    // (before or after an era, not an event of the thing itself: "before the pandemic", "after the financial
    // crisis"; "The purse was $18 million before the final" is the purse told twice)
    if (next.starts_with(" before the ") || next.starts_with(" after the ")) {
        auto const words = text::words(std::string_view(next).substr(next.find("the ") + 4));
        for (std::size_t k = 0; k < words.size() && k < 2; ++k)
            if (text::contains_any_word(words[k], {"pandemic", "crisis", "war", "recession", "crash", "lockdown",
                                                   "lockdowns", "outbreak", "downturn", "slump", "boom"}))
                return true;
    }
    return false;
}

/// Whether `figure` is a count joined to its noun before another noun: "the 30-share index", "a
/// 12-member board". It tells what the thing is made of and so names it: "the 30-share index" and
/// "the 100-share index" are two indexes, not two values of one.
bool compound_count(claim_model const& model, mention const& figure) {
    if (figure.kind != mention_kind::number) return false;
    std::string_view const text = model.prose.substr(figure.begin, figure.end - figure.begin);
    std::size_t const hyphen = text.find('-');
    return hyphen != std::string_view::npos && hyphen > 0 && text::is_digit(text[hyphen - 1]) &&
           hyphen + 1 < text.size() && text::is_alpha(text[hyphen + 1]);
}

/// The day a figure is for, told right after it: "The jackpot was $1.23 billion on May 18", "$1.09
/// billion for Wednesday's drawing" (the date's value); empty when none is.
std::string dated(claim_model const& model, mention const& figure) {
    auto const [first, last] = detail::mentions_of_sentence(*model.mentions, figure.sentence);
    for (std::size_t k = first; k < last; ++k) {
        mention const& m = (*model.mentions)[k];
        if (m.begin < figure.end || m.kind != mention_kind::date) continue;
        if (m.begin - figure.end > 8) break;
        std::string const gap = text::lower(model.prose.substr(figure.end, m.begin - figure.end));
        // ("on May 18" is the date's own text; "for Wednesday's drawing" is not)
        if (!(gap.find_first_not_of(' ') == std::string::npos && text::iequals(m.text.substr(0, 3), "on ")) &&
            gap != " on " && gap != " for ")
            break;
        return m.resolved ? *m.resolved : m.time_value;
    }
    return {};
}

/// `x` to three significant figures, as the message says an implied value ("about $190 billion"; the
/// note gives it in full).
double three_figures(double x) {
    if (x == 0 || !std::isfinite(x)) return x;
    double const place = std::pow(10.0, std::floor(std::log10(std::abs(x))) - 2);
    return std::round(x / place) * place;
}

/// Who the sentence of figure `m` attributes it to, after it, in lower case: "..., the NAO said." ("the nao"),
/// "..., economists say", "..., according to the committee"; empty when none.
std::string source_after(claim_model const& model, mention const& m) {
    if (!model.sentences || m.sentence >= model.sentences->size()) return {};
    auto const& s = (*model.sentences)[m.sentence];
    if (m.end >= s.end) return {};
    std::string const rest = text::lower(model.prose.substr(m.end, s.end - m.end));
    std::size_t const comma = rest.rfind(", ");
    if (comma == std::string::npos) return {};
    std::string_view clause = std::string_view(rest).substr(comma + 2);
    while (!clause.empty() && (clause.back() == '.' || clause.back() == ' ' || clause.back() == '"'))
        clause.remove_suffix(1);
    if (clause.starts_with("according to ")) return std::string(clause.substr(13));
    auto const words = text::words(clause);
    if (words.size() < 2 || words.size() > 6) return {};
    if (text::contains_any_word(words.back(), {"said", "says", "say", "estimated", "estimates", "estimate", "reported",
                                               "reports", "calculated", "calculates", "found", "finds"}))
        return std::string(clause.substr(0, static_cast<std::size_t>(words.back().data() - clause.data())));
    // ("..., said the committee")
    if (text::contains_any_word(words.front(), {"said", "says"}))
        return std::string(clause.substr(static_cast<std::size_t>(words[1].data() - clause.data())));
    return {};
}

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    auto const& all = model.measured;
    // The earlier figures of each subject, stated and implied, in order: a long text stays linear.
    struct earlier_figures {
        std::vector<std::size_t> all;     ///< indices into model.measured
        std::vector<std::size_t> implied; ///< those with a change
        std::size_t stated = 0;
    };
    // (by section too: "## Thames Water" ... "The fine was £14m." and "## Southern Water" ... "The fine
    // was £20m." are two fines)
    std::unordered_map<std::string, earlier_figures> by_subject;
    for (std::size_t j = 0; j < all.size(); ++j) {
        measured_figure const& later = all[j];
        std::size_t const sentence = model.at(later.figure).sentence;
        std::size_t const section =
            model.sentences && sentence < model.sentences->size() ? (*model.sentences)[sentence].section : 0;
        earlier_figures& same = by_subject[std::to_string(section) + ':' + later.subject];
        // "the plan" must have one referent: exactly one earlier figure for that subject (or an implied
        // value). With two earlier loans, "the 40 mln dlr loan" picks the one that matches.
        std::size_t const stated_before = same.stated;
        same.all.push_back(j);
        if (later.change)
            same.implied.push_back(j);
        else
            ++same.stated;
        // Only a figure that refers back ("the $3.5 billion plan", "The plan costs") can contradict an
        // earlier one: "a $500 mln loan ... a $250 mln loan" are two loans.
        if (later.change) continue; // an implied value is never the primary claim
        mention const& figure = model.at(later.figure);
        // (a base of a comparison, often another thing: "$132 million more than the $480 million contract")
        if (figure.begin >= 9 && text::iequals(model.prose.substr(figure.begin - 9, 9), "than the ")) continue;
        // Without one referent only implied values can be compared with.
        auto const& candidates = stated_before == 1 && later.definite ? same.all : same.implied;
        std::size_t const count = candidates.size() - (candidates.empty() || candidates.back() != j ? 0 : 1);
        for (std::size_t k = count; k-- > 0;) {
            measured_figure const& earlier = all[candidates[k]];
            mention const& first = model.at(earlier.figure);
            if (earlier.figure == later.figure || first.begin > figure.begin) continue;
            if (!earlier.change && first.sentence == figure.sentence) continue;
            if (first.kind != figure.kind || first.unit != figure.unit) break;
            if (earlier.year != later.year || earlier.period != later.period) break; // different periods
            // (or years their paragraphs or headings name: "In 2021, demand was high. The budget was $6.4
            // million." and "In 2024, ... The budget was $11.2 million.")
            if (!earlier.change && later.period.empty()) {
                auto const here = context_year(model, later.figure), there = context_year(model, earlier.figure);
                if (here && there && *here != *there) break;
            }
            // Without a period on both, only sentences that name no time at all are taken as the same time.
            // (a thing named by its figure, "the £468 million scheme", is one thing whatever the day its
            // cost was told on)
            if (later.period.empty() && (!earlier.change && (names_time(model, earlier.figure, !later.definite) ||
                                                             names_time(model, later.figure, !later.definite))))
                break;
            // One value restating the other, rounded differently, stands within the other's interval: "$3
            // billion" and "$3.5 billion" do not; "408,000" and "408,200" do not; "$3 billion" and "$3.0
            // billion" do.
            auto const within = [](double x, interval r) { return x >= r.low && x < r.high; };
            interval const later_rounded = later.change ? later.value : rounded(figure);
            interval const earlier_rounded = earlier.change ? earlier.value : rounded(first);
            if (within(later.stated, earlier_rounded) || within(earlier.stated, later_rounded)) break;
            // Twenty times apart and written with other digits: not a slip but another thing the noun names ("The
            // prize is worth $5 million ... The prize of $1.13 billion"); a slip of the scale word keeps its digits
            // ("$240 million ... the $240 billion plan").
            if (!earlier.change && later.stated > 0 && earlier.stated > 0 &&
                std::max(later.stated, earlier.stated) > 20 * std::min(later.stated, earlier.stated)) {
                auto const digits = [](double x) {
                    return std::round(x / std::pow(10.0, std::floor(std::log10(x))) * 100);
                };
                if (digits(later.stated) != digits(earlier.stated)) break;
            }
            // "costs $3 billion, excluding interest ... the $4 billion plan, with interest": told apart
            if (qualified(model, first) || qualified(model, figure)) break;
            if (different_parties(model, first, figure)) break;
            // (two sources' estimates, each told as theirs: "The shortfall is 16.9 billion pounds, the NAO said. The
            // shortfall is 29 billion pounds, the committee said.")
            if (!earlier.change) {
                std::string const here = source_after(model, figure), there = source_after(model, first);
                if (!here.empty() && !there.empty() && here != there) break;
            }
            if (different_owners(model, first, figure, later.subject)) break;
            // (a later figure narrowed by words the earlier lacks is a part of it: "Output was 12.93 million bpd
            // last year, up 8.6% compared with 2022. Gulf of Mexico output was 1.73 million bpd in 2022.")
            if (!later.narrowing.empty() && later.narrowing != earlier.narrowing) break;
            if (different_briefs(model, first, figure)) break;
            if (!earlier.change && revised_between(model, first, figure, later.subject)) break;
            // (values on different days: "The jackpot was $1.23 billion on May 18. The jackpot was $1.09 billion
            // on May 15", "The prize was $50,000 on Tuesday, May 14")
            // (not a thing named by its figure, one thing whatever the day: "The fine was £14m on Tuesday. The
            // £15m fine")
            auto const named_by_figure = [&](mention const& m, std::string const& subject) {
                std::string const rest = text::lower(model.prose.substr(m.end, 24));
                auto const words = text::words(rest);
                return rest.starts_with(" ") &&
                       ((!words.empty() && words[0] == subject) || (words.size() > 1 && words[1] == subject));
            };
            bool const later_named = named_by_figure(figure, later.subject);
            bool const earlier_named = named_by_figure(first, earlier.subject);
            if (!later_named && !earlier_named) {
                std::string const here = dated(model, figure), there = dated(model, first);
                if ((!here.empty() || !there.empty()) && here != there) break;
            }
            // (both named by their figures after "the": two of a kind told apart by them, "Weight fell 20.9%
            // with the 15 mg dose. The 5 mg dose produced weight loss of 15%", "The $399 vial ... The $549
            // vial"; not "a $3 billion plan ... the $3.5 billion plan", nor a headline's "after $18.4 million
            // renovation")
            // (sums so named are one thing's value told twice, "The $4 million ransom ... the $5 million
            // ransom", unless each sentence names its own variant by a measure: "The $399 vial holds the 2.5
            // mg dose. The $549 vial holds the 5 mg dose")
            // (nor sums so named paragraphs apart, two deals of a kind: "The £68 million fee is about 12% below ..."
            // and, three paragraphs on, "The £32 million fee beat the £25 million record")
            bool const far_apart = first.paragraph + 3 <= figure.paragraph;
            if (later_named && earlier_named &&
                text::iequals(text::last_word(model.prose.substr(0, first.begin)), "the") &&
                text::iequals(text::last_word(model.prose.substr(0, figure.begin)), "the") &&
                (figure.kind != mention_kind::money || variants_apart(model, first, figure) || far_apart))
                break;
            // (a subject narrowed by a clause of its own: "Day-trippers pay a fee of 5 euros. Visitors who book
            // late pay the fee of 10 euros")
            if (model.sentences && figure.sentence < model.sentences->size()) {
                auto const& s = (*model.sentences)[figure.sentence];
                std::string const lead = text::lower(model.prose.substr(s.begin, figure.begin - s.begin));
                auto const words = text::words(lead);
                if (words.size() >= 3 && std::find(words.begin() + 1, words.end(), "who") != words.end()) break;
            }
            // (the nouns the figures go with end differently: "a $7,500 federal tax credit ... the $7.5 billion
            // federal charging program")
            {
                std::string const here = head_after(model, figure), there = head_after(model, first);
                if (!here.empty() && !there.empty() && here != there) break;
            }
            // (a former one: "The $100 million gift ... was the previous record", "the former", "the original")
            if (model.sentences && figure.sentence < model.sentences->size()) {
                auto const& s = (*model.sentences)[figure.sentence];
                std::string const lower = text::lower(model.prose.substr(s.begin, s.end - s.begin));
                if (lower.find("previous record") != std::string::npos ||
                    lower.find("previous high") != std::string::npos ||
                    text::contains_any_word(lower, {"former", "original"}))
                    break;
            }
            // ("Germany's deficit was 120 billion euros in 2024, up 5% from 2023. France's deficit was 154
            // billion euros in 2023", "The federal deficit ... The state deficit": the subject's
            // qualifiers tell two measures apart)
            {
                auto const here = subject_qualifiers(model, figure, later.subject);
                auto const there = subject_qualifiers(model, first, earlier.subject);
                if (!here.empty() && !there.empty() && here != there) break;
                // ("The premium tier will cost $22.99 ... The $6.99 tier, which carries ads": the one named by
                // its figure may be another of its kind)
                // (told apart by a description after it: ", which carries ads", "with ads")
                auto const described = [&](mention const& m) {
                    std::string const rest =
                        text::lower(model.prose.substr(m.end, std::min<std::size_t>(32, model.prose.size() - m.end)));
                    auto const words = text::words(rest);
                    return words.size() >= 2 &&
                           (rest.find(", which ") != std::string::npos || words[1] == "with" || words[1] == "without");
                };
                if (here.empty() != there.empty() && later.definite && described(figure)) break;
            }
            if (!earlier.change && (compound_count(model, first) || compound_count(model, figure))) break;
            if (!earlier.change && two_of_a_kind(model, first, figure)) break;
            // (a time told by a clause right after the figure: "The debt was $19.9 trillion when Trump took
            // office", "The deficit was $984 billion before the pandemic")
            if (!earlier.change && (time_clause_after(model, first) || time_clause_after(model, figure))) break;
            if (!first.hedge.empty() || !figure.hedge.empty()) {
                if (meets(earlier.value, later.value)) break; // "about $3 billion": the hedge decides
            }
            finding f;
            if (earlier.change) {
                mention const& change = model.at(*earlier.change);
                f = make_finding(
                    conflicting_figures, figure,
                    fmt::format("{} for {} in {} conflicts with the about {} implied by {} ({})", text_of(figure),
                                later.subject, later.year ? std::to_string(*later.year) : "",
                                figure_words(three_figures(earlier.stated), first), text_of(first), text_of(change)));
                f.related.push_back(related(first, "the figure the change starts from"));
                f.related.push_back(related(change, "the change"));
                f.notes.push_back(fmt::format("{} / (1 {} {}%) = {}; given rounding {} to {}",
                                              figure_words(*first.value, first), *change.value < 0 ? "-" : "+",
                                              decimal(std::abs(*change.value), 2), figure_words(earlier.stated, first),
                                              figure_words(earlier.value.low, first),
                                              figure_words(earlier.value.high, first)));
            } else {
                f = make_finding(conflicting_figures, figure,
                                 fmt::format("the {} is {} here but {} on line {}", later.subject, text_of(figure),
                                             text_of(first), first.span.line));
                f.related.push_back(related(first, fmt::format("the {} stated earlier", later.subject)));
            }
            f.notes.push_back("if these are different things, name them so a reader can tell them apart");
            out.push_back(std::move(f));
            break;
        }
    }
}

} // namespace

rule const conflicting_figures{
    "NC301",
    "conflicting-figures",
    severity::warning,
    "one quantity (same subject, same period) stated, or implied, with different values",
    {
        "Figures of one unit that the text ties to the same subject (\"The plan costs $3 billion\", \"the $3.5 "
        "billion plan\"; \"a fine of £14m\", \"was fined £14m\", \"the £15m fine\", \"the fine of £15m\"; a headline's "
        "\"after $18.4 million renovation\", its article dropped) and the same "
        "period, in different "
        "sentences: their values must agree given rounding "
        "and hedges. A change stated with a figure and its base year (\"$240 billion last year, up 26 percent "
        "compared with 2022\") implies a value for the base year (about $190 billion), which a later figure "
        "for that subject and year must agree with (not a change per person, per head or at stores open a year). "
        "Figures whose sentences name no time are compared only when their paragraphs, or the heading lines "
        "of plain text above them, do not name different years; values told for different days (\"The jackpot was "
        "$1.23 billion on May 18\") are two values, two of a kind each named by a measure after \"the\" "
        "(\"with the 15 mg dose\", \"The 5 mg dose\"; sums only when each sentence names its variant so) are two "
        "things, and a figure the text says was changed in between (\"The judge later reduced it\") is the new "
        "value.",
        "Two values for one quantity mean one of them is stale or mistyped; readers quote whichever they see "
        "first.",
        "The plan costs $3 billion. Critics say the $3.5 billion plan is too expensive.",
        "The plan costs $3 billion. Critics say the $3 billion plan is too expensive.\n"
        "The plan costs $3 billion. The bridge costs $3.5 billion.  (different subjects)\n"
        "The plan costs $3 billion, or 2.8 billion euros.  (a restatement in another unit)",
    },
    &check,
};

} // namespace numcheck::rules
