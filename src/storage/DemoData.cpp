// The demo workbook: Lumen Cosmetics, an SPF launch running now, an autumn campaign being planned
// and a finished winter capsule. The data are tables (DemoCampaigns.cpp, DemoRoster.cpp); this
// file turns their rows into domain objects and writes them through the repositories, all in one
// transaction. Dates are day offsets from `today`, so the demo always has tasks late, payments
// overdue and posts live.

#include "DemoData.h"

#include "BriefRepository.h"
#include "BudgetRepository.h"
#include "CampaignRepository.h"
#include "ContentRepository.h"
#include "ContractRepository.h"
#include "Database.h"
#include "DemoPlan.h"
#include "InfluencerRepository.h"
#include "StorageError.h"
#include "TaskRepository.h"
#include "TeamRepository.h"
#include "Workbook.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cd::storage {

namespace {

using namespace demo;

struct Repos {
    explicit Repos(Database& db)
        : campaigns(db), influencers(db), tasks(db), contracts(db), budget(db), content(db),
          team(db), briefs(db)
    {
    }
    CampaignRepository campaigns;
    InfluencerRepository influencers;
    TaskRepository tasks;
    ContractRepository contracts;
    BudgetRepository budget;
    ContentRepository content;
    TeamRepository team;
    BriefRepository briefs;
};

using Ids = std::map<std::string, core::Id>;

core::OptionalDate at(core::Date today, int offset)
{
    return offset == kNone ? core::OptionalDate() : core::OptionalDate(today.addDays(offset));
}

core::Money eur(std::int64_t minor)
{
    return core::Money(minor, "EUR");
}

core::Id lookup(const Ids& ids, const char* key, const char* what)
{
    const auto it = ids.find(key);
    if (it == ids.end()) {
        // A typo in the demo tables; never reached by a correct build.
        throw StorageError(StorageError::Kind::Missing,
                           std::string("Demo data refers to an unknown ") + what + ": " + key);
    }
    return it->second;
}

std::optional<core::Id> lookupOptional(const Ids& ids, const char* key, const char* what)
{
    return key ? std::optional<core::Id>(lookup(ids, key, what)) : std::nullopt;
}

core::Task makeTask(const TaskRow& row, core::Id campaignId, core::Date today)
{
    core::Task t;
    t.campaignId = campaignId;
    t.name = row.name;
    t.kind = row.kind;
    t.ownerRole = row.role;
    t.assignee = row.assignee;
    t.status = row.status;
    t.plannedStart = today.addDays(row.start);
    t.durationDays = row.duration;
    t.percentComplete = row.status == TaskStatus::Done ? 100.0 : row.percent;
    t.costEstimate = eur(row.cost);
    t.bufferDays = row.buffer;
    t.notes = row.notes;
    if (row.status == TaskStatus::Done || row.status == TaskStatus::InProgress ||
        row.status == TaskStatus::Blocked) {
        t.actualStart = t.plannedStart;
    }
    if (row.status == TaskStatus::Done) {
        t.actualFinish = t.plannedFinish()->addDays(row.slip);
    }
    return t;
}

// A deliverable spans its children: from the first start to the last finish, with their
// average progress, done when all of them are done (cancelled ones aside).
void rollUp(core::Task& parent, const std::vector<core::Task>& children)
{
    core::OptionalDate start, finish, actualStart, actualFinish;
    double percent = 0;
    int counted = 0;
    bool allDone = true;
    bool anyStarted = false;
    for (const auto& c : children) {
        start = start ? std::min(*start, *c.plannedStart) : *c.plannedStart;
        finish = finish ? std::max(*finish, *c.plannedFinish()) : *c.plannedFinish();
        if (c.actualStart) {
            actualStart = actualStart ? std::min(*actualStart, *c.actualStart) : *c.actualStart;
            anyStarted = true;
        }
        if (c.actualFinish) {
            actualFinish =
                actualFinish ? std::max(*actualFinish, *c.actualFinish) : *c.actualFinish;
        }
        if (c.status == TaskStatus::Cancelled) {
            continue;
        }
        percent += c.percentComplete;
        ++counted;
        allDone = allDone && c.status == TaskStatus::Done;
    }
    if (!start) {
        return;
    }
    parent.plannedStart = start;
    parent.durationDays = start->daysUntil(*finish) + 1;
    parent.percentComplete = counted ? percent / counted : 0.0;
    parent.status = allDone && counted ? TaskStatus::Done
                    : anyStarted       ? TaskStatus::InProgress
                                       : TaskStatus::NotStarted;
    parent.actualStart = actualStart;
    parent.actualFinish = parent.status == TaskStatus::Done ? actualFinish : std::nullopt;
    if (parent.status == TaskStatus::Done) {
        parent.percentComplete = 100.0;
    }
}

void addTasks(Repos& r, const CampaignPlan& plan, core::Id campaignId, core::Date today,
              const Ids& influencers)
{
    std::vector<core::Task> tasks;
    for (const auto& row : plan.tasks) {
        tasks.push_back(makeTask(row, campaignId, today));
        tasks.back().influencerId = lookupOptional(influencers, row.influencer, "influencer");
    }
    // Deliverables: phase is their own name, dates rolled up from their children.
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        if (plan.tasks[i].parent) {
            continue;
        }
        std::vector<core::Task> children;
        for (std::size_t j = 0; j < plan.tasks.size(); ++j) {
            if (plan.tasks[j].parent && std::string(plan.tasks[j].parent) == plan.tasks[i].key) {
                tasks[j].phase = plan.tasks[i].name;
                children.push_back(tasks[j]);
            }
        }
        tasks[i].phase = plan.tasks[i].name;
        rollUp(tasks[i], children);
    }
    Ids ids;
    std::map<std::string, int> nextPosition;
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        const auto& row = plan.tasks[i];
        auto& t = tasks[i];
        t.parentId = lookupOptional(ids, row.parent, "task");
        t.position = nextPosition[row.parent ? row.parent : ""]++;
        r.tasks.add(t);
        ids[row.key] = t.id;
    }
    for (const auto& row : plan.dependencies) {
        core::Dependency d;
        d.predecessorId = lookup(ids, row.from, "task");
        d.successorId = lookup(ids, row.to, "task");
        d.type = row.type;
        d.lagDays = row.lag;
        r.tasks.addDependency(d);
    }
}

