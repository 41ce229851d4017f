#include "core/SpendViews.h"

#include <catch2/catch.hpp>

using namespace cd::core;

namespace {

Date ymd(int y, unsigned m, unsigned d)
{
    return Date::fromYmd(y, m, d);
}

Contract contract(Id id, Id influencer, ContractStatus status, OptionalDate signedOn,
                  std::int64_t feeCents)
{
    Contract c;
    c.id = id;
    c.campaignId = 1;
    c.influencerId = influencer;
    c.status = status;
    c.signedDate = signedOn;
    c.fee = Money(feeCents, "EUR");
    return c;
}

Payment payment(Id id, std::optional<Id> contractId, std::int64_t cents, OptionalDate due,
                OptionalDate paid)
{
    Payment p;
    p.id = id;
    p.campaignId = 1;
    p.contractId = contractId;
    p.amount = Money(cents, "EUR");
    p.dueDate = due;
    p.paidDate = paid;
    return p;
}

// Three contracts (signed in May, active since June, a draft) and five payments, one of them
// paid on the draft and one tied to no contract.
CampaignSnapshot sample()
{
    CampaignSnapshot s;
    s.campaign.id = 1;
    s.campaign.currency = "EUR";
    s.contracts = {contract(1, 10, ContractStatus::Signed, ymd(2026, 5, 20), 100000),
                   contract(2, 20, ContractStatus::Active, ymd(2026, 6, 3), 50050),
                   contract(3, 30, ContractStatus::Draft, std::nullopt, 90000)};
    s.payments = {payment(1, 1, 30000, ymd(2026, 5, 20), ymd(2026, 5, 22)),
                  payment(2, 1, 70000, ymd(2026, 6, 30), std::nullopt),
                  payment(3, 2, 50050, ymd(2026, 6, 10), ymd(2026, 7, 1)),
                  payment(4, std::nullopt, 8025, std::nullopt, ymd(2026, 7, 15)),
                  payment(5, 3, 10000, ymd(2026, 8, 1), ymd(2026, 8, 2))};
    return s;
}

} // namespace

TEST_CASE("Spend per month: due payments plan, signatures commit, paid dates pay")
{
    const auto months = spendPerMonth(sample());
    REQUIRE(months.size() == 4);
    struct Expected {
        const char* month;
        std::int64_t planned, committed, paid;
    };
    const Expected expected[] = {{"2026-05", 30000, 100000, 30000},
                                 {"2026-06", 120050, 50050, 0},
                                 {"2026-07", 0, 0, 58075},
                                 {"2026-08", 10000, 0, 10000}};
    for (std::size_t i = 0; i < months.size(); ++i) {
        INFO(expected[i].month);
        CHECK(months[i].month == expected[i].month);
        CHECK(months[i].planned == Money(expected[i].planned, "EUR"));
        CHECK(months[i].committed == Money(expected[i].committed, "EUR"));
        CHECK(months[i].paid == Money(expected[i].paid, "EUR"));
    }
}

TEST_CASE("Spend per influencer: committed fees, paid and outstanding, exactly")
{
    const auto people = spendPerInfluencer(sample());
    REQUIRE(people.size() == 3);
    CHECK(people[0].influencerId == 10);
    CHECK(people[0].committed.minorUnits() == 100000);
    CHECK(people[0].paid.minorUnits() == 30000);
    CHECK(people[0].outstanding.minorUnits() == 70000);
    CHECK(people[1].influencerId == 20);
    CHECK(people[1].outstanding.minorUnits() == 0);
    // Paid on a contract not yet signed: nothing committed, so 100.00 paid ahead.
    CHECK(people[2].influencerId == 30);
    CHECK(people[2].committed.minorUnits() == 0);
    CHECK(people[2].outstanding.minorUnits() == -10000);
}

TEST_CASE("An empty campaign has no months and no influencers")
{
    CampaignSnapshot s;
    s.campaign.currency = "JPY";
    CHECK(spendPerMonth(s).empty());
    CHECK(spendPerInfluencer(s).empty());
}
