#pragma once
#include "common.hpp"
#include "date.hpp"

namespace numcheck::grammar {

namespace parser {

using x3::_attr;
using x3::_pass;
using x3::_val;
namespace ascii = x3::ascii;

date_type const date = "date";

namespace detail {

inline auto const set_day = [](auto& ctx) {
    _pass(ctx) = _attr(ctx) >= 1 && _attr(ctx) <= 31;
    _val(ctx).day = _attr(ctx);
};
/// A date's year: from 1000 to 2099 ("Friday, Oct. 13, 1307"), set only when it passes (an action's
/// effect outlives a failed branch); before 1800 only before a stop (old_year_end).
inline auto const set_date_year = [](auto& ctx) {
    _pass(ctx) = _attr(ctx) >= 1000 && _attr(ctx) <= 2099;
    if (_pass(ctx)) _val(ctx).year = _attr(ctx);
};

/// After a date's year before 1800: a stop or the end must follow ("Friday, Oct. 13, 1307.", not
/// "On Monday, Dec. 7, 1300 police officers were deployed", a count); else the year is taken back.
struct old_year_end_parser : x3::parser<old_year_end_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext& rcontext, Attribute&) const {
        if (rcontext.year == 0 || rcontext.year >= 1800) return true;
        if (first == last || *first == '.' || *first == ',' || *first == ';' || *first == ')' || *first == ':')
            return true;
        rcontext.year = 0;
        return false;
    }
};
inline old_year_end_parser const old_year_end{};

/// A day number that is not the start of a quantity ("April 8 pct", "July 28 mm" are no dates).
inline auto const day_of_month =
    act(common::day_number, set_day) >>
    !(kw_table(lexicon::scale_words()) | x3::lexeme[x3::no_case[lexicon::percent_words()]] |
      kw_table(lexicon::measure_words()));

/// "April one", "March five": a day below ten spelled out, as Reuters writes it. Only before a
/// stop, a year or a word that cannot be counted: "in March two workers were hurt" is a count,
/// "May one ask" no date.
inline auto const spelled_day = act(common::spelled_cardinal,
                                    [](auto& ctx) {
                                        double const day = _attr(ctx);
                                        _pass(ctx) = day >= 1 && day <= 9;
                                        _val(ctx).day = static_cast<int>(day);
                                    }) >>
                                &(x3::lit(',') | x3::lit('.') | x3::lit(';') | x3::lit(':') | x3::lit(')') | x3::eoi |
                                  common::year4 | kw("to") | kw("and") | kw("or") | kw("through") | kw("until") |
                                  kw("by") | kw("at") | kw("from") | kw("in") | kw("on") | kw("when") | kw("after") |
                                  kw("before") | kw("the") | kw("for") | kw("with") | kw("as") | kw("if") | kw("but") |
                                  kw("that") | kw("is") | kw("was") | kw("will") | kw("would"));
/// "April 8", "Feb. 24, 2022", "March 2 1987", "April one" (the month's name read once)
inline auto const month_day = act(common::month_name, common::set_month) >> (day_of_month | spelled_day) >>
                              -(-x3::lit(',') >> act(common::year4, set_date_year) >> old_year_end);

/// "26-27 June", "12-14 July 2025": a range of days told before the month (the scanner emits the
/// first day and the last as two dates)
inline auto const day_range_month = act(common::day_number, set_day) >> x3::lit('-') >>
                                    act(common::day_number,
                                        [](auto& ctx) {
                                            _pass(ctx) = _attr(ctx) > _val(ctx).day && _attr(ctx) <= 31;
                                            _val(ctx).day_end = _attr(ctx);
                                        }) >>
                                    act(common::month_name, common::set_month) >>
                                    -(-x3::lit(',') >> act(common::year4, set_date_year) >> old_year_end);

/// "24 February 2022", "24th of February"
inline auto const day_month = day_of_month >> -kw("of") >> act(common::month_name, common::set_month) >>
                              -(-x3::lit(',') >> act(common::year4, set_date_year) >> old_year_end);
/// "2022-02-24"
inline auto const iso_date =
    x3::lexeme[act(x3::uint_parser<int, 10, 4, 4>{}, set_date_year) >> '-' >> act(x3::uint_parser<int, 10, 2, 2>{},
                                                                                  [](auto& ctx) {
                                                                                      _pass(ctx) = _attr(ctx) >= 1 &&
                                                                                                   _attr(ctx) <= 12;
                                                                                      _val(ctx).month = _attr(ctx);
                                                                                  }) >>
               '-' >> act(x3::uint_parser<int, 10, 2, 2>{}, set_day) >> !ascii::alnum];
/// "4/9/2024", "04/09/24": month first (US style); ambiguous when both parts could be either.
inline auto const numeric_date =
    x3::lexeme[act(x3::uint_parser<int, 10, 1, 2>{} >> '/' >> x3::uint_parser<int, 10, 1, 2>{} >> '/' >>
                       as<int>(x3::uint_parser<int, 10, 4, 4>{} | x3::uint_parser<int, 10, 2, 2>{}),
                   [](auto& ctx) {
                       using boost::fusion::at_c;
                       int const a = at_c<0>(_attr(ctx));
                       int const b = at_c<1>(_attr(ctx));
                       int year = at_c<2>(_attr(ctx));
                       if (year < 100) year += year < 50 ? 2000 : 1900;
                       auto& v = _val(ctx);
                       v.year = year;
                       if (a <= 12 && b <= 31) {
                           v.month = a;
                           v.day = b;
                           v.ambiguous = b <= 12 && a != b;
                       } else if (b <= 12 && a <= 31) {
                           v.month = b;
                           v.day = a;
                       } else {
                           _pass(ctx) = false;
                       }
                   }) >>
               !ascii::alnum];

inline auto const set_weekday = [](auto& ctx) { _val(ctx).weekday = _attr(ctx); };

/// A holiday that names a date, capitalised: "Christmas" (12-25), "Christmas Eve", "Independence
/// Day", "Veterans Day"; and those whose date moves from year to year (ast::temporal::holiday):
/// "Thanksgiving (Day)", "Labor Day", "Memorial Day", "Election Day" (the United States' ones), "Easter
/// Sunday" (or "Easter" alone), "Good Friday", "Easter Monday", "Black Friday", "Cyber Monday"; "New Year's
/// Day" and "Eve", "Boxing Day", "Halloween".
template <int Month, int Day>
inline auto const fixed_day = [](auto& ctx) {
    _val(ctx).month = Month;
    _val(ctx).day = Day;
};
template <int Holiday>
inline auto const moving_day = [](auto& ctx) { _val(ctx).holiday = Holiday; };
/// "the first Thursday in May" (1), "the last Sunday in October" (-1)
template <int N>
inline auto const set_nth = [](auto& ctx) { _val(ctx).nth = N; };
inline auto const holiday =
    &ascii::upper >>
    (act(kw("christmas") >> kw("eve"), fixed_day<12, 24>) | act(kw("christmas") >> -kw("day"), fixed_day<12, 25>) |
     act(kw("independence") >> kw("day"), fixed_day<7, 4>) |
     act(kw("veterans") >> -x3::lit('\'') >> kw("day"), fixed_day<11, 11>) |
     act(kw("thanksgiving") >> -kw("day"), moving_day<1>) |
     act((kw("labor") | kw("labour")) >> kw("day"), moving_day<2>) | act(kw("memorial") >> kw("day"), moving_day<3>) |
     act(kw("election") >> kw("day"), moving_day<4>) | act(kw("easter") >> (kw("sunday") | kw("day")), moving_day<5>) |
     act(kw("good") >> kw("friday"), moving_day<6>) | act(kw("easter") >> kw("monday"), moving_day<7>) |
     // "by Easter", "over Easter", "the Easter holidays": Easter Sunday (not the island, the rising
     // of 1916 or the eggs)
     // ("Easter week": the week that ends on Easter Sunday, as TimeML has it)
     act(kw("easter") >> kw("week"), moving_day<10>) |
     act(kw("easter") >> !(kw("island") | kw("rising") | kw("egg") | kw("eggs")), moving_day<5>) |
     act(kw("black") >> kw("friday"), moving_day<8>) | act(kw("cyber") >> kw("monday"), moving_day<9>) |
     act(kw("new") >> kw("year's") >> kw("eve"), fixed_day<12, 31>) |
     act(kw("new") >> kw("year's") >> kw("day"), fixed_day<1, 1>) | act(kw("boxing") >> kw("day"), fixed_day<12, 26>) |
     act(kw("halloween"), fixed_day<10, 31>));

} // namespace detail

