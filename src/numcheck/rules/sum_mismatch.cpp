// NC105 sum-mismatch: parts that do not add up to the stated total.
#include <algorithm>
#include <bit>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "numcheck/rules/arithmetic.hpp"
#include "numcheck/text.hpp"

namespace numcheck::rules {

namespace {

void check(claim_model const& model, std::vector<finding>& out) {
    using namespace detail;
    for (auto const& t : model.totals) {
        mention const& total = model.at(t.total);
        std::vector<std::size_t> parts = t.parts;
        // (a part for each of two years: "74 in 2023 and 2024 to 84 in 2025 and 2026 and 94 in 2027, for a total of
        // 410" counts 74 and 84 twice)
        if (std::any_of(parts.begin(), parts.end(), [&](std::size_t p) {
                std::string_view const rest = model.prose.substr(
                    model.at(p).end, std::min<std::size_t>(18, model.prose.size() - model.at(p).end));
                for (std::string_view const lead : {" in ", " for "}) {
                    if (!rest.starts_with(lead) || rest.size() < lead.size() + 13) continue;
                    std::string_view const years = rest.substr(lead.size(), 13);
                    auto const year_at = [&](std::size_t at) {
                        return std::all_of(years.begin() + static_cast<std::ptrdiff_t>(at),
                                           years.begin() + static_cast<std::ptrdiff_t>(at + 4), text::is_digit);
                    };
                    if (year_at(0) && years.substr(4, 5) == " and " && year_at(9)) return true;
                }
                return false;
            }))
            continue;
        // A part broken down into the parts right after it, two or more that add up to it, is counted once: "The
        // club spent £72m on three players, £35m, £25m and £12m, plus £4m in agents' fees, a total of £76m".
        if (parts.size() >= 4) {
            auto const sum_of = [&](std::size_t from, std::size_t to) {
                interval sum{0, 0};
                for (std::size_t k = from; k < to; ++k) {
                    interval const r = rounded(model.at(parts[k]));
                    sum = {sum.low + r.low, sum.high + r.high};
                }
                return sum;
            };
            // (the words between the part and the first of its own announce them: their count, "on three players",
            // or a bracket or colon; "Of the $2.7 billion, $1.1 billion went to roads, $1.0 billion to schools, $0.5
            // billion to parks and the remaining $0.4 billion" breaks down nothing)
            auto const announces = [&](std::size_t i, std::size_t count) {
                std::size_t const from = model.at(parts[i]).end, to = model.at(parts[i + 1]).begin;
                std::string const between = text::lower(model.prose.substr(from, to - from));
                if (between.find_first_of("(:") != std::string::npos) return true;
                for (std::string_view const w : text::words(between))
                    if (text::spelled_count(w) == static_cast<int>(count) || w == std::to_string(count)) return true;
                return false;
            };
            std::size_t const n = parts.size();
            if (sum_of(0, n).low > rounded(total).high) {
                bool broken_down = false;
                for (std::size_t i = 0; i + 2 < n && !broken_down; ++i)
                    for (std::size_t j = i + 3; j <= n && !broken_down; ++j)
                        if (announces(i, j - i - 1) && meets(sum_of(i + 1, j), rounded(model.at(parts[i])))) {
                            parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(i + 1),
                                        parts.begin() + static_cast<std::ptrdiff_t>(j));
                            broken_down = true;
                        }
            }
        }
        // A writer rounds all figures of one sentence one way: the sum fails only if it fails both ways.
        interval by_rounding{0, 0}, by_truncation{0, 0};
        double stated_sum = 0;
        for (auto const p : parts) {
            mention const& part = model.at(p);
            interval const r = rounded(part), u = truncated(part);
            by_rounding = {by_rounding.low + r.low, by_rounding.high + r.high};
            by_truncation = {by_truncation.low + u.low, by_truncation.high + u.high};
            stated_sum += *part.value;
        }
        interval const total_rounded = rounded(total), total_truncated = truncated(total);
        // Small counts are counted, not rounded: "won 14 medals and the women's team 11, a total of 24
        // medals" is 25, not anything from 24 to 27.
        bool const parts_counted =
            std::all_of(parts.begin(), parts.end(), [&](std::size_t p) { return counted_exactly(model.at(p)); });
        bool const counted = total.kind == mention_kind::number && counted_exactly(total) && parts_counted;
        if (counted ? stated_sum == *total.value
                    : meets(by_rounding, total_rounded) || meets(by_truncation, total_truncated))
            continue;
        if (model.tolerance.sum > 0 && std::min(gap(by_rounding, total_rounded), gap(by_truncation, total_truncated)) <=
                                           model.tolerance.sum * std::abs(*total.value))
            continue;
        // Ten times off is not a sum that went wrong but figures of another kind ("at 9.62 dlrs to 11.50
        // dlrs, or a total of 5.69 mln dlrs").
        if (stated_sum > 10 * *total.value || stated_sum * 10 < *total.value) continue;
        // Parts that add up to another figure of the sentence, told before them, break that one down and not the
        // total: "The three reservoirs held about 220 million cubic metres of their combined 790 million: 118
        // million in Valle de Bravo, 62 million in Villa Victoria and 40 million in El Bosque."
        {
            std::size_t list_begin = total.begin;
            for (auto const p : parts) list_begin = std::min(list_begin, model.at(p).begin);
            auto const other = std::find_if(model.mentions->begin(), model.mentions->end(), [&](mention const& m) {
                if (m.sentence != total.sentence || &m == &total || m.begin >= list_begin || m.parent ||
                    m.kind != total.kind || !m.value || !m.range || m.is_range)
                    return false;
                if (!m.unit.empty() && !total.unit.empty() && text::lower(m.unit) != text::lower(total.unit))
                    return false;
                return meets(by_rounding, rounded(m)) || meets(by_truncation, truncated(m));
            });
            if (other != model.mentions->end()) continue;
        }
        // A total of those that are not some of the parts ("751 were dairy farmers, 287 pig farmers and 112 poultry
        // farmers; a total of 399 were not dairy farmers"): a difference, not the sum.
        {
            std::string const follow = text::lower(model.prose.substr(total.end, 24));
            auto const next = text::words(follow);
            if (next.size() >= 2 && text::contains_any_word(next[0], {"were", "was", "are", "is", "did", "do"}) &&
                next[1] == "not")
                continue;
        }
        // A total for some of each or for several ("£28 and a jumper £14, a total of £84 for two of
        // each", "for a family of four"): the parts are prices of one, the total of many.
        {
            std::string const after = text::lower(model.prose.substr(total.end, 40));
            auto const words = text::words(after);
            bool const several =
                words.size() >= 2 && words[0] == "for" &&
                (text::contains_any_word(words[1], {"two", "three", "four", "five", "six", "both", "each", "every",
                                                    "several", "multiple"}) ||
                 (words.size() >= 3 && words[1] == "a" &&
                  text::contains_any_word(words[2], {"family", "couple", "household", "pair", "set", "group"})));
            if (several) continue;
            // (a difference, not a sum: "Band D is £2,104.50 and Band A £1,403.00, a difference in total of
            // £701.50"; a net figure, openings less closures: "opened 152 restaurants and closed 38, for a net
            // total of 114", "for net openings totaling 114")
            {
                std::size_t const lead = total.begin >= 32 ? total.begin - 32 : 0;
                std::string const before = text::lower(model.prose.substr(lead, total.begin - lead));
                if (before.find("difference") != std::string::npos || before.find(" gap ") != std::string::npos ||
                    before.find("net total") != std::string::npos || before.find("net openings") != std::string::npos ||
                    before.find("net additions") != std::string::npos || before.find("net gain") != std::string::npos ||
                    before.find("net increase") != std::string::npos)
                    continue;
            }
            // (a count at a time, reached by the openings listed: "opened 87 restaurants in 2021, 102 in 2022 and
            // 131 in 2023, for a total of 880 restaurants at the end of last year", "After opening 102
            // restaurants in 2022 and 131 in 2023, the chain had a total of 924 restaurants")
            if (stated_sum < *total.value && model.sentences && total.sentence < model.sentences->size()) {
                sentence const& s = (*model.sentences)[total.sentence];
                std::string const own = text::lower(model.prose.substr(s.begin, s.end - s.begin));
                bool const added = text::contains_any_word(own, {"opened", "opening", "opens", "added", "adding",
                                                                 "adds", "built", "building", "hired", "acquired"});
                bool const stock = after.starts_with(" at the end") || after.starts_with(" by the end") ||
                                   after.starts_with(" as of") || own.find("had a total") != std::string::npos ||
                                   own.find("has a total") != std::string::npos ||
                                   own.find("have a total") != std::string::npos;
                if (added && stock) continue;
            }
            // A total of some of the parts, named after it ("..., 21 are Labour and two are independents, a
            // total of 23 in opposition", "a total of £14.5m in the final two years", "for children and
            // health"): two or more of the parts, but not all, make it up.
            // (only a total after its parts: before them, "Of the 200 stocks in the index, 118 rose, 81 fell and 11
            // were unchanged", the words name the whole the parts are of)
            bool const qualified = words.size() >= 2 &&
                                   text::contains_any_word(words[0], {"in", "for", "on", "among", "across"}) &&
                                   parts.size() >= 3 && parts.size() <= 12 && stated_sum > *total.value &&
                                   model.at(parts.back()).end <= total.begin;
            if (qualified) {
                std::size_t const n = parts.size();
                bool subset = false;
                for (unsigned mask = 1; mask + 1 < (1u << n) && !subset; ++mask) {
                    if (std::popcount(mask) < 2) continue;
                    interval sum{0, 0};
                    for (std::size_t k = 0; k < n; ++k)
                        if (mask & (1u << k)) {
                            interval const r = rounded(model.at(parts[k]));
                            sum = {sum.low + r.low, sum.high + r.high};
                        }
                    subset = meets(sum, total_rounded);
                }
                if (subset) continue;
            }
        }
        bool const short_of_total = stated_sum < *total.value;
        // "... and other regions, a total of": unlisted parts can make up a shortfall, never an excess.
        if (t.open_ended && short_of_total) continue;
        // (a figure among the parts the extraction left to a name: "The EPP would win 181 seats, the S&D 140 and Renew
        // 75, a combined 396 seats" - the parts the text gives are more than those read)
        if (short_of_total && !parts.empty()) {
            std::size_t const from = std::min(model.at(parts.front()).begin, total.begin);
            std::size_t const to = std::max(model.at(parts.back()).end, total.begin);
            // (the mentions are in reading order: only those from the first part on can hold a figure here)
            auto const near =
                std::lower_bound(model.mentions->begin(), model.mentions->end(), model.at(parts.front()).begin,
                                 [](mention const& m, std::size_t begin) { return m.begin < begin; });
            bool unread = false;
            for (std::size_t at = from; at < to && !unread; ++at) {
                // (a number of its own, after a space: not the "5" of "PS5")
                if (!text::is_digit(model.prose[at]) || at == 0 || model.prose[at - 1] != ' ') continue;
                // (after a name: the word before it has a capital, "S&D 140", "Renew 75"; not "children under 12")
                std::size_t w = at;
                while (w > from && model.prose[w - 1] == ' ') --w;
                std::size_t const word_end = w;
                while (w > from && model.prose[w - 1] != ' ') --w;
                bool const named = std::any_of(model.prose.begin() + static_cast<std::ptrdiff_t>(w),
                                               model.prose.begin() + static_cast<std::ptrdiff_t>(word_end),
                                               [](char c) { return text::is_upper(c); });
                // (nor a label's number: "on Routes 9 and 30", "Line 4", "No. 12")
                std::string const label = text::lower(model.prose.substr(w, word_end - w));
                if (!named || label_word(label) ||
                    text::contains_any_word(label, {"ward", "wards", "district", "zone"}))
                    continue;
                unread = true;
                for (auto m = near; m != model.mentions->end() && m->begin <= at && unread; ++m)
                    unread = !(at < m->end);
            }
            if (unread) continue;
        }
        // (a list of names with their sums in brackets and a name before them without one, its sum told before: "Three
        // players signed extensions: Coleman, Trey Davis ($200 million) and Hiro Ito ($164 million), for a combined
        // $589 million")
        if (short_of_total && model.sentences && total.sentence < model.sentences->size() &&
            std::all_of(parts.begin(), parts.end(), [&](std::size_t p) {
                mention const& m = model.at(p);
                return m.begin > 0 && model.prose[m.begin - 1] == '(';
            })) {
            sentence const& own = (*model.sentences)[total.sentence];
            std::size_t const first_part = model.at(parts.front()).begin - 1;
            std::string_view const lead = model.prose.substr(own.begin, first_part - std::min(first_part, own.begin));
            std::size_t const colon = lead.rfind(':');
            std::string_view const names = colon == std::string_view::npos ? lead : lead.substr(colon + 1);
            if (names.find(',') != std::string_view::npos) continue;
        }
        // A part told in one of the two sentences before, of the same noun, that makes the shortfall up
        // exactly: "The coalition won 64 seats. Unity took 31, the Greens 18 and independents 7, for
        // 120 seats in all." (or in the lead paragraph before: "..., winning 24 of the 63 seats. / The
        // party took 34.6 percent of the vote. The Greens won 15 seats, ... a total of 63.")
        // (mentions are in reading order: those of the sentences before)
        // "winning 46 of the 120 seats": a part of the total's whole, told before
        auto const part_of_total = [&](mention const& m) {
            std::string const after = text::lower(model.prose.substr(m.end, 12));
            if (!after.starts_with(" of the ") && !after.starts_with(" of ")) return false;
            // (mentions are in reading order)
            auto const whole = std::upper_bound(model.mentions->begin(), model.mentions->end(), m.end,
                                                [](std::size_t at, mention const& w) { return at < w.begin; });
            return whole != model.mentions->end() && whole->begin <= m.end + 8 && whole->value &&
                   *whole->value == *total.value;
        };
        // (a count a verb adds or takes is one too: "Health care added 56,000 jobs. Social assistance added
        // 31,000, ...")
        // (or the level a change reached: "Sales in the Americas dropped 38% to 429 million euros, from 692 million
        // euros. Asia Pacific brought in 417 million euros and Europe 344 million euros, for a total of 1.19 billion")
        auto const own = [&](mention const& m) {
            if (!m.parent) return true;
            mention const& change = model.at(*m.parent);
            if (change.kind == mention_kind::change && change.to && &model.at(*change.to) == &m) return true;
            return total.kind == mention_kind::number && change.kind == mention_kind::change && change.amount &&
                   &model.at(*change.amount) == &m && !change.from && !change.to;
        };
        auto const first_before = std::lower_bound(model.mentions->begin(), model.mentions->end(),
                                                   total.sentence >= 2 ? total.sentence - 2 : 0,
                                                   [](mention const& m, std::size_t s) { return m.sentence < s; });
        auto const last_before = std::lower_bound(model.mentions->begin(), model.mentions->end(), total.sentence,
                                                  [](mention const& m, std::size_t s) { return m.sentence < s; });
        if (short_of_total && total.sentence > 0 && std::any_of(first_before, last_before, [&](mention const& m) {
                bool const near = m.sentence + 1 == total.sentence && m.paragraph == total.paragraph;
                // (a total of counts without its noun takes the noun of the sentence before: "Labour won
                // 24 seats. The Greens won 15, ..., a total of 63.")
                // (or its unit's abbreviation in brackets after it, the total's: "3.1 terawatt-hours (TWh)")
                auto const abbreviated = [&] {
                    std::string_view const rest =
                        model.prose.substr(m.end, std::min<std::size_t>(16, model.prose.size() - m.end));
                    std::size_t const close = rest.find(')');
                    return rest.starts_with(" (") && close != std::string_view::npos &&
                           text::lower(rest.substr(2, close - 2)) == text::lower(total.unit);
                };
                bool const same_unit = text::lower(m.unit) == text::lower(total.unit) || abbreviated() ||
                                       (near && total.kind == mention_kind::number && total.unit.empty());
                if (!own(m) || m.kind != total.kind || !m.value || !m.range || m.is_range || !same_unit) return false;
                // (farther than the sentence before in its paragraph: a count of the same noun, or a part
                // of the same whole, "winning 24 of the 63 seats")
                bool const of_total = part_of_total(m);
                // (counts only: sums of one currency two sentences apart are too often unrelated)
                if (!near && (total.kind != mention_kind::number || (m.unit.empty() && !of_total) ||
                              m.paragraph + 1 < total.paragraph))
                    return false;
                // (counted exactly when all are: "64 + 31 + 18 + 5" is 118, not 120)
                bool const small_counts = counted_exactly(m) && parts_counted && total.hedge.empty() &&
                                          std::floor(*total.value) == *total.value;
                if (small_counts) return stated_sum + *m.value == *total.value;
                interval const r = rounded(m), u = truncated(m);
                return meets({by_rounding.low + r.low, by_rounding.high + r.high}, total_rounded) ||
                       meets({by_truncation.low + u.low, by_truncation.high + u.high}, total_truncated);
            }))
            continue;
        // (or all the parts of the sentence right before, two or more: "The South recorded 345,000 and
        // the West 111,000. The Midwest had 75,000 and the Northeast 86,000, for a total of 617,000.")
        if (short_of_total && total.sentence > 0) {
            interval with_rounding = by_rounding, with_truncation = by_truncation;
            double with_stated = stated_sum;
            bool exact = parts_counted && total.hedge.empty() && std::floor(*total.value) == *total.value;
            std::size_t before = 0;
            for (auto m = first_before; m != last_before; ++m) {
                if (m->sentence + 1 != total.sentence || m->paragraph != total.paragraph || !own(*m)) continue;
                if (m->kind != total.kind || !m->value || !m->range || m->is_range) continue;
                if (text::lower(m->unit) != text::lower(total.unit) &&
                    !(total.kind == mention_kind::number && total.unit.empty()))
                    continue;
                interval const r = rounded(*m), u = truncated(*m);
                with_rounding = {with_rounding.low + r.low, with_rounding.high + r.high};
                with_truncation = {with_truncation.low + u.low, with_truncation.high + u.high};
                with_stated += *m->value;
                exact = exact && counted_exactly(*m);
                ++before;
            }
            if (before >= 2 && (exact ? with_stated == *total.value
                                      : meets(with_rounding, total_rounded) || meets(with_truncation, total_truncated)))
                continue;
        }
        // A part of the same whole told before that the sum leaves out: the finding counts it in
        // ("The Liberal Democrats won 46 of the 120 seats. ... took 39 seats, the Greens 27 and
        // independents 14, for a total of 120": 126, not 80)
        mention const* told_before = nullptr;
        if (short_of_total && total.kind == mention_kind::number)
            for (auto m = first_before; m != last_before; ++m)
                if (!m->parent && m->kind == total.kind && m->value && m->range && !m->is_range &&
                    m->paragraph + 1 >= total.paragraph && part_of_total(*m)) {
                    if (told_before) {
                        told_before = nullptr; // (two: which one the total holds, the text does not say)
                        break;
                    }
                    told_before = &*m;
                }
        bool small_counts = false;
        // (not one that would take the sum past the total it falls short of: "leaving 12 of the 52 jets ... still to
        // arrive. ... 37 jets in the original order, eight in 2019 and six in 2022, a total of 52" is 51, not 63)
        if (told_before && stated_sum + *told_before->value > *total.value) told_before = nullptr;
        if (told_before) {
            interval const r = rounded(*told_before), u = truncated(*told_before);
            by_rounding = {by_rounding.low + r.low, by_rounding.high + r.high};
            by_truncation = {by_truncation.low + u.low, by_truncation.high + u.high};
            stated_sum += *told_before->value;
            // (counting it in, the sum may meet the total: then the text says nothing wrong)
            // (counted exactly when all the parts are: "64 + 31 + 18 + 5" is 118, not 120)
            small_counts = parts_counted && counted_exactly(*told_before) && total.hedge.empty() &&
                           std::floor(*total.value) == *total.value;
            if (small_counts ? stated_sum == *total.value
                             : meets(by_rounding, total_rounded) || meets(by_truncation, total_truncated))
                continue;
        }
        bool const all_counted = told_before ? small_counts : counted;
        bool const over_with_before = told_before && stated_sum > *total.value;
        std::string parts_text;
        if (told_before) parts_text = text_of(*told_before);
        for (auto const p : parts) parts_text += (parts_text.empty() ? "" : " + ") + text_of(model.at(p));
        // (in the total's own scale where figure() has none: "3,906 crore", not "39.06 billion")
        std::string const total_words = text::lower(text_of(total));
        // (as many decimals as the most precise figure: "2.5 + 1.25 = 3.75", not "4")
        int places = absolute_decimals(total);
        for (auto const p : parts) places = std::max(places, absolute_decimals(model.at(p)));
        if (told_before) places = std::max(places, absolute_decimals(*told_before));
        auto const in_scale = [&](double value) {
            for (auto const& [word, scale] : {std::pair<std::string_view, double>{"crore", 1e7}, {"lakh", 1e5}})
                if (text::contains_any_word(total_words, {word}))
                    return figure(value / scale) + " " + std::string(word);
            // (money in its currency, as the total writes it: "$7 million")
            if (total.kind == mention_kind::money) return written_like(total, value, places);
            return figure(value);
        };
        std::string const sum_text = in_scale(stated_sum);
        // (the sum written as the total is: "£55m" beside "£58m", "1,150 jobs" beside "1,200 jobs")
        // (a hedge that opens the sentence is in lower case inside the message: "not the total of about 4.4 million")
        auto const mid_sentence = [](std::string written) {
            std::string_view const first = text::first_word(written);
            if (!written.empty() && text::is_upper(written[0]) &&
                text::contains_any_word(text::lower(first),
                                        {"about", "around", "some", "nearly", "almost", "roughly", "approximately",
                                         "over", "more", "less", "under", "just", "close", "at", "up", "an", "a"}))
                written[0] = static_cast<char>(written[0] - 'A' + 'a');
            return written;
        };
        finding f = make_finding(sum_mismatch, total,
                                 fmt::format("the parts add up to {}, not the total of {} stated",
                                             mid_sentence(written_like(total, stated_sum, places)),
                                             mid_sentence(std::string(text_of(total)))));
        if (told_before) f.related.push_back(related(*told_before, "part, told before"));
        for (auto const p : parts) f.related.push_back(related(model.at(p), "part"));
        f.notes.push_back(
            fmt::format("{} = {}; the text says {} (\"{}\")", parts_text, sum_text, text_of(total), t.cue));
        if (all_counted)
            f.notes.push_back("whole numbers under 100 are taken as counted exactly, not rounded");
        else
            // (each reading apart: all figures rounded, or all truncated; the union of the two would seem to
            // meet where neither does)
            f.notes.push_back(fmt::format(
                "with every figure rounded the parts add up to {} and the total stands for {}; truncated, {} and {}",
                span_words(in_scale(by_rounding.low), in_scale(by_rounding.high)),
                span_words(in_scale(total_rounded.low), in_scale(total_rounded.high)),
                span_words(in_scale(by_truncation.low), in_scale(by_truncation.high)),
                span_words(in_scale(total_truncated.low), in_scale(total_truncated.high))));
        if (short_of_total && !over_with_before)
            f.notes.push_back("if the total includes parts the text does not list, say so (\"including\", "
                              "\"among others\")");
        out.push_back(std::move(f));
    }
    // "a four-year renewal worth £320 million, or £90 million a year": the yearly sum times the years
    for (auto const& r : model.yearly) {
        mention const& total = model.at(r.total);
        mention const& yearly = model.at(r.yearly);
        if (!total.value || !total.range || !yearly.value || !yearly.range) continue;
        double const n = r.years;
        interval const times{yearly.range->low * n, yearly.range->high * n};
        if (meets(times, *total.range)) continue;
        int const places = std::max(absolute_decimals(total), absolute_decimals(yearly));
        // (the rate as the text gives it: "$120 million a season"; the product without the whole's hedge)
        std::string rate = text_of(yearly);
        if (yearly.per.empty())
            for (std::string_view const per :
                 {" a season", " per season", " a year", " per year", " annually", " each year"})
                if (text::istarts_with(model.prose.substr(yearly.end, per.size()), per)) {
                    rate += per;
                    break;
                }
        std::string product = written_like(total, *yearly.value * n, places);
        if (!total.hedge.empty() && product.starts_with(total.hedge + " ")) product.erase(0, total.hedge.size() + 1);
        finding f = make_finding(
            sum_mismatch, yearly,
            fmt::format("{} for {} years is {}, not the {} stated", rate, r.years, product, text_of(total)));
        f.related.push_back(related(total, "the whole"));
        f.related.push_back(related(model.at(r.duration), "the years"));
        f.notes.push_back(fmt::format("{} x {} = {}", figure(*yearly.value), r.years, figure(*yearly.value * n)));
        f.notes.push_back(fmt::format("given rounding of the stated figures the whole is {}; the text says {}",
                                      span_words(figure(times.low), figure(times.high)), text_of(total)));
        out.push_back(std::move(f));
    }
    // "12,400 leaks in 2023, an average of 43 a day": the whole over the days (working days to all of them), the
    // weeks or the months of its year
    for (auto const& r : model.rates) {
        mention const& total = model.at(r.total);
        mention const& rate = model.at(r.rate);
        mention const& period = model.at(r.period);
        if (!total.value || !total.range || !rate.value || !rate.range || r.low <= 0) continue;
        interval const expected{total.range->low / r.high, total.range->high / r.low};
        if (meets(expected, *rate.range)) continue;
        int const places = absolute_decimals(rate);
        // (the whole over the year's days; over working days too where the rate is a day's; without the rate's hedge)
        auto const computed = [&](double x) {
            std::string written = written_like(rate, x, places);
            if (!rate.hedge.empty() && written.starts_with(rate.hedge + " ")) written.erase(0, rate.hedge.size() + 1);
            // (a sum's own time is said once, after the figures)
            for (std::string_view const suffix :
                 {" a day", " per day", " a week", " per week", " a month", " per month"})
                if (written.ends_with(suffix)) written.erase(written.size() - suffix.size());
            return written;
        };
        std::string_view const time = r.time == 'd' ? "a day" : r.time == 'w' ? "a week" : "a month";
        std::string_view const unit = r.time == 'd' ? "days" : r.time == 'w' ? "weeks" : "months";
        std::string const said = r.low == r.high
                                     ? computed(*total.value / r.high)
                                     : span_words(computed(*total.value / r.high), computed(*total.value / r.low));
        finding f = make_finding(
            sum_mismatch, rate,
            fmt::format("{} {} is {} {}, not {}", text_of(total), text_of(period), said, time, the_stated(rate)));
        f.related.push_back(related(total, "the whole"));
        f.related.push_back(related(period, "its year"));
        if (r.low == r.high)
            f.notes.push_back(fmt::format("{} / {} {} = {}", figure(*total.value), figure(r.high), unit,
                                          figure(*total.value / r.high)));
        else
            f.notes.push_back(fmt::format("{} / {} {} = {}; over {} working {}, {}", figure(*total.value),
                                          figure(r.high), unit, figure(*total.value / r.high), figure(r.low), unit,
                                          figure(*total.value / r.low)));
        f.notes.push_back(fmt::format("given rounding of the stated figures the rate is {}; the text says {}",
                                      span_words(figure(expected.low), figure(expected.high)), text_of(rate)));
        out.push_back(std::move(f));
    }
    // "Verstappen has 331 points and Norris 269, a gap of 52 points": the difference of the two figures
    for (auto const& d : model.differences) {
        mention const& a = model.at(d.first);
        mention const& b = model.at(d.second);
        mention const& gap = model.at(d.gap);
        if (!a.value || !a.range || !b.value || !b.range || !gap.value || !gap.range) continue;
        bool const a_larger = *a.value >= *b.value;
        mention const& larger = a_larger ? a : b;
        mention const& smaller = a_larger ? b : a;
        // (whole numbers under 100 are counted exactly: "Eleven opened and six closed" is 5)
        bool const exact = larger.kind == mention_kind::number && counted_exactly(larger) && counted_exactly(smaller) &&
                           counted_exactly(gap);
        interval const l = exact ? interval{*larger.value, *larger.value} : *larger.range;
        interval const r = exact ? interval{*smaller.value, *smaller.value} : *smaller.range;
        interval const said = exact ? interval{*gap.value, *gap.value} : *gap.range;
        interval const difference{std::max(0.0, l.low - r.high), l.high - r.low};
        if (exact ? *larger.value - *smaller.value == *gap.value : meets(difference, said)) continue;
        double const stated = *larger.value - *smaller.value;
        int places = std::max(absolute_decimals(larger), absolute_decimals(smaller));
        // ("a gap of" -> "the gap of", "leaving a net gain of" -> "the net gain of"; a spelled figure in lower case)
        std::string_view noun = d.cue;
        noun.remove_prefix(std::min(noun.size(), noun.find("a ") + 2));
        auto const lower_first = [](std::string written) {
            if (written.size() >= 2 && text::is_upper(written[0]) && !text::is_upper(written[1]))
                written[0] = static_cast<char>(written[0] - 'A' + 'a');
            return written;
        };
        finding f = make_finding(sum_mismatch, gap,
                                 fmt::format("{} less {} is {}, not the {} {} stated", lower_first(text_of(larger)),
                                             lower_first(text_of(smaller)),
                                             written_like(larger.kind != mention_kind::percent &&
                                                                  (larger.unit == smaller.unit || smaller.unit.empty())
                                                              ? larger
                                                              : gap,
                                                          stated, places),
                                             noun, lower_first(text_of(gap))));
        f.related.push_back(related(a, a_larger ? "the larger" : "the smaller"));
        f.related.push_back(related(b, a_larger ? "the smaller" : "the larger"));
        f.notes.push_back(fmt::format("{} - {} = {}", figure(*larger.value), figure(*smaller.value), figure(stated)));
        if (exact)
            f.notes.push_back("whole numbers under 100 are taken as counted exactly, not rounded");
        else
            f.notes.push_back(fmt::format("given rounding of the stated figures the difference is {}",
                                          span_words(figure(difference.low), figure(difference.high))));
        out.push_back(std::move(f));
    }
}

} // namespace

