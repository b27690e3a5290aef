// The hand-written X3 primitives the grammars are built from (grammars/lexicon.hpp,
// grammars/number_def.hpp): each must mean what the X3 expression it replaces means.
#include <memory>
#include <string>
#include <string_view>

#include <doctest/doctest.h>

#include "grammars/lexicon.hpp"
#include "grammars/number_def.hpp"
#include "numcheck/text.hpp"

namespace {

namespace g = numcheck::grammar;
namespace x3 = boost::spirit::x3;

/// Parses `text` with `parser` and the grammars' skipper; the length consumed (including the white
/// space skipped before it, not after), or -1 when it fails.
template <typename Parser, typename Attribute>
long parsed(Parser const& parser, std::string_view text, Attribute& attribute) {
    char const* first = text.data();
    if (!x3::phrase_parse(first, text.data() + text.size(), parser, g::space, attribute, x3::skip_flag::dont_post_skip))
        return -1;
    return first - text.data();
}

template <typename Parser>
long parsed(Parser const& parser, std::string_view text) {
    x3::unused_type unused;
    return parsed(parser, text, unused);
}

g::symbols_table<int> sample_table() {
    g::symbols_table<int> table;
    table.add("ton", 1);
    table.add("tonne", 2);
    table.add("tonnes", 3);
    table.add("u.s. dlrs", 4);
    table.add("%", 5);
    table.add("k", 6);
    table.add("US$", 7);
    return table;
}

} // namespace

TEST_CASE("symbols_table: the longest entry the text begins with, case-insensitive under no_case") {
    auto const table = sample_table();
    int value = 0;
    CHECK(parsed(x3::no_case[table], "tonnes of wheat", value) == 6);
    CHECK(value == 3);
    CHECK(parsed(x3::no_case[table], "Tonne", value) == 5);
    CHECK(value == 2);
    CHECK(parsed(x3::no_case[table], "TONx", value) == 3); // longest entry, no word boundary of its own
    CHECK(value == 1);
    CHECK(parsed(x3::no_case[table], "  U.S. Dlrs", value) == 11);
    CHECK(value == 4);
    CHECK(parsed(x3::no_case[table], "%", value) == 1);
    CHECK(value == 5);
    CHECK(parsed(x3::no_case[table], "K", value) == 1); // a one-byte entry
    CHECK(value == 6);
    CHECK(parsed(x3::no_case[table], "us$", value) == 3); // an upper-case entry under no_case
    CHECK(value == 7);
    CHECK(parsed(x3::no_case[table], "to", value) == -1);
    CHECK(parsed(x3::no_case[table], "", value) == -1);
    // Eight bytes and more of text ahead (compared as one machine word), the key longer than eight
    // and differing only in its ninth byte; a byte that is a letter only with 0x20 set ("\x0e" is
    // not ".")
    CHECK(parsed(x3::no_case[table], "U.S. DLRS more text", value) == 9);
    CHECK(value == 4);
    CHECK(parsed(x3::no_case[table], "U.S. DLRX more text", value) == -1);
    CHECK(parsed(x3::no_case[table], "u\x0es. dlrs more text", value) == -1);
    CHECK(parsed(x3::no_case[table], "tONNES of wheat and barley", value) == 6);
    CHECK(value == 3);
    // fewer than eight bytes ahead (compared byte by byte); a key of exactly eight bytes, with
    // eight bytes ahead and with more
    CHECK(parsed(x3::no_case[table], "Tonnes!", value) == 6);
    CHECK(value == 3);
    g::symbols_table<int> eight;
    eight.add("kilogram", 8);
    CHECK(parsed(x3::no_case[eight], "KILOGRAM", value) == 8);
    CHECK(value == 8);
    CHECK(parsed(x3::no_case[eight], "Kilograms of rice", value) == 8);
    CHECK(parsed(x3::no_case[eight], "Kilogran of rice", value) == -1);
}

