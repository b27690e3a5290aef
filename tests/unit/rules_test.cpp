// Each rule alone over its fixtures (tests/rules/<code>.txt). A fixture file is a plain-text
// article, one case per paragraph, each case line starting with a mark:
//   "! " the rule must report exactly one finding on this line; "! text || span" also checks the
//        finding's primary span is exactly "span";
//   "= " the rule must report nothing on this line;
//   "# " a comment (not part of the article); "# date: YYYY-MM-DD" gives the reference date.
// Findings are matched to cases by line number.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

#include "numcheck/analyse.hpp"
#include "numcheck/document.hpp"

namespace {

struct fixture_case {
    bool flag = false;
    std::string text;
    std::string span; ///< expected primary span text, when given
    std::size_t line = 0;
};

struct fixture {
    std::optional<numcheck::calendar_date> date;
    std::string article;
    std::vector<fixture_case> cases;
};

fixture read_fixture(std::filesystem::path const& path) {
    std::ifstream in(path);
    REQUIRE_MESSAGE(in, "cannot read ", path.string());
    fixture out;
    std::string line;
    std::size_t article_line = 1;
    while (std::getline(in, line)) {
        if (line.starts_with("# date: ")) out.date = numcheck::parse_iso_date(line.substr(8));
        if (line.size() < 2 || line[0] == '#') continue;
        REQUIRE_MESSAGE((line.starts_with("! ") || line.starts_with("= ")), "bad fixture line: ", line);
        fixture_case c;
        c.flag = line[0] == '!';
        c.text = line.substr(2);
        if (auto const bars = c.text.find(" || "); bars != std::string::npos) {
            c.span = c.text.substr(bars + 4);
            c.text.resize(bars);
        }
        c.line = article_line;
        out.article += c.text + "\n\n";
        article_line += 2;
        out.cases.push_back(std::move(c));
    }
    return out;
}

void check_rule_fixtures(std::string_view code) {
    numcheck::rule const* rule = numcheck::find_rule(code);
    REQUIRE(rule != nullptr);
    auto const path = std::filesystem::path(NUMCHECK_SOURCE_DIR) / "tests" / "rules" / (std::string(code) + ".txt");
    fixture const f = read_fixture(path);
    auto result = numcheck::analyse_document(
        numcheck::read_document(path.string(), f.article, numcheck::document_format::plain), f.date);
    numcheck::rule_selection only;
    only.rules.push_back(rule);
    numcheck::check_file(result, only);
    std::size_t flagged = 0;
    for (auto const& c : f.cases) {
        std::vector<numcheck::finding const*> here;
        for (auto const& finding : result.findings)
            if (finding.span.line == c.line) here.push_back(&finding);
        INFO(code, " line ", c.line, ": ", c.text);
        for (auto const* finding : here) {
            INFO("finding: ", finding->message);
            CHECK(finding->code == rule->code);
            CHECK(finding->rule == rule->name);
        }
        if (c.flag) {
            ++flagged;
            CHECK(here.size() == 1);
            if (here.size() == 1 && !c.span.empty()) {
                auto const& s = here.front()->span;
                CHECK(result.doc->source.substr(s.begin, s.end - s.begin) == c.span);
            }
        } else {
            for (auto const* finding : here) INFO("unexpected: ", finding->message);
            CHECK(here.empty());
        }
    }
    CHECK(flagged > 0);
    CHECK(flagged < f.cases.size());
}

/// A plain-text article analysed with reference date `date` (none: inferred from the text, as the CLI does).
numcheck::file_result analysed_plain(std::string const& name, std::string const& text,
                                     std::optional<numcheck::calendar_date> date = {}) {
    return numcheck::analyse_document(numcheck::read_document(name, text, numcheck::document_format::plain), date);
}

/// Checks `file` with rule `code` alone.
void check_only(numcheck::file_result& file, std::string_view code) {
    numcheck::rule const* rule = numcheck::find_rule(code);
    REQUIRE(rule != nullptr);
    numcheck::rule_selection only;
    only.rules.push_back(rule);
    numcheck::check_file(file, only);
}

/// Checks `file` with every rule; whether nothing is reported at warning or above.
bool no_warning(numcheck::file_result& file) {
    numcheck::check_file(file);
    return std::none_of(file.findings.begin(), file.findings.end(),
                        [](numcheck::finding const& f) { return f.level >= numcheck::severity::warning; });
}

/// How many findings rule `code` alone reports on a Markdown text, with reference date `date`.
std::size_t markdown_findings(std::string_view code, std::string const& text, numcheck::calendar_date date) {
    auto result =
        numcheck::analyse_document(numcheck::read_document("t.md", text, numcheck::document_format::markdown), date);
    check_only(result, code);
    return result.findings.size();
}

} // namespace

