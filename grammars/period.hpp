#pragma once
// Years and periods: "2022", "in 2022", "fiscal 2023", "FY2023", "1986/87", "the 2022-23 season",
// "the first quarter of 2023", "Q3", "the third quarter", "first-half", "April 2018", "the 1990s".
#include "ast.hpp"
#include "config.hpp"
#include "lexicon.hpp"

namespace numcheck::grammar {

namespace parser {
struct period_class;
using period_type = x3::rule<period_class, ast::temporal>;
BOOST_SPIRIT_DECLARE(period_type)
} // namespace parser
parser::period_type const& period();

} // namespace numcheck::grammar
