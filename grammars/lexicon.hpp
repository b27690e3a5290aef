#pragma once
// Word lists shared by the grammars, each an x3::symbols table in one place, and the helpers
// every grammar uses (keywords with word boundaries, span annotation). Entries are lower case:
// tables are looked up under x3::no_case.
#include <span>
#include <string_view>

#include "ast.hpp"
#include "config.hpp"

namespace numcheck::grammar {

/// Spirit's standard character encoding with case folding done by ASCII arithmetic instead of
/// libc's locale-aware tolower/islower (a fifth of extraction time went there). Bytes outside
/// ASCII, such as UTF-8 currency signs, compare as they are.
struct ascii_fold {
    using char_type = char;
    using classify_type = unsigned char;
    static bool ischar(int ch) { return ch >= 0 && ch <= 255; }
    static bool islower(int ch) { return ch >= 'a' && ch <= 'z'; }
    static bool isupper(int ch) { return ch >= 'A' && ch <= 'Z'; }
    static int tolower(int ch) { return isupper(ch) ? ch + ('a' - 'A') : ch; }
    static int toupper(int ch) { return islower(ch) ? ch - ('a' - 'A') : ch; }
};

namespace lexicon {

using symbols_d = x3::symbols_parser<ascii_fold, double>;
using symbols_i = x3::symbols_parser<ascii_fold, int>;
using symbols_s = x3::symbols_parser<ascii_fold, std::string>;

symbols_d const& scale_words();           ///< million 1e6, bn 1e9, crore 1e7 ...
symbols_d const& scale_suffixes();        ///< attached to digits: k, m, bn, mln
symbols_d const& cardinal_units();        ///< one .. nineteen
symbols_d const& cardinal_tens();         ///< twenty .. ninety
symbols_d const& standalone_numbers();    ///< a dozen 12, a hundred 100, a thousand 1000
symbols_d const& fraction_denominators(); ///< third 3, thirds 3, quarter 4, fifth 5 ...
symbols_i const& ordinal_words();         ///< first 1 ... twentieth 20, thirtieth 30 ...
symbols_i const& ordinal_tens();          ///< twenty 20 ... (for twenty-first)
symbols_s const& currency_signs();        ///< $ USD, US$ USD, € EUR (case-sensitive: no_case fails on non-ASCII)
symbols_s const& currency_codes();        ///< usd USD, rs INR (case-insensitive)
symbols_s const& currency_words();        ///< dollars USD, dlrs USD, yuan CNY
symbols_s const& subunit_words();         ///< cents USD, pence GBP
symbols_i const& percent_words();         ///< 0 percent, 1 percentage points, 2 basis points
symbols_i const& up_words();              ///< rose, increased, jumped ... (value unused)
symbols_i const& down_words();            ///< fell, declined, slumped ...
symbols_i const& up_nouns();              ///< rise, increase, gain
symbols_i const& down_nouns();            ///< fall, decline, drop
symbols_d const& multiplier_words();      ///< doubled 2, tripled 3, halved 0.5
symbols_i const& months();                ///< january 1 ... dec 12
symbols_i const& weekdays();              ///< monday 1 ... sunday 7
symbols_s const& time_units();            ///< years "Y", weeks "W", decade "DE"
symbols_s const& hedges();                ///< about, more than, nearly ...
symbols_i const& unit_stop_words();       ///< words after a number that are not its counted noun
symbols_i const& count_adjectives();      ///< "new" in "a dozen new models": skipped before the noun
symbols_i const& comparison_markers();    ///< compared with, versus, than ...
/// Words after a four-digit number that make it a quantity, not a year ("2000 tonnes"): the
/// scale, currency and percent words and the commonest counted nouns, in one table.
symbols_i const& not_year_words();

/// Lower-case words that can begin a mention whose first character is a letter. Extraction tries
/// the grammars only at such words (and at digits and currency signs): keep it in step with the
/// keyword-led alternatives of the grammars.
bool is_trigger_word(std::string_view lower_word) noexcept;
/// The same words, sorted.
std::span<std::string_view const> trigger_words() noexcept;

} // namespace lexicon

/// Runs `action` when `parser` matches, with the parser's attribute in _attr(ctx); the whole has
/// no attribute of its own. Rules here fill their AST through such actions (x3::_val), so a rule's
/// right-hand side never has to mirror its AST's layout.
template <typename Parser, typename Action>
auto act(Parser const& parser, Action const& action) {
    return x3::omit[parser[action]];
}

/// Gives `parser` the attribute T. X3 makes an alternative of parsers with equal attributes a
/// variant of repeats (variant<int, int>); as<int>(a | b) parses straight into one int instead.
template <typename T>
struct as_type {
    template <typename Parser>
    auto operator()(Parser const& parser) const {
        return x3::rule<struct as_class, T>{"as"} = x3::as_parser(parser);
    }
};
template <typename T>
inline constexpr as_type<T> as{};

/// Records the span `parser` matched (after the leading white space) in the rule's AST node,
/// which derives from ast::tagged. X3's on_success handlers are not called with the attribute
/// when a rule's right-hand side has no attribute of its own (ours fill the AST through actions),
/// so the span is taken with raw[] instead; the iterator is a pointer, so the span is two pointers.
template <typename Parser>
auto spanned(Parser const& parser) {
    return act(x3::raw[parser], [](auto& ctx) {
        auto const& range = x3::_attr(ctx);
        x3::_val(ctx).first = range.begin();
        x3::_val(ctx).last = range.end();
    });
}

/// Starts an alternative with a fresh AST: X3 does not undo the actions of an alternative that
/// failed half way, so every alternative begins here. `reset` arguments are passed on
/// (the kind of an ast::temporal).
template <typename... Arguments>
auto fresh(Arguments... arguments) {
    return act(x3::eps, [=](auto& ctx) { x3::_val(ctx).reset(arguments...); });
}

/// A keyword: case-insensitive, and not the start of a longer word.
template <typename String>
auto kw(String const& word) {
    return x3::lexeme[x3::no_case[x3::literal_string<char const*, ascii_fold, x3::unused_type>(word)] >>
                      !(x3::ascii::alnum)];
}

/// A symbols table used as keywords: case-insensitive, whole words only.
template <typename Symbols>
auto kw_table(Symbols const& table) {
    return x3::lexeme[x3::no_case[table] >> !(x3::ascii::alnum)];
}

} // namespace numcheck::grammar
