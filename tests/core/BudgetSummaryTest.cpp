#include "core/BudgetSummary.h"

#include <catch2/catch.hpp>

using namespace cd::core;

namespace {

Money eur(std::int64_t cents)
{
    return Money(cents, "EUR");
}

Date ymd(int y, unsigned m, unsigned d)
{
    return Date::fromYmd(y, m, d);
}

const Date kToday = ymd(2026, 6, 15);

BudgetLine line(Id id, BudgetCategory category, std::int64_t planned, std::int64_t committed,
                bool contingency = false)
{
    BudgetLine l;
    l.id = id;
    l.campaignId = 1;
    l.category = category;
    l.description = "line " + std::to_string(id);
    l.planned = eur(planned);
    l.committed = eur(committed);
    l.fromContingency = contingency;
    return l;
}

Payment payment(Id id, std::int64_t cents, std::optional<Id> lineId, OptionalDate paid,
                OptionalDate due = {}, std::optional<Id> contractId = {})
{
    Payment p;
    p.id = id;
    p.campaignId = 1;
    p.budgetLineId = lineId;
    p.contractId = contractId;
    p.description = "payment " + std::to_string(id);
    p.amount = eur(cents);
    p.paidDate = paid;
    p.dueDate = due;
    return p;
}

Contract contract(Id id, Id influencer, ContractStatus status, CompensationModel model)
{
    Contract c;
    c.id = id;
    c.campaignId = 1;
    c.influencerId = influencer;
    c.status = status;
    c.compensation = model;
    return c;
}

// Budget 10000.00 with a 10 % reserve; lines, payments and contracts worked out by hand below.
CampaignSnapshot snapshot()
{
    CampaignSnapshot s;
    s.campaign.id = 1;
    s.campaign.name = "Spring";
    s.campaign.budget = eur(1000000);
    s.campaign.contingencyPercent = 10;
    using C = BudgetCategory;
    s.budgetLines = {line(1, C::InfluencerFees, 600000, 500000),
                     line(2, C::ProductShipping, 80000, 60000),
                     line(3, C::InfluencerFees, 40000, 30000, true), line(4, C::Tools, 20000, 0)};
    s.payments = {payment(1, 50000, 1, ymd(2026, 5, 20), {}, 1),
                  payment(2, 25000, 1, ymd(2026, 6, 2), {}, 2),
                  payment(3, 12050, 2, ymd(2026, 5, 31)),
                  payment(4, 35000, 3, ymd(2026, 6, 10)),
                  payment(5, 9999, std::nullopt, ymd(2026, 4, 30)),
                  payment(6, 100000, 1, std::nullopt, ymd(2026, 6, 1), 1),
                  payment(7, 20000, 1, std::nullopt, ymd(2026, 7, 1)),
                  payment(8, 1000, 999, ymd(2026, 6, 1)),
                  payment(9, 3000, 2, std::nullopt, ymd(2026, 5, 2))};
    auto flat = contract(1, 7, ContractStatus::Signed, CompensationModel::FlatFee);
    flat.fee = eur(300000);
    auto perf = contract(2, 8, ContractStatus::Active, CompensationModel::Performance);
    perf.performanceBasis = PerformanceBasis::PerConversion;
    perf.performanceRate = eur(200);
    auto draft = contract(3, 9, ContractStatus::Draft, CompensationModel::FlatFee);
    draft.fee = eur(999900);
    auto gift = contract(4, 10, ContractStatus::Completed, CompensationModel::Gifting);
    gift.productValue = eur(10000);
    s.contracts = {flat, perf, draft, gift};
    ContentItem post;
    post.campaignId = 1;
    post.influencerId = 8;
    post.metrics.conversions = 120;
    s.content = {post};
    return s;
}

} // namespace

