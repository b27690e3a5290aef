#pragma once
// Ordinals: "fifth", "21st", "first", "twenty-first", "second-largest".
#include "ast.hpp"
#include "config.hpp"
#include "lexicon.hpp"

namespace numcheck::grammar {

namespace parser {
struct ordinal_class;
/// The ordinal's value is in `spelled`; `unit_word` holds a hyphenated superlative ("largest").
using ordinal_type = x3::rule<ordinal_class, ast::quantity>;
BOOST_SPIRIT_DECLARE(ordinal_type)
} // namespace parser
parser::ordinal_type const& ordinal();

} // namespace numcheck::grammar
