#pragma once
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

#include "change.hpp"
#include "common.hpp"
#include "money.hpp"
#include "number.hpp"
#include "percent.hpp"

namespace numcheck::grammar {

namespace parser {

using x3::_attr;
using x3::_pass;
using x3::_val;
namespace ascii = x3::ascii;

change_type const change = "change";

namespace detail {

/// The words a percentage, a sum of money or a number can begin with (and any sign or digit):
/// a hedge, a spelled number, "a", "half", a currency's code or sign.
inline auto const value_first = first_letters_parser{}
                                    .non_letters()
                                    .words({"a", "an", "one", "half", "quarter", "three-quarter", "minus", "negative"})
                                    .table_without(lexicon::hedges(), {"in", "the"})
                                    .table(lexicon::cardinal_units())
                                    .table(lexicon::cardinal_tens())
                                    .table(lexicon::standalone_numbers())
                                    .table(lexicon::currency_codes())
                                    .table(lexicon::currency_signs())
                                    .letter_then_digits('r');

/// What a value may be called before it: "to a record 7.32 billion dlrs", "to a seasonally
/// adjusted annual rate of 1.79 mln units", "from a revised 1.2 pct" ("an estimated" is a hedge
/// of the value's own grammar).
/// (Not an annual rate in percent: "rose 0.4% to an annual rate of 3.5% from 3.2%" sets a month's
/// change beside the year's rates, two measures.)
inline auto const annual_rate = kw("annual") >> -(kw("rate") >> kw("of")) >> !percent();
/// ("rose a lower-than-anticipated 5.2% to $238.3 million": how the value compares with a
/// forecast, a qualifier, no direction of the change)
inline auto const than_compound = x3::lexeme[+ascii::alpha >> ci("-than-") >> +ascii::alpha >> !ascii::alnum];
/// ("from a half-century low of 3.4%", "an eight-year high of", "a 50-year low of", "a multi-year
/// low of": how long since the value was last so high or low)
inline auto const span_compound =
    x3::lexeme[+ascii::alnum >> '-' >> (ci("years") | ci("year") | ci("decades") | ci("decade") | ci("century") |
                                        ci("months") | ci("month") | ci("weeks") | ci("week")) >>
               !ascii::alnum] >>
    &((kw("high") | kw("low") | kw("peak")) >> kw("of"));
inline auto const value_qualifier = (kw("a") | kw("an")) >>
                                    (than_compound | kw("record") >> -((kw("high") | kw("low")) >> kw("of")) |
                                     span_compound >> (kw("high") | kw("low") | kw("peak")) >> kw("of") |
                                     // "down 21% from a peak of $8.97 trillion"
                                     (kw("peak") | kw("high") | kw("low") | kw("all-time") >> kw("high")) >> kw("of") |
                                     -kw("seasonally") >> kw("adjusted") >> -annual_rate | kw("unadjusted") |
                                     -(kw("downwardly") | kw("upwardly")) >> kw("revised") | kw("provisional") |
                                     kw("preliminary") | annual_rate |
                                     // "from an initially reported 36,000", "a previously estimated 2.1%"
                                     (kw("initially") | kw("originally") | kw("previously") | kw("first")) >>
                                         (kw("reported") | kw("estimated") | kw("forecast") | kw("projected")));

/// A value a change goes from or to, or its amount, handed to `action`. (Each alternative gets
/// its own action: wrapping the external rules in one local rule would change the parse context,
/// see config.hpp.) The look-ahead fails the three grammars at once where none can begin.
template <typename Action>
auto value(Action const& action) {
    // ("down 5.1% from the record 15.34 billion": "the" is no first word of a value, tried only before "record")
    // ("down 50% from its $56.5 million start": a possessive before a sum's sign only; "from its 1,200 stores" names
    // where the figure came from)
    return (kw("the") >> kw("record") >> -((kw("high") | kw("low")) >> kw("of")) |
            (kw("its") | kw("their")) >> &(x3::lit('$') | x3::lit("\xC2\xA3") | x3::lit("\xE2\x82\xAC")) |
            value_first >> -value_qualifier) >>
           (act(percent(), action) | act(money(), action) | act(number(), action));
}

inline auto const set_amount = [](auto& ctx) { _val(ctx).amount = _attr(ctx); };
/// Whether a value a change goes from or to is a year ("decreased by three pct to 6.2 billion
/// marks from 1985": a period, not an old value of 1,985; "rose 5 pct to 1985 levels", "rose
/// to over 1986 levels").
inline bool year_value(ast::quantity const& q) {
    return q.kind == ast::quantity_kind::number &&
           ((plain_year(q) && (q.unit_word.empty() || q.unit_word == "levels" || q.unit_word == "level")) ||
            compared_year(q));
}
/// Whether the figure of `q` names a time rather than a value: the first part of a compound that
/// names one ("rallied to 10-year highs", "fell to two-year lows": the figure counts years), a day of
/// a month ("fell 12% from 3 to 7 November": a span of days) or a time of day ("fell sharply from
/// 11 a.m. to 2 p.m.").
inline bool names_time(ast::quantity const& q) {
    std::string_view const text = active_text();
    std::size_t at = offset_in_active_text(q.first);
    if (at == std::string_view::npos) return false;
    auto const digit = [&](std::size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
    // the figure: digits and their separators, or one spelled word
    bool const digits = digit(at);
    if (digits) {
        while (digit(at) || ((text[at] == '.' || text[at] == ',') && digit(at + 1))) ++at;
    } else {
        at += word_after(text, at).size();
    }
    if (at < text.size() && text[at] == '-') {
        std::string_view const unit = word_after(text, at + 1);
        if (!unit.empty() && unit.data() == text.data() + at + 1)
            return lexicon::time_units().find(lowered(unit)) != nullptr;
    }
    if (!digits) return false;
    // ("from 3 to 7 November": the first day of the span; "3-7 November")
    std::size_t k = at;
    if (k < text.size() && text[k] == '-' && digit(k + 1)) {
        ++k;
        while (digit(k)) ++k;
    } else if (k + 4 < text.size() && text.substr(k, 4) == " to " && digit(k + 4)) {
        k += 4;
        while (digit(k)) ++k;
    }
    std::string_view const next = word_after(text, k);
    // (a word right after the figure, "5pm"; not a sign, "5%")
    if (next.empty()) return false;
    std::size_t const end = static_cast<std::size_t>(next.data() - text.data()) + next.size();
    // a day of a month: "3 November", "7 Nov."
    if (lexicon::months().find(lowered(next)) != nullptr) return true;
    // a time of day, right after the figure: "11 a.m.", "6pm"
    return k == at && (word_is(next, "am") || word_is(next, "pm") ||
                       ((word_is(next, "a") || word_is(next, "p")) && end + 2 < text.size() && text[end] == '.' &&
                        (text[end + 1] == 'm' || text[end + 1] == 'M')));
}
inline auto const set_to = [](auto& ctx) {
    _pass(ctx) = !year_value(_attr(ctx)) && !names_time(_attr(ctx));
    if (_pass(ctx)) _val(ctx).to = _attr(ctx);
};
inline auto const set_from = [](auto& ctx) {
    _pass(ctx) = !year_value(_attr(ctx)) && !names_time(_attr(ctx));
    if (_pass(ctx)) _val(ctx).from = _attr(ctx);
};
inline auto const up = [](auto& ctx) { _val(ctx).direction = 1; };
inline auto const down = [](auto& ctx) { _val(ctx).direction = -1; };

/// Adverbs between a verb and its amount: "rose sharply", "fell a further".
inline auto const adverb = kw("sharply") | kw("slightly") | kw("marginally") | kw("steadily") | kw("strongly") |
                           kw("significantly") | kw("further") | kw("again") | kw("modestly") | kw("steeply") |
                           kw("substantially") | kw("a") >> kw("further") | kw("an") >> kw("additional") |
                           kw("some") >> &ascii::digit | kw("only") | kw("just");

/// After a new value: not "higher" or "lower" ("traded 0.02 cent lower to 0.25 higher": two
/// changes as the ends of a range, no new level; "rose to 7.5 pct, higher than forecast" is one);
/// else fails, taking the new value back (an action's effect outlives the branch that fails).
inline auto const level_end = (!((kw("higher") | kw("lower")) >> !kw("than"))) | act(x3::eps, [](auto& ctx) {
                                  _val(ctx).to.reset();
                                  _pass(ctx) = false;
                              });

/// "to X from Y", "from Y to X", ", to X": in either order, each at most once.
inline auto const targets = -(-x3::lit(',') >> kw("to") >> value(set_to) >> level_end) >>
                            -(-x3::lit(',') >> kw("from") >> value(set_from)) >>
                            -(-x3::lit(',') >> kw("to") >> value([](auto& ctx) {
                                _pass(ctx) = !_val(ctx).to && !year_value(_attr(ctx)) && !names_time(_attr(ctx));
                                if (_pass(ctx)) _val(ctx).to = _attr(ctx);
                            }) >>
                              level_end);

/// After a noun's measure ("a 12% fall in operating profit to £3.4bn from £3.9bn"): a new value, and
/// an old one of its kind and noun ("a 6% rise in cargo from 13 ports, to 420 million tonnes" names
/// where the cargo came from); a new value that counts a noun names it in the measure ("a 3% rise in
/// sales to 2,000 stores" is where the sales are, "a 5% rise in its store count to 2,000 stores" the
/// new value). Else the branch fails, and the noun is read without values.
inline auto const measure_values = [](auto& ctx) {
    auto& v = _val(ctx);
    // (or an old value alone that counts no noun: "a half a percentage point reduction in base lending
    // rates from 11 pct")
    bool ok = v.to.has_value() || (v.from && v.from->unit_word.empty());
    // (a bare old value takes the new one's unit: "to 471.3 mln dlrs from 415.9 mln")
    if (ok && v.from)
        ok =
            (v.from->kind == v.to->kind || (v.from->kind == ast::quantity_kind::number && v.from->unit_word.empty())) &&
            (v.from->unit_word.empty() || lowered(v.from->unit_word) == lowered(v.to->unit_word));
    // (a unit of measure is no thing counted: "a 25 pct increase in cotton production to 315,000
    // tonnes", "to 80,000 ha", "to 538,654 units")
    std::string const unit = v.to ? lowered(v.to->unit_word) : std::string();
    if (ok && unit.size() > 3 && !lexicon::measure_words().find(unit) && unit != "units" && unit != "points") {
        std::string const noun = lowered(v.to->unit_word.substr(0, std::min<std::size_t>(4, v.to->unit_word.size())));
        ok = lowered(v.measure).find(noun) != std::string::npos;
    }
    _pass(ctx) = ok;
    if (!ok) {
        v.to.reset();
        v.from.reset();
    }
};

/// The verb form: direction, optional "by" and amount, then targets.
/// "up to" is a hedge ("up to 1.5 mln shares"), not a change.
/// ("lower-than-anticipated", "higher-than-expected": the first part of an adjective, no verb)
inline auto const not_than_compound = x3::no_skip[!(x3::lit('-') >> ci("than") >> x3::lit('-'))];
inline auto const verb = !(kw("up") >> kw("to")) >> act(kw_table(lexicon::up_words()), up) >> not_than_compound |
                         act(kw_table(lexicon::down_words()), down) >> not_than_compound;
inline auto const noun = act(kw_table(lexicon::up_nouns()), up) | act(kw_table(lexicon::down_nouns()), down);

/// "three-fold", "10-fold"; "10 times" before its values ("grew 10 times to 5 mln tonnes from
/// 600,000": not how often, which "rose three times last year" is).
inline auto const fold =
    act(as<double>(x3::lexeme[common::small_count >> x3::omit[-x3::lit('-')] >> ci("fold") >> !ascii::alnum] |
                   x3::lexeme[x3::no_case[lexicon::fold_words()] >> !ascii::alnum] |
                   common::small_count >> kw("times") >> &(kw("to") | kw("from")) |
                   // "rose 2.5 times to 250,000 from 100,000"
                   x3::lexeme[x3::real_parser<double, x3::strict_ureal_policies<double>>{} >> !ascii::alnum] >>
                       kw("times") >> &(kw("to") | kw("from")) |
                   // "by a factor of three"
                   kw("by") >> kw("a") >> kw("factor") >> kw("of") >> common::small_count),
        [](auto& ctx) { _val(ctx).multiplier = _attr(ctx); });

/// After an amount followed by a unit of time: "rose 5 pct year on year" keeps its amount, "rose 5
/// years" has none (the number counts years). The reset undoes set_amount, which X3 would not.
inline auto const drop_counted_time = [](auto& ctx) {
    auto& v = _val(ctx);
    if (v.amount && v.amount->kind == ast::quantity_kind::number) {
        v.amount.reset();
        _pass(ctx) = false;
    }
};

/// After an amount written as a year: "lower 1986 earnings", "higher 1987 sales" name a year, not
/// an amount of change (a change of 1,986 is written with its comma), and so does "an increase
/// over 1986" (compared_year). The reset undoes set_amount.
inline auto const drop_year = [](auto& ctx) {
    auto& v = _val(ctx);
    if (v.amount && v.amount->kind == ast::quantity_kind::number &&
        (plain_year(*v.amount) || compared_year(*v.amount))) {
        v.amount.reset();
        _pass(ctx) = false;
    }
};

inline auto const has_content = act(x3::eps, [](auto& ctx) {
    auto const& v = _val(ctx);
    _pass(ctx) = v.amount || v.to || v.from || v.multiplier != 0;
});

/// Before the values of "from 1.6 mln to 1.4 mln": "to" among the next twelve words, before a
/// semicolon, colon, parenthesis or a comma and a space (a value has none of these); most "from"s
/// have no "to" after them, and this fails them before three grammars parse the first value.
/// Consumes nothing.
struct to_ahead_parser : x3::parser<to_ahead_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        Iterator i = first;
        for (int words = 0; words < 12 && i != last; ++i) {
            char const c = *i;
            if (c == ';' || c == ':' || c == '(' || (c == ',' && (i + 1 == last || i[1] == ' ' || i[1] == '\n')))
                return false;
            if ((c == 't' || c == 'T') && (i == first || !alnum(i[-1])) && i + 1 != last &&
                (i[1] == 'o' || i[1] == 'O') && (i + 2 == last || !alnum(i[2])))
                return true;
            if (c == ' ' || c == '\n' || c == '\t') ++words;
        }
        return false;
    }

private:
    static bool alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
};
inline to_ahead_parser const to_ahead{};

/// "up" or "down" after an amount: "5.2 pct down on the year".
/// "higher" and "lower" as market reports write them: "settled 87 cents higher at $82.14", "closed
/// 3.5p lower at 412p".
inline auto const up_or_down = act(kw("up") | kw("higher"), up) | act(kw("down") | kw("lower"), down);
/// A comparative before "than": "higher", "more" or "lower", "less", "fewer".
inline auto const more_or_less =
    act(kw("higher") | kw("more") | kw("greater") | kw("dearer") | kw("costlier") | kw("pricier"), up) |
    act(kw("lower") | kw("less") | kw("fewer") | kw("cheaper"), down);
/// "above" or "below" right after an amount and before the figure it is set against: "20% above the $40 offer
/// price", "$5 below the $40 offer" (a comparative without "than"; not "20% above-average growth").
/// (a figure after it, not a stop or a compound: "for 40 pct above.", "above three-month rates")
inline auto const above_or_below = (act(kw("above"), up) | act(kw("below"), down)) >> !x3::no_skip[x3::lit('-')] >>
                                   &(-kw("the") >> (x3::omit[money()] | x3::omit[percent()] | x3::omit[number()]) >>
                                     !x3::no_skip[x3::lit('-')]);
/// A number as the amount before "up" or "down": bare or in points ("10.6 down at 1,979.0", "12.3
/// points up at 1,990.1"), not a count of something ("3,000 tonnes up at").
inline auto const set_counted_amount = [](auto& ctx) {
    auto const& q = _attr(ctx);
    _pass(ctx) = (q.unit_word.empty() || q.unit_word == "points" || q.unit_word == "point") && !year_value(q);
    if (_pass(ctx)) _val(ctx).amount = q;
};

/// Verbs that take an object before the values they move it to and from: "raised its prime rate to
/// 7.75 pct from 7.50 pct", "cut the working week to 35 hours from 38.5 hours" (direction as said;
/// "revised" leaves it to the values).
inline auto const transitive =
    act(kw_table(lexicon::transitive_change_words()), [](auto& ctx) { _val(ctx).direction = _attr(ctx); }) >>
    not_than_compound;
/// Whether a hyphenated word of an object has a part that names a time ("end-June",
/// "first-quarter", "year-end", "two-week"): a mention of its own, which the object would hide.
inline bool compound_names_time(std::string_view word) {
    std::size_t start = 0;
    while (start <= word.size()) {
        std::size_t end = word.find('-', start);
        if (end == std::string_view::npos) end = word.size();
        std::string part(word.substr(start, end - start));
        bool const capital = !part.empty() && part[0] >= 'A' && part[0] <= 'Z';
        for (char& c : part) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        if (part == "half" || lexicon::time_units().find(part)) return true;
        if (capital && lexicon::months().find(part)) return true;
        if (lexicon::cardinal_units().find(part) || lexicon::cardinal_tens().find(part)) return true;
        start = end + 1;
    }
    return false;
}
/// The object between such a verb and its values: one to eight words of letters, up to "to" or
/// "from"; it ends at a conjunction, an auxiliary, a verb of change, a time or a number
/// (lexicon::object_stop_words, compound_names_time), so that mentions are not hidden inside it:
/// "lowered its forecast for 1987 growth to 2.5 pct from 3.0 pct", "cut last year to 49 pct from
/// 60 pct" and "the adjusted surplus fell to" are no changes from the first verb.
inline auto const
    object_word = !kw_table(lexicon::object_stop_words()) >>
                  act(x3::raw[x3::lexeme[+(ascii::alpha | x3::char_("'-")) >> *(x3::char_('.') >> +ascii::alpha) >>
                                         -x3::lit('.') >> !ascii::alnum]],
                      [](auto& ctx) {
                          auto const& r = _attr(ctx);
                          std::string_view const word(&*r.begin(), static_cast<std::size_t>(r.end() - r.begin()));
                          _pass(ctx) = word.find('-') == std::string_view::npos || !compound_names_time(word);
                      });
/// Before the object: "to" or "from" within about ninety bytes, before a semicolon, colon,
/// parenthesis or digit (most such verbs have no values after them: this fails them at once; the
/// prose the grammars read has its line breaks and tabs as spaces).
struct to_or_from_ahead_parser : x3::parser<to_or_from_ahead_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        for (Iterator i = first; i != last; ++i) {
            char const c = *i;
            // ("raised the dividend 15% to 46 cents": a percentage right before "to" is the amount)
            if (c >= '0' && c <= '9') return i != first && i[-1] == ' ' && percent_then_to(i, last);
            if (c == ';' || c == ':' || c == '(') return false;
            if (i != first && i[-1] != ' ') continue;
            // ("reduced its forecast by $420 million to $980 million": the amount before them)
            if (common::word_then_space(i, last, "to") || common::word_then_space(i, last, "from") ||
                common::word_then_space(i, last, "by"))
                return true;
            if (i - first > 90) return false;
        }
        return false;
    }

private:
    /// "15% to ", "9.5 pct to ", "15 per cent to ", "25 basis points to " at `i`.
    template <typename Iterator>
    static bool percent_then_to(Iterator i, Iterator const& last) {
        while (i != last && ((*i >= '0' && *i <= '9') || *i == '.')) ++i;
        std::string_view const rest(&*i, static_cast<std::size_t>(std::min<std::ptrdiff_t>(last - i, 24)));
        for (std::string_view const sign :
             {"% to ", " pct to ", " percent to ", " per cent to ", " basis points to ", " basis point to ", "bp to ",
              " bp to ", " bps to ", "bps to ", " percentage points to ", " percentage point to "})
            if (rest.starts_with(sign)) return true;
        return false;
    }
};
inline to_or_from_ahead_parser const to_or_from_ahead{};
inline auto const object = to_or_from_ahead >> x3::omit[x3::repeat(1, 8)[object_word]] >>
                           act(x3::eps, [](auto& ctx) { _val(ctx).object = true; });
