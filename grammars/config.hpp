#pragma once
// The one iterator and context every grammar is instantiated for.
//
// Every grammar .cpp instantiates its rule with BOOST_SPIRIT_INSTANTIATE(rule, iterator_type,
// context_type), and every parse call must build exactly this context: x3::phrase_parse with
// x3::ascii::space as skipper. Any other skipper or an added x3::with<> changes the context type
// and the link fails with "undefined reference to parse_rule".
#include <boost/spirit/home/x3.hpp>

namespace numcheck::grammar {

namespace x3 = boost::spirit::x3;

using iterator_type = char const*;
using skipper_type = x3::ascii::space_type;
using context_type = x3::phrase_parse_context<skipper_type>::type;

} // namespace numcheck::grammar
