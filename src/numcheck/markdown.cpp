// Markdown reading with md4c: prose text with exact offsets back into the file.
// md4c hands MD_TEXT_NORMAL and MD_TEXT_ENTITY text as pointers into the buffer it parses, so the
// offset of every piece of prose is the pointer's distance from the buffer's start.
#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <md4c.h>

#include "numcheck/document.hpp"
#include "numcheck/segment.hpp"
#include "numcheck/text.hpp"
#include "numcheck/utf8.hpp"

namespace numcheck::detail {

namespace {

struct markdown_reader {
    markdown_reader(document& d, char const* b) : doc(d), base(b) {}

    document& doc;
    char const* base;                ///< start of the file's bytes
    std::size_t last = 0;            ///< source offset just past the last prose taken
    int hidden = 0;                  ///< depth inside images and struck text: not prose
    int superscript = 0;             ///< depth inside <sup> tags
    std::vector<bool> dels;          ///< the struck spans open: whether each hides its text ("~~", not "~")
    bool del_pending = false;        ///< a struck span opened and its first text not yet seen
    std::vector<std::size_t> labels; ///< where paragraphs all in bold begin (sections when two or more)
    int strong = 0;                  ///< depth inside bold text
    /// The paragraph being read: where its prose begins, and whether it has text outside bold (a
    /// paragraph all in bold is a label that heads what follows, a section).
    std::size_t paragraph_start = 0;
    bool paragraph_plain = false;
    bool in_paragraph = false;                             ///< inside a paragraph block
    bool strong_opens_paragraph = false;                   ///< the bold text being read opened its paragraph
    std::vector<std::pair<std::size_t, std::size_t>> code; ///< source ranges of code text
    /// Where the heading being read begins in the prose, when it starts a section.
    std::optional<std::size_t> heading_start;
    std::size_t link_start = 0;
    std::string link_href;
    bool in_link = false;

    void separate_blocks() {
        auto& p = doc.prose;
        if (p.empty()) return;
        if (p.size() >= 2 && p[p.size() - 1] == '\n' && p[p.size() - 2] == '\n') return;
        append_char(doc, '\n', last);
        append_char(doc, '\n', last);
    }

    void space() {
        if (!doc.prose.empty() && doc.prose.back() != ' ' && doc.prose.back() != '\n') append_char(doc, ' ', last);
    }

    std::size_t offset_of(char const* text, std::size_t size) const {
        if (text >= base && text + size <= base + doc.source.size()) return static_cast<std::size_t>(text - base);
        return last;
    }

    void text(MD_TEXTTYPE type, char const* text, std::size_t size) {
        // ("24<sup>1</sup> seats": a footnote's mark, no prose; "the 2<sup>nd</sup> quarter": an
        // ordinal's ending, joined to its digits; longer text stays prose, and a <sup> left open ends
        // with its block)
        if (type == MD_TEXT_HTML) {
            std::string_view const tag(text, size);
            if (tag == "<sup>" || tag == "<SUP>") {
                ++superscript;
                return;
            }
            if ((tag == "</sup>" || tag == "</SUP>") && superscript > 0) {
                --superscript;
                return;
            }
        }
        if (del_pending) {
            del_pending = false;
            std::size_t const at = offset_of(text, size);
            bool const doubled = at >= 2 && doc.source[at - 1] == '~' && doc.source[at - 2] == '~';
            if (!doubled && !dels.empty()) {
                dels.back() = false;
                --hidden;
                if (hidden == 0 && at >= 1) append_char(doc, '~', at - 1); // (the tilde md4c took)
            }
        }
        if (hidden > 0) return;
        if (superscript > 0 && type == MD_TEXT_NORMAL) {
            std::string_view const body(text, size);
            bool const mark = body.size() <= 4 && body.find_first_not_of("0123456789*,") == std::string_view::npos;
            bool const sign = body == "\xE2\x80\xA0" || body == "\xE2\x80\xA1"; // a dagger
            if (mark || sign) return;
            if (body == "st" || body == "nd" || body == "rd" || body == "th") {
                append_prose(doc, body, offset_of(text, size));
                last = offset_of(text, size) + size;
                return;
            }
        }
        if (strong == 0 && (type == MD_TEXT_NORMAL || type == MD_TEXT_ENTITY)) paragraph_plain = true;
        std::size_t const at = offset_of(text, size);
        switch (type) {
        case MD_TEXT_NORMAL:
            append_prose(doc, std::string_view(text, size), at);
            last = at + size;
            break;
        case MD_TEXT_ENTITY:
            entity(std::string_view(text, size), at);
            last = at + size;
            break;
        case MD_TEXT_BR:
            append_char(doc, ' ', last);
            break;
        case MD_TEXT_SOFTBR: {
            // A line break inside a paragraph is a space, but between lines of a label and a figure
            // ("Syria: 14,560\nTurkey: 4,980"), a list the segmenter breaks into items (label_item_next)
            std::string_view const src = doc.source;
            std::size_t const line = last == 0 ? 0 : src.rfind('\n', last - 1) + 1;
            std::size_t const next = src.find('\n', last);
            bool const items = next != std::string_view::npos && label_item_next(src, line, last, next + 1);
            append_char(doc, items ? '\n' : ' ', last);
            break;
        }
        case MD_TEXT_NULLCHAR:
            append_char(doc, ' ', at);
            break;
        case MD_TEXT_HTML:
            // Raw HTML is where suppression comments live (suppress.hpp).
            if (!doc.html_ranges_.empty() && doc.html_ranges_.back().second >= at)
                doc.html_ranges_.back().second = std::max(doc.html_ranges_.back().second, at + size);
            else
                doc.html_ranges_.emplace_back(at, at + size);
            space();
            break;
        case MD_TEXT_CODE:
            code.emplace_back(at, at + size);
            space();
            break;
        case MD_TEXT_LATEXMATH:
            // Not prose; keep the words on either side apart.
            space();
            break;
        }
    }

