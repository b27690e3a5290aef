#pragma once
// Word lists shared by the grammars, each a symbols table in one place, and the helpers
// every grammar uses (keywords with word boundaries, span annotation). Entries are lower case:
// tables are looked up under x3::no_case.
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

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

/// Eight bytes at a time: keywords and the entries of word tables compare the text's next bytes
/// with their word as one machine word instead of byte by byte. The masks (low_bytes) and the
/// case bits (0x20 << 8k for byte k) take the first byte as the lowest: a little-endian host.
namespace packed {
static_assert(std::endian::native == std::endian::little, "packed words take the first byte as the lowest");
/// The eight bytes at `p` as one machine word (the byte at `p` lowest; keys are packed the same
/// way).
inline std::uint64_t load8(char const* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}
/// The low `n` bytes of a machine word (n at most 8).
constexpr std::uint64_t low_bytes(std::size_t n) { return n >= 8 ? ~0ULL : (std::uint64_t{1} << (8 * n)) - 1; }
/// Up to 16 bytes of `s` as two machine words, zero past its end.
inline std::array<std::uint64_t, 2> pack16(std::string_view s) {
    char buffer[16] = {};
    std::memcpy(buffer, s.data(), std::min<std::size_t>(s.size(), 16));
    return {load8(buffer), load8(buffer + 8)};
}
} // namespace packed

/// A table of words (or short phrases and signs) as a parser, like x3::symbols_parser<ascii_fold,
/// Value>: it matches the longest entry the text begins with, case-insensitively under
/// x3::no_case, and yields that entry's value. X3's ternary search tree walks a node per
/// character and compares at each; here the entries are grouped by their first two bytes (hashed
/// to 256 buckets, longest first; one-byte entries by their byte), so a text whose start begins
/// no entry (most places a table is tried) fails at once and a match is one comparison per entry
/// of its bucket. Copies share the entries.
template <typename Value>
class symbols_table : public x3::parser<symbols_table<Value>> {
public:
    using attribute_type = Value;
    static bool const has_attribute = true;

    symbols_table() : data_(std::make_shared<data>()) {}

    void add(std::string_view key, Value value) {
        if (key.empty()) return;
        data_->entries.push_back({std::string(key), {}, std::move(value)});
        data_->index();
    }

    /// Calls f(key, value) for every entry.
    template <typename F>
    void for_each(F f) const {
        for (auto const& e : data_->entries) f(e.key, e.value);
    }

    /// The value of exactly `key` (case-sensitive), or nullptr.
    Value const* find(std::string_view key) const {
        for (auto const& e : data_->entries)
            if (e.key == key) return &e.value;
        return nullptr;
    }

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute& attr) const {
        x3::skip_over(first, last, context);
        if (first == last) return false;
        // Under x3::no_case, ascii_fold's comparison is equality of the ASCII-folded bytes.
        constexpr bool no_case =
            std::is_same_v<decltype(x3::get_case_compare<ascii_fold>(context)), x3::no_case_compare<ascii_fold>>;
        data const& d = *data_;
        std::size_t const available = static_cast<std::size_t>(last - first);
        auto const matches = [&](entry const& e) {
            std::string const& key = no_case ? e.folded : e.key;
            if (key.size() > available) return false;
            std::size_t from = 0;
            if constexpr (std::is_pointer_v<Iterator>) {
                // The first eight bytes as one comparison of machine words (letters of the key
                // match either case of the text's under no_case: 0x20 set in the text's byte).
                if (available >= 8) {
                    std::uint64_t const text = packed::load8(first) | (no_case ? e.head_letters : 0);
                    if ((text & e.head_mask) != (no_case ? e.head_folded : e.head)) return false;
                    from = std::min<std::size_t>(key.size(), 8);
                }
            }
            for (std::size_t i = from; i < key.size(); ++i)
                if ((no_case ? static_cast<char>(fold(static_cast<unsigned char>(first[i]))) : first[i]) != key[i])
                    return false;
            return true;
        };
        auto const take = [&](entry const& e) {
            x3::traits::move_to(e.value, attr);
            first += static_cast<std::ptrdiff_t>(e.key.size());
            return true;
        };
        unsigned const c0 = fold(static_cast<unsigned char>(first[0]));
        if (available >= 2) {
            unsigned const b = pair_bucket(c0, fold(static_cast<unsigned char>(first[1])));
            for (std::uint16_t k = d.pair_start[b]; k < d.pair_start[b + 1]; ++k)
                if (matches(d.entries[d.pair_order[k]])) return take(d.entries[d.pair_order[k]]);
        }
        for (std::uint16_t k = d.single_start[c0]; k < d.single_start[c0 + 1]; ++k)
            if (matches(d.entries[d.single_order[k]])) return take(d.entries[d.single_order[k]]);
        return false;
    }

