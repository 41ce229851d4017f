#pragma once

#include "core/Campaign.h"

#include <string>

namespace cd::storage {
class Database;
}

namespace cd::cli {

// The campaign named or numbered `nameOrId` (see CampaignRepository::find); BadInput (exit 2)
// naming the workbook when there is none.
core::Campaign requireCampaign(storage::Database& db, const std::string& nameOrId,
                               const std::string& workbookPath);

} // namespace cd::cli
