#pragma once

#include "core/Delivery.h"
#include "core/Kpi.h"
#include "core/KpiInputs.h"
#include "core/Money.h"
#include "storage/KpiData.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cd::report {

// One influencer of the top list, with the platform where most of their engagements came from.
struct TopInfluencer {
    std::string name;
    core::Platform platform = core::Platform::Other;
    std::int64_t posts = 0;
    std::optional<std::int64_t> engagements;
    std::optional<std::int64_t> reach;
};

// Planned and committed from the budget lines, paid from the payments, per category.
struct BudgetRow {
    std::string label;
    core::Money planned;
    core::Money committed;
    core::Money paid;
};

struct BudgetFigures {
    core::Money budget;
    core::Money planned;
    core::Money committed;
    core::Money paid;
    core::Money remaining;             // budget − committed: what is still free to commit
    std::vector<BudgetRow> categories; // in category order, only those with an amount
};

// Everything the one-page report shows, computed once before painting.
struct ReportInput {
    core::Campaign campaign;
    core::Date madeOn;
    std::vector<core::Kpi> kpis;
    std::vector<core::PeriodSums> weeks;
    std::vector<TopInfluencer> topInfluencers; // the first five by engagements
    std::int64_t influencersWithContent = 0;
    BudgetFigures budget;
    core::Delivery delivery;
};

ReportInput buildReportInput(const storage::CampaignKpiData& data, core::Date today);

// Σ planned and committed of the lines and Σ paid payments, each in the campaign's currency.
BudgetFigures budgetFigures(const storage::CampaignKpiData& data);

} // namespace cd::report