/// After an object and the targets: at least one value, else the object is no part of the change
/// ("quadrupled its trade surplus" alone). (X3 keeps an action's effect when its branch fails: the
/// flag is taken back here.)
inline auto const object_values = [](auto& ctx) {
    auto& v = _val(ctx);
    _pass(ctx) = v.to.has_value() || v.from.has_value();
    if (!_pass(ctx)) v.object = false;
};
/// Whether the change has its amount, a figure with its unit: "cut its key rate by 50 basis points
/// to 3.75%" (not the first end of a range, "reduced its rates by two to 15 pct"; not a span of
/// time, "cuts the week by 1-1/2 hours to 37", as drop_counted_time).
inline auto const amount_given = act(x3::eps, [](auto& ctx) {
    auto const& amount = _val(ctx).amount;
    _pass(ctx) = amount && (amount->kind != ast::quantity_kind::number ||
                            (!amount->unit_word.empty() && !lexicon::time_units().find(amount->unit_word)) ||
                            // ("was cut by a third to £6bn")
                            (amount->fraction && amount->unit_word.empty()));
});
/// Sets the direction a word states, failing when it contradicts the verb's: "cut up to 1,000 jobs
/// from 5,000" is no change.
inline auto const direction_is = [](int direction) {
    return [direction](auto& ctx) {
        auto& v = _val(ctx);
        _pass(ctx) = v.direction == 0 || v.direction == direction;
        v.direction = direction;
    };
};
/// "revised down to 1.9 billion stg from 2.25 billion", "revised downwards": a direction in place
/// of the object, or after it.
inline auto const direction_word = act(kw("down") | kw("downward") | kw("downwards"), direction_is(-1)) |
                                   act(kw("up") | kw("upward") | kw("upwards"), direction_is(1));

