#include "TempDir.h"

#include "core/Validation.h"
#include "core/Wbs.h"
#include "storage/BudgetRepository.h"
#include "storage/CampaignRepository.h"
#include "storage/ContentRepository.h"
#include "storage/ContractRepository.h"
#include "storage/DemoData.h"
#include "storage/Generator.h"
#include "storage/InfluencerRepository.h"
#include "storage/Snapshot.h"
#include "storage/TaskRepository.h"
#include "storage/Workbook.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

using namespace cd::core;
using namespace cd::storage;

namespace {

Date d(const char* iso)
{
    return *Date::parseIso(iso);
}

std::string describe(const std::vector<Issue>& issues)
{
    std::string out;
    for (const auto& i : issues) {
        if (i.severity == Severity::Error) {
            out += i.subject + ": " + i.message + "\n";
        }
    }
    return out;
}

std::int64_t countRows(Workbook& wb, const std::string& table)
{
    // The table name is one of our own constants, never user input.
    auto st = wb.db().prepare("SELECT count(*) FROM " + table);
    st.step();
    return st.int64(0);
}

Campaign campaignNamed(Workbook& wb, const char* name)
{
    auto c = CampaignRepository(wb.db()).find(name);
    REQUIRE(c);
    return *c;
}

template <class E, class Range, class Get> std::set<E> valuesOf(const Range& range, Get get)
{
    std::set<E> out;
    for (const auto& x : range) {
        out.insert(get(x));
    }
    return out;
}

template <class E> std::set<E> allValues()
{
    std::set<E> out;
    for (const auto& e : enumEntries<E>()) {
        out.insert(e.value);
    }
    return out;
}

// Everything a workbook holds, read through the repositories, for comparing two workbooks.
struct Contents {
    std::vector<Influencer> influencers;
    std::vector<Campaign> campaigns;
    std::vector<CampaignMember> members;
    std::vector<Task> tasks;
    std::vector<Dependency> dependencies;
    std::vector<Contract> contracts;
    std::vector<BudgetLine> lines;
    std::vector<Payment> payments;
    std::vector<ContentItem> content;

    bool operator==(const Contents&) const = default;
};

Contents contentsOf(Workbook& wb)
{
    Contents out;
    auto& db = wb.db();
    out.influencers = InfluencerRepository(db).list();
    out.campaigns = CampaignRepository(db).list();
    for (const auto& c : out.campaigns) {
        const auto s = loadSnapshot(db, c.id);
        const auto members = InfluencerRepository(db).membersOfCampaign(c.id);
        out.members.insert(out.members.end(), members.begin(), members.end());
        out.tasks.insert(out.tasks.end(), s.tasks.begin(), s.tasks.end());
        out.dependencies.insert(out.dependencies.end(), s.dependencies.begin(),
                                s.dependencies.end());
        out.contracts.insert(out.contracts.end(), s.contracts.begin(), s.contracts.end());
        out.lines.insert(out.lines.end(), s.budgetLines.begin(), s.budgetLines.end());
        out.payments.insert(out.payments.end(), s.payments.begin(), s.payments.end());
        out.content.insert(out.content.end(), s.content.begin(), s.content.end());
    }
    return out;
}

// True when the dependencies of one campaign can be ordered (Kahn's algorithm): no cycle.
bool acyclic(const std::vector<Task>& tasks, const std::vector<Dependency>& deps)
{
    std::map<Id, int> indegree;
    std::multimap<Id, Id> next;
    for (const auto& t : tasks) {
        indegree[t.id] = 0;
    }
    for (const auto& dep : deps) {
        ++indegree[dep.successorId];
        next.emplace(dep.predecessorId, dep.successorId);
    }
    std::vector<Id> ready;
    for (const auto& [id, n] : indegree) {
        if (n == 0) {
            ready.push_back(id);
        }
    }
    std::size_t seen = 0;
    while (!ready.empty()) {
        const Id id = ready.back();
        ready.pop_back();
        ++seen;
        const auto [from, to] = next.equal_range(id);
        for (auto it = from; it != to; ++it) {
            if (--indegree[it->second] == 0) {
                ready.push_back(it->second);
            }
        }
    }
    return seen == indegree.size();
}

void requireNoErrors(Workbook& wb, Date today)
{
    auto& db = wb.db();
    for (const auto& i : InfluencerRepository(db).list()) {
        const auto issues = validate(i);
        INFO(describe(issues));
        CHECK_FALSE(hasErrors(issues));
    }
    for (const auto& c : CampaignRepository(db).list()) {
        const auto issues = checkCampaign(loadSnapshot(db, c.id), today);
        INFO(c.name << "\n" << describe(issues));
        CHECK_FALSE(hasErrors(issues));
    }
    CHECK(wb.integrityProblems().empty());
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Demo

TEST_CASE("The demo fills a new workbook with valid data")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("demo.cdwb"));
    const Date today = d("2026-06-15");
    populateDemo(wb, today);

