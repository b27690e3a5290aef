#pragma once
#include <cmath>
#include <cstdlib>

#include "common.hpp"
#include "number.hpp"

namespace numcheck::grammar {

namespace parser {

using x3::_attr;
using x3::_pass;
using x3::_val;
namespace ascii = x3::ascii;

amount_type const amount = "amount";
number_type const number = "number";

namespace detail {

/// Digits with optional thousands separators and decimals: "1,234,567.5", "240", ".125". Hand-written
/// (it runs at every figure of the text), with the meaning of the X3 expression
///     (repeat(1, 3)[digit] >> +(',' >> repeat(3)[digit] >> !digit) | +digit) >> -('.' >> +digit)
///   | '.' >> +digit
/// (greedy repeats, no backtracking into them).
struct numeral_core_parser : x3::parser<numeral_core_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
        x3::skip_over(first, last, context);
        auto const digit = [&](Iterator i) { return i != last && *i >= '0' && *i <= '9'; };
        Iterator i = first;
        if (digit(i)) {
            Iterator run = i;
            while (digit(run)) ++run;
            Iterator grouped = i;
            if (run - i <= 3) {
                // 1-3 digits, then one or more groups of a comma and exactly three digits
                Iterator g = run;
                while (g != last && *g == ',' && digit(g + 1) && digit(g + 2) && digit(g + 3) && !digit(g + 4)) g += 4;
                if (g != run) grouped = g;
            }
            if (grouped == i && run - i <= 2) {
                // Indian grouping: 1-2 digits, groups of two, then one of three ("3,12,450",
                // "12,00,000", "1,23,45,678")
                Iterator g = run;
                while (g != last && *g == ',' && digit(g + 1) && digit(g + 2) && g + 3 != last && *(g + 3) == ',')
                    g += 3;
                if (g != run && g != last && *g == ',' && digit(g + 1) && digit(g + 2) && digit(g + 3) && !digit(g + 4))
                    grouped = g + 4;
            }
            i = grouped != first ? grouped : run;
            if (i != last && *i == '.' && digit(i + 1)) {
                ++i;
                while (digit(i)) ++i;
            }
        } else if (i != last && *i == '.' && digit(i + 1)) {
            ++i;
            while (digit(i)) ++i;
        } else {
            return false;
        }
        first = i;
        return true;
    }
};
inline numeral_core_parser const numeral_core{};

/// Not part of an identifier or a longer token: "6.6.0", "555-1234", "1,2". As the X3 expression
///     !('.' >> digit) >> !('-' >> digit) >> !(',' >> digit) >> !('/' >> digit) >> !(':' >> digit)
struct numeral_end_parser : x3::parser<numeral_end_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        if (first == last || first + 1 == last) return true;
        char const c = *first;
        char const next = *(first + 1);
        bool const separator = c == '.' || c == '-' || c == ',' || c == '/' || c == ':';
        return !(separator && next >= '0' && next <= '9');
    }
};
inline numeral_end_parser const numeral_end{};

/// A dealer's two-way quote, "151.50/60 yen", "3.7498/7501", "1.5798/808 dlrs": the bid, then the
/// last digits of the offer (no more of them than the bid has decimals, at least two) or the whole
/// offer ("3.90/4.0 pct"). The bid is the value ("2.9/1", "4/9/2024" are no quotes).
/// "16-18 dlrs", "120-150 days", "0.2-0.3 mln", "140-150,000 bpd": a range (not "555-1234", not a
/// year span), from the text of both numerals and the dash.
template <typename Context>
void set_range(Context& ctx, std::string_view text) {
    auto const dash = text.find('-');
    std::string_view const a = text.substr(0, dash);
    std::string_view const b = text.substr(dash + 1);
    // "5.63-65 pct", "137.80-85 yen": a dealer's range, the high end's last digits after the dash
    // (at least two, no more than the low end has decimals; not "1.5-2 mln", "3.1-5 pct")
    std::size_t const point = a.find('.');
    std::size_t const decimals = point == std::string_view::npos ? 0 : a.size() - point - 1;
    if (decimals >= 2 && b.size() >= 2 && b.size() <= decimals && b.find_first_of(".,") == std::string_view::npos &&
        b != a.substr(a.size() - b.size())) { // ("1.7795-05": 1.7805, one carried; evaluate)
        _val(ctx).numeral = a;
        _val(ctx).numeral_to = b;
        _val(ctx).last_digits_to = true;
        return;
    }
    // ("1,180-1,207 meters": without the thousands separators)
    double x = digits_value(a);
    double const y = digits_value(b);
    bool const phone = a.size() == 3 && b.size() == 4;
    bool const years = a.size() == 4 && x >= 1800 && x <= 2099;
    // "140-150,000 bpd", "75-100,000": the thousands said once,
    // for both ends (not "400-1,000 billion yen")
    double groups = 1;
    if (a.find(',') == std::string_view::npos)
        for (char const c : b)
            if (c == ',') groups *= 1000;
    if (groups > 1 && x * groups < y && x * groups * 10 >= y) {
        x *= groups;
    } else {
        groups = 1;
    }
    _pass(ctx) = y > x && !phone && !years && (b.size() <= a.size() + 1 || groups > 1 || y <= 10 * x);
    if (!_pass(ctx)) return;
    _val(ctx).numeral = a;
    _val(ctx).numeral_to = b;
    _val(ctx).low_groups = groups;
}

/// A numeral, a range of two ("16-18") or a quote ("151.50/60"), the first numeral read once: the
/// range's second numeral and the quote's offer are tried where numeral_end fails.
inline auto const quote_offer = '/' >> +ascii::digit >> -('.' >> +ascii::digit) >> !ascii::alnum >> !x3::lit('/');
/// "2.88-1/4 dlrs", "5.04-3/4": a fraction of the last decimal place after a dash (grain prices in
/// cents and fractions of a cent).
inline auto const cent_fraction = '-' >> x3::repeat(1, 2)[ascii::digit] >> '/' >> x3::repeat(1, 2)[ascii::digit] >>
                                  !ascii::alnum >> !x3::lit('/');
inline auto const numeral_or_quote =
    x3::raw[numeral_core >> (numeral_end | quote_offer | '-' >> numeral_core >> numeral_end | cent_fraction)];
