#include "KpiData.h"

#include "BudgetRepository.h"
#include "CampaignRepository.h"
#include "ContentAggregates.h"
#include "Database.h"
#include "InfluencerRepository.h"
#include "StorageError.h"
#include "TaskRepository.h"

#include "core/Delivery.h"

#include <set>

namespace cd::storage {

CampaignKpiData loadKpiData(Database& db, core::Id campaignId, core::Date today,
                            const ContentRange& contentRange)
{
    Transaction tx(db, Transaction::Mode::Read);
    CampaignKpiData d;
    auto campaign = CampaignRepository(db).get(campaignId);
    if (!campaign) {
        throw StorageError(StorageError::Kind::Missing,
                           "The campaign #" + std::to_string(campaignId) + " does not exist.");
    }
    d.campaign = std::move(*campaign);

    auto content = ContentAggregates(db).ofCampaign(campaignId, contentRange);
    d.inputs.content = content.totals;
    d.inputs.authors = std::move(content.authors);
    d.days = std::move(content.days);

    InfluencerRepository influencers(db);
    std::set<core::Id> authorIds;
    for (const auto& a : d.inputs.authors) {
        authorIds.insert(a.influencerId);
    }
    for (const core::Id id : authorIds) {
        if (auto influencer = influencers.get(id)) {
            d.authors.push_back(std::move(*influencer));
        }
    }

    BudgetRepository budget(db);
    d.budgetLines = budget.linesOfCampaign(campaignId);
    d.payments = budget.paymentsOfCampaign(campaignId);
    d.inputs.spend = core::paidSpend(d.payments, d.campaign.currency);

    TaskRepository taskRepository(db);
    const auto tasks = taskRepository.listByCampaign(campaignId);
    const auto dependencies = taskRepository.dependenciesOfCampaign(campaignId);
    tx.commit();
    d.inputs.delivery = core::computeDelivery(tasks, dependencies, d.campaign, today);
    return d;
}

std::vector<core::Kpi> computeKpis(const CampaignKpiData& data, core::Date today)
{
    return core::computeKpis(data.campaign, data.inputs, data.authors, today);
}

} // namespace cd::storage