TEST_CASE("The budget summary adds up lines, payments and contracts exactly")
{
    const auto s = summarise(snapshot(), kToday);
    CHECK(s.currency == "EUR");
    CHECK(s.budget == eur(1000000));
    // 6000.00 + 800.00 + 400.00 + 200.00
    CHECK(s.planned == eur(740000));
    // 5000.00 + 600.00 + 300.00
    CHECK(s.committed == eur(590000));
    // 500.00 + 250.00 + 120.50 + 350.00 + 99.99 + 10.00
    CHECK(s.paid == eur(133049));
    // 10000.00 − max(5900.00, 1330.49)
    CHECK(s.remaining == eur(410000));
    CHECK_FALSE(s.overBudget);
    CHECK_FALSE(s.plannedOverBudget);
    // payment 5 has no line, payment 8 a line that does not exist
    CHECK(s.unallocatedPaid == eur(10999));

    SECTION("by category, in the enum's order, only categories with lines")
    {
        REQUIRE(s.byCategory.size() == 3);
        CHECK(s.byCategory[0].category == BudgetCategory::InfluencerFees);
        CHECK(s.byCategory[0].planned == eur(640000));
        CHECK(s.byCategory[0].committed == eur(530000));
        CHECK(s.byCategory[0].paid == eur(110000)); // 500.00 + 250.00 + 350.00
        CHECK(s.byCategory[1].category == BudgetCategory::ProductShipping);
        CHECK(s.byCategory[1].paid == eur(12050));
        CHECK(s.byCategory[2].category == BudgetCategory::Tools);
        CHECK(s.byCategory[2].paid == eur(0));
    }
    SECTION("by month of the paid date")
    {
        REQUIRE(s.byMonth.size() == 3);
        CHECK(s.byMonth[0].month == "2026-04");
        CHECK(s.byMonth[0].paid == eur(9999));
        CHECK(s.byMonth[1].month == "2026-05");
        CHECK(s.byMonth[1].paid == eur(62050)); // 500.00 + 120.50
        CHECK(s.byMonth[2].month == "2026-06");
        CHECK(s.byMonth[2].paid == eur(61000)); // 250.00 + 350.00 + 10.00
    }
    SECTION("the contingency reserve and what its lines draw")
    {
        CHECK(s.contingency.reserve == eur(100000));
        CHECK(s.contingency.committed == eur(30000));
        CHECK(s.contingency.paid == eur(35000));
        CHECK(s.contingency.used == eur(35000)); // paid more than committed on the line
        CHECK(s.contingency.left == eur(65000));
    }
    SECTION("signed contracts commit their computed fees; drafts do not")
    {
        // 3000.00 flat + 120 × 2.00 performance + gifting (no cash)
        CHECK(s.contractCommitted == eur(324000));
        CHECK(s.influencerFeeLinesCommitted == eur(530000));
        CHECK_FALSE(s.contractsExceedFeeLines);
        REQUIRE(s.byInfluencer.size() == 3);
        CHECK(s.byInfluencer[0].influencerId == 7);
        CHECK(s.byInfluencer[0].committed == eur(300000));
        CHECK(s.byInfluencer[0].paid == eur(50000)); // the unpaid 1000.00 does not count
        CHECK(s.byInfluencer[1].influencerId == 8);
        CHECK(s.byInfluencer[1].committed == eur(24000));
        CHECK(s.byInfluencer[1].paid == eur(25000));
        CHECK(s.byInfluencer[2].influencerId == 10);
        CHECK(s.byInfluencer[2].committed == eur(0));
    }
    SECTION("overdue payments, oldest due first")
    {
        REQUIRE(s.overduePayments.size() == 2);
        CHECK(s.overduePayments[0].id == 9);
        CHECK(s.overduePayments[1].id == 6);
    }
    CHECK(s.warnings.empty());
}

TEST_CASE("Category and month breakdowns add back up to the totals")
{
    const auto s = summarise(snapshot(), kToday);
    Money byCategory = s.unallocatedPaid;
    for (const auto& c : s.byCategory) {
        byCategory += c.paid;
    }
    Money byMonth = eur(0);
    for (const auto& m : s.byMonth) {
        byMonth += m.paid;
    }
    CHECK(byCategory == s.paid);
    CHECK(byMonth == s.paid);
}

TEST_CASE("Over budget: commitments beyond the budget are flagged with the excess")
{
    auto snap = snapshot();
    snap.campaign.budget = eur(500000);
    const auto s = summarise(snap, kToday);
    CHECK(s.remaining == eur(-90000));
    CHECK(s.overBudget);
    CHECK(s.plannedOverBudget);
    REQUIRE(s.warnings.size() >= 2);
    CHECK(s.warnings[0].severity == Severity::Warning);
    CHECK(s.warnings[0].message.find("900.00 EUR too much") != std::string::npos);
    CHECK(s.warnings[1].message.find("plan 7400.00 EUR") != std::string::npos);
}

TEST_CASE("Paid beyond committed counts against the budget too")
{
    auto snap = snapshot();
    snap.budgetLines = {line(1, BudgetCategory::Other, 100000, 10000)};
    snap.payments = {payment(1, 80000, 1, ymd(2026, 6, 1))};
    snap.campaign.budget = eur(50000);
    const auto s = summarise(snap, kToday);
    // 500.00 − max(100.00, 800.00)
    CHECK(s.remaining == eur(-30000));
    CHECK(s.overBudget);
}

TEST_CASE("Contracts worth more than the fee lines commit are flagged")
{
    auto snap = snapshot();
    snap.contracts[0].fee = eur(600000); // 6000.00 + 240.00 > 5300.00
    const auto s = summarise(snap, kToday);
    CHECK(s.contractCommitted == eur(624000));
    CHECK(s.contractsExceedFeeLines);
    REQUIRE(s.warnings.size() == 1);
    CHECK(s.warnings[0].message ==
          "Signed contracts are worth 6240.00 EUR, more than the 5300.00 EUR committed on "
          "influencer-fee lines.");
}