Ids addContracts(Repos& r, const CampaignPlan& plan, core::Id campaignId, core::Date today,
                 const Ids& influencers)
{
    Ids byInfluencer;
    for (const auto& row : plan.contracts) {
        core::Contract c;
        c.campaignId = campaignId;
        c.influencerId = lookup(influencers, row.influencer, "influencer");
        c.status = row.status;
        c.signedDate = at(today, row.signedOn);
        c.scope = row.scope;
        c.compensation = row.compensation;
        c.fee = eur(row.fee);
        c.performanceBasis = row.basis;
        c.performanceRate = eur(row.rate);
        c.revenueSharePercent = row.revenueShare;
        c.bonus = eur(row.bonus);
        c.bonusThreshold = row.bonusThreshold;
        c.productValue = eur(row.productValue);
        c.upfrontPercent = row.upfront;
        c.payOnDelivery = row.payOnDelivery;
        c.paymentNetDays = row.netDays;
        c.exclusivityCategory = row.exclusivity;
        c.exclusivityStart = at(today, row.exclusiveFrom);
        c.exclusivityEnd = at(today, row.exclusiveTo);
        c.usageRightsMonths = row.usageMonths;
        for (const auto& d : row.deliverables) {
            c.deliverables.push_back({d.type, d.platform, d.quantity, at(today, d.due)});
        }
        for (const auto& s : row.shipments) {
            c.shipments.push_back(
                {s.items, s.sizes, s.spares, at(today, s.shipped), at(today, s.received)});
        }
        c.notes = row.notes;
        // Creator management looks after the deals; operations after the gifting (shipping).
        c.assignee = row.compensation == core::CompensationModel::Gifting ? "Luca" : "Sofia";
        r.contracts.add(c);
        byInfluencer[row.influencer] = c.id;
    }
    return byInfluencer;
}

void addBudget(Repos& r, const CampaignPlan& plan, core::Id campaignId, core::Date today,
               const Ids& contracts)
{
    Ids lines;
    for (const auto& row : plan.lines) {
        core::BudgetLine b;
        b.campaignId = campaignId;
        b.category = row.category;
        b.description = row.description;
        b.planned = eur(row.planned);
        b.committed = eur(row.committed);
        b.fromContingency = row.fromContingency;
        r.budget.addLine(b);
        lines[row.key] = b.id;
    }
    for (const auto& row : plan.payments) {
        core::Payment p;
        p.campaignId = campaignId;
        p.budgetLineId = lookupOptional(lines, row.line, "budget line");
        p.contractId = lookupOptional(contracts, row.contractWith, "contract");
        p.description = row.description;
        p.amount = eur(row.amount);
        p.dueDate = at(today, row.due);
        p.paidDate = at(today, row.paid);
        r.budget.addPayment(p);
    }
}

std::optional<std::int64_t> known(std::int64_t v)
{
    return v < 0 ? std::nullopt : std::optional<std::int64_t>(v);
}

