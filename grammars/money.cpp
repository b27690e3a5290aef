#include "money_def.hpp"

namespace numcheck::grammar {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(money_type, iterator_type, context_type)
}
parser::money_type const& money() { return parser::money; }
} // namespace numcheck::grammar
