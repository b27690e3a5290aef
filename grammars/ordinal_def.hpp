#pragma once
#include "common.hpp"
#include "ordinal.hpp"

namespace numcheck::grammar {

namespace parser {

using x3::_attr;
using x3::_pass;
using x3::_val;
namespace ascii = x3::ascii;

ordinal_type const ordinal = "ordinal";

namespace detail {

/// "21st", "2nd", "3rd", "4th" with the right suffix for the number.
inline auto const numeric_ordinal =
    x3::raw[x3::lexeme[+ascii::digit >> x3::no_case[lexicon::ordinal_suffixes()] >> !ascii::alnum]];
inline auto const check_suffix = [](auto& ctx) {
    auto const& r = _attr(ctx);
    unsigned n = 0;
    auto it = r.begin();
    for (; it != r.end() && *it >= '0' && *it <= '9'; ++it) n = n * 10 + static_cast<unsigned>(*it - '0');
    char const a = static_cast<char>(*it | 0x20);
    unsigned const last = n % 10;
    unsigned const tens = n % 100;
    char const expected = (tens >= 11 && tens <= 13) ? 't' : last == 1 ? 's' : last == 2 ? 'n' : last == 3 ? 'r' : 't';
    _pass(ctx) = a == expected;
    _val(ctx).spelled = n;
};

} // namespace detail

auto const ordinal_def =
    spanned((fresh() >> act(detail::numeric_ordinal, detail::check_suffix) |
             fresh() >> act(x3::lexeme[x3::no_case[lexicon::ordinal_tens()] >> '-' >>
                                       x3::no_case[lexicon::ordinal_words()] >> !ascii::alnum],
                            [](auto& ctx) {
                                int const ones = boost::fusion::at_c<1>(_attr(ctx));
                                _pass(ctx) = ones < 10;
                                _val(ctx).spelled = boost::fusion::at_c<0>(_attr(ctx)) + ones;
                            }) |
             fresh() >> act(kw_table(lexicon::ordinal_words()), [](auto& ctx) { _val(ctx).spelled = _attr(ctx); })) >>
            -act(x3::lexeme['-' >> x3::raw[x3::no_case[lexicon::superlatives()]] >> !ascii::alnum],
                 [](auto& ctx) {
                     auto const& r = _attr(ctx);
                     _val(ctx).unit_word = std::string_view(r.begin(), r.size());
                 }) >>
            // "first-time buyers", "second-hand cars", "a third-party vendor": an adjective, no rank
            !x3::lexeme['-' >> (ci("time") | ci("hand") | ci("class") | ci("rate") | ci("party") | ci("world") |
                                ci("degree") | ci("guess") | ci("aid") | ci("person") | ci("string") | ci("tier")) >>
                        !ascii::alnum]);

BOOST_SPIRIT_DEFINE(ordinal)

} // namespace parser

} // namespace numcheck::grammar
