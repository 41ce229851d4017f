#include "core/Kpi.h"
#include "core/Delivery.h"
#include "core/KpiInputs.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace cd::core;

namespace {

Date ymd(int y, unsigned m, unsigned d)
{
    return Date::fromYmd(y, m, d);
}

ContentItem item(std::optional<Id> influencer, Platform platform, ContentMetrics metrics,
                 OptionalDate published = ymd(2026, 6, 10))
{
    ContentItem c;
    c.campaignId = 1;
    c.influencerId = influencer;
    c.platform = platform;
    c.metrics = metrics;
    c.publishedDate = published;
    c.approval = published ? ApprovalStatus::Published : ApprovalStatus::Draft;
    return c;
}

// Three items worked by hand:
//   A reports everything: 1000 impressions, 800 reach, 50+10+5+5 = 70 engagements, 20 clicks,
//     2 conversions, 100.00 EUR revenue, 1 mention.
//   B reports 500 impressions and 10 shares only (engagements known: 10; reach unknown).
//   C reports nothing and is not published.
std::vector<ContentItem> handWorkedItems()
{
    ContentMetrics a;
    a.impressions = 1000;
    a.reach = 800;
    a.likes = 50;
    a.comments = 10;
    a.shares = 5;
    a.saves = 5;
    a.clicks = 20;
    a.conversions = 2;
    a.revenue = Money(10000, "EUR");
    a.brandMentions = 1;
    ContentMetrics b;
    b.impressions = 500;
    b.shares = 10;
    return {item(7, Platform::Instagram, a), item(7, Platform::TikTok, b),
            item(std::nullopt, Platform::Instagram, {}, std::nullopt)};
}

Campaign campaign()
{
    Campaign c;
    c.id = 1;
    c.name = "Test";
    c.currency = "EUR";
    c.budget = Money(20000, "EUR"); // 200.00
    c.start = ymd(2026, 6, 1);
    c.end = ymd(2026, 6, 10);
    return c;
}

std::optional<double> valueOf(const std::vector<Kpi>& kpis, std::string_view key)
{
    const Kpi* k = findKpi(kpis, key);
    REQUIRE(k != nullptr);
    return k->value;
}

std::vector<Kpi> kpisOf(const std::vector<ContentItem>& items, std::optional<Money> spend,
                        const Campaign& c = campaign())
{
    KpiInputs in;
    in.content = sumContent(items);
    in.authors = sumByAuthor(items);
    in.spend = spend;
    return computeKpis(c, in, {}, ymd(2026, 6, 3));
}

} // namespace

TEST_CASE("Totals count only the items that report the figure", "[kpi]")
{
    const auto s = sumContent(handWorkedItems());
    CHECK(s.impressions.value() == 1500);
    CHECK(s.impressions.items == 2);
    CHECK(s.reach.value() == 800);
    CHECK(s.engagements.value() == 80);
    CHECK(s.clicks.value() == 20);
    CHECK(s.conversions.value() == 2);
    CHECK(s.revenueMinor.value() == 10000);
    CHECK(s.brandMentions.value() == 1);
    CHECK(s.postsPublished == 2);
    CHECK(s.postsPlanned == 3);

    // Nothing reported: unknown, not zero.
    const auto none = sumContent(std::vector<ContentItem>{item(1, Platform::X, {})});
    CHECK_FALSE(none.impressions.value().has_value());
    CHECK_FALSE(none.engagements.value().has_value());
    CHECK_FALSE(none.revenueMinor.value().has_value());
}

TEST_CASE("A rate sums numerator and denominator over the same items", "[kpi]")
{
    const auto kpis = kpisOf(handWorkedItems(), Money(5000, "EUR"));
    // Only A reports both engagements and reach: 70 / 800, not 80 / 800.
    CHECK(*valueOf(kpis, "engagement_rate_reach") == Approx(0.0875));
    // A and B report engagements and impressions: 80 / 1500.
    CHECK(*valueOf(kpis, "engagement_rate_impressions") == Approx(80.0 / 1500.0));
    // Only A reports clicks: 20 / 1000, not 20 / 1500.
    CHECK(*valueOf(kpis, "ctr") == Approx(0.02));
    CHECK(*valueOf(kpis, "conversion_rate") == Approx(0.1));
    CHECK(*valueOf(kpis, "impressions") == 1500);
    CHECK(*valueOf(kpis, "engagements") == 80);
    CHECK(*valueOf(kpis, "posts_published") == 2);
    CHECK(*valueOf(kpis, "posts_planned") == 3);
}

