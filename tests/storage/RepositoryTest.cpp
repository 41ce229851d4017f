#include "TempDir.h"

#include "storage/BudgetRepository.h"
#include "storage/CampaignRepository.h"
#include "storage/ContentRepository.h"
#include "storage/ContractRepository.h"
#include "storage/InfluencerRepository.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"
#include "storage/Workbook.h"

#include <catch2/catch.hpp>

using namespace cd::core;
using namespace cd::storage;

namespace {

Date d(const char* iso)
{
    return *Date::parseIso(iso);
}

Campaign sampleCampaign()
{
    Campaign c;
    c.name = "Summer Glow";
    c.brand = "Lumen Cosmetics";
    c.objective = "Launch the SPF line with <b>creators</b> in Italy";
    c.start = d("2026-05-01");
    c.end = d("2026-07-31");
    c.status = CampaignStatus::Active;
    c.currency = "EUR";
    c.budget = Money(4500000, "EUR");
    c.contingencyPercent = 10;
    c.kpiTargets = {{"engagement_rate_reach", 0.05}, {"reach", 2000000}};
    return c;
}

Influencer sampleInfluencer()
{
    Influencer i;
    i.name = "Zoë Bianchi";
    i.handles = {{Platform::Instagram, "zoe.glow", 48900, 0.034},
                 {Platform::TikTok, "zoeglow", std::nullopt, std::nullopt}};
    i.email = "zoe@example.it";
    i.phone = "+39 333 1234567";
    i.country = "IT";
    i.language = "it";
    i.niches = {"beauty", "skincare"};
    i.contactRoute = ContactRoute::Agency;
    i.agencyName = "Milano Talent";
    i.status = RelationshipStatus::Active;
    i.rate = Money(85000, "EUR");
    i.notes = "Birthday 12 March; prefers WhatsApp; dog named Biscotto";
    i.lastContact = d("2026-04-02");
    return i;
}

} // namespace

