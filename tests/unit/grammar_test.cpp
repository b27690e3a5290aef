// The grammars through extraction: each kind's examples from the extraction issue and the
// counter-examples, with values, intervals and spans.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <tuple>

#include <fmt/format.h>

#include "helpers.hpp"
#include "numcheck/document.hpp"

using numcheck::mention_kind;
using test::mentions_of;
using test::of_kind;
using test::only;

namespace {

void check_number(std::string_view text, std::string_view expected_text, double value) {
    auto const m = only(text, mention_kind::number);
    CHECK(m.text == expected_text);
    REQUIRE(m.value);
    CHECK(*m.value == doctest::Approx(value));
}

} // namespace

TEST_CASE("numbers: digits, separators, decimals and scales") {
    check_number("Sales were 240 units.", "240 units", 240);
    check_number("It had 1,234,567 visitors.", "1,234,567 visitors", 1234567);
    check_number("The rate is 11.6 now.", "11.6", 11.6);
    check_number("a share of .125 of it", ".125", 0.125);
    check_number("about 1.2 million vehicles were sold", "about 1.2 million vehicles", 1.2e6);
    check_number("an order of 3.5bn chips", "3.5bn chips", 3.5e9);
    check_number("with 40k followers", "40k followers", 4e4);
    check_number("The index fell to -0.4 in May.", "-0.4", -0.4);
    check_number("Temperatures hit \xE2\x88\x92"
                 "3.2 overnight.",
                 "\xE2\x88\x92"
                 "3.2",
                 -3.2);
}

TEST_CASE("numbers: spelled out, dozens, fractions and ratios") {
    check_number("two ministers met", "two ministers", 2);
    check_number("twenty-five people were hurt", "twenty-five people", 25);
    check_number("a dozen banks", "a dozen banks", 12);
    check_number("a hundred delegates", "a hundred delegates", 100);
    check_number("half of the budget", "half", 0.5);
    check_number("it cut revenue by half.", "half", 0.5);
    // A half of something, not a count: the half-year of earnings tables, "cut in half", "the other
    // half", "the first 1987/88 half".
    for (char const* text : {"Net includes 5,347,000 dlrs in half.", "It split the provision in half, it said.",
                             "It buys components for the other half.", "Sales grew in the latter half of it.",
                             "Spending in the first 1987/88 half rose."}) {
        INFO(text);
        for (auto const& m : numcheck::extract_text(text, std::nullopt))
            CHECK_FALSE((m.kind == mention_kind::number && m.value && *m.value == 0.5));
    }
    check_number("a third of voters", "a third", 1.0 / 3);
    check_number("two-thirds of members", "two-thirds", 2.0 / 3);
    // before a comparison: "one-fifth below the prior week", "a third more than"
    check_number("sales were one-fifth below the prior week", "one-fifth", 0.2);
    check_number("plantings are one-third more than the average", "one-third", 1.0 / 3);
    check_number("sales were a third lower", "a third", 1.0 / 3);
    // "rose 4.9% over the year": the year to the time told, or the year its sentence names
    {
        numcheck::calendar_date const september{2025, 9, 12};
        CHECK_FALSE(only("Food prices rose 4.9% over the year.", mention_kind::relative_time, september).resolved);
        CHECK(only("In 2023, food prices rose 4.9% over the year.", mention_kind::relative_time, september).resolved ==
              "2023");
    }
    // (not counted from the year of a founding: "which was founded in 1857, ... a year earlier"; from a relative
    // clause's year it is: "which rose to 34.5 billion crowns in 1986 from 29.1 billion the previous year")
    {
        numcheck::calendar_date const may{2024, 5, 20};
        CHECK(only("The lender, which was founded in 1857, employs 14,300 people, up from 13,900 a year earlier.",
                   mention_kind::relative_time, may)
                  .resolved != std::optional<std::string>("1856"));
        CHECK(only("The deficit, which rose to 34.5 billion crowns in 1986 from 29.1 billion the previous year, fell.",
                   mention_kind::relative_time, may)
                  .resolved == "1985");
    }
    // ("up a third on the year": a change by a third, not the third of something)
    CHECK(*only("Profits were up a third on the year.", mention_kind::change).value == doctest::Approx(1.0 / 3));
    check_number("one in five adults", "one in five adults", 0.2);
    check_number("it grew 1 1/2 times", "1 1/2", 1.5);
    // A quarter point, a half point: fractions of a percentage point (rates).
    struct points_example {
        char const* text;
        char const* said;
        double value;
    };
    for (auto const& e : {points_example{"forecasts are for a half-point cut", "half-point", 0.5},
                          points_example{"it lifted rates by a quarter-point to 7-3/4 pct", "a quarter-point", 0.25},
                          points_example{"Rates rose a quarter point.", "a quarter point", 0.25}}) {
        INFO(e.text);
        auto const points = only(e.text, mention_kind::percentage_points);
        CHECK(points.text == e.said);
        CHECK(*points.value == doctest::Approx(e.value));
        CHECK(points.range->low < e.value);
        CHECK(points.range->high > e.value);
    }
    auto const half = only("a half percentage point increase", mention_kind::percentage_points);
    CHECK(half.range->low == doctest::Approx(0.45));
    CHECK(half.range->high == doctest::Approx(0.55));
}

TEST_CASE("numbers: an ordinal with a hyphen is an adjective, not a fraction") {
    // "a third-quarter loss" is the third quarter, not a third (TempEval-3, Reuters).
    auto const found = mentions_of("Savin Corp. reported a third-quarter net loss of $35.2 million.");
    CHECK(of_kind(found, mention_kind::number).empty());
    auto const periods = of_kind(found, mention_kind::period);
    REQUIRE(periods.size() == 1);
    CHECK(periods[0].text == "third-quarter");
    CHECK(periods[0].time_value == "XXXX-Q3");
    CHECK(of_kind(mentions_of("a fourth-largest bank"), mention_kind::number).empty());
}

TEST_CASE("numbers: identifiers and names are not claims") {
    for (std::string text :
         {"The F-16 flew.", "COVID-19 spread.", "A Boeing 737 landed.", "Update to version 6.6.0 now.",
          "Call 555-1234 today.", "Shares of <SRD> rose.", "It is one of the best.",
          // (a kind of thing named by "zero", a model, odds)
          "Zero-emission vehicles sold well.", "The zero emission vehicle mandate stays.", "The goal is net zero.",
          "It issued zero-coupon bonds.", "The 737 Max 8 was grounded.", "It was a 1-in-100-year flood."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::number).empty());
    }
    // a scaled decimal is the whole number it names (not 8199999.999999999), its interval too
    auto const scaled = only("Of the 8.2 million homes, most are wired.", mention_kind::number);
    CHECK(scaled.value == 8200000.0);
    CHECK(scaled.range->low == 8150000.0);
    CHECK(scaled.range->high == 8300000.0);
    // "zero" as a count stays one
    CHECK(only("There were zero deaths.", mention_kind::number).value == 0);
    // a bare "one" is a pronoun, but the last of a list of counts told alike is a count
    CHECK(of_kind(mentions_of("That one is good, and one in May was too."), mention_kind::number).empty());
    for (char const* text : {"It has 26 stores in Texas and one in Arizona.",
                             "Seven matches were played on Saturday, two on Sunday and one on Monday."}) {
        INFO(text);
        auto const numbers = of_kind(mentions_of(text), mention_kind::number);
        REQUIRE(!numbers.empty());
        CHECK(numbers.back().text == "one");
        CHECK(numbers.back().value == 1);
    }
    // a verb or a time after a count is not its noun
    CHECK(only("Of the investors, 1,312 lost their savings.", mention_kind::number).unit.empty());
    CHECK(only("He turns 54 tomorrow.", mention_kind::number).unit.empty());
    // ("a quarter" restating a figure set off after it is the fraction, not three months)
    {
        auto const restated = mentions_of("Of the staff, 3,000, or a quarter, work abroad.");
        CHECK(of_kind(restated, mention_kind::duration).empty());
        REQUIRE(of_kind(restated, mention_kind::number).size() == 2);
        CHECK(*of_kind(restated, mention_kind::number)[1].value == doctest::Approx(0.25));
        CHECK(of_kind(mentions_of("Output fell in the quarter, or a quarter earlier."), mention_kind::number).empty());
    }
    // (a verb of what the whole is made of: "Enrolment of 38,500 comprises ...")
    CHECK(only("Enrolment of 38,500 comprises the campuses.", mention_kind::number).unit.empty());
    CHECK(only("A population of 8.9 million includes many.", mention_kind::number).unit.empty());
    // "trn" is a trillion, as a word or joined to the digits
    CHECK(only("Debt hit £2.3 trn.", mention_kind::money).value == doctest::Approx(2.3e12));
    CHECK(only("Debt hit $2.3trn.", mention_kind::money).value == doctest::Approx(2.3e12));
    // a label at a sentence's start: a road, a section of a law, a mission, a phase
    for (char const* text :
         {"Section 230 protects platforms.", "Article 65 of the act bars it.", "Apollo 11 landed on the moon.",
          "Phase 3 trials began.", "Line 2 of the subway closed.", "Windows 11 costs less.",
          "Boeing 737 jets were grounded.", "Channel 4 aired it.", "Ligue 1 champions Lille lost."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::number).empty());
    }
}

TEST_CASE("rounding intervals follow the last stated digit") {
    auto const m = only("It was 240 last time.", mention_kind::number);
    REQUIRE(m.range);
    CHECK(m.range->low == doctest::Approx(239.5));
    CHECK(m.range->high == doctest::Approx(241));
    auto const t = only("sunmeal usage of 408,000 tonnes", mention_kind::number);
    CHECK(t.range->low == doctest::Approx(407500));
    CHECK(t.range->high == doctest::Approx(409000));
    // two trailing zeros: rounding to the hundred from five digits on, not below
    auto const h = only("a total of 12,900 families", mention_kind::number);
    CHECK(h.range->low == doctest::Approx(12850));
    CHECK(h.range->high == doctest::Approx(13000));
    auto const k = only("a total of 1,100 families", mention_kind::number);
    CHECK(k.range->low == doctest::Approx(1099.5));
    CHECK(k.range->high == doctest::Approx(1101));
    auto const p = only("a rate of 11.6 percent", mention_kind::percent);
    CHECK(p.range->low == doctest::Approx(11.55));
    CHECK(p.range->high == doctest::Approx(11.7));
    auto const more = only("more than 300 passengers", mention_kind::number);
    CHECK(more.hedge == "more than");
    CHECK(more.range->low == doctest::Approx(299.5));
    CHECK(std::isinf(more.range->high));
    // hedges of several words, each with its span: "in excess of", "north of", "well over", "a little
    // over", "slightly less than", "just shy of", "the best part of"
    struct hedged_case {
        char const* text;
        char const* span;
        mention_kind kind;
        char const* hedge;
    };
    for (auto const& c : {
             hedged_case{"bids in excess of 250 mln dlrs were made", "in excess of 250 mln dlrs", mention_kind::money,
                         "more than"},
             hedged_case{"a deal north of $2 billion", "north of $2 billion", mention_kind::money, "more than"},
             hedged_case{"inflation well above six pct", "well above six pct", mention_kind::percent, "more than"},
             hedged_case{"well under 40,000 fans came", "well under 40,000 fans", mention_kind::number, "less than"},
             hedged_case{"a stake of a little over 69 cts", "a little over 69 cts", mention_kind::money, "just over"},
             hedged_case{"slightly more than 50 pct of it", "slightly more than 50 pct", mention_kind::percent,
                         "just over"},
             hedged_case{"slightly less than 10 pct of it", "slightly less than 10 pct", mention_kind::percent,
                         "nearly"},
             hedged_case{"just shy of 40,000 fans came", "just shy of 40,000 fans", mention_kind::number, "nearly"},
             hedged_case{"just short of 60,000 tonnes", "just short of 60,000 tonnes", mention_kind::number, "nearly"},
             hedged_case{"it cost the best part of $1 billion", "the best part of $1 billion", mention_kind::money,
                         "nearly"},
             hedged_case{"it cost the better part of $1 billion", "the better part of $1 billion", mention_kind::money,
                         "nearly"},
             hedged_case{"Approximately 80% backed it", "Approximately 80%", mention_kind::percent, "about"},
             hedged_case{"approx. 1,200 people came", "approx. 1,200 people", mention_kind::number, "about"},
             hedged_case{"in the region of 80 mln punts", "in the region of 80 mln punts", mention_kind::number,
                         "about"},
             hedged_case{"nigh on 40,000 fans came", "nigh on 40,000 fans", mention_kind::number, "nearly"},
             // (before a currency's code or letters: "around Rs 1,200 crore", "over USD 5 million")
             hedged_case{"it spent around Rs 1,200 crore", "around Rs 1,200 crore", mention_kind::money, "about"},
             hedged_case{"it spent over USD 5 million", "over USD 5 million", mention_kind::money, "more than"},
             hedged_case{"it spent nearly HK$3 billion", "nearly HK$3 billion", mention_kind::money, "nearly"},
             hedged_case{"it spent about Rs. 500 crore", "about Rs. 500 crore", mention_kind::money, "about"},
             // (a tilde or an almost-equal sign right before the figure)
             hedged_case{"it cost \xE2\x89\x88$5m in all", "\xE2\x89\x88$5m", mention_kind::money, "about"},
         }) {
        CAPTURE(c.text);
        auto const hedged = only(c.text, c.kind);
        CHECK(hedged.text == c.span);
        CHECK(hedged.hedge == c.hedge);
    }
    // ("rose ~19% to $2.4 billion from ~$2.2 billion": the change and its base hedged)
    {
        auto const all = mentions_of("Profit rose ~19% to $2.4 billion from ~$2.2 billion.");
        auto const changes = of_kind(all, mention_kind::change);
        REQUIRE(changes.size() == 1);
        CHECK(changes.front().hedge == "about");
        CHECK(changes.front().text == "rose ~19% to $2.4 billion from ~$2.2 billion");
        auto const money = of_kind(all, mention_kind::money);
        REQUIRE(money.size() == 2);
        CHECK(money[1].hedge == "about");
        CHECK(money[1].text == "~$2.2 billion");
        // (outside a change too: "Of the ~90 members", "~48% backed Lee")
        auto const members = of_kind(mentions_of("Of the ~90 members elected, 13 are women."), mention_kind::number);
        REQUIRE(members.size() == 2);
        CHECK(members[0].text == "~90 members");
        CHECK(members[0].hedge == "about");
        CHECK(members[1].hedge.empty());
        CHECK(only("Of those polled, ~48% backed Lee.", mention_kind::percent).hedge == "about");
        // (a tilde between words is no hedge)
        CHECK(only("costs ~ 40 dlrs", mention_kind::money).hedge.empty());
    }
    // (not hedges: "He did well in 2023", "the best 3 teams")
    CHECK(only("the best 3 teams won", mention_kind::number).hedge.empty());
    // Spelled out, the last word stated counts as the last digit does: "two million" is [1.5, 3)
    // million, as "two" is [1.5, 3).
    auto const spelled = only("warrants to buy two mln shares", mention_kind::number);
    CHECK(spelled.range->low == doctest::Approx(1.5e6));
    CHECK(spelled.range->high == doctest::Approx(3e6));
    auto const hundreds = only("two thousand three hundred people", mention_kind::number);
    CHECK(hundreds.range->low == doctest::Approx(2299.5));
}

TEST_CASE("ordinals") {
    for (auto [text, value] : {std::pair{"his fifth term", 5},
                               {"the 21st floor", 21},
                               {"the first time", 1},
                               {"the second-largest economy", 2},
                               {"the twenty-first round", 21}}) {
        auto const m = only(text, mention_kind::ordinal);
        CHECK(*m.value == value);
    }
    CHECK(only("the second-largest economy", mention_kind::ordinal).text == "second-largest");
    CHECK(of_kind(mentions_of("the 22st try"), mention_kind::ordinal).empty());
}

TEST_CASE("money and currencies") {
    struct expected {
        char const* text;
        char const* mention;
        double value;
        char const* currency;
    };
    for (auto const& e : {expected{"trade of $240 billion last year", "$240 billion", 240e9, "USD"},
                          {"raised US$1.2bn in", "US$1.2bn", 1.2e9, "USD"},
                          {"sales of SEK 3bn last year", "SEK 3bn", 3e9, "SEK"},
                          {"a 3bn SEK order", "3bn SEK", 3e9, "SEK"},
                          {"profit of ZAR 2.5 billion", "ZAR 2.5 billion", 2.5e9, "ZAR"},
                          {"paid NOK 1.2 billion for", "NOK 1.2 billion", 1.2e9, "NOK"},
                          {"a \xE2\x82\xAC"
                           "3.5 million fine",
                           "\xE2\x82\xAC"
                           "3.5 million",
                           3.5e6, "EUR"},
                          {"tickets at \xC2\xA3"
                           "40 each",
                           "\xC2\xA3"
                           "40",
                           40, "GBP"},
                          {"costs \xC2\xA5"
                           "1,000 now",
                           "\xC2\xA5"
                           "1,000",
                           1000, "JPY"},
                          {"sales of 120 billion yuan in", "120 billion yuan", 120e9, "CNY"},
                          {"a loss of 34.5 mln dlrs in", "34.5 mln dlrs", 34.5e6, "USD"},
                          {"earned 1.50 dlrs per share in", "1.50 dlrs per share", 1.5, "USD"},
                          {"closed at $52.10 on", "$52.10", 52.1, "USD"},
                          {"a $10K prize", "$10K", 1e4, "USD"},
                          {"up 5 cents to", "5 cents", 0.05, "USD"},
                          {"invest 300 million euros in", "300 million euros", 300e6, "EUR"},
                          {"a Rs 500 crore plant", "Rs 500 crore", 5e9, "INR"}}) {
        INFO(e.text);
        auto const m = only(e.text, mention_kind::money);
        CHECK(m.text == e.mention);
        CHECK(*m.value == doctest::Approx(e.value));
        CHECK(m.unit == e.currency);
    }
}

TEST_CASE("money: pounds of weight ('bought 25.7 mln pounds of wheat flour', 'weighs 17 pounds') are no money") {
    for (char const* text : {"ASCS bought 25.7 mln pounds of wheat flour.", "The unit weighs 17 pounds.",
                             "It has a take-off weight of 870,000 pounds.", "It mined 96.2 mln\npounds of zinc."}) {
        INFO(text);
        auto const found = mentions_of(text);
        CHECK(of_kind(found, mention_kind::money).empty());
        REQUIRE(of_kind(found, mention_kind::number).size() == 1);
        CHECK(of_kind(found, mention_kind::number)[0].unit == "pounds");
    }
    // (the values of a change with it)
    auto const change = mentions_of("The plant's production rose to 264 mln pounds from 165 mln pounds.");
    CHECK(of_kind(change, mention_kind::money).empty());
    CHECK(of_kind(change, mention_kind::number).size() == 2);
    // money: "pounds of investment", a debt, a rate, the currency of a country
    for (char const* text : {"It won 5 billion pounds of investment.", "The deficit was 2.86 billion pounds.",
                             "The dollar was sold at 5.5 pounds.", "It paid 30 million Egyptian pounds of fees."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::money).size() == 1);
    }
}

TEST_CASE("money as part of an adjective: a 43-dlr-a-share offer, a six-cent rise") {
    struct expected {
        char const* text;
        char const* mention;
        double value;
        char const* currency;
        char const* per;
    };
    auto const check = [](std::initializer_list<expected> examples) {
        for (auto const& e : examples) {
            INFO(e.text);
            auto const m = only(e.text, mention_kind::money);
            CHECK(m.text == e.mention);
            CHECK(*m.value == doctest::Approx(e.value));
            CHECK(m.unit == e.currency);
            CHECK(m.per == e.per);
        }
    };
    check({expected{"its 43-dlr-a-share offer", "43-dlr-a-share", 43, "USD", "share"},
           {"a 12-cent-a-share dividend", "12-cent-a-share", 0.12, "USD", "share"},
           {"its 25-dlr-per-share tender", "25-dlr-per-share", 25, "USD", "share"},
           {"GAF's 46 dlr-per-share offer", "46 dlr-per-share", 46, "USD", "share"},
           {"a 1.21-dlr-an-hour pay raise", "1.21-dlr-an-hour", 1.21, "USD", "hour"},
           {"a $5-a-share bid", "$5-a-share", 5, "USD", "share"},
           {"the 1,000-dlr bonds", "1,000-dlr", 1000, "USD", ""},
           {"a 2.2 billion-dlr tender offer", "2.2 billion-dlr", 2.2e9, "USD", ""},
           {"a 75-cent dividend", "75-cent", 0.75, "USD", ""},
           {"a narrow 0.30-cent range", "0.30-cent", 0.003, "USD", ""},
           {"the six-cent limit", "six-cent", 0.06, "USD", ""},
           {"its one-yen bid", "one-yen", 1, "JPY", ""},
           {"a two-pence cut in tax", "two-pence", 0.02, "GBP", ""},
           {"notes for 100-yuan were", "100-yuan", 100, "CNY", ""}});
    // Singular currency names before a noun; the German mark after a scale word or before a noun,
    // not a threshold ("closed above the 2400 mark for the first time").
    check({expected{"a 200 mln franc 10-year bond", "200 mln franc", 200e6, "FRF", ""},
           {"a 25 mln Swiss franc convertible issue", "25 mln Swiss franc", 25e6, "CHF", ""},
           {"in 1,000 franc denominations", "1,000 franc", 1000, "FRF", ""},
           {"the 10 mln guilder annual subsidy", "10 mln guilder", 10e6, "NLG", ""},
           {"the 500 mln peso down payment", "500 mln peso", 500e6, "MXN", ""},
           {"a 300 mln mark private placement", "300 mln mark", 300e6, "DEM", ""},
           {"an unchanged 12 mark dividend", "12 mark", 12, "DEM", ""},
           {"down to the 1.80 mark level", "1.80 mark", 1.8, "DEM", ""}});
    for (char const* text :
         {"The Dow closed above the 2400 mark for the first time.", "It fell from its current 775.9 mark by year-end.",
          "He passed the 2,000 mark.", "Sales passed the 40 million mark in March.", "It crossed the 1 billion mark.",
          "Deliveries topped the 2 million mark for the first time."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::money).empty());
        CHECK(of_kind(mentions_of(text), mention_kind::number).at(0).unit == "mark");
    }
    // A count before the verb "won", not a sum of won under a thousand; sums of won stay money.
    for (char const* text : {"Of the 18 Republicans, 10 won by less than 8 points.", "Democrats 12 won seats."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::money).empty());
    }
    check({expected{"Samsung paid 5 trillion won for it", "5 trillion won", 5e12, "KRW", ""},
           {"A coffee costs 4,500 won.", "4,500 won", 4500, "KRW", ""}});
    // (a scaled sum of marks without "the" or before a noun stays money)
    check({expected{"another 2.5 billion mark and a yen swap", "2.5 billion mark", 2.5e9, "DEM", ""},
           {"the 300 mln mark issue", "300 mln mark", 300e6, "DEM", ""}});
    // Currencies with an abbreviated country, which also ends no sentence ("H.K. Dlrs").
    check({expected{"a 25 billion H.K. Dlr project", "25 billion H.K. Dlr", 25e9, "HKD", ""},
           {"debt fell to 32.94 billion N.Z. Dlrs in", "32.94 billion N.Z. Dlrs", 32.94e9, "NZD", ""},
           {"a 591 mln U.S. Dlr investment", "591 mln U.S. Dlr", 591e6, "USD", ""},
           {"a 40 mln Australian dlr bond", "40 mln Australian dlr", 40e6, "AUD", ""}});
    // A weight, not pounds sterling; a count, then a sum.
    CHECK(of_kind(mentions_of("445,000 unsold 100-pound bags of sugar"), mention_kind::money).empty());
    auto const par = mentions_of("capital of one billion one-dlr par shares");
    REQUIRE(of_kind(par, mention_kind::number).size() == 1);
    CHECK(*of_kind(par, mention_kind::number)[0].value == 1e9);
    REQUIRE(of_kind(par, mention_kind::money).size() == 1);
    CHECK(*of_kind(par, mention_kind::money)[0].value == 1);
    // A change in cents said as an adjective.
    auto const rise = only("It expects a six-cent rise.", mention_kind::change);
    CHECK(*rise.value == doctest::Approx(0.06));
    CHECK(rise.unit == "USD");
}

TEST_CASE("money: crowns, bolivars, shillings, rials, dirhams; pfennigs and centimes") {
    struct expected {
        char const* text;
        char const* currency;
        double value;
    };
    for (auto const& e : {expected{"Norsk Data showed a 177.9 mln crown pre-tax profit.", "SEK", 177.9e6},
                          {"a 300 mln Danish crown eurobond", "DKK", 300e6},
                          {"losses of 287 mln bolivars this year", "VES", 287e6},
                          {"receive 18.3 billion Kenyan shillings in loans", "KES", 18.3e9},
                          {"a 1986 trade surplus of 12.2 billion dirhams", "AED", 12.2e9},
                          {"Emaar earned AED 8.9 billion in 2023.", "AED", 8.9e9},
                          {"a fee of 45 kroner per ticket", "NOK", 45},
                          {"a budget of 130 mln taka for the dam", "BDT", 130e6},
                          {"a fine of 400 shekel was imposed", "ILS", 400},
                          {"paid 1.2 billion hryvnias in wages", "UAH", 1.2e9},
                          {"bonds lower by nearly one pfennig over the week", "DEM", 0.01},
                          {"The mark slipped to 82.83 centimes.", "FRF", 0.8283},
                          // (the IMF's unit and the European Currency Unit: "Ecus", "SDRs")
                          {"Jamaica will receive 85 mln SDRs under a new stand-by.", "XDR", 85e6},
                          {"a rebate of 141 Ecus a tonne", "XEU", 141},
                          {"rise to 3.1 billion European Currency Units this year", "XEU", 3.1e9}}) {
        INFO(e.text);
        auto const found = of_kind(mentions_of(e.text), mention_kind::money);
        REQUIRE(found.size() == 1);
        CHECK(found[0].unit == e.currency);
        CHECK(*found[0].value == doctest::Approx(e.value));
    }
    // An adjective between the count and its noun.
    CHECK(only("for shipment in two equal parts in June", mention_kind::number).unit == "parts");
    // The pound as a weight before the thing weighed; sterling before a note or a deal.
    CHECK(of_kind(mentions_of("Superfan is a 30,000 pound thrust upgrade."), mention_kind::money).empty());
    CHECK(only("It is a 10 pound note.", mention_kind::money).unit == "GBP");
    CHECK(only("A 300 mln pound deal was signed.", mention_kind::money).unit == "GBP");
}

TEST_CASE("ranges with 'to': one amount, unless after 'from' or too far apart") {
    auto const crude = only("Crude sold for 15 to 17 dlrs a barrel.", mention_kind::money);
    CHECK(crude.text == "15 to 17 dlrs a barrel");
    CHECK(*crude.value == doctest::Approx(16));
    CHECK(crude.range->low == doctest::Approx(14.5));
    CHECK(crude.range->high == doctest::Approx(18));
    CHECK(crude.per == "barrel");
    auto const premium = only("The premium is 20 to 23 pct.", mention_kind::percent);
    CHECK(premium.text == "20 to 23 pct");
    CHECK(*premium.value == doctest::Approx(21.5));
    CHECK(only("expectations of 24 to 30 cts a share.", mention_kind::money).per == "share");
    // A change's amount as a range, the same as before ("rose 2 to 3 pct"); a rise to a new level
    // ("rose 2 to 45 dlrs", "rose 2 to 9 pct": the ends too far apart); old and new values after
    // "from".
    auto const two_three = only("Prices rose 2 to 3 pct.", mention_kind::change);
    CHECK(*two_three.value == doctest::Approx(2.5));
    CHECK(!two_three.to);
    CHECK(only("Rates rose 2 to 9 pct.", mention_kind::change).to);
    for (char const* text : {"Its stake rose from 25 to 37 pct.", "The stake in the venture went from 25 to 37 pct."}) {
        INFO(text);
        auto const c = only(text, mention_kind::change);
        CHECK(c.from);
        CHECK(c.to);
    }
    auto const level = mentions_of("Gold is poised to rise to 460 to 470 dlrs an ounce.");
    auto const rise = of_kind(level, mention_kind::change);
    REQUIRE(rise.size() == 1);
    REQUIRE(rise[0].to);
    CHECK(*level[*rise[0].to].value == doctest::Approx(465));
}

TEST_CASE("ranges with 'between ... and', spelled ends, a scale said once, and counts") {
    auto const between = only("Prices will rise between 13 and 15 pct this year.", mention_kind::percent);
    CHECK(between.text == "13 and 15 pct");
    CHECK(between.is_range);
    CHECK(*between.value == doctest::Approx(14));
    CHECK(between.range->low == doctest::Approx(12.5));
    CHECK(between.range->high == doctest::Approx(16));
    CHECK(*only("oil prices varying between 15 and 18 dlrs a barrel", mention_kind::money).value ==
          doctest::Approx(16.5));
    // "and" without "between": two figures, the percentage said once for both.
    auto const two = mentions_of("Rates of 13 and 15 pct were offered.");
    CHECK(of_kind(two, mention_kind::number).empty());
    REQUIRE(of_kind(two, mention_kind::percent).size() == 2);
    CHECK(of_kind(two, mention_kind::percent)[0].text == "13");
    CHECK_FALSE(of_kind(two, mention_kind::percent)[0].is_range);
    // Spelled ends; the scale of the high end for both.
    auto const spelled = only("It will cost five to six billion dlrs.", mention_kind::money);
    CHECK(spelled.text == "five to six billion dlrs");
    CHECK(*spelled.value == doctest::Approx(5.5e9));
    CHECK(spelled.range->low == doctest::Approx(4.5e9));
    CHECK(spelled.range->high == doctest::Approx(7e9));
    CHECK(*only("Prices in West Germany were likely to rise between one and two pct.", mention_kind::percent).value ==
          doctest::Approx(1.5));
    auto const scaled = only("Profits should have been 2.8 to 2.9 billion dlrs.", mention_kind::money);
    CHECK(*scaled.value == doctest::Approx(2.85e9));
    CHECK(scaled.range->low == doctest::Approx(2.75e9));
    // Counts: with the counted noun only; not years, times of day or a vote.
    auto const jobs = only("The company will cut 200 to 300 jobs.", mention_kind::number);
    CHECK(jobs.text == "200 to 300 jobs");
    CHECK(jobs.unit == "jobs");
    CHECK(*jobs.value == doctest::Approx(250));
    CHECK(only("Japanese crushers bought 3,000 to 4,000 tonnes of rapeseed.", mention_kind::number).text ==
          "3,000 to 4,000 tonnes");
    CHECK(only("It will employ between 1,000 and 1,500 people.", mention_kind::number).is_range);
    for (char const* text :
         {"The court voted 5 to 4.", "Output was flat between 1985 and 1987.",
          "A session between 1700 and 2100 hrs central time.", "It extends the break to 1115 to 1330 local time.",
          "A range of 230 to 234 late last year.", "The ratio was 1 to 3."}) {
        INFO(text);
        for (auto const& m : mentions_of(text)) CHECK(!m.is_range);
    }
}

TEST_CASE("ranges with the unit at both ends: '$15 to $17', '2% to 3%', 'between $1 billion and $2 billion'") {
    struct expected {
        char const* text;
        char const* mention;
        double value;
        double low;
        double high;
    };
    for (auto const& e :
         {expected{"Tickets cost $15 to $17 each.", "$15 to $17", 16, 14.5, 18},
          {"The deal is worth between $1 billion and $2 billion.", "$1 billion and $2 billion", 1.5e9, 0.5e9, 3e9},
          {"It will raise $1.5 billion to $2 billion.", "$1.5 billion to $2 billion", 1.75e9, 1.45e9, 3e9},
          {"Shares traded at $15-$17.", "$15-$17", 16, 14.5, 18},
          {"Growth of 2% to 3% is expected.", "2% to 3%", 2.5, 1.5, 4},
          {"Rates range between 21.0 pct and 21.5 pct.", "21.0 pct and 21.5 pct", 21.25, 20.95, 21.6},
          {"Recoveries of 90 pct to 95 pct were seen.", "90 pct to 95 pct", 92.5, 89.5, 96},
          // the currency's word after each end (the cents of the same currency in either spelling)
          {"The price will be between 13 dlrs and 15 dlrs.", "13 dlrs and 15 dlrs", 14, 12.5, 16},
          {"Bids ranged from 15 dlrs to 17 dlrs.", "15 dlrs to 17 dlrs", 16, 14.5, 18},
          {"It expects to earn 17 cts to 19 cents.", "17 cts to 19 cents", 0.18, 0.165, 0.20},
          {"Costs will be 110 mln stg to 130 mln stg.", "110 mln stg to 130 mln stg", 1.2e8, 1.095e8, 1.31e8},
          // a scale at each end, no counted noun
          {"Sales will be between 320 mln and 350 mln.", "320 mln and 350 mln", 3.35e8, 3.195e8, 3.51e8},
          {"Guesses ranged from 14.0 mln to 16.0 mln.", "14.0 mln to 16.0 mln", 1.5e7, 1.395e7, 1.61e7},
          // currencies the range look-ahead knows by their first letters
          {"Bids ranged from 15 guilders to 17 guilders.", "15 guilders to 17 guilders", 16, 14.5, 18},
          {"It sold at 15 U.S. dlrs to 17 U.S. dlrs.", "15 U.S. dlrs to 17 U.S. dlrs", 16, 14.5, 18}}) {
        INFO(e.text);
        auto const found = mentions_of(e.text);
        REQUIRE(found.size() == 1);
        CHECK(found[0].text == e.mention);
        CHECK(found[0].is_range);
        CHECK(*found[0].value == doctest::Approx(e.value));
        CHECK(found[0].range->low == doctest::Approx(e.low));
        CHECK(found[0].range->high == doctest::Approx(e.high));
    }
    // Different currencies; a change's amount and new value: after "by", "to" or a verb of change
    // (with or without a hedge between).
    for (char const* text :
         {"It sold for $15 to C$17.", "It would cut the deficit by about $37 billion to $134 billion.",
          "It raised its stake by 65 pct to 100 pct.", "Inflation rose 2% to 3%.",
          "The load factor fell to 36.3 pct to 40.3 pct.", "It sold for 15 dlrs to 17 yen.",
          "It would raise capital from around 6.55 billion dlrs to 19.66 billion dlrs.",
          "Profits rose from 1985's 110.1 mln stg to 178.1 mln stg.", "It cut its price by 1.50 dlrs to 16.50 dlrs.",
          "It sold 15 cts to 17 dlrs.", "Output rose 2 mln to 25 mln.", "Output rose from 20 mln to 25 mln.",
          "Sales were 5 mln to 25 pct of the total.", "Fees ranged from 3 dlrs to 4 mln dlrs.",
          "It lasted between 2 mln and 3 mln hours."}) {
        INFO(text);
        for (auto const& m : mentions_of(text)) CHECK(!m.is_range);
    }
    // A forecast's range after "to" or a modal: the amount of the change is the range, no new value
    // ("is expected to grow 3% to 4%"); not a rise to a level far above the amount, nor in the past.
    for (char const* text : {"The economy is expected to grow 3% to 4% this year.",
                             "Sales will rise 5% to 7% next year.", "Costs could fall 2% to 3%."}) {
        INFO(text);
        auto const changes = of_kind(mentions_of(text), mention_kind::change);
        REQUIRE(changes.size() == 1);
        CHECK(!changes[0].to);
        REQUIRE(changes[0].amount);
        CHECK(mentions_of(text)[*changes[0].amount].is_range);
    }
    for (char const* text :
         {"Inflation will rise 0.5% to 3%.", "The rate is set to rise 2% to 4.5%.", "Prices rose 5% to 7% in March."}) {
        INFO(text);
        auto const changes = of_kind(mentions_of(text), mention_kind::change);
        REQUIRE(changes.size() == 1);
        CHECK(changes[0].to);
    }
    // A hyphen joins a range's ends, after a verb of change or "by" too: the change's amount, and
    // no negative figure after it
    for (char const* text :
         {"Wages grew by 4%-5% in the private sector.", "Wages rose 4%-5% last year.", "The index fell 10%-15%."}) {
        INFO(text);
        auto const found = mentions_of(text);
        auto const changes = of_kind(found, mention_kind::change);
        REQUIRE(changes.size() == 1);
        CHECK(!changes[0].to);
        REQUIRE(changes[0].amount);
        CHECK(found[*changes[0].amount].is_range);
        for (auto const& m : of_kind(found, mention_kind::percent)) CHECK(*m.value > 0);
    }
}

