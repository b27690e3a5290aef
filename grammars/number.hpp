#pragma once
// Numbers: "240", "1,234,567", ".125", "1.2 million", "3.5bn", "40k", "twenty-five", "a dozen",
// "two-thirds", "one in five", "1 1/2", "-0.4"; and counted nouns ("300 passengers").
#include <algorithm>
#include <array>

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

/// The active memo on this thread, or nullptr.
amount_memo* active_amount_memo() noexcept;

} // namespace numcheck::grammar
