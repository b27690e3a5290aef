#pragma once
#include "common.hpp"
#include "number.hpp"
#include "percent.hpp"

namespace numcheck::grammar {

namespace parser {

using x3::_attr;
using x3::_val;
namespace ascii = x3::ascii;

percent_type const percent = "percent";

auto const percent_def =
    spanned(fresh() >> -common::hedge >> (act(amount(), common::take_value) |
                                          act(kw("half") >> -kw("a"), [](auto& ctx) { _val(ctx).spelled = 0.5; })) >>
            act(x3::lexeme[x3::no_case[lexicon::percent_words()] >> !ascii::alnum], [](auto& ctx) {
                int const which = _attr(ctx);
                _val(ctx).kind = which == 0 ? ast::quantity_kind::percent : ast::quantity_kind::points;
                _val(ctx).factor = which == 2 ? 0.01 : 1.0;
            }));

BOOST_SPIRIT_DEFINE(percent)

} // namespace parser

} // namespace numcheck::grammar
