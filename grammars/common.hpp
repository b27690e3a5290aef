#pragma once
// Small parser expressions several grammars share (not rules: they inline into each grammar).
#include <algorithm>
#include <array>
#include <string>

#include "lexicon.hpp"
#include "number.hpp"

namespace numcheck::grammar::common {

using x3::_attr;
using x3::_pass;
using x3::_val;

/// A year from 1800 to 2099 written as four digits, not part of a longer number.
inline auto const year4 = x3::lexeme[x3::uint_parser<int, 10, 4, 4>{} >> !(x3::ascii::alnum) >>
                                     !(x3::lit(',') >> x3::ascii::digit) >> !(x3::lit('.') >> x3::ascii::digit)];
inline auto const is_year = [](auto& ctx) { _pass(ctx) = _attr(ctx) >= 1800 && _attr(ctx) <= 2099; };

/// A hedge before a figure ("about", "more than"), kept in the AST's `hedge`.
/// ("~19%", "≈$2.2 billion": a tilde or an almost-equal sign right before a figure is "about")
inline auto const hedge =
    act(kw_table(lexicon::hedges()), [](auto& ctx) { _val(ctx).hedge = _attr(ctx); }) |
    act(x3::lexeme[(x3::lit('~') | x3::lit("\xE2\x89\x88")) >>
                   &(x3::ascii::digit | x3::lit('$') | x3::lit("\xC2\xA3") | x3::lit("\xE2\x82\xAC"))],
        [](auto& ctx) { _val(ctx).hedge = "about"; });

/// A hedge joined after a figure: "40-odd homes", "$500 million-plus", "a 40-something" (the
/// figure and some more: at least; a hedge before it stays).
/// (at the end of a rule, `hedge_after_at_end`: it consumes no white space when nothing follows, so
/// the rule's span, and the text after it that the scanner reads, end at its last word)
/// After it, "or so" is "about" ("60 or so members"), "or more" "at least" ("10% or more"), "or
/// fewer" and "or less" "at most" ("300 or fewer seats"); not before "than" ("5 or more than 10").
inline auto const hedge_after =
    act(x3::lexeme['-' >> (ci("odd") | ci("plus") | ci("something")) >> !x3::ascii::alnum >> !x3::lit('-')],
        [](auto& ctx) {
            if (_val(ctx).hedge.empty()) _val(ctx).hedge = "at least";
        }) |
    kw("or") >> (act(kw("so"),
                     [](auto& ctx) {
                         if (_val(ctx).hedge.empty()) _val(ctx).hedge = "about";
                     }) |
                 act((kw("more") | kw("higher") | kw("above") | kw("greater")) >> !kw("than"),
                     [](auto& ctx) {
                         if (_val(ctx).hedge.empty()) _val(ctx).hedge = "at least";
                     }) |
                 act((kw("fewer") | kw("less") | kw("lower") | kw("below")) >> !kw("than"), [](auto& ctx) {
                     if (_val(ctx).hedge.empty()) _val(ctx).hedge = "at most";
                 }));
inline auto const hedge_after_at_end = -(&hedge_after >> hedge_after);

/// Whether `word` (lower case) stands at `i` in any letter case with a space after it, read by hand
/// in the look-aheads below (they run after most figures).
template <typename Iterator>
bool word_then_space(Iterator i, Iterator last, std::string_view word) {
    auto const n = static_cast<std::ptrdiff_t>(word.size());
    if (last - i <= n || i[n] != ' ') return false;
    for (std::ptrdiff_t k = 0; k < n; ++k)
        if ((i[k] | 0x20) != word[static_cast<std::size_t>(k)]) return false;
    return true;
}

/// Before trying "15 to 17 dlrs", "five to six billion", "46 billion to 48 billion euros", "$15 to
/// $17", "2% to 3%", "2 percent to 3 percent", "$15-$17" or "between 13 and 15 pct" as a range (two
/// amounts, each parsed into a quantity): "to" (or "and" after "between") as the second, third or
/// fourth word, the words between it and the first one a scale, a percentage or a currency
/// (by first letters, below: "billion", "pct", "per cent", "dlrs"); or a hyphen inside the first word. Else the range
/// cannot match (most figures are not ranges). Consumes nothing.
struct range_ahead_parser : x3::parser<range_ahead_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
        Iterator i = first;
        x3::skip_over(i, last, context);
        // (number, money and percent all ask at the same place: the answer is remembered there)
        amount_memo* const memo = active_amount_memo();
        if (memo) {
            if (auto const known = memo->range_ahead(i)) return *known;
        }
        bool const ok = ahead(i, last);
        if (memo) memo->store_range_ahead(i, ok);
        return ok;
    }

