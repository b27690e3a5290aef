// Reading documents: UTF-8, typographic punctuation, Markdown prose and its source map, front matter.
#include <string>

#include "helpers.hpp"
#include "numcheck/document.hpp"
#include "numcheck/error.hpp"
#include "numcheck/segment.hpp"
#include "numcheck/utf8.hpp"

using numcheck::document_format;
using numcheck::read_document;

namespace {

numcheck::document markdown(std::string text) {
    return read_document("t.md", std::move(text), document_format::markdown);
}

/// The source text under the prose occurrence of `needle`.
std::string source_of(numcheck::document const& doc, std::string const& needle) {
    auto const at = doc.prose.find(needle);
    REQUIRE(at != std::string::npos);
    auto const span = doc.span_of(at, at + needle.size());
    return doc.source.substr(span.begin, span.end - span.begin);
}

} // namespace

TEST_CASE("invalid UTF-8 is an error naming file, line and byte offset") {
    std::string const bad = "line one\nsales \xC3\x28 rose\n";
    try {
        (void)read_document("story.txt", bad, document_format::plain);
        FAIL("no error");
    } catch (numcheck::input_error const& e) {
        std::string const what = e.what();
        CHECK(what.find("story.txt:2:7") != std::string::npos);
        CHECK(what.find("byte offset 15") != std::string::npos);
    }
    // Every position of a short text: an invalid byte anywhere is reported, never a crash.
    std::string const base = "Sales rose 5% to $2.4bn.";
    for (std::size_t i = 0; i <= base.size(); ++i) {
        std::string text = base;
        text.insert(i, 1, '\xFF');
        CHECK_THROWS_AS((void)read_document("x.txt", text, document_format::plain), numcheck::input_error);
    }
    CHECK_THROWS_AS((void)read_document("x.txt", "\xED\xA0\x80", document_format::plain), numcheck::input_error);
    CHECK_THROWS_AS((void)read_document("x.txt", "\xC0\xAF", document_format::plain), numcheck::input_error);
}

TEST_CASE("utf8::is_ascii finds a byte above 0x7F at any place of any length") {
    for (std::size_t length = 0; length <= 40; ++length) {
        std::string text(length, 'a');
        CHECK(numcheck::utf8::is_ascii(text));
        for (std::size_t at = 0; at < length; ++at) {
            std::string bad = text;
            bad[at] = static_cast<char>(0x80);
            CHECK_MESSAGE(!numcheck::utf8::is_ascii(bad), "length ", length, ", at ", at);
        }
    }
    CHECK(numcheck::utf8::is_ascii(std::string_view("\x7F\x01\t\n", 4)));
    for (std::size_t length = 0; length <= 40; ++length) {
        std::string text(length, 'a');
        CHECK(numcheck::utf8::ascii_prefix(text) == length);
        for (std::size_t at = 0; at < length; ++at) {
            std::string bad = text;
            bad[at] = static_cast<char>(0xC3);
            CHECK_MESSAGE(numcheck::utf8::ascii_prefix(bad) == at, "length ", length, ", at ", at);
        }
    }
    // Markdown prose is copied a run of ASCII at a time: every byte still maps to its source byte,
    // before and after a folded character and across text pieces of any length.
    for (std::size_t lead = 0; lead <= 20; ++lead) {
        std::string const before(lead, 'x');
        std::string const source = "# T\n\n" + before +
                                   " \xE2\x80\x9C"
                                   "12\xC2\xA0pct\xE2\x80\x9D rose *5* pct.\n";
        auto const doc = read_document("m.md", source, document_format::markdown);
        for (std::string_view word : {"12", "pct", "rose", "5 pct"}) {
            auto const at = doc.prose.find(word, lead);
            REQUIRE(at != std::string::npos);
            auto const span = doc.span_of(at, at + 1);
            CHECK_MESSAGE(source.substr(span.begin, 1) == word.substr(0, 1), "lead ", lead, ", word ", word);
        }
    }
    // A document that is ASCII maps prose offsets to itself; one with a curly quote does not.
    auto const plain = read_document("a.txt", "Profit rose 5 pct.", document_format::plain);
    CHECK(plain.span_of(7, 11).column == 8);
    auto const curly = read_document("b.txt", "\xE2\x80\x9CProfit\xE2\x80\x9D rose 5 pct.", document_format::plain);
    auto const at = curly.prose.find("rose");
    REQUIRE(at != std::string::npos);
    CHECK(curly.span_of(at, at + 4).column == 10);
}

