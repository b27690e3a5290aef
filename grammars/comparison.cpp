#include "comparison_def.hpp"

namespace numcheck::grammar {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(comparison_type, iterator_type, context_type)
}
parser::comparison_type const& comparison() { return parser::comparison; }
} // namespace numcheck::grammar