private:
    template <typename Iterator>
    static bool ahead(Iterator i, Iterator const& last) {
        Iterator const begin = i;
        Iterator hyphen = last;
        // (a "word" of more than 64 bytes is no range's first figure: "0|1|2|...|19999", a table
        // flattened into one line, would otherwise be read to its end from each of its figures)
        constexpr std::ptrdiff_t longest_word = 64;
        Iterator const stop = last - i > longest_word ? i + longest_word : last;
        while (i != stop && *i != ' ') {
            if (*i == '-') hyphen = i;
            ++i;
        }
        if (i == stop && stop != last) return false;
        // ("$15-$17", "5.25%-5.50%": a hyphen inside the first word, not at its ends)
        if (hyphen != last && hyphen != begin && hyphen + 1 != i) return true;
        auto const is = [&](std::string_view w) { return word_then_space(i, last, w); };
        for (int word = 2; word <= 4; ++word) {
            while (i != last && *i == ' ') ++i;
            if (i == last) return false;
            if (is("to")) return true;
            if (is("and")) {
                std::size_t const at = offset_in_active_text(begin);
                return at != std::string_view::npos && word_is(word_before(active_text(), at), "between");
            }
            // ("million", "mln", "billion", "bn", "trillion", "thousand", "pct", "percent", "per
            // cent"; currencies by their first letters: "dlrs", "yen", "stg", "francs", "lire",
            // "cts", "guilders", "euros", "rupees", "won", "kronor", "U.S. dlrs": "13 dlrs to 15
            // dlrs"; not "Australian dlrs")
            char const c = static_cast<char>(*i | 0x20);
            if (c != 'm' && c != 'b' && c != 't' && c != 'p' && c != 'c' && c != 'd' && c != 'y' && c != 's' &&
                c != 'f' && c != 'l' && c != 'g' && c != 'e' && c != 'r' && c != 'w' && c != 'k' && c != 'u')
                return false;
            Iterator const word_stop = last - i > longest_word ? i + longest_word : last;
            while (i != word_stop && *i != ' ') ++i;
            if (i == word_stop && word_stop != last) return false;
        }
        return false;
    }
};
inline range_ahead_parser const range_ahead{};

/// Takes an amount's value into the rule's quantity (see ast::quantity::take_value_of).
inline auto const take_value = [](auto& ctx) { _val(ctx).take_value_of(_attr(ctx)); };

/// Whether two figures joined by "and" ("or": alternatives, `alternative`) can share the unit said
/// once after the second: "rose 10 and 17 pct respectively", "denominations of 1,000 and 10,000
/// dlrs", "30 and 36 mln tonnes", "2.6 or 2.7 pct". The first is plain digits (no unit, range,
/// fraction or year), the second digits too; the two are of one order (within ten times; "or"
/// within twice: "205,000, or 12.8 pct" is a restatement). The first's scale, if it has one, must
/// be the second's ("1.5 billion and 2 billion dlrs").
inline bool can_share_unit(ast::quantity const& first, ast::quantity const& second, bool alternative) {
    if (first.numeral.empty() || first.is_range() || first.factor != 1 || first.mixed_fraction != 0 ||
        !first.unit_word.empty() || !first.currency.empty() || plain_year(first, 1800))
        return false;
    if (second.numeral.empty() || second.is_range() || second.mixed_fraction != 0) return false;
    if (first.scale != 1 && first.scale != second.scale) return false;
    double const a = digits_value(first.numeral) * first.scale / (first.scale == 1 ? 1 : second.scale);
    double const b = digits_value(second.numeral);
    if (a <= 0 || b <= 0) return false;
    double const most = alternative ? 2 : 10;
    return a <= b * most && b <= a * most;
}

