#pragma once

#include "core/Validation.h"

namespace cd::storage {

class Database;

// Loads everything about one campaign, for the cross-entity checks and the read-only views.
core::CampaignSnapshot loadSnapshot(Database& db, core::Id campaignId);

} // namespace cd::storage