TEST_CASE("dealers' two-way quotes are one figure, the bid; the digits after a decimal figure's slash begin nothing") {
    struct expected {
        char const* text;
        char const* mention;
        double value;
    };
    for (auto const& e : {expected{"the dollar closed at 151.50/60 yen after dipping", "151.50/60 yen", 151.5},
                          {"It ended that day at 1.7820/30 marks.", "1.7820/30 marks", 1.782},
                          {"Sterling was 1.5798/808 dlrs.", "1.5798/808 dlrs", 1.5798},
                          {"Call money fell to 3.90/4.0 pct after the move.", "3.90/4.0 pct", 3.9},
                          {"The riyal stood at 3.7498/7501 to the dollar.", "3.7498/7501", 3.7498}}) {
        INFO(e.text);
        auto const found = mentions_of(e.text);
        auto const quote = std::find_if(found.begin(), found.end(), [&](auto const& m) { return m.text == e.mention; });
        REQUIRE(quote != found.end());
        CHECK(*quote->value == doctest::Approx(e.value));
        // nothing begins at the offer's digits
        for (auto const& m : found) CHECK(m.span.begin <= quote->span.begin);
    }
    // Not a quote: a ratio, a date, a fraction; a year's second half begins nothing.
    CHECK(mentions_of("The soybean/corn ratio of 2.9/1 would make").empty());
    CHECK(of_kind(mentions_of("in the first 10 months of fiscal 1986/87 ending March"), mention_kind::number).empty());
    // Two figures with a slash between them, neither decimal: two cargoes.
    CHECK(of_kind(mentions_of("River Plate/Malaysia 20,000/22,000 long tons"), mention_kind::number).size() == 1);
}

TEST_CASE("a measure of two words ('square km', 'cubic feet') and a fiscal split year") {
    CHECK(only("Quakes were felt over an area of 100 square km.", mention_kind::number).unit == "square km");
    CHECK(only("reserves of 905.5 billion cubic feet of gas", mention_kind::number).unit == "cubic feet");
    auto const fiscal = only("in the first seven months of fiscal 1986/87 ending June 30", mention_kind::period);
    CHECK(fiscal.text == "fiscal 1986/87");
    CHECK(fiscal.time_value == "1986/1987");
    CHECK(only("It earned 5 mln dlrs in fiscal 1987.", mention_kind::period).time_value == "FY1987");
}

TEST_CASE("'ranging from X to Y' is a range, not a change") {
    for (char const* text :
         {"He sold shares at prices ranging from 10.00 to 14.25 dlrs a share.",
          "Estimates for the crop ranged from 2.3 to 2.6 mln tonnes.", "Yields range from 7.21 to 8.70 pct.",
          // opening a sentence, with no verb of change before it
          "The poll found that. From 10 to 20 per cent of voters are undecided."}) {
        INFO(text);
        auto const found = mentions_of(text);
        CHECK(of_kind(found, mention_kind::change).empty());
        REQUIRE(found.size() == 1);
        CHECK(found[0].is_range);
    }
    // Old and new values after "from" otherwise, after a comma too.
    CHECK(only("Output went from 2.3 to 2.6 mln tonnes.", mention_kind::change).from);
    CHECK(only("Output fell 10 pct, from 1.6 mln to 1.4 mln.", mention_kind::change).from);
}

TEST_CASE("ranges: the thousands said once, and digits after a comma that begin nothing") {
    auto const bpd = only("Output is estimated at 140-150,000 bpd.", mention_kind::number);
    CHECK(bpd.text == "140-150,000 bpd");
    CHECK(*bpd.value == doctest::Approx(145000));
    CHECK(bpd.range->low == doctest::Approx(139500));
    CHECK(bpd.range->high == doctest::Approx(151000));
    CHECK(*only("Nigeria produced 75-100,000 bpd below quota.", mention_kind::number).value == doctest::Approx(87500));
    // Not the thousands of both: 400 to 1,000 billion.
    auto const yen = only("loans of 400-1,000 billion yen by", mention_kind::money);
    CHECK(*yen.value == doctest::Approx(700e9));
    CHECK(*only("over the intervals 1,180-1,207 meters and", mention_kind::number).value == doctest::Approx(1193.5));
    // ",000" after a figure the scanner did not begin at is no figure of its own ("high-20,000").
    CHECK(mentions_of("going to the high-20,000-dlr range").empty());
    // A day of the month is not the first digits of a figure.
    auto const shares = mentions_of("It plans to offer in late April 7,500,000 shares.");
    CHECK(of_kind(shares, mention_kind::date).empty());
    CHECK(only("It plans to offer in late April 7,500,000 shares.", mention_kind::number).text == "7,500,000 shares");
    CHECK(only("Due on April 7, 1987.", mention_kind::date).time_value == "1987-04-07");
}

TEST_CASE("scores and tallies with the smaller number first are no ranges; heights in metres") {
    // beside another pair, after a verb of a contest, before or as the word for the result
    CHECK(of_kind(mentions_of("Williams completed a 6-4, 3-6, 7-5 win over Azarenka."), mention_kind::number).empty());
    CHECK(of_kind(mentions_of("Everton lost 1-2 at home."), mention_kind::number).empty());
    CHECK(of_kind(mentions_of("It was a 1-2 defeat."), mention_kind::number).empty());
    CHECK(of_kind(mentions_of("They have a 4-12 record."), mention_kind::number).empty());
    CHECK(of_kind(mentions_of("It ended a 4-12 run and a 0-3 start."), mention_kind::number).empty());
    // ranges stay ranges
    CHECK(*only("Prices of 3-6 dlrs were seen.", mention_kind::money).value == doctest::Approx(4.5));
    CHECK(*only("Output rose 3-6 pct.", mention_kind::percent).value == doctest::Approx(4.5));
    CHECK(*only("Rates of 3-6 were set.", mention_kind::number).value == doctest::Approx(4.5));
    // "the 8,849m peak": metres, not millions
    auto const peak = only("The 8,849m peak was first climbed in 1953.", mention_kind::number);
    CHECK(*peak.value == doctest::Approx(8849));
    CHECK(peak.unit == "m");
    // thousands in groups with nothing counted after them are metres; "£3,000m" and "3,000m shares" millions
    CHECK(*only("It climbed to 3,000m before noon.", mention_kind::number).value == doctest::Approx(3000));
    CHECK(*only("The firm lost £3,000m last year.", mention_kind::money).value == doctest::Approx(3e9));
    CHECK(*only("It has 3,000m shares.", mention_kind::number).value == doctest::Approx(3e9));
    // feet and pounds joined to the figure; "ft." after a figure ends a sentence before a capital
    auto const feet = mentions_of("A window cracked at 34,000ft. All 189 passengers and six crew were unharmed.");
    REQUIRE(of_kind(feet, mention_kind::number).size() == 3);
    CHECK(of_kind(feet, mention_kind::number)[0].unit == "ft");
    CHECK(*of_kind(feet, mention_kind::number)[1].value == 189);
    CHECK(only("The baby weighed 7lbs.", mention_kind::number).unit == "lbs");
}

TEST_CASE("plain text wrapped at any word: a line break inside a phrase is a space") {
    auto const text = "The coupon will be reset 60 basis\npoints above LIBOR. Profit in the first\nquarter "
                      "rose to more\nthan 25 mln dlrs compared\nwith 20 mln, after 90\ndays of talks.\r\n";
    auto const all = mentions_of(text);
    auto const find = [&](mention_kind kind) {
        auto const found = of_kind(all, kind);
        REQUIRE(found.size() == 1);
        return found[0];
    };
    CHECK(*find(mention_kind::percentage_points).value == doctest::Approx(0.6));
    CHECK(find(mention_kind::period).time_value == "XXXX-Q1");
    CHECK(of_kind(all, mention_kind::ordinal).empty());
    auto const money = of_kind(all, mention_kind::money);
    REQUIRE(money.size() == 1); // ("20 mln" is a number: no currency)
    CHECK(money[0].hedge == "more than");
    CHECK(money[0].text == "more\nthan 25 mln dlrs"); // the file's own text
    CHECK(find(mention_kind::comparison).text == "compared\nwith");
    CHECK(find(mention_kind::duration).time_value == "P90D");
}

TEST_CASE("percentages and points") {
    for (auto text : {"up 26 percent", "26% of", "26 pct of", "11.6 per cent of"}) {
        INFO(text);
        auto const m = only(text, mention_kind::percent);
        CHECK(m.unit == "%");
    }
    // fractions of a percentage point, said of rates
    struct fraction_of_point {
        char const* text;
        char const* span;
        double value;
    };
    // (named members, not structured bindings: doctest's INFO captures them in a lambda)
    for (auto const& e :
         {fraction_of_point{"It cut the rate by a quarter percentage point to 7-3/4 pct.", "a quarter percentage point",
                            0.25},
          fraction_of_point{"Rates rose by a quarter of a percentage point.", "a quarter of a percentage point", 0.25},
          fraction_of_point{"Citibank raised its prime rate by one quarter of a point.", "one quarter of a point",
                            0.25},
          fraction_of_point{"The spread narrowed to three quarters of a percentage point.",
                            "three quarters of a percentage point", 0.75},
          fraction_of_point{"It raised the estimate a half percentage point.", "a half percentage point", 0.5},
          // (twenty-second session) the article alone, and tenths
          fraction_of_point{"Mortgage rates fell half a point in April.", "half a point", 0.5},
          fraction_of_point{"Unemployment rose a tenth of a point.", "a tenth of a point", 0.1},
          fraction_of_point{"Unemployment rose two-tenths of a point.", "two-tenths of a point", 0.2}}) {
        INFO(e.text);
        auto const m = only(e.text, mention_kind::percentage_points);
        CHECK(m.text == e.span);
        CHECK(*m.value == doctest::Approx(e.value));
        CHECK(of_kind(mentions_of(e.text), mention_kind::duration).empty()); // no "a quarter" of three months
    }
    // "a quarter of" a whole is a fraction; of a year it is a time
    CHECK(only("Foods make up about a quarter of sales.", mention_kind::number).value == 0.25);
    CHECK(of_kind(mentions_of("Foods make up about a quarter of sales."), mention_kind::duration).empty());
    CHECK(only("Neste is buying one quarter of the shares.", mention_kind::number).value == 0.25);
    // several quarters of something are a time
    CHECK(only("It had two quarters of negative growth.", mention_kind::duration).time_value == "P6M");
    CHECK(only("Sales fell in the first three quarters of its fiscal year.", mention_kind::duration).time_value ==
          "P9M");
    // (with a year: the months of that year, as "the first nine months of 1986"; "the first two quarters
    // of 1990" is its first half)
    CHECK(only("Banks lent less during the first three quarters of 1986.", mention_kind::period).time_value ==
          "1986-01/1986-09");
    CHECK(only("The trend will go on through the first two quarters of 1990.", mention_kind::period).time_value ==
          "1990-H1");
    CHECK(only("It earned 6.9 billion dlrs in the first three quarters of the year.", mention_kind::duration)
              .time_value == "P9M");
    // "at one point": a time, no count of points; "rose one point" is one
    CHECK(of_kind(mentions_of("The yield fell to 3.9% at one point."), mention_kind::number).empty());
    CHECK(of_kind(mentions_of("At one point the index was up 2 pct."), mention_kind::number).empty());
    CHECK(only("Rates rose one point.", mention_kind::change).value == 1);
    // "cut by a quarter": a fraction, not three months, with a hedge too
    CHECK(only("Funding has been cut by a quarter over two years.", mention_kind::number).value == 0.25);
    CHECK(only("It was cut by about a quarter.", mention_kind::number).hedge == "about");
    CHECK(of_kind(mentions_of("It was cut by more than a quarter."), mention_kind::duration).empty());
    CHECK(only("Rates rose one-quarter percentage point.", mention_kind::percentage_points).text ==
          "one-quarter percentage point");
    CHECK(only("Rates rose three-quarters of a percentage point.", mention_kind::percentage_points).value == 0.75);
    // fractions of a scale or of a century
    auto const quarter_million = only("A quarter of a million residents will get relief.", mention_kind::number);
    CHECK(quarter_million.text == "A quarter of a million residents");
    CHECK(*quarter_million.value == 250000);
    CHECK(only("It may have cost a quarter of a billion dlrs.", mention_kind::money).value == 2.5e8);
    CHECK(only("Prices are at their lowest in over a quarter of a century.", mention_kind::duration).time_value ==
          "P25Y");
    CHECK(only("It is the first decline in a quarter century.", mention_kind::duration).time_value == "P25Y");
    CHECK(only("It took a quarter-century.", mention_kind::duration).time_value == "P25Y");
    // ("a quarter of the 800 members": a fraction of a count, no three months)
    auto const members = mentions_of("A quarter of the 800 members voted against.");
    CHECK(of_kind(members, mention_kind::duration).empty());
    CHECK(of_kind(members, mention_kind::number).size() == 2);
    // "a million" is stated to its word, as "one million" is
    auto const a_million = only("A million residents left.", mention_kind::number);
    CHECK(a_million.range->low == 500000);
    CHECK(a_million.range->high == 2e6);
    // "N in M" is a fraction for a few in ten, a hundred or a thousand; "out of" always
    CHECK(only("Nine in 10 voters agreed.", mention_kind::number).value == doctest::Approx(0.9));
    CHECK(only("15 in 100 people agreed.", mention_kind::number).value == doctest::Approx(0.15));
    CHECK(only("Nineteen out of 50 governments failed.", mention_kind::number).value == doctest::Approx(0.38));
    for (char const* text : {"He has 137 in 161 appearances.", "It fell to about 15 in 16 months."}) {
        INFO(text);
        for (auto const& m : of_kind(mentions_of(text), mention_kind::number)) CHECK(m.value >= 15);
    }
    // a rank is no count; "fewer" is no counted noun
    CHECK(of_kind(mentions_of("City beat top-six opponents."), mention_kind::number).empty());
    CHECK(only("It sold 10,000 fewer than last year.", mention_kind::number).unit.empty());
    CHECK(only("It has 1,500 fewer workers.", mention_kind::number).unit == "workers");
    // a count of what was lost is no fall; a fraction lost is one
    for (char const* text : {"He has lost seven of his last 10 meetings.", "The LDP has lost 92 of its 1,487 seats.",
                             // a crop grown, rain dropped: the verb's object
                             "This year he grew 180 hectares of wheat.", "The storm dropped 14.2 inches of rain.",
                             // a record of games: counts won, drawn and lost
                             "The side won 28, drew 10 and lost eight.", "United won six and lost two."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::change).empty());
    }
    CHECK(only("Sales rose one-tenth of one pct.", mention_kind::change).value == doctest::Approx(0.1));
    CHECK(only("The stock lost a third of its value.", mention_kind::change).value == doctest::Approx(-1.0 / 3));
    // the -ing forms and the plain forms of the change verbs
    struct verb_case {
        char const* text;
        char const* change;
    };
    for (auto const& e :
         {verb_case{"The index, climbing 0.4% last month, beat forecasts.", "climbing 0.4%"},
          verb_case{"Economists had forecast the CPI would advance 3.0% year on year.", "advance 3.0%"},
          verb_case{"Output rose 0.7 pct after gaining 1.2 pct in January.", "gaining 1.2 pct"},
          verb_case{"Orders rose 6.9 pct after dropping 15.4 pct in January.", "dropping 15.4 pct"},
          verb_case{"The economy grew 1.9 pct after shrinking 1.8 pct in 1985.", "shrinking 1.8 pct"},
          verb_case{"The rate is expected to ease to about 1.75 mln units.", "ease to about 1.75 mln units"}}) {
        INFO(e.text);
        auto const changes = of_kind(mentions_of(e.text), mention_kind::change);
        CHECK(std::any_of(changes.begin(), changes.end(), [&](auto const& m) { return m.text == e.change; }));
    }
    // "advance" a large sum is a loan, not a rise; a price's rise in cents is one
    for (char const* text :
         {"The FDIC said it will advance 3.7 mln dlrs.", "It will be prepared to advance up to 750 mln dlrs."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::change).empty());
    }
    CHECK(only("Gold advanced 2.50 dlrs.", mention_kind::change).value == 2.5);
    // (review, seventeenth session) a lower-case "m" joined to the figure is metres where the words
    // around it say a race, a height or a jump; millions elsewhere
    for (auto const& metres_case : std::initializer_list<std::tuple<char const*, char const*, double>>{
             {"Bolt won the 100m final in 9.63 seconds.", "100m", 100},
             {"Duplantis cleared 6.25m to break the record.", "6.25m", 6.25},
             {"The tower is 330m tall.", "330m", 330},
             {"He ran the 10,000m in 27 minutes.", "10,000m", 10000},
             {"She won the women's 800m gold.", "800m", 800},
             {"A 5m-high wall surrounds it.", "5m", 5},
             {"The wreck lies at a depth of 400m.", "400m", 400},
             {"She threw 92.97m in the final round.", "92.97m", 92.97}}) {
        // (a structured binding cannot be captured by the INFO lambda in clang 15)
        char const* const text = std::get<0>(metres_case);
        INFO(text);
        auto const m = only(text, mention_kind::number);
        CHECK(m.text == std::get<1>(metres_case));
        CHECK(m.unit == "m");
        CHECK(*m.value == doctest::Approx(std::get<2>(metres_case)));
    }
    // (review, seventeenth session: business copy read as metres by the first version)
    for (char const* text : {"It raised the 200m it needed.", "About 3m people watched.", "The 100m people left.",
                             "It paid a 100m final payment.", "The fund cleared 25m of the backlog.",
                             "The 100m final tranche was sold."}) {
        INFO(text);
        CHECK(*only(text, mention_kind::number).value >= 1e6);
    }
    // basis points and miles per gallon joined to the figure
    auto const bps = only("The bank cut rates by 50bps on Tuesday.", mention_kind::percentage_points);
    CHECK(bps.text == "50bps");
    CHECK(*bps.value == doctest::Approx(0.5));
    CHECK(*only("Rates rose 25bp to 4.5%.", mention_kind::percentage_points).value == doctest::Approx(0.25));
    CHECK(only("The car does 45mpg.", mention_kind::number).unit == "mpg");
    // temperatures: the scale's letter joined to the figure or after a degree sign
    auto const heat = only("Temperatures hit 44.5C in Seville.", mention_kind::number);
    CHECK(heat.text == "44.5C");
    CHECK(heat.unit == "\xC2\xB0"
                       "C");
    CHECK(*heat.value == doctest::Approx(44.5));
    CHECK(only("The high was 112F.", mention_kind::number).unit == "\xC2\xB0"
                                                                   "F");
    CHECK(*only("Temperatures fell to -5C at night.", mention_kind::number).value == -5);
    auto const frost = only("Lows of minus 3C are forecast.", mention_kind::number);
    CHECK(frost.text == "minus 3C");
    CHECK(*frost.value == -3);
    CHECK(only("It reached 40\xC2\xB0"
               "C.",
               mention_kind::number)
              .unit == "\xC2\xB0"
                       "C");
    CHECK(only("Readings of 98.6 \xC2\xB0"
               "F.",
               mention_kind::number)
              .text == "98.6 \xC2\xB0"
                       "F");
    // (the letter after a space, or after "degrees"; the word of the scale)
    {
        auto const spaced = only("Temperatures hit 44.4 C in Seville.", mention_kind::number);
        CHECK(spaced.text == "44.4 C");
        CHECK(spaced.unit == "\xC2\xB0"
                             "C");
        auto const words = only("The high was 112 degrees Fahrenheit.", mention_kind::number);
        CHECK(words.text == "112 degrees Fahrenheit");
        CHECK(words.unit == "\xC2\xB0"
                            "F");
        CHECK(only("Temperatures fell to minus 10 degrees C.", mention_kind::number).unit == "\xC2\xB0"
                                                                                             "C");
        CHECK(only("Temperatures rose to 30 degrees.", mention_kind::number).unit == "degrees");
        // (no word of weather: a label)
        for (auto const& m : of_kind(mentions_of("The kit holds 3 C batteries."), mention_kind::number))
            CHECK(m.unit.empty());
    }
    for (char const* text : {"He sat in seat 10C.", "The Association said Statement No. 4F was new."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::number).empty());
    }
    // (review) labels that look like temperatures; the bare letter needs a word of weather
    for (char const* text : {"The fund disclosed the stake in its latest 13F filing.", "Apple sold the iPhone 5C."}) {
        INFO(text);
        for (auto const& m : of_kind(mentions_of(text), mention_kind::number)) CHECK(m.unit.empty());
    }
    CHECK(only("Lows stayed above 25C overnight.", mention_kind::number).unit == "\xC2\xB0"
                                                                                 "C");
    // ... or in the sentences just before: "It was the first year to exceed the 1.5C limit."
    {
        auto const limit = of_kind(mentions_of("The global average temperature was 1.6C above pre-industrial levels. "
                                               "It was the first year to exceed the 1.5C limit."),
                                   mention_kind::number);
        REQUIRE(limit.size() == 2);
        CHECK(limit[1].text == "1.5C");
        CHECK(limit[1].unit == "\xC2\xB0"
                               "C");
    }
    // (review) "age" before a unit of time is a span; "He was 87 at stumps" is a score
    CHECK(of_kind(mentions_of("It raised the retirement age two years, to 67."), mention_kind::age).empty());
    CHECK(of_kind(mentions_of("The cheese is aged six months."), mention_kind::age).empty());
    CHECK(of_kind(mentions_of("He was 87 at stumps on the second day."), mention_kind::age).empty());
    CHECK(of_kind(mentions_of("He is 7 and 3 with a 2.85 ERA."), mention_kind::age).empty());
    // (review) "over" a time lived through is "more than"
    CHECK(only("Smith served over 20 years.", mention_kind::duration).hedge == "more than");
    CHECK(only("He waited over three hours.", mention_kind::duration).hedge == "more than");
    // (review) "advanced" a sum is a rise; "rally" and "sink" a count or a sum are no changes
    CHECK(only("Consumer credit advanced 1.2 billion dlrs in January.", mention_kind::change).value == 1.2e9);
    CHECK(of_kind(mentions_of("It hopes to rally 10,000 supporters."), mention_kind::change).empty());
    CHECK(of_kind(mentions_of("They plan to sink $500 million into the project."), mention_kind::change).empty());
    // (review) "N in M" before a unit of time is no share; "twelve in 20" is one
    CHECK(of_kind(mentions_of("He scored 3 in 12 minutes."), mention_kind::number).size() == 1);
    CHECK(only("Twelve in 20 respondents agreed.", mention_kind::number).value == doctest::Approx(0.6));
    // (review) "10 times" before its values is a multiplier
    CHECK(only("Imports grew 10 times to 5 mln tonnes from 600,000 tonnes.", mention_kind::multiplier).value == 10);
    // (review) "a hundred million" is stated to the unit of millions
    CHECK(only("About a hundred million people voted.", mention_kind::number).range->low == doctest::Approx(9e7));
    // "plus or minus": a margin either way, not a negative figure; "minus" alone is one
    auto const margin = only("Revenue of $37.5 billion, plus or minus 2%.", mention_kind::percent);
    CHECK(margin.text == "2%");
    CHECK(*margin.value == 2);
    CHECK(only("a level plus or minus 10 yen from 170", mention_kind::money).value == 10);
    CHECK(only("The rate was minus 2% last year.", mention_kind::percent).value == -2);
    auto const points = only("rose 2 percentage points", mention_kind::percentage_points);
    CHECK(*points.value == 2);
    CHECK(points.unit == "pp");
    auto const basis = only("cut rates by 50 basis points", mention_kind::percentage_points);
    CHECK(*basis.value == doctest::Approx(0.5));
    auto const hyphen = only("a 26-percent rise", mention_kind::percent);
    CHECK(hyphen.text == "26-percent");
    // (percentage points as British papers abbreviate them, joined or apart)
    for (char const* text :
         {"The margin widened by 3.2ppts.", "The margin widened by 3.2 ppts.", "The margin widened by 3.2pp."}) {
        INFO(text);
        auto const ppts = only(text, mention_kind::percentage_points);
        CHECK(*ppts.value == doctest::Approx(3.2));
        CHECK(ppts.unit == "pp");
    }
    // (not "ppt": parts per trillion, or a shipping rate, "750/1,000 ppt"; joined, no basis points either)
    CHECK(of_kind(mentions_of("Levels fell to 1.5ppt."), mention_kind::percentage_points).empty());
    CHECK(of_kind(mentions_of("about 30 dlrs 750/1,000 ppt a/c Benham."), mention_kind::percentage_points).empty());
}

TEST_CASE("changes: direction, amount, from and to") {
    auto const all = mentions_of("Profit rose 12 percent to $4.5 billion from $3.6 billion.");
    auto const changes = of_kind(all, mention_kind::change);
    REQUIRE(changes.size() == 1);
    auto const& c = changes[0];
    CHECK(c.text == "rose 12 percent to $4.5 billion from $3.6 billion");
    CHECK(c.direction == 1);
    CHECK(*c.value == 12);
    REQUIRE(c.amount);
    REQUIRE(c.from);
    REQUIRE(c.to);
    CHECK(all[*c.to].text == "$4.5 billion");
    CHECK(all[*c.from].text == "$3.6 billion");
    CHECK(all[*c.amount].text == "12 percent");

    auto const fell = only("Trade fell by 11.6 percent and stood at $664 billion.", mention_kind::change);
    CHECK(fell.text == "fell by 11.6 percent");
    CHECK(*fell.value == doctest::Approx(-11.6));

    auto const down = only("Stocks were down 2.2 pct from the previous week.", mention_kind::change);
    CHECK(down.text == "down 2.2 pct");
    CHECK(down.direction == -1);

    auto const to_from = mentions_of("Output increased to 1.4 mln tonnes from 1.28 mln.");
    auto const inc = of_kind(to_from, mention_kind::change);
    REQUIRE(inc.size() == 1);
    CHECK(inc[0].direction == 1);
    CHECK(to_from[*inc[0].to].text == "1.4 mln tonnes");

    auto const bare = only("Prices went from 200 to 410.", mention_kind::change);
    CHECK(bare.direction == 1);
    CHECK(bare.text == "from 200 to 410");

    for (auto verb : {"jumped", "surged", "slumped", "plunged", "slipped", "edged up"}) {
        std::string const text = std::string("Sales ") + verb + " 4 percent.";
        INFO(text);
        auto const m = only(text, mention_kind::change);
        CHECK(m.direction == (std::string_view(verb) == "jumped" || std::string_view(verb) == "surged" ||
                                      std::string_view(verb) == "edged up"
                                  ? 1
                                  : -1));
    }
    auto const noun = only("a 26-percent rise in sales", mention_kind::change);
    CHECK(noun.direction == 1);
    CHECK(noun.text == "a 26-percent rise");

    // "from 1991 to 1997" is a span of years, not a change from 1,991 to 1,997; a change before
    // it keeps its amount. Figures with a unit, or a fall, stay changes.
    auto const span = mentions_of("He was found guilty at least twice from 1991 to 1997.");
    CHECK(of_kind(span, mention_kind::change).empty());
    auto const years = of_kind(span, mention_kind::year);
    REQUIRE(years.size() == 2);
    CHECK(years[0].text == "1991");
    CHECK(years[1].text == "1997");
    CHECK(only("Sales will rise 20 pct from 1986 to 1990.", mention_kind::change).text == "rise 20 pct");
    CHECK(of_kind(mentions_of("Sales will rise 20 pct from 1986 to 1990."), mention_kind::year).size() == 2);
    CHECK(only("Output rose from 1850 to 1920 tonnes.", mention_kind::change).text == "rose from 1850 to 1920 tonnes");
    CHECK(only("The index fell to 1850 from 1920.", mention_kind::change).direction == -1);
    // "rose 2 to 3 pct": one amount given as a range (the unit is the second figure's); "rose 2
    // to 45" and "rose 2 to 45 dlrs" are rises to a new level.
    auto const ranged = only("Prices rose 2 to 3 pct.", mention_kind::change);
    CHECK(*ranged.value == doctest::Approx(2.5));
    CHECK(ranged.unit == "%");
    CHECK(!ranged.to);
    CHECK(ranged.range->low == doctest::Approx(1.5));
    CHECK(ranged.range->high == doctest::Approx(4));
    CHECK(only("Barrows rose 1.00 to 2.00 dlrs in active trade.", mention_kind::change).unit == "USD");
    CHECK(only("Shares rose 2 to 45.", mention_kind::change).to);
    CHECK(only("Shares rose 2 to 45 dlrs.", mention_kind::change).to);
    // A verb with "up" or "down" that is no rise or fall: the figure stays, the change goes.
    for (char const* text :
         {"Proceeds will help pay down 350 mln dlrs of debt.", "The Bank took up 600 billion lire.",
          "Exports made up 40 pct of sales.", "The debt was written down two years ago.",
          "You could not scrape up one mln barrels a day.", "Debt service eats up 14 cents of every dollar.",
          "Texaco offered to put up one billion dlrs in a letter of credit.",
          "It racked up another 1.4 billion dlrs in surplus."}) {
        INFO(text);
        auto const found = mentions_of(text);
        CHECK(of_kind(found, mention_kind::change).empty());
        CHECK(!found.empty());
    }
    // A gain in the accounts is a sum of money, not a rise; "a gain of 5 pct" and "gained 5 mln
    // dlrs" are rises.
    for (char const* text :
         {"Net includes gain 46 cts per share for the sale.", "Results include extraordinary gain of 1,035,000 dlrs.",
          "Loss 700,000 dlrs vs gain 307,000 dlrs in year."}) {
        INFO(text);
        auto const found = mentions_of(text);
        CHECK(of_kind(found, mention_kind::change).empty());
        CHECK(!of_kind(found, mention_kind::money).empty());
    }
    // What a value is called before it: "to a record", "to a seasonally adjusted (annual rate
    // of)", "from a revised", "a provisional"; the values are the change's.
    auto const record = only("Reserves rose to a record 51.73 billion dlrs from 49.1 billion.", mention_kind::change);
    REQUIRE(record.to);
    REQUIRE(record.from);
    CHECK(record.text == "rose to a record 51.73 billion dlrs from 49.1 billion");
    auto const adjusted =
        only("Starts fell 2.8 pct to a seasonally adjusted annual rate of 1.79 mln units.", mention_kind::change);
    REQUIRE(adjusted.to);
    CHECK(adjusted.text == "fell 2.8 pct to a seasonally adjusted annual rate of 1.79 mln units");
    CHECK(only("Claims fell by 4,000 to a seasonally adjusted 217,000.", mention_kind::change).to);
    CHECK(only("Credit grew to 22.24 billion dlrs from a revised 20.92 billion.", mention_kind::change).from);
    // (a possessive before a sum's sign: "down 50% from its $56.5 million start"; not before a count)
    CHECK(only("The film took $30.0 million, down 50% from its $56.5 million start.", mention_kind::change).from);
    CHECK(!only("Sales rose 12% from its 1,200 stores.", mention_kind::change).from);
    CHECK(*only("M-3 rose a provisional 1.2 pct in January.", mention_kind::change).value == doctest::Approx(1.2));
    // ... and after the new value's period ("in February from a revised 55,693").
    auto const revised =
        only("Stocks dropped to 45,870 tonnes in February from a revised 55,693 tonnes.", mention_kind::change);
    CHECK(revised.from);
    // "an estimated" stays the value's hedge.
    auto const estimated = mentions_of("Output fell to an estimated 270,400 tonnes.");
    REQUIRE(of_kind(estimated, mention_kind::number).size() == 1);
    CHECK(of_kind(estimated, mention_kind::number)[0].hedge == "estimated");
    // (as precise as it is told: 270,400 to the hundred, rounded or truncated)
    CHECK(of_kind(estimated, mention_kind::number)[0].range->low == doctest::Approx(270350));
    CHECK(of_kind(estimated, mention_kind::number)[0].range->high == doctest::Approx(270500)); // (or truncated)
    // "in the fall" is the season: no fall to 20 mln pounds.
    CHECK(of_kind(mentions_of("It will raise production in the fall to an annual rate of 20 mln pounds."),
                  mention_kind::change)
              .empty());
    CHECK(only("The fall to 3 pct from 4 pct surprised.", mention_kind::change).to);
    CHECK(only("Investors were rattled by the fall to $40 from $60.", mention_kind::change).from);
    // "to an annual rate of 3.5%" after a month's change in percent is another measure: no values
    auto const annual = only("Consumer prices rose 0.4% to an annual rate of 3.5% from 3.2%.", mention_kind::change);
    CHECK(!annual.to);
    CHECK(!annual.from);
    CHECK(only("Sales posted a gain of 5 pct.", mention_kind::change).direction == 1);
    CHECK(only("Sales gained 5 mln dlrs.", mention_kind::change).direction == 1);
    // ... but the mark (the currency) can go up, and so can what "was" or "closed".
    CHECK(only("Buying pushed the mark up 10 cents.", mention_kind::change).direction == 1);
    auto const marks =
        of_kind(mentions_of("Holdings stood at 43.3 billion marks, down from 49.1 billion."), mention_kind::change);
    REQUIRE(marks.size() == 1);
    CHECK(marks[0].direction == -1);
}

TEST_CASE("changes: a range set beside the range before it is no change ('to 4.75% to 5%, from 5.25% to 5.5%')") {
    auto const found =
        mentions_of("The Fed cut its rate by half a point to a range of 4.75% to 5%, from 5.25% to 5.5%.");
    auto const changes = of_kind(found, mention_kind::change);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].text == "cut its rate by half a point");
    // (a change from one value to another stays one: "from 5.25% to 5.5%" alone)
    CHECK(of_kind(mentions_of("The rate went from 5.25% to 5.5%."), mention_kind::change).size() == 1);
}

TEST_CASE("changes: an amount given as a range before a far base ('rise by $30 to $40 a tonne from $560')") {
    auto const found = mentions_of("Traders expect prices to rise by $30 to $40 a tonne from $560.");
    REQUIRE(of_kind(found, mention_kind::change).size() == 1);
    auto const at = static_cast<std::size_t>(
        std::find_if(found.begin(), found.end(),
                     [](numcheck::mention const& m) { return m.kind == mention_kind::change; }) -
        found.begin());
    numcheck::mention const& change = found[at];
    REQUIRE(change.amount);
    CHECK_FALSE(change.to);
    REQUIRE(change.from);
    numcheck::mention const& amount = found[*change.amount];
    CHECK(amount.text == "$30 to $40 a tonne");
    CHECK(amount.is_range);
    CHECK(amount.per == "tonne");
    CHECK(found[*change.from].text == "$560");
    CHECK(amount.parent == std::optional<std::size_t>(at));
    CHECK(found.size() == 3); // (the change, its amount and its base)
    // (a value the figure went to, near its base, stays one: "rose $30 to $40 from $10")
    auto const level = of_kind(mentions_of("Prices rose $30 to $40 from $10."), mention_kind::change);
    REQUIRE(level.size() == 1);
    CHECK(level[0].to);
}

TEST_CASE("changes: a year after the direction word is no amount ('lower 1986 earnings')") {
    for (char const* text :
         {"It also said lower 1986 earnings were due to losses.", "It forecast higher 1987 sales due to a backlog.",
          "Forecasters have revised down 1987 predictions.", "Myra Falls 1986 production was 44,000 ounces."}) {
        INFO(text);
        auto const found = mentions_of(text);
        CHECK(of_kind(found, mention_kind::change).empty());
        CHECK(of_kind(found, mention_kind::year).size() == 1);
    }
    // A rise of 1,986 has its comma.
    CHECK(*only("Sales rose 1,986 units.", mention_kind::change).value == doctest::Approx(1986));
    // A year after "over", "above", "below" or "under" is compared with, no count and no amount or
    // new value of a change: "3 pct above 1985", "an increase over 1986", "rose 5 pct to 1985 levels".
    for (char const* text :
         {"Net income was 106.9 mln dlrs, three pct below 1985.", "Output was 10.89 pct above 1985.",
          "It expects earnings per share to increase over 1986 levels.", "Sales rose 5 pct to 1985 levels.",
          "Volume showed a 34 pct rise over 1985 volume.", "It will be up slightly over 1986."}) {
        INFO(text);
        auto const found = mentions_of(text);
        CHECK(of_kind(found, mention_kind::year).size() == 1);
        for (auto const& m : of_kind(found, mention_kind::number)) CHECK(m.value != 1985.0);
        for (auto const& m : of_kind(found, mention_kind::number)) CHECK(m.value != 1986.0);
        for (auto const& m : of_kind(found, mention_kind::change)) {
            CHECK_FALSE(m.to.has_value());
            CHECK((!m.value || *m.value < 100));
        }
    }
    // A count keeps its comma, or is no year: "over 1,500 workers", "over 1500 workers".
    CHECK(*only("It had over 1,985 workers.", mention_kind::number).value == doctest::Approx(1985));
    CHECK(*only("It had over 1500 workers.", mention_kind::number).value == doctest::Approx(1500));
}