/// "three times as many as", "twice as high as", "five times higher than", "half as much as": a
/// multiple of what is compared, its base after "as" or "than" (how many times, and "as" with its
/// adjective or the comparative; not "three times a year", "at times").
inline auto const times_factor = as<double>(
    common::small_count >> kw("times") |
    x3::lexeme[x3::real_parser<double, x3::strict_ureal_policies<double>>{} >> !ascii::alnum] >> kw("times") |
    kw("twice") >> x3::attr(2.0) | kw("half") >> x3::attr(0.5));
inline auto const as_adjective = kw("many") | kw("much") | kw("high") | kw("large") | kw("big") | kw("great") |
                                 kw("long") | kw("likely") | kw("fast") | kw("expensive") | kw("costly") |
                                 kw("deadly") | kw("common") | kw("heavy") | kw("strong") | kw("wide") | kw("often") |
                                 kw("quickly") | kw("profitable") | kw("popular") | kw("productive");
inline auto const times_comparative = kw("higher") | kw("more") | kw("larger") | kw("bigger") | kw("greater") |
                                      kw("faster") | kw("longer") | kw("heavier") | kw("wider") | kw("stronger");
/// "the" and a figure after it: "three times the 1,000 units of 2020", "double the $2 million" (a multiple of
/// that figure, which extraction joins as the base; not "three times the size", "double the capacity").
inline auto const the_figure_next =
    &(kw("the") >> x3::lexeme[x3::digit | x3::lit('$') | x3::lit("US$") | x3::lit("\xC2\xA3") |
                              x3::lit("\xE2\x82\xAC") | x3::lit("\xC2\xA5")]);
