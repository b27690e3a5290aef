#pragma once
// Numbers: "240", "1,234,567", ".125", "1.2 million", "3.5bn", "40k", "twenty-five", "a dozen",
// "two-thirds", "one in five", "1 1/2", "-0.4"; and counted nouns ("300 passengers").
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
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
    void clear() noexcept { count_ = next_ = 0; }

private:
    std::array<entry, 4> entries_{};
    std::size_t count_ = 0;
    std::size_t next_ = 0;
};

/// Makes `memo` the active one on this thread for its lifetime, emptied: the caller promises
/// that the text does not change while the scope lasts (one place of one text).
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

/// Whether two figures joined by "to" are the ends of one range: the low end within a quarter of
/// the high ("2 to 3 pct", "0.50 to 1.00 dlr"; "rose 2 to 45 dlrs" is a rise to a new level).
inline bool range_ends_near(double low, double high) { return low > 0 && low < high && high <= 4 * low; }

/// "15 to 17 dlrs a barrel", "20 to 23 pct": two plain figures joined by "to" before one unit, the
/// low end within a quarter of the high (as a change's "rose 2 to 3 pct"; "rose 2 to 45 dlrs" is a
/// rise to a new level), made one amount given as a range in `out`. False (and `out` untouched)
/// when they are no such range.
inline bool range_to(ast::quantity& out, ast::quantity const& low, ast::quantity const& high) {
    auto const plain = [](ast::quantity const& q) {
        return !q.numeral.empty() && q.numeral_to.empty() && q.scale == 1 && q.factor == 1 && !q.negative &&
               q.mixed_fraction == 0 && q.numeral.find(',') == std::string_view::npos;
    };
    if (!plain(low) || !plain(high)) return false;
    // Not after "from": "from 25 to 37 pct", "rose from 2 to 3 pct" are a change's old and new
    // values. (Without the text around the match the range is not read.)
    std::string_view const text = active_text();
    if (text.empty() || low.first < text.data() || low.first > text.data() + text.size()) return false;
    std::size_t at = static_cast<std::size_t>(low.first - text.data());
    while (at > 0 && text[at - 1] == ' ') --at;
    if (at >= 4) {
        std::string_view const before = text.substr(at - 4, 4);
        bool const from = (before[0] | 0x20) == 'f' && (before[1] | 0x20) == 'r' && (before[2] | 0x20) == 'o' &&
                          (before[3] | 0x20) == 'm' &&
                          (at == 4 || !std::isalnum(static_cast<unsigned char>(text[at - 5])));
        if (from) return false;
    }
    double const a = std::strtod(std::string(low.numeral).c_str(), nullptr);
    double const b = std::strtod(std::string(high.numeral).c_str(), nullptr);
    if (!range_ends_near(a, b)) return false;
    out.take_value_of(low);
    out.numeral_to = high.numeral;
    return true;
}

/// The active memo on this thread, or nullptr.
amount_memo* active_amount_memo() noexcept;

} // namespace numcheck::grammar
