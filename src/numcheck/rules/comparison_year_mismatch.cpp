// NC202 comparison-year-mismatch: figures set against each other that refer to different periods.
#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "numcheck/calendar.hpp"
#include "numcheck/rules/time.hpp"
#include "numcheck/text.hpp"

namespace numcheck::rules {

namespace {

bool rules_out(figure_period const* p, int year) {
    return p && std::find(p->not_years.begin(), p->not_years.end(), year) != p->not_years.end();
}

/// Whether the period mention is written as the figure's label: "this year's harvest", "the 2025
/// crop", "the 2012 Games" (a possessive, or a year between an article and a noun).
bool labels_its_figure(claim_model const& model, mention const& time) {
    std::string const lower = text::lower(model.prose.substr(time.begin, time.end - time.begin + 2));
    if (lower.ends_with("'s")) return true;
    // (a relative year right after the noun it labels: "the crop last year was", "the rains last year brought")
    if (time.kind == mention_kind::relative_time && time.begin >= 2) {
        std::size_t const from = time.begin >= 24 ? time.begin - 24 : 0;
        std::string const lead = text::lower(model.prose.substr(from, time.begin - from));
        auto const lead_words = text::words(lead);
        std::size_t const n = lead_words.size();
        if (n >= 2 && text::contains_any_word(lead_words[n - 2], {"the", "its", "their"}) &&
            std::all_of(lead_words[n - 1].begin(), lead_words[n - 1].end(),
                        [](char c) { return c >= 'a' && c <= 'z'; }) &&
            std::string_view(lead).ends_with(std::string(lead_words[n - 2]) + " " + std::string(lead_words[n - 1]) +
                                             " "))
            return true;
    }
    // (a split year too, its article read with it: "the 2021-22 figure was", "The 2024-25 default offer is")
    bool const split = time.kind == mention_kind::period && text::is_split_year(time.time_value);
    if (time.kind != mention_kind::year && !split) return false;
    std::size_t const end = time.end;
    std::size_t const begin = time.begin;
    if (split) {
        std::string_view const first = text::first_word(model.prose.substr(time.begin, time.end - time.begin));
        if (text::iequals(first, "the") || text::iequals(first, "its") || text::iequals(first, "their"))
            return end + 1 < model.prose.size() && model.prose[end] == ' ' && text::is_alpha(model.prose[end + 1]);
    }
    bool const noun_after =
        end + 1 < model.prose.size() && model.prose[end] == ' ' && text::is_alpha(model.prose[end + 1]);
    std::string const before =
        text::lower(model.prose.substr(begin >= 6 ? begin - 6 : 0, std::min<std::size_t>(begin, 6)));
    // ("her 2021 album", "his 2022 farewell show")
    return noun_after &&
           (before.ends_with("the ") || before.ends_with("its ") || before.ends_with("their ") ||
            before.ends_with(" a ") || before == "a " || before.ends_with(" his ") || before.ends_with(" her ") ||
            before.ends_with(" our ") || before == "his " || before == "her ");
}

/// Whether the figure's year labels a noun that names the measure again for that year: "In
/// comparison, the 2023 crop was 105 million tonnes", "the 2022 figure stood at" (one measure over
/// time), or two or three words in lower case that the other figure's sentence uses too ("a wheat
/// crop of 112 million tonnes this year ... the 2023 wheat crop was"). A label the other sentence
/// does not use names another measure ("the 2022 U.S. trade figure was"), and so does a noun
/// followed by anything but a verb of being or reaching.
bool labels_the_same_measure(claim_model const& model, mention const& time, mention const& other) {
    {
        std::string_view const next = model.prose.substr(time.end, 24);
        auto const opening = text::words(next);
        // (or the year the subject, a verb of what a year had right after it: "In contrast, 2022 saw $410 million")
        // (its figure right after the verb, not another measure named: "2022 saw China-U.S. trade of $664 billion")
        auto const figure_next = [&] {
            if (opening.size() < 2) return false;
            std::string_view const w = opening[1];
            char const c = *(w.data() - 1) == '$' ? '$' : w.front();
            return text::is_digit(c) || c == '$' ||
                   text::contains_any_word(text::lower(w),
                                           {"about", "nearly", "some", "just", "only", "roughly", "around", "almost",
                                            "over", "under", "fewer", "more", "less"});
        };
        if (time.kind == mention_kind::year && !opening.empty() && opening[0].data() == next.data() + 1 &&
            text::contains_any_word(text::lower(opening[0]),
                                    {"saw", "brought", "had", "recorded", "produced", "yielded"}) &&
            figure_next()) {
            std::size_t const from = time.begin >= 2 ? time.begin - 2 : 0;
            std::string_view const lead = model.prose.substr(from, time.begin - from);
            if (lead == ", " || time.begin == 0 ||
                (model.sentences && time.sentence < model.sentences->size() &&
                 (*model.sentences)[time.sentence].begin == time.begin))
                return true;
        }
    }
    bool const split = time.kind == mention_kind::period && text::is_split_year(time.time_value);
    // (or a month of a year: "the April 2023 price was")
    std::string_view const value = time.time_value;
    bool const month = time.kind == mention_kind::period && value.size() == 7 && value[4] == '-' &&
                       text::is_digit(value[5]) && text::is_digit(value[0]);
    if (month) {
        std::string const lead =
            text::lower(model.prose.substr(time.begin >= 4 ? time.begin - 4 : 0, std::min<std::size_t>(time.begin, 4)));
        if (lead != "the " || time.end + 1 >= model.prose.size() || model.prose[time.end] != ' ' ||
            !text::is_alpha(model.prose[time.end + 1]))
            return false;
    } else if ((time.kind != mention_kind::year && !split) || !labels_its_figure(model, time)) {
        return false;
    }
    std::string_view after = model.prose.substr(time.end, 48);
    // (the year's possessive: "In contrast, 2022's total was $410 million")
    bool const possessive = after.starts_with("'s ") || after.starts_with("\xE2\x80\x99s ");
    if (possessive) after.remove_prefix(after.starts_with("'") ? 2 : 4);
    auto const all = text::words(after);
    // the label's words, each after one space, then the verb
    std::size_t at = 0;
    std::size_t n = 0;
    while (n < all.size() && n < 4 && all[n].data() == after.data() + at + 1 && after[at] == ' ') {
        at = static_cast<std::size_t>(all[n].data() - after.data()) + all[n].size();
        ++n;
        std::string const word = text::lower(all[n - 1]);
        bool verb = false;
        for (std::string_view const v : {"was", "were", "is", "stood", "came", "totalled", "totaled", "reached",
                                         "amounted", "had", "been", "hit", "measured", "numbered"})
            verb = verb || word == v;
        // (a possessive's noun and "of" before the figure: "in contrast to 2022's total of $410 million")
        verb = verb || (possessive && word == "of" && n == 2);
        if (!verb) continue;
        std::size_t const label_words = n - 1;
        if (label_words == 1) return true;
        if (label_words == 0 || label_words > 3) return false;
        // two or three words: all in lower case and all in the other figure's sentence
        std::string const other_sentence = [&] {
            auto const& s = (*model.sentences)[other.sentence];
            return text::lower(model.prose.substr(s.begin, s.end - s.begin));
        }();
        auto const there = text::words(other_sentence);
        for (std::size_t k = 0; k < label_words; ++k) {
            std::string_view const w = all[k];
            if (!std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
            if (std::none_of(there.begin(), there.end(), [&](std::string_view t) { return t == w; })) return false;
        }
        return true;
    }
    return false;
}

/// What tells that a year's figures are not out yet ("has not yet reported 2023 figures", "its 2023
/// figures are not yet out"): a reason to give the year before.
constexpr std::array<std::string_view, 16> figures_not_out{
    "not yet reported", "yet to report", "not yet published", "yet to publish", "yet to be published",
    "has not released", "not yet released", "yet to release", "not yet out", "not yet available",
    "not yet been published", "not yet been released",
    // ("California, whose 2023 data are not yet final,", "whose detailed figures are published later,")
    "not yet final", "are published later", "is published later", "not yet complete"};

/// Whether the text sets the two years against each other openly, so that no reader takes one for
/// the other: years far apart
/// (a historical comparison: "the average in 1990"), both written as the figures' labels ("This
/// year's harvest ...; by comparison, the 2025 crop"), or a reason given ("in 2024, the latest year
/// available"). What stays: a relative year set against a near stated one ("$240 billion last year
/// ... $664 billion in 2022"), the mix-up the rule is for.
bool openly_different(claim_model const& model, figure_period const& here, figure_period const& there, int a, int b,
                      mention const& figure, mention const& other) {
    if (!here.period || !there.period) return false;
    mention const& x = model.at(*here.period);
    mention const& y = model.at(*there.period);
    // (four years or more: "won a $2.45 billion contract this year. By comparison, Forth's contract in
    // 2019 was worth $1.9 billion" names its year on purpose)
    if (std::abs(a - b) > 3) return true;
    if (labels_its_figure(model, x) && labels_its_figure(model, y)) return true;
    // (peaks or milestones, each in the year it came: "Japan's population peaked at 128.1 million in
    // 2008. By comparison, Italy's peaked at 60.3 million in 2010", "passed 10,000 residents in 2020")
    auto const milestone = [&](mention const& m) {
        std::size_t const from = m.begin >= 24 ? m.begin - 24 : 0;
        std::string const lead = text::lower(model.prose.substr(from, m.begin - from));
        auto const words = text::words(lead);
        return std::any_of(words.begin(), words.end(), [](std::string_view w) {
            return text::contains_any_word(w,
                                           {"peaked", "peak", "passed", "topped", "crossed", "surpassed", "bottomed"});
        });
    };
    if (milestone(figure) && milestone(other)) return true;
    // (sums of one-off events, a fine or a settlement each in the year it came: "Harwell was fined $348 million this
    // year. By comparison, Kestrel was fined $140 million in 2022", "The $52 million settlement ... a similar case
    // settled for $18 million in 2023")
    auto const one_off = [&](mention const& m) {
        std::size_t const from = m.begin >= 24 ? m.begin - 24 : 0;
        std::string const lead_text = text::lower(model.prose.substr(from, m.begin - from));
        std::string const next_text = text::lower(model.prose.substr(m.end, 24));
        auto const lead = text::words(lead_text);
        auto const next = text::words(next_text);
        auto const event = [](std::string_view w) {
            return text::contains_any_word(w, {"fined", "fine", "fines", "penalty", "settled", "settlement", "settle",
                                               "damages", "awarded", "verdict", "fetched", "auctioned", "ransom",
                                               "bail", "payout", "judgment"});
        };
        // (up to four words before it: "the largest fine in 2022 was $140 million")
        bool before = false;
        for (std::size_t k = lead.size(); k-- > 0 && k + 4 >= lead.size();) before = before || event(lead[k]);
        bool const after = !next.empty() && event(next.front());
        return before || after;
    };
    if (one_off(figure) && one_off(other)) return true;
    // (a year that dates an event of the thing, not the figure's period: "SoFi Stadium, which opened in 2020,
    // cost $5.5 billion", "the previous record, set in 2021, was €80 million", "the previous shirt deal,
    // signed in 2019, paid £30 million")
    auto const event_year = [&](mention const& time) {
        std::size_t const from = time.begin >= 24 ? time.begin - 24 : 0;
        std::string const lead = text::lower(model.prose.substr(from, time.begin - from));
        auto const words = text::words(lead);
        std::size_t n = words.size();
        if (n > 0 && words[n - 1] == "in") --n;
        return n > 0 && text::contains_any_word(words[n - 1],
                                                {"opened", "built", "founded", "signed", "set", "completed", "launched",
                                                 "established", "agreed", "struck", "inaugurated", "unveiled",
                                                 // ("the museum, which reopened in 2021, had 300,000", "a judge
                                                 // appointed in 2022 earned")
                                                 "reopened", "renovated", "restored", "rebuilt", "relaunched",
                                                 "appointed", "hired", "elected", "named", "acquired", "bought",
                                                 "formed", "created", "listed", "merged", "introduced", "released",
                                                 // ("had 276,000 players at its launch in March 2023", "at its
                                                 // debut in 2022")
                                                 "launch", "debut", "premiere", "release", "opening"});
    };
    if (event_year(x) || event_year(y)) return true;
    // (or a year that names an event as its label: "By comparison, the 2021 ice storm cost $62 million")
    auto const names_event = [&](mention const& time) {
        if (!labels_its_figure(model, time)) return false;
        auto const next = text::words(model.prose.substr(time.end, 32));
        for (std::size_t k = 0; k < next.size() && k < 3; ++k)
            if (text::contains_any_word(
                    text::lower(next[k]),
                    {"storm", "hurricane", "typhoon", "cyclone", "flood", "floods", "fire", "wildfire", "earthquake",
                     "blizzard", "heatwave", "drought", "strike", "outage", "blackout", "crisis", "recession", "crash",
                     "election", "olympics", "games", "tournament", "merger", "takeover", "spill",
                     // (votes and campaigns: "the 2022 midterms drew $8.9 billion", "the 2022
                     // race for governor cost $31 million")
                     "elections", "midterms", "midterm", "primary", "primaries", "race", "runoff", "caucuses", "caucus",
                     "campaign", "contest", "referendum", "vote", "ballot", "census",
                     // (works and shows named by their year: "her 2021 album sold", "his 2022 farewell show grossed")
                     "album", "albums", "film", "films", "movie", "movies", "show", "shows", "tour", "tours", "book",
                     "novel", "single", "record", "concert", "concerts", "exhibition", "festival", "gala", "edition",
                     "series", "season", "production", "auction", "sale", "model", "vintage",
                     // (a document named by the year it was made: "a 2020 forecast put the figure at 9 GW", "a
                     // 2021 study found room for 50 GW")
                     "forecast", "forecasts", "study", "report", "plan", "agreement", "projection", "estimate",
                     "survey", "review", "strategy", "outlook", "assessment", "analysis"}))
                return true;
        return false;
    };
    if (names_event(x) || names_event(y)) return true;
    // (or a figure of an event named by its name, each in the year it came: "By comparison, the Mosquito fire
    // destroyed 78 structures in 2022", "Hurricane Ian cost insurers $60 billion in 2022")
    auto const named_event = [&](mention const& m) {
        if (!model.sentences || m.sentence >= model.sentences->size()) return false;
        std::size_t const begin = std::max((*model.sentences)[m.sentence].begin, m.begin >= 120 ? m.begin - 120 : 0);
        auto const words = text::words(model.prose.substr(begin, m.begin - begin));
        auto const capital = [](std::string_view w) { return !w.empty() && w.front() >= 'A' && w.front() <= 'Z'; };
        for (std::size_t k = 0; k < words.size(); ++k) {
            if (!text::contains_any_word(text::lower(words[k]),
                                         {"storm", "hurricane", "typhoon", "cyclone", "fire", "wildfire", "earthquake",
                                          "quake", "flood", "floods", "tornado", "eruption", "tsunami"}))
                continue;
            // ("Hurricane Ian", "Storm Babet"; "the Mosquito fire", "the Camp Fire")
            if ((capital(words[k]) && k + 1 < words.size() && capital(words[k + 1])) ||
                (k > 0 && capital(words[k - 1]) && !text::iequals(words[k - 1], "the") && k >= 2 &&
                 text::iequals(words[k - 2], "the")))
                return true;
        }
        return false;
    };
    if (named_event(figure) || named_event(other)) return true;
    // (a peak or a record set against a year's figure after the marker: "Keytruda sold $25.0 billion in
    // 2023. By comparison, Humira's sales peaked at $21.2 billion in 2022", "Humira's peak sales were"; not
    // a record before it, "a record high of $240 billion last year ... In comparison, ... in 2022")
    auto const peak = [&](mention const& m) {
        std::size_t const from = m.begin >= 32 ? m.begin - 32 : 0;
        std::string const lead = text::lower(model.prose.substr(from, m.begin - from));
        return text::contains_any_word(lead, {"peaked", "peak", "record", "all-time", "highest", "lowest", "largest",
                                              "biggest", "smallest", "best", "worst"});
    };
    if (peak(figure)) return true;
    // (an average over years set against one year's figure: "the average from 2018 to 2022 was $98 billion",
    // "the five-year average")
    // (each figure's sentence up to it, lowered: `figure`'s serves the two tests below)
    auto const lead_of = [&](mention const& m) {
        if (!model.sentences || m.sentence >= model.sentences->size()) return std::string();
        auto const& s = (*model.sentences)[m.sentence];
        return text::lower(model.prose.substr(s.begin, m.begin - s.begin));
    };
    std::string const figure_lead = lead_of(figure);
    auto const average = [](std::string const& lead) {
        return text::contains_any_word(lead, {"average", "averaged", "averaging", "mean"});
    };
    if (average(figure_lead) || average(lead_of(other))) return true;
    // (a rank each year, named in both sentences: "Monroe's album was the top seller in 2023 with 2.06 million units.
    // By comparison, the top seller in 2022 sold 1.71 million units", "the biggest tour of 2022")
    if (model.sentences && other.sentence < model.sentences->size()) {
        auto const& t = (*model.sentences)[other.sentence];
        std::string const other_text = text::lower(model.prose.substr(t.begin, t.end - t.begin));
        auto const words = text::words(figure_lead);
        for (std::size_t k = 0; k + 2 < words.size(); ++k) {
            if (words[k] != "the" ||
                !text::contains_any_word(words[k + 1], {"top", "biggest", "largest", "best-selling", "leading",
                                                        "highest-grossing", "most-streamed", "most-watched"}))
                continue;
            std::string const rank = "the " + std::string(words[k + 1]) + " " + std::string(words[k + 2]);
            if (other_text.find(rank) != std::string::npos) return true;
        }
    }
    // (the latest of another series, named as such before the figure: "By comparison, the most recent Skyforge
    // finals paid $9.4 million last year", "the latest edition drew")
    if (figure_lead.find("most recent") != std::string::npos || figure_lead.find("the latest ") != std::string::npos)
        return true;
    if (labels_the_same_measure(model, x, other) || labels_the_same_measure(model, y, figure)) return true;
    for (mention const* time : {&x, &y}) {
        std::string const after = text::lower(model.prose.substr(time->end, 48));
        for (std::string_view const reason :
             {"latest year", "latest available", "most recent", "last year for which", "latest figures", "latest data",
              "the last full year", "the latest", "the last year the", "the last year that", "the most recent year",
              // (a year set against another for what it was: "in 2022, the worst year in recent memory")
              "worst year", "best year", "record year", "in recent memory", "on record", "the peak year",
              // ("in 2019, the last year before the pandemic")
              "before the pandemic", "pre-pandemic", "before covid",
              // ("in 2022, its last full year of operation", "in 2022, before it closed for repairs")
              "last full year", "final full year", "final year", "before it closed", "before closing",
              "before its closure", "before the closure", "before it was closed",
              // ("in 2022 and has not yet reported 2023 figures")
              "not reported"})
            if (after.find(reason) != std::string::npos) return true;
        for (std::string_view const reason : figures_not_out)
            if (after.find(reason) != std::string::npos) return true;
    }
    // (the later year's figures not out yet, told anywhere in the figure's sentence: "Sacramento, which has not yet
    // reported 2023 figures, handed out", "; its 2023 figures are not yet out")
    if (model.sentences && figure.sentence < model.sentences->size()) {
        auto const& s = (*model.sentences)[figure.sentence];
        std::string const whole = text::lower(model.prose.substr(s.begin, s.end - s.begin));
        for (std::string_view const reason : figures_not_out)
            if (whole.find(reason) != std::string::npos) return true;
    }
    return false;
}

/// The words of `lead` after a time phrase that opens it ("in 2023 it lost" -> "it lost").
std::vector<std::string_view> after_time_words(std::string_view lead) {
    auto words = text::words(lead);
    std::size_t k = 0;
    while (k < words.size() &&
           (text::is_digit(words[k].front()) ||
            text::contains_any_word(words[k], {"in",       "during", "for",  "the",      "a",          "year", "last",
                                               "previous", "prior",  "same", "period",   "earlier",    "ago",  "then",
                                               "that",     "time",   "by",   "contrast", "comparison", "of"})))
        ++k;
    words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k));
    return words;
}

/// Whether lower-case `noun` refers back to a company or a body named before, as the first word of a subject
/// ("the chain opened", "the party's lead").
bool refers_back(std::string_view noun) {
    return text::contains_any_word(noun, {"drug",    "drugmaker",  "medicine", "therapy", "vaccine",   "chain",
                                          "company", "firm",       "group",    "carrier", "bank",      "retailer",
                                          "insurer", "airline",    "club",     "team",    "brand",     "business",
                                          "lender",  "party",      "council",  "fund",    "union",     "airport",
                                          "utility", "university", "hospital", "agency",  "government"});
}

/// Whether lower-case `noun` refers back to what was named before as the head of a subject, its verb next: the
/// nouns of refers_back and places, producers and venues ("the port handled", "the country produced", "the
/// state miner produced"; as a first word they may be a modifier, "the network levy").
bool refers_back_as_head(std::string_view noun) {
    return refers_back(noun) ||
           text::contains_any_word(
               noun,
               {"antibody", "insulin", "treatment", "product", "port", "country", "nation", "state", "city", "province",
                "region", "economy", "miner", "producer", "exporter", "importer", "operator", "maker", "manufacturer",
                "carmaker", "automaker", "plant", "mine", "factory", "refinery", "terminal", "canal", "studio",
                "network", "broadcaster", "publisher", "platform", "service", "league", "festival", "museum", "capital",
                // ("the house generated", "the fair drew", "the figure was", "the watchmaker made")
                "house", "maison", "label", "designer", "jeweller", "jeweler", "watchmaker", "shoemaker",
                "conglomerate", "store", "shop", "boutique", "fair", "event", "show", "auction", "marketplace",
                "industry", "figure", "total", "gauge", "index", "benchmark",
                // ("Halden Ridge produced 17.4 TWh in 2023. By comparison, the station produced 16.2 TWh in 2022")
                "station", "fleet", "plants", "unit", "units", "reactor", "reactors", "generator", "site", "facility",
                "grid", "sector", "owner", "project", "programme", "program"});
}

/// Whether lower-case `noun` names as a measure what verb `verb` tells ("produced" and "output", "handled" and
/// "volumes", "earned" and "revenue"; sales and earnings are named "revenue" and "profit" by then).
bool measure_of_verb(std::string_view verb, std::string_view noun) {
    if (verb == "produced" || verb == "mined" || verb == "generated")
        return text::contains_any_word(noun, {"output", "production", "generation"});
    if (verb == "harvested") return text::contains_any_word(noun, {"harvest", "harvests", "output", "crop"});
    if (verb == "caught" || verb == "landed") return text::contains_any_word(noun, {"catch", "catches", "landings"});
    if (verb == "exported") return noun == "exports" || noun == "shipments";
    if (verb == "imported") return noun == "imports" || noun == "purchases";
    if (verb == "shipped") return text::contains_any_word(noun, {"shipments", "exports", "deliveries"});
    if (verb == "sold") return text::contains_any_word(noun, {"revenue", "deliveries", "volumes", "volume"});
    if (verb == "earned" || verb == "grossed") return text::contains_any_word(noun, {"revenue", "profit", "takings"});
    if (verb == "handled") return text::contains_any_word(noun, {"volumes", "volume", "throughput", "traffic"});
    if (verb == "carried") return text::contains_any_word(noun, {"passengers", "traffic", "volumes"});
    if (verb == "spent") return text::contains_any_word(noun, {"spending", "expenditure", "outlays"});
    // ("Hacks cost $1.8 billion in 2023. By comparison, losses to hacks were", "Thieves stole ... thefts totalled")
    if (verb == "cost" || verb == "lost") return text::contains_any_word(noun, {"losses", "loss", "cost", "costs"});
    if (verb == "stole") return text::contains_any_word(noun, {"thefts", "theft", "losses"});
    return false;
}

/// One measure over time: the clause after the marker tells of "it", "they", "he" or "she" ("Revenue was $12
/// billion in 2025. By comparison, it was $8 billion in 2020"; "In contrast, in 2023 it lost $500
/// million"), or names the subject and verb of the other figure's sentence again ("The plant emitted 3
/// million tonnes in 2024. By comparison, the plant emitted 4 million tonnes in 2022"), or its measure
/// alone ("Group revenue reached £3.42bn last year. By comparison, revenue was £2.61bn in 2021").
bool same_subject_again(claim_model const& model, mention const& marker, mention const& figure, mention const& other) {
    std::size_t const from = std::min(marker.end, figure.begin);
    std::string const lead = text::lower(model.prose.substr(from, figure.begin - from));
    auto words = after_time_words(lead);
    // (or of the person named: "Haaland scored 27 goals in 2024. By comparison, he scored 36 goals in 2023")
    if (!words.empty() &&
        (words.front() == "it" || words.front() == "they" || words.front() == "he" || words.front() == "she"))
        return true;
    // (or "there were" and the other's counted noun: "Riverton had 131 shootings in 2023. By comparison, there were
    // 203 shootings in 2021")
    if (words.size() >= 2 && words[0] == "there" && text::contains_any_word(words[1], {"were", "was"}) &&
        words.size() <= 3 && figure.kind == mention_kind::number && !figure.unit.empty() &&
        text::iequals(figure.unit, other.unit))
        return true;
    // (or after a clause set off by commas: "In contrast, in 2022, before generics launched, it sold")
    if (std::size_t const comma = lead.rfind(", "); comma != std::string::npos && comma > 0) {
        auto const tail = text::words(std::string_view(lead).substr(comma + 2));
        if (!tail.empty() &&
            (tail.front() == "it" || tail.front() == "they" || tail.front() == "he" || tail.front() == "she"))
            return true;
    }
    // ("Patty Shack opened 88 restaurants last year. By comparison, the chain opened 102 in 2022": a noun that
    // refers back to the one named before)
    // ("the" is passed over as a time's word)
    // ("The Conservatives won 515 seats this year. By comparison, the party won 989 seats in 2021", "Shanghai
    // handled ... By comparison, the port handled")
    // ("France produced 320.4 TWh in 2023. By comparison, its reactors produced": what it owns, told again)
    if (words.size() >= 3 && (words[0] == "its" || words[0] == "their") && refers_back_as_head(words[1]) &&
        !text::contains_any_word(words[2], {"of", "s"}))
        return true;
    if (!words.empty() && refers_back(words[0]) && lead.find("the " + std::string(words[0])) != std::string::npos &&
        (words.size() == 1 || !text::contains_any_word(words[1], {"of", "s"}) ||
         // (its own measure, the other's: "Labour's lead was nine points. By comparison, the party's lead was")
         (words[1] == "s" && words.size() > 2 && [&] {
             if (!model.sentences || other.sentence >= model.sentences->size()) return false;
             auto const& o = (*model.sentences)[other.sentence];
             std::string const there = text::lower(model.prose.substr(o.begin, other.begin - o.begin));
             return text::contains_any_word(there, {words[2]});
         }())))
        return true;
    // (a year inside the subject is its time, not its name: "By comparison, sales in 2022 were", "the top
    // tour of 2022 grossed")
    auto const drop_years = [](std::vector<std::string_view>& list) {
        // (a period named with its parts: "in the first quarter of 2022", "in fiscal 2021", "in Q1 2021", "for
        // the six months to June")
        auto const time_word = [](std::string_view w) {
            return std::all_of(w.begin(), w.end(), text::is_digit) || calendar::month_number(w) != 0 ||
                   text::contains_any_word(w, {"the",      "first", "second", "third",     "fourth", "final", "quarter",
                                               "quarters", "half",  "fiscal", "financial", "year",   "of",    "q1",
                                               "q2",       "q3",    "q4",     "h1",        "h2",     "fy",    "six",
                                               "nine",     "three", "months", "to",        "ended",  "ending"});
        };
        auto const names_time = [](std::string_view w) {
            return (w.size() == 4 && std::all_of(w.begin(), w.end(), text::is_digit)) ||
                   text::contains_any_word(w, {"quarter", "quarters", "half", "fiscal", "financial", "q1", "q2", "q3",
                                               "q4", "h1", "h2", "fy", "months"});
        };
        for (std::size_t k = 1; k + 1 < list.size(); ++k) {
            if (!text::contains_any_word(list[k], {"in", "of", "for", "during"})) continue;
            std::size_t j = k + 1;
            bool named = false;
            for (; j < list.size() && time_word(list[j]); ++j)
                if (names_time(list[j])) named = true;
            // (ending in the period's own word or figure, not in "of" or "the")
            while (j > k + 1 && text::contains_any_word(list[j - 1], {"the", "of", "to"})) --j;
            if (named && j > k + 1) {
                list.erase(list.begin() + static_cast<std::ptrdiff_t>(k),
                           list.begin() + static_cast<std::ptrdiff_t>(j));
                --k;
            }
        }
        for (std::size_t k = 1; k + 1 < list.size();) {
            // (a time told of itself: "By comparison, imports this year were")
            if (text::contains_any_word(list[k], {"this", "last", "next"}) &&
                text::contains_any_word(list[k + 1], {"year", "month", "week", "quarter", "season"})) {
                list.erase(list.begin() + static_cast<std::ptrdiff_t>(k),
                           list.begin() + static_cast<std::ptrdiff_t>(k + 2));
                continue;
            }
            // (a month, with its year or without: "By comparison, exports in April 2023 were")
            if ((list[k] == "in" || list[k] == "of" || list[k] == "for") && calendar::month_number(list[k + 1]) != 0) {
                bool const year = k + 2 < list.size() && list[k + 2].size() == 4 &&
                                  std::all_of(list[k + 2].begin(), list[k + 2].end(), text::is_digit);
                list.erase(list.begin() + static_cast<std::ptrdiff_t>(k),
                           list.begin() + static_cast<std::ptrdiff_t>(k + (year ? 3 : 2)));
                continue;
            }
            ++k;
        }
    };
    drop_years(words);
    // (two names of one measure of a company's accounts: "Revenue was $4.8 billion last year. By comparison,
    // sales were $4.2 billion in 2022", "operating profit" and "operating income", "net income" and "profit")
    auto const one_name = [](std::vector<std::string_view>& list) {
        for (auto& w : list) {
            if (w == "sales" || w == "turnover" || w == "revenues") w = "revenue";
            if (w == "income" || w == "earnings" || w == "profits") w = "profit";
        }
    };
    one_name(words);
    // (the other figure in the sentence before the marker: "Demand was 1,732 million tonnes in 2022; by
    // comparison, demand in 2023 was")
    bool const before_marker_here = other.sentence == figure.sentence && other.end <= marker.begin;
    if ((other.sentence == figure.sentence && !before_marker_here) || !model.sentences ||
        other.sentence >= model.sentences->size())
        return false;
    // (the whole clause before the figure, subject and verb: "exports to Japan were" is not
    // "exports to China were")
    auto const& s = (*model.sentences)[other.sentence];
    std::string const there = text::lower(model.prose.substr(s.begin, other.begin - s.begin));
    auto again = text::words(there);
    // ("Insured losses in 2023 were $3.1 billion. By comparison, insured losses in 2022 were")
    drop_years(again);
    one_name(again);
    // (every word of the later clause's subject in the other's subject, what each clause tells of
    // before its verb: "Imports fell to 26.6 million tonnes in 2023. By comparison, imports in 2022 were";
    // "Japan's crude steel output was ... By comparison, its output in 2022 was"; not "trade between
    // Beijing and Washington" after "trade between the two neighbors", nor "exports to China" after
    // "exports to Japan")
    struct subject_of {
        std::vector<std::string_view> named; ///< the subject's words, without articles and possessives
        std::string_view verb;               ///< its verb (empty: none)
        std::size_t verb_at = 0;             ///< the verb's index in the list
    };
    auto const subject = [](std::vector<std::string_view> const& list) {
        subject_of out;
        for (std::size_t k = 0; k < list.size(); ++k) {
            std::string_view const w = list[k];
            if (text::contains_any_word(
                    w, {"was",       "were",     "is",        "are",      "been",       "had",       "has",
                        "have",      "stood",    "totalled",  "totaled",  "reached",    "came",      "amounted",
                        "hit",       "averaged", "rose",      "fell",     "climbed",    "increased", "decreased",
                        "dropped",   "grew",     "declined",  "jumped",   "slipped",    "dipped",    "edged",
                        "surged",    "plunged",  "slumped",   "gained",   "lost",       "reported",  "recorded",
                        "posted",    "ran",      "sat",       "shrank",   "expanded",   "improved",  "widened",
                        "narrowed",  "eased",    "shipped",   "produced", "sold",       "grossed",   "earned",
                        "generated", "raised",   "spent",     "paid",     "won",        "scored",    "attracted",
                        "drew",      "received", "collected", "handled",  "carried",    "exported",  "imported",
                        "cost",      "stole",    "made",      "took",     "booked",     "emitted",   "released",
                        "installed", "burned",   "burnt",     "absorbed", "consumed",   "used",      "pledged",
                        "logged",    "killed",   "brought",   "added",    "registered", "issued",    "welcomed",
                        "treated",   "built",    "planted",   "saw",      "harvested",  "cut",       "felled",
                        "evacuated", "caught",   "landed",    "mined",    "yielded",    "processed"})) {
                out.verb = w;
                out.verb_at = k;
                return out;
            }
            if (!text::contains_any_word(w, {"the", "a", "an", "its", "their", "s", "his", "her", "our"}))
                out.named.push_back(w);
        }
        return out;
    };
    // ("sales of the drug were": the measure of the thing named before, as "the drug's sales")
    for (std::size_t k = 1; k + 1 < words.size(); ++k)
        if (words[k] == "of" && k + 2 < words.size() && words[k + 1] == "the" && refers_back_as_head(words[k + 2])) {
            words.erase(words.begin() + static_cast<std::ptrdiff_t>(k),
                        words.begin() + static_cast<std::ptrdiff_t>(k + 3));
            break;
        }
    subject_of const here_subject = subject(words);
    subject_of const there_subject = subject(again);
    auto const& named = here_subject.named;
    auto const& named_there = there_subject.named;
    bool const verb_here = !here_subject.verb.empty();
    bool const verb_there = !there_subject.verb.empty();
    // (a word and its plural, a country and its people's adjective: "China's exports" after "Chinese
    // steel exports", "German output" after "Germany's output")
    auto const alike = [](std::string_view a, std::string_view b) {
        std::size_t common = 0;
        while (common < a.size() && common < b.size() && a[common] == b[common]) ++common;
        // (or a compound of the other: "fires" after "wildfires", "quake" after "earthquake")
        auto const ends_in = [](std::string_view longer, std::string_view shorter) {
            return shorter.size() >= 4 && longer.size() > shorter.size() && longer.ends_with(shorter);
        };
        // (a short noun and its plural: "Egg prices ... eggs cost")
        bool const plural = (a.size() + 1 == b.size() && b.ends_with('s') && b.starts_with(a)) ||
                            (b.size() + 1 == a.size() && a.ends_with('s') && a.starts_with(b));
        return a == b || (common >= 4 && common + 1 >= std::min(a.size(), b.size())) || ends_in(a, b) ||
               ends_in(b, a) || (plural && std::min(a.size(), b.size()) >= 3);
    };
    // (a preposition is no word of the subject's own: "losses from hacks" after "Hack losses")
    auto const preposition = [](std::string_view w) {
        return text::contains_any_word(w, {"from", "of", "to", "by", "for", "in", "on"});
    };
    // (nor the unit a thing is sold in: "a loaf of bread cost" after "Bread prices were")
    auto const unit_of_sale = [](std::string_view w) {
        return text::contains_any_word(w, {"loaf",  "gallon", "litre",  "liter",  "pint", "dozen", "kilo", "kilogram",
                                           "pound", "bottle", "can",    "carton", "bag",  "box",   "pack", "barrel",
                                           "tonne", "ton",    "bushel", "ounce",  "cup",  "jar",   "tin"});
    };
    if (verb_here && verb_there && !named.empty() && std::all_of(named.begin(), named.end(), [&](std::string_view w) {
            return preposition(w) || unit_of_sale(w) ||
                   std::any_of(named_there.begin(), named_there.end(), [&](std::string_view t) { return alike(w, t); });
        }))
        return true;
    // (a noun that refers back as the head of the subject: "By comparison, the state miner produced", "the
    // Toronto-based miner produced"; not "the port of Santos handled", "the country's output")
    auto const possessed_or_of = [&] {
        return std::any_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(here_subject.verb_at),
                           [](std::string_view w) { return w == "of" || w == "s"; });
    };
    // (not another of its kind: "the rival port", "the neighbouring country", "the second-largest miner")
    auto const another = [&] {
        return std::any_of(named.begin(), named.end(), [](std::string_view w) {
            return text::contains_any_word(w, {"rival", "rivals", "other", "another", "competing", "neighbouring",
                                               "neighboring", "nearby", "largest", "biggest", "second", "third",
                                               "smaller", "larger", "top", "leading", "next", "new"});
        });
    };
    if (verb_here && verb_there && !named.empty() && refers_back_as_head(named.back()) &&
        (lead.find("the ") != std::string::npos || lead.find("that ") != std::string::npos ||
         lead.find("this ") != std::string::npos) &&
        !possessed_or_of() && !another())
        return true;
    // (or its measure after the noun that refers back, the other's measure: "Bellini's revenue was ... By comparison,
    // the shoemaker's revenue was")
    if (verb_here && verb_there && named.size() >= 2 && refers_back_as_head(named[0]) && !another() &&
        std::find(words.begin(), words.end(), "s") != words.end() &&
        std::all_of(named.begin() + 1, named.end(), [&](std::string_view w) {
            return std::any_of(named_there.begin(), named_there.end(), [&](std::string_view t) { return alike(w, t); });
        }))
        return true;
    // (the other's verb named as the measure: "Chile produced 5.25 million tonnes in 2023. By comparison, its output
    // was", "copper output in 2022 was", "the country's output in 2022 was"; "The port handled ... volumes in 2022
    // were"; "The canal earned ... revenue in 2022 was"), the subject's other words the other sentence's or
    // nouns that refer back
    // (one verb in both, and every word of the later subject in the other's sentence: "Milk cost $4.02 a gallon in
    // 2024. By comparison, a gallon of milk cost $4.21 in 2023")
    // (the head before a preposition: "losses to hacks were")
    std::size_t const head = static_cast<std::size_t>(
        std::find_if(named.begin(), named.end(), [&](std::string_view w) { return preposition(w); }) - named.begin());
    bool const one_verb = here_subject.verb == there_subject.verb && !named.empty();
    // (or the verb right before the other figure, after another: "The plants were upgraded and produced 29.9 TWh")
    bool const verb_measured = head > 0 && (measure_of_verb(there_subject.verb, named[head - 1]) ||
                                            (!again.empty() && measure_of_verb(again.back(), named[head - 1])));
    if (verb_here && verb_there && (one_verb || verb_measured) && !another()) {
        // (the other's whole sentence, lowered once for both tests)
        auto const& o = (*model.sentences)[other.sentence];
        std::string const whole = text::lower(model.prose.substr(o.begin, o.end - o.begin));
        auto const there_words = text::words(whole);
        auto const in_there = [&](std::string_view w) {
            return std::any_of(there_words.begin(), there_words.end(), [&](std::string_view t) { return alike(w, t); });
        };
        if (one_verb &&
            std::all_of(named.begin(), named.end(), [&](std::string_view w) { return preposition(w) || in_there(w); }))
            return true;
        bool all_there = verb_measured;
        for (std::size_t k = 0; k < named.size() && all_there; ++k)
            all_there = k + 1 == head || preposition(named[k]) || refers_back_as_head(named[k]) || in_there(named[k]);
        if (all_there) return true;
    }
    if (before_marker_here) return false;
    // (no subject before the figure, which the verb after it shares with the other's clause: "Insurers
    // bought $42 billion of limit in 2024. By comparison, $40 billion was bought in 2023")
    if (words.empty()) {
        // (or a count of the other's own noun: "Handover delays cost 27,640 hours in December 2023. In contrast,
        // 21,950 hours were lost in December 2022")
        if (figure.kind == mention_kind::number && other.kind == mention_kind::number && !figure.unit.empty() &&
            figure.unit == other.unit)
            return true;
        std::size_t const stop = model.prose.find_first_of(",;.", figure.end);
        std::string const follow = text::lower(model.prose.substr(
            figure.end,
            std::min<std::size_t>(stop == std::string_view::npos ? model.prose.size() : stop, figure.end + 40) -
                figure.end));
        auto const next = text::words(follow);
        std::size_t k = 0;
        while (k < next.size() && k < 2 &&
               text::contains_any_word(next[k], {"was", "were", "had", "been", "is", "are"}))
            ++k;
        return k > 0 && k < next.size() && next[k].size() > 3 &&
               std::any_of(again.begin(), again.end(), [&](std::string_view w) { return w == next[k]; });
    }
    if (words.size() < 2) return false;
    // (the measure alone as the subject, the head of the other's: "Group revenue reached £3.42bn last
    // year. By comparison, revenue was £2.61bn in 2021"; not "China-U.S. trade" after "trade between
    // the two neighbours")
    if (words.size() == 2 && again.size() >= 2 && again[again.size() - 2] == words.front()) return true;
    std::size_t start = 0;
    while (start < again.size() && again[start] != words.front()) ++start;
    if (start >= again.size() || start > 4 || again.size() - start != words.size()) return false;
    return std::equal(words.begin(), words.end(), again.begin() + static_cast<std::ptrdiff_t>(start));
}