/// Before a figure that may share the unit said after a second one (shared_unit): "and" or "or"
/// as the second or third word from here ("1,000 and", "2.09 billion and"). Consumes nothing; most
/// figures fail here, before their amount is read again.
struct and_or_ahead_parser : x3::parser<and_or_ahead_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        Iterator i = first;
        // (or further on in a list, three words after each comma: "10.8 billion, 1.7 billion and 2.3
        // billion euros"; at most 16 words)
        for (int word = 0, since_comma = 0; word < 16 && since_comma < 3; ++word, ++since_comma) {
            while (i != last && *i == ' ') ++i;
            Iterator const begin = i;
            // (a "word" of more than 64 bytes, "1$2$3$...", ends the look: see range_ahead)
            Iterator const stop = last - i > 64 ? i + 64 : last;
            while (i != stop && *i != ' ') ++i;
            if (i == stop && stop != last) return false;
            // (the word after the comma a figure's digits: most commas after a figure end its clause)
            // (or "and", "or": "1.7, and 2.3 billion euros")
            if (i != begin && i[-1] == ',') {
                bool const digit = last - i >= 2 && i[1] >= '0' && i[1] <= '9';
                bool const joint =
                    i != last && (word_then_space(i + 1, last, "and") || word_then_space(i + 1, last, "or"));
                if (!digit && !joint) return false;
                since_comma = -1;
            }
            if (word == 0) continue;
            auto const is = [&](char const* w, long n) {
                if (i - begin != n) return false;
                for (long k = 0; k < n; ++k)
                    if ((begin[k] | 0x20) != w[k]) return false;
                return true;
            };
            if (is("and", 3) || is("or", 2)) return true;
        }
        return false;
    }
};
inline and_or_ahead_parser const and_or_ahead{};

/// After a figure: "and" or "or", a second figure and then what `Tail` parses (its unit, whose
/// actions set the rule's quantity: the first figure's), where the two can share that unit
/// (can_share_unit); the first takes the second's scale. Consumes nothing: the second figure is
/// a mention of its own. On failure the rule's quantity is as it was.
/// Whether the figure `q` is not the first of a list: a comma and a space right before it, after a
/// digit or a scale ("352,000, 96,000, and 570,000 dlrs", "10.8 billion, 1.7 billion, and").
inline bool in_list_before(ast::quantity const& q) {
    std::string_view const text = active_text();
    if (q.numeral.empty() || text.empty() || q.numeral.data() < text.data() + 3 ||
        q.numeral.data() > text.data() + text.size())
        return false;
    auto const at = static_cast<std::size_t>(q.numeral.data() - text.data());
    if (text[at - 1] != ' ' || text[at - 2] != ',') return false;
    std::size_t const end = at - 2;
    if (text[end - 1] >= '0' && text[end - 1] <= '9') return true;
    std::size_t b = end;
    while (b > 0 && ((text[b - 1] | 0x20) >= 'a' && (text[b - 1] | 0x20) <= 'z')) --b;
    std::string_view const word = text.substr(b, end - b);
    for (std::string_view const scale : {"billion", "million", "trillion", "bn", "mln", "m", "thousand"})
        if (word == scale) return true;
    return false;
}

