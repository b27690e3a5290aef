#include "percent_def.hpp"

namespace numcheck::grammar {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(percent_type, iterator_type, context_type)
}
parser::percent_type const& percent() { return parser::percent; }
} // namespace numcheck::grammar
