#pragma once
// Durations and intervals: "two-day", "three weeks", "less than three weeks", "more than a decade",
// "20 years", "within a month", "1 1/2 years".
#include "ast.hpp"
#include "config.hpp"
#include "lexicon.hpp"

namespace numcheck::grammar {

namespace parser {
struct duration_class;
using duration_type = x3::rule<duration_class, ast::temporal>;
BOOST_SPIRIT_DECLARE(duration_type)
} // namespace parser
parser::duration_type const& duration();

} // namespace numcheck::grammar