TEST_CASE("Cost KPIs divide the spend, ROI and ROAS are different things", "[kpi]")
{
    const auto kpis = kpisOf(handWorkedItems(), Money(5000, "EUR")); // 50.00 EUR spent
    CHECK(findKpi(kpis, "spend")->amount == Money(5000, "EUR"));
    CHECK(*valueOf(kpis, "spend") == Approx(50.0));
    CHECK(findKpi(kpis, "revenue")->amount == Money(10000, "EUR"));
    CHECK(*valueOf(kpis, "cpm") == Approx(50.0 / 1.5));   // 50 / (1500 / 1000)
    CHECK(*valueOf(kpis, "cpe") == Approx(0.625));        // 50 / 80
    CHECK(*valueOf(kpis, "cpc") == Approx(2.5));          // 50 / 20
    CHECK(*valueOf(kpis, "cpa") == Approx(25.0));         // 50 / 2
    CHECK(*valueOf(kpis, "roi") == Approx(1.0));          // (100 - 50) / 50
    CHECK(*valueOf(kpis, "roas") == Approx(2.0));         // 100 / 50
    CHECK(*valueOf(kpis, "budget_used") == Approx(0.25)); // 50 / 200
}

TEST_CASE("Zero or unknown denominators give unknown, never 0 or infinity", "[kpi]")
{
    SECTION("no content at all")
    {
        const auto kpis = kpisOf({}, Money(5000, "EUR"));
        for (const char* key :
             {"impressions", "reach", "engagements", "engagement_rate_reach",
              "engagement_rate_impressions", "engagement_rate_followers", "ctr", "conversion_rate",
              "revenue", "cpm", "cpe", "cpc", "cpa", "roi", "roas"}) {
            INFO(key);
            CHECK_FALSE(valueOf(kpis, key).has_value());
        }
        CHECK(*valueOf(kpis, "posts_planned") == 0); // a count of nothing is a true zero
    }
    SECTION("reported zeros in the denominators")
    {
        ContentMetrics m;
        m.impressions = 0;
        m.reach = 0;
        m.likes = 0;
        m.clicks = 0;
        m.conversions = 0;
        const auto kpis = kpisOf({item(1, Platform::X, m)}, Money(5000, "EUR"));
        CHECK(*valueOf(kpis, "impressions") == 0); // a reported zero is a known zero
        for (const char* key : {"engagement_rate_reach", "engagement_rate_impressions", "ctr",
                                "conversion_rate", "cpm", "cpe", "cpc", "cpa"}) {
            INFO(key);
            CHECK_FALSE(valueOf(kpis, key).has_value());
        }
    }
    SECTION("nothing spent, or spend unknown")
    {
        for (const auto& spend : {std::optional(Money::zero("EUR")), std::optional<Money>()}) {
            const auto kpis = kpisOf(handWorkedItems(), spend);
            CHECK_FALSE(valueOf(kpis, "roi").has_value());
            CHECK_FALSE(valueOf(kpis, "roas").has_value());
            if (!spend) {
                CHECK_FALSE(valueOf(kpis, "cpe").has_value());
            } else {
                CHECK(*valueOf(kpis, "cpe") == 0.0); // spent nothing: each engagement cost 0
            }
        }
    }
    SECTION("spend in another currency is never converted")
    {
        const auto kpis = kpisOf(handWorkedItems(), Money(5000, "USD"));
        CHECK_FALSE(valueOf(kpis, "spend").has_value());
        CHECK_FALSE(valueOf(kpis, "cpe").has_value());
        CHECK_FALSE(valueOf(kpis, "budget_used").has_value());
    }
    SECTION("a zero budget")
    {
        auto c = campaign();
        c.budget = Money::zero("EUR");
        CHECK_FALSE(valueOf(kpisOf(handWorkedItems(), Money(5000, "EUR"), c), "budget_used"));
    }
    for (const auto& k : kpisOf({}, Money::zero("EUR"))) {
        if (k.value) {
            CHECK(std::isfinite(*k.value));
        }
    }
}

