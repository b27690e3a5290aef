#pragma once
#include "common.hpp"
#include "comparison.hpp"
#include "period.hpp"
#include "relative_time.hpp"

namespace numcheck::grammar {

namespace parser {

using x3::_attr;
using x3::_pass;
using x3::_val;
namespace ascii = x3::ascii;

comparison_type const comparison = "comparison";

namespace detail {

inline auto const set_marker = [](auto& ctx) {
    auto const& r = _attr(ctx);
    _val(ctx).marker.assign(r.begin(), r.end());
};
inline auto const set_object = [](auto& ctx) { _val(ctx).object.assign(1, _attr(ctx)); };

/// Before a period or a relative time is tried after a marker: a figure ("vs 1.5 mln", "from 135
/// mln dlrs") begins neither, except four digits ("compared with 1986", "1986/87", "the 1990s")
/// and a count of calendar units ("from 2 years ago"), the only forms of either grammar that begin
/// with a digit. Most markers in wire copy are followed by figures: this fails them before both
/// grammars run, with the same result.
inline auto const may_begin_time = (!ascii::digit) | &x3::lexeme[x3::repeat(4)[ascii::digit] >> !ascii::digit] |
                                   &(x3::lexeme[+ascii::digit >> !ascii::alpha] >>
                                     x3::lexeme[x3::no_case[lexicon::calendar_units()] >> !ascii::alnum]);

/// The period a comparison is made with. Anchored relative time ("a year earlier") and years.
inline auto const compared_period = may_begin_time >> (act(relative_time(), set_object) | act(period(), set_object));

} // namespace detail

auto const comparison_def =
    spanned(fresh(ast::time_kind::comparison) >>
            (
                // compared with 2022, versus a year earlier, In comparison
                act(x3::raw[kw_table(lexicon::comparison_markers())], detail::set_marker) >> -detail::compared_period |
                // from a year earlier, from the previous week, from last year
                act(x3::raw[kw("from")], detail::set_marker) >> detail::may_begin_time >>
                    act(relative_time(),
                        [](auto& ctx) {
                            // (not "from now on", "years from now", "from the past": no base of a change)
                            auto const& unit = _attr(ctx).unit;
                            _pass(ctx) = unit != "since" && unit != "ytd" && unit != "present" && unit != "past" &&
                                         unit != "future";
                            _val(ctx).object.assign(1, _attr(ctx));
                        }) |
                // "up 2.2 pct from 1985": the year a change is measured from (extraction keeps it only
                // right after a change: "data from 1985 show" compares nothing)
                act(x3::raw[kw("from")], detail::set_marker) >>
                    &x3::lexeme[x3::repeat(4)[ascii::digit] >> !ascii::alnum] >> act(period(), [](auto& ctx) {
                        _pass(ctx) = _attr(ctx).kind == ast::time_kind::year && _attr(ctx).year_end == 0;
                        _val(ctx).object.assign(1, _attr(ctx));
                    })));

BOOST_SPIRIT_DEFINE(comparison)

} // namespace parser

} // namespace numcheck::grammar
