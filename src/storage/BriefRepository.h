#pragma once

#include "core/Brief.h"

namespace cd::storage {

class Database;

// The brief and style guide of each campaign (table campaign_brief, schema version 4): one row
// per campaign, created the first time it is saved.
class BriefRepository {
public:
    explicit BriefRepository(Database& db) : m_db(db) {}

    // The campaign's brief; an empty one with version 0 when none was saved yet. Throws
    // StorageError::Missing when the campaign does not exist.
    core::CampaignBrief get(core::Id campaignId);
    // Writes every part if nobody changed the brief since it was read (version 0: nobody saved
    // one since); else throws a Conflict. Moves the version on.
    void save(core::CampaignBrief& brief);

private:
    Database& m_db;
};

} // namespace cd::storage
