#include "number_def.hpp"

namespace numcheck::grammar {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(amount_type, iterator_type, context_type)
}
namespace parser {
BOOST_SPIRIT_INSTANTIATE(number_type, iterator_type, context_type)
}

parser::amount_type const& amount() { return parser::amount; }

namespace {
thread_local amount_memo* active_memo = nullptr;
}

amount_memo_scope::amount_memo_scope(amount_memo& memo) noexcept : previous_(active_memo) {
    memo.clear();
    active_memo = &memo;
    // (the look-ahead of the first letters remembers its last place while the scope lasts)
    detail::first_letters_memo = {true, nullptr, nullptr, 0};
}
amount_memo_scope::~amount_memo_scope() {
    active_memo = previous_;
    detail::first_letters_memo = {};
}
amount_memo* active_amount_memo() noexcept { return active_memo; }

namespace {
thread_local std::string_view active_text_view;
}
text_scope::text_scope(std::string_view text) noexcept : previous_(active_text_view) { active_text_view = text; }
text_scope::~text_scope() { active_text_view = previous_; }
std::string_view active_text() noexcept { return active_text_view; }
parser::number_type const& number() { return parser::number; }
} // namespace numcheck::grammar
