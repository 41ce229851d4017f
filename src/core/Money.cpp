#include "Money.h"

#include <array>
#include <limits>
#include <stdexcept>

namespace cd::core {

namespace {

struct CurrencyInfo {
    std::string_view code;
    int digits;
};

constexpr std::array kCurrencies{
    CurrencyInfo{"EUR", 2}, CurrencyInfo{"USD", 2}, CurrencyInfo{"GBP", 2}, CurrencyInfo{"CHF", 2},
    CurrencyInfo{"SEK", 2}, CurrencyInfo{"NOK", 2}, CurrencyInfo{"DKK", 2}, CurrencyInfo{"PLN", 2},
    CurrencyInfo{"CZK", 2}, CurrencyInfo{"HUF", 2}, CurrencyInfo{"RON", 2}, CurrencyInfo{"CAD", 2},
    CurrencyInfo{"AUD", 2}, CurrencyInfo{"NZD", 2}, CurrencyInfo{"BRL", 2}, CurrencyInfo{"MXN", 2},
    CurrencyInfo{"INR", 2}, CurrencyInfo{"CNY", 2}, CurrencyInfo{"HKD", 2}, CurrencyInfo{"SGD", 2},
    CurrencyInfo{"ZAR", 2}, CurrencyInfo{"NGN", 2}, CurrencyInfo{"TRY", 2}, CurrencyInfo{"AED", 2},
    CurrencyInfo{"JPY", 0}, CurrencyInfo{"KRW", 0}, CurrencyInfo{"ISK", 0}, CurrencyInfo{"CLP", 0},
    CurrencyInfo{"KWD", 3}, CurrencyInfo{"BHD", 3},
};

// __extension__ keeps -Wpedantic quiet: a 128-bit intermediate makes scaling overflow-free.
__extension__ typedef __int128 Int128;

std::int64_t pow10(int n)
{
    std::int64_t v = 1;
    for (int i = 0; i < n; ++i) {
        v *= 10;
    }
    return v;
}

void requireSameCurrency(const Money& a, const Money& b)
{
    if (a.currency() != b.currency()) {
        throw std::invalid_argument("cannot add amounts in " + a.currency() + " and " +
                                    b.currency());
    }
}

} // namespace

int currencyDigits(std::string_view currency)
{
    for (const auto& c : kCurrencies) {
        if (c.code == currency) {
            return c.digits;
        }
    }
    return 2;
}

bool isKnownCurrency(std::string_view currency)
{
    for (const auto& c : kCurrencies) {
        if (c.code == currency) {
            return true;
        }
    }
    return false;
}

std::optional<Money> Money::parse(std::string_view text, std::string currency)
{
    const int digits = currencyDigits(currency);
    bool negative = false;
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
        negative = text[i] == '-';
        ++i;
    }
    std::int64_t whole = 0;
    std::int64_t fraction = 0;
    int fractionDigits = 0;
    bool sawDigit = false;
    bool sawPoint = false;
    constexpr auto kLimit = std::numeric_limits<std::int64_t>::max() / 1000;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.' && !sawPoint) {
            sawPoint = true;
            continue;
        }
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        sawDigit = true;
        if (sawPoint) {
            if (++fractionDigits > digits) {
                return std::nullopt;
            }
            fraction = fraction * 10 + (c - '0');
        } else {
            if (whole > kLimit / 10) {
                return std::nullopt;
            }
            whole = whole * 10 + (c - '0');
        }
    }
    if (!sawDigit) {
        return std::nullopt;
    }
    fraction *= pow10(digits - fractionDigits);
    const std::int64_t minor = whole * pow10(digits) + fraction;
    return Money(negative ? -minor : minor, std::move(currency));
}

std::string Money::toDecimalString() const
{
    const int digits = currencyDigits(m_currency);
    const bool negative = m_minor < 0;
    // Work on the unsigned magnitude so INT64_MIN does not overflow.
    const auto magnitude = negative ? static_cast<std::uint64_t>(-(m_minor + 1)) + 1
                                    : static_cast<std::uint64_t>(m_minor);
    const auto unit = static_cast<std::uint64_t>(pow10(digits));
    std::string out = negative ? "-" : "";
    out += std::to_string(magnitude / unit);
    if (digits > 0) {
        std::string frac = std::to_string(magnitude % unit);
        out += '.';
        out += std::string(static_cast<std::size_t>(digits) - frac.size(), '0') + frac;
    }
    return out;
}

Money Money::operator+(const Money& other) const
{
    requireSameCurrency(*this, other);
    return Money(m_minor + other.m_minor, m_currency);
}

Money Money::operator-(const Money& other) const
{
    requireSameCurrency(*this, other);
    return Money(m_minor - other.m_minor, m_currency);
}

Money& Money::operator+=(const Money& other)
{
    requireSameCurrency(*this, other);
    m_minor += other.m_minor;
    return *this;
}

Money Money::scaled(std::int64_t numerator, std::int64_t denominator) const
{
    if (denominator == 0) {
        throw std::invalid_argument("division by zero in Money::scaled");
    }
    const Int128 product = static_cast<Int128>(m_minor) * numerator;
    Int128 quotient = product / denominator;
    const Int128 remainder = product % denominator;
    const Int128 absRem2 = (remainder < 0 ? -remainder : remainder) * 2;
    const Int128 absDen = denominator < 0 ? -static_cast<Int128>(denominator) : denominator;
    if (absRem2 >= absDen) {
        quotient += ((product < 0) != (denominator < 0)) ? -1 : 1;
    }
    return Money(static_cast<std::int64_t>(quotient), m_currency);
}

} // namespace cd::core
