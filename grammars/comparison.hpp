#pragma once
// Comparison markers: "compared with 2022", "from a year earlier", "In comparison",
// "By comparison", "versus", "vs", "than", "against".
#include "ast.hpp"
#include "config.hpp"
#include "lexicon.hpp"

namespace numcheck::grammar {

namespace parser {
struct comparison_class;
using comparison_type = x3::rule<comparison_class, ast::temporal>;
BOOST_SPIRIT_DECLARE(comparison_type)
} // namespace parser
parser::comparison_type const& comparison();

} // namespace numcheck::grammar