TEST_CASE("NC101 percent-change-arithmetic fixtures") { check_rule_fixtures("NC101"); }
TEST_CASE("NC102 change-direction fixtures") { check_rule_fixtures("NC102"); }
TEST_CASE("NC103 percentage-points-confusion fixtures") { check_rule_fixtures("NC103"); }
TEST_CASE("NC104 multiplier-arithmetic fixtures") { check_rule_fixtures("NC104"); }
TEST_CASE("NC105 sum-mismatch fixtures") { check_rule_fixtures("NC105"); }
TEST_CASE("NC106 shares-exceed-100 fixtures") { check_rule_fixtures("NC106"); }
TEST_CASE("NC107 fraction-percent-mismatch fixtures") { check_rule_fixtures("NC107"); }
TEST_CASE("NC108 part-exceeds-whole fixtures") { check_rule_fixtures("NC108"); }
TEST_CASE("NC001 reference-date-unresolved fixtures") { check_rule_fixtures("NC001"); }
TEST_CASE("NC002 unused-suppression fixtures") { check_rule_fixtures("NC002"); }
TEST_CASE("NC201 relative-year-conflict fixtures") { check_rule_fixtures("NC201"); }
TEST_CASE("NC202 comparison-year-mismatch fixtures") { check_rule_fixtures("NC202"); }
TEST_CASE("NC203 baseline-year fixtures") { check_rule_fixtures("NC203"); }
TEST_CASE("NC204 weekday-date-mismatch fixtures") { check_rule_fixtures("NC204"); }
TEST_CASE("NC205 date-interval fixtures") { check_rule_fixtures("NC205"); }
TEST_CASE("NC206 age-birth-year fixtures") { check_rule_fixtures("NC206"); }

TEST_CASE("rules: table, lookup by name and code") {
    auto const rules = numcheck::all_rules();
    REQUIRE(rules.size() == 17);
    for (auto const& r : rules) {
        CHECK(numcheck::find_rule(r.code) != nullptr);
        CHECK(numcheck::find_rule(r.name)->code == r.code);
        CHECK(!r.documentation.what.empty());
        CHECK(!r.documentation.why.empty());
        CHECK(!r.documentation.example.empty());
        CHECK(!r.documentation.not_flagged.empty());
    }
    CHECK(numcheck::find_rule("nc105")->name == "sum-mismatch");
    CHECK(numcheck::find_rule("NC999") == nullptr);
}
TEST_CASE("NC301 conflicting-figures fixtures") { check_rule_fixtures("NC301"); }

TEST_CASE("NC106 names the whole: a thousands separator does not end it") {
    std::string const text = "Of the 1,012 adults polled, 57% said worse, 36% said better and 15% said the same.\n";
    auto result = analysed_plain("poll.txt", text);
    check_only(result, "NC106");
    REQUIRE(result.findings.size() == 1);
    auto const& notes = result.findings.front().notes;
    CHECK(std::any_of(notes.begin(), notes.end(), [](std::string const& n) {
        return n.find("(\"Of the 1,012 adults polled\")") != std::string::npos;
    }));
}

TEST_CASE("NC108 reads the sentence past a dateline with its date and its desk in brackets") {
    // (h187) "Of the" opens the sentence once the dateline is passed over.
    for (std::string const text : {"ABIDJAN, May 20 (staff) - Of the 120 growers, 135 were paid late.\n",
                                   "BERLIN, May 3 (Reuters) - Of the 16 economists surveyed, 18 expected a cut.\n"}) {
        INFO(text);
        auto result = analysed_plain("wire.txt", text);
        check_only(result, "NC108");
        CHECK(result.findings.size() == 1);
    }
}

