#pragma once
#include <cstdlib>
#include <string>

#include "common.hpp"
#include "duration.hpp"

namespace numcheck::grammar {

namespace parser {

using x3::_attr;
using x3::_pass;
using x3::_val;
namespace ascii = x3::ascii;

duration_type const duration = "duration";

namespace detail {

inline auto const set_duration_amount = [](auto& ctx) { _val(ctx).amount = _attr(ctx); };
inline auto const set_duration_unit = [](auto& ctx) { _val(ctx).unit = _attr(ctx); };

/// Singular units for the hyphenated adjective: "two-day", "20-year", "three-week".
inline auto const adjective_unit = x3::no_case[lexicon::adjective_units()];

inline auto const hedge_is = [](char const* hedge) { return [hedge](auto& ctx) { _val(ctx).hedge = hedge; }; };
inline auto const hedge = act(kw_table(lexicon::hedges()), [](auto& ctx) { _val(ctx).hedge = _attr(ctx); }) |
                          act(kw("within"), hedge_is("within")) | act(kw("for") >> kw("nearly"), hedge_is("nearly")) |
                          act(kw("barely"), hedge_is("nearly"));

/// The low end of a range of durations and the word or dash before the high end: "six to",
/// "two or", "6-" (then the high end and the unit).
inline auto const range_low =
    act(common::small_count >> (kw("to") | kw("or") |
                                // (not "1-1/2 years", a whole and a fraction)
                                x3::lexeme[x3::lit('-') >> &(+ascii::digit >> !x3::lit('/'))]),
        [](auto& ctx) {
            // (no range from zero: the low end 0 would read as no range)
            _pass(ctx) = _attr(ctx) > 0;
            _val(ctx).amount_low = _attr(ctx);
        });

} // namespace detail

auto const duration_def = spanned((
    // two-day, 20-year (but not 45-year-old)
    fresh(ast::time_kind::duration) >>
        x3::lexeme[act(common::small_count, detail::set_duration_amount) >> '-' >>
                   act(detail::adjective_unit, detail::set_duration_unit) >> !ascii::alnum >> !x3::lit('-')] |
    // (over) the past year, the past decade: the one up to now, a year long (not "the past years")
    fresh(ast::time_kind::duration) >> act(kw("past"), [](auto& ctx) { _val(ctx).amount = 1; }) >>
        &(kw("year") | kw("month") | kw("week") | kw("decade") | kw("quarter")) >>
        act(kw_table(lexicon::time_units()), detail::set_duration_unit) >> !x3::no_skip[x3::lit('-') >> ascii::alnum] >>
        !kw("century") | // (not "the past quarter century")
    // less than three weeks, more than a decade, within a month, 20 years, 1 1/2 years; a range
    // whose unit is said once, "six to eight weeks", "two or three years", "6-8 weeks"
    fresh(ast::time_kind::duration) >> -detail::hedge >> -detail::range_low >>
        (
            // "1-1/2 years", "a 5-1/2 year grace period"
            act(x3::lexeme[x3::uint_parser<unsigned, 10, 1, 2>{} >> '-' >> x3::uint_parser<unsigned, 10, 1, 1>{} >>
                           '/' >> x3::uint_parser<unsigned, 10, 1, 1>{} >> !ascii::alnum],
                [](auto& ctx) {
                    using boost::fusion::at_c;
                    unsigned const n = at_c<1>(_attr(ctx));
                    unsigned const d = at_c<2>(_attr(ctx));
                    _pass(ctx) = d >= 2 && n > 0 && n < d;
                    if (_pass(ctx)) _val(ctx).amount = at_c<0>(_attr(ctx)) + static_cast<double>(n) / d;
                }) |
            act(x3::lexeme[x3::uint_parser<unsigned, 10, 1, 4>{} >> !ascii::alnum >> !('.' >> ascii::digit) >>
                           !(',' >> ascii::digit)],
                [](auto& ctx) {
                    // "the 1985 quarter" is a period, not 1,985 quarters
                    _pass(ctx) = _attr(ctx) < 1800 || _attr(ctx) > 2099;
                    _val(ctx).amount = _attr(ctx);
                }) >>
                -act(x3::lexeme[x3::uint_parser<unsigned, 10, 1, 1>{} >> '/' >> x3::uint_parser<unsigned, 10, 1, 1>{} >>
                                !ascii::alnum],
                     [](auto& ctx) {
                         unsigned const n = boost::fusion::at_c<0>(_attr(ctx));
                         unsigned const d = boost::fusion::at_c<1>(_attr(ctx));
                         if (d > 0) _val(ctx).amount += static_cast<double>(n) / d;
                     }) |
            // "7.11 years", "2.5 hours"
            act(x3::lexeme[x3::raw[x3::uint_parser<unsigned, 10, 1, 3>{} >> '.' >> x3::repeat(1, 2)[ascii::digit]] >>
                           !ascii::alnum],
                [](auto& ctx) {
                    auto const& r = _attr(ctx);
                    _val(ctx).amount = std::strtod(std::string(r.begin(), r.end()).c_str(), nullptr);
                }) |
            // "three years", "three and a half years", "three and one-half years"
            act(common::spelled_cardinal, detail::set_duration_amount) >>
                -act(kw("and") >> (kw("a") | kw("one") >> -x3::lit('-')) >> kw("half"),
                     [](auto& ctx) { _val(ctx).amount += 0.5; }) |
            // half an hour, half a year
            act(kw("half") >> (kw("a") | kw("an")), [](auto& ctx) { _val(ctx).amount = 0.5; }) |
            // "a quarter of a century", "a quarter-century"
            act(-kw("a") >> x3::lexeme[ci("quarter") >> (x3::lit('-') | ' ')] >> -(kw("of") >> kw("a")) >>
                    &kw("century"),
                [](auto& ctx) { _val(ctx).amount = 0.25; }) |
            act(kw("a") | kw("an") | kw("one"), [](auto& ctx) { _val(ctx).amount = 1; }) >> -kw("full") |
            act(kw("several") | kw("a") >> kw("few"), [](auto& ctx) { _val(ctx).amount = 0; })) >>
        // (not "20 years-old"; "six years -- would" is a duration)
        -kw("more") >> act(kw_table(lexicon::time_units()), detail::set_duration_unit) >>
        !x3::no_skip[x3::lit('-') >> ascii::alnum] >>
        // "a week or so": about a week
        -act(kw("or") >> kw("so"),
             [](auto& ctx) {
                 if (_val(ctx).hedge.empty()) _val(ctx).hedge = "about";
             }) >>
        // ("six months later than planned": a delay, a duration)
        // (hours, minutes and seconds, which relative time does not count in, are spans either way:
        // "missing for six hours before he was found", "Eight minutes later, a second blast")
        (act(x3::no_skip[x3::eps],
             [](auto& ctx) {
                 auto const& unit = _val(ctx).unit;
                 _pass(ctx) = unit == "H" || unit == "MIN" || unit == "S";
             }) |
         !kw("ago") >> !(kw("earlier") >> !kw("than")) >> !kw("before") >> !(kw("later") >> !kw("than")) >>
             !(kw("ahead") >> kw("of"))) >>
        !(kw("from") >> (kw("now") | kw("today"))) >>
        // (nor "a year" of "on a year on year basis", a rate's basis)
        !((kw("on") | kw("over")) >> kw_table(lexicon::time_units())) >>
        // "about a quarter of sales": a fraction (not "a quarter of a century", "a quarter of 1986",
        // "of fiscal 1984", "of the year", "of this year": times; nor several quarters, "three
        // quarters of losses", "the first three quarters of its fiscal year")
        !(act(x3::no_skip[x3::eps], [](auto& ctx) { _pass(ctx) = _val(ctx).unit == "Q" && _val(ctx).amount == 1; }) >>
          kw("of") >> !(kw("a") >> kw("century")) >> !ascii::digit >> !kw("fiscal") >> !kw("this") >> !kw("last") >>
          // ("a quarter of the 800 members" counts them; "a quarter of the 1990s", "of the 20th century"
          // are times)
          !kw("next") >>
          !(kw("the") >> (kw("year") | kw("fiscal") | kw("current") |
                          x3::lexeme[x3::repeat(4)[ascii::digit] >> -x3::lit('\'') >> 's' >> !ascii::alnum] |
                          x3::lexeme[+ascii::digit >> x3::no_case[lexicon::ordinal_suffixes()] >> !ascii::alnum]))) >>
        // "between a quarter and a third of staff", "a quarter full": a fraction
        !(act(x3::no_skip[x3::eps], [](auto& ctx) { _pass(ctx) = _val(ctx).unit == "Q" && _val(ctx).amount == 1; }) >>
          (kw("full") | kw("empty") |
           kw("and") >> (kw("a") | kw("one")) >>
               x3::lexeme[x3::no_case[lexicon::fraction_denominators()] >> !ascii::alnum])) >>
        // "three quarters of the budget", "three quarters of its staff": a fraction, three fourths
        // ("three quarters of losses" are three quarters of a year)
        !(act(x3::no_skip[x3::eps], [](auto& ctx) { _pass(ctx) = _val(ctx).unit == "Q" && _val(ctx).amount == 3; }) >>
          kw("of") >> (kw("the") | kw("its") | kw("their") | kw("his") | kw("her") | kw("our") | kw("all")) >>
          !kw("year") >> !kw("fiscal") >> !kw("current") >> !kw("financial") >> !ascii::digit) >>
        // an hour and a half, two years and a half
        -act(kw("and") >> kw("a") >> kw("half"), [](auto& ctx) { _val(ctx).amount += 0.5; }) >>
        // A range goes up (not "three to two years") and is no range of ages ("women 20 to 54 years
        // of age") nor of times after another ("10 to 30 days after the offer": the time is "30
        // days after", the low end a number).
        (act(x3::no_skip[x3::eps], [](auto& ctx) { _pass(ctx) = _val(ctx).amount_low == 0; }) |
         !(kw("of") >> kw("age")) >> !kw("old") >> !kw("after") >> act(x3::no_skip[x3::eps], [](auto& ctx) {
             auto const& v = _val(ctx);
             _pass(ctx) = v.amount_low < v.amount;
         }))));

BOOST_SPIRIT_DEFINE(duration)

} // namespace parser

} // namespace numcheck::grammar
