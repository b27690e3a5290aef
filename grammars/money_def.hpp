#pragma once
#include <cstdlib>
#include <utility>

#include <boost/fusion/include/std_pair.hpp>

#include "common.hpp"
#include "money.hpp"
#include "number.hpp"

namespace numcheck::grammar {

namespace parser {

using x3::_attr;
using x3::_pass;
using x3::_val;
namespace ascii = x3::ascii;

money_type const money = "money";

namespace detail {

inline auto const take_amount = [](auto& ctx) {
    _val(ctx).take_value_of(_attr(ctx));
    _val(ctx).kind = ast::quantity_kind::money;
};

/// "per share", "a barrel", "an ounce", "a month" (not "a year earlier", "a year on": a time; "$172
/// a tonne on Tuesday" is a price).
inline auto const per_unit =
    (kw("per") | kw("a") | kw("an")) >>
    x3::raw[x3::lexeme[x3::no_case[lexicon::per_thing_units()] >> !ascii::alnum] |
            x3::lexeme[x3::no_case[lexicon::per_time_units()] >> !ascii::alnum] >>
                !(kw("earlier") | kw("ago") | kw("before") | kw("later") | kw("on") | kw("after"))];
/// Where the hyphen before a currency word joined to an amount is, from the end of the match
/// (x3::_where begins there): "-dlr" in "a two-billion-dlr program".
inline char const* hyphen_before(char const* end) {
    char const* at = end;
    while (*--at != '-') {
    }
    return at;
}
/// Before a hyphen and a currency at `at`: a figure ("2.2 billion-dlr"), one spelled word
/// ("six-cent") or a spelled amount joined to its scale by a hyphen ("a two-billion-dlr program");
/// not "one billion one-dlr par shares" (a count, then a sum).
inline bool one_word_amount(ast::quantity const& q, char const* at) {
    if (!q.numeral.empty() || (q.spelled < 100 && q.scale == 1)) return true;
    // ("-billion" right before the hyphen)
    char const* b = at;
    std::size_t letters = 0;
    while (letters < 12 && ((b[-1] >= 'a' && b[-1] <= 'z') || (b[-1] >= 'A' && b[-1] <= 'Z'))) {
        --b;
        ++letters;
    }
    return letters > 0 && b[-1] == '-' && q.scale > 1;
}

/// "-a-share", "-per-share" after a hyphenated sum: "a 43-dlr-a-share offer", "a $5-a-share bid".
inline auto const hyphen_per_unit = x3::lexeme['-' >> (ci("per") | ci("an") | ci('a')) >> '-' >>
                                               x3::raw[x3::no_case[lexicon::per_units()]] >> !ascii::alnum];
inline auto const set_per = [](auto& ctx) {
    auto const& r = _attr(ctx);
    _val(ctx).per.assign(r.begin(), r.end());
    for (auto& c : _val(ctx).per) c = static_cast<char>(c | 0x20);
};
/// A second unit after the first: "£51,000 per megawatt per year" ("megawatt per year").
inline auto const add_per = [](auto& ctx) {
    auto const& r = _attr(ctx);
    std::string more(r.begin(), r.end());
    for (auto& c : more) c = static_cast<char>(c | 0x20);
    _val(ctx).per += " per " + more;
};

/// "a 30,000 pound thrust", "500 pound bombs": the pound as a weight before the thing weighed
/// ("a 10 pound note", "a 300 mln pound deal" are sterling).
inline auto const pound_weight = kw("pound") >>
                                 (kw("thrust") | kw("bomb") | kw("bombs") | kw("bag") | kw("bags") | kw("weight") |
                                  kw("load") | kw("block") | kw("box") | kw("boxes") | kw("sack") | kw("sacks"));

/// A currency's sign or code before its amount: "$", "US$", "EUR".
inline auto const sign_first =
    x3::lexeme[as<std::string>(lexicon::currency_signs() | x3::no_case[lexicon::currency_codes()]) >> !ascii::alpha];

/// A currency's word after its amount, and whether it names hundredths: "dlrs" (USD, false),
/// "cts" (USD, true); not "pound" before a weighed thing.
inline auto const currency_after =
    x3::rule<struct currency_after_class, std::pair<std::string, bool>>{
        "currency_after"} = kw_table(lexicon::subunit_words()) >> x3::attr(true) | // (first: "euro cents")
                            !pound_weight >> kw_table(lexicon::currency_words()) >> x3::attr(false);

} // namespace detail

// "$240 billion", "US$ 1.2bn", "Rs 500 crore": currency sign first.
// "120 billion yuan", "34.5 mln dlrs", "5 cents": currency word last.
auto const money_def = spanned(
    fresh() >> -common::hedge >>
    (
        // "634p", "3.95p": British pence written after the figure (Reuters)
        act(x3::lexeme[x3::raw[+ascii::digit >> -('.' >> +ascii::digit)] >> 'p' >> !ascii::alnum],
            [](auto& ctx) {
                auto const& r = _attr(ctx);
                _val(ctx).numeral = std::string_view(r.begin(), r.size());
                _val(ctx).kind = ast::quantity_kind::money;
                _val(ctx).currency = "GBP";
                _val(ctx).factor = 0.01;
            }) |
        // "R2.5 billion", "R500m": the South African rand's sign joined to the figure, with a scale
        // ("R2", "R15" alone name other things)
        x3::lexeme[x3::lit('R') >> &ascii::digit] >> act(amount(),
                                                         [](auto& ctx) {
                                                             detail::take_amount(ctx);
                                                             _pass(ctx) = _val(ctx).scale >= 1e6;
                                                             if (_pass(ctx)) _val(ctx).currency = "ZAR";
                                                         }) |
        // "$15 to $17", "between $1 billion and $2 billion", "$15-$17": a range (the sign
        // twice; each end's amount is parsed once, the memo serves the next alternative)
        common::range_ahead >> x3::omit[act(detail::sign_first >> amount() >> (kw("to") | kw("and") | x3::lit('-')) >>
                                                detail::sign_first >> amount(),
                                            [](auto& ctx) {
                                                using boost::fusion::at_c;
                                                auto const& a = _attr(ctx);
                                                _pass(ctx) = at_c<0>(a) == at_c<2>(a) &&
                                                             range_to(_val(ctx), at_c<1>(a), at_c<3>(a), true);
                                                if (!_pass(ctx)) return;
                                                _val(ctx).currency = at_c<0>(a);
                                                _val(ctx).kind = ast::quantity_kind::money;
                                            })] |
        // "between 13 dlrs and 15 dlrs", "ranged from 15 dlrs to 17 dlrs", "10 cts to 15 cts": a
        // range with the currency said after each end (range_to: not a change's amount and new
        // value, "cut its price by 1.50 dlrs to 16.50 dlrs")
        common::range_ahead >> x3::omit[act(amount() >> detail::currency_after >> (kw("to") | kw("and")) >> amount() >>
                                                detail::currency_after,
                                            [](auto& ctx) {
                                                using boost::fusion::at_c;
                                                auto const& a = _attr(ctx);
                                                // (each end's scale said: "3 dlrs to 4 mln dlrs" is no range)
                                                _pass(ctx) = at_c<1>(a) == at_c<3>(a) &&
                                                             at_c<0>(a).scale == at_c<2>(a).scale &&
                                                             range_to(_val(ctx), at_c<0>(a), at_c<2>(a), true);
                                                if (!_pass(ctx)) return;
                                                _val(ctx).kind = ast::quantity_kind::money;
                                                _val(ctx).currency = at_c<1>(a).first;
                                                if (at_c<1>(a).second) _val(ctx).factor = 0.01;
                                            })] |
        act(detail::sign_first, [](auto& ctx) { _val(ctx).currency = _attr(ctx); }) >>
            act(amount(), detail::take_amount) >> -kw_table(lexicon::currency_words()) |
        // "-$1.3 billion": a minus sign before the currency's sign (a change's value: "rose to -$1.3
        // billion from -$0.8 billion"; the scanner reads one that begins a figure of its own)
        x3::lit('-') >> act(detail::sign_first, [](auto& ctx) { _val(ctx).currency = _attr(ctx); }) >>
            act(amount(),
                [](auto& ctx) {
                    detail::take_amount(ctx);
                    _pass(ctx) = !_val(ctx).negative;
                    _val(ctx).negative = true;
                }) >>
            -kw_table(lexicon::currency_words()) |
        // "15 to 17 dlrs a barrel", "1.05 to 1.10 dlrs a share": a range
        (common::range_ahead >> act(amount() >> (kw("to") | kw("and")) >> amount(),
                                    [](auto& ctx) {
                                        using boost::fusion::at_c;
                                        _pass(ctx) = range_to(_val(ctx), at_c<0>(_attr(ctx)), at_c<1>(_attr(ctx)));
                                        _val(ctx).kind = ast::quantity_kind::money;
                                    }) >>
             &(kw_table(lexicon::currency_words()) | kw_table(lexicon::subunit_words())) |
         act(amount(), detail::take_amount)) >>
            ( // (hundredths first: "73 euro cents")
                act(kw_table(lexicon::subunit_words()),
                    [](auto& ctx) {
                        _val(ctx).currency = _attr(ctx);
                        _val(ctx).factor = 0.01;
                    }) |
                !detail::pound_weight >>
                    act(kw_table(lexicon::currency_words()), [](auto& ctx) { _val(ctx).currency = _attr(ctx); }) |
                // "10 rmb 20 usd": the codes that also stand before an amount
                act(kw_table(lexicon::currency_codes()), [](auto& ctx) { _val(ctx).currency = _attr(ctx); }) |
                // "10 $", "10 €"
                act(x3::lexeme[lexicon::currency_signs() >> !ascii::alnum],
                    [](auto& ctx) { _val(ctx).currency = _attr(ctx); }) |
                // "a 300 mln mark placement", "a 12 mark dividend", "the 1.80 mark level": the
                // German mark after a scale word or before a noun (not "closed above the 2400
                // mark for the first time", a threshold)
                act(kw("mark"), [](auto& ctx) { _val(ctx).currency = "DEM"; }) >>
                    (act(x3::eps, [](auto& ctx) { _pass(ctx) = _val(ctx).scale > 1; }) |
                     &(!kw_table(lexicon::unit_stop_words()) >> x3::lexeme[+ascii::lower >> !ascii::alnum])) |
                // "a 43-dlr-a-share offer", "the 1,000-dlr bonds", "a 75-cent dividend", "a
                // six-cent rise", "its one-yen bid": the currency as part of an adjective
                // (not "100-pound bags", a weight)
                act(x3::lexeme['-' >> !ci("pound") >> x3::no_case[lexicon::currency_words()] >> !ascii::alnum],
                    [](auto& ctx) {
                        _pass(ctx) = detail::one_word_amount(_val(ctx), detail::hyphen_before(x3::_where(ctx).begin()));
                        _val(ctx).currency = _attr(ctx);
                    }) |
                // "a 1.93-billion-mark rise" (not "the 2400-mark level", a threshold)
                act(x3::lexeme['-' >> ci("mark") >> !ascii::alnum],
                    [](auto& ctx) {
                        _pass(ctx) = _val(ctx).scale > 1;
                        if (_pass(ctx)) _val(ctx).currency = "DEM";
                    }) |
                act(x3::lexeme['-' >> x3::no_case[lexicon::subunit_words()] >> !ascii::alnum],
                    [](auto& ctx) {
                        _pass(ctx) = detail::one_word_amount(_val(ctx), detail::hyphen_before(x3::_where(ctx).begin()));
                        _val(ctx).currency = _attr(ctx);
                        _val(ctx).factor = 0.01;
                    })) >>
            // "thirteen dollars and forty-five cents"
            -(kw("and") >> act(amount() >> kw_table(lexicon::subunit_words()),
                               [](auto& ctx) {
                                   auto const& cents = boost::fusion::at_c<0>(_attr(ctx));
                                   auto& v = _val(ctx);
                                   double const whole = v.numeral.empty()
                                                            ? v.spelled
                                                            : std::strtod(std::string(v.numeral).c_str(), nullptr);
                                   double const part = cents.numeral.empty()
                                                           ? cents.spelled
                                                           : std::strtod(std::string(cents.numeral).c_str(), nullptr);
                                   // (whole units and the hundredths of the same currency, or plain "cents": not "37
                                   // U.S. cents and 50 Canadian cents")
                                   _pass(ctx) = v.scale == 1 && cents.scale == 1 && part < 100 && v.factor == 1 &&
                                                (boost::fusion::at_c<1>(_attr(ctx)) == v.currency ||
                                                 boost::fusion::at_c<1>(_attr(ctx)) ==
                                                     "USD"); // plain "cents" take the dollars' currency
                                   if (!_pass(ctx)) return;
                                   v.numeral = {};
                                   v.spelled = whole + part / 100;
                                   v.fraction = false;
                               })) |
        // "denominations of 1,000 and 10,000 dlrs": the first figure, its currency said after the second
        common::and_or_ahead >> act(amount(), detail::take_amount) >>
            common::shared_unit(!detail::pound_weight >> act(kw_table(lexicon::currency_words()),
                                                             [](auto& ctx) { _val(ctx).currency = _attr(ctx); }) |
                                act(kw_table(lexicon::subunit_words()),
                                    [](auto& ctx) {
                                        _val(ctx).currency = _attr(ctx);
                                        _val(ctx).factor = 0.01;
                                    }))) >>
    -common::hedge_after >> -(act(detail::per_unit, detail::set_per) >> -act(detail::per_unit, detail::add_per) |
                              act(detail::hyphen_per_unit, detail::set_per)));

BOOST_SPIRIT_DEFINE(money)

} // namespace parser

} // namespace numcheck::grammar
