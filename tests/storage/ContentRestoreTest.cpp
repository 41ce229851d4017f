#include "TempDir.h"

#include "storage/CampaignRepository.h"
#include "storage/ContentRepository.h"
#include "storage/InfluencerRepository.h"
#include "storage/StorageError.h"
#include "storage/Workbook.h"

#include <catch2/catch.hpp>

using namespace cd::core;
using namespace cd::storage;

namespace {

struct ContentFixture {
    TempDir dir;
    Workbook wb = Workbook::create(dir.file("content.cdwb"));
    ContentRepository content{wb.db()};
    Campaign campaign;
    Influencer influencer;

    ContentFixture()
    {
        campaign.name = "Summer Glow";
        campaign.currency = "EUR";
        campaign.budget = Money(1000000, "EUR");
        CampaignRepository(wb.db()).add(campaign);
        influencer.name = "Zoë Bianchi";
        InfluencerRepository(wb.db()).add(influencer);
    }

    ContentItem sample(const std::string& title) const
    {
        ContentItem item;
        item.campaignId = campaign.id;
        item.influencerId = influencer.id;
        item.platform = Platform::TikTok;
        item.type = ContentType::Video;
        item.title = title;
        item.plannedDate = Date::parseIso("2026-05-20");
        item.publishedDate = Date::parseIso("2026-05-22");
        item.url = "https://tiktok.example/v/1";
        item.approval = ApprovalStatus::Published;
        item.metrics.impressions = 50000;
        item.metrics.likes = 1200;
        item.metrics.revenue = Money(12345, "EUR");
        return item;
    }
};

} // namespace

TEST_CASE("A deleted content item is restored under its old id with every field")
{
    ContentFixture f;
    ContentItem first = f.sample("First");
    ContentItem second = f.sample("Second");
    f.content.add(first);
    f.content.add(second);
    second.metrics.reach = 40000;
    f.content.update(second); // version 2: restore must keep it, not start again at 1
    REQUIRE(second.version == 2);

    const ContentItem removed = *f.content.get(second.id);
    f.content.remove(second.id);
    REQUIRE_FALSE(f.content.get(second.id));

    f.content.restore(removed);
    const auto back = f.content.get(second.id);
    REQUIRE(back);
    CHECK(*back == removed);
    CHECK(back->id == second.id);
    CHECK(back->version == 2);
    CHECK(back->metrics.reach == 40000);
    CHECK(back->metrics.revenue == Money(12345, "EUR"));
    CHECK(back->metrics.comments == std::nullopt); // unknown stays unknown, not 0
    CHECK(f.content.countByCampaign(f.campaign.id) == 2);

    // The restored row is an ordinary row: it can be updated with the version it holds.
    ContentItem edited = *back;
    edited.metrics.likes = 1300;
    f.content.update(edited);
    CHECK(f.content.get(second.id)->metrics.likes == 1300);

    // A row added after the restore does not take a restored id.
    ContentItem third = f.sample("Third");
    f.content.add(third);
    CHECK(third.id != first.id);
    CHECK(third.id != second.id);
}

TEST_CASE("Restoring content refuses an id in use and an item with no id")
{
    ContentFixture f;
    ContentItem item = f.sample("Only");
    f.content.add(item);

    ContentItem clash = f.sample("Clash");
    clash.id = item.id;
    try {
        f.content.restore(clash);
        FAIL("restoring over an existing row must be refused");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Constraint);
    }
    CHECK(f.content.get(item.id)->title == "Only");

    ContentItem noId = f.sample("No id");
    CHECK_THROWS_AS(f.content.restore(noId), StorageError);
    CHECK(f.content.countByCampaign(f.campaign.id) == 1);
}