template <typename Tail>
struct shared_unit_parser : x3::parser<shared_unit_parser<Tail>> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    Tail tail;
    explicit shared_unit_parser(Tail const& t) : tail(t) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext, Attribute&) const {
        ast::quantity& value = rcontext; // the rule's quantity (what _val gives an action)
        // "and" or "or" as the next word (read by hand: this runs after most figures)
        Iterator i = first;
        // (a list: "10.8, 1.7 and 2.3 billion euros", "rose 10, 12 and 17 pct": the figures between,
        // each after its comma, share the unit too)
        std::array<ast::quantity, 12> middle;
        std::size_t middles = 0;
        for (;;) {
            Iterator j = i;
            while (j != last && *j == ' ') ++j;
            if (j == last || *j != ',' || middles == middle.size()) break;
            ++j;
            Iterator k = j;
            while (k != last && *k == ' ') ++k;
            // (", and": the last comma of a list of three or more; of two, "1.2391 NZ dlrs from 1.2403, and
            // 0.4392 sterling", it ends a clause)
            if (word_then_space(k, last, "and")) {
                if (middles == 0 && !in_list_before(value)) return false;
                i = j;
                break;
            }
            if (k == last || *k < '0' || *k > '9' || !amount().parse(j, last, context, rcontext, middle[middles]))
                return false;
            ++middles;
            i = j;
        }
        while (i != last && *i == ' ') ++i;
        bool const alternative = word_then_space(i, last, "or");
        if (!alternative && !word_then_space(i, last, "and")) return false;
        if (alternative && middles > 0) return false; // (a list of alternatives is no list of parts)
        i += alternative ? 2 : 3;
        ast::quantity second;
        if (!amount().parse(i, last, context, rcontext, second)) return false;
        // (in a list of three or more, the first within ten times of any figure after it: "105 million, 20
        // million and 10 million euros")
        if (!can_share_unit(value, second, alternative) &&
            std::none_of(middle.begin(), middle.begin() + static_cast<std::ptrdiff_t>(middles),
                         [&](ast::quantity const& m) { return can_share_unit(value, m, false); }))
            return false;
        for (std::size_t m = 0; m < middles; ++m)
            if (!can_share_unit(middle[m], second, false)) return false;
        ast::quantity const saved = value;
        value.scale = second.scale;
        if (!tail.parse(i, last, context, rcontext, x3::unused)) {
            value = saved;
            return false;
        }
        return true;
    }
};
template <typename Tail>
shared_unit_parser<Tail> shared_unit(Tail const& tail) {
    return shared_unit_parser<Tail>(tail);
}

/// Sets the AST's month from a month_name (dates and periods).
inline auto const set_month = [](auto& ctx) { _val(ctx).month = _attr(ctx); };

/// A day of the month: 1-31, optionally "1st", "24th"; not the first digits of a figure ("in late
/// April 7,500,000 shares", "May 2,560 (2,560)": a comma and three digits follow; "May 9.0, Jun
/// 13.0" in a table of monthly figures: a decimal).
inline auto const day_number =
    x3::lexeme[x3::uint_parser<int, 10, 1, 2>{} >> -x3::omit[x3::no_case[lexicon::ordinal_suffixes()]] >>
               !(x3::ascii::alnum) >> !(x3::lit('.') >> x3::ascii::digit) >>
               !(x3::lit(',') >> x3::ascii::digit >> x3::ascii::digit >> x3::ascii::digit >> !x3::ascii::digit)];

/// Spelled cardinal from one to ninety-nine ("twenty-five", "twenty five").
inline auto const spelled_cardinal = x3::rule<struct spelled_cardinal_class, double>{"spelled cardinal"} =
    act(x3::lexeme[x3::no_case[lexicon::cardinal_tens()] >>
                   -((x3::lit('-') | +x3::lit(' ')) >> x3::no_case[lexicon::cardinal_units()]) >> !(x3::ascii::alnum)],
        [](auto& ctx) {
            auto const& a = _attr(ctx);
            _val(ctx) = boost::fusion::at_c<0>(a) + (boost::fusion::at_c<1>(a) ? *boost::fusion::at_c<1>(a) : 0.0);
        }) |
    act(x3::lexeme[x3::no_case[lexicon::cardinal_units()] >> !(x3::ascii::alnum)],
        [](auto& ctx) { _val(ctx) = _attr(ctx); });