private:
    static unsigned fold(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }
    /// Entries of two bytes or more are found by their first two bytes, folded, hashed to 256.
    static unsigned pair_bucket(unsigned c0, unsigned c1) { return (c0 * 31u + c1) & 255u; }

    struct entry {
        std::string key;
        std::string folded; ///< key with ASCII letters in lower case
        Value value;
        /// The first eight bytes of key and folded, packed; the mask of those bytes; 0x20 in the
        /// bytes of folded that are letters.
        std::uint64_t head = 0, head_folded = 0, head_mask = 0, head_letters = 0;
    };
    struct data {
        std::vector<entry> entries;
        /// Entries of two bytes or more by pair_bucket, longest first (the first that matches is
        /// the longest match); entries of one byte by that byte, folded. Ties keep the order of add.
        std::vector<std::uint16_t> pair_order, single_order;
        std::array<std::uint16_t, 257> pair_start{}, single_start{};
        /// Files the entry just added: into its bucket after the entries at least as long (so
        /// the order is that of a stable sort by bucket and length, longest first).
        void index() {
            entry& e = entries.back();
            e.folded = e.key;
            for (auto& c : e.folded) c = static_cast<char>(fold(static_cast<unsigned char>(c)));
            e.head = packed::pack16(e.key)[0];
            e.head_folded = packed::pack16(e.folded)[0];
            e.head_mask = packed::low_bytes(e.key.size());
            for (std::size_t k = 0; k < e.folded.size() && k < 8; ++k)
                if (e.folded[k] >= 'a' && e.folded[k] <= 'z') e.head_letters |= std::uint64_t{0x20} << (8 * k);
            auto const added = static_cast<std::uint16_t>(entries.size() - 1);
            bool const pairs = e.folded.size() >= 2;
            unsigned const b =
                pairs ? pair_bucket(static_cast<unsigned char>(e.folded[0]), static_cast<unsigned char>(e.folded[1]))
                      : static_cast<unsigned>(static_cast<unsigned char>(e.folded[0]));
            auto& order = pairs ? pair_order : single_order;
            auto& start = pairs ? pair_start : single_start;
            std::uint16_t at = start[b];
            while (at < start[b + 1] && entries[order[at]].key.size() >= e.key.size()) ++at;
            order.insert(order.begin() + at, added);
            for (unsigned k = b + 1; k < start.size(); ++k) ++start[k];
        }
    };
    std::shared_ptr<data> data_;
};

