#pragma once

#include "core/Date.h"
#include "core/Enums.h"
#include "core/Money.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace cd::io {

// The outcome of reading one cell: a value, "unknown" (the cell says there is no value: empty,
// NaN, N/A, -, —) or an error with a reason the importer can show. Unknown is not an error.
template <class T> struct Parsed {
    enum class Kind { Value, Unknown, Error };

    Kind kind = Kind::Unknown;
    T value{};
    std::string error;

    static Parsed of(T v) { return {Kind::Value, std::move(v), {}}; }
    static Parsed unknown() { return {Kind::Unknown, T{}, {}}; }
    static Parsed failure(std::string reason) { return {Kind::Error, T{}, std::move(reason)}; }

    bool hasValue() const { return kind == Kind::Value; }
    bool isUnknown() const { return kind == Kind::Unknown; }
    bool isError() const { return kind == Kind::Error; }
};

// Trims ASCII white space and the Unicode spaces spreadsheets leave around values (no-break
// space, narrow no-break space, zero-width space, a stray BOM).
std::string_view trimValue(std::string_view text);

// True for the ways files say "no value" (after trimming, any case): empty, NaN, N/A, NA, #N/A,
// null, none, n.d., nd, ?, -, --, – and —. Not for text columns where "NA" may be Namibia.
bool isUnknownMarker(std::string_view text);

// Counts (followers, likes): "1.2M", "15.3K", "29.0b", "475.8m" (m is million), "1,234,567",
// "1.234.567", "12 500", "1'234", "0.89k", "1200".
// Ambiguity rule: a lone '.' or ',' followed by exactly three digits, after a first group of
// 1–3 digits that is not "0", is a thousands separator ("48,900" and "48.900" are 48900), since a
// count with three decimals is implausible. Otherwise a lone separator is a decimal point and a
// fraction is rounded half up ("1234.5" is 1235). Negative counts are errors.
Parsed<std::int64_t> parseCount(std::string_view text);

// How to read a bare rate without a '%'.
enum class RateScale {
    Auto,     // a value above 1 is a percentage, otherwise a fraction (so "1" is 100 %)
    Percent,  // always a percentage ("0.5" is 0.5 %)
    Fraction, // always a fraction ("0.5" is 50 %)
};

// Rates as fractions: "3.4%", "3,4%", "3.4" (Auto: percent), "0.034", "1.39%" → 0.0139. A lone
// separator is always a decimal point. Values outside 0–100 % are errors.
Parsed<double> parseRate(std::string_view text, RateScale scale = RateScale::Auto);

// Money in exact minor units of `currency`: "1234.56", "1.234,56", "1,234.56", "€ 1.234,56",
// "1234,5", "-12", "(12.50)". Currency symbols and ISO codes are stripped but must agree with
// `currency`. Same thousands rule as counts, except that for a three-decimal currency (KWD) a
// lone separator is decimal. More decimals than the currency has are refused, not rounded.
Parsed<core::Money> parseMoney(std::string_view text, std::string_view currency);

struct ProfileHandle {
    std::string handle;                     // without '@'
    std::optional<core::Platform> platform; // known when the cell was a profile URL
};

// Handles as people paste them: "  @name ", "https://www.instagram.com/name/",
// "tiktok.com/@name", "youtube.com/@name", "x.com/name?lang=en". A URL of an unknown site and a
// handle with spaces inside are errors.
Parsed<ProfileHandle> parseHandle(std::string_view text);

enum class DateOrder { DayFirst, MonthFirst };

// Dates: ISO "2026-03-01" (a time after it is ignored), "2026/03/01", and "01/03/2026",
// "1.3.2026", "1-3-2026" read day-first unless `order` says month-first. Two-digit years are
// 2000–2069 for 00–69 and 1970–1999 for 70–99.
Parsed<core::Date> parseDate(std::string_view text, DateOrder order = DateOrder::DayFirst);

} // namespace cd::io
