#pragma once
#include "common.hpp"
#include "relative_time.hpp"

namespace numcheck::grammar {

namespace parser {

using x3::_attr;
using x3::_pass;
using x3::_val;
namespace ascii = x3::ascii;

relative_time_type const relative_time = "relative time";

namespace detail {

/// A season's name with a capital before another capitalised word: a name, "the next Winter
/// Games", "last Summer Olympics", not a season.
inline auto const season_in_name =
    x3::lexeme[(x3::lit("Spring") | "Summer" | "Autumn" | "Winter" | "Fall") >> !ascii::alnum] >>
    x3::lexeme[(x3::lit("Games") | "Olympics" | "Olympic" | "Paralympics" | "Paralympic" | "Festival" | "Palace" |
                "Statement" | "Session" | "Budget" | "Conference" | "Meetings" | "Meeting" | "Series" | "League" |
                "Classic" | "Cup" | "Collection" | "Solstice" | "Universiade") >>
               !ascii::alnum];

/// Calendar units a relative expression counts in (singular and plural).
inline auto const calendar_unit =
    !season_in_name >> x3::lexeme[x3::no_case[lexicon::calendar_units()] >> !ascii::alnum];

inline auto const set_relative_unit = [](auto& ctx) { _val(ctx).unit = _attr(ctx); };
inline auto const set_relative = [](auto& ctx) { _val(ctx).kind = ast::time_kind::relative; };
inline auto const offset_is = [](int offset) { return [offset](auto& ctx) { _val(ctx).offset = offset; }; };
inline auto const anchored = [](auto& ctx) { _val(ctx).anchored = true; };

/// "last", "this", "next", "past", "coming" before a unit or a weekday.
inline auto const deixis = as<int>(kw("last") >> x3::attr(-1) | kw("this") >> x3::attr(0) | kw("next") >> x3::attr(1) |
                                   kw("coming") >> x3::attr(1) | kw("current") >> x3::attr(0));

/// "year-on-year", "year on year", "year-over-year", "month-on-month", "y/y".
inline auto const on_unit =
    x3::lexeme[x3::no_case[lexicon::on_units()] >> x3::omit[x3::char_(" -")] >> (ci("on") | ci("over")) >>
               x3::omit[x3::char_(" -")] >> (ci("year") | ci("month") | ci("quarter") | ci("week")) >> !ascii::alnum];

/// The present, the past or the future as such: unit "present", "past" or "future".
inline auto const set_reference = [](auto& ctx) {
    int const offset = _attr(ctx);
    _val(ctx).offset = offset;
    _val(ctx).unit = offset < 0 ? "past" : offset > 0 ? "future" : "present";
};

/// "years", "months" ... in "recent years", "the coming months" (plural: "the coming month" is
/// the next one).
inline auto const plural_calendar_unit =
    x3::lexeme[(ci("years") | ci("months") | ci("weeks") | ci("days") | ci("decades") | ci("quarters")) >>
               !ascii::alnum];

/// "to" before the month or day that ends a period ("the quarter to March", "the year to 30
/// June"), not before a change's new value ("rose 3.7% in the quarter to $2.35 billion", "fell 1.1%
/// over the year to £545,100").
inline auto const to_period_end = kw("to") >> !(x3::lit('$') | x3::lit("\xC2\xA3") | x3::lit("\xE2\x82\xAC") |
                                                &x3::digit >> !(common::day_number >> common::month_name));

/// "few", "several", "couple of" in "the past few years", "the next several weeks".
inline auto const few = kw("few") | kw("several") | kw("couple") >> kw("of");

/// The first words of each alternative below, for first_letters_parser (see lexicon.hpp): with an
/// optional leading word, both it and the words after it.
inline auto const relative_references_first =
    first_letters_parser{}.table(lexicon::time_references()).words({"the", "recent", "past", "coming", "last", "next"});
inline auto const relative_deixis_first = first_of({"last", "this", "next", "coming", "current"});
inline auto const relative_prefixed_deixis_first =
    first_of({"earlier", "later", "so", "since", "at", "last", "this", "next", "coming", "current"});
inline auto const relative_count_first = first_letters_parser{}
                                             .table_without(lexicon::hedges(), {"in", "the"})
                                             .table(lexicon::cardinal_units())
                                             .table(lexicon::cardinal_tens())
                                             .words({"a", "an", "one", "half"})
                                             .digits();
inline auto const relative_vague_first = first_of({"a", "several", "many", "some"});
inline auto const relative_the_first = first_of({"the"});
inline auto const relative_first_months_first = first_of({"the", "first", "last", "final"});
inline auto const relative_this_past_first = first_of({"this"});
inline auto const relative_that_first = first_of({"that"});
inline auto const relative_year_end_first = first_of({"since", "year", "the"});
/// "year-end", "year end", "year's end", "the end of the year" (not "the year-end figures" read
/// as more: the words end there).
inline auto const year_end_words =
    (x3::lexeme[ci("year") >> (x3::lit('-') | +x3::lit(' ') | x3::lit("'s") >> +x3::lit(' ')) >> ci("end") >>
                !ascii::alnum] |
     kw("the") >> kw("end") >> kw("of") >> kw("the") >> kw("year")) >>
    !x3::lit('-') >> !x3::lit('\'') >>
    // not "year-end 1985" (that year's end), "a year-end review" (no time: a word follows)
    !common::year4 >> !(x3::lexeme[+ascii::lower >> !ascii::alnum] - kw_table(lexicon::unit_stop_words()));

/// A season's name other than "fall" (a decline as often as autumn).
inline auto const season_word =
    x3::raw[x3::lexeme[(x3::lit("spring") | "summer" | "autumn" | "winter") >> !ascii::alnum]];
/// "the winter wheat", "the summer harvest": a crop named by its season, not a time.
inline auto const season_crop = kw("wheat") | kw("crop") | kw("crops") | kw("grain") | kw("grains") | kw("harvest") |
                                kw("sowing") | kw("sowings") | kw("plantings") | kw("barley") | kw("rapeseed") |
                                kw("rye") | kw("kill") | kw("seeding");
inline auto const set_season = [](auto& ctx) {
    auto& v = _val(ctx);
    auto const& r = _attr(ctx);
    v.unit.assign(r.begin(), r.end());
    for (char& c : v.unit) c = static_cast<char>(c | 0x20);
    v.offset = 0;
    v.definite = true;
};
inline auto const set_season_year = [](auto& ctx) {
    _val(ctx).year = _attr(ctx);
    _val(ctx).offset = 0;
    _val(ctx).definite = true;
};
inline auto const relative_year_earlier_first = first_of({"the", "year", "month", "quarter"});
inline auto const relative_on_unit_first = first_letters_parser{}.table(lexicon::on_units());
inline auto const relative_year_first = first_of({"year"});

} // namespace detail

auto const relative_time_def = spanned((
    // now, currently, recently; in the past, in the near future; in recent years, the coming months:
    // the present, the past or the future as such, not a period counted from the reference date
    detail::relative_references_first >> fresh(ast::time_kind::relative) >>
        (act(kw_table(lexicon::time_references()), detail::set_reference) |
         kw("the") >> act(kw_table(lexicon::time_references_after_the()), detail::set_reference) >>
             ((!ascii::alnum) | &kw_table(lexicon::after_time_reference())) |
         act(as<int>(kw("recent") >> x3::attr(-1) | kw("past") >> x3::attr(-1) | kw("coming") >> x3::attr(1)),
             detail::set_reference) >>
             -detail::few >> detail::plural_calendar_unit |
         // the next few weeks, the last several months: not "last year", "next weeks"
         act(as<int>(kw("last") >> x3::attr(-1) | kw("next") >> x3::attr(1)), detail::set_reference) >> detail::few >>
             detail::plural_calendar_unit) |
    // the first nine months of this year, the first three months of last year: months of the year
    // counted from the reference date (a quarter or a half when they make one)
    detail::relative_first_months_first >> fresh(ast::time_kind::relative) >> -kw("the") >>
        common::first_or_last_months >>
        act(x3::eps,
            [](auto& ctx) {
                auto& v = _val(ctx);
                v.unit = v.quarter != 0 ? "year-quarter" : v.half != 0 ? "year-half" : "year-months";
            }) >>
        // ("of the year": the year the text speaks of, read at emission)
        act(as<int>(kw("this") >> x3::attr(0) | kw("last") >> x3::attr(-1) | kw("next") >> x3::attr(1) |
                    kw("the") >> x3::attr(2)),
            [](auto& ctx) {
                auto& v = _val(ctx);
                v.offset = _attr(ctx) == 2 ? 0 : _attr(ctx);
                v.anchored = v.definite = _attr(ctx) == 2;
            }) >>
        // (not a fiscal year: "the first nine months of the year ended June 30", "the year to March 31")
        kw("year") >> !x3::lit('\'') >>
        !(kw("ended") | kw("ending") | (kw("to") | kw("through")) >> common::month_name) |
    // this year's third quarter, last year's fourth-quarter (profit), next year's first half: a
    // quarter or half of the year counted from the reference date
    detail::relative_deixis_first >> fresh(ast::time_kind::relative) >>
        act(detail::deixis, [](auto& ctx) { _val(ctx).offset = _attr(ctx); }) >>
        x3::lexeme[ci("year") >> '\'' >> ci('s') >> !ascii::alnum] >>
        act(x3::lexeme[x3::no_case[lexicon::quarter_words()] >> x3::omit[x3::char_(" -")]],
            [](auto& ctx) { _val(ctx).quarter = _attr(ctx); }) >>
        (act(kw("quarter"), [](auto& ctx) { _val(ctx).unit = "year-quarter"; }) | act(kw("half"),
                                                                                      [](auto& ctx) {
                                                                                          auto& v = _val(ctx);
                                                                                          _pass(ctx) =
                                                                                              v.quarter <= 2 &&
                                                                                              v.quarter !=
                                                                                                  0; // "first" and
                                                                                                     // "second"; "final
                                                                                                     // half" is no half
                                                                                          v.half = v.quarter;
                                                                                          v.quarter = 0;
                                                                                          v.unit = "year-half";
                                                                                      })) |
    // this fiscal year, last fiscal year, next fiscal quarter: counted in fiscal years, whose
    // calendar year the text does not say (unit "fiscal-year", "fiscal-quarter"; left unresolved)
    detail::relative_deixis_first >> fresh(ast::time_kind::relative) >>
        act(detail::deixis, [](auto& ctx) { _val(ctx).offset = _attr(ctx); }) >> kw("fiscal") >>
        (kw("year") >> act(x3::eps, [](auto& ctx) { _val(ctx).unit = "fiscal-year"; }) |
         kw("quarter") >> act(x3::eps, [](auto& ctx) { _val(ctx).unit = "fiscal-quarter"; })) |
    // by year-end, year end, by year's end, by the end of the year: this year; since year-end: the
    // last year's end
    detail::relative_year_end_first >> fresh(ast::time_kind::relative) >>
        (kw("since") >> detail::year_end_words >> act(x3::eps,
                                                      [](auto& ctx) {
                                                          _val(ctx).unit = "year";
                                                          _val(ctx).offset = -1;
                                                      }) |
         detail::year_end_words >> act(x3::eps,
                                       [](auto& ctx) {
                                           // "at year end": which year's, the extraction decides
                                           _val(ctx).unit = "year-end";
                                           _val(ctx).offset = 0;
                                       }) |
         // by the end of the month: which month's, the extraction decides
         kw("the") >> kw("end") >> kw("of") >> kw("the") >> kw("month") >> !x3::lit('-') >> !x3::lit('\'') >>
             !kw("of") >> act(x3::eps,
                              [](auto& ctx) {
                                  _val(ctx).unit = "month-end";
                                  _val(ctx).offset = 0;
                              })) |
    // that year, that same day, that month, that quarter: the period the text has just named
    detail::relative_that_first >> fresh(ast::time_kind::relative) >> kw("that") >> -kw("same") >>
        act(detail::calendar_unit,
            [](auto& ctx) {
                auto& v = _val(ctx);
                v.unit = _attr(ctx);
                _pass(ctx) = v.unit == "year" || v.unit == "month" || v.unit == "day" || v.unit == "quarter";
                v.offset = 0;
                v.anchored = true;
                v.definite = true;
            }) >>
        !x3::lit('-') |
    // this past spring, this past weekend, this past Tuesday: the one just gone
    detail::relative_this_past_first >> fresh(ast::time_kind::relative) >> kw("this") >> kw("past") >>
        (act(detail::calendar_unit,
             [](auto& ctx) {
                 auto& v = _val(ctx);
                 v.unit = _attr(ctx);
                 v.offset = v.unit == "weekend" ? -1 : 0;
             }) |
         act(common::weekday_name,
             [](auto& ctx) {
                 _val(ctx).unit = "weekday";
                 _val(ctx).weekday = _attr(ctx);
                 _val(ctx).offset = -1;
             })) |
    // earlier this year, later this month, so far this year
    detail::relative_prefixed_deixis_first >> fresh(ast::time_kind::relative) >>
        -(kw("earlier") | kw("later") | kw("so") >> kw("far") | kw("since") >> kw("the") >> kw("start") >> kw("of") |
          kw("at") >> kw("the") >> (kw("end") | kw("start") | kw("beginning")) >> kw("of")) >>
        act(detail::deixis, [](auto& ctx) { _val(ctx).offset = _attr(ctx); }) >>
        (act(detail::calendar_unit, detail::set_relative_unit) |
         act(common::weekday_name,
             [](auto& ctx) {
                 _val(ctx).unit = "weekday";
                 _val(ctx).weekday = _attr(ctx);
             }) |
         act(common::month_name,
             [](auto& ctx) {
                 _val(ctx).unit = "month-name";
                 _val(ctx).month = _attr(ctx);
             }) >>
             // "last Oct. 23": a day of that month (not "next May 5 pct")
             // (the guard before the action: X3 does not undo an action)
             -act(common::day_number >>
                      !(kw_table(lexicon::scale_words()) | x3::lexeme[x3::no_case[lexicon::percent_words()]]),
                  [](auto& ctx) {
                      _pass(ctx) = _attr(ctx) >= 1 && _attr(ctx) <= 31;
                      if (_pass(ctx)) _val(ctx).day = _attr(ctx);
                  })) |
    // two years ago, a year earlier, three months later, less than a week later
    detail::relative_count_first >> fresh(ast::time_kind::relative) >>
        -act(kw_table(lexicon::hedges()), [](auto& ctx) { _val(ctx).hedge = _attr(ctx); }) >>
        // "a quarter of a century ago": 25 years
        (act(kw("a") >> x3::lexeme[ci("quarter") >> (x3::lit('-') | ' ')] >> -(kw("of") >> kw("a")) >> kw("century"),
             [](auto& ctx) {
                 _val(ctx).amount = 25;
                 _val(ctx).unit = "year";
             }) |
         // "a fortnight ago": two weeks
         act((kw("a") | kw("one")) >> kw("fortnight"),
             [](auto& ctx) {
                 _val(ctx).amount = 2;
                 _val(ctx).unit = "week";
             }) |
         // ("half a century ago": fifty years; "half a decade ago": five)
         act(as<double>(kw("half") >> (kw("a") | kw("an")) >> x3::attr(0.5) | common::small_count |
                        (kw("a") | kw("an") | kw("one")) >> x3::attr(1.0)),
             [](auto& ctx) { _val(ctx).amount = _attr(ctx); }) >>
             // "a decade ago", "two decades later", "a century ago": ten or a hundred years each, a
             // year back or on (not the decade before: "a decade ago" in 1999 is 1989, "the last
             // decade" the 1980s)
             act(detail::calendar_unit,
                 [](auto& ctx) {
                     if (_attr(ctx) == "decade" || _attr(ctx) == "century") {
                         _val(ctx).amount *= _attr(ctx) == "decade" ? 10 : 100;
                         _val(ctx).unit = "year";
                     } else if (_val(ctx).amount != std::floor(_val(ctx).amount)) {
                         _pass(ctx) = false; // ("half a year ago": no whole count of its unit)
                     } else {
                         _val(ctx).unit = _attr(ctx);
                     }
                 })) >>
        // "a week or so ago": about a week
        -act(kw("or") >> kw("so"),
             [](auto& ctx) {
                 if (_val(ctx).hedge.empty()) _val(ctx).hedge = "about";
             }) >>
        (kw("ago") >> act(x3::eps, [](auto& ctx) { _val(ctx).offset = -static_cast<int>(_val(ctx).amount); }) |
         // two weeks from now
         kw("from") >> (kw("now") | kw("today")) >>
             act(x3::eps, [](auto& ctx) { _val(ctx).offset = static_cast<int>(_val(ctx).amount); }) |
         // ("six months later than planned", "a year earlier than expected": a delay, a duration)
         // ("£22,308 a year before tax": a pay rate before deductions, not a year earlier)
         (kw("earlier") >> !kw("than") |
          kw("before") >> !(kw("tax") | kw("taxes") | kw("deductions") | kw("bonuses") | kw("bonus")) |
          // ("came 10 days ahead of the June 1 deadline")
          kw("ahead") >> kw("of") | kw("previously")) >>
             act(x3::eps,
                 [](auto& ctx) {
                     _val(ctx).offset = -static_cast<int>(_val(ctx).amount);
                     _val(ctx).anchored = true;
                 }) |
         // ("a year on, ...", "two years on from the crash"; not "3,600 flights a day on average",
         // "20 years on the board")
         (kw("later") >> !kw("than") | kw("after") | kw("on") >> (&kw("from") | &kw("since") | !ascii::alnum)) >>
             act(x3::eps,
                 [](auto& ctx) {
                     _val(ctx).offset = static_cast<int>(_val(ctx).amount);
                     _val(ctx).anchored = true;
                 })) |
    // a few years ago, several months ago, a couple of weeks ago: the past as such (how far back the
    // words do not say)
    detail::relative_vague_first >> fresh(ast::time_kind::relative) >>
        (kw("a") >> (kw("few") | kw("couple") >> kw("of")) | kw("several") | kw("many") | kw("some")) >>
        detail::plural_calendar_unit >> act(kw("ago") >> x3::attr(-1), detail::set_reference) |
    // Phrases that begin with "the", one alternative so that "the" is read once. X3 does not undo
    // the actions of a branch that fails half way: every branch sets what it uses, and the one
    // that can fail after its action ("the quarter") comes before branches that set all of unit,
    // offset and anchored.
    detail::relative_the_first >> fresh(ast::time_kind::relative) >> kw("the") >>
        (
            // the day after tomorrow, the day before yesterday
            kw("day") >> act(as<int>(kw("after") >> kw("tomorrow") >> x3::attr(2) |
                                     kw("before") >> kw("yesterday") >> x3::attr(-2)),
                             [](auto& ctx) {
                                 _val(ctx).unit = "day";
                                 _val(ctx).offset = _attr(ctx);
                             }) |
            // the next day, the following week (after the period the text is about)
            (kw("next") | kw("following") | kw("subsequent")) >>
                act(detail::calendar_unit, detail::set_relative_unit) >> act(x3::eps, detail::offset_is(1)) >>
                act(x3::eps, detail::anchored) |
            // the current quarter, the current year, the current fiscal year
            kw("current") >> (act(detail::calendar_unit, detail::set_relative_unit) |
                              kw("fiscal") >> kw("year") >> act(x3::eps,
                                                                [](auto& ctx) {
                                                                    _val(ctx).unit = "fiscal-year";
                                                                    _val(ctx).offset = 0;
                                                                })) |
            // the latest quarter: the one before the reference date's
            kw("latest") >> (act(x3::lexeme[ci("quarter") >> !ascii::alnum],
                                 [](auto& ctx) {
                                     _val(ctx).unit = "quarter";
                                     _val(ctx).offset = -1;
                                 }) |
                             // the latest period: in an earnings story, the quarter it reports
                             act(x3::lexeme[ci("period") >> !ascii::alnum],
                                 [](auto& ctx) {
                                     _val(ctx).unit = "quarter";
                                     _val(ctx).offset = 0;
                                     _val(ctx).anchored = true;
                                 })) |
            // the summer, the early summer, the winter of 1994, the fall of 1987 ("the fall" alone
            // is a decline): the season nearest the reference date, or the one its clause's tense
            // gives, or that of the year said
            -(kw("early") | kw("late") | kw("mid")) >>
                (act(detail::season_word, detail::set_season) >>
                     (kw("of") >> act(common::any_year, detail::set_season_year) | !detail::season_crop) |
                 kw("fall") >> act(x3::eps, [](auto& ctx) { _val(ctx).unit = "autumn"; }) >> kw("of") >>
                     act(common::any_year, detail::set_season_year)) |
            // the weekend: the last one, or the coming one in a clause about the future
            act(kw("weekend"),
                [](auto& ctx) {
                    _val(ctx).unit = "weekend";
                    _val(ctx).offset = 0;
                    _val(ctx).definite = true;
                }) |
            // the quarter: the quarter the story is about (the one named before it)
            act(x3::lexeme[ci("quarter") >> !ascii::alnum >> !x3::lit('-')],
                [](auto& ctx) {
                    _val(ctx).unit = "quarter";
                    _val(ctx).offset = 0;
                    _val(ctx).anchored = true;
                }) >>
                // not "the quarter of a century", "the quarter a year ago" (one expression, the
                // year-ago quarter); "the quarter ended Sept. 30", "the quarter to March" take their
                // quarter from the date (but "rose 3.7% in the quarter to $2.35 billion": a value)
                // ("the quarter before", "the quarter before last": the previous ones, below; not "the
                // quarter before Christmas")
                !(kw("of") | kw("a") >> kw("year") | kw("through") | kw("before") >> (kw("last") | !ascii::alpha) |
                  detail::to_period_end) |
            // the previous year, the prior quarter, the preceding week; the year before
            (kw("previous") | kw("prior") | kw("preceding")) >> act(detail::calendar_unit, detail::set_relative_unit) >>
                act(x3::eps, detail::offset_is(-1)) >> act(x3::eps, detail::anchored) |
            // "the year before last", "the week before last": two back from now, not anchored
            act(detail::calendar_unit, detail::set_relative_unit) >> kw("before") >> kw("last") >>
                act(x3::eps, detail::offset_is(-2)) |
            act(detail::calendar_unit, detail::set_relative_unit) >> kw("before") >>
                act(x3::eps, detail::offset_is(-1)) >> act(x3::eps, detail::anchored)) |
    // the year-earlier period, the year-ago quarter, year-earlier
    detail::relative_year_earlier_first >> fresh(ast::time_kind::relative) >> -kw("the") >>
        act(x3::lexeme[(ci("year") | ci("month") | ci("quarter")) >> '-' >> (ci("earlier") | ci("ago")) >>
                       !ascii::alnum],
            [](auto& ctx) {
                _val(ctx).unit = "year";
                _val(ctx).offset = -1;
                _val(ctx).anchored = true;
            }) >>
        -(kw("period") | kw("quarter") | kw("level") | kw("figure") | kw("month") | kw("levels") | kw("figures")) |
    // year on year, y/y
    detail::relative_on_unit_first >> fresh(ast::time_kind::relative) >> act(detail::on_unit,
                                                                             [](auto& ctx) {
                                                                                 _val(ctx).unit = _attr(ctx);
                                                                                 _val(ctx).offset = -1;
                                                                                 _val(ctx).anchored = true;
                                                                             }) |
    // year-to-date, year to date
    detail::relative_year_first >> fresh(ast::time_kind::relative) >>
        x3::lexeme[ci("year") >> x3::char_(" -") >> ci("to") >> x3::char_(" -") >> ci("date") >> !ascii::alnum] >>
        act(x3::eps, [](auto& ctx) { _val(ctx).unit = "ytd"; }) |
    // since 2019
    first_of({"since"}) >> fresh(ast::time_kind::relative) >> kw("since") >> act(common::year4,
                                                                                 [](auto& ctx) {
                                                                                     _pass(ctx) = _attr(ctx) >= 1800 &&
                                                                                                  _attr(ctx) <= 2099;
                                                                                     _val(ctx).year = _attr(ctx);
                                                                                     _val(ctx).since = true;
                                                                                     _val(ctx).unit = "since";
                                                                                 }) |
    // for the year, the full year, earlier in the year, the current year: the year the story is
    // about (not "the year earlier", "the year ended March 31", "the year starting July 1", "the
    // year 1986", "the year two thousand", "the year-ago quarter", "the year's end")
    first_of({"the"}) >> fresh(ast::time_kind::relative) >> kw("the") >>
        -(kw("full") | kw("whole") | kw("entire") | kw("current")) >> kw("year") >> !x3::lit('-') >> !x3::lit('\'') >>
        !x3::lit('/') >>
        !(kw("earlier") | kw("ago") | kw("before") | kw("after") | kw("later") | kw("ended") | kw("ending") |
          kw("end") | detail::to_period_end | kw("through") | kw("two") | kw("on") | kw("prior") | kw("previous") |
          kw("over") | kw("started") | kw("starting") | kw("beginning") | kw("begun") | kw("begins") |
          kw("commencing") | kw("following") | kw("of") >> !(x3::lit('$') | ascii::digit) | ascii::digit) >>
        act(x3::eps,
            [](auto& ctx) {
                auto& v = _val(ctx);
                v.unit = "year";
                v.offset = 0;
                v.anchored = true;
                v.definite = true;
            }) |
    // since then, until then, by then: the time the text has just named
    first_of({"since", "until", "by"}) >> fresh(ast::time_kind::relative) >> (kw("since") | kw("until") | kw("by")) >>
        kw("then") >> act(x3::eps,
                          [](auto& ctx) {
                              auto& v = _val(ctx);
                              v.unit = "then";
                              v.anchored = true;
                              v.definite = true;
                          }) |
    // yesterday, today, tonight (today's), tomorrow
    // "last night": the night before the reference day, told as yesterday is
    first_of({"last"}) >> fresh(ast::time_kind::relative) >> kw("last") >> kw("night") >> act(x3::eps,
                                                                                              [](auto& ctx) {
                                                                                                  _val(ctx).unit =
                                                                                                      "day";
                                                                                                  _val(ctx).offset = -1;
                                                                                              }) |
    first_of({"yesterday"}) >> fresh(ast::time_kind::relative) >> kw("yesterday") >> act(x3::eps,
                                                                                         [](auto& ctx) {
                                                                                             _val(ctx).unit = "day";
                                                                                             _val(ctx).offset = -1;
                                                                                         }) |
    first_of({"today", "tonight"}) >> fresh(ast::time_kind::relative) >> (kw("today") | kw("tonight")) >>
        act(x3::eps,
            [](auto& ctx) {
                _val(ctx).unit = "day";
                _val(ctx).offset = 0;
            }) |
    first_of({"tomorrow"}) >> fresh(ast::time_kind::relative) >> kw("tomorrow") >> act(x3::eps, [](auto& ctx) {
        _val(ctx).unit = "day";
        _val(ctx).offset = 1;
    })));

BOOST_SPIRIT_DEFINE(relative_time)

} // namespace parser

} // namespace numcheck::grammar