/// A year in words: a century's number and a number from ten to ninety-nine, "nineteen
/// ninety-six" 1996, "twenty twenty-five" 2025 (not "nineteen ninety-day": a compound follows).
inline auto const year_in_words = x3::rule<struct year_in_words_class, int>{"year in words"} =
    act(as<int>(kw("eighteen") >> x3::attr(18) | kw("nineteen") >> x3::attr(19) | kw("twenty") >> x3::attr(20)) >>
            spelled_cardinal >> !x3::lit('-'),
        [](auto& ctx) {
            int const century = boost::fusion::at_c<0>(_attr(ctx));
            double const rest = boost::fusion::at_c<1>(_attr(ctx));
            _pass(ctx) = rest >= 10 && rest <= 99 && rest == static_cast<int>(rest);
            _val(ctx) = century * 100 + static_cast<int>(rest);
        });

/// A year in digits or in words.
inline auto const any_year = as<int>(year4 | year_in_words);

/// A spelled-out whole number of any size: "two hundred and six", "twenty-one trillion and three
/// hundred", "four thousand three hundred". `total` holds the finished scale groups, `current`
/// the group being read; the value is their sum.
struct spelled_total {
    double total = 0;
    double current = 0;
    bool can_add = false;  ///< a smaller number may follow ("hundred and six", "thousand three")
    double last_scale = 1; ///< the scale word it ends with, if it ends with one ("five billion")
    [[nodiscard]] double value() const { return total + current; }
};
namespace detail {
/// A fraction's word next ("three quarters"): no whole number goes on there.
inline auto const fraction_next =
    x3::lexeme[*x3::lit(' ') >> -x3::lit('-') >> x3::no_case[lexicon::fraction_denominators()] >> !(x3::ascii::alnum)];
/// Adds a number below a hundred to a spelled total that may take one ("hundred and six", "thousand three").
inline auto const add_smaller = [](auto& ctx) {
    auto& v = _val(ctx);
    _pass(ctx) = v.can_add && (v.current == 0 || (v.current >= 100 && _attr(ctx) < 100));
    if (!_pass(ctx)) return; // a failed step must leave the total as it was
    v.current += _attr(ctx);
    v.can_add = false;
    v.last_scale = 1;
};
} // namespace detail
inline auto const spelled_number = x3::rule<struct spelled_number_class, spelled_total>{"spelled number"} =
    act(spelled_cardinal,
        [](auto& ctx) {
            _val(ctx) = spelled_total{0, _attr(ctx), false, 1};
        }) >>
    *(act(kw("hundred"),
          [](auto& ctx) {
              auto& v = _val(ctx);
              _pass(ctx) = v.current > 0 && v.current < 100;
              if (!_pass(ctx)) return; // a failed step must leave the total as it was
              v.current *= 100;
              v.can_add = true;
              v.last_scale = 1;
          }) |
      act(kw_table(lexicon::scale_words()),
          [](auto& ctx) {
              auto& v = _val(ctx);
              _pass(ctx) = v.current > 0 && (v.total == 0 || v.total > v.current * _attr(ctx));
              if (!_pass(ctx)) return;
              v.total += v.current * _attr(ctx);
              v.current = 0;
              v.can_add = true;
              v.last_scale = _attr(ctx);
          }) |
      // "and three" but not "and three quarters" (a fraction, read by the number grammar)
      act(kw("and") >> spelled_cardinal >> !detail::fraction_next, detail::add_smaller) |
      // without "and": a group of its own ("two million five hundred thousand") ...
      act(spelled_cardinal >> !detail::fraction_next >> &(kw("hundred") | kw_table(lexicon::scale_words())),
          detail::add_smaller) |
      // ... or the last few after "thousand" or "hundred" ("four thousand three"); not after a million or
      // more, where it is the next figure ("about eight mln five year warrants": 8 million)
      act(spelled_cardinal >> !detail::fraction_next, [](auto& ctx) {
          _pass(ctx) = _val(ctx).last_scale < 1e6;
          if (_pass(ctx)) detail::add_smaller(ctx);
      }));