TEST_CASE("symbols_table: without no_case the entries are compared as they are") {
    auto const table = sample_table();
    int value = 0;
    CHECK(parsed(table, "US$ 5", value) == 3);
    CHECK(value == 7);
    CHECK(parsed(table, "us$ 5", value) == -1);
    CHECK(parsed(table, "Tonnes", value) == -1);
    CHECK(parsed(table, "tonnes", value) == 6);
    CHECK(parsed(table, "U.S. dlrs and more", value) == -1); // the entry is lower case
    CHECK(parsed(table, "u.s. dlrs and more", value) == 9);
    CHECK(parsed(table, "tonnEs of wheat and barley", value) == 3);
    CHECK(table.find("tonne") != nullptr);
    CHECK(*table.find("tonne") == 2);
    CHECK(table.find("Tonne") == nullptr); // find is exact
    int entries = 0;
    table.for_each([&](std::string const&, int) { ++entries; });
    CHECK(entries == 7);
}

TEST_CASE("symbols_table: the first entry added wins over a later duplicate, as in x3::symbols") {
    g::symbols_table<int> table;
    table.add("bn", 1);
    table.add("bn", 2);
    int value = 0;
    CHECK(parsed(x3::no_case[table], "bn", value) == 2);
    CHECK(value == 1);
}

TEST_CASE("kw: case-insensitive, a whole word, after white space") {
    CHECK(parsed(g::kw("more"), "more than") == 4);
    CHECK(parsed(g::kw("more"), "  More") == 6);
    CHECK(parsed(g::kw("more"), "MORE,") == 4);
    CHECK(parsed(g::kw("more"), "moreover") == -1);
    CHECK(parsed(g::kw("more"), "more2") == -1);
    CHECK(parsed(g::kw("more"), "mor") == -1);
    CHECK(parsed(g::kw("year-on-year"), "Year-on-year growth") == 12);
    CHECK(parsed(g::kw("year-on-year"), "year on year") == -1);
    // A byte outside ASCII is not a letter: the word ends before it.
    CHECK(parsed(g::kw("euro"), "euro\xE2\x82\xAC") == 4);
    // Two keywords in a sequence skip the white space between them.
    CHECK(parsed(g::kw("more") >> g::kw("than"), "more  than 5") == 10);
}

TEST_CASE("first_letters_parser: a look-ahead on the first three letters, consuming nothing") {
    auto const guard = g::first_of({"the", "so", "a", "fy0", "fy2"}).table(sample_table());
    // Its words, folded, after white space; the look-ahead consumes nothing.
    CHECK(parsed(guard, "the quarter") == 0);
    CHECK(parsed(guard, "  THE") == 0);      // not even the white space
    CHECK(parsed(guard, "these days") == 0); // "the" and "these" share their first three letters
    CHECK(parsed(guard, "so far") == 0);
    CHECK(parsed(guard, "a dozen") == 0);
    CHECK(parsed(guard, "tonnes") == 0); // from the table
    CHECK(parsed(guard, "FY2023") == 0);
    // Not its words: fails.
    CHECK(parsed(guard, "this year") == -1);
    CHECK(parsed(guard, "some") == -1);
    CHECK(parsed(guard, "an") == -1);
    CHECK(parsed(guard, "FY1987") == -1);
    CHECK(parsed(guard, "") == -1);
    // Digits only when allowed.
    CHECK(parsed(guard, "1987") == -1);
    CHECK(parsed(g::first_of({"in"}).digits(), "1987") == 0);
}

TEST_CASE("ci: case-insensitive literal without a word boundary") {
    CHECK(parsed(g::ci("year"), "Years") == 4);
    CHECK(parsed(g::ci('q'), "Q3") == 1);
    CHECK(parsed(g::ci("fold"), "old") == -1);
}

