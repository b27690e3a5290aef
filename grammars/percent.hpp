#pragma once
// Percentages and points: "26 percent", "26%", "26 pct", "11.6 per cent", "a 26-percent rise"
// (the "26-percent"), "2 percentage points", "50 basis points".
#include "ast.hpp"
#include "config.hpp"
#include "lexicon.hpp"

namespace numcheck::grammar {

namespace parser {
struct percent_class;
using percent_type = x3::rule<percent_class, ast::quantity>;
BOOST_SPIRIT_DECLARE(percent_type)
} // namespace parser
parser::percent_type const& percent();

} // namespace numcheck::grammar