/// The year a fiscal year ends in, when `p`'s period is one ("fiscal 2020", "FY2020", "FY20": "FY2020").
std::optional<int> fiscal_year(claim_model const& model, figure_period const& p) {
    if (!p.period) return std::nullopt;
    mention const& time = model.at(*p.period);
    // (or a year named as one: "in its 2024 financial year", "the 2023 fiscal year")
    if (time.kind == mention_kind::year && p.year) {
        std::string const next = text::lower(model.prose.substr(time.end, 16));
        if (next.starts_with(" financial year") || next.starts_with(" fiscal year")) return p.year;
    }
    return detail::fiscal_year_of(time);
}

/// Whether the period of `p` is a split year ("2023/24", "the 2022-23 season").
bool is_split(claim_model const& model, figure_period const& p) {
    if (!p.period) return false;
    mention const& time = model.at(*p.period);
    return text::is_split_year(time.resolved ? *time.resolved : time.time_value);
}

/// Whether the period of `p` is a split year ("2024-25", "1986/87": "2024/2025") one of whose years
/// is `year`.
bool split_covers(claim_model const& model, figure_period const& p, int year) {
    if (!p.period) return false;
    mention const& time = model.at(*p.period);
    std::string const& value = time.resolved ? *time.resolved : time.time_value;
    if (!text::is_split_year(value)) return false;
    auto const first = text::leading_year(value);
    auto const second = text::leading_year(std::string_view(value).substr(5));
    return (first && *first == year) || (second && *second == year);
}

