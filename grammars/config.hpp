#pragma once
// The one iterator and context every grammar is instantiated for.
//
// Every grammar .cpp instantiates its rule with BOOST_SPIRIT_INSTANTIATE(rule, iterator_type,
// context_type), and every parse call must build exactly this context: x3::phrase_parse with
// grammar::space (below) as skipper. Any other skipper or an added x3::with<> changes the context type
// and the link fails with "undefined reference to parse_rule".
#include <boost/spirit/home/x3.hpp>

namespace numcheck::grammar {

namespace x3 = boost::spirit::x3;

using iterator_type = char const*;

/// The grammars' skipper: the white space of x3::ascii::space (space, tab, line feed, vertical
/// tab, form feed, carriage return), a whole run in one call. As a skipper only: it moves past the
/// run and reports no match, so x3::skip_over's loop (call until no match) ends after one call
/// instead of one call per byte and one more.
struct space_skipper : x3::parser<space_skipper> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        // (most calls start on a word: one test sends everything above the space away)
        while (first != last) {
            auto const c = static_cast<unsigned char>(*first);
            if (c > ' ' || (c != ' ' && (c < '\t' || c > '\r'))) break;
            ++first;
        }
        return false;
    }
};
inline constexpr space_skipper space{};

using skipper_type = space_skipper;
using context_type = x3::phrase_parse_context<skipper_type>::type;

} // namespace numcheck::grammar
