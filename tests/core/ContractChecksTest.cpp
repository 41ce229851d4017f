#include "core/ContractChecks.h"

#include <catch2/catch.hpp>

using namespace cd::core;

namespace {

Date ymd(int y, unsigned m, unsigned d)
{
    return Date::fromYmd(y, m, d);
}

Contract exclusive(Id id, Id campaign, Id influencer, std::string category, OptionalDate from,
                   OptionalDate to)
{
    Contract c;
    c.id = id;
    c.campaignId = campaign;
    c.influencerId = influencer;
    c.status = ContractStatus::Signed;
    c.signedDate = ymd(2026, 4, 1);
    c.exclusivityCategory = std::move(category);
    c.exclusivityStart = from;
    c.exclusivityEnd = to;
    return c;
}

bool mentions(const std::vector<Issue>& issues, const std::string& text)
{
    for (const auto& i : issues) {
        if (i.message.find(text) != std::string::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("Exclusivity of one influencer overlapping in category and time is found")
{
    const std::vector<Contract> contracts{
        exclusive(1, 10, 7, "Sun care", ymd(2026, 5, 1), ymd(2026, 7, 31)),
        exclusive(2, 11, 7, "  sun CARE ", ymd(2026, 7, 15), ymd(2026, 9, 30)),
        exclusive(3, 12, 7, "Self-tan", ymd(2026, 5, 1), ymd(2026, 9, 30)),
        exclusive(4, 12, 8, "Sun care", ymd(2026, 5, 1), ymd(2026, 9, 30))};
    const auto overlaps = findExclusivityOverlaps(contracts);
    REQUIRE(overlaps.size() == 1);
    const auto& o = overlaps[0];
    CHECK(o.influencerId == 7);
    CHECK(o.firstContractId == 1);
    CHECK(o.firstCampaignId == 10);
    CHECK(o.secondContractId == 2);
    CHECK(o.secondCampaignId == 11);
    CHECK(o.from == ymd(2026, 7, 15));
    CHECK(o.to == ymd(2026, 7, 31));

    Campaign summer;
    summer.id = 10;
    summer.name = "Summer Glow";
    const std::vector<Campaign> campaigns{summer};
    const Issue issue = toIssue(o, campaigns);
    CHECK(issue.severity == Severity::Warning);
    CHECK(issue.subject == "Contract #2");
    CHECK(issue.message == "Exclusivity in \"Sun care\" overlaps contract #1 of the same "
                           "influencer (campaign \"Summer Glow\") from 2026-07-15 to 2026-07-31.");
}

TEST_CASE("Exclusivity windows are inclusive, a missing end lasts until further notice")
{
    auto a = exclusive(1, 10, 7, "Sun care", ymd(2026, 5, 1), ymd(2026, 7, 31));
    auto b = exclusive(2, 11, 7, "Sun care", ymd(2026, 7, 31), ymd(2026, 8, 31));
    CHECK(findExclusivityOverlaps(std::vector{a, b}).size() == 1); // one common day
    b.exclusivityStart = ymd(2026, 8, 1);
    CHECK(findExclusivityOverlaps(std::vector{a, b}).empty()); // back to back
    a.exclusivityEnd.reset();
    const auto open = findExclusivityOverlaps(std::vector{a, b});
    REQUIRE(open.size() == 1);
    CHECK(open[0].from == ymd(2026, 8, 1));
    CHECK(open[0].to == ymd(2026, 8, 31));
}

TEST_CASE("Cancelled contracts and contracts without a category claim no exclusivity")
{
    auto a = exclusive(1, 10, 7, "Sun care", ymd(2026, 5, 1), ymd(2026, 7, 31));
    auto b = exclusive(2, 11, 7, "Sun care", ymd(2026, 6, 1), ymd(2026, 6, 30));
    b.status = ContractStatus::Cancelled;
    CHECK(findExclusivityOverlaps(std::vector{a, b}).empty());
    b.status = ContractStatus::Draft; // a draft still clashes: better to know before signing
    CHECK(findExclusivityOverlaps(std::vector{a, b}).size() == 1);
    b.exclusivityCategory = " ";
    CHECK(findExclusivityOverlaps(std::vector{a, b}).empty());
}

TEST_CASE("Warnings shown next to a contract")
{
    CampaignSnapshot s;
    s.campaign.id = 11;
    s.campaign.name = "Autumn";
    s.campaign.end = ymd(2026, 9, 30);
    auto c = exclusive(2, 11, 7, "Sun care", ymd(2026, 7, 15), ymd(2026, 9, 30));
    c.signedDate = ymd(2026, 6, 1);
    c.deliverables = {{ContentType::Reel, Platform::Instagram, 1, ymd(2026, 10, 2)},
                      {ContentType::Post, Platform::Instagram, 1, ymd(2026, 9, 1)}};

    auto content = [](Id id, OptionalDate planned, OptionalDate published, Id influencer) {
        ContentItem i;
        i.id = id;
        i.campaignId = 11;
        i.influencerId = influencer;
        i.title = "post " + std::to_string(id);
        i.plannedDate = planned;
        i.publishedDate = published;
        return i;
    };
    s.content = {content(1, ymd(2026, 5, 20), ymd(2026, 5, 28), 7), // published before signing
                 content(2, ymd(2026, 5, 30), std::nullopt, 7),     // scheduled before signing
                 content(3, ymd(2026, 6, 1), std::nullopt, 7),      // on the day: fine
                 content(4, ymd(2026, 5, 1), std::nullopt, 8)};     // another influencer
    Payment late;
    late.contractId = 2;
    late.description = "Upfront";
    late.amount = Money(50000, "EUR");
    late.dueDate = ymd(2026, 6, 10);
    Payment otherLate = late;
    otherLate.contractId = 9;
    otherLate.description = "Someone else's";
    Payment paid = late;
    paid.description = "Paid on time";
    paid.paidDate = ymd(2026, 6, 9);
    s.payments = {late, otherLate, paid};
    s.contracts = {c};
    const std::vector<Contract> ofInfluencer{
        exclusive(1, 10, 7, "Sun care", ymd(2026, 5, 1), ymd(2026, 7, 31)), c};

    const auto issues = contractWarnings(c, s, ofInfluencer, ymd(2026, 6, 15));
    for (const auto& i : issues) {
        CHECK(i.severity == Severity::Warning);
        CHECK(i.subject == "Contract #2");
    }
    CHECK(issues.size() == 5);
    CHECK(mentions(issues, "Content #1 \"post 1\" is published on 2026-05-28, before the "
                           "contract is signed (2026-06-01)."));
    CHECK(mentions(issues, "Content #2 \"post 2\" is scheduled on 2026-05-30"));
    CHECK_FALSE(mentions(issues, "Content #3"));
    CHECK_FALSE(mentions(issues, "Content #4"));
    CHECK(mentions(issues, "is due on 2026-10-02, after the campaign ends (2026-09-30)."));
    CHECK(mentions(issues, "Payment \"Upfront\" of 500.00 EUR is overdue since 2026-06-10."));
    CHECK_FALSE(mentions(issues, "Someone else's"));
    CHECK(mentions(issues, "overlaps contract #1 of the same influencer (campaign #10) from "
                           "2026-07-15 to 2026-07-31."));

    SECTION("an unsigned contract: all of the influencer's dated content is too early")
    {
        c.status = ContractStatus::Negotiating;
        c.signedDate.reset();
        const auto unsigned_ = contractWarnings(c, s, {}, ymd(2026, 6, 15));
        CHECK(mentions(unsigned_, "Content #3 \"post 3\" is scheduled on 2026-06-01, before the "
                                  "contract is signed."));
    }
}
