#include "number_def.hpp"

namespace numcheck::grammar {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(amount_type, iterator_type, context_type)
}
namespace parser {
BOOST_SPIRIT_INSTANTIATE(number_type, iterator_type, context_type)
}

parser::amount_type const& amount() { return parser::amount; }
parser::number_type const& number() { return parser::number; }
} // namespace numcheck::grammar