    requireNoErrors(wb, today);

    auto& db = wb.db();
    const auto campaigns = CampaignRepository(db).list();
    REQUIRE(campaigns.size() >= 2);
    const auto summer = campaignNamed(wb, "Summer Glow SPF Launch");
    CHECK(summer.brand == "Lumen Cosmetics");
    CHECK(summer.status == CampaignStatus::Active);
    CHECK(summer.budget == Money(4500000, "EUR"));
    CHECK(summer.contingencyPercent == 10);
    CHECK(summer.start == today.addDays(-30));
    CHECK(summer.end == today.addDays(60));
    CHECK(summer.kpiTargets.size() >= 5);
    const auto autumn = campaignNamed(wb, "Autumn Skincare Stories");
    CHECK(autumn.status == CampaignStatus::Planning);
    CHECK(*autumn.start > today);

    const auto roster = InfluencerRepository(db).list();
    CHECK(roster.size() >= 20);
    CHECK(valuesOf<RelationshipStatus>(roster, [](const auto& i) { return i.status; }) ==
          allValues<RelationshipStatus>());
    CHECK(valuesOf<ContactRoute>(roster, [](const auto& i) { return i.contactRoute; }) ==
          allValues<ContactRoute>());
    const auto named = [&](const std::string& part) {
        return std::any_of(roster.begin(), roster.end(), [&](const Influencer& i) {
            return i.name.find(part) != std::string::npos;
        });
    };
    CHECK(named("Zoë"));
    CHECK(named("<b>Bold</b> Beauty"));
    for (const auto& i : roster) {
        CHECK(!i.handles.empty());
        CHECK(i.handles.size() <= 3);
        for (const auto& h : i.handles) {
            REQUIRE(h.engagementRate);
            CHECK(*h.engagementRate >= 0.012);
            CHECK(*h.engagementRate <= 0.09);
        }
    }
    std::int64_t smallest = INT64_MAX;
    std::int64_t largest = 0;
    for (const auto& i : roster) {
        smallest = std::min(smallest, *i.handles.front().followers);
        largest = std::max(largest, i.totalFollowers());
    }
    CHECK(smallest < 10000);  // nano
    CHECK(largest > 1000000); // mega

    const auto members = InfluencerRepository(db).membersOfCampaign(summer.id);
    CHECK(members.size() >= 12);
    CHECK(valuesOf<PipelineStage>(members, [](const auto& m) { return m.stage; }) ==
          allValues<PipelineStage>());
    CHECK_FALSE(InfluencerRepository(db).membersOfCampaign(autumn.id).empty());
}

