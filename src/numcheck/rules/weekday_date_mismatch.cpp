// NC204 weekday-date-mismatch: a weekday that the date does not fall on.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <span>

#include "numcheck/calendar.hpp"
#include "numcheck/rules/time.hpp"
#include "numcheck/text.hpp"

namespace numcheck::rules {

namespace {

/// The day number (as day_number) of a date of the Julian calendar, which Europe used before 1582
/// and Britain and its colonies until 1752: "Friday, Oct. 13, 1307" is Julian.
long julian_day_number(calendar::ymd d) noexcept {
    long const a = (14 - d.month) / 12;
    long const y = d.year + 4800 - a;
    long const m = d.month + 12 * a - 3;
    long const jdn = d.day + (153 * m + 2) / 5 + 365 * y + y / 4 - 32083;
    return jdn - 2440588; // the Julian day number of 1970-01-01
}

/// Whether `lower_word` is a weekday's name ("tuesday").
bool is_weekday_word(std::string_view lower_word) { return calendar::weekday_number(lower_word) != 0; }

/// Whether the clause of `m` speaks of what is to come: "will", "next", "due", "scheduled", a
/// present tense of the calendar ("resumes on", "opens on"). (The clause: "He pleaded guilty on
/// Friday, March 27, and is due to be sentenced on July 1" tells of March 27 in the past.)
bool future_sentence(claim_model const& model, mention const& m) {
    if (!model.sentences || m.sentence >= model.sentences->size()) return false;
    sentence s = (*model.sentences)[m.sentence];
    {
        std::string_view const whole = model.prose.substr(s.begin, s.end - s.begin);
        std::size_t const at = m.begin - s.begin, end = std::min(m.end, s.end) - s.begin;
        std::size_t begin = 0, stop = whole.size();
        for (std::string_view const joint : {"; ", ", and ", ", but ", ", while "}) {
            if (std::size_t const before = whole.rfind(joint, at); before != std::string_view::npos && before < at)
                begin = std::max(begin, before + joint.size());
            if (std::size_t const after = whole.find(joint, end); after != std::string_view::npos)
                stop = std::min(stop, after);
        }
        s.end = s.begin + stop;
        s.begin += begin;
    }
    std::string const lower = text::lower(model.prose.substr(s.begin, s.end - s.begin));
    if (text::contains_any_word(lower, {"will",     "due",     "scheduled", "expected",  "plans",    "planned",
                                        "upcoming", "resume",  "resumes",   "begins",    "opens",    "starts",
                                        "takes",    "meets",   "ll",        "shall",     "tomorrow", "closes",
                                        "ends",     "expires", "reopens",   "concludes", "must"}))
        return true;
    // (a condition before the date: "If approved on Tuesday, Nov. 5, the tax would start", "if passed by voters
    // on Tuesday, Nov. 5"; not "said on Thursday, May 15, that it would raise")
    if (m.begin > s.begin &&
        text::contains_any_word(std::string_view(lower).substr(0, m.begin - s.begin), {"if", "unless"}))
        return true;
    // "11 months from now", "has until Tuesday, April 22", "next April"
    if (lower.find(" from now") != std::string::npos || lower.find("has until ") != std::string::npos ||
        lower.find("have until ") != std::string::npos)
        return true;
    // "next week", "next Tuesday" (not "died the next morning": the day after another); "runs from
    // Monday to Saturday" (not "made 50 runs on Sunday")
    auto const words = text::words(lower);
    // "the coming week", "in coming days" (not "the number of people coming to study fell")
    for (std::size_t i = 1; i < words.size(); ++i)
        if (words[i] == "coming" && (words[i - 1] == "the" || words[i - 1] == "in" || words[i - 1] == "this" ||
                                     words[i - 1] == "is" || words[i - 1] == "are"))
            return true;
    // "is set to", "set for" (not "the record was set on Monday": past), before the date: the day
    // appointed follows it ("At a hearing on Wednesday, March 11, ... a further hearing was set for
    // Monday, June 9": the first date is not the one appointed)
    std::size_t const date_word = text::words(std::string_view(lower).substr(0, m.begin - s.begin)).size();
    for (std::size_t i = 0; i + 1 < words.size() && i < date_word; ++i)
        if (words[i] == "set" && (words[i + 1] == "to" || words[i + 1] == "for")) return true;
    // "set sentencing for Thursday, Nov. 21", "set a hearing for", "set the trial date for": a day
    // appointed (not "set a record for")
    for (std::size_t i = 0; i + 2 < words.size() && i < date_word; ++i) {
        if (words[i] != "set") continue;
        std::size_t k = i + 1;
        if (words[k] == "a" || words[k] == "the" || words[k] == "its" || words[k] == "their") ++k;
        if (k + 1 >= words.size() ||
            !text::contains_any_word(words[k], {"sentencing", "trial", "hearing", "hearings", "date", "deadline",
                                                "vote", "election", "meeting", "talks", "arraignment", "retrial",
                                                "referendum", "launch", "inquest"}))
            continue;
        for (std::size_t f = k + 1; f < words.size() && f <= k + 3; ++f)
            if (words[f] == "for") return true;
    }
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if ((words[i] == "runs" || words[i] == "run") &&
            (words[i + 1] == "from" || words[i + 1] == "until" || words[i + 1] == "through" || words[i + 1] == "to"))
            return true;
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if (words[i] == "next" &&
            (is_weekday_word(words[i + 1]) || calendar::month_number(words[i + 1]) != 0 ||
             text::contains_any_word(words[i + 1], {"week", "month", "year", "quarter", "season", "weekend"})))
            return true;
    // "The bank's next meeting is on Wednesday, July 31": the next of events, before the date
    for (std::size_t i = 0; i + 1 < words.size() && i + 1 < date_word; ++i)
        if (words[i] == "next" &&
            text::contains_any_word(words[i + 1],
                                    {"meeting", "hearing",    "vote",    "election", "summit",     "session",
                                     "match",   "game",       "race",    "round",    "sitting",    "debate",
                                     "launch",  "deadline",   "review",  "decision", "auction",    "payment",
                                     "court",   "appearance", "fixture", "test",     "conference", "briefing"}))
            return true;
    return false;
}

/// The years a date without one may be for, besides the one taken from the reference date, in a
/// sentence about the past: a year the sentence states or resolves before the reference year ("In
/// 2025, the heatwave began on Monday, June 23", "The 2022 vote was held on Sunday, Sept. 11",
/// "charged on Nov. 8, 2024, and arrested on Dec. 12"), and the year before for a date more than
/// two weeks after the reference date (late last year: "The meeting was held on Tuesday, Dec. 30");
/// in a sentence about the future, a later year it names ("next year, on Friday, Jan. 1") and the
/// next year for a day before the reference date.
std::vector<int> other_years(claim_model const& model, mention const& date, calendar::ymd resolved) {
    std::vector<int> years;
    bool const future = future_sentence(model, date);
    int const reference_year = model.reference_year ? *model.reference_year : resolved.year;
    // The mentions of sentence `s` (a long text stays linear).
    auto const of_sentence = [&](std::size_t s) {
        auto const [first, last] = detail::mentions_of_sentence(*model.mentions, s);
        return std::span<mention const>(model.mentions->data() + first, last - first);
    };
    for (auto const& m : of_sentence(date.sentence)) {
        if (m.begin == date.begin && m.kind == date.kind) continue;
        if (m.kind != mention_kind::year && m.kind != mention_kind::period && m.kind != mention_kind::date &&
            m.kind != mention_kind::relative_time)
            continue;
        std::string const& value = m.resolved ? *m.resolved : m.time_value;
        if (value.size() < 4 || !std::all_of(value.begin(), value.begin() + 4, text::is_digit)) continue;
        int const year = std::stoi(value.substr(0, 4));
        if (future ? year > reference_year : year < reference_year) years.push_back(year);
        // (a day later in the sentence and earlier in the calendar than a dated day before it is of the next year:
        // "opened on Monday, Nov. 7, 2022, and ended on Thursday, Feb. 2")
        // (not from a day years ahead: "runs from Jan. 1, 2024, to Dec. 31, 2027, at a summit on Tuesday, Feb. 1")
        if (m.kind == mention_kind::date && m.end <= date.begin && m.time_value.size() == 10 &&
            text::is_digit(m.time_value[0]) && date.time_value.size() == 10 &&
            date.time_value.substr(5) < m.time_value.substr(5) && year < reference_year)
            years.push_back(year + 1);
    }
    // (the first day of a span with no year across the new year, its last day's weekday named too, is of the year
    // before the last's: "The flu season runs from Sunday, Oct. 1, to Sunday, March 31" told in May 2024)
    if (date.time_value.starts_with("XXXX-") && !date.weekday.empty()) {
        auto const span = of_sentence(date.sentence);
        for (std::size_t k = 0; k + 1 < span.size(); ++k) {
            if (span[k].begin != date.begin) continue;
            mention const& last = span[k + 1];
            if (last.kind != mention_kind::date || last.weekday.empty() || !last.time_value.starts_with("XXXX-") ||
                last.time_value.size() != 10 || date.time_value.size() != 10 || last.begin < date.end)
                continue;
            std::string const gap = text::lower(model.prose.substr(date.end, last.begin - date.end));
            if ((gap == " to " || gap == ", to " || gap == " through " || gap == ", through ") &&
                date.time_value.substr(5) > last.time_value.substr(5))
                years.push_back(resolved.year - 1);
        }
    }
    // (or the sentence before it in its paragraph, a past year by its number or counted back: "The quake hit
    // Turkey last year. It struck on Monday, Feb. 6.")
    if (!future && date.sentence > 0 && model.sentences && date.sentence < model.sentences->size() &&
        (*model.sentences)[date.sentence - 1].paragraph == (*model.sentences)[date.sentence].paragraph) {
        for (auto const& m : of_sentence(date.sentence - 1)) {
            bool const counted_year =
                m.kind == mention_kind::relative_time && m.relative_unit == "year" && m.resolved.has_value();
            // (or a day with its year: "first named on air on Monday, Dec. 7, 2020. The last segment aired on
            // Wednesday, March 3", the next year's when earlier in the calendar)
            bool const dated_day =
                m.kind == mention_kind::date && m.time_value.size() == 10 && text::is_digit(m.time_value[0]);
            if (m.kind != mention_kind::year && !counted_year && !dated_day) continue;
            auto const year = text::leading_year(m.resolved ? *m.resolved : m.time_value);
            if (year && *year < reference_year) years.push_back(*year);
            if (year && dated_day && date.time_value.size() == 10 &&
                date.time_value.substr(5) < m.time_value.substr(5) && *year < reference_year)
                years.push_back(*year + 1);
        }
    }
    // (a year the story's title or the heading of the date's section names: "# 2024: the year in
    // review" ... "### Friday 5 January", "## Timeline of the year" ... "- **Tuesday 2 January**")
    if (model.sentences && date.sentence < model.sentences->size()) {
        auto const& sentences = *model.sentences;
        std::size_t const section = sentences[date.sentence].section;
        std::size_t heading = date.sentence;
        while (heading > 0 && sentences[heading - 1].section == section) --heading;
        // (and of the section before, a heading above it: "## 2024" ... "### Friday 5 January")
        std::size_t above = heading;
        while (above > 0 && sentences[above - 1].section + 1 == section) --above;
        std::array<std::size_t, 3> const heads{0, heading, above};
        for (std::size_t h = 0; h < heads.size(); ++h) {
            // (each heading once: "above" is "heading" when no section is above it)
            if ((h == 1 && heading == 0) || (h == 2 && (above == heading || above == 0))) continue;
            for (auto const& m : of_sentence(heads[h])) {
                // (or the story's year said by a relative time in a heading, with no full stop: "## Timeline
                // of the year", "## This year"; not a lead's "Profit rose 10% last year.")
                // (only the date's own heading's: not "## Timeline of the year" over "## Looking ahead")
                bool const heading_year = h != 2 && m.kind == mention_kind::relative_time && m.resolved &&
                                          m.relative_offset == 0 && m.relative_unit == "year" && [&] {
                                              auto const& s = sentences[m.sentence];
                                              char const last = s.end > s.begin ? model.prose[s.end - 1] : '.';
                                              return last != '.' && last != '!' && last != '?';
                                          }();
                if (m.sentence == date.sentence ||
                    (m.kind != mention_kind::year && m.kind != mention_kind::period && !heading_year))
                    continue;
                auto const year = text::leading_year(m.resolved ? *m.resolved : m.time_value);
                // (not a year gone for a day to come: "In 1752, ..." above "The next meeting is on
                // Monday, July 31"; nor a year to come for a day told in the past: "U.S. hotels will see modest
                // growth in 2025, forecasters said. The outlook was presented on Wednesday, Dec. 3." on December 5,
                // 2024)
                if (year && *year != resolved.year && !(future && *year < reference_year) &&
                    !(!future && *year > reference_year))
                    years.push_back(*year);
            }
        }
    }
    if (model.reference) {
        calendar::ymd const reference{model.reference->year, model.reference->month, model.reference->day};
        // (a day more than two weeks ahead told in the past is last year's; one more than two weeks
        // gone told of the future, next year's: "The festival opens on Sunday the 3rd of May" in June)
        // ("a warning ahead of the elections on Tuesday, November 3": the coming one or the last)
        // (the date's sentence, lowered once for the three tests below)
        bool const has_sentence = model.sentences && date.sentence < model.sentences->size();
        std::string const lower = has_sentence ? [&] {
            auto const& s = (*model.sentences)[date.sentence];
            return text::lower(model.prose.substr(s.begin, s.end - s.begin));
        }()
                                               : std::string{};
        bool const ahead = has_sentence && text::contains_any_word(lower, {"ahead"});
        // (a day counted from one told before, with its year, in this paragraph or the one before: "Bolt ran
        // 9.58 on Sunday, August 16, 2009." ... "Four days later, on Thursday, August 20, ...")
        if (has_sentence &&
            (lower.find(" later") != std::string::npos || lower.find("earlier") != std::string::npos ||
             lower.find("the next day") != std::string::npos || lower.find("the following") != std::string::npos)) {
            auto const& mentions = *model.mentions;
            // (the mentions before the date's: they are in reading order)
            std::size_t k = static_cast<std::size_t>(
                std::lower_bound(mentions.begin(), mentions.end(), date.begin,
                                 [](mention const& m, std::size_t at) { return m.begin < at; }) -
                mentions.begin());
            while (k > 0 && mentions[k - 1].sentence + 3 >= date.sentence) {
                mention const& m = mentions[--k];
                if (m.sentence == date.sentence) continue;
                std::string const& value = m.resolved ? *m.resolved : m.time_value;
                if ((m.kind == mention_kind::date || m.kind == mention_kind::year) && m.time_value.size() >= 4 &&
                    text::is_digit(m.time_value[0])) {
                    if (auto const year = text::leading_year(value); year && *year != resolved.year)
                        years.push_back(*year);
                    break;
                }
            }
        }
        // (a season gone, most often last year's: "Last season, the first ship arrived on Sunday, April 16",
        // "the first ship of last season", "last ski season ended on")
        if (!future && has_sentence)
            for (std::string_view const cue :
                 {"last season", "previous season", "last ski season", "last cruise season", "last year's season"})
                if (lower.find(cue) != std::string::npos) years.push_back(resolved.year - 1);
        // (nearer than that, when a verb of the sentence tells of the past: "Holiday traffic peaked on
        // Friday and Saturday, Dec. 22-23" on Dec. 9)
        bool const told_past = !future && has_sentence && [&] {
            auto const words = text::words(lower);
            return std::any_of(words.begin(), words.end(), [](std::string_view w) {
                return (w.size() > 4 && w.ends_with("ed") && w != "scheduled" && w != "planned" && w != "expected" &&
                        w != "delayed" && w != "postponed" && w != "moved" && w != "rescheduled" && w != "set") ||
                       text::contains_any_word(w, {"was", "were", "saw", "took", "came", "went", "began", "fell",
                                                   "rose", "ran", "won", "lost", "drew", "hit", "held"});
            });
        }();
        // (a day set for a time to come, told in the past: "The hearing, scheduled for Tuesday, Feb. 13, was
        // postponed", "The trial was due to start on Monday, Jan. 15": the plan may be this year's, gone)
        bool const planned_in_past = future && has_sentence && text::contains_any_word(lower, {"was", "were", "had"}) &&
                                     !text::contains_any_word(lower, {"will", "shall"});
        if (planned_in_past && detail::day_number(resolved) > detail::day_number(reference))
            years.push_back(resolved.year - 1);
        if ((!future || ahead) && (detail::day_number(resolved) > detail::day_number(reference) + 14 ||
                                   (told_past && detail::day_number(resolved) > detail::day_number(reference))))
            years.push_back(resolved.year - 1);
        // (not a day a participle of the past is told of: "The deal, announced on Friday, March 28, is expected to
        // close this year")
        bool const own_past = has_sentence && [&] {
            std::size_t const from = (*model.sentences)[date.sentence].begin;
            auto const lead = text::words(model.prose.substr(from, date.begin - from));
            if (lead.empty()) return false;
            std::string const last = text::lower(lead.back());
            std::size_t const at = last == "on" && lead.size() >= 2 ? lead.size() - 2 : lead.size() - 1;
            std::string const verb = text::lower(lead[at]);
            // (not a passive of the future, "will be held on Monday, June 15", nor a condition, "If approved on
            // Tuesday, Nov. 5, the levy would start in January")
            if (at > 0 && text::contains_any_word(text::lower(lead[at - 1]), {"be", "been", "being", "to", "get", "if",
                                                                              "once", "unless", "until", "when"}))
                return false;
            // (or a past of its own without "-ed" right before "on": "Canada will spend C$41 billion, Blair said on
            // Wednesday, Nov. 19")
            // (not the currency, "2 trillion won on Monday", nor a present passive, "are paid on Friday")
            if ((last == "on" || text::istarts_with(date.text, "on ")) &&
                !(at > 0 && text::contains_any_word(text::lower(lead[at - 1]), {"is", "are", "am", "get", "gets"})) &&
                text::contains_any_word(verb, {"said", "told", "wrote", "spoke", "met", "lost", "rose", "fell", "sold",
                                               "bought", "paid", "took", "gave", "made", "began", "came", "went",
                                               "became", "saw"}))
                return true;
            return verb.size() > 4 && verb.ends_with("ed") &&
                   !text::contains_any_word(verb,
                                            {"scheduled", "planned", "expected", "delayed", "postponed", "rescheduled",
                                             "slated", "timed", "pencilled", "penciled", "booked", "billed",
                                             "earmarked", "targeted", "proposed", "needed", "required", "intended"});
        }();
        // (a day planned, told in the past: after an infinitive, "ordered the parties to return on Wednesday, Dec.
        // 11", "was supposed to open on Friday, Dec. 20", "bailed to appear at Southwark Crown Court on"; moved
        // to or from, "The trial was adjourned to Monday, Jan. 13", "moved the trial from Monday, Sept. 9, to";
        // a deadline demanded, "respond by Wednesday, Dec. 11"; or the day of a release or a slot, "announced a
        // Friday, Sept. 13, release", "gave up the Friday, Nov. 22, slot", "had been dated for": the coming one
        // too)
        bool const planned = has_sentence && [&] {
            std::size_t const from = (*model.sentences)[date.sentence].begin;
            auto const lead = text::words(std::string_view(lower).substr(0, date.begin - from));
            std::size_t const n = lead.size();
            for (std::size_t k = n >= 8 ? n - 8 : 0; k + 1 < n; ++k)
                // (not "closed to traffic", "reopened to visitors": a noun after "to")
                if (lead[k] == "to" && text::is_alpha(lead[k + 1].front()) &&
                    !(k > 0 && text::contains_any_word(lead[k - 1], {"closed", "opened", "reopened", "open", "shut",
                                                                     "closes", "opens", "reopens"})) &&
                    // (nor a preposition of two words, "according to data released on")
                    !(k > 0 && text::contains_any_word(lead[k - 1], {"according", "thanks", "owing", "contrary",
                                                                     "compared", "relative", "prior", "next", "close",
                                                                     "similar", "equal", "subject", "pursuant"})) &&
                    calendar::month_number(lead[k + 1]) == 0 && !is_weekday_word(lead[k + 1]) &&
                    !text::contains_any_word(lead[k + 1], {"the", "a", "an", "its", "his", "her", "their", "this",
                                                           "that", "date", "day", "week", "month", "year", "be"}) &&
                    // (a verb's base form, in lower case in the text: not "to Paris")
                    text::is_lower(model.prose[from + static_cast<std::size_t>(lead[k + 1].data() - lower.data())]))
                    return true;
            for (std::string_view const w : lead)
                if (text::contains_any_word(w, {"adjourned", "moved", "postponed", "rescheduled", "pushed", "pulled",
                                                "vacated", "dated", "deferred", "shifted", "bumped"}))
                    return true;
            if (n >= 1 && lead[n - 1] == "by" &&
                text::contains_any_word(lower, {"demanded", "ordered", "told", "asked", "required", "gave", "given"}))
                return true;
            // (a passive of what must or will be done, its participle after "and": "Ballots must be postmarked by
            // Tuesday, Nov. 5, and counted on Tuesday, Nov. 12")
            // (the modal the main verb of the clause up to the date, no past or other clause between: not "The
            // suspect, who will be sentenced later, was arrested on Wednesday, May 14")
            {
                std::string_view const before_date = std::string_view(lower).substr(0, date.begin - from);
                for (std::string_view const modal : {"must be ", "will be ", "shall be ", "should be ", "to be "}) {
                    std::size_t const at = before_date.find(modal);
                    if (at == std::string_view::npos) continue;
                    std::string_view const rest = before_date.substr(at + modal.size());
                    if (!text::contains_any_word(rest, {"was", "were", "had", "has", "have", "who", "which", "after",
                                                        "when", "before", "since", "because"}))
                        return true;
                }
            }
            // (a deadline after a participle, the "must be" left out: "Sent by Tuesday, Nov. 5, and received by
            // Tuesday, Nov. 12", "postmarked by")
            // (no auxiliary of the past before it: not "The storm had passed by Wednesday, May 14", "had been counted
            // by")
            if (n >= 2 && lead[n - 1] == "by" &&
                (lead[n - 2].ends_with("ed") ||
                 text::contains_any_word(lead[n - 2], {"sent", "paid", "done", "made"})) &&
                !text::contains_any_word(std::string_view(lower).substr(0, date.begin - from),
                                         {"had", "was", "were", "has", "have", "is", "are"}))
                return true;
            std::string_view const next = text::first_word(std::string_view(lower).substr(
                std::min(lower.size(), date.end - from + (model.prose.substr(date.end, 1) == "," ? 1 : 0))));
            return text::contains_any_word(next, {"release", "slot", "premiere", "opening", "debut", "launch"});
        }();
        if (planned && detail::day_number(resolved) < detail::day_number(reference)) years.push_back(resolved.year + 1);
        // (told of the future, any day already gone may be next year's: "The next summit will be
        // held on Monday, June 15" in an article of June 18; "ahead of" needs two weeks)
        if ((future && !own_past && detail::day_number(resolved) < detail::day_number(reference)) ||
            (ahead && detail::day_number(resolved) < detail::day_number(reference) - 14))
            years.push_back(resolved.year + 1);
        // (told of the future and put in the next year, a day less than four months before the reference
        // date may be this year's: the story written before the date it is filed under, "Bills are due on
        // Friday, March 1" in May)
        if (future && resolved.year == reference.year + 1) {
            calendar::ymd const same{reference.year, resolved.month, resolved.day};
            if (resolved.day <= calendar::days_in_month(same.year, same.month) &&
                detail::day_number(same) < detail::day_number(reference) &&
                detail::day_number(same) >= detail::day_number(reference) - 120)
                years.push_back(reference.year);
        }
        // (put in a later year that another clause names, the reference year's day still to come: "It ends next
        // year, in 2025, and will report on Friday, Aug. 16")
        if (future && resolved.year > reference.year) {
            calendar::ymd const same{reference.year, resolved.month, resolved.day};
            if (resolved.day <= calendar::days_in_month(same.year, same.month) &&
                detail::day_number(same) >= detail::day_number(reference))
                years.push_back(reference.year);
        }
        // (the day of an event named by its noun, whatever the verb of the sentence: "Tickets sold out for the
        // marathon on Saturday, Aug. 10", "before the race on Sunday, Sept. 29"): the coming one too, where it is
        // the nearer ("confirmed the first cases of the 2024 season on Wednesday, May 14" in May is this year's)
        if (has_sentence && detail::day_number(resolved) < detail::day_number(reference)) {
            // (the sentence lowered above, up to the date)
            std::size_t const from = (*model.sentences)[date.sentence].begin;
            auto const words = text::words(std::string_view(lower).substr(0, date.begin - from));
            std::size_t const n = words.size();
            bool const on_date = text::istarts_with(date.text, "on ") || (n > 0 && words[n - 1] == "on");
            std::size_t const noun_at = text::istarts_with(date.text, "on ") ? n : n - 1;
            // (the noun's article up to four words before it: "before the men's Olympic marathon on")
            bool event_noun = on_date && noun_at >= 2 && noun_at <= n && words[noun_at - 1].size() > 2;
            // (no verb between: not "The meeting was held on Tuesday, Dec. 30")
            if (event_noun) {
                bool article = false, verb = false;
                for (std::size_t k = noun_at; k-- > 0 && k + 5 >= noun_at && !article;) {
                    std::string_view const w = words[k];
                    article = k + 1 < noun_at && text::contains_any_word(w, {"the", "its", "their"});
                    verb = verb || (w.size() > 3 && w.ends_with("ed")) ||
                           text::contains_any_word(w, {"was",   "were",  "is",   "are",  "be",   "been",   "will",
                                                       "held",  "said",  "says", "say",  "told", "tells",  "met",
                                                       "meets", "spoke", "took", "came", "went", "began",  "made",
                                                       "won",   "lost",  "ran",  "paid", "sold", "bought", "left",
                                                       "set",   "cut",   "hit",  "put",  "did",  "does",   "do",
                                                       "has",   "had",   "have", "may",  "can",  "could"});
                }
                event_noun = article && !verb;
            }
            calendar::ymd const next{resolved.year + 1, resolved.month, resolved.day};
            if (event_noun && resolved.day <= calendar::days_in_month(next.year, next.month) &&
                detail::day_number(next) - detail::day_number(reference) <= 183) // (the nearer of the two)
                years.push_back(next.year);
        }
    }
    return years;
}

/// The weekday a stated date fell on in the calendar of its time: the Julian calendar before
/// 15 October 1582.
char const* weekday_then(calendar::ymd d) {
    bool const julian = d.year < 1582 || (d.year == 1582 && (d.month < 10 || (d.month == 10 && d.day < 15)));
    long const day = julian ? julian_day_number(d) : detail::day_number(d);
    return calendar::weekday_name(calendar::weekday_of(day));
}

/// A list or range of weekdays before a list or range of days: "on Tuesday and Wednesday, June 10
/// and 11", "from Friday to Sunday, June 13 to 15", "Tuesday, Friday and Saturday, Feb. 4, Feb. 7
/// and Feb. 8". The date mention holds the last weekday and the first day.
struct weekday_list {
    std::vector<std::string> weekdays; ///< every weekday of the list, in order ("Tuesday", "Friday", ...)
    struct day {
        int month = 0; ///< when named ("and June 1"), else 0
        int number = 0;
        std::size_t at = 0; ///< prose offset of its digits
    };
    std::vector<day> days; ///< the days after the first
    /// "open Wednesday through Sunday, June 4 through Labor Day": a span of weekdays before a span
    /// of dates is the days of each week, not the first date's weekday
    bool weekly = false;
};

/// The list around date mention `m`; empty when the date is no such list (a weekday alone names no
/// day to pair).
weekday_list listed_weekdays(claim_model const& model, mention const& m) {
    weekday_list list;
    if (m.time_value.starts_with("XXXX-W")) return list;
    std::string_view const prose = model.prose;
    // (joiners and day numbers after the date: ", 4 and 5", " and June 1", " to Feb. 8")
    std::size_t i = m.end;
    for (;;) {
        std::size_t j = i;
        while (j < prose.size() && prose[j] == ' ') ++j;
        std::size_t w = j;
        while (w < prose.size() && text::is_alpha(prose[w])) ++w;
        if (w == j && j < prose.size() && prose[j] == '&') w = j + 1; // ("Aug. 9 & 10")
        std::string_view joiner = prose.substr(j, w - j);
        bool const mark = w == j && j < prose.size() && (prose[j] == '-' || prose[j] == ',');
        if (mark && prose[j] == ',') {
            // (", and 8": a comma before the last joiner)
            std::size_t k = j + 1;
            while (k < prose.size() && prose[k] == ' ') ++k;
            std::size_t e = k;
            while (e < prose.size() && text::is_alpha(prose[e])) ++e;
            if (text::iequals(prose.substr(k, e - k), "and") || text::iequals(prose.substr(k, e - k), "or")) {
                j = k;
                w = e;
                joiner = prose.substr(k, e - k);
            }
        }
        bool const word_joiner = text::iequals(joiner, "and") || text::iequals(joiner, "to") || joiner == "&" ||
                                 text::iequals(joiner, "through") || text::iequals(joiner, "until") ||
                                 text::iequals(joiner, "or");
        if (!(mark && w == j) && !word_joiner) break;
        std::size_t d = w == j ? j + 1 : w;
        while (d < prose.size() && prose[d] == ' ') ++d;
        // (the next day may name its month: "May 31 and June 1", "April 28 to May 2")
        int month = 0;
        {
            std::size_t word_end = d;
            while (word_end < prose.size() && text::is_alpha(prose[word_end])) ++word_end;
            month = word_end > d ? calendar::month_number(text::lower(prose.substr(d, word_end - d))) : 0;
            if (month != 0) {
                d = word_end;
                if (d < prose.size() && prose[d] == '.') ++d; // "Feb. 6"
                while (d < prose.size() && prose[d] == ' ') ++d;
            }
        }
        if (d >= prose.size() || !text::is_digit(prose[d])) break;
        // (a day of the month, not a count: "Wednesday, June 11 and 40 lawmakers objected")
        std::size_t n = d;
        int day = 0;
        while (n < prose.size() && text::is_digit(prose[n]) && day <= 31) day = day * 10 + (prose[n++] - '0');
        if (n < prose.size() && text::is_alnum(prose[n])) break; // "4th", "40s"
        std::size_t after = n;
        while (after < prose.size() && prose[after] == ' ') ++after;
        std::string_view const rest = prose.substr(after);
        bool const joined_on = text::istarts_with(rest, "and ") || text::istarts_with(rest, "to ") ||
                               text::istarts_with(rest, "or ") || text::istarts_with(rest, "through ");
        if (day < 1 || day > 31 || (after < prose.size() && prose[after] >= 'a' && prose[after] <= 'z' && !joined_on))
            break;
        list.days.push_back({month, day, d});
        i = n;
    }
    // (a span of dates after the date: "June 4 through Labor Day", "June 4 to Sept. 1")
    bool span_after = false;
    {
        std::size_t j = m.end;
        while (j < prose.size() && prose[j] == ' ') ++j;
        std::size_t w = j;
        while (w < prose.size() && text::is_alpha(prose[w])) ++w;
        std::string_view const word = prose.substr(j, w - j);
        span_after = text::iequals(word, "through") || text::iequals(word, "to") || text::iequals(word, "until") ||
                     text::iequals(word, "thru");
    }
    if (list.days.empty() && !span_after) return list;
    // (weekdays and joiners before the date's own weekday, back to the first weekday; with the
    // times of day and the words that join them: "late Wednesday and early Thursday, Oct. 9-10",
    // "overnight Saturday into Sunday, July 5-6", "Friday night and Saturday"; abbreviated, "Mon.-Fri.")
    std::size_t at = m.begin;
    bool span_before = false; // weekdays joined as a span: "Wednesday through Sunday"
    for (int words = 0; words < 8; ++words) {
        std::size_t e = at;
        while (e > 0 && (prose[e - 1] == ' ' || prose[e - 1] == ',' || prose[e - 1] == '-' || prose[e - 1] == '.')) {
            if (prose[e - 1] == '-' && list.weekdays.empty()) span_before = true;
            --e;
        }
        std::size_t b = e;
        while (b > 0 && text::is_alpha(prose[b - 1])) --b;
        if (b == e && e > 0 && prose[e - 1] == '&') b = e - 1; // ("Saturday & Sunday")
        if (b == e) break;
        std::string const lower = text::lower(prose.substr(b, e - b));
        // (the first word of a holiday named by its weekday: "Good Friday and Easter Monday")
        bool const holiday = lower == "good" || lower == "easter" || lower == "black" || lower == "cyber" ||
                             lower == "holy" || lower == "maundy" || lower == "ash" || lower == "super";
        if (holiday) {
            at = b;
            continue;
        }
        if (lower == "&") {
            at = b;
            continue;
        }
        static constexpr std::array<std::string_view, 7> abbreviations{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        if (is_weekday_word(lower) ||
            std::find(abbreviations.begin(), abbreviations.end(), lower) != abbreviations.end()) {
            for (int k = 1; k <= 7; ++k)
                if (text::iequals(lower, text::lower(calendar::weekday_name(k))) ||
                    lower == abbreviations[static_cast<std::size_t>(k - 1)])
                    list.weekdays.insert(list.weekdays.begin(), calendar::weekday_name(k));
        } else if (lower == "to" || lower == "through" || lower == "until" || lower == "thru") {
            span_before = span_before || list.weekdays.empty();
        } else if (lower != "and" && lower != "or" && lower != "into" && lower != "again" && lower != "early" &&
                   lower != "late" && lower != "overnight" && lower != "night" && lower != "evening" &&
                   lower != "morning" && lower != "afternoon") {
            break;
        }
        at = b;
    }
    if (list.weekdays.empty()) {
        list.days.clear();
        return list;
    }
    list.weekly = span_before && span_after;
    if (list.days.empty())
        list.weekdays.clear(); // (the date alone after them: its own weekday)
    else
        list.weekdays.push_back(m.weekday); // (the date's own, the last of the list)
    return list;
}

/// The mention that holds prose offset `at` (a day of a list: "Feb. 7", the "4" of "June 3, 4 and 5"),
/// or `fallback`.
mention const& mention_at(claim_model const& model, std::size_t at, mention const& fallback) {
    for (auto const& m : *model.mentions)
        if (m.begin <= at && at < m.end) return m;
    return fallback;
}

finding mismatch(mention const& where, calendar::ymd date, std::string const& weekday) {
    char const* const actual = weekday_then(date);
    finding f = detail::make_finding(weekday_date_mismatch, where,
                                     fmt::format("{} is a {}, not a {}", detail::date_words(date), actual, weekday));
    // The nearest dates that are that weekday, to help find which half is wrong.
    long const day = detail::day_number(date);
    for (int delta = 1; delta <= 6; ++delta) {
        for (long const candidate : {day - delta, day + delta}) {
            if (calendar::weekday_name(calendar::weekday_of(candidate)) != weekday) continue;
            f.notes.push_back(
                fmt::format("the nearest {} is {}", weekday, detail::date_words(calendar::civil_from_days(candidate))));
            delta = 7;
            break;
        }
    }
    return f;
}

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    for (auto const& given : *model.mentions) {
        if (given.kind != mention_kind::date || given.weekday.empty()) continue;
        auto const date = full_date(given);
        if (!date) continue;
        // (a weekday right after a verb of saying, no comma before the date: wire copy that leaves out "that",
        // "The port said Thursday July 17 would be busiest", the weekday the day it was said)
        if (given.text.find(',') == std::string::npos && given.begin >= 6) {
            std::size_t const from = given.begin >= 24 ? given.begin - 24 : 0;
            std::string const lead = text::lower(model.prose.substr(from, given.begin - from));
            auto const lead_words = text::words(lead);
            std::size_t n = lead_words.size();
            if (n > 0 && lead_words[n - 1] == "on") --n;
            if (n > 0 && lead.ends_with(' ') && names_speech(lead_words[n - 1])) continue;
        }
        mention m = given;
        weekday_list const list = listed_weekdays(model, given);
        if (list.weekly) continue;
        // (a list of as many weekdays as days pairs them in order; otherwise the first weekday is the
        // first day's)
        if (!list.weekdays.empty()) m.weekday = list.weekdays.front();
        bool const year_stated = m.time_value.size() == 10 && m.time_value[0] != 'X';
        // The year the first day is in: its own, or another its sentence allows that the weekday fits.
        std::optional<int> year;
        if (m.weekday == weekday_then(*date)) year = date->year;
        // (Britain and its colonies kept the Julian calendar until 1752)
        // (its year stated or taken from the sentence: "Wednesday, Sept. 2, 1752", "In 1752, Wednesday,
        // Sept. 2")
        if (!year && date->year <= 1752 &&
            m.weekday == calendar::weekday_name(calendar::weekday_of(julian_day_number(*date))))
            continue;
        if (!year && !year_stated) {
            for (int const other_year : other_years(model, m, *date)) {
                calendar::ymd other{other_year, date->month, date->day};
                // (a year up to 1752 may be told in the Julian calendar: "in 1752: Wednesday, Sept. 2, was
                // followed by Thursday, Sept. 14")
                if (other.day <= calendar::days_in_month(other_year, other.month) &&
                    (m.weekday == calendar::weekday_name(calendar::weekday_of(day_number(other))) ||
                     (other_year <= 1752 &&
                      m.weekday == calendar::weekday_name(calendar::weekday_of(julian_day_number(other)))))) {
                    year = other_year;
                    break;
                }
            }
        }
        // (a date whose day and month may be swapped is read either way: "05/06/2024, a Wednesday" is 5 June
        // in copy that writes the day first)
        if (!year && given.ambiguous && date->day <= 12 && date->month <= 12) {
            calendar::ymd const swapped{date->year, date->day, date->month};
            if (swapped.day <= calendar::days_in_month(swapped.year, swapped.month) &&
                m.weekday == weekday_then(swapped))
                continue;
        }
        if (!year) {
            finding f = mismatch(m, *date, m.weekday);
            if (given.ambiguous)
                f.notes.push_back(fmt::format("read day first, {}/{} is {}, not a {} either", date->month, date->day,
                                              detail::date_words({date->year, date->day, date->month}), m.weekday));
            if (!year_stated)
                f.notes.insert(
                    f.notes.begin(),
                    !model.reference_year || date->year == *model.reference_year
                        ? fmt::format("the date names no year; {} is the year taken from the reference date",
                                      date->year)
                        : fmt::format("the date names no year; {} is the year its sentence's tense gives: the {} {} {} "
                                      "the reference date",
                                      date->year, date->year < *model.reference_year ? "last" : "next",
                                      detail::date_words(*date).substr(0, detail::date_words(*date).rfind(',')),
                                      date->year < *model.reference_year ? "before" : "after"));
            // (the weekday fits the reference date's year: the tense or the reference date may be what is wrong,
            // "Results day fell on Thursday, August 15" in copy dated May 2024)
            if (!year_stated && model.reference_year && date->year != *model.reference_year) {
                calendar::ymd const in_reference{*model.reference_year, date->month, date->day};
                if (in_reference.day <= calendar::days_in_month(in_reference.year, in_reference.month) &&
                    m.weekday == weekday_then(in_reference))
                    f.notes.push_back(fmt::format("{} is a {}: if that day is meant, the text tells of it as {} the "
                                                  "reference date, or the reference date is not the article's",
                                                  detail::date_words(in_reference), m.weekday,
                                                  date->year < *model.reference_year ? "before" : "after"));
            }
            out.push_back(std::move(f));
            continue;
        }
        // The other pairs of the list: "Tuesday, Friday and Saturday, Feb. 4, Feb. 7 and Feb. 8".
        if (list.weekdays.size() != list.days.size() + 1) continue;
        calendar::ymd day{*year, date->month, date->day};
        for (std::size_t k = 0; k < list.days.size(); ++k) {
            auto const& next = list.days[k];
            calendar::ymd listed{day.year, next.month != 0 ? next.month : day.month, next.number};
            if (listed.month < day.month) ++listed.year; // ("Dec. 30 and Jan. 2")
            if (listed.day > calendar::days_in_month(listed.year, listed.month)) break;
            day = listed;
            std::string const& weekday = list.weekdays[k + 1];
            if (weekday == weekday_then(day)) continue;
            finding f = mismatch(mention_at(model, next.at, given), day, weekday);
            std::string weekdays;
            for (std::size_t w = 0; w < list.weekdays.size(); ++w)
                weekdays += (w == 0 ? "" : w + 1 == list.weekdays.size() ? " and " : ", ") + list.weekdays[w];
            f.related.push_back(
                related(given, fmt::format("the first day of the list; {} pair with its days in order", weekdays)));
            if (!year_stated)
                f.notes.insert(f.notes.begin(), fmt::format("the list names no year; {} is the year "
                                                            "of its first day",
                                                            *year));
            out.push_back(std::move(f));
            break;
        }
    }
}

} // namespace

rule const weekday_date_mismatch{
    "NC204",
    "weekday-date-mismatch",
    severity::error,
    "a weekday that the date does not fall on",
    {
        "A date given with its weekday (\"Friday, June 3, 2024\", \"on Tuesday, April 9\"). The weekday must "
        "be the one the date falls on. A date without a year takes its year from the reference date: the "
        "nearest such date, or the last or the coming one when its clause is about the past or the future; "
        "without a reference date it is not checked. A date whose day and month may be swapped (\"05/06/2024, a "
        "Wednesday\") is right if either reading is.",
        "Readers plan by weekdays; a wrong one means either the day or the date is wrong, and the story "
        "cannot be trusted on when something happens.",
        "The council will vote on Friday, June 3, 2024.",
        "The council will vote on Monday, June 3, 2024.\n"
        "The council will vote on Friday.  (no date to check against)",
    },
    &check,
};

} // namespace numcheck::rules