namespace lexicon {

using symbols_d = symbols_table<double>;
using symbols_i = symbols_table<int>;
using symbols_s = symbols_table<std::string>;

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
/// double 2, triple 3, halve 0.5: the base forms, a change only before its values ("plans to double
/// output to 500,000 tonnes from 300,000"), else "a double murder", "double-digit growth"
symbols_d const& multiplier_bases();
symbols_d const& fold_words();              ///< twofold 2, threefold 3, tenfold 10 (written closed)
symbols_i const& transitive_change_words(); ///< raised 1, cut -1, revised 0: before an object and its values
symbols_i const&
object_stop_words();         ///< words that end the object of a transitive change ("to", "will", "last", "two", "fell")
symbols_i const& months();   ///< january 1 ... dec 12
symbols_i const& weekdays(); ///< monday 1 ... sunday 7
symbols_i const& weekday_abbreviations(); ///< mon 1, tue 2, tues 2 ... sun 7 ("Wed., June 19")
symbols_s const& time_units();            ///< years "Y", weeks "W", decade "DE"
symbols_s const& hedges();                ///< about, more than, nearly ...
symbols_i const& unit_stop_words();       ///< words after a number that are not its counted noun
symbols_i const& count_adjectives();      ///< "new" in "a dozen new models": skipped before the noun
symbols_i const& comparison_markers();    ///< compared with, versus, than ...
/// Words after a four-digit number that make it a quantity, not a year ("2000 tonnes"): the
/// scale, currency and percent words and the commonest counted nouns, in one table.
symbols_i const& not_year_words();
/// Units of measure written after a figure ("July 28 mm" is rainfall, no date): mm, km, tonnes ...
symbols_i const& measure_words();
symbols_i const& person_nouns(); ///< victim, man, wife, singer ...: "The victim, 27, was named"
// Short closed lists the grammars read as one table look-up (entries: longest first is not
// needed, a table finds the longest match).
symbols_s const& calendar_units();            ///< years "year", weekend "weekend", fall "autumn" ...
symbols_s const& age_units();                 ///< years "years", week "weeks" ...
symbols_s const& age_units_singular();        ///< month "months", week "weeks", day "days"
symbols_s const& on_units();                  ///< year, month, quarter, week (year-on-year)
symbols_s const& adjective_units();           ///< day "D", week "W", decade "DE" (two-day, 20-year)
symbols_i const& per_units();                 ///< share, barrel, tonne ... (1.50 dlrs per share)
symbols_i const& per_thing_units();           ///< per_units but those of time: share, barrel, tonne ...
symbols_i const& per_time_units();            ///< hour, year, month, week, day, night ($2,000 a month)
symbols_i const& ordinal_adjectives();        ///< third .. tenth (a third-quarter loss)
symbols_i const& superlatives();              ///< largest, biggest ... (second-largest)
symbols_i const& quarter_words();             ///< first 1 ... fourth 4, final 4, 1st 1 ... 4th 4
symbols_i const& half_words();                ///< first 1, second 2, 1st 1, 2nd 2
symbols_i const& ordinal_suffixes();          ///< st, nd, rd, th
symbols_i const& decade_words();              ///< thirties 1930 ... nineties 1990 ("the early nineties")
symbols_i const& dozen_words();               ///< dozen, dozens, doz, dozs (after a figure: times 12)
symbols_i const& time_references();           ///< now 0, currently 0, recently -1: the present, past or future as such
symbols_i const& time_references_after_the(); ///< past -1, future 1, near term 1 (after "the")
symbols_i const&
month_figure_nouns(); ///< index, exports, meeting ...: "its March load factor", "May exports", "its March meeting"
symbols_i const& after_time_reference(); ///< and, it, will ...: words after "the past" that end it

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

/// A keyword: case-insensitive, and not the start of a longer word. The same as
///     x3::lexeme[x3::no_case[literal_string<ascii_fold>(word)] >> !x3::ascii::alnum]
/// (the white space before it is skipped even when it fails, as lexeme does), written out
/// because the grammars try keywords at nearly every step.
struct keyword_parser : x3::parser<keyword_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    explicit keyword_parser(char const* w) : word(w), length(std::strlen(w)) {
        if (length > 8) return;
        key = packed::pack16(word)[0];
        // (letters compare in either case: 0x20 set in the text's byte; other bytes as they are)
        for (std::size_t k = 0; k < length; ++k)
            if (word[k] >= 'a' && word[k] <= 'z') letters |= std::uint64_t{0x20} << (8 * k);
        mask = packed::low_bytes(length);
    }
    char const* word; ///< a string literal, lower case
    std::size_t length;
    std::uint64_t key = 0, letters = 0, mask = 0; ///< a word of at most 8 bytes, packed

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
        x3::skip_over(first, last, context);
        Iterator i = first;
        if constexpr (std::is_pointer_v<Iterator>) {
            // The word and the byte after it in the text: one comparison of machine words.
            if (mask != 0 && last - i > 8) {
                if (((packed::load8(i) | letters) & mask) != key) return false;
                if (is_alnum(i[length])) return false;
                first = i + length;
                return true;
            }
        }
        for (char const* w = word; *w != 0; ++w, ++i) {
            if (i == last) return false;
            char const c = *i;
            if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c) != *w) return false;
        }
        if (i != last && is_alnum(*i)) return false;
        first = i;
        return true;
    }

private:
    static bool is_alnum(char c) {
        return (c >= '0' && c <= '9') || (static_cast<char>(c | 0x20) >= 'a' && static_cast<char>(c | 0x20) <= 'z');
    }
};

inline keyword_parser kw(char const* word) { return keyword_parser(word); }

namespace detail {
/// The place a first_letters_parser last looked at on this thread, and its bucket; remembered only
/// while an amount_memo_scope lasts (whose caller promises the text does not change: number.hpp),
/// which empties it at its start and its end.
struct first_letters_place {
    bool enabled = false;
    char const* at = nullptr;
    char const* last = nullptr;
    unsigned bucket = 0;
};
inline thread_local first_letters_place first_letters_memo{};
} // namespace detail

