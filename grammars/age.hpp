#pragma once
// Ages: "Smith, 45,", "aged 45", "a 45-year-old", "45 years old", "at age 45", "born in 1970".
#include "ast.hpp"
#include "config.hpp"
#include "lexicon.hpp"

namespace numcheck::grammar {

namespace parser {
struct age_class;
using age_type = x3::rule<age_class, ast::temporal>;
BOOST_SPIRIT_DECLARE(age_type)
} // namespace parser
parser::age_type const& age();

} // namespace numcheck::grammar
