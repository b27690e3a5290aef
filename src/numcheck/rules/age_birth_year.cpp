// NC206 age-birth-year: an age that the birth year and the reference date contradict.
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "numcheck/calendar.hpp"
#include "numcheck/rules/arithmetic.hpp"
#include "numcheck/rules/time.hpp"
#include "numcheck/text.hpp"

namespace numcheck::rules {

namespace {

constexpr std::array<std::string_view, 49> kin_words{
    "son",         "sons",        "daughter",    "daughters", "child",        "children",  "father",
    "mother",      "wife",        "husband",     "brother",   "sister",       "parents",   "grandson",
    "grandchild",  "baby",        "twins",       "partner",   "niece",        "nephew",    "granddaughter",
    "grandfather", "grandmother", "predecessor", "successor", "rival",        "opponent",  "friend",
    "colleague",   "boss",        "deputy",      "teammate",  "girlfriend",   "boyfriend", "fiancee",
    "fiancée",     "fiance",      "fiancé",      "stepson",   "stepdaughter", "cousin",    "cellmate",
    "roommate",    "accomplice",  "neighbor",    "neighbour", "landlord",     "landlady",  "widow"};

/// People named by what they are or do: "the US president", "the hotel manager", "the new striker".
constexpr std::array<std::string_view, 70> person_words{
    "man",       "woman",        "men",        "women",     "boy",         "girl",      "people",    "person",
    "victim",    "player",       "officer",    "driver",    "patient",     "student",   "president", "manager",
    "executive", "captain",      "coach",      "chief",     "director",    "minister",  "mayor",     "governor",
    "chairman",  "founder",      "owner",      "boss",      "leader",      "queen",     "king",      "pope",
    "prince",    "princess",     "duke",       "duchess",   "chancellor",  "teacher",   "doctor",    "nurse",
    "striker",   "killer",       "child",      "partner",   "friend",      "colleague", "rival",     "successor",
    "bishop",    "archbishop",   "dean",       "secretary", "vicar",       "rabbi",     "imam",      "general",
    "colonel",   "commissioner", "ambassador", "judge",     "justice",     "earl",      "lord",      "lady",
    "chair",     "editor",       "principal",  "conductor", "headteacher", "chairwoman"};

/// The words before a thing's age told in a clause of its own: "founded the airline, which is now 45 years old".
constexpr std::array<std::string_view, 7> which_words{"which is ",       "which is now ",  "which was ",
                                                      "which turns ",    "which will be ", "which is nearly ",
                                                      "which is almost "};

bool is_person_word(std::string_view lower_word) {
    return std::find(person_words.begin(), person_words.end(), lower_word) != person_words.end();
}

/// Places, businesses and institutions: "runs the bakery", "owns a cafe".
constexpr std::array<std::string_view, 85> place_words{
    "bakery",  "shop",      "store",     "cafe",     "restaurant", "pub",      "bar",      "hotel",     "farm",
    "company", "firm",      "business",  "factory",  "museum",     "gallery",  "theatre",  "theater",   "school",
    "college", "hospital",  "clinic",    "charity",  "foundation", "practice", "studio",   "workshop",  "garage",
    "salon",   "library",   "church",    "mosque",   "temple",     "council",  "agency",   "band",      "orchestra",
    "choir",   "newspaper", "magazine",  "website",  "brewery",    "vineyard", "bookshop", "bookstore", "newsagent",
    "florist", "gym",       "deli",      "pharmacy", "surgery",    "office",   "town",     "city",      "village",
    "street",  "area",      "region",    "country",  "team",       "club",     "network",  "chain",     "group",
    "site",    "plant",     "mill",      "mine",     "station",    "centre",   "center",   "market",    "venue",
    "park",    "zoo",       "estate",    "bistro",   "boutique",   "inn",      "kitchen",  "project",   "label",
    "paper",   "show",      "programme", "program"};

bool is_place_word(std::string_view lower_word) {
    return std::find(place_words.begin(), place_words.end(), lower_word) != place_words.end();
}

bool is_kin(std::string_view lower_word) {
    return std::find(kin_words.begin(), kin_words.end(), lower_word) != kin_words.end();
}

/// "his", "her", "their", "whose" (any case): the word before a relative ("her husband", "whose
/// father").
bool is_possessive(std::string_view word) {
    return text::iequals(word, "his") || text::iequals(word, "her") || text::iequals(word, "their") ||
           text::iequals(word, "whose");
}

/// A copula or a word of the same person's time before an age ("is a 34-year-old nurse", "was then
/// a 40-year-old"), in any case: the age is the subject's own.
bool is_own_age_lead(std::string_view word) {
    return text::contains_any_word(text::lower(word),
                                   {"is", "was", "as", "became", "becomes", "being", "been", "now", "then"});
}

/// Whether words[k] begins the name of someone linked to another person by the words before it: "took
/// over from Stephen Poloz", "took over in October from", "in favour of Martin Schlegel", "a protege of
/// Thomas Jordan", "the successor of".
bool linked_person(std::vector<std::string_view> const& words, std::size_t k) {
    if (k < 2) return false;
    std::string const link = text::lower(words[k - 1]);
    if (link == "from") {
        for (std::size_t w = k - 1; w-- > 0 && w + 5 > k;)
            if (text::iequals(words[w], "over")) return true;
        return false;
    }
    return (link == "of" || link == "to") &&
           text::contains_any_word(text::lower(words[k - 2]),
                                   {"favour",  "favor",       "successor",   "protege",  "protégé",  "predecessor",
                                    "deputy",  "rival",       "ally",        "mentor",   "aide",     "student",
                                    "pupil",   "understudy",  "son",         "daughter", "grandson", "granddaughter",
                                    "nephew",  "niece",       "widow",       "widower",  "heir",     "descendant",
                                    "brother", "sister",      "wife",        "husband",  "child",    "mother",
                                    "father",  "grandmother", "grandfather", "parent"});
}

/// Whether the age and the birth are told of different people: another person named between them
/// ("Smith, 45, married Jones, who was born in 1975", "Kohli, 36, and Gill, born in 1999": a
/// capitalised name and a comma, not a place after "in"), a relative between them ("Singh, 42, and
/// his father, ... who was born in 1955"), the age of a relative or of the youngest of a group after
/// it ("has a 30-year-old son", "named 21 new cardinals, the youngest aged 45"), or an age at an
/// event the sentence does not date ("born in 1940, joined the company aged 25").
bool of_someone_else(claim_model const& model, mention const& age, mention const& born) {
    if (age.end <= born.begin && age.sentence == born.sentence) {
        std::string_view const between = model.prose.substr(age.end, born.begin - age.end);
        auto const words = text::words(between);
        std::size_t const n = words.size();
        // (another person named as the one born, in a clause of time after the age: "Holm, 34, was a pro before
        // Mensah was born in 2006", "was 16 when Mensah was born"; not "when Holm was born")
        std::string_view const named = text::first_word(model.prose.substr(age.begin, age.end - age.begin));
        if (n >= 3 && (words[n - 1] == "was" || words[n - 1] == "is") && text::starts_with_capital(words[n - 2]) &&
            words[n - 2] != named &&
            text::contains_any_word(text::lower(words[n - 3]),
                                    {"before", "when", "since", "after", "until", "as", "while", "the", "year"}))
            return true;
        // (animals born, not the person: "Hoekstra, 44, bought cows born in 2021", "keeps 3,200 ewes, most born
        // in 2020", "sold lambs that were born in 2023", "whose best cow, now 12, was born in 2012")
        static constexpr std::array<std::string_view, 36> animals{
            "cow",   "cows", "cattle", "calf",    "calves", "heifer", "heifers", "bull",    "bulls",
            "ewe",   "ewes", "lamb",   "lambs",   "sheep",  "ram",    "rams",    "sow",     "sows",
            "pig",   "pigs", "piglet", "piglets", "horse",  "horses", "foal",    "foals",   "mare",
            "mares", "goat", "goats",  "kid",     "kids",   "hens",   "chicks",  "animals", "livestock"};
        for (std::string_view const w : words)
            if (std::find(animals.begin(), animals.end(), text::lower(w)) != animals.end()) return true;
    }
    // (the birth of a group: "Yellen, 77, said workers born in 1960 must wait until 67", "anyone born in 1990")
    {
        std::size_t const from = born.begin >= 24 ? born.begin - 24 : 0;
        std::string_view const word = text::last_word(model.prose.substr(from, born.begin - from));
        std::string const lower = text::lower(word);
        if (!word.empty() && text::is_lower(word.front()) &&
            (text::contains_any_word(lower, {"anyone", "everyone", "those", "people", "children", "whoever"}) ||
             (lower.size() > 4 && lower.ends_with('s') && !lower.ends_with("ss") &&
              !text::contains_any_word(lower, {"was", "is", "has", "as", "always", "perhaps", "whereas"}))))
            return true;
    }
    // (a birth told in a clause about the noun of a phrase after the age: "Ana Ruiz, 34, is the daughter of the
    // district's founder, who was born in 1961"; not "Smith, 45, who was born in 1979")
    if (age.end <= born.begin && age.sentence == born.sentence) {
        std::string_view const between = model.prose.substr(age.end, born.begin - age.end);
        std::string const lower = text::lower(between);
        std::size_t const who = lower.rfind(", who ");
        if (who != std::string::npos && lower.find(" of ") < who) {
            std::string_view const noun = text::last_word(between.substr(0, who));
            if (!noun.empty() && text::is_lower(noun.front())) return true;
        }
    }
    // (an age before the noun of whom another is told, after "of": "Claire, the daughter of the 88-year-old founder,
    // was born in 1965", "the son of 81-year-old chairman Torstein Hagen")
    if (age.text.find("year-old") != std::string::npos && age.begin >= 4) {
        std::size_t const from = age.begin >= 16 ? age.begin - 16 : 0;
        std::string const lead = text::lower(model.prose.substr(from, age.begin - from));
        if (lead.ends_with(" of the ") || lead.ends_with(" of ") || lead.ends_with(" of his ") ||
            lead.ends_with(" of her ") || lead.ends_with(" of their "))
            return true;
    }
    // (an opening "Born in 1990," of a relative named by another's possessive: "Born in 1990, Ortiz's son is a
    // racer", "Born in 1938, Hughes's wife still drives, although Hughes, 89, has given up")
    if (model.sentences && born.sentence < model.sentences->size() &&
        (*model.sentences)[born.sentence].begin == born.begin) {
        std::size_t const to = std::min((*model.sentences)[born.sentence].end, born.end + 48);
        std::string const after = text::lower(model.prose.substr(born.end, to > born.end ? to - born.end : 0));
        if (after.starts_with(", ")) {
            auto const words = text::words(after);
            std::size_t const name_end =
                words.empty() ? 0 : static_cast<std::size_t>(words[0].data() - after.data()) + words[0].size();
            bool const possessive = !words.empty() && (after.compare(name_end, 3, "'s ") == 0 ||
                                                       after.compare(name_end, 5, "\xE2\x80\x99s ") == 0);
            if (possessive && words.size() >= 3 && (is_kin(words[1]) || (words[1] == "s" && is_kin(words[2]))))
                return true;
        }
    }
    // (an opening "Born in 1976," is the subject's that follows it, not another's age later: "Born in 1976,
    // Ellison cast Dawson, 68, as her father")
    if (born.end <= age.begin && born.sentence == age.sentence && model.sentences &&
        born.sentence < model.sentences->size() && (*model.sentences)[born.sentence].begin == born.begin) {
        std::string_view const after = model.prose.substr(born.end, age.begin - born.end);
        if (after.starts_with(", ")) {
            std::string_view const subject = text::first_word(after.substr(2));
            std::string_view const named = text::first_word(model.prose.substr(age.begin, age.end - age.begin));
            if (!subject.empty() && !named.empty() && text::is_upper(subject.front()) &&
                text::is_upper(named.front()) && subject != named && !text::is_digit(named.front()))
                return true;
        }
    }
    // (the birth of a thing: "Kim, 38, said the movement was born in Seoul in 2016", "the band was
    // born in 1976"; not "the boy was born", "her son was born", "Smith, 45, was born")
    {
        std::size_t const lead = born.begin >= 40 ? born.begin - 40 : 0;
        std::string const before = text::lower(model.prose.substr(lead, born.begin - lead));
        auto const words = text::words(before);
        std::size_t const n = words.size();
        static constexpr std::array<std::string_view, 16> people{
            "son",    "daughter", "child", "baby",    "boy", "girl",  "brother", "sister",
            "father", "mother",   "wife",  "husband", "man", "woman", "twins",   "king"};
        if (n >= 3 && text::contains_any_word(words[n - 1], {"was", "were", "is"}) &&
            text::contains_any_word(words[n - 3], {"the", "a", "an", "its", "this", "that"}) &&
            before.ends_with(std::string(words[n - 2]) + " " + std::string(words[n - 1]) + " ") &&
            std::find(people.begin(), people.end(), words[n - 2]) == people.end())
            return true;
    }
    // (a birth told in a clause about a place, whose age follows: "The farmhouse where she was born in 1966 is
    // now 110 years old", "She was born in 1966 in a farmhouse that is now 110 years old")
    if (born.end <= age.begin) {
        std::size_t const lead = born.begin >= 40 ? born.begin - 40 : 0;
        std::string const before = text::lower(model.prose.substr(lead, born.begin - lead));
        std::string const between = text::lower(model.prose.substr(born.end, age.begin - born.end));
        if (before.find(" where ") != std::string::npos || before.find(" in which ") != std::string::npos ||
            text::contains_any_word(between, {"farmhouse", "house", "home", "hospital", "building", "cottage",
                                              "village", "town", "church", "school", "flat", "apartment", "rowhouse",
                                              "mansion", "hotel", "clinic", "barn", "cabin"}))
            return true;
    }
    // (a pronoun after two people's ages: "Patricia Ortiz, 59, and her son, 34, were hurt; she was born in 1964")
    if (std::string const lead =
            text::lower(model.prose.substr(born.begin >= 8 ? born.begin - 8 : 0, std::min<std::size_t>(born.begin, 8)));
        lead.ends_with("she was ") || lead.ends_with(" he was ") || lead.ends_with("they were ")) {
        auto const& mentions = *model.mentions;
        // (the mentions of the birth's sentence before it: they are in reading order)
        auto it = std::lower_bound(mentions.begin(), mentions.end(), born.sentence,
                                   [](mention const& m, std::size_t s) { return m.sentence < s; });
        std::size_t ages = 0;
        for (; it != mentions.end() && it->sentence == born.sentence && it->end <= born.begin; ++it)
            if (it->kind == mention_kind::age && !it->born) ++ages;
        if (ages >= 2) return true;
    }
    std::size_t const from = std::min(age.end, born.end), to = std::max(age.begin, born.begin);
    std::string_view const between = from < to ? model.prose.substr(from, to - from) : std::string_view();
    // (a comparison with someone else: "The mayor, 48, is 12 years younger than her predecessor, who was
    // born in 1965")
    {
        std::string const lower = text::lower(between);
        if (lower.find("younger than") != std::string::npos || lower.find("older than") != std::string::npos)
            return true;
        // (a second person joined after the age: "The coach, 61, and his assistant, born in 1985", "and
        // the co-pilot, who was born in 1995")
        if (age.end <= born.begin)
            for (std::string_view const joint :
                 {" and his ", " and her ", " and their ", " and its ", " and the ", " and a ", " and an "})
                if (lower.find(joint) != std::string::npos) return true;
    }
    // (a relative of the one whose age it is: "The 17-year-old's mother, who was born in 1980", "The
    // 34-year-old suspect's girlfriend, born in 1996")
    if (age.end <= born.begin) {
        std::string const lower = text::lower(between);
        auto const words = text::words(lower);
        if ((lower.starts_with("'s ") || lower.starts_with("\xE2\x80\x99s ")) && words.size() >= 2 && is_kin(words[1]))
            return true;
        for (std::size_t k = 0; k + 1 < words.size() && k < 3; ++k) {
            std::size_t const at = static_cast<std::size_t>(words[k].data() - lower.data()) + words[k].size();
            bool const possessive = lower.compare(at, 2, "'s") == 0 || lower.compare(at, 4, "\xE2\x80\x99s") == 0;
            if (possessive &&
                (is_kin(words[k + 1]) || (words[k + 1] == "s" && k + 2 < words.size() && is_kin(words[k + 2]))))
                return true;
        }
    }
    // (the next person of a list, named after the birth: "Smith, 79, a retired teacher born in 1944, and
    // Jones, 57, a nurse")
    if (born.end <= age.begin) {
        // (a first name before the age's own: ", and Rebecca Rans, 57")
        std::string_view named = between;
        while (!named.empty()) {
            std::size_t const space = named.find_last_of(' ', named.size() >= 2 ? named.size() - 2 : 0);
            std::string_view const word = space == std::string_view::npos ? named : named.substr(space + 1);
            if (word.empty() || word.front() < 'A' || word.front() > 'Z' || space == std::string_view::npos) break;
            named = named.substr(0, space + 1);
        }
        std::string const lower = text::lower(named);
        if ((lower.ends_with(", and ") || lower.ends_with(" and ")) && !age.text.empty() && age.text.front() >= 'A' &&
            age.text.front() <= 'Z' && age.text.find(',') != std::string::npos)
            return true;
    }
    // (another person named after the birth, the object of a verb, with the age beside that name: "Tully, a retired
    // police sergeant born in 1965, replaces councillor Alan Wade, 83, who died in March"; not the name before the
    // birth again, "Smith was born in 1960 in Leeds, where Smith, 64, still lives")
    if (born.end <= age.begin && born.sentence == age.sentence && model.sentences &&
        born.sentence < model.sentences->size()) {
        std::string_view const named = text::first_word(model.prose.substr(age.begin, age.end - age.begin));
        sentence const& s = (*model.sentences)[born.sentence];
        std::string_view const before_birth = model.prose.substr(s.begin, born.begin - s.begin);
        bool const same_name =
            std::ranges::any_of(text::words(before_birth), [&](std::string_view w) { return w == named; });
        bool verb = false;
        for (std::string_view const w : text::words(between))
            verb = verb || (text::is_lower(w.front()) && (w.ends_with("s") || w.ends_with("ed")) && w.size() > 3 &&
                            !text::contains_any_word(w, {"years", "was", "has", "is", "its", "his", "hers", "this"}));
        if (!named.empty() && text::is_upper(named.front()) && !same_name && verb &&
            age.text.find(',') != std::string::npos)
            return true;
    }
    // (what someone said was born, not the speaker: "Lindqvist, 53, said the idea for Cobalt was born in 2009",
    // "Lindqvist, 53, says Cobalt was born in 2009"; not "said she was born in 1971")
    if (age.end <= born.begin && age.sentence == born.sentence) {
        std::string const lower = text::lower(between);
        auto const words = text::words(lower);
        std::size_t n = words.size();
        while (n > 0 && (words[n - 1] == "born" || words[n - 1] == "in" || words[n - 1] == "on")) --n;
        if (n >= 3 && text::contains_any_word(words[n - 1], {"was", "were", "is"})) {
            std::string_view const subject = words[n - 2];
            bool const speech =
                std::any_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(n - 2), [](std::string_view w) {
                    return text::contains_any_word(w, {"said", "says", "say", "told", "tells", "recalled", "recalls",
                                                       "explained", "explains", "noted", "notes"});
                });
            if (speech && !text::contains_any_word(subject, {"he", "she", "i", "they", "we", "who"})) return true;
        }
    }
    // (a thing's birth, not a person's: "Ruffini, 62, owns Moncler, which was born in 1952")
    if (age.end <= born.begin) {
        std::string lower = text::lower(between);
        while (!lower.empty() && lower.back() == ' ') lower.pop_back();
        for (std::string_view const tail : {" born on", " born in", " born"})
            if (lower.ends_with(tail)) {
                lower.resize(lower.size() - tail.size());
                break;
            }
        if (lower.ends_with(" which was") || lower.ends_with(" which were") || lower.ends_with(" which is"))
            return true;
    }
    // (the object of a verb after the age: "Arteta, 42, signed the defender, who was born in 2004", "The
    // chairman, 67, said the striker, born in 2003, would stay"; not an apposition, "Smith, 45, the
    // founder, was born in 1960")
    if (age.end <= born.begin) {
        std::string lower = text::lower(between);
        // (the birth's own words at the end, after a comma: ", who was born", ", born"; not "runs the
        // bakery and was born", one subject)
        auto const strip = [&](std::string_view word) {
            while (!lower.empty() && lower.back() == ' ') lower.pop_back();
            if (!std::string_view(lower).ends_with(word)) return;
            std::size_t const at = lower.size() - word.size();
            if (at == 0 || !text::is_alpha(lower[at - 1])) lower.resize(at);
        };
        strip("born");
        strip("was");
        strip("is");
        strip("who");
        while (!lower.empty() && lower.back() == ' ') lower.pop_back();
        bool const comma = !lower.empty() && lower.back() == ',';
        auto const words = text::words(lower);
        bool const opens_with_verb =
            !words.empty() && !text::contains_any_word(words.front(), {"the", "a", "an", "who", "whose", "and", "was",
                                                                       "is", "his", "her", "their", "born", "aged"});
        bool object = false;
        for (std::size_t k = 1; k + 1 < words.size(); ++k)
            object = object || text::contains_any_word(words[k], {"the", "a", "an", "his", "her", "their"});
        if (comma && opens_with_verb && object && lower.find(';') == std::string::npos) return true;
        // (or a name right after the verb: "Hartmann, 58, backed Beltrán, who was born in 1995")
        if (comma && opens_with_verb && words.size() >= 2 && lower.find(';') == std::string::npos &&
            words.front().size() > 3 && words.front().ends_with("ed")) {
            std::string_view const original = between.substr(static_cast<std::size_t>(words[1].data() - lower.data()));
            if (text::starts_with_capital(original)) return true;
        }
        // (a person named by a noun after a verb: "is accused of killing the victim, who was born", "was
        // arrested with a man, born in"; not the apposition "Smith, 45, the founder, who was born")
        std::size_t const n = words.size();
        if (comma && n >= 3 && (is_person_word(words[n - 1]) || is_kin(words[n - 1])) &&
            text::contains_any_word(words[n - 2], {"the", "a", "an", "his", "her", "their"}) &&
            lower.find(';') == std::string::npos)
            return true;
    }
    // (another clause: "Brennan, born in 1951, is the oldest candidate; her rival, 63, was born in 1961")
    // ("Pele died in 2022 aged 85; he was born in 1940": the same person, the clause after it told of
    // "he" or "she" and no other name between)
    if (std::size_t const semicolon = between.find(';'); semicolon != std::string_view::npos) {
        std::string const after = text::lower(between.substr(semicolon + 1));
        std::string_view const subject = text::first_word(after);
        // (nor a person between: "Mr Hill, 19, is charged with assaulting a woman ...; she was born in 1990")
        bool const person_between =
            text::contains_any_word(text::lower(between.substr(0, semicolon)),
                                    {"woman",  "man",     "women", "men",      "girl",    "boy",    "victim", "friend",
                                     "wife",   "husband", "son",   "daughter", "mother",  "father", "child",  "brother",
                                     "sister", "partner", "rival", "player",   "officer", "driver"});
        bool const same = between.find(';', semicolon + 1) == std::string_view::npos && age.begin < born.begin &&
                          (subject == "he" || subject == "she") && !person_between &&
                          std::none_of(between.begin(), between.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        if (!same) return true;
    }
    // (two names: "Nadal, who was born in 1986, beat Evans, 35, in four sets")
    {
        std::string_view const age_name = text::first_word(age.text);
        bool const named_age = !age_name.empty() && age_name.front() >= 'A' && age_name.front() <= 'Z' &&
                               age.text.find(',') != std::string::npos;
        if (named_age && born.begin < age.begin) {
            std::size_t const lead = born.begin >= 24 ? born.begin - 24 : 0;
            auto const words = text::words(model.prose.substr(lead, born.begin - lead));
            // (not "Born", nor a place: "Born in Dundee on Feb. 3, 1936, Smith, 45, ...")
            auto const place = [&](std::size_t k) {
                while (k > 0 && words[k - 1].front() >= 'A' && words[k - 1].front() <= 'Z' &&
                       !text::iequals(words[k - 1], "born"))
                    --k;
                return k > 0 && text::contains_any_word(text::lower(words[k - 1]), {"in", "at", "from", "near"});
            };
            for (std::size_t k = words.size(); k-- > 0 && k + 4 >= words.size();)
                if (words[k].front() >= 'A' && words[k].front() <= 'Z' &&
                    text::lower(words[k]) != text::lower(age_name) && !calendar::is_month_name(text::lower(words[k])) &&
                    !text::iequals(words[k], "born") && !place(k))
                    return true;
        }
    }
    std::string_view previous;
    bool previous_place = false;
    // (the name an attributive age goes with, right after it: "The 22-year-old Carlos Alcaraz, who was born
    // in 2003" is his own birth)
    std::size_t own_name_end = 0;
    // (what the one of that age owns: "The 89-year-old's brand, born in 1961", "The 38-year-old designer's own label,
    // born in 2014")
    if (age.end <= born.begin && text::iends_with(age.text, "-old")) {
        std::size_t const stop = between.find_first_of(",;");
        std::string_view const head = between.substr(0, stop);
        std::size_t possessive = head.find("'s ");
        if (possessive == std::string_view::npos) possessive = head.find("\xE2\x80\x99s ");
        if (head.starts_with("'s") || head.starts_with("\xE2\x80\x99s") ||
            (possessive != std::string_view::npos && text::words(head.substr(0, possessive)).size() <= 1))
            return true;
    }
    if (age.end <= born.begin && text::iends_with(age.text, "-old")) {
        std::size_t i = 0;
        while (i + 1 < between.size() && between[i] == ' ' && between[i + 1] >= 'A' && between[i + 1] <= 'Z') {
            std::size_t e = i + 1;
            while (e < between.size() && text::is_alpha(between[e])) ++e;
            own_name_end = e;
            i = e;
        }
    }
    for (std::size_t i = 0; i < between.size();) {
        if (!text::is_alpha(between[i]) && !text::latin_letter_at(between, i)) {
            ++i;
            continue;
        }
        // (a name with letters outside ASCII is one word: "Müller", "Álvarez")
        std::size_t const e = text::letters_end(between, i);
        std::string_view const word = between.substr(i, e - i);
        std::string const lower = text::lower(word);
        bool const capital = text::starts_with_capital(word);
        // (a place's name goes on through its capitals: "in Dundee, Scotland,")
        bool const place = text::iequals(previous, "in") || text::iequals(previous, "at") ||
                           text::iequals(previous, "on") || text::iequals(previous, "of") ||
                           text::iequals(previous, "from") || text::iequals(previous, "near") ||
                           text::iequals(previous, "the") || (capital && previous_place);
        previous_place = capital && place;
        // (the birth told of that name: "Jones, who was born", "Gill, born"; not "a nurse from Madrid,
        // Spain, was born", where the sentence's subject is born)
        // (a place is no "who": "operated on Mitchell, who was born", "learned from Mitchell, who was born")
        // (but where one comes from, opening the words after the age: "Diane Cole, 62, from Kent, who was born")
        bool const origin =
            text::iequals(previous, "from") && age.end <= born.begin &&
            between.substr(0, static_cast<std::size_t>(previous.data() - between.data())).find_first_not_of(" ,") ==
                std::string_view::npos;
        bool const object = (text::iequals(previous, "on") || text::iequals(previous, "from")) && !origin;
        if (capital && e < between.size() && between[e] == ',' && !calendar::is_month_name(lower) && e > own_name_end) {
            std::string const rest = text::lower(between.substr(e + 1));
            auto const rest_words = text::words(rest);
            bool const who = rest_words.size() == 2 && rest_words[0] == "who" &&
                             (rest_words[1] == "was" || rest_words[1] == "is" || rest_words[1] == "were");
            if (age.begin < born.begin && (rest_words.empty() || who) && (!place || (who && object))) return true;
        }
        // (or in brackets right after that name: "Hill, 45, thanked Price (born 1932)")
        if (capital && !place && age.begin < born.begin && e > own_name_end &&
            between.substr(e).find_first_not_of(" (") == std::string_view::npos &&
            between.substr(e).find('(') != std::string_view::npos && !calendar::is_month_name(lower))
            return true;
        // ("and his father": not "a father of two", "who has two children"; after the birth, a
        // relative with a clause or an age of their own: "born in 1933, outlived her husband, who died
        // in 2011 aged 80", "and his wife, 70," (not "outlived her husband and died in 2011 aged 80")
        if (is_kin(lower) && is_possessive(previous)) {
            if (age.begin < born.begin) return true;
            std::string const rest = text::lower(between.substr(e));
            std::size_t const first = rest.find_first_not_of(' ');
            std::string_view const trimmed =
                first == std::string::npos
                    ? std::string_view()
                    : std::string_view(rest).substr(first, rest.find_last_not_of(' ') - first + 1);
            // (or the relative's name in apposition: "replaced his father, Hun Sen, 71")
            std::string_view const raw = between.substr(e);
            std::size_t const name_at = raw.find_first_not_of(' ', 1);
            bool const named = raw.size() > 2 && raw[0] == ',' && name_at != std::string_view::npos &&
                               std::isupper(static_cast<unsigned char>(raw[name_at]));
            if (trimmed.empty() || trimmed == "," || named || text::contains_any_word(rest, {"who", "whose"}))
                return true;
        }
        previous = word;
        i = e;
    }
    // (after the birth, another name with a clause of its own that holds the age: "Putin, born in 1952,
    // replaced Yeltsin, who resigned in 1999 aged 68", "praised Carter, who turns 100 in October")
    if (born.end <= age.begin) {
        // (the age's own "who": "praised Carter, who turns 100")
        std::string const own = std::string(between) + (text::istarts_with(age.text, "who ") ? "who " : "");
        std::string_view const clauses = own;
        for (std::size_t at = clauses.find(", who "); at != std::string_view::npos;
             at = clauses.find(", who ", at + 1)) {
            std::size_t w = at;
            while (w > 0 && text::is_alpha(clauses[w - 1])) --w;
            // (a name, or a regnal number after it: "Elizabeth II, who")
            std::string_view const word = clauses.substr(w, at - w);
            if (!word.empty() && word.front() >= 'A' && word.front() <= 'Z' &&
                !calendar::is_month_name(text::lower(word)))
                return true;
        }
    }
    // (someone named as a verb's object between the age and the birth: "Holt, 35, beat Labour's Adam
    // Pryor, a former teacher born in 1971"; not a place after "in", "at", "of", "from")
    if (age.begin < born.begin) {
        auto const words = text::words(between);
        for (std::size_t k = 1; k < words.size(); ++k) {
            std::string_view const w = words[k], verb = words[k - 1];
            if (w.front() < 'A' || w.front() > 'Z' || calendar::is_month_name(text::lower(w))) continue;
            if (verb.front() < 'a' || verb.front() > 'z') continue;
            if (text::contains_any_word(text::lower(verb),
                                        {"beat",       "beats",  "defeated", "defeats",  "married",   "marries",
                                         "met",        "meets",  "replaced", "replaces", "succeeded", "succeeds",
                                         "faced",      "faces",  "sued",     "hired",    "appointed", "named",
                                         "challenged", "ousted", "unseated"}))
                return true;
            // (not "took over from Poloz and was born in 1961", "the son of John Jones, was born in 1979": the
            // subject's birth)
            std::size_t const n = words.size();
            bool const subject_born = n >= 2 && text::iequals(words[n - 1], "was") &&
                                      !text::iequals(words[n - 2], "who") &&
                                      between.substr(0, between.find_last_not_of(' ') + 1).ends_with("was") &&
                                      between.find(", was") != std::string_view::npos;
            if (linked_person(words, k) && !(n >= 2 && text::iequals(words[n - 2], "and")) && !subject_born)
                return true;
        }
    }
    // (the age of someone linked to the subject, the birth the subject's: "Schlegel, 48, a protege of
    // Jordan, 61, was born in 1976")
    if (age.begin < born.begin && text::words(between).size() <= 2 &&
        !text::contains_any_word(text::lower(between), {"who", "whose"})) {
        std::size_t const lead = age.begin >= 40 ? age.begin - 40 : 0;
        std::string_view const before = model.prose.substr(lead, age.begin - lead);
        auto words = text::words(before);
        words.push_back(text::first_word(age.text));
        if (!words.back().empty() && words.back().front() >= 'A' && words.back().front() <= 'Z' &&
            linked_person(words, words.size() - 1))
            return true;
    }
    // (someone else right before "who was born" or "born": "married Smith who was born", "lives with a
    // partner who was born", "and a colleague born in 1970")
    if (age.begin < born.begin) {
        auto const words = text::words(between);
        std::size_t n = words.size();
        if (n >= 2 && text::iequals(words[n - 1], "was") && text::iequals(words[n - 2], "who")) n -= 2;
        // ("a man police said was born", "a woman officials believe was born")
        if (n >= 3 && text::iequals(words[n - 1], "was") &&
            text::contains_any_word(text::lower(words[n - 2]), {"said", "say", "says", "believe", "believed"}) &&
            words[n - 3].front() >= 'a' && words[n - 3].front() <= 'z')
            n -= 3;
        // ("a retired couple, both born in 1958")
        if (n >= 2 && (words[n - 1] == "both" || words[n - 1] == "all")) --n;
        if (n >= 1 && n < words.size() + 1) {
            std::string_view const last = words[n - 1];
            // (a name with no comma after it, not a place: "Smith, 45, of London, who was born")
            std::size_t const after_last = static_cast<std::size_t>(last.data() - between.data()) + last.size();
            bool const named = last.front() >= 'A' && last.front() <= 'Z' && n < words.size() &&
                               after_last < between.size() && between[after_last] != ',' &&
                               !(n >= 2 && (text::iequals(words[n - 2], "of") || text::iequals(words[n - 2], "in") ||
                                            text::iequals(words[n - 2], "from") || text::iequals(words[n - 2], "at") ||
                                            text::iequals(words[n - 2], "on")));
            // (not an apposition: "Smith, 45, a nurse who was born in 1980"; the noun may have words
            // before it, "an elderly man born in 1958", "a retired teacher born")
            std::size_t article = n;
            for (std::size_t k = n >= 2 ? n - 2 : n; k < n && k + 4 >= n; --k) {
                if (text::iequals(words[k], "a") || text::iequals(words[k], "an")) {
                    article = k;
                    break;
                }
                // (a capitalised word before a noun in lower case modifies it: "hired a Polish engineer born in
                // 1982", "met a US envoy born")
                bool const modifier = text::is_upper(words[k].front()) && text::is_lower(words[n - 1].front());
                if ((!modifier && (words[k].front() < 'a' || words[k].front() > 'z')) ||
                    text::contains_any_word(words[k], {"and", "or", "who", "was", "is", "the", "his", "her"}))
                    break;
                if (k == 0) break;
            }
            bool noun = article < n;
            if (noun) {
                std::size_t k = static_cast<std::size_t>(words[article].data() - between.data());
                while (k > 0 && between[k - 1] == ' ') --k;
                // (an apposition is the age's own only right after it: "Chen, 52, said her patient, a woman
                // born in 1990" is another's)
                noun = k > 0 &&
                       (between[k - 1] != ',' || (age.end <= born.begin && !text::words(between.substr(0, k)).empty()));
            }
            if (named || noun) return true;
        }
    }
    // (someone else's age in a clause after them: "born in 1920, has a son who is 80", "has a neighbour
    // who is 90", "married a man who is now 98")
    if (born.begin < age.begin) {
        std::string const own = text::lower(age.text);
        if (own.starts_with("who is") || own.starts_with("who's") || own.starts_with("who was") ||
            own.starts_with("who turns") || own.starts_with("who turned")) {
            auto const words = text::words(between);
            if (words.size() >= 2 && text::contains_any_word(text::lower(words[words.size() - 2]),
                                                             {"a", "an", "his", "her", "their", "the"}))
                return true;
        }
    }
    // (the age after "aged" of someone a verb after the birth brings in: "Diallo, born in 2007, shares a room with
    // Ibrahim, aged 14", "born in 1992, has children aged 4 and 7", "who was born in 1989, recruited Karimi, aged
    // 19"; not "born in 1992, died aged 31", "born in 2007, aged 16,")
    if (born.begin < age.begin) {
        auto const words = text::words(between);
        // (or the last of a list after it: "aged 4 and 7")
        bool const aged =
            text::istarts_with(age.text, "aged ") ||
            (words.size() >= 3 && text::iequals(words[words.size() - 3], "aged") && text::iequals(words.back(), "and"));
        bool const death = std::any_of(words.begin(), words.end(), [](std::string_view w) {
            return text::contains_any_word(text::lower(w), {"died", "dies", "death", "killed"});
        });
        if (aged && !death && words.size() >= 2 && text::is_lower(words.front().front()) &&
            !text::contains_any_word(text::lower(words.front()),
                                     {"in",    "at",   "on",   "near", "to",  "and",  "was",    "is",
                                      "were",  "are",  "died", "dies", "now", "then", "turned", "turns",
                                      "being", "when", "who",  "he",   "she", "they"}))
            return true;
    }
    // (a member of a group told after the person: "Pilar, 93, has four children, the eldest born in 1951")
    if (age.begin < born.begin) {
        auto const words = text::words(between);
        std::size_t const n = words.size();
        if (n >= 2 && text::iequals(words[n - 2], "the") &&
            text::contains_any_word(text::lower(words[n - 1]),
                                    {"eldest", "youngest", "oldest", "older", "younger", "first", "second", "third",
                                     "last", "latest", "newest"}))
            return true;
    }
    // (a relative's age after the birth: "born in 1948, and his wife, 70,", "nursed her father, 90,")
    if (born.begin < age.begin && is_kin(text::lower(text::first_word(age.text)))) {
        auto const words = text::words(between);
        if (!words.empty() && is_possessive(words.back())) return true;
    }
    // (someone met after the birth is told: "born in 1943, was attacked by a 29-year-old man", "born in
    // 1933, she married Paul Hart, 25, in 1958"; not "born in 1980, is a 44-year-old nurse")
    if (born.begin < age.begin && model.sentences && age.sentence < model.sentences->size()) {
        std::size_t const start = std::max((*model.sentences)[age.sentence].begin, born.end);
        auto const words = text::words(model.prose.substr(start, age.begin - start));
        std::size_t const n = words.size();
        // (the article in the age's text, "a 29-year-old", or before it)
        std::string_view const head = text::first_word(age.text);
        bool const own_article = text::iequals(head, "a") || text::iequals(head, "an");
        bool const indefinite =
            own_article || (n >= 1 && (text::iequals(words[n - 1], "a") || text::iequals(words[n - 1], "an")));
        std::size_t const verb_at = own_article ? n : n - 1; // one past the word before the article
        // ("beat the 31-year-old champion", "replaced 58-year-old Tom Jones", "was replaced by 41-year-old
        // Silva": an age before a noun or a name, after a verb or a preposition, is the other's)
        bool const attributive = age.text.find("year-old") != std::string::npos;
        if (attributive && !indefinite && n >= 1) {
            std::size_t k = n;
            if (k >= 1 && text::iequals(words[k - 1], "the")) --k;
            if (k >= 1 && !is_own_age_lead(words[k - 1]) && !text::iequals(words[k - 1], "and") &&
                words[k - 1].front() >= 'a' && words[k - 1].front() <= 'z')
                return true;
        }
        if (indefinite && verb_at >= 1 && !is_own_age_lead(words[verb_at - 1])) return true;
        // (a name that is a verb's object: the word before the name's capital words)
        std::string_view const age_name = text::first_word(age.text);
        if (!indefinite && !age_name.empty() && age_name.front() >= 'A' && age_name.front() <= 'Z' &&
            age.text.find(',') != std::string::npos) {
            std::size_t k = n;
            while (k > 0 && words[k - 1].front() >= 'A' && words[k - 1].front() <= 'Z') --k;
            if (k > 0) {
                std::string const verb = text::lower(words[k - 1]);
                if ((verb.size() > 4 && verb.ends_with("ed")) || (verb.size() > 5 && verb.ends_with("ing")) ||
                    text::contains_any_word(verb,
                                            {"beat", "met", "wed", "hit", "shot", "chose", "sued", "won", "to", "with",
                                             "by", "for", "against", "from", "said", "says", "told", "that"}))
                    return true;
            }
        }
        // (someone told of after a verb of speech: "The officer, who was born in 1980, testified that the
        // suspect, 22, ran"; not "said she is 45", the speaker's own)
        for (std::size_t k = 0; k < n; ++k)
            if (text::contains_any_word(text::lower(words[k]), {"said", "says", "testified", "told", "added"})) {
                bool const own = n - k - 1 <= 2 && k + 1 < n &&
                                 text::contains_any_word(text::lower(words[k + 1]), {"he", "she", "that"}) &&
                                 (k + 2 >= n || text::contains_any_word(text::lower(words[k + 2]), {"he", "she"}));
                if (!own && k + 1 < n) return true;
            }
    }
    // (the age of a verb's object, the birth the subject's: "Feld, who replaced Sands, 70, was born in 1983";
    // or of someone telling of another's birth: "His sister, 25, said he was born in 2006", "Her lawyer, 44,
    // said she was born in 1990"; not "Smith, 45, said he was born in 1960")
    if (age.begin < born.begin && model.sentences && age.sentence < model.sentences->size()) {
        std::string_view const age_name = text::first_word(age.text);
        std::size_t const start = (*model.sentences)[age.sentence].begin;
        std::string_view const lead = model.prose.substr(start, age.begin - start);
        auto const lead_words = text::words(lead);
        auto const gap = text::words(between);
        bool const named = !age_name.empty() && age_name.front() >= 'A' && age_name.front() <= 'Z' &&
                           age.text.find(',') != std::string::npos;
        // (the gap may hold the time of the verb's event: "who married Lena Holt, 62, in 1990, was born in 1945")
        bool const was_next = (gap.size() == 1 && text::iequals(gap[0], "was")) ||
                              (gap.size() == 3 && text::iequals(gap[0], "in") && text::is_digit(gap[1].front()) &&
                               text::iequals(gap[2], "was"));
        if (named && was_next && !lead_words.empty()) {
            std::string_view const trimmed = lead.substr(0, lead.find_last_not_of(' ') + 1);
            // (past the name's first words: "who married Lena Holt, 62,")
            std::size_t v = lead_words.size() - 1;
            while (v > 0 && lead_words.size() - v <= 3 && text::is_upper(lead_words[v].front())) --v;
            std::string const verb = text::lower(lead_words[v]);
            // (or a verb of the past that does not end in "ed", or a preposition: "who cast Petrova, 28,", "who plays
            // opposite Reyes, 58,")
            if (!trimmed.ends_with(",") &&
                ((verb.size() > 4 && verb.ends_with("ed") && verb != "aged") ||
                 (verb.size() > 5 && verb.ends_with("ing")) ||
                 text::contains_any_word(verb,
                                         {"beat", "met",      "wed",       "hit",     "shot",   "sued", "cast", "chose",
                                          "led",  "taught",   "fought",    "caught",  "found",  "saw",  "knew", "took",
                                          "sent", "opposite", "alongside", "against", "beside", "with"})))
                return true;
        }
        bool speech = false;
        for (std::string_view const w : gap)
            speech = speech || text::contains_any_word(text::lower(w), {"said", "says", "testified", "told", "added"});
        std::string const holder = text::lower(std::string(lead) + " " + std::string(age_name));
        if (speech && text::contains_any_word(holder, {"his", "her", "their", "its", "the", "a", "an"})) return true;
    }
    // (what follows the age, and the words before it)
    std::size_t a = age.end;
    while (a < model.prose.size() && model.prose[a] == ' ') ++a;
    std::size_t b = a;
    while (b < model.prose.size() && text::is_alpha(model.prose[b])) ++b;
    if (is_kin(text::lower(model.prose.substr(a, b - a)))) return true;
    // (in its sentence: "He is the oldest. Jones, 38, born in 1960" is about Jones)
    std::size_t lead = age.begin >= 16 ? age.begin - 16 : 0;
    if (model.sentences && age.sentence < model.sentences->size())
        lead = std::max(lead, (*model.sentences)[age.sentence].begin);
    std::string const before = text::lower(model.prose.substr(lead, age.begin - lead));
    if (text::contains_any_word(before, {"youngest", "oldest", "eldest"})) return true;
    // (an age at an event the sentence tells of: "received the therapy when she was 3 years old", "was
    // diagnosed at 3 months old")
    {
        std::size_t const told_from = std::max(lead, age.begin >= 24 ? age.begin - 24 : 0);
        std::string const told = text::lower(model.prose.substr(told_from, age.end - told_from));
        auto const words = text::words(told);
        std::size_t figure = words.size();
        for (std::size_t k = 0; k < words.size(); ++k)
            if (text::is_digit(words[k].front())) {
                figure = k;
                break;
            }
        for (std::size_t k = figure >= 3 ? figure - 3 : 0; k < figure; ++k)
            if (words[k] == "when") return true;
        if (figure >= 1 && figure < words.size() && words[figure - 1] == "at" && told.ends_with(" old")) return true;
    }
    return false;
}

/// Whether "aged 25" follows the words of an event ("joined the company aged 25"), not a comma beside a
/// name ("John Smith, aged 66,").
bool after_event_words(claim_model const& model, mention const& age) {
    // (or "at the age of": "started playing at the age of four", "moved to Sydney at the age of 12")
    std::string_view const head = text::first_word(age.text);
    // (the mention may begin at "age": "at the" before it)
    bool const at_the_age =
        text::iequals(head, "age") && age.begin >= 7 && text::iequals(model.prose.substr(age.begin - 7, 7), "at the ");
    // (an age reached, not today's: "can expect to live to the age of 86", "lived until the age of 90", "up to the
    // age of 18")
    if (text::iequals(head, "age") &&
        ((age.begin >= 7 && text::iequals(model.prose.substr(age.begin - 7, 7), "to the ")) ||
         (age.begin >= 10 && text::iequals(model.prose.substr(age.begin - 10, 10), "until the ")) ||
         (age.begin >= 9 && text::iequals(model.prose.substr(age.begin - 9, 9), "till the "))))
        return true;
    if (!text::iequals(head, "aged") && !text::iequals(head, "at") && !at_the_age) return false;
    if (at_the_age) {
        std::size_t k = age.begin - 7;
        while (k > 0 && model.prose[k - 1] == ' ') --k;
        return k > 0 && model.prose[k - 1] != ',' && model.prose[k - 1] != '(';
    }
    std::size_t k = age.begin;
    while (k > 0 && model.prose[k - 1] == ' ') --k;
    return k > 0 && model.prose[k - 1] != ',' && model.prose[k - 1] != '(';
}

/// Whether age mention `a` ("who turned 60") is followed right away by a time of the reference year
/// ("in March", "last week", "earlier this year"): the age turned lately, today's.
bool turned_this_year(claim_model const& model, std::size_t a) {
    auto const& mentions = *model.mentions;
    mention const& age = mentions[a];
    if (a + 1 >= mentions.size() || !model.reference_year) return false;
    mention const& next = mentions[a + 1];
    if (next.sentence != age.sentence || next.begin < age.end || next.begin > age.end + 1) return false;
    if (next.kind != mention_kind::relative_time && next.kind != mention_kind::period &&
        next.kind != mention_kind::date)
        return false;
    std::string_view const value = next.resolved ? std::string_view(*next.resolved) : next.time_value;
    return value.size() >= 4 && value.substr(0, 4) == std::to_string(*model.reference_year);
}

/// The past year in which age mention `a` was turned, when a year, a month of one or a full date
/// follows it right away ("Jones turned 40 in 2010", "who turned 60 in March 2014"): the age is
/// counted to that year.
std::optional<int> turned_in_year(claim_model const& model, std::size_t a) {
    auto const& mentions = *model.mentions;
    mention const& age = mentions[a];
    if (a + 1 >= mentions.size() || !model.reference_year || age.born || age.is_range) return std::nullopt;
    if (!text::contains_any_word(text::lower(age.text), {"turned"})) return std::nullopt;
    mention const& next = mentions[a + 1];
    if (next.sentence != age.sentence || next.begin < age.end || next.begin > age.end + 1) return std::nullopt;
    bool const dated = next.kind == mention_kind::year ||
                       (next.kind == mention_kind::period && text::leading_year(next.time_value).has_value()) ||
                       (next.kind == mention_kind::date && detail::full_date(next).has_value());
    if (!dated) return std::nullopt;
    auto const year = text::leading_year(next.time_value);
    if (!year || *year >= *model.reference_year) return std::nullopt;
    return year;
}

/// Whether age mention `a` ("Smith turns 60") is followed right away by a day within a week of the
/// reference date ("on Friday", "on Saturday"): a birthday days away, in the reference year.
bool birthday_within_days(claim_model const& model, std::size_t a) {
    auto const& mentions = *model.mentions;
    if (a + 1 >= mentions.size() || !model.reference) return false;
    mention const& age = mentions[a];
    mention const& next = mentions[a + 1];
    if (next.sentence != age.sentence || next.begin < age.end || next.begin > age.end + 1) return false;
    if (next.kind != mention_kind::date && next.kind != mention_kind::relative_time) return false;
    auto const day = detail::full_date(next);
    if (!day) return false;
    calendar::ymd const today{model.reference->year, model.reference->month, model.reference->day};
    long const apart = detail::day_number(*day) - detail::day_number(today);
    return apart >= -7 && apart <= 7 && day->year == today.year;
}

/// The ages and birth years of a list told in order, "Lee, 52, and Cho, 49, were born in 1973 and
/// 1976": the birth mention `b` ("born in 1973") followed by "and" or commas and more years, and as
/// many ages beside names before it in its sentence. Each pair is an age's index and its year; empty
/// when the sentence is no such list.
std::vector<std::pair<std::size_t, int>> listed_births(claim_model const& model, std::size_t b, std::size_t first,
                                                       std::size_t last) {
    auto const& mentions = *model.mentions;
    mention const& born = mentions[b];
    if (born.kind != mention_kind::age || !born.born) return {};
    std::vector<int> years{*born.born};
    std::size_t end = born.end;
    bool ended = false;
    for (std::size_t k = b + 1; k < last; ++k) {
        mention const& m = mentions[k];
        if (m.sentence != born.sentence || m.kind != mention_kind::year) break;
        auto const gap = text::words(model.prose.substr(end, m.begin - end));
        std::string_view const rest = model.prose.substr(end, m.begin - end);
        bool const joined = (gap.empty() && rest.find(',') != std::string_view::npos) ||
                            (gap.size() == 1 && text::iequals(gap[0], "and"));
        auto const year = text::leading_year(m.time_value);
        // (the year alone: not "married Park, 33, born in 1992, in 2020", a year of the sentence)
        bool const plain = m.text.size() == 4 && std::all_of(m.text.begin(), m.text.end(), text::is_digit);
        if (!joined || !year || !plain) break;
        years.push_back(*year);
        end = m.end;
        if (!gap.empty()) {
            ended = true; // ("and" ends the list)
            break;
        }
    }
    if (years.size() < 2 || !ended) return {};
    std::vector<std::size_t> ages;
    for (std::size_t a = first; a < b; ++a) {
        mention const& m = mentions[a];
        if (m.kind == mention_kind::age && !m.born && m.value && m.sentence == born.sentence) ages.push_back(a);
    }
    // (the ages nearest the years when the sentence has more, "The mayor, 59, has two children, aged 24
    // and 21, born in 2000 and 2003", where they are a list of their own, "aged 24 and 21")
    if (ages.size() > years.size()) {
        std::size_t const from = ages.size() - years.size();
        for (std::size_t i = from + 1; i < ages.size(); ++i) {
            std::string_view const gap =
                model.prose.substr(mentions[ages[i - 1]].end, mentions[ages[i]].begin - mentions[ages[i - 1]].end);
            if (gap != ", " && gap != " and " && gap != ", and ") return {};
        }
        ages.erase(ages.begin(), ages.begin() + static_cast<std::ptrdiff_t>(from));
    }
    if (ages.size() != years.size()) return {};
    std::vector<std::pair<std::size_t, int>> pairs;
    for (std::size_t i = 0; i < ages.size(); ++i) pairs.emplace_back(ages[i], years[i]);
    return pairs;
}

/// How many whole years an age is: "a 45-year-old" 45, "the 18-month-old" 1, "11 weeks old" 0.
int whole_years(mention const& age) {
    double years = *age.value;
    if (age.unit == "months" || age.unit == "month") years /= 12;
    if (age.unit == "weeks" || age.unit == "week") years /= 52.1775;
    if (age.unit == "days" || age.unit == "day") years /= 365.25;
    return static_cast<int>(std::floor(years));
}

/// Whether an age is told in years (or with no unit, "Smith, 45,").
bool in_years(mention const& age) { return age.unit.empty() || age.unit == "years" || age.unit == "year"; }

/// An age as a finding's message says it: "45", or "18 months (1 year)".
std::string age_words(mention const& age, int years) {
    if (in_years(age)) return std::to_string(years);
    return fmt::format("{} {} ({} year{})", detail::decimal(*age.value, 0), age.unit, years, years == 1 ? "" : "s");
}

/// Reports `age` (`said` years) when someone born in `birth_year` cannot be that old in `year`:
/// the year's difference, or one less before the birthday.
void check_year(claim_model const& model, mention const& age, int said, mention const& born, int birth_year, int year,
                std::string_view born_label, std::vector<finding>& out) {
    using namespace detail;
    int const oldest = year - birth_year, youngest = oldest - 1; // before or after the birthday
    if (said >= youngest - model.tolerance.age && said <= oldest + model.tolerance.age) return;
    // (no one lives 125 years: an age against such a span, with a four-digit figure between the birth and the age, is
    // of a year told in a form not read as one, "He was born in 1624 and died in 1675 aged 50 or 51"; "Smith, 45,
    // born in 1860" stays a slip)
    if (oldest > 125 && born.end <= age.begin) {
        std::string_view const between = model.prose.substr(born.end, age.begin - born.end);
        std::size_t run = 0;
        bool year_like = false;
        for (char const c : between) {
            run = text::is_digit(c) ? run + 1 : 0;
            year_like = year_like || run == 4;
        }
        if (year_like) return;
    }
    finding f = make_finding(age_birth_year, age,
                             fmt::format("someone born in {} {} {} or {} in {}, not {}", birth_year,
                                         model.reference_year && year < *model.reference_year ? "was" : "is", youngest,
                                         oldest, year, age_words(age, said)));
    f.related.push_back(related(born, std::string(born_label)));
    f.notes.push_back(
        fmt::format("{} - {} = {}: {} before the birthday, {} after it", year, birth_year, oldest, youngest, oldest));
    out.push_back(std::move(f));
}

/// Whether age mention `m` is part of a title in capitals inside a sentence in lower case: "star of \"The
/// 40-Year-Old Virgin\"", "The 100-Year-Old Man Who Climbed Out the Window"; not a headline, "40-Year-Old Man
/// Arrested", whose words all have capitals.
bool in_a_title(claim_model const& model, mention const& m) {
    if (m.text.find("-Year") == std::string::npos) return false;
    if (!model.sentences || m.sentence >= model.sentences->size()) return false;
    auto const& s = (*model.sentences)[m.sentence];
    // (prose has words of four letters or more in lower case; a headline in title case has none)
    std::size_t small = 0;
    for (std::string_view const w : text::words(model.prose.substr(s.begin, s.end - s.begin)))
        if (w.size() >= 4 && text::is_lower(w.front())) ++small;
    return small >= 2;
}

/// Whether age mention `stated` is a character's in a story told in the story's time: "In the film,
/// Marsh plays a 30-year-old singer born in 1950", "The novel follows a 14-year-old girl born in
/// 1980", "The series centres on Walt, 50, a chemistry teacher born in 1958".
bool character_in_a_story(claim_model const& model, mention const& stated) {
    if (!model.sentences || stated.sentence >= model.sentences->size()) return false;
    auto const& s = (*model.sentences)[stated.sentence];
    std::string const words = text::lower(model.prose.substr(s.begin, s.end - s.begin));
    // (an actor's part, not a player's: "plays a 30-year-old", "played the role of"; not "plays for Chelsea")
    if (text::contains_any_word(words, {"portrays", "portrayed", "portraying"})) return true;
    for (std::string_view const part : {"plays a ", "plays an ", "played a ", "played an ", "playing a ", "playing an ",
                                        "plays the role", "played the role", "stars as ", "starred as ", "cast as "})
        if (words.find(part) != std::string::npos) return true;
    return text::contains_any_word(words, {"film", "films", "novel", "series", "movie", "book", "play", "musical",
                                           "drama", "sitcom", "show", "story", "episode", "opera", "memoir"}) &&
           text::contains_any_word(words, {"follows", "follow", "following", "centers", "centres", "centered",
                                           "centred", "about", "stars", "starring", "tells", "character", "protagonist",
                                           "hero", "heroine"});
}

/// Whether age `stated` (`said` years) fits a past year other than the reference year's that its
/// sentence names, anywhere in it, that the sentence before in its paragraph names, or that the
/// story's lead names (its first four paragraphs: "Fifty years ago tonight, on Thursday, Aug. 8, 1974,
/// ..."): a year, a month or a quarter of one, a full date (not the birth `b` itself, nor another
/// birth).
bool fits_a_past_year(claim_model const& model, mention const& stated, std::size_t b, int said, int birth_year) {
    auto const& mentions = *model.mentions;
    std::size_t const sentence = stated.sentence;
    if (!model.sentences || sentence >= model.sentences->size()) return false;
    // (an age told in the present is today's: "Smith, who is 59, was born in 1962")
    if (text::contains_any_word(text::lower(stated.text), {"is", "turns", "now"})) return false;
    auto const& sentences = *model.sentences;
    // The first mention of sentence `s` (mentions are in reading order: a long text stays linear).
    auto const first_of = [&](std::size_t s) { return detail::mentions_of_sentence(mentions, s).first; };
    // Whether sentence `s` tells of now: a verb in the present or the future, or a time of the
    // reference year ("is the chief executive, a post she took in 2014", "died on Friday", "will
    // retire next year", "celebrate their anniversary today").
    // (of the age's own sentence, only its clause between semicolons: not "Cole, 30, who was born in
    // 1944, opened the museum in 1974; it marks its 50th anniversary this week")
    std::size_t clause_begin = sentences[sentence].begin, clause_end = sentences[sentence].end;
    if (stated.begin >= clause_begin && stated.end <= clause_end) {
        std::string_view const own = model.prose.substr(clause_begin, clause_end - clause_begin);
        std::size_t const before = own.rfind(';', stated.begin - clause_begin);
        std::size_t const after = own.find(';', stated.end - clause_begin);
        if (before != std::string_view::npos) clause_begin += before + 1;
        if (after != std::string_view::npos) clause_end = sentences[sentence].begin + after;
    }
    auto const told_now = [&](std::size_t s, bool times = true) {
        std::size_t const from = s == sentence ? clause_begin : sentences[s].begin;
        std::size_t const to = s == sentence ? clause_end : sentences[s].end;
        std::string const words = text::lower(model.prose.substr(from, to - from));
        // (a story's time, told in the present: "The film is set in 1994.")
        if (words.find(" set in ") != std::string::npos) return false;
        // (a lead's "Fifty years ago today", "some of them still in their slippers" look back: there only
        // a verb of now counts)
        if (!times)
            return text::contains_any_word(words, {"will", "lives", "live", "celebrate", "celebrates", "marks"});
        if (text::contains_any_word(words, {"is",      "are",   "am",        "has",        "have",      "will",
                                            "lives",   "runs",  "still",     "now",        "today",     "currently",
                                            "remains", "leads", "heads",     "owns",       "works",     "serves",
                                            "says",    "plans", "celebrate", "celebrates", "yesterday", "recently"}))
            return true;
        // (a quote's attribution in the age's own clause is the story's now: "Dan Morrow, 45, who was born in 1972,
        // said his school had written off debt")
        if (s == sentence && text::contains_any_word(words, {"said", "told"})) return true;
        for (std::size_t k = first_of(s); k < mentions.size() && mentions[k].sentence == s; ++k) {
            mention const& m = mentions[k];
            if ((m.kind != mention_kind::relative_time && m.kind != mention_kind::date) || m.begin < from || m.end > to)
                continue;
            auto const year = text::leading_year(m.resolved ? *m.resolved : m.time_value);
            if (year && *year == *model.reference_year && m.text.find("ago") == std::string::npos) return true;
        }
        return false;
    };
    bool const now = told_now(sentence);
    // (the two sentences before in its paragraph that do not tell of now: "The fire broke out in 1974.
    // Workers fled. Harlan, 29, who was born in 1945, led them out.")
    // (or the last sentence of the paragraph before, when the age opens its paragraph and that sentence names
    // its person: "Sophie Linnell was killed on Oct. 17, 1998." and then "Sophie, 17, was born in 1981.")
    std::string_view const name = text::first_word(stated.text);
    auto const names_the_person = [&](std::size_t s) {
        if (name.size() < 2 || !text::is_upper(name.front())) return false;
        std::string_view const words = model.prose.substr(sentences[s].begin, sentences[s].end - sentences[s].begin);
        for (std::size_t at = words.find(name); at != std::string_view::npos; at = words.find(name, at + 1))
            if ((at == 0 || !text::is_alpha(words[at - 1])) &&
                (at + name.size() == words.size() || !text::is_alpha(words[at + name.size()])))
                return true;
        return false;
    };
    std::size_t back = 0;
    while (!now && back < 2 && sentence > back && !told_now(sentence - back - 1)) {
        bool const same = sentences[sentence - back - 1].paragraph == sentences[sentence].paragraph;
        bool const opens = back == 0 && sentences[sentence - 1].paragraph + 1 == sentences[sentence].paragraph &&
                           names_the_person(sentence - 1);
        if (!same && !opens) break;
        ++back;
        if (!same) break;
    }
    // (a lead that looks back: "Fifty years ago tonight", "the 30th anniversary of", "On this day in
    // 1974", "It is 50 years since")
    // (at most its first ten sentences: a text without paragraphs stays linear)
    // (its first four paragraphs: a title, a standfirst and a byline may come before the lead)
    auto const lead = [&](std::size_t s) {
        return s < 10 && sentences[s].paragraph <= sentences.front().paragraph + 3;
    };
    bool looks_back = false;
    for (std::size_t s = 0; s < sentences.size() && lead(s) && !looks_back && !now; ++s) {
        std::string const words =
            text::lower(model.prose.substr(sentences[s].begin, sentences[s].end - sentences[s].begin));
        // (years ago, not "a decade ago" of a listing or "two weeks ago"; and only as the lead's opening words or
        // the day's own, "Fifty years ago tonight", not a date's distance, "was founded in 2018, six years ago")
        bool back_then = false;
        for (std::string_view const ago : {"years ago", "century ago"})
            for (std::size_t at = words.find(ago); at != std::string::npos && !back_then;
                 at = words.find(ago, at + 1)) {
                std::string_view const rest = std::string_view(words).substr(at + ago.size());
                back_then = text::words(std::string_view(words).substr(0, at)).size() <= 2 ||
                            rest.starts_with(" today") || rest.starts_with(" tonight") ||
                            rest.starts_with(" this week") || rest.starts_with(" this month");
            }
        looks_back = text::contains_any_word(words, {"anniversary"}) || back_then ||
                     words.find("on this day") != std::string::npos || words.find("years since") != std::string::npos;
    }
    // (a lead's own "tonight" is the anniversary's day)
    auto const in_lead = [&](std::size_t s) { return looks_back && lead(s) && !told_now(s, false); };
    // (the lead's mentions, then those of the sentence before and of the age's own)
    std::size_t const near = first_of(sentence - back);
    for (std::size_t k = 0; k < mentions.size(); ++k) {
        if (k < near && !(looks_back && lead(mentions[k].sentence))) k = near;
        if (k >= mentions.size()) break;
        mention const& m = mentions[k];
        if (m.sentence > sentence) break;
        if (k == b || m.born || m.sentence >= sentences.size()) continue;
        // ("In 1998, Jones, 38, born in 1960, won gold": a year before the age in its sentence, whatever
        // the tense; elsewhere in it only when the sentence does not tell of now)
        bool const opening = m.sentence == sentence && m.end <= stated.begin;
        if (!(opening || (m.sentence == sentence && !now) || (m.sentence < sentence && m.sentence + back >= sentence) ||
              in_lead(m.sentence)))
            continue;
        // (or the lead's own "Fifty years ago today", resolved)
        bool const dated = m.kind == mention_kind::year || m.kind == mention_kind::period ||
                           (m.kind == mention_kind::date && detail::full_date(m).has_value()) ||
                           (m.kind == mention_kind::relative_time && m.resolved && in_lead(m.sentence) &&
                            m.text.find("ago") != std::string::npos);
        if (!dated) continue;
        auto const given = text::leading_year(m.resolved ? *m.resolved : m.time_value);
        if (!given || *given <= birth_year || *given >= *model.reference_year) continue;
        int const oldest = *given - birth_year;
        if (said >= oldest - 1 - model.tolerance.age && said <= oldest + model.tolerance.age) return true;
    }
    return false;
}

/// The age told beside a name in the sentence before the birth's, where the birth's sentence is about
/// the same person: "John Smith, 45, runs the bakery. Smith was born in 1960 in Leeds." (the name
/// opens it), "... He was born in 1960." or "Born in 1960, she ..." (a pronoun, and the sentence
/// before names no one else). Only today's age beside a name ("Smith, 45,"), the only age of its
/// sentence.
std::optional<std::size_t> age_in_sentence_before(claim_model const& model, std::size_t b) {
    auto const& mentions = *model.mentions;
    mention const& born = mentions[b];
    if (!model.sentences || born.sentence == 0 || born.sentence >= model.sentences->size()) return std::nullopt;
    sentence const& own = (*model.sentences)[born.sentence];
    sentence const& previous = (*model.sentences)[born.sentence - 1];
    if (previous.paragraph != own.paragraph) return std::nullopt;
    std::optional<std::size_t> age;
    for (std::size_t a = b; a-- > 0;) {
        mention const& m = mentions[a];
        if (m.sentence < born.sentence - 1) break;
        if (m.sentence != born.sentence - 1 || m.kind != mention_kind::age) continue;
        if (age) return std::nullopt; // (two ages: whose is not told)
        age = a;
    }
    if (!age) return std::nullopt;
    mention const& stated = mentions[*age];
    // ("Smith, 45," or "Smith, 45)": a name and its age set off by commas; or a role, "The mayor, 52,",
    // which only "He" or "She" can take up)
    std::string_view const name = text::first_word(stated.text);
    // (or a name that turns the age: "Smith turns 60 on Friday.", "Smith turned 60 last week." with a
    // time of this year)
    auto const turning = [&] {
        auto const w = text::words(stated.text);
        if (w.size() != 3 || name.front() < 'A' || name.front() > 'Z' || text::iequals(name, "he") ||
            text::iequals(name, "she"))
            return false;
        return w[1] == "turns" || (w[1] == "turned" && (turned_this_year(model, *age) || turned_in_year(model, *age)));
    };
    // (or a name that is the age today: "Pickens is 58.", "Smith is now 81.")
    auto const is_age = [&] {
        auto const w = text::words(stated.text);
        if (name.front() < 'A' || name.front() > 'Z' || text::iequals(name, "he") || text::iequals(name, "she"))
            return false;
        return (w.size() == 3 && w[1] == "is") || (w.size() == 4 && w[1] == "is" && w[2] == "now");
    };
    // (or an age at death in a sentence that opens with the name and "died": "Snooty died in 2017 at 69. He was born
    // in 1952."; the birth's sentence opens with "He", "She" or the name's last word and "was born")
    auto const died_at = [&] {
        if (!(text::iequals(name, "at") || text::iequals(name, "aged")) || stated.born || !stated.value ||
            stated.is_range)
            return false;
        std::string_view const lead = model.prose.substr(previous.begin, stated.begin - previous.begin);
        if (lead.find_first_of(",;:()") != std::string_view::npos) return false;
        auto const words = text::words(lead);
        std::size_t k = 0;
        while (k < words.size() && k < 3 && text::is_upper(words[k].front())) ++k;
        if (k == 0 || k >= words.size() || words[k] != "died") return false;
        for (std::size_t j = 0; j < k; ++j)
            if (text::contains_any_word(text::lower(words[j]), {"the", "he", "she", "it", "they", "his", "her"}))
                return false;
        auto const opening = text::words(model.prose.substr(own.begin, std::min<std::size_t>(40, own.end - own.begin)));
        return opening.size() >= 3 && opening[1] == "was" && opening[2] == "born" &&
               (opening[0] == "He" || opening[0] == "She" || opening[0] == words[k - 1]);
    };
    if (died_at()) return age;
    if (stated.born || !stated.value || stated.is_range || name.size() < 2 ||
        (stated.text.find(',') == std::string::npos && !turning() && !is_age()))
        return std::nullopt;
    // (a name and its age after a verb or a preposition, a pronoun after it: "Benn persuaded Reyes, 58, to return.
    // She was born in 1957." may be either's; not "Police said John Smith, 45, was hurt. He was born in 1979.")
    {
        std::string_view const lead = model.prose.substr(previous.begin, stated.begin - previous.begin);
        auto const lead_words = text::words(lead);
        std::string_view const opener = text::first_word(model.prose.substr(own.begin, own.end - own.begin));
        if (!lead_words.empty() && text::is_lower(lead_words.back().front()) && text::is_upper(name.front()) &&
            (text::iequals(opener, "he") || text::iequals(opener, "she")) &&
            !text::contains_any_word(text::lower(lead_words.back()), {"said", "says", "told", "that", "and", "but"}))
            return std::nullopt;
    }
    // (a role right after "The" that opens the sentence, not a relative: not "The teenager's mother,
    // 41, said he ...")
    if (name.front() < 'A' || name.front() > 'Z') {
        std::string_view const lead = model.prose.substr(previous.begin, stated.begin - previous.begin);
        if (is_kin(text::lower(name)) || !(lead == "The " || lead == "the ")) return std::nullopt;
    }
    // (a relative named in full, the bare surname after it the story's subject's: "His wife, Priya Menon, 54, is a
    // doctor. Menon was born in 1966."; or another of that surname in the text: "Margaret Hallam, 88, survives him"
    // in the obituary of Geoffrey Hallam)
    if (name.front() >= 'A' && name.front() <= 'Z' && stated.begin > previous.begin &&
        text::first_word(model.prose.substr(own.begin, own.end - own.begin)) == name) {
        std::string_view const lead = model.prose.substr(previous.begin, stated.begin - previous.begin);
        std::string const lowered = text::lower(lead);
        for (std::string_view const w : text::words(lowered))
            if (is_kin(w)) return std::nullopt;
        // (or a survivor of the subject: "Margaret Hallam, 88, survives him. Hallam was born in 1933.")
        std::string const told = text::lower(model.prose.substr(previous.begin, previous.end - previous.begin));
        for (std::string_view const survives : {"survives him", "survives her", "survive him", "survive her"})
            if (told.find(survives) != std::string::npos) return std::nullopt;
        std::string_view const first_name = text::last_word(lead);
        if (!first_name.empty() && first_name.front() >= 'A' && first_name.front() <= 'Z') {
            std::string const needle = " " + std::string(name);
            // (in the story around it, bounded: a long file of many such pairs stays linear)
            std::size_t const window_from = stated.begin >= 8000 ? stated.begin - 8000 : 0;
            std::size_t const window_to = std::min(model.prose.size(), own.end + 2000);
            std::size_t seen = 0;
            for (std::size_t at = model.prose.find(needle, window_from);
                 at != std::string_view::npos && at < window_to && seen < 16; at = model.prose.find(needle, at + 1)) {
                ++seen;
                std::size_t const after = at + needle.size();
                if (after < model.prose.size() && text::is_alpha(model.prose[after])) continue;
                std::string_view const other =
                    text::last_word(model.prose.substr(at >= 24 ? at - 24 : 0, at >= 24 ? 24 : at));
                if (!other.empty() && other.front() >= 'A' && other.front() <= 'Z' && other != first_name &&
                    model.prose.substr(at - other.size(), other.size()) == other)
                    return std::nullopt;
            }
        }
    }
    // (the sentence before tells of the present: not "died", not a past age, "Smith, 45, was then")
    std::string const before = text::lower(model.prose.substr(previous.begin, previous.end - previous.begin));
    // (but a death the sentence dates in the reference year is of about today's age: "Vrba, 83, died on May 11.
    // Vrba was born in 1942." in May 2024)
    bool const recent_death = [&] {
        if (!model.reference_year || !text::contains_any_word(before, {"died", "dies"}) ||
            text::contains_any_word(before, {"then", "when", "aged", "age", "killed"}))
            return false;
        for (std::size_t k = *age + 1; k < b && mentions[k].sentence == born.sentence - 1; ++k) {
            mention const& m = mentions[k];
            if (m.kind != mention_kind::date && m.kind != mention_kind::relative_time) continue;
            auto const year = text::leading_year(m.resolved ? *m.resolved : m.time_value);
            if (year && *year == *model.reference_year) return true;
        }
        return false;
    }();
    // ("when" or "then" after an age set off by commas after the name is another clause's: "Silva, 66, spoke when
    // it rained"; not "Smith, then 45,")
    bool const appositive =
        stated.text.find(',') != std::string_view::npos && text::lower(stated.text).find("then") == std::string::npos;
    if (!recent_death && (text::contains_any_word(before, {"died", "dies", "death", "killed", "dead", "aged", "age"}) ||
                          (!appositive && text::contains_any_word(before, {"then", "when"}))))
        return std::nullopt;
    // The birth's sentence opens with the name, or "He"/"She" ("Born in 1960, he ..."), and no other
    // capitalised word comes before "born" or, for "Born in ...,", before the pronoun.
    std::string_view const lead = model.prose.substr(own.begin, born.begin - own.begin);
    auto words = text::words(lead);
    // (a birth date's mention begins after "born" or "born on": "He was born on May 24, 1965.")
    if (born.kind == mention_kind::date) {
        if (!words.empty() && text::iequals(words.back(), "on")) words.pop_back();
        if (words.empty() || !text::iequals(words.back(), "born")) return std::nullopt;
        words.pop_back();
    }
    std::string const own_lower = text::lower(model.prose.substr(own.begin, own.end - own.begin));
    bool const opens_born = std::string_view(own_lower).starts_with("born ");
    // (for "he" or "she": the sentence before names no one but the person, its name at most three
    // capitalised words in, "Police said John Smith, 45,", and none after it but months)
    auto const only_person = [&] {
        std::size_t capitals = 0;
        for (std::string_view const w :
             text::words(model.prose.substr(previous.begin, stated.begin - previous.begin))) {
            capitals += w.front() >= 'A' && w.front() <= 'Z' ? 1 : 0;
            // (two people, the age the second's: "Denise Holloway and her husband, Marcus, 68. She was born in
            // 1957.")
            if (is_kin(text::lower(w))) return false;
        }
        // (nor another person after it: "Mary Jones, 38, lives with her mother. She was born in 1960.")
        auto const after = text::words(model.prose.substr(stated.end, previous.end - stated.end));
        for (std::size_t k = 0; k < after.size(); ++k) {
            std::string const lower = text::lower(after[k]);
            // (nor anyone or anything named by a noun after an article or a possessive: "singled out the
            // new striker", "had met her killer", "has raised the panda", "adopted a rescue dog", "met the
            // US president"; but a place, a business or an institution no "he" or "she" can be, up to the
            // noun phrase's end: "runs the bakery", "owns a cafe", "has run the National Gallery of the
            // North")
            if (text::contains_any_word(lower, {"the", "a", "an", "her", "his", "their", "its", "our", "my"})) {
                bool named = false; // a place, a business or an institution's name in capitals
                std::size_t n = k + 1;
                for (; n < after.size() && n <= k + 6; ++n) {
                    std::string const word = text::lower(after[n]);
                    if (is_person_word(word) || is_kin(word)) return false;
                    bool const capital = after[n].front() >= 'A' && after[n].front() <= 'Z';
                    if (is_place_word(word) || capital) {
                        named = true;
                        continue;
                    }
                    // (inside a name: "of the North", "for Children")
                    if (named && text::contains_any_word(word, {"of", "for", "and", "the", "s"})) continue;
                    // (a word before the noun: "a small bookshop", "the family law firm"; not past a
                    // preposition or a verb)
                    if (!named && n < k + 3 &&
                        !text::contains_any_word(word, {"in", "on", "at", "of", "for", "with", "to", "and", "from",
                                                        "by", "is", "was", "has", "had", "who", "which", "that"}))
                        continue;
                    break;
                }
                if (!named) return false;
                k = n - 1;
                continue;
            }
            // (a place: "lives in Leeds", "from Ohio")
            bool const place =
                k > 0 && text::contains_any_word(text::lower(after[k - 1]), {"in", "at", "from", "near"});
            bool const weekday = calendar::weekday_number(lower) != 0;
            if ((after[k].front() >= 'A' && after[k].front() <= 'Z' && !place && !weekday &&
                 !calendar::is_month_name(lower)) ||
                is_kin(lower) ||
                // (a role alone may be the person's own: "was named chief executive")
                text::contains_any_word(lower, {"man", "woman", "men", "women", "boy", "girl", "people", "person",
                                                "victim", "player", "officer", "driver", "patient", "student"}))
                return false;
        }
        return capitals <= 3;
    };
    if (opens_born) {
        // "Born in 1960 in Leeds, he studied law": the first word after the birth's clause
        std::size_t const comma = model.prose.find(',', born.end);
        if (comma == std::string_view::npos || comma >= own.end) return std::nullopt;
        std::string_view const subject = text::first_word(model.prose.substr(comma + 1, own.end - comma - 1));
        if (!(text::iequals(subject, "he") || text::iequals(subject, "she") || subject == name)) return std::nullopt;
        // (the name's possessive: "Born in 1990, Ortiz's son is a racer" is the son's birth)
        if (!subject.empty()) {
            std::string_view const rest =
                model.prose.substr(static_cast<std::size_t>(subject.data() - model.prose.data()) + subject.size());
            if (rest.starts_with("'s") || rest.starts_with("\xE2\x80\x99s")) return std::nullopt;
        }
        if (subject != name && !only_person()) return std::nullopt;
        return age;
    }
    // "Smith, born in 1960, lives in Leeds": the name that opens the sentence, the birth set off by a comma
    if (words.size() == 1 && words.front() == name && own.begin + name.size() < own.end &&
        model.prose[own.begin + name.size()] == ',')
        return age;
    // "Smith was born in 1960", "He was born in 1960", "Smith, a former miner, was born in 1960"
    if (words.size() < 2 || !text::iequals(words.back(), "was")) return std::nullopt;
    std::string_view const subject = words.front();
    if (subject == name) {
        for (std::size_t k = 1; k + 1 < words.size(); ++k)
            if (words[k].front() >= 'A' && words[k].front() <= 'Z') return std::nullopt;
        // (not when the sentence before names a relative or the name again: "Lucas Silva, 22, is the son
        // of former striker Marco Silva. Silva was born in 1975")
        for (std::string_view const w : text::words(model.prose.substr(stated.end, previous.end - stated.end)))
            if (w == name || is_kin(text::lower(w))) return std::nullopt;
        return age;
    }
    if ((text::iequals(subject, "he") || text::iequals(subject, "she")) && words.size() == 2 && only_person())
        return age;
    // (or the role again: "The champion, 36, was guaranteed $60 million. The champion was born in 1985.")
    if (words.size() == 3 && text::iequals(subject, "the") && words[1] == name && text::is_lower(name.front()) &&
        only_person())
        return age;
    return std::nullopt;
}

/// The age told beside the same surname earlier in the story, in another paragraph or sentences before: "Defence
/// Minister Wladyslaw Kosiniak-Kamysz, 42, said on Tuesday ... (paragraphs later) Kosiniak-Kamysz, who was born in
/// 1979, took office in December". The birth's sentence opens with the surname (after a first name at most) and
/// "was born", ", who was born" or ", born"; the surname's only age in the story before it is set off by commas after
/// it, in a sentence of the present; no one else of that surname is named (another first name, a relative).
std::optional<std::size_t> age_of_named_earlier(claim_model const& model, std::size_t b) {
    auto const& mentions = *model.mentions;
    mention const& born = mentions[b];
    if (!model.sentences || born.sentence == 0 || born.sentence >= model.sentences->size() ||
        born.kind != mention_kind::age)
        return std::nullopt;
    sentence const& own = (*model.sentences)[born.sentence];
    std::string_view const lead = model.prose.substr(own.begin, born.begin - own.begin);
    // ("Kosiniak-Kamysz, who was born in", "Nazari was born in", "Smith, born in"): the name before the verb
    std::string_view name;
    for (std::string_view const verb : {", who was ", " was ", ", "})
        if (lead.ends_with(verb)) {
            name = lead.substr(0, lead.size() - verb.size());
            break;
        }
    // (one or two words of a name, each with a capital: "Nazari", "Bill Nelson", "Kosiniak-Kamysz", "O'Neill")
    std::size_t const space = name.find(' ');
    if (name.empty() || (space != std::string_view::npos && name.find(' ', space + 1) != std::string_view::npos))
        return std::nullopt;
    std::string_view const first = space == std::string_view::npos ? std::string_view() : name.substr(0, space);
    std::string_view const surname = space == std::string_view::npos ? name : name.substr(space + 1);
    auto const name_like = [](std::string_view w) {
        return w.size() >= 2 && text::is_upper(w.front()) &&
               std::all_of(w.begin(), w.end(), [](char c) { return text::is_alpha(c) || c == '-' || c == '\''; });
    };
    if (!name_like(surname) || surname.size() < 3 || (!first.empty() && !name_like(first))) return std::nullopt;
    // (not a pronoun or a word that opens sentences: "She was born", "The", "It")
    std::string const lowered_name = text::lower(surname);
    if (text::contains_any_word(lowered_name,
                                {"he", "she", "it", "they", "the", "this", "that", "who", "his", "her"}) ||
        calendar::is_month_name(lowered_name) || calendar::weekday_number(lowered_name) != 0)
        return std::nullopt;
    // The surname's ages before the birth's sentence: one value only, "Surname, 42," (or "First Surname, 42,").
    std::optional<std::size_t> age;
    for (std::size_t a = b; a-- > 0;) {
        mention const& m = mentions[a];
        if (m.sentence >= born.sentence || m.kind != mention_kind::age || m.born) continue;
        // (in the same part of the story: eight paragraphs back at most)
        if (m.paragraph + 8 < born.paragraph) break;
        if (!std::string_view(m.text).starts_with(surname) || m.text.size() <= surname.size() ||
            m.text[surname.size()] != ',')
            continue;
        if (!m.value || m.is_range || m.text.find(',') == std::string::npos || in_a_title(model, m))
            return std::nullopt;
        if (age && mentions[*age].value != m.value) return std::nullopt; // (two ages: whose is not told)
        if (!age) age = a;
    }
    if (!age) return std::nullopt;
    mention const& stated = mentions[*age];
    // (nor an age checked against a birth of its own sentence or the next: "Smith, 45, runs the bakery and was born
    // in 1960")
    for (std::size_t k = *age + 1; k < b && mentions[k].sentence <= stated.sentence + 1; ++k)
        if (mentions[k].kind == mention_kind::age && mentions[k].born) return std::nullopt;
    // (the age's sentence tells of the present: not "died", not a past age, "Smith, 45, was then")
    if (stated.sentence >= model.sentences->size()) return std::nullopt;
    sentence const& told = (*model.sentences)[stated.sentence];
    std::string const told_lower = text::lower(model.prose.substr(told.begin, told.end - told.begin));
    if (text::contains_any_word(
            told_lower, {"died", "dies", "death", "killed", "dead", "aged", "age", "then", "when", "former", "late"}))
        return std::nullopt;
    // (nor an age the sentence dates in another year than the reference date's by a time before it: "In 2015, Smith,
    // 45, was convicted"; an age set off after a name is the age when the story is told, whatever the time of what
    // the clause tells after it, "Holt, 61, was elected in 2021", "Lindner, 45, told colleagues to find savings for
    // the 2025 budget")
    if (!model.reference_year) return std::nullopt;
    for (mention const& m : mentions) {
        if (m.sentence != stated.sentence || m.parent || m.begin >= stated.begin) continue;
        if (m.kind != mention_kind::year && m.kind != mention_kind::period && m.kind != mention_kind::date &&
            m.kind != mention_kind::relative_time)
            continue;
        auto const year = text::leading_year(m.resolved ? *m.resolved : m.time_value);
        if (!year || *year != *model.reference_year) return std::nullopt;
    }
    // (no relative named right before the age, in lower case, "his wife, Priya Menon, 54," (not a title, "Deputy Prime
    // Minister Kosiniak-Kamysz, 42,"); nor a survivor, "Margaret Hallam, 88, survives him")
    {
        std::size_t const lead_from = stated.begin >= 40 ? stated.begin - 40 : 0;
        for (std::string_view const w : text::words(model.prose.substr(lead_from, stated.begin - lead_from)))
            if (!text::is_upper(w.front()) && is_kin(text::lower(w))) return std::nullopt;
        if (told_lower.find("survive") != std::string::npos) return std::nullopt;
    }
    // (no other first name of that surname in the story)
    std::size_t const from = told.begin;
    std::size_t const to = own.end;
    std::string const needle = " " + std::string(surname);
    std::optional<std::string_view> first_name;
    std::size_t seen = 0;
    for (std::size_t at = model.prose.find(needle, from > 8000 ? from - 8000 : 0);
         at != std::string_view::npos && at < to && seen < 32; at = model.prose.find(needle, at + 1)) {
        ++seen;
        std::size_t const after = at + needle.size();
        if (after < model.prose.size() && text::is_alpha(model.prose[after])) continue;
        std::string_view const before = text::last_word(model.prose.substr(at >= 24 ? at - 24 : 0, at >= 24 ? 24 : at));
        if (before.empty() || !text::is_upper(before.front()) ||
            model.prose.substr(at - before.size(), before.size()) != before)
            continue;
        // (a title or a role before the name is no first name: "Minister Kosiniak-Kamysz", "Mr Nazari")
        std::string const role = text::lower(before);
        if (is_person_word(role) ||
            text::contains_any_word(role, {"mr", "mrs", "ms", "dr", "sir", "dame", "minister", "senator", "rep", "gov",
                                           "sen", "prof", "professor"}))
            continue;
        if (first_name && *first_name != before) return std::nullopt;
        first_name = before;
    }
    if (!first.empty() && first_name && *first_name != first) return std::nullopt;
    return age;
}

/// The age told in the sentence after the birth's, where both plainly tell of the same person today: "Smith was born
/// in 1960 in Leeds.
/// He is 45 and runs a bakery." or "... Smith, 45, runs it." The birth's sentence opens with a name or "He"/"She" and
/// "was born", names no one else after it (places after "in", "at", "from" and months aside), and no relative; the age
/// opens the next sentence of the paragraph, "He is 45", "She is now 45" or the name again, "Smith, 45,", its only age.
std::optional<std::size_t> age_in_sentence_after(claim_model const& model, std::size_t b) {
    auto const& mentions = *model.mentions;
    mention const& born = mentions[b];
    if (!model.sentences || born.sentence + 1 >= model.sentences->size()) return std::nullopt;
    sentence const& own = (*model.sentences)[born.sentence];
    sentence const& next = (*model.sentences)[born.sentence + 1];
    if (next.paragraph != own.paragraph) return std::nullopt;
    // The birth's sentence: "Smith was born", "He was born" (a birth date: "was born on May 24, 1965")
    auto words = text::words(model.prose.substr(own.begin, born.begin - own.begin));
    if (born.kind == mention_kind::date) {
        if (!words.empty() && text::iequals(words.back(), "on")) words.pop_back();
        if (words.empty() || !text::iequals(words.back(), "born")) return std::nullopt;
        words.pop_back();
    }
    // (or the name and a clause of the birth, a title before it: "Chief executive Alex Plumb, who was born in 1969,
    // said so. Plumb, 51, joined in 2016.")
    if (words.size() >= 4 && words.size() <= 7 && text::iequals(words.back(), "was") &&
        text::iequals(words[words.size() - 2], "who") && born.begin >= own.begin + 2) {
        std::string_view const head = model.prose.substr(own.begin, born.begin - own.begin);
        std::size_t const who = head.rfind(", who ");
        auto const named =
            who == std::string_view::npos ? std::vector<std::string_view>{} : text::words(head.substr(0, who));
        // (the words before the name a title in lower case after the sentence's first word: "Chief executive")
        std::size_t k = named.size();
        while (k > 0 && named.size() - k < 3 && text::is_upper(named[k - 1].front())) --k;
        bool title = k < named.size() && named.size() - k >= 2;
        for (std::size_t t = 0; t < k && title; ++t)
            title = (t == 0 || text::is_lower(named[t].front())) && !is_kin(text::lower(named[t])) &&
                    !text::contains_any_word(text::lower(named[t]), {"of", "and", "with", "to", "for", "the"});
        if (title) {
            words.assign(named.begin() + static_cast<std::ptrdiff_t>(k), named.end());
            words.emplace_back("was");
        }
    }
    // (a name of one to three words, a title first or not: "Smith", "John Smith", "Mr. Smith", "Dr. Ann
    // Lee")
    if (words.size() < 2 || words.size() > 4 || !text::iequals(words.back(), "was")) return std::nullopt;
    std::string_view const subject = words[words.size() - 2];
    bool const pronoun = words.size() == 2 && (text::iequals(subject, "he") || text::iequals(subject, "she"));
    for (std::size_t k = 0; k + 1 < words.size() && !pronoun; ++k) {
        std::string_view const w = words[k];
        bool const title = k == 0 && words.size() > 2 &&
                           text::contains_any_word(text::lower(w), {"mr", "mrs", "ms", "dr", "sir", "dame", "prof",
                                                                    "professor", "judge", "gen", "sen", "rep", "gov"});
        if (title) continue;
        if (w.front() < 'A' || w.front() > 'Z' || w == "The" || w == "It" || w == "This" || w == "That" ||
            w == "They" || w == "He" || w == "She")
            return std::nullopt;
    }
    // (no one else after it: "Smith was born in 1960 to Mary Jones. She is 85." is the mother's age)
    auto const after = text::words(model.prose.substr(born.end, own.end - born.end));
    bool in_place = false; // (a place's name after "in", "at", "from": "in Leeds", "in Buenos Aires")
    for (std::string_view const w : after) {
        std::string const lower = text::lower(w);
        if (is_kin(lower) || is_person_word(lower) ||
            text::contains_any_word(lower, {"to", "and", "who", "whose", "with", "died", "dead"}))
            return std::nullopt;
        bool const capital = w.front() >= 'A' && w.front() <= 'Z';
        // (a month or a day of the week is no one: "who was born in 1971, spoke on Monday")
        if (capital && !in_place && !calendar::is_month_name(lower) && calendar::weekday_number(lower) == 0)
            return std::nullopt;
        in_place = text::contains_any_word(lower, {"in", "at", "from", "near"}) || (in_place && capital);
    }
    // The age: the next sentence's only one, at its start
    std::optional<std::size_t> age;
    for (std::size_t a = b + 1; a < mentions.size() && mentions[a].sentence <= born.sentence + 1; ++a) {
        mention const& m = mentions[a];
        if (m.sentence != born.sentence + 1 || m.kind != mention_kind::age) continue;
        if (age) return std::nullopt;
        age = a;
    }
    if (!age) return std::nullopt;
    mention const& stated = mentions[*age];
    if (stated.born || !stated.value || stated.is_range || stated.begin < next.begin) return std::nullopt;
    std::string const lower = text::lower(stated.text);
    auto const age_words = text::words(lower);
    std::string const lead_text = text::lower(model.prose.substr(next.begin, stated.begin - next.begin));
    auto const lead = text::words(lead_text); // (views into lead_text)
    bool const he_or_she = !lead.empty() && (lead[0] == "he" || lead[0] == "she");
    // ("He is 45", "She is now 45", "He is 58 years old"; the name again, "Smith, 45,", "Jones, now 48,",
    // "Smith is 45", "Smith is now 45")
    bool const is_now = age_words.size() == 4 && age_words[1] == "is" && age_words[2] == "now";
    bool const present = (lead.empty() && (age_words[0] == "he" || age_words[0] == "she") &&
                          ((age_words.size() == 3 && age_words[1] == "is") || is_now)) ||
                         (lead.size() == 2 && he_or_she && lead[1] == "is" && lower.ends_with(" old"));
    // ("In 1989, aged 51, he led the takeover.", "He led the takeover in 1989, aged 51.": an age at an
    // event the sentence dates right before it, told of the same person)
    bool const at_year = [&] {
        if (age_words.size() != 2 || age_words[0] != "aged" || !lead_text.ends_with(", ")) return false;
        std::string_view const head(lead_text);
        std::size_t const in_at = head.rfind(" in ");
        std::string_view const year = in_at == std::string_view::npos ? head.substr(0) : head.substr(in_at + 1);
        // ("in 1989, ": the year right before the age)
        if (!(year.size() == 9 && year.starts_with("in ") &&
              std::all_of(year.begin() + 3, year.begin() + 7, text::is_digit)))
            return false;
        if (in_at == std::string_view::npos) {
            // (the sentence opens with the year: the person follows the age, "In 1989, aged 51, he")
            std::string const following =
                text::lower(model.prose.substr(stated.end, std::min<std::size_t>(24, next.end - stated.end)));
            auto const who = text::words(following);
            return following.starts_with(", ") && !who.empty() &&
                   (who[0] == "he" || who[0] == "she" || (!pronoun && who[0] == text::lower(subject)));
        }
        // (the person opens the sentence, no one else named before the year)
        if (!(he_or_she || (!pronoun && !lead.empty() && lead[0] == text::lower(subject)))) return false;
        std::string_view const original = model.prose.substr(next.begin, stated.begin - next.begin);
        auto const said = text::words(original);
        for (std::size_t k = 1; k < said.size(); ++k)
            if (said[k].front() >= 'A' && said[k].front() <= 'Z') return false;
        return true;
    }();
    if (at_year) return age;
    bool const named = !pronoun && lead.empty() && age_words[0] == text::lower(subject) &&
                       (((age_words.size() == 2 || (age_words.size() == 3 && age_words[1] == "now")) &&
                         stated.text.find(',') != std::string_view::npos) ||
                        (age_words.size() == 3 && age_words[1] == "is") || is_now);
    if (!present && !named) return std::nullopt;
    // (a sentence of the past or of a death: "He was 45 when ...", "She is 85 and died")
    std::string const rest = text::lower(model.prose.substr(stated.end, next.end - stated.end));
    if (text::contains_any_word(rest, {"died", "dies", "death", "killed"})) return std::nullopt;
    // (not after an age set off by commas after the name, the age now: "Silva, 66, spoke when it rained")
    bool const appositive = named && age_words.size() == 2 && stated.text.find(',') != std::string_view::npos;
    if (!appositive && text::contains_any_word(rest, {"when", "then"})) return std::nullopt;
    return age;
}

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    if (!model.reference_year) return;
    auto const& mentions = *model.mentions;
    for (std::size_t b = 0; b < mentions.size(); ++b) {
        mention const& born = mentions[b];
        // the birth: "born in 1970" (an age mention), or a full date after "born" ("Born on March 4,
        // 1935", "born March 4, 1935"), which gives the birthday too
        std::optional<calendar::ymd> birthday;
        if (born.kind == mention_kind::date && born.time_value.size() == 10 && born.time_value[0] != 'X' &&
            after_born(model, born))
            birthday = full_date(born);
        if (!birthday && (born.kind != mention_kind::age || !born.born)) continue;
        int const birth_year = birthday ? birthday->year : *born.born;
        // (not a birth to come or supposed, of others than the aged: "Smith, 54, said 700,000 babies would be born
        // in 2024", "are expected to be born in 2025")
        if (born.begin >= 4 && text::iequals(model.prose.substr(born.begin - 4, 4), " be ")) continue;
        // The age stated in the same sentence, nearest the birth year.
        std::optional<std::size_t> age;
        auto const [first_a, last_a] = sentence_of(mentions, b);
        for (std::size_t a = first_a; a < last_a; ++a) {
            mention const& m = mentions[a];
            if (m.kind != mention_kind::age || m.born || !m.value || m.sentence != born.sentence) continue;
            if (in_a_title(model, m)) continue;
            // "in 1968, when she was 31", "He was born in 1950 and she was 31": an age told of a
            // pronoun is at a time the clause names, or of someone else
            // ("Smith, who was 42 when he founded it": the past too; "who is 59" is today's age)
            std::string const lower = text::lower(m.text);
            if (text::iequals(text::first_word(m.text), "he") || text::iequals(text::first_word(m.text), "she") ||
                std::string_view(lower).starts_with("who was ") ||
                ((std::string_view(lower).starts_with("who turned ") ||
                  std::string_view(lower).substr(text::first_word(lower).size()).starts_with(" turned ")) &&
                 !turned_this_year(model, a) && !turned_in_year(model, a)))
                continue;
            // (an age beside a name before one at an event: "Davies, 67, who joined the company aged 25,
            // was born in 1958")
            bool const event = after_event_words(model, m);
            bool const chosen_event = age && after_event_words(model, mentions[*age]);
            if (age && event && !chosen_event) continue;
            if (!age || (chosen_event && !event) ||
                std::labs(static_cast<long>(m.begin) - static_cast<long>(born.begin)) <
                    std::labs(static_cast<long>(mentions[*age].begin) - static_cast<long>(born.begin)))
                age = a;
        }
        // (or beside a name in the sentence before, where this one is about the same person)
        bool const before_sentence = !age;
        if (!age) age = age_in_sentence_before(model, b);
        if (!age) age = age_in_sentence_after(model, b);
        if (!age) age = age_of_named_earlier(model, b);
        if (!age) continue;
        mention const& stated = mentions[*age];
        if (in_a_title(model, stated)) continue;
        // (an age at an event, "as a two-year-old": "was rescued as a two-year-old", "arrived as a three-year-old")
        if (std::string_view const article = text::first_word(stated.text);
            (text::iequals(article, "a") || text::iequals(article, "an")) && stated.begin >= 3 &&
            text::iequals(model.prose.substr(stated.begin - 3, 3), "as "))
            continue;
        if (!before_sentence && of_someone_else(model, stated, born)) continue;
        // (a bound, not an age: "Three players aged 30 or over, born in 1991, 1992 and 1993")
        if (stated.range && std::isinf(stated.range->high)) continue;
        // (a thing's age, not a person's: "the Dalmore 18-year-old whisky", "a 12-year-old single malt")
        {
            std::string const next = text::lower(model.prose.substr(stated.end, 24));
            std::string_view const noun = text::first_word(next);
            if (text::contains_any_word(
                    noun,
                    {"whisky",   "whiskey",  "scotch",  "malt",     "single",    "bourbon", "rum",      "cognac",
                     "brandy",   "port",     "tawny",   "wine",     "sherry",    "cask",    "blend",    "expression",
                     "bottling", "armagnac", "tequila", "building", "house",     "car",     "company",  "firm",
                     "brand",    "ship",     "plant",   "bridge",   "tree",      "jet",     "aircraft", "plane",
                     "airliner", "airline",  "vessel",  "fleet",    "train",     "truck",   "tower",    "stadium",
                     "airport",  "dam",      "reactor", "engine",   "satellite", "system"}))
                continue;
            // (or the age of a thing told by "which": "founded the airline, which is now 45 years old")
            std::size_t const lead_from = stated.begin >= 24 ? stated.begin - 24 : 0;
            std::string const lead = text::lower(model.prose.substr(lead_from, stated.begin - lead_from));
            bool const of_which = std::any_of(which_words.begin(), which_words.end(), [&](std::string_view which) {
                return std::string_view(lead).ends_with(which);
            });
            if (of_which) continue;
        }
        // (an age at an event of no stated time: "The winemaker, born in 1975, was 18 years old when she planted
        // her first vines")
        if (text::istarts_with(model.prose.substr(stated.end, 6), " when ") ||
            text::istarts_with(model.prose.substr(stated.end, 7), ", when ")) {
            auto const [first_w, last_w] = sentence_of(mentions, *age);
            bool dated = false;
            for (std::size_t k = first_w; k < last_w; ++k)
                dated = dated || (k != b && mentions[k].begin > stated.end &&
                                  (mentions[k].kind == mention_kind::year || mentions[k].kind == mention_kind::date ||
                                   mentions[k].kind == mention_kind::period));
            if (!dated) continue;
        }
        // (the days or months of an age told in years and days: "was 90 years and 253 days old")
        if (stated.begin >= 10) {
            std::string const lead = text::lower(model.prose.substr(stated.begin - 10, 10));
            if (lead.ends_with("years and ") || lead.ends_with("year and ") || lead.ends_with("years, ")) continue;
        }
        // "Chen, 33, whose son was born in 2023", "his daughter, born in 2015": a relative's birth, not
        // the person's (the relative is what "born" is said of: right before it, past "was", or after
        // "whose"; not "a father of two, was born", "who has two children, was born")
        {
            std::size_t const from = born.begin > 48 ? born.begin - 48 : 0;
            std::string before = text::lower(model.prose.substr(from, born.begin - from));
            auto const strip = [&](std::string_view tail) {
                while (!before.empty() && before.back() == ' ') before.pop_back();
                if (std::string_view(before).ends_with(tail) &&
                    (before.size() == tail.size() || !text::is_alpha(before[before.size() - tail.size() - 1]))) {
                    before.resize(before.size() - tail.size());
                    return true;
                }
                return false;
            };
            strip("born");
            for (std::string_view const verb : {"was", "were", "is", "are", "been", "had been", "has been"})
                if (strip(verb)) break;
            while (!before.empty() && before.back() == ' ') before.pop_back();
            bool const comma = !before.empty() && before.back() == ',';
            while (!before.empty() && (before.back() == ' ' || before.back() == ',')) before.pop_back();
            auto const words = text::words(before);
            bool kin = false;
            if (!words.empty() && std::find(kin_words.begin(), kin_words.end(), words.back()) != kin_words.end()) {
                // ("his daughter, born in 2015": the relative's; "a father of two, was born": the person's)
                bool const own = comma && words.size() >= 2 && (words[words.size() - 2] == "of");
                kin = !own && !(comma && before.find("who") != std::string::npos);
            }
            // ("whose founder Priya Raman was born": the noun and a name of two words)
            for (std::size_t w = words.size() > 5 ? words.size() - 5 : 0; w < words.size(); ++w)
                kin = kin || (words[w] == "whose" && !comma);
            if (kin) continue;
        }
        // "Lee, 52, and Cho, 49, were born in 1973 and 1976": as many ages as birth years, paired in order
        if (std::vector<std::pair<std::size_t, int>> const pairs = listed_births(model, b, first_a, last_a);
            !pairs.empty()) {
            for (auto const& [a, year] : pairs) {
                mention const& listed = mentions[a];
                // (a span of ages, "a man in his 40s and a woman in her 20s", is not one age to pair)
                if (listed.is_range || (listed.range && std::isinf(listed.range->high))) continue;
                int const said = whole_years(listed);
                check_year(model, listed, said, born, year, *model.reference_year,
                           "the birth years, paired with the ages in order", out);
            }
            continue;
        }
        // (two people's ages before the birth, the other's today's age of it: "Bronny James, 19, the son of
        // LeBron James, 39, was born in 2004", "Jak Jones, 31, coached by Del Hill, 63, was born in 1993")
        if (!before_sentence &&
            std::any_of(mentions.begin() + static_cast<std::ptrdiff_t>(first_a),
                        mentions.begin() + static_cast<std::ptrdiff_t>(last_a), [&](mention const& m) {
                            if (&m == &stated || m.kind != mention_kind::age || m.born || !m.value || m.is_range ||
                                m.end > born.begin || !in_years(m))
                                return false;
                            std::string_view const lead = text::first_word(m.text);
                            if (text::iequals(lead, "aged") || text::iequals(lead, "age") || text::iequals(lead, "at"))
                                return false;
                            int const years = whole_years(m);
                            int const since = *model.reference_year - birth_year;
                            return years == since || years == since - 1;
                        }))
            continue;
        // An age at an event the sentence dates right before it ("who died in 1990 aged 71", "painted
        // Guernica in 1937, aged 55") is counted to that year; an age at death with no time is not
        // checked. ("John Smith, aged 66, ... joined in 2001": an age beside the name is today's.)
        std::string_view const age_word = text::first_word(stated.text);
        bool const at_event =
            text::iequals(age_word, "aged") || text::iequals(age_word, "age") || text::iequals(age_word, "at");
        // (the event's sentence: the age's, which may follow the birth's, "Smith was born in 1930. In
        // 1989, aged 51, he led the takeover.")
        std::size_t const event_sentence = at_event ? stated.sentence : born.sentence;
        auto const [first_e, last_e] = at_event ? sentence_of(mentions, *age) : std::pair{first_a, last_a};
        std::string sentence_words;
        if (model.sentences && event_sentence < model.sentences->size()) {
            auto const& s = (*model.sentences)[event_sentence];
            sentence_words = text::lower(model.prose.substr(s.begin, s.end - s.begin));
        }
        std::vector<int> event_years;
        std::optional<calendar::ymd> event_date; // the event's day, when the sentence gives it
        bool timed = false;                      // a time of the death in the sentence ("died last week aged 71")
        bool untold = false; // a time of the event the text does not date ("made his debut last season aged 17")
        for (std::size_t y = first_e; y < last_e; ++y) {
            mention const& m = mentions[y];
            if (m.sentence != event_sentence || y == b) continue;
            timed = timed || m.kind == mention_kind::relative_time || m.kind == mention_kind::date ||
                    m.kind == mention_kind::year;
            untold = untold || (m.kind == mention_kind::relative_time &&
                                (!m.resolved || !text::leading_year(*m.resolved).has_value()));
            // (a year, a full date, "died on Sept. 8, 2022, aged 96", "died on December 28, aged 78" (its
            // year resolved), or a month of a year, "was made a dame in June 2004, aged 67")
            bool const dated = m.kind == mention_kind::date && full_date(m).has_value();
            bool const month_of_year = m.kind == mention_kind::period && text::leading_year(m.time_value).has_value();
            // (or a time told from the reference date: "died last year aged 92", "retired at Lord's
            // last summer aged 41")
            bool const relative =
                m.kind == mention_kind::relative_time && m.resolved && text::leading_year(*m.resolved).has_value();
            if (!at_event || (m.kind != mention_kind::year && !dated && !month_of_year && !relative)) continue;
            if (m.begin >= stated.end) {
                // (right after the age: "died aged 71 in 1990", "retired aged 65 in 2015")
                std::string_view const gap = model.prose.substr(stated.end, m.begin - stated.end);
                auto const gap_words = text::words(gap);
                bool const in_year = text::istarts_with(m.text, "in ")
                                         ? gap_words.empty()
                                         : gap_words.size() == 1 && text::iequals(gap_words.front(), "in");
                if (!in_year || gap.find_first_not_of(" ,in") != std::string_view::npos) continue;
            } else {
                if (m.end > stated.begin) continue;
                std::string_view const gap = model.prose.substr(m.end, stated.begin - m.end);
                // (right before the age: "died in 1990 aged 71", "died in 1993 at the age of 20")
                auto const gap_words = text::words(gap);
                bool const only_at_the = std::all_of(gap_words.begin(), gap_words.end(), [](std::string_view w) {
                    return text::iequals(w, "at") || text::iequals(w, "the");
                });
                if (gap.find_first_not_of(" ,") != std::string_view::npos && !only_at_the) continue;
            }
            auto const given = text::leading_year(m.resolved ? *m.resolved : m.time_value);
            if (!given) continue;
            int const event = *given;
            // (a year to come too: "Born in 1960, she will be aged 66 in 2026", "can access their pension at
            // the age of 57 in 2037")
            if (event > birth_year) {
                event_years.push_back(event);
                if (dated) event_date = full_date(m);
            }
        }
        // ("Jones turned 40 in 2010": the age at that year)
        if (auto const turned = turned_in_year(model, *age)) event_years.assign(1, *turned);
        // (nor an age at an event the sentence does not date: "born in 1940, joined the company aged 25")
        // (an age that is a limit or a milestone, not the person's: "can open a Junior ISA until the age of
        // 18", "reach the state pension age of 66")
        if (event_years.empty()) {
            std::size_t const lead_from = stated.begin > 40 ? stated.begin - 40 : 0;
            std::string const lead = text::lower(model.prose.substr(lead_from, stated.begin - lead_from));
            auto const lead_words = text::words(lead);
            bool limit = false;
            for (std::size_t k = lead_words.size() > 3 ? lead_words.size() - 3 : 0; k < lead_words.size(); ++k)
                limit = limit || text::contains_any_word(lead_words[k],
                                                         {"until", "till", "reach", "reaches", "reaching", "pension",
                                                          "retirement", "minimum", "voting", "legal", "drinking"});
            std::string const own = text::lower(stated.text);
            // ("had six children by age 30", "widowed by the age of 50", "lived alone from age 80", "at an
            // average age of 29": an age at some time, or a group's, not today's)
            if (own.starts_with("age ") || own.starts_with("the age") || own.starts_with("ages "))
                for (std::size_t k = lead_words.size() > 3 ? lead_words.size() - 3 : 0; k < lead_words.size(); ++k)
                    limit = limit || text::contains_any_word(lead_words[k], {"by", "from", "before", "after", "average",
                                                                             "median", "mean", "typical", "since"});
            if (limit || own.find("pension age") != std::string::npos) continue;
        }
        if (character_in_a_story(model, stated)) continue;
        // (a death told as just now is of the reference year: "has died aged 85", "dies aged 85")
        bool const just_now = sentence_words.find("has died") != std::string::npos ||
                              sentence_words.find("have died") != std::string::npos ||
                              sentence_words.find("has passed away") != std::string::npos ||
                              sentence_words.find("dies aged") != std::string::npos;
        // (an age at an event of a time the text does not date: "made his debut last season aged 17")
        if (at_event && event_years.empty() && untold) continue;
        if (at_event && event_years.empty() && !timed && !just_now &&
            (text::contains_any_word(sentence_words, {"died", "dies", "death", "killed", "dead"}) ||
             (born.begin < stated.begin && after_event_words(model, stated))))
            continue;
        // A span of ages ("in her 60s", "aged 18 to 24"): it fits when one of its ages does.
        if (stated.is_range && stated.range) {
            if (!in_years(stated)) continue; // ("aged 6 to 18 months")
            // A decade of life describes someone the sentence may not name ("A teenager, born in
            // 2009, and a man in his 50s were arrested"): only the birth set right after it, as its
            // apposition, is that person's ("a man in his sixties, born in 1962,").
            if (text::istarts_with(stated.text, "in ") &&
                (born.begin < stated.end || model.prose.substr(stated.end, born.begin - stated.end) != ", "))
                continue;
            int const low = static_cast<int>(std::floor(stated.range->low));
            int const high = static_cast<int>(std::ceil(stated.range->high)) - 1;
            std::vector<int> years = event_years;
            if (years.empty()) years.push_back(*model.reference_year);
            // (or at another year of its sentence: "who died in 1999 in his early seventies, was born
            // in 1927")
            for (std::size_t y = first_a; y < last_a; ++y) {
                mention const& m = mentions[y];
                if (m.sentence != born.sentence || y == b ||
                    (m.kind != mention_kind::year && !(m.kind == mention_kind::date && full_date(m))))
                    continue;
                auto const given = text::leading_year(m.resolved ? *m.resolved : m.time_value);
                if (given && *given > birth_year && *given <= *model.reference_year) years.push_back(*given);
            }
            bool const fits = std::any_of(years.begin(), years.end(), [&](int y) {
                int const oldest = y - birth_year;
                return low <= oldest + model.tolerance.age && high >= oldest - 1 - model.tolerance.age;
            });
            if (fits) continue;
            int const year = years.size() == 1 ? years.front() : *model.reference_year;
            int const oldest = year - birth_year;
            finding f = make_finding(age_birth_year, stated,
                                     fmt::format("someone born in {} {} {} or {} in {}, not {} to {}", birth_year,
                                                 year < *model.reference_year ? "was" : "is", oldest - 1, oldest, year,
                                                 low, high));
            f.related.push_back(related(born, birthday ? "the birth date" : "the birth year"));
            f.notes.push_back(fmt::format("{} - {} = {}: {} before the birthday, {} after it; \"{}\" is {} to {}", year,
                                          birth_year, oldest, oldest - 1, oldest, text_of(stated), low, high));
            out.push_back(std::move(f));
            continue;
        }
        int const said_age = whole_years(stated);
        // With the birthday and the day of the event, the age is exact: "born on May 4, 1931, died on
        // Jan. 9, 2020, aged 89" (88: the birthday had not come).
        if (birthday && event_date && event_years.size() == 1) {
            bool const had_birthday = event_date->month > birthday->month ||
                                      (event_date->month == birthday->month && event_date->day >= birthday->day);
            int const exact = event_date->year - birthday->year - (had_birthday ? 0 : 1);
            if (std::abs(said_age - exact) <= model.tolerance.age) continue;
            finding f = make_finding(age_birth_year, stated,
                                     fmt::format("someone born on {} was {} on {}, not {}", date_words(*birthday),
                                                 exact, date_words(*event_date), age_words(stated, said_age)));
            f.related.push_back(related(born, "the birth date"));
            f.notes.push_back(fmt::format("{} - {} = {}{}", event_date->year, birthday->year,
                                          event_date->year - birthday->year,
                                          had_birthday ? ", the birthday passed" : ", less one before the birthday"));
            out.push_back(std::move(f));
            continue;
        }
        bool fits_event = false;
        for (int const event : event_years) {
            int const oldest = event - birth_year;
            fits_event = fits_event ||
                         (said_age >= oldest - 1 - model.tolerance.age && said_age <= oldest + model.tolerance.age);
        }
        if (fits_event) continue;
        // An age beside the name of someone whose death the sentence dates is the age at death: "Rosa
        // Lind, 34, a nurse born in 1989, was killed in the crash on Feb. 9, 2024" (told in 2025).
        // (or the sentence before tells the death and dates it: "charged with murder in the Oct. 3, 2023,
        // shooting of Marcus Bell. Bell, 34, who was born in 1989, ...", told in 2025)
        bool death_before = false;
        std::size_t first_d = first_a;
        // (not an age told in the present: "Smith, who is 59,")
        std::string const age_lower = text::lower(stated.text);
        bool const present = std::string_view(age_lower).starts_with("who is ") ||
                             std::string_view(age_lower).starts_with("who's ") ||
                             text::contains_any_word(age_lower, {"now"});
        if (!present && model.sentences && born.sentence > 0 && born.sentence < model.sentences->size()) {
            sentence const& previous = (*model.sentences)[born.sentence - 1];
            if (previous.paragraph == (*model.sentences)[born.sentence].paragraph &&
                text::contains_any_word(text::lower(model.prose.substr(previous.begin, previous.end - previous.begin)),
                                        {"died", "dies", "killed", "dead", "death", "murder", "murdered", "shooting",
                                         "stabbing", "slain", "killing"})) {
                death_before = true;
                while (first_d > 0 && mentions[first_d - 1].sentence + 1 >= born.sentence) --first_d;
            }
        }
        // (or the victims of a disaster: "The victims of last year's flood included Giulia Ricci, 88, who was born
        // in 1934")
        if (!at_event && (death_before || text::contains_any_word(sentence_words, {"died", "dies", "killed", "dead",
                                                                                   "death", "victim", "victims"}))) {
            bool at_death = false;
            // (a death dated this year, "died on Friday", is the only time: not "retired in 1995")
            bool const died_now =
                std::any_of(mentions.begin() + static_cast<std::ptrdiff_t>(first_a),
                            mentions.begin() + static_cast<std::ptrdiff_t>(last_a), [&](mention const& m) {
                                if (m.sentence != born.sentence ||
                                    (m.kind != mention_kind::relative_time && m.kind != mention_kind::date))
                                    return false;
                                auto const year = text::leading_year(m.resolved ? *m.resolved : m.time_value);
                                return year && *year == *model.reference_year;
                            });
            for (std::size_t y = first_d; y < last_a && !at_death; ++y) {
                mention const& m = mentions[y];
                // (a time told from the reference date too: "died in the fire last August", "died last year")
                bool const relative = m.kind == mention_kind::relative_time && m.resolved;
                if ((m.sentence != born.sentence && !(death_before && m.sentence + 1 == born.sentence)) || y == b ||
                    (m.kind != mention_kind::year && !(m.kind == mention_kind::date && full_date(m)) && !relative))
                    continue;
                auto const given = text::leading_year(m.resolved ? *m.resolved : m.time_value);
                if (!given || *given <= birth_year || *given > *model.reference_year) continue;
                if (died_now && m.sentence == born.sentence && *given != *model.reference_year) continue;
                int const oldest = *given - birth_year;
                at_death = said_age >= oldest - 1 - model.tolerance.age && said_age <= oldest + model.tolerance.age;
            }
            if (at_death) continue;
        }
        int const year = event_years.size() == 1 ? event_years.front() : *model.reference_year;
        int said = whole_years(stated);
        // "In 1998, Jones, 38, born in 1960, won gold", "Nixon, 61, who was born in 1913, resigned in
        // 1974", "On Nov. 9, 1989, Schabowski, 60, ...", or a year the sentence before in the paragraph
        // names ("On Aug. 8, 1974, ... Nixon, 61, who was born on Jan. 9, 1913, resigned"): a past year
        // of the story that the age fits is the time of the age
        if (event_years.empty() && fits_a_past_year(model, stated, b, said, birth_year)) continue;
        // "who turns 40 on Jan. 4", "Voss turns 18 next year": the age at a birthday to come, one
        // more than today's until then
        bool const turns = text::contains_any_word(text::lower(stated.text), {"turns"});
        // (not when the birthday is days away, "turns 60 on Friday": the age then is this year's)
        if (turns && !birthday && !birthday_within_days(model, *age)) { // (with the birthday, the exact age decides)
            int const oldest = year - birth_year;
            bool const fits_now = said >= oldest - 1 - model.tolerance.age && said <= oldest + model.tolerance.age;
            if (!fits_now && said - 1 >= oldest - 1 - model.tolerance.age && said - 1 <= oldest + model.tolerance.age)
                continue;
        }
        // With the birthday and the reference day, the age is exact.
        if (birthday && event_years.empty() && model.reference) {
            auto const& today = *model.reference;
            bool const had_birthday =
                today.month > birthday->month || (today.month == birthday->month && today.day >= birthday->day);
            int const exact = today.year - birthday->year - (had_birthday ? 0 : 1);
            if (std::abs(said - exact) <= model.tolerance.age) continue;
            // ("who turns 60 on Friday, was born on March 15, 1964": 59 until then)
            if (turns && std::abs(said - 1 - exact) <= model.tolerance.age) continue;
            finding f =
                make_finding(age_birth_year, stated,
                             fmt::format("someone born on {} is {} on {}, not {}", date_words(*birthday), exact,
                                         date_words({today.year, today.month, today.day}), age_words(stated, said)));
            f.related.push_back(related(born, "the birth date"));
            f.notes.push_back(fmt::format("{} - {} = {}{}", today.year, birthday->year, today.year - birthday->year,
                                          had_birthday ? ", the birthday passed" : ", less one before the birthday"));
            out.push_back(std::move(f));
            continue;
        }
        check_year(model, stated, said, born, birth_year, year, birthday ? "the birth date" : "the birth year", out);
    }
}

} // namespace