TEST_CASE("binary data and empty files") {
    CHECK_THROWS_WITH_AS((void)read_document("a.bin", std::string("ab\0cd", 5), document_format::plain),
                         doctest::Contains("NUL byte"), numcheck::input_error);
    auto const empty = read_document("e.txt", "", document_format::plain);
    CHECK(empty.prose.empty());
    CHECK(numcheck::extract(empty).mentions.empty());
}

TEST_CASE("a BOM is accepted and CRLF lines keep their columns") {
    std::string const text = "\xEF\xBB\xBFHeadline\r\nSales rose 5 percent.\r\n";
    auto const doc = read_document("bom.txt", text, document_format::plain);
    auto const found = numcheck::extract(doc).mentions;
    REQUIRE(found.size() == 2);
    CHECK(found[0].span.line == 2);
    CHECK(found[0].span.column == 7);
    CHECK(found[0].text == "rose 5 percent");
    // the mark takes no column on the first line either
    auto const first = read_document("bom.txt", "\xEF\xBB\xBFSales rose 5 percent.\n", document_format::plain);
    auto const on_first = numcheck::extract(first).mentions;
    REQUIRE_FALSE(on_first.empty());
    CHECK(on_first[0].span.line == 1);
    CHECK(on_first[0].span.column == 7);
    CHECK(first.source_line(1) == "Sales rose 5 percent.");
    // a carriage return alone ends a line (classic Mac OS text)
    auto const mac = read_document("mac.txt", "Headline\rIntro.\rSales rose 5 percent.\r", document_format::plain);
    auto const on_third = numcheck::extract(mac).mentions;
    REQUIRE_FALSE(on_third.empty());
    CHECK(on_third[0].span.line == 3);
    CHECK(on_third[0].span.column == 7);
    CHECK(mac.source_line(3) == "Sales rose 5 percent.");
}

TEST_CASE("typographic characters are understood like plain ones") {
    // Non-breaking space, thin space, en dash, minus sign, curly apostrophe.
    auto const found = test::mentions_of("It fell \xE2\x88\x92"
                                         "2.5\xC2\xA0percent in the 2022\xE2\x80\x93"
                                         "23 season.");
    auto const pct = test::of_kind(found, numcheck::mention_kind::percent);
    REQUIRE(pct.size() == 1);
    CHECK(pct[0].text == "\xE2\x88\x92"
                         "2.5\xC2\xA0percent");
    auto const season = test::of_kind(found, numcheck::mention_kind::period);
    REQUIRE(season.size() == 1);
    CHECK(season[0].time_value == "2022/2023");
}

TEST_CASE("a no-break or thin space between groups of three digits is a thousands separator") {
    auto const found = test::mentions_of("Output rose to 175\xC2\xA0"
                                         "000 tonnes, with 1\xE2\x80\xAF"
                                         "234\xE2\x80\xAF"
                                         "567 jobs, on May 5\xC2\xA0"
                                         "2024, from F-16\xC2\xA0"
                                         "500 and 3.25\xE2\x80\x89"
                                         "100 crews and 36 100 units.");
    auto const numbers = test::of_kind(found, numcheck::mention_kind::number);
    std::vector<double> values;
    values.reserve(numbers.size());
    for (auto const& m : numbers) values.push_back(m.value.value_or(-1));
    // "F-16" is a name and "36 100" with a plain space is two numbers ("January 31 747 mln dlrs").
    CHECK(values == std::vector<double>{175000, 1234567, 500, 3.25, 100, 36, 100});
    REQUIRE_FALSE(numbers.empty());
    CHECK(numbers[0].text == "175\xC2\xA0"
                             "000 tonnes");
    auto const dates = test::of_kind(found, numcheck::mention_kind::date);
    REQUIRE(dates.size() == 1);
    CHECK(dates[0].time_value == "2024-05-05");
}

