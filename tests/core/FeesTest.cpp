#include "core/Fees.h"
#include "core/Percent.h"

#include <catch2/catch.hpp>

using namespace cd::core;

namespace {

Money eur(std::int64_t cents)
{
    return Money(cents, "EUR");
}

constexpr Id kCampaign = 1;
constexpr Id kInfluencer = 7;

Contract contract(CompensationModel model)
{
    Contract c;
    c.id = 3;
    c.campaignId = kCampaign;
    c.influencerId = kInfluencer;
    c.status = ContractStatus::Signed;
    c.compensation = model;
    return c;
}

ContentItem item(std::optional<std::int64_t> conversions, std::optional<std::int64_t> clicks = {},
                 std::optional<Money> revenue = {}, Id influencer = kInfluencer,
                 Id campaign = kCampaign)
{
    ContentItem i;
    i.campaignId = campaign;
    i.influencerId = influencer;
    i.metrics.conversions = conversions;
    i.metrics.clicks = clicks;
    i.metrics.revenue = std::move(revenue);
    return i;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("Percentages become exact millionths before they touch money")
{
    CHECK(percentToMillionths(12.5) == 125000);
    CHECK(percentToMillionths(33.33) == 333300); // 33.33 * 10000 is 333299.99999… as a double
    CHECK(percentToMillionths(0.0001) == 1);
    CHECK(percentToMillionths(100) == 1000000);
    CHECK(percentText(12.5) == "12.5");
    CHECK(percentText(30) == "30");
    CHECK(percentText(33.33) == "33.33");
    // 12.5 % of 0.04 is 0.005: half a cent rounds away from zero.
    CHECK(percentOf(eur(4), 12.5) == eur(1));
    CHECK(percentOf(eur(-4), 12.5) == eur(-1));
    // 12.5 % of 1049 JPY is 131.125 yen → 131.
    CHECK(percentOf(Money(1049, "JPY"), 12.5) == Money(131, "JPY"));
}

TEST_CASE("Three shares of 33.33 % of 100.00 add up to 99.99 with no drift")
{
    Money sum = eur(0);
    for (int i = 0; i < 3; ++i) {
        sum += percentOf(eur(10000), 33.33);
    }
    CHECK(sum == eur(9999));
    // A third, as a double, is rounded to 33.3333 %: 33.33 EUR each.
    CHECK(percentOf(eur(10000), 100.0 / 3) == eur(3333));
}

TEST_CASE("Flat fee: the fee, whatever the results")
{
    auto c = contract(CompensationModel::FlatFee);
    c.fee = eur(280000);
    c.bonus = eur(50000); // ignored: only hybrid deals have a bonus
    const std::vector<ContentItem> content{item(999)};
    const auto fee = computeFee(c, content);
    CHECK(fee.base == eur(280000));
    CHECK(fee.performance == eur(0));
    CHECK(fee.bonus == eur(0));
    CHECK(fee.total == eur(280000));
    CHECK(fee.explanation == "Flat fee of 2800.00 EUR.");
}

TEST_CASE("Performance per conversion: rate times the influencer's conversions in the campaign")
{
    auto c = contract(CompensationModel::Performance);
    c.performanceBasis = PerformanceBasis::PerConversion;
    c.performanceRate = eur(400);
    const std::vector<ContentItem> content{
        item(9),
        item(52),
        item(std::nullopt),
        item(33),
        item(1000, {}, {}, /*influencer*/ 8),            // someone else's
        item(500, {}, {}, kInfluencer, /*campaign*/ 2)}; // another campaign
    const auto fee = computeFee(c, content);
    // 9 + 52 + 33 = 94 conversions × 4.00 = 376.00
    CHECK(fee.conversions == 94);
    CHECK(fee.base == eur(0));
    CHECK(fee.performance == eur(37600));
    CHECK(fee.total == eur(37600));
    CHECK(contains(fee.explanation, "94 conversions × 4.00 EUR = 376.00 EUR"));
}

TEST_CASE("Performance per click")
{
    auto c = contract(CompensationModel::Performance);
    c.performanceBasis = PerformanceBasis::PerClick;
    c.performanceRate = eur(35);
    const std::vector<ContentItem> content{item(10, 2450), item(3, 1700)};
    const auto fee = computeFee(c, content);
    // 4150 clicks × 0.35 = 1452.50
    CHECK(fee.clicks == 4150);
    CHECK(fee.total == eur(145250));
}

TEST_CASE("Revenue share: one rounding on the summed revenue")
{
    auto c = contract(CompensationModel::Performance);
    c.performanceBasis = PerformanceBasis::RevenueShare;
    c.revenueSharePercent = 12.5;

    SECTION("12.5 % of 1049.65 = 131.20625 → 131.21")
    {
        const std::vector<ContentItem> content{item(3, {}, eur(50000)), item(4, {}, eur(54965))};
        const auto fee = computeFee(c, content);
        CHECK(fee.revenue == eur(104965));
        CHECK(fee.performance == eur(13121));
        CHECK(fee.total == eur(13121));
        CHECK(contains(fee.explanation, "12.5 % of 1049.65 EUR revenue = 131.21 EUR"));
    }
    SECTION("three sales of 0.04: 12.5 % of 0.12 is 0.015 → 0.02, not 3 × 0.01")
    {
        const std::vector<ContentItem> content{item(1, {}, eur(4)), item(1, {}, eur(4)),
                                               item(1, {}, eur(4))};
        CHECK(computeFee(c, content).total == eur(2));
    }
    SECTION("12 % of 3042.00 = 365.04")
    {
        c.revenueSharePercent = 12;
        const std::vector<ContentItem> content{item(31, {}, eur(108500)), item(38, {}, eur(133000)),
                                               item(19, {}, eur(62700)), item(0)};
        CHECK(computeFee(c, content).total == eur(36504));
    }
    SECTION("revenue in another currency is left out and said so")
    {
        const std::vector<ContentItem> content{item(1, {}, eur(10000)),
                                               item(1, {}, Money(50000, "USD"))};
        const auto fee = computeFee(c, content);
        CHECK(fee.total == eur(1250));
        CHECK(contains(fee.explanation, "another currency on 1 item"));
    }
}

TEST_CASE("Performance with no basis owes nothing")
{
    auto c = contract(CompensationModel::Performance);
    c.performanceRate = eur(100);
    const std::vector<ContentItem> content{item(10)};
    const auto fee = computeFee(c, content);
    CHECK(fee.total == eur(0));
    CHECK(contains(fee.explanation, "no basis"));
}

TEST_CASE("Hybrid: base 1500.00 plus a 500.00 bonus once conversions reach 200")
{
    auto c = contract(CompensationModel::Hybrid);
    c.fee = eur(150000);
    c.bonus = eur(50000);
    c.bonusThreshold = 200;

    SECTION("199 conversions: the bonus is not earned")
    {
        const std::vector<ContentItem> content{item(150), item(49)};
        const auto fee = computeFee(c, content);
        CHECK(fee.base == eur(150000));
        CHECK(fee.bonus == eur(0));
        CHECK(fee.bonusOffered == eur(50000));
        CHECK(fee.bonusProgress.applies);
        CHECK_FALSE(fee.bonusProgress.earned);
        CHECK(fee.bonusProgress.achieved == 199);
        CHECK(fee.bonusProgress.threshold == 200);
        CHECK(fee.bonusProgress.metric == "conversions");
        CHECK(fee.total == eur(150000));
        CHECK(contains(fee.explanation, "not earned yet (199 of 200 conversions)"));
    }
    SECTION("200 conversions: earned, 2000.00 in all")
    {
        const std::vector<ContentItem> content{item(150), item(50)};
        const auto fee = computeFee(c, content);
        CHECK(fee.bonusProgress.earned);
        CHECK(fee.bonus == eur(50000));
        CHECK(fee.total == eur(200000));
        CHECK(contains(fee.explanation, "earned (200 of 200 conversions)"));
        CHECK(contains(fee.explanation, "total 2000.00 EUR"));
    }
}

TEST_CASE("Hybrid with a per-conversion part: base + rate × conversions + bonus")
{
    auto c = contract(CompensationModel::Hybrid);
    c.fee = eur(350000);
    c.performanceBasis = PerformanceBasis::PerConversion;
    c.performanceRate = eur(150);
    c.bonus = eur(100000);
    c.bonusThreshold = 400;
    const std::vector<ContentItem> content{item(180), item(230), item(61), item(22)};
    const auto fee = computeFee(c, content);
    // 493 × 1.50 = 739.50; 493 ≥ 400 earns 1000.00; 3500.00 + 739.50 + 1000.00 = 5239.50
    CHECK(fee.performance == eur(73950));
    CHECK(fee.bonus == eur(100000));
    CHECK(fee.total == eur(523950));
}

TEST_CASE("Hybrid per click counts clicks towards the bonus")
{
    auto c = contract(CompensationModel::Hybrid);
    c.fee = eur(10000);
    c.performanceBasis = PerformanceBasis::PerClick;
    c.performanceRate = eur(10);
    c.bonus = eur(5000);
    c.bonusThreshold = 1000;
    const std::vector<ContentItem> content{item(5000, 600), item(0, 400)};
    const auto fee = computeFee(c, content);
    CHECK(fee.bonusProgress.metric == "clicks");
    CHECK(fee.bonusProgress.achieved == 1000);
    // 100.00 + 1000 × 0.10 + 50.00 = 250.00
    CHECK(fee.total == eur(25000));
}

TEST_CASE("Gifting: product value, no cash")
{
    auto c = contract(CompensationModel::Gifting);
    c.productValue = eur(24000);
    c.fee = eur(99900); // ignored: gifting pays in products
    const auto fee = computeFee(c, {});
    CHECK(fee.productValue == eur(24000));
    CHECK(fee.total == eur(0));
    CHECK(fee.explanation == "Gifting: products worth 240.00 EUR, no cash fee.");
}
