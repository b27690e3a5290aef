#pragma once
// Changes: "up 26 percent", "rose 12 percent to $4.5 billion from $3.6 billion", "fell by 11.6
// percent", "was down 2.2 pct", "increased to X from Y", "from X to Y", "a 26-percent rise",
// "an increase of 5 pct"; multipliers: "doubled", "tripled to 450 from 200", "halved",
// "a three-fold increase".
#include "ast.hpp"
#include "config.hpp"
#include "lexicon.hpp"

namespace numcheck::grammar {

namespace parser {
struct change_class;
using change_type = x3::rule<change_class, ast::change>;
BOOST_SPIRIT_DECLARE(change_type)
} // namespace parser
parser::change_type const& change();
/// Whether a change told by its amount first ("12% lower than", "about 19% less than", "$5 below") may begin at
/// `first`, the first character of a word: the grammar's own look-ahead on the word's first letters.
bool amount_first_may_begin(char const* first, char const* last);

} // namespace numcheck::grammar
