#pragma once

#include "ContentAggregates.h"
#include "core/Budget.h"
#include "core/Campaign.h"
#include "core/Influencer.h"
#include "core/Kpi.h"
#include "core/KpiInputs.h"

#include <vector>

namespace cd::storage {

class Database;

// Everything the KPIs and the KPI report of one campaign are computed from, read in one read
// transaction. The content arrives as SQL aggregates (ContentAggregates), never item by item.
struct CampaignKpiData {
    core::Campaign campaign;
    // Content sums, per-author sums, spend (Σ paid payments) and the delivery figures.
    core::KpiInputs inputs;
    std::vector<core::PeriodSums> days;    // engagements and reach per published day
    std::vector<core::Influencer> authors; // the roster entries of the content's influencers
    std::vector<core::BudgetLine> budgetLines;
    std::vector<core::Payment> payments;
};

// Throws StorageError(Missing) when the campaign does not exist. `contentRange` limits the
// content sums (not the spend, budget or plan, which are the campaign's) to a date range.
CampaignKpiData loadKpiData(Database& db, core::Id campaignId, core::Date today,
                            const ContentRange& contentRange = {});

// The KPIs of the loaded data, with the campaign's targets.
std::vector<core::Kpi> computeKpis(const CampaignKpiData& data, core::Date today);

} // namespace cd::storage
