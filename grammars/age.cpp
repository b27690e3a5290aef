#include "age_def.hpp"

namespace numcheck::grammar {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(age_type, iterator_type, context_type)
}
parser::age_type const& age() { return parser::age; }
} // namespace numcheck::grammar