inline auto const set_numeral_or_quote = [](auto& ctx) {
    auto const& r = _attr(ctx);
    std::string_view const text(r.begin(), r.size());
    std::size_t const slash = text.find('/');
    if (std::size_t const dash = text.find('-'); slash != std::string_view::npos && dash < slash) {
        std::string_view const whole = text.substr(0, dash);
        std::size_t const point = whole.find('.');
        double const n = digits_value(text.substr(dash + 1, slash - dash - 1));
        double const d = digits_value(text.substr(slash + 1));
        // (a whole number before the dash is a coupon or a rate, "8-5/8": read elsewhere)
        _pass(ctx) = point != std::string_view::npos && !_val(ctx).negative && n >= 1 && n < d &&
                     (d == 2 || d == 4 || d == 8 || d == 16);
        if (!_pass(ctx)) return;
        _val(ctx).numeral = whole;
        _val(ctx).mixed_fraction = n / d * std::pow(10.0, -static_cast<double>(whole.size() - point - 1));
        return;
    }
    if (slash == std::string_view::npos) {
        if (text.find('-') == std::string_view::npos) {
            _val(ctx).numeral = text;
        } else {
            _pass(ctx) = !_val(ctx).negative;
            if (_pass(ctx)) set_range(ctx, text);
        }
        return;
    }
    std::string_view const bid = text.substr(0, slash);
    std::size_t const point = bid.find('.');
    std::size_t const decimals = point == std::string_view::npos ? 0 : bid.size() - point - 1;
    std::string_view const offer = text.substr(slash + 1);
    // ("3.90/4.0 pct", "418.50/419.00 dlrs": the offer in full)
    _pass(ctx) = offer.find('.') != std::string_view::npos ? decimals >= 1 : decimals >= 2 && offer.size() <= decimals;
    if (_pass(ctx)) _val(ctx).numeral = bid;
};
/// A scale joined by a hyphen: "-mln" in "a 36-mln-dlr contract", "-billion" in "two-billion-dlr".
inline auto const hyphen_scale = x3::lexeme['-' >> x3::no_case[lexicon::scale_words()] >> !ascii::alnum];

inline auto const set_negative = [](auto& ctx) { _val(ctx).negative = true; };
inline auto const multiply_scale = [](auto& ctx) { _val(ctx).scale *= _attr(ctx); };
/// "1 1/2": the fraction after a whole number.
inline auto const mixed_fraction =
    x3::lexeme[x3::uint_parser<unsigned, 10, 1, 2>{} >> '/' >> x3::uint_parser<unsigned, 10, 1, 2>{} >> !ascii::alnum];
inline auto const set_mixed = [](auto& ctx) {
    auto const numerator = boost::fusion::at_c<0>(_attr(ctx));
    auto const denominator = boost::fusion::at_c<1>(_attr(ctx));
    _pass(ctx) = denominator >= 2 && numerator < denominator;
    if (_pass(ctx)) _val(ctx).mixed_fraction = static_cast<double>(numerator) / denominator;
};

/// "two and a half million", "1 and a half billion", "five-and-a-half thousand": a half or a
/// quarter said before the scale it is a fraction of the unit of, or before "per cent" (only there: "two and a half"
/// alone is the number grammar's, "rose two and a half times" a multiplier's).
inline auto const and_fraction_before_scale = act(
    as<double>(x3::lexeme[x3::lit('-') >> ci("and") >> '-' >> (ci("a") | ci("one")) >> '-' >>
                          x3::no_case[lexicon::fraction_denominators()] >> !ascii::alnum] |
               kw("and") >> (kw("a") | kw("one")) >>
                   x3::lexeme[x3::no_case[lexicon::fraction_denominators()] >> !ascii::alnum]) >>
        // (or before the words of a percentage: "two and a half per cent", "two-and-a-half percent")
        &(kw_table(lexicon::scale_words()) | kw("per") >> kw("cent") | kw("percent") | kw("pct") | kw("percentage")),
    [](auto& ctx) {
        _pass(ctx) = _val(ctx).mixed_fraction == 0 && !_val(ctx).fraction;
        if (_pass(ctx)) _val(ctx).mixed_fraction = 1.0 / _attr(ctx);
    });

/// Words that can follow a fraction: "a third of", "cut by a third", "two-thirds in 2023", "fell by a
/// third between 2010 and 2020".
inline auto const after_fraction =
    &(kw("of") | kw("in") | kw("on") | kw("to") | kw("from") | kw("and") | kw("or") | kw("since") | kw("last") |
      kw("this") | kw("over") | kw("compared") | kw("the") | kw("its") | kw("their") | kw("a") | kw("below") |
      kw("above") | kw("higher") | kw("lower") | kw("more") | kw("less") | kw("fewer") | kw("larger") | kw("smaller") |
      kw("greater") | kw("between") | kw("during") | kw("within") | kw("across") | !ascii::alpha);

/// Right after a plural word ("two-thirds", "three fifths"): a look-back at the last byte parsed,
/// consuming nothing.
struct after_plural_parser : x3::parser<after_plural_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const&, Context const&, RContext&, Attribute&) const {
        char const c = *(first - 1);
        return c == 's' || c == 'S';
    }
};
inline after_plural_parser const after_plural{};

/// "a third-quarter loss", "a fourth-largest": an ordinal with a hyphen and a letter after it is
/// an adjective, not a fraction ("a half-point cut", "a quarter-point rise" are fractions).
inline auto const ordinal_adjective = x3::lexeme[x3::no_case[lexicon::ordinal_adjectives()] >> '-' >> ascii::alpha];

inline auto const set_fraction = [](auto& ctx) {
    _val(ctx).spelled = 1.0 / _attr(ctx);
    _val(ctx).fraction = true;
};
inline auto const set_fraction_n = [](auto& ctx) {
    double const numerator = boost::fusion::at_c<0>(_attr(ctx));
    double const denominator = boost::fusion::at_c<1>(_attr(ctx));
    _pass(ctx) = numerator >= 1 && numerator < denominator;
    if (!_pass(ctx)) return;
    _val(ctx).spelled = numerator / denominator;
    _val(ctx).fraction = true;
};
/// "one in five", "19 out of 50": the ratio's two sides and whether "in" joins them. With "in" it
/// is a few, or some in tens ("one in five", "nine in 10", "12 in 20"), not a record ("137 in 161
/// appearances", "14 in 16 games").
inline auto const set_ratio = [](auto& ctx) {
    using boost::fusion::at_c;
    double const numerator = at_c<0>(_attr(ctx));
    bool const in = at_c<1>(_attr(ctx));
    double const denominator = at_c<2>(_attr(ctx));
    _pass(ctx) = numerator >= 1 && numerator < denominator &&
                 (!in || numerator < 10 || static_cast<long>(denominator) % 10 == 0);
    if (!_pass(ctx)) return;
    _val(ctx).spelled = numerator / denominator;
    _val(ctx).fraction = true;
    _val(ctx).fraction_of = denominator; // (no mixed fraction here: the ratio's whole, for its precision)
};

inline auto const ratio_side = x3::rule<struct ratio_side_class, double>{"ratio"} =
    act(x3::lexeme[x3::uint_parser<unsigned, 10, 1, 3>{} >> !ascii::alnum >> !(',' >> ascii::digit) >>
                   !('.' >> ascii::digit)],
        [](auto& ctx) { _val(ctx) = _attr(ctx); }) |
    act(common::spelled_number, [](auto& ctx) { _val(ctx) = _attr(ctx).value(); });

