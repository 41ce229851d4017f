#include "ValueParsing.h"

#include "NumberText.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <limits>

namespace cd::io {

using detail::DecimalDigits;
using detail::equalsIgnoringAsciiCase;
using detail::LoneSeparator;
using detail::quoted;

namespace {

// __extension__ keeps -Wpedantic quiet: 128 bits make "scale, multiply, round" overflow-free.
__extension__ typedef unsigned __int128 U128;

constexpr auto kInt64Max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
// Digits beyond these are dropped: no count or rate is written that precisely.
constexpr std::size_t kMaxWholeDigits = 19; // fits an unsigned 64-bit accumulator
constexpr std::size_t kMaxFractionDigits = 12;

constexpr std::array<std::string_view, 8> kTrimmableSpaces{
    " ", "\t", "\r", "\n", "\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x8B", "\xEF\xBB\xBF"};

constexpr std::array<std::string_view, 15> kUnknownMarkers{
    "nan", "n/a", "na", "#n/a", "null",         "none",         "n.d.", "nd",
    "?",   "-",   "--", "---",  "\xE2\x80\x93", "\xE2\x80\x94", "n.a."};

std::string_view stripLeadingZeros(std::string_view digits)
{
    while (digits.size() > 1 && digits.front() == '0') {
        digits.remove_prefix(1);
    }
    return digits;
}

std::uint64_t digitsValue(std::string_view digits)
{
    std::uint64_t v = 0;
    for (const char c : digits) {
        v = v * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return v;
}

U128 pow10(std::size_t n)
{
    U128 v = 1;
    for (std::size_t i = 0; i < n; ++i) {
        v *= 10;
    }
    return v;
}

// "k", "M", "mln", "bn" … at the end of a count: its multiplier, 0 when unknown, 1 when absent.
std::uint64_t suffixMultiplier(std::string_view suffix)
{
    struct Suffix {
        std::string_view text;
        std::uint64_t multiplier;
    };
    constexpr std::array<Suffix, 7> kSuffixes{{{"k", 1'000},
                                               {"m", 1'000'000},
                                               {"mln", 1'000'000},
                                               {"mio", 1'000'000},
                                               {"b", 1'000'000'000},
                                               {"bn", 1'000'000'000},
                                               {"mld", 1'000'000'000}}};
    if (suffix.empty()) {
        return 1;
    }
    for (const auto& s : kSuffixes) {
        if (equalsIgnoringAsciiCase(s.text, suffix)) {
            return s.multiplier;
        }
    }
    return 0;
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Parses "whole.fraction" (digits only) into the nearest double, shifted by 10^exponent.
double toDouble(const DecimalDigits& d, int exponent)
{
    std::string text(stripLeadingZeros(d.whole.empty() ? std::string_view("0") : d.whole));
    if (!d.fraction.empty()) {
        text += '.';
        text += std::string_view(d.fraction).substr(0, kMaxFractionDigits);
    }
    text += 'e';
    text += std::to_string(exponent);
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

// A currency written next to an amount, and whether it agrees with the expected one.
bool currencyTokenAgrees(std::string_view token, std::string_view currency)
{
    if (token == "\xE2\x82\xAC") {
        return currency == "EUR";
    }
    if (token == "\xC2\xA3") {
        return currency == "GBP";
    }
    if (token == "\xC2\xA5") {
        return currency == "JPY" || currency == "CNY";
    }
    if (token == "$") {
        constexpr std::array<std::string_view, 7> dollars{"USD", "CAD", "AUD", "NZD",
                                                          "HKD", "SGD", "MXN"};
        return std::find(dollars.begin(), dollars.end(), currency) != dollars.end();
    }
    if (token == "R$") {
        return currency == "BRL";
    }
    return equalsIgnoringAsciiCase(token, currency);
}

// Removes a currency symbol or ISO code at the front (or back) of `text`; false when the one
// found disagrees with `currency`.
bool stripCurrency(std::string_view& text, std::string_view currency, bool atFront)
{
    constexpr std::array<std::string_view, 5> symbols{"\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5", "R$",
                                                      "$"};
    for (const auto symbol : symbols) {
        const bool found = atFront ? text.substr(0, symbol.size()) == symbol
                                   : text.size() >= symbol.size() &&
                                         text.substr(text.size() - symbol.size()) == symbol;
        if (found) {
            atFront ? text.remove_prefix(symbol.size()) : text.remove_suffix(symbol.size());
            text = trimValue(text);
            return currencyTokenAgrees(symbol, currency);
        }
    }
    std::size_t letters = 0;
    while (letters < text.size() &&
           isAsciiLetter(atFront ? text[letters] : text[text.size() - 1 - letters])) {
        ++letters;
    }
    if (letters == 0) {
        return true;
    }
    const auto code = atFront ? text.substr(0, letters) : text.substr(text.size() - letters);
    atFront ? text.remove_prefix(letters) : text.remove_suffix(letters);
    text = trimValue(text);
    return letters == 3 && currencyTokenAgrees(code, currency);
}

} // namespace

std::string_view trimValue(std::string_view text)
{
    // Hot path of every import: plain ASCII ends are settled without the Unicode table.
    auto asciiSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
    };
    for (;;) {
        if (text.empty()) {
            return text;
        }
        if (asciiSpace(text.front())) {
            text.remove_prefix(1);
            continue;
        }
        if (asciiSpace(text.back())) {
            text.remove_suffix(1);
            continue;
        }
        if (static_cast<unsigned char>(text.front()) < 0x80 &&
            static_cast<unsigned char>(text.back()) < 0x80) {
            return text;
        }
        bool changed = false;
        for (const auto space : kTrimmableSpaces) {
            if (text.substr(0, space.size()) == space) {
                text.remove_prefix(space.size());
                changed = true;
            }
            if (text.size() >= space.size() && text.substr(text.size() - space.size()) == space) {
                text.remove_suffix(space.size());
                changed = true;
            }
        }
        if (!changed) {
            return text;
        }
    }
}

bool isUnknownMarker(std::string_view text)
{
    text = trimValue(text);
    if (text.empty()) {
        return true;
    }
    for (const auto marker : kUnknownMarkers) {
        if (equalsIgnoringAsciiCase(marker, text)) {
            return true;
        }
    }
    return false;
}

Parsed<std::int64_t> parseCount(std::string_view text)
{
    using Result = Parsed<std::int64_t>;
    std::string_view t = trimValue(text);
    if (isUnknownMarker(t)) {
        return Result::unknown();
    }
    if (t.front() == '-') {
        return Result::failure("a count cannot be negative: " + quoted(t));
    }
    if (t.front() == '+') {
        t.remove_prefix(1);
    }
    std::size_t letters = 0;
    while (letters < t.size() && isAsciiLetter(t[t.size() - 1 - letters])) {
        ++letters;
    }
    const std::uint64_t multiplier = suffixMultiplier(t.substr(t.size() - letters));
    if (multiplier == 0) {
        return Result::failure("not a count: " + quoted(t));
    }
    const std::string_view number = trimValue(t.substr(0, t.size() - letters));
    DecimalDigits digits;
    // After a suffix ("1,2M") a lone separator can only be a decimal point.
    const auto rule = letters > 0 ? LoneSeparator::Decimal : LoneSeparator::ThousandsIfThreeDigits;
    if (const auto why = detail::splitDecimal(number, rule, digits); !why.empty()) {
        return Result::failure("not a count (" + why + "): " + quoted(t));
    }
    const std::string_view whole = stripLeadingZeros(digits.whole);
    const std::string_view fraction =
        std::string_view(digits.fraction).substr(0, kMaxFractionDigits);
    const std::uint64_t w = digitsValue(whole);
    if (whole.size() > kMaxWholeDigits || w > kInt64Max / multiplier) {
        return Result::failure("count too large: " + quoted(t));
    }
    const U128 unit = pow10(fraction.size());
    const U128 scaled = (static_cast<U128>(w) * unit + digitsValue(fraction)) * multiplier;
    const U128 rounded = (scaled + unit / 2) / unit;
    if (rounded > kInt64Max) {
        return Result::failure("count too large: " + quoted(t));
    }
    return Result::of(static_cast<std::int64_t>(rounded));
}

Parsed<double> parseRate(std::string_view text, RateScale scale)
{
    using Result = Parsed<double>;
    std::string_view t = trimValue(text);
    if (isUnknownMarker(t)) {
        return Result::unknown();
    }
    bool percentSign = false;
    if (t.back() == '%') {
        percentSign = true;
        t = trimValue(t.substr(0, t.size() - 1));
        if (!t.empty() && isUnknownMarker(t)) {
            return Result::unknown(); // "NaN%", as pandas writes a missing percentage
        }
    }
    if (!t.empty() && t.front() == '-') {
        return Result::failure("a rate cannot be negative: " + quoted(t));
    }
    if (!t.empty() && t.front() == '+') {
        t.remove_prefix(1);
    }
    DecimalDigits digits;
    if (const auto why = detail::splitDecimal(t, LoneSeparator::Decimal, digits); !why.empty()) {
        return Result::failure("not a rate (" + why + "): " + quoted(t));
    }
    if (stripLeadingZeros(digits.whole).size() > kMaxWholeDigits) {
        return Result::failure("rate too large: " + quoted(t));
    }
    const double asWritten = toDouble(digits, 0);
    const bool percent =
        percentSign || scale == RateScale::Percent || (scale == RateScale::Auto && asWritten > 1.0);
    // Shifting the decimal exponent, not dividing by 100, keeps 3.4 % exactly the double 0.034.
    const double fraction = percent ? toDouble(digits, -2) : asWritten;
    if (fraction > 1.0) {
        return Result::failure("a rate above 100 %: " + quoted(text));
    }
    return Result::of(fraction);
}

Parsed<core::Money> parseMoney(std::string_view text, std::string_view currency)
{
    using Result = Parsed<core::Money>;
    std::string_view t = trimValue(text);
    if (isUnknownMarker(t)) {
        return Result::unknown();
    }
    bool negative = false;
    if (t.size() >= 2 && t.front() == '(' && t.back() == ')') {
        negative = true; // accounting style
        t = trimValue(t.substr(1, t.size() - 2));
    }
    auto takeSign = [&]() {
        if (!t.empty() && (t.front() == '-' || t.front() == '+')) {
            negative = negative != (t.front() == '-');
            t = trimValue(t.substr(1));
        }
    };
    takeSign();
    const std::string expected(currency);
    if (!stripCurrency(t, currency, true) || !stripCurrency(t, currency, false)) {
        return Result::failure("not an amount in " + expected + ": " + quoted(text));
    }
    if (!negative) {
        takeSign(); // "€ -12"
    }
    const int currencyDigits = core::currencyDigits(currency);
    const auto rule =
        currencyDigits == 3 ? LoneSeparator::Decimal : LoneSeparator::ThousandsIfThreeDigits;
    DecimalDigits digits;
    if (const auto why = detail::splitDecimal(t, rule, digits); !why.empty()) {
        return Result::failure("not an amount (" + why + "): " + quoted(text));
    }
    while (digits.fraction.size() > static_cast<std::size_t>(currencyDigits) &&
           digits.fraction.back() == '0') {
        digits.fraction.pop_back();
    }
    if (digits.fraction.size() > static_cast<std::size_t>(currencyDigits)) {
        return Result::failure("more than " + std::to_string(currencyDigits) + " decimals for " +
                               expected + ": " + quoted(text));
    }
    std::string decimal = negative ? "-" : "";
    decimal += digits.whole.empty() ? "0" : digits.whole;
    if (!digits.fraction.empty()) {
        decimal += '.' + digits.fraction;
    }
    auto money = core::Money::parse(decimal, expected);
    if (!money) {
        return Result::failure("amount too large: " + quoted(text));
    }
    return Result::of(std::move(*money));
}

} // namespace cd::io
