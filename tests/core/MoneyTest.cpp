#include "core/Money.h"

#include <catch2/catch.hpp>

using cd::core::Money;

TEST_CASE("Money parses decimal strings exactly")
{
    CHECK(Money::parse("1200", "EUR")->minorUnits() == 120000);
    CHECK(Money::parse("1200.5", "EUR")->minorUnits() == 120050);
    CHECK(Money::parse("-3.75", "EUR")->minorUnits() == -375);
    CHECK(Money::parse("0.01", "USD")->minorUnits() == 1);
    CHECK(Money::parse("1500", "JPY")->minorUnits() == 1500);
    CHECK(Money::parse("1.234", "KWD")->minorUnits() == 1234);
}

TEST_CASE("Money refuses what it cannot hold exactly")
{
    CHECK_FALSE(Money::parse("1.005", "EUR")); // a third decimal would be rounded away
    CHECK_FALSE(Money::parse("12.5", "JPY"));
    CHECK_FALSE(Money::parse("", "EUR"));
    CHECK_FALSE(Money::parse("1,5", "EUR"));
    CHECK_FALSE(Money::parse("abc", "EUR"));
    CHECK_FALSE(Money::parse("1.2.3", "EUR"));
    CHECK_FALSE(Money::parse("99999999999999999999", "EUR"));
}

TEST_CASE("Money prints as a decimal string with the currency's digits")
{
    CHECK(Money(120050, "EUR").toDecimalString() == "1200.50");
    CHECK(Money(-5, "EUR").toDecimalString() == "-0.05");
    CHECK(Money(0, "EUR").toDecimalString() == "0.00");
    CHECK(Money(1500, "JPY").toDecimalString() == "1500");
    CHECK(Money(1234, "KWD").toDecimalString() == "1.234");
    CHECK(Money(INT64_MIN, "EUR").toDecimalString() == "-92233720368547758.08");
}

TEST_CASE("Money arithmetic has no rounding drift")
{
    Money sum = Money::zero("EUR");
    for (int i = 0; i < 1000; ++i) {
        sum += *Money::parse("0.10", "EUR");
    }
    CHECK(sum.toDecimalString() == "100.00");
    CHECK((Money(100, "EUR") - Money(250, "EUR")).minorUnits() == -150);
    CHECK_THROWS_AS(Money(1, "EUR") + Money(1, "USD"), std::invalid_argument);
}

TEST_CASE("Scaling rounds half away from zero once")
{
    CHECK(Money(1000, "EUR").scaled(1, 3).minorUnits() == 333);
    CHECK(Money(1000, "EUR").scaled(2, 3).minorUnits() == 667);
    CHECK(Money(5, "EUR").scaled(1, 2).minorUnits() == 3);
    CHECK(Money(-5, "EUR").scaled(1, 2).minorUnits() == -3);
    CHECK(Money(INT64_MAX / 2, "EUR").scaled(2, 2).minorUnits() == INT64_MAX / 2);
    CHECK_THROWS(Money(1, "EUR").scaled(1, 0));
}