rule const age_birth_year{
    "NC206",
    "age-birth-year",
    severity::error,
    "an age that the birth year and the reference date contradict",
    {
        "An age and a birth year for the same person in one sentence (\"Jones, 38, born in 1960\"), or in the "
        "next sentence of the paragraph where it plainly tells of the same person (\"Smith, 45, runs the bakery. "
        "Smith was born in 1960.\"; \"He was born in 1960.\" or \"Born in 1960, she ...\" when the sentence "
        "before names no one else; \"Pickens is 58.\" too), or the other way round (\"Smith was born in 1960. He is "
        "45.\", \"He is now 45\", \"Smith is 45\", or an age at an event that sentence dates: \"In 1989, aged 51, he "
        "...\"). With the "
        "reference year, the age must be the year minus the birth year, or one less before the birthday; "
        "with a full birth date (\"born on March 4, 1935\") and the reference day, exactly one age fits. An "
        "age right after the year or the date of an event (\"died in 1990 aged 71\") is counted to that year, "
        "and one that fits a past year its sentence names (\"Nixon, 61, who was born in 1913, resigned in 1974\"), or "
        "one of the two sentences before in its paragraph, or a lead that looks back (\"Fifty years ago tonight, on "
        "Aug. 8, 1974, ...\"), is "
        "taken as told then; "
        "ages listed with as many birth years are paired in order (\"Lee, 51, and Cho, 47, were born in 1973 "
        "and 1976\"). An age in months or weeks (\"the 18-month-old\") is that part of a year; an age at a "
        "birthday to come (\"who turns 40 on Jan. 4\") may be one more than today's; an age turned at a time "
        "the sentence names (\"Jones turned 40 in 2010\") is counted to it. Not "
        "checked: a relative's birth (\"whose son was born in 2023\"), the birth of someone the sentence links "
        "to the person (\"took over from Stephen Poloz, born in 1955\", \"a protege of Thomas Jordan, born in "
        "1963\"), a character's age in a story (\"plays a 30-year-old singer born in 1950\"; a year the story "
        "\"is set in\" counts as a past year), an age at a death the sentence does not date.",
        "A wrong age is a factual error about a named person, and one of the commonest corrections newspapers "
        "print.",
        "Jones, 38, born in 1960, has lived in the town all her life.  (dated 2024)",
        "Jones, 63, born in 1960, ...  (dated May 2024: 63 before her birthday)\n"
        "Jones, 64, born in 1960, ...",
    },
    &check,
};

} // namespace numcheck::rules
