#include "change_def.hpp"

namespace numcheck::grammar {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(change_type, iterator_type, context_type)
}
parser::change_type const& change() { return parser::change; }
} // namespace numcheck::grammar