TEST_CASE("inference weighs a weekday with its date and 'last year, in 2024' against a wrong 'years ago'") {
    // (review, 2026-12-02) June 24 was a Tuesday in 2025, and "last year, in 2024" says 2025: two
    // votes against the one of "1987, 28 years ago" (2015), which is the slip NC205 reports; "last
    // year" is not flagged.
    std::string const text = "LONDON, June 24 (Reuters) - Harlow agreed on Tuesday to a takeover. Harlow was founded "
                             "in 1987, 28 years ago. Revenue was 1.08 billion pounds last year, in 2024.\n";
    auto file = analysed_plain("harlow.txt", text);
    REQUIRE(file.reference.value);
    CHECK(file.reference.source == "inferred");
    CHECK(file.reference.value->year == 2025);
    CHECK(file.reference.value->month == 6);
    CHECK(file.reference.value->day == 24);
    numcheck::check_file(file);
    std::vector<std::string> codes;
    for (auto const& f : file.findings)
        if (f.level >= numcheck::severity::warning) codes.emplace_back(f.code);
    CHECK(codes == std::vector<std::string>{"NC205"});
}

TEST_CASE("NC205 counts days from now only from a reference date the text or the user gives") {
    // The reference date inferred from the text's own dates may be the date said itself.
    std::string const text = "Union membership rose last year compared with 2024.\n\n"
                             "The union said on Friday it would strike on June 12, seven days from now.\n";
    auto inferred = analysed_plain("strike.txt", text);
    check_only(inferred, "NC205");
    CHECK(inferred.findings.empty());
    auto given = analysed_plain("strike.txt", text, numcheck::calendar_date{2026, 6, 3});
    check_only(given, "NC205");
    CHECK(given.findings.size() == 1);
}

TEST_CASE("NC301: a subject is not taken up across Markdown sections (headings, bold labels, table rows)") {
    auto const conflicts = [](std::string const& text) {
        return markdown_findings("NC301", text, numcheck::calendar_date{2024, 5, 20});
    };
    // one section: a conflict
    CHECK(conflicts("# Fines\n\nThe fine was £14m. Critics said the fine of £20m was too low.\n") == 1);
    CHECK(conflicts("# Fines\n\nThe fine was £14m.\n\nThe fine was £20m.\n") == 1);
    // two headings, two setext headings after the text began, two bold labels, two table rows
    CHECK(conflicts("## Thames Water\n\nThe fine was £14m.\n\n## Southern Water\n\nThe fine was £20m.\n") == 0);
    CHECK(conflicts("Fines this year.\n\nThames Water\n============\n\nThe fine was £14m.\n\nSouthern Water\n"
                    "==============\n\nThe fine was £20m.\n") == 0);
    CHECK(conflicts("**Thames Water**\n\nThe fine was £14m.\n\n**Southern Water**\n\nThe fine was £20m.\n") == 0);
    CHECK(conflicts("| Company | Fine |\n|---|---|\n| Thames Water | The fine was £14m |\n"
                    "| Southern Water | The fine was £20m |\n") == 0);
    // (bold lead-ins that end with a stop label their paragraphs: "**Schools.** The budget is ...")
    CHECK(conflicts("**Schools.** The budget is £2.1bn.\n\n**Hospitals.** The budget is £2.4bn.\n") == 0);
    // (one bold paragraph heads nothing: "**Advertisement**")
    CHECK(conflicts("Thames Water was fined £14m on Tuesday.\n\n**Advertisement**\n\nThe £15m fine is a record.\n") ==
          1);
    // a subject named after the figure: "for Thames Water"
    CHECK(conflicts("The fine was £14m for Thames Water.\n\nThe fine was £20m for Southern Water.\n") == 0);
    // (2026-12-04) a headline drops its articles: its figure's noun is a subject too
    CHECK(conflicts("# Library to reopen after $18.4 million renovation\n\nThe $18.9 million renovation was paid "
                    "for by the city.\n") == 1);
    CHECK(conflicts("# City approves $18.4 million renovation\n\nThe $18.4 million renovation was paid for by the "
                    "city.\n") == 0);
    CHECK(conflicts("Library to reopen after $18.4 million renovation\n\nThe $18.9 million renovation was paid "
                    "for by the city.\n") == 1);
    // (not a sentence of the text with a full stop: "after $18.4 million renovation." needs its article)
    CHECK(conflicts("It reopens after $18.4 million renovation.\n\nThe $18.9 million renovation was paid for by "
                    "the city.\n") == 0);
    // (2026-12-04) headings of the story's parts go on with its subjects: "## Background", "## Reaction"
    CHECK(conflicts("## Background\n\nThe budget is £2.1bn.\n\n## Reaction\n\nCritics said the budget of £2.4bn "
                    "was too small.\n") == 1);
    CHECK(conflicts("## Background\n\nThe budget is £2.1bn.\n\n## What happens next?\n\nThe budget of £2.4bn "
                    "goes to a vote.\n") == 1);
    CHECK(conflicts("## Background\n\nThe budget is £2.1bn.\n\n## Reaction\n\nCritics said the budget of £2.1bn "
                    "was too small.\n") == 0);
}

