// The mutation check of issue 3: consistent real changes ("rose X pct to A from B") from the
// Reuters corpus, each checked alone, then changed one way at a time:
//   amount    the stated percentage replaced by one the figures cannot give;
//   value     the after value moved well beyond rounding (not where the amount is a lower bound);
//   direction the direction word swapped for its opposite (only where the values differ beyond
//             rounding, so that the direction is certain).
// numcheck must flag (warning or above) nearly every mutation and none of the originals.
//
//   numcheck_mutations [DIR] [--verbose]     DIR defaults to ../shared/corpora/reuters21578
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "reuters_corpus.hpp"

#include "numcheck/analyse.hpp"
#include "numcheck/model.hpp"
#include "numcheck/rules/rule.hpp"
#include "numcheck/text.hpp"

namespace {

/// Findings at warning or above in `text` checked as an article on its own.
std::vector<numcheck::finding> check_text(std::string const& text, std::optional<numcheck::calendar_date> date) {
    numcheck::file_result r =
        numcheck::analyse_document(numcheck::read_document("sentence", text, numcheck::document_format::plain), date);
    numcheck::rule_selection selection;
    selection.min_severity = numcheck::severity::warning;
    numcheck::check_file(r, selection);
    return r.findings;
}

/// The first numeral in `text`: its offset, length, value and number of decimals.
struct numeral {
    std::size_t at = 0, length = 0;
    double value = 0;
    int decimals = 0;
};
std::optional<numeral> first_numeral(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && !(text[i] >= '0' && text[i] <= '9')) ++i;
    if (i == text.size()) return std::nullopt;
    numeral n;
    n.at = i;
    std::string digits;
    bool point = false;
    while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || text[i] == ',' || text[i] == '.')) {
        if (text[i] == '.' && (point || i + 1 >= text.size() || text[i + 1] < '0' || text[i + 1] > '9')) break;
        // (a comma after the figure is punctuation: "121,616, up 8.8 pct")
        if (text[i] == ',' && (i + 1 >= text.size() || text[i + 1] < '0' || text[i + 1] > '9')) break;
        if (text[i] == '.')
            point = true;
        else if (point)
            ++n.decimals;
        if (text[i] != ',') digits.push_back(text[i]);
        ++i;
    }
    n.length = i - n.at;
    n.value = std::stod(digits);
    return n;
}

std::string format_like(double value, int decimals) { return fmt::format("{:.{}f}", value, decimals); }

std::string_view opposite(std::string_view verb) {
    static std::map<std::string_view, std::string_view> const words{
        {"rose", "fell"},      {"fell", "rose"},         {"rise", "fall"},           {"fall", "rise"},
        {"up", "down"},        {"down", "up"},           {"increased", "decreased"}, {"decreased", "increased"},
        {"climbed", "fell"},   {"jumped", "dropped"},    {"dropped", "rose"},        {"declined", "rose"},
        {"slipped", "rose"},   {"eased", "rose"},        {"gained", "lost"},         {"advanced", "declined"},
        {"surged", "plunged"}, {"plunged", "surged"},    {"grew", "fell"},           {"slumped", "rose"},
        {"rising", "falling"}, {"falling", "rising"},    {"soared", "plunged"},      {"tumbled", "rose"},
        {"dipped", "rose"},    {"improved", "declined"}, {"expanded", "fell"},       {"fallen", "risen"},
        {"risen", "fallen"},   {"increase", "decrease"}, {"decrease", "increase"},   {"decline", "rise"},
        {"lower", "higher"},   {"higher", "lower"},      {"edged", "slid"},          {"slid", "rose"},
    };
    auto const it = words.find(verb);
    return it == words.end() ? std::string_view{} : it->second;
}

struct tally {
    std::size_t made = 0, flagged = 0;
};

} // namespace

