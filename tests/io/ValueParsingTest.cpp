#include "io/ValueParsing.h"

#include <catch2/catch.hpp>

using namespace cd::io;
using cd::core::Date;
using cd::core::Money;
using cd::core::Platform;

namespace {

std::int64_t count(std::string_view text)
{
    const auto p = parseCount(text);
    INFO("count " << text << ": " << p.error);
    REQUIRE(p.hasValue());
    return p.value;
}

double rate(std::string_view text, RateScale scale = RateScale::Auto)
{
    const auto p = parseRate(text, scale);
    INFO("rate " << text << ": " << p.error);
    REQUIRE(p.hasValue());
    return p.value;
}

std::int64_t minor(std::string_view text, std::string_view currency = "EUR")
{
    const auto p = parseMoney(text, currency);
    INFO("money " << text << ": " << p.error);
    REQUIRE(p.hasValue());
    CHECK(p.value.currency() == currency);
    return p.value.minorUnits();
}

std::string handle(std::string_view text)
{
    const auto p = parseHandle(text);
    INFO("handle " << text << ": " << p.error);
    REQUIRE(p.hasValue());
    return p.value.handle;
}

std::string isoDate(std::string_view text, DateOrder order = DateOrder::DayFirst)
{
    const auto p = parseDate(text, order);
    INFO("date " << text << ": " << p.error);
    REQUIRE(p.hasValue());
    return p.value.toIso();
}

} // namespace

