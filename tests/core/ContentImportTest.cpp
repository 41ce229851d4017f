#include "core/ContentImport.h"

#include <catch2/catch.hpp>

using namespace cd::core;

TEST_CASE("A post's URL as a key ignores scheme, www, host case, fragment and trailing slash")
{
    CHECK(contentUrlKey(" https://www.Instagram.com/p/AbC/ ") == "instagram.com/p/AbC");
    CHECK(contentUrlKey("http://instagram.com/p/AbC#comments") == "instagram.com/p/AbC");
    // Paths and queries keep their case: YouTube ids differ by case.
    CHECK(contentUrlKey("https://youtube.com/watch?v=AbC") == "youtube.com/watch?v=AbC");
    CHECK(contentUrlKey("https://youtube.com/watch?v=abc") !=
          contentUrlKey("youtube.com/watch?v=AbC"));
    CHECK(contentUrlKey("") == "");
}

TEST_CASE("A file row replaces the figures it knows and keeps the item's others")
{
    ContentItem item;
    item.type = ContentType::Reel;
    item.title = "Summer look";
    item.approval = ApprovalStatus::Approved;
    item.plannedDate = Date::fromYmd(2026, 6, 1);
    item.metrics.impressions = 100;
    item.metrics.likes = 10;
    item.metrics.saves = 4;

    ContentCandidate row;
    row.item.platform = Platform::Instagram;
    row.item.publishedDate = Date::fromYmd(2026, 6, 3);
    row.item.url = "https://instagram.com/reel/1";
    row.item.metrics.impressions = 250;
    row.item.metrics.saves = 0; // a known zero is a value
    row.item.metrics.revenue = Money(1999, "EUR");
    applyContentRow(item, row);

    CHECK(item.type == ContentType::Reel);                // the row did not say
    CHECK(item.title == "Summer look");                   // empty title keeps the item's
    CHECK(item.plannedDate == Date::fromYmd(2026, 6, 1)); // unknown keeps the item's
    CHECK(item.publishedDate == Date::fromYmd(2026, 6, 3));
    CHECK(item.url == "https://instagram.com/reel/1");
    CHECK(item.approval == ApprovalStatus::Published); // posted, said the platform
    CHECK(item.metrics.impressions == 250);
    CHECK(item.metrics.likes == 10);
    CHECK(item.metrics.saves == 0);
    CHECK(item.metrics.revenue == Money(1999, "EUR"));

    ContentCandidate approval;
    approval.item.approval = ApprovalStatus::ChangesRequested;
    approval.approvalGiven = true;
    approval.item.type = ContentType::Story;
    approval.typeGiven = true;
    applyContentRow(item, approval);
    CHECK(item.approval == ApprovalStatus::ChangesRequested);
    CHECK(item.type == ContentType::Story);
    CHECK(item.metrics.impressions == 250);
}