/// Whether the period of `p` is a twelve-month year that ends in a month before December ("in the year
/// to March 2024", "the 12 months ended June 30, 2024", "the fiscal year ending September 2024") and so
/// covers most or part of `year`, the year before its end's.
bool year_to_covers(claim_model const& model, figure_period const& p, int year) {
    if (!p.period) return false;
    mention const& time = model.at(*p.period);
    std::string const& value = time.resolved ? *time.resolved : time.time_value;
    auto const ends = text::leading_year(value);
    if (!ends || *ends != year + 1 || value.size() < 7 || value[4] != '-' || value.compare(5, 2, "12") == 0)
        return false;
    std::size_t const from = time.begin >= 28 ? time.begin - 28 : 0;
    std::string const lead = text::lower(model.prose.substr(from, time.begin - from));
    for (std::string_view const cue : {"year to ", "months to ", "year ended ", "year ending ", "months ended ",
                                       "months ending ", "year through ", "months through "})
        if (lead.ends_with(cue)) return true;
    return false;
}

/// Whether figure `m` is told as a forecast or a target ("The agency expects installations of 15.5
/// gigawatts this year", "Output is forecast at 112 million tonnes", "a target of $6 billion by
/// 2028"): words of expectation in its sentence before it.
bool told_as_forecast(claim_model const& model, mention const& m) {
    if (!model.sentences || m.sentence >= model.sentences->size()) return false;
    auto const& s = (*model.sentences)[m.sentence];
    std::string const lead = text::lower(model.prose.substr(s.begin, m.begin > s.begin ? m.begin - s.begin : 0));
    for (std::string_view const w : text::words(lead))
        if (text::contains_any_word(w, {"expects", "expect", "expected", "forecast", "forecasts", "forecasting",
                                        "projected", "projects", "projection", "predicts", "predicted", "target",
                                        "targets", "aims", "goal", "will", "outlook", "guidance", "plans", "plan",
                                        "planned", "intends", "intend", "hopes", "hope", "scheduled", "track", "should",
                                        "could", "may", "might", "would", "set",
                                        // ("Demand is seen reaching", "likely to reach", "Analysts see demand
                                        // of")
                                        // (not "estimated at", often a past season's figure not yet final:
                                        // "Output is estimated at 220,000 tonnes, up 22.2% ... By comparison,
                                        // Greece produced 195,000 tonnes in 2022/23")
                                        "seen", "see", "sees", "likely", "anticipated", "anticipates", "anticipate",
                                        // ("The catastrophe budget for 2024 is $280 million", "allowance")
                                        "budget", "budgeted", "allowance", "allowances"}))
            return true;
    return false;
}

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    for (auto const& pair : model.compared) {
        auto const* here = model.period_of(pair.figure);
        auto const* there = model.period_of(pair.other);
        if (!here || !there) continue;
        // A fiscal year ("fiscal 2020", "FY2020") is only known to end in its year, and fiscal years of
        // different calendars overlap the calendar year before or after theirs: one differs from another
        // year only two or more apart.
        std::optional<int> const fiscal_here = fiscal_year(model, *here);
        std::optional<int> const fiscal_there = fiscal_year(model, *there);
        std::optional<int> const a = fiscal_here ? fiscal_here : here->year;
        std::optional<int> const b = fiscal_there ? fiscal_there : there->year;
        bool const fiscal = fiscal_here || fiscal_there;
        bool const differ = (a && b && *a != *b && (!fiscal || std::abs(*a - *b) >= 2)) ||
                            (!fiscal && a && !b && rules_out(there, *a)) || (!fiscal && !a && b && rules_out(here, *b));
        if (!differ) continue;
        // A split year covers both its years: "0.30 million crimes in 2024-25" against "6.63 million in
        // the year to March 2025" (or "in 2024").
        // (two split years are two seasons: "220,000 tonnes in 2023/24. By comparison, ... 195,000 tonnes in 2022/23")
        bool const both_split = is_split(model, *here) && is_split(model, *there);
        if (a && b && !both_split && (split_covers(model, *here, *b) || split_covers(model, *there, *a))) continue;
        // ... and so does a year to a month ("in the year to March 2024" against "in 2023")
        if (a && b && (year_to_covers(model, *here, *b) || year_to_covers(model, *there, *a))) continue;
        mention const& figure = model.at(pair.figure);
        mention const& other = model.at(pair.other);
        mention const& marker = model.at(pair.marker);
        if (a && b && openly_different(model, *here, *there, *a, *b, figure, other)) continue;
        // One measure over time: "Revenue was $12 billion in 2025. By comparison, it was $8 billion in
        // 2020" (the clause after the marker told of "it", "they", "he" or "she").
        if (same_subject_again(model, marker, figure, other)) continue;
        // A forecast or a target set against a figure of an earlier year: what is expected against what
        // was ("expects 15.5 gigawatts this year. By comparison, 14.2 gigawatts were installed last year")
        if (a && b && ((*a < *b && told_as_forecast(model, other)) || (*a > *b && told_as_forecast(model, figure))))
            continue;
        // A series the other figure ends, with a figure of the same unit for this one's year: "£47.3bn
        // in 2025 and £45.9bn in 2024; in comparison, Brightmart's sales were £68.2bn in 2025" sets
        // 2025 against 2025.
        // (or any figure of that unit for this one's year in the two sentences before the marker, of its
        // paragraph: "Tidepool had revenue of $52 million in 2023. It had revenue of $40 million in 2022. By
        // comparison, Calendra had revenue of $72 million in 2023" sets Calendra's against Tidepool's 2023)
        if (a && std::any_of(model.mentions->begin(), model.mentions->end(), [&](mention const& m) {
                // (the paragraphs from the other figure's on, when the marker opens its own: "... $52 million last
                // year.¶It had revenue of $40 million in 2022.¶By comparison, Calendra had ... $72 million in 2023")
                bool const near = m.sentence == other.sentence ||
                                  (m.paragraph <= marker.paragraph &&
                                   (other.paragraph == marker.paragraph ? m.paragraph == marker.paragraph
                                                                        : m.paragraph + 1 >= other.paragraph) &&
                                   m.sentence + 2 >= marker.sentence && m.sentence <= marker.sentence);
                if (!near || &m == &other || m.end > marker.begin || m.kind != other.kind || m.unit != other.unit ||
                    m.parent)
                    return false;
                auto const* p = model.period_of(static_cast<std::size_t>(&m - model.mentions->data()));
                return p && p->year && *p->year == *a;
            }))
            continue;
        // ... or a series this figure opens, with one for the other's year: "Cava shipped 299 million bottles in
        // 2023. By comparison, prosecco shipped 600 million bottles in 2022 and 660 million in 2023."
        if (b && std::any_of(model.mentions->begin(), model.mentions->end(), [&](mention const& m) {
                if (m.sentence != figure.sentence || m.begin < figure.end || m.kind != figure.kind || m.parent ||
                    (m.unit != figure.unit && !m.unit.empty()))
                    return false;
                std::size_t const at = static_cast<std::size_t>(&m - model.mentions->data());
                if (auto const* p = model.period_of(at)) return p->year && *p->year == *b;
                // (a bare figure has no period of its own: the year right after it)
                if (at + 1 >= model.mentions->size()) return false;
                mention const& time = model.at(at + 1);
                return (time.kind == mention_kind::year || time.kind == mention_kind::relative_time) &&
                       time.sentence == m.sentence && time.begin >= m.end && time.begin - m.end <= 4 &&
                       model.year_of(time) == *b;
            }))
            continue;
        // Without a reference date one side may only be known not to be for a year ("up 26 percent
        // compared with 2022" is not for 2022).
        auto const year_words = [&](figure_period const& p, int year, bool fiscal_year) {
            return fiscal_year          ? fmt::format("fiscal {}", year)
                   : is_split(model, p) ? fmt::format("{}/{:02}", year, (year + 1) % 100)
                                        : std::to_string(year);
        };
        std::string const message =
            a && b ? fmt::format("{} is for {}, the figure it is compared with is for {}", text_of(figure),
                                 year_words(*here, *a, fiscal_here.has_value()),
                                 year_words(*there, *b, fiscal_there.has_value()))
            : a    ? fmt::format("{} is for {}, the figure it is compared with is not for {}", text_of(figure), *a, *a)
                   : fmt::format("{} is not for {}, the year of the figure it is compared with", text_of(figure), *b);
        finding f = make_finding(comparison_year_mismatch, figure, message);
        f.span = figure_span(model, pair.figure);
        related_span r;
        r.span = figure_span(model, pair.other);
        // (a fiscal year in the words the text gives it: "fiscal 2020")
        auto const words_of = [&](figure_period const& p, bool fiscal_year) {
            if (is_split(model, p) && p.year) return year_words(p, *p.year, false);
            return fiscal_year ? text_of(model.at(*p.period)) : period_words(model, p);
        };
        r.message = words_of(*there, fiscal_there.has_value());
        f.related.push_back(std::move(r));
        f.notes.push_back(fmt::format("\"{}\" (line {}) sets {} for {} against {} for {}", text_of(marker),
                                      marker.span.line, text_of(figure), words_of(*here, fiscal_here.has_value()),
                                      text_of(other), words_of(*there, fiscal_there.has_value())));
        // Where a year comes from a relative period, say which reference date resolved it.
        for (auto const* p : {here, there}) {
            if (!p->period || !p->year) continue;
            mention const& time = model.at(*p->period);
            if (time.kind != mention_kind::relative_time) continue;
            f.notes.push_back(fmt::format("\"{}\" is {} for a text from {}{}", text_of(time), *p->year,
                                          model.reference ? fmt::format("{:04}-{:02}-{:02}", model.reference->year,
                                                                        model.reference->month, model.reference->day)
                                                          : std::to_string(*model.reference_year),
                                          model.reference_source.empty() ? "" : " (" + model.reference_source + ")"));
        }
        f.notes.push_back("figures compared across measures should be for the same period; give both for one year, "
                          "or say that the years differ");
        out.push_back(std::move(f));
    }
}

} // namespace

