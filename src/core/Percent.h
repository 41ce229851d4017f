#pragma once

#include "Money.h"

#include <cmath>
#include <cstdint>
#include <string>

namespace cd::core {

// Percentages are doubles in the model (12.5 means 12.5 %). Money is never multiplied by a
// double: a percentage is first rounded to an exact count of millionths of the whole (1/10000 of
// a percent, so 12.5 % is 125000 / 1000000 and 33.33 % is 333300 / 1000000), and the amount is
// then scaled by that ratio with Money::scaled, which rounds half away from zero exactly once.
inline constexpr std::int64_t kPercentDenominator = 1'000'000;

inline std::int64_t percentToMillionths(double percent)
{
    if (!std::isfinite(percent)) {
        return 0;
    }
    return std::llround(percent * 10'000.0);
}

inline Money percentOf(const Money& amount, double percent)
{
    return amount.scaled(percentToMillionths(percent), kPercentDenominator);
}

// "12.5", "30", "33.33": the percentage as it was rounded for the sums, for explanations.
inline std::string percentText(double percent)
{
    const std::int64_t m = percentToMillionths(percent);
    const std::int64_t magnitude = m < 0 ? -m : m;
    std::string out = (m < 0 ? "-" : "") + std::to_string(magnitude / 10'000);
    std::string fraction = std::to_string(magnitude % 10'000);
    fraction = std::string(4 - fraction.size(), '0') + fraction;
    while (!fraction.empty() && fraction.back() == '0') {
        fraction.pop_back();
    }
    return fraction.empty() ? out : out + "." + fraction;
}

} // namespace cd::core