TEST_CASE("front matter dates: the forms articles' front matter uses, and the ones no date can be read from") {
    std::string why;
    auto const read = [&](std::string_view value) {
        return numcheck::detail::read_date_value(value, why).value_or("-");
    };
    CHECK(read("2024-04-09") == "2024-04-09");
    CHECK(read("2024-04-09T10:00:00+02:00") == "2024-04-09");
    CHECK(read("2024-04-09 10:00:00 +0200") == "2024-04-09");
    CHECK(read("2024/4/9") == "2024-04-09");
    CHECK(read("2024.04.09") == "2024-04-09");
    CHECK(read("April 9, 2024") == "2024-04-09");
    CHECK(read("Apr. 9 2024") == "2024-04-09");
    CHECK(read("9 April 2024") == "2024-04-09");
    CHECK(read("Tue, 09 Apr 2024 10:00:00 +0000") == "2024-04-09"); // RSS pubDate (RFC 822)
    CHECK(read("13/04/2024") == "2024-04-13");
    CHECK(read("04/13/2024") == "2024-04-13");
    CHECK(read("2024-02-29") == "2024-02-29");
    // none of these is a date
    CHECK(read("04/09/2024") == "-");
    CHECK(why.find("ambiguous") != std::string::npos);
    CHECK(read("2023-02-29") == "-");
    CHECK(why == "February 2023 has 28 days");
    CHECK(read("2024-13-01") == "-");
    CHECK(why == "there is no month 13");
    CHECK(read("April 31, 2024") == "-");
    CHECK(read("2024-04-09x") == "-");
    CHECK(read("yesterday") == "-");
    CHECK(read("2024") == "-");
    CHECK(read("April 9") == "-");

    // Read from the front matter; one that cannot be read is kept to be reported, not used.
    auto const doc = markdown("---\ndate: April 9, 2024\n---\nText.\n");
    REQUIRE(doc.metadata.date);
    CHECK(*doc.metadata.date == "2024-04-09");
    CHECK_FALSE(doc.metadata.unread);
    auto const bad = markdown("---\ntitle: T\ndate: 2024-04-31\n---\nText.\n");
    CHECK_FALSE(bad.metadata.date);
    REQUIRE(bad.metadata.unread);
    CHECK(bad.metadata.unread->value == "2024-04-31");
    CHECK(bad.metadata.unread->span.line == 3);
    CHECK(bad.metadata.unread->span.column == 7);
    CHECK(bad.source.substr(bad.metadata.unread->span.begin, 10) == "2024-04-31");
    CHECK(bad.metadata.title == "T");
    // another key's date is used: nothing to report
    auto const two = markdown("---\ndate: soon\npublished: 2024-04-09\n---\nText.\n");
    CHECK(*two.metadata.date == "2024-04-09");
    CHECK_FALSE(two.metadata.unread);
    // keys in any case
    auto const capital = markdown("---\nTitle: T\nDate: 2024-04-09\n---\nText.\n");
    CHECK(*capital.metadata.date == "2024-04-09");
    CHECK(capital.metadata.title == "T");
    // Hugo's publishDate
    auto const hugo = markdown("---\ntitle: T\npublishDate: 2024-04-09\n---\nText.\n");
    CHECK(*hugo.metadata.date == "2024-04-09");
    CHECK(hugo.metadata.date_key == "publishDate");
    // Hugo's TOML front matter
    auto const toml = markdown("+++\ntitle = \"Trade\"\ndate = 2024-04-09T10:00:00Z\n+++\nSales rose 5 pct.\n");
    CHECK(*toml.metadata.date == "2024-04-09");
    CHECK(toml.metadata.title == "Trade");
    CHECK(toml.prose.find("title") == std::string::npos);
    // no closing line: it is text, and the date it meant to give is reported
    auto const open = markdown("---\ndate: 2024-04-09\n\nSales rose 5 pct.\n");
    CHECK_FALSE(open.metadata.date);
    REQUIRE(open.metadata.unread);
    CHECK(open.metadata.unread->unclosed);
    CHECK(open.metadata.unread->span.line == 2);
    auto const open_toml = markdown("+++\ntitle = \"T\"\ndate = 2024-04-09\n\nSales rose 5 pct.\n");
    REQUIRE(open_toml.metadata.unread);
    CHECK(open_toml.metadata.unread->value == "2024-04-09");
    CHECK(open_toml.metadata.unread->span.line == 3);
    CHECK(open_toml.metadata.unread->span.column == 8);
    // a thematic break then text is no front matter
    CHECK_FALSE(markdown("---\nNote: figures are provisional.\n").metadata.unread);
}

