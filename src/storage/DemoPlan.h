#pragma once

// Internal to the demo (DemoData.cpp, DemoCampaigns.cpp, DemoRoster.cpp): the shapes of the
// hand-written tables the demo workbook is made from. Dates in the tables are day offsets from
// the `today` given to populateDemo.

#include "core/Budget.h"
#include "core/Campaign.h"
#include "core/Content.h"
#include "core/Contract.h"
#include "core/Influencer.h"
#include "core/Task.h"

#include <climits>
#include <cstdint>
#include <optional>
#include <vector>

namespace cd::storage::demo {

using core::ApprovalStatus;
using core::BudgetCategory;
using core::CompensationModel;
using core::ContentType;
using core::ContractStatus;
using core::DependencyType;
using core::OwnerRole;
using core::PerformanceBasis;
using core::PipelineStage;
using core::Platform;
using core::TaskKind;
using core::TaskStatus;

constexpr int kNone = INT_MIN;          // an absent date
constexpr const char* kBrand = nullptr; // content posted by the brand itself, no influencer

// Amounts in the tables: 3500_eur is 3,500.00 EUR, 3850_ct is 38.50 EUR (in minor units).
constexpr std::int64_t operator""_eur(unsigned long long v)
{
    return static_cast<std::int64_t>(v) * 100;
}
constexpr std::int64_t operator""_ct(unsigned long long v)
{
    return static_cast<std::int64_t>(v);
}

struct MemberRow {
    const char* influencer;
    PipelineStage stage;
    const char* notes = "";
};

// A WBS node. Deliverables (parent == nullptr) take their dates, progress and status from their
// children; `slip` moves the actual finish of a done task away from the plan.
struct TaskRow {
    const char* key;
    const char* parent;
    TaskKind kind;
    const char* name;
    OwnerRole role = OwnerRole::Unassigned;
    const char* assignee = "";
    TaskStatus status = TaskStatus::NotStarted;
    int start = 0;
    int duration = 0;
    double percent = 0;
    int slip = 0;
    std::int64_t cost = 0;
    int buffer = 0;
    const char* influencer = nullptr;
    const char* notes = "";
};

struct DependencyRow {
    const char* from;
    const char* to;
    DependencyType type;
    int lag;
};

struct DeliverableRow {
    ContentType type;
    Platform platform;
    int quantity;
    int due;
};

struct ShipmentRow {
    const char* items;
    const char* sizes;
    int spares;
    int shipped;
    int received;
};

struct ContractRow {
    const char* influencer;
    ContractStatus status;
    int signedOn = kNone;
    const char* scope = "";
    CompensationModel compensation = CompensationModel::FlatFee;
    std::int64_t fee = 0;
    PerformanceBasis basis = PerformanceBasis::None;
    std::int64_t rate = 0;
    double revenueShare = 0;
    std::int64_t bonus = 0;
    std::int64_t bonusThreshold = 0;
    std::int64_t productValue = 0;
    double upfront = 0;
    bool payOnDelivery = false;
    int netDays = 30;
    const char* exclusivity = "";
    int exclusiveFrom = kNone;
    int exclusiveTo = kNone;
    int usageMonths = 0;
    std::vector<DeliverableRow> deliverables = {};
    std::vector<ShipmentRow> shipments = {};
    const char* notes = "";
};

struct LineRow {
    const char* key;
    BudgetCategory category;
    const char* description;
    std::int64_t planned;
    std::int64_t committed;
    bool fromContingency = false;
};

struct PaymentRow {
    const char* description;
    std::int64_t amount;
    int due;
    int paid = kNone;
    const char* line = nullptr;
    const char* contractWith = nullptr; // the influencer whose contract this pays
};

// -1 marks a figure the platform does not report (likes of a story, for instance).
struct Metrics {
    std::int64_t impressions, reach, likes, comments, shares, saves, clicks, conversions, revenue,
        mentions;
};
constexpr std::optional<Metrics> kPending = std::nullopt;

struct ContentRow {
    const char* influencer;
    Platform platform;
    ContentType type;
    const char* title;
    int planned;
    int published;
    ApprovalStatus approval;
    const char* url;
    std::optional<Metrics> metrics; // kPending until the platform reports
};

struct CampaignPlan {
    core::Campaign campaign;
    std::vector<MemberRow> members;
    std::vector<TaskRow> tasks;
    std::vector<DependencyRow> dependencies;
    std::vector<ContractRow> contracts;
    std::vector<LineRow> lines;
    std::vector<PaymentRow> payments;
    std::vector<ContentRow> content;
};

std::vector<core::Influencer> roster(core::Date today); // DemoRoster.cpp
CampaignPlan summerGlow(core::Date today);              // DemoCampaigns.cpp
CampaignPlan autumnStories(core::Date today);
CampaignPlan winterCapsule(core::Date today);

} // namespace cd::storage::demo