TEST_CASE("The demo WBS has the six phases with tasks, milestones and dependencies")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("demo.cdwb"));
    const Date today = d("2026-03-02");
    populateDemo(wb, today);
    const auto summer = campaignNamed(wb, "Summer Glow SPF Launch");
    const auto s = loadSnapshot(wb.db(), summer.id);

    std::vector<const Task*> top;
    for (const auto& t : s.tasks) {
        if (!t.parentId) {
            top.push_back(&t);
        }
    }
    std::sort(top.begin(), top.end(), [](auto* a, auto* b) { return a->position < b->position; });
    const std::vector<std::string> phases{"Influencer research",         "Planning and strategy",
                                          "Contracting and negotiation", "Content creation",
                                          "Campaign execution",          "Performance evaluation"};
    REQUIRE(top.size() == 6);
    for (std::size_t n = 0; n < top.size(); ++n) {
        CHECK(top[n]->name == phases[n]);
        CHECK(top[n]->kind == TaskKind::Deliverable);
        CHECK(top[n]->position == static_cast<int>(n));
        std::vector<int> positions;
        int milestones = 0;
        for (const auto& t : s.tasks) {
            if (t.parentId != top[n]->id) {
                continue;
            }
            positions.push_back(t.position);
            CHECK(t.phase == top[n]->name);
            CHECK(t.kind != TaskKind::Deliverable);
            if (t.kind == TaskKind::Milestone) {
                ++milestones;
                CHECK(t.durationDays == 0);
            }
        }
        std::sort(positions.begin(), positions.end());
        CHECK(positions.size() >= 3);
        CHECK(positions.size() <= 6);
        for (std::size_t p = 0; p < positions.size(); ++p) {
            CHECK(positions[p] == static_cast<int>(p));
        }
        CHECK(milestones >= 1);
    }

    CHECK(valuesOf<OwnerRole>(s.tasks, [](const auto& t) { return t.ownerRole; }).size() >= 4);
    CHECK(valuesOf<std::string>(s.tasks, [](const auto& t) { return t.assignee; }) ==
          std::set<std::string>{"Daniel", "Luca", "Marta", "Sofia"});
    const auto count = [&](auto pred) {
        return std::count_if(s.tasks.begin(), s.tasks.end(), pred);
    };
    CHECK(count([](const Task& t) {
              return t.status == TaskStatus::Done && t.actualFinish && t.percentComplete == 100;
          }) >= 5);
    CHECK(count([](const Task& t) { return t.status == TaskStatus::InProgress; }) >= 3);
    CHECK(count([&](const Task& t) {
              return t.kind != TaskKind::Deliverable && t.status != TaskStatus::Done &&
                     t.status != TaskStatus::Cancelled && *t.plannedFinish() < today;
          }) >= 2);
    CHECK(count([](const Task& t) { return t.influencerId.has_value(); }) >= 2);
    CHECK(count([](const Task& t) { return t.bufferDays > 0; }) >= 2);
    CHECK(count([](const Task& t) { return t.costEstimate.minorUnits() > 0; }) >= 10);

    CHECK(s.dependencies.size() >= 15);
    CHECK(valuesOf<DependencyType>(s.dependencies, [](const auto& x) { return x.type; }) ==
          std::set<DependencyType>{DependencyType::FS, DependencyType::SS, DependencyType::FF});
    CHECK(std::any_of(s.dependencies.begin(), s.dependencies.end(),
                      [](const Dependency& x) { return x.lagDays < 0; }));
    CHECK(acyclic(s.tasks, s.dependencies));

    const auto lines = outline(s.tasks);
    CHECK(lines.size() == s.tasks.size());
    CHECK(lines.front().code == "1");

    const auto autumn = campaignNamed(wb, "Autumn Skincare Stories");
    const auto a = loadSnapshot(wb.db(), autumn.id);
    CHECK(std::count_if(a.tasks.begin(), a.tasks.end(),
                        [](const Task& t) { return !t.parentId; }) >= 1);
}

TEST_CASE("The demo has contracts in every status and every compensation model")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("demo.cdwb"));
    populateDemo(wb, d("2026-06-15"));
    const auto summer = campaignNamed(wb, "Summer Glow SPF Launch");
    const auto contracts = ContractRepository(wb.db()).listByCampaign(summer.id);

    CHECK(valuesOf<ContractStatus>(contracts, [](const auto& c) { return c.status; }) ==
          allValues<ContractStatus>());
    CHECK(valuesOf<CompensationModel>(contracts, [](const auto& c) { return c.compensation; }) ==
          allValues<CompensationModel>());
    const auto has = [&](auto pred) {
        return std::any_of(contracts.begin(), contracts.end(), pred);
    };
    CHECK(has([](const Contract& c) {
        return c.compensation == CompensationModel::Performance &&
               c.performanceBasis == PerformanceBasis::PerConversion &&
               c.performanceRate.minorUnits() > 0;
    }));
    CHECK(has([](const Contract& c) {
        return c.compensation == CompensationModel::Performance &&
               c.performanceBasis == PerformanceBasis::RevenueShare && c.revenueSharePercent > 0;
    }));
    CHECK(has([](const Contract& c) {
        return c.compensation == CompensationModel::Hybrid && c.fee.minorUnits() > 0 &&
               c.bonus.minorUnits() > 0 && c.bonusThreshold > 0;
    }));
    CHECK(has([](const Contract& c) {
        return c.compensation == CompensationModel::Gifting && c.productValue.minorUnits() > 0;
    }));
    CHECK(has([](const Contract& c) { return !c.shipments.empty(); }));
    CHECK(has([](const Contract& c) { return c.exclusivityStart && c.exclusivityEnd; }));
    CHECK(has([](const Contract& c) { return c.upfrontPercent > 0; }));
    for (const auto& c : contracts) {
        CHECK(!c.deliverables.empty());
        CHECK(c.isSigned() == c.signedDate.has_value());
    }
}