TEST_CASE("An overdrawn contingency reserve is flagged")
{
    auto snap = snapshot();
    snap.campaign.contingencyPercent = 2; // 200.00 reserve, 350.00 used
    const auto s = summarise(snap, kToday);
    CHECK(s.contingency.reserve == eur(20000));
    CHECK(s.contingency.left == eur(-15000));
    REQUIRE(s.warnings.size() == 1);
    CHECK(s.warnings[0].message.find("350.00 EUR") != std::string::npos);
}

TEST_CASE("The contingency reserve is rounded once from an exact percentage")
{
    auto snap = snapshot();
    snap.campaign.budget = eur(10000);
    snap.campaign.contingencyPercent = 33.33;
    CHECK(summarise(snap, kToday).contingency.reserve == eur(3333));
    snap.campaign.budget = eur(1);
    snap.campaign.contingencyPercent = 50; // half a cent rounds away from zero
    CHECK(summarise(snap, kToday).contingency.reserve == eur(1));
}

TEST_CASE("An empty campaign sums to zero in its own currency")
{
    CampaignSnapshot snap;
    snap.campaign.currency = "JPY";
    snap.campaign.budget = Money(800000, "JPY");
    const auto s = summarise(snap, kToday);
    CHECK(s.planned == Money(0, "JPY"));
    CHECK(s.remaining == Money(800000, "JPY"));
    CHECK(s.byCategory.empty());
    CHECK(s.byMonth.empty());
}

TEST_CASE("A payment schedule follows the contract's terms")
{
    Contract c;
    c.id = 5;
    c.campaignId = 1;
    c.status = ContractStatus::Signed;
    c.fee = eur(280000);
    c.signedDate = ymd(2026, 5, 18);
    c.paymentNetDays = 30;
    c.deliverables = {{ContentType::Reel, Platform::Instagram, 1, ymd(2026, 6, 14)},
                      {ContentType::Video, Platform::TikTok, 2, ymd(2026, 5, 20)}};
    const auto fee = [&] {
        return computeFee(c, {});
    };

    SECTION("50 % upfront on signature, the balance net 30 after the last delivery")
    {
        c.upfrontPercent = 50;
        const auto plan = paymentSchedule(c, fee(), Id{4});
        REQUIRE(plan.size() == 2);
        CHECK(plan[0].amount == eur(140000));
        CHECK(plan[0].dueDate == ymd(2026, 5, 18));
        CHECK(plan[0].description == "50 % upfront on signature");
        CHECK(plan[0].contractId == Id{5});
        CHECK(plan[0].budgetLineId == Id{4});
        CHECK(plan[1].amount == eur(140000));
        CHECK(plan[1].dueDate == ymd(2026, 7, 14)); // 2026-06-14 + 30 days
        CHECK_FALSE(plan[1].paidDate);
    }
    SECTION("pay on delivery: one payment on the last deliverable's due date")
    {
        c.payOnDelivery = true;
        const auto plan = paymentSchedule(c, fee());
        REQUIRE(plan.size() == 1);
        CHECK(plan[0].amount == eur(280000));
        CHECK(plan[0].dueDate == ymd(2026, 6, 14));
        CHECK(plan[0].description == "Fee on delivery");
    }
    SECTION("no deliverable dates: net days after the signature")
    {
        c.deliverables.clear();
        c.paymentNetDays = 15;
        const auto plan = paymentSchedule(c, fee());
        REQUIRE(plan.size() == 1);
        CHECK(plan[0].dueDate == ymd(2026, 6, 2));
    }
    SECTION("33.33 % upfront of 100.00: 33.33 and 66.67, exactly 100.00 in all")
    {
        c.fee = eur(10000);
        c.upfrontPercent = 33.33;
        const auto plan = paymentSchedule(c, fee());
        REQUIRE(plan.size() == 2);
        CHECK(plan[0].amount == eur(3333));
        CHECK(plan[1].amount == eur(6667));
    }
    SECTION("100 % upfront: nothing left to pay later")
    {
        c.upfrontPercent = 100;
        CHECK(paymentSchedule(c, fee()).size() == 1);
    }
    SECTION("unsigned and undated: due dates stay unknown")
    {
        c.signedDate.reset();
        c.deliverables.clear();
        c.upfrontPercent = 30;
        const auto plan = paymentSchedule(c, fee());
        REQUIRE(plan.size() == 2);
        CHECK(plan[0].amount == eur(84000));
        CHECK_FALSE(plan[0].dueDate);
        CHECK_FALSE(plan[1].dueDate);
    }
    SECTION("gifting proposes no payment")
    {
        c.compensation = CompensationModel::Gifting;
        c.productValue = eur(24000);
        CHECK(paymentSchedule(c, fee()).empty());
    }
}