TEST_CASE("NC206: an age at the past day a looking-back lead names (an anniversary piece)") {
    auto const ages = [](std::string const& text) {
        return markdown_findings("NC206", text, numcheck::calendar_date{2024, 8, 8});
    };
    std::string const lead = "Fifty years ago tonight, on Thursday, Aug. 8, 1974, President Richard Nixon told the "
                             "nation he would resign.\n\n";
    CHECK(ages(lead + "Nixon, 61, who was born on Jan. 9, 1913, became the first president to resign.\n") == 0);
    CHECK(ages(lead + "Nixon, 71, who was born on Jan. 9, 1913, became the first president to resign.\n") == 1);
    // (2026-12-04) a title and a standfirst before the lead
    CHECK(ages("# Nixon's last night\n\n*From our archive.*\n\n" + lead +
               "Nixon, 61, who was born on Jan. 9, 1913, became the first president to resign.\n") == 0);
    CHECK(ages("# Nixon's last night\n\n*From our archive.*\n\n" + lead +
               "Nixon, 71, who was born on Jan. 9, 1913, became the first president to resign.\n") == 1);
    // (2026-12-04, review) a byline too; a lead's "Fifty years ago today" with no date of its own
    CHECK(ages("# Nixon's last night\n\n*From our archive.*\n\nBy Ann Lee\n\n" + lead +
               "Nixon, 61, who was born on Jan. 9, 1913, became the first president to resign.\n") == 0);
    CHECK(ages("Fifty years ago today, the river burst its banks.\n\nSmith, 41, who was born in 1933, led the "
               "rescue.\n") == 0);
    CHECK(ages("Fifty years ago today, the river burst its banks.\n\nSmith, 51, who was born in 1933, led the "
               "rescue.\n") == 1);
    // (a lead that does not look back names no time of the ages after it)
    CHECK(ages("On Thursday, Aug. 8, 1974, the firm was founded.\n\nNixon, 61, who was born on Jan. 9, 1913, "
               "spoke.\n") == 1);
}

TEST_CASE("NC204: a date without its year under a title or heading that names the year") {
    auto const mismatches = [](std::string const& text) {
        return markdown_findings("NC204", text, numcheck::calendar_date{2024, 12, 28});
    };
    CHECK(mismatches("# 2024: the year in review\n\n### Friday 5 January\n\nFlood warnings stay in place.\n") == 0);
    CHECK(mismatches("# The year in review\n\n## 2024\n\n### Friday 5 January\n\nFlood warnings stay in place.\n") ==
          0);
    CHECK(mismatches("# 2024: the year in review\n\n### Monday 5 January\n\nFlood warnings stay in place.\n") == 1);
    // (2026-12-04) a heading that names the year by a relative time: "## Timeline of the year"
    CHECK(mismatches("## Timeline of the year\n\n- **Tuesday 2 January**: Markets open higher\n") == 0);
    CHECK(mismatches("## Timeline of the year\n\n- **Monday 2 January**: Markets open higher\n") == 1);
    // (review) not a lead's "last year", nor the heading of the section before
    CHECK(markdown_findings("NC204",
                            "Profit rose 10% last year, the company said.\n\nThe plant will reopen on "
                            "Thursday, Jan. 5.\n",
                            numcheck::calendar_date{2024, 11, 16}) == 1);
    CHECK(mismatches("# Review\n\n## Timeline of the year\n\n- **Tuesday 2 January**: Markets open higher\n\n## "
                     "Looking ahead\n\nThe board will certify the result on Saturday, Jan. 6.\n") == 1);
    // (2026-12-05) a lead's year gone is no year of a day to come; a year before 1800 after "in"
    CHECK(markdown_findings("NC204",
                            "In 1752, Wednesday, Sept. 2, was the last day of the old calendar in Britain.\n\nThe "
                            "society's next meeting will be on Monday, July 31.\n",
                            numcheck::calendar_date{2024, 5, 20}) == 1);
    CHECK(markdown_findings("NC204",
                            "In 1752, Wednesday, Sept. 2, was the last day of the old calendar in Britain.\n\nThe "
                            "society's next meeting will be on Wednesday, July 31.\n",
                            numcheck::calendar_date{2024, 5, 20}) == 0);
}