/// Before trying "1 in 5" at a figure: its digits must be followed by "in" or "out" (the ratio's
/// digits are a whole word of at most three digits, so wherever the ratio matches this does; most
/// figures are not ratios, and this fails them before the ratio's two sides are parsed).
inline auto const ratio_guard = &(x3::lexeme[+ascii::digit >> !ascii::alnum] >> (kw("in") | kw("out"))) | !ascii::digit;

/// A lower-case word.
inline auto const lower_word = x3::raw[x3::lexeme[+ascii::lower >> !(ascii::alnum | '-' | '\'')]];
/// The plural of an initialism, a counted noun: "4.1 million TEUs", "40 EVs", "12 GPUs", "3 IPOs".
/// (one raw range with the lower-case word: unit_word's first word is either)
inline auto const noun_word =
    x3::raw[x3::lexeme[(+ascii::lower | x3::repeat(2, 5)[ascii::upper] >> 's') >> !(ascii::alnum | '-' | '\'')]];
/// A word in -ed or -ing ("industrialised", "died", "extending"; not "seed", "speed", "wing"), or
/// an adverb in -ly ("six financially troubled firms"; not "one family", "supply", "rally").
inline bool in_ed(std::string_view w) {
    if (w.size() > 4 && w.ends_with("ly")) {
        for (std::string_view noun : {"family", "supply", "assembly", "ally", "monopoly", "rally", "anomaly", "reply",
                                      "belly", "bully", "jelly", "lily", "duopoly", "oligopoly", "homily"})
            if (w == noun) return false;
        return true;
    }
    // ("1,200 stolen vehicles", "40 broken windows": participles not in -ed)
    for (std::string_view participle :
         {"stolen",  "broken", "frozen", "hidden", "fallen", "forgotten", "sworn",  "written", "chosen", "known",
          "unknown", "driven", "beaten", "spoken", "sold",   "built",     "bought", "made",    "paid",   "held"})
        if (w == participle) return true;
    return (w.size() > 3 && w.ends_with("ed") && !(w.size() <= 5 && w.ends_with("eed"))) ||
           (w.size() > 5 && w.ends_with("ing")); // "2,055.38 extending", "3,000 working days"
}
inline auto const set_unit_word = [](auto& ctx) {
    auto const& r = _attr(ctx);
    std::string_view const w(r.begin(), r.size());
    // (nor an adjective after a verb, before its noun: "1,420 required intensive care", "300 needed
    // urgent repairs"; not "one restructuring alternative")
    bool adjective = false;
    if ((w.size() > 4 && (w.ends_with("ive") || w.ends_with("ous") || w.ends_with("ful"))) || w == "urgent" ||
        w == "medical" || w == "legal" || w == "financial") {
        std::string_view const text = active_text();
        std::size_t at = offset_in_active_text(r.end());
        if (at != std::string_view::npos) {
            while (at < text.size() && text[at] == ' ') ++at;
            std::size_t e = at;
            while (e < text.size() && text[e] >= 'a' && text[e] <= 'z') ++e;
            std::string_view const next = text.substr(at, e - at);
            // (a noun after it: not a verb, "one restructuring alternative being considered")
            adjective = !next.empty() && !in_ed(next) && next != "is" && next != "was" && next != "were" &&
                        next != "are" && next != "be" && next != "been" && next != "that" && next != "which" &&
                        next != "who" && next != "to" && next != "of" && next != "for" && next != "in" &&
                        next != "on" && next != "at" && next != "by" && next != "with" && next != "and" &&
                        next != "or" && next != "will" && next != "would" && next != "has" && next != "have" &&
                        next != "being";
        }
    }
    _pass(ctx) = !in_ed(w) && !adjective;
    if (_pass(ctx)) _val(ctx).unit_word = w;
};

/// Nouns used as adjectives before the noun a figure counts ("27 member states", "1,000 asylum
/// seekers", "12 board members"): never the counted noun when a plural noun follows.
inline bool modifier_noun(std::string_view w) {
    // ("751 dairy farmers", "297 cargo ships", "20 bank branches": farming, shipping, trades)
    static constexpr std::array<std::string_view, 108> nouns{
        "member", "asylum", "board", "swing", "starter", "gasoline", "petrol", "police", "state", "county", "council",
        "school", "hospital", "health", "care", "family", "student", "union", "oil", "gas", "coal", "steel", "car",
        "bus", "rail", "truck", "farm", "tax", "pension", "polling", "ballot", "border", "prison", "rescue", "fire",
        "emergency", "opposition", "cabinet", "election", "voting", "retail", "customer", "vaccine", "cancer",
        "nursing", "incumbent", "dairy", "pig", "poultry", "beef", "sheep", "cattle", "crop", "grain", "arable",
        "fishing", "cargo", "container", "passenger", "freight", "tanker", "bank", "insurance", "software", "game",
        "energy", "wind", "solar", "nuclear", "housing",
        // ("3,212 home purchases", "1 million cocoa farmers", "91,000 contract customers", "40 straddle carriers")
        "home", "mortgage", "cocoa", "coffee", "contract", "straddle", "broadband", "mobile", "hotel", "airline",
        "flight", "tourist", "visitor", "property", "charity", "community", "mining", "water",
        // ("40 train accidents", "120 road deaths", "35 traffic fatalities")
        "train", "road", "traffic",
        // ("922,000 electricity customers", "220 football pitches", "1 million museum visits", "two world wars")
        "electricity", "football", "museum", "world",
        // ("28 rocket launches", "12 satellite launches", "40 space missions", "6 crew members")
        "rocket", "satellite", "space", "crew",
        // ("12,200 vehicle thefts", "1,400 motor claims", "300 lorry drivers", "45 ferry crossings")
        "vehicle", "motor", "lorry", "van", "ferry", "motorway", "motorcycle", "bicycle", "bike"};
    return std::find(nouns.begin(), nouns.end(), w) != nouns.end();
}
/// A plural noun after such a noun: "states", "seekers" (not "is", "says", "has", "gas", "class").
inline bool plural_head(std::string_view w) {
    // (plurals not in -s: "displaced people", "newly arrived children")
    if (w == "people" || w == "children" || w == "men" || w == "women" || w == "staff" || w == "cattle") return true;
    if (w.size() < 4 || !w.ends_with('s') || w.ends_with("ss") || w.ends_with("us") || w == "overseas") return false;
    for (std::string_view verb : {"says",  "does",  "goes",  "gets",  "makes",   "takes", "comes", "remains", "rises",
                                  "falls", "means", "needs", "seems", "shows",   "plans", "wants", "looks",   "lives",
                                  "works", "runs",  "uses",  "hopes", "expects", "faces", "sees",  "holds",   "keeps"})
        if (w == verb) return false;
    return true;
}