auto const date_def = spanned((
    // Tuesday, April 9; on Tuesday, April 9, 2024; Tuesday 9 April
    // ("Sunday the 3rd of May", "Thursday, the 4th of June")
    // ("Wed., June 19": an abbreviation with its period; "Wed 25 Nov", British style, without it;
    // "on Tuesday (June 11)")
    fresh(ast::time_kind::date) >> -kw("on") >>
        act(as<int>(common::weekday_name |
                    x3::lexeme[&x3::ascii::upper >> x3::no_case[lexicon::weekday_abbreviations()] >>
                               (x3::lit('.') | !x3::ascii::alnum)]),
            detail::set_weekday) >>
        -x3::lit(',') >> (detail::month_day | -kw("the") >> detail::day_month | '(' >> detail::month_day >> ')') |
    fresh(ast::time_kind::date) >> -kw("on") >>
        (detail::month_day | detail::day_range_month | detail::day_month | detail::iso_date | detail::numeric_date) |
    // "on the last Sunday in October", "the first Thursday of May 2026": a weekday counted in its
    // month (at "on" or at the count: "the" begins no date)
    fresh(ast::time_kind::date) >> -kw("on") >> -kw("the") >>
        (act(kw("first"), detail::set_nth<1>) | act(kw("second"), detail::set_nth<2>) |
         act(kw("third"), detail::set_nth<3>) | act(kw("fourth"), detail::set_nth<4>) |
         act(kw("last"), detail::set_nth<-1>)) >>
        act(common::weekday_name, detail::set_weekday) >> (kw("in") | kw("of")) >>
        act(common::month_name, common::set_month) >>
        -(-x3::lit(',') >> act(common::year4, detail::set_date_year) >> detail::old_year_end) |
    // on Thanksgiving Day, Christmas, Election Day 1998
    fresh(ast::time_kind::date) >> -kw("on") >> detail::holiday >>
        -(-x3::lit(',') >> act(common::year4, detail::set_date_year) >> detail::old_year_end) |
    // on Tuesday; Tuesday (alone); Wednesday's ruling (the mention is "Wednesday")
    fresh(ast::time_kind::date) >> -kw("on") >> act(common::weekday_name, detail::set_weekday)));

BOOST_SPIRIT_DEFINE(date)

} // namespace parser

} // namespace numcheck::grammar
