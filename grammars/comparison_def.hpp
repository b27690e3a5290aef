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

/// The period a comparison is made with. Anchored relative time ("a year earlier") and years.
inline auto const compared_period = act(relative_time(), set_object) | act(period(), set_object);

} // namespace detail

auto const comparison_def =
    spanned(fresh(ast::time_kind::comparison) >>
            (
                // compared with 2022, versus a year earlier, In comparison
                act(x3::raw[kw_table(lexicon::comparison_markers())], detail::set_marker) >> -detail::compared_period |
                // from a year earlier, from the previous week, from last year
                act(x3::raw[kw("from")], detail::set_marker) >> act(relative_time(), [](auto& ctx) {
                    // (not "from now on", "years from now", "from the past": no base of a change)
                    auto const& unit = _attr(ctx).unit;
                    _pass(ctx) =
                        unit != "since" && unit != "ytd" && unit != "present" && unit != "past" && unit != "future";
                    _val(ctx).object.assign(1, _attr(ctx));
                })));

BOOST_SPIRIT_DEFINE(comparison)

} // namespace parser

} // namespace numcheck::grammar