/// A small whole number, digits or spelled out (durations, ages, "two years ago").
inline auto const small_count = x3::rule<struct small_count_class, double>{"count"} =
    act(x3::lexeme[x3::uint_parser<unsigned, 10, 1, 4>{} >> !(x3::ascii::alpha) >>
                   !(x3::lit(',') >> x3::ascii::digit) >> !(x3::lit('.') >> x3::ascii::digit)],
        [](auto& ctx) { _val(ctx) = static_cast<double>(_attr(ctx)); }) |
    act(spelled_cardinal, [](auto& ctx) { _val(ctx) = _attr(ctx); });

/// "the first nine months", "the last six months" (of 1987, of this year): "first" or "last", then
/// a count of 2 to 11 months; the AST gets the months they span (month, month_end), or the
/// quarter or half they make ("the first three months": Q1, "the last six months": H2).
inline auto const first_or_last_months = act(as<int>(kw("first") >> x3::attr(1) | kw("last") >> x3::attr(-1) |
                                                     kw("final") >> x3::attr(-1)),
                                             [](auto& ctx) { _val(ctx).month = _attr(ctx); }) >>
                                         act(small_count,
                                             [](auto& ctx) {
                                                 double const n = _attr(ctx);
                                                 _pass(ctx) = n >= 2 && n <= 11 && n == static_cast<int>(n);
                                                 if (_pass(ctx))
                                                     _val(ctx).month_end =
                                                         static_cast<int>(n); // (the count, until the unit is read)
                                             }) >>
                                         // ("the first two quarters of 1990": six months)
                                         act(as<int>(kw("months") >> x3::attr(1) | kw("quarters") >> x3::attr(3)),
                                             [](auto& ctx) {
                                                 auto& v = _val(ctx);
                                                 int const n = v.month_end * _attr(ctx);
                                                 _pass(ctx) = n >= 2 && n <= 11;
                                                 if (!_pass(ctx)) return;
                                                 int const from = v.month == 1 ? 1 : 13 - n;
                                                 int const to = v.month == 1 ? n : 12;
                                                 v.month = 0;
                                                 v.month_end = 0;
                                                 if (from % 3 == 1 && to == from + 2) {
                                                     v.quarter = (from + 2) / 3;
                                                 } else if (to - from == 5) {
                                                     v.half = from == 1 ? 1 : 2;
                                                 } else {
                                                     v.month = from;
                                                     v.month_end = to;
                                                 }
                                             }) >>
                                         kw("of");

/// A month name that is really a month: "May" must be capitalised (the verb "may" is not).
inline auto const month_name = x3::rule<struct month_name_class, int>{"month"} =
    act(x3::raw[x3::lexeme[x3::no_case[lexicon::months()] >> !(x3::ascii::alnum)]], [](auto& ctx) {
        auto const& r = _attr(ctx);
        auto const* p = &*r.begin();
        auto const length = static_cast<std::size_t>(r.end() - r.begin());
        _pass(ctx) = *p >= 'A' && *p <= 'Z';
        // Look the month up again from the text (raw[] hides the symbol's value): by its first
        // three letters (every name and abbreviation in the table has them: "May", "Sept.").
        _val(ctx) = 0;
        if (length < 3) return;
        auto const letter = [](char c) { return static_cast<unsigned>(static_cast<unsigned char>(c | 0x20)); };
        unsigned const key = letter(p[0]) << 16 | letter(p[1]) << 8 | letter(p[2]);
        static constexpr char const names[12][4] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                    "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int m = 0; m < 12; ++m) {
            unsigned const name = static_cast<unsigned>(names[m][0]) << 16 | static_cast<unsigned>(names[m][1]) << 8 |
                                  static_cast<unsigned>(names[m][2]);
            if (key == name) _val(ctx) = m + 1;
        }
    });

/// A weekday name, capitalised.
inline auto const weekday_name = x3::rule<struct weekday_name_class, int>{"weekday"} =
    x3::lexeme[&x3::ascii::upper >> x3::no_case[lexicon::weekdays()] >> !(x3::ascii::alnum)];

} // namespace numcheck::grammar::common