    void entity(std::string_view raw, std::size_t at) {
        char32_t cp = 0;
        if (raw.size() > 3 && raw[1] == '#') {
            bool const hex = raw[2] == 'x' || raw[2] == 'X';
            std::string const digits(raw.substr(hex ? 3 : 2, raw.size() - (hex ? 4 : 3)));
            cp = static_cast<char32_t>(std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10));
        } else {
            struct named {
                std::string_view name;
                char32_t cp;
            };
            static constexpr named table[] = {
                {"&amp;", '&'},      {"&lt;", '<'},       {"&gt;", '>'},        {"&quot;", '"'},
                {"&apos;", '\''},    {"&nbsp;", 0xA0},    {"&thinsp;", 0x2009}, {"&ndash;", 0x2013},
                {"&mdash;", 0x2014}, {"&minus;", 0x2212}, {"&lsquo;", 0x2018},  {"&rsquo;", 0x2019},
                {"&ldquo;", 0x201C}, {"&rdquo;", 0x201D}, {"&euro;", 0x20AC},   {"&pound;", 0xA3},
                {"&yen;", 0xA5},     {"&cent;", 0xA2},    {"&hellip;", 0x2026}, {"&frac12;", 0xBD},
                {"&frac14;", 0xBC},  {"&frac34;", 0xBE},  {"&percnt;", '%'},    {"&dollar;", '$'},
            };
            for (auto const& e : table)
                if (e.name == raw) cp = e.cp;
        }
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            append_char(doc, ' ', at);
            return;
        }
        char buffer[4];
        std::size_t n = 0;
        if (cp < 0x80) {
            buffer[n++] = static_cast<char>(cp);
        } else if (cp < 0x800) {
            buffer[n++] = static_cast<char>(0xC0 | (cp >> 6));
            buffer[n++] = static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            buffer[n++] = static_cast<char>(0xE0 | (cp >> 12));
            buffer[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            buffer[n++] = static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            buffer[n++] = static_cast<char>(0xF0 | (cp >> 18));
            buffer[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            buffer[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            buffer[n++] = static_cast<char>(0x80 | (cp & 0x3F));
        }
        // Every byte of the folded character maps to the entity's '&'.
        std::size_t const before = doc.prose.size();
        append_prose(doc, std::string_view(buffer, n), at);
        for (std::size_t i = before; i < doc.origin_.size(); ++i) doc.origin_[i] = static_cast<std::uint32_t>(at);
    }

    void enter_span(MD_SPANTYPE type, void* detail) {
        // (struck-through text, "from ~~560~~ 690", is a figure corrected away: no prose; a single
        // tilde, "5~10%", is no strike: told at its first text)
        if (type == MD_SPAN_DEL) {
            dels.push_back(true);
            del_pending = true;
            ++hidden;
        } else if (type == MD_SPAN_IMG) {
            space();
            ++hidden;
        } else if (type == MD_SPAN_STRONG) {
            if (strong == 0) strong_opens_paragraph = in_paragraph && doc.prose.size() == paragraph_start;
            ++strong;
        } else if (type == MD_SPAN_A && hidden == 0) {
            auto const* a = static_cast<MD_SPAN_A_DETAIL const*>(detail);
            in_link = true;
            link_start = doc.prose.size();
            link_href.assign(a->href.text, a->href.size);
        }
    }

    void leave_span(MD_SPANTYPE type) {
        if (type == MD_SPAN_STRONG && strong > 0) {
            --strong;
            // ("**Schools.** The budget is £2.1bn.": a bold lead-in that ends with a stop labels its
            // paragraph)
            if (strong == 0 && strong_opens_paragraph && doc.prose.size() > paragraph_start &&
                doc.prose.size() - paragraph_start <= 40 && (doc.prose.back() == '.' || doc.prose.back() == ':'))
                labels.push_back(paragraph_start);
            strong_opens_paragraph = false;
        }
        if (type == MD_SPAN_DEL) {
            del_pending = false;
            if (!dels.empty() && dels.back()) {
                --hidden;
                space();
            } else if (!dels.empty() && hidden == 0) {
                append_char(doc, '~', last);
            }
            if (!dels.empty()) dels.pop_back();
            return;
        }
        if (type == MD_SPAN_IMG) {
            --hidden;
            return;
        }
        if (type == MD_SPAN_A && in_link) {
            in_link = false;
            // An autolink's text is its address: not prose.
            std::string_view const shown = std::string_view(doc.prose).substr(link_start);
            bool const autolink = shown == link_href || link_href == "mailto:" + std::string(shown) ||
                                  link_href == "http://" + std::string(shown);
            if (autolink)
                for (std::size_t i = link_start; i < doc.prose.size(); ++i) doc.prose[i] = ' ';
        }
    }
};

/// Whether a heading names a part of the story rather than something of its own: "Background",
/// "Reaction", "What happens next?", "By the numbers".
bool generic_heading(std::string_view heading) {
    std::string words;
    for (char const c : heading) {
        if (text::is_alpha(c) || c == '\'')
            words += static_cast<char>(c | 0x20);
        else if (!words.empty() && words.back() != ' ')
            words += ' ';
    }
    while (!words.empty() && words.back() == ' ') words.pop_back();
    if (words.starts_with("the ")) words.erase(0, 4);
    static constexpr std::string_view generic[] = {
        "background",     "reaction",     "reactions",    "analysis",        "context",       "what happens next",
        "what's next",    "what next",    "next steps",   "why it matters",  "details",       "key figures",
        "key facts",      "key points",   "numbers",      "by the numbers",  "in numbers",    "timeline",
        "what they said", "what we know", "overview",     "summary",         "explainer",     "bottom line",
        "outlook",        "big picture",  "story so far", "how we got here", "history",       "update",
        "updates",        "latest",       "at a glance",  "response",        "responses",     "criticism",
        "opposition",     "verdict",      "conclusion",   "what's at stake", "what it means", "more",
        "further reading"};
    return std::find(std::begin(generic), std::end(generic), words) != std::end(generic);
}

int on_enter_block(MD_BLOCKTYPE type, void* detail, void* user) {
    auto& r = *static_cast<markdown_reader*>(user);
    if (type != MD_BLOCK_DOC) r.separate_blocks();
    // (a section: a heading, but for the title that opens the text; a table's row)
    bool const heading = type == MD_BLOCK_H && (static_cast<MD_BLOCK_H_DETAIL const*>(detail)->level >= 2 ||
                                                r.doc.prose.find_first_not_of(" \n") != std::string::npos);
    if (heading || type == MD_BLOCK_TR) r.doc.sections.push_back(r.doc.prose.size());
    if (heading) r.heading_start = r.doc.prose.size();
    if (type == MD_BLOCK_P) {
        r.paragraph_start = r.doc.prose.size();
        r.paragraph_plain = false;
        r.in_paragraph = true;
    }
    return 0;
}
int on_leave_block(MD_BLOCKTYPE type, void*, void* user) {
    auto& r = *static_cast<markdown_reader*>(user);
    r.superscript = 0;
    if (type == MD_BLOCK_P) r.in_paragraph = false;
    // ("## Background", "## What happens next": a heading of the story's parts goes on with the
    // same subjects, not "## Thames Water")
    if (type == MD_BLOCK_H && r.heading_start) {
        if (generic_heading(std::string_view(r.doc.prose).substr(*r.heading_start)) && !r.doc.sections.empty() &&
            r.doc.sections.back() == *r.heading_start)
            r.doc.sections.pop_back();
        r.heading_start.reset();
    }
    // ("**Southern Water**" alone in its paragraph: a label heading what follows, when the text has
    // two or more, a list of entries; not one "**Advertisement**")
    if (type == MD_BLOCK_P && !r.paragraph_plain && r.doc.prose.size() > r.paragraph_start &&
        r.doc.prose.size() - r.paragraph_start <= 80)
        r.labels.push_back(r.paragraph_start);
    if (type != MD_BLOCK_DOC) r.separate_blocks();
    if (type == MD_BLOCK_TABLE) r.doc.sections.push_back(r.doc.prose.size()); // (the text after it)
    return 0;
}
int on_enter_span(MD_SPANTYPE type, void* detail, void* user) {
    static_cast<markdown_reader*>(user)->enter_span(type, detail);
    return 0;
}
int on_leave_span(MD_SPANTYPE type, void*, void* user) {
    static_cast<markdown_reader*>(user)->leave_span(type);
    return 0;
}
int on_text(MD_TEXTTYPE type, MD_CHAR const* text, MD_SIZE size, void* user) {
    static_cast<markdown_reader*>(user)->text(type, text, size);
    return 0;
}

} // namespace

void parse_markdown(document& doc, std::size_t body_begin) {
    doc.prose.reserve(doc.source.size() - body_begin);
    doc.origin_.reserve(doc.source.size() - body_begin + 1);
    markdown_reader reader{doc, doc.source.data()};
    reader.last = body_begin;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
    parser.enter_block = on_enter_block;
    parser.leave_block = on_leave_block;
    parser.enter_span = on_enter_span;
    parser.leave_span = on_leave_span;
    parser.text = on_text;
    md_parse(doc.source.data() + body_begin, static_cast<MD_SIZE>(doc.source.size() - body_begin), &parser, &reader);
    if (reader.labels.size() >= 2) {
        doc.sections.insert(doc.sections.end(), reader.labels.begin(), reader.labels.end());
        std::sort(doc.sections.begin(), doc.sections.end());
    }
    // "<!-- numcheck-disable-line NC102 -- checked with the company -->": CommonMark takes a comment
    // with "--" inside for text, not raw HTML. It is no prose either: taken out (erase_prose, below),
    // and kept with the raw HTML where suppression comments are looked for. Within one paragraph only.
    std::vector<std::pair<std::size_t, std::size_t>> comments;
    // (the next close and the next paragraph break are remembered: linear however many comments)
    std::size_t close = 0, blank = 0;
    bool known = false;
    for (std::size_t i = doc.prose.find("<!--"); i != std::string::npos; i = doc.prose.find("<!--", i)) {
        if (!known || close < i + 4) close = doc.prose.find("-->", i + 4);
        if (close == std::string::npos) break;
        if (!known || (blank != std::string::npos && blank < i)) blank = doc.prose.find("\n\n", i);
        known = true;
        if (blank < close) {
            i = blank + 2; // (a comment does not run across paragraphs)
            continue;
        }
        std::size_t const end = close + 3;
        doc.html_ranges_.emplace_back(doc.origin_[i], doc.origin_[end - 1] + 1);
        comments.emplace_back(i, end);
        i = end;
    }
    if (!comments.empty()) std::sort(doc.html_ranges_.begin(), doc.html_ranges_.end());
    // "| Southern Water | £20m | <!-- numcheck-disable-line NC301 -->": a comment after a table row's
    // last bar, which the table drops (a cell beyond the header's), is kept where suppression comments
    // are looked for (not in code).
    // (binary searches: the ranges are in order and apart)
    auto const inside = [](auto const& ranges, std::size_t at) {
        auto const after = std::upper_bound(ranges.begin(), ranges.end(), at,
                                            [](std::size_t value, auto const& r) { return value < r.first; });
        return after != ranges.begin() && at < std::prev(after)->second;
    };
    std::vector<std::pair<std::size_t, std::size_t>> rows;
    std::sort(reader.code.begin(), reader.code.end()); // (a code block's line ends come out of order)
    std::string_view const src = doc.source;
    std::size_t line = body_begin, scanned = body_begin; // (the comment's line begins at `line`)
    for (std::size_t at = src.find("<!--", body_begin); at != std::string_view::npos; at = src.find("<!--", at + 4)) {
        if (std::size_t const n = src.substr(scanned, at - scanned).rfind('\n'); n != std::string_view::npos)
            line = scanned + n + 1;
        scanned = at;
        // (a row: its line opens with a bar; the comment right after the last one)
        std::size_t first = line;
        while (first < at && (src[first] == ' ' || src[first] == '\t')) ++first;
        if (first >= at || src[first] != '|') continue;
        std::size_t last = at;
        while (last > first && (src[last - 1] == ' ' || src[last - 1] == '\t')) --last;
        if (src[last - 1] != '|') continue;
        std::size_t const ends = src.find("-->", at + 4);
        std::size_t const line_end = src.find('\n', at);
        if (ends == std::string_view::npos || ends > line_end) continue;
        if (inside(doc.html_ranges_, at) || inside(reader.code, at)) continue;
        rows.emplace_back(at, ends + 3);
    }
    if (!rows.empty()) {
        doc.html_ranges_.insert(doc.html_ranges_.end(), rows.begin(), rows.end());
        std::sort(doc.html_ranges_.begin(), doc.html_ranges_.end());
    }
    erase_prose(doc, comments);
    if (doc.prose.empty()) doc.origin_.push_back(static_cast<std::uint32_t>(body_begin));
}

} // namespace numcheck::detail
