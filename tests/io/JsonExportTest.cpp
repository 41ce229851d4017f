#include "io/JsonExport.h"

#include <catch2/catch.hpp>

using namespace cd::core;
using cd::io::toJson;

TEST_CASE("Campaign JSON: money as decimal string, dates ISO, unknown as null")
{
    Campaign c;
    c.id = 4;
    c.name = "Spring";
    c.brand = "Lumen";
    c.start = Date::fromYmd(2026, 3, 1);
    c.status = CampaignStatus::Active;
    c.currency = "EUR";
    c.budget = Money(1234505, "EUR");
    const auto j = toJson(c);
    CHECK(j["id"] == 4);
    CHECK(j["budget"] == "12345.05");
    CHECK(j["start"] == "2026-03-01");
    CHECK(j["end"].is_null());
    CHECK(j["status"] == "active");
    CHECK(j["currency"] == "EUR");
}

TEST_CASE("Influencer JSON: main account first, every handle listed, rates as fractions")
{
    Influencer i;
    i.id = 9;
    i.name = "Zoë <b>";
    i.handles = {{Platform::TikTok, "zoe", 15300, 0.034},
                 {Platform::YouTube, "zoetube", std::nullopt, std::nullopt}};
    i.niches = {"beauty", "travel"};
    i.status = RelationshipStatus::Negotiating;
    const auto j = toJson(i);
    CHECK(j["name"] == "Zoë <b>");
    CHECK(j["platform"] == "tiktok");
    CHECK(j["handle"] == "zoe");
    CHECK(j["followers"] == 15300);
    CHECK(j["engagement_rate"] == Approx(0.034));
    CHECK(j["niche"] == "beauty, travel");
    CHECK(j["status"] == "negotiating");
    REQUIRE(j["handles"].size() == 2);
    CHECK(j["handles"][1]["platform"] == "youtube");
    CHECK(j["handles"][1]["followers"].is_null());
    CHECK(j.dump().find("Zo\xc3\xab") != std::string::npos);
}

TEST_CASE("An influencer without handles has null platform and handle")
{
    Influencer i;
    i.name = "Only a name";
    const auto j = toJson(i);
    CHECK(j["platform"].is_null());
    CHECK(j["handle"].is_null());
    CHECK(j["followers"].is_null());
    CHECK(j["handles"].empty());
}
