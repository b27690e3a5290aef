#pragma once
/// The claim model: mentions joined into statements the rules can check. A change knows its
/// stated amount and its before and after values on one scale; parts know the total they add up
/// to; shares know they divide one whole; a fraction knows the percentage that restates it; a part
/// knows the whole it is taken from. Built from the mentions and the prose only (no Spirit).
#include <algorithm>
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
    /// A value at or below zero ("rose to -$1.3 billion from -$0.8 billion"): only its direction is
    /// checked (NC102); ratios of such values mean nothing.
    bool signed_values = false;
    /// An amount in the values' own unit ("rose 28,000 barrels to 38.25 mln from 37.98 mln"), on
    /// their scale, unsigned; none when the amount is a percentage, points of a percentage, a
    /// fraction, or of another measure.
    std::optional<interval> units_amount;
    double units_amount_stated = 0;
    /// The mention of that amount when it is not `amount`: a restatement in units after a change with a
    /// percentage ("fell 22.3% to 166.9 million bottles from 214.8 million, a drop of 52.9 million bottles").
    std::optional<std::size_t> units_amount_at;
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
    /// the whole in words, where no words of the text name it ("the sum of the counts beside them"); else empty
    std::string whole_said;
};

/// A fraction and the percentage that restates it: "one in three residents, or 45 percent".
struct restatement {
    std::size_t fraction = 0;
    std::size_t percent = 0;
};

/// A part restated as a percentage of a whole stated after it: "9,000 jobs, or 7% of its global
/// workforce of about 128,000", "$2 billion, or 15% of its revenue of $13.3 billion".
struct restated_share {
    std::size_t part = 0;
    std::size_t percent = 0;
    std::size_t whole = 0;
    interval part_value; ///< the part and the whole on one scale
    interval whole_value;
    double part_stated = 0;
    double whole_stated = 0;
};

/// A price set against a base as a premium or a discount in percent: "$52 a share in cash, a 37%
/// premium to the closing price of $38", "74 dlrs per share which represents a 23.85 pct premium
/// over Genentech's stock closing level of 59.75".
struct premium_claim {
    std::size_t price = 0;
    std::size_t percent = 0;
    std::size_t base = 0;
    int sign = 1; ///< +1 a premium (the price above the base), -1 a discount
};

/// Two figures of one measure and the difference stated between them: "Verstappen has 331 points and Norris 269, a gap
/// of 62 points", "Labour is on 41% and the Conservatives on 25%, a lead of 16 points", "5,940 openings and 6,720
/// closures, a net loss of 780 stores".
struct difference_claim {
    std::size_t first = 0; ///< the two figures, in the order of the text
    std::size_t second = 0;
    std::size_t gap = 0; ///< the difference stated
    std::string cue;     ///< "a gap of", "a net loss of" ...
};

/// A sum over some years restated as a sum a year: "a four-year renewal worth £320 million, or £80 million a year",
/// "$500 million over five years, or $100 million a season".
struct yearly_restatement {
    std::size_t total = 0;
    std::size_t yearly = 0;
    std::size_t duration = 0;
    int years = 0;
};

/// A year's count or sum restated as a rate a day, a week or a month: "The programme fixed 12,400 leaks in 2023, an
/// average of 34 a day", "4,015 burglaries last year, or about 11 a day". The rate times the days (250 working days
/// to the year's 365 or 366: "an average of 10 million shares a day" may be of trading days), the weeks or the
/// twelve months of the year is the whole.
struct rate_restatement {
    std::size_t total = 0;
    std::size_t rate = 0;
    std::size_t period = 0; ///< the year ("in 2023", "last year")
    char time = 'd';        ///< the time of the rate: 'd' a day, 'w' a week, 'm' a month
    double low = 0;         ///< the fewest times of the rate's time in the year
    double high = 0;        ///< the most
};

/// A change stated as an amount, restated in percent, with the value it reached: "fell 2,231.07
/// points, or 5.5%, to 38,314.86", "rose 1.50 dlrs, or 2.3 pct, to 66.50".
struct restated_change {
    std::size_t change = 0;  ///< the change mention; its amount is the absolute figure
    std::size_t amount = 0;  ///< "2,231.07 points"
    std::size_t percent = 0; ///< "5.5%"
    std::size_t to = 0;      ///< "38,314.86"
    interval amount_value;   ///< the amount and the value reached on one scale
    interval to_value;
    double amount_stated = 0;
    double to_stated = 0;
    /// `to` is the value the change went from, not to: "fell by 650, or 1.3%, from 48,350"
    bool from_base = false;
};

/// A part taken from a stated whole: "Of the 120 employees, 135 were laid off", "135 of the 120".
struct part_of_whole {
    std::size_t part = 0;
    std::size_t whole = 0;
};