/// A company's shares or bonds counted with its name between: "42.5 mln Encor shares", "108,666
/// Triad common shares", "1.9 mln Supermarkets General shares": one or two capitalised words (not a
/// month's or a weekday's name), then the counted noun, a security; the noun is the unit.
inline auto const name_word = x3::lexeme[&ascii::upper >> !(x3::no_case[lexicon::months()] >> !ascii::alnum) >>
                                         !(x3::no_case[lexicon::weekdays()] >> !ascii::alnum) >> ascii::upper >>
                                         *(ascii::alnum | x3::lit('&')) >> !(ascii::alnum | '-' | '\'' | '.')];
inline auto const security_noun = x3::raw[x3::lexeme[(ci("shares") | ci("stock") | ci("bonds") | ci("notes") |
                                                      ci("warrants") | ci("debentures") | ci("units")) >>
                                                     !(ascii::alnum | '-' | '\'')]];
inline auto const named_holding = x3::omit[x3::repeat(1, 2)[name_word]] >>
                                  x3::omit[*kw_table(lexicon::count_adjectives())] >> act(security_noun, [](auto& ctx) {
                                      auto const& r = _attr(ctx);
                                      // (written in lower case: "Encor Shares" is a name)
                                      _pass(ctx) = *r.begin() >= 'a' && *r.begin() <= 'z';
                                      if (_pass(ctx)) _val(ctx).unit_word = std::string_view(r.begin(), r.size());
                                  });

/// "a 1.5-mln-tonne crop", "a 3.5-mln-share offering": the counted noun joined by a hyphen to a
/// scale joined by one (not "20-year", a duration, nor "10-fold").
/// (and a whole number joined to the noun it counts, an adjective before another noun: "a six-game
/// homestand", "nine two-goal games", "a three-bedroom house": six games, two goals, three bedrooms;
/// not a time, "a one-off", "two-way", "5-under", "3-nil", nor "a 20-point" of a lead or a plan)
inline bool counted_compound(ast::quantity const& v, std::string_view noun) {
    if (v.scale != 1 || !v.numeral_to.empty() || v.fraction || v.mixed_fraction != 0 || v.spelled_to != 0 || v.negative)
        return false;
    // (nor an adjective in -ed: "three-pronged", "80386-based"; a table's mark, "1,837.3-r"; a
    // score or a fraction, "three-one", "one-eighth"; a currency, "a trillion-dollar")
    if (noun.size() < 2 || in_ed(noun)) return false;
    for (std::string_view const stop :
         {"off",         "time",    "times",      "way",       "ways",    "sided",     "up",        "down",
          "under",       "over",    "on",         "in",        "out",     "for",       "to",        "and",
          "or",          "plus",    "odd",        "something", "fold",    "third",     "thirds",    "half",
          "halves",      "quarter", "quarters",   "fifth",     "fifths",  "tenths",    "year",      "years",
          "month",       "months",  "week",       "weeks",     "day",     "days",      "hour",      "hours",
          "minute",      "minutes", "second",     "seconds",   "decade",  "decades",   "century",   "night",
          "nights",      "old",     "nil",        "all",       "love",    "point",     "percent",   "pct",
          "cent",        "million", "billion",    "thousand",  "hundred", "trillion",  "mile",      "kilometre",
          "kilometer",   "metre",   "meter",      "foot",      "inch",    "storey",    "story",     "seat",
          "seater",      "strong",  "stop",       "unch",      "of",      "mark",      "penny",     "price",
          "dimensional", "annual",  "industrial", "micro",     "well",    "hundredth", "thousandth"})
        if (noun == stop) return false;
    std::string const key(noun);
    return !lexicon::cardinal_units().find(key) && !lexicon::cardinal_tens().find(key) &&
           !lexicon::fraction_denominators().find(key) && !lexicon::ordinal_words().find(key) &&
           !lexicon::currency_words().find(key);
}
inline auto const hyphen_unit = act(x3::lexeme['-' >> x3::raw[+ascii::lower] >> !(ascii::alnum | '-')], [](auto& ctx) {
    auto const& r = _attr(ctx);
    auto& v = _val(ctx);
    std::string_view const noun(r.begin(), r.size());
    _pass(ctx) = (v.scale > 1 && v.numeral_to.empty() && r.begin()[-1] == '-' && r.begin() - 1 > v.numeral.data() &&
                  (r.begin()[-2] < '0' || r.begin()[-2] > '9')) ||
                 (r.begin()[-1] == '-' && counted_compound(v, noun));
    if (_pass(ctx)) v.unit_word = noun;
});

/// The counted noun after a number: one lower-case word that is not a function word. A word in
/// -ed is an adjective before the noun ("seven industrialised nations", "4,000 idled workers")
/// or a verb ("17 died", "five increased"): never the noun itself.
/// (The first word is read once: a word not in -ed or -ing is the noun; one in -ed or -ing needs
/// the noun after it.)
/// The size of each thing counted, before its noun: "2.1 million 60-kg bags", "40 20-foot containers",
/// "5,000 1-litre bottles" (a measure joined by a hyphen to a figure: the count is of the bags).
inline auto const sized_modifier =
    x3::lexeme[numeral_core >> '-' >> (x3::lit("kg") | "kilogram" | "kilo" | "lb" | "pound" | "tonne" | "ton" |
                                       "litre" | "liter" | "gallon" | "ounce" | "oz" | "foot" | "ft" | "metre" |
                                       "meter" | "inch" | "gram" | "g" | "ml" | "cm" | "mm" | "barrel") >>
               !(ascii::alnum | '-' | '\'')];
/// A verb in the present that the counted do, before where or how: "5,100 work in Oregon", "2,400 live
/// abroad", "20 remain in hospital" (not "150 work permits").
inline auto const verb_of_the_counted = (kw("work") | kw("live") | kw("remain") | kw("stay") | kw("study") |
                                         kw("teach") | kw("serve") | kw("commute")) >>
                                        (kw("in") | kw("at") | kw("for") | kw("from") | kw("as") | kw("on") |
                                         kw("abroad") | kw("overseas") | kw("part") | kw("full") | kw("outside") |
                                         kw("inside") | kw("there") | kw("here") | kw("locally"));
/// A compound of two words joined by a hyphen before the plural noun counted: "14 in-orbit spares", "20
/// state-owned banks", "40 long-range missiles" (the count is of the spares).
inline auto const hyphen_modifier =
    act(x3::raw[x3::lexeme[+ascii::lower >> '-' >> +ascii::lower >> !(ascii::alnum | '-' | '\'')]],
        [](auto& ctx) {
            // (not a time or a size in words, "two three-month periods", "two half-point cuts": a
            // duration of its own; nor after a year, "1985 pre-tax profits")
            std::string_view const w(_attr(ctx).begin(), _attr(ctx).size());
            std::string_view const first = w.substr(0, w.find('-'));
            static constexpr std::array<std::string_view, 34> numbers{
                "one",      "two",    "three",   "four",     "five",     "six",     "seven",   "eight",     "nine",
                "ten",      "eleven", "twelve",  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen", "twenty", "thirty",  "forty",    "fifty",    "sixty",   "seventy", "eighty",    "ninety",
                "hundred",  "half",   "quarter", "first",    "second",   "third",   "single"};
            std::string_view const n = _val(ctx).numeral;
            bool const year = n.size() == 4 && (n.starts_with("19") || n.starts_with("20"));
            // (nor a measure of its own: "1.3 million copper-equivalent tonnes")
            _pass(ctx) = !year && std::find(numbers.begin(), numbers.end(), first) == numbers.end() &&
                         !w.ends_with("-equivalent");
        }) >>
    &act(lower_word,
         [](auto& ctx) { _pass(ctx) = plural_head(std::string_view(_attr(ctx).begin(), _attr(ctx).size())); });