TEST_CASE("Markdown: prose only, mapped back to the file") {
    std::string const text = "---\ntitle: \"Trade hits record\"\ndate: 2024-04-09\n---\n"
                             "# Trade rose 26 percent\n\n"
                             "Exports were **$240** billion &mdash; up [12 percent](https://example.com/5) "
                             "from `7 percent` in 2022.\n\n"
                             "```\nrose 99 percent\n```\n\n"
                             "<!-- fell 50 percent -->\n\n"
                             "> Imports fell 3 pct.\n\n"
                             "- item with 4 tonnes\n\n"
                             "![chart of 77 percent](c.png) See https://example.com/2023/10-percent now.\n";
    auto const doc = markdown(text);
    CHECK(doc.metadata.title == "Trade hits record");
    REQUIRE(doc.metadata.date);
    CHECK(*doc.metadata.date == "2024-04-09");
    CHECK(doc.prose.find("99") == std::string::npos);
    CHECK(doc.prose.find("50 percent") == std::string::npos);
    CHECK(doc.prose.find("77") == std::string::npos);
    CHECK(doc.prose.find("7 percent") == std::string::npos);
    CHECK(doc.prose.find("10-percent") == std::string::npos);
    CHECK(doc.prose.find("date:") == std::string::npos);
    CHECK(source_of(doc, "$240 billion") == "$240** billion");
    CHECK(source_of(doc, "12 percent") == "12 percent");

    auto const found = numcheck::extract(doc).mentions;
    std::vector<std::string> texts;
    for (auto const& m : found)
        if (!m.parent) texts.push_back(m.text);
    CHECK(texts == std::vector<std::string>{"rose 26 percent", "$240** billion", "up [12 percent", "in 2022",
                                            "fell 3 pct", "4 tonnes", "now"});
    for (auto const& m : found) {
        INFO(m.text);
        auto [line, column] = doc.line_column(m.span.begin);
        CHECK(line == m.span.line);
        CHECK(column == m.span.column);
    }
    auto const& heading = found.front();
    CHECK(heading.span.line == 5);
    CHECK(heading.span.column == 9);
}

TEST_CASE("Markdown entities and curly quotes map to their source bytes") {
    auto const doc = markdown("Costs rose&nbsp;5&#37; to &euro;3 million.\n");
    auto const found = numcheck::extract(doc).mentions;
    auto const money = test::of_kind(found, numcheck::mention_kind::money);
    REQUIRE(money.size() == 1);
    CHECK(money[0].text == "&euro;3 million");
    auto const pct = test::of_kind(found, numcheck::mention_kind::percent);
    REQUIRE(pct.size() == 1);
    CHECK(pct[0].text == "5&#37;");
}

namespace {
/// The text of each sentence split_sentences finds in `text`.
std::vector<std::string> sentence_texts(std::string const& text) {
    auto const sentences = numcheck::split_sentences(text);
    std::vector<std::string> got;
    got.reserve(sentences.size());
    for (auto const& s : sentences) got.emplace_back(text.substr(s.begin, s.end - s.begin));
    return got;
}
} // namespace

TEST_CASE("sentences do not break at abbreviations, initials, decimals or closing quotes") {
    std::string const text =
        "Mr. Lavrov met U.S. officials on Feb. 24 at 9 a.m. and said \"No.\" J. R. Smith of Acme Inc. agreed. "
        "Rates rose 3.5 pct. It was No. 2 in the list. \"We won,\" she said. Then it ended.";
    CHECK(sentence_texts(text) ==
          std::vector<std::string>{"Mr. Lavrov met U.S. officials on Feb. 24 at 9 a.m. and said \"No.\"",
                                   "J. R. Smith of Acme Inc. agreed.", "Rates rose 3.5 pct.",
                                   "It was No. 2 in the list.", "\"We won,\" she said.", "Then it ended."});
}