inline auto const times_as =
    act(times_factor,
        [](auto& ctx) {
            _val(ctx).multiplier = _attr(ctx);
            _val(ctx).direction = _attr(ctx) > 1 ? 1 : -1;
        }) >>
    // (a noun or two may come between: "three times as many cars as")
    (kw("as") >> as_adjective >> !kw("again") >>
         &(kw("as") | x3::repeat(1, 2)[!kw("as") >> x3::lexeme[+ascii::lower >> !ascii::alnum]] >> kw("as")) |
     act(times_comparative >> &kw("than"),
         [](auto& ctx) {
             // (a multiple that is more: "half ... higher than" is no reading)
             _pass(ctx) = _val(ctx).multiplier > 1;
         }) |
     // (not "half the 1,150 workers": a share of them)
     act(the_figure_next, [](auto& ctx) { _pass(ctx) = _val(ctx).multiplier > 1; }));

/// The first words of each alternative below, for first_letters_parser (see lexicon.hpp).
inline auto const change_times_first = first_letters_parser{}
                                           .table_without(lexicon::hedges(), {"in", "the"})
                                           .table(lexicon::cardinal_units())
                                           .table(lexicon::cardinal_tens())
                                           .words({"twice", "half"})
                                           .digits();
inline auto const change_multiplier_first =
    first_letters_parser{}.table_without(lexicon::hedges(), {"in", "the"}).table(lexicon::multiplier_words());
