// NC205 date-interval: a stated interval ("less than a week later", "a three-day summit", "50 years
// ago") that the dates it spans contradict.
#include <algorithm>
#include <charconv>
#include <cmath>

#include <fmt/format.h>

#include "numcheck/rules/time.hpp"
#include "numcheck/text.hpp"

namespace numcheck::rules {

namespace {

/// A stated interval in days: its amount and unit, its hedge, and how it counts.
struct stated_interval {
    double days = 0;
    std::string hedge;
    bool inclusive = false; ///< "a three-day summit from Oct. 1 to Oct. 3" counts both ends
    char unit = 'D';        ///< the unit it was told in: D, W, M, Y
};

std::optional<stated_interval> interval_of(mention const& m) {
    stated_interval s;
    s.hedge = m.hedge;
    if (m.kind == mention_kind::duration) {
        // "P3W", "P2D", "P20Y"
        std::string const& v = m.time_value;
        if (v.size() < 3 || v[0] != 'P') return std::nullopt;
        std::size_t i = 1;
        while (i < v.size() && (std::isdigit(static_cast<unsigned char>(v[i])) || v[i] == '.')) ++i;
        if (i == 1 || i + 1 != v.size()) return std::nullopt;
        double const unit = detail::unit_days(v[i]);
        if (unit == 0) return std::nullopt;
        s.days = std::stod(v.substr(1, i - 1)) * unit;
        s.unit = v[i];
        s.inclusive = m.text.find('-') != std::string::npos; // "three-day"
        return s;
    }
    // ("10 days before the June 1 deadline", "ahead of": counted back from the date after it)
    bool const back = m.relative_offset < 0 && (std::string_view(m.text).ends_with(" before") ||
                                                std::string_view(m.text).ends_with(" ahead of"));
    if (m.kind == mention_kind::relative_time && m.anchored && (m.relative_offset > 0 || back)) {
        // "a week later", "less than three weeks after"
        char const unit = m.relative_unit == "day"     ? 'D'
                          : m.relative_unit == "week"  ? 'W'
                          : m.relative_unit == "month" ? 'M'
                          : m.relative_unit == "year"  ? 'Y'
                                                       : '?';
        if (detail::unit_days(unit) == 0) return std::nullopt;
        s.days = std::abs(m.relative_offset) * detail::unit_days(unit);
        s.unit = unit;
        return s;
    }
    return std::nullopt;
}

/// How many days apart the days of something repeated are, as the sentence of `m` tells it: 7 for
/// "every Thursday", "each Wednesday", "weekly", "on Thursdays", "every weekend"; 14 for "every
/// other Friday", "fortnightly", "every two weeks"; 0 when it tells of none.
int repeat_days(claim_model const& model, mention const& m) {
    if (!model.sentences || m.sentence >= model.sentences->size()) return 0;
    sentence const& s = (*model.sentences)[m.sentence];
    std::string const words = text::lower(model.prose.substr(s.begin, s.end - s.begin));
    if (text::contains_any_word(words, {"fortnightly", "fortnight", "biweekly"})) return 14;
    if (text::contains_any_word(words, {"weekly", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
                                        "saturdays", "sundays", "weekends"}))
        return 7;
    // ("every Thursday", "each Wednesday", "every other Tuesday", "each week"; not "each side")
    auto const w = text::words(words);
    for (std::size_t k = 0; k + 1 < w.size(); ++k) {
        if (w[k] != "every" && w[k] != "each") continue;
        bool const other = w[k + 1] == "other" || w[k + 1] == "two";
        std::string_view const next = other && k + 2 < w.size() ? w[k + 2] : w[k + 1];
        if (text::contains_any_word(next, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                           "week", "weeks", "weekend"}))
            return other ? 14 : 7;
    }
    return 0;
}

/// Whether `actual` days fit the stated interval.
bool fits(stated_interval const& s, long actual) {
    double const a = static_cast<double>(actual);
    // Counting one end or both: a day either way for exact intervals, and for days however many
    // ("10 days later" is not 13 days). Weeks are counted closer than months: "three weeks later" is
    // not 24 days, "eight weeks later" is not seven weeks, 49 days.
    double const slack = s.days <= 7 || s.unit == 'D'     ? 1
                         : s.days <= 31 && s.unit == 'W'  ? 2
                         : s.days <= 31                   ? 3
                         : s.unit == 'W' && s.days <= 366 ? std::max(3.0, s.days * 0.1)
                         : s.days <= 366                  ? 15
                                                          : 183;
    if (s.hedge == "less than" || s.hedge == "within" || s.hedge == "at most") return a <= s.days;
    if (s.hedge == "more than" || s.hedge == "at least" || s.hedge == "just over") return a >= s.days;
    if (s.hedge == "nearly" || s.hedge == "almost") return a <= s.days + 1 && a >= s.days * 0.75;
    if (!s.hedge.empty()) return std::abs(a - s.days) <= std::max(slack, s.days * 0.25);
    return std::abs(a - s.days) <= slack;
}

/// Whether a duration is said as how long something lasts: "runs for eight months, from March 26
/// to Sept. 27", "lasted for three weeks, from", "in the five days from June 9 to 13", "lasted five
/// days, from".
bool lasts_for(std::string_view prose, mention const& stated) {
    if (stated.kind != mention_kind::duration || stated.begin < 4) return false;
    // ("paid no dividend for four years after its listing on June 1, 2012": from that date on)
    if (std::string_view(stated.text).ends_with(" after") || std::string_view(stated.text).ends_with(" later"))
        return false;
    std::string const lead = text::lower(prose.substr(stated.begin - 4, 4));
    if (lead == "for " || lead == "the " || text::lower(stated.text).starts_with("for ")) return true;
    // "The celebrations lasted five days, from Friday, July 5, to", "the strike ran three weeks, from"
    std::size_t const from = stated.begin >= 12 ? stated.begin - 12 : 0;
    std::string_view const verb = text::last_word(prose.substr(from, stated.begin - from));
    return text::contains_any_word(text::lower(verb), {"lasted", "lasts", "last", "lasting", "ran", "runs", "spanned",
                                                       "spans", "spanning", "took", "takes"});
}

std::string days_words(double days) { return days == 1 ? "1 day" : fmt::format("{} days", detail::decimal(days, 0)); }

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    auto const& mentions = *model.mentions;
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        mention const& stated = mentions[i];
        auto interval = interval_of(stated);
        if (!interval) continue;
        // "five weeks and three days later", "two months and a week later": the length before "and"
        // is part of it (counted in its unit, the larger)
        if (i > 0 && stated.kind == mention_kind::relative_time) {
            std::size_t p = i - 1;
            while (p > 0 && mentions[p].parent) --p;
            mention const& part = mentions[p];
            if (part.kind == mention_kind::duration && part.sentence == stated.sentence && part.end <= stated.begin &&
                text::iequals(model.prose.substr(part.end, stated.begin - part.end), " and ")) {
                if (auto const first = interval_of(part)) {
                    interval->days += first->days;
                    interval->unit = first->unit;
                }
            }
        }
        // The dates around it in its sentence: the last before and the first after, or for "a three-day
        // summit from Oct. 1 to Oct. 7" the first two after.
        std::optional<std::size_t> before, first_after, second_after;
        auto const [first_d, last_d] = sentence_of(mentions, i);
        // (a birth date is no event of the story's an interval counts from: "Ford, born on July 14, 1913,
        // pardoned Nixon a month later, on Sept. 8, 1974", "joined the army on his 18th birthday; he left
        // the army a decade later"; but a life's years are, when the text says the life ended: "Born on
        // July 14, 1913, she died 90 years later, on July 14, 2005")
        // (and no other time between: not "born on Jan. 8, 1935, recorded his first hit in 1954, and
        // died 23 years later")
        auto const birth = [&, from = first_d, to = last_d](mention const& m) {
            if (!after_born(model, m)) return false;
            if (!interval || interval->unit != 'Y' || m.end > stated.begin) return true;
            for (std::size_t b = from; b < to; ++b) {
                mention const& between = mentions[b];
                if (between.begin > m.end && between.end <= stated.begin &&
                    (between.kind == mention_kind::year || between.kind == mention_kind::period ||
                     between.kind == mention_kind::date))
                    return true;
            }
            return !text::contains_any_word(text::lower(model.prose.substr(m.end, stated.end - m.end)),
                                            {"died", "dies", "death"});
        };
        for (std::size_t d = first_d; d < last_d; ++d) {
            mention const& m = mentions[d];
            if (m.sentence != stated.sentence || !full_date(m) || m.dateline || birth(m)) continue;
            if (m.end <= stated.begin)
                before = d;
            else if (m.begin >= stated.end && !first_after)
                first_after = d;
            else if (m.begin >= stated.end && !second_after)
                second_after = d;
        }
        // Only intervals the text puts between the dates: "a week later, on May 9" between them, or
        // "a three-day summit from Oct. 1 to Oct. 7" before a range. A length that describes a thing
        // ("five-year notes", "a seven-day repurchase rate") is not an interval between the dates.
        std::string const words = text::lower(stated.text);
        // ("a four-day week trial from 5 January to 3 July": the length of a week it describes, not of
        // the range)
        if (stated.kind == mention_kind::duration && words.find('-') != std::string::npos) {
            std::string_view const next = text::first_word(
                model.prose.substr(stated.end, std::min<std::size_t>(16, model.prose.size() - stated.end)));
            // ("The 176-day school year runs from Aug. 27 to June 11", "a 90-day fall semester": days of
            // school or of sittings, not of the calendar)
            std::string const following =
                text::lower(model.prose.substr(stated.end, std::min<std::size_t>(24, model.prose.size() - stated.end)));
            auto const after_words = text::words(following);
            bool const counted_days = std::any_of(
                after_words.begin(),
                after_words.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(2, after_words.size())),
                [](std::string_view w) {
                    return text::contains_any_word(w, {"school", "academic", "semester", "term", "session", "sitting",
                                                       "legislative", "business", "trading", "teaching",
                                                       "instructional", "working", "shooting", "filming"});
                });
            if (text::iequals(next, "week") || text::iequals(next, "weeks") || text::iequals(next, "month") ||
                text::iequals(next, "shift") || text::iequals(next, "shifts") || text::iequals(next, "working") ||
                counted_days)
                continue;
            // ("The trial, with a 12-week extension, ran from Jan. 8 to Sept. 16", "including a two-week
            // break": the length of a part of the time, not of the range)
            std::size_t const from = stated.begin >= 16 ? stated.begin - 16 : 0;
            std::string const lead = text::lower(model.prose.substr(from, stated.begin - from));
            auto const lead_words = text::words(lead);
            std::size_t n = lead_words.size();
            if (n > 0 && (lead_words[n - 1] == "a" || lead_words[n - 1] == "an" || lead_words[n - 1] == "its")) --n;
            if (n > 0 && text::contains_any_word(lead_words[n - 1], {"with", "including", "plus", "besides"})) continue;
        }
        // ("paid no dividend for four years after its listing on June 1, 2012": a length from the
        // date after it, not the gap between two)
        bool const for_length = stated.kind == mention_kind::duration && stated.begin >= 4 &&
                                text::lower(model.prose.substr(stated.begin - 4, 4)) == "for ";
        bool const between_events =
            stated.kind == mention_kind::relative_time ||
            (!for_length && text::contains_any_word(words, {"later", "after", "afterwards", "on"}));
        std::optional<std::size_t> start, end;
        // "The distribution will be made March 31, 1987. The rights will expire ten years later on
        // March 31, 1987.": an interval counted "later" from the last date of the sentence before
        // (same paragraph), when none comes before it in its own; then only a gross mismatch counts
        // (the text may count from some other event of that sentence).
        bool across = false;
        auto const date_right_after = [&] {
            // "ten years later on March 31", "a week later, on May 9"
            std::string const between =
                text::lower(model.prose.substr(stated.end, mentions[*first_after].begin - stated.end));
            auto const gap = text::words(between);
            return gap.empty() || (gap.size() == 1 && gap[0] == "on");
        };
        if (between_events && !before && first_after && stated.kind == mention_kind::relative_time &&
            (words.ends_with("later") || words.ends_with("afterwards")) && date_right_after()) {
            for (std::size_t d = first_d; d-- > 0;) {
                mention const& m = mentions[d];
                if (m.paragraph != stated.paragraph || m.sentence + 1 < stated.sentence) break;
                // (across sentences a birth date is never the base: "Born on July 14, 1913, she emigrated in
                // 1930. The war broke out nine years later, on Sept. 1, 1939.")
                if (m.sentence + 1 != stated.sentence || !full_date(m) || m.dateline || after_born(model, m)) continue;
                before = d;
                across = true;
                break;
            }
        }
        // ("It opens on Sept. 18, nine days after the launch, with pre-orders on Sept. 12": "after" names
        // its event, and a date in another clause is not that event's)
        // The day something was said is not the day of the event the interval counts from or to:
        // "collapsed ten days later, officials said on Feb. 20", "Officials said on June 12 that ... four
        // days after the vote on June 5".
        auto const said_on = [&](std::string_view before_date) {
            std::string const lowered = text::lower(before_date);
            auto const lead = text::words(lowered);
            std::size_t n = lead.size();
            if (n > 0 && lead[n - 1] == "on") --n;
            if (n == 0) return false;
            return names_speech(lead[n - 1]);
        };
        auto const lead_of = [&](mention const& d) {
            std::size_t const from = d.begin >= 40 ? d.begin - 40 : 0;
            return model.prose.substr(from, d.begin - from);
        };
        if (first_after && said_on(lead_of(mentions[*first_after]))) first_after.reset(), second_after.reset();
        if (before && said_on(lead_of(mentions[*before]))) before.reset();
        // (nor the day a period named in a relative clause began: "signed a budget for the fiscal year that began July
        // 1, 11 days after the legal deadline of June 30" counts from the signing)
        if (before) {
            std::string lead = text::lower(lead_of(mentions[*before]));
            if (lead.ends_with("on ")) lead.erase(lead.size() - 3);
            for (std::string_view const clause : {"that began ", "which began ", "that begins ", "which begins ",
                                                  "that started ", "which started ", "that starts ", "which starts "})
                if (lead.ends_with(clause)) {
                    before.reset();
                    break;
                }
        }
        bool const event_in_clause = [&] {
            if (!first_after) return true;
            // ("ended ten days later, said the union, which on Feb. 20 announced new talks": a clause
            // that tells who said it comes between)
            if (std::string_view(stated.text).ends_with(" later")) {
                std::string_view const gap = model.prose.substr(stated.end, mentions[*first_after].begin - stated.end);
                // (nor one that turns to another event: "broke down six weeks later and resumed on May 14",
                // "accepted a week later by the union, which will sign on May 23", "ended 10 days later; workers
                // returned on May 20")
                if (gap.find(';') != std::string_view::npos ||
                    text::contains_any_word(text::lower(gap), {"and", "which", "who", "whose", "while", "but", "then",
                                                               "where", "before", "after", "until"}))
                    return false;
                std::size_t const comma = gap.find(',');
                return comma == std::string_view::npos || !names_speech(text::lower(gap.substr(comma + 1)));
            }
            if (!std::string_view(stated.text).ends_with(" after")) return true;
            // (a clause that goes on about the event may name its date: "a week after the fire, which
            // broke out on Feb. 23", "two days after it announced the bid, on March 18", "after she
            // won the runoff, held on Jan. 7"; one that turns to another thing may not)
            std::string_view const gap = model.prose.substr(stated.end, mentions[*first_after].begin - stated.end);
            if (gap.find(';') != std::string_view::npos) return false;
            std::string const lowered_gap = text::lower(gap);
            // (nor the day another part of it began: "two days after the end of talks that began on May 7")
            if ((lowered_gap.starts_with(" the end of ") || lowered_gap.starts_with(" the close of ") ||
                 lowered_gap.starts_with(" the conclusion of ")) &&
                text::contains_any_word(lowered_gap, {"began", "begun", "started", "opened", "launched"}))
                return false;
            // (nor the date of an aside or a relative clause, the event's own verb after it: "a week after the
            // union, which had been consulted on April 24, agreed", "two days after talks that had begun on May 7
            // ended", "a week after France, which notified it on Feb. 2, had submitted final details")
            if (lowered_gap.find(", which ") != std::string::npos || lowered_gap.find(", who ") != std::string::npos ||
                text::contains_any_word(lowered_gap, {"that"})) {
                mention const& day = mentions[*first_after];
                std::string_view rest =
                    model.prose.substr(day.end, std::min<std::size_t>(24, model.prose.size() - day.end));
                if (rest.starts_with(",")) rest.remove_prefix(1);
                if (rest.size() > 2 && rest.front() == ' ' && text::is_lower(rest[1])) {
                    std::string const verb = text::lower(text::first_word(rest.substr(1)));
                    if (verb.ends_with("ed") ||
                        text::contains_any_word(verb, {"met", "won", "lost", "left", "struck", "made", "took", "gave",
                                                       "held", "sold", "had", "has", "was", "were", "began", "broke"}))
                        return false;
                }
            }
            std::size_t const comma = gap.rfind(',');
            if (comma == std::string_view::npos) return true;
            // (at any comma of the gap: "less than two weeks after Hurricane Helene, and utilities finished
            // ... a week later, on Oct. 24" turns to another thing before the date)
            for (std::size_t at = gap.find(','); at != std::string_view::npos; at = gap.find(',', at + 1)) {
                std::string_view const next = text::first_word(gap.substr(at + 1));
                if (text::contains_any_word(text::lower(next), {"with", "and", "but", "while", "whereas", "as", "plus",
                                                                "including", "followed", "then", "unless", "or", "if"}))
                    return false;
            }
            // (nor a date the time may be moved to: "a year after it was signed, which can be extended by three
            // months, to Jan. 16, 2025")
            if (text::contains_any_word(text::lower(gap), {"extended", "extend", "extension", "postponed", "delayed",
                                                           "moved", "pushed", "deferred"}))
                return false;
            // (nor one that tells who said it: "opens on July 6, 10 days after the vote, officials said
            // on June 9" is the day it was said)
            return !names_speech(text::lower(gap.substr(comma + 1)));
        }();
        // ("the following week", "the next month": a time of its own, the date right after it its day;
        // not a later date of the sentence, "charged the following week; his trial is set for Oct. 6")
        bool const next_unit = stated.kind == mention_kind::relative_time &&
                               text::contains_any_word(words, {"following", "next", "subsequent"}) &&
                               !words.ends_with("later") && !words.ends_with("after") && !words.ends_with("afterwards");
        if (next_unit && first_after && !date_right_after()) first_after.reset(), second_after.reset();
        // ("was postponed to April 19, six weeks later, and then to May 10": the date before "later", set off
        // by a comma, is the later day itself, counted from the date before it; with none, nothing to count)
        bool const apposition =
            between_events && before && std::string_view(stated.text).ends_with(" later") &&
            text::lower(model.prose.substr(mentions[*before].end, stated.begin - mentions[*before].end)) == ", ";
        // ("The launch on May 25 came 10 days ahead of the June 1 deadline", "On May 22, two days before the vote
        // on May 24,": the day of the event right before the interval, the day it counts back from right after)
        if (stated.kind == mention_kind::relative_time && stated.relative_offset < 0) {
            if (!before || !first_after || across) continue;
            std::string const lead = text::lower(
                model.prose.substr(mentions[*before].end,
                                   stated.begin > mentions[*before].end ? stated.begin - mentions[*before].end : 0));
            std::string const tail =
                text::lower(model.prose.substr(stated.end, mentions[*first_after].begin - stated.end));
            auto const lead_words = text::words(lead);
            auto const tail_words = text::words(tail);
            // (not another event's date, joined by "and": "three weeks after the April 29 launch and a week before
            // the May 27 deadline")
            bool const close_lead =
                lead == ", " || (lead_words.size() <= 3 && lead.find_first_of(",;(") == std::string::npos &&
                                 !text::contains_any_word(lead, {"and", "or", "but", "while"}));
            bool const close_tail = tail_words.size() <= 4 && tail.find_first_of(",;(") == std::string::npos;
            if (!close_lead || !close_tail) continue;
            start = before, end = first_after;
        } else if (apposition) {
            std::optional<std::size_t> earlier;
            for (std::size_t d = first_d; d < *before; ++d)
                if (mentions[d].sentence == stated.sentence && full_date(mentions[d]) && !mentions[d].dateline &&
                    !birth(mentions[d]))
                    earlier = d;
            if (!earlier) continue;
            start = earlier, end = before;
        } else if (between_events && before && first_after && event_in_clause) {
            // (not a date in an aside closed before the verb the interval counts for: "The rule, signed on
            // April 25, takes effect 60 days after it was published on May 9" counts from May 9 to a day
            // the text does not give)
            std::string const gap = text::lower(
                model.prose.substr(mentions[*before].end,
                                   stated.begin > mentions[*before].end ? stated.begin - mentions[*before].end : 0));
            std::size_t const comma = gap.find(',');
            if (comma != std::string::npos && std::string_view(stated.text).ends_with(" after") &&
                text::contains_any_word(std::string_view(gap).substr(comma),
                                        {"takes", "take", "took", "taking", "will", "would", "comes", "came", "goes",
                                         "went", "expires", "expire", "expired", "lapses", "applies", "apply"}))
                continue;
            start = before, end = first_after;
        } else if ((interval->inclusive || lasts_for(model.prose, stated)) && first_after && second_after) {
            std::string const lead =
                text::lower(model.prose.substr(stated.end, mentions[*first_after].begin - stated.end));
            std::string const joint = text::lower(model.prose.substr(
                mentions[*first_after].end, mentions[*second_after].begin - mentions[*first_after].end));
            auto const lead_words = text::words(lead);
            // ("a three-day summit from", "The four-week exam season ran from")
            // ("a three-day strike by resident doctors in England from": up to nine words of one noun
            // phrase, no comma and no verb of its own between)
            bool const phrase =
                lead_words.size() <= 5 || (lead_words.size() <= 9 && lead.find(',') == std::string::npos &&
                                           std::none_of(lead_words.begin(), lead_words.end(), [](std::string_view w) {
                                               return text::contains_any_word(
                                                   w, {"is",    "was",  "were",  "are",    "will",  "would",  "said",
                                                       "says",  "has",  "had",   "have",   "began", "begins", "started",
                                                       "ended", "ends", "after", "before", "later", "earlier"});
                                           }));
            // (a length that describes a thing sold, held or allowed, not the time from one date to the
            // other: "Three-day passes are on sale from May 1 to July 31", "The 90-day visa waiver applies
            // from June 1", "Two-week courses run from June 1 to Sept. 30")
            bool const product = std::any_of(
                lead_words.begin(),
                lead_words.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(3, lead_words.size())),
                [](std::string_view w) {
                    return text::contains_any_word(
                        w, {"pass", "passes", "ticket", "tickets", "visa", "visas", "waiver", "waivers", "permit",
                            "permits", "card", "cards", "scheme", "course", "courses", "package", "packages",
                            "subscription", "subscriptions", "membership", "memberships", "rental", "rentals",
                            "cruises", "tours", "trips", "stays", "breaks", "holidays", "loan", "loans", "warranty",
                            "licence", "license", "policy", "contract", "contracts", "leave", "quarantine",
                            // ("served half of his 12-week sentence, from May 1 to June 12")
                            "sentence", "sentences"});
                });
            bool const range = !lead_words.empty() && phrase && !product &&
                               (lead_words.back() == "from" || lead_words.back() == "between") &&
                               (joint == " to " || joint == " and " || joint == " through " || joint == " until " ||
                                joint == "-" || joint == " - " ||
                                // (AP style sets off a date after its weekday or year: "from Friday, June
                                // 19, to June 26", "from June 19, 2026, to June 26, 2026")
                                joint == ", to " || joint == ", through " || joint == ", until ");
            // ("The two-day summit runs on June 20-28", "on 20-28 June": the days joined by a hyphen are
            // a span without "from")
            bool const hyphen_days = phrase && !product && joint == "-";
            if (range || hyphen_days) start = first_after, end = second_after;
        }
        // "The strike began on March 1 and lasted 45 days, until April 30": the first day told before the
        // length, with the verb of a beginning, and the last after it ("until", "to", "through", "ending on")
        if (!start && before && first_after && lasts_for(model.prose, stated)) {
            mention const& first = mentions[*before];
            std::string lead = text::lower(model.prose.substr(first.end, stated.begin - first.end));
            // (the comma that closes a date with its weekday or year is the date's own: "opened on Friday, May 3,
            // and runs for six weeks")
            if (lead.starts_with(",") && first.text.find(',') != std::string::npos) lead.erase(0, 1);
            std::string const tail =
                text::lower(model.prose.substr(stated.end, mentions[*first_after].begin - stated.end));
            auto const lead_words = text::words(lead);
            std::size_t const head_from = first.begin >= 16 ? first.begin - 16 : 0;
            std::string const lowered_head = text::lower(model.prose.substr(head_from, first.begin - head_from));
            auto const head = text::words(lowered_head);
            std::size_t h = head.size();
            if (h > 0 && head[h - 1] == "on") --h;
            // (the verb right before the date or its "on": "began on March 1", "opened March 1")
            bool const begun =
                h > 0 && text::contains_any_word(head[h - 1], {"began", "begun", "begins", "started", "starts",
                                                               "opened", "opens", "commenced"});
            // (" and lasted ", " and ran for ")
            bool const joined = (lead_words.size() == 2 || (lead_words.size() == 3 && lead_words[2] == "for")) &&
                                lead_words[0] == "and" && lead.find(',') == std::string::npos;
            if (begun && joined &&
                (tail == ", until " || tail == " until " || tail == ", to " || tail == ", through " ||
                 tail == ", ending on " || tail == ", ending " || tail == ", ending on the " || tail == ", until the "))
                start = before, end = first_after;
        }
        // "ran from Monday, May 12, to Tuesday, June 24, a period of four weeks": the length of the
        // range just told, after it
        if (!start && before && *before > 0 && stated.kind == mention_kind::duration) {
            std::size_t const lead_from = mentions[*before].end;
            std::string const lead = text::lower(model.prose.substr(lead_from, stated.begin - lead_from));
            std::size_t const first = *before - 1;
            mention const& earlier = mentions[first];
            // (or the length alone after a comma, the sentence's end: "runs from Saturday, June 29, to Sunday,
            // July 7, 12 days."; or "a 12-year period": "between January 1, 2004, and December 31, 2017, a 12-year
            // period")
            std::string_view const tail =
                model.prose.substr(stated.end, std::min<std::size_t>(8, model.prose.size() - stated.end));
            bool const alone = lead == ", " && (tail.starts_with(".") || tail.starts_with(" period"));
            bool const a_period = lead == ", a " && (tail.starts_with(" period") || tail.starts_with(" span") ||
                                                     tail.starts_with(" stretch"));
            if ((lead == ", a period of " || lead == ", a span of " || lead == ", a stretch of " ||
                 lead == ", a total of " || alone || a_period) &&
                earlier.sentence == stated.sentence && full_date(earlier) && !earlier.dateline) {
                std::string const joint =
                    text::lower(model.prose.substr(earlier.end, mentions[*before].begin - earlier.end));
                auto const joint_words = text::words(joint);
                std::size_t const head_from = earlier.begin >= 8 ? earlier.begin - 8 : 0;
                std::string_view const head = text::last_word(model.prose.substr(head_from, earlier.begin - head_from));
                bool const from_before =
                    text::iequals(head, "from") || text::iequals(text::first_word(earlier.text), "from");
                bool const between_before = text::iequals(head, "between");
                // (or a beginning and an end each with its verb: "The ballot opened on Monday, April 15 and closes
                // on Monday, July 29, a period of 12 weeks")
                std::string const opening_lead = text::lower(model.prose.substr(
                    earlier.begin >= 16 ? earlier.begin - 16 : 0, std::min<std::size_t>(earlier.begin, 16)));
                auto const opening_words = text::words(opening_lead);
                std::size_t o = opening_words.size();
                if (o > 0 && opening_words[o - 1] == "on") --o;
                bool const begun = o > 0 && text::contains_any_word(opening_words[o - 1],
                                                                    {"opened", "opens", "began", "begins", "started",
                                                                     "starts", "launched", "commenced"});
                std::size_t j = 0;
                bool const ends =
                    begun && joint_words.size() >= 2 && joint_words.size() <= 3 && joint_words[j++] == "and" &&
                    text::contains_any_word(joint_words[j++],
                                            {"closes", "closed", "ends", "ended", "finishes", "finished", "expires"}) &&
                    (joint_words.size() == 2 || joint_words[j] == "on");
                if ((joint_words.size() == 1 &&
                     ((from_before &&
                       (joint_words[0] == "to" || joint_words[0] == "through" || joint_words[0] == "until")) ||
                      (between_before && joint_words[0] == "and"))) ||
                    ends)
                    start = first, end = *before;
            }
        }
        // "The launch was delayed by three weeks, to Sept. 3 from July 9", "postponed by two months, from March 1 to
        // May 1", "brought forward by a week, to June 1 from June 8": the length of a move of a day, from the old day
        // to the new (the earlier of the two first)
        bool moved_day = false;
        if (!start && stated.kind == mention_kind::duration && first_after && second_after && !interval->inclusive) {
            std::size_t const head_from = stated.begin >= 24 ? stated.begin - 24 : 0;
            std::string const head = text::lower(model.prose.substr(head_from, stated.begin - head_from));
            auto const head_words = text::words(head);
            std::size_t h = head_words.size();
            if (h > 0 && head_words[h - 1] == "by") --h;
            bool const later =
                h > 0 && (text::contains_any_word(head_words[h - 1], {"delayed", "postponed", "deferred"}) ||
                          (h > 1 && head_words[h - 1] == "back" &&
                           text::contains_any_word(head_words[h - 2], {"pushed", "moved", "put", "set"})));
            bool const earlier =
                h > 1 &&
                ((head_words[h - 1] == "forward" && head_words[h - 2] == "brought") ||
                 (head_words[h - 1] == "up" && text::contains_any_word(head_words[h - 2], {"moved", "bumped"})));
            auto const trimmed = [&](std::size_t from, std::size_t to) {
                std::string gap = text::lower(model.prose.substr(from, to - from));
                if (gap.ends_with(" on ")) gap.erase(gap.size() - 3);
                return gap;
            };
            std::string const lead = trimmed(stated.end, mentions[*first_after].begin);
            std::string const joint = trimmed(mentions[*first_after].end, mentions[*second_after].begin);
            bool const to_from = (lead == ", to " || lead == " to ") && (joint == " from " || joint == ", from ");
            bool const from_to = (lead == ", from " || lead == " from ") && (joint == " to " || joint == ", to ");
            if ((later || earlier) && (to_from || from_to)) {
                // (the old day and the new, in the order of the move)
                std::size_t const old_day = to_from ? *second_after : *first_after;
                std::size_t const new_day = to_from ? *first_after : *second_after;
                start = later ? old_day : new_day;
                end = later ? new_day : old_day;
                moved_day = true;
            }
        }
        if (!start) continue;
        // (one day told twice, first as the name of the event, is no interval: "The May 15 meeting was held two
        // weeks after the shutdown, on May 15" counts from a day the text does not give; not "... on March 31,
        // 1987. The rights will expire ten years later on March 31, 1987", a year wrong)
        if (mentions[*start].time_value == mentions[*end].time_value && interval->days > 0) {
            mention const& named = mentions[*start];
            std::size_t const lead = named.begin >= 4 ? named.begin - 4 : 0;
            std::string_view const rest = model.prose.substr(named.end, 2);
            if (text::iequals(model.prose.substr(lead, named.begin - lead), "the ") && rest.size() == 2 &&
                rest[0] == ' ' && text::is_lower(rest[1]))
                continue;
        }
        // (a holiday's name before a noun of an event on a day of its own: "The Christmas draw was followed by a
        // second draw on Jan. 6, 15 days later" counts from the draw, December 22, not Christmas Day)
        {
            auto const event_named = [&](mention const& m) {
                if (m.text.find_first_of("0123456789") != std::string::npos) return false;
                std::string const next = text::lower(text::first_word(model.prose.substr(m.end, 24)));
                return m.end < model.prose.size() && model.prose[m.end] == ' ' && !next.empty() &&
                       text::is_lower(model.prose[m.end + 1]) &&
                       !text::contains_any_word(next, {"day",     "eve",  "morning", "afternoon", "evening", "night",
                                                       "weekend", "week", "and",     "or",        "to",      "in",
                                                       "of",      "on",   "at",      "this",      "last",    "next",
                                                       "is",      "was",  "will",    "when"});
            };
            if (event_named(mentions[*start]) || event_named(mentions[*end])) continue;
        }
        // (a weekday alone is a day the reference date guessed: "due on June 6, a day after the vote on
        // Thursday" counts from the Thursday before June 6, not the one nearest the story)
        if (mentions[*start].time_value.starts_with("XXXX-W") || mentions[*end].time_value.starts_with("XXXX-W"))
            continue;
        // (the earlier date as the day of the event after "after": "the vote on July 2", "talks began
        // on 8 November"; not "a day after Allied rejected Campeau's Sept 12 offer")
        // (or the day of an event named before it: "eight months after the fire of Sept. 20, 2023", "after the
        // Sept. 20, 2023, fire")
        auto const on_day = [&](mention const& d) {
            if (text::iequals(text::first_word(d.text), "on")) return true;
            std::size_t const lead = d.begin >= 5 ? d.begin - 5 : 0;
            std::string_view const word = text::last_word(model.prose.substr(lead, d.begin - lead));
            return text::iequals(word, "on") || text::iequals(word, "of") || text::iequals(word, "the");
        };
        auto from = *full_date(mentions[*start]), to = *full_date(mentions[*end]);
        // Dates without a year whose weekdays the resolved year misses: the year next to it where they
        // all fit ("lasted three weeks, from Monday, March 3, to Friday, March 21" told in October 2025
        // is 2025, as NC204 reads it); where none fits, the dates as resolved (NC204 reports the weekday).
        {
            auto const weekday_fits = [&](std::size_t d, calendar::ymd day) {
                mention const& m = mentions[d];
                return m.weekday.empty() ||
                       text::lower(m.weekday) ==
                           text::lower(calendar::weekday_name(calendar::weekday_of(day_number(day))));
            };
            bool const yearless_pair =
                mentions[*start].time_value.starts_with("XXXX") && mentions[*end].time_value.starts_with("XXXX");
            // (the pair as given, when both days exist and both weekdays fit: taken)
            auto const take = [&](calendar::ymd f, calendar::ymd t) {
                if (f.day > calendar::days_in_month(f.year, f.month) ||
                    t.day > calendar::days_in_month(t.year, t.month) || !weekday_fits(*start, f) ||
                    !weekday_fits(*end, t))
                    return false;
                from = f;
                to = t;
                return true;
            };
            // (each date may have been resolved to another year, by the tense of its clause: "lasted 30 days, from
            // Friday, May 3, to Sunday, June 16" told on May 20 read June 16 as last year's; the pair in order, the
            // second in the first's year or the next; else both a year either way)
            if (yearless_pair && (!weekday_fits(*start, from) || !weekday_fits(*end, to))) {
                calendar::ymd const f0 = from, t0 = to;
                bool taken = false;
                for (int const base : {f0.year, t0.year, f0.year - 1, f0.year + 1})
                    if (!taken)
                        taken =
                            take({base, f0.month, f0.day}, {t0.month < f0.month ? base + 1 : base, t0.month, t0.day});
                for (int const shift : {-1, 1})
                    if (!taken) taken = take({f0.year + shift, f0.month, f0.day}, {t0.year + shift, t0.month, t0.day});
            }
        }
        // "X, two days after the vote on Y": the interval between the dates, the later date first
        bool const after_between = text::contains_any_word(text::lower(text_of(stated)), {"after"}) &&
                                   stated.begin > mentions[*start].end && stated.end <= mentions[*end].begin &&
                                   on_day(mentions[*end]);
        // A date without its year is counted from the other one, not from the reference date: "charged
        // on Nov. 8, 2024, and arrested five weeks later, on Dec. 12" ends in 2024; "began on May 2
        // and ended a week later, on May 9" in the year of May 2.
        auto const yearless = [&](std::size_t d) { return mentions[d].time_value.starts_with("XXXX"); };
        auto const moved = [](calendar::ymd d, int year) {
            return d.day <= calendar::days_in_month(year, d.month) ? std::optional(calendar::ymd{year, d.month, d.day})
                                                                   : std::nullopt;
        };
        // (only for an interval of days, weeks or months that the dates as resolved miss by a year or
        // more, and when the moved date is within the year: "expire 10 years later on April 6,
        // 1997" counts from a date of 1987)
        long const span_days = day_number(to) - day_number(from);
        // (dates as resolved that already fit the interval stay: "jailed on June 3, a year after his
        // arrest on June 3, 2025", told in June 2026)
        // (with "after" between them the later date comes first)
        long const resolved_gap = after_between ? -span_days : span_days;
        bool const fits_as_resolved = resolved_gap >= 0 && std::abs(static_cast<double>(resolved_gap) -
                                                                    interval->days) <= interval->days / 10 + 1;
        if (interval->days < 366 && !fits_as_resolved &&
            (span_days < 0 || span_days > 366 || (after_between && (yearless(*end) || yearless(*start))))) {
            // (near the stated interval: "a day after" Sept. 25 is not Sept. 12 of the next year)
            double const reach = std::max(2 * interval->days, interval->days + 31);
            auto const near = [&](calendar::ymd a, calendar::ymd b) {
                long const d = day_number(b) - day_number(a);
                return d >= 0 && static_cast<double>(d) <= reach;
            };
            // (else the nearest such day before: "adopted on July 4, 1776, two days after the vote
            // on July 2" names the earlier date second, and the dates are then not in order)
            auto const nearest_before = [&](calendar::ymd d, calendar::ymd anchor) {
                for (int year = anchor.year; year >= anchor.year - 1; --year)
                    if (auto const m = moved(d, year); m && day_number(*m) <= day_number(anchor))
                        return near(*m, anchor) ? m : std::nullopt;
                return std::optional<calendar::ymd>();
            };
            auto const nearest_after = [&](calendar::ymd d, calendar::ymd anchor) {
                for (int year = anchor.year; year <= anchor.year + 1; ++year)
                    if (auto const m = moved(d, year); m && day_number(*m) >= day_number(anchor))
                        return near(anchor, *m) ? m : std::nullopt;
                return std::optional<calendar::ymd>();
            };
            // (the earlier date second only with "after" between: "July 4, 1776, two days after the
            // vote on July 2"; "a ruling came 3 months later, on Dec. 2" after Jan. 5 keeps its order)
            // ("a ruling came 3 months later, on Dec. 2" after Jan. 5, 2024: the Dec. 2 after it, however far)
            bool const later = text::contains_any_word(text::lower(text_of(stated)), {"later"});
            if (yearless(*end) && after_between) {
                if (auto const b = nearest_before(to, from)) to = *b;
            } else if (yearless(*end)) {
                if (auto const d = nearest_after(to, from)) {
                    to = *d;
                } else if (later || moved_day) {
                    // (or a day moved, however far: "delayed by three weeks, to Sept. 3 from July 9" is a later day)
                    for (int year = from.year; year <= from.year + 1; ++year)
                        if (auto const m = moved(to, year); m && day_number(*m) >= day_number(from)) {
                            to = *m;
                            break;
                        }
                }
            } else if (yearless(*start) && after_between) {
                // ("published on May 27, 18 days after polls closed on May 9, 2022": the later date first)
                if (auto const d = nearest_after(from, to)) from = *d;
            } else if (yearless(*start)) {
                if (auto const d = nearest_before(from, to)) from = *d;
            }
        }
        long actual = day_number(to) - day_number(from);
        // "adopted on July 4, 1776, two days after the vote on July 2": the first date is the later
        // one, the interval said between them
        if (actual < 0 && after_between) {
            actual = -actual;
            std::swap(from, to);
            // (plain indices: GCC takes a swap of the optionals for a read of an unset one)
            std::size_t const later = *start, earlier = *end;
            start = earlier;
            end = later;
            // (the earlier date without its year in the year the interval puts it: "freed on Jan. 19,
            // 2025, 15 months after they were seized on Oct. 7" is Oct. 7, 2023)
            if (yearless(*start) && !yearless(*end)) {
                long best = actual;
                for (int year = to.year; year >= to.year - 3; --year)
                    if (auto const m = moved(from, year); m && day_number(*m) <= day_number(to)) {
                        long const a = day_number(to) - day_number(*m);
                        if (std::abs(static_cast<double>(a) - interval->days) <
                            std::abs(static_cast<double>(best) - interval->days)) {
                            best = a;
                            from = *m;
                        }
                    }
                actual = best;
            }
        }
        if (actual < 0) continue;
        long const counted = interval->inclusive ? actual + 1 : actual;
        // (a length that leaves time out, shorter than the span: "lasted 10 weeks, from Jan. 22 to April 30,
        // not counting a four-week Easter recess", "ran from Jan. 16 to Jan. 26, with a break")
        if (interval->days < static_cast<double>(actual) && model.sentences &&
            stated.sentence < model.sentences->size()) {
            sentence const& s = (*model.sentences)[stated.sentence];
            std::string const whole = text::lower(model.prose.substr(s.begin, s.end - s.begin));
            if (whole.find("not counting") != std::string::npos || whole.find("not including") != std::string::npos ||
                text::contains_any_word(whole, {"excluding", "recess", "recesses", "break", "breaks", "hiatus",
                                                "adjournment", "adjourned", "suspended", "suspension", "pause",
                                                "paused", "interruption", "interrupted"}))
                continue;
            // (days counted within a window, not the window: "was off sick for 12 days between Jan. 2 and March 28",
            // "ran for 14 days in total, from April 2 to May 17", "lasted five days, spread over two weeks")
            std::size_t const lead_from = std::min(stated.end, mentions[*start].begin);
            std::string const lead = text::lower(model.prose.substr(lead_from, mentions[*start].begin - lead_from));
            if (std::string_view(lead).ends_with("between ") || whole.find("in total") != std::string::npos ||
                whole.find("in all") != std::string::npos || whole.find("spread over") != std::string::npos ||
                whole.find("spread across") != std::string::npos || text::contains_any_word(whole, {"altogether"}))
                continue;
            // (a longer length of the window told too: "will sit for 12 days over four weeks, from June 3 to June
            // 27"; or days a body sits: "The House sits for 12 days from June 3 to June 27")
            bool window = false;
            for (std::size_t d = first_d; d < last_d && !window; ++d) {
                mention const& other = mentions[d];
                if (d == i || other.sentence != stated.sentence || other.kind != mention_kind::duration) continue;
                if (auto const length = interval_of(other); length && length->days > interval->days) window = true;
            }
            if (!interval->inclusive &&
                (window || text::contains_any_word(whole, {"sit", "sits", "sat", "sitting", "sittings"})))
                continue;
        }
        // "a two-day meeting from March 18 to March 21": a length of days counted on a calendar is
        // exact, counting both ends or one (not the slack of "three days later")
        // (days of racing, four or five a week: "Keeneland's 15-day spring meet ran from April 5 to April 26")
        if (interval->unit == 'D' && model.sentences && stated.sentence < model.sentences->size()) {
            sentence const& s = (*model.sentences)[stated.sentence];
            if (text::contains_any_word(text::lower(model.prose.substr(s.begin, s.end - s.begin)), {"meet", "racing"}))
                continue;
        }
        if (interval->inclusive && interval->hedge.empty() && interval->unit == 'D') {
            // (one end counted too: "the nine-day period from March 11 through March 20" counts a
            // car maker's selling days, Sunday left out)
            if (static_cast<double>(counted) == interval->days || static_cast<double>(actual) == interval->days)
                continue;
            // (working days: "The 19-day trial ran from January 12 to February 5" counts the 19 weekdays
            // of those 25 days; a six-day week, Sundays left out, likewise)
            long weekdays = 0, six_day = 0;
            for (long d = day_number(from); d <= day_number(to) && counted <= 400; ++d) {
                int const wd = calendar::weekday_of(d);
                weekdays += wd <= 5 ? 1 : 0;
                six_day += wd <= 6 ? 1 : 0;
            }
            if (static_cast<double>(weekdays) == interval->days || static_cast<double>(six_day) == interval->days)
                continue;
        } else if (fits(*interval, actual) || fits(*interval, counted)) {
            continue;
        } else if (interval->unit == 'D' && stated.kind == mention_kind::duration &&
                   !text::contains_any_word(words, {"later", "after", "before", "earlier", "ago"}) &&
                   fits(*interval, actual + 1)) {
            // (a span of days counts both its ends, hedged too: "at least seven days, from June 16 to June 22")
            continue;
        } else if (interval->hedge.empty() && interval->unit == 'D' && counted <= 400 &&
                   stated.kind == mention_kind::duration &&
                   !text::contains_any_word(words, {"later", "after", "before", "earlier", "ago"})) {
            // (days that leave out Sundays: "The 40 days of Lent run from March 5 to April 19", 46 days
            // with six Sundays; or weekends, a court's or an office's days: "The retrial lasted 15 days, from
            // April 29 to May 17")
            long six_day = 0, weekdays = 0;
            for (long d = day_number(from); d <= day_number(to); ++d) {
                six_day += calendar::weekday_of(d) <= 6 ? 1 : 0;
                weekdays += calendar::weekday_of(d) <= 5 ? 1 : 0;
            }
            // (weekdays only where a court, a hearing or a school sits: not "In the five days from June 9 to 16")
            bool sittings = false;
            if (model.sentences && stated.sentence < model.sentences->size()) {
                sentence const& s = (*model.sentences)[stated.sentence];
                sittings = text::contains_any_word(text::lower(model.prose.substr(s.begin, s.end - s.begin)),
                                                   {"trial", "retrial", "hearing", "hearings", "court", "sat",
                                                    "sitting", "sittings", "inquiry", "inquest", "jury", "evidence",
                                                    "testimony", "deliberated", "session", "sessions", "school",
                                                    "classes", "exams", "tribunal",
                                                    // (days of a strike or of work: "Staff will strike for 15 days,
                                                    // from June 3 to June 21", three weeks of weekdays)
                                                    "strike", "strikes", "striking", "walkout", "walkouts", "stoppage",
                                                    "worked", "working", "shifts", "trading"});
            }
            if (static_cast<double>(six_day) == interval->days ||
                (sittings && static_cast<double>(weekdays) == interval->days))
                continue;
        }
        // "the following week, on Tuesday, May 13" after Friday, May 9; "the next month": the next
        // week, month or year of the calendar, not a length of seven days
        if (stated.kind == mention_kind::relative_time && interval->hedge.empty()) {
            // (`words`: the stated interval's text in lower case)
            if (text::contains_any_word(words, {"following", "next", "subsequent"})) {
                // (weeks from Monday, or from Sunday as in the United States: "met on Sunday, June 2, and the
                // following week, on June 11")
                auto const week = [](long day) { return (day + 3) / 7; };        // day 0 is a Thursday, 1970-01-01
                auto const sunday_week = [](long day) { return (day + 4) / 7; }; // weeks from Sunday
                bool const next_one =
                    (interval->unit == 'W' && interval->days == 7 &&
                     (week(day_number(to)) - week(day_number(from)) == 1 ||
                      sunday_week(day_number(to)) - sunday_week(day_number(from)) == 1)) ||
                    (interval->unit == 'M' && (to.year * 12 + to.month) - (from.year * 12 + from.month) == 1) ||
                    (interval->unit == 'Y' && to.year - from.year == 1);
                if (next_one) continue;
            }
        }
        // "runs every Thursday for six weeks, from May 9 to June 13": six weekly days, the first and the
        // last five weeks apart ("every other Friday for 10 weeks": two weeks fewer; "every weekend for
        // six weeks, from Saturday, May 11, to Sunday, June 16": a day more)
        // ("strike every Friday for a month, from May 3 to May 24": four Fridays)
        if ((interval->unit == 'W' || interval->unit == 'M') && interval->hedge.empty()) {
            int const every = repeat_days(model, stated);
            // (or the calendar weeks the days fall in: "every other Tuesday for nine weeks, from May 14 to
            // July 9")
            if (every > 0 && (fits(*interval, actual + every) || fits(*interval, actual + 6) ||
                              (every == 14 && fits(*interval, actual + 7))))
                continue;
        }
        // "lasted a week, from Monday, May 5, to Friday, May 9", "three weeks, from Monday, April 14, to
        // Friday, May 2": working weeks, Monday to Friday
        if (interval->unit == 'W' && calendar::weekday_of(day_number(from)) == 1 &&
            calendar::weekday_of(day_number(to)) == 5 && static_cast<double>(actual + 3) == interval->days)
            continue;
        // (sittings and terms from one weekday to another: "two weeks, from Monday, May 5, to Thursday,
        // May 15", "four weeks, from Tuesday, April 22, to Friday, May 16" after a holiday: the weeks
        // are counted by the days sat, up to five days short)
        if (interval->unit == 'W' && interval->days >= 14 && interval->hedge.empty() &&
            calendar::weekday_of(day_number(from)) <= 5 && calendar::weekday_of(day_number(to)) <= 5 &&
            static_cast<double>(actual) >= interval->days - 5 && static_cast<double>(actual) <= interval->days + 1)
            continue;
        // (a week told as a fortnight, or the other way, is a gross mismatch too)
        if (across && static_cast<double>(actual) > interval->days / 2 &&
            static_cast<double>(actual) < interval->days * 2)
            continue;
        finding f =
            make_finding(date_interval, stated,
                         fmt::format("\"{}\" does not fit {} to {}, {} apart", text_of(stated), date_words(from),
                                     date_words(to), days_words(static_cast<double>(actual))));
        f.related.push_back(related(mentions[*start], "from"));
        f.related.push_back(related(mentions[*end], "to"));
        f.notes.push_back(fmt::format(
            "{} - {} = {}{}", date_words(to), date_words(from), days_words(static_cast<double>(actual)),
            interval->inclusive ? fmt::format(" ({} counting both ends)", days_words(static_cast<double>(counted)))
                                : ""));
        f.notes.push_back(fmt::format("\"{}\" is {}{}", text_of(stated),
                                      interval->hedge.empty() ? "" : interval->hedge + " ",
                                      days_words(interval->days)));
        out.push_back(std::move(f));
    }
    // "a protest on June 12, nine days from now", "on March 3, two weeks ago": a date and its distance
    // from the reference date, said beside it
    // (only from a reference date the text or the user states: one inferred from the text's own
    // dates may be the very date said)
    bool const stated_reference = !model.reference_source.empty() && model.reference_source != "inferred";
    if (model.reference && stated_reference) {
        calendar::ymd const today{model.reference->year, model.reference->month, model.reference->day};
        for (std::size_t r = 0; r < mentions.size(); ++r) {
            mention const& rel = mentions[r];
            if (rel.kind != mention_kind::relative_time || rel.anchored || rel.relative_offset == 0 ||
                (rel.relative_unit != "day" && rel.relative_unit != "week" && rel.relative_unit != "month"))
                continue;
            std::string const words = text::lower(rel.text);
            // (or a day named by its distance: "The bank meets on May 23, tomorrow")
            bool const ago = words.ends_with(" ago") || words == "yesterday";
            if (!ago && !words.ends_with(" from now") && !words.ends_with(" from today") && words != "tomorrow")
                continue;
            // the full date right before it (", "), in its sentence
            if (r == 0) continue;
            std::size_t d = r;
            while (d > 0 && mentions[d - 1].sentence == rel.sentence && mentions[d - 1].end > rel.begin) --d;
            if (d == 0) continue;
            mention const& date = mentions[d - 1];
            auto const day = full_date(date);
            if (date.sentence != rel.sentence || date.kind != mention_kind::date || date.dateline || !day ||
                model.prose.substr(date.end, rel.begin - date.end) != ", ")
                continue;
            // (not the end of a range, "from April 10 to April 19, nine days from now", which counts
            // to its start)
            if (d >= 2 && mentions[d - 2].kind == mention_kind::date && mentions[d - 2].sentence == rel.sentence &&
                date.begin - mentions[d - 2].end <= 10)
                continue;
            // (nor words quoted: "He said on March 20: \"The plant will reopen on April 19, 30 days
            // from now.\"" counts from the day he said it)
            {
                std::size_t const from = model.sentences && rel.sentence < model.sentences->size()
                                             ? (*model.sentences)[rel.sentence].begin
                                             : 0;
                std::string_view const lead = model.prose.substr(from, rel.begin - from);
                std::size_t quotes = 0;
                for (std::size_t q = 0; q < lead.size(); ++q)
                    if (lead[q] == '"' || lead.substr(q, 3) == "\xE2\x80\x9C" || lead.substr(q, 3) == "\xE2\x80\x9D")
                        ++quotes;
                if (quotes % 2 == 1) continue;
            }
            long const actual = ago ? day_number(today) - day_number(*day) : day_number(*day) - day_number(today);
            stated_interval stated;
            stated.hedge = rel.hedge;
            double const unit = rel.relative_unit == "week" ? 7.0 : rel.relative_unit == "month" ? 30.44 : 1.0;
            stated.days = std::abs(rel.relative_offset) * unit;
            if (actual < 0 || fits(stated, actual)) continue;
            // weeks and months are said loosely: "a week ago" of nine days, "two weeks from now" of 17,
            // "three months ago" of ten weeks
            if (rel.relative_unit == "week" &&
                std::abs(static_cast<double>(actual) - stated.days) <= std::max(2.0, stated.days * 0.25))
                continue;
            if (rel.relative_unit == "month" &&
                std::abs(static_cast<double>(actual) - stated.days) <= std::max(16.0, stated.days * 0.25))
                continue;
            finding f = make_finding(date_interval, rel,
                                     fmt::format("{} is {} {} {}, not {}", date_words(*day),
                                                 days_words(static_cast<double>(actual)), ago ? "before" : "after",
                                                 date_words(today), text_of(rel)));
            f.related.push_back(related(date, "the date"));
            f.notes.push_back(fmt::format("the reference date is {} ({})", date_words(today), model.reference_source));
            f.notes.push_back(fmt::format("\"{}\" is {}{}", text_of(rel),
                                          stated.hedge.empty() ? "" : stated.hedge + " ", days_words(stated.days)));
            out.push_back(std::move(f));
        }
    }
    // "from 2009 to 2021, a period of 16 years", "for 16 years, from 2009 to 2021": a length in whole years beside
    // a range of two years is their difference, or a year more or less (the range's first and last year may
    // be whole or a day of each)
    for (std::size_t d = 0; d < mentions.size(); ++d) {
        mention const& length = mentions[d];
        if (length.kind != mention_kind::duration || !length.hedge.empty() || length.time_value.size() < 3 ||
            length.time_value.front() != 'P' || length.time_value.back() != 'Y')
            continue;
        int said = 0;
        auto const [stop, error] = std::from_chars(length.time_value.data() + 1,
                                                   length.time_value.data() + length.time_value.size() - 1, said);
        if (error != std::errc{} || stop != length.time_value.data() + length.time_value.size() - 1 || said < 2)
            continue;
        auto const [first_m, last_m] = sentence_of(mentions, d);
        for (std::size_t y = first_m; y + 1 < last_m; ++y) {
            mention const& from = mentions[y];
            mention const& to = mentions[y + 1];
            if (from.kind != mention_kind::year || to.kind != mention_kind::year || from.parent || to.parent) continue;
            auto const from_year = model.year_of(from);
            auto const to_year = model.year_of(to);
            if (!from_year || !to_year || *to_year <= *from_year) continue;
            std::size_t const lead_from = from.begin >= 8 ? from.begin - 8 : 0;
            std::string const lead = text::lower(model.prose.substr(lead_from, from.begin - lead_from));
            std::string const joint =
                text::lower(model.prose.substr(from.end, to.begin - std::min(from.end, to.begin)));
            bool const range = (lead.ends_with("from ") && (joint == " to " || joint == " through ")) ||
                               (lead.ends_with("between ") && joint == " and ");
            if (!range) continue;
            // (the length right after the range, or right before it)
            bool beside = false;
            if (to.end <= length.begin) {
                std::string const gap = text::lower(model.prose.substr(to.end, length.begin - to.end));
                beside = gap == ", a period of " || gap == ", " || gap == ", spanning " || gap == " - a period of ";
            } else if (length.end <= from.begin) {
                std::string const gap = text::lower(model.prose.substr(length.end, from.begin - length.end));
                beside = gap == ", from " || gap == ", between " || gap == " from " || gap == " between ";
                // (a length of a thing's life, told before its verb: "for 16 years" is the verb's own time)
                std::size_t const head_from = length.begin >= 4 ? length.begin - 4 : 0;
                std::string const head = text::lower(model.prose.substr(head_from, length.begin - head_from));
                beside = beside && (head.ends_with("for ") || head.ends_with(", ") || head.empty());
            }
            if (!beside) continue;
            int const span = *to_year - *from_year;
            if (std::abs(said - span) <= 1) continue;
            finding f = make_finding(
                date_interval, length,
                fmt::format("{} to {} is {} or {} years, not {}", *from_year, *to_year, span, span + 1, said));
            f.related.push_back(related(from, "from"));
            f.related.push_back(related(to, "to"));
            f.notes.push_back(
                fmt::format("{} - {} = {}; counting both years, {}", *to_year, *from_year, span, span + 1));
            out.push_back(std::move(f));
        }
    }
    // "built in 1990, 50 years ago"
    for (std::size_t r = 0; r < mentions.size(); ++r) {
        mention const& ago = mentions[r];
        if (ago.kind != mention_kind::relative_time || ago.anchored || ago.relative_unit != "year" ||
            ago.relative_offset >= 0 || ago.text.find("ago") == std::string::npos)
            continue;
        auto const resolved = model.year_of(ago);
        if (!resolved) continue;
        auto const [first_y, last_y] = sentence_of(mentions, r);
        for (std::size_t y = first_y; y < last_y; ++y) {
            mention const& year = mentions[y];
            // (a year, or a month or a day of one the text states: "in August 2003, 32 years ago",
            // "on 10 August 2003, 32 years ago")
            // (or "since 1997, 26 years ago": a year the span began in)
            bool const since_year = year.kind == mention_kind::relative_time && year.time_value.size() == 4 &&
                                    text::leading_year(year.time_value).has_value() &&
                                    text::lower(text_of(year)).starts_with("since ");
            bool const dated = year.kind == mention_kind::year || since_year ||
                               ((year.kind == mention_kind::period || year.kind == mention_kind::date) &&
                                year.time_value.size() >= 7 && text::is_digit(year.time_value[0]) &&
                                year.time_value[4] == '-' && text::is_digit(year.time_value[5]));
            if (!dated || year.sentence != ago.sentence || year.parent) continue;
            std::size_t const distance = year.end <= ago.begin   ? ago.begin - year.end
                                         : ago.end <= year.begin ? year.begin - ago.end
                                                                 : 99;
            if (distance > 3) continue;
            auto const stated_year = since_year ? text::leading_year(year.time_value) : model.year_of(year);
            if (!stated_year) continue;
            // A day with its year, counted to the day: "since June 26, 2022, a year ago" in June 2024 is
            // nearly two years (a year said loosely is within three quarters of one)
            // (words reported: a verb of saying, a quotation, "in a 2024 interview"; counted from when
            // they were said)
            bool const speech = model.sentences && ago.sentence < model.sentences->size() && [&] {
                auto const& s = (*model.sentences)[ago.sentence];
                std::string const words = text::lower(model.prose.substr(s.begin, s.end - s.begin));
                std::string_view const lead = model.prose.substr(s.begin, ago.begin - s.begin);
                bool const quoted =
                    lead.find('"') != std::string_view::npos || lead.find("\xE2\x80\x9C") != std::string_view::npos;
                if (quoted || names_speech(words) ||
                    text::contains_any_word(words, {"interview", "wrote", "recalled", "quoted", "found", "published",
                                                    "report", "noted", "remarked", "writing", "testified"}))
                    return true;
                // (a source named with its year: "in a 2015 speech", "his 2009 book", "a letter in 1998";
                // not "The book shop opened on Dec. 1, 2022")
                auto const w = text::words(words);
                for (std::size_t k = 0; k < w.size(); ++k) {
                    if (!text::contains_any_word(w[k], {"speech", "remarks", "address", "lecture", "memoir", "memoirs",
                                                        "letter", "essay", "book", "testimony", "column", "editorial"}))
                        continue;
                    auto const a_year = [&](std::size_t i) {
                        return i < w.size() && w[i].size() == 4 &&
                               std::all_of(w[i].begin(), w[i].end(), text::is_digit);
                    };
                    if ((k > 0 && a_year(k - 1)) ||
                        (k + 2 < w.size() && (w[k + 1] == "in" || w[k + 1] == "of") && a_year(k + 2)))
                        return true;
                }
                return false;
            }();
            // (a hedge sets one bound, to the day: "on Feb. 24, 2022, more than three years ago" told in
            // December 2024 is 2.8 years)
            bool const more = ago.hedge == "more than" || ago.hedge == "at least" || ago.hedge == "just over";
            bool const less = ago.hedge == "less than" || ago.hedge == "within" || ago.hedge == "at most";
            bool const loose = ago.hedge.empty() || ago.hedge == "about";
            if (auto const day = full_date(year); day && !speech && model.reference && (loose || more || less) &&
                                                  year.time_value.size() == 10 &&
                                                  std::abs(*stated_year - *resolved) <= 1) {
                calendar::ymd const today{model.reference->year, model.reference->month, model.reference->day};
                double const exact = static_cast<double>(day_number(today) - day_number(*day)) / 365.25;
                int const said = -ago.relative_offset;
                if (loose && std::abs(exact - said) < 0.75) continue;
                if (more && exact >= said - 0.02) continue;
                if (less && exact <= said + 0.02) continue;
                finding f =
                    make_finding(date_interval, ago,
                                 fmt::format("{} is {} years before {}, not {}{}", date_words(*day), decimal(exact, 1),
                                             date_words(today), ago.hedge.empty() ? "" : ago.hedge + " ", said));
                f.related.push_back(related(year, "the date stated with it"));
                f.notes.push_back(fmt::format("{} days between them, {} years of 365.25 days",
                                              day_number(today) - day_number(*day), decimal(exact, 2)));
                out.push_back(std::move(f));
                continue;
            }
            // A year a year off, against an article's date known to the day: "took over in 2021, four years
            // ago" told on May 20, 2024 is at most 3.4 years (all of 2021 lies 2.4 to 3.4 years back); a
            // count of years said plainly is that time rounded or the years' difference (one more late in
            // the year: "in 2021, four years ago" told in November may be of January 2021; decades and centuries
            // are round by themselves, below)
            if (std::abs(*stated_year - *resolved) == 1 && ago.hedge.empty() && !speech && model.reference &&
                model.reference_source != "inferred" && year.kind == mention_kind::year &&
                model.reference->year == *model.reference_year && ago.text.find("decade") == std::string::npos &&
                ago.text.find("centur") == std::string::npos) {
                calendar::ymd const today{model.reference->year, model.reference->month, model.reference->day};
                calendar::ymd const new_year{today.year, 1, 1};
                double const into_year = static_cast<double>(day_number(today) - day_number(new_year)) / 365.25;
                double const newest = *model.reference_year - *stated_year - 1 + into_year; // from Dec. 31
                double const oldest = *model.reference_year - *stated_year + into_year;     // from Jan. 1
                int const said = -ago.relative_offset;
                if (said - 0.5 > oldest || said + 0.5 < newest) {
                    finding f =
                        make_finding(date_interval, ago,
                                     fmt::format("{} is {} to {} years before {}, not {}", *stated_year,
                                                 decimal(newest, 1), decimal(oldest, 1), date_words(today), said));
                    f.related.push_back(related(year, "the year stated with it"));
                    f.notes.push_back(fmt::format("{} - {} = {}; {} years before {} is {}", today.year, *stated_year,
                                                  today.year - *stated_year, said, date_words(today),
                                                  date_words({today.year - said, today.month, today.day})));
                    out.push_back(std::move(f));
                }
                continue;
            }
            if (std::abs(*stated_year - *resolved) <= 1) continue;
            // a hedge sets one bound: "in 2008, more than 15 years ago", "formed in 2009, less than 20
            // years ago", "completed in 1999, over a quarter of a century ago"
            int const actual_years = *model.reference_year - *stated_year;
            int const said = -ago.relative_offset;
            if ((ago.hedge == "more than" || ago.hedge == "at least" || ago.hedge == "just over") &&
                actual_years >= said - 1)
                continue;
            if ((ago.hedge == "less than" || ago.hedge == "within" || ago.hedge == "at most") &&
                actual_years <= said + 1)
                continue;
            if ((ago.hedge == "nearly" || ago.hedge == "almost") && actual_years <= said + 1 &&
                actual_years >= said * 3 / 4)
                continue;
            if (ago.hedge == "about" && std::abs(actual_years - said) <= std::max(1, said / 5)) continue;
            // (decades and centuries are round by themselves: "two decades ago, in 2002", "half a century
            // ago, in 1976", "a century ago, in 1927")
            if ((ago.text.find("decade") != std::string::npos || ago.text.find("centur") != std::string::npos) &&
                std::abs(actual_years - said) <= std::max(2, said / 5))
                continue;
            // "In a 2013 interview, she said she had arrived in 1983, 30 years ago": counted from the
            // time of the words reported, another year of the sentence that it fits
            // (words reported: a verb of saying in the sentence, or "ago" inside a quotation; not "In
            // 2013, the plant, opened in 1983, 30 years ago, was sold")
            bool reported = false;
            for (std::size_t o = first_y; o < last_y && !reported && speech; ++o) {
                mention const& other = mentions[o];
                if (o == y || other.sentence != ago.sentence || other.kind != mention_kind::year) continue;
                auto const then = model.year_of(other);
                reported = then && *then < *model.reference_year - 1 && std::abs(*stated_year + said - *then) <= 1;
            }
            if (reported) continue;
            int const years = -ago.relative_offset;
            finding f = make_finding(date_interval, ago,
                                     fmt::format("{} is {} years before {}, not {}", *stated_year,
                                                 *model.reference_year - *stated_year, *model.reference_year, years));
            f.related.push_back(related(year, "the year stated with it"));
            f.notes.push_back(fmt::format("{} - {} = {}", *model.reference_year, years, *resolved));
            out.push_back(std::move(f));
        }
    }
}

} // namespace