TEST_CASE("Engagement rate by followers counts each post's account followers", "[kpi]")
{
    Influencer one;
    one.id = 1;
    one.handles = {{Platform::Instagram, "one", 10000, std::nullopt},
                   {Platform::TikTok, "one_tt", 40000, std::nullopt}};
    Influencer two;
    two.id = 2;
    two.handles = {{Platform::YouTube, "two", 5000, std::nullopt}};
    Influencer unknownFollowers;
    unknownFollowers.id = 4;
    unknownFollowers.handles = {{Platform::Instagram, "four", std::nullopt, std::nullopt}};
    const std::vector<Influencer> roster{one, two, unknownFollowers};

    auto eng = [](std::int64_t likes) {
        ContentMetrics m;
        m.likes = likes;
        return m;
    };
    const std::vector<ContentItem> items{
        item(1, Platform::Instagram, eng(300)), // 10,000 followers on Instagram
        item(1, Platform::Instagram, eng(200)), // a second post: its followers count again
        item(1, Platform::X, eng(100)),         // no X account: all 50,000 followers
        item(2, Platform::Instagram, eng(50)),  // no Instagram account: total 5,000
        item(1, Platform::Instagram, {}),       // engagements unknown: left out
        item(3, Platform::Instagram, eng(999)), // not in the roster: left out
        item(4, Platform::Instagram, eng(999)), // followers unknown: left out
        item(std::nullopt, Platform::Instagram, eng(1000)), // the brand's own account
    };
    KpiInputs in;
    in.content = sumContent(items);
    in.authors = sumByAuthor(items);
    const auto kpis = computeKpis(campaign(), in, roster, ymd(2026, 6, 3));
    // (300 + 200 + 100 + 50) / (10,000 + 10,000 + 50,000 + 5,000)
    CHECK(*valueOf(kpis, "engagement_rate_followers") == Approx(650.0 / 75000.0));
    const auto noRoster = computeKpis(campaign(), in, {}, ymd(2026, 6, 3));
    CHECK_FALSE(valueOf(noRoster, "engagement_rate_followers").has_value());
}

TEST_CASE("Target status: met, on track by elapsed time, at risk, unknown", "[kpi]")
{
    const auto& reach = *findKpiDefinition("reach");
    const auto& rate = *findKpiDefinition("engagement_rate_reach");
    const auto& cpe = *findKpiDefinition("cpe");
    CHECK(targetStatus(reach, 1000.0, 1000.0, 0.3) == KpiStatus::Met);
    CHECK(targetStatus(reach, 400.0, 1000.0, 0.3) == KpiStatus::OnTrack);
    CHECK(targetStatus(reach, 200.0, 1000.0, 0.3) == KpiStatus::AtRisk);
    CHECK(targetStatus(reach, 999.0, 1000.0, 1.0) == KpiStatus::AtRisk); // the campaign is over
    CHECK(targetStatus(reach, 0.0, 1000.0, 0.0) == KpiStatus::OnTrack);  // not started yet
    CHECK(targetStatus(reach, 999.0, 1000.0, std::nullopt) == KpiStatus::AtRisk);
    CHECK(targetStatus(reach, std::nullopt, 1000.0, 0.5) == KpiStatus::Unknown);
    // A rate has no pro-rata expectation.
    CHECK(targetStatus(rate, 0.05, 0.045, 0.1) == KpiStatus::Met);
    CHECK(targetStatus(rate, 0.04, 0.045, 0.1) == KpiStatus::AtRisk);
    // Lower is better for costs.
    CHECK(targetStatus(cpe, 0.20, 0.25, 0.5) == KpiStatus::Met);
    CHECK(targetStatus(cpe, 0.25, 0.25, 0.5) == KpiStatus::Met);
    CHECK(targetStatus(cpe, 0.30, 0.25, 0.5) == KpiStatus::AtRisk);
    CHECK(targetStatus(cpe, std::nullopt, 0.25, 0.5) == KpiStatus::Unknown);
}

TEST_CASE("Elapsed share counts the campaign's days inclusively", "[kpi]")
{
    const auto c = campaign(); // 1 … 10 June: ten days
    CHECK(*elapsedShare(c, ymd(2026, 6, 3)) == Approx(0.3));
    CHECK(*elapsedShare(c, ymd(2026, 5, 1)) == 0.0);
    CHECK(*elapsedShare(c, ymd(2026, 6, 10)) == 1.0);
    CHECK(*elapsedShare(c, ymd(2026, 7, 1)) == 1.0);
    auto open = c;
    open.end.reset();
    CHECK_FALSE(elapsedShare(open, ymd(2026, 6, 3)).has_value());
}