inline auto const change_multiplier_base_first =
    first_letters_parser{}.table_without(lexicon::hedges(), {"in", "the"}).table(lexicon::multiplier_bases());
/// A multiplier's base form is a change only with a value after it.
inline auto const has_value = [](auto& ctx) { _pass(ctx) = _val(ctx).to.has_value() || _val(ctx).from.has_value(); };
inline auto const change_fold_first =
    first_letters_parser{}.words({"a", "an"}).table(lexicon::cardinal_units()).table(lexicon::cardinal_tens()).digits();
inline auto const change_verb_first = first_letters_parser{}.table(lexicon::up_words()).table(lexicon::down_words());
/// (a hedge may come first: "roughly 19% less than the $121 million")
inline auto const change_amount_first =
    first_letters_parser{}.non_letters().table_without(lexicon::hedges(), {"in", "the"});

/// After a word (a hedge), a comparative or a direction among the next ten words of the clause ("about 19% less
/// than", "some 57 mln dlrs lower than", "over 50 pct down on"): the amount-first alternatives run only there.
/// At a digit or a sign, always.
struct comparative_ahead_parser : x3::parser<comparative_ahead_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
        Iterator i = first;
        x3::skip_over(i, last, context);
        if (i == last) return false;
        auto const letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
        if (!letter(*i)) return true;
        for (int words = 0; words < 10 && i != last; ++words) {
            Iterator const begin = i;
            while (i != last && (letter(*i) || (*i >= '0' && *i <= '9') || *i == '.' || *i == ',' || *i == '%' ||
                                 *i == '$' || *i == '-' || *i == '/')) {
                // (a clause's comma or stop ends the look: not a thousands separator or a decimal point)
                if ((*i == ',' || *i == '.') && (std::next(i) == last || *std::next(i) < '0' || *std::next(i) > '9'))
                    break;
                ++i;
            }
            std::string_view const word(&*begin, static_cast<std::size_t>(i - begin));
            auto const space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
            if (i == last || !space(*i)) return false;
            while (i != last && space(*i)) ++i;
            // (what the alternatives read after the amount: "above", "below"; a comparative before "than"; "up" or
            // "down" before "on" or "at", "higher" or "lower" before either or "than")
            if (word == "above" || word == "below") return true;
            auto const next_is = [&](std::string_view w) {
                auto const n = static_cast<std::ptrdiff_t>(w.size());
                if (last - i <= n || !space(i[n])) return false;
                for (std::ptrdiff_t k = 0; k < n; ++k)
                    if ((i[k] | 0x20) != w[static_cast<std::size_t>(k)]) return false;
                return true;
            };
            bool const than = next_is("than");
            for (std::string_view const w :
                 {"more", "less", "fewer", "greater", "cheaper", "dearer", "costlier", "pricier"})
                if (word == w && than) return true;
            if ((word == "up" || word == "down" || word == "higher" || word == "lower") &&
                (next_is("on") || next_is("at") || than))
                return true;
        }
        return false;
    }
};
inline comparative_ahead_parser const comparative_ahead{};
inline auto const change_transitive_first = first_letters_parser{}.table(lexicon::transitive_change_words());
inline auto const change_noun_first =
    first_letters_parser{}.words({"a", "an", "the"}).table(lexicon::up_nouns()).table(lexicon::down_nouns());