rule const date_interval{
    "NC205",
    "date-interval",
    severity::warning,
    "a stated interval that the dates it spans contradict",
    {
        "An interval stated between two dates (\"began on May 2 and ended less than a week later, on May 15\"; "
        "the first date may end the sentence before when \"later\" counts from it and the two are far apart: "
        "\"made March 31, 1987. The rights expire ten years later on March 31, 1987\"), "
        "a length stated before a date range (\"a three-day summit from Oct. 1 to Oct. 7\"), or \"N years "
        "ago\" beside a year (\"built in 1990, 50 years ago\"; beside a day with its year, counted to the day: "
        "\"since June 26, 2022, a year ago\" in June 2024 is nearly two), or days or weeks \"from now\" or \"ago\", "
        "\"tomorrow\" or \"yesterday\" beside a date "
        "(\"a protest on June 12, nine days from now\", \"meets on May 23, tomorrow\", counted from a reference "
        "date the text or the user states). The days between the dates "
        "must fit the "
        "interval: hedges (\"less than\", \"more than\", \"nearly\") set one bound; an exact interval allows a "
        "day for counting one end or both (more for months and years); \"the following week\" or \"the next "
        "month\" is the next one of the calendar, weeks from a Monday to a Friday are working weeks, a span of "
        "days counts both its ends under a hedge too (\"at least seven days, from June 16 to June 22\"), days "
        "may leave Sundays out (\"the 40 days of Lent run from March 5 to April 19\"), and a "
        "weekly day (\"every Thursday for six weeks, from May 9 to June 13\") spans one week fewer, and a length "
        "shorter than the span in a sentence that says time was left out (\"not counting a four-week recess\", "
        "\"with a break\") is not checked. Dates "
        "without a year take their "
        "year from the reference date (the second date of a range follows the first).",
        "Intervals are how readers follow a sequence of events; one that the dates contradict means a date "
        "or the interval is wrong.",
        "The strike began on May 2 and ended less than a week later, on May 15.\n"
        "Leaders met at a three-day summit from Oct. 1 to Oct. 7.\n"
        "The bridge was built in 1990, 50 years ago.  (dated 2024)\n"
        "The union called a protest for June 12, seven days from now.  (dated June 3)",
        "The strike began on May 2 and ended a week later, on May 9.\n"
        "Leaders met at a three-day summit from Oct. 1 to Oct. 3.",
    },
    &check,
};

} // namespace numcheck::rules