TEST_CASE("changes: a verb, its object and both values ('raised its prime rate to 7.75 pct from 7.50 pct')") {
    struct expected {
        char const* sentence;
        char const* text;
        int direction;
        double from, to;
    };
    for (auto const& e :
         {expected{"The bank raised its prime rate to 7.75 pct from 7.50 pct.",
                   "raised its prime rate to 7.75 pct from 7.50 pct", 1, 7.5, 7.75},
          {"It cut the working week to 35 hours from 38.5 hours.", "cut the working week to 35 hours from 38.5 hours",
           -1, 38.5, 35},
          {"He offered to raise the cash portion of its Viacom offer to 42 dlrs a share from 40.50 dlrs.",
           "raise the cash portion of its Viacom offer to 42 dlrs a share from 40.50 dlrs", 1, 40.5, 42},
          {"The board will reduce its stake from 52 pct to 22 pct.", "reduce its stake from 52 pct to 22 pct", -1, 52,
           22},
          {"Growth was revised downwards to 3.7 pct from 5.2 pct.", "revised downwards to 3.7 pct from 5.2 pct", -1,
           5.2, 3.7},
          {"It revised its forecast down to 2 pct from 3 pct.", "revised its forecast down to 2 pct from 3 pct", -1, 3,
           2},
          {"It revised its estimate to 750 mln stg from 700 mln stg.",
           "revised its estimate to 750 mln stg from 700 mln stg", 1, 700e6, 750e6}}) { // ("revised": the values tell)
        std::string const sentence = e.sentence;
        INFO(sentence);
        auto const all = mentions_of(e.sentence);
        auto const changes = of_kind(all, mention_kind::change);
        REQUIRE(changes.size() == 1);
        auto const& c = changes[0];
        CHECK(c.text == e.text);
        CHECK(c.direction == e.direction);
        REQUIRE(c.from);
        REQUIRE(c.to);
        CHECK(*all[*c.from].value == doctest::Approx(e.from));
        CHECK(*all[*c.to].value == doctest::Approx(e.to));
    }
    // Not these: no values, only one, a figure or a time inside the object (the year, "last year"
    // and "today's" stay mentions of their own), a verb of change after an adjective.
    for (char const* text :
         {"It raised its stake in the company to 15 pct.", "It raised 500 mln dlrs to finance the deal.",
          "It lowered its forecast for 1987 growth to 2.5 pct from 3.0 pct.",
          "The rate was cut last year to 12.20 from 12.75 pct.",
          "It revised its estimate of today's shortfall to 750 mln stg from 700 mln."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::change).empty());
    }
    // A verb of its own in the object, a verb that opens the sentence, a range after the object,
    // "up to" (a hedge): no change from the first word.
    for (char const* text :
         {"The tax cut pushed consumer spending to 3.1 pct from 2.5 pct.",
          "Reduced demand sent prices to 18 dlrs from 16 dlrs.",
          "The airline cut fares on tickets ranging from 99 to 299 dlrs.", "They cut up to 1,000 jobs from 5,000."}) {
        INFO(text);
        for (auto const& m : of_kind(mentions_of(text), mention_kind::change))
            CHECK_FALSE((m.text.starts_with("cut") || m.text.starts_with("Reduced")));
    }
    CHECK(of_kind(mentions_of("It cut its combined spending to 5 mln dlrs from 7 mln dlrs."), mention_kind::change)
              .size() == 1);
    // By a percentage or a fraction, without values: a change all the same ("cut rates by 25 basis
    // points", "have been cut by 50% since 1990", "was reduced by a third to £6bn"); by a count or
    // a sum it is what was cut or raised ("cut 500 jobs", "raised $2 billion", "by two to 15 pct").
    for (auto const& [text, said, amount] :
         {std::tuple{"The Fed cut rates by 25 basis points to a range of 4.25%-4.5%.", "cut rates by 25 basis points",
                     -0.25},
          std::tuple{"Emissions have been cut by 50% since 1990.", "cut by 50%", -50.0},
          std::tuple{"Net debt was reduced by a third to £6bn.", "reduced by a third to £6bn", -1.0 / 3},
          std::tuple{"GM plans to cut employment of salaried workers by 25 pct.",
                     "cut employment of salaried workers by 25 pct", -25.0},
          std::tuple{"The firm raised its prices by 5%.", "raised its prices by 5%", 5.0},
          std::tuple{"The council raised council tax by 4.99%.", "raised council tax by 4.99%", 4.99}}) {
        char const* const sentence = text; // (a copy: a lambda cannot capture a structured binding)
        INFO(sentence);
        auto const c = only(text, mention_kind::change);
        CHECK(c.text == said);
        CHECK(c.value == doctest::Approx(amount));
    }
    CHECK(only("Net debt was reduced by a third to £6bn.", mention_kind::change).to.has_value());
    // a multiple compared: "three times as many cars as", "five times higher than", "twice as high
    // as", "almost twice as many"; not "three times a week", "half as much again"
    for (auto const& [text, factor] : {std::pair{"There are three times as many cars as in 1990.", 3.0},
                                       std::pair{"Gas prices were five times higher than the long-term average.", 5.0},
                                       std::pair{"Inflation is twice as high as the target.", 2.0},
                                       std::pair{"It had half as many staff as Acme.", 0.5},
                                       std::pair{"The party won with almost twice as many votes as its rival.", 2.0},
                                       std::pair{"Trading was about 4.5 times higher than a year ago.", 4.5}}) {
        char const* const sentence = text; // (a copy: a lambda cannot capture a structured binding)
        INFO(sentence);
        CHECK(only(text, mention_kind::multiplier).value == doctest::Approx(factor));
    }
    for (char const* text : {"He works three times a week.", "At times, prices rose.",
                             "Rents now cost half as much again as the minimum wage."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::multiplier).empty());
    }
    for (char const* text : {"The firm cut 500 jobs.", "It raised $2 billion.", "Rates were cut by two to 15 pct.",
                             "It cut costs by $5m."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::change).empty());
    }
    // Market reports' ranges of changes: "0.02 cent lower to 0.25 higher" has no new level, no
    // change "lower to 0.25" (nor, after "from", "higher to 0.12").
    for (char const* text : {"Futures traded 0.02 cent lower to 0.25 higher in light dealings.",
                             "Bills were anywhere from three basis points lower to one basis point higher.",
                             "Prices slipped to trade 0.10 cent higher from 0.3 to 0.12 lower."}) {
        INFO(text);
        for (auto const& m : of_kind(mentions_of(text), mention_kind::change)) CHECK_FALSE(m.to.has_value());
    }
    CHECK(only("Prices closed lower to 15 dlrs.", mention_kind::change).to.has_value());
    CHECK(of_kind(mentions_of("Prices ended from 0.3 to 0.12 lower."), mention_kind::change).empty());
    // "higher than" after the new value compares it with something else: the change keeps it
    CHECK(only("Unemployment rose to 7.5 pct higher than forecast.", mention_kind::change).to.has_value());
    auto const fell = only("The adjusted surplus fell to 7.4 billion from 9.1 billion.", mention_kind::change);
    CHECK(fell.text == "fell to 7.4 billion from 9.1 billion");
    CHECK(fell.direction == -1);
}

TEST_CASE(
    "changes: a verb, its object, the amount and the new value ('cut its key rate by 50 basis points to 3.75%')") {
    auto const cut = only("The Bank of Canada cut its key rate by 50 basis points to 3.75%.", mention_kind::change);
    CHECK(cut.direction == -1);
    CHECK(cut.unit == "pp");
    CHECK(cut.to);
    CHECK(only("The rate was cut by 50bp to 4.75% in September.", mention_kind::change).direction == -1);
    CHECK(only("Argentina corn exports were also cut by 500,000 tonnes to 6.8 mln tonnes.", mention_kind::change)
              .direction == -1);
    // (a range of the amount, "by two to 15 pct", is no amount and new value)
    for (char const* text :
         {"It reduced its rates by two to 15 pct.", "It cut costs by $5 million to fund research."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::change).empty());
    }
}

TEST_CASE("changes: the amount before 'higher' or 'lower' at the new level ('settled 87 cents higher at $82.14')") {
    auto const brent = only("Brent crude settled 87 cents higher at $82.14 a barrel.", mention_kind::change);
    CHECK(brent.direction == 1);
    CHECK(brent.to);
    CHECK(only("Shares closed 3.5p lower at 412p.", mention_kind::change).direction == -1);
    CHECK(only("Gold ended $12 higher at $3,340.", mention_kind::change).direction == 1);
    CHECK(only("NTT shares ended 260,000 yen lower at 2.65 mln each.", mention_kind::change).direction == -1);
    CHECK(only("Gold opened 26 H.K. Dlrs higher at 3,930 H.K. Dlrs a tael.", mention_kind::change).direction == 1);
    CHECK(of_kind(mentions_of("It paid $12 up front at closing."), mention_kind::change).empty());
    CHECK(of_kind(mentions_of("It offered a 5% higher rate."), mention_kind::change).empty());
    CHECK(of_kind(mentions_of("Costs were 20% higher at 12 of the sites."), mention_kind::change).empty());
}

TEST_CASE("changes: the amount before 'up' or 'down' ('5.2 pct down on the year', '10.6 down at 1,979.0')") {
    struct example {
        char const* text;
        char const* change; // the change's text
        double value;       // its signed amount
        char const* to;     // its new value's text, "" when none
        char const* from;   // its old value's text, "" when none
    };
    for (auto const& e : std::initializer_list<example>{
             {"The February index was 0.2 pct up on January.", "0.2 pct up", 0.2, "", ""},
             {"Shares closed 12.2 pct down on the day.", "12.2 pct down", -12.2, "", ""},
             {"Domestic sales were 39 pct down at 3,267 units from 5,397, while",
              "39 pct down at 3,267 units from 5,397", -39, "3,267 units", "5,397"},
             {"At midday the FTSE 100 index was 10.6 down at 1,979.0.", "10.6 down at 1,979.0", -10.6, "1,979.0", ""},
             {"The index closed 297.05 points down at 22,919.54.", "297.05 points down at 22,919.54", -297.05,
              "22,919.54", ""},
             {"ACM shares finished 30 cents down at 8.40 dlrs.", "30 cents down at 8.40 dlrs", -0.30, "8.40 dlrs", ""},
             {"Yields were put at 3.2 mln tonnes, 16.7 to 22 pct down on last season.", "16.7 to 22 pct down", -19.35,
              "", ""}}) {
        INFO(e.text);
        auto const found = mentions_of(e.text);
        auto const changes = of_kind(found, mention_kind::change);
        REQUIRE(changes.size() == 1);
        CHECK(changes[0].text == e.change);
        CHECK(*changes[0].value == doctest::Approx(e.value));
        CHECK((changes[0].to ? found[*changes[0].to].text : std::string()) == e.to);
        CHECK((changes[0].from ? found[*changes[0].from].text : std::string()) == e.from);
    }
    // Not a change: a count before "up" ("3,000 tonnes up at"), "up" or "down" before another word,
    // a percentage before "up from" another one (a level: "was 4.5 pct up from 4.2 pct" is read by
    // the "up from" change alone).
    for (char const* text : {"It loaded 3,000 tonnes up at the port.", "They were 5 pct down the line.",
                             "Prices were 10 up and 2 down."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::change).empty());
    }
    auto const level = of_kind(mentions_of("Inflation was 4.5 pct up from 4.2 pct."), mention_kind::change);
    REQUIRE(level.size() == 1);
    CHECK(level[0].text == "up from 4.2 pct");
}

TEST_CASE("two figures joined by 'and' or 'or' share the unit said after the second") {
    struct example {
        char const* text;
        char const* first; ///< the first figure's mention text
        mention_kind kind;
        double value;
        char const* unit;
    };
    for (auto const& e : std::initializer_list<example>{
             {"Sales rose 10 and 17 pct respectively.", "10", mention_kind::percent, 10, "%"},
             {"Parana 55 and 63 pct respectively.", "55", mention_kind::percent, 55, "%"},
             {"It could slip to 95 or 90 pct.", "95", mention_kind::percent, 95, "%"},
             {"They fell 50 and 40 basis points, respectively.", "50", mention_kind::percentage_points, 0.5, "pp"},
             {"Denominations are 1,000 and 10,000 dlrs.", "1,000", mention_kind::money, 1000, "USD"},
             {"They ended at 41.75 and 51 dlrs on late support.", "41.75", mention_kind::money, 41.75, "USD"},
             {"It could require aid of 700 or 800 mln dlrs.", "700", mention_kind::money, 7e8, "USD"},
             {"It shows deficits at 2.09 billion and 1.722 billion dlrs.", "2.09 billion", mention_kind::money, 2.09e9,
              "USD"},
             {"It rose 5 and 6 cents.", "5", mention_kind::money, 0.05, "USD"},
             {"Stocks were unchanged at 178 and 210 mln tonnes.", "178", mention_kind::number, 1.78e8, "tonnes"},
             // a list: every figure before the last shares its unit, with or without the last comma
             {"They earned 10.8, 1.7 and 2.3 billion euros.", "10.8", mention_kind::money, 10.8e9, "EUR"},
             {"They earned 10.8, 1.7, and 2.3 billion euros.", "1.7", mention_kind::money, 1.7e9, "EUR"},
             {"It made 10.8 billion, 1.7 billion and 2.3 billion euros.", "10.8 billion", mention_kind::money, 10.8e9,
              "EUR"},
             {"Inflation was 0.5, 0.6 and 0.7 pct respectively.", "0.5", mention_kind::percent, 0.5, "%"},
             // a list of sums with their signs, the scale said after the last
             {"It was $4.2, $2.9 and $1.5 billion, respectively.", "$4.2", mention_kind::money, 4.2e9, "USD"},
             {"It was $4.2 and $1.5 billion.", "$4.2", mention_kind::money, 4.2e9, "USD"},
         }) {
        INFO(e.text);
        auto const found = mentions_of(e.text);
        auto const first = std::find_if(found.begin(), found.end(), [&](auto const& m) { return m.text == e.first; });
        REQUIRE(first != found.end());
        CHECK(first->kind == e.kind);
        REQUIRE(first->value);
        CHECK(*first->value == doctest::Approx(e.value));
        CHECK(first->unit == e.unit);
    }
    // Not of one order ("205,000 shares, or 12.8 pct" is a restatement; "or" joins alternatives
    // within twice of each other), a year, a count without a scale, a unit after the first already.
    for (auto const& [text, first] : std::initializer_list<std::pair<char const*, std::string_view>>{
             {"It had 205,000 or 12.8 pct of the shares.", "205,000"},
             {"It rose 10 or 25 pct.", "10"},
             {"It rose 2 and 40 pct.", "2"},
             {"It grew in 1986 and 5 pct in 1987.", "1986"},
             {"Output was 30 and 36 tonnes.", "30"},
             // (two figures with a comma and "and": two clauses, not a list)
             {"The rate was 1.2403, and 0.4392 sterling was paid.", "1.2403"}}) {
        char const* const phrase = text;
        INFO(phrase);
        std::size_t seen = 0;
        for (auto const& m : mentions_of(text)) {
            if (!m.text.ends_with(first)) continue;
            ++seen;
            CHECK(m.unit.empty());
            CHECK(m.kind != mention_kind::percent);
            CHECK(m.kind != mention_kind::money);
        }
        CHECK(seen >= 1);
    }
    // (units named by their numbers are labels: "Units 5 and 6 reactors", "Unit 3 and Unit 4 produced")
    for (char const* const text : {"Units 5 and 6 reactors.", "Unit 3 and Unit 4 produced 8.3 TWh and 7.9 TWh."})
        for (auto const& m : mentions_of(text)) {
            INFO(text);
            CHECK(m.text != "5");
            CHECK(m.text != "3");
            CHECK(m.text != "4");
        }
    CHECK(only("It ranged between 40 and 45 mln acres.", mention_kind::number).is_range);
    // not a change's new value: the next clause begins with the second figure
    auto const traded = mentions_of("The stock rose 3 to 45 and 50 mln shares changed hands.");
    auto const level = std::find_if(traded.begin(), traded.end(), [](auto const& m) { return m.text == "45"; });
    REQUIRE(level != traded.end());
    CHECK(level->unit.empty());
    CHECK(*level->value == 45);
    auto const closed = mentions_of("The index closed at 834 and 150 mln shares changed hands.");
    auto const index = std::find_if(closed.begin(), closed.end(), [](auto const& m) { return m.text == "834"; });
    REQUIRE(index != closed.end());
    CHECK(index->unit.empty());
}

TEST_CASE("dealers' ranges and grain prices: '5.63-65 pct', '137.80-85 yen', '2.88-1/4 dlrs'") {
    // the high end's last digits after the dash (at least two, no more than the decimals)
    auto const bills = only("An average rate of 5.63-65 pct is expected.", mention_kind::percent);
    CHECK(bills.text == "5.63-65 pct");
    CHECK(bills.is_range);
    CHECK(*bills.value == doctest::Approx(5.64));
    CHECK(bills.range->high == doctest::Approx(5.66));
    CHECK(*only("It bought dollars at 137.80-85 yen.", mention_kind::money).value == doctest::Approx(137.825));
    CHECK(*only("It was at about 1.7770-80 marks.", mention_kind::money).value == doctest::Approx(1.7775));
    // one carried into the digit before the last ones: 1.7795 to 1.7805
    auto const carried = only("The mark traded at 1.7795-05 marks.", mention_kind::money);
    CHECK(*carried.value == doctest::Approx(1.78));
    CHECK(carried.range->high < 1.781);
    // not when the digits could be the high end itself
    CHECK(*only("It is 1.5-2 mln.", mention_kind::number).value == doctest::Approx(1.75e6));
    CHECK(*only("Rates of 3.1-5 pct.", mention_kind::percent).value == doctest::Approx(4.05));
    CHECK(*only("Yields of 16.42-16.45 pct.", mention_kind::percent).value == doctest::Approx(16.435));
    // a fraction of the last decimal place: cents and eighths of a cent
    auto const wheat = only("May settled at 2.88-1/4 dlrs per bushel.", mention_kind::money);
    CHECK(wheat.text == "2.88-1/4 dlrs per bushel");
    CHECK(*wheat.value == doctest::Approx(2.8825));
    CHECK(*only("November was at 5.04-3/4.", mention_kind::number).value == doctest::Approx(5.0475));
    // ("8-5/8": a whole number and a fraction, as before)
    CHECK(*only("the 8-5/8 pct notes", mention_kind::percent).value == doctest::Approx(8.625));
}

TEST_CASE("money: 'a billion dlrs', and the misspellings of Reuters copy ('bilion', 'dls')") {
    for (auto const& [text, value] :
         std::initializer_list<std::pair<char const*, double>>{{"Reserves are still over a billion dlrs.", 1e9},
                                                               {"Congress approved a trillion dollar budget.", 1e12},
                                                               {"It is worth 3.5 bilion dlrs.", 3.5e9},
                                                               {"Sales were about six mln dls in 1986.", 6e6}}) {
        char const* const phrase = text;
        INFO(phrase);
        auto const m = only(text, mention_kind::money);
        CHECK(m.unit == "USD");
        CHECK(*m.value == doctest::Approx(value));
    }
    // (as "one billion dlrs": the last word stated counts)
    auto const billion = only("Inflows totalled a billion dlrs.", mention_kind::money);
    CHECK(billion.range->low == doctest::Approx(0.5e9));
    CHECK(of_kind(mentions_of("A million people came."), mention_kind::money).empty());
}

TEST_CASE("money: cents of a named currency; whole units and cents only of one currency") {
    auto const cad = only("It raised prices 32 Canadian cts a barrel.", mention_kind::money);
    CHECK(cad.text == "32 Canadian cts a barrel");
    CHECK(cad.unit == "CAD");
    CHECK(*cad.value == doctest::Approx(0.32));
    CHECK(cad.hundredths);
    CHECK(only("The rand stays at 48 U.S. Cents.", mention_kind::money).unit == "USD");
    // "and" between two sums in hundredths is no "dollars and cents"
    for (char const* text : {"Gains were 29 cts and 71 cts per share, respectively.",
                             "It costs 37 U.S. cents and 50 Canadian cents a pound."}) {
        INFO(text);
        auto const sums = of_kind(mentions_of(text), mention_kind::money);
        REQUIRE(sums.size() == 2);
        CHECK(*sums[0].value < 0.5);
        CHECK(*sums[1].value > 0.49);
    }
    CHECK(*only("It paid thirteen dollars and forty-five cents.", mention_kind::money).value == doctest::Approx(13.45));
    CHECK(*only("It cost 2 dlrs and 50 cents.", mention_kind::money).value == doctest::Approx(2.5));
    auto const dollars = only("It sold 13 Canadian dollars and 45 cents worth.", mention_kind::money);
    CHECK(dollars.unit == "CAD");
    CHECK(*dollars.value == doctest::Approx(13.45));
}

TEST_CASE("changes: a company that 'lost 168.4 mln dlrs' made a loss, a sum; prices and rates that lost fell") {
    for (char const* text : {"In 1985, the company lost 168.4 mln dlrs, or 12.27 dlrs a share.",
                             "Omnilab was losing about 140,000 dlrs a quarter.",
                             "The bank lost 600 mln crowns in a shipping firm bankruptcy."}) {
        INFO(text);
        auto const found = mentions_of(text);
        CHECK(of_kind(found, mention_kind::change).empty());
        CHECK_FALSE(of_kind(found, mention_kind::money).empty());
    }
    CHECK(only("Chinese Estates lost 25 cents to 20.15 dlrs.", mention_kind::change).direction == -1);
    CHECK(only("The peso lost 22.2 pct in value.", mention_kind::change).direction == -1);
    CHECK(only("Gold lost 2.50 dlrs an ounce.", mention_kind::change).direction == -1);
    CHECK(only("NTT shares lost 50,000 yen.", mention_kind::change).direction == -1); // (a price in yen)
    // "shed" as "lost": a fall of a price or an index, a cut in jobs
    CHECK(only("Wellcome shed 23p to 397.", mention_kind::change).direction == -1);
    CHECK(only("The index shed 1.2% to 2,082.1.", mention_kind::change).direction == -1);
    CHECK(only("The industry has shed 240,000 jobs this decade.", mention_kind::change).direction == -1);
}

TEST_CASE("changes: a figure that names a time is no value ('rallied to 10-year highs', 'from 3 to 7 November')") {
    for (char const* text : {"Sterling rallied to 10-year highs.", "Yields fell to two-year lows on Friday.",
                             "Bonds rose to 4-month highs from 2-week lows.",
                             // a span of days, a time of day
                             "The conference runs from 3 to 7 November.", "Shares fell sharply from 11 a.m. to 2 p.m.",
                             "Demand rose from 6pm to 9pm."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::change).empty());
    }
    auto const found = mentions_of("Output rose to 1.5-2.0 mln tonnes from 1.2 mln.");
    auto const changes = of_kind(found, mention_kind::change);
    REQUIRE(changes.size() == 1);
    REQUIRE(changes[0].to);
    CHECK(found[*changes[0].to].text == "1.5-2.0 mln tonnes");
}

TEST_CASE("changes: 'from X to Y' after 'range', 'ranged', 'varied' is a range of values, no change") {
    for (char const* text : {"Prices ranged from 97.169 to 97.189.", "Estimates range from five dlrs to 7.80 dlrs.",
                             "New prices would range from 31 U.S. cts a pound to about 38 cts.",
                             "Maturities ranging from one to six months.", "Yields varied from 6.20 to 7-3/4 pct."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::change).empty());
    }
    CHECK(only("Prices rose from 15 to 17.", mention_kind::change).text == "rose from 15 to 17");
    CHECK(only("Output went from 1.6 mln to 1.4 mln tonnes.", mention_kind::change).text ==
          "from 1.6 mln to 1.4 mln tonnes");
}

TEST_CASE("money: a sum before a noun is a sum, not a count of that noun ('its 89.7 mln sterling investment')") {
    for (auto const& [text, sum, currency] : std::initializer_list<std::tuple<char const*, char const*, char const*>>{
             {"It sold its 89.7 mln sterling investment in the group.", "89.7 mln sterling", "GBP"},
             {"Austria is making a two billion schilling issue of notes.", "two billion schilling", "ATS"},
             {"It expects to beat the 181.5 mln schilling net profit made in 1986.", "181.5 mln schilling", "ATS"}}) {
        // (INFO captures in a lambda, and clang 14 cannot capture a structured binding)
        char const* const phrase = text;
        INFO(phrase);
        auto const found = mentions_of(text);
        CHECK(of_kind(found, mention_kind::number).empty());
        auto const m = only(text, mention_kind::money);
        CHECK(m.text == sum);
        CHECK(m.unit == currency);
    }
}

TEST_CASE(
    "numbers: a plural fraction before any word; a ratio is no figure ('nearly two-thirds were', 'two-for-one')") {
    for (char const* text : {"Of the issues, nearly two-thirds were for maturities.",
                             "Of which nearly two thirds were in the United States."}) {
        INFO(text);
        auto const m = only(text, mention_kind::number);
        CHECK(*m.value == doctest::Approx(2.0 / 3));
        CHECK(m.hedge == "nearly");
    }
    for (char const* text : {"Its board declared a two-for-one stock split.", "By better than a three-to-one ratio.",
                             "Results reflect a 3-for-2 split paid in January."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::number).empty());
    }
}

TEST_CASE("money: the scale joined by a hyphen ('a 36-mln-dlr contract', 'a 25-mln dlr platform')") {
    for (auto const& [text, sum, value] : std::initializer_list<std::tuple<char const*, char const*, double>>{
             {"It won a 36-mln-dlr contract from the Army.", "36-mln-dlr", 36e6},
             {"Chevron said a 25-mln dlr platform was launched.", "25-mln dlr", 25e6},
             {"Brazil's 108-billion-dlr foreign debt", "108-billion-dlr", 108e9},
             {"to win a 2.5-billion guilder helicopter order", "2.5-billion guilder", 2.5e9},
             {"its 1981 two-billion-dlr takeover", "two-billion-dlr", 2e9},
             {"a Bank of England one-billion stg tap issue", "one-billion stg", 1e9},
             {"this 1.93-billion-mark rise", "1.93-billion-mark", 1.93e9},
             {"on revenues of 58 mlns dlrs.", "58 mlns dlrs", 58e6},
             {"a budget of 2 trln yen.", "2 trln yen", 2e12}}) {
        // (INFO captures in a lambda, and clang 14 cannot capture a structured binding)
        char const* const phrase = text;
        INFO(phrase);
        auto const m = only(text, mention_kind::money);
        CHECK(m.text == sum);
        CHECK(*m.value == doctest::Approx(value));
    }
    CHECK(*only("a 1.6-mln strong union", mention_kind::number).value == doctest::Approx(1.6e6));
    // "a half-mln tonnes" is half a million, not a half.
    CHECK(*only("It cut a half-mln tonnes over the year.", mention_kind::number).value == doctest::Approx(5e5));
    // The counted noun joined by a hyphen too: "a 1.5-mln-tonne crop".
    auto const crop = only("a 1.5-mln-tonne crop", mention_kind::number);
    CHECK(crop.unit == "tonne");
    CHECK(*crop.value == doctest::Approx(1.5e6));
    CHECK(of_kind(mentions_of("the 2400-mark level"), mention_kind::money).empty());
}

TEST_CASE("numbers: a company's shares counted with its name between ('42.5 mln Encor shares')") {
    for (auto const& [text, count] : std::initializer_list<std::pair<char const*, char const*>>{
             {"Dome has pledged its 42.5 mln Encor shares as security.", "42.5 mln Encor shares"},
             {"Harris said it sold a net 108,666 Triad common shares in March.", "108,666 Triad common shares"},
             {"It bought 1.9 mln Supermarkets General shares.", "1.9 mln Supermarkets General shares"},
             {"An initial offering of 750,000 Class A common shares is under way.", "750,000 Class A common shares"}}) {
        // (INFO captures in a lambda, and clang 14 cannot capture a structured binding)
        char const* const phrase = text;
        INFO(phrase);
        auto const m = only(text, mention_kind::number);
        CHECK(m.text == count);
        CHECK(m.unit == "shares");
    }
    // Not a name: a month, a weekday, a capitalised noun ("Encor Shares" is a name), a year.
    CHECK(only("It issued 500 March shares.", mention_kind::number).unit.empty());
    CHECK(only("It sold 100 Encor Shares Ltd units.", mention_kind::number).unit.empty());
    CHECK(only("In 1987 Encor shares rose.", mention_kind::year).text == "In 1987");
}

TEST_CASE("numbers: a time of day is no figure and no year ('At 1141 GMT', '1700 hrs local time'), nor a name ('the "
          "Group of Seven')") {
    for (char const* text : {"The Group of Seven met in Paris.", "Finance ministers of the Group of Five agreed.",
                             "The quake struck at 9:40 A.M. (0040 GMT).", "It begins at 10 a.m. EDT on Thursday.",
                             "The session runs from 6:00 to 9:00 P.M. Chicago time.", "It closed at 5 pm.",
                             "Polls closed at 7 p.m. ET on Tuesday.", "The offer runs to 5 p.m. New York time.",
                             "The talks last until 6 p.m. (2200 gmt)."})
        CHECK(of_kind(mentions_of(text), mention_kind::number).empty());
    CHECK(only("A group of seven investors bought it.", mention_kind::number).unit == "investors");
    CHECK(only("TAIWAN SALE OF TWO SHIPS COMPLETED.", mention_kind::number).value == 2); // a headline
    // no counted noun: an adverb, a pronoun, a preposition or a verb after the figure
    CHECK(only("The three most important issues remain.", mention_kind::number).unit.empty());
    CHECK(only("It missed a payment of 71.25 mln due on September 29.", mention_kind::number).unit.empty());
    CHECK(only("The seven seem to agree.", mention_kind::number).unit.empty());
    CHECK(of_kind(mentions_of("They competed with one another."), mention_kind::number).empty());
    for (char const* text :
         {"At 1141 GMT the index was firm.", "Talks resume at 2000 GMT today.", "It closes at 1330 local time.",
          "The session starts at 0930 EST.", "Trading ends at 1500 hrs.", "Polls close at 1930 UTC on Saturday.",
          "Talks resumed at 1545 AEST.", "The ban starts at 2000 IST.", "Markets open at 0930 Beijing time.",
          "Troops moved at 2100 hours.", "The meeting starts at 12 noon.", "The bells ring at 8 o'clock.",
          "He left at 12 midnight."}) {
        INFO(text);
        auto const found = mentions_of(text);
        CHECK(of_kind(found, mention_kind::number).empty());
        CHECK(of_kind(found, mention_kind::year).empty());
        CHECK(of_kind(found, mention_kind::duration).empty());
    }
    // two times of day: no year, no count, no change between them
    for (char const* text : {"Bond futures trade from 0800 to 1400 CST.", "Trading runs from 1800 to 2100 hrs.",
                             "Traffic rose 20% from 0600 to 0900 hours.", "It is open 0600-0900 GMT daily."}) {
        INFO(text);
        auto const found = mentions_of(text);
        CHECK(of_kind(found, mention_kind::year).empty());
        CHECK(of_kind(found, mention_kind::duration).empty());
        for (auto const& m : of_kind(found, mention_kind::change)) CHECK(!m.from);
        CHECK(of_kind(found, mention_kind::number).empty());
    }
    // ("ran for 2100 hours": a duration)
    CHECK(only("The engine ran for 2100 hours.", mention_kind::duration).text == "2100 hours");
    // Not times of day: a year that cannot be one, a count.
    CHECK(only("The 1986 GMT results were firm.", mention_kind::year).text == "1986");
    CHECK(only("It sold 1200 tonnes at noon.", mention_kind::number).text == "1200 tonnes");
}

TEST_CASE("dates: a month before a decimal is a table of monthly figures, not a day") {
    auto const found = mentions_of("Soybean oil prev 3.7, Feb 21.1, Mar nil, Apr 2.0, May 9.0, Jun 13.0.");
    CHECK(of_kind(found, mention_kind::date).empty());
    CHECK(of_kind(found, mention_kind::number).size() == 5);
    CHECK(only("The offer expires May 9.", mention_kind::date).time_value == "XXXX-05-09");
}

TEST_CASE("periods: a month before a figure with thousands ('in late April 7,500,000 shares')") {
    auto const found = mentions_of("It plans to offer in late April 7,500,000 shares.");
    REQUIRE(of_kind(found, mention_kind::period).size() == 1);
    CHECK(of_kind(found, mention_kind::period)[0].text == "in late April");
    CHECK(of_kind(found, mention_kind::number)[0].text == "7,500,000 shares");
    CHECK(only("In April 7 people died.", mention_kind::date).text == "April 7");
}

TEST_CASE("changes: 'from 1985' is the year a change is measured from, not its old value") {
    char const* const text = "Profits were 1.79 billion francs for 1986, up 2.2 pct from 1985, while turnover fell.";
    auto const change = only(text, mention_kind::change, numcheck::calendar_date{1987, 3, 1});
    CHECK(change.text == "up 2.2 pct");
    CHECK(!change.from);
    CHECK(only(text, mention_kind::comparison, numcheck::calendar_date{1987, 3, 1}).text == "from 1985");
    // Not after anything but a change; not a year after the reference date's.
    CHECK(of_kind(mentions_of("Data from 1985 show it."), mention_kind::comparison).empty());
    CHECK(of_kind(mentions_of("Output will be 7,000 the first year, rising to 15,000 from 1990.",
                              numcheck::calendar_date{1987, 3, 1}),
                  mention_kind::comparison)
              .empty());
    // Nor a year as a change's old or new value.
    auto const orders =
        only("Orders decreased by three pct to 6.2 billion marks from 1985, it said.", mention_kind::change);
    CHECK(!orders.from);
    CHECK(orders.to);
}

TEST_CASE("changes: every way a value can begin after the verb, 'to' and 'from'") {
    // The change grammar looks at the first letters of the word after its verb, "to" and "from"
    // before trying the percentage, money and number grammars there: each first word they accept
    // must pass.
    struct example {
        char const* text;
        char const* change;
        double value;
    };
    for (auto const& e : std::initializer_list<example>{
             {"Sales rose about 5 pct.", "rose about 5 pct", 5},
             {"Sales rose more than 5 pct.", "rose more than 5 pct", 5},
             {"Sales rose nearly five pct.", "rose nearly five pct", 5},
             {"Sales rose twenty-five percent.", "rose twenty-five percent", 25},
             {"Sales rose eleven percent.", "rose eleven percent", 11},
             {"Sales rose a third.", "rose a third", 1.0 / 3},
             {"Sales rose one third.", "rose one third", 1.0 / 3},
             {"Sales rose half a percentage point.", "rose half a percentage point", 0.5},
             {"The rate rose a quarter point.", "rose a quarter point", 0.25},
             {"The rate rose three-quarter point.", "rose three-quarter point", 0.75},
             {"Sales rose by a dozen.", "rose by a dozen", 12},
             {"Profit rose USD 5 mln.", "rose USD 5 mln", 5e6},
             {"Profit rose Rs 500 crore.", "rose Rs 500 crore", 5e9},
             {"Profit rose HK$ 5 mln.", "rose HK$ 5 mln", 5e6},
             {"Profit rose US$5 mln.", "rose US$5 mln", 5e6},
             {"Profit rose \u20ac5 mln.", "rose \u20ac5 mln", 5e6},
             {"Profit rose $.5 mln.", "rose $.5 mln", 5e5},
             {"Profit rose .5 pct.", "rose .5 pct", 0.5},
             {"The index fell minus 3 points to 10.", "fell minus 3 points to 10", -3},
             {"Sales rose by 634p.", "rose by 634p", 6.34},
         }) {
        INFO(e.text);
        auto const m = only(e.text, mention_kind::change);
        CHECK(m.text == e.change);
        REQUIRE(m.value);
        CHECK(std::abs(*m.value) == doctest::Approx(std::abs(e.value)));
    }
    auto const to = mentions_of("Output rose to nearly two million from about half a million.");
    auto const rose = of_kind(to, mention_kind::change);
    REQUIRE(rose.size() == 1);
    REQUIRE(rose[0].to);
    REQUIRE(rose[0].from);
    CHECK(to[*rose[0].to].text == "nearly two million");
    CHECK(to[*rose[0].from].text == "about half a million");
    // No value after the verb: no change ("rose in the morning", "fell sharply on news").
    CHECK(of_kind(mentions_of("The sun rose in the morning."), mention_kind::change).empty());
    CHECK(of_kind(mentions_of("Shares fell sharply on the news."), mention_kind::change).empty());
}