/// "has contracted 3.6 million tonnes": goods bought under contract, no fall (a fall is in percent, in
/// points or "by" an amount: "contracted 0.5 pct").
inline auto const contracted_goods = (kw("contracted") | kw("contracts") | kw("contracting")) >>
                                     act(number(), [](auto& ctx) {
                                         std::string_view const unit = _attr(ctx).unit_word;
                                         _pass(ctx) = !unit.empty() && unit != "pct" && unit != "percent" &&
                                                      unit != "per" && unit != "point" && unit != "points" &&
                                                      unit != "basis" && unit != "bp" && unit != "bps";
                                     });

/// A change's verb in -ing, after a comma: "would triple, rising to".
inline auto const change_participle = kw("rising") | kw("climbing") | kw("growing") | kw("increasing") | kw("jumping") |
                                      kw("soaring") | kw("surging") | kw("falling") | kw("dropping") | kw("declining") |
                                      kw("sliding") | kw("shrinking") | kw("slumping") | kw("plunging");

/// A multiplier's word sets the multiple and its direction ("doubled", "halve").
inline auto const set_multiplier = [](auto& ctx) {
    _val(ctx).multiplier = _attr(ctx);
    _val(ctx).direction = _attr(ctx) > 1 ? 1 : -1;
};

} // namespace detail

