#pragma once
// Numbers: "240", "1,234,567", ".125", "1.2 million", "3.5bn", "40k", "twenty-five", "a dozen",
// "two-thirds", "one in five", "1 1/2", "-0.4"; and counted nouns ("300 passengers").
#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "ast.hpp"
#include "config.hpp"
#include "lexicon.hpp"

namespace numcheck::grammar {

namespace parser {
struct amount_class;
struct number_class;

/// A value with its scale, written in digits or spelled out: the core of numbers, money and
/// percentages. No hedge, no unit.
using amount_type = x3::rule<amount_class, ast::quantity>;
/// A number as a claim: hedge, value or fraction, and the counted noun.
using number_type = x3::rule<number_class, ast::quantity>;

BOOST_SPIRIT_DECLARE(amount_type, number_type)
} // namespace parser

parser::amount_type const& amount();
parser::number_type const& number();

/// Remembers what `amount` parsed at each position while one place of a text is being tried:
/// number, money and percent, and the values inside a change, all begin with the amount at the
/// same position, so it would be parsed up to five times. Only active inside an
/// amount_memo_scope; outside one (tests, other callers) every parse is done afresh.
class amount_memo {
public:
    struct entry {
        char const* first = nullptr;
        char const* last = nullptr;
        char const* end = nullptr; ///< where the parse stopped (on success)
        bool ok = false;
        ast::quantity value;
    };
    [[nodiscard]] entry const* find(char const* first, char const* last) const noexcept {
        for (std::size_t i = 0; i < count_; ++i)
            if (entries_[i].first == first && entries_[i].last == last) return &entries_[i];
        return nullptr;
    }
    void store(char const* first, char const* last, bool ok, char const* end, ast::quantity const& value) {
        entry& e = entries_[next_];
        next_ = (next_ + 1) % entries_.size();
        count_ = std::min(count_ + 1, entries_.size());
        e.first = first;
        e.last = last;
        e.ok = ok;
        e.end = end;
        if (ok) e.value = value;
    }
    void clear() noexcept {
        count_ = next_ = 0;
        range_at_ = nullptr;
    }

