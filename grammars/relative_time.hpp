#pragma once
// Relative time: "last year", "this year", "next year", "a year earlier", "the previous year",
// "year on year", "year-to-date", "last month", "this week", "last Tuesday", "two years ago",
// "since 2019", "the year-earlier period", "yesterday".
#include "ast.hpp"
#include "config.hpp"
#include "lexicon.hpp"

namespace numcheck::grammar {

namespace parser {
struct relative_time_class;
using relative_time_type = x3::rule<relative_time_class, ast::temporal>;
BOOST_SPIRIT_DECLARE(relative_time_type)
} // namespace parser
parser::relative_time_type const& relative_time();

} // namespace numcheck::grammar