TEST_CASE("The demo's money: every budget category, payments paid, due and overdue")
{
    // Whatever day the demo is made on, it has payments in all three states.
    const Date today = GENERATE(d("2026-06-15"), d("2024-01-01"), d("2031-11-30"));
    TempDir dir;
    auto wb = Workbook::create(dir.file("demo.cdwb"));
    populateDemo(wb, today);
    const auto summer = campaignNamed(wb, "Summer Glow SPF Launch");
    BudgetRepository budget(wb.db());

    const auto lines = budget.linesOfCampaign(summer.id);
    CHECK(valuesOf<BudgetCategory>(lines, [](const auto& b) { return b.category; }) ==
          allValues<BudgetCategory>());
    CHECK(std::count_if(lines.begin(), lines.end(),
                        [](const BudgetLine& b) { return b.fromContingency; }) == 1);
    Money planned = Money::zero("EUR");
    for (const auto& b : lines) {
        planned += b.planned;
    }
    CHECK(planned.minorUnits() <= summer.budget.minorUnits());

    const auto payments = budget.paymentsOfCampaign(summer.id);
    const auto count = [&](auto pred) {
        return std::count_if(payments.begin(), payments.end(), pred);
    };
    CHECK(count([](const Payment& p) { return p.isPaid(); }) >= 3);
    CHECK(count([&](const Payment& p) { return p.isOverdue(today); }) >= 2);
    CHECK(count([&](const Payment& p) { return !p.isPaid() && *p.dueDate > today; }) >= 3);
    CHECK(count([](const Payment& p) { return p.contractId && p.budgetLineId; }) >= 5);
}

TEST_CASE("The demo's content: every approval status, with and without metrics")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("demo.cdwb"));
    const Date today = d("2026-06-15");
    populateDemo(wb, today);
    const auto summer = campaignNamed(wb, "Summer Glow SPF Launch");
    const auto content = ContentRepository(wb.db()).listByCampaign(summer.id);

    CHECK(content.size() >= 25);
    CHECK(valuesOf<ApprovalStatus>(content, [](const auto& c) { return c.approval; }) ==
          allValues<ApprovalStatus>());
    CHECK(valuesOf<Platform>(content, [](const auto& c) { return c.platform; }).size() >= 3);
    CHECK(valuesOf<ContentType>(content, [](const auto& c) { return c.type; }).size() >= 4);

    std::set<int> weeks;
    int withMetrics = 0;
    int withoutMetrics = 0;
    for (const auto& c : content) {
        if (c.metrics.impressions) {
            ++withMetrics;
            CHECK(c.approval == ApprovalStatus::Published);
            REQUIRE(c.metrics.reach);
            CHECK(*c.metrics.impressions >= *c.metrics.reach);
            REQUIRE(c.metrics.revenue);
            CHECK(c.metrics.revenue->currency() == "EUR");
        } else {
            ++withoutMetrics;
            CHECK(c.metrics == ContentMetrics{});
        }
        if (c.publishedDate) {
            CHECK(*c.publishedDate < today);
            CHECK(*c.publishedDate >= today.addDays(-28));
            weeks.insert(c.publishedDate->daysUntil(today) / 7);
        } else {
            CHECK(c.approval != ApprovalStatus::Published);
        }
    }
    CHECK(withMetrics >= 10);
    CHECK(withoutMetrics >= 5);
    CHECK(weeks.size() == 4);

    // Zoë's teaser went out before her contract was signed: a warning, not an error.
    const auto issues = checkCampaign(loadSnapshot(wb.db(), summer.id), today);
    CHECK(std::any_of(issues.begin(), issues.end(), [](const Issue& i) {
        return i.severity == Severity::Warning &&
               i.message.find("before its contract is signed") != std::string::npos;
    }));
}

