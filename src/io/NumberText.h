#pragma once

#include <string>
#include <string_view>

// Internal to the io layer: the digit grammar shared by the count, rate and money parsers.
namespace cd::io::detail {

// What a single '.' or ',' (with no other separator of that kind) means.
enum class LoneSeparator {
    Decimal,                // rates: "3,4" is 3.4
    ThousandsIfThreeDigits, // counts, money: "48,900" is 48900, "1234,5" is 1234.5
};

struct DecimalDigits {
    std::string whole;    // without grouping separators; empty for ".5"
    std::string fraction; // digits after the decimal separator
};

// Splits "1.234.567,89", "12 500", "1'234.5", "3,4" into integer and fraction digits.
// Grouping separators: '.', ',', space, no-break spaces, apostrophes; groups after the first
// have 2 or 3 digits (Indian lakh grouping included) and the last integer group has 3.
// Returns an empty string on success, else the reason.
std::string splitDecimal(std::string_view text, LoneSeparator rule, DecimalDigits& out);

// Quotes a cell for an error message, cut to a readable length on a UTF-8 boundary.
std::string quoted(std::string_view text);

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b);

} // namespace cd::io::detail