/// A look-ahead on the first three characters of the next word (after white space, folded to
/// lower case): it succeeds, consuming nothing, only where they are those of one of its words, or
/// where a digit comes next and digits were allowed. Placed before an alternative with the words
/// it can begin with, it fails the alternative in a few instructions instead of running it; a
/// word too many costs only that run, a word missing would lose matches (the corpus dump and the
/// unit tests compare). The characters are hashed to one of 1,024 bits, so words that share a
/// bit ("the" and "these") let each other through.
class first_letters_parser : public x3::parser<first_letters_parser> {
public:
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    first_letters_parser& words(std::initializer_list<char const*> list) {
        for (char const* w : list) add(w);
        return *this;
    }
    template <typename Table>
    first_letters_parser& table(Table const& t) {
        t.for_each([this](std::string const& key, auto const&) { add(key); });
        return *this;
    }
    /// The table's entries but those whose first word is one of `first_words` (common words that
    /// begin a long entry: "in excess of", "the best part of"), which would let the alternative run
    /// after every "in" and "the".
    template <typename Table>
    first_letters_parser& table_without(Table const& t, std::initializer_list<std::string_view> first_words) {
        t.for_each([&](std::string const& key, auto const&) {
            std::string_view const first = std::string_view(key).substr(0, key.find(' '));
            for (std::string_view const w : first_words)
                if (first == w) return;
            add(key);
        });
        return *this;
    }
    first_letters_parser& digits() {
        digits_ = true;
        return *this;
    }
    /// Also passes at a letter joined to digits ("R2.5 billion", "R425m": the rand's sign).
    first_letters_parser& letter_then_digits(char letter) {
        for (char d = '0'; d <= '9'; ++d) {
            char const one[] = {letter, d, 0};
            add(one);
            for (char e = '0'; e <= '9'; ++e) {
                char const two[] = {letter, d, e, 0};
                add(two);
            }
        }
        return *this;
    }
    /// Also passes at anything that is not an ASCII letter ("$", ".5", "-3", "€", digits).
    first_letters_parser& non_letters() {
        non_letters_ = true;
        digits_ = true;
        return *this;
    }

    /// The same test at `i`, the first character of a word (for the scanner, outside a parse).
    [[nodiscard]] bool admits(char const* i, char const* last) const {
        if (i == last) return false;
        char const a = *i;
        if (a >= '0' && a <= '9') return digits_;
        if (non_letters_ && !((a >= 'a' && a <= 'z') || (a >= 'A' && a <= 'Z'))) return true;
        unsigned const h = bucket_at(i, last);
        return (bits_[h >> 6] >> (h & 63)) & 1u;
    }

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
        Iterator i = first;
        x3::skip_over(i, last, context);
        if (i == last) return false;
        char const a = *i;
        if (a >= '0' && a <= '9') return digits_;
        if (non_letters_ && !((a >= 'a' && a <= 'z') || (a >= 'A' && a <= 'Z'))) return true;
        unsigned h = 0;
        if constexpr (std::is_pointer_v<Iterator>) {
            // (every alternative of a grammar asks at the same place: the bucket is remembered)
            auto& memo = detail::first_letters_memo;
            if (memo.at == i && memo.last == last) {
                h = memo.bucket;
            } else {
                h = bucket_at(i, last);
                if (memo.enabled) {
                    memo.at = i;
                    memo.last = last;
                    memo.bucket = h;
                }
            }
        } else {
            h = bucket_at(i, last);
        }
        return (bits_[h >> 6] >> (h & 63)) & 1u;
    }

private:
    template <typename Iterator>
    static unsigned bucket_at(Iterator i, Iterator const& last) {
        char const a = *i;
        char b = ' ', c = ' ';
        if (++i != last) {
            b = *i;
            if (++i != last) c = *i;
        }
        return bucket(a, b, c);
    }

    std::array<std::uint64_t, 16> bits_{};
    bool digits_ = false;
    bool non_letters_ = false;

    static bool alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
    static unsigned fold(char c) { return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c); }
    /// The second and third characters count only as letters or digits, and the third only after
    /// a second: "a dozen", "an" and "at" differ; "so far" is "so".
    static unsigned bucket(char a, char b, char c) {
        unsigned const fb = alnum(b) ? fold(b) : 0u;
        unsigned const fc = fb != 0 && alnum(c) ? fold(c) : 0u;
        return ((fold(a) * 31u + fb) * 31u + fc) & 1023u;
    }
    void add(std::string_view w) {
        if (w.empty()) return;
        unsigned const h = bucket(w[0], w.size() > 1 ? w[1] : ' ', w.size() > 2 ? w[2] : ' ');
        bits_[h >> 6] |= std::uint64_t{1} << (h & 63);
    }
};
/// first_letters_parser{}.words({...}) reads better as this.
inline first_letters_parser first_of(std::initializer_list<char const*> list) {
    return first_letters_parser{}.words(list);
}

/// A case-insensitive literal with ASCII case folding (x3::no_case over a plain literal folds
/// with libc's locale-aware tolower), without the word-boundary test of kw().
inline auto ci(char const* word) {
    return x3::no_case[x3::literal_string<char const*, ascii_fold, x3::unused_type>(word)];
}
inline auto ci(char letter) { return x3::no_case[x3::literal_char<ascii_fold, x3::unused_type>(letter)]; }

/// A symbols table used as keywords: case-insensitive, whole words only.
template <typename Symbols>
auto kw_table(Symbols const& table) {
    return x3::lexeme[x3::no_case[table] >> !(x3::ascii::alnum)];
}

} // namespace numcheck::grammar