auto const change_def = spanned((
    // doubled, more than tripled to 450 from 200, halved
    detail::change_multiplier_first >> fresh() >> -kw_table(lexicon::hedges()) >>
        act(kw_table(lexicon::multiplier_words()), detail::set_multiplier) >> *detail::adverb >>
        // ("Transsion tripled its shipments to 28.5 million from 15.4 million": what it multiplied,
        // before its values)
        (detail::object >> &(kw("to") | kw("from")) >> detail::targets >> act(x3::eps, detail::object_values) |
         detail::targets) |
    // "plans to double output to 500,000 tonnes from 300,000", "will halve to 40 from 80": the base
    // form, only with a new or an old value ("a double murder", "double-digit growth")
    detail::change_multiplier_base_first >> fresh() >> -kw_table(lexicon::hedges()) >>
        act(kw_table(lexicon::multiplier_bases()), detail::set_multiplier) >> *detail::adverb >>
        (detail::object >> &(kw("to") | kw("from")) >> detail::targets >> act(x3::eps, detail::object_values) |
         &(kw("to") | kw("from")) >> detail::targets) >>
        act(x3::eps, detail::has_value) |
    // "would nearly triple, rising to $90 million from $30 million": the base form before a change of its
    // own way that gives the values (the change is read on its own; the claim model joins the two)
    detail::change_multiplier_base_first >> fresh() >> -kw_table(lexicon::hedges()) >>
        act(kw_table(lexicon::multiplier_bases()), detail::set_multiplier) >> *detail::adverb >>
        &(x3::lit(',') >> detail::change_participle) |
    // three times as many as, twice as high as, five times higher than, three times the 1,000
    detail::change_times_first >> fresh() >> -kw_table(lexicon::hedges()) >> detail::times_as |
    // "3,000 units, double the 1,000 of 2020" (not "halve the": a verb)
    detail::change_multiplier_base_first >> fresh() >> -kw_table(lexicon::hedges()) >>
        act(kw_table(lexicon::multiplier_bases()), detail::set_multiplier) >>
        act(detail::the_figure_next, [](auto& ctx) { _pass(ctx) = _val(ctx).multiplier > 1; }) |
    // a three-fold increase, rose three-fold, a 10-fold rise
    detail::change_fold_first >> fresh() >> -(kw("a") | kw("an")) >> detail::fold >> -detail::noun >>
        act(x3::eps,
            [](auto& ctx) {
                if (_val(ctx).direction == 0) _val(ctx).direction = _val(ctx).multiplier >= 1 ? 1 : -1;
            }) >>
        detail::targets |
    // rose 12 percent to $4.5 billion from $3.6 billion; fell by 11.6 percent; up 26 percent
    detail::change_verb_first >> fresh() >> !detail::contracted_goods >> detail::verb >> *detail::adverb >>
        // ("rose more than sevenfold to $7 billion": the hedge is read from the change's text)
        (-kw_table(lexicon::hedges()) >> detail::fold >> detail::targets |
         // "fell below 1.50 marks", "rose above 18 ringgit": the level reached, hedged by its word
         // (not an amount: "rose over 5 pct" is more than 5 pct)
         // (not before a new value: "fell just under 3% to $45.10 from $46.48" is by how much)
         &(kw("below") | kw("above") | kw("under") | kw("just") >> (kw("below") | kw("under"))) >>
             detail::value(detail::set_to) >> detail::level_end >> !kw("to") >>
             -(-x3::lit(',') >> kw("from") >> detail::value(detail::set_from)) |
         -kw("by") >>
             -(detail::value(detail::set_amount) >>
               // ("rose three times last year": how often, not by how much)
               ((!(kw_table(lexicon::time_units()) | kw("times"))) | act(x3::eps, detail::drop_counted_time)) >>
               act(x3::eps, detail::drop_year)) >>
             detail::targets) >>
        detail::has_content |
    // raised its prime rate to 7.75 pct from 7.50 pct: a verb, its object and both values
    // (or in the passive, no object: "the dividend was cut to 30 cents from 28 cents")
    detail::change_transitive_first >> fresh() >> detail::transitive >>
        // ("The cod quota was cut 30% to 453,427 tonnes from 566,784 tonnes": in the passive, the amount first)
        (detail::direction_word | detail::object >> -detail::direction_word |
         &(kw("to") | kw("from") | kw("by") | ascii::digit)) >>
        // ("cut its forecast by $420 million to $980 million from $1.38 billion"; "raised the quarterly
        // dividend 15% to 46 cents from 42 cents", the amount without "by")
        // ("raised its dividend by 5 cents, or 20%, to 45 cents": the amount, restated after it as
        // "fell 2,231.07 points, or 5.5%, to 38,314.86" is, the claim model joins)
        (kw("by") >> detail::value(detail::set_amount) >> &(x3::lit(',') >> kw("or")) >> detail::amount_given |
         -(kw("by") >> detail::value(detail::set_amount) |
           &ascii::digit >> act(percent(), detail::set_amount) >> &kw("to")) >>
             (kw("to") >> detail::value(detail::set_to) >>
                  (-x3::lit(',') >> kw("from") >> detail::value(detail::set_from) |
                   // ("raised its benchmark rate by a quarter point to 4.5%": the amount and the new value)
                   detail::amount_given) |
              kw("from") >> detail::value(detail::set_from) >> -x3::lit(',') >> kw("to") >>
                  detail::value(detail::set_to)) |
         // "cut rates by 25 basis points", "have been cut by 50% since 1990", "was cut by a third":
         // by a percentage or a fraction alone (not "cut 500 jobs", "raised $2 billion": what is
         // cut or raised, no change)
         // (the values a failed branch above may have set are not this one's: X3 undoes no action)
         kw("by") >> act(x3::eps,
                         [](auto& ctx) {
                             _val(ctx).to.reset();
                             _val(ctx).from.reset();
                         }) >>
             detail::value_first >> (act(percent(), detail::set_amount) | act(number(),
                                                                              [](auto& ctx) {
                                                                                  _pass(ctx) =
                                                                                      _attr(ctx).fraction &&
                                                                                      _attr(ctx).unit_word.empty();
                                                                                  if (_pass(ctx))
                                                                                      _val(ctx).amount = _attr(ctx);
                                                                              }))) |
    // a 26-percent rise, a 5 pct increase to X
    first_of({"a", "an"}) >> fresh() >> (kw("a") | kw("an")) >> detail::value_first >>
        (act(percent(), detail::set_amount) | act(money(), detail::set_amount)) >>
        -(kw("annual") | kw("annualised") | kw("annualized") | kw("year-on-year")) >>
        // "a 5% pay rise", "a 10% price increase": what rises, named before the noun
        -(kw("pay") | kw("price") | kw("prices") | kw("rent") | kw("tax") | kw("fare") | kw("fares") | kw("wage") |
          kw("salary") | kw("fee") | kw("fees") | kw("tuition") | kw("pension") | kw("budget") | kw("bill") |
          kw("premium") | kw("benefit") | kw("benefits")) >>
        detail::noun >>
        // "a 12% fall in operating profit to £3.4bn from £3.9bn": what fell, named after the noun,
        // before at least one value
        (kw("in") >> detail::to_or_from_ahead >> act(x3::raw[x3::repeat(1, 6)[detail::object_word]],
                                                     [](auto& ctx) {
                                                         auto const& r = _attr(ctx);
                                                         _val(ctx).measure = std::string_view(
                                                             &*r.begin(),
                                                             static_cast<std::size_t>(r.end() - r.begin()));
                                                     }) >>
             detail::targets >> act(x3::eps, detail::measure_values) |
         detail::targets) |
    // an increase of 5 pct, a rise of 12 percent to $4.5 billion
    detail::change_noun_first >> fresh() >> -(kw("a") | kw("an") | kw("the")) >> detail::noun >> kw("of") >>
        detail::value(detail::set_amount) >> detail::targets |
    // 0.2 pct up on January, 5.2 pct down on the year, 39 pct down at 3,267 units from 5,397; with
    // a new level after "at", any amount: 10.6 down at 1,979.0, 12.3 points up at 1,990.1, 10p
    // down at 1,334 (the amount before "up" or "down", as market reports write it)
    detail::change_amount_first >> detail::comparative_ahead >> fresh() >>
        // (not a part of a whole after "at": "Costs were 20% higher at 12 of the sites")
        (act(percent(), detail::set_amount) >> detail::up_or_down >>
             (&kw("on") | kw("at") >> detail::value(detail::set_to) >> !kw("of")) |
         (act(money(), detail::set_amount) | act(number(), detail::set_counted_amount)) >> detail::up_or_down >>
             kw("at") >> detail::value(detail::set_to) >> !kw("of") |
         // "12% lower than in 2024", "$3 billion more than last year", "4,000 higher than a year
         // earlier": a difference told as a comparative, the base after "than"
         (act(percent(), detail::set_amount) | act(money(), detail::set_amount) |
          act(number(), detail::set_counted_amount)) >>
             detail::more_or_less >> &kw("than") |
         (act(percent(), detail::set_amount) | act(money(), detail::set_amount)) >> detail::above_or_below) >>
        -(-x3::lit(',') >> kw("from") >> detail::value(detail::set_from)) |
    // from 1.6 mln to 1.4 mln (not "prices ranging from 15 to 17 dlrs" nor "From 10 to 20 pct of
    // voters" opening a sentence, ranges: range_from)
    // (x3::_where is what follows a match: raw gives where "from" begins)
    first_of({"from"}) >> fresh() >> act(x3::raw[kw("from")],
                                         [](auto& ctx) {
                                             std::size_t const at = offset_in_active_text(_attr(ctx).begin());
                                             _pass(ctx) =
                                                 at == std::string_view::npos || !range_from(active_text(), at);
                                         }) >>
        detail::to_ahead >> detail::value(detail::set_from) >> kw("to") >> detail::value(detail::set_to) >>
        detail::level_end));

BOOST_SPIRIT_DEFINE(change)

} // namespace parser

} // namespace numcheck::grammar
