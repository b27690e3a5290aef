// NC206 age-birth-year: an age that the birth year and the reference date contradict.
#include <fmt/format.h>

#include "numcheck/rules/time.hpp"
#include "numcheck/text.hpp"

namespace numcheck::rules {

namespace {

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    if (!model.reference_year) return;
    auto const& mentions = *model.mentions;
    for (std::size_t b = 0; b < mentions.size(); ++b) {
        mention const& born = mentions[b];
        if (born.kind != mention_kind::age || !born.born) continue;
        // The age stated in the same sentence, nearest the birth year.
        std::optional<std::size_t> age;
        auto const [first_a, last_a] = sentence_of(mentions, b);
        for (std::size_t a = first_a; a < last_a; ++a) {
            mention const& m = mentions[a];
            if (m.kind != mention_kind::age || m.born || !m.value || m.sentence != born.sentence) continue;
            // "in 1968, when she was 31", "He was born in 1950 and she was 31": an age told of a
            // pronoun is at a time the clause names, or of someone else
            if (text::iequals(text::first_word(m.text), "he") || text::iequals(text::first_word(m.text), "she"))
                continue;
            if (!age || std::labs(static_cast<long>(m.begin) - static_cast<long>(born.begin)) <
                            std::labs(static_cast<long>(mentions[*age].begin) - static_cast<long>(born.begin)))
                age = a;
        }
        if (!age) continue;
        mention const& stated = mentions[*age];
        int const year = *model.reference_year;
        int const oldest = year - *born.born, youngest = oldest - 1; // before or after the birthday
        int const said = static_cast<int>(*stated.value);
        if (said >= youngest - model.tolerance.age && said <= oldest + model.tolerance.age) continue;
        finding f = make_finding(
            age_birth_year, stated,
            fmt::format("someone born in {} is {} or {} in {}, not {}", *born.born, youngest, oldest, year, said));
        f.related.push_back(related(born, "the birth year"));
        f.notes.push_back(fmt::format("{} - {} = {}: {} before the birthday, {} after it", year, *born.born, oldest,
                                      youngest, oldest));
        out.push_back(std::move(f));
    }
}

} // namespace

rule const age_birth_year{
    "NC206",
    "age-birth-year",
    severity::error,
    "an age that the birth year and the reference date contradict",
    {
        "An age and a birth year for the same person in one sentence (\"Jones, 38, born in 1960\"). With the "
        "reference year, the age must be the year minus the birth year, or one less before the birthday.",
        "A wrong age is a factual error about a named person, and one of the commonest corrections newspapers "
        "print.",
        "Jones, 38, born in 1960, has lived in the town all her life.  (dated 2024)",
        "Jones, 63, born in 1960, ...  (dated May 2024: 63 before her birthday)\n"
        "Jones, 64, born in 1960, ...",
    },
    &check,
};

} // namespace numcheck::rules
