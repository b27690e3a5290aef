#pragma once
// Numbers: "240", "1,234,567", ".125", "1.2 million", "3.5bn", "40k", "twenty-five", "a dozen",
// "two-thirds", "one in five", "1 1/2", "-0.4"; and counted nouns ("300 passengers").
#include "ast.hpp"
#include "config.hpp"
#include "lexicon.hpp"

namespace numcheck::grammar {

namespace parser {
struct amount_class;
struct number_class;

/// A value with its scale, written in digits or spelled out: the core of numbers, money and
/// percentages. No hedge, no unit.
using amount_type = x3::rule<amount_class, ast::quantity>;
/// A number as a claim: hedge, value or fraction, and the counted noun.
using number_type = x3::rule<number_class, ast::quantity>;

BOOST_SPIRIT_DECLARE(amount_type, number_type)
} // namespace parser

parser::amount_type const& amount();
parser::number_type const& number();

} // namespace numcheck::grammar
