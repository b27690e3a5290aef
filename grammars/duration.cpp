#include "duration_def.hpp"

namespace numcheck::grammar {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(duration_type, iterator_type, context_type)
}
parser::duration_type const& duration() { return parser::duration; }
} // namespace numcheck::grammar