/// An adverb in -ly before a participle in -ed before the plural noun counted: "2,062,534 internally displaced
/// people", "400 newly built homes", "12 privately owned firms" (not "25 financially troubled sovereign debtors", "12
/// internationally distributed debt issues": a plural noun right after the participle).
inline auto const adverb_before_participle =
    act(lower_word,
        [](auto& ctx) {
            std::string_view const w(_attr(ctx).begin(), _attr(ctx).size());
            _pass(ctx) = w.size() > 4 && w.ends_with("ly");
        }) >>
    &(act(lower_word, [](auto& ctx) { _pass(ctx) = in_ed(std::string_view(_attr(ctx).begin(), _attr(ctx).size())); }) >>
      act(lower_word,
          [](auto& ctx) { _pass(ctx) = plural_head(std::string_view(_attr(ctx).begin(), _attr(ctx).size())); }));
inline auto const unit_word =
    x3::omit[*kw_table(lexicon::count_adjectives())] >> x3::omit[-sized_modifier] >> x3::omit[-hyphen_modifier] >>
    x3::omit[-adverb_before_participle] >> !kw_table(lexicon::unit_stop_words()) >> !verb_of_the_counted >>
    // ("3.54 billion five years previously": a number is no counted noun)
    !kw_table(lexicon::cardinal_units()) >> !kw_table(lexicon::cardinal_tens()) >>
    act(noun_word,
        [](auto& ctx) {
            auto const& r = _attr(ctx);
            std::string_view const w(r.begin(), r.size());
            if (!in_ed(w)) _val(ctx).unit_word = w;
        }) >>
    // (no_skip: a check that consumes nothing must not take the spaces after the word either)
    (act(x3::no_skip[x3::eps], [](auto& ctx) { _pass(ctx) = !_val(ctx).unit_word.empty(); }) |
     // ("gate 12 waited five hours": after a verb in -ed, a number is no counted noun either)
     !kw_table(lexicon::unit_stop_words()) >> !kw_table(lexicon::cardinal_units()) >>
         !kw_table(lexicon::cardinal_tens()) >> act(lower_word, set_unit_word)) >>
    // "100 square km", "20 cubic meters", "14.3 sq km", "62.4 terawatt hours": the measure
    // is two words
    -(act(x3::no_skip[x3::eps],
          [](auto& ctx) {
              auto const u = _val(ctx).unit_word;
              _pass(ctx) = u == "square" || u == "cubic" || u == "sq" || u == "terawatt" || u == "gigawatt" ||
                           u == "megawatt" || u == "kilowatt" || u == "board";
          }) >>
      act(lower_word,
          [](auto& ctx) {
              auto& u = _val(ctx).unit_word;
              // ("62.4 terawatt hours", not "35 megawatt plants"; "3.34 billion board feet", not
              // "12 board members")
              std::string_view const next(_attr(ctx).begin(), _attr(ctx).size());
              _pass(ctx) = (!u.ends_with("watt") || next == "hours" || next == "hour") &&
                           (u != "board" || next == "feet" || next == "foot");
              if (_pass(ctx)) u = std::string_view(u.data(), static_cast<std::size_t>(_attr(ctx).end() - u.data()));
          })) >>
    // "27 member states", "1,000 asylum seekers", "300 starter homes": a noun used as an
    // adjective before the plural noun counted
    // (of more than one: "one union represents 5,000 workers" has a verb after it)
    -(act(x3::no_skip[x3::eps],
          [](auto& ctx) {
              auto const& v = _val(ctx);
              _pass(ctx) = modifier_noun(v.unit_word) && v.numeral != "1" && !(v.numeral.empty() && v.spelled == 1);
          }) >>
      act(lower_word,
          [](auto& ctx) {
              std::string_view const next(_attr(ctx).begin(), _attr(ctx).size());
              _pass(ctx) = plural_head(next);
              if (_pass(ctx)) _val(ctx).unit_word = next;
          })) >>
    // "2.9 parts per million": one measure, ppm (unit_of)
    -(act(x3::no_skip[x3::eps], [](auto& ctx) { _pass(ctx) = _val(ctx).unit_word == "parts"; }) >> kw("per") >>
      act(x3::raw[kw("million") | kw("billion")], [](auto& ctx) {
          auto& u = _val(ctx).unit_word;
          u = std::string_view(u.data(), static_cast<std::size_t>(_attr(ctx).end() - u.data()));
      }));

} // namespace detail

