#include "TempDir.h"

#include "core/Kpi.h"
#include "core/KpiInputs.h"
#include "storage/CampaignRepository.h"
#include "storage/ContentAggregates.h"
#include "storage/ContentRepository.h"
#include "storage/DemoData.h"
#include "storage/Generator.h"
#include "storage/InfluencerRepository.h"
#include "storage/KpiData.h"
#include "storage/Snapshot.h"
#include "storage/StorageError.h"
#include "storage/Workbook.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace cd::core;
using namespace cd::storage;

namespace {

const Date kToday = Date::fromYmd(2026, 6, 15);

// The SQL aggregates of every campaign equal the in-memory sums of its items.
void requireSameAsInMemory(Workbook& wb)
{
    ContentAggregates aggregates(wb.db());
    ContentRepository content(wb.db());
    for (const auto& c : CampaignRepository(wb.db()).list()) {
        INFO("campaign " << c.id << " " << c.name);
        const auto items = content.listByCampaign(c.id);
        const auto fromSql = aggregates.ofCampaign(c.id);
        const auto inMemory = aggregateContent(items);
        CHECK(fromSql.totals == inMemory.totals);
        CHECK(fromSql.authors == inMemory.authors);
        CHECK(fromSql.days == inMemory.days);
        CHECK(fromSql.totals.postsPlanned == static_cast<std::int64_t>(items.size()));
    }
}

} // namespace

TEST_CASE("Content aggregates equal the in-memory sums on the demo workbook", "[aggregates]")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("demo.cdwb"));
    populateDemo(wb, kToday);
    requireSameAsInMemory(wb);

    // Worked by hand from the demo's content table (DemoCampaigns.cpp): 18 items report figures.
    const auto summer = CampaignRepository(wb.db()).find("Summer Glow SPF Launch");
    REQUIRE(summer);
    const auto s = ContentAggregates(wb.db()).ofCampaign(summer->id).totals;
    CHECK(s.impressions.value() == 3396400);
    CHECK(s.reach.value() == 2313800);
    CHECK(s.engagements.value() == 152587); // stories report shares only
    CHECK(s.clicks.value() == 32020);
    CHECK(s.conversions.value() == 1194);
    CHECK(s.revenueMinor.value() == 3954000);
    CHECK(s.brandMentions.value() == 103);
    CHECK(s.postsPublished == 19); // the live session is published but reports nothing yet
    CHECK(s.postsPlanned == 31);
    CHECK(s.reach.items == 18);

    // Giulia Romano's one TikTok (published 20 days before today): 41,000 + 1,350 + 3,900 +
    // 5,200 engagements and 640,000 reach; nothing else was published that day.
    const auto all = ContentAggregates(wb.db()).ofCampaign(summer->id);
    Id giulia = 0;
    for (const auto& i : InfluencerRepository(wb.db()).list()) {
        if (i.name == "Giulia Romano") {
            giulia = i.id;
        }
    }
    const auto tiktok =
        std::find_if(all.authors.begin(), all.authors.end(), [&](const AuthorSums& a) {
            return a.influencerId == giulia && a.platform == Platform::TikTok;
        });
    REQUIRE(tiktok != all.authors.end());
    CHECK(tiktok->engagements == KnownSum{51450, 1});
    CHECK(tiktok->reach == KnownSum{640000, 1});
    CHECK(tiktok->postsPublished == 1);
    const auto day = std::find_if(all.days.begin(), all.days.end(), [](const PeriodSums& p) {
        return p.start == kToday.addDays(-20);
    });
    REQUIRE(day != all.days.end());
    CHECK(*day == PeriodSums{kToday.addDays(-20), 51450, 640000});
}

TEST_CASE("Content aggregates keep unknown metrics out of totals and rates", "[aggregates]")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("unknowns.cdwb"));
    Campaign c;
    c.name = "Unknowns";
    CampaignRepository(wb.db()).add(c);
    ContentRepository content(wb.db());
    ContentItem a;
    a.campaignId = c.id;
    a.publishedDate = Date::fromYmd(2026, 6, 10);
    a.metrics.impressions = 1000;
    a.metrics.reach = 800;
    a.metrics.likes = 70;
    a.metrics.clicks = 20;
    ContentItem b;
    b.campaignId = c.id;
    b.approval = ApprovalStatus::Published; // published, with no date
    b.metrics.impressions = 500;
    b.metrics.shares = 10;
    ContentItem planned;
    planned.campaignId = c.id;
    for (auto* item : {&a, &b, &planned}) {
        content.add(*item);
    }

    const auto s = ContentAggregates(wb.db()).ofCampaign(c.id).totals;
    CHECK(s.impressions == KnownSum{1500, 2});
    CHECK(s.reach == KnownSum{800, 1});
    CHECK(s.engagements == KnownSum{80, 2});
    CHECK_FALSE(s.conversions.value().has_value());
    CHECK_FALSE(s.revenueMinor.value().has_value());
    CHECK(s.engagementsByReach == PairedSum{70, 800, 1});
    CHECK(s.engagementsByImpressions == PairedSum{80, 1500, 2});
    CHECK(s.clicksByImpressions == PairedSum{20, 1000, 1});
    CHECK(s.conversionsByClicks == PairedSum{0, 0, 0});
    CHECK(s.postsPublished == 2);
    CHECK(s.postsPlanned == 3);
    requireSameAsInMemory(wb);

    // A campaign without content: nothing known, nothing published.
    Campaign empty;
    empty.name = "Empty";
    CampaignRepository(wb.db()).add(empty);
    const auto none = ContentAggregates(wb.db()).ofCampaign(empty.id);
    CHECK(none.totals == ContentSums{});
    CHECK(none.authors.empty());
    CHECK(none.days.empty());
}

TEST_CASE("Content aggregates equal the in-memory sums on a generated workbook", "[aggregates]")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("generated.cdwb"));
    generate(wb, GeneratorSpec{400, 4, 200, 20000, 7});
    requireSameAsInMemory(wb);

    // The loader feeds the KPI engine the same numbers as the items themselves would.
    for (const auto& c : CampaignRepository(wb.db()).list()) {
        INFO("campaign " << c.id);
        const auto data = loadKpiData(wb.db(), c.id, kToday);
        const auto snapshot = loadSnapshot(wb.db(), c.id);
        KpiInputs fromItems;
        fromItems.content = sumContent(snapshot.content);
        fromItems.authors = sumByAuthor(snapshot.content);
        fromItems.spend = paidSpend(snapshot.payments, c.currency);
        fromItems.delivery = data.inputs.delivery;
        const auto expected = cd::core::computeKpis(c, fromItems, data.authors, kToday);
        const auto actual = computeKpis(data, kToday);
        REQUIRE(actual.size() == expected.size());
        for (std::size_t i = 0; i < actual.size(); ++i) {
            INFO(actual[i].key());
            CHECK(actual[i].value == expected[i].value);
            CHECK(actual[i].status == expected[i].status);
        }
        CHECK(findKpi(actual, "engagement_rate_followers")->value.has_value());
    }
}

TEST_CASE("KPI data of a missing campaign is a Missing storage error", "[aggregates]")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("none.cdwb"));
    CHECK_THROWS_AS(loadKpiData(wb.db(), 42, kToday), StorageError);
}