rule const sum_mismatch{
    "NC105",
    "sum-mismatch",
    severity::error,
    "parts that do not add up to the stated total",
    {
        "Figures of one kind and unit followed in the same sentence by a total (\"a total of\", \"totalling\", "
        "\"a combined\", \"in all\", \"altogether\"): the parts must add up to it. Figures are taken as all "
        "rounded or all truncated, and the rule reports only when neither reading adds up. When the sentence "
        "allows unlisted parts (\"other\", \"including\", \"among\", \"mainly\"), only parts that exceed the "
        "total are reported; so too when the list of parts stops short of other figures of its kind. A total "
        "stated first is checked against the list after it when a colon opens the list (\"$19.3 billion: ...\"), a "
        "verb of breaking down does (\"made up of\", \"comprising\", \"consisting of\"), or the sentence opens "
        "with it and its last part is the rest (\"Of the $867 million, $832 million went to schools ... and the "
        "remaining $49 million to ...\"). A "
        "shortfall made up exactly by a figure of the sentence before (\"Labour won 24 seats. The Greens won 15, "
        "..., a total of 63.\"), or by a count of the same noun or a part of the same whole two sentences or "
        "a paragraph before (\"winning 24 of the 63 seats\"), is that part; where such a part does not make "
        "it up, the finding counts it in the sum it reports. Not "
        "parts: a part of a part (\"120 of them\", \"of which\", \"including\"), a total stated before. Not "
        "checked: parts counted several times (\"$2 million each\") or taken away (\"lost $2 million\"), a "
        "total for a longer time than its dated parts (\"$3 million in 2024 and $4 million in 2025, a total of "
        "$12 million since 2020\"). A difference named after two figures of one measure, the only two of the "
        "sentence (\"331 points and Norris 269, a gap of 62 points\", \"41% and 25%, a lead of 16 points\", "
        "\"5,940 openings and 6,720 closures, a net loss of 780 stores\"), must be theirs, given rounding; so must a "
        "sum over some years restated as a sum a year (\"a four-year renewal worth £320 million, or £80 million a "
        "year\") be the yearly sum times the years, and a year's count or sum restated as a rate a day, a week or "
        "a month (\"12,400 leaks in 2023, an average of 34 a day\") be the whole over the year's days (or 250 "
        "working days), weeks or months.",
        "A total that its own parts contradict means one of the figures is wrong, and readers check sums.",
        "Phase one costs $2 million and phase two $5 million, a total of $9 million.",
        "Wheat exports were 2.1 mln tonnes and maize 1.4 mln, a total of 3.5 mln tonnes.\n"
        "Europe took $2 million and Asia $3 million, with other regions bringing the total to $9 million.\n"
        "It sold 2.5 mln shares at 10 dlrs, a total of 25 mln dlrs.  (one part of that unit: a product, not a sum)",
    },
    &check,
};

} // namespace numcheck::rules
