#include "change_def.hpp"

namespace numcheck::grammar {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(change_type, iterator_type, context_type)
}
parser::change_type const& change() { return parser::change; }
bool amount_first_may_begin(char const* first, char const* last) {
    return parser::detail::change_amount_first.admits(first, last);
}
} // namespace numcheck::grammar