    /// The range look-ahead's answer at `at` (common::range_ahead), if remembered.
    [[nodiscard]] std::optional<bool> range_ahead(char const* at) const noexcept {
        if (at != range_at_) return std::nullopt;
        return range_ok_;
    }
    void store_range_ahead(char const* at, bool ok) noexcept {
        range_at_ = at;
        range_ok_ = ok;
    }

private:
    char const* range_at_ = nullptr;
    bool range_ok_ = false;
    std::array<entry, 4> entries_{};
    std::size_t count_ = 0;
    std::size_t next_ = 0;
};

/// Makes `memo` the active one on this thread for its lifetime, emptied: the caller promises
/// that the text does not change while the scope lasts (one place of one text). The look-ahead of
/// the first letters (lexicon.hpp) remembers its last place only while a scope lasts.
class amount_memo_scope {
public:
    explicit amount_memo_scope(amount_memo& memo) noexcept;
    ~amount_memo_scope();
    amount_memo_scope(amount_memo_scope const&) = delete;
    amount_memo_scope& operator=(amount_memo_scope const&) = delete;

private:
    amount_memo* previous_;
};

/// Makes `text` the one the grammars run over on this thread for its lifetime, so that an action
/// may read the word before its match (the extraction sets it for each document).
class text_scope {
public:
    explicit text_scope(std::string_view text) noexcept;
    ~text_scope();
    text_scope(text_scope const&) = delete;
    text_scope& operator=(text_scope const&) = delete;

private:
    std::string_view previous_;
};

/// The text of the active text_scope on this thread, or empty.
std::string_view active_text() noexcept;

/// The unit word of a temperature ("44.5C", "40°C"): "°C" or "°F" for the scale's letter.
inline std::string_view temperature_unit(char scale) {
    return scale == 'C' ? "\xC2\xB0"
                          "C"
                        : "\xC2\xB0"
                          "F";
}
/// Whether a figure's unit word is a temperature's (temperature_unit).
inline bool is_temperature_unit(std::string_view unit) { return unit.starts_with("\xC2\xB0"); }

/// Whether two figures joined by "to" are the ends of one range: the low end within a quarter of
/// the high ("2 to 3 pct", "0.50 to 1.00 dlr"; "rose 2 to 45 dlrs" is a rise to a new level).
inline bool range_ends_near(double low, double high) { return low > 0 && low < high && high <= 4 * low; }

/// Whether `q`'s figure is written as a year would be: four digits from `from` to 2099, no comma,
/// scale, sign or fraction (a hedge before it or not).
inline bool year_numeral(ast::quantity const& q, int from = 1900) {
    if (q.numeral.size() != 4 || q.scale != 1 || q.negative || q.mixed_fraction != 0 || q.is_range()) return false;
    int year = 0;
    for (char const c : q.numeral) {
        if (c < '0' || c > '9') return false;
        year = year * 10 + (c - '0');
    }
    return year >= from && year <= 2099;
}

/// Whether `q` is written as a year would be: four digits from `from` to 2099, no comma, scale,
/// hedge, sign or fraction ("1986" in "lower 1986 earnings").
inline bool plain_year(ast::quantity const& q, int from = 1900) { return q.hedge.empty() && year_numeral(q, from); }

/// The word of ASCII letters that ends before `at` in `text` (spaces skipped), or empty.
inline std::string_view word_before(std::string_view text, std::size_t at) {
    while (at > 0 && text[at - 1] == ' ') --at;
    std::size_t begin = at;
    auto const letter = [](char c) { return ascii_fold::islower(ascii_fold::tolower(static_cast<unsigned char>(c))); };
    while (begin > 0 && letter(text[begin - 1])) --begin;
    if (begin > 0 && text[begin - 1] >= '0' && text[begin - 1] <= '9') return {};
    return text.substr(begin, at - begin);
}

/// The word of ASCII letters that begins at `at` in `text` after spaces, or empty.
inline std::string_view word_after(std::string_view text, std::size_t at) {
    while (at < text.size() && text[at] == ' ') ++at;
    std::size_t end = at;
    while (end < text.size() && ascii_fold::islower(ascii_fold::tolower(static_cast<unsigned char>(text[end])))) ++end;
    return text.substr(at, end - at);
}

/// Whether `word` is `lower` in any case (ASCII folding, as the grammars' tables).
inline bool word_is(std::string_view word, std::string_view lower) {
    if (word.size() != lower.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (ascii_fold::tolower(static_cast<unsigned char>(word[i])) != lower[i]) return false;
    return true;
}

/// A word that sets a figure against a year after it as a hedge would: "3 pct above 1985", "an
/// increase over 1986", "10 pct below 1985 levels" compare with a year (a count after them has its
/// comma: "over 1,500 workers").
inline bool comparative_word(std::string_view word) {
    return word_is(word, "over") || word_is(word, "above") || word_is(word, "below") || word_is(word, "under");
}

/// `word` in lower case (ASCII folding).
inline std::string lowered(std::string_view word) {
    std::string out(word);
    for (char& c : out) c = static_cast<char>(ascii_fold::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// The value of digits with thousands separators ("1,180" 1180).
inline double digits_value(std::string_view digits) {
    std::string plain(digits);
    std::erase(plain, ',');
    return std::strtod(plain.c_str(), nullptr);
}

/// Where a hedge of one to three words ends at `at` in `text` ("about", "more than", "as much as"),
/// where it begins; else `at`.
inline std::size_t before_hedge(std::string_view text, std::size_t at) {
    for (std::size_t words = 3; words >= 1; --words) {
        std::string phrase;
        std::size_t begin = at;
        for (std::size_t k = 0; k < words; ++k) {
            std::string_view const w = word_before(text, begin);
            if (w.empty()) break;
            phrase = lowered(w) + (phrase.empty() ? "" : " ") + phrase;
            begin = static_cast<std::size_t>(w.data() - text.data());
        }
        if (!phrase.empty() && lexicon::hedges().find(phrase)) return begin;
    }
    return at;
}

/// Whether the "from" at `from_at` in `text` begins a range ("prices ranging from 15 to 17 dlrs",
/// "varied from", "anywhere from"; "From 10 to 20 per cent of voters" opening a sentence) rather
/// than giving a change's old value ("rose from 2 to 3 pct"; ", from 1.6 mln to 1.4 mln" after a
/// comma).
inline bool range_from(std::string_view text, std::size_t from_at) {
    std::string_view const word = word_before(text, from_at);
    for (std::string_view w : {"range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying",
                               "anywhere", "estimates", "estimated", "forecasts", "aged"})
        if (word_is(word, w)) return true;
    std::size_t at = from_at;
    while (at > 0 && text[at - 1] == ' ') --at;
    return at == 0 || text[at - 1] == '.' || text[at - 1] == '!' || text[at - 1] == '?' || text[at - 1] == '\n';
}

/// Where `at` is in the active text (see text_scope), or npos when it is not in it.
inline std::size_t offset_in_active_text(char const* at) {
    std::string_view const text = active_text();
    if (text.empty() || at < text.data() || at > text.data() + text.size()) return std::string_view::npos;
    return static_cast<std::size_t>(at - text.data());
}

/// Whether `q` is a year after a comparative word in the active text ("an increase over 1986"):
/// see comparative_word.
inline bool compared_year(ast::quantity const& q) {
    if (q.hedge.empty() || !year_numeral(q)) return false;
    std::size_t const at = offset_in_active_text(q.numeral.data());
    return at != std::string_view::npos && comparative_word(word_before(active_text(), at));
}

/// Where a value's name before `at` begins: "a low of", "a peak of", "a record high of", "an
/// all-time high of" (as change_def.hpp's value_qualifier), or `at` when there is none.
inline std::size_t before_value_name(std::string_view text, std::size_t at) {
    std::string_view w = word_before(text, at);
    if (!word_is(w, "of")) return at;
    auto const start = [&](std::string_view word) { return static_cast<std::size_t>(word.data() - text.data()); };
    w = word_before(text, start(w));
    if (!word_is(w, "low") && !word_is(w, "high") && !word_is(w, "peak")) return at;
    w = word_before(text, start(w));
    if (word_is(w, "record") || word_is(w, "all-time") || word_is(w, "time")) {
        if (word_is(w, "time")) { // "all-time": the hyphen ends the word before
            std::size_t const hyphen = start(w);
            if (hyphen < 5 || text[hyphen - 1] != '-') return at;
            w = word_before(text, hyphen - 1);
            if (!word_is(w, "all")) return at;
        }
        w = word_before(text, start(w));
    }
    if (!word_is(w, "a") && !word_is(w, "an")) return at;
    return start(w);
}

/// "15 to 17 dlrs a barrel", "20 to 23 pct", "between 13 and 15 pct", "five to six billion dlrs",
/// "1.5 to 2 billion": two figures joined by "to" (or by "and" after "between") before one unit,
/// made one amount given as a range in `out`. Both ends are digits, or both spelled whole numbers;
/// the scale is said once, after the high end, or after both. The low end must be within a quarter
/// of the high (as a change's "rose 2 to 3 pct"; "rose 2 to 45 dlrs" is a rise to a new level); not
/// after "from" ("from 25 to 37 pct", "rose from 2 to 3 pct" are a change's old and new values),
/// but for "ranging from", "varied from". False (and `out` untouched) when they are no such range.
///
/// `unit_twice`: the unit is said at both ends ("$15 to $17", "2% to 3%"). Then "by X to Y", "to X
/// to Y" and a verb of change before it are a change's amount and new value ("cut the deficit by
/// $37 billion to $134 billion", "raised its stake by 65 pct to 100 pct", "rose 2% to 3%"), not a
/// range. With `forecast`, such a verb after "to" or a modal ("is expected to grow 3% to 4%", "will
/// rise 5% to 7%") is a forecast's range when the high end is at most twice the low
/// (not "will rise 0.5% to 3%", a rise to a new level). A hyphen always joins a range: "grew by
/// 4%-5%".
inline bool range_to(ast::quantity& out, ast::quantity const& low, ast::quantity const& high, bool unit_twice = false,
                     bool forecast = false) {
    auto const simple = [](ast::quantity const& q) {
        return (!q.numeral.empty() || (q.spelled > 0 && !q.fraction)) && !q.is_range() && q.factor == 1 &&
               !q.negative && q.mixed_fraction == 0;
    };
    if (!simple(low) || !simple(high) || low.numeral.empty() != high.numeral.empty()) return false;
    // Without the text around the match the range is not read.
    std::string_view const text = active_text();
    std::size_t at = offset_in_active_text(low.first);
    std::size_t joint = offset_in_active_text(high.first);
    if (at == std::string_view::npos || joint == std::string_view::npos || joint < at) return false;
    // (before a currency's sign: "between $1 billion and $2 billion")
    while (at > 0 && text[at - 1] != ' ') --at;
    while (joint > at && text[joint - 1] != ' ') --joint;
    // The word before the range; with the unit twice, past a hedge ("from around 6.55 billion dlrs
    // to 19.66 billion dlrs") and a possessive ("from 1985's 110.1 mln stg to 178.1 mln stg"). (Not
    // for the unit once: "to around 18 dlrs from around 14 to 15 dlrs" is a range after a change's
    // new value.)
    // ("from a low of $50 to $70": a change's old and new values, as "from $50 to $70")
    std::size_t const lead_at = before_hedge(text, before_value_name(text, at));
    std::string_view before = word_before(text, unit_twice ? lead_at : at);
    if (unit_twice && word_is(before, "s") && before.data() > text.data() + 1 && before.data()[-1] == '\'') {
        std::size_t owner = static_cast<std::size_t>(before.data() - text.data()) - 1;
        while (owner > 0 && text[owner - 1] != ' ') --owner;
        before = word_before(text, owner);
    }
    bool const with_and = word_is(word_before(text, joint), "and");
    if (with_and) {
        if (!word_is(before, "between")) return false;
    } else if (word_is(before, "from")) {
        if (!range_from(text, static_cast<std::size_t>(before.data() - text.data()))) return false;
    }
    // "grew by 4%-5%", "rose 4%-5%": a hyphen joins a range's ends, never an amount to a new value
    std::size_t sign = offset_in_active_text(high.first);
    while (sign > at && text[sign - 1] == ' ') --sign;
    bool const hyphen = sign > at && text[sign - 1] == '-';
    if (unit_twice && !with_and && !hyphen) {
        std::string_view const verb = word_before(text, lead_at);
        bool const of_change = lexicon::up_words().find(lowered(verb)) || lexicon::down_words().find(lowered(verb));
        if (word_is(verb, "by") || word_is(verb, "to")) return false;
        if (of_change) {
            std::string_view const modal =
                verb.empty() ? verb : word_before(text, static_cast<std::size_t>(verb.data() - text.data()));
            bool const ahead =
                forecast && !low.numeral.empty() && !high.numeral.empty() &&
                digits_value(high.numeral) <= 2 * digits_value(low.numeral) &&
                (word_is(modal, "to") || word_is(modal, "will") || word_is(modal, "would") || word_is(modal, "could") ||
                 word_is(modal, "may") || word_is(modal, "might") || word_is(modal, "should") || word_is(modal, "can"));
            if (!ahead) return false;
        }
    }
    if (low.numeral.empty()) {
        // "five to six billion": the scale of the high end's last word for both
        double low_value = low.spelled * low.scale;
        double low_unit = low.fraction_of * low.scale;
        double const high_value = high.spelled * high.scale;
        double const high_unit = high.fraction_of * high.scale;
        if (low_unit == 1 && high_unit > 1) {
            low_value *= high_unit;
            low_unit = high_unit;
        }
        if (low_unit != high_unit || !range_ends_near(low_value, high_value)) return false;
        out.take_value_of(low);
        out.spelled = low_value;
        out.fraction_of = low_unit;
        out.scale = 1;
        out.spelled_to = high_value;
        return true;
    }
    if (low.scale != 1 && low.scale != high.scale) return false;
    if (!range_ends_near(digits_value(low.numeral), digits_value(high.numeral))) return false;
    out.take_value_of(low);
    out.scale = high.scale;
    out.numeral_to = high.numeral;
    return true;
}

/// The active memo on this thread, or nullptr.
amount_memo* active_amount_memo() noexcept;

} // namespace numcheck::grammar