// ---------------------------------------------------------------------------------------------
// Generator

TEST_CASE("The generator creates exactly the requested counts")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("gen.cdwb"));
    GeneratorSpec spec;
    spec.influencers = 700;
    spec.campaigns = 4;
    spec.tasks = 403;
    spec.posts = 2501;
    spec.seed = 42;
    generate(wb, spec);

    auto& db = wb.db();
    CHECK(InfluencerRepository(db).count() == 700);
    const auto campaigns = CampaignRepository(db).list();
    CHECK(campaigns.size() == 4);
    std::size_t tasks = 0;
    std::size_t dependencies = 0;
    std::int64_t posts = 0;
    for (const auto& c : campaigns) {
        tasks += TaskRepository(db).listByCampaign(c.id).size();
        dependencies += TaskRepository(db).dependenciesOfCampaign(c.id).size();
        posts += ContentRepository(db).countByCampaign(c.id);
        CHECK_FALSE(InfluencerRepository(db).membersOfCampaign(c.id).empty());
        CHECK_FALSE(ContractRepository(db).listByCampaign(c.id).empty());
        CHECK_FALSE(BudgetRepository(db).linesOfCampaign(c.id).empty());
        CHECK_FALSE(BudgetRepository(db).paymentsOfCampaign(c.id).empty());
    }
    CHECK(tasks == 403);
    CHECK(posts == 2501);
    CHECK(countRows(wb, "task") == 403);
    CHECK(countRows(wb, "content_item") == 2501);
    CHECK(countRows(wb, "dependency") == static_cast<std::int64_t>(dependencies));
    // About two dependencies per task.
    CHECK(dependencies >= 403 * 3 / 2);
    CHECK(dependencies <= 403 * 2);

    requireNoErrors(wb, Date::fromYmd(2026, 1, 5));
}

TEST_CASE("The generator is deterministic: the same seed gives the same workbook")
{
    TempDir dir;
    GeneratorSpec spec;
    spec.influencers = 300;
    spec.campaigns = 3;
    spec.tasks = 150;
    spec.posts = 600;
    spec.seed = 7;

    auto first = Workbook::create(dir.file("a.cdwb"));
    auto second = Workbook::create(dir.file("b.cdwb"));
    generate(first, spec);
    generate(second, spec);
    const auto a = contentsOf(first);
    const auto b = contentsOf(second);
    CHECK(a.influencers.size() == 300);
    CHECK(a.influencers == b.influencers);
    CHECK(a.campaigns == b.campaigns);
    CHECK(a.members == b.members);
    CHECK(a.tasks == b.tasks);
    CHECK(a.dependencies == b.dependencies);
    CHECK(a.contracts == b.contracts);
    CHECK(a.lines == b.lines);
    CHECK(a.payments == b.payments);
    CHECK(a.content == b.content);

    spec.seed = 8;
    auto third = Workbook::create(dir.file("c.cdwb"));
    generate(third, spec);
    const auto c = contentsOf(third);
    CHECK(c.influencers.size() == a.influencers.size());
    CHECK(c.influencers != a.influencers);
    CHECK(c.tasks != a.tasks);
    CHECK(c.content != a.content);
}