// Digits: an optional minus sign, the numeral, a scale attached ("3.5bn") or as a word ("1.2 million").
// Spelled: "twenty-five", "two hundred", "three million".
auto const amount_def =
    spanned(fresh() >>
            ((-act(x3::lexeme['-' >> &ascii::digit] | kw("minus") | kw("negative"), detail::set_negative) >>
              x3::lexeme[act(detail::numeral_or_quote, detail::set_numeral_or_quote) >>
                         -act(x3::no_case[lexicon::scale_suffixes()], detail::multiply_scale) >> !ascii::alnum >>
                         // "a 36-mln-dlr contract", "a 25-mln dlr platform", "8.16-billion-dlr"
                         -act(detail::hyphen_scale, detail::multiply_scale)] >>
              -act(detail::mixed_fraction, detail::set_mixed)) |
             // "8-5/8", "1-1/4": a whole number and a fraction (bond coupons and rates)
             act(x3::lexeme[x3::uint_parser<unsigned, 10, 1, 3>{} >> '-' >> x3::uint_parser<unsigned, 10, 1, 2>{} >>
                            '/' >> x3::uint_parser<unsigned, 10, 1, 2>{} >> !ascii::alnum >> !x3::lit('/')],
                 [](auto& ctx) {
                     using boost::fusion::at_c;
                     unsigned const whole = at_c<0>(_attr(ctx));
                     unsigned const n = at_c<1>(_attr(ctx));
                     unsigned const d = at_c<2>(_attr(ctx));
                     _pass(ctx) = d >= 2 && d <= 64 && n > 0 && n < d;
                     if (!_pass(ctx)) return;
                     _val(ctx).numeral = {};
                     _val(ctx).spelled = whole;
                     _val(ctx).mixed_fraction = static_cast<double>(n) / d;
                 }) |
             // "3/4" alone (a date has two slashes)
             act(x3::lexeme[x3::uint_parser<unsigned, 10, 1, 2>{} >> '/' >> x3::uint_parser<unsigned, 10, 1, 3>{} >>
                            !ascii::alnum >> !x3::lit('/')],
                 [](auto& ctx) {
                     unsigned const n = boost::fusion::at_c<0>(_attr(ctx));
                     unsigned const d = boost::fusion::at_c<1>(_attr(ctx));
                     // (the denominators of fractions in copy: "3/4", "5/16", "1/64"; not "9/11")
                     _pass(ctx) = n < d && (d <= 6 || d == 8 || d == 10 || d == 16 || d == 32 || d == 64 || d == 100);
                     if (!_pass(ctx)) return;
                     _val(ctx).numeral = {};
                     _val(ctx).spelled = static_cast<double>(n) / d;
                     _val(ctx).fraction = true;
                 }) |
             // "a billion dlrs", "over a million dollars": one of the scale that follows
             act(kw("a") >> &kw_table(lexicon::scale_words()), [](auto& ctx) { _val(ctx).spelled = 1; }) |
             // half a million, a quarter million, three quarters billion (the scale word follows)
             (act(as<double>(kw("half") >> x3::attr(0.5) | -kw("a") >> kw("quarter") >> x3::attr(0.25)),
                  [](auto& ctx) {
                      _val(ctx).spelled = _attr(ctx);
                      _val(ctx).fraction = true;
                  }) |
              act(common::spelled_cardinal >> x3::lexeme[ci("quarters") >> !ascii::alnum],
                  [](auto& ctx) {
                      _val(ctx).spelled = _attr(ctx) * 0.25;
                      _val(ctx).fraction = true;
                  })) >>
                 // ("a quarter of a million", "three quarters of a billion")
                 -(kw("of") >> &kw("a")) >> -kw("a") >> &(kw_table(lexicon::scale_words()) | detail::hyphen_scale) |
             (-act(kw("minus") | kw("negative"), detail::set_negative) >> act(common::spelled_number,
                                                                              [](auto& ctx) {
                                                                                  _val(ctx).spelled =
                                                                                      _attr(ctx).value();
                                                                                  if (_attr(ctx).current == 0)
                                                                                      _val(ctx).fraction_of =
                                                                                          _attr(ctx).last_scale;
                                                                              }))) >>
            // "3 hundred", "3 hundred and 21"
            -(act(kw("hundred"),
                  [](auto& ctx) {
                      _pass(ctx) = !_val(ctx).numeral.empty();
                      if (_pass(ctx)) _val(ctx).scale *= 100;
                  }) >>
              -act(kw("and") >> as<double>(common::small_count),
                   [](auto& ctx) {
                       auto& v = _val(ctx);
                       _pass(ctx) = _attr(ctx) < 100 && v.numeral.find_first_of(",.") == std::string_view::npos;
                       if (!_pass(ctx)) return;
                       v.spelled = std::strtod(std::string(v.numeral).c_str(), nullptr) * v.scale + _attr(ctx);
                       v.numeral = {};
                       v.scale = 1;
                   })) >>
            -act(kw_table(lexicon::dozen_words()), [](auto& ctx) { _val(ctx).scale *= 12; }) >>
            -detail::and_fraction_before_scale >>
            // "a two-billion-dlr program", "a half-million dollar house": a spelled amount's scale
            // joined by a hyphen (a figure's is read with the figure)
            -act(detail::hyphen_scale, detail::multiply_scale) >>
            *act(kw_table(lexicon::scale_words()), detail::multiply_scale));