TEST_CASE("NC204: 'set for' tells of the day after it, not of a date before it in the sentence") {
    numcheck::calendar_date const date{2025, 3, 14};
    CHECK(markdown_findings("NC204",
                            "At a hearing on Wednesday, March 11, prosecutors said 640,000 pounds had been recovered "
                            "and a confiscation hearing was set for Monday, June 9.\n",
                            date) == 1);
    CHECK(markdown_findings("NC204",
                            "At a hearing on Tuesday, March 11, prosecutors said 640,000 pounds had been recovered "
                            "and a confiscation hearing was set for Monday, June 9.\n",
                            date) == 0);
    CHECK(markdown_findings("NC204", "A further hearing is set for Wednesday, March 11.\n", date) == 0);
}

TEST_CASE("a correction note's figures: the wrong one it quotes, and any finding set against it, are not reported") {
    numcheck::calendar_date const date{2024, 11, 16};
    CHECK(markdown_findings("NC101",
                            "An earlier version of this article said sales rose 12 percent to $70,000 from $65,000; "
                            "they rose 7.7 percent.\n",
                            date) == 0);
    CHECK(markdown_findings("NC204",
                            "Correction: An earlier version of this article said the market opens on Thursday, Nov. "
                            "29. It opens on Friday, Nov. 29.\n",
                            date) == 0);
    CHECK(markdown_findings("NC101",
                            "This article was corrected on Nov. 16. It incorrectly stated that sales rose 12 percent "
                            "to $70,000 from $65,000.\n",
                            date) == 0);
    // (a finding whose related figure is the note's)
    CHECK(markdown_findings("NC301",
                            "A previous version of this article gave the fine as £14m.\n\nThe £18m fine was the "
                            "largest.\n",
                            date) == 0);
    // (review: not a sentence that speaks of another thing's earlier version or a firm's misstatement)
    CHECK(markdown_findings("NC101",
                            "An earlier version of the bill would have raised the fee 12 percent to $70 from $65.\n",
                            date) == 1);
    CHECK(markdown_findings("NC101",
                            "Regulators said the firm misstated revenue, which rose 12 percent to $70,000 from "
                            "$65,000.\n",
                            date) == 1);
    // (outside a note, the same figures are reported)
    CHECK(markdown_findings("NC101", "Sales rose 12 percent to $70,000 from $65,000, the new version says.\n", date) ==
          1);
    CHECK(markdown_findings("NC301", "The fine was £14m.\n\nThe £18m fine was the largest.\n", date) == 1);
}

TEST_CASE("NC101 near misses are notes, counted from the figure as stated (field test h199, 2026-12-05)") {
    // "6%" stands for [5.5, 7) but 7.8% misses the 6 said by more than one unit: a warning; 12.8% against
    // "12.9%" is within one unit of its last digit: a note.
    auto const level_of = [](std::string const& text) {
        auto file = analysed_plain("miss.txt", text, numcheck::calendar_date{2024, 5, 20});
        check_only(file, "NC101");
        REQUIRE(file.findings.size() == 1);
        return file.findings.front().level;
    };
    CHECK(level_of("Revenue rose 6% to $13.75 billion from $12.76 billion.") == numcheck::severity::warning);
    CHECK(level_of("Sales fell 12.9% to 188,156 from 215,793.") == numcheck::severity::note);
    CHECK(level_of("Cotton output will rise 25 pct to 315,000 tonnes from 248,000 tonnes.") ==
          numcheck::severity::warning);
}

