#pragma once
#include "common.hpp"
#include "number.hpp"
#include "percent.hpp"

namespace numcheck::grammar {

namespace parser {

using x3::_attr;
using x3::_pass;
using x3::_val;
namespace ascii = x3::ascii;

percent_type const percent = "percent";

namespace detail {
/// "%", "percent", "pct" (0), "percentage points" (1), "basis points" (2), as a whole word.
inline auto const percent_word = x3::lexeme[x3::no_case[lexicon::percent_words()] >> !ascii::alnum];
inline auto const set_percent_kind = [](auto& ctx) {
    int const which = _attr(ctx);
    _val(ctx).kind = which == 0 ? ast::quantity_kind::percent : ast::quantity_kind::points;
    _val(ctx).factor = which == 2 ? 0.01 : 1.0;
};
} // namespace detail

auto const percent_def = spanned(
    fresh() >> -common::hedge >>
    (
        // a quarter-point cut, a half-point rise, rose a quarter point, a quarter percentage point,
        // a quarter of a percentage point, three quarters of a point, half a point, a tenth of a
        // point: a fraction of a percentage point (said of rates; "25 points" alone may be index
        // points and is not read as such)
        &ascii::alpha >>
            act(-(kw("a") | kw("an") | kw("one") >> !x3::lit('-')) >>
                    as<double>(kw("quarter") >> x3::attr(0.25) | kw("one-quarter") >> x3::attr(0.25) |
                               kw("half") >> x3::attr(0.5) | kw("one-half") >> x3::attr(0.5) |
                               kw("three-quarter") >> x3::attr(0.75) | kw("three-quarters") >> x3::attr(0.75) |
                               kw("three") >> kw("quarters") >> x3::attr(0.75) |
                               // "rose a tenth of a point", "two-tenths of a point"
                               kw("tenth") >> x3::attr(0.1) | kw("one-tenth") >> x3::attr(0.1) |
                               kw("two-tenths") >> x3::attr(0.2) | kw("three-tenths") >> x3::attr(0.3)) >>
                    // ("half a point": the article alone)
                    -(kw("of") >> kw("a") | kw("a")) >>
                    -x3::lexeme[-x3::lit('-') >> ci("percentage") >> (x3::lit('-') | &x3::lit(' '))] >>
                    x3::lexeme[-x3::lit('-') >> ci("point") >> -ci('s') >> !ascii::alnum],
                [](auto& ctx) {
                    auto& v = _val(ctx);
                    v.spelled = _attr(ctx);
                    v.fraction = true;
                    v.kind = ast::quantity_kind::points;
                }) |
        // "3.1pc", "12pc": the percent of British papers, joined to the figure (not "the top 5 PC
        // makers", a word of its own); "25bps", "50bp": basis points, joined the same way
        &ascii::digit >>
            act(x3::lexeme[x3::raw[+ascii::digit >> *(',' >> x3::repeat(3)[ascii::digit]) >> -('.' >> +ascii::digit) >>
                                   (ci("pc") | ci("bps") | ci("bp") | x3::lit("ppts") | x3::lit("pp"))] >>
                           !ascii::alnum],
                [](auto& ctx) {
                    auto const& r = _attr(ctx);
                    std::string_view const text(r.begin(), r.size());
                    std::size_t const letters = text.find_first_of("pPbB");
                    std::string_view const sign = text.substr(letters);
                    // ("0.25pp", "3.2ppts": percentage points, as British papers write them; not "ppt",
                    // parts per trillion or a shipping rate's "1,000 ppt")
                    bool const points = sign == "pp" || sign == "ppts";
                    bool const basis_points = !points && text.back() != 'c' && text.back() != 'C';
                    _val(ctx).numeral = text.substr(0, letters);
                    _val(ctx).kind = basis_points || points ? ast::quantity_kind::points : ast::quantity_kind::percent;
                    _val(ctx).factor = basis_points ? 0.01 : 1.0;
                }) |
        // Ranges, where a "to" or "and" is near: "2% to 3%", "between 2 percent and 3
        // percent" (the sign twice); "20 to 23 pct" (not "rose 2 to 9 pct", a rise to a new
        // level). Each amount is parsed once: the memo serves the alternatives after these.
        (common::range_ahead >>
             (x3::omit[act(amount() >> detail::percent_word >> (kw("to") | kw("and") | x3::lit('-')) >> amount(),
                           [](auto& ctx) {
                               using boost::fusion::at_c;
                               auto const& a = _attr(ctx);
                               _pass(ctx) = at_c<1>(a) == 0 && range_to(_val(ctx), at_c<0>(a), at_c<2>(a), true, true);
                           })] |
              x3::omit[act(amount() >> (kw("to") | kw("and")) >> amount(),
                           [](auto& ctx) {
                               using boost::fusion::at_c;
                               _pass(ctx) = range_to(_val(ctx), at_c<0>(_attr(ctx)), at_c<1>(_attr(ctx)));
                           })]) >>
             &detail::percent_word |
         act(amount(), common::take_value) |
         act(kw("half") >> -kw("a"),
             [](auto& ctx) {
                 _val(ctx).spelled = 0.5;
                 _val(ctx).fraction = true;
             })) >>
            act(detail::percent_word, detail::set_percent_kind) |
        // "rose 10 and 17 pct respectively": the first figure, its unit said after the second
        common::and_or_ahead >> act(amount(), common::take_value) >>
            common::shared_unit(act(detail::percent_word, detail::set_percent_kind))) >>
    common::hedge_after_at_end);

BOOST_SPIRIT_DEFINE(percent)

} // namespace parser

} // namespace numcheck::grammar