TEST_CASE("The campaign's targets are attached to their KPIs", "[kpi]")
{
    auto c = campaign();
    c.kpiTargets = {{"reach", 2000}, {"cpe", 1.0}, {"bogus_key", 5}, {"roas", 3.0}};
    const auto kpis = kpisOf(handWorkedItems(), Money(5000, "EUR"), c);
    // On 3 June 30 % of the campaign has gone: 800 ≥ 30 % of 2000.
    CHECK(findKpi(kpis, "reach")->target == 2000);
    CHECK(findKpi(kpis, "reach")->status == KpiStatus::OnTrack);
    CHECK(findKpi(kpis, "cpe")->status == KpiStatus::Met);     // 0.625 ≤ 1.0
    CHECK(findKpi(kpis, "roas")->status == KpiStatus::AtRisk); // 2.0 < 3.0
    CHECK_FALSE(findKpi(kpis, "impressions")->status.has_value());

    const auto targets = targetResults(c, kpis);
    REQUIRE(targets.size() == 4);
    CHECK(targets[0].label == "Reach");
    CHECK(targets[2].key == "bogus_key");
    CHECK(targets[2].label == "bogus_key");
    CHECK(targets[2].kpi == nullptr);
    CHECK(targets[2].status == KpiStatus::Unknown);
    CHECK(statusKey(targets[3].status) == "at_risk");
}

TEST_CASE("Spend is the sum of the paid payments in the campaign's currency", "[kpi]")
{
    Payment paid;
    paid.amount = Money(12345, "EUR");
    paid.paidDate = ymd(2026, 6, 1);
    Payment due = paid;
    due.paidDate.reset();
    Payment other = paid;
    other.amount = Money(999, "USD");
    const std::vector<Payment> payments{paid, due, other, paid};
    CHECK(paidSpend(payments, "EUR") == Money(24690, "EUR"));
}

TEST_CASE("Days are bucketed into ISO weeks with the gaps filled", "[kpi]")
{
    const std::vector<PeriodSums> days{{ymd(2026, 6, 15), 10, 100}, // a Monday
                                       {ymd(2026, 6, 21), 5, 50},   // the Sunday after
                                       {ymd(2026, 7, 1), 1, 2}};    // a Wednesday
    const auto weeks = weeklySums(days);
    REQUIRE(weeks.size() == 3);
    CHECK(weeks[0] == PeriodSums{ymd(2026, 6, 15), 15, 150});
    CHECK(weeks[1] == PeriodSums{ymd(2026, 6, 22), 0, 0});
    CHECK(weeks[2] == PeriodSums{ymd(2026, 6, 29), 1, 2});
    CHECK(weeklySums({}).empty());

    const auto byDay = sumByDay(handWorkedItems()); // C is not published
    REQUIRE(byDay.size() == 1);
    CHECK(byDay[0] == PeriodSums{ymd(2026, 6, 10), 80, 800});
}

TEST_CASE("Influencers are ranked by engagements over their platforms", "[kpi]")
{
    const std::vector<AuthorSums> authors{
        {1, Platform::Instagram, 2, {100, 2}, {1000, 2}},
        {2, Platform::TikTok, 1, {500, 1}, {900, 1}},
        {1, Platform::TikTok, 1, {450, 1}, {10, 1}},
        {3, Platform::X, 1, {0, 0}, {0, 0}},
    };
    const auto ranked = rankInfluencers(authors);
    REQUIRE(ranked.size() == 3);
    CHECK(ranked[0].influencerId == 1);
    CHECK(ranked[0].engagements.total == 550);
    CHECK(ranked[0].postsPublished == 3);
    CHECK(ranked[1].influencerId == 2);
    CHECK(ranked[2].influencerId == 3);
}

namespace {

Task task(Id id, std::optional<Id> parent, std::string phase, int startDay, int duration,
          TaskStatus status, double percent = 0)
{
    Task t;
    t.id = id;
    t.campaignId = 1;
    t.parentId = parent;
    t.name = "Task " + std::to_string(id);
    t.phase = std::move(phase);
    t.plannedStart = ymd(2026, 6, static_cast<unsigned>(startDay));
    t.durationDays = duration;
    t.status = status;
    t.percentComplete = percent;
    return t;
}

} // namespace