TEST_CASE("Generated dependencies never form a cycle nor repeat a pair")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("gen.cdwb"));
    GeneratorSpec spec;
    spec.influencers = 50;
    spec.campaigns = 5;
    spec.tasks = 1000;
    spec.posts = 10;
    spec.seed = GENERATE(1u, 2u, 99u);
    generate(wb, spec);

    for (const auto& c : CampaignRepository(wb.db()).list()) {
        const auto s = loadSnapshot(wb.db(), c.id);
        std::map<Id, const Task*> byId;
        for (const auto& t : s.tasks) {
            byId[t.id] = &t;
        }
        std::set<std::pair<Id, Id>> pairs;
        for (const auto& dep : s.dependencies) {
            CHECK(pairs.insert({dep.predecessorId, dep.successorId}).second);
            CHECK_FALSE(pairs.count({dep.successorId, dep.predecessorId}));
            REQUIRE(byId.count(dep.predecessorId));
            CHECK(byId[dep.predecessorId]->campaignId == c.id);
            CHECK(dep.predecessorId < dep.successorId);
        }
        CHECK(acyclic(s.tasks, s.dependencies));

        // Trees at most three levels deep, siblings numbered 0 … n-1.
        std::map<std::optional<Id>, std::vector<int>> siblings;
        for (const auto& t : s.tasks) {
            siblings[t.parentId].push_back(t.position);
            int depth = 0;
            for (const Task* p = &t; p->parentId; p = byId.at(*p->parentId)) {
                ++depth;
            }
            CHECK(depth <= 2);
            if (t.kind == TaskKind::Milestone) {
                CHECK(t.durationDays == 0);
            }
        }
        for (auto& [parent, positions] : siblings) {
            std::sort(positions.begin(), positions.end());
            for (std::size_t p = 0; p < positions.size(); ++p) {
                CHECK(positions[p] == static_cast<int>(p));
            }
        }
        CHECK(outline(s.tasks).size() == s.tasks.size());
    }
    CHECK(wb.integrityProblems().empty());
}

TEST_CASE("Generated handles are unique per platform")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("gen.cdwb"));
    GeneratorSpec spec;
    spec.influencers = 2000;
    spec.campaigns = 1;
    spec.tasks = 0;
    spec.posts = 0;
    generate(wb, spec);

    std::set<std::pair<Platform, std::string>> seen;
    std::size_t handles = 0;
    for (const auto& i : InfluencerRepository(wb.db()).list()) {
        CHECK_FALSE(i.handles.empty());
        for (const auto& h : i.handles) {
            ++handles;
            CHECK(seen.insert({h.platform, h.handle}).second);
        }
    }
    CHECK(handles > 2000);
    const auto one = InfluencerRepository(wb.db()).get(1234);
    REQUIRE(one);
    CHECK(InfluencerRepository(wb.db()).findByHandle(one->handles.front().platform,
                                                     "@creator001234") == 1234);
}

TEST_CASE("The generator accepts zero counts")
{
    TempDir dir;

    SECTION("Nothing at all")
    {
        auto wb = Workbook::create(dir.file("zero.cdwb"));
        generate(wb, GeneratorSpec{0, 0, 0, 0, 1});
        for (const char* table : {"influencer", "campaign", "task", "dependency", "content_item",
                                  "contract", "budget_line", "payment", "campaign_member"}) {
            INFO(table);
            CHECK(countRows(wb, table) == 0);
        }
    }
    SECTION("No campaigns means no tasks, posts or contracts")
    {
        auto wb = Workbook::create(dir.file("nocampaign.cdwb"));
        generate(wb, GeneratorSpec{25, 0, 100, 100, 1});
        CHECK(countRows(wb, "influencer") == 25);
        for (const char* table :
             {"campaign", "task", "dependency", "content_item", "contract", "payment"}) {
            INFO(table);
            CHECK(countRows(wb, table) == 0);
        }
    }
    SECTION("No influencers: campaigns with tasks and brand content only")
    {
        auto wb = Workbook::create(dir.file("noinfluencer.cdwb"));
        generate(wb, GeneratorSpec{0, 2, 1, 30, 1});
        CHECK(countRows(wb, "campaign") == 2);
        CHECK(countRows(wb, "task") == 1);
        CHECK(countRows(wb, "dependency") == 0);
        CHECK(countRows(wb, "content_item") == 30);
        CHECK(countRows(wb, "contract") == 0);
        CHECK(countRows(wb, "campaign_member") == 0);
        for (const auto& c : CampaignRepository(wb.db()).list()) {
            for (const auto& item : ContentRepository(wb.db()).listByCampaign(c.id)) {
                CHECK_FALSE(item.influencerId);
            }
        }
        requireNoErrors(wb, Date::fromYmd(2026, 1, 5));
    }
    SECTION("Three tasks, one dependency at most")
    {
        auto wb = Workbook::create(dir.file("two.cdwb"));
        generate(wb, GeneratorSpec{5, 1, 3, 0, 1});
        CHECK(countRows(wb, "task") == 3);
        CHECK(countRows(wb, "dependency") <= 1);
    }
}