TEST_CASE("a list written as plain text, an item a line, is an item a paragraph") {
    // bullets and numbers after an item or a colon; lines of a label and a colon after each other
    CHECK(sentence_texts("- Roads: $120 million\n- Bridges: $54 million\n- Signals and signs: $32 million\n") ==
          std::vector<std::string>{"- Roads: $120 million", "- Bridges: $54 million",
                                   "- Signals and signs: $32 million"});
    CHECK(sentence_texts("The budget:\n* Roads $120 million\n* Bridges $54 million") ==
          std::vector<std::string>{"The budget:", "* Roads $120 million", "* Bridges $54 million"});
    CHECK(sentence_texts("1. Roads $120 million\n2) Bridges $54 million\n\xE2\x80\xA2 Signs $3 million") ==
          std::vector<std::string>{"1. Roads $120 million", "2) Bridges $54 million", "\xE2\x80\xA2 Signs $3 million"});
    CHECK(sentence_texts("By road:\nRoads: $120 million\nBridges: $54 million\nSignals, signs: $32 million") ==
          std::vector<std::string>{"By road:", "Roads: $120 million", "Bridges: $54 million",
                                   "Signals, signs: $32 million"});
    // not a dash or a figure that a wrapped line begins with
    CHECK(sentence_texts("deposits on call - mainly government funds\n- fell 1.60 billion francs to 1.04 billion.") ==
          std::vector<std::string>{
              "deposits on call - mainly government funds\n- fell 1.60 billion francs to 1.04 billion."});
    CHECK(sentence_texts("Output rose to\n12. The rest was sold.") ==
          std::vector<std::string>{"Output rose to\n12.", "The rest was sold."});
    CHECK(sentence_texts("Sales: the company said it sold\nTrucks: 12 in all.") ==
          std::vector<std::string>{"Sales: the company said it sold\nTrucks: 12 in all."});
    CHECK(sentence_texts("Sales rose in the year to March\n31. The company said so.") ==
          std::vector<std::string>{"Sales rose in the year to March\n31.", "The company said so."});
}

TEST_CASE("lines of a label and a figure in a Markdown paragraph are items, as in plain text") {
    auto const doc = read_document("t.md",
                                   "Where they came from:\nSyria: 14,560\nTurkey: 4,980\nEritrea and "
                                   "Somalia: 1,500\n\nSales rose\nto 5 mln dlrs: 3 mln in May.\n",
                                   document_format::markdown);
    std::vector<std::string> texts;
    for (auto const& s : numcheck::split_sentences(doc.prose))
        texts.emplace_back(doc.prose.substr(s.begin, s.end - s.begin));
    CHECK(texts == std::vector<std::string>{"Where they came from:", "Syria: 14,560", "Turkey: 4,980",
                                            "Eritrea and Somalia: 1,500", "Sales rose to 5 mln dlrs: 3 mln in May."});
}

TEST_CASE("a live blog's time with a point that opens its paragraph is a sentence of its own") {
    std::string const text = "14.30 Of the five hostages, three have been freed.\n\n9.05 Police said so.\n\n"
                             "14.30 GMT Talks resumed.\n\n12.50 pct of the shares.\n\nIt was 14.30 Of course.\n\n"
                             "12.25 Mln dlrs was raised.\n\nPrices paid:\n    18.50 Brent crude a barrel.";
    CHECK(sentence_texts(text) ==
          std::vector<std::string>{"14.30", "Of the five hostages, three have been freed.", "9.05", "Police said so.",
                                   "14.30 GMT Talks resumed.", "12.50 pct of the shares.", "It was 14.30 Of course.",
                                   "12.25 Mln dlrs was raised.", "Prices paid:", "18.50 Brent crude a barrel."});
}

