#include "core/Date.h"

#include <catch2/catch.hpp>

using cd::core::Date;

TEST_CASE("Dates parse and print as ISO 8601")
{
    const auto d = Date::parseIso("2026-02-28");
    REQUIRE(d);
    CHECK(d->year() == 2026);
    CHECK(d->month() == 2);
    CHECK(d->day() == 28);
    CHECK(d->toIso() == "2026-02-28");
    CHECK(d->addDays(1).toIso() == "2026-03-01");
    CHECK(Date::parseIso("2024-02-29")->addDays(365).toIso() == "2025-02-28");
}

TEST_CASE("Impossible or malformed dates are refused")
{
    CHECK_FALSE(Date::parseIso("2026-02-29"));
    CHECK_FALSE(Date::parseIso("2026-13-01"));
    CHECK_FALSE(Date::parseIso("2026-1-01"));
    CHECK_FALSE(Date::parseIso("01/02/2026"));
    CHECK_FALSE(Date::parseIso(""));
    CHECK_FALSE(Date::parseIso("2026-0a-01"));
}

TEST_CASE("Date arithmetic and weekdays")
{
    const auto a = Date::fromYmd(2026, 11, 23);
    CHECK(a.isoWeekday() == 1); // a Monday
    CHECK(a.daysUntil(Date::fromYmd(2026, 12, 25)) == 32);
    CHECK(Date::fromYmd(1970, 1, 1).daysSinceEpoch() == 0);
    CHECK(Date::fromYmd(1969, 12, 31).toIso() == "1969-12-31");
    CHECK(a < a.addDays(1));
}
