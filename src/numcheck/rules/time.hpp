#pragma once
/// What the time rules share: full dates of date mentions, spans that run over a figure and its
/// period, and the words for a period.
#include <optional>
#include <string>

#include "numcheck/calendar.hpp"
#include "numcheck/model.hpp"
#include "numcheck/rules/arithmetic.hpp"

namespace numcheck::rules::detail {

/// The calendar day of a date mention: its own year or the one resolved against the reference
/// date; nullopt for a weekday alone or an impossible date.
std::optional<calendar::ymd> full_date(mention const& m);

/// Whether date mention `m` is a birth date: right after "born" or "born on" ("Born on March 4,
/// 1935", "born March 4, 1935", "was born on July 14, 1913").
bool after_born(claim_model const& model, mention const& m);

/// Days since 1970-01-01 of a full date.
long day_number(calendar::ymd d) noexcept;

/// "June 3, 2024".
std::string date_words(calendar::ymd d);

/// One span from the start of `first` to the end of `last` (same line and column as `first`).
source_span join(mention const& first, mention const& last) noexcept;

/// A figure with the period right after it, as one span ("$664 billion in 2022").
source_span figure_span(claim_model const& model, std::size_t figure);

/// "2023 (last year)", "2022", or "not 2022 (compared with 2022)".
std::string period_words(claim_model const& model, figure_period const& p);

/// A value written like the figure it comes from ("$190 billion" for a figure in USD).
std::string figure_words(double value, mention const& like);

/// The length in days of a stated duration unit ("D" 1, "W" 7, "M" 30, "Y" 365), 0 when unknown.
double unit_days(char unit) noexcept;

/// The year a fiscal year ends in, when period mention `m` is one ("fiscal 2024", "FY2024", "FY24": "FY2024").
std::optional<int> fiscal_year_of(mention const& m);

/// Whether `lower_words` (lower case) holds a word that tells who said something: "officials said on
/// Feb. 20", "told reporters on", "according to".
bool names_speech(std::string_view lower_words);

} // namespace numcheck::rules::detail
