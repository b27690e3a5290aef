#pragma once
/// The arithmetic of one change claim, shared by NC101, NC102 and NC103 so that they agree on
/// which of them a change belongs to.
#include <optional>

#include "numcheck/model.hpp"
#include "numcheck/rules/arithmetic.hpp"

namespace numcheck::rules::detail {

struct change_math {
    interval stated;           ///< the stated amount, signed by the direction word
    double stated_value = 0;   ///< the same as stated
    interval relative;         ///< (to / from - 1) * 100 given rounding
    double relative_value = 0; ///< from the figures as stated
    interval points;           ///< to - from, for two percentages
    double points_value = 0;
    bool between_percentages = false; ///< from and to are both percentages
    bool stated_in_points = false;    ///< the amount is in percentage points
    bool stated_as_fraction = false;  ///< the amount is a fraction ("cut by a third"), here in percent
    bool direction_contradicted = false;
};

/// Nothing when the change states no amount in percent or points.
std::optional<change_math> analyse_change(claim_model const& model, change_claim const& c);

/// True when the direction word says the opposite of what the values do.
bool contradicts_direction(claim_model const& model, change_claim const& c);

} // namespace numcheck::rules::detail
