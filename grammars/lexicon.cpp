// The word lists. Each table is built once, on first use.
#include "lexicon.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace numcheck::grammar::lexicon {

namespace {

template <typename Value, typename Entries>
symbols_table<Value> make(Entries const& entries) {
    symbols_table<Value> table;
    for (auto const& [word, value] : entries) table.add(word, value);
    return table;
}

using sd = std::pair<char const*, double>;
using si = std::pair<char const*, int>;
using ss = std::pair<char const*, std::string>;

} // namespace

symbols_d const& scale_words() {
    static auto const table = make<double>(std::initializer_list<sd>{
        {"thousand", 1e3},       {"million", 1e6},  {"millions", 1e6}, {"mln", 1e6},  {"mn", 1e6},
        {"billion", 1e9},        {"billions", 1e9}, {"bln", 1e9},      {"bn", 1e9},   {"trillion", 1e12},
        {"tln", 1e12},           {"trln", 1e12},    {"tn", 1e12},      {"trn", 1e12}, {"mlns", 1e6},
        {"blns", 1e9},           {"crore", 1e7},    {"crores", 1e7},   {"lakh", 1e5}, {"lakhs", 1e5},
        {"billion-dollar", 1e9}, {"bilion", 1e9}}); // (a misspelling Reuters copy has a dozen times: "3.5 bilion dlrs")
    return table;
}

symbols_d const& scale_suffixes() {
    static auto const table = make<double>(std::initializer_list<sd>{{"k", 1e3},
                                                                     {"m", 1e6},
                                                                     {"mn", 1e6},
                                                                     {"mln", 1e6},
                                                                     {"bn", 1e9},
                                                                     {"b", 1e9},
                                                                     {"bln", 1e9},
                                                                     {"tn", 1e12},
                                                                     {"trn", 1e12},
                                                                     {"tr", 1e12}});
    return table;
}