TEST_CASE("numeral: groups of three after one to three digits, decimals, or a leading point") {
    namespace d = g::parser::detail;
    auto const numeral = x3::lexeme[d::numeral_core];
    CHECK(parsed(numeral, "1,234,567.5 dlrs") == 11);
    CHECK(parsed(numeral, "240") == 3);
    CHECK(parsed(numeral, ".125") == 4);
    CHECK(parsed(numeral, "1234,567") == 4);    // four digits: no groups
    CHECK(parsed(numeral, "12,345,6789") == 6); // the last group has four digits: stops before it
    CHECK(parsed(numeral, "12,34") == 2);       // a group of two is not a group
    CHECK(parsed(numeral, "3.") == 1);          // a point without digits is not a decimal
    CHECK(parsed(numeral, "1,000.") == 5);
    CHECK(parsed(numeral, "abc") == -1);
    CHECK(parsed(numeral, ".") == -1);
    auto const whole = x3::lexeme[d::numeral_core >> d::numeral_end];
    CHECK(parsed(whole, "6.6.0") == -1); // a version, not a numeral
    CHECK(parsed(whole, "555-1234") == -1);
    CHECK(parsed(whole, "1,2") == -1);
    CHECK(parsed(whole, "3/4") == -1);
    CHECK(parsed(whole, "10:30") == -1);
    CHECK(parsed(whole, "10.") == 2);
    CHECK(parsed(whole, "10-") == 2);
}

TEST_CASE("text helpers: a word in any case, first and last words, whole-word search") {
    using namespace numcheck::text;
    CHECK(iequals("The", "the"));
    CHECK(iequals("COSTS", "costs"));
    CHECK_FALSE(iequals("there", "the"));
    CHECK_FALSE(iequals("th", "the"));
    CHECK(first_word(" , Up 5 pct") == "Up");
    CHECK(last_word("rose by about ") == "about");
    CHECK(first_word("").empty());
    CHECK(contains_any_word("a loss of 5 mln", {"loss", "profit"}));
    CHECK_FALSE(contains_any_word("glossary", {"loss"}));
}

TEST_CASE("text helpers: names with Latin letters outside ASCII are words that begin with a capital") {
    using namespace numcheck::text;
    std::string_view const muller = "M\xC3\xBCller, born";
    CHECK(letters_end(muller, 0) == 7);
    CHECK(letters_end("Bergstr\xC3\xB6m.", 0) == 10);
    CHECK(letters_end("a\xC3\x97"
                      "b",
                      0) == 1);                    // the sign of multiplication ends a word
    CHECK(letters_end("it\xE2\x80\x99s", 0) == 2); // a curly apostrophe is no letter
    CHECK(starts_with_capital("\xC3\x81lvarez"));  // Á
    CHECK(starts_with_capital("\xC4\x8C"
                              "apek"));          // Č (U+010C)
    CHECK(starts_with_capital("\xC5\x81ukasz")); // Ł (U+0141, odd)
    CHECK(starts_with_capital("\xC5\xBD"
                              "i\xC5\xBE"
                              "ek")); // Ž (U+017D, odd)
    CHECK_FALSE(starts_with_capital("\xC3\xBC"
                                    "ber")); // ü
    CHECK_FALSE(starts_with_capital("\xC4\x8D"
                                    "evap")); // č
    CHECK_FALSE(starts_with_capital("\xC5\x82"
                                    "ad"));       // ł (U+0142)
    CHECK_FALSE(starts_with_capital("\xC3\x97")); // ×
    CHECK(starts_with_capital("Smith"));
    CHECK_FALSE(starts_with_capital("smith"));
    CHECK_FALSE(starts_with_capital(""));
}

TEST_CASE("trigger words: every one-word verb of change is one (the scanner tries the change grammar at them)") {
    namespace lexicon = numcheck::grammar::lexicon;
    for (lexicon::symbols_i const* table :
         {std::addressof(lexicon::up_words()), std::addressof(lexicon::down_words())}) {
        table->for_each([](std::string const& word, auto const&) {
            if (word.find(' ') != std::string::npos) return;
            INFO(word);
            CHECK(lexicon::is_trigger_word(word));
        });
    }
}