TEST_CASE("footnote marks are no prose, and the spans around them stay exact") {
    for (auto format : {document_format::markdown, document_format::plain}) {
        std::string const text = "Labour won 24 seats, the Greens 15[^2] and the SNP 23,[3] a total of 62.\n";
        auto const doc = read_document("t", text, format);
        CHECK(doc.prose.find("[^2]") == std::string::npos);
        CHECK(doc.prose.find("[3]") == std::string::npos);
        CHECK(doc.prose.find("15 and the SNP 23, a total") != std::string::npos);
        auto const found = numcheck::extract(doc).mentions;
        REQUIRE(!found.empty());
        CHECK(found.back().text == "62");
        CHECK(found.back().span.column == 70);
    }
    // (a bracket after a space is no mark: "see note [12]"; superscript digits after figures are)
    auto const note = read_document("t.md", "See note [12]. It won 24\u00B9 seats and covers 5 km\u00B2.\n",
                                    document_format::markdown);
    CHECK(note.prose.find("[12]") != std::string::npos);
    CHECK(note.prose.find("24 seats") != std::string::npos);
    CHECK(note.prose.find("km\u00B2") != std::string::npos);
    auto const sup =
        read_document("t.md", "The unit has 200 nurses<sup>1</sup>, 100 doctors.\n", document_format::markdown);
    CHECK(sup.prose.find("nurses, 100") != std::string::npos);
}

TEST_CASE("Markdown: struck-through text is no prose; a single tilde and a <sup> left open hide nothing") {
    auto const doc = read_document("t.md", "Sales slid to 640 units from ~~560~~ 690.\n", document_format::markdown);
    CHECK(doc.prose.find("560") == std::string::npos);
    CHECK(doc.prose.find("690") != std::string::npos);
    auto const tilde =
        read_document("t.md", "Prices rose 5~10% in March, and wages 3~4%.\n", document_format::markdown);
    CHECK(tilde.prose.find("5~10% in March, and wages 3~4%") != std::string::npos);
    auto const open =
        read_document("t.md", "The index<sup>a rose 10%.\n\nRevenue rose 10% to $130m.\n", document_format::markdown);
    CHECK(open.prose.find("Revenue rose 10% to $130m") != std::string::npos);
    auto const ordinal = read_document("t.md", "In the 2<sup>nd</sup> quarter.\n", document_format::markdown);
    CHECK(ordinal.prose.find("2nd quarter") != std::string::npos);
}

TEST_CASE("paragraphs: blank lines, indented lines, and lines that end a sentence") {
    std::string const text = "First line of a wrapped\nsentence goes on.\n    Indented paragraph.\n\nThird.";
    auto const s = numcheck::split_sentences(text);
    REQUIRE(s.size() == 3);
    CHECK(s[0].paragraph == 0);
    CHECK(s[1].paragraph == 1);
    CHECK(s[2].paragraph == 2);
}

TEST_CASE("a wrapped line that ends in an abbreviation goes on before a word in lower case") {
    std::string const text = "The system, set for testing in August in selected U.S.\ncities, is expected to run.\n"
                             "It will cost 160 U.S.\ndlrs an ounce.\nThe next line is a sentence.";
    auto const s = numcheck::split_sentences(text);
    REQUIRE(s.size() == 3);
    CHECK(text.substr(s[0].begin, s[0].end - s[0].begin).ends_with("is expected to run."));
    CHECK(text.substr(s[2].begin, s[2].end - s[2].begin) == "The next line is a sentence.");
}

TEST_CASE("large input: a 400 kB single line and 200 kB of digits and commas") {
    std::string line;
    std::string const unit = "Sales rose 5 pct to 1.4 mln tonnes from 1.33 mln, ";
    while (line.size() < 400'000) line += unit;
    auto const doc = read_document("big.txt", line, document_format::plain);
    auto const found = numcheck::extract(doc).mentions;
    std::size_t const repeats = line.size() / unit.size();
    CHECK(found.size() == repeats * 4); // the change, its amount, to and from
    auto const& last = found.back();
    CHECK(last.span.line == 1);
    CHECK(last.span.column == last.span.begin + 1);

    std::string digits;
    while (digits.size() < 200'000) digits += "1,234,567,8,90,";
    auto const noisy = read_document("digits.txt", digits, document_format::plain);
    CHECK_NOTHROW((void)numcheck::extract(noisy));
}