TEST_CASE("changes: the period of the new value between it and its old one") {
    // "to X in April from Y in March": the old value is still the change's.
    auto const all = mentions_of("Unemployment fell to 3.9% in April from 4.1% in March.");
    auto const changes = of_kind(all, mention_kind::change);
    REQUIRE(changes.size() == 1);
    REQUIRE(changes[0].to);
    REQUIRE(changes[0].from);
    CHECK(all[*changes[0].to].text == "3.9%");
    CHECK(all[*changes[0].from].text == "4.1%");
    CHECK(all[*changes[0].from].parent);
    // Two periods may stand there; the figure must be of the same kind and follow "from".
    auto const two = mentions_of("Imports rose to $5 billion last year in 2023 from $4 billion.");
    auto const rose = of_kind(two, mention_kind::change);
    REQUIRE(rose.size() == 1);
    REQUIRE(rose[0].from);
    CHECK(two[*rose[0].from].text == "$4 billion");
    // (the whole of a percentage before its period: "of the labour force in March from")
    auto const whole = mentions_of("Unemployment fell to 2.03 pct of the labour force in March from 2.37 pct.");
    REQUIRE(of_kind(whole, mention_kind::change).size() == 1);
    REQUIRE(of_kind(whole, mention_kind::change)[0].from);
    CHECK(whole[*of_kind(whole, mention_kind::change)[0].from].text == "2.37 pct");
    auto const comma = mentions_of("Unemployment fell to 3.9% in April, from 4.1% in March.");
    REQUIRE(of_kind(comma, mention_kind::change).size() == 1);
    CHECK(of_kind(comma, mention_kind::change)[0].from);
    for (char const* text : {"Unemployment fell to 3.9% in April from the 4.1% of March.",
                             "Prices rose to $5 in April from 300 units.", "Prices rose to $5 in April, 4.1% from"}) {
        INFO(text);
        auto const found = mentions_of(text);
        for (auto const& c : of_kind(found, mention_kind::change)) CHECK_FALSE(c.from);
    }
    // A reported period's span before the month it ends ("in the year to June 2025"), the same
    // period a year back after the old value, a dated base after a rate's basis, and a noun's
    // measure after "in".
    numcheck::calendar_date const may{2026, 5, 14};
    for (auto const& example :
         {std::pair{"Revenue rose 11 per cent to £412m in the year to June 2025, from £371m.", "£371m"},
          {"It reported an 8.6 per cent rise in net profit to Rs 12,450 crore for the January-March quarter, from Rs "
           "11,657 crore in the same quarter last year.",
           "Rs 11,657 crore"},
          {"It had 5.3 million visitors, up 7% year on year from 4.95 million in December 2024.", "4.95 million"},
          {"The group posted a 12% fall in operating profit to £3.4bn from £3.9bn.", "£3.9bn"}}) {
        INFO(example.first);
        auto const found = mentions_of(example.first, may);
        auto const change = of_kind(found, mention_kind::change);
        REQUIRE(change.size() == 1);
        REQUIRE(change[0].from);
        CHECK(found[*change[0].from].text == example.second);
    }
    // (not a month's base a year back without "the same", nor a noun's object without values)
    auto const month = mentions_of("Sales rose to $5 billion in March, from $4 billion in April last year.", may);
    CHECK_FALSE(of_kind(month, mention_kind::change)[0].from);
    CHECK(of_kind(mentions_of("It reported a 5% rise in sales to China."), mention_kind::change)[0].text ==
          "a 5% rise");
}

TEST_CASE("multipliers") {
    CHECK(*only("Profits doubled.", mention_kind::multiplier).value == 2);
    auto const all = mentions_of("Visitors tripled to 450 from 200.");
    auto const m = of_kind(all, mention_kind::multiplier);
    REQUIRE(m.size() == 1);
    CHECK(*m[0].value == 3);
    CHECK(all[*m[0].from].text == "200");
    CHECK(*only("The deficit halved.", mention_kind::multiplier).value == 0.5);
    CHECK(*only("a three-fold increase in cases", mention_kind::multiplier).value == 3);
    // the multiple in one word after "a": "a threefold increase", "a tenfold rise"
    CHECK(*only("a threefold increase in cases", mention_kind::multiplier).value == 3);
    CHECK(only("There was a tenfold rise to 9,400 from 2,100.", mention_kind::multiplier).text ==
          "a tenfold rise to 9,400 from 2,100");
    // a hedge between the verb and the multiple: a multiple, not a change of nine
    auto const hedged = mentions_of("Share prices have risen about nine-fold in 18 months.");
    REQUIRE(of_kind(hedged, mention_kind::multiplier).size() == 1);
    CHECK(of_kind(hedged, mention_kind::multiplier)[0].text == "risen about nine-fold");
    CHECK(of_kind(hedged, mention_kind::change).empty());
    // the base form before its values: a planned multiple ("plans to double output to X from Y")
    auto const planned = mentions_of("The company plans to double output to 500,000 tonnes from 300,000 tonnes.");
    REQUIRE(of_kind(planned, mention_kind::multiplier).size() == 1);
    CHECK(of_kind(planned, mention_kind::multiplier)[0].text == "double output to 500,000 tonnes from 300,000 tonnes");
    CHECK(*only("The city aims to halve emissions to 40 million tonnes.", mention_kind::multiplier).value == 0.5);
    CHECK(only("Revenue is expected to more than triple to $90 million.", mention_kind::multiplier).text ==
          "more than triple to $90 million");
    // ... or before a change of its own way that gives them ("would nearly triple, rising to X from Y")
    auto const rising = mentions_of("Sales would nearly triple, rising to $60 million from $30 million.");
    REQUIRE(of_kind(rising, mention_kind::multiplier).size() == 1);
    CHECK(of_kind(rising, mention_kind::multiplier)[0].text == "nearly triple");
    CHECK(of_kind(rising, mention_kind::change).size() == 1);
    // ... and without values it is no change: an adjective, a noun, a verb with no figure
    for (char const* text :
         {"It was a double murder.", "He hit a double, driving in two runs.", "The room is a double, facing the sea.",
          "Double-digit growth is expected.", "He hit a double to left field.", "The firm hopes to triple sales.",
          "It cut the price of its double cheeseburger to $2.49 from $3.19."})
        CHECK(of_kind(mentions_of(text), mention_kind::multiplier).empty());
}

TEST_CASE("years and periods") {
    struct expected {
        char const* text;
        char const* mention;
        char const* value;
        mention_kind kind;
    };
    for (auto const& e :
         {expected{"trade in 2022 fell", "in 2022", "2022", mention_kind::year},
          {"for fiscal 2023 the", "fiscal 2023", "FY2023", mention_kind::period},
          // (a fiscal year of two calendar years is the one it ends in)
          {"Sales in FY2024-25 rose", "FY2024-25", "FY2025", mention_kind::period},
          {"Sales in FY24/25 rose", "FY24/25", "FY2025", mention_kind::period},
          {"Sales in FY2024-26 rose", "FY2024", "FY2024", mention_kind::period},
          {"the 1986/87 crop", "the 1986/87", "1986/1987", mention_kind::period},
          {"25 pct more than in 1985/6.", "in 1985/6", "1985/1986", mention_kind::period},
          {"fund the period 1987-90, plus", "1987-90", "1987/1990", mention_kind::period},
          {"debts at end-1986 rose", "end-1986", "1986", mention_kind::year},
          {"supply rose in the year to end-April, raising", "end-April", "XXXX-04", mention_kind::period},
          {"in the 2022-23 season", "in the 2022-23 season", "2022/2023", mention_kind::period},
          {"reached 518,100 in the 2022-23 financial year, up", "in the 2022-23 financial year", "2022/2023",
           mention_kind::period},
          {"1.858 billion bushels in the 2024/25 marketing year, up", "in the 2024/25 marketing year", "2024/2025",
           mention_kind::period},
          {"in the 2023/24 year-on-year", "in the 2023/24", "2023/2024", mention_kind::period},
          {"to 9,936 in the first half of the fiscal year, from", "the first half of the fiscal year", "XXXX-H1",
           mention_kind::period},
          {"in the second quarter of its fiscal year.", "the second quarter of its fiscal year", "XXXX-Q2",
           mention_kind::period},
          {"in the first quarter of 2023 sales", "the first quarter of 2023", "2023-Q1", mention_kind::period},
          {"profit in Q3 rose", "Q3", "XXXX-Q3", mention_kind::period},
          {"the third quarter was", "the third quarter", "XXXX-Q3", mention_kind::period},
          {"than in the 1988 second quarter", "the 1988 second quarter", "1988-Q2", mention_kind::period},
          {"in April 2018 he", "in April 2018", "2018-04", mention_kind::period},
          {"since the 1990s the", "the 1990s", "199", mention_kind::period},
          // A part of a month or year is a mention of the whole (TimeML gives "late November" 1999-11).
          {"was rescued in late November off", "in late November", "XXXX-11", mention_kind::period},
          {"since early December the", "since early December", "XXXX-12", mention_kind::period},
          {"left at the beginning of October and", "the beginning of October", "XXXX-10", mention_kind::period},
          {"fell from the middle of October to", "from the middle of October", "XXXX-10", mention_kind::period},
          {"began to fall apart in mid-1996 when", "in mid-1996", "1996", mention_kind::year},
          {"set to open in early 1991 near", "in early 1991", "1991", mention_kind::year},
          {"due by the end of 2022 at", "the end of 2022", "2022", mention_kind::year},
          // "until", "through", "during" begin periods as "in" and "by" do.
          {"the plant stays shut until June and", "until June", "XXXX-06", mention_kind::period},
          {"in the 12 months through February, prices", "through February", "XXXX-02", mention_kind::period},
          {"sales fell during March.", "during March", "XXXX-03", mention_kind::period},
          {"in the October slaying of a doctor", "the October", "XXXX-10", mention_kind::period},
          {"job figures for January extended", "for January", "XXXX-01", mention_kind::period},
          {"shut down for most of August while", "of August", "XXXX-08", mention_kind::period},
          {"demand stagnated in the last quarter of 1986, would", "the last quarter of 1986", "1986-Q4",
           mention_kind::period},
          {"revenues from the last half of 1986 are", "the last half of 1986", "1986-H2", mention_kind::period},
          // the first or last months of a year: their span, or the quarter or half they make
          {"output rose in the first nine months of 1987 against", "the first nine months of 1987", "1987-01/1987-09",
           mention_kind::period},
          {"sales in the first three months of 1987 rose", "the first three months of 1987", "1987-Q1",
           mention_kind::period},
          {"in the last six months of 1986 it fell", "the last six months of 1986", "1986-H2", mention_kind::period},
          // ("final" as "last")
          {"up from the final three months of 2023, the", "the final three months of 2023", "2023-Q4",
           mention_kind::period},
          {"exports in the first 10 months of 1986 were", "the first 10 months of 1986", "1986-01/1986-10",
           mention_kind::period},
          {"money grew in the year to March, partly", "to March", "XXXX-03", mention_kind::period},
          {"a revision to December's figures", "December's", "XXXX-12", mention_kind::period},
          // A month that names the figures: "its March load factor", "May exports".
          {"the airline said its March load factor fell", "March", "XXXX-03", mention_kind::period},
          {"Unadjusted May unemployment totalled 1.9 mln", "May", "XXXX-05", mention_kind::period},
          // ... or the time of an event: "at its March meeting", "a June election"
          {"a dividend will be weighed at its June meeting.", "June", "XXXX-06", mention_kind::period},
          {"under OPEC's December agreement to cut output", "December", "XXXX-12", mention_kind::period},
          {"pressure to call a June election rose", "June", "XXXX-06", mention_kind::period},
          {"the lowest since the mid-1960s, the", "the mid-1960s", "196", mention_kind::period},
          {"reforms in the late 1970s, farmers", "the late 1970s", "197", mention_kind::period},
          {"as in the last half of the '80s, sales", "the last half of the '80s", "198", mention_kind::period},
          // Decades in words (after "the": "in their forties" is an age); centuries (TimeML's "19"
          // for the 20th), "the 1800s" a century but "the 2000s" a decade.
          {"the futility of it in the seventies.", "the seventies", "197", mention_kind::period},
          {"popular in the early nineties and", "the early nineties", "199", mention_kind::period},
          {"since the mid-eighties the", "the mid-eighties", "198", mention_kind::period},
          {"allies of the 19th century anarchist", "the 19th century", "18", mention_kind::period},
          {"well into the 21st century, the", "the 21st century", "20", mention_kind::period},
          {"a power by the early 21st century, he", "the early 21st century", "20", mention_kind::period},
          {"events of the twentieth century.", "the twentieth century", "19", mention_kind::period},
          {"in the twenty-first century it", "the twenty-first century", "20", mention_kind::period},
          {"a 19th-century mansion", "19th-century", "18", mention_kind::period},
          {"built in the 1800s by", "the 1800s", "18", mention_kind::period},
          {"sold in the early 1900s to", "the early 1900s", "19", mention_kind::period},
          {"a boom in the 2000s that", "the 2000s", "200", mention_kind::period},
          // Months that make a quarter or a half.
          {"sales in January-March rose", "in January-March", "XXXX-Q1", mention_kind::period},
          {"profit for the October-December quarter fell", "the October-December quarter", "XXXX-Q4",
           mention_kind::period},
          {"output between April and June this year rose", "between April and June", "XXXX-Q2", mention_kind::period},
          // (2026-12-07, field test h492: a hyphenated "to")
          {"the cap in the January-to-March quarter was", "the January-to-March quarter", "XXXX-Q1",
           mention_kind::period},
          {"exports in July-December 1986 rose", "in July-December 1986", "1986-H2", mention_kind::period},
          {"growth in the January/March period was", "the January/March period", "XXXX-Q1", mention_kind::period},
          {"cut by 11 pct during the April/June quarter", "the April/June quarter", "XXXX-Q2", mention_kind::period},
          // Other months joined by a hyphen, a slash or "between ... and": a span of months (one
          // across a new year when the last comes first; the year given is the last month's).
          {"Exports rose in the February-April period, the", "the February-April period", "XXXX-02/XXXX-04",
           mention_kind::period},
          {"wheat for Aug/Sept shipment", "for Aug/Sept", "XXXX-08/XXXX-09", mention_kind::period},
          {"for shipment April-October, 1987, and", "April-October, 1987", "1987-04/1987-10", mention_kind::period},
          {"shipments in Oct/Sept 1988 rose", "in Oct/Sept 1988", "1987-10/1988-09", mention_kind::period},
          {"imports between January and September rose", "between January and September", "XXXX-01/XXXX-09",
           mention_kind::period},
          {"output rose during 2022 as", "during 2022", "2022", mention_kind::year},
          // A month, a comma and its year after "since", "by", "the end of".
          {"the largest gain since April, 1986, the agency said", "since April, 1986", "1986-04", mention_kind::period},
          {"compared with the end of January, 1986.", "the end of January, 1986", "1986-01", mention_kind::period},
          // Years in words (broadcast transcripts).
          {"In nineteen ninety-six, sales rose", "In nineteen ninety-six", "1996", mention_kind::year},
          {"by January nineteen ninety-seven it", "January nineteen ninety-seven", "1997-01", mention_kind::period},
          {"plans for twenty twenty-five are", "for twenty twenty-five", "2025", mention_kind::year},
          {"The year two thousand will", "The year two thousand", "2000", mention_kind::year},
          {"in the year two thousand and one", "the year two thousand and one", "2001", mention_kind::year}}) {
        INFO(e.text);
        auto const m = only(e.text, e.kind);
        CHECK(m.text == e.mention);
        CHECK(m.time_value == e.value);
    }
    // A year is not a count, and a count is not a year.
    CHECK(of_kind(mentions_of("2,022 people came"), mention_kind::year).empty());
    CHECK(of_kind(mentions_of("it produced 2000 tonnes"), mention_kind::year).empty());
    // (2026-12-05) a year before 1800 only after "in" and before a stop or "and" and a word
    CHECK(only("The church, built in 1760, was restored.", mention_kind::year).time_value == "1760");
    CHECK(only("He moved to Paris in 1789 and died there.", mention_kind::year).time_value == "1789");
    CHECK(only("In 1776, the colonies declared independence.", mention_kind::year).time_value == "1776");
    for (char const* text : {"Output rose in 1500 plants.", "It was sold in 1200 and 1300 lots.",
                             "They worked for 1760 hours.", "He was paid in 1500 dollars."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::year).empty());
    }
    // Months joined by "to" or "through" are two mentions (as TimeML has them), and a month before a
    // day ends on that date: "for March/May 15 shipments".
    {
        auto const all = of_kind(mentions_of("Sales rose 5 pct from February to April."), mention_kind::period);
        REQUIRE(all.size() == 2);
        CHECK(all[0].time_value == "XXXX-02");
        CHECK(all[1].time_value == "XXXX-04");
        auto const dates = of_kind(mentions_of("Thai prices for March/May 15 shipments hardened."), mention_kind::date);
        REQUIRE(dates.size() == 1);
        CHECK(dates[0].time_value == "XXXX-05-15");
    }
    // A span resolved: its first month as a month named alone, the last after it; "a year
    // earlier" shifts both ends.
    {
        numcheck::calendar_date const may{1987, 5, 5};
        CHECK(only("Exports fell in the February-April period.", mention_kind::period, may).resolved ==
              "1987-02/1987-04");
        CHECK(only("Output fell in the Nov/Feb period.", mention_kind::period, may).resolved == "1986-11/1987-02");
        CHECK(only("Sales were 5 mln dlrs in February-April 1987 against 4 mln a year earlier.",
                   mention_kind::relative_time, may)
                  .resolved == "1986-02/1986-04");
    }
    // Two months are not a range without one: "for April and June".
    for (auto const& m : mentions_of("The program for April and June is unclear.")) CHECK(m.time_value != "XXXX-Q2");
    // Not years: a count of nineteen, a compound, "two thousand" without "the year".
    for (char const* text : {"Nineteen people came.", "He holds nineteen ninety-day bills.", "They paid two thousand.",
                             "It cost twenty five dollars."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::year).empty());
    }
}

TEST_CASE("centuries and decades: names, and names that are not") {
    numcheck::calendar_date const ref{1987, 3, 23};
    // Counted from the reference date, "the next century" too.
    CHECK(only("It was the worst accident this century.", mention_kind::relative_time, ref).resolved == "19");
    CHECK(only("The exchange was founded last century.", mention_kind::relative_time, ref).resolved == "18");
    CHECK(only("Oil will be needed into the next century.", mention_kind::relative_time, ref).resolved == "20");
    // A name: "20th Century Fox", "20th Century-Fox Film Corp" (the ordinal stays).
    for (char const* text : {"He ran 20th Century Fox Film Corp.", "a partner of 20th Century-Fox Film Corp."}) {
        INFO(text);
        auto const all = mentions_of(text, ref);
        CHECK(of_kind(all, mention_kind::period).empty());
        CHECK(of_kind(all, mention_kind::ordinal).size() == 1);
    }
    // A capital without a name after it is still a century; temperatures and ages are not decades.
    CHECK(only("Art of the 20th Century was shown.", mention_kind::period, ref).time_value == "19");
    CHECK(of_kind(mentions_of("Highs will be in the nineties degrees.", ref), mention_kind::period).empty());
    CHECK(of_kind(mentions_of("Both men are in their forties.", ref), mention_kind::period).empty());
    CHECK(of_kind(mentions_of("It was the first century of the empire.", ref), mention_kind::period).empty());
}

TEST_CASE("quarters and halves written first as analysts do ('3Q23', '1H24', '2Q 2023'); decades after an apostrophe") {
    numcheck::calendar_date const ref{2024, 5, 20};
    CHECK(only("Profit in 3Q23 rose.", mention_kind::period, ref).time_value == "2023-Q3");
    CHECK(only("Revenue in 1H24 rose.", mention_kind::period, ref).time_value == "2024-H1");
    CHECK(only("Sales in 2Q 2023 fell.", mention_kind::period, ref).time_value == "2023-Q2");
    CHECK(only("Sales in 2H2025 will rise.", mention_kind::period, ref).time_value == "2025-H2");
    CHECK(only("Sales in 3Q86 rose.", mention_kind::period, ref).time_value == "1986-Q3");
    CHECK(only("Sales in 4Q were flat.", mention_kind::period, ref).time_value == "XXXX-Q4");
    CHECK(only("Sales in the '90s rose.", mention_kind::period, ref).time_value == "199");
    CHECK(only("a fad of the late \u201980s", mention_kind::period, ref).time_value == "198");
    auto const span = only("It was popular in the late '80s.", mention_kind::period, ref);
    CHECK(span.text == "the late '80s");
    // (a half alone may be a match's; no quarter 5, no half 3)
    CHECK(of_kind(mentions_of("He scored twice in 2H.", ref), mention_kind::period).empty());
    CHECK(of_kind(mentions_of("It is a 5Q plan.", ref), mention_kind::period).empty());
    CHECK(of_kind(mentions_of("The 3H23 model sold well.", ref), mention_kind::period).empty());
}

TEST_CASE("seasons: the summer, the winter of 1994, this past spring") {
    numcheck::calendar_date const october{1989, 10, 26};
    auto season = [&](std::string_view text) {
        auto const found = mentions_of(text, october);
        INFO(text);
        REQUIRE(found.size() == 1);
        return found[0].resolved ? *found[0].resolved : found[0].time_value;
    };
    // The nearest season, or the one the clause's tense gives.
    CHECK(season("Rivals offered discounts over the summer.") == "1989-SU");
    CHECK(season("Orders rose from the low levels of the early summer.") == "1989-SU");
    CHECK(season("The plant will open in the spring.") == "1990-SP");
    CHECK(season("The unit was scrapped this past spring.") == "1989-SP");
    // A year said makes it a period; "the fall" only with one (alone it is a decline).
    CHECK(only("a level we saw in the winter of nineteen ninety-four", mention_kind::period).time_value == "1994-WI");
    CHECK(only("The fall of 1987 was hard.", mention_kind::period).time_value == "1987-FA");
    CHECK(of_kind(mentions_of("The fall of 1987 was hard."), mention_kind::change).empty());
    CHECK(of_kind(mentions_of("The fall in prices hurt.", october), mention_kind::relative_time).empty());
    // A crop named by its season, a name with a capital: no time.
    CHECK(
        of_kind(mentions_of("Half of the winter wheat areas had snow.", october), mention_kind::relative_time).empty());
    CHECK(of_kind(mentions_of("He spoke in the Autumn Statement.", october), mention_kind::relative_time).empty());
    CHECK(of_kind(mentions_of("The next Winter Games are in Milan.", october), mention_kind::relative_time).empty());
    CHECK(only("He said last Winter Britain had a cold spell.", mention_kind::relative_time, october).text ==
          "last Winter");
    CHECK(only("The next winter will be cold.", mention_kind::relative_time, october).text == "The next winter");
}

TEST_CASE("last Oct. 23, next June 1: a day counted from the reference date") {
    numcheck::calendar_date const march{1987, 3, 15};
    auto day = [&](std::string_view text) {
        return only(text, mention_kind::relative_time, march).resolved.value_or("");
    };
    CHECK(day("He was shot to death last Oct. 23 at his home.") == "1986-10-23");
    CHECK(day("The index reached 68.72 in the week ended last March 5.") == "1987-03-05");
    CHECK(day("Aliens may own shares from next June 1.") == "1987-06-01");
    CHECK(day("Sales rose last May 5 pct.") == "1986-05"); // a percentage, not a day
}

TEST_CASE("the last week of February: the final unit of what follows, no relative time") {
    numcheck::calendar_date const march{1987, 3, 10};
    for (char const* text : {"Reserves rose in the last week of February.", "It expires after the last day of trading.",
                             "It may not pay in the last year of the pact."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text, march), mention_kind::relative_time).empty());
    }
    CHECK(only("Turnover last year of 62 mln dlrs rose.", mention_kind::relative_time, march).resolved == "1986");
}

TEST_CASE("year-end: this year's, or the last one's") {
    auto year_end = [](std::string_view text, numcheck::calendar_date ref) {
        return only(text, mention_kind::relative_time, ref).resolved.value_or("(none)");
    };
    numcheck::calendar_date const march{1987, 3, 2}, november{1989, 11, 2};
    CHECK(year_end("The deal should close by year-end.", march) == "1987");
    CHECK(year_end("Action is hoped for before the end of the year.", march) == "1987");
    CHECK(year_end("The change is since year-end.", november) == "1988");
    CHECK(year_end("Assets were 5 mln dlrs at year end.", march) == "1986"); // results of the year just ended
    CHECK(year_end("Reserves will stand at 5 mln at year's end.", november) == "1989");
    // A year said, or an adjective: no relative time.
    CHECK(of_kind(mentions_of("Reserves at year-end 1985 rose.", march), mention_kind::relative_time).empty());
    CHECK(of_kind(mentions_of("It did a year-end review.", march), mention_kind::relative_time).empty());
    CHECK(of_kind(mentions_of("The deal closes by April 30, its fiscal year-end.", march), mention_kind::relative_time)
              .empty());
}

TEST_CASE("the last months of a year counted from the reference date") {
    auto const m = only("It rose in the last six months of last year.", mention_kind::relative_time,
                        numcheck::calendar_date{2024, 4, 9});
    CHECK(m.text == "last six months of last year");
    CHECK(m.resolved == "2023-H2");
    CHECK(only("It rose in the last five months of this year.", mention_kind::relative_time,
               numcheck::calendar_date{2024, 4, 9})
              .resolved == "2024-08/2024-12");
}

TEST_CASE("the first nine months of the year: of the year the text speaks of, one period") {
    numcheck::calendar_date const october{1987, 10, 20};
    numcheck::calendar_date const march{1987, 3, 20};
    auto const nine = only("In the first nine months of the year, sales rose.", mention_kind::relative_time, october);
    CHECK(nine.text == "the first nine months of the year");
    CHECK(nine.resolved == "1987-01/1987-09");
    CHECK(only("The first three months of the year were good.", mention_kind::relative_time, october).resolved ==
          "1987-Q1");
    // not over by the reference date and told as done: last year's; as to come: this year's
    CHECK(only("In the first nine months of the year, sales rose.", mention_kind::relative_time, march).resolved ==
          "1986-01/1986-09");
    CHECK(only("Sales will rise in the first nine months of the year.", mention_kind::relative_time, march).resolved ==
          "1987-01/1987-09");
    CHECK(only("The surplus should reach one billion dlrs in each of the last six months of the year.",
               mention_kind::relative_time, march)
              .resolved == "1987-H2");
    CHECK(only("In the first two months of the year, inflation was 3.8 pct.", mention_kind::relative_time, march)
              .resolved == "1987-01/1987-02");
    // the year its sentence names
    CHECK(only("In 1986, sales rose in the first nine months of the year.", mention_kind::relative_time, march)
              .resolved == "1986-01/1986-09");
    CHECK(only("In 1984, sales in the first nine months of the year rose 5 pct.", mention_kind::relative_time, march)
              .resolved == "1984-01/1984-09");
    // forecasts are of this year; a fiscal year is no calendar year's months
    CHECK(only("Sales in the first nine months of the year are expected to rise 5 pct.", mention_kind::relative_time,
               march)
              .resolved == "1987-01/1987-09");
    for (char const* text : {"Net profit for the first nine months of the year ended June 30 rose 5 pct.",
                             "In the first six months of the year to March 31, profit rose."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text, march), mention_kind::relative_time).empty());
    }
    CHECK(only("The surplus widened in the first two months of this year to 2.35 billion dlrs.",
               mention_kind::relative_time, march)
              .text == "the first two months of this year");
}

TEST_CASE("halves as quarters: the nearest; 'of last year' after a quarter, a half or a month") {
    numcheck::calendar_date const october{1987, 10, 20};
    auto const period = [&](std::string_view text, numcheck::calendar_date ref) {
        return only(text, mention_kind::period, ref).resolved.value_or("(none)");
    };
    CHECK(period("In the second half, profit rose.", october) == "1987-H2");
    CHECK(period("The first half results were good.", october) == "1987-H1");
    CHECK(period("Profit rose in the second half.", numcheck::calendar_date{1987, 3, 20}) == "1986-H2");
    CHECK(period("Sales rose from the first quarter of last year.", october) == "1986-Q1");
    CHECK(period("The second half of last year was good.", october) == "1986-H2");
    CHECK(period("It ends in December of this year.", october) == "1987-12");
    CHECK(period("The third quarter last year was good.", october) == "1986-Q3");
}

TEST_CASE("the end of the month: this month's, or the last one's early in a month, in the past tense") {
    auto month_end = [](std::string_view text, numcheck::calendar_date ref) {
        auto const m = only(text, mention_kind::relative_time, ref);
        CHECK(m.text == "the end of the month");
        CHECK(m.relative_unit == "month-end");
        return m.resolved.value_or("(none)");
    };
    numcheck::calendar_date const early{1987, 3, 4}, late{1987, 3, 24};
    CHECK(month_end("The bill expires at the end of the month.", early) == "1987-03");
    CHECK(month_end("Reserves rose at the end of the month, it said.", early) == "1987-02");
    CHECK(month_end("Reserves rose at the end of the month, it said.", late) == "1987-03");
    CHECK(month_end("It was agreed to finish by the end of the month.", early) == "1987-03");
    CHECK_FALSE(only("Talks end at the end of the month.", mention_kind::relative_time).resolved);
    // the month named after it
    CHECK(
        of_kind(mentions_of("It rose at the end of the month of March.", early), mention_kind::relative_time).empty());
}

TEST_CASE("the tense of a month's or a day's clause: thousands, the month May, trades, a year that frames it") {
    auto resolved = [](std::string_view text, mention_kind kind, numcheck::calendar_date ref, std::size_t k = 0) {
        auto const all = of_kind(mentions_of(text, ref), kind);
        REQUIRE(all.size() > k);
        return all[k].resolved.value_or("(none)");
    };
    numcheck::calendar_date const november{2025, 11, 27}, march{1987, 3, 23}, june{2025, 6, 5};
    // the time of a figure's base has happened, whatever the tense ("rising to ... from $29.75 in
    // March" in October is this March; a plan for March in October is the next)
    numcheck::calendar_date const october{1989, 10, 30};
    CHECK(resolved("It closed at $40, rising to a high of $42.875 a share in June from $29.75 in March.",
                   mention_kind::period, october, 1) == "1989-03");
    CHECK(resolved("Reserves stood at 10.37 billion at end-1986, down from 10.47 billion at end-June.",
                   mention_kind::period, march) == "1986-06");
    CHECK(resolved("The plant opens in March.", mention_kind::period, october) == "1990-03");
    numcheck::calendar_date const november2025{2025, 11, 20};
    CHECK(resolved("Unemployment rose to 4.4% in October from 4.1% in January.", mention_kind::period, november2025,
                   1) == "2025-01");
    CHECK(resolved("Prices will rise to $5 in December from $4 in October.", mention_kind::period, june, 1) ==
          "2025-10");
    // (irregular verbs in the past: "sank", "shrank", "slid", "swung")
    numcheck::calendar_date const may2024{2024, 5, 20};
    CHECK(resolved("Shares sank 22% in September.", mention_kind::period, may2024) == "2023-09");
    CHECK(resolved("The economy shrank 0.3% in September.", mention_kind::period, may2024) == "2023-09");
    CHECK(resolved("The pound slid 2% in September.", mention_kind::period, may2024) == "2023-09");
    // (review) not a participle that looks ahead
    CHECK(resolved("The deal, understood to close in September, values the firm at $5 billion.", mention_kind::period,
                   may2024) == "2024-09");
    // (h118) a perfect right before the time: what was done then; "was expected in March" looks ahead
    numcheck::calendar_date const october2024{2024, 10, 31};
    CHECK(resolved("Borrowing was above the 87.2 billion pounds it had forecast in March.", mention_kind::period,
                   october2024) == "2024-03");
    CHECK(resolved("Growth was expected in March.", mention_kind::period, october2024) == "2025-03");
    // (h117) the day of a death told right before it has passed
    numcheck::calendar_date const december2024{2024, 12, 30};
    CHECK(resolved("Pryce died on Feb. 12 aged 94.", mention_kind::date, december2024) == "2024-02-12");
    CHECK(resolved("The talks resume on Feb. 12.", mention_kind::date, december2024) == "2025-02-12");
    // a deadline without a tense is to come; a day said to be is to come
    CHECK(resolved("Markets are pricing in two more cuts by December.", mention_kind::period, june) == "2025-12");
    CHECK(resolved("Inflation had fallen to 3% by December.", mention_kind::period, june) == "2024-12");
    // a figure's low is no base: "a year ago" counts from its month
    CHECK(resolved("Unemployment fell to an eight-year low of 5.9 pct in September, compared to seven pct a year ago.",
                   mention_kind::relative_time, numcheck::calendar_date{1987, 10, 19}) == "1986-09");
    CHECK(resolved("Unemployment was 5.9 pct in September, against a low of 5.1 pct in July.", mention_kind::period,
                   numcheck::calendar_date{1987, 6, 19}, 1) == "1986-07");
    CHECK(resolved("The deadline is December 31.", mention_kind::date, june) == "2025-12-31");
    CHECK(resolved("Sales stood at $5 million on December 31.", mention_kind::date, june) == "2024-12-31");
    // a change told in the past in a quarter not begun is last year's; a plan stays the nearest
    CHECK(resolved("GDP grew 2.8% in the third quarter.", mention_kind::period, june) == "2024-Q3");
    CHECK(resolved("Ford increased its schedule for the third quarter.", mention_kind::period, june) == "2025-Q3");
    CHECK(resolved("Output will rise 5% in the third quarter.", mention_kind::period, june) == "2025-Q3");
    // (a measure of an economy after the period as an adjective; a company's quarter may be fiscal)
    CHECK(resolved("Third-quarter GDP grew 0.6%.", mention_kind::period, june) == "2024-Q3");
    CHECK(resolved("Third-quarter GDP will grow 0.6%.", mention_kind::period, june) == "2025-Q3");
    CHECK(resolved("Third-quarter net profit rose 5%.", mention_kind::period, june) == "2025-Q3");
    // the end of a period reported, told in the past, has passed; told of what is to come, or with
    // no tense ("expected to report results for the quarter ended June 30"), the nearest
    numcheck::calendar_date const may{2026, 5, 14};
    CHECK(resolved("Revenue grew 8% in the three months to June 30.", mention_kind::date, may) == "2025-06-30");
    CHECK(resolved("Revenue grew 8% in the quarter ended June 30.", mention_kind::date, may) == "2025-06-30");
    CHECK(resolved("Revenue will grow in the three months to June 30.", mention_kind::date, may) == "2026-06-30");
    CHECK(resolved("It is expected to report results for the quarter ended June 30.", mention_kind::date, may) ==
          "2026-06-30");
    // (the change told right after the period: "Profit in Q3 rose 11%", "Sales in September fell")
    CHECK(resolved("Profit in Q3 rose 11%.", mention_kind::period, june) == "2024-Q3");
    CHECK(resolved("Sales in the September quarter fell 2%.", mention_kind::period, june) == "2024-Q3");
    CHECK(resolved("Sales in the September quarter will rise.", mention_kind::period, june) == "2025-Q3");
    CHECK(resolved("Sales in October fell 2%.", mention_kind::period, june) == "2024-10");
    CHECK(resolved("Sales in October will rise.", mention_kind::period, june) == "2025-10");
    // the base of a change that has happened has begun: "from Q2" in January is last year's
    numcheck::calendar_date const january{2025, 1, 20};
    CHECK(resolved("Sales rose 4% in Q3 from Q2.", mention_kind::period, january, 1) == "2024-Q2");
    CHECK(resolved("Sales rose 4% from the second quarter.", mention_kind::period, january) == "2024-Q2");
    CHECK(resolved("Sales rose to $5 million in Q3 from $4 million in Q2.", mention_kind::period, january, 1) ==
          "2024-Q2");
    CHECK(resolved("Sales will rise 4% from Q2.", mention_kind::period, january) == "2025-Q2");
    // (the latest such period before the one it is compared with)
    numcheck::calendar_date const february{2024, 2, 20};
    CHECK(resolved("Sales rose in the second half of last year from the first half.", mention_kind::period, february,
                   1) == "2023-H1");
    CHECK(resolved("Sales rose 4% in the third quarter of 2023 from the second quarter.", mention_kind::period,
                   february, 1) == "2023-Q2");
    CHECK(resolved("Profit rose in the first quarter from the fourth quarter.", mention_kind::period, february, 1) ==
          "2023-Q4");
    // a time set off after a figure's restatement takes the tense of the clause before them
    CHECK(resolved("Sun said it earned $5.2 million, or seven cents a share, in the fiscal first quarter.",
                   mention_kind::period, october) == "1989-Q1");
    // a thousands separator is no clause's end: "were" is the clause's verb
    CHECK(resolved("Prices were 60,500 in April.", mention_kind::period, november) == "2025-04");
    // "May" with a capital is the month, not the verb: the clause stays in the past
    CHECK(resolved("Prices rose to 63 in May from 60 in April.", mention_kind::period, november, 1) == "2025-04");
    CHECK(resolved("Prices may rise in April.", mention_kind::period, november) == "2026-04");
    // a trade's month of shipment or delivery is to come, whenever the trade was made
    CHECK(resolved("Crushers bought 214,000 tonnes for late June/early July shipment.", mention_kind::period, march) ==
          "1987-06");
    CHECK(resolved("The business comprised three 6,000 tonne cargoes for June at 346 dlrs.", mention_kind::period,
                   march) == "1987-06");
    CHECK(resolved("Cake sales were registered at 785 dlrs for May, 753 dlrs for Aug.", mention_kind::period, march,
                   1) == "1987-08");
    CHECK(resolved("Sales were expected to fall to 9,000 in the year ending July 31.", mention_kind::date, march) ==
          "1987-07-31");
    CHECK(resolved("Brazil had contracted to buy 125,000 bpd from the Saudis until June.", mention_kind::period,
                   march) == "1987-06");
    // a phrase set off by "including" takes the tense of the clause before it
    CHECK(resolved("The port handled 1,245,000 containers in the first half, including a record 14,300 on March 3.",
                   mention_kind::date, numcheck::calendar_date{2025, 10, 28}) == "2025-03-03");
    // (a stock as of a day is no price)
    CHECK(resolved("He estimated stocks as of January 1 at 18 mln bags.", mention_kind::date, march) == "1987-01-01");
    // the year words before a day, or the year that opens the sentence
    CHECK(resolved("They will meet on Thursday, Oct. 30, and for the last time this year on Thursday, Dec. 18.",
                   mention_kind::date, june, 1) == "2025-12-18");
    CHECK(resolved("In 2019, the fair opened on Friday, Oct. 4.", mention_kind::date, june) == "2019-10-04");
    CHECK(resolved("In 1986, farmers planted 61.5 mln acres, according to the February 9 USDA report.",
                   mention_kind::date, march) == "1987-02-09");
}