TEST_CASE("Every entity round-trips through its repository")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("rt.cdwb"));
    auto& db = wb.db();

    Campaign campaign = sampleCampaign();
    CampaignRepository campaigns(db);
    campaigns.add(campaign);
    CHECK(campaign.id > 0);
    CHECK(campaign.version == 1);
    CHECK(campaigns.get(campaign.id) == campaign);

    Influencer influencer = sampleInfluencer();
    InfluencerRepository influencers(db);
    influencers.add(influencer);
    CHECK(influencers.get(influencer.id) == influencer);
    CHECK(influencers.list() == std::vector<Influencer>{influencer});
    CHECK(influencers.findByHandle(Platform::Instagram, "@ZOE.GLOW") == influencer.id);
    CHECK_FALSE(influencers.findByHandle(Platform::TikTok, "zoe.glow"));
    CHECK(influencers.findByEmail("ZOE@example.it") == influencer.id);

    CampaignMember member{campaign.id, influencer.id, 0, PipelineStage::Negotiating, "warm lead"};
    influencers.addMember(member);
    CHECK(influencers.membersOfCampaign(campaign.id) == std::vector<CampaignMember>{member});
    member.stage = PipelineStage::Contracted;
    influencers.updateMember(member);
    CHECK(influencers.campaignsOf(influencer.id).at(0).stage == PipelineStage::Contracted);

    TaskRepository tasks(db);
    Task parent;
    parent.campaignId = campaign.id;
    parent.name = "Content creation";
    parent.kind = TaskKind::Deliverable;
    parent.phase = "Content creation";
    tasks.add(parent);
    Task child;
    child.campaignId = campaign.id;
    child.parentId = parent.id;
    child.position = 0;
    child.name = "Draft approval";
    child.ownerRole = OwnerRole::CreatorManagement;
    child.assignee = "Marta";
    child.status = TaskStatus::InProgress;
    child.plannedStart = d("2026-05-04");
    child.durationDays = 5;
    child.actualStart = d("2026-05-05");
    child.percentComplete = 40;
    child.costEstimate = Money(120000, "EUR");
    child.bufferDays = 2;
    child.influencerId = influencer.id;
    child.notes = "Legal must see the #ad line";
    tasks.add(child);
    CHECK(tasks.get(child.id) == child);
    CHECK(tasks.listByCampaign(campaign.id).size() == 2);
    Task next = child;
    next.id = 0;
    next.name = "Publish";
    next.position = 1;
    tasks.add(next);
    Dependency dep{0, child.id, next.id, DependencyType::SS, -1};
    tasks.addDependency(dep);
    CHECK(tasks.dependenciesOfCampaign(campaign.id) == std::vector<Dependency>{dep});

    ContractRepository contracts(db);
    Contract contract;
    contract.campaignId = campaign.id;
    contract.influencerId = influencer.id;
    contract.status = ContractStatus::Signed;
    contract.signedDate = d("2026-04-20");
    contract.scope = "3 reels, 5 stories";
    contract.deliverables = {{ContentType::Reel, Platform::Instagram, 3, d("2026-06-01")},
                             {ContentType::Story, Platform::Instagram, 5, std::nullopt}};
    contract.compensation = CompensationModel::Hybrid;
    contract.fee = Money(150000, "EUR");
    contract.performanceBasis = PerformanceBasis::PerConversion;
    contract.performanceRate = Money(250, "EUR");
    contract.bonus = Money(50000, "EUR");
    contract.bonusThreshold = 200;
    contract.upfrontPercent = 50;
    contract.payOnDelivery = true;
    contract.paymentNetDays = 15;
    contract.exclusivityCategory = "sun care";
    contract.exclusivityStart = d("2026-05-01");
    contract.exclusivityEnd = d("2026-08-31");
    contract.usageRightsMonths = 6;
    contract.shipments = {{"SPF50 kit", "n/a", 1, d("2026-04-25"), std::nullopt}};
    contract.notes = "Agency takes 20%";
    contracts.add(contract);
    CHECK(contracts.get(contract.id) == contract);
    CHECK(contracts.listByCampaign(campaign.id) == std::vector<Contract>{contract});

    BudgetRepository budget(db);
    BudgetLine line;
    line.campaignId = campaign.id;
    line.category = BudgetCategory::InfluencerFees;
    line.description = "Creator fees";
    line.planned = Money(3000000, "EUR");
    line.committed = Money(150000, "EUR");
    budget.addLine(line);
    CHECK(budget.getLine(line.id) == line);
    Payment payment;
    payment.campaignId = campaign.id;
    payment.budgetLineId = line.id;
    payment.contractId = contract.id;
    payment.description = "Upfront 50%";
    payment.amount = Money(75000, "EUR");
    payment.dueDate = d("2026-04-30");
    payment.paidDate = d("2026-04-28");
    budget.addPayment(payment);
    CHECK(budget.getPayment(payment.id) == payment);
    CHECK(budget.paymentsOfCampaign(campaign.id).size() == 1);

    ContentRepository content(db);
    ContentItem item;
    item.campaignId = campaign.id;
    item.influencerId = influencer.id;
    item.platform = Platform::Instagram;
    item.type = ContentType::Reel;
    item.title = "SPF routine";
    item.plannedDate = d("2026-05-20");
    item.publishedDate = d("2026-05-21");
    item.url = "https://instagram.example/p/1";
    item.approval = ApprovalStatus::Published;
    item.metrics.impressions = 120000;
    item.metrics.reach = 90000;
    item.metrics.likes = 5400;
    item.metrics.comments = 210;
    item.metrics.clicks = 800;
    item.metrics.conversions = 35;
    item.metrics.revenue = Money(104965, "EUR");
    content.add(item);
    CHECK(content.get(item.id) == item);
    CHECK(content.countByCampaign(campaign.id) == 1);
}

