#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cd::core {

// Exact money: an integer count of the currency's minor units (cents for EUR, yen for JPY).
// Arithmetic never goes through a double, so sums never drift.
class Money {
public:
    Money() = default;
    Money(std::int64_t minorUnits, std::string currency)
        : m_minor(minorUnits), m_currency(std::move(currency))
    {
    }

    static Money zero(std::string currency) { return Money(0, std::move(currency)); }
    // Parses a decimal amount as people write it in data files and on the command line:
    // "1200", "1200.5", "-3.75". More fraction digits than the currency has are refused,
    // never rounded away.
    static std::optional<Money> parse(std::string_view decimal, std::string currency);

    std::int64_t minorUnits() const { return m_minor; }
    const std::string& currency() const { return m_currency; }

    // "1234.50": the decimal string used in JSON and CSV, with the currency's fraction digits.
    std::string toDecimalString() const;

    Money operator+(const Money& other) const;
    Money operator-(const Money& other) const;
    Money& operator+=(const Money& other);
    Money operator-() const { return Money(-m_minor, m_currency); }
    // Multiplies by a ratio given as numerator/denominator, rounding half away from zero once.
    Money scaled(std::int64_t numerator, std::int64_t denominator) const;

    bool operator==(const Money&) const = default;

private:
    std::int64_t m_minor = 0;
    std::string m_currency = "EUR";
};

// Number of fraction digits of an ISO 4217 currency (2 for most, 0 for JPY, 3 for KWD …).
int currencyDigits(std::string_view currency);
// True for a syntactically valid ISO 4217 code that we know.
bool isKnownCurrency(std::string_view currency);

} // namespace cd::core