TEST_CASE("Delivery: duration-weighted progress, late tasks, forecast finish", "[kpi]")
{
    auto c = campaign();
    c.end = ymd(2026, 6, 20);
    std::vector<Task> tasks{
        task(1, std::nullopt, "Prep", 1, 0, TaskStatus::InProgress), // a summary
        task(2, 1, "Prep", 1, 4, TaskStatus::Done),
        task(3, 1, "Prep", 5, 6, TaskStatus::InProgress, 50),
        task(4, 1, "Prep", 8, 0, TaskStatus::NotStarted),
        task(5, std::nullopt, "Launch", 10, 10, TaskStatus::NotStarted),
        task(6, std::nullopt, "Launch", 1, 5, TaskStatus::Cancelled),
        task(7, std::nullopt, "Launch", 2, 2, TaskStatus::NotStarted),
    };
    tasks[2].actualStart = ymd(2026, 6, 5);
    tasks[3].kind = TaskKind::Milestone;
    const std::vector<Dependency> deps{{1, 7, 5, DependencyType::FS, 0}};
    const auto d = computeDelivery(tasks, deps, c, ymd(2026, 6, 15));

    // (4 × 1 + 6 × 0.5 + 10 × 0 + 2 × 0) / (4 + 6 + 10 + 2); the milestone weighs nothing and
    // the cancelled task is left out.
    CHECK(*d.complete == Approx(7.0 / 22.0));
    CHECK(d.leafTasks == 5);
    REQUIRE(d.lateTasks.size() == 3);
    CHECK(d.lateTasks[0].id == 7); // due 3 June
    CHECK(d.lateTasks[0].daysLate == 12);
    CHECK(d.lateTasks[1].id == 4); // the milestone of 8 June
    CHECK(d.lateTasks[2].id == 3); // due 10 June, still in progress
    CHECK(d.lateTasks[2].daysLate == 5);
    REQUIRE(d.phases.size() == 2);
    CHECK(d.phases[0].phase == "Prep");
    CHECK(*d.phases[0].complete == Approx(0.7));
    CHECK(d.phases[0].lateTasks == 2);
    CHECK(d.phases[1].phase == "Launch");
    CHECK(*d.phases[1].complete == 0.0);
    // Task 7 cannot start before today (15 June): 15–16 June; task 5 follows it, 17–26 June.
    CHECK(d.expectedFinish == ymd(2026, 6, 26));
    CHECK(d.finishVsEndDays == 6);

    SECTION("a dependency cycle gives no expected finish, and says why")
    {
        const std::vector<Dependency> cycle{{1, 7, 5, DependencyType::FS, 0},
                                            {2, 5, 7, DependencyType::FS, 0}};
        const auto broken = computeDelivery(tasks, cycle, c, ymd(2026, 6, 15));
        CHECK_FALSE(broken.expectedFinish.has_value());
        CHECK_FALSE(broken.scheduleProblem.empty());
        CHECK(broken.lateTasks.size() == 3);
    }
    SECTION("the delivery KPIs")
    {
        KpiInputs in;
        in.delivery = d;
        const auto kpis = computeKpis(c, in, {}, ymd(2026, 6, 15));
        CHECK(*valueOf(kpis, "wbs_complete") == Approx(7.0 / 22.0));
        CHECK(*valueOf(kpis, "tasks_late") == 3);
        CHECK(findKpi(kpis, "expected_finish")->date == ymd(2026, 6, 26));
        CHECK(*valueOf(kpis, "finish_vs_end_days") == 6);
    }
    SECTION("no tasks")
    {
        const auto empty = computeDelivery({}, {}, c, ymd(2026, 6, 15));
        CHECK_FALSE(empty.complete.has_value());
        CHECK(empty.lateTasks.empty());
        CHECK_FALSE(empty.expectedFinish.has_value());
    }
}

TEST_CASE("Every KPI key is defined once", "[kpi]")
{
    const auto defs = kpiDefinitions();
    for (std::size_t i = 0; i < defs.size(); ++i) {
        for (std::size_t j = i + 1; j < defs.size(); ++j) {
            CHECK(defs[i].key != defs[j].key);
        }
    }
    for (const char* key : {"impressions",
                            "reach",
                            "engagements",
                            "engagement_rate_reach",
                            "engagement_rate_impressions",
                            "clicks",
                            "ctr",
                            "conversions",
                            "conversion_rate",
                            "revenue",
                            "spend",
                            "cpm",
                            "cpe",
                            "cpc",
                            "cpa",
                            "roi",
                            "roas",
                            "brand_mentions",
                            "posts_published",
                            "posts_planned"}) {
        INFO(key);
        CHECK(findKpiDefinition(key) != nullptr);
    }
}
