#pragma once
/// The claim model: mentions joined into statements the rules can check. A change knows its
/// stated amount and its before and after values on one scale; parts know the total they add up
/// to; shares know they divide one whole; a fraction knows the percentage that restates it; a part
/// knows the whole it is taken from. Built from the mentions and the prose only (no Spirit).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "numcheck/extract.hpp"
#include "numcheck/mention.hpp"

namespace numcheck {

/// A change (or multiplier) with both of its values: "rose 9 percent to $2.4 billion from $1.8
/// billion", "tripled to 5,000 from 2,400".
struct change_claim {
    std::size_t change = 0;            ///< the change or multiplier mention
    std::optional<std::size_t> amount; ///< its stated amount (percent or points), if any
    std::size_t from = 0;              ///< the before value
    std::size_t to = 0;                ///< the after value
    interval from_value;               ///< before and after on one scale ("from 1.6" after "to 1.4 mln")
    interval to_value;
    double from_stated = 0; ///< the values as stated, on that scale
    double to_stated = 0;
    std::string verb; ///< the word that states the direction ("slid", "rose"), empty for "from X to Y"
};

/// Parts joined to the total they are said to make: "$2 million and ... $5 million, a total of $9
/// million".
struct total_claim {
    std::size_t total = 0;
    std::vector<std::size_t> parts;
    std::string cue;         ///< "a total of", "combined", ...
    bool open_ended = false; ///< the text allows parts it does not list ("other", "including")
};

/// Percentages of one whole: "Of voters polled, 48% backed Ms. Lee, 45% backed Mr. Park and 12%
/// were undecided."
struct share_group {
    std::vector<std::size_t> shares;
    std::size_t whole_begin = 0; ///< prose span of the words naming the whole ("Of voters polled")
    std::size_t whole_end = 0;
};

/// A fraction and the percentage that restates it: "one in three residents, or 45 percent".
struct restatement {
    std::size_t fraction = 0;
    std::size_t percent = 0;
};

/// A part taken from a stated whole: "Of the 120 employees, 135 were laid off", "135 of the 120".
struct part_of_whole {
    std::size_t part = 0;
    std::size_t whole = 0;
};

struct claim_model {
    std::string_view prose;
    std::vector<sentence> const* sentences = nullptr;
    std::vector<mention> const* mentions = nullptr;

    std::vector<change_claim> changes;
    std::vector<total_claim> totals;
    std::vector<share_group> shares;
    std::vector<restatement> restatements;
    std::vector<part_of_whole> parts;

    [[nodiscard]] mention const& at(std::size_t index) const { return (*mentions)[index]; }
};

/// Builds the claim model of one extraction. The model points into `prose` and `found`, which
/// must outlive it.
claim_model build_claims(std::string_view prose, extraction const& found);

} // namespace numcheck
