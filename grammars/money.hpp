#pragma once
// Money: "$240 billion", "US$1.2bn", "€3.5 million", "£40", "¥1,000", "120 billion yuan",
// "34.5 mln dlrs", "1.50 dlrs per share", "$10K", "5 cents", "Rs 500 crore". Currency as ISO 4217.
#include "ast.hpp"
#include "config.hpp"
#include "lexicon.hpp"

namespace numcheck::grammar {

namespace parser {
struct money_class;
using money_type = x3::rule<money_class, ast::quantity>;
BOOST_SPIRIT_DECLARE(money_type)
} // namespace parser
parser::money_type const& money();

} // namespace numcheck::grammar