rule const comparison_year_mismatch{
    "NC202",
    "comparison-year-mismatch",
    severity::warning,
    "figures set against each other that refer to different periods",
    {
        "Two figures of one unit that the text sets against each other (\"In comparison\", \"By comparison\", "
        "\"In contrast\") and the periods they are for (\"in 2022\", \"last year\", resolved against the "
        "reference date). The rule reports when the periods are different years, or when the text proves "
        "they differ without a reference date (\"$240 billion last year, up 26 percent compared with 2022\" "
        "is not for 2022). A fiscal year (\"fiscal 2020\", \"FY2020\") is taken as the year it ends in and "
        "differs only from a year two or more away (fiscal years overlap the calendar year beside theirs); two split "
        "years are two seasons (\"2023/24\" against \"2022/23\"), a split year and one of its years one period. Not "
        "reported: one measure over time (the later figure told of \"it\", \"they\", \"he\" or "
        "\"she\", or "
        "of a subject whose words the earlier one's has: \"Steel imports fell to 26.6 million tonnes in 2023. By "
        "comparison, imports in 2022 were 32.5 million tonnes\", or of a noun that refers back, \"the port "
        "handled\", \"the state miner produced\", or that names the other's verb as a measure, \"Chile produced ... "
        "its output was\"), "
        "an average over years (\"the five-year average\"), years more than three apart (a historical comparison), "
        "years written as both figures' labels (\"this "
        "year's harvest ... the 2023 crop\") or as a bare label that names the measure again (\"112 million "
        "tonnes this year ... the 2023 crop was 105 million\", split years too: \"the 2021-22 figure\"), a year that "
        "names an event (\"the 2021 ice storm cost\"), a reason given (\"the latest year available\"), or "
        "a forecast or a target set against a figure of an earlier year, on either side of the marker (\"expects "
        "15.5 gigawatts this year. By comparison, 14.2 gigawatts were installed last year\").",
        "A comparison across measures only means something for the same period; setting last year's figure "
        "against one from two years ago misleads the reader about which is larger.",
        "Trade with Russia hit $240 billion last year, up 26 percent compared with 2022. In comparison, trade "
        "with the U.S. fell by 11.6 percent and stood at $664 billion in 2022.",
        "Exports were $1.1 trillion in 2023; by comparison, imports stood at $900 billion in 2023.\n"
        "Sales were $5 million last year, compared with $4 million in 2022.  (one measure over time: not a "
        "comparison across measures)",
    },
    &check,
};

} // namespace numcheck::rules
