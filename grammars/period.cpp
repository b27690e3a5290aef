#include "period_def.hpp"

namespace numcheck::grammar {
namespace parser {
BOOST_SPIRIT_INSTANTIATE(period_type, iterator_type, context_type)
}
parser::period_type const& period() { return parser::period; }
} // namespace numcheck::grammar