namespace detail {
/// "44.5C", "112F", "-5C": a temperature, the scale's letter joined to the figure (where the
/// amount fails: a letter follows its digits); its unit is "°C" or "°F". ("30 degrees" is a count
/// of degrees.)
inline auto const temperature = act(
    x3::lexeme[x3::raw[-x3::lit('-') >> numeral_core >> (x3::lit('C') | x3::lit('F'))] >> !(ascii::alnum | '-' | '\'')],
    [](auto& ctx) {
        auto const& r = _attr(ctx);
        std::string_view const text(r.begin(), r.size());
        auto& v = _val(ctx);
        v.negative = text.front() == '-';
        v.numeral = text.substr(v.negative ? 1 : 0, text.size() - (v.negative ? 2 : 1));
        v.unit_word = temperature_unit(text.back());
    });
/// "250g", "42mm", "400ml", "40cm", "1.5kg", "300MW", "211,000t": a measure's unit joined to the figure (where
/// the amount fails: a letter follows its digits); the unit as written is the counted noun. ("40m" is
/// 40 million: the amount reads it.)
inline auto const joined_unit = x3::lit("mm") | "cm" | "km" | "kg" | "mg" | "ml" | "kph" | "mph" | "kWh" | "MWh" |
                                "GWh" | "TWh" | "kW" | "MW" | "GW" | "TW" | "ha" | "mAh" | "GB" | "TB" | "MB" | "GHz" |
                                "MHz" | "Mbps" | "Gbps" | "Mt" | "mpg" | "ft" | "lbs" | "lb" | "oz" | "g" | "t";
inline auto const joined_measure =
    act(x3::lexeme[x3::raw[numeral_core >> joined_unit] >> !(ascii::alnum | '-' | '\'')], [](auto& ctx) {
        auto const& r = _attr(ctx);
        std::string_view const text(r.begin(), r.size());
        std::size_t const letters = text.find_first_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
        _val(ctx).numeral = text.substr(0, letters);
        _val(ctx).unit_word = text.substr(letters);
    });
/// "40-50mm", "60-70mph", "20-30cm": a range with the measure's unit joined to its high end
inline auto const joined_range_measure =
    act(x3::lexeme[x3::raw[numeral_core >> '-' >> numeral_core >> joined_unit] >> !(ascii::alnum | '-' | '\'')],
        [](auto& ctx) {
            auto const& r = _attr(ctx);
            std::string_view const text(r.begin(), r.size());
            std::size_t const letters = text.find_first_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
            set_range(ctx, text.substr(0, letters));
            if (_pass(ctx)) _val(ctx).unit_word = text.substr(letters);
        });
/// "17-19C", "60-65F": a range of temperatures, the scale's letter
/// joined to its high end (set_range)
inline auto const temperature_range =
    act(x3::lexeme[x3::raw[numeral_core >> '-' >> numeral_core >> (x3::lit('C') | x3::lit('F'))] >>
                   !(ascii::alnum | '-' | '\'')],
        [](auto& ctx) {
            auto const& r = _attr(ctx);
            std::string_view const text(r.begin(), r.size());
            set_range(ctx, text.substr(0, text.size() - 1));
            if (_pass(ctx)) _val(ctx).unit_word = temperature_unit(text.back());
        });
/// "87.4 Mt", "256 GB", "5,000 mAh", "300 MW", "4.1 million TEU": a measure's abbreviation after the figure, in the
/// case it is written in (the counted-noun reading takes lower-case words only).
inline auto const spaced_measure = act(
    x3::lexeme[x3::raw[x3::lit("Mt") | "GB" | "TB" | "MB" | "mAh" | "TWh" | "GWh" | "MWh" | "kWh" | "TW" | "GW" | "MW" |
                       "kW" | "GHz" | "MHz" | "Mbps" | "Gbps" | "bcm" | "tcf" | "mtpa" | "MP" | "TEU" | "FEU" |
                       // rates and compounds: "1.2 mb/d", "450 Ml/d", "175,000 acre-feet", "3,000 man-hours"
                       "mb/d" | "kb/d" | "b/d" | "bbl/d" | "Ml/d" | "ML/d" | "MLD" | "mcm/d" | "bcf/d" | "MMT" | "LMT" |
                       "MT" | "acre-feet" | "acre-foot" | "man-hours" | "man-days" | "person-hours" | "person-days" |
                       "kilowatt-hours" | "megawatt-hours" | "gigawatt-hours" | "terawatt-hours" | "passenger-km" |
                       "tonne-km" | "light-years"] >>
               !(ascii::alnum | '-' | '\'')],
    [](auto& ctx) {
        auto const& r = _attr(ctx);
        _val(ctx).unit_word = std::string_view(r.begin(), r.size());
    });
/// "40°C", "98.6 °F": the unit of a temperature after a degree sign.
inline auto const degree_unit = act(x3::lexeme[x3::no_skip[*x3::lit(' ')] >> x3::lit("\xC2\xB0") >> *x3::lit(' ') >>
                                               x3::char_("CF") >> !(ascii::alnum | '-' | '\'')],
                                    [](auto& ctx) { _val(ctx).unit_word = temperature_unit(_attr(ctx)); });

/// "44.4 C", "112 F", "30 degrees C", "-5 degrees Celsius", "98.6 degrees Fahrenheit": the scale of a
/// temperature after the figure and a space, or after "degrees" ("30 degrees" alone is a count of degrees).
inline auto const spaced_temperature =
    act(x3::lexeme[x3::raw[-(x3::lit("degrees") >> +x3::lit(' ')) >>
                           (x3::lit("Celsius") | x3::lit("centigrade") | x3::lit("Fahrenheit") | x3::char_("CF"))] >>
                   !(ascii::alnum | '-' | '\'')],
        [](auto& ctx) {
            auto const& r = _attr(ctx);
            std::string_view const text(r.begin(), r.size());
            _val(ctx).unit_word = temperature_unit(text.ends_with("Fahrenheit") || text.back() == 'F' ? 'F' : 'C');
        });

/// "1.67 million twenty-foot equivalent units", "3.52 million 20-foot equivalent units", "twenty-foot
/// equivalents": the container trade's unit in words, counted as TEU.
inline auto const teu_words =
    act(x3::lexeme[(x3::lit("twenty-foot") | x3::lit("20-foot") | x3::lit("Twenty-foot")) >> +x3::lit(' ') >>
                   (x3::lit("equivalent units") | x3::lit("equivalent unit") | x3::lit("equivalents")) >>
                   !(ascii::alnum | '-' | '\'')],
        [](auto& ctx) { _val(ctx).unit_word = std::string_view("TEU"); });

/// The second side of a ratio, with its scale: "one in 5 million passengers" is one in 5,000,000.
inline auto const ratio_denominator = x3::rule<struct ratio_denominator_class, double>{"ratio"} =
    act(ratio_side, [](auto& ctx) { _val(ctx) = _attr(ctx); }) >>
    -act(kw_table(lexicon::scale_words()), [](auto& ctx) { _val(ctx) *= _attr(ctx); });

/// "one in five", "1 in 5", "two out of three", "one in 5 million".
inline auto const ratio = ratio_guard >>
                          act(ratio_side >>
                                  as<bool>(kw("in") >> x3::attr(true) | kw("out") >> kw("of") >> x3::attr(false)) >>
                                  ratio_denominator,
                              set_ratio) >>
                          // ("scored 3 in 12 minutes": a time, not a share)
                          !kw_table(lexicon::time_units());
} // namespace detail

namespace detail {
/// "30 and 36 mln tonnes": the first figure takes the scale and the counted noun said after the
/// second (only with a scale: "units 5 and 6 reactors" are no counts of one noun).
inline auto const shared_scale =
    common::shared_unit(act(x3::no_skip[x3::eps],
                            [](auto& ctx) {
                                // (not a change's new value: "rose 3 to 45 and 50 mln shares changed hands")
                                auto const& v = _val(ctx);
                                std::size_t const at = offset_in_active_text(v.numeral.data());
                                std::string_view const before =
                                    at == std::string_view::npos ? std::string_view() : word_before(active_text(), at);
                                _pass(ctx) = v.scale > 1 && !word_is(before, "to");
                            }) >>
                        unit_word >>
                        // (nor the subject of a clause of its own: "... at 834 and 150 mln shares changed hands")
                        !act(x3::lexeme[x3::raw[+ascii::lower] >> !ascii::alnum], [](auto& ctx) {
                            auto const& r = _attr(ctx);
                            std::string_view const w(r.begin(), r.size());
                            _pass(ctx) = (w.size() > 3 && w.ends_with("ed")) || w == "was" || w == "were" ||
                                         w == "is" || w == "are" || w == "had" || w == "have" || w == "has" ||
                                         w == "will" || w == "would";
                        }));

/// Two amounts joined by "to" (or "and" after "between", see range_ahead), made one range in the
/// rule's quantity where `ends(low, high, out)` takes them (with range_to).
template <typename Ends>
auto two_amounts(Ends ends) {
    return common::range_ahead >> x3::omit[act(amount >> (kw("to") | kw("and")) >> amount, [ends](auto& ctx) {
               using boost::fusion::at_c;
               _pass(ctx) = ends(at_c<0>(_attr(ctx)), at_c<1>(_attr(ctx)), _val(ctx));
           })];
}

/// "200 to 300 jobs", "25 to 40 mph", "between 13 and 15 mln shares", "two to three weeks": a range
/// of a count (range_to), with its counted noun after it; not years ("between 1985 and 1987").
inline auto const
    count_range = two_amounts([](ast::quantity const& low, ast::quantity const& high, ast::quantity& out) {
                      return !(plain_year(low, 1800) && plain_year(high, 1800)) && range_to(out, low, high);
                  }) >>
                  // ("one to two hours", "two to three years": durations, not counts)
                  !kw_table(lexicon::time_units()) >> &unit_word >> act(x3::eps, [](auto& ctx) {
                      // not times of day: "between 1700 and 2100 hrs", "1115 to 1330 local time"
                      auto const& v = _val(ctx);
                      auto const clock = [](std::string_view n) {
                          return n.size() == 4 &&
                                 std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                                 n.substr(0, 2) <= "24" && n.substr(2) <= "59";
                      };
                      _pass(ctx) = !(clock(v.numeral) && clock(v.numeral_to) &&
                                     (v.unit_word == "time" || v.unit_word == "hrs" || v.unit_word == "hours"));
                  });

/// "between 68 mln and 70 mln", "ranged from 20 mln to 25 mln": a range of two figures each with
/// its scale (range_to with the unit twice: not a change's amount and new value, "rose 2 mln to 25
/// mln"), where count_range found no counted noun after; not before a unit of time ("between 2 mln
/// and 3 mln hours").
inline auto const scaled_range =
    two_amounts([](ast::quantity const& low, ast::quantity const& high, ast::quantity& out) {
        return low.scale > 1 && low.scale == high.scale && range_to(out, low, high, true);
    }) >>
    !kw_table(lexicon::time_units());
} // namespace detail

