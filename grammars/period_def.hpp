#pragma once
#include "common.hpp"
#include "period.hpp"

namespace numcheck::grammar {

namespace parser {

using x3::_attr;
using x3::_pass;
using x3::_val;
namespace ascii = x3::ascii;

period_type const period = "period";

namespace detail {

inline auto const set_year = [](auto& ctx) {
    _pass(ctx) = _attr(ctx) >= 1800 && _attr(ctx) <= 2099;
    _val(ctx).year = _attr(ctx);
};

/// The second year of "1986/87", "2022-23", "2022/2023" (two or four digits that follow on) or of
/// a span of years, "1987-90", "the 1987-1989 period".
inline auto const set_year_end = [](auto& ctx) {
    int const first = _val(ctx).year;
    int end = _attr(ctx);
    if (end < 100) end += first / 100 * 100;
    if (end < first && end + 100 <= first + 20) end += 100; // "1998-01"
    _pass(ctx) = end > first && end <= first + 20;
    _val(ctx).year_end = end;
};
inline auto const year_end =
    x3::lexeme[x3::omit[x3::char_("/-")] >>
               as<int>(x3::uint_parser<int, 10, 4, 4>{} | x3::uint_parser<int, 10, 2, 2>{}) >> !ascii::alnum];
/// "1985/6": one digit after a slash.
inline auto const year_end_digit = x3::lexeme['/' >> x3::uint_parser<int, 10, 1, 1>{} >> !ascii::alnum];
inline auto const set_year_end_digit = [](auto& ctx) {
    int const first = _val(ctx).year;
    int end = first / 10 * 10 + _attr(ctx);
    if (end <= first) end += 10;
    _pass(ctx) = end == first + 1;
    _val(ctx).year_end = end;
};

inline auto const quarter_word = x3::no_case[lexicon::quarter_words()];
inline auto const half_word = x3::no_case[lexicon::half_words()];

/// Words after a four-digit number that make it a quantity, not a year: "2000 tonnes".
inline auto const not_a_year_after = !kw_table(lexicon::not_year_words());

/// A year from 1000 to 1799 ("built in 1760, it ...", "died in 1794.", "moved in 1789 and died"):
/// only after "in" and right before a stop, the end or "and" and a word; "in 1500 shares", "in 1200
/// and 1300 hours" are counts.
inline auto const set_old_year = [](auto& ctx) {
    _pass(ctx) = _attr(ctx) >= 1000 && _attr(ctx) < 1800;
    _val(ctx).year = _attr(ctx);
};
inline auto const old_year_stop =
    x3::no_skip[&x3::char_(".,;:)") | x3::eoi] | &(kw("and") >> !x3::lexeme[ascii::digit | x3::lit('$')]);

inline auto const set_quarter = [](auto& ctx) {
    _val(ctx).kind = ast::time_kind::period;
    _val(ctx).quarter = _attr(ctx);
};
inline auto const set_half = [](auto& ctx) {
    _val(ctx).kind = ast::time_kind::period;
    _val(ctx).half = _attr(ctx);
};
inline auto const period_kind = [](auto& ctx) { _val(ctx).kind = ast::time_kind::period; };

/// The last month of a range whose first is in the AST: a quarter or a half when the months make
/// one, else (`span`) the months from the first to this one (across a new year when it comes
/// before the first: "Oct-Sept", "Dec/Jan").
template <bool span>
inline auto const set_month_range = [](auto& ctx) {
    auto& v = _val(ctx);
    int const from = v.month;
    int const to = _attr(ctx);
    v.kind = ast::time_kind::period;
    if (from % 3 == 1 && to == from + 2) {
        v.month = 0;
        v.quarter = (from + 2) / 3;
    } else if ((from == 1 && to == 6) || (from == 7 && to == 12)) {
        v.month = 0;
        v.half = from == 1 ? 1 : 2;
    } else {
        _pass(ctx) = span && to != from;
        v.month_end = to;
    }
};

inline auto const of_year = -kw("of") >> act(common::any_year, set_year);
/// "of the fiscal year", "of its financial year" after a quarter or a half: the words read, no year named (the
/// period of a year the text does not number).
inline auto const of_unnumbered_fiscal_year = kw("of") >> (kw("the") | kw("its") | kw("their")) >>
                                              (kw("fiscal") | kw("financial")) >> kw("year") >> !x3::lit('-') >>
                                              !ascii::digit;

/// A part of the month or year that follows: "early", "late", "mid-", "the middle of", "the end
/// of". The mention is of the whole month or year ("late November" is 1999-11, as TimeML has it).
inline auto const part_of = (kw("early") | kw("late") | kw("mid")) >> -x3::lit('-') | kw("end") >> x3::lit('-') |
                            -kw("the") >> (kw("beginning") | kw("start") | kw("middle") | kw("end")) >> kw("of");

/// A day below ten spelled out after a month, as the date grammar reads it ("May Eight", "April
/// one,"): a look-ahead without actions.
inline auto const spelled_day_ahead = x3::lexeme[(ci("one") | ci("two") | ci("three") | ci("four") | ci("five") |
                                                  ci("six") | ci("seven") | ci("eight") | ci("nine")) >>
                                                 !ascii::alnum] >>
                                      (x3::lit(',') | x3::lit('.') | x3::lit(';') | x3::lit(':') | x3::lit(')') |
                                       x3::eoi | kw("to") | kw("and") | kw("or") | kw("through") | kw("until") |
                                       kw("by") | kw("at") | kw("from") | kw("in") | kw("on") | kw("when") |
                                       kw("after") | kw("before") | kw("the") | kw("for") | kw("with") | kw("as") |
                                       kw("if") | kw("but") | kw("that") | kw("is") | kw("was") | kw("will") |
                                       kw("would") | common::year4);

/// A decade ("1990s") or a century ("1800s": the 19th) from its first year.
inline auto const set_decade = [](auto& ctx) {
    int const y = _attr(ctx);
    _pass(ctx) = y % 10 == 0 && y >= 1800 && y <= 2090;
    _val(ctx).kind = ast::time_kind::period;
    if (y % 100 == 0 && y != 2000)
        _val(ctx).century = y / 100;
    else
        _val(ctx).decade = y;
};

/// A part of a decade: "the mid-1990s", "the early 1980s", "the last half of the '80s".
inline auto const part_of_decade = (kw("early") | kw("late") | kw("mid")) >> -x3::lit('-') |
                                   (kw("first") | kw("last") | kw("second")) >> kw("half") >> kw("of") >> -kw("the");

/// The first words of each alternative below, for first_letters_parser (see lexicon.hpp): with
/// optional leading words, those and the words after them; "FY2023", "Q3" and "H1" by their
/// first three characters.
inline auto const period_fiscal_first =
    first_of({"fiscal", "fy", "fy0", "fy1", "fy2", "fy3", "fy4", "fy5", "fy6", "fy7", "fy8", "fy9"});
inline auto const period_the_or_digits_first = first_of({"the"}).digits();
inline auto const period_decade_first = first_of({"the", "early", "late", "mid"}).digits();
inline auto const period_century_first = first_letters_parser{}
                                             .words({"the", "early", "late", "mid", "twenty-first"})
                                             .table(lexicon::ordinal_words())
                                             .digits();
inline auto const period_quarter_first = first_letters_parser{}.table(lexicon::quarter_words()).words({"the"}).digits();
inline auto const period_last_first = first_of({"the", "last", "first", "final"});
inline auto const period_q_first = first_of({"q0", "q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9"});
inline auto const period_half_first = first_letters_parser{}.table(lexicon::half_words()).words({"the"}).digits();
inline auto const period_h_first = first_of({"h0", "h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9"});
inline auto const period_season_first =
    first_of({"in", "for", "during", "the", "crop", "marketing", "financial", "tax", "fiscal", "year"}).digits();
inline auto const period_month_year_first = first_letters_parser{}.table(lexicon::months()).words({"in"});
inline auto const period_month_range_first =
    first_letters_parser{}.table(lexicon::months()).words({"in", "from", "between", "the", "during", "for"});
inline auto const period_month_first =
    first_of({"in", "by", "until", "through", "during", "since", "from", "for", "of", "to", "early", "late", "mid",
              "the", "start", "middle", "beginning", "end"});
inline auto const period_month_possessive_first = first_letters_parser{}.table(lexicon::months());
inline auto const period_year_first =
    first_of({"in", "during", "for", "throughout", "early", "late", "mid", "the", "beginning", "start", "middle", "end",
              "eighteen", "nineteen", "twenty"})
        .digits();

} // namespace detail

auto const period_def =
    spanned(
        (
            // fiscal 2023, fiscal year 2023, FY2023, FY 2023, FY23
            detail::period_fiscal_first >> fresh(ast::time_kind::year) >>
                // (not "fiscal 1986/87", a split year: below)
                (kw("fiscal") >> -kw("year") >> act(common::year4, detail::set_year) >>
                     !x3::lexeme[x3::char_("/-") >> ascii::digit] |
                 x3::lexeme[ci("fy") >> -x3::lit(' ') >>
                            act(as<int>(x3::uint_parser<int, 10, 4, 4>{} | x3::uint_parser<int, 10, 2, 2>{}),
                                [](auto& ctx) {
                                    int y = _attr(ctx);
                                    if (y < 100) y += y < 50 ? 2000 : 1900;
                                    _val(ctx).year = y;
                                }) >>
                            // "FY2024-25", "FY24/25": the fiscal year of the second year, in which it
                            // ends
                            -act(x3::char_("-/") >> x3::uint_parser<int, 10, 2, 2>{} >> !ascii::alnum,
                                 [](auto& ctx) {
                                     int const second = boost::fusion::at_c<1>(_attr(ctx));
                                     _pass(ctx) = second == (_val(ctx).year + 1) % 100;
                                     if (_pass(ctx)) _val(ctx).year += 1;
                                 }) >>
                            !ascii::alnum]) >>
                act(x3::eps,
                    [](auto& ctx) {
                        _val(ctx).kind = ast::time_kind::period;
                        _val(ctx).fiscal = true;
                    }) |
            // the 1988 second quarter, 1988 fourth-quarter
            detail::period_the_or_digits_first >> fresh(ast::time_kind::year) >> -kw("the") >>
                act(common::year4, detail::set_year) >>
                act(x3::lexeme[detail::quarter_word >> x3::omit[x3::char_(" -")]], detail::set_quarter) >>
                kw("quarter") |
            // the first quarter of 2023, the third quarter, first-quarter, the final quarter
            detail::period_quarter_first >> fresh(ast::time_kind::year) >> -kw("the") >>
                act(x3::lexeme[detail::quarter_word >> x3::omit[x3::char_(" -")]], detail::set_quarter) >>
                kw("quarter") >> -(detail::of_year | detail::of_unnumbered_fiscal_year) |
            // the last quarter of 1986, the last half of 1986: the fourth quarter, the second half
            // (without a year, "the last quarter" is the one before the reference date's: relative time)
            detail::period_last_first >> fresh(ast::time_kind::year) >>
                -kw("the") >> kw("last") >> (kw("quarter") >> act(x3::eps,
                                                                  [](auto& ctx) {
                                                                      _val(ctx).kind = ast::time_kind::period;
                                                                      _val(ctx).quarter = 4;
                                                                  }) |
                                             kw("half") >> act(x3::eps,
                                                               [](auto& ctx) {
                                                                   _val(ctx).kind = ast::time_kind::period;
                                                                   _val(ctx).half = 2;
                                                               })) >>
                kw("of") >> act(common::any_year, detail::set_year) |
            // the first nine months of 1987, the last six months of 1986: the span of months (a
            // quarter or a half when they make one: "the first three months of 1987" is 1987-Q1)
            detail::period_last_first >> fresh(ast::time_kind::year) >> -kw("the") >> common::first_or_last_months >>
                act(x3::eps, detail::period_kind) >> act(common::year4, detail::set_year) >>
                // (not a split year: "the first five months of 1986/87")
                !(x3::lit('/') >> ascii::digit) >> !(x3::lit('-') >> ascii::digit) |
            // Q3, Q3 2023, 3Q
            detail::period_q_first >> fresh(ast::time_kind::year) >>
                act(x3::lexeme[ci('q') >> x3::uint_parser<int, 10, 1, 1>{} >> !ascii::alnum], detail::set_quarter) >>
                -act(common::year4, detail::set_year) >>
                act(x3::eps, [](auto& ctx) { _pass(ctx) = _val(ctx).quarter <= 4; }) |
            // the first half of 2023, H1 (not "the first half of the decade", "of the century", "of
            // the match": no half of a year)
            detail::period_half_first >> fresh(ast::time_kind::year) >> -kw("the") >>
                act(x3::lexeme[detail::half_word >> x3::omit[x3::char_(" -")]], detail::set_half) >> kw("half") >>
                (detail::of_year | detail::of_unnumbered_fiscal_year |
                 !(kw("of") >> -(kw("the") | kw("this") | kw("last") | kw("next")) >>
                   (kw("decade") | kw("century") | kw("match") | kw("game") | kw("season")))) |
            detail::period_h_first >> fresh(ast::time_kind::year) >>
                act(x3::lexeme[ci('h') >> x3::uint_parser<int, 10, 1, 1>{} >> !ascii::alnum], detail::set_half) >>
                -act(common::year4, detail::set_year) >>
                act(x3::eps, [](auto& ctx) { _pass(ctx) = _val(ctx).half <= 2; }) |
            // 3Q23, 3Q 2023, 1H24, 2H2023, 4Q: the quarter or the half first, as analysts write it
            &ascii::digit >> fresh(ast::time_kind::year) >>
                act(x3::lexeme[x3::uint_parser<int, 10, 1, 1>{} >> x3::no_case[x3::char_("qh")] >>
                               -as<int>(x3::uint_parser<int, 10, 4, 4>{} | x3::uint_parser<int, 10, 2, 2>{}) >>
                               !ascii::alnum],
                    [](auto& ctx) {
                        using boost::fusion::at_c;
                        int const n = at_c<0>(_attr(ctx));
                        bool const quarter = (at_c<1>(_attr(ctx)) | 0x20) == 'q';
                        _pass(ctx) = n >= 1 && n <= (quarter ? 4 : 2);
                        _val(ctx).kind = ast::time_kind::period;
                        (quarter ? _val(ctx).quarter : _val(ctx).half) = n;
                        if (auto const y = at_c<2>(_attr(ctx)))
                            _val(ctx).year = *y < 100 ? *y + (*y < 50 ? 2000 : 1900) : *y;
                    }) >>
                -act(common::year4,
                     [](auto& ctx) {
                         _pass(ctx) = _val(ctx).year == 0 && _attr(ctx) >= 1800 && _attr(ctx) <= 2099;
                         _val(ctx).year = _attr(ctx);
                     }) >>
                // (a half with its year: "in 2H" alone may be a match's second half)
                act(x3::eps, [](auto& ctx) { _pass(ctx) = _val(ctx).half == 0 || _val(ctx).year != 0; }) |
            // the 1990s, the mid-1990s, the late 1980s, the '80s, the last half of the '80s; the 1800s,
            // the early 1900s: a century (but "the 2000s" the decade); decades in words, centuries
            // (one alternative: the leading words are read once)
            detail::period_decade_first >> fresh(ast::time_kind::year) >>
                // ("definite": "the" was read, which a decade in words needs; cleared at the end)
                -act(kw("the"), [](auto& ctx) { _val(ctx).definite = true; }) >>
                -act(detail::part_of_decade, [](auto& ctx) { _val(ctx).definite = true; }) >>
                (act(x3::lexeme[x3::uint_parser<int, 10, 4, 4>{} >> 's' >> !ascii::alnum], detail::set_decade) |
                 // ("the 1990's", "the late 1980's and 1990's"; not "2020's record low", a year's: with
                 // "the" or a part of the decade before it, or no noun after it)
                 act(x3::lexeme[x3::uint_parser<int, 10, 4, 4>{} >> x3::lit('\'') >> 's' >> !ascii::alnum],
                     [](auto& ctx) {
                         detail::set_decade(ctx);
                         _pass(ctx) = _pass(ctx) && _val(ctx).definite;
                     }) |
                 act(x3::lexeme[x3::uint_parser<int, 10, 4, 4>{} >> x3::lit('\'') >> 's' >> !ascii::alnum],
                     detail::set_decade) >>
                     !(&ascii::lower >> !(kw("and") | kw("or"))) |
                 act(x3::lexeme[x3::lit('\'') >> x3::uint_parser<int, 10, 2, 2>{} >> 's' >> !ascii::alnum],
                     [](auto& ctx) {
                         int const d = _attr(ctx);
                         _pass(ctx) = d % 10 == 0;
                         _val(ctx).kind = ast::time_kind::period;
                         _val(ctx).decade = (d >= 30 ? 1900 : 2000) + d; // "'80s": 1980s; "'20s": 2020s
                     }) |
                 // the nineties, the early eighties, the mid-seventies (not "in their forties": "the"
                 // first; not "highs in the nineties" in degrees)
                 act(kw_table(lexicon::decade_words()),
                     [](auto& ctx) {
                         _pass(ctx) = _val(ctx).definite;
                         _val(ctx).kind = ast::time_kind::period;
                         _val(ctx).decade = _attr(ctx);
                     }) >>
                     !kw("degrees") |
                 // the 20th century, the twentieth century, the early 19th century, a 19th-century house
                 act(as<int>(x3::lexeme[x3::uint_parser<int, 10, 1, 2>{} >>
                                        x3::omit[x3::no_case[lexicon::ordinal_suffixes()]] >> !ascii::alnum] |
                             kw("twenty-first") >> x3::attr(21) | kw_table(lexicon::ordinal_words())),
                     [](auto& ctx) {
                         int const n = _attr(ctx);
                         _pass(ctx) = n >= 2 && n <= 21;
                         _val(ctx).kind = ast::time_kind::period;
                         _val(ctx).century = n - 1;
                     }) >>
                     -x3::lit('-') >>
                     // (not "20th Century Fox", "20th Century-Fox": a capital and a name after it)
                     (x3::lexeme[x3::lit('c') >> "entury" >> !ascii::alnum] |
                      x3::lexeme[x3::lit('C') >> ci("entury") >> !ascii::alnum] >>
                          !(-x3::lit('-') >> &ascii::upper))) >>
                act(x3::eps, [](auto& ctx) { _val(ctx).definite = false; }) |
            // the 2022-23 season, 1986/87, crop year 1986/87
            detail::period_season_first >> fresh(ast::time_kind::year) >> -(kw("in") | kw("for") | kw("during")) >>
                -kw("the") >> -(kw("crop") | kw("marketing") | kw("financial") | kw("tax") | kw("fiscal")) >>
                -kw("year") >> x3::lexeme[act(x3::uint_parser<int, 10, 4, 4>{}, detail::set_year) >>
                                          (act(detail::year_end, detail::set_year_end) |
                                           act(detail::year_end_digit, detail::set_year_end_digit))] >>
                -(act(kw("season"), [](auto& ctx) { _val(ctx).season = true; }) |
                  // ("in the 2024/25 marketing year", "the 2022-23 financial year": the kind of year after it)
                  -(kw("crop") | kw("marketing") | kw("financial") | kw("tax") | kw("fiscal") | kw("school") |
                    kw("academic")) >>
                      kw("year") >> !x3::lit('-')) >>
                act(x3::eps, detail::period_kind) |
            // April 2018, in April 2018
            detail::period_month_year_first >> fresh(ast::time_kind::year) >> -kw("in") >>
                act(common::month_name, common::set_month) >> -x3::lit(',') >>
                act(common::any_year, detail::set_year) >> act(x3::eps, detail::period_kind) |
            // January-March, the October-December quarter, from April to June 1987, July through
            // December, January/March: months that make a quarter or a half are that quarter or
            // half. Other months joined by a hyphen or a slash, or by "between ... and", are a span
            // of months ("the February-April period", "Aug/Sept", "April-October, 1987"); joined by
            // "to", "through" or "until" they are two months, each a mention (as TimeML has them).
            detail::period_month_range_first >> fresh(ast::time_kind::year) >>
                // ("and" only after "between": "for April and June" is two months)
                (kw("between") >> act(common::month_name, common::set_month) >> kw("and") >>
                     act(common::month_name, detail::set_month_range<true>) |
                 -(kw("in") | kw("from") | kw("the") | kw("during") | kw("for")) >>
                     act(common::month_name, common::set_month) >>
                     // ("the January-to-March quarter": a hyphenated "to" joins them as a hyphen does)
                     ((x3::lit("-to-") | x3::lit('-') | x3::lit('/')) >>
                          act(common::month_name, detail::set_month_range<true>) >>
                          // (not before a day: "for March/May 15 shipments", "June/July 15" end on a date)
                          !x3::lexeme[x3::uint_parser<int, 10, 1, 2>{} >> !(ascii::alnum | '-' | '/' | '.')] |
                      (kw("through") | kw("to") | kw("until")) >>
                          act(common::month_name, detail::set_month_range<false>))) >>
                // (not the first year of a split year: "in April/January 1986/87")
                -(-x3::lit(',') >> act(x3::lexeme[common::year4 >> !('/' >> ascii::digit) >> !('-' >> ascii::digit)],
                                       detail::set_year)) >>
                -(kw("quarter") | kw("period") | kw("half")) |
            // in March, by April, until June, the October slaying (a month of an unstated year)
            detail::period_month_first >> fresh(ast::time_kind::year) >>
                ((kw("in") | kw("by") | kw("until") | kw("through") | kw("during") | kw("since") | kw("from") |
                  kw("for") | kw("of") | kw("to") | kw("the")) >>
                     -detail::part_of |
                 detail::part_of) >>
                act(common::month_name, common::set_month) >> !kw_table(lexicon::scale_words()) >>
                // (no digit after it, a day or a year, but for a figure with thousands: "in late April
                // 7,500,000 shares")
                ((!x3::lexeme[ascii::digit]) |
                 &x3::lexeme[x3::repeat(1, 3)[ascii::digit] >> ',' >> x3::repeat(3)[ascii::digit]]) >>
                !common::year_in_words >>
                // not "as of May Eight" (a date), "a revision to December's figures" (the month alone)
                !detail::spelled_day_ahead >> !x3::lit('\'') >>
                // "since August, 1985" (as "April, 2018" above)
                -act(x3::lit(',') >> common::year4, detail::set_year) >> act(x3::eps, detail::period_kind) |
            // December's figures, January's rise: a month of an unstated year; "its March load
            // factor", "the unadjusted March index", "May exports": a month that names the figures
            detail::period_month_possessive_first >> fresh(ast::time_kind::year) >>
                act(common::month_name, common::set_month) >>
                (x3::lexeme[x3::lit('\'') >> ascii::char_("sS") >> !ascii::alnum] |
                 &kw_table(lexicon::month_figure_nouns())) >>
                act(x3::eps, detail::period_kind) |
            // the year two thousand, the year two thousand and one
            first_of({"the"}) >> fresh(ast::time_kind::year) >> kw("the") >> kw("year") >> kw("two") >>
                kw("thousand") >> act(-(-kw("and") >> common::spelled_cardinal),
                                      [](auto& ctx) {
                                          double const rest = _attr(ctx) ? *_attr(ctx) : 0.0;
                                          _pass(ctx) = rest >= 0 && rest < 100 && rest == static_cast<int>(rest);
                                          _val(ctx).year = 2000 + static_cast<int>(rest);
                                      }) >>
                !x3::lit('-') |
            // in 2022, 2022, in early 1990, mid-1996, the end of 2022; "built in 1760," (before 1800
            // only after "in" and before a stop)
            detail::period_year_first >> fresh(ast::time_kind::year) >>
                (kw("in") >> -detail::part_of >> act(common::year4, detail::set_old_year) >> detail::old_year_stop |
                 -(kw("in") | kw("during") | kw("for") | kw("throughout")) >> -detail::part_of >>
                     act(common::any_year, detail::set_year) >> detail::not_a_year_after) >>
                act(x3::eps, [](auto& ctx) { _val(ctx).kind = ast::time_kind::year; })));

BOOST_SPIRIT_DEFINE(period)

} // namespace parser

} // namespace numcheck::grammar