TEST_CASE("NC301 takes sums named by their figures paragraphs apart as two of a kind") {
    // (h338) two transfer fees told three paragraphs apart; next to each other they are one fee told twice
    std::string const first = "The £68 million fee is about 12% below the £77 million paid for Neymar.\n\n";
    std::string const later = "Eastport receive £3.2 million, 10% of the £32 million fee.\n";
    numcheck::calendar_date const date{2024, 5, 20};
    CHECK(markdown_findings("NC301", first + later, date) == 1);
    CHECK(markdown_findings("NC301", first + "Filler 1.\n\nFiller 2.\n\n" + later, date) == 0);
}

TEST_CASE("francs unnamed after the euro came in are Swiss: one measure with 'Swiss francs' beside them") {
    std::string const text = "The group proposed a dividend of 6.80 Swiss francs per share, up from 6.35 francs, an "
                             "increase of 9.1%.\n";
    CHECK(markdown_findings("NC101", text, numcheck::calendar_date{2024, 5, 20}) == 1);
    // (in 1987 copy "francs" are French, another currency, and no change is read between the two)
    CHECK(markdown_findings("NC101", text, numcheck::calendar_date{1987, 5, 20}) == 0);
}

TEST_CASE("inference: 'N years from now' beside a year, a date that names its weekday; 'than' no year before") {
    // (field test h372) "29.1% higher last year than in 2020" sets last year against a baseline, no vote for 2022;
    // "six years from now" beside "2030" and "on Wednesday, May 15" vote for 2024 with "10 years ago, in 2014"
    std::string const text =
        "Nadella, 56, was born in 1967 and took over 10 years ago, in 2014. In its report published on Wednesday, May "
        "15, the company said its emissions were 29.1% higher last year than in 2020, the baseline for its pledge to "
        "become carbon negative by 2030, six years from now.\n";
    auto file = analysed_plain("capex.txt", text);
    REQUIRE(file.reference.year);
    CHECK(*file.reference.year == 2024);
    CHECK(file.reference.source == "inferred");
    CHECK(no_warning(file));
}

TEST_CASE("inference: a dateline without its year gives the day in the year inferred, not a day to come") {
    // (field test h463) "finishes in Rome on Sunday, May 26" is a day to come; the story is from the dateline's May 19,
    // when Thomas, born on May 25, 1986, is still 37
    std::string const text =
        "LIVIGNO, Italy, May 19 (Reuters) - Pogacar won the stage on Sunday. He took over the lead 10 years ago, in "
        "2014.\n\nThe race finishes in Rome on Sunday, May 26.\n\nThomas, 37, who was born on May 25, 1986, is "
        "third.\n";
    auto file = analysed_plain("giro.txt", text);
    REQUIRE(file.reference.value);
    CHECK(file.reference.source == "inferred");
    CHECK(file.reference.value->year == 2024);
    CHECK(file.reference.value->month == 5);
    CHECK(file.reference.value->day == 19);
    CHECK(no_warning(file));
    // (review) only where the weekdays confirmed the year: "35 years ago, in 1989" is 2024 or 2025 for a day near
    // January, and Sunday, Jan. 5 names 2025
    std::string const berlin = "BERLIN, Jan 5 (Reuters) - Thousands gathered on Sunday, Jan. 5, to remember the fall "
                               "of the Berlin Wall 35 years ago, in 1989.\n";
    auto wall = analysed_plain("wall.txt", berlin);
    CHECK(!wall.reference.value);
    CHECK(no_warning(wall));
}

TEST_CASE("NC105 a year's count restated a day: 'last year' resolved by the reference date (field test h526)") {
    numcheck::calendar_date const date{2024, 5, 20};
    auto const findings = [&](std::string const& text) {
        auto file = analysed_plain("rate.txt", text, date);
        check_only(file, "NC105");
        return file.findings.size();
    };
    CHECK(findings("Police recorded 4,015 burglaries last year, or about 21 a day.") == 1);
    CHECK(findings("Police recorded 4,015 burglaries last year, or about 11 a day.") == 0);
    // (2024 has 366 days: 36,600 is 100 a day)
    CHECK(findings("The hotline took 36,600 calls in 2024, an average of 100 a day.") == 0);
    CHECK(findings("The hotline took 36,600 calls in 2024, an average of 200 a day.") == 1);
}