symbols_d const& cardinal_units() {
    static auto const table = make<double>(std::initializer_list<sd>{
        {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
        {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
        {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
        {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"zero", 0}});
    return table;
}

symbols_d const& cardinal_tens() {
    static auto const table = make<double>(std::initializer_list<sd>{{"twenty", 20},
                                                                     {"thirty", 30},
                                                                     {"forty", 40},
                                                                     {"fifty", 50},
                                                                     {"sixty", 60},
                                                                     {"seventy", 70},
                                                                     {"eighty", 80},
                                                                     {"ninety", 90}});
    return table;
}

symbols_d const& standalone_numbers() {
    static auto const table = make<double>(std::initializer_list<sd>{{"a dozen", 12},
                                                                     {"one dozen", 12},
                                                                     {"half a dozen", 6},
                                                                     {"a half-dozen", 6},
                                                                     {"a half dozen", 6},
                                                                     {"a hundred", 100},
                                                                     {"a thousand", 1000},
                                                                     {"a million", 1e6},
                                                                     {"a billion", 1e9},
                                                                     {"a trillion", 1e12},
                                                                     {"a score", 20},
                                                                     {"dozen", 12}});
    return table;
}

symbols_d const& fraction_denominators() {
    static auto const table = make<double>(std::initializer_list<sd>{
        {"half", 2},    {"halves", 2},  {"third", 3},  {"thirds", 3}, {"quarter", 4}, {"quarters", 4}, {"fourth", 4},
        {"fourths", 4}, {"fifth", 5},   {"fifths", 5}, {"sixth", 6},  {"sixths", 6},  {"seventh", 7},  {"sevenths", 7},
        {"eighth", 8},  {"eighths", 8}, {"ninth", 9},  {"ninths", 9}, {"tenth", 10},  {"tenths", 10}});
    return table;
}

symbols_i const& ordinal_words() {
    static auto const table = make<int>(std::initializer_list<si>{
        {"first", 1},      {"second", 2},       {"third", 3},       {"fourth", 4},       {"fifth", 5},
        {"sixth", 6},      {"seventh", 7},      {"eighth", 8},      {"ninth", 9},        {"tenth", 10},
        {"eleventh", 11},  {"twelfth", 12},     {"thirteenth", 13}, {"fourteenth", 14},  {"fifteenth", 15},
        {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19},  {"twentieth", 20},
        {"thirtieth", 30}, {"fortieth", 40},    {"fiftieth", 50},   {"sixtieth", 60},    {"seventieth", 70},
        {"eightieth", 80}, {"ninetieth", 90},   {"hundredth", 100}, {"thousandth", 1000}});
    return table;
}

symbols_i const& ordinal_tens() {
    static auto const table = make<int>(std::initializer_list<si>{{"twenty", 20},
                                                                  {"thirty", 30},
                                                                  {"forty", 40},
                                                                  {"fifty", 50},
                                                                  {"sixty", 60},
                                                                  {"seventy", 70},
                                                                  {"eighty", 80},
                                                                  {"ninety", 90}});
    return table;
}

symbols_s const& currency_signs() {
    static auto const table = make<std::string>(std::initializer_list<ss>{{"$", "USD"},
                                                                          {"US$", "USD"},
                                                                          {"U.S.$", "USD"},
                                                                          {"C$", "CAD"},
                                                                          {"Can$", "CAD"},
                                                                          {"CA$", "CAD"},
                                                                          {"A$", "AUD"},
                                                                          {"AU$", "AUD"},
                                                                          {"Aus$", "AUD"},
                                                                          {"NZ$", "NZD"},
                                                                          {"HK$", "HKD"},
                                                                          {"S$", "SGD"},
                                                                          {"R$", "BRL"},
                                                                          {"NT$", "TWD"},
                                                                          {"$US", "USD"}, // (Australian and
                                                                          {"$A", "AUD"},  // New Zealand copy)
                                                                          {"$NZ", "NZD"},
                                                                          {"\xE2\x82\xAC", "EUR"},
                                                                          {"\xC2\xA3", "GBP"},
                                                                          {"\xC2\xA5", "JPY"},
                                                                          {"\xE2\x82\xB9", "INR"},
                                                                          {"\xE2\x82\xA9", "KRW"},
                                                                          {"\xE2\x82\xBD", "RUB"},
                                                                          {"\xE2\x82\xA1", "CRC"},
                                                                          {"\xE2\x82\xAD", "LAK"}});
    return table;
}

symbols_s const& currency_codes() {
    static auto const table = make<std::string>(std::initializer_list<ss>{
        {"usd", "USD"}, {"cad", "CAD"}, {"aud", "AUD"}, {"eur", "EUR"}, {"gbp", "GBP"}, {"jpy", "JPY"}, {"cny", "CNY"},
        {"rmb", "CNY"}, {"inr", "INR"}, {"rs", "INR"},  {"rs.", "INR"}, {"chf", "CHF"}, {"sfr", "CHF"}, {"dm", "DEM"},
        {"hkd", "HKD"}, {"sgd", "SGD"}, {"krw", "KRW"}, {"rub", "RUB"}, {"sek", "SEK"}, {"nok", "NOK"}, {"dkk", "DKK"},
        {"nzd", "NZD"}, {"zar", "ZAR"}, {"brl", "BRL"}, {"mxn", "MXN"}, {"pln", "PLN"}, {"czk", "CZK"}, {"huf", "HUF"},
        {"twd", "TWD"}, {"thb", "THB"}, {"idr", "IDR"}, {"myr", "MYR"}, {"aed", "AED"}, {"sar", "SAR"}, {"qar", "QAR"},
        {"kwd", "KWD"}, {"egp", "EGP"}, {"ngn", "NGN"}, {"kes", "KES"}, {"pkr", "PKR"}, {"bdt", "BDT"}, {"php", "PHP"},
        {"vnd", "VND"}, {"ils", "ILS"}, {"ron", "RON"}, {"uah", "UAH"}});
    return table;
}

symbols_s const& currency_words() {
    static auto const table = make<std::string>(std::initializer_list<ss>{{"dollars", "USD"},
                                                                          {"dollar", "USD"},
                                                                          {"dlrs", "USD"},
                                                                          {"dls", "USD"}, // "about six mln dls"
                                                                          {"dlr", "USD"},
                                                                          {"u.s. dollars", "USD"},
                                                                          {"u.s. dlrs", "USD"},
                                                                          {"us dollars", "USD"},
                                                                          {"us dollar", "USD"},
                                                                          {"u.s. dollar", "USD"},
                                                                          {"u.s. dlr", "USD"},
                                                                          {"us dlrs", "USD"},
                                                                          {"h.k. dlrs", "HKD"},
                                                                          {"h.k. dlr", "HKD"},
                                                                          {"h.k. dollars", "HKD"},
                                                                          {"hk dollars", "HKD"},
                                                                          {"hong kong dlr", "HKD"},
                                                                          {"hong kong dollar", "HKD"},
                                                                          {"n.z. dlrs", "NZD"},
                                                                          {"n.z. dlr", "NZD"},
                                                                          {"n.z. dollars", "NZD"},
                                                                          {"nz dollars", "NZD"},
                                                                          {"new zealand dlr", "NZD"},
                                                                          {"canadian dollar", "CAD"},
                                                                          {"australian dollar", "AUD"},
                                                                          {"singapore dlr", "SGD"},
                                                                          {"singapore dollar", "SGD"},
                                                                          {"taiwan dlr", "TWD"},
                                                                          {"chinese yuan", "CNY"},
                                                                          {"japanese yen", "JPY"},
                                                                          {"indian rupees", "INR"},
                                                                          {"canadian dollars", "CAD"},
                                                                          {"canadian dlrs", "CAD"},
                                                                          {"australian dollars", "AUD"},
                                                                          {"australian dlrs", "AUD"},
                                                                          {"new zealand dollars", "NZD"},
                                                                          {"new zealand dlrs", "NZD"},
                                                                          {"hong kong dollars", "HKD"},
                                                                          {"hong kong dlrs", "HKD"},
                                                                          {"singapore dollars", "SGD"},
                                                                          {"singapore dlrs", "SGD"},
                                                                          {"taiwan dollars", "TWD"},
                                                                          {"taiwan dlrs", "TWD"},
                                                                          {"euros", "EUR"},
                                                                          {"euro", "EUR"},
                                                                          {"pounds sterling", "GBP"},
                                                                          {"pounds", "GBP"},
                                                                          {"pound", "GBP"},
                                                                          {"sterling", "GBP"},
                                                                          {"stg", "GBP"},
                                                                          {"yen", "JPY"},
                                                                          {"yuan", "CNY"},
                                                                          {"renminbi", "CNY"},
                                                                          {"rupees", "INR"},
                                                                          {"rupee", "INR"},
                                                                          {"swiss francs", "CHF"},
                                                                          {"french francs", "FRF"},
                                                                          {"belgian francs", "BEF"},
                                                                          {"francs", "FRF"},
                                                                          {"franc", "FRF"},
                                                                          {"swiss franc", "CHF"},
                                                                          {"french franc", "FRF"},
                                                                          {"belgian franc", "BEF"},
                                                                          {"guilder", "NLG"},
                                                                          {"peseta", "ESP"},
                                                                          {"peso", "MXN"},
                                                                          {"riyal", "SAR"},
                                                                          {"schilling", "ATS"},
                                                                          {"escudo", "PTE"},
                                                                          {"drachma", "GRD"},
                                                                          {"dinar", "DZD"},
                                                                          {"rouble", "RUB"},
                                                                          {"ruble", "RUB"},
                                                                          {"marks", "DEM"},
                                                                          {"west german marks", "DEM"},
                                                                          {"deutsche marks", "DEM"},
                                                                          {"d-marks", "DEM"},
                                                                          {"guilders", "NLG"},
                                                                          {"lire", "ITL"},
                                                                          {"lira", "ITL"},
                                                                          {"pesetas", "ESP"},
                                                                          {"riyals", "SAR"},
                                                                          {"rand", "ZAR"},
                                                                          {"pesos", "MXN"},
                                                                          {"won", "KRW"},
                                                                          {"ringgit", "MYR"},
                                                                          {"baht", "THB"},
                                                                          {"rubles", "RUB"},
                                                                          {"roubles", "RUB"},
                                                                          {"schillings", "ATS"},
                                                                          {"crowns", "SEK"},
                                                                          {"crown", "SEK"},
                                                                          {"danish crown", "DKK"},
                                                                          {"norwegian crown", "NOK"},
                                                                          {"swedish crown", "SEK"},
                                                                          {"bolivars", "VES"},
                                                                          {"bolivar", "VES"},
                                                                          {"shillings", "KES"},
                                                                          {"kenya shillings", "KES"},
                                                                          {"kenyan shillings", "KES"},
                                                                          {"tanzanian shillings", "TZS"},
                                                                          {"uganda shillings", "UGX"},
                                                                          {"ugandan shillings", "UGX"},
                                                                          // the IMF's special drawing rights and the
                                                                          // European Currency Unit of 1979-98
                                                                          {"sdrs", "XDR"},
                                                                          {"sdr", "XDR"},
                                                                          {"special drawing rights", "XDR"},
                                                                          {"ecus", "XEU"},
                                                                          {"ecu", "XEU"},
                                                                          {"european currency units", "XEU"},
                                                                          {"rials", "IRR"},
                                                                          {"dirhams", "AED"},
                                                                          {"kronor", "SEK"},
                                                                          {"krona", "SEK"},
                                                                          {"kroner", "NOK"},
                                                                          {"krone", "NOK"},
                                                                          {"dirham", "AED"},
                                                                          {"shekel", "ILS"},
                                                                          {"cedis", "GHS"},
                                                                          {"taka", "BDT"},
                                                                          {"danish crowns", "DKK"},
                                                                          {"norwegian crowns", "NOK"},
                                                                          {"swedish crowns", "SEK"},
                                                                          {"cruzados", "BRL"},
                                                                          {"forints", "HUF"},
                                                                          {"kwacha", "ZMK"},
                                                                          {"markka", "FIM"},
                                                                          {"markkaa", "FIM"},
                                                                          {"escudos", "PTE"},
                                                                          {"drachmas", "GRD"},
                                                                          {"naira", "NGN"},
                                                                          {"rupiah", "IDR"},
                                                                          {"shekels", "ILS"},
                                                                          {"zlotys", "PLN"},
                                                                          {"zloty", "PLN"},
                                                                          {"dinars", "DZD"},
                                                                          {"turkish lira", "TRY"},
                                                                          {"turkish liras", "TRY"},
                                                                          {"bitcoins", "XBT"},
                                                                          {"bitcoin", "XBT"},
                                                                          {"australian dlr", "AUD"},
                                                                          {"canadian dlr", "CAD"},
                                                                          {"mexican pesos", "MXN"},
                                                                          {"mexican peso", "MXN"},
                                                                          {"philippine pesos", "PHP"},
                                                                          {"philippine peso", "PHP"},
                                                                          {"argentine pesos", "ARS"},
                                                                          {"argentine peso", "ARS"},
                                                                          {"chilean pesos", "CLP"},
                                                                          {"chilean peso", "CLP"},
                                                                          {"colombian pesos", "COP"},
                                                                          {"colombian peso", "COP"},
                                                                          {"brazilian reais", "BRL"},
                                                                          {"reais", "BRL"},
                                                                          {"south african rand", "ZAR"},
                                                                          {"russian roubles", "RUB"},
                                                                          {"russian rubles", "RUB"},
                                                                          {"saudi riyals", "SAR"},
                                                                          {"qatari riyals", "QAR"},
                                                                          {"egyptian pounds", "EGP"},
                                                                          {"nigerian naira", "NGN"},
                                                                          {"indonesian rupiah", "IDR"},
                                                                          {"pakistani rupees", "PKR"},
                                                                          {"pakistan rupees", "PKR"},
                                                                          {"sri lankan rupees", "LKR"},
                                                                          {"malaysian ringgit", "MYR"},
                                                                          {"thai baht", "THB"},
                                                                          {"vietnamese dong", "VND"},
                                                                          {"korean won", "KRW"},
                                                                          {"south korean won", "KRW"},
                                                                          {"norwegian kroner", "NOK"},
                                                                          {"danish kroner", "DKK"},
                                                                          {"swedish kronor", "SEK"},
                                                                          {"czech crowns", "CZK"},
                                                                          {"czech korunas", "CZK"},
                                                                          {"koruna", "CZK"},
                                                                          {"hungarian forints", "HUF"},
                                                                          {"polish zlotys", "PLN"},
                                                                          {"polish zloty", "PLN"},
                                                                          {"hryvnias", "UAH"},
                                                                          {"hryvnia", "UAH"},
                                                                          {"ukrainian hryvnias", "UAH"},
                                                                          {"israeli shekels", "ILS"},
                                                                          {"new shekels", "ILS"},
                                                                          {"uae dirhams", "AED"},
                                                                          {"emirati dirhams", "AED"},
                                                                          {"taiwan dollar", "TWD"},
                                                                          {"new taiwan dollars", "TWD"}});
    return table;
}

symbols_s const& subunit_words() {
    static auto const table = make<std::string>(std::initializer_list<ss>{{"cents", "USD"},
                                                                          {"canadian cents", "CAD"},
                                                                          {"canadian cts", "CAD"},
                                                                          {"u.s. cents", "USD"},
                                                                          {"u.s. cts", "USD"},
                                                                          {"us cents", "USD"},
                                                                          {"euro cents", "EUR"},
                                                                          {"euro cent", "EUR"},
                                                                          {"nz cents", "NZD"},
                                                                          {"hk cents", "HKD"},
                                                                          {"singapore cents", "SGD"},
                                                                          {"australian cents", "AUD"},
                                                                          {"australian cts", "AUD"},
                                                                          {"cent", "USD"},
                                                                          {"cts", "USD"},
                                                                          {"ct", "USD"},
                                                                          {"pence", "GBP"},
                                                                          {"pfennigs", "DEM"},
                                                                          {"pfennig", "DEM"},
                                                                          {"centimes", "FRF"},
                                                                          {"pennies", "USD"}});
    return table;
}

symbols_i const& percent_words() {
    static auto const table = make<int>(std::initializer_list<si>{{"%", 0},
                                                                  {"percent", 0},
                                                                  {"percents", 0},
                                                                  {"percentage", 0},
                                                                  {"per cent", 0},
                                                                  {"pct", 0},
                                                                  {"per-cent", 0},
                                                                  {"-percent", 0},
                                                                  {"-per-cent", 0},
                                                                  {"-pct", 0},
                                                                  {"percentage points", 1},
                                                                  {"percentage point", 1},
                                                                  {"pct points", 1},
                                                                  {"pct point", 1},
                                                                  {"percent points", 1},
                                                                  {"per cent points", 1},
                                                                  {"-percentage-point", 1},
                                                                  {"percentage-point", 1},
                                                                  {"percentage-points", 1},
                                                                  {"pp", 1},
                                                                  {"ppts", 1},
                                                                  {"basis points", 2},
                                                                  {"basis point", 2},
                                                                  {"bps", 2},
                                                                  {"bp", 2},
                                                                  {"-basis-point", 2}});
    return table;
}

// ("added": "The Nasdaq added 1.4%", "added 23.9 points to 1,164")
symbols_i const& up_words() {
    static auto const table = make<int>(std::initializer_list<si>{
        {"rose", 1},         {"rise", 1},          {"rises", 1},       {"rising", 1},    {"risen", 1},
        {"increased", 1},    {"accelerated", 1},   {"quickened", 1},   {"increases", 1}, {"increase", 1},
        {"increasing", 1},   {"grew", 1},          {"grow", 1},        {"grows", 1},     {"growing", 1},
        {"grown", 1},        {"gained", 1},        {"gains", 1},       {"gain", 1},      {"climbed", 1},
        {"climbs", 1},       {"climb", 1},         {"jumped", 1},      {"jumps", 1},     {"jump", 1},
        {"surged", 1},       {"surges", 1},        {"surge", 1},       {"soared", 1},    {"soars", 1},
        {"advanced", 1},     {"advances", 1},      {"edged up", 1},    {"edges up", 1},  {"went up", 1},
        {"go up", 1},        {"goes up", 1},       {"up", 1},          {"higher", 1},    {"expanded", 1},
        {"expands", 1},      {"rallied", 1},       {"rebounded", 1},   {"spiked", 1},    {"leapt", 1},
        {"leaped", 1},       {"rocketed", 1},      {"skyrocketed", 1}, {"ticked up", 1}, {"picked up", 1},
        {"swelled", 1},      {"widened", 1},       {"climbing", 1},    {"gaining", 1},   {"jumping", 1},
        {"surging", 1},      {"soaring", 1},       {"soar", 1},        {"advancing", 1}, {"advance", 1},
        {"expanding", 1},    {"expand", 1},        {"rallying", 1},    {"rallies", 1},   {"rebounding", 1},
        {"rebound", 1},      {"rebounds", 1},      {"leaping", 1},     {"rocketing", 1}, {"crept up", 1},
        {"creeps up", 1},    {"inched up", 1},     {"inches up", 1},   {"ticks up", 1},  {"moved up", 1},
        {"crept higher", 1}, {"inched higher", 1}, {"added", 1},
    });
    return table;
}

symbols_i const& down_words() {
    static auto const table = make<int>(std::initializer_list<si>{{"fell", 1},
                                                                  {"fall", 1},
                                                                  {"falls", 1},
                                                                  {"falling", 1},
                                                                  {"fallen", 1},
                                                                  {"dropped", 1},
                                                                  {"drops", 1},
                                                                  {"drop", 1},
                                                                  {"declined", 1},
                                                                  {"declines", 1},
                                                                  {"decline", 1},
                                                                  {"declining", 1},
                                                                  {"decreased", 1},
                                                                  {"decreases", 1},
                                                                  {"decrease", 1},
                                                                  {"slid", 1},
                                                                  {"slides", 1},
                                                                  {"slipped", 1},
                                                                  {"slips", 1},
                                                                  {"slumped", 1},
                                                                  {"slumps", 1},
                                                                  {"plunged", 1},
                                                                  {"plunges", 1},
                                                                  {"plummeted", 1},
                                                                  {"tumbled", 1},
                                                                  {"tumbles", 1},
                                                                  {"sank", 1},
                                                                  {"sinks", 1},
                                                                  {"shrank", 1},
                                                                  {"shrunk", 1},
                                                                  {"shrinks", 1},
                                                                  {"dipped", 1},
                                                                  {"dips", 1},
                                                                  {"eased", 1},
                                                                  {"eases", 1},
                                                                  {"edged down", 1},
                                                                  {"edges down", 1},
                                                                  {"went down", 1},
                                                                  {"down", 1},
                                                                  {"lower", 1},
                                                                  {"contracted", 1},
                                                                  {"slowed", 1},
                                                                  {"decelerated", 1},
                                                                  {"ticked down", 1},
                                                                  {"narrowed", 1},
                                                                  {"retreated", 1},
                                                                  {"lost", 1},
                                                                  {"weakened", 1},
                                                                  {"collapsed", 1},
                                                                  {"dropping", 1},
                                                                  {"sliding", 1},
                                                                  {"slide", 1},
                                                                  {"slipping", 1},
                                                                  {"slip", 1},
                                                                  {"slumping", 1},
                                                                  {"slump", 1},
                                                                  {"plunging", 1},
                                                                  {"plunge", 1},
                                                                  {"plummeting", 1},
                                                                  {"plummets", 1},
                                                                  {"tumbling", 1},
                                                                  {"tumble", 1},
                                                                  {"sinking", 1},
                                                                  {"shrinking", 1},
                                                                  {"shrink", 1},
                                                                  {"dipping", 1},
                                                                  {"dip", 1},
                                                                  {"easing", 1},
                                                                  {"ease", 1},
                                                                  {"contracting", 1},
                                                                  {"slowing", 1},
                                                                  {"narrowing", 1},
                                                                  {"retreating", 1},
                                                                  {"weakening", 1},
                                                                  {"shed", 1},
                                                                  {"sheds", 1},
                                                                  {"shedding", 1},
                                                                  {"crept down", 1},
                                                                  {"inched down", 1},
                                                                  {"inches down", 1},
                                                                  {"ticks down", 1},
                                                                  {"moved down", 1},
                                                                  {"crept lower", 1},
                                                                  {"inched lower", 1},
                                                                  // ("The FTSE 100 gave up 3 points", "gave back 1.2%")
                                                                  {"gave up", 1},
                                                                  {"gives up", 1},
                                                                  {"giving up", 1},
                                                                  {"gave back", 1},
                                                                  {"gives back", 1},
                                                                  {"giving back", 1}});
    return table;
}

symbols_i const& up_nouns() {
    static auto const table = make<int>(std::initializer_list<si>{{"rise", 1},
                                                                  {"increase", 1},
                                                                  {"gain", 1},
                                                                  {"jump", 1},
                                                                  {"growth", 1},
                                                                  {"climb", 1},
                                                                  {"surge", 1},
                                                                  {"hike", 1},
                                                                  {"advance", 1},
                                                                  {"improvement", 1},
                                                                  {"upturn", 1},
                                                                  {"rebound", 1}});
    return table;
}

symbols_i const& down_nouns() {
    static auto const table = make<int>(std::initializer_list<si>{{"fall", 1},
                                                                  {"decline", 1},
                                                                  {"drop", 1},
                                                                  {"decrease", 1},
                                                                  {"slump", 1},
                                                                  {"plunge", 1},
                                                                  {"dip", 1},
                                                                  {"reduction", 1},
                                                                  {"contraction", 1},
                                                                  {"slide", 1},
                                                                  {"downturn", 1},
                                                                  {"cut", 1}});
    return table;
}

symbols_i const& transitive_change_words() {
    static auto const table = make<int>(std::initializer_list<si>{
        {"raised", 1},     {"raises", 1},    {"raising", 1},  {"increased", 1}, {"increases", 1}, {"increasing", 1},
        {"boosted", 1},    {"boosts", 1},    {"boosting", 1}, {"lifted", 1},    {"lifts", 1},     {"hiked", 1},
        {"hikes", 1},      {"upped", 1},     {"widened", 1},  {"expanded", 1},  {"lowered", -1},  {"lowers", -1},
        {"lowering", -1},  {"cut", -1},      {"cuts", -1},    {"cutting", -1},  {"reduced", -1},  {"reduces", -1},
        {"reducing", -1},  {"trimmed", -1},  {"trims", -1},   {"slashed", -1},  {"slashes", -1},  {"pared", -1},
        {"decreased", -1}, {"narrowed", -1}, {"revised", 0},  {"revises", 0},   {"raise", 1},     {"increase", 1},
        {"boost", 1},      {"lift", 1},      {"hike", 1},     {"widen", 1},     {"expand", 1},    {"lower", -1},
        {"reduce", -1},    {"trim", -1},     {"slash", -1},   {"decrease", -1}, {"revise", 0}});
    return table;
}

symbols_d const& fold_words() {
    static auto const table = make<double>(std::initializer_list<sd>{
        {"twofold", 2},        {"threefold", 3},     {"fourfold", 4},      {"fivefold", 5},     {"sixfold", 6},
        {"sevenfold", 7},      {"eightfold", 8},     {"ninefold", 9},      {"tenfold", 10},     {"elevenfold", 11},
        {"twelvefold", 12},    {"thirteenfold", 13}, {"fourteenfold", 14}, {"fifteenfold", 15}, {"sixteenfold", 16},
        {"seventeenfold", 17}, {"eighteenfold", 18}, {"nineteenfold", 19}, {"twentyfold", 20},  {"thirtyfold", 30},
        {"fortyfold", 40},     {"fiftyfold", 50},    {"hundredfold", 100}});
    return table;
}

symbols_d const& multiplier_words() {
    static auto const table = make<double>(std::initializer_list<sd>{{"doubled", 2},
                                                                     {"doubling", 2},
                                                                     {"doubles", 2},
                                                                     {"tripled", 3},
                                                                     {"tripling", 3},
                                                                     {"triples", 3},
                                                                     {"trebled", 3},
                                                                     {"quadrupled", 4},
                                                                     {"quadrupling", 4},
                                                                     {"quintupled", 5},
                                                                     {"halved", 0.5},
                                                                     {"halving", 0.5},
                                                                     {"halves", 0.5}});
    return table;
}

symbols_d const& multiplier_bases() {
    static auto const table = make<double>(
        std::initializer_list<sd>{{"double", 2}, {"triple", 3}, {"treble", 3}, {"quadruple", 4}, {"halve", 0.5}});
    return table;
}

symbols_i const& months() {
    static auto const table = make<int>(std::initializer_list<si>{
        {"january", 1}, {"february", 2}, {"march", 3},     {"april", 4},    {"may", 5},       {"june", 6},
        {"july", 7},    {"august", 8},   {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
        {"jan.", 1},    {"feb.", 2},     {"mar.", 3},      {"apr.", 4},     {"jun.", 6},      {"jul.", 7},
        {"aug.", 8},    {"sep.", 9},     {"sept.", 9},     {"oct.", 10},    {"nov.", 11},     {"dec.", 12},
        {"jan", 1},     {"feb", 2},      {"mar", 3},       {"apr", 4},      {"jun", 6},       {"jul", 7},
        {"aug", 8},     {"sep", 9},      {"sept", 9},      {"oct", 10},     {"nov", 11},      {"dec", 12}});
    return table;
}

symbols_i const& weekdays() {
    static auto const table = make<int>(std::initializer_list<si>{{"monday", 1},
                                                                  {"tuesday", 2},
                                                                  {"wednesday", 3},
                                                                  {"thursday", 4},
                                                                  {"friday", 5},
                                                                  {"saturday", 6},
                                                                  {"sunday", 7}});
    return table;
}

symbols_i const& weekday_abbreviations() {
    static auto const table = make<int>(std::initializer_list<si>{{"mon", 1},
                                                                  {"tue", 2},
                                                                  {"tues", 2},
                                                                  {"wed", 3},
                                                                  {"thu", 4},
                                                                  {"thur", 4},
                                                                  {"thurs", 4},
                                                                  {"fri", 5},
                                                                  {"sat", 6},
                                                                  {"sun", 7}});
    return table;
}

symbols_s const& time_units() {
    static auto const table = make<std::string>(std::initializer_list<ss>{{"years", "Y"},
                                                                          {"year", "Y"},
                                                                          {"months", "M"},
                                                                          {"month", "M"},
                                                                          {"weeks", "W"},
                                                                          {"week", "W"},
                                                                          {"days", "D"},
                                                                          {"day", "D"},
                                                                          {"decades", "DE"},
                                                                          {"decade", "DE"},
                                                                          {"centuries", "CE"},
                                                                          {"century", "CE"},
                                                                          {"hours", "H"},
                                                                          {"hour", "H"},
                                                                          {"minutes", "MIN"},
                                                                          {"minute", "MIN"},
                                                                          {"quarters", "Q"},
                                                                          {"quarter", "Q"},
                                                                          {"yrs", "Y"},
                                                                          {"yr", "Y"},
                                                                          {"mths", "M"},
                                                                          {"mth", "M"},
                                                                          // (the plural only: "a second" is an ordinal)
                                                                          {"seconds", "S"}});
    return table;
}

symbols_s const& hedges() {
    static auto const table = make<std::string>(std::initializer_list<ss>{{"about", "about"},
                                                                          {"around", "about"},
                                                                          {"approximately", "about"},
                                                                          {"approx.", "about"},
                                                                          {"approx", "about"},
                                                                          {"in the region of", "about"},
                                                                          {"roughly", "about"},
                                                                          {"some", "about"},
                                                                          // (an estimate told to the unit is
                                                                          // exact: "to an estimated 137,964")
                                                                          {"an estimated", "estimated"},
                                                                          {"an approximate", "about"},
                                                                          {"close to", "nearly"},
                                                                          {"nearly", "nearly"},
                                                                          {"almost", "nearly"},
                                                                          {"just under", "nearly"},
                                                                          {"just below", "nearly"},
                                                                          {"more than", "more than"},
                                                                          {"over", "more than"},
                                                                          {"above", "more than"},
                                                                          {"just over", "just over"},
                                                                          {"upwards of", "more than"},
                                                                          {"in excess of", "more than"},
                                                                          {"north of", "more than"},
                                                                          {"well over", "more than"},
                                                                          {"well above", "more than"},
                                                                          {"a little over", "just over"},
                                                                          {"a little more than", "just over"},
                                                                          {"slightly over", "just over"},
                                                                          {"slightly more than", "just over"},
                                                                          {"well under", "less than"},
                                                                          {"well below", "less than"},
                                                                          {"a little under", "nearly"},
                                                                          {"a little less than", "nearly"},
                                                                          {"slightly under", "nearly"},
                                                                          {"slightly less than", "nearly"},
                                                                          {"just shy of", "nearly"},
                                                                          {"just short of", "nearly"},
                                                                          {"the best part of", "nearly"},
                                                                          {"the better part of", "nearly"},
                                                                          {"nigh on", "nearly"},
                                                                          {"at least", "at least"},
                                                                          {"no fewer than", "at least"},
                                                                          {"not fewer than", "at least"},
                                                                          {"not less than", "at least"},
                                                                          {"not more than", "at most"},
                                                                          {"no less than", "at least"},
                                                                          {"less than", "less than"},
                                                                          {"fewer than", "less than"},
                                                                          {"under", "less than"},
                                                                          {"below", "less than"},
                                                                          {"up to", "at most"},
                                                                          {"at most", "at most"},
                                                                          {"as many as", "at most"},
                                                                          {"as much as", "at most"},
                                                                          {"no more than", "at most"},
                                                                          {"an additional", ""},
                                                                          {"another", ""}});
    return table;
}

symbols_i const& unit_stop_words() {
    static auto const table =
        make<int>(std::initializer_list<si>{{"a", 1},
                                            {"an", 1},
                                            {"the", 1},
                                            {"and", 1},
                                            {"or", 1},
                                            {"but", 1},
                                            {"to", 1},
                                            {"from", 1},
                                            {"in", 1},
                                            {"on", 1},
                                            {"at", 1},
                                            {"by", 1},
                                            {"for", 1},
                                            {"of", 1},
                                            {"with", 1},
                                            {"as", 1},
                                            {"than", 1},
                                            {"vs", 1},
                                            {"versus", 1},
                                            {"against", 1},
                                            {"across", 1},
                                            {"among", 1},
                                            {"amongst", 1},
                                            {"between", 1},
                                            {"throughout", 1},
                                            {"is", 1},
                                            {"was", 1},
                                            {"were", 1},
                                            {"are", 1},
                                            {"be", 1},
                                            {"been", 1},
                                            {"will", 1},
                                            {"would", 1},
                                            {"could", 1},
                                            {"should", 1},
                                            {"may", 1},
                                            {"might", 1},
                                            {"can", 1},
                                            {"has", 1},
                                            {"have", 1},
                                            {"had", 1},
                                            {"said", 1},
                                            // verbs of what the counted did ("2,104 got the drug")
                                            {"got", 1},
                                            {"received", 1},
                                            {"died", 1},
                                            {"took", 1},
                                            {"voted", 1},
                                            {"went", 1},
                                            {"came", 1},
                                            {"remained", 1},
                                            {"stayed", 1},
                                            {"survived", 1},
                                            {"returned", 1},
                                            {"lost", 1},
                                            {"left", 1},
                                            {"fled", 1},
                                            {"met", 1},
                                            {"joined", 1},
                                            {"attended", 1},
                                            {"signed", 1},
                                            {"agreed", 1},
                                            {"backed", 1},
                                            {"opposed", 1},
                                            {"supported", 1},
                                            {"gathered", 1},
                                            {"arrived", 1},
                                            {"approved", 1},
                                            {"rejected", 1},
                                            {"responded", 1},
                                            {"paid", 1},
                                            // ("Of the 25 executives, 41 ran health systems", "12 led teams")
                                            {"ran", 1},
                                            {"led", 1},
                                            {"made", 1},
                                            {"held", 1},
                                            {"sold", 1},
                                            {"bought", 1},
                                            {"became", 1},
                                            // ("Of the 27 economists, 29 forecast a cut", "10 saw a hike", "12
                                            // expect a fall": a verb of what the counted think, not a noun)
                                            {"forecast", 1},
                                            {"saw", 1},
                                            {"see", 1},
                                            {"expect", 1},
                                            {"think", 1},
                                            {"thought", 1},
                                            {"say", 1},
                                            {"want", 1},
                                            {"believe", 1},
                                            {"chose", 1},
                                            {"prefer", 1},
                                            // ("of which 2.5 billion goes to roads", "300 come from abroad")
                                            {"go", 1},
                                            {"goes", 1},
                                            {"come", 1},
                                            {"comes", 1},
                                            {"remain", 1},
                                            {"remains", 1},
                                            {"stay", 1},
                                            {"stays", 1},
                                            {"does", 1},
                                            {"did", 1},
                                            {"spent", 1},
                                            {"number", 1},
                                            {"numbered", 1},
                                            // ("Enrolment of 38,500 comprises 24,300 at Medway and ...", "a
                                            // population of 8.9 million includes"; not "accounts", a noun too)
                                            {"comprise", 1},
                                            {"comprises", 1},
                                            {"comprised", 1},
                                            {"comprising", 1},
                                            {"include", 1},
                                            {"includes", 1},
                                            {"included", 1},
                                            {"consist", 1},
                                            {"consists", 1},
                                            {"consisted", 1},
                                            {"consisting", 1},
                                            {"represent", 1},
                                            {"represents", 1},
                                            {"represented", 1},
                                            // a time of its own ("turns 54 tomorrow")
                                            {"today", 1},
                                            {"tomorrow", 1},
                                            {"yesterday", 1},
                                            {"tonight", 1},
                                            {"says", 1},
                                            {"that", 1},
                                            {"this", 1},
                                            {"these", 1},
                                            {"those", 1},
                                            {"which", 1},
                                            {"who", 1},
                                            {"when", 1},
                                            {"while", 1},
                                            {"after", 1},
                                            {"before", 1},
                                            {"since", 1},
                                            {"unless", 1},
                                            {"another", 1},
                                            {"most", 1},
                                            {"due", 1},
                                            {"seem", 1},
                                            {"seems", 1},
                                            {"until", 1},
                                            {"up", 1},
                                            {"down", 1},
                                            {"last", 1},
                                            {"next", 1},
                                            {"year", 1},
                                            {"years", 1},
                                            {"month", 1},
                                            {"months", 1},
                                            {"week", 1},
                                            {"weeks", 1},
                                            {"day", 1},
                                            {"days", 1},
                                            {"percent", 1},
                                            {"pct", 1},
                                            {"per", 1},
                                            {"each", 1},
                                            {"compared", 1},
                                            {"earlier", 1},
                                            {"ago", 1},
                                            {"later", 1},
                                            {"more", 1},
                                            {"less", 1},
                                            {"fewer", 1},
                                            {"now", 1},
                                            {"overnight", 1},
                                            {"apiece", 1},
                                            {"alone", 1},
                                            {"too", 1},
                                            {"again", 1},
                                            {"already", 1},
                                            {"still", 1},
                                            {"yet", 1},
                                            {"here", 1},
                                            // (where the rest are: "and 31 elsewhere", "2,400 abroad")
                                            {"elsewhere", 1},
                                            {"abroad", 1},
                                            {"worldwide", 1},
                                            {"nationwide", 1},
                                            {"domestically", 1},
                                            {"internationally", 1},
                                            {"globally", 1},
                                            {"locally", 1},
                                            {"instead", 1},
                                            {"altogether", 1},
                                            {"combined", 1},
                                            {"together", 1},
                                            {"earlier", 1},
                                            {"ahead", 1},
                                            {"it", 1},
                                            {"he", 1},
                                            {"she", 1},
                                            {"they", 1},
                                            {"we", 1},
                                            {"i", 1},
                                            {"you", 1},
                                            {"me", 1},
                                            {"us", 1},
                                            {"them", 1},
                                            {"him", 1},
                                            {"its", 1},
                                            {"their", 1},
                                            {"his", 1},
                                            {"her", 1},
                                            {"not", 1},
                                            {"also", 1},
                                            {"only", 1},
                                            {"over", 1},
                                            {"under", 1},
                                            {"about", 1},
                                            {"into", 1},
                                            {"out", 1},
                                            {"if", 1},
                                            {"so", 1},
                                            {"then", 1},
                                            {"there", 1},
                                            {"grew", 1},
                                            {"shrank", 1},
                                            {"sank", 1},
                                            {"began", 1},
                                            {"became", 1},
                                            {"brought", 1},
                                            {"told", 1},
                                            {"found", 1},
                                            {"stood", 1},
                                            {"kept", 1},
                                            {"gave", 1},
                                            {"fought", 1},
                                            {"sought", 1},
                                            {"rose", 1},
                                            {"fell", 1},
                                            {"vs.", 1},
                                            {"respectively", 1},
                                            {"jan", 1},
                                            {"feb", 1},
                                            {"mar", 1},
                                            {"apr", 1},
                                            {"jun", 1},
                                            {"jul", 1},
                                            {"aug", 1},
                                            {"sep", 1},
                                            {"sept", 1},
                                            {"oct", 1},
                                            {"nov", 1},
                                            {"dec", 1},
                                            {"quarter", 1},
                                            {"half", 1},
                                            {"times", 1},
                                            {"billion", 1},
                                            {"million", 1},
                                            {"thousand", 1},
                                            {"mln", 1},
                                            {"bln", 1},
                                            {"an", 1},
                                            {"all", 1},
                                            {"both", 1},
                                            {"through", 1},
                                            {"per", 1},
                                            {"yesterday", 1},
                                            {"today", 1},
                                            {"had", 1},
                                            {"did", 1},
                                            {"do", 1},
                                            {"during", 1},
                                            {"within", 1},
                                            {"without", 1},
                                            {"between", 1},
                                            {"among", 1},
                                            {"toward", 1},
                                            {"towards", 1},
                                            {"following", 1},
                                            {"including", 1},
                                            {"previously", 1},
                                            {"originally", 1},
                                            {"initially", 1},
                                            {"lower", 1},
                                            {"higher", 1},
                                            {"off", 1},
                                            {"unch", 1},
                                            {"unchanged", 1},
                                            {"nil", 1},
                                            {"firmer", 1},
                                            {"easier", 1},
                                            {"weaker", 1},
                                            {"stronger", 1},
                                            // A part picked out of the whole ("the two largest creditor banks" among
                                            // nine, "three former officers"): no count of the noun itself
                                            {"largest", 1},
                                            {"biggest", 1},
                                            {"smallest", 1},
                                            {"highest", 1},
                                            {"lowest", 1},
                                            {"leading", 1},
                                            {"key", 1},
                                            {"top", 1},
                                            {"former", 1},
                                            {"below", 1},
                                            {"above", 1},
                                            // ("a range of 230 to 234 late last year")
                                            {"late", 1},
                                            {"early", 1},
                                            {"because", 1}});
    return table;
}

symbols_i const& count_adjectives() {
    static auto const table = make<int>(
        std::initializer_list<si>{{"new", 1},
                                  {"more", 1},
                                  {"fewer", 1},
                                  {"other", 1},
                                  // ("300 overseas students"; "and 300 overseas" counts no noun)
                                  {"overseas", 1},
                                  {"additional", 1},
                                  {"extra", 1},
                                  {"major", 1},
                                  {"large", 1},
                                  {"small", 1},
                                  {"big", 1},
                                  {"full", 1},
                                  {"senior", 1},
                                  {"local", 1},
                                  {"foreign", 1},
                                  {"private", 1},
                                  {"public", 1},
                                  {"separate", 1},
                                  {"different", 1},
                                  {"consecutive", 1},
                                  {"straight", 1},
                                  {"active", 1},
                                  {"registered", 1},
                                  {"eligible", 1},
                                  {"armed", 1},
                                  {"unemployed", 1},
                                  {"young", 1},
                                  {"elderly", 1},
                                  {"full-time", 1},
                                  {"part-time", 1},
                                  {"short", 1},
                                  {"long", 1},
                                  {"metric", 1},
                                  {"million", 0},
                                  {"common", 1},
                                  {"ordinary", 1},
                                  {"industrial", 1},
                                  {"commercial", 1},
                                  {"international", 1},
                                  {"western", 1},
                                  {"eastern", 1},
                                  {"annual", 1},
                                  {"retail", 1},
                                  {"existing", 1},
                                  // ("53 live on its main channel", "53 live births")
                                  {"live", 1},
                                  // ("60 dark stores", "40 vacant units", "12 empty berths")
                                  {"dark", 1},
                                  {"vacant", 1},
                                  {"empty", 1},
                                  {"idle", 1},
                                  // ("the two previous months", "in six equal tranches")
                                  {"previous", 1},
                                  {"equal", 1},
                                  {"domestic", 1},
                                  {"regional", 1},
                                  {"remaining", 1},
                                  // ("32,095 electric vehicles", "500 luxury homes")
                                  {"electric", 1},
                                  {"hybrid", 1},
                                  {"luxury", 1},
                                  {"affordable", 1},
                                  {"residential", 1},
                                  {"rural", 1},
                                  {"urban", 1},
                                  {"federal", 1},
                                  {"national", 1},
                                  {"independent", 1},
                                  {"individual", 1},
                                  {"online", 1},
                                  // ("a total of 49,400 valid votes")
                                  {"valid", 1},
                                  {"invalid", 1},
                                  {"spoilt", 1},
                                  // ("7,200 indirect jobs", "3,500 nautical miles", "400 temporary staff")
                                  {"direct", 1},
                                  {"indirect", 1},
                                  {"nautical", 1},
                                  {"temporary", 1},
                                  {"permanent", 1},
                                  {"skilled", 1},
                                  // ("1,508,600 full-time equivalent staff")
                                  {"equivalent", 1},
                                  // ("1.1 million smart meters", "25,000 rare books", "72 million digital users")
                                  {"smart", 1},
                                  {"rare", 1},
                                  {"digital", 1}});
    return table;
}

symbols_i const& comparison_markers() {
    static auto const table = make<int>(std::initializer_list<si>{{"compared with", 1},
                                                                  {"compared to", 1},
                                                                  {"as compared with", 1},
                                                                  {"as compared to", 1},
                                                                  {"in comparison", 1},
                                                                  {"by comparison", 1},
                                                                  {"in contrast", 1},
                                                                  {"by contrast", 1},
                                                                  {"versus", 1},
                                                                  {"vs.", 1},
                                                                  {"vs", 1},
                                                                  {"than", 1},
                                                                  {"against", 1},
                                                                  {"as against", 1},
                                                                  {"in comparison with", 1},
                                                                  {"in comparison to", 1},
                                                                  {"relative to", 1}});
    return table;
}

symbols_i const& person_nouns() {
    static auto const table = [] {
        symbols_i out;
        for (char const* word :
             {"victim", "man", "woman", "boy", "girl", "teenager", "suspect", "driver", "passenger", "mother", "father",
              "wife", "husband", "son", "daughter", "brother", "sister", "grandmother", "grandfather", "singer",
              "actor", "actress", "player", "striker", "midfielder", "defender", "goalkeeper", "pilot", "nurse",
              "doctor", "teacher", "student", "officer", "worker", "farmer", "founder", "chairman", "chairwoman",
              "president", "senator", "minister", "candidate", "author", "writer", "artist", "executive", "spokesman",
              "spokeswoman", "lawyer", "judge", "coach", "captain", "veteran", "survivor", "mayor", "governor",
              "pensioner", "patient", "defendant", "soldier", "climber", "swimmer", "rapper", "musician", "comedian",
              "presenter", "broadcaster", "journalist", "footballer", "cricketer", "golfer", "boxer", "cyclist",
              "runner", "athlete", "skier", "dancer", "model", "designer", "chef", "entrepreneur", "investor",
              "billionaire", "businessman", "businesswoman", "politician", "lawmaker", "activist", "campaigner",
              "director", "producer", "filmmaker", "novelist", "poet", "painter", "architect", "scientist",
              "researcher", "professor", "surgeon", "mother-of-two", "father-of-two", "grandmother-of-five", "star",
              "prisoner", "inmate", "gunman", "attacker", "shooter", "resident", "tourist", "hiker", "motorist",
              "pedestrian", "owner", "landlord", "tenant", "employee", "manager", "nanny", "carer", "volunteer",
              "priest", "bishop", "monk", "nun",
              // (trades and jobs: "The bartender, 29,", "the sommelier, 29, born in 1994")
              "bartender", "sommelier", "server", "waiter", "waitress", "cook", "baker", "barista", "host", "hostess",
              "busser", "concierge", "housekeeper", "dishwasher", "hotelier", "restaurateur", "franchisee", "butcher",
              "brewer", "distiller", "vintner", "winemaker", "doorman", "valet", "cashier", "critic", "mixologist",
              "cleaner", "janitor", "plumber", "electrician", "mechanic", "carpenter", "firefighter", "paramedic",
              "clerk", "receptionist", "courier", "trucker", "miner", "fisherman", "sailor",
              // (sport: "The winning jockey, 29, was born in 1994")
              "jockey", "rider", "trainer", "referee", "winner", "champion", "contestant", "finalist", "sprinter",
              "batsman", "bowler", "quarterback", "pitcher", "gymnast", "skater", "diver", "rower"})
            out.add(word, 1);
        return out;
    }();
    return table;
}

symbols_i const& measure_words() {
    static auto const table = [] {
        symbols_i out;
        for (char const* word :
             {"mm",     "cm",     "km",      "kg",      "mg",     "ml",      "kph",    "mph",    "lb",
              "lbs",    "oz",     "ft",      "inches",  "tonnes", "tons",    "metres", "meters", "miles",
              "litres", "liters", "gallons", "barrels", "bpd",    "degrees", "points", "pts"})
            out.add(word, 1);
        return out;
    }();
    return table;
}

symbols_i const& not_year_words() {
    static auto const table = [] {
        symbols_i out;
        auto const copy = [&](auto const& from) {
            from.for_each([&](std::string const& word, auto const&) { out.add(word, 1); });
        };
        copy(scale_words());
        copy(currency_words());
        copy(percent_words());
        for (char const* word :
             {"tonnes",    "tons",   "barrels",  "shares",     "people", "units",   "workers", "jobs",
              "employees", "acres",  "hectares", "vehicles",   "cars",   "homes",   "points",  "feet",
              "metres",    "meters", "miles",    "kilometres", "km",     "members", "troops"})
            out.add(word, 1);
        return out;
    }();
    return table;
}

symbols_s const& calendar_units() {
    static auto const table = make<std::string>(std::initializer_list<ss>{
        {"years", "year"},      {"year", "year"},         {"months", "month"},    {"month", "month"},
        {"weekend", "weekend"}, {"weeks", "week"},        {"week", "week"},       {"quarters", "quarter"},
        {"quarter", "quarter"}, {"days", "day"},          {"day", "day"},         {"decades", "decade"},
        {"decade", "decade"},   {"centuries", "century"}, {"century", "century"}, {"season", "season"},
        {"spring", "spring"},   {"summer", "summer"},     {"autumn", "autumn"},   {"fall", "autumn"},
        {"winter", "winter"}});
    return table;
}

symbols_s const& age_units() {
    static auto const table = make<std::string>(std::initializer_list<ss>{{"years", "years"},
                                                                          {"year", "years"},
                                                                          {"months", "months"},
                                                                          {"month", "months"},
                                                                          {"weeks", "weeks"},
                                                                          {"week", "weeks"},
                                                                          {"days", "days"},
                                                                          {"day", "days"}});
    return table;
}

symbols_s const& age_units_singular() {
    static auto const table =
        make<std::string>(std::initializer_list<ss>{{"month", "months"}, {"week", "weeks"}, {"day", "days"}});
    return table;
}

symbols_s const& on_units() {
    static auto const table = make<std::string>(
        std::initializer_list<ss>{{"year", "year"}, {"month", "month"}, {"quarter", "quarter"}, {"week", "week"}});
    return table;
}

symbols_s const& adjective_units() {
    static auto const table = make<std::string>(std::initializer_list<ss>{{"day", "D"},
                                                                          {"week", "W"},
                                                                          {"month", "M"},
                                                                          {"year", "Y"},
                                                                          {"decade", "DE"},
                                                                          {"hour", "H"},
                                                                          {"minute", "MIN"},
                                                                          {"quarter", "Q"}});
    return table;
}

namespace {
symbols_i words_of(std::initializer_list<char const*> words) {
    symbols_i table;
    for (char const* word : words) table.add(word, 1);
    return table;
}
} // namespace

symbols_i const& object_stop_words() {
    static auto const table = [] {
        symbols_i t =
            words_of({// the object ends at the values, or at a conjunction or a relative pronoun
                      "to", "from", "by", "and", "but", "or", "which", "that", "as",
                      // a direction in place of or after the object ("revised down to")
                      "up", "down", "upward", "upwards", "downward", "downwards",
                      // an auxiliary: the verb of the clause is later ("its facilities will rise to")
                      "will", "would", "was", "were", "is", "are", "has", "have", "had", "be", "been", "could",
                      "should", "may", "might", "said", "says", "can",
                      // a time or a number: a mention of its own ("cut last year to", "today's shortfall")
                      "last", "this", "next", "yesterday", "today", "tomorrow", "tonight", "earlier", "later",
                      "recently", "now", "year", "years", "quarter", "quarters", "half", "fiscal", "decade", "dozen",
                      "hundred", "thousand", "million", "billion", "mln", "bln", "weekend", "currently", "christmas",
                      // a range, not a change: "cut fares on tickets ranging from 99 to 299 dlrs"
                      "ranging", "ranged", "range", "priced", "costing", "valued", "worth", "between",
                      // a verb of its own that moves something to a value: "The tax cut pushed spending to 3.1 pct"
                      "pushed", "pushes", "push", "sent", "sends", "send", "brought", "brings", "bring", "took",
                      "takes", "drove", "drives", "put", "puts", "helped", "helps", "kept", "keeps", "forced", "forces",
                      "caused", "causes", "made", "makes", "left", "pulled", "pulls", "dragged", "drags", "sparked",
                      "prompted", "led", "leads", "gave", "gives", "knocked", "propelled", "carried", "carries",
                      // the verb of the clause after a participle in its subject: "The cost of raising a dollar
                      // improved to 18 cents", "Money raised per event went to $40,000"
                      "improved", "improves", "worsened", "worsens", "went", "goes", "came", "comes", "stood", "stands",
                      "moved", "moves", "reached", "reaches", "hit", "hits", "averaged", "averages", "totaled",
                      "totalled", "totals", "amounted", "changed", "shifted", "settled", "ended"});
        auto const add_all = [&t](auto const& words) {
            words.for_each([&t](std::string const& word, auto const&) { t.add(word, 1); });
        };
        add_all(months());
        add_all(weekdays());
        add_all(cardinal_units());
        add_all(cardinal_tens());
        add_all(up_words());
        add_all(down_words());
        add_all(multiplier_words());
        add_all(multiplier_bases());
        add_all(transitive_change_words());
        return t;
    }();
    return table;
}

namespace {
// What a price is given for ("1.50 dlrs per share", "$80 a barrel") ...
constexpr std::array per_thing_words = {
    "share", "barrel", "tonne", "ton", "ounce", "gallon", "litre", "liter", "kilo", "unit", "head", "person", "bushel",
    "pound", "lb", "vehicle",
    // (Indian farm pages: "Rs 2,369 per quintal"; others by weight and area)
    "quintal", "kg", "kilogram", "kilogramme", "tonne-km", "acre", "hectare", "sq ft", "square foot", "square metre",
    "square meter", "cubic metre", "mmbtu", "megawatt hour", "megawatt-hour", "mwh", "kwh", "passenger", "student",
    "household", "capita", "employee", "seat", "room", "visit", "trip", "megawatt", "kilowatt", "gigawatt", "pupil",
    "patient", "resident", "customer", "subscriber",
    // (farm and shop prices: "$20.30 per cwt", "$2.50 a dozen", "$9 a bottle")
    "cwt", "hundredweight", "bale", "carton", "bottle", "dozen", "pack", "box",
    // (gas: "$4.30 per million British thermal units")
    "million british thermal units", "million btu", "therm", "thousand cubic feet",
    // (freight and travel: "$2.01 a mile", "$1.20 per kilometre", "$3,964 per container")
    "mile", "kilometre", "kilometer", "km", "container", "load", "ticket"};
// ... and the units of time ("$2,000 a month"), apart: "a year earlier", "a year on" name a time,
// not a rate.
constexpr std::array per_time_words = {"hour", "year", "month", "week", "day", "night"};
template <std::size_t... N>
symbols_i per_table(std::array<char const*, N> const&... lists) {
    symbols_i table;
    (..., [&] {
        for (char const* word : lists) table.add(word, 1);
    }());
    return table;
}
} // namespace

symbols_i const& per_thing_units() {
    static auto const table = per_table(per_thing_words);
    return table;
}

symbols_i const& per_time_units() {
    static auto const table = per_table(per_time_words);
    return table;
}

symbols_i const& per_units() {
    static auto const table = per_table(per_thing_words, per_time_words);
    return table;
}

symbols_i const& ordinal_adjectives() {
    static auto const table = words_of({"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"});
    return table;
}

symbols_i const& superlatives() {
    static auto const table =
        words_of({"largest", "biggest", "highest", "lowest", "smallest", "best", "worst", "most", "least", "busiest",
                  "richest", "poorest", "strongest", "weakest", "fastest", "oldest"});
    return table;
}

symbols_i const& quarter_words() {
    static auto const table = make<int>(std::initializer_list<si>{{"first", 1},
                                                                  {"second", 2},
                                                                  {"third", 3},
                                                                  {"fourth", 4},
                                                                  {"final", 4},
                                                                  {"1st", 1},
                                                                  {"2nd", 2},
                                                                  {"3rd", 3},
                                                                  {"4th", 4}});
    return table;
}

symbols_i const& half_words() {
    static auto const table = make<int>(std::initializer_list<si>{{"first", 1}, {"second", 2}, {"1st", 1}, {"2nd", 2}});
    return table;
}

symbols_i const& dozen_words() {
    static auto const table = words_of({"dozen", "dozens", "doz", "dozs"});
    return table;
}

/// The present, the past and the future named as such (TimeML's PRESENT_REF, PAST_REF and
/// FUTURE_REF): "prices are now", "the plant recently closed". Values: -1 past, 0 present, 1 future.
symbols_i const& time_references() {
    static auto const table = make<int>(std::initializer_list<si>{{"now", 0},
                                                                  {"right now", 0},
                                                                  {"currently", 0},
                                                                  {"presently", 0},
                                                                  {"nowadays", 0},
                                                                  {"these days", 0},
                                                                  {"recently", -1},
                                                                  {"lately", -1}});
    return table;
}

/// The same after "the": "in the past", "in the near future", "over the long term" (the grammar
/// takes them only at the end of a phrase: not "the past two years", "the future of the plant").
symbols_i const& time_references_after_the() {
    static auto const table = make<int>(std::initializer_list<si>{{"past", -1},
                                                                  {"future", 1},
                                                                  {"near future", 1},
                                                                  {"foreseeable future", 1},
                                                                  {"near term", 1},
                                                                  {"short term", 1},
                                                                  {"long term", 1}});
    return table;
}

/// Words that may follow "the past" or "the future" when it ends its phrase ("in the near future it
/// may reopen", "in the past and"); any other word makes it an adjective or a measure ("the past
/// year", "the future king", "the future of the plant").
symbols_i const& month_figure_nouns() {
    static auto const table =
        words_of({"index", "indices", "figure", "figures", "data", "sales", "exports", "imports", "output",
                  "production", "load", "trade", "inflation", "deficit", "surplus", "statistics", "survey", "level",
                  "total", "volume", "orders", "shipments", "deliveries", "payrolls", "unemployment", "vehicle", "car",
                  "consumer", "retail", "wholesale", "industrial", "money", "prices", "average", "balance", "earnings",
                  "revenue", "revenues", "traffic", "loadings", "jobless",
                  // ... and events: "at its March meeting", "under a June agreement"
                  "meeting", "meetings", "agreement", "accord", "pact", "election", "elections", "report", "talks",
                  "summit", "session", "auction", "visit", "announcement", "decision", "crash", "deadline", "results"});
    return table;
}

symbols_i const& after_time_reference() {
    static auto const table =
        words_of({"and",   "but",    "or",   "it",   "its",   "we",   "they",  "he",    "she",    "i",
                  "you",   "is",     "was",  "are",  "were",  "will", "would", "could", "can",    "may",
                  "might", "should", "as",   "than", "that",  "when", "if",    "to",    "in",     "at",
                  "on",    "for",    "with", "by",   "there", "this", "these", "those", "unless", "because"});
    return table;
}

symbols_i const& ordinal_suffixes() {
    static auto const table = words_of({"st", "nd", "rd", "th"});
    return table;
}

symbols_i const& decade_words() {
    // Not "twenties": "the twenties" may be the 1920s or the 2020s.
    static auto const table = make<int>(std::initializer_list<si>{{"thirties", 1930},
                                                                  {"forties", 1940},
                                                                  {"fifties", 1950},
                                                                  {"sixties", 1960},
                                                                  {"seventies", 1970},
                                                                  {"eighties", 1980},
                                                                  {"nineties", 1990}});
    return table;
}

namespace {
// Sorted: binary search.
constexpr std::string_view trigger_list[] = {
    "a",           "about",        "above",       "accelerated",
    "added",       "advance",      "advanced",    "advances",
    "advancing",   "against",      "age",         "aged",
    "almost",      "an",           "approx",      "approximately",
    "apr",         "april",        "around",      "as",
    "at",          "aug",          "august",      "basis",
    "below",       "billion",      "black",       "born",
    "boxing",      "by",           "century",     "christmas",
    "climb",       "climbed",      "climbing",    "climbs",
    "close",       "collapsed",    "coming",      "compared",
    "contracted",  "contracting",  "contracts",   "creeps",
    "crept",       "currently",    "cyber",       "dec",
    "decelerated", "december",     "decline",     "declined",
    "declines",    "declining",    "decrease",    "decreased",
    "decreases",   "dip",          "dipped",      "dipping",
    "dips",        "double",       "doubled",     "doubles",
    "doubling",    "down",         "dozen",       "dozens",
    "drop",        "dropped",      "dropping",    "drops",
    "earlier",     "early",        "ease",        "eased",
    "eases",       "easing",       "easter",      "edged",
    "edges",       "eight",        "eighteen",    "eighteenth",
    "eighth",      "eightieth",    "eighty",      "election",
    "eleven",      "eleventh",     "expand",      "expanded",
    "expanding",   "expands",      "fall",        "fallen",
    "falling",     "falls",        "feb",         "february",
    "fell",        "fewer",        "fifteen",     "fifteenth",
    "fifth",       "fiftieth",     "fifty",       "first",
    "fiscal",      "five",         "fortieth",    "forty",
    "four",        "fourteen",     "fourteenth",  "fourth",
    "fri",         "friday",       "from",        "fy",
    "gain",        "gained",       "gaining",     "gains",
    "gave",        "gives",        "giving",      "go",
    "goes",        "good",         "grew",        "grow",
    "growing",     "grown",        "grows",       "h1",
    "h2",          "half",         "halloween",   "halve",
    "halved",      "halves",       "halving",     "higher",
    "hundred",     "hundredth",    "in",          "inched",
    "inches",      "increase",     "increased",   "increases",
    "increasing",  "independence", "jan",         "january",
    "jul",         "july",         "jump",        "jumped",
    "jumping",     "jumps",        "jun",         "june",
    "just",        "labor",        "labour",      "last",
    "late",        "lately",       "leaped",      "leaping",
    "leapt",       "less",         "lost",        "lower",
    "many",        "mar",          "march",       "may",
    "memorial",    "mid",          "minus",       "monday",
    "more",        "moved",        "narrowed",    "narrowing",
    "nearly",      "negative",     "new",         "next",
    "nigh",        "nine",         "nineteen",    "nineteenth",
    "ninetieth",   "ninety",       "ninth",       "no",
    "north",       "not",          "nov",         "november",
    "now",         "nowadays",     "oct",         "october",
    "on",          "one",          "over",        "past",
    "picked",      "plummeted",    "plummeting",  "plummets",
    "plunge",      "plunged",      "plunges",     "plunging",
    "presently",   "previous",     "prior",       "q1",
    "q2",          "q3",           "q4",          "quadruple",
    "quadrupled",  "quadrupling",  "quarter",     "quickened",
    "quintupled",  "rallied",      "rallies",     "rallying",
    "rebound",     "rebounded",    "rebounding",  "rebounds",
    "recent",      "recently",     "relative",    "retreated",
    "retreating",  "right",        "rise",        "risen",
    "rises",       "rising",       "rocketed",    "rocketing",
    "rose",        "roughly",      "sank",        "saturday",
    "second",      "sep",          "sept",        "september",
    "seven",       "seventeen",    "seventeenth", "seventh",
    "seventieth",  "seventy",      "several",     "shed",
    "shedding",    "sheds",        "shrank",      "shrink",
    "shrinking",   "shrinks",      "shrunk",      "since",
    "sinking",     "sinks",        "six",         "sixteen",
    "sixteenth",   "sixth",        "sixtieth",    "sixty",
    "skyrocketed", "slid",         "slide",       "slides",
    "sliding",     "slightly",     "slip",        "slipped",
    "slipping",    "slips",        "slowed",      "slowing",
    "slump",       "slumped",      "slumping",    "slumps",
    "soar",        "soared",       "soaring",     "soars",
    "some",        "spiked",       "sunday",      "surge",
    "surged",      "surges",       "surging",     "swelled",
    "ten",         "tenth",        "than",        "thanksgiving",
    "the",         "these",        "third",       "thirteen",
    "thirteenth",  "thirtieth",    "thirty",      "this",
    "thousand",    "thousandth",   "three",       "thursday",
    "ticked",      "ticks",        "today",       "tomorrow",
    "tonight",     "treble",       "trebled",     "triple",
    "tripled",     "triples",      "tripling",    "tuesday",
    "tumble",      "tumbled",      "tumbles",     "tumbling",
    "twelfth",     "twelve",       "twentieth",   "twenty",
    "two",         "under",        "up",          "upwards",
    "versus",      "veterans",     "vs",          "weakened",
    "weakening",   "wednesday",    "well",        "went",
    "widened",     "within",       "year",        "yesterday",
    "zero",
};
static_assert(std::is_sorted(std::begin(trigger_list), std::end(trigger_list)));

} // namespace

bool is_trigger_word(std::string_view lower_word) noexcept {
    return std::binary_search(std::begin(trigger_list), std::end(trigger_list), lower_word);
}

std::span<std::string_view const> trigger_words() noexcept { return trigger_list; }

} // namespace numcheck::grammar::lexicon