/// The period a figure is for: "$664 billion in 2022", "$240 billion last year".
struct figure_period {
    std::size_t figure = 0;
    std::optional<std::size_t> period; ///< the time mention, when the text gives one
    std::optional<int> year;           ///< its year, when known (relative years need a reference year)
    std::vector<int> not_years;        ///< years it is certainly not ("..., up 26 percent compared with 2022")
    std::vector<std::size_t> bases;    ///< the "compared with 2022" mentions that rule those years out
};

/// Two figures the text sets against each other ("In comparison", "By comparison", "In contrast").
struct compared_pair {
    std::size_t figure = 0; ///< the later figure
    std::size_t other = 0;  ///< the figure it is compared with
    std::size_t marker = 0; ///< the comparison mention
};

/// A figure with the thing it measures, when the text names it tightly enough to compare:
/// "the $3.5 billion plan" (plan), "The plan costs $3 billion" (plan). Implied figures come from a
/// change: "$240 billion last year, up 26 percent compared with 2022" implies about $190 billion
/// for 2022.
struct measured_figure {
    std::size_t figure = 0; ///< the figure stated, or the one the implied value comes from
    std::string subject;    ///< lower-case head noun
    /// lower-case words of two or more that narrow it, kept apart from the subject ("gulf of mexico" of "Gulf
    /// of Mexico output was"): such a figure is not an earlier one of the bare noun, but a later bare noun
    /// ("such losses") may refer back to it
    std::string narrowing;
    bool definite = false; ///< "the $3.5 billion plan", "The plan costs": refers back to one thing
    interval value;        ///< what the figure stands for (implied: the base it implies)
    double stated = 0;
    std::optional<int> year;           ///< its period's year, when known
    std::string period;                ///< its period's value ("FY2025", "2023", "last year" resolved), empty for none
    std::optional<std::size_t> change; ///< for an implied figure: the change that implies it
};

/// Slack a newsroom may allow beyond DESIGN.md's rounding intervals (`[tolerance]` in
/// .numcheck.toml); all zero by default.
struct tolerances {
    double percent_change = 0; ///< NC101: a stated change this many points off the computed one passes
    double sum = 0;            ///< NC105: parts within this fraction of the total pass (0.01 = 1%)
    int age = 0;               ///< NC206: years of slack beyond the birthday's one year
};

struct claim_model {
    std::string_view prose;
    std::vector<sentence> const* sentences = nullptr;
    std::vector<mention> const* mentions = nullptr;

    std::vector<change_claim> changes;
    std::vector<total_claim> totals;
    std::vector<share_group> shares;
    std::vector<restatement> restatements;
    std::vector<restated_share> restated_shares;
    std::vector<premium_claim> premiums;
    std::vector<difference_claim> differences;
    std::vector<yearly_restatement> yearly;
    std::vector<rate_restatement> rates;
    std::vector<restated_change> restated_changes;
    std::vector<part_of_whole> parts;
    std::vector<figure_period> periods; ///< one per figure with a period or a year ruled out, in figure order
    std::vector<compared_pair> compared;
    std::vector<measured_figure> measured;

    std::optional<calendar_date> reference; ///< the reference date, when the day is known
    std::optional<int> reference_year;      ///< its year, also when only the year is known
    std::string reference_source;           ///< where it came from: cli, front-matter, dateline, inferred
    tolerances tolerance;

    /// The period of a figure, or nullptr (`periods` is in the order of the figures).
    [[nodiscard]] figure_period const* period_of(std::size_t figure) const {
        auto const it = std::lower_bound(periods.begin(), periods.end(), figure,
                                         [](figure_period const& p, std::size_t f) { return p.figure < f; });
        return it != periods.end() && it->figure == figure ? &*it : nullptr;
    }
    /// The year of a time mention ("2022", "2023-Q1", "last year" resolved or with the reference year).
    [[nodiscard]] std::optional<int> year_of(mention const& time) const;

    [[nodiscard]] mention const& at(std::size_t index) const { return (*mentions)[index]; }
};

/// Whether lower-case `word` names a label a number follows rather than a count of it: "Route 9", "Line 4", "No. 12",
/// "Flight 370", "Junction 24".
[[nodiscard]] bool label_word(std::string_view word);

/// Whether a figure is a count of members taken as exact, not rounded: a whole number under 100
/// written without a decimal point or a hedge ("seven of the 12 members", "Of the 12 jurors, 13").
[[nodiscard]] bool counted_exactly(mention const& m);

/// Whether a change is told on another basis than the reported figures, by the words right after it: "a
/// decline of 0.8% after adjusting for inflation", "up 6% at constant currency", "an increase of 2% per resident".
[[nodiscard]] bool change_on_another_basis(std::string_view prose, mention const& change);

/// Builds the claim model of one extraction. The model points into `prose` and `found`, which
/// must outlive it.
claim_model build_claims(std::string_view prose, extraction const& found,
                         std::optional<calendar_date> reference = std::nullopt,
                         std::optional<int> reference_year = std::nullopt);

} // namespace numcheck
