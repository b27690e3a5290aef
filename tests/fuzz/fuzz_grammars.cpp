// libFuzzer target: every grammar entry point, on its own, from the start of the input. The first
// byte picks the grammar; the rest is the text. A parse must stay inside the text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "grammars/age.hpp"
#include "grammars/change.hpp"
#include "grammars/comparison.hpp"
#include "grammars/date.hpp"
#include "grammars/duration.hpp"
#include "grammars/money.hpp"
#include "grammars/number.hpp"
#include "grammars/ordinal.hpp"
#include "grammars/percent.hpp"
#include "grammars/period.hpp"
#include "grammars/relative_time.hpp"

namespace {

namespace g = numcheck::grammar;

template <typename Rule>
void run(Rule const& rule, std::string const& text) {
    typename Rule::attribute_type attribute{};
    char const* first = text.data();
    char const* const last = text.data() + text.size();
    (void)g::x3::phrase_parse(first, last, rule, g::space, attribute);
    if (first < text.data() || first > last) __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
    if (size == 0) return 0;
    std::string const text(reinterpret_cast<char const*>(data + 1), size - 1);
    switch (data[0] % 12) {
    case 0:
        run(g::amount(), text);
        break;
    case 1:
        run(g::number(), text);
        break;
    case 2:
        run(g::money(), text);
        break;
    case 3:
        run(g::percent(), text);
        break;
    case 4:
        run(g::ordinal(), text);
        break;
    case 5:
        run(g::period(), text);
        break;
    case 6:
        run(g::relative_time(), text);
        break;
    case 7:
        run(g::date(), text);
        break;
    case 8:
        run(g::duration(), text);
        break;
    case 9:
        run(g::age(), text);
        break;
    case 10:
        run(g::comparison(), text);
        break;
    default:
        run(g::change(), text);
        break;
    }
    return 0;
}
