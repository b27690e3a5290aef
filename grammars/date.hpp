#pragma once
// Dates: "April 8", "Feb. 24, 2022", "24 February 2022", "2022-02-24", "4/9/2024" (ambiguous
// day/month flagged), "on Tuesday", "Tuesday, April 9".
#include "ast.hpp"
#include "config.hpp"
#include "lexicon.hpp"

namespace numcheck::grammar {

namespace parser {
struct date_class;
using date_type = x3::rule<date_class, ast::temporal>;
BOOST_SPIRIT_DECLARE(date_type)
} // namespace parser
parser::date_type const& date();

} // namespace numcheck::grammar
