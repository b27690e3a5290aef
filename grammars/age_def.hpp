#pragma once
#include "age.hpp"
#include "common.hpp"

namespace numcheck::grammar {

namespace parser {

using x3::_attr;
using x3::_pass;
using x3::_val;
namespace ascii = x3::ascii;

age_type const age = "age";

namespace detail {

inline auto const years_of_age =
    x3::lexeme[x3::uint_parser<int, 10, 1, 3>{} >> !ascii::alnum >> !('.' >> ascii::digit) >> !(',' >> ascii::digit)];
/// After "aged" or "age": in figures or spelled ("aged five to 11").
/// (Not before a unit of time: "raise the retirement age two years, to 67", "the pension age three
/// years ago", "aged six months": a span, not an age in years.)
inline auto const age_years = x3::rule<struct age_years_class, int>{"age"} =
    (act(years_of_age, [](auto& ctx) { _val(ctx) = _attr(ctx); }) |
     act(common::spelled_cardinal, [](auto& ctx) { _val(ctx) = static_cast<int>(_attr(ctx)); })) >>
    !kw_table(lexicon::time_units());
inline auto const set_age = [](auto& ctx) {
    _pass(ctx) = _attr(ctx) >= 1 && _attr(ctx) <= 120;
    _val(ctx).age = _attr(ctx);
};
inline auto const set_age_d = [](auto& ctx) {
    _pass(ctx) = _attr(ctx) >= 1 && _attr(ctx) <= 120;
    _val(ctx).age = static_cast<int>(_attr(ctx));
};

/// The high end of a range of ages ("aged 18 to 24"): above the low end.
inline auto const set_age_to = [](auto& ctx) {
    _pass(ctx) = _attr(ctx) > _val(ctx).age && _attr(ctx) <= 120;
    if (_pass(ctx)) _val(ctx).age_to = _attr(ctx);
};

inline auto const set_age_to_d = [](auto& ctx) {
    int const to = static_cast<int>(_attr(ctx));
    _pass(ctx) = to > _val(ctx).age && to <= 120;
    if (_pass(ctx)) _val(ctx).age_to = to;
};

inline auto const age_unit = x3::lexeme[x3::no_case[lexicon::age_units()] >> !ascii::alnum];
inline auto const age_unit_singular = x3::no_case[lexicon::age_units_singular()];

/// A capitalised name before the age: "Smith", "O'Neill", "Lavrov".
/// (letters outside ASCII too: "Sørensen", "Kovač", "López"; each byte of their UTF-8)
inline auto const surname =
    x3::lexeme[ascii::upper >> +(ascii::alpha | '\'' | '-' | (x3::char_ - ascii::char_)) >> !ascii::alnum];

/// A word of a place that is no name between "born on the" and the year: "farm", "family farm".
inline auto const plain_word = x3::lexeme[+ascii::lower >> !(ascii::alnum | '-')];

/// A word of a place's name between "born in" and the year: "Plains", "Ga.", "New", "York".
inline auto const place_word = x3::lexeme[ascii::upper >> *(ascii::alpha | '\'' | '-' | '.') >> !ascii::alnum];

/// "in her 60s", "in his early 30s": the decade's ages, or the part of it said before (age_to
/// holds the part until here: 0 the whole decade, 1 early, 2 mid, 3 late).
inline auto const set_decade_of_life = [](auto& ctx) {
    int decade = _attr(ctx);
    if (decade >= 1900) decade %= 100; // "sixties" is 1960 in the table
    int const part = _val(ctx).age_to;
    _pass(ctx) = decade >= 10 && decade <= 110 && decade % 10 == 0;
    _val(ctx).age = decade + (part == 2 ? 4 : part == 3 ? 7 : 0);
    _val(ctx).age_to = decade + (part == 1 ? 3 : part == 2 ? 6 : 9);
};

} // namespace detail

auto const age_def = spanned((
    // Smith, 45, said ...
    // ("Biden, now 81, said": the age now)
    // ("said manager Paul Grady, 52.": the age ends the sentence)
    fresh(ast::time_kind::age) >> detail::surname >> ',' >> -kw("now") >> act(detail::years_of_age, detail::set_age) >>
        (x3::lit(',') | &(x3::lit('.') >> (x3::eoi | x3::no_skip[ascii::space]))) |
    // "The victim, 27, was named", "his wife, 38,": a person's noun in apposition
    fresh(ast::time_kind::age) >> x3::lexeme[x3::no_case[lexicon::person_nouns()] >> !ascii::alnum] >> ',' >>
        -kw("now") >> act(detail::years_of_age, detail::set_age) >> &x3::lit(',') |
    // aged 45, at age 45; aged 18 to 24, aged 18-24, aged between 18 and 34, aged 65 and over
    fresh(ast::time_kind::age) >> kw("aged") >>
        (kw("between") >> act(detail::age_years, detail::set_age) >>
             act(kw("and") >> detail::age_years, detail::set_age_to) |
         // ("aged from 68 to 94")
         kw("from") >> act(detail::age_years, detail::set_age) >>
             act(kw("to") >> detail::age_years, detail::set_age_to) |
         act(detail::age_years, detail::set_age) >>
             (act((kw("to") | x3::lit('-')) >> detail::age_years, detail::set_age_to) |
              act((kw("and") | kw("or")) >> (kw("over") | kw("older") | kw("above")),
                  [](auto& ctx) { _val(ctx).hedge = "at least"; }) |
              x3::eps)) |
    // ("at the age of 72")
    fresh(ast::time_kind::age) >> -kw("at") >> -kw("the") >> kw("age") >> -kw("of") >>
        act(detail::age_years, detail::set_age) |
    // "She was 87.", "when he was 31,", "he turned 50 and": a person's age at the end of a clause
    // ("Smith, who is 59, was born in 1966")
    // ("who is 52 and was born in 1972", "who turned 60 in March", "she turns 40 next week")
    fresh(ast::time_kind::age) >> (kw("he") | kw("she") | kw("who")) >>
        // (not a record of games, "He is 7 and 3 with a 2.85 ERA")
        // ("He is now 58", "who is now 81")
        ((kw("was") | kw("is")) >> -kw("now") >> act(detail::years_of_age, detail::set_age) >>
             &(x3::lit('.') | ',' | ';' | kw("when") | kw("and") >> !(ascii::digit | common::spelled_cardinal) |
               x3::eoi) |
         (kw("turned") | kw("turns")) >> act(detail::years_of_age, detail::set_age) >>
             &(x3::lit('.') | ',' | ';' | kw("when") | kw("and") >> !(ascii::digit | common::spelled_cardinal) |
               kw("in") | kw("on") | kw("last") | kw("this") | kw("earlier") | kw("next") | x3::eoi)) |
    // "Pickens is 58.", "Smith is now 81, and": a name, then its age today at the end of a clause (not
    // "It is 58"; "Smith was 58" is an age at a time the text may not give)
    fresh(ast::time_kind::age) >> !(kw("it") | kw("this") | kw("that") | kw("there") | kw("which") | kw("what") |
                                    kw("here") | kw("the") | kw("turnout") | kw("total")) >>
        detail::surname >> kw("is") >> -kw("now") >> act(detail::years_of_age, detail::set_age) >>
        &(x3::lit('.') | ',' | ';' | kw("and") >> !(ascii::digit | common::spelled_cardinal) | x3::eoi) |
    // "Smith turns 60 on Friday", "Smith turned 60 last week": a name, then the birthday's age
    fresh(ast::time_kind::age) >> detail::surname >> (kw("turned") | kw("turns")) >>
        act(detail::years_of_age, detail::set_age) >>
        &(x3::lit('.') | ',' | ';' | kw("when") | kw("and") >> !(ascii::digit | common::spelled_cardinal) | kw("in") |
          kw("on") | kw("last") | kw("this") | kw("earlier") | kw("next") | x3::eoi) |
    // a 45-year-old, the 45-year-old, 45-year-old, two 5-year-olds
    fresh(ast::time_kind::age) >> -(kw("a") | kw("an") | kw("the")) >>
        x3::lexeme[act(common::small_count, detail::set_age_d) >> '-' >> ci("year") >> -x3::lit('s') >>
                   (x3::lit('-') | ' ') >> ci("old") >> -x3::lit('s') >> !ascii::alnum] |
    // "16 to 24-year-olds", "16-24-year-olds", "18- to 24-year-olds": a range of ages of a group
    fresh(ast::time_kind::age) >> act(common::small_count, detail::set_age_d) >>
        (x3::lit('-') >> -kw("to") | kw("to")) >>
        x3::lexeme[act(common::small_count, detail::set_age_to_d) >> '-' >> ci("year") >> -x3::lit('s') >>
                   (x3::lit('-') | ' ') >> ci("olds") >> !ascii::alnum] |
    // 45 years old, ten months old, more than 500 years old, around 3 years of age, 90 day old
    fresh(ast::time_kind::age) >> -common::hedge >> act(common::small_count,
                                                        [](auto& ctx) {
                                                            _pass(ctx) = _attr(ctx) >= 0 && _attr(ctx) <= 9999;
                                                            _val(ctx).age = static_cast<int>(_attr(ctx));
                                                        }) >>
        act(detail::age_unit, [](auto& ctx) { _val(ctx).unit = _attr(ctx); }) >> (kw("old") | kw("of") >> kw("age")) |
    // a 10-month-old, a 90-day-old
    fresh(ast::time_kind::age) >> -(kw("a") | kw("an") | kw("the")) >>
        x3::lexeme[act(common::small_count, detail::set_age_d) >> '-' >>
                   act(detail::age_unit_singular, [](auto& ctx) { _val(ctx).unit = _attr(ctx); }) >> '-' >> ci("old") >>
                   !ascii::alnum] |
    // "a woman in her 60s", "a man in his early 30s", "in their late twenties": a decade of life
    // (early: its first four years, mid: the middle three, late: the last three)
    fresh(ast::time_kind::age) >> kw("in") >> (kw("his") | kw("her") | kw("their")) >>
        -act(as<int>(kw("early") >> x3::attr(1) | kw("mid") >> x3::attr(2) | kw("late") >> x3::attr(3)),
             [](auto& ctx) { _val(ctx).age_to = _attr(ctx); }) >>
        -x3::lit('-') >>
        (act(x3::lexeme[x3::uint_parser<int, 10, 2, 2>{} >> -x3::lit('\'') >> 's' >> !ascii::alnum],
             detail::set_decade_of_life) |
         act(x3::lexeme[x3::no_case[lexicon::decade_words()] >> !ascii::alnum], detail::set_decade_of_life) |
         act(x3::lexeme[ci("twenties") >> !ascii::alnum] >> x3::attr(20), detail::set_decade_of_life)) |
    // born in 1970, born 1970, born in Plains in 1931, born in Plains, Ga., in 1924, born on the farm in 1961
    fresh(ast::time_kind::age) >> kw("born") >>
        -((kw("in") >> x3::repeat(1, 4)[detail::place_word >> -x3::lit(',')] |
           (kw("on") | kw("at") | kw("in")) >> kw("the") >> x3::repeat(1, 2)[!kw("in") >> detail::plain_word]) >>
          &kw("in")) >>
        -kw("in") >>
        // ("who was born in March 1982": the month said, the year counts)
        // ("born in 1732": after "born" a year of any century since 1000)
        -(common::month_name >> &common::year4) >> act(common::year4, [](auto& ctx) {
            _pass(ctx) = _attr(ctx) >= 1000 && _attr(ctx) <= 2099;
            _val(ctx).born = _attr(ctx);
        })));

BOOST_SPIRIT_DEFINE(age)

} // namespace parser

} // namespace numcheck::grammar