auto const number_def =
    spanned(
        fresh() >> -common::hedge >>
        // A range of a count first: "200 to 300 jobs" (rare: its look-ahead fails it at once elsewhere).
        (detail::count_range | detail::scaled_range |
         // At a digit only the ratio and the amount can match (every other alternative begins with a
         // word): they are tried alone there, in the same order.
         &(ascii::digit | '-') >>
             (detail::ratio | act(amount, common::take_value) >> -detail::shared_scale | detail::temperature |
              detail::joined_measure | detail::joined_range_measure | detail::temperature_range) |
         !ascii::digit >>
             (act(kw_table(lexicon::standalone_numbers()),
                  [](auto& ctx) {
                      // "a million" is stated to its word, as "one million" is: [0.5, 2) million
                      // ("a dozen" to one)
                      double const v = _attr(ctx);
                      _val(ctx).spelled = v;
                      if (v >= 100) _val(ctx).fraction_of = v;
                  }) >>
                  // ("a hundred million": a hundred stated to the unit, in millions)
                  *act(kw_table(lexicon::scale_words()),
                       [](auto& ctx) {
                           detail::multiply_scale(ctx);
                           _val(ctx).fraction_of = 1;
                       }) |
              detail::ratio |

              // ("fell by an eighth": the article before a vowel)
              (kw("a") | kw("an") >> &ci("eighth") | kw("one")) >> -x3::lit('-') >> !detail::ordinal_adjective >>
                  act(kw_table(lexicon::fraction_denominators()), detail::set_fraction) >>
                  // (not "a half-mln tonnes", "a half-billion-dollar estimate": half of a scale)
                  !detail::hyphen_scale >>
                  // (nor "from a half-century low of 3.4%", "a quarter-century": a compound's first part)
                  // ("a half-dozen" stays six)
                  !x3::no_skip[x3::lit('-') >> !ci("dozen") >> ascii::alpha] >>
                  // (nor "a quarter of a million": the amount below)
                  !(kw("of") >> kw("a") >> kw_table(lexicon::scale_words())) >> detail::after_fraction |
              act(x3::lexeme[common::spelled_cardinal >> x3::omit[*x3::lit(' ') >> -x3::lit('-') >> *x3::lit(' ')] >>
                             x3::no_case[lexicon::fraction_denominators()] >> !ascii::alnum],
                  detail::set_fraction_n) >>
                  // ("nearly two-thirds were": a plural denominator is a fraction before any word)
                  (detail::after_fraction | detail::after_plural) |
              act(kw("half"),
                  [](auto& ctx) {
                      _val(ctx).spelled = 0.5;
                      _val(ctx).fraction = true;
                  }) >>
                  !x3::lit('-') >> !(-kw("a") >> kw_table(lexicon::scale_words())) >>
                  // ("fell by half in 2020", "halved ... by half since 2010": the words a fraction takes)
                  (detail::after_fraction | &kw("an")) |
              // "minus 12C": a temperature below zero in words
              kw("minus") >> &ascii::digit >> detail::temperature >>
                  act(x3::eps, [](auto& ctx) { _val(ctx).negative = true; }) |
              act(amount, common::take_value))) >>
        -(kw("and") >>
          // (after a whole number: "between a quarter and a third" is no sum)
          (act((kw("a") | kw("one")) >> x3::lexeme[x3::no_case[lexicon::fraction_denominators()] >> !ascii::alnum],
               [](auto& ctx) {
                   _pass(ctx) = !_val(ctx).fraction;
                   if (_pass(ctx)) _val(ctx).mixed_fraction = 1.0 / _attr(ctx);
               }) |
           act(common::spelled_cardinal >> x3::lexeme[*x3::lit(' ') >> -x3::lit('-') >>
                                                      x3::no_case[lexicon::fraction_denominators()] >> !ascii::alnum],
               [](auto& ctx) {
                   double const n = boost::fusion::at_c<0>(_attr(ctx));
                   double const d = boost::fusion::at_c<1>(_attr(ctx));
                   _pass(ctx) = n < d && !_val(ctx).fraction;
                   if (_pass(ctx)) _val(ctx).mixed_fraction = n / d;
               }))) >>
        -common::hedge_after >>
        // (a temperature has its unit: "its 13F filing" is no count of filings)
        // (nor does a measure joined to its figure: "250g flour" counts grams)
        -(act(x3::no_skip[x3::eps],
              [](auto& ctx) {
                  auto const& v = _val(ctx);
                  // ("40-50mm": joined to the range's high end)
                  bool const joined =
                      !v.unit_word.empty() && !v.numeral.empty() &&
                      (v.unit_word.data() == v.numeral.data() + v.numeral.size() ||
                       (!v.numeral_to.empty() && v.unit_word.data() == v.numeral_to.data() + v.numeral_to.size()));
                  _pass(ctx) = !is_temperature_unit(v.unit_word) && !joined;
              }) >>
          (detail::degree_unit | detail::spaced_temperature | detail::teu_words | detail::spaced_measure |
           detail::named_holding | detail::hyphen_unit | detail::unit_word)) >>
        // ("firms with 50 employees or fewer", "cut 5,000 jobs or more")
        common::hedge_after_at_end);

BOOST_SPIRIT_DEFINE(number)

/// `amount`, as BOOST_SPIRIT_DEFINE would define it, but looked up in the active amount_memo first
/// (the rule's parse depends only on the text from `first` to `last`: every grammar is
/// instantiated for one context, config.hpp).
template <typename Iterator, typename Context>
inline bool parse_rule(amount_type, Iterator& first, Iterator const& last, Context const& context,
                       amount_type::attribute_type& attr) {
    static auto const def_ = (amount = amount_def);
    amount_memo* const memo = active_amount_memo();
    if (!memo) return def_.parse(first, last, context, x3::unused, attr);
    if (auto const* hit = memo->find(first, last)) {
        if (!hit->ok) return false;
        attr = hit->value;
        first = hit->end;
        return true;
    }
    Iterator const start = first;
    bool const ok = def_.parse(first, last, context, x3::unused, attr);
    memo->store(start, last, ok, first, attr);
    return ok;
}

} // namespace parser

} // namespace numcheck::grammar
