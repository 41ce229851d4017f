#include "CampaignLookup.h"

#include "CliError.h"

#include "storage/CampaignRepository.h"

namespace cd::cli {

core::Campaign requireCampaign(storage::Database& db, const std::string& nameOrId,
                               const std::string& workbookPath)
{
    auto campaign = storage::CampaignRepository(db).find(nameOrId);
    if (!campaign) {
        throw BadInput("no campaign named or numbered \"" + nameOrId + "\" in " + workbookPath);
    }
    return std::move(*campaign);
}

} // namespace cd::cli