TEST_CASE("Updates bump the row version and detect a stale copy")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("v.cdwb"));
    CampaignRepository campaigns(wb.db());
    Campaign c = sampleCampaign();
    campaigns.add(c);
    Campaign stale = c;
    c.name = "Renamed";
    campaigns.update(c);
    CHECK(c.version == 2);
    CHECK(campaigns.get(c.id)->version == 2);
    stale.brand = "Lost update";
    try {
        campaigns.update(stale);
        FAIL("a stale update must be refused");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Conflict);
    }
    CHECK(campaigns.get(c.id)->name == "Renamed");
    CHECK(campaigns.get(c.id)->brand == "Lumen Cosmetics");

    campaigns.remove(c.id);
    Campaign gone = c;
    try {
        campaigns.update(gone);
        FAIL("updating a removed row must be refused");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Missing);
    }
}

TEST_CASE("Deleting a task removes its subtree and dependencies")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("t.cdwb"));
    Campaign c = sampleCampaign();
    CampaignRepository(wb.db()).add(c);
    TaskRepository tasks(wb.db());
    Task a;
    a.campaignId = c.id;
    a.name = "A";
    tasks.add(a);
    Task b = a;
    b.id = 0;
    b.name = "B";
    b.parentId = a.id;
    tasks.add(b);
    Task other = a;
    other.id = 0;
    other.name = "Other";
    tasks.add(other);
    Dependency dep{0, b.id, other.id, DependencyType::FS, 0};
    tasks.addDependency(dep);
    tasks.remove(a.id);
    const auto left = tasks.listByCampaign(c.id);
    REQUIRE(left.size() == 1);
    CHECK(left[0].name == "Other");
    CHECK(tasks.dependenciesOfCampaign(c.id).empty());
}

TEST_CASE("Campaigns are found by id or by name")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("f.cdwb"));
    CampaignRepository campaigns(wb.db());
    Campaign c = sampleCampaign();
    campaigns.add(c);
    CHECK(campaigns.find(std::to_string(c.id))->name == "Summer Glow");
    CHECK(campaigns.find("Summer Glow")->id == c.id);
    CHECK(campaigns.find("summer glow")->id == c.id);
    CHECK_FALSE(campaigns.find("Winter"));
}

TEST_CASE("Schema rules hold: one contract per influencer and campaign")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("c.cdwb"));
    Campaign c = sampleCampaign();
    CampaignRepository(wb.db()).add(c);
    Influencer i = sampleInfluencer();
    InfluencerRepository(wb.db()).add(i);
    Contract first;
    first.campaignId = c.id;
    first.influencerId = i.id;
    ContractRepository(wb.db()).add(first);
    Contract second = first;
    second.id = 0;
    try {
        ContractRepository(wb.db()).add(second);
        FAIL("a second contract must be refused");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Constraint);
    }
    CHECK(ContractRepository(wb.db()).listByCampaign(c.id).size() == 1);
}

TEST_CASE("Lookups leave no read snapshot open: another program's writes are seen and ours go on")
{
    TempDir dir;
    const auto path = dir.file("two.cdwb");
    auto mine = Workbook::create(path);
    CampaignRepository campaigns(mine.db());
    Campaign c = sampleCampaign();
    campaigns.add(c);
    CHECK(campaigns.get(c.id)); // a single-row lookup stops on its row

    auto theirs = Workbook::open(path, Workbook::Mode::ReadWrite, 100);
    Campaign other = sampleCampaign();
    other.name = "Theirs";
    CampaignRepository(theirs.db()).add(other);

    CHECK(campaigns.list().size() == 2); // not a stale snapshot
    Campaign more = sampleCampaign();
    more.name = "Mine again";
    CHECK_NOTHROW(campaigns.add(more)); // the write is not refused as locked
    CHECK(CampaignRepository(theirs.db()).list().size() == 3);
}
