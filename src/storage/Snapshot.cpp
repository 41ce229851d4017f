#include "Snapshot.h"

#include "BudgetRepository.h"
#include "CampaignRepository.h"
#include "ContentRepository.h"
#include "ContractRepository.h"
#include "Database.h"
#include "StorageError.h"
#include "TaskRepository.h"

namespace cd::storage {

core::CampaignSnapshot loadSnapshot(Database& db, core::Id campaignId)
{
    // One read transaction so every part comes from the same state of the file.
    Transaction tx(db, Transaction::Mode::Read);
    core::CampaignSnapshot s;
    auto campaign = CampaignRepository(db).get(campaignId);
    if (!campaign) {
        throw StorageError(StorageError::Kind::Missing,
                           "The campaign #" + std::to_string(campaignId) + " does not exist.");
    }
    s.campaign = std::move(*campaign);
    TaskRepository tasks(db);
    s.tasks = tasks.listByCampaign(campaignId);
    s.dependencies = tasks.dependenciesOfCampaign(campaignId);
    s.contracts = ContractRepository(db).listByCampaign(campaignId);
    BudgetRepository budget(db);
    s.budgetLines = budget.linesOfCampaign(campaignId);
    s.payments = budget.paymentsOfCampaign(campaignId);
    s.content = ContentRepository(db).listByCampaign(campaignId);
    tx.commit();
    return s;
}

} // namespace cd::storage
