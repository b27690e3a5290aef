#include "relative_time_def.hpp"

namespace numcheck::grammar {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(relative_time_type, iterator_type, context_type)
}
parser::relative_time_type const& relative_time() { return parser::relative_time; }
} // namespace numcheck::grammar