TEST_CASE("measures of energy and area: TWh, terawatt hours, sq km") {
    CHECK(only("Wind produced 17.9 TWh.", mention_kind::number).unit == "TWh");
    CHECK(only("Wind produced 40TWh.", mention_kind::number).unit == "TWh");
    CHECK(only("It made 62.4 terawatt hours.", mention_kind::number).unit == "terawatt hours");
    CHECK(only("It built five megawatt plants.", mention_kind::number).unit == "megawatt");
    CHECK(only("The glacier covers 14.3 sq km.", mention_kind::number).unit == "sq km");
}

TEST_CASE("years and weekdays that name something else: a year's, a road, a kind of day") {
    numcheck::calendar_date const ref{2025, 10, 22};
    // "2020's record low" is the year's; "the 1990's", "the late 1980's and 1990's" are decades
    CHECK(only("Prices hit 2020's record low.", mention_kind::year).time_value == "2020");
    auto const decades = of_kind(mentions_of("Funds grew in the late 1980's and 1990's."), mention_kind::period);
    REQUIRE(decades.size() == 2);
    CHECK(decades[0].time_value == "198");
    CHECK(decades[1].time_value == "199");
    // a weekday between a word that counts and a plural noun is no date; after "Black" it is the
    // day after Thanksgiving, not a Friday of the week
    CHECK(of_kind(mentions_of("There will be 46 extra Sunday services and more Sunday journeys.", ref),
                  mention_kind::date)
              .empty());
    auto const black_friday = of_kind(mentions_of("Shops expect record Black Friday sales.", ref), mention_kind::date);
    REQUIRE(black_friday.size() == 1);
    CHECK(black_friday[0].text == "Black Friday");
    CHECK(black_friday[0].weekday.empty());
    CHECK(black_friday[0].resolved == "2025-11-28");
    for (char const* text : {"Sales rose on Super Bowl Sunday.", "He spoke on Remembrance Sunday.",
                             "Markets crashed on Black Monday.", "Voters go to the polls on Super Tuesday."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text, ref), mention_kind::date).empty());
    }
    CHECK(of_kind(mentions_of("The two sides in the Thursday and Friday talks met.", ref), mention_kind::date).size() ==
          2);
    // roads and the emergency number
    CHECK(of_kind(mentions_of("Interstate 985 reopened. Dispatchers took 911 calls."), mention_kind::number).empty());
    // of a past quarter and a coming one as near, the coming one where the clause tells of the future
    numcheck::calendar_date const march{2024, 3, 11};
    CHECK(only("The deal will close in the third quarter.", mention_kind::period, march).resolved == "2024-Q3");
    CHECK(only("Profit rose in the third quarter.", mention_kind::period, march).resolved == "2023-Q3");
    CHECK(only("Trials are due to start in the second half.", mention_kind::period, march).resolved == "2024-H2");
    // a hearing put off to a day is ahead, though told in the past (field test h290)
    numcheck::calendar_date const may{2024, 5, 20};
    CHECK(only("The judge adjourned the case to Monday, July 29.", mention_kind::date, may).resolved == "2024-07-29");
    CHECK(only("The judge adjourned the case to July 29.", mention_kind::date, may).resolved == "2024-07-29");
    CHECK(only("The judge struck out the case on July 29.", mention_kind::date, may).resolved == "2023-07-29");
    CHECK(only("It will report a fourth quarter loss.", mention_kind::period, march).resolved == "2023-Q4");
    numcheck::calendar_date const february{2024, 2, 10};
    CHECK(only("It will report second-half results on Thursday.", mention_kind::period, february).resolved ==
          "2023-H2");
    CHECK(
        only("It will ask whether sales, which slumped in the third quarter, recover.", mention_kind::period, february)
            .resolved == "2023-Q3");
    // a weekday told of what is to come: a report to be made, a day on the calendar, a time to open
    numcheck::calendar_date const june{2024, 6, 15}; // a Saturday
    CHECK(only("The results will be announced on Sunday.", mention_kind::date, june).resolved == "2024-06-16");
    CHECK(only("The results were announced on Sunday.", mention_kind::date, june).resolved == "2024-06-09");
    CHECK(only("The final is on Sunday.", mention_kind::date, june).resolved == "2024-06-16");
    CHECK(only("The final was on Sunday.", mention_kind::date, june).resolved == "2024-06-09");
    // (a place between: "is in Leeds on Sunday"; a name is no verb: "the US Open final on Sunday")
    CHECK(only("The game is in Leeds on Sunday.", mention_kind::date, june).resolved == "2024-06-16");
    CHECK(only("The final is at Wembley on Sunday.", mention_kind::date, june).resolved == "2024-06-16");
    CHECK(only("The final was at Wembley on Sunday.", mention_kind::date, june).resolved == "2024-06-09");
    CHECK(only("Alcaraz beat Sinner in the US Open final on Sunday.", mention_kind::date, june).resolved ==
          "2024-06-09");
    CHECK(only("Polls open at 10am on Monday.", mention_kind::date, june).resolved == "2024-06-17");
    CHECK(only("Sterling was firm against its close on Friday.", mention_kind::date, june).resolved == "2024-06-14");
    // a race's distance after a verb of racing; a sum of money after the same verb
    CHECK(only("The athlete ran 100m in 9.58 seconds.", mention_kind::number).unit == "m");
    CHECK(only("The fund ran 100m through its accounts.", mention_kind::number).value == 1e8);
    // the figure economists expected is no count of economists; the economists polled are
    CHECK(only("Payrolls were below the 175,000 economists had expected.", mention_kind::number).unit.empty());
    CHECK(only("The 40 analysts expected a cut.", mention_kind::number).unit == "analysts");
    // telephone numbers, addresses, names with a number in them (the counts beside them stay)
    CHECK(of_kind(mentions_of("Call 0800 123 4567 or 020 7946 0000 after 0930 GMT."), mention_kind::number).empty());
    // (nor a year in the first group: "1800 333 000" is a free call in Australia)
    CHECK(mentions_of("Call the helpline on 1800 333 000 for advice.").empty());
    CHECK(only("In 1800 333 ships sailed.", mention_kind::year).time_value == "1800");
    // a batter's hundreds are no centuries of time
    CHECK(of_kind(mentions_of("He scored a century on debut and has made 17 centuries since."), mention_kind::duration)
              .empty());
    CHECK(only("The church is three centuries old.", mention_kind::duration).time_value == "P300Y");
    // a participle not in -ed before the counted noun ("1,200 stolen vehicles")
    CHECK(only("Police found 1,200 stolen vehicles.", mention_kind::number).unit == "vehicles");
    CHECK(only("Two in five stolen vehicles were never recovered.", mention_kind::number).unit == "vehicles");
    CHECK(of_kind(mentions_of("Protesters gathered outside 10 Downing Street."), mention_kind::number).empty());
    // (after "of" or "in" too, where the address ends its phrase; more kinds of street)
    CHECK(of_kind(mentions_of("John Smith, of 14 Mill Lane, was fined."), mention_kind::number).empty());
    CHECK(of_kind(mentions_of("Police were called to 3 Park Close on Friday."), mention_kind::number).empty());
    CHECK(only("The sale of 29 Bakers Square restaurants was agreed.", mention_kind::number).value == 29);
    for (char const* text : {"The crash closed the M25 near junction 10.", "The number 73 bus was diverted.",
                             "He wore the number 7 shirt."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::number).empty());
    }
    CHECK(only("The number of buses rose to 73 buses.", mention_kind::number).value == 73);
    // a minus sign before a currency's sign
    CHECK(only("The lender posted a loss of -$1.3 billion.", mention_kind::money).value == doctest::Approx(-1.3e9));
    CHECK(only("Cash flow was negative at \u2212\u20ac45m.", mention_kind::money).value == doctest::Approx(-45e6));
    CHECK(only("Prices were $5-$7 a share.", mention_kind::money).value == doctest::Approx(6));
    {
        auto const found = mentions_of("Free cash flow rose to -$1.3 billion from -$0.8 billion.");
        auto const change = of_kind(found, mention_kind::change);
        REQUIRE(change.size() == 1);
        REQUIRE(change[0].to);
        REQUIRE(change[0].from);
        CHECK(*found[*change[0].to].value == doctest::Approx(-1.3e9));
        CHECK(*found[*change[0].from].value == doctest::Approx(-0.8e9));
    }
    // "a quarter fewer": a fraction compared, no three months
    CHECK(of_kind(mentions_of("Strikes fell from 1,200 to 900, a quarter fewer."), mention_kind::duration).empty());
    CHECK(of_kind(mentions_of("The iPhone 15 sold well at the 7-Eleven store."), mention_kind::number).empty());
    // (whatever follows the name: "7-Eleven operates", "the group's 7-Eleven retail stores"; a title
    // after a name's possessive)
    CHECK(only("7-Eleven operates more than 80,000 stores.", mention_kind::number).value == 80000);
    CHECK(only("the group's 7-Eleven retail stores and 40 franchises", mention_kind::number).value == 40);
    CHECK(of_kind(mentions_of("Ocean's Eleven grossed $450 million."), mention_kind::number).empty());
    CHECK(of_kind(mentions_of("Ocean\u2019s Eleven grossed $450 million."), mention_kind::number).empty());
    CHECK(only("The company's Two divisions merged.", mention_kind::number).value == 2);
    auto const f1 = of_kind(mentions_of("The Formula One season has 24 races."), mention_kind::number);
    REQUIRE(f1.size() == 1);
    CHECK(f1[0].value == 24);
    auto const sold = of_kind(mentions_of("It agreed the sale of 29 Bakers Square restaurants."), mention_kind::number);
    REQUIRE(sold.size() == 1);
    CHECK(sold[0].value == 29);
    CHECK(of_kind(mentions_of("Storm Kills Three People."), mention_kind::number).size() == 1);
    CHECK(of_kind(mentions_of("Storm Kills Three, Injures Two"), mention_kind::number).size() == 2);
    // "Back in 2018," and "Next year's" give a day its year
    auto const back =
        of_kind(mentions_of("Back in 2018, the bridge closed on Wednesday, Dec. 18.", ref), mention_kind::date);
    REQUIRE(back.size() == 1);
    CHECK(back[0].resolved == "2018-12-18");
    auto const next =
        of_kind(mentions_of("Next year's race will be run on Saturday, April 25.", ref), mention_kind::date);
    REQUIRE(next.size() == 1);
    CHECK(next[0].resolved == "2026-04-25");
}

TEST_CASE("a span after 'for' is a duration: 'jailed for four years after being convicted'") {
    numcheck::calendar_date const ref{2025, 6, 5};
    auto const all =
        mentions_of("She was born on 12 March 1981 and was jailed for four years after being convicted.", ref);
    CHECK(of_kind(all, mention_kind::relative_time).empty());
    auto const spans = of_kind(all, mention_kind::duration);
    REQUIRE(spans.size() == 1);
    CHECK(spans[0].time_value == "P4Y");
}

TEST_CASE("relative time, resolved against a reference date") {
    numcheck::calendar_date const ref{2024, 4, 9};
    struct expected {
        char const* text;
        char const* resolved; // "" when it stays unresolved (anchored to another period)
    };
    for (auto const& e : {expected{"last year", "2023"},
                          {"the day after tomorrow", "2024-04-11"},
                          {"the day before yesterday", "2024-04-07"},
                          {"this year", "2024"},
                          {"next year", "2025"},
                          {"last month", "2024-03"},
                          {"this week", "2024-W15"},
                          {"this weekend", "2024-W15-WE"},
                          {"last weekend", "2024-W14-WE"},
                          {"the latest quarter", "2024-Q1"},
                          {"the current quarter", "2024-Q2"},
                          {"last Tuesday", "2024-04-02"},
                          {"two years ago", "2022"},
                          {"a week or so ago", "2024-W14"},
                          {"a year earlier", ""},
                          {"the previous year", ""},
                          {"year on year", ""},
                          {"week on week", ""},
                          {"month-on-month", ""},
                          {"month-over-month", ""},
                          {"year-to-date", "2024"},
                          {"the year-earlier period", ""},
                          // Seasons as TimeML has them: "last" is the year before's.
                          {"last fall", "2023-FA"},
                          {"this summer", "2024-SU"},
                          {"next spring", "2025-SP"},
                          {"last winter", "2023-WI"},
                          // A quarter or half of a year counted from the reference date.
                          {"this year's third quarter", "2024-Q3"},
                          {"last year's fourth-quarter", "2023-Q4"},
                          // months of a year counted from the reference date
                          {"the first nine months of this year", "2024-01/2024-09"},
                          {"the first three months of last year", "2023-Q1"},
                          {"next year's first half", "2025-H1"}}) {
        std::string const text = std::string("Sales rose ") + e.text + " in the region.";
        INFO(text);
        auto const all = of_kind(numcheck::extract_text(text, ref), mention_kind::relative_time);
        REQUIRE(all.size() == 1);
        CHECK(all[0].text == e.text);
        if (*e.resolved) {
            REQUIRE(all[0].resolved);
            CHECK(*all[0].resolved == e.resolved);
        } else {
            CHECK(all[0].anchored);
            CHECK_FALSE(all[0].resolved);
        }
    }
    // "The weekend" alone: the last one before a weekday, this one on a Saturday or Sunday, the
    // coming one in a clause about the future.
    auto weekend = [](std::string_view text, numcheck::calendar_date day) {
        return only(text, mention_kind::relative_time, day).resolved.value_or("");
    };
    CHECK(weekend("Protesters rallied over the weekend.", {2024, 4, 9}) == "2024-W14-WE");
    CHECK(weekend("Protesters rallied over the weekend.", {2024, 4, 13}) == "2024-W15-WE");
    CHECK(weekend("Protesters will rally over the weekend.", {2024, 4, 9}) == "2024-W15-WE");
    auto const since = only("the first fall since 2019 was", mention_kind::relative_time);
    CHECK(since.time_value == "2019");
    // Without a reference date nothing is resolved.
    CHECK_FALSE(only("sales last year", mention_kind::relative_time).resolved);
    // A pay rate before deductions is no year earlier; a year before something else is.
    CHECK(of_kind(numcheck::extract_text("The average salary is £22,308 a year before tax.", ref),
                  mention_kind::relative_time)
              .empty());
    CHECK(only("He earned $50,000 a year before the crash.", mention_kind::relative_time).text == "a year before");
}

TEST_CASE("the present, the past and the future as such: now, recently, in the near future") {
    numcheck::calendar_date const ref{2024, 4, 9};
    struct example {
        char const* sentence;
        char const* text;
        char const* value;
    };
    for (auto const& e : {example{"Prices are now higher.", "now", "PRESENT_REF"},
                          example{"Now, he says, it is over.", "Now", "PRESENT_REF"},
                          example{"The plant currently employs 300 people.", "currently", "PRESENT_REF"},
                          example{"Rates are low right now.", "right now", "PRESENT_REF"},
                          example{"These days the plant is idle.", "These days", "PRESENT_REF"},
                          example{"The plant recently closed.", "recently", "PAST_REF"},
                          example{"In the past, it made cars.", "the past", "PAST_REF"},
                          example{"In the near future it may reopen.", "the near future", "FUTURE_REF"},
                          example{"It may reopen in the future.", "the future", "FUTURE_REF"},
                          example{"Over the long term, rates will rise.", "the long term", "FUTURE_REF"},
                          example{"In recent years sales fell.", "recent years", "PAST_REF"},
                          example{"Sales rose in past years.", "past years", "PAST_REF"},
                          example{"In the coming months, it will hire.", "coming months", "FUTURE_REF"},
                          example{"Prices may rise over the next few weeks.", "next few weeks", "FUTURE_REF"},
                          example{"It will hire in the next several months.", "next several months", "FUTURE_REF"},
                          example{"Sales fell in the past few years.", "past few years", "PAST_REF"},
                          example{"It lost share over the last several quarters.", "last several quarters", "PAST_REF"},
                          example{"Talks stalled in the last couple of days.", "last couple of days", "PAST_REF"},
                          example{"It was founded a few years ago.", "a few years ago", "PAST_REF"},
                          example{"Several months ago, it was sold.", "Several months ago", "PAST_REF"},
                          example{"He left a couple of weeks ago.", "a couple of weeks ago", "PAST_REF"},
                          example{"It began many years ago.", "many years ago", "PAST_REF"}}) {
        INFO(e.sentence);
        for (auto const& reference : {std::optional<numcheck::calendar_date>{}, std::optional(ref)}) {
            auto const all = of_kind(numcheck::extract_text(e.sentence, reference), mention_kind::relative_time);
            REQUIRE(all.size() == 1);
            CHECK(all[0].text == e.text);
            CHECK(all[0].time_value == e.value);
            CHECK_FALSE(all[0].resolved); // the same value with a reference date or without
        }
    }
    // "now that": the present as TimeML tags it (TempEval-3's three "now that" are PRESENT_REF)
    CHECK(only("Now that the strike is over, output rose.", mention_kind::relative_time, ref).time_value ==
          "PRESENT_REF");
    // Not these: an adjective, a measure, a time counted from now.
    for (char const* sentence :
         {"The future of the plant is unclear.", "The past president spoke.", "Sales in the past two years fell.",
          "It will pay 15 years from now.", "The last few were sold.", "The next several hundred tonnes are due.",
          "Next weeks, it said.", "It takes several years.", "A few years later, it was sold.",
          "Many years of growth ended."}) {
        INFO(sentence);
        for (auto const& m : numcheck::extract_text(sentence, ref))
            CHECK(m.time_value.find("_REF") == std::string::npos);
    }
    // Fiscal years: a mention, but no calendar year (and no note asking for a reference date).
    for (char const* sentence : {"It expects $2 billion this fiscal year.", "Sales fell last fiscal year.",
                                 "In the current fiscal year, profit rose."}) {
        INFO(sentence);
        auto const fiscal = only(sentence, mention_kind::relative_time, ref);
        CHECK(fiscal.relative_unit == "fiscal-year");
        CHECK_FALSE(fiscal.resolved);
    }
    // "the coming month" is the next one; "from now" is no comparison with the present.
    CHECK(only("Rates may rise in the coming month.", mention_kind::relative_time, ref).resolved == "2024-05");
    CHECK(of_kind(numcheck::extract_text("It will run from now until May.", ref), mention_kind::comparison).empty());
    auto const than = of_kind(numcheck::extract_text("Prices are higher than now.", ref), mention_kind::comparison);
    REQUIRE(than.size() == 1);
    CHECK(than[0].text == "than now");
}

TEST_CASE("relative time anchored to the period just named") {
    numcheck::calendar_date const ref{1989, 11, 2};
    auto resolved = [&](std::string_view text) {
        auto const relative = only(text, mention_kind::relative_time, ref);
        CHECK(relative.anchored);
        return relative.resolved.value_or("(none)");
    };
    // The quarter a year before the one the story is about (TempEval-3 gold: 1988-Q3).
    CHECK(resolved("Citadel posted a third-quarter net loss of $2.3 million, versus net income of $5.3 "
                   "million a year earlier.") == "1988-Q3");
    CHECK(resolved("Operating profit rose to 820 million euros in the first quarter of 2024 from 651 "
                   "million euros in the year-earlier period.") == "2023-Q1");
    // The sentence before.
    CHECK(resolved("Sales were 5 mln dlrs in 1986. A year later they doubled.") == "1987");
    // A weekday after a period of its sentence is when the news was told ...
    {
        auto const told = of_kind(mentions_of("Nvidia reported second-quarter revenue of $46.7 billion on Wednesday, "
                                              "up 56% from a year earlier.",
                                              numcheck::calendar_date{2026, 8, 27}),
                                  mention_kind::relative_time);
        REQUIRE(told.size() == 1);
        CHECK(told[0].resolved == "2025-Q2");
    }
    // ... alone, the day the figures are for.
    {
        auto const day =
            of_kind(mentions_of("Friday's slaughter was estimated at 121,000 head versus 136,000 a year ago.", ref),
                    mention_kind::relative_time);
        REQUIRE(day.size() == 1);
        CHECK(day[0].resolved == "1988-10-27");
    }
    // Months after a quarter: whole quarters on; otherwise none.
    CHECK(resolved("It will open in the second quarter of 2028. Six months later it will close.") == "2028-Q4");
    CHECK(resolved("It will open in the second quarter of 2028. Four months later it will close.") == "(none)");
    // A date a year earlier; "the year-ago quarter" after a date is that date's quarter.
    auto const year_ago =
        of_kind(mentions_of("Results for the quarter ended Sept. 30, 1989, fell from the year-ago quarter.", ref),
                mention_kind::relative_time);
    REQUIRE(year_ago.size() == 2);
    CHECK(year_ago[1].resolved == "1988-Q3");
    CHECK(resolved("It was founded on March 1, 1985, and a year later it was listed.") == "1986-03-01");
    // "the previous year" names a whole year: it counts from a year or a fiscal year, not a month.
    CHECK(resolved("Revenue rose to Rs 1,240 crore in fiscal 2023, the year to March 2023, from Rs 899 "
                   "crore the previous year.") == "FY2022");
    CHECK(resolved("Output rose in 1986 after a fall the previous year.") == "1985");
    CHECK(resolved("Profit rose in the third quarter of 1986 from the previous quarter.") == "1986-Q2");
    // "the following year" after a date is the year after the date's; "a year before" shifts the
    // period named as "a year earlier" does.
    CHECK(resolved("On May 22, 1995, he was made a general, and the following year he left.") == "1996");
    CHECK(resolved("Sales for the four weeks ended February 28 rose from 5 mln a year before.") == "1988-02-28");
    // Opening its sentence, "the following month" goes on from the story's last month up to three
    // sentences back; elsewhere only from the sentence before.
    CHECK(resolved("In March 1988 it got an offer. It weighed a plan. A group urged it to act. The following "
                   "month, it put itself up for sale.") == "1988-04");
    CHECK(resolved("In March 1988 it got an offer. It weighed a plan. A group urged it to act. It put itself "
                   "up for sale the following month.") == "(none)");
    // "that year", "that month", "that day": the period the text has just named, a year said
    // outright ("in May, June and September of that year" is not this September's year).
    CHECK(resolved("He fled to Florida in June 1988 and returned later that year.") == "1988");
    CHECK(resolved("The first is due in April 1990, the others in May and June of that year.") == "1990");
    CHECK(resolved("The dollar fell to a low on Jan. 28. On that day the Fed intervened.") == "1989-01-28");
    // "that quarter": the quarter named, or the month's; not a day's ("the quarter ended Oct. 31"
    // is a fiscal quarter).
    CHECK(resolved("Profit in the third quarter of 1988 rose, and sales that quarter fell.") == "1988-Q3");
    CHECK(resolved("Output fell in March 1988, and that quarter exports rose.") == "1988-Q1");
    auto const fiscal =
        of_kind(mentions_of("Its quarter ended Oct. 31, 1988. Results for that quarter included a charge.", ref),
                mention_kind::relative_time);
    REQUIRE(fiscal.size() == 1);
    CHECK(!fiscal[0].resolved);
    // "since then", "until then", "by then": the time just named, as named.
    CHECK(resolved("Rights end on Nov. 30. Until then, the stock remains convertible.") == "1989-11-30");
    CHECK(resolved("Prices fell in 1985. Since then they have doubled.") == "1985");
    auto const then = of_kind(mentions_of("France repaid 330 mln dlrs last November. Since then talks went on.", ref),
                              mention_kind::relative_time);
    REQUIRE(then.size() == 2);
    CHECK(then[1].resolved == "1988-11");
    // "for the year", "the full year", "earlier in the year": the story's year (in November 1989,
    // 1989); a year its sentence names; in the first half of the year, results told in the past
    // are the year's before (not a part of the year). Not "the year ended", "the year 1986".
    CHECK(resolved("For the year, pet food volume was flat.") == "1989");
    CHECK(resolved("Sales for the full year were $6.6 billion.") == "1989");
    CHECK(resolved("In 1988 the company sold more in the last quarter of the year.") == "1988");
    numcheck::calendar_date const march{1987, 3, 10};
    auto early = [&](std::string_view text) {
        return only(text, mention_kind::relative_time, march).resolved.value_or("(none)");
    };
    CHECK(early("For the year it reported a net loss of 6.5 mln dlrs.") == "1986");
    CHECK(early("For the\nyear it reported a net loss of 6.5 mln dlrs.") == "1986");       // a line break
    CHECK(early("Sales for the first two months of the year fell.") == "1987-01/1987-02"); // one period
    CHECK(early("The company expects growth for the year.") == "1987");
    CHECK(early("M3 rose 16.8 pct on the year.") == "(none)"); // year on year
    CHECK(of_kind(mentions_of("For the year ended Sept. 30, it earned $4 mln.", ref), mention_kind::relative_time)
              .empty());
    CHECK(
        of_kind(mentions_of("The year 1986 was good, and the year-ago quarter weak.", ref), mention_kind::relative_time)
            .size() == 1);
    // Far from any period named, "a year earlier" is the same quarter a year before the quarter
    // the story is about; not when a year or a date is named just before, not for a rate.
    auto last = [&](std::string_view text) {
        auto const all = of_kind(mentions_of(text, ref), mention_kind::relative_time);
        REQUIRE(!all.empty());
        return all.back().resolved.value_or("(none)");
    };
    CHECK(last("Citadel posted a third-quarter loss. Sales rose. Costs fell. Net was 5 mln dlrs against 4 mln "
               "a year earlier.") == "1988-Q3");
    CHECK(last("Citadel posted a third-quarter loss. Sales rose in 1987. Net was 5 mln dlrs against 4 mln "
               "a year earlier.") == "1986");
    // "the same period last year": the period named before it, a year back; "from 43 mln dlrs
    // last year" stays the year.
    CHECK(last("Turnover in the third quarter was 2.87 mln against 1.52 mln in the same period last year.") ==
          "1988-Q3");
    CHECK(last("Spending in the third quarter rose to 103 mln dlrs from 43 mln dlrs last year.") == "1988");
    // Inside a change too: "third-quarter profit grew 19% from a year ago".
    CHECK(last("Du Pont said third-quarter profit grew 19% from a year ago on chemicals.") == "1988-Q3");
    // (2026-12-04) counted from a relative time of the same unit its sentence names, whatever the
    // sentence or the story before it names; not from one that is a comparison's base
    CHECK(last("Profit was $5m last year, up from $4m a year earlier.") == "1987");
    CHECK(last("Citadel posted a third-quarter loss.\n\nProfit was $5m last year, up from $4m a year earlier.") ==
          "1987");
    CHECK(last("Swissair lost 60 mln francs last year, against a profit of 27 mln the previous year.") == "1987");
    CHECK(last("MCI expects results to improve in the current quarter compared to the previous quarter.") == "1989-Q3");
    CHECK(last("Exports fell 2.4% last quarter from the quarter before.") == "1989-Q2");
    // "ago" counts back from now, not from a time still to come
    CHECK(last("The company will report results on Dec. 24.\n\nA year ago, the index stood at 102.3.") == "1988");
    CHECK(last("Sales fell 5% in October. A year ago, they rose 3%.") == "1988-10");
    // ... and of a week or a month: "last week ... a week earlier" (ISO weeks across a year's end)
    CHECK(last("Jobless claims fell to 210,000 last week from 225,000 a week earlier.") == "1989-W42");
    CHECK(last("Sales fell 3% last month from a month earlier.") == "1989-09");
    CHECK(last("Imports were 306,000 gallons last week versus 133,505 gallons the week before.") == "1989-W42");
    // (a comma after "before" ends it: no event named after it)
    CHECK(last("Claims fell to 210,000 last week from 225,000 the week before, the Labor Department said.") ==
          "1989-W42");
    // (review) not the time of a relative clause; "the quarter before Christmas" is the quarter
    CHECK(last("Citadel posted a third-quarter loss. The company, which went public last year, said revenue fell "
               "20% from a year earlier.") == "1988-Q3");
    CHECK(last("Retailers reported third-quarter results. Sales in the quarter before Christmas rose 5%.") ==
          "1989-Q3");
    CHECK(last("Citadel posted a third-quarter loss. Sales rose. Costs fell. Prices rose 5 pct year on year.") ==
          "(none)");
    // "the quarter": the last quarter named before it, not one counted from another.
    auto quarter = [&](std::string_view text) {
        auto const all = of_kind(mentions_of(text, ref), mention_kind::relative_time);
        REQUIRE(!all.empty());
        CHECK(all.back().text == "the quarter");
        return all.back().resolved.value_or("(none)");
    };
    CHECK(quarter("Aetna posted a third-quarter profit. Revenue in the quarter rose 5%.") == "1989-Q3");
    CHECK(quarter("Profit in the third quarter fell from the year-ago quarter. In the quarter, sales rose.") ==
          "1989-Q3");
    CHECK(quarter("Sales rose 5%. In the quarter, costs fell.") == "(none)");
    // The same quarter a year before a quarter named earlier is the base, not the story's quarter.
    CHECK(quarter("Sun earned $5 mln in the third quarter. In the 1988 period, it earned $2 mln. Sun shipped "
                  "28,000 systems in the quarter.") == "1989-Q3");
    // "the 1988 quarter", "the 1989 period": the story's quarter of that year; a year elsewhere.
    auto year_quarter = [&](std::string_view text) {
        auto const all = mentions_of(text, ref);
        REQUIRE(!all.empty());
        auto const& m = all.back();
        return fmt::format("{} {} {}", name_of(m.kind), m.text, m.time_value);
    };
    CHECK(year_quarter("Net rose in the third quarter, from 4 mln dlrs in the 1988 quarter") ==
          "period 1988 quarter 1988-Q3");
    CHECK(year_quarter("Aetna posted a fourth-quarter loss. Sales were higher than in the 1988 period") ==
          "period 1988 period 1988-Q4");
    CHECK(year_quarter("Sales rose 5 pct from the 1988 period") == "year 1988 1988");
    CHECK(year_quarter("Net rose in the third quarter, as in 1988 quarterly") == "year in 1988 1988");
    // "The quarter ended Sept. 30" is the quarter that date closes: the calendar quarter of its
    // middle month; a quarter named by number takes the date's year (fiscal quarters keep their
    // number). Not "the quarter of a century".
    auto ended = [&](std::string_view text, mention_kind kind) { return only(text, kind, ref).resolved.value_or(""); };
    CHECK(ended("Results for the quarter ended Sept. 30 were weak.", mention_kind::relative_time) == "1989-Q3");
    CHECK(ended("In the quarter ending July 31, sales rose.", mention_kind::relative_time) == "1989-Q2");
    CHECK(ended("Results for the quarter ended on Jan. 31 were weak.", mention_kind::relative_time) == "1988-Q4");
    CHECK(ended("It earned $4 mln in the fiscal first quarter ended Sept. 30.", mention_kind::period) == "1989-Q1");
    // A fiscal quarter reported in the past has begun: October's "fiscal first quarter" is this
    // year's, not the nearer coming one; a calendar quarter stays the nearest.
    CHECK(ended("Delta earned $5.2 million in the fiscal first quarter.", mention_kind::period) == "1989-Q1");
    CHECK(ended("Delta will earn more in the fiscal first quarter.", mention_kind::period) == "1990-Q1");
    CHECK(of_kind(mentions_of("It took the quarter of a century.", ref), mention_kind::relative_time).empty());
    // "the quarter" before the new value of a change ("to $2.35 billion"), not before the month or
    // day that ends it ("the quarter to March", "the quarter to 30 June")
    {
        auto const found =
            mentions_of("Revenue inched up 3.7% in the quarter to $2.35 billion from $2.27 billion.", ref);
        CHECK(only("Revenue inched up 3.7% in the quarter to $2.35 billion from $2.27 billion.",
                   mention_kind::relative_time, ref)
                  .text == "the quarter");
        auto const change = of_kind(found, mention_kind::change);
        REQUIRE(change.size() == 1);
        CHECK(change[0].to.has_value());
        CHECK(change[0].from.has_value());
        CHECK(of_kind(mentions_of("Sales in the quarter to March fell.", ref), mention_kind::relative_time).empty());
        CHECK(of_kind(mentions_of("Profit rose in the quarter to 30 June.", ref), mention_kind::relative_time).empty());
        CHECK(ended("Sales grew 23.5 pct in the quarter to 398.1 mln dlrs.", mention_kind::relative_time) == "");
        // (and "the year" the same way: "fell 1.1% over the year to £545,100 from £551,200")
        auto const year = of_kind(mentions_of("Prices fell 1.1% over the year to £545,100 from £551,200.", ref),
                                  mention_kind::change);
        REQUIRE(year.size() == 1);
        CHECK(year[0].to.has_value());
        CHECK(year[0].from.has_value());
    }
    // "a year ago" is resolved against the reference date; after a quarter or a month in that
    // year it is that quarter or month.
    auto ago = [&](std::string_view text) {
        auto const relative = only(text, mention_kind::relative_time, ref);
        CHECK_FALSE(relative.anchored);
        return relative.resolved.value_or("(none)");
    };
    CHECK(ago("Travelers' third-quarter net income rose 11%.\n\nNet advanced to $94.2 million from $85 "
              "million a year ago.") == "1988-Q3");
    CHECK(ago("Net advanced to $94.2 million in 1989 from $85 million a year ago.") == "1988");
    CHECK(ago("Net advanced to $94.2 million from $85 million a year ago.") == "1988");
    CHECK(ago("Sales in the third quarter of 1986 were up from a year ago.") == "1988"); // not that year
    CHECK(ago("Prices rose in February. Inflation peaked two years ago, in June 1987.") == "1987");
    // No period named, a rate's basis, a date that does not exist a year earlier: unresolved.
    CHECK(resolved("Profit rose to 5 mln dlrs from 4 mln dlrs a year earlier.") == "(none)");
    CHECK(resolved("Prices in March 2024 rose 3.5 pct year on year.") == "(none)");
    CHECK(resolved("It opened on Feb. 29, 1988, and a year later it closed.") == "(none)");
    // A split year shifts as a whole ("1985/1986" said "1985/86"), for "the previous year" too.
    CHECK(resolved("Toyota said its exports fell 5.5 pct to 1.87 mln in 1986/87, down 0.8 pct from a year "
                   "earlier.") == "1985/1986");
    CHECK(resolved("Housebuilders completed 212,570 homes in 2023/24, down 10% on the previous year.") == "2022/2023");
    // The base of a comparison is not the period of the figures after it: "a year earlier" after
    // "from 129.8 in November" is not November's ("The index rose to 134.1 from 129.8 in November
    // and 122.8 a year earlier" is December's index); a period that is no base still counts.
    CHECK(resolved("The index rose to 134.1 in December from 129.8 in November and 122.8 a year earlier.") == "(none)");
    CHECK(resolved("The pool return fell to 128 dlrs from 151 dlrs in 1985/86.\n\nProfit was 34.5 mln dlrs, up "
                   "15 pct from 30.0 mln dlrs a year earlier.") == "(none)");
    CHECK(resolved("The bank earned 128.1 mln dlrs in the third quarter, up from 118.3 mln a year earlier.") ==
          "1988-Q3");
    CHECK(resolved("The airline, with 5,000 employees in 1986, said traffic rose 10 pct from a year earlier.") ==
          "1985");
    // a span of years is no split year
    CHECK(resolved("Output in the 1987-90 period will be 5 pct above a year earlier.") == "(none)");
    // A long span's start is not the period of the figures after it; a recent one can be ("the
    // first growth since June 1989, when they rose 4.4 pct from a year earlier").
    CHECK(resolved("The rate was the lowest since December 1977.\n\nIt was 15 basis points below a month "
                   "earlier.") == "(none)");
    CHECK(resolved("It was the first growth since June 1989, when they rose 4.4 pct from a year earlier.") ==
          "1988-06");
    // The sentence before counts across a paragraph break (one sentence a paragraph in wire
    // copy); two sentences back does not.
    CHECK(resolved("Sales were 5 mln dlrs in 1986.\n\nA year later they doubled.") == "1987");
    CHECK(resolved("Sales were 5 mln dlrs in 1986. Costs rose. A year later they doubled.") == "(none)");
}

