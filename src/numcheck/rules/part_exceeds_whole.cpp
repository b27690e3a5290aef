// NC108 part-exceeds-whole: "of the 300 passengers, 320 were rescued".
#include <fmt/format.h>

#include "numcheck/rules/arithmetic.hpp"
#include "numcheck/text.hpp"

namespace numcheck::rules {

namespace {

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    for (auto const& p : model.parts) {
        mention const& part = model.at(p.part);
        mention const& whole = model.at(p.whole);
        // The part must be larger than any value the whole can stand for. Members of a small whole are
        // counted, not rounded: "Of the 12 jurors, 13 voted to convict" (both under 100, no hedge).
        // ("Of the 50 states and the District of Columbia, 51": a whole and something more)
        std::string const between =
            part.begin > whole.end ? text::lower(model.prose.substr(whole.end, part.begin - whole.end)) : std::string();
        // (not "and" inside a place: "Of the 318 local authorities in England and Wales, 337 grew")
        std::size_t const joint = std::min(between.find(" and "), between.find(" plus "));
        bool const more =
            text::contains_any_word(between, {"and", "plus"}) &&
            !(joint != std::string::npos && text::contains_any_word(std::string_view(between).substr(0, joint),
                                                                    {"in", "across", "at", "from", "throughout"}));
        // (a net whole is a difference a gross part can exceed: "Of the 47,500 net jobs added, 52,600
        // were full-time, offset by a fall of 5,100 in part-time roles")
        std::string const whole_text = text::lower(text_of(whole));
        if (whole.unit == "net" || text::contains_any_word(whole_text, {"net"}) ||
            text::istarts_with(text::lower(model.prose.substr(whole.end, 5)), " net "))
            continue;
        // (a cap or a plan, which what was done can overshoot: "Of the 50,000-tonne quota, boats have caught
        // 52,000 tonnes, exceeding it by 4%", "Of the 300 tonnes allowed, 320 tonnes were landed, a 7% overrun")
        {
            std::string const named = whole_text + text::lower(model.prose.substr(whole.end, 24));
            // (not a budget, a whole of what funds it: "Of the $126 million budget, $150 million came from fares")
            if (text::contains_any_word(named, {"quota", "quotas", "allowed", "permitted", "cap", "limit", "ceiling",
                                                "allowance", "capacity", "allotted"}))
                continue;
            std::size_t const stop = model.prose.find_first_of(".;", part.end);
            std::string const rest = text::lower(model.prose.substr(
                part.end,
                std::min<std::size_t>(stop == std::string_view::npos ? model.prose.size() : stop, part.end + 80) -
                    part.end));
            if (text::contains_any_word(rest,
                                        {"exceeding", "exceeded", "exceeds", "overshooting", "overshot", "overrun",
                                         "overran", "overshoot", "surpassing", "breaching", "breached"}))
                continue;
        }
        // (one of them named by its number: "Of the three runways, runway 27 is the longest", "taxiway 12")
        {
            std::size_t const lead = part.begin >= 24 ? part.begin - 24 : 0;
            std::string_view const word = text::last_word(model.prose.substr(lead, part.begin - lead));
            std::string const noun = text::lower(whole.unit);
            if (!word.empty() && noun.size() > 3 && noun.ends_with('s') &&
                text::iequals(word, std::string_view(noun).substr(0, noun.size() - 1)))
                continue;
        }
        bool const exact = counted_exactly(part) && counted_exactly(whole) && !more;
        if (more && *part.value > *whole.value && *part.value <= *whole.value * 1.1) continue;
        if (exact ? *part.value <= *whole.value : part.range->low < whole.range->high) continue;
        finding f =
            make_finding(part_exceeds_whole, part,
                         fmt::format("{} is more than the whole it is part of ({})", text_of(part), text_of(whole)));
        f.related.push_back(related(whole, "the whole"));
        f.notes.push_back(
            fmt::format("{} > {}: a part cannot exceed its whole", figure(*part.value), figure(*whole.value)));
        out.push_back(std::move(f));
    }
}

} // namespace

rule const part_exceeds_whole{
    "NC108",
    "part-exceeds-whole",
    severity::error,
    "a part larger than the whole it is taken from",
    {
        "A count taken from a stated whole (\"Of the 120 employees, 135 were laid off\", \"135 of the 120 "
        "employees\", \"7 out of 5\", \"1.29 million attendances, of which 1.43 million were at major units\"), "
        "or a sum of money of one currency (\"Of the $1.2 billion, $1.5 billion will go to roads\"; not a "
        "difference, \"Of the $1.2 billion rise in revenue\", which parts of both signs make up): "
        "the part cannot be larger. Counted nouns must agree when both are given; "
        "the rule reports only when the part exceeds every value the whole can stand for.",
        "A part larger than its whole is impossible on its face; it is nearly always a typing error in one of "
        "the two figures.",
        "Of the 120 employees, 135 were laid off.\n"
        "Rescuers reached 320 of the 300 passengers.",
        "Of the 120 employees, 35 were laid off.\n"
        "Of the 120 employees, 35 had worked there for 150 months.  (only the first count after the whole)",
    },
    &check,
};

} // namespace numcheck::rules