void addContent(Repos& r, const CampaignPlan& plan, core::Id campaignId, core::Date today,
                const Ids& influencers)
{
    for (const auto& row : plan.content) {
        core::ContentItem item;
        item.campaignId = campaignId;
        item.influencerId = lookupOptional(influencers, row.influencer, "influencer");
        item.platform = row.platform;
        item.type = row.type;
        item.title = row.title;
        item.plannedDate = at(today, row.planned);
        item.publishedDate = at(today, row.published);
        item.url = row.url;
        item.approval = row.approval;
        if (row.metrics) {
            const auto& m = *row.metrics;
            auto& out = item.metrics;
            out.impressions = known(m.impressions);
            out.reach = known(m.reach);
            out.likes = known(m.likes);
            out.comments = known(m.comments);
            out.shares = known(m.shares);
            out.saves = known(m.saves);
            out.clicks = known(m.clicks);
            out.conversions = known(m.conversions);
            if (m.revenue >= 0) {
                out.revenue = eur(m.revenue);
            }
            out.brandMentions = known(m.mentions);
        }
        r.content.add(item);
    }
}

// The people the demo's tasks are assigned to, with the roles they hold.
void addTeam(Repos& r)
{
    using core::OwnerRole;
    const struct {
        const char* name;
        const char* email;
        std::vector<OwnerRole> roles;
    } people[] = {
        {"Marta", "marta@lumen-cosmetics.example", {OwnerRole::Strategy}},
        {"Sofia", "sofia@lumen-cosmetics.example", {OwnerRole::CreatorManagement}},
        {"Daniel", "daniel@lumen-cosmetics.example", {OwnerRole::Analytics, OwnerRole::Strategy}},
        {"Luca", "luca@lumen-cosmetics.example", {OwnerRole::Operations}},
    };
    for (const auto& person : people) {
        core::TeamMember m;
        m.name = person.name;
        m.email = person.email;
        m.roles = person.roles;
        r.team.add(m);
    }
}

// The brief and style guide the Summer Glow creators get.
void addSummerBrief(Repos& r, core::Id campaignId)
{
    core::CampaignBrief b = r.briefs.get(campaignId);
    b.overview = "Lumen Cosmetics launches two daily sunscreens for city skin. Show SPF as the "
                 "last step of your morning skincare, not as a beach product. Audience: women "
                 "and men 20-35 in Italy, Spain, France, Germany and the UK. Posts go live over "
                 "the next eight weeks.";
    b.productNames = "- SPF 50 Glow Fluid — never \"Glow fluid\" or \"Glowfluid\"\n"
                     "- SPF 30 Tinted — three shades: Light, Medium, Deep\n"
                     "- Lumen Cosmetics — the brand, in full the first time";
    b.disclosures = "- #ad at the start of the caption, before any other hashtag\n"
                    "- Instagram and TikTok: switch on the Paid partnership label\n"
                    "- YouTube: tick \"Includes paid promotion\" and say it in the first 30 "
                    "seconds";
    b.keyMessages = "- SPF every day, also in town and in winter\n"
                    "- Light, no white cast, sits well under make-up\n"
                    "- Your code gives 15% off your first order on lumen-cosmetics.example";
    b.dos = "- Show the product on skin in daylight\n"
            "- Talk about your own routine, in your own words\n"
            "- Put your discount code and link in the first line";
    b.donts = "- No medical claims (\"prevents skin cancer\", \"cures acne\")\n"
              "- No competitor products in shot\n"
              "- Do not post before your contract is signed and the content approved";
    b.postingPractice = "- Send drafts five working days before the posting date\n"
                        "- Post between 18:00 and 21:00 local time\n"
                        "- Tag @lumencosmetics and keep the post up for at least 90 days";
    r.briefs.save(b);
}

void addCampaign(Repos& r, CampaignPlan& plan, core::Date today, const Ids& influencers)
{
    r.campaigns.add(plan.campaign);
    const core::Id id = plan.campaign.id;
    for (const auto& row : plan.members) {
        core::CampaignMember m;
        m.campaignId = id;
        m.influencerId = lookup(influencers, row.influencer, "influencer");
        m.stage = row.stage;
        m.notes = row.notes;
        r.influencers.addMember(m);
    }
    addTasks(r, plan, id, today, influencers);
    const Ids contracts = addContracts(r, plan, id, today, influencers);
    addBudget(r, plan, id, today, contracts);
    addContent(r, plan, id, today, influencers);
}

} // namespace

void populateDemo(Workbook& workbook, core::Date today)
{
    Transaction tx(workbook.db());
    Repos r(workbook.db());

    Ids influencers;
    for (auto& i : roster(today)) {
        r.influencers.add(i);
        influencers[i.name] = i.id;
    }
    addTeam(r);
    for (auto* make : {&summerGlow, &autumnStories, &winterCapsule}) {
        CampaignPlan plan = make(today);
        addCampaign(r, plan, today, influencers);
        if (make == &summerGlow) {
            addSummerBrief(r, plan.campaign.id);
        }
    }
    tx.commit();
}

} // namespace cd::storage