TEST_CASE("dates") {
    numcheck::calendar_date const ref{2024, 4, 9};
    auto date = [&](std::string_view text) { return only(text, mention_kind::date, ref); };
    CHECK(date("He arrived on April 8 for talks.").time_value == "XXXX-04-08");
    CHECK(*date("He arrived on April 8 for talks.").resolved == "2024-04-08");
    CHECK(date("the invasion on Feb. 24, 2022, was").time_value == "2022-02-24");
    CHECK(date("on 24 February 2022 troops").time_value == "2022-02-24");
    // A day with its ordinal suffix: "24th of May", "3rd June 2024" (the ordinal alone stays one).
    CHECK(date("The vote is on the 24th of May.").text == "24th of May");
    CHECK(date("The vote is on the 24th of May.").time_value == "XXXX-05-24");
    CHECK(date("It ended on the 3rd June 2024.").time_value == "2024-06-03");
    CHECK(only("the 21st floor", mention_kind::ordinal).text == "21st");
    CHECK(date("dated 2022-02-24 in").time_value == "2022-02-24");
    // A month or quarter followed by "last year", "this year", "next year" is of that year.
    auto period = [&](std::string_view text) { return of_kind(mentions_of(text, ref), mention_kind::period); };
    CHECK(period("Sales in June last year were weak.").at(0).resolved == "2023-06");
    CHECK(period("Sales in September next year will rise.").at(0).resolved == "2025-09");
    CHECK(period("Profit in the third quarter this year rose.").at(0).resolved == "2024-Q3");
    CHECK(period("Sales in June were weak.").at(0).resolved == "2024-06"); // the nearest June
    // A part of a month with a hyphen, as "mid-1996": "late-November", "early-March".
    CHECK(period("Prices rose in late-November.").at(0).text == "in late-November");
    CHECK(period("Prices rose in early-March.").at(0).time_value == "XXXX-03");
    auto const ambiguous = date("filed 4/9/2024 in");
    CHECK(ambiguous.ambiguous);
    CHECK(ambiguous.time_value == "2024-04-09");
    auto const tuesday = date("met on Tuesday in Beijing");
    CHECK(tuesday.weekday == "Tuesday");
    CHECK(tuesday.text == "on Tuesday");
    CHECK(*tuesday.resolved == "2024-04-09");
    // A weekday alone is the most recent one, unless the clause is about what is to come.
    numcheck::calendar_date const thursday{2024, 4, 11};
    auto weekday = [&](std::string_view text) {
        return only(text, mention_kind::date, thursday).resolved.value_or("");
    };
    CHECK(weekday("The minister met Wang on Tuesday.") == "2024-04-09");
    CHECK(weekday("The minister will travel to Beijing on Tuesday.") == "2024-04-16");
    CHECK(weekday("The team planned to leave Nairobi on Tuesday.") == "2024-04-16");
    CHECK(weekday("The deal is scheduled to close Tuesday.") == "2024-04-16");
    CHECK(weekday("Talks are set to resume Tuesday in Belfast.") == "2024-04-16");
    CHECK(weekday("The board is expected to vote Tuesday.") == "2024-04-16");
    CHECK(weekday("The board was expected to vote Tuesday.") == "2024-04-09");
    // The end of a range of months follows its first month.
    auto const ranges = of_kind(mentions_of("Shipments for April through November and from November through "
                                            "February rose.",
                                            thursday),
                                mention_kind::period);
    REQUIRE(ranges.size() == 4);
    CHECK(ranges[0].text == "for April");
    CHECK(ranges[0].resolved == "2024-04"); // a range that names no period goes from its first month
    CHECK(ranges[1].resolved == "2024-11");
    CHECK(ranges[2].resolved == "2023-11");
    CHECK(ranges[3].resolved == "2024-02");
    // A range whose end has a year, or that names a period, ends in that year, or where the
    // clause's tense puts its last month: "the Jan-Sept period" in October is this year's.
    numcheck::calendar_date const october{1987, 10, 20};
    auto starts = [&](std::string_view text) {
        return of_kind(mentions_of(text, october), mention_kind::period).front();
    };
    CHECK(starts("Exports from January to August 1987 stood at 1.1 billion dlrs.").time_value == "1987-01");
    CHECK(starts("Registrations rose to 2.18 mln from 2.12 mln during January/September 1986.").time_value ==
          "1986-01/1986-09");
    CHECK(starts("Gold imports in Jan-Dec, 1986, totaled 15.7 mln ounces.").time_value == "1986-01/1986-12");
    CHECK(*starts("The surplus in the Jan-Sept period was 7.9 billion dlrs.").resolved == "1987-01/1987-09");
    CHECK(*starts("Revenues rose 3.4 pct in the January to July period.").resolved == "1987-01");
    auto const july =
        of_kind(mentions_of("Revenues rose 3.4 pct in the January to July period.", october), mention_kind::period);
    REQUIRE(july.size() == 2);
    CHECK(*july[1].resolved == "1987-07"); // the end follows the first month as resolved
    CHECK(starts("Issues rose in April/January 1986/87.").time_value == "XXXX-04/XXXX-01"); // a split year after
    // The months of a split year, in parentheses after it: that split year's, the text gives them
    // (with or without a reference date); not a span that does not cross the year, nor one after
    // a sentence's other words.
    auto months = [](std::string_view text, std::optional<numcheck::calendar_date> reference) {
        return of_kind(mentions_of(text, reference), mention_kind::period).back();
    };
    CHECK(months("Output will fall in 1987/88 (Oct-Sept) to 1.2 mln tonnes.", october).time_value == "1987-10/1988-09");
    CHECK(*months("Imports rose during the 1986/87 season (November-October), it said.", october).resolved ==
          "1986-11/1987-10");
    CHECK(months("Imports rose during 1985/86 ( July/June ).", std::nullopt).time_value == "1985-07/1986-06");
    CHECK(months("Imports in 1985/86 (Jan-May) rose.", october).time_value == "XXXX-01/XXXX-05");
    CHECK(months("Imports in 1985/86 rose, it said (Oct-Sept).", std::nullopt).time_value == "XXXX-10/XXXX-09");
    // the split year a part of a comparison
    CHECK(months("Exports fell to 4 mln tonnes compared with 1985/86 (Oct-Sept).", october).time_value ==
          "1985-10/1986-09");
    // A month that names the figures is the base of "a year earlier"; a name is no month.
    auto const load = of_kind(mentions_of("Delta said its March load factor fell from a year earlier.", october),
                              mention_kind::relative_time);
    REQUIRE(load.size() == 1);
    CHECK(load[0].resolved == "1986-03");
    CHECK(of_kind(mentions_of("Theresa May said exports rose.", october), mention_kind::period).empty());
    CHECK(of_kind(mentions_of("May Department Stores said sales rose.", october), mention_kind::period).empty());
    // "since July": a month that has begun, whatever the clause says; a month alone is the nearest.
    CHECK(only("Prices have risen since July.", mention_kind::period, thursday).resolved == "2023-07");
    CHECK(only("Sales have risen since August.", mention_kind::period, thursday).resolved == "2023-08");
    // however far back the month is: not the nearer one to come ("since May" in April)
    CHECK(only("Shares have tripled since May.", mention_kind::period, thursday).resolved == "2023-05");
    CHECK(only("Prices have been flat since April.", mention_kind::period, thursday).resolved == "2024-04");
    CHECK(only("Shares have tripled since January.", mention_kind::period, numcheck::calendar_date{2024, 11, 5})
              .resolved == "2024-01");
    CHECK(only("Trading resumes in July.", mention_kind::period, thursday).resolved == "2024-07");
    // A period of figures that ends in a month ("the year to June") has ended, unless it is to come.
    numcheck::calendar_date const mid_may{2026, 5, 14};
    CHECK(only("Inflation was 3% in the year to June.", mention_kind::period, mid_may).resolved == "2025-06");
    CHECK(only("Profit rose in the three months to September.", mention_kind::period, mid_may).resolved == "2025-09");
    CHECK(only("Inflation will be 2% in the year to June.", mention_kind::period, mid_may).resolved == "2026-06");
    CHECK(only("The firm expects revenue of $2bn in the year to June.", mention_kind::period, mid_may).resolved ==
          "2026-06");
    CHECK(only("The 12 months to September saw record exports.", mention_kind::period, mid_may).resolved == "2025-09");
    CHECK(only("Sales rose in the year to March.", mention_kind::period, mid_may).resolved == "2026-03");
    // (the last one too when its month has passed this year: "the quarter to March" in October)
    numcheck::calendar_date const late_october{1989, 10, 30};
    CHECK(only("Sales in the quarter to March fell.", mention_kind::period, late_october).resolved == "1989-03");
    CHECK(only("The firm expects revenue of $2bn in the year to March.", mention_kind::period, late_october).resolved ==
          "1990-03");
    // "the March quarter": the calendar quarter that ends in the month named.
    auto const march = only("Profit rose 5% in the March quarter.", mention_kind::period, mid_may);
    CHECK(march.text == "the March quarter");
    CHECK(march.time_value == "XXXX-Q1");
    CHECK(march.resolved == "2026-Q1");
    CHECK(of_kind(mentions_of("Sales fell in the December quarter of 2025.", mid_may), mention_kind::period)[0]
              .time_value == "2025-Q4");
    // a day before the date that names the month
    auto const british = of_kind(mentions_of("The strike runs from 20 to 22 May.", mid_may), mention_kind::date);
    REQUIRE(british.size() == 2);
    CHECK(british[0].resolved == "2026-05-20");
    CHECK(of_kind(mentions_of("Sales rose from 20 to 22 in May.", mid_may), mention_kind::date).empty());
    CHECK(weekday("He said Tuesday that talks will resume.") == "2024-04-09");
    CHECK(weekday("The offer had been due to expire Tuesday.") == "2024-04-09");
    CHECK(weekday("They said they would appeal the ruling, announced Tuesday.") == "2024-04-09");
    CHECK(weekday("The minister will speak on Thursday.") == "2024-04-11"); // today
    // A possessive weekday is a day too ("Wednesday's ruling"); a weekday the story has already
    // named with its date is that date.
    CHECK(weekday("They will appeal Wednesday's ruling.") == "2024-04-10");
    auto const sundays =
        of_kind(mentions_of("The final is on Sunday, April 14. Tickets for Sunday's match sold out.", thursday),
                mention_kind::date);
    REQUIRE(sundays.size() == 2);
    CHECK(sundays[1].text == "Sunday");
    CHECK(*sundays[1].resolved == "2024-04-14");
    // A date without a year: the year its clause's tense gives, else the nearest one. In a story of
    // May 6, 1999, the past October is 1998's, the coming one 1999's; "the Oct. 23 killing" names
    // an event (no tense). Within two months of the reference date the nearest wins even so.
    numcheck::calendar_date const may{1999, 5, 6};
    auto dated = [&](std::string_view text) { return only(text, mention_kind::date, may).resolved.value_or(""); };
    CHECK(dated("Slepian was shot to death on Oct. 23 at his home.") == "1998-10-23");
    CHECK(dated("The trial will open on Oct. 23 in Buffalo.") == "1999-10-23");
    CHECK(dated("Police reviewed the Oct. 23 killing again.") == "1998-10-23");
    CHECK(dated("They would look into the Feb. 3 killing.") == "1999-02-03"); // not "would ... Feb. 3"
    CHECK(dated("The Sept. 1 deadline is near.") == "1999-09-01");            // nearest: 4 months ahead
    CHECK(dated("Sales stood at 5 mln dlrs on Sept. 1.") == "1998-09-01");
    CHECK(dated("The reduced dividend is payable Jan. 2.") == "2000-01-02");
    CHECK(dated("The vote was delayed until June 1.") == "1999-06-01"); // within two months
    // A month alone likewise: "stepped down in March" (past), "will retire in November".
    auto month = [&](std::string_view text) { return only(text, mention_kind::period, may).resolved.value_or(""); };
    CHECK(month("He stepped down as chairman in November.") == "1998-11");
    CHECK(month("He will retire in November.") == "1999-11");
    CHECK(month("The plant reopens in October.") == "1999-10");  // nearest
    CHECK(month("Output peaks in November.") == "1998-11");      // the earlier on a tie
    CHECK(month("The plant reopens in November.") == "1999-11"); // a start told in the present
    CHECK(weekday("He and Arafat meet separately Monday with Albright.") == "2024-04-15");
    // ("each Monday", "every other Tuesday": a day that repeats, no date)
    CHECK(of_kind(mentions_of("The group that meets each Monday."), mention_kind::date).empty());
    CHECK(of_kind(mentions_of("The market opens every Thursday and every other Tuesday."), mention_kind::date).empty());
    CHECK(only("Each bill was sold on Tuesday.", mention_kind::date).weekday == "Tuesday");
    // A time that opens its clause takes the tense of the verbs after it; "until", "as soon as",
    // "scheduled for", "is to", "expects to" and a modal speak of what is to come.
    CHECK(month("In November, the company brought in a new chief.") == "1998-11");
    CHECK(month("In November, the company will name a new chief.") == "1999-11");
    CHECK(month("The November crush ended today.") == "1998-11"); // a contract's month, the nearest
    CHECK(month("The company unveiled the plan in November.") == "1998-11");
    CHECK(month("The company said it expects to close the deal in November.") == "1999-11");
    CHECK(month("Talks could take place by November.") == "1999-11");
    CHECK(month("They should respect pledges made in the November accord.") == "1998-11");
    // The clause's last twelve words; "be", "is", "to" or an article before an -ed word, a verb of
    // saying or agreeing with words between, a date moved to: none of them the past.
    CHECK(month("The operator changed from a fiscal year to a calendar year in November.") == "1998-11");
    CHECK(month("Smith will be named commander of the shuttle for a mission in October.") == "1999-10");
    CHECK(month("The report is expected to be published by the end of November.") == "1999-11");
    CHECK(month("The company is required to pay its bank debt by October.") == "1999-10");
    CHECK(month("It would replace a two-tiered committee with a single board by November.") == "1999-11");
    CHECK(month("Taylor, who stepped down as chairman, president and chief executive in November, left.") == "1998-11");
    CHECK(month("The firm said it expects results for the quarter to end in October.") == "1999-10");
    CHECK(month("The bank extended the loans through October.") == "1999-10"); // the new end: nearest
    CHECK(month("The plant ran through October.") == "1998-10");
    CHECK(month("Exports rose in the year, the bank said, and in November.") == "1998-11"); // the nearest
    CHECK(dated("The company said it extended the expiration of its warrants to Oct. 23.") == "1999-10-23");
    CHECK(dated("The unit agreed to buy the line for $22 million on Oct. 23.") == "1999-10-23");
    CHECK(dated("Demand was so weak the plant closed the line on Oct. 23.") == "1998-10-23");
    CHECK(dated("Output will proceed on Oct. 23.") == "1999-10-23"); // not "-ed": "proceed" is now
    CHECK(dated("The offer was extended until Oct. 23.") == "1999-10-23");
    CHECK(dated("The index is near its record high set on Oct. 23.") == "1998-10-23"); // a record set
    CHECK(dated("The index is near its record high on Oct. 23.") == "1999-10-23");     // (the nearest)
    CHECK(dated("Peters, who until Oct. 23 was a director, left.") == "1998-10-23");
    CHECK(dated("Police have searched for him since shortly after the Oct. 23 slaying.") == "1998-10-23");
    CHECK(dated("The dividend is to be paid on Oct. 23 to holders.") == "1999-10-23");
    CHECK(dated("Oct. 23, the day after the deal was announced, shares rose.") == "1998-10-23");
    CHECK(weekday("The group could come as soon as Tuesday.") == "2024-04-16");
    CHECK(only("The president will speak tonight.", mention_kind::relative_time, thursday).resolved == "2024-04-11");
    CHECK(weekday("On Tuesday, the committee will vote.") == "2024-04-16");
    CHECK(weekday("On Tuesday, the committee voted.") == "2024-04-09");
    CHECK(weekday("On Tuesday, the National Abortion Rights Action League plans to hold a news conference.") ==
          "2024-04-16");
    CHECK(weekday("On Tuesday, the group expected to win, but lost.") == "2024-04-09");              // not "expects to"
    CHECK(weekday("On Tuesday, the company's plan to sell the unit was rejected.") == "2024-04-09"); // a noun
    CHECK(weekday("The relatives have until 9 a.m. Tuesday to sign.") == "2024-04-16");
    CHECK(weekday("He will leave at dawn (4 a.m. EDT Tuesday), Castro said.") == "2024-04-16");
    CHECK(weekday("A vote on the bill is scheduled for Tuesday.") == "2024-04-16");
    CHECK(weekday("The court adjourned the hearing until Tuesday.") == "2024-04-16");
    CHECK(weekday("They expect the heat to last until at least Tuesday.") == "2024-04-16");
    // A day below ten spelled out, as Reuters writes it; not a count after a month.
    CHECK(dated("The dividend is payable April one to holders of record.") == "1999-04-01");
    CHECK(only("The offer expires July three, 1987, unless extended.", mention_kind::date).time_value == "1987-07-03");
    CHECK(of_kind(mentions_of("In March two workers were hurt.", may), mention_kind::date).empty());
    CHECK(of_kind(mentions_of("May one ask why?", may), mention_kind::date).empty());
    CHECK(dated("The shares are held as of May Eight.") == "1999-05-08"); // not the month "of May"
    // "March 10-31", "Oct. 1-7, 1986": two dates, the year after both (a score "7-1" is none).
    auto const days = of_kind(mentions_of("It bought shares March 10-31 and Oct. 1-7, 1986.", may), mention_kind::date);
    REQUIRE(days.size() == 4);
    CHECK(days[1].text == "31");
    CHECK(days[1].time_value == "XXXX-03-31");
    CHECK(days[2].time_value == "1986-10-01");
    CHECK(days[3].time_value == "1986-10-07");
    // "April 24 and 25.", "March 9 or 10,": two dates (not "on April 24 and 25 others").
    auto const pair = of_kind(mentions_of("The summit is on April 24 and 25. It sold 10 on May 2 and 25 others.", may),
                              mention_kind::date);
    REQUIRE(pair.size() == 3);
    CHECK(pair[1].text == "25");
    CHECK(*pair[1].resolved == "1999-04-25");
    // The second date of a range follows the first: one summit, not one a year long.
    numcheck::calendar_date const june{2024, 6, 1};
    auto const range = of_kind(mentions_of("Leaders met at a summit from Oct. 1 to Oct. 7.", june), mention_kind::date);
    REQUIRE(range.size() == 2);
    CHECK(*range[0].resolved == "2023-10-01");
    CHECK(*range[1].resolved == "2023-10-07");
    auto const dashed = of_kind(mentions_of("Talks ran Dec. 28\u2013Jan. 3.", june), mention_kind::date);
    REQUIRE(dashed.size() == 2);
    CHECK(*dashed[1].resolved == "2024-01-03");
    auto const across = of_kind(mentions_of("Talks ran between Dec. 28 and Jan. 3.", june), mention_kind::date);
    REQUIRE(across.size() == 2);
    CHECK(*across[1].resolved == "2024-01-03");
    // Holidays: a fixed day, or one that moves (its month without a year, its day with one).
    numcheck::calendar_date const november{1999, 11, 20};
    auto holiday = [&](std::string_view text) { return only(text, mention_kind::date, november); };
    CHECK(holiday("Families will gather on Thanksgiving Day.").time_value == "XXXX-11");
    CHECK(*holiday("Families will gather on Thanksgiving Day.").resolved == "1999-11-25");
    CHECK(*holiday("The vote was held on Election Day.").resolved == "1999-11-02");
    CHECK(*holiday("Markets shut for Labor Day.").resolved == "1999-09-06");
    CHECK(*holiday("Markets shut for Memorial Day.").resolved == "1999-05-31");
    CHECK(holiday("Stores close on Christmas Eve.").time_value == "XXXX-12-24");
    CHECK(holiday("Stores close on Christmas.").time_value == "XXXX-12-25");
    CHECK(holiday("Thanksgiving Day 1998 was quiet.").time_value == "1998-11-26");
    CHECK(of_kind(mentions_of("The Labor Party said the election day was quiet."), mention_kind::date).empty());
    auto const full = date("on Tuesday, April 9, the");
    CHECK(full.text == "on Tuesday, April 9");
    CHECK(full.weekday == "Tuesday");
    CHECK(full.time_value == "XXXX-04-09");
    // "may" the verb is not May the month.
    CHECK(of_kind(mentions_of("They may 5 times try."), mention_kind::date).empty());
}

TEST_CASE("datelines") {
    auto const all = mentions_of("BEIJING, April 9 (Reuters) - Trade rose.");
    auto const dates = of_kind(all, mention_kind::date);
    REQUIRE(dates.size() == 1);
    CHECK(dates[0].dateline);
    auto const dateline = [](std::string_view text) {
        auto const found = of_kind(mentions_of(text), mention_kind::date);
        REQUIRE(!found.empty());
        return found.front().dateline;
    };
    // (2026-12-04) a state or a country after the place; a dash folded from an em dash
    CHECK(dateline("PASADENA, Calif., April 12, 2024 -- NASA said it would launch."));
    CHECK(dateline("ST. PAUL, Minn., April 12, 2024 -- Snow fell."));
    CHECK(dateline("GENEVA, Switzerland, April 12, 2024 \xE2\x80\x94 The talks resumed."));
    // a full date alone on its line near the top, perhaps after "Published:"
    CHECK(dateline("Acme results\n\nFeb. 28, 2024\n\nSales rose 5%."));
    CHECK(dateline("Published: Saturday, Nov. 16, 2024\n\nSales rose."));
    CHECK(dateline("Published: Tuesday, Jan. 9, 2024 at 9:00 a.m. ET\n\nSales rose."));
    CHECK(dateline("Updated: Tuesday, Jan. 9, 2024\n\nSales rose."));
    // (review) not a date under a headline of dates, nor one that goes on in its paragraph
    CHECK(!dateline("Timeline\n\nMarch 3, 2019\n\nThe union files its claim."));
    CHECK(!dateline("Timeline\n\nMarch 3, 2019\nThe union files its claim."));
    CHECK(!dateline("Next hearing:\nFriday, Jan. 10, 2025\n\nThe case goes on."));
    CHECK(!dateline("## 2019\n\nMarch 3, 2019\n\nThe union files its claim."));
    // not a date in a sentence, nor a place in lower case
    CHECK(!dateline("The plant opened on Feb. 28, 2024.\n\nSales rose."));
    CHECK(!dateline("Officials in Geneva, Switzerland, April 12, 2024 - talks resumed."));
    CHECK(!dateline("Results\n\nThe plant opened.\n\nIt closed.\n\nSales fell.\n\nFeb. 28, 2024"));
}

TEST_CASE("a live page's time stamp is no figure; a time posted by an athlete is") {
    CHECK(of_kind(mentions_of("Updated 16.05 Of the 12 miners, nine are now above ground."), mention_kind::number)
              .size() == 2);
    CHECK(only("Bolt posted 9.58 in Berlin.", mention_kind::number).value == 9.58);
}

TEST_CASE("ages: said with 'now' in apposition ('Biden, now 81,', 'The former president, now 78,')") {
    CHECK(only("Biden, now 81, said he would run.", mention_kind::age).value == 81);
    CHECK(only("The former president, now 78, is running again.", mention_kind::age).value == 78);
}

TEST_CASE("durations") {
    struct expected {
        char const* text;
        char const* mention;
        char const* value;
        char const* hedge;
    };
    for (auto const& e : {expected{"a two-day visit", "two-day", "P2D", ""},
                          {"for three weeks he", "three weeks", "P3W", ""},
                          {"less than three weeks after the", "less than three weeks after", "P3W", "less than"},
                          {"less than a week later, on", "less than a week later", "P1W", "less than"},
                          {"for more than a decade now", "more than a decade", "P10Y", "more than"},
                          {"served 20 years in", "20 years", "P20Y", ""},
                          {"within a month of", "within a month", "P1M", "within"},
                          {"for half an hour", "half an hour", "PT0.5H", ""},
                          {"for an hour and a half", "an hour and a half", "PT1.5H", ""},
                          // fractions and decimals of a unit; a dash after the unit that is no hyphen
                          {"The loan has a 4-1/2 year grace period.", "4-1/2 year", "P4.5Y", ""},
                          {"It cuts the week by 1-1/2 hours to 37.", "1-1/2 hours", "PT1.5H", ""},
                          {"It has an average life of 7.11 years and", "7.11 years", "P7.11Y", ""},
                          {"ending three and one-half years of tests", "three and one-half years", "P3.5Y", ""},
                          {"over the last two and a half years.", "two and a half years", "P2.5Y", ""},
                          {"the first time in six years -- would", "six years", "P6Y", ""},
                          {"talks lasted a week or so, he said", "a week or so", "P1W", "about"},
                          // the one up to now
                          {"Sales rose in the past year.", "past year", "P1Y", ""},
                          {"It grew over the past decade.", "past decade", "P10Y", ""},
                          {"Shares fell in the past week.", "past week", "P1W", ""},
                          // a delay: "later than", "earlier than" (no time counted from a period)
                          {"It reaches 2% in 2028, six months later than it forecast.", "six months", "P6M", ""},
                          {"It came a day earlier than expected.", "a day", "P1D", ""},
                          // "on" before a word: no time counted on ("a year on, ..." is one)
                          {"Talks lasted a day on average.", "a day", "P1D", ""},
                          {"He was jailed for 11 years on charges of fraud.", "11 years", "P11Y", ""}}) {
        INFO(e.text);
        auto const m = only(e.text, mention_kind::duration);
        CHECK(m.text == e.mention);
        CHECK(m.time_value == e.value);
        CHECK(m.hedge == e.hedge);
    }
    CHECK(only("A year on, the plant is closed.", mention_kind::relative_time).text == "A year on");
    CHECK(only("Two years on from the crash, nothing changed.", mention_kind::relative_time).text == "Two years on");
    // "On a year on year basis": a rate's basis, not a year
    auto const basis = mentions_of("On a year on year basis, M2 rose 16.25 pct.");
    CHECK(of_kind(basis, mention_kind::duration).empty());
    CHECK(only("On a year on year basis, M2 rose 16.25 pct.", mention_kind::relative_time).text == "year on year");
}

TEST_CASE("durations: a range with its unit said once") {
    struct expected {
        char const* text;
        char const* span;
        char const* value;
    };
    for (auto const& e :
         {expected{"It could take six to eight weeks.", "six to eight weeks", "P6W/P8W"},
          expected{"Hearings will last two or three days.", "two or three days", "P2D/P3D"},
          expected{"Rates for 60-90 days were 4.13 pct.", "60-90 days", "P60D/P90D"},
          expected{"It will be built in the next 10 to 12 years.", "10 to 12 years", "P10Y/P12Y"},
          expected{"Talks take at least three to six months.", "at least three to six months", "P3M/P6M"}}) {
        INFO(e.text);
        auto const mentions = mentions_of(e.text);
        auto const d = of_kind(mentions, mention_kind::duration);
        REQUIRE(d.size() == 1);
        CHECK(d[0].text == e.span);
        CHECK(d[0].time_value == e.value);
        CHECK(d[0].is_range);
        CHECK(of_kind(mentions, mention_kind::number).empty()); // the low end is no count of its own
    }
    // no range: a whole and a fraction, a range going down, ages, a time after another
    CHECK(only("It runs 1-1/2 years.", mention_kind::duration).time_value == "P1.5Y");
    CHECK_FALSE(only("It took three to two years.", mention_kind::duration).is_range);
    CHECK_FALSE(only("It will take zero to three months.", mention_kind::duration).is_range);
    CHECK(of_kind(mentions_of("The risk fell for women 20 to 54 years of age."), mention_kind::duration).empty());
    CHECK(of_kind(mentions_of("It will pay 10 to 30 days after the offer."), mention_kind::duration).empty());
}

TEST_CASE("durations: 'the past quarter century' is 25 years, not a quarter") {
    CHECK(only("It grew over the past quarter century.", mention_kind::duration).time_value == "P25Y");
}

TEST_CASE("ages: ranges and open ends after \"aged\"") {
    auto const young = only("Voters aged 18 to 24 backed the party.", mention_kind::age);
    CHECK(young.text == "aged 18 to 24");
    CHECK(young.is_range);
    CHECK(*young.value == 21);
    CHECK(young.range->low == 18);
    CHECK(young.range->high == 25);
    CHECK(only("Those aged between 15 and 24 were hit.", mention_kind::age).text == "aged between 15 and 24");
    // an ordinal joined to "-time", "-hand", "-party", "-world" ... is an adjective, no rank
    for (char const* text : {"First-time buyers need a deposit.", "The second-hand Boeing 747 was bought.",
                             "Sales by third-party brokers grew.", "Third-world debt talks began."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::ordinal).empty());
    }
    CHECK(only("It was the second-largest bank.", mention_kind::ordinal).value == 2);
    // "rose three times": how often, not by how much
    CHECK(of_kind(mentions_of("Deposit rates have fallen six times since January."), mention_kind::change).empty());
    // seconds (the plural only: "a second" is an ordinal)
    {
        auto const race = of_kind(mentions_of("He won in 2 hours and 16 seconds."), mention_kind::duration);
        REQUIRE(race.size() == 2);
        CHECK(race[0].time_value == "PT2H");
        CHECK(race[1].time_value == "PT16S");
    }
    CHECK(of_kind(mentions_of("It was his second win."), mention_kind::duration).empty());
    // "over" a time: spread over it, or more than it
    for (char const* text :
         {"The note is payable in instalments over four years.", "It will cost one billion dlrs over three years."}) {
        INFO(text);
        auto const d = only(text, mention_kind::duration);
        CHECK(d.hedge.empty());
    }
    for (char const* text : {"It has been there for over a month.", "Prices are at their best in over a year.",
                             "Loans with a maturity of over five years.", "The country has over two months of arrears.",
                             "It sank in little over a minute."}) {
        INFO(text);
        CHECK(only(text, mention_kind::duration).hedge == "more than");
    }
    // ... and seasons, counted: "hospitalised over two seasons" is two, "played for over two seasons" more
    auto const counts =
        of_kind(mentions_of("Eleven were hospitalised with RSV over two seasons."), mention_kind::number);
    REQUIRE(counts.size() == 2);
    CHECK(counts[1].hedge.empty());
    CHECK(counts[1].range->high == doctest::Approx(3));
    CHECK(only("He played for over two seasons.", mention_kind::number).hedge == "more than");
    // "a quarter of a century ago": 25 years back
    {
        numcheck::calendar_date const dated{2024, 5, 1};
        auto const ago = of_kind(numcheck::extract_text("A quarter of a century ago, the wall fell.", dated),
                                 mention_kind::relative_time);
        REQUIRE(ago.size() == 1);
        CHECK(ago[0].text == "A quarter of a century ago");
        REQUIRE(ago[0].resolved);
        CHECK(*ago[0].resolved == "1999");
        // "a decade ago", "two decades ago": ten years each ("the last decade": the decade before);
        // "a century ago" a hundred
        for (auto const& [text, year] : {std::pair{"A decade ago, the mill employed 900.", "2014"},
                                         std::pair{"Two decades ago, the mill employed 900.", "2004"},
                                         std::pair{"It was built a century ago.", "1924"},
                                         std::pair{"Two centuries ago, the town was founded.", "1824"},
                                         std::pair{"Half a century ago, the pier was cut in two.", "1974"},
                                         std::pair{"Half a decade ago, the fair was cancelled.", "2019"},
                                         std::pair{"In the last decade, output doubled.", "201"}}) {
            auto const decade = of_kind(numcheck::extract_text(text, dated), mention_kind::relative_time);
            REQUIRE(decade.size() == 1);
            CHECK(decade[0].resolved.value_or("") == year);
        }
    }
    // "N years after her debut": counted from the event named, not from the year before it
    {
        numcheck::calendar_date const dated{2024, 11, 20};
        auto const after = of_kind(numcheck::extract_text("She won in 1999, 31 years after her debut.", dated),
                                   mention_kind::relative_time);
        REQUIRE(after.size() == 1);
        CHECK_FALSE(after[0].resolved);
    }
    // a decade of life: "in her 60s", "in his early 30s", "in their late twenties"
    for (auto const& [text, low, high] : {std::tuple{"A woman in her 60s was hurt.", 60.0, 70.0},
                                          std::tuple{"A man in his early 30s was arrested.", 30.0, 34.0},
                                          std::tuple{"She is in her late twenties.", 27.0, 30.0},
                                          std::tuple{"He is in his mid-forties.", 44.0, 47.0}}) {
        char const* const sentence = text; // (a copy: a lambda cannot capture a structured binding)
        INFO(sentence);
        auto const a = only(text, mention_kind::age);
        REQUIRE(a.range);
        CHECK(a.range->low == doctest::Approx(low));
        CHECK(a.range->high == doctest::Approx(high));
    }
    CHECK(of_kind(mentions_of("In his 2019 book he wrote about it."), mention_kind::age).empty());
    // a programme's title in quotes is no time; a quotation that opens with a time is one
    CHECK(of_kind(mentions_of("Baker said on ABC's \"This Week\" that talks would go on."), mention_kind::relative_time)
              .empty());
    CHECK(of_kind(mentions_of("He said: \"Today has been irrational.\""), mention_kind::relative_time).size() == 1);
    // "the week of March 6": that day's week
    CHECK(
        only("The hearing is set for the week of March 6.", mention_kind::period, numcheck::calendar_date{2000, 2, 24})
            .resolved == "2000-W10");
    // "aged from 68 to 94": a span of ages, no change
    CHECK(only("His 412 victims, aged from 68 to 94, died.", mention_kind::age).range->high == doctest::Approx(95));
    CHECK(of_kind(mentions_of("His 412 victims, aged from 68 to 94, died."), mention_kind::change).empty());
    // a person's age at the end of a clause, after "he" or "she"
    CHECK(only("She died on Monday. She was 87.", mention_kind::age).text == "She was 87");
    CHECK(only("It was published in 1968, when she was 31.", mention_kind::age).value == 31);
    CHECK(only("He lives in Paris. He is 45.", mention_kind::age).value == 45);
    CHECK(of_kind(mentions_of("She was 5 minutes late."), mention_kind::age).empty());
    // "now" before the age, and a name that is the age today ("Pickens is 58.")
    CHECK(only("He lives in Paris. She is now 58.", mention_kind::age).text == "She is now 58");
    CHECK(only("Pearson is 75 and is an adviser.", mention_kind::age).text == "Pearson is 75");
    CHECK(only("Smith is now 81, he said.", mention_kind::age).value == 81);
    CHECK(of_kind(mentions_of("It is 58, the index said."), mention_kind::age).empty());
    CHECK(of_kind(mentions_of("Smith was 58."), mention_kind::age).empty());
    CHECK(of_kind(mentions_of("Smith is 58 points behind."), mention_kind::age).empty());
    CHECK(of_kind(mentions_of("Smith is 7 and 3 this season."), mention_kind::age).empty());
    CHECK(of_kind(mentions_of("He was 12th in the race."), mention_kind::age).empty());
    // spelled ages
    auto const children = only("Children aged five to 11 were vaccinated.", mention_kind::age);
    CHECK(children.text == "aged five to 11");
    CHECK(children.range->low == 5);
    CHECK(children.range->high == 12);
    CHECK(of_kind(mentions_of("Children aged five to 11 were vaccinated."), mention_kind::number).empty());
    CHECK(only("Horses aged between five and 15 suffer.", mention_kind::age).text == "aged between five and 15");
    CHECK(*only("He retired at age sixty-five.", mention_kind::age).value == 65);
    auto const old = only("Farmers aged 55 or over get pensions.", mention_kind::age);
    CHECK(old.text == "aged 55 or over");
    CHECK(old.hedge == "at least");
    CHECK(only("Voters aged 18-24 backed it.", mention_kind::age).range->high == 25);
    // no range downwards or beyond an age, and "and" makes one only after "between"
    CHECK_FALSE(only("Smith, aged 45 and 3 children, left.", mention_kind::age).is_range);
    CHECK(only("He died aged 45 and was buried.", mention_kind::age).text == "aged 45");
    CHECK(only("He died aged 45 and 150 others were injured.", mention_kind::age).value == 45);
    CHECK(only("He died aged 45 and 50 others were injured.", mention_kind::age).text == "aged 45");
    CHECK(only("Workers aged 60 to 500 were surveyed.", mention_kind::age).value == 60);
}

TEST_CASE("ages") {
    auto const smith = only("Smith, 45, said the plan failed.", mention_kind::age);
    CHECK(smith.text == "Smith, 45,");
    CHECK(*smith.value == 45);
    // (the age ending the sentence: "said Mayor Alan Pike, 56."; not a decimal, "Barclays, 45.6 pct")
    auto const pike = only("\"We stay,\" said Mayor Alan Pike, 56. He left.", mention_kind::age);
    CHECK(pike.text == "Pike, 56");
    CHECK(*pike.value == 56);
    CHECK(of_kind(mentions_of("Shares in Barclays, 45.6 pct higher, rose."), mention_kind::age).empty());
    CHECK(*only("a man aged 45 was", mention_kind::age).value == 45);
    CHECK(*only("a 45-year-old driver", mention_kind::age).value == 45);
    auto const born = only("she was born in 1970 in", mention_kind::age);
    CHECK(*born.born == 1970);
    CHECK_FALSE(born.value);
}