int main(int argc, char** argv) {
    std::string dir = "../shared/corpora/reuters21578";
    bool verbose = false;
    for (int i = 1; i < argc; ++i) {
        std::string_view const arg = argv[i];
        if (arg == "--verbose")
            verbose = true;
        else if (arg == "-h" || arg == "--help") {
            std::puts("usage: numcheck_mutations [DIR] [--verbose]");
            return 0;
        } else
            dir = arg;
    }
    std::error_code ec;
    if (!bench::fs::is_directory(dir, ec)) {
        std::printf("skipped: %s not found\n", dir.c_str());
        return 0;
    }
    bench::corpus c;
    if (!bench::load_corpus(dir, c, std::nullopt)) return 1;

    std::size_t originals = 0, originals_flagged = 0;
    std::map<std::string, tally> tallies;
    auto const report_miss = [&](std::string const& kind, std::string const& text) {
        std::string line = text;
        for (char& ch : line)
            if (ch == '\n') ch = ' ';
        if (verbose) std::printf("missed %s: %s\n", kind.c_str(), line.c_str());
    };
    for (auto const& a : c.articles) {
        numcheck::document const doc = numcheck::read_document("article", a.body, numcheck::document_format::plain);
        numcheck::extraction const found = numcheck::extract(doc, a.date);
        numcheck::claim_model const claims = numcheck::build_claims(doc.prose, found, a.date);
        for (auto const& change : claims.changes) {
            if (!change.amount || change.verb.empty()) continue;
            numcheck::mention const& amount = claims.at(*change.amount);
            numcheck::mention const& to = claims.at(change.to);
            if (amount.kind != numcheck::mention_kind::percent) continue;
            numcheck::sentence const& s = found.sentences[claims.at(change.change).sentence];
            std::string const sentence(doc.prose.substr(s.begin, s.end - s.begin));
            if (sentence.find('\n') != std::string::npos && sentence.size() > 400) continue;
            ++originals;
            if (!check_text(sentence, a.date).empty()) {
                ++originals_flagged;
                report_miss("original (flagged)", sentence);
                continue;
            }
            auto const relative = numcheck::interval{(change.to_value.low / change.from_value.high - 1) * 100,
                                                     (change.to_value.high / change.from_value.low - 1) * 100};
            // amount: a percentage well outside what the figures give.
            bool const amount_in_digits = first_numeral(amount.text) && first_numeral(amount.text)->at == 0;
            if (auto const n = first_numeral(std::string_view(sentence).substr(amount.begin - s.begin));
                n && amount_in_digits) {
                double const far = std::max(std::abs(relative.low), std::abs(relative.high)) * 1.5 + 3;
                std::string mutated = sentence;
                mutated.replace(amount.begin - s.begin + n->at, n->length, format_like(far, n->decimals));
                auto& t = tallies["amount"];
                ++t.made;
                if (!check_text(mutated, a.date).empty())
                    ++t.flagged;
                else
                    report_miss("amount", mutated);
            }
            // value: the after value 60% higher (or lower for a fall), beyond any rounding (not where the
            // amount is only a lower bound, "by over 7.0 pct": a larger change still agrees with it).
            bool const open_amount = amount.hedge == "more than" || amount.hedge == "at least";
            if (auto const n = first_numeral(std::string_view(sentence).substr(to.begin - s.begin));
                n && !open_amount) {
                double const factor = relative.low >= 0 ? 1.6 : 0.5;
                std::string mutated = sentence;
                mutated.replace(to.begin - s.begin + n->at, n->length, format_like(n->value * factor, n->decimals));
                auto& t = tallies["value"];
                ++t.made;
                if (!check_text(mutated, a.date).empty())
                    ++t.flagged;
                else
                    report_miss("value", mutated);
            }
            // direction: the opposite word, where the values leave no doubt about the direction.
            bool const certain =
                change.to_value.low >= change.from_value.high || change.to_value.high <= change.from_value.low;
            std::string const verb = numcheck::text::lower(change.verb);
            if (auto const other = opposite(verb); certain && !other.empty()) {
                numcheck::mention const& m = claims.at(change.change);
                std::string mutated = sentence;
                std::string replacement(other);
                if (change.verb[0] >= 'A' && change.verb[0] <= 'Z')
                    replacement[0] = static_cast<char>(replacement[0] - 32);
                // (the direction word may come after the amount: "39 pct down at", "a 5% rise")
                std::size_t const at_verb = [&] {
                    std::size_t const k = sentence.find(change.verb, m.begin - s.begin);
                    return k != std::string::npos && k < m.end - s.begin ? k : m.begin - s.begin;
                }();
                mutated.replace(at_verb, change.verb.size(), replacement);
                // ("edged up" is "edged down" the other way, not "slid up")
                if (verb == "edged") {
                    std::size_t const after = at_verb + change.verb.size();
                    mutated = sentence;
                    if (sentence.compare(after, 3, " up") == 0)
                        mutated.replace(after, 3, " down");
                    else if (sentence.compare(after, 5, " down") == 0)
                        mutated.replace(after, 5, " up");
                    else
                        mutated.replace(at_verb, change.verb.size(), replacement);
                }
                auto& t = tallies["direction"];
                ++t.made;
                if (!check_text(mutated, a.date).empty())
                    ++t.flagged;
                else
                    report_miss("direction", mutated);
            }
        }
    }
    std::printf("consistent changes checked alone: %zu, flagged: %zu\n", originals, originals_flagged);
    std::size_t made = 0, flagged = 0;
    for (auto const& [kind, t] : tallies) {
        std::printf("mutation %-10s %5zu made, %5zu flagged (%.1f%%)\n", kind.c_str(), t.made, t.flagged,
                    t.made ? 100.0 * static_cast<double>(t.flagged) / static_cast<double>(t.made) : 0.0);
        made += t.made;
        flagged += t.flagged;
    }
    std::printf("all mutations      %5zu made, %5zu flagged (%.1f%%)\n", made, flagged,
                made ? 100.0 * static_cast<double>(flagged) / static_cast<double>(made) : 0.0);
    return 0;
}