TEST_CASE("Counts with unit suffixes")
{
    CHECK(count("1.2M") == 1'200'000);
    CHECK(count("15.3K") == 15'300);
    CHECK(count("29.0b") == 29'000'000'000);
    CHECK(count("3.3k") == 3'300);
    CHECK(count("475.8m") == 475'800'000); // lowercase m is million, not milli
    CHECK(count("0.89k") == 890);
    CHECK(count("10.4M") == 10'400'000);
    CHECK(count("1,2M") == 1'200'000); // decimal comma before a suffix
    CHECK(count("2 mln") == 2'000'000);
    CHECK(count("1.5bn") == 1'500'000'000);
    CHECK(count("1.2345k") == 1'235); // rounded half up
    CHECK(count("7K") == 7'000);
}

TEST_CASE("Counts with thousands separators")
{
    CHECK(count("1200") == 1200);
    CHECK(count("1,234,567") == 1'234'567);
    CHECK(count("1.234.567") == 1'234'567);
    CHECK(count("48,900") == 48'900);
    CHECK(count("48.900") == 48'900); // the ambiguity rule: 3 digits after → thousands
    CHECK(count("1.234") == 1'234);
    CHECK(count("12 500") == 12'500);
    CHECK(count("12\xC2\xA0"
                "500") == 12'500); // no-break space
    CHECK(count("12\xE2\x80\xAF"
                "500") == 12'500); // narrow no-break space
    CHECK(count("1'234'567") == 1'234'567);
    CHECK(count("12,34,567") == 1'234'567); // Indian grouping
    CHECK(count("1,234,567.00") == 1'234'567);
    CHECK(count("1.234.567,4") == 1'234'567);
    CHECK(count(" +42 ") == 42);
    CHECK(count("007") == 7);
}

TEST_CASE("Counts with decimals round half up")
{
    CHECK(count("1234.5") == 1235);
    CHECK(count("1234,4") == 1234);
    CHECK(count("0.500") == 1); // a leading 0 group is never a thousands group
    CHECK(count("1200.0") == 1200);
}

TEST_CASE("Unknown count markers are unknown, not errors")
{
    for (const auto* text : {"", "   ", "NaN", "nan", "N/A", "n/a", "NA", "#N/A", "-", "--",
                             "\xE2\x80\x94", "\xE2\x80\x93", "null", "?", "n.d."}) {
        INFO(text);
        CHECK(parseCount(text).isUnknown());
    }
}

TEST_CASE("Bad counts are errors with a reason")
{
    for (const auto* text :
         {"-5", "-1.2k", "abc", "12x", "1.2.3", "1,23,4", "1,234.567,8", "12.", "1..2", "1.2kk",
          "99999999999999999999", "9999999999b", "1,234 567", "1.234,567.8", "k", "+"}) {
        INFO(text);
        const auto p = parseCount(text);
        CHECK(p.isError());
        CHECK_FALSE(p.error.empty());
    }
    CHECK(parseCount("-5").error.find("negative") != std::string::npos);
}

TEST_CASE("Counts up to the int64 limit")
{
    CHECK(count("9223372036854775807") == INT64_MAX);
    CHECK(parseCount("9223372036854775808").isError());
    CHECK(count("9.2b") == 9'200'000'000);
}

TEST_CASE("Rates become fractions")
{
    CHECK(rate("3.4%") == 0.034);
    CHECK(rate("3,4%") == 0.034);
    CHECK(rate("3.4 %") == 0.034);
    CHECK(rate("1.39%") == 0.0139);
    CHECK(rate("0.034") == 0.034);
    CHECK(rate("3.4") == 0.034); // a bare number above 1 is a percentage
    CHECK(rate("100%") == 1.0);
    CHECK(rate("0%") == 0.0);
    CHECK(rate("1") == 1.0); // the documented edge: "1" is a fraction, i.e. 100 %
    CHECK(rate("2") == 0.02);
    CHECK(rate("50") == 0.5);
    CHECK(rate(".5") == 0.5);
    CHECK(rate("0,5", RateScale::Percent) == 0.005);
    CHECK(rate("0.5", RateScale::Fraction) == 0.5);
    CHECK(parseRate("N/A").isUnknown());
    CHECK(parseRate("NaN%").isUnknown());
    CHECK(parseRate("").isUnknown());
}

TEST_CASE("Bad rates are errors")
{
    for (const auto* text : {"101%", "150", "-1%", "abc", "3.4.5%", "%", "3,4,5", "1.234,5%"}) {
        INFO(text);
        CHECK(parseRate(text).isError());
    }
    CHECK(parseRate("1.5", RateScale::Fraction).isError());
}

TEST_CASE("Money in exact minor units, as people write it")
{
    CHECK(minor("1234.56") == 123456);
    CHECK(minor("1.234,56") == 123456);
    CHECK(minor("1,234.56") == 123456);
    CHECK(minor("\xE2\x82\xAC 1.234,56") == 123456);
    CHECK(minor("1.234,56 \xE2\x82\xAC") == 123456);
    CHECK(minor("EUR 1234.5") == 123450);
    CHECK(minor("1234,5") == 123450);
    CHECK(minor("1.234") == 123400); // thousands, as for counts
    CHECK(minor("1 234,56") == 123456);
    CHECK(minor("-12") == -1200);
    CHECK(minor("\xE2\x82\xAC -12,50") == -1250);
    CHECK(minor("-\xE2\x82\xAC"
                "12,50") == -1250);
    CHECK(minor("(12.50)") == -1250);
    CHECK(minor("0.10") == 10);
    CHECK(minor("12.500,00") == 1250000);
    CHECK(minor("0.500") == 50); // trailing zeros beyond the currency's digits are harmless
    CHECK(minor("$1,200.00", "USD") == 120000);
    CHECK(minor("\xC2\xA3"
                "99.99",
                "GBP") == 9999);
    CHECK(minor("1.234", "JPY") == 1234);
    CHECK(minor("1.234", "KWD") == 1234); // 3-decimal currency: a lone separator is decimal
    CHECK(minor("12,345,678.90") == 1234567890);
    CHECK(parseMoney("", "EUR").isUnknown());
    CHECK(parseMoney("n/a", "EUR").isUnknown());
}

TEST_CASE("Bad money is refused, never rounded")
{
    CHECK(parseMoney("12.345", "KWD").hasValue());
    for (const auto* text : {"1.5", "12,34"}) {
        INFO(text);
        CHECK(parseMoney(text, "JPY").isError());
    }
    for (const auto* text : {"12.345,678", "1,2345", "12.3456", "abc", "$12", "USD 12",
                             "\xC2\xA3"
                             "12",
                             "12 EURO", "1.2k", "99999999999999999999"}) {
        INFO(text);
        CHECK(parseMoney(text, "EUR").isError());
    }
    CHECK(parseMoney("1,2345", "EUR").error.find("decimals") != std::string::npos);
}

TEST_CASE("Handles: trimmed, '@' dropped, profile addresses reduced to the name")
{
    CHECK(handle("  @itsyaboymaina ") == "itsyaboymaina");
    CHECK(handle("iamka.reen") == "iamka.reen");
    CHECK(handle("https://www.instagram.com/name/") == "name");
    CHECK(handle("http://instagram.com/name?hl=it") == "name");
    CHECK(handle("tiktok.com/@name") == "name");
    CHECK(handle("https://www.tiktok.com/@name/video/123") == "name");
    CHECK(handle("https://youtube.com/@chan") == "chan");
    CHECK(handle("https://www.youtube.com/c/chan") == "chan");
    CHECK(handle("https://x.com/someone") == "someone");
    CHECK(handle("https://www.linkedin.com/in/jane-doe/") == "jane-doe");
    CHECK(parseHandle("https://www.tiktok.com/@name").value.platform == Platform::TikTok);
    CHECK(parseHandle("instagram.com/name").value.platform == Platform::Instagram);
    CHECK_FALSE(parseHandle("@name").value.platform.has_value());
    CHECK(parseHandle("").isUnknown());
    CHECK(parseHandle("-").isUnknown());
    CHECK(parseHandle("none").hasValue()); // could be a real account name
    CHECK(parseHandle("@").isError());
    CHECK(parseHandle("two words").isError());
    CHECK(parseHandle("https://example.com/name").isError());
    CHECK(parseHandle("https://www.instagram.com/").isError());
}

TEST_CASE("Dates: ISO, day-first by default, month-first on request")
{
    CHECK(isoDate("2026-03-01") == "2026-03-01");
    CHECK(isoDate("2026/03/01") == "2026-03-01");
    CHECK(isoDate("2026-03-01T10:30:00") == "2026-03-01");
    CHECK(isoDate("2026-03-01 00:00:00") == "2026-03-01");
    CHECK(isoDate("01/03/2026") == "2026-03-01");
    CHECK(isoDate("1.3.2026") == "2026-03-01");
    CHECK(isoDate("1-3-2026") == "2026-03-01");
    CHECK(isoDate("01/03/26") == "2026-03-01");
    CHECK(isoDate("01/03/99") == "1999-03-01");
    CHECK(isoDate("03/01/2026", DateOrder::MonthFirst) == "2026-03-01");
    CHECK(isoDate("29/02/2028") == "2028-02-29");
    CHECK(parseDate("").isUnknown());
    CHECK(parseDate("N/A").isUnknown());
}

TEST_CASE("Impossible dates are errors, with a hint when the order looks swapped")
{
    for (const auto* text : {"2026-02-30", "31/04/2026", "29/02/2027", "2026-13-01", "1/3",
                             "2026.03", "yesterday", "01/03/2026x", "1/3-2026", "12345/1/1"}) {
        INFO(text);
        CHECK(parseDate(text).isError());
    }
    const auto swapped = parseDate("03/25/2026");
    REQUIRE(swapped.isError());
    CHECK(swapped.error.find("month-first") != std::string::npos);
}

TEST_CASE("trimValue removes ASCII and Unicode spaces around a value")
{
    CHECK(trimValue(" \t12\r\n") == "12");
    CHECK(trimValue("\xC2\xA0"
                    "12\xE2\x80\x8B") == "12");
    CHECK(trimValue("\xEF\xBB\xBF"
                    "x") == "x");
    CHECK(trimValue("   ").empty());
}