TEST_CASE("comparison markers") {
    auto const all = mentions_of("up 26 percent compared with 2022.");
    auto const c = of_kind(all, mention_kind::comparison);
    REQUIRE(c.size() == 1);
    CHECK(c[0].text == "compared with 2022");
    auto const years = of_kind(all, mention_kind::year);
    REQUIRE(years.size() == 1);
    CHECK(years[0].text == "2022");
    CHECK(years[0].parent);
    for (auto text : {"In comparison, exports fell.", "By comparison, exports fell.", "exports of 5 mln versus 4 mln",
                      "exports vs imports", "more exports than the 5 mln of imports",
                      "profit was higher than in the preceding year", "bills averaged 12.4 pct against 12.8 pct",
                      "rates fell compared with March"}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::comparison).size() == 1);
    }
    // "than", "against", "versus", "compared with" and "relative to" with no figure or time after
    // them in their clause set nothing against a figure: no comparison.
    for (auto text : {"He warned against expecting a turnaround.", "Its offensive against Iraq ended.",
                      "Approval is taking longer than expected.", "more exports than imports",
                      "exports versus imports, he said", "It was priced at 97.35 compared with its par price.",
                      // (a name's word: "the Offences Against the Person Act 1861")
                      "He was charged under the Offences Against the Person Act 1861."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::comparison).empty());
    }
    CHECK(only("rose 5 pct from a year earlier", mention_kind::comparison).text == "from a year earlier");
}

TEST_CASE("counts carry their unit word") {
    CHECK(only("CO2 stood at 425 parts per million.", mention_kind::number).unit == "ppm");
    CHECK(only("Ozone reached 70 parts per billion.", mention_kind::number).unit == "ppb");
    for (auto const& entry : {std::pair{"1.2 million vehicles", "vehicles"},
                              {"300 passengers", "passengers"},
                              {"17.25 mln tonnes", "tonnes"},
                              {"13,000 workers", "workers"},
                              {"a dozen new models", "models"}}) {
        auto const* text = entry.first;
        auto const* unit = entry.second;
        INFO(text);
        CHECK(only(text, mention_kind::number).unit == unit);
    }
    // A word in -ed is an adjective before the noun or a verb, never the noun: "seven
    // industrialised nations", "17 died", "the 645.9 mln shipped during January".
    CHECK(only("Finance ministers of seven industrialised nations met.", mention_kind::number).unit == "nations");
    // (an adverb of where is no counted noun: "and 31 elsewhere"; "overseas" may be an adjective before it)
    CHECK(test::units_of("It has 118 in Britain and 31 elsewhere.", mention_kind::number) ==
          std::vector<std::string>{"", ""});
    CHECK(only("Some 25 overseas delegations came.", mention_kind::number).unit == "delegations");
    // (the container trade's unit in words)
    CHECK(only("It handled 1.67 million twenty-foot equivalent units.", mention_kind::number).unit == "TEU");
    CHECK(only("It handled 3.52 million 20-foot equivalent units.", mention_kind::number).unit == "TEU");
    CHECK(test::units_of("The firm has 2,400 abroad and 300 overseas.", mention_kind::number) ==
          std::vector<std::string>{"", ""});
    CHECK(only("At least 17 died in the fire.", mention_kind::number).unit.empty());
    CHECK(only("Sales rose from the 645.9 mln shipped during January.", mention_kind::number).unit.empty());
    // Adjectives before the noun, any number of them: "four mln additional common shares", "five
    // other industrial nations", "one Western envoy".
    for (auto const& entry : {std::pair{"It will offer four mln additional common shares.", "shares"},
                              {"Each unit has one common share and a warrant.", "share"},
                              {"It sold 29 mln ordinary shares.", "shares"},
                              {"It met five other industrial nations.", "nations"},
                              {"Ten commercial banks signed.", "banks"},
                              {"said one Western envoy.", "envoy"}}) {
        INFO(entry.first);
        CHECK(only(entry.first, mention_kind::number).unit == entry.second);
    }
    // Words that are no counted noun: adverbs and market shorthand ("from 953 mln previously",
    // "148.50 unch", "closed 1-3/8 lower", "was 4.7 off"), and a part picked out of a whole ("the
    // two largest creditor banks", "three former officers": not a count of all of them).
    CHECK(only("It has 1,012 likely voters.", mention_kind::number).unit == "voters"); // an adverb in -ly
    CHECK(only("It has 400 hourly workers.", mention_kind::number).unit == "workers"); // an adjective in -ly
    // (an adverb in -ly and a participle: the noun after them, not the adverb)
    CHECK(only("It took over six financially troubled firms.", mention_kind::number).unit == "firms");
    CHECK(only("One family left.", mention_kind::number).unit == "family");
    for (char const* text : {"Profit rose to 1.14 billion from 953 mln previously.", "Wheat was 148.50 unch.",
                             "It was 3.54 billion five years previously.", "The crop is 2.0 mln below last year.",
                             "Inco closed 1-3/8 lower at 19.", "The index was 4.7 off at noon.",
                             "It is held by the two largest creditor banks.", "He hired three former officers."}) {
        INFO(text);
        auto const numbers = of_kind(mentions_of(text), mention_kind::number);
        REQUIRE(!numbers.empty());
        CHECK(numbers[0].unit.empty());
    }
}

TEST_CASE("spans are byte offsets with line and code-point column") {
    std::string const text = "\xE2\x80\x9CWe\xE2\x80\x9D rose.\nIt cost \xE2\x82\xAC"
                             "3.5 million.";
    auto const m = only(text, mention_kind::money);
    CHECK(m.span.line == 2);
    CHECK(m.span.column == 9);
    CHECK(m.text == "\xE2\x82\xAC"
                    "3.5 million");
    CHECK(text.substr(m.span.begin, m.span.end - m.span.begin) == m.text);
}

TEST_CASE("forms seen in Reuters copy") {
    auto const coupon = only("an 8-5/8 pct coupon", mention_kind::percent);
    CHECK(coupon.text == "8-5/8 pct");
    CHECK(*coupon.value == doctest::Approx(8.625));
    CHECK(*only("Gates, a 43-year old career spy", mention_kind::age).value == 43);
    CHECK(of_kind(mentions_of("in the 1985 quarter"), mention_kind::duration).empty());
    CHECK(of_kind(mentions_of("First Union Corp said"), mention_kind::ordinal).empty());
    CHECK(of_kind(mentions_of("Draftsmaster II, 11,900 dlrs"), mention_kind::age).empty());
    CHECK(of_kind(mentions_of("up to 1.5 mln shares"), mention_kind::change).empty());
    CHECK(only("rose to 213.4 mln dlrs from 101.2 mln dlrs a year earlier", mention_kind::change).text ==
          "rose to 213.4 mln dlrs from 101.2 mln dlrs");
    CHECK(of_kind(mentions_of("1986 losses narrowed"), mention_kind::number).empty());
    auto const pence = only("shares eased to 634p at 0857 GMT", mention_kind::money);
    CHECK(pence.text == "634p");
    CHECK(*pence.value == doctest::Approx(6.34));
    CHECK(pence.unit == "GBP");
    // said in hundredths: the claim model reads a bare figure beside it in hundredths too
    CHECK(pence.hundredths);
    CHECK(only("a dividend of 24 cents a share", mention_kind::money).hundredths);
    CHECK(only("a 75-cent dividend", mention_kind::money).hundredths);
    CHECK_FALSE(only("a dividend of 1.50 dlrs a share", mention_kind::money).hundredths);
    CHECK_FALSE(only("a 1.50 dlr dividend", mention_kind::money).hundredths);
    auto const range = only("at 16-18 dlrs there will be", mention_kind::money);
    CHECK(range.text == "16-18 dlrs");
    CHECK(range.is_range);
    CHECK(*range.value == 17);
    CHECK(range.range->low == doctest::Approx(15.5));
    CHECK(range.range->high == doctest::Approx(19));
    CHECK(only("a swap of 250-350 mln dlrs", mention_kind::money).is_range);
    CHECK(of_kind(mentions_of("Call 555-1234 now"), mention_kind::number).empty());
    CHECK(only("in the 2022-23 season", mention_kind::period).time_value == "2022/2023");
}

TEST_CASE("spelled numbers compose") {
    check_number("one hundred and six", "one hundred and six", 106);
    check_number("twenty-one trillion and three hundred", "twenty-one trillion and three hundred", 21e12 + 300);
    check_number("one and a half", "one and a half", 1.5);
    check_number("3 hundred and 21", "3 hundred and 21", 321);
    check_number("five billion and three quarters", "five billion and three quarters", 5.75e9);
    check_number("half a million", "half a million", 5e5);
    check_number("the answer is negative one", "negative one", -1);
    check_number("two million five hundred thousand", "two million five hundred thousand", 2.5e6);
    check_number("four thousand three", "four thousand three", 4003);
    // (a figure after a million or more with no "and" is the next one: "eight mln five year warrants")
    check_number("about eight mln five year warrants", "about eight mln", 8e6);
    CHECK(of_kind(mentions_of("That one is really good"), mention_kind::number).empty());
}

TEST_CASE("a ratio counted to two digits is as precise as its count") {
    // ("91 out of 100" is 90.5 to 91.5 of 100; "one in five" stands for 10% either side)
    auto const counted = only("It scored 91 out of 100 in the test.", mention_kind::number);
    CHECK(counted.range->low == doctest::Approx(0.905));
    CHECK(counted.range->high == doctest::Approx(0.915));
    auto const rough = only("One in five voters stayed home.", mention_kind::number);
    CHECK(rough.range->low == doctest::Approx(0.18));
    CHECK(rough.range->high == doctest::Approx(0.22));
}

TEST_CASE("a hedge before a figure told to three significant digits or more") {
    // ("Some 257,632 people": counted, the hedge the writer's manner; "about 12,500" stays 10% either side)
    auto const counted = only("Some 257,632 people came.", mention_kind::number);
    CHECK(counted.hedge == "about");
    CHECK(counted.range->low == doctest::Approx(257631.5));
    CHECK(counted.range->high == doctest::Approx(257633));
    auto const round = only("About 12,500 people came.", mention_kind::number);
    CHECK(round.range->low == doctest::Approx(11250));
    CHECK(round.range->high == doctest::Approx(13750));
    // (three or four significant digits, the last not a 5: within 1% or two steps of the last digit)
    auto const short_figure = only("About 1,234 people came.", mention_kind::number);
    CHECK(short_figure.range->low == doctest::Approx(1221.66));
    CHECK(short_figure.range->high == doctest::Approx(1246.34));
    auto const small = only("About 123 people came.", mention_kind::number);
    CHECK(small.range->low == doctest::Approx(121));
    CHECK(small.range->high == doctest::Approx(125));
    auto const scaled = only("Nearly 9.68 million people came.", mention_kind::number);
    CHECK(scaled.range->low == doctest::Approx(9583200));
    CHECK(scaled.range->high == doctest::Approx(9690000));
    auto const fives = only("About 1,250 people came.", mention_kind::number);
    CHECK(fives.range->low == doctest::Approx(1125));
    auto const two_digits = only("About 97 million people came.", mention_kind::number);
    CHECK(two_digits.range->low == doctest::Approx(87.3e6));
}

namespace {

/// Everything extraction says about a mention, on one line.
std::string describe(numcheck::mention const& m) {
    return fmt::format("{}-{} {} {} [{}, {}) {} {} {} {} {} {} {} {} {}", m.begin, m.end, numcheck::name_of(m.kind),
                       m.value.value_or(0), m.range ? m.range->low : 0, m.range ? m.range->high : 0, m.unit, m.hedge,
                       m.time_value, m.resolved.value_or("-"), m.direction, m.amount.value_or(99999),
                       m.from.value_or(99999), m.to.value_or(99999), m.parent.value_or(99999));
}

std::vector<std::string> scan(numcheck::document const& doc, numcheck::scan_mode mode) {
    std::vector<std::string> out;
    for (auto const& m : numcheck::extract(doc, numcheck::calendar_date{2024, 4, 9}, mode).mentions)
        out.push_back(describe(m));
    return out;
}

} // namespace

TEST_CASE("anchors: running a grammar only near its anchor words finds exactly what running every grammar finds") {
    // The anchored scan skips a grammar where none of its anchor words is near (extract.cpp,
    // word_table); a grammar alternative without an anchor in the table would lose mentions. The
    // corpus-wide check is `numcheck_bench --exhaustive --dump` in .ci/run.
    namespace fs = std::filesystem;
    std::size_t files = 0;
    for (auto const& entry : fs::directory_iterator(fs::path(NUMCHECK_SOURCE_DIR) / "samples")) {
        auto const doc = numcheck::load_document(entry.path().string());
        INFO(entry.path().string());
        CHECK(scan(doc, numcheck::scan_mode::anchored) == scan(doc, numcheck::scan_mode::exhaustive));
        ++files;
    }
    CHECK(files >= 5);
    // One phrase for each grammar alternative, and the forms the anchors are least sure of.
    std::string const phrases =
        "Net rose 12 percent to $4.5 billion from $3.6 billion. Exports fell by 11.6 pct. Output was up 26 pct. "
        "Sales doubled to 450 from 200. Costs more than tripled. A three-fold increase came. It rose three-fold. "
        "A fourfold rise followed. "
        "Profit jumped 10-fold. A 26-percent rise followed; a 5 pct increase to 7 pct. An increase of 5 pct "
        "came. Stocks went from 1.6 mln to 1.4 mln tonnes. Prices went up sharply. Prices rose a further 5 pct. "
        "It grew tenfold. Trade was up 5pct and 3%. Rates fell 50 basis points, a half-point cut, 2 percentage "
        "points. Sales hit 34.5 mln dlrs, US$ 1.2bn, Rs 500 crore, 120 billion yuan, 634p, 5 cents, 10 $, "
        "thirteen dollars and forty-five cents, 1.50 dlrs per share, 16-18 dlrs a barrel, EUR 40. "
        "Smith, 45, said the 45-year-old man, aged 45, at age 30, was 45 years old, a 10-month-old, born in "
        "1970, more than 500 years old, around 3 years of age. Compared with 2022 and versus a year earlier, "
        "from the previous week, in comparison, by contrast, as against 1986, relative to 2020, than 2019. "
        "On Tuesday, April 9, 2024, on 24 February 2022, 2022-02-24, 4/9/2024, on Friday, March 2 1987, "
        "the 24th of May, the 3rd June 2024. "
        "Earlier this year, later this month, so far this year, at the end of last year, since the start of "
        "this year, two years ago, two weeks from now, less than a week later, three months before, the next "
        "day, the previous year, the year before, the year-ago quarter, year-earlier, year on year, "
        "year-to-date, since 2019, yesterday, today, tonight, tomorrow, next Tuesday, last April. In fiscal 2023, "
        "fiscal year 2022, FY2023, FY 23, the first quarter of 2023, third-quarter, Q3 2023, H1, the first half "
        "of 2023, the 1990s, the 2022-23 season, 1986/87, crop year 1986/87, April 2018, in March, by April, "
        "in 2022, during 1986, in late November, early December, the end of January, mid-1996, the middle of "
        "October, in early 1991, the latest quarter, over the weekend, this weekend, this year's third quarter, "
        "last year's first half, now, right now, currently, these days, recently, in the past, in the near future, "
        "until June, through February, during March, throughout 2022, "
        "in recent years, the coming months, in nineteen ninety-six, January nineteen ninety-seven, the year two "
        "thousand, "
        "the current quarter, in the quarter, the 1988 third quarter, on Thanksgiving Day, Christmas Eve, Labor Day, "
        "Election Day 1998, on the last Sunday in October, the first Thursday of May 2026, Easter, Easter week, "
        "Black Friday, 26-27 June, on 12-14 July 2025. A two-day visit, 20-year bonds, less than three "
        "weeks, within a month, 20 years, "
        "1 1/2 years, 2.5 years, half an hour, a full year, several weeks, a few months, an hour and a half. "
        "A third of voters, two-thirds of members, one in five adults, half of the budget, a dozen banks, "
        "a hundred delegates, twenty-five people, 3 hundred and 21, minus 5, the fifth, 21st, twenty-first.";
    numcheck::document const doc = numcheck::read_document("<phrases>", phrases, numcheck::document_format::plain);
    auto const anchored = scan(doc, numcheck::scan_mode::anchored);
    CHECK(anchored.size() > 100);
    CHECK(anchored == scan(doc, numcheck::scan_mode::exhaustive));
}

TEST_CASE("numerals are read as strtod reads them, correctly rounded, short or long") {
    // Up to 15 digits are read by integer arithmetic, longer ones by from_chars: both must give
    // the double nearest to the decimal written.
    for (std::string_view const numeral :
         {"0.1", "0.3", "2.675", "9.1", "1,234,567.891", "17.25", "0.0000001", "123456789012345", "1234567890123456",
          "3.141592653589793", "99999999999999.9", ".125", "12.3456789"}) {
        std::string const text = fmt::format("Output was {} tonnes.", numeral);
        auto const m = only(text, mention_kind::number);
        REQUIRE(m.value);
        std::string digits(numeral);
        std::erase(digits, ',');
        CHECK_MESSAGE(*m.value == std::strtod(digits.c_str(), nullptr), numeral);
    }
}

TEST_CASE("forms of modern copy (2026-12-02): fractions before a scale, currency prefixes, slashed pairs") {
    // A half or a quarter said before the scale is a fraction of the scale's unit.
    auto const people = only("About two and a half million people voted.", mention_kind::number);
    CHECK(*people.value == doctest::Approx(2.5e6));
    CHECK(people.unit == "people");
    CHECK(*only("Five-and-a-half thousand jobs went.", mention_kind::number).value == doctest::Approx(5500));
    auto const dollars = only("It cost two and a half million dollars.", mention_kind::money);
    CHECK(*dollars.value == doctest::Approx(2.5e6));
    CHECK(dollars.unit == "USD");
    CHECK(*only("It cost $2 and a half million.", mention_kind::money).value == doctest::Approx(2.5e6));
    CHECK(*only("He scored two and a half goals.", mention_kind::number).value == doctest::Approx(2.5));
    // "three quarters of the budget" is a fraction; "three quarters of losses" three quarters of a year
    CHECK(*only("Three quarters of the budget was spent.", mention_kind::number).value == doctest::Approx(0.75));
    CHECK(only("It posted three quarters of losses.", mention_kind::duration).time_value == "P9M");
    // Currency signs of Australian and New Zealand copy, the rupee's code joined, hundredths named
    auto const us = only("It raised $US2.5 million.", mention_kind::money);
    CHECK(us.unit == "USD");
    CHECK(*us.value == doctest::Approx(2.5e6));
    CHECK(only("It raised $A500 million.", mention_kind::money).unit == "AUD");
    CHECK(only("It raised $NZ40 million.", mention_kind::money).unit == "NZD");
    // after a verb in -ed a number is no counted noun; labels that open a sentence
    CHECK(mentions_of("Passengers at gate 12 waited five hours.").size() == 1);
    CHECK(mentions_of("Pier 1 Imports said its board declared a split.").empty());
    CHECK(mentions_of("Lane 2 was closed.").empty());
    // a whole number with a capital B or M joined is a label or a name; with decimals or a sign, a scale
    CHECK(mentions_of("He lives at 221B Baker Street.").empty());
    CHECK(mentions_of("3M cut 2,000 jobs.").size() == 1);
    CHECK(*only("It has 1.2M members.", mention_kind::number).value == doctest::Approx(1.2e6));
    CHECK(*only("It raised $3B.", mention_kind::money).value == doctest::Approx(3e9));
    // points a percentage moved are percentage points
    {
        auto const all = mentions_of("Support dropped two points to 41% from 43%.");
        auto const points = std::find_if(all.begin(), all.end(), [](auto const& m) { return m.text == "two points"; });
        REQUIRE(points != all.end());
        CHECK(points->kind == mention_kind::percentage_points);
        CHECK(points->unit == "pp");
        CHECK(mentions_of("The index rose 12 points to 1,245 from 1,233.")[1].unit == "points");
    }
    // plain dollars in a paragraph that names one other dollar and no U.S. one are in that dollar
    auto const units_of = [](std::string_view text) { return test::units_of(text, mention_kind::money); };
    CHECK(units_of("Profit rose to 450 mln Canadian dlrs from 400 mln dlrs. Sales were 3 billion dlrs.") ==
          std::vector<std::string>{"CAD", "CAD", "CAD"});
    // (not a plain "$", not before the dollar named, not in a sentence about the United States)
    CHECK(units_of("It earned 45 Canadian dollars, or about $32.") == std::vector<std::string>{"CAD", "USD"});
    CHECK(units_of("Gold closed at 420 dlrs an ounce, compared with 2,930 H.K. dlrs.") ==
          std::vector<std::string>{"USD", "HKD"});
    CHECK(units_of("Exports were 3 billion Australian dlrs. The U.S. trade deficit was 15.1 billion dlrs.") ==
          std::vector<std::string>{"AUD", "USD"});
    CHECK(units_of("It earned 12 mln dlrs. Sales were 3 billion Canadian dlrs.") ==
          std::vector<std::string>{"USD", "CAD"});
    CHECK(units_of("It holds $US5 billion and C$2 billion; it raised $1 billion.") ==
          std::vector<std::string>{"USD", "CAD", "USD"});
    CHECK(units_of("It paid 3 mln H.K. dlrs and 2 mln Australian dlrs for 1 mln dlrs of bonds.") ==
          std::vector<std::string>{"HKD", "AUD", "USD"});
    auto const rupees = only("It raised Rs2bn.", mention_kind::money);
    CHECK(rupees.unit == "INR");
    CHECK(*rupees.value == doctest::Approx(2e9));
    auto const cents = only("The bid was 73 euro cents.", mention_kind::money);
    CHECK(cents.unit == "EUR");
    CHECK(*cents.value == doctest::Approx(0.73));
    CHECK(*only("It fetched 73 US cents.", mention_kind::money).value == doctest::Approx(0.73));
    // Pairs with a slash are no fractions and their second figure no count: "9/11", "24/7", "50/50"
    CHECK(mentions_of("The 9/11 attacks changed everything.").empty());
    CHECK(mentions_of("The store is open 24/7.").empty());
    CHECK(of_kind(mentions_of("It is a 50/50 chance."), mention_kind::number).empty());
    CHECK(*only("About 5/8 of the crop was sold.", mention_kind::number).value == doctest::Approx(0.625));
}

TEST_CASE("a figure after a name: an item of a list of counts, or a model's number") {
    auto const seats = of_kind(mentions_of("Labour won 412 seats, the Conservatives 121 and the Liberal Democrats 72."),
                               mention_kind::number);
    CHECK(seats.size() == 3);
    CHECK(of_kind(mentions_of("Smith scored 12 points, Jones 10 and Brown 8."), mention_kind::number).size() == 3);
    CHECK(of_kind(mentions_of("It ordered 20 planes, Boeing 737 and Airbus 320."), mention_kind::number).size() == 1);
    CHECK(of_kind(mentions_of("It will redeem 100 notes, the Series 53 and 54 bonds."), mention_kind::number).size() ==
          2);
    // (fifty-ninth session) a count in a place named after "in": with a plural noun, or an item of a list
    CHECK(*only("In the UK 45 stores closed.", mention_kind::number).value == 45);
    CHECK(of_kind(mentions_of("The app runs in 120 cities, in the UK 45 and in France 30."), mention_kind::number)
              .size() == 3);
    CHECK(of_kind(mentions_of("Shares in the FTSE 100 companies rose."), mention_kind::number).empty());
    CHECK(of_kind(mentions_of("In the UK 45 was the code."), mention_kind::number).empty());
}

TEST_CASE("an age that bounds who is meant is no count: 'every voter over 65', 'those over 50'") {
    CHECK(of_kind(mentions_of("It wrote to every voter over 65 and opened four boxes."), mention_kind::number).size() ==
          1);
    CHECK(of_kind(mentions_of("It is found in those over 50."), mention_kind::number).empty());
    CHECK(of_kind(mentions_of("Voters aged over 65 turned out."), mention_kind::number).empty());
    CHECK(*only("It has over 65 stores.", mention_kind::number).value == 65);
}

TEST_CASE("ages written 'who is 59' and in apposition to a person's noun") {
    CHECK(*only("Smith, who is 59, was promoted.", mention_kind::age).value == 59);
    auto const victim = only("The victim, 27, was named on Friday.", mention_kind::age);
    CHECK(*victim.value == 27);
    CHECK(victim.text == "victim, 27");
    // (twenty-second session: more nouns of people)
    CHECK(*only("The rapper, 31, was arrested.", mention_kind::age).value == 31);
    CHECK(*only("The billionaire, 68, was arrested.", mention_kind::age).value == 68);
    // (not a noun outside the list, nor without the second comma)
    CHECK(of_kind(mentions_of("The index, 27, rose."), mention_kind::age).empty());
    CHECK(of_kind(mentions_of("The victim, 27 and counting."), mention_kind::age).empty());
}

TEST_CASE("a verb with its object, the amount after 'by', then both values") {
    auto const found =
        mentions_of("The company reduced its forecast by $420 million to $980 million from $1.38 billion.");
    auto const changes = of_kind(found, mention_kind::change);
    REQUIRE(changes.size() == 1);
    CHECK(changes.front().direction == -1);
    CHECK(changes.front().amount.has_value());
    CHECK(changes.front().from.has_value());
    CHECK(changes.front().to.has_value());
    // ("held by its parent": no amount, and no change without values)
    CHECK(of_kind(mentions_of("The stake held by its parent was raised to 20 pct from 15 pct."), mention_kind::change)
              .size() == 1);
}

TEST_CASE("a count whose noun is left out after a marker of contrast counts what the count before it counts") {
    auto const units = [](std::string_view text) { return test::units_of(text, mention_kind::number); };
    CHECK(units("The airport handled 24 million passengers last year. By comparison, its rival handled 18 million.") ==
          std::vector<std::string>{"passengers", "passengers"});
    CHECK(units("Apple shipped 2.3 million phones, while Samsung shipped 1.8 million.") ==
          std::vector<std::string>{"phones", "phones"});
    // (another verb, a verb of being, no marker, a small count: the noun is not told)
    CHECK(units("The airport handled 24 million passengers. By comparison, its rival earned 18 million.") ==
          std::vector<std::string>{"passengers", ""});
    CHECK(units("The airport handled 24 million passengers. By comparison, its debt was 18 million.") ==
          std::vector<std::string>{"passengers", ""});
    CHECK(units("Apple shipped 2.3 million phones. Samsung shipped 1.8 million.") ==
          std::vector<std::string>{"phones", ""});
    CHECK(units("The club signed 12 players, while its rival signed 9.") == std::vector<std::string>{"players", ""});
}

TEST_CASE("the time a count is per is no duration") {
    for (char const* text : {"Iraq pumps 4.3 million barrels a day.", "The hospital sees 300 patients a week.",
                             "It flew 3,600 flights a day on average.", "Output is 130 mln tonnes per year."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::duration).empty());
        CHECK(of_kind(mentions_of(text), mention_kind::number).size() == 1);
    }
    // (a time after other words, or after a sum, is still one)
    CHECK(of_kind(mentions_of("The hospital sees 300 patients for a week."), mention_kind::duration).size() == 1);
    CHECK(of_kind(mentions_of("The strike lasted a day."), mention_kind::duration).size() == 1);
}

TEST_CASE("the number of an index, a plan or a product after its name is no year") {
    for (char const* text : {"Small caps in the Russell 2000 lagged.", "Saudi Arabia's Vision 2030 plan was launched.",
                             "The Agenda 2063 summit ended.", "It still runs Windows 2000."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::year).empty());
    }
    CHECK(of_kind(mentions_of("Sales rose in 2000."), mention_kind::year).size() == 1);
}

TEST_CASE("a difference told as a comparative before 'than' is a change") {
    struct example {
        char const* text;
        char const* span;
        int direction;
    };
    for (auto const& e : {example{"The budget deficit was 12% lower than in 2024.", "12% lower", -1},
                          example{"Claimant numbers were 4,000 higher than a year earlier.", "4,000 higher", 1},
                          example{"Output was 3.6 pct higher than in January 1986.", "3.6 pct higher", 1},
                          example{"The cost of living was 0.5 pct less than in February 1986.", "0.5 pct less", -1},
                          example{"It earned $3 billion more than last year.", "$3 billion more", 1},
                          example{"Sales were \xC2\xA3"
                                  "1.2bn lower than in 2024.",
                                  "\xC2\xA3"
                                  "1.2bn lower",
                                  -1}}) {
        INFO(e.text);
        auto const changes = of_kind(mentions_of(e.text), mention_kind::change);
        REQUIRE(changes.size() == 1);
        CHECK(changes.front().text == e.span);
        CHECK(changes.front().direction == e.direction);
    }
    // (a hedge's "more than" is no comparative; a count of a noun is no difference)
    CHECK(of_kind(mentions_of("Sales rose to more than 12% of the total."), mention_kind::change).size() == 1);
    CHECK(of_kind(mentions_of("It hired 250 more people than planned."), mention_kind::change).empty());
}

TEST_CASE("a difference told with 'above' or 'below' before the figure it is set against is a change") {
    // (2026-12-07) "20% above the $40 offer price": the base right after it, with or without "the"
    auto const mentions = mentions_of("Shares closed at $45, 20% above the $40 offer price.");
    auto const changes = of_kind(mentions, mention_kind::change);
    REQUIRE(changes.size() == 1);
    CHECK(changes.front().text == "20% above");
    CHECK(changes.front().direction == 1);
    REQUIRE(changes.front().from.has_value());
    CHECK(mentions[*changes.front().from].text == "$40");
    auto const below = of_kind(mentions_of("The stock is $3 below $48."), mention_kind::change);
    REQUIRE(below.size() == 1);
    CHECK(below.front().text == "$3 below");
    CHECK(below.front().direction == -1);
    // (a compound adjective, a hedge before the figure, no figure after it: none)
    CHECK(of_kind(mentions_of("Growth was 20% above-average in 2023."), mention_kind::change).empty());
    CHECK(of_kind(mentions_of("Rainfall was 70% below average in February."), mention_kind::change).empty());
    // (a figure after it, not a stop or a compound: "for 40 pct above.", "above three-month rates")
    CHECK(of_kind(mentions_of("The rate is 40 pct above."), mention_kind::change).empty());
    CHECK(of_kind(mentions_of("It pays 25 pct above three-month rates."), mention_kind::change).empty());
    CHECK(of_kind(mentions_of("Inflation stayed above 2% in May."), mention_kind::change).empty());
}

TEST_CASE("a fortnight ago is two weeks back") {
    auto const m = only("The minister resigned a fortnight ago.", mention_kind::relative_time,
                        numcheck::calendar_date{2026, 5, 20});
    CHECK(m.text == "a fortnight ago");
    REQUIRE(m.resolved.has_value());
    CHECK(*m.resolved == "2026-W19");
}

TEST_CASE("last night is the night before the reference day; a show's last night is its final one") {
    auto const m =
        only("The storm hit the coast last night.", mention_kind::relative_time, numcheck::calendar_date{2026, 5, 20});
    REQUIRE(m.resolved.has_value());
    CHECK(*m.resolved == "2026-05-19");
    CHECK(of_kind(mentions_of("It was the last night of the festival."), mention_kind::relative_time).empty());
    CHECK(of_kind(mentions_of("The show ran its last night in May."), mention_kind::relative_time).empty());
}

TEST_CASE("a range of days after 'from': the last day after 'to', 'through' or 'until'") {
    auto const dates = of_kind(mentions_of("The festival runs from June 3 to 9."), mention_kind::date);
    REQUIRE(dates.size() == 2);
    CHECK(dates[1].text == "9");
    CHECK(dates[1].time_value == "XXXX-06-09");
    // (not without "from", nor before a unit)
    CHECK(of_kind(mentions_of("It runs June 3 to 9."), mention_kind::date).size() == 1);
    CHECK(of_kind(mentions_of("Rates rose from June 3 to 9 pct."), mention_kind::date).size() == 1);
}

TEST_CASE("dates without a year: the year of the day a span begins on, a year named beside them") {
    // "until" a day after a day something happened on: on or after it
    auto const until = of_kind(mentions_of("Last year the government shut down on Wednesday, Oct. 1, 2025, and "
                                           "stayed closed for 43 days, until Nov. 12.",
                                           numcheck::calendar_date{2026, 1, 12}),
                               mention_kind::date);
    REQUIRE(until.size() == 2);
    CHECK(until[1].resolved == "2025-11-12");
    // (not a day in a name: "debentures due December 1, 1988 until April 23")
    auto const due = of_kind(mentions_of("It will redeem debentures due December 1, 1988 until April 23.",
                                         numcheck::calendar_date{1987, 4, 9}),
                             mention_kind::date);
    REQUIRE(due.size() == 2);
    CHECK(due[1].resolved == "1987-04-23");
    // "from September 30, 1987, to December 31": the end after the start
    auto const from = of_kind(mentions_of("for the period from September 30, 1987, to December 31 for sales.",
                                          numcheck::calendar_date{1987, 3, 9}),
                              mention_kind::date);
    REQUIRE(from.size() == 2);
    CHECK(from[1].resolved == "1987-12-31");
    // ", last year" after the date, "a year ago, on" before it
    CHECK(only("The record was set on Monday, May 15, last year.", mention_kind::date,
               numcheck::calendar_date{2024, 5, 16})
              .resolved == "2023-05-15");
    CHECK(only("The record was set a year ago, on Monday, May 15.", mention_kind::date,
               numcheck::calendar_date{2024, 5, 16})
              .resolved == "2023-05-15");
    // "the day before" set off after a date is that date
    CHECK(only("Schools have been closed since Tuesday, Oct. 10, the day before landfall.", mention_kind::relative_time,
               numcheck::calendar_date{2023, 10, 12})
              .resolved == "2023-10-10");
    // a weekday set off after a date is the date's
    auto const apposed =
        of_kind(mentions_of("The vote was held on May 1, a Thursday.", numcheck::calendar_date{2025, 6, 1}),
                mention_kind::date);
    REQUIRE(apposed.size() == 2);
    CHECK(apposed[0].weekday == "Thursday");
    CHECK(apposed[1].resolved == "2025-05-01");
}

TEST_CASE("'the following Monday', 'the next Friday' count from the day the story named") {
    numcheck::calendar_date const may{2024, 5, 20};
    auto const talks =
        mentions_of("Talks stalled on Thursday, May 2, and resumed the following Monday, four days later.", may);
    auto const dates = of_kind(talks, mention_kind::date);
    REQUIRE(dates.size() == 2);
    CHECK(dates[1].resolved == "2024-05-06");
    auto const later = of_kind(talks, mention_kind::relative_time);
    REQUIRE(later.size() == 1);
    CHECK(later[0].resolved == "2024-05-06");
    CHECK(only("The strike began on May 2 and ended the next Friday.", mention_kind::relative_time, may).resolved ==
          "2024-05-03");
    // (the end of a span of days after its start: "from Tuesday to Thursday" in the past, on a Monday)
    auto const strike =
        of_kind(mentions_of("The strike lasted three days, from Tuesday to Thursday.", may), mention_kind::date);
    REQUIRE(strike.size() == 2);
    CHECK(strike[0].resolved == "2024-05-14");
    CHECK(strike[1].resolved == "2024-05-16");
    // (a day named with its date after "the following": the first such date after the day before,
    // across a year's end; a "three days later" set off after a day restates it)
    numcheck::calendar_date const july{2024, 7, 10};
    auto const year_end =
        of_kind(mentions_of("Talks began on Friday, Dec. 29, and resumed the following Tuesday, Jan. 2.", july),
                mention_kind::date);
    REQUIRE(year_end.size() == 2);
    CHECK(year_end[1].resolved == "2024-01-02");
    // (also after a day with its year written, two years before the reference date)
    numcheck::calendar_date const may_2025{2025, 5, 20};
    auto const written = of_kind(
        mentions_of("Talks stalled on Friday, Dec. 29, 2023, and resumed the following Tuesday, Jan. 2.", may_2025),
        mention_kind::date);
    REQUIRE(written.size() == 2);
    CHECK(written[1].resolved == "2024-01-02");
    numcheck::calendar_date const december{2024, 12, 30};
    CHECK(only("Talks began on Tuesday, Dec. 24, and ended on Friday, Dec. 27, three days later.",
               mention_kind::relative_time, december)
              .resolved == "2024-12-27");
    // (with no day named before it, from the reference date; "next Friday" alone is the reader's)
    CHECK(only("The talks resume next Friday.", mention_kind::relative_time, may).resolved == "2024-05-24");
}

TEST_CASE("a quarter of a fiscal year named after it; 'per second' is no ordinal") {
    auto const q4 =
        of_kind(mentions_of("Profits in the fourth quarter of fiscal 2025 rose.", numcheck::calendar_date{2025, 5, 20}),
                mention_kind::period);
    REQUIRE(q4.size() == 2);
    CHECK(q4[0].resolved == "2025-Q4");
    auto const h2 = of_kind(mentions_of("Sales for the second half of fiscal 1987 ending in August fell.",
                                        numcheck::calendar_date{1987, 3, 20}),
                            mention_kind::period);
    REQUIRE(h2.size() == 3); // (and "August")
    CHECK(h2[0].resolved == "1987-H2");
    // (the year before it is counted from the quarter as labelled)
    auto const earlier = of_kind(mentions_of("Revenue in Q3 FY25 was 41,764 crore rupees, up 6% from a year earlier.",
                                             numcheck::calendar_date{2025, 1, 20}),
                                 mention_kind::relative_time);
    REQUIRE(earlier.size() == 1);
    CHECK(earlier[0].resolved == "2024-Q3");
    CHECK(
        of_kind(mentions_of("It sends 19,200 bits per second and 30 frames a second."), mention_kind::ordinal).empty());
    CHECK(of_kind(mentions_of("It was a second attempt."), mention_kind::ordinal).size() == 1);
}

TEST_CASE("fractions before the words a change's period takes: 'fell by half in 2020', 'by a third between'") {
    CHECK(*only("Deaths fell by half in 2020.", mention_kind::change).value == doctest::Approx(-0.5));
    CHECK(*only("Deaths fell by a third between 2010 and 2020.", mention_kind::change).value ==
          doctest::Approx(-1.0 / 3));
    CHECK(of_kind(mentions_of("Deaths fell by a third between 2010 and 2020."), mention_kind::ordinal).empty());
    // (not the end of a compound or a name)
    CHECK(of_kind(mentions_of("It rose over the past week-and-a-half to a record."), mention_kind::number).empty());
    CHECK(of_kind(mentions_of("The deal was made by Robert Half and Accountemps."), mention_kind::number).empty());
}

TEST_CASE("a price for each dozen is no count of twelve") {
    CHECK(of_kind(mentions_of("Eggs cost $6 a dozen."), mention_kind::number).empty());
    CHECK(of_kind(mentions_of("Eggs cost 40 cents a dozen, up from 30."), mention_kind::number).size() == 1);
    CHECK(*only("It hired a dozen staff.", mention_kind::number).value == doctest::Approx(12));
}

TEST_CASE("the rand's sign joined to an amount with a scale") {
    auto const rand = only("Sasol reported a loss of R2.5 billion.", mention_kind::money);
    CHECK(rand.unit == "ZAR");
    CHECK(*rand.value == doctest::Approx(2.5e9));
    CHECK(only("It raised R500m last year.", mention_kind::money).unit == "ZAR");
    // (without a scale: a road, a phase)
    CHECK(of_kind(mentions_of("The R15 road was closed."), mention_kind::money).empty());
}

TEST_CASE("currencies named with their country") {
    CHECK(only("The airline lost 1.1 billion Mexican pesos.", mention_kind::money).unit == "MXN");
    CHECK(only("It raised 3 billion Philippine pesos.", mention_kind::money).unit == "PHP");
    CHECK(only("It paid 500 million Norwegian kroner.", mention_kind::money).unit == "NOK");
    CHECK(only("Fuel oil will sell for 28 Egyptian pounds a ton.", mention_kind::money).unit == "EGP");
}

TEST_CASE("percentage points written 'percentage-point' or 'pp'") {
    for (char const* text : {"Labour holds a 5 percentage-point lead.", "Expectations rose 0.25pp.",
                             "Rates rose 0.5 percentage-points to 4%.", "It rose 2 pp to 40%."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::percentage_points).size() == 1);
        CHECK(of_kind(mentions_of(text), mention_kind::percent).size() ==
              (std::string_view(text).find('%') != std::string_view::npos ? 1U : 0U));
    }
}

TEST_CASE("a weekday date without its year takes the coming year within eleven months that the weekday fits") {
    auto const m = only("Term ends on Friday, June 26.", mention_kind::date, numcheck::calendar_date{2025, 8, 20});
    REQUIRE(m.resolved.has_value());
    CHECK(*m.resolved == "2026-06-26");
}

TEST_CASE("a hedge after the figure: '40-odd', '-plus', '-something'") {
    auto const homes = only("The fire destroyed 40-odd homes.", mention_kind::number);
    CHECK(homes.text == "40-odd homes");
    CHECK(homes.hedge == "at least");
    CHECK(homes.unit == "homes");
    auto const sales = only("Sales were $500 million-plus.", mention_kind::money);
    CHECK(sales.text == "$500 million-plus");
    CHECK(sales.hedge == "at least");
    CHECK(only("It has 300-plus stores.", mention_kind::number).hedge == "at least");
    // (a hedge before the figure stays)
    CHECK(only("It has about 300-odd stores.", mention_kind::number).hedge == "about");
    // (not a word that goes on: "40-odd-year-old")
    CHECK(only("It has 40 stores.", mention_kind::number).hedge.empty());
}

TEST_CASE("'no fewer than' is at least; 'gave up 3 points' a fall; 'brought down 300 trees' no change") {
    auto const ministers = only("He said no fewer than 11 ministers quit.", mention_kind::number);
    CHECK(ministers.text == "no fewer than 11 ministers");
    CHECK(ministers.hedge == "at least");
    CHECK(only("No fewer than 11% quit.", mention_kind::percent).hedge == "at least");
    CHECK(only("He had fewer than 5 friends.", mention_kind::number).hedge == "less than");
    // "not less than" (was read as "less than"), "not more than"
    auto const dividend =
        only("The firm will pay a dividend of not less than 32.5 cents a share.", mention_kind::money);
    CHECK(dividend.text == "not less than 32.5 cents a share");
    CHECK(dividend.hedge == "at least");
    CHECK(only("It may hold not more than 35 pct of the stock.", mention_kind::percent).hedge == "at most");
    // a hedge after the counted noun
    auto const firms = only("Firms with 50 employees or fewer pay less.", mention_kind::number);
    CHECK(firms.text == "50 employees or fewer");
    CHECK(firms.hedge == "at most");
    CHECK(only("Officers were called to the 400 block of Main Street and 12 homes.", mention_kind::number).text ==
          "12 homes");
    auto const points = only("The FTSE 100 gave up 3 points to finish at 8,850.", mention_kind::change);
    CHECK(points.text == "gave up 3 points");
    CHECK(points.direction == -1);
    CHECK(only("The dollar gave back 1.2% on Monday.", mention_kind::change).direction == -1);
    // (a count conceded is no fall, nor a rise: "The Rangers gave up three goals", "must give up 10 pct of its
    // interest")
    CHECK(of_kind(mentions_of("The Rangers gave up three goals in the first period."), mention_kind::change).empty());
    CHECK(of_kind(mentions_of("Enim must give up 10 pct of its interest in the block."), mention_kind::change).empty());
    CHECK(of_kind(mentions_of("Last Friday's storm brought down 300 trees."), mention_kind::change).empty());
    CHECK(of_kind(mentions_of("Police rounded up 40 suspects."), mention_kind::change).empty());
    // (a change still: "brought down to 49 pct"; a noun before "up": "contracts changed hands, up 15.2 pct")
    CHECK(only("The top rate should be brought down to 49 pct.", mention_kind::change).direction == -1);
    CHECK(only("About 6,556,464 contracts changed hands, up 15.2 pct.", mention_kind::change).direction == 1);
}

TEST_CASE("labels, not counts: 'junctions 10 and 11', 'a 999 call', 'the 400 block of', 'the 737-800', '0-60mph'") {
    for (char const* text :
         {"Traffic was held between junctions 10 and 11 of the M25.", "Trains leave from platforms 3 and 4.",
          "The new powers are reciprocity clauses 183 to 186.", "A woman made a 999 call at night.",
          "Officers were called to the 400 block of Main Street.", "The 737-800 involved was old.",
          "The car reaches 0-60mph quickly."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::number).empty());
    }
    // (counts still: "999 calls", "routes, 450 of its 1,200 buses", "200-300 jobs")
    CHECK(only("It received 999 calls.", mention_kind::number).value == doctest::Approx(999));
    CHECK(of_kind(mentions_of("It will operate the routes, 450 of its 1,200 buses and depots."), mention_kind::number)
              .size() == 2);
    CHECK(only("About 200-300 jobs went.", mention_kind::number).is_range);
    // (h64a) with a capital opening the sentence; "the 999 calls" are calls to the number
    CHECK(of_kind(mentions_of("Platforms 3 and 4 were closed after the derailment."), mention_kind::number).empty());
    CHECK(
        of_kind(mentions_of("Police said 1,200 of the 999 calls received were hoaxes."), mention_kind::number).size() ==
        1);
}

TEST_CASE("'added' before a figure is a rise ('The Nasdaq added 1.4%'), not after a speaker ('he added')") {
    auto const nasdaq = only("The Nasdaq added 1.4% on Tuesday.", mention_kind::change);
    CHECK(nasdaq.text == "added 1.4%");
    CHECK(nasdaq.direction == 1);
    CHECK(only("The index added 23.9 points to 1,164.", mention_kind::change).text == "added 23.9 points to 1,164");
    CHECK(of_kind(mentions_of("He added 5 pct of the shares were sold."), mention_kind::change).empty());
    CHECK(of_kind(mentions_of("Smith added that profit was flat."), mention_kind::change).empty());
}

TEST_CASE("hours and minutes before 'before', 'later' or 'ago' are spans, not counts") {
    auto const missing = only("The man had been missing for six hours before he was found.", mention_kind::duration);
    CHECK(missing.text == "six hours");
    CHECK(missing.time_value == "PT6H");
    CHECK(only("Eight minutes later, a second explosion hit.", mention_kind::duration).time_value == "PT8M");
    CHECK(of_kind(mentions_of("Eight minutes later, a second explosion hit."), mention_kind::number).empty());
    // (days, months and years after them are relative times)
    CHECK(only("It fell three days later.", mention_kind::relative_time).text == "three days later");
}

TEST_CASE("names, not years: 'the 1922 Committee', 'Regulation 2019/943'") {
    for (char const* text : {"Tory MPs on the 1922 Committee met.", "Under Regulation 2019/943, prices are capped.",
                             "Decision 2020/5 applies.", "Under Directive 2009/72/EC it was split.",
                             "It cites Commission Regulation 2023/2854.", "It cites Regulation (EU) No 575/2013."}) {
        INFO(std::string(text));
        auto const found = mentions_of(text);
        CHECK(of_kind(found, mention_kind::year).empty());
        CHECK(of_kind(found, mention_kind::period).empty());
        CHECK(of_kind(found, mention_kind::number).empty());
    }
    // (years and periods still: "the 2022 committee", "in 1986/87", "2019/2020")
    CHECK(only("The 2022 committee met.", mention_kind::year).time_value == "2022");
    CHECK(only("Profit in 1986/87 rose.", mention_kind::period).time_value == "1986/1987");
    CHECK(only("Sales in 2019/2020 rose.", mention_kind::period).time_value == "2019/2020");
    CHECK(only("It funds the 1988/92 plan.", mention_kind::period).time_value == "1988/1992");
    CHECK(only("The bonds are due 1988/2007.", mention_kind::period).time_value == "1988/2007");
}

TEST_CASE("a hedge in words after the figure: 'or so', 'or more', 'or fewer'") {
    auto const members = only("The club has 60 or so members.", mention_kind::number);
    CHECK(members.text == "60 or so members");
    CHECK(members.hedge == "about");
    CHECK(members.unit == "members");
    CHECK(members.range->low == doctest::Approx(54));
    auto const stake =
        only("The rights are exercisable if a group acquires 20 pct or more of the stock.", mention_kind::percent);
    CHECK(stake.text == "20 pct or more");
    CHECK(stake.hedge == "at least");
    CHECK(std::isinf(stake.range->high));
    auto const assets = only("Banks with assets of 100 mln dlrs or less may join.", mention_kind::money);
    CHECK(assets.text == "100 mln dlrs or less");
    CHECK(assets.hedge == "at most");
    CHECK(assets.range->low == 0);
    CHECK(only("The offer is made to holders of 99 or fewer shares.", mention_kind::number).hedge == "at most");
    CHECK(only("Call money will fall back to 4.0 pct or so.", mention_kind::percent).hedge == "about");
    // (a hedge before the figure stays; "or more than" compares two figures)
    CHECK(only("Losses of about five billion yen or more.", mention_kind::money).hedge == "about");
    auto const two = mentions_of("It sold 5 or more than 10 cars.");
    REQUIRE(!two.empty());
    CHECK(two.front().text == "5");
    CHECK(two.front().hedge.empty());
}

TEST_CASE("'two and a half per cent' is a percentage; minutes after hours are no millions") {
    for (char const* text : {"Turnout was two and a half per cent lower.", "Turnout was two-and-a-half per cent lower.",
                             "Turnout was two and one half pct lower."}) {
        INFO(text);
        auto const p = only(text, mention_kind::percent);
        CHECK(*p.value == doctest::Approx(2.5));
        CHECK(of_kind(mentions_of(text), mention_kind::number).empty());
    }
    CHECK(of_kind(mentions_of("The flight takes 2h 45m."), mention_kind::number).empty());
    CHECK(only("It raised 45m last year.", mention_kind::number).value == doctest::Approx(45e6));
    // a hedge before a currency's letters joined to the figure
    CHECK(only("The deal is worth roughly R15 billion.", mention_kind::money).hedge == "about");
    CHECK(only("It costs about Rs500 crore.", mention_kind::money).hedge == "about");
    // a verb after a count is no counted noun
    CHECK(only("All 20 met in Rio.", mention_kind::number).unit.empty());
}

TEST_CASE("'up to' after a verb of moving is the way the figure went; 'crept up', 'inched higher'") {
    auto const revised = mentions_of("The figure was revised up to 0.4% from 0.2%.");
    REQUIRE(of_kind(revised, mention_kind::percent).size() == 2);
    CHECK(of_kind(revised, mention_kind::percent)[0].hedge.empty());
    auto const pushed = only("The bank pushed its rate up to 5.25%.", mention_kind::percent);
    CHECK(pushed.text == "5.25%");
    CHECK(pushed.hedge.empty());
    CHECK(only("The job pays up to $50,000.", mention_kind::money).hedge == "at most");
    // ("add up to": a sum, no bound)
    auto const sum = only("The three rises add up to 23%.", mention_kind::percent);
    CHECK(sum.text == "23%");
    CHECK(sum.hedge.empty());
    for (char const* text : {"Inflation crept up to 3.1% from 2.9%.", "Inflation inched higher to 3.1% from 2.9%.",
                             "Unemployment moved down to 4.1% from 4.3%."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::change).size() == 1);
    }
}

TEST_CASE("holidays: Easter and Good Friday move with the computus; New Year's Day, Boxing Day are fixed") {
    numcheck::calendar_date const may{2026, 5, 14};
    CHECK(only("The ceasefire was agreed on Easter Sunday.", mention_kind::date, may).resolved == "2026-04-05");
    CHECK(only("The shop closed on Good Friday.", mention_kind::date, may).resolved == "2026-04-03");
    CHECK(only("It reopened on Easter Monday.", mention_kind::date, may).resolved == "2026-04-06");
    CHECK(only("Easter Sunday 1987 was quiet.", mention_kind::date, may).time_value == "1987-04-19");
    CHECK(only("Shoppers flocked to stores on Boxing Day.", mention_kind::date, may).resolved == "2025-12-26");
    CHECK(only("It opened on New Year's Day 2025.", mention_kind::date, may).time_value == "2025-01-01");
    // (not a holiday: "the new year", "good news")
    CHECK(of_kind(mentions_of("The new year began with good news on Friday.", may), mention_kind::date).size() == 1);
    // "Easter" alone is Easter Sunday; Black Friday and Cyber Monday follow Thanksgiving
    CHECK(only("Sales slowed after Easter.", mention_kind::date, may).resolved == "2026-04-05");
    CHECK(only("The 1987 Easter holiday was long.", mention_kind::date, numcheck::calendar_date{1987, 5, 1}).resolved ==
          "1987-04-19");
    CHECK(only("Shoppers spent $12 billion on Cyber Monday.", mention_kind::date, numcheck::calendar_date{2025, 12, 9})
              .resolved == "2025-12-01");
    CHECK(only("Black Friday 2024 drew crowds.", mention_kind::date, may).time_value == "2024-11-29");
    // "Easter week": the ISO week that ends on Easter Sunday
    CHECK(only("Sales rose in Easter week.", mention_kind::date, numcheck::calendar_date{2000, 5, 1}).resolved ==
          "2000-W16");
    // (not a day: the island, the rising, the eggs)
    for (char const* text : {"Easter Island is remote.", "The Easter Rising failed.", "Easter eggs sold out."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text, may), mention_kind::date).empty());
    }
}

TEST_CASE("a noun used as an adjective before the plural noun counted: '27 member states'") {
    CHECK(only("The bloc has 27 member states.", mention_kind::number).unit == "states");
    CHECK(only("About 1,000 asylum seekers arrived.", mention_kind::number).unit == "seekers");
    // (farming, shipping, trades: "751 dairy farmers", "297 cargo ships", "20 bank branches")
    CHECK(only("It paid 751 dairy farmers.", mention_kind::number).unit == "farmers");
    CHECK(only("The port saw 297 cargo ships.", mention_kind::number).unit == "ships");
    CHECK(only("It shut 20 bank branches.", mention_kind::number).unit == "branches");
    CHECK(only("The 12 board members met.", mention_kind::number).unit == "members");
    // (not a verb after it: "The 12 state says no"; an adjective as before: "32,095 electric vehicles")
    CHECK(only("The 12 state says no.", mention_kind::number).unit == "state");
    CHECK(only("It sold 32,095 electric vehicles.", mention_kind::number).unit == "vehicles");
    // (homes, contracts, hotels, flights: "3,212 home purchases", "40 hotel rooms"; adjectives "7,200 indirect jobs",
    // "3,500 nautical miles"; a lone noun stays, "He sold 30 home")
    CHECK(only("A total of 3,212 home purchases were filed.", mention_kind::number).unit == "purchases");
    CHECK(only("It added 91,000 contract customers.", mention_kind::number).unit == "customers");
    CHECK(only("The hotel has 40 hotel rooms.", mention_kind::number).unit == "rooms");
    CHECK(only("It has 40 straddle carriers.", mention_kind::number).unit == "carriers");
    CHECK(only("It backs 7,200 indirect jobs.", mention_kind::number).unit == "jobs");
    CHECK(only("The trip is 3,500 nautical miles.", mention_kind::number).unit == "miles");
    CHECK(only("He sold 30 home in a day.", mention_kind::number).unit == "home");
    CHECK(only("There were 40 train accidents.", mention_kind::number).unit == "accidents");
    CHECK(only("The NHS employed 1,508,600 full-time equivalent staff.", mention_kind::number).unit == "staff");
    CHECK(only("It fitted 1.1 million smart meters.", mention_kind::number).unit == "meters");
    CHECK(only("It serves 922,000 electricity customers.", mention_kind::number).unit == "customers");
    // (2026-12-07, field test h500: vehicles and transport)
    CHECK(only("Police recorded 12,200 vehicle thefts.", mention_kind::number).unit == "thefts");
    CHECK(only("It employs 300 lorry drivers.", mention_kind::number).unit == "drivers");
    // (a compound joined by a hyphen: "14 in-orbit spares", "20 state-owned banks"; not a time in words, "two
    // three-month periods" keeps its duration; nor after a year, "1985 pre-tax profits")
    CHECK(only("It keeps 14 in-orbit spares.", mention_kind::number).unit == "spares");
    CHECK(only("It sold 20 state-owned banks.", mention_kind::number).unit == "banks");
    CHECK(only("It bought 25 wide-bodied planes.", mention_kind::number).unit == "planes");
    CHECK(of_kind(mentions_of("It reported two three-month periods."), mention_kind::duration).size() == 1);
    CHECK(of_kind(mentions_of("The 1985 pre-tax profits rose."), mention_kind::number).empty());
    // (an adverb in -ly and a participle before the plural noun: "2,062,534 internally displaced people"; not before
    // a word that is no plural noun, "12 internationally distributed debt issues")
    CHECK(only("It counted 2,062,534 internally displaced people.", mention_kind::number).unit == "people");
    CHECK(only("It sold 600,000 newly issued shares.", mention_kind::number).unit == "shares");
    CHECK(only("It led 12 internationally distributed debt issues.", mention_kind::number).unit.empty());
}

TEST_CASE("an age in brackets after a name: 'Mr Pearson (64) has grown tomatoes'") {
    auto const age = only("Mr Pearson (64) has grown tomatoes since 1985.", mention_kind::age);
    CHECK(age.text == "Mr Pearson (64)");
    CHECK(*age.value == 64);
    CHECK(only("Chief executive Daniel Ross (61) said sales rose.", mention_kind::age).text == "Daniel Ross (61)");
    // (not a tally in brackets, nor a party's seats, nor a figure before no verb of a person)
    CHECK(of_kind(mentions_of("It has offices in London (150 staff), Hong Kong (60) and New York (30) said."),
                  mention_kind::age)
              .empty());
    CHECK(of_kind(mentions_of("Labour (412) won the vote."), mention_kind::age).empty());
    CHECK(of_kind(mentions_of("Group A (32) leads the table."), mention_kind::age).empty());
}

TEST_CASE("the plural of an initialism is the counted noun: '4.1 million TEUs', '98 MPs'") {
    CHECK(only("The port handled 4.1 million TEUs.", mention_kind::number).unit == "TEUs");
    CHECK(only("A motion was signed by 98 MPs today.", mention_kind::number).unit == "MPs");
    CHECK(only("Japan Line is selling 20 VLCCs for scrap.", mention_kind::number).unit == "VLCCs");
    // (and the container unit in the singular, as shipping writes it)
    CHECK(only("The port handled 189,402 TEU in April.", mention_kind::number).unit == "TEU");
    // (not a name in capitals, a single capital or a word joined on)
    CHECK(only("It sold 40 GM cars.", mention_kind::number).unit != "GMs");
    CHECK(only("The word has 3 Ms in it.", mention_kind::number).unit.empty());
    CHECK(only("He shipped 12 GPUs-worth of chips.", mention_kind::number).unit != "GPUs");
    // (one of a change's values, so a change with its base in TEUs is checked)
    auto const changes =
        of_kind(mentions_of("Volumes were 4.1 million TEUs, up 12% from 3.2 million TEUs."), mention_kind::change);
    REQUIRE(changes.size() == 1);
}

TEST_CASE("measures written as rates or compounds: '1.2 mb/d', '450 Ml/d', '175,000 acre-feet', '211,000t'") {
    CHECK(only("Output was 1.2 mb/d.", mention_kind::number).unit == "mb/d");
    CHECK(only("Demand reached 450 Ml/d.", mention_kind::number).unit == "Ml/d");
    CHECK(only("The lake held 175,000 acre-feet.", mention_kind::number).unit == "acre-feet");
    CHECK(only("It took 3,000 man-hours.", mention_kind::number).unit == "man-hours");
    CHECK(only("It made 50.1 bln kilowatt-hours.", mention_kind::number).unit == "kilowatt-hours");
    auto const tonnes = only("Stocks were 211,000t.", mention_kind::number);
    CHECK(tonnes.unit == "t");
    CHECK(tonnes.value == 211000);
    // (the change's values keep their measure, so the change is checked)
    auto const changes =
        of_kind(mentions_of("Storage rose 10% to 175,000 acre-feet from 150,000 acre-feet."), mention_kind::change);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].text == "rose 10% to 175,000 acre-feet from 150,000 acre-feet");
    // ("live" before the noun: "three or more live insects", "53 live births"; not a noun of its own)
    CHECK(only("It set the level at three or more live insects.", mention_kind::number).unit == "insects");
    CHECK(only("Beacon will show 53 live on its main channel.", mention_kind::number).unit.empty());
    // (metric tonnes in capitals, as Indian copy writes them, and lakh metric tonnes)
    CHECK(only("Singareni produced 70 MT.", mention_kind::number).unit == "MT");
    CHECK(only("Karnataka produced 51 LMT.", mention_kind::number).unit == "LMT");
    // (not a hyphenated word of another kind: no measure, the noun after it)
    CHECK(only("It hired 300 low-income workers.", mention_kind::number).unit == "workers");
}

TEST_CASE("the size of each thing counted is no count of its own: '3.3 mln 60-kilo bags', '40 20-foot containers'") {
    auto const bags = only("The country exports about 3.3 mln 60-kilo bags a year.", mention_kind::number);
    CHECK(bags.unit == "bags");
    CHECK(bags.value == 3.3e6);
    CHECK(only("It bought 40 20-foot containers.", mention_kind::number).unit == "containers");
    // (a Reuters sentence: the change's amount counts bales, and its new value is in bales too)
    auto const changes =
        of_kind(mentions_of("The quota has been raised by 190,000 170-kg bales to 600,000 bales in 1986/87."),
                mention_kind::change);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].unit == "bales");
    // (a measure alone after the figure is still its unit)
    CHECK(only("They weighed 60-kg each.", mention_kind::number).unit == "kg");
}

TEST_CASE("a label that names the noun after it is no count: 'type 2 diabetes', 'Year 11 pupils'") {
    for (char const* text : {"He has type 2 diabetes.", "She has stage 4 cancer.", "A category 5 hurricane hit.",
                             "Year 11 pupils sat exams.", "She spoke on BBC Radio 4.", "The Group of 20 met."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::number).empty());
    }
    // (a label set apart, a compound, a count of the group's members)
    CHECK(only("ZINC HIGH GRADE - 450 tonnes.", mention_kind::number).value == doctest::Approx(450));
    CHECK(only("It added entry-level 32-bit computers.", mention_kind::number).value == doctest::Approx(32));
    CHECK(only("The Cairns Group of 14 agricultural producers met.", mention_kind::number).value ==
          doctest::Approx(14));
    // the Bank of England's bands of maturity
    CHECK(of_kind(mentions_of("It bought 315 mln stg in band two at 10-13/16 pct."), mention_kind::number).empty());
    CHECK(of_kind(mentions_of("It bought 315 mln stg in band 2 at 10-13/16 pct."), mention_kind::number).empty());
    // (a count with its noun after "band" stays one: "two men")
    CHECK(of_kind(mentions_of("The band two men formed sold 40,000 records."), mention_kind::number).size() == 2);
}

TEST_CASE("a date framed by the year words after it: 'on June 2 last year', 'on Tuesday 2 June next year'") {
    numcheck::calendar_date const june{2026, 6, 8};
    CHECK(only("The hearing was on June 2 last year.", mention_kind::date, june).resolved == "2025-06-02");
    CHECK(only("The costs hearing is on Tuesday 2 June next year.", mention_kind::date, june).resolved == "2027-06-02");
    CHECK(only("Stocks will fall by October 1 this year.", mention_kind::date, june).resolved == "2026-10-01");
}

TEST_CASE("a verb of a set start or end in the present tense before a date tells of what is to come") {
    numcheck::calendar_date const may{2026, 5, 14};
    CHECK(only("The law takes effect Dec. 15.", mention_kind::date, may).resolved == "2026-12-15");
    CHECK(only("The trial begins on Oct. 3.", mention_kind::date, may).resolved == "2026-10-03");
    CHECK(only("Work is expected to start in December.", mention_kind::period, may).resolved == "2026-12");
    // (not a present perfect: "has come into force")
    CHECK(only("The rule has come into force on Dec. 15.", mention_kind::date, may).resolved == "2025-12-15");
}

TEST_CASE("'the year before last', 'the week before last' are two back from the reference date") {
    numcheck::calendar_date const may{2026, 5, 14};
    CHECK(only("The year before last, sales fell.", mention_kind::relative_time, may).resolved == "2024");
    CHECK(only("The minister resigned the week before last.", mention_kind::relative_time, may).resolved == "2026-W18");
    // ("the year before" alone counts from the period named)
    CHECK(!only("Sales fell the year before.", mention_kind::relative_time, may).resolved);
}

TEST_CASE("'the following day', 'the previous week' after a day: that day moved, or its week") {
    numcheck::calendar_date const may{2026, 5, 14};
    auto const times = of_kind(mentions_of("He arrived on May 3, 2021. The following day, he left.", may),
                               mention_kind::relative_time);
    REQUIRE(times.size() == 1);
    CHECK(times[0].resolved == "2021-05-04");
    auto const week =
        of_kind(mentions_of("Stocks rose to 136,000 tonnes on March 7, 2026, from 31,000 a week earlier.", may),
                mention_kind::relative_time);
    REQUIRE(week.size() == 1);
    CHECK(week[0].resolved == "2026-W09");
}

TEST_CASE("'in 2017 dollars' is the year prices are counted in, no sum of money") {
    auto const all = mentions_of("Profit was $5.2 billion last year, in 2017 dollars.");
    CHECK(of_kind(all, mention_kind::money).size() == 1);
    CHECK(of_kind(all, mention_kind::year).empty());
    CHECK(only("It paid 2017 dollars.", mention_kind::money).value == doctest::Approx(2017));
}

TEST_CASE("vague dozens, fractions side by side and a decimal comma give no made-up figure") {
    // "a few dozen" is no twelve; "a dozen", "some dozen" are
    for (char const* text : {"A couple of dozen fans waited.", "A few dozen residents attended.",
                             "Several dozen officers were deployed."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::number).empty());
    }
    CHECK(only("A dozen eggs broke.", mention_kind::number).value == doctest::Approx(12));
    // two fractions after "between" are two, not their sum, and "a quarter" there is no duration
    auto const shares = mentions_of("Between a quarter and a third of staff work from home.");
    REQUIRE(shares.size() == 2);
    CHECK(shares[0].kind == mention_kind::number);
    CHECK(*shares[0].value == doctest::Approx(0.25));
    CHECK(*shares[1].value == doctest::Approx(1.0 / 3));
    CHECK(only("Two and a half million people voted.", mention_kind::number).value == doctest::Approx(2.5e6));
    CHECK(only("He waited an hour and a half.", mention_kind::duration).time_value == "PT1.5H");
    // "€2,5 billion", "1,4 mln": not 5 billion nor 4 mln
    CHECK(mentions_of("The tax would raise €2,5 billion.").empty());
    CHECK(mentions_of("Output was 1,4 mln tonnes.").empty());
    CHECK(only("Sales were 1,234 units.", mention_kind::number).value == doctest::Approx(1234));
}

TEST_CASE("the first half of the decade or of a match is no half-year") {
    numcheck::calendar_date const ref{2025, 6, 18};
    for (char const* text :
         {"Growth was strong in the first half of the decade.", "Output fell in the second half of the century.",
          "He scored in the second half of the match."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text, ref), mention_kind::period).empty());
    }
    CHECK(only("Sales rose in the first half of 2024.", mention_kind::period, ref).time_value == "2024-H1");
    CHECK(only("Sales rose in the second half of last year.", mention_kind::period, ref).resolved == "2024-H2");
}

TEST_CASE("a whole number joined to the noun it counts: 'a six-game homestand', 'a 13-member panel'") {
    auto const games = only("over the final six-game homestand", mention_kind::number);
    CHECK(games.text == "six-game");
    CHECK(games.unit == "game");
    CHECK(only("The 13-member council voted.", mention_kind::number).unit == "member");
    // (not a time, a score, a fraction, a table's mark, a one-off)
    CHECK(of_kind(mentions_of("A one-off payment was made."), mention_kind::number).empty());
    CHECK(only("Output was 1,837.3-r in March.", mention_kind::number).unit.empty());
    CHECK(of_kind(mentions_of("A three-year plan began."), mention_kind::duration).size() == 1);
}

TEST_CASE("'at 73' after a verb of a life's events or its year is an age; a price or an index level is not") {
    CHECK(only("She died in 2019 at 73.", mention_kind::age).value == doctest::Approx(73));
    CHECK(only("He retired at 65, the firm said.", mention_kind::age).text == "at 65");
    for (char const* text : {"It may be called starting in 1992 at 101, with declining premiums.",
                             "The index, base 1980, stood at 99 after 101 in December.", "Shares closed at 73."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::age).empty());
    }
}

TEST_CASE("a list item named by words joined by a hyphen keeps its figure: 'Saxony-Anhalt 200 MW'") {
    auto const items =
        of_kind(mentions_of("Bavaria won 300 MW, Saxony-Anhalt 200 MW and Hesse 100 MW, a total of 600 MW."),
                mention_kind::number);
    REQUIRE(items.size() == 4);
    CHECK(items[1].text == "200 MW");
    // (a model's number after a hyphenated maker is still none: no list before it)
    CHECK(of_kind(mentions_of("The Rolls-Royce 200 was shown."), mention_kind::number).empty());
}

TEST_CASE("a list of whole numbers after 'aged' or 'ages' is a list of ages; a list that never ends is not") {
    auto const ages = of_kind(mentions_of("Their children, aged 24, 21 and 18, live abroad."), mention_kind::age);
    REQUIRE(ages.size() == 3);
    CHECK(ages[1].text == "21");
    CHECK(ages[2].value == doctest::Approx(18));
    CHECK(ages[2].unit == "years");
    auto const boys = of_kind(mentions_of("The boys, ages 12 and 14, were found."), mention_kind::age);
    REQUIRE(boys.size() == 2);
    CHECK(boys[0].text == "ages 12");
    for (char const* text : {"Residents aged 65 and 300 others came.", "Those aged 65, 300 of them, came.",
                             "Players aged 18 and 40 coaches came.", "The boys, ages 12 and 300 more, came."}) {
        INFO(text);
        CHECK(of_kind(mentions_of(text), mention_kind::age).size() <= 1);
    }
}

TEST_CASE("a weekday counted in its month: 'on the last Sunday in October', 'the first Thursday of May'") {
    numcheck::calendar_date const ref{2025, 6, 18};
    auto const clocks = only("The clocks go back on the last Sunday in October.", mention_kind::date, ref);
    CHECK(clocks.resolved == "2025-10-26");
    CHECK(clocks.weekday.empty());
    CHECK(only("The vote was held on the second Tuesday of March 2024.", mention_kind::date, ref).time_value ==
          "2024-03-12");
    CHECK(only("Elections fall on the first Thursday in May 2026.", mention_kind::date, ref).time_value ==
          "2026-05-07");
    // (not "last Sunday" of this week, nor a day of the month alone)
    CHECK(only("Shares rose last Sunday.", mention_kind::relative_time, ref).resolved == "2025-06-15");
    CHECK(of_kind(mentions_of("It closed on the first day.", ref), mention_kind::date).empty());
}

TEST_CASE("a range of days before the month: '26-27 June' is two dates, not the number 26.5") {
    numcheck::calendar_date const ref{2025, 6, 18};
    auto const days = of_kind(mentions_of("The EU summit starts on 26-27 June.", ref), mention_kind::date);
    REQUIRE(days.size() == 2);
    CHECK(days[0].text == "on 26");
    CHECK(days[0].resolved == "2025-06-26");
    CHECK(days[1].text == "27 June");
    CHECK(days[1].resolved == "2025-06-27");
    auto const with_year = of_kind(mentions_of("It is planned for 12-14 July 2025.", ref), mention_kind::date);
    REQUIRE(with_year.size() == 2);
    CHECK(with_year[0].time_value == "2025-07-12");
    CHECK(with_year[1].time_value == "2025-07-14");
    CHECK(of_kind(mentions_of("Scores were 26-27 in June.", ref), mention_kind::number).size() == 1);
}

TEST_CASE("a range with a measure's unit joined to its high end: '40-50mm', '60-70mph', '17-19C'") {
    auto const wind = only("Winds of 60-70mph battered the coast.", mention_kind::number);
    CHECK(wind.text == "60-70mph");
    CHECK(wind.unit == "mph");
    CHECK(wind.is_range);
    CHECK(*wind.value == doctest::Approx(65));
    CHECK(only("Up to 40-50mm of rain could fall.", mention_kind::number).unit == "mm");
    CHECK(of_kind(mentions_of("Call 555-1234mm now."), mention_kind::number).empty());
    // a range of temperatures, the scale's letter joined to its high end
    auto const mild = only("Highs of 17-19C are expected.", mention_kind::number);
    CHECK(mild.text == "17-19C");
    CHECK(mild.unit == "\xC2\xB0"
                       "C");
    CHECK(mild.is_range);
    CHECK(mild.range->low == doctest::Approx(16.5));
    CHECK(mild.range->high == doctest::Approx(20));
    CHECK(only("Boston saw 60-65F.", mention_kind::number).unit == "\xC2\xB0"
                                                                   "F");
    CHECK(of_kind(mentions_of("Call 555-1234C now."), mention_kind::number).empty());
}

TEST_CASE("the ages of a group: '16 to 24-year-olds', '18- to 24-year-olds', 'two 5-year-olds'") {
    for (char const* text : {"Unemployment among 16 to 24-year-olds rose.", "Among 16-24-year-olds it fell."}) {
        INFO(text);
        auto const group = only(text, mention_kind::age);
        CHECK(group.is_range);
        CHECK(group.range->low == doctest::Approx(16));
        CHECK(group.range->high == doctest::Approx(25));
    }
    CHECK(only("Among 18- to 24-year-olds it rose.", mention_kind::age).text == "18- to 24-year-olds");
    CHECK(only("Two 5-year-olds were hurt.", mention_kind::age).value == doctest::Approx(5));
}

TEST_CASE("a year before 1800 after a word of time and a verb of making: 'made before 1700', 'died in 1675 at 39'") {
    CHECK(only("Those made before 1700 were lent.", mention_kind::year).time_value == "1700");
    CHECK(only("Those painted after 1650 number 45.", mention_kind::year).time_value == "1650");
    CHECK(only("He died in 1675 at 39.", mention_kind::year).time_value == "1675");
    // (a time of day, a count)
    CHECK(of_kind(mentions_of("No orders are taken after 1530 if they could have been placed earlier."),
                  mention_kind::year)
              .empty());
    CHECK(of_kind(mentions_of("The desk closes until 1600 GMT."), mention_kind::year).empty());
    CHECK(of_kind(mentions_of("It sold stock after 1500 shares were bought."), mention_kind::year).empty());
}
