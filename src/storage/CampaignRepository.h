#pragma once

#include "core/Campaign.h"

#include <optional>
#include <string_view>
#include <vector>

namespace cd::storage {

class Database;

class CampaignRepository {
public:
    explicit CampaignRepository(Database& db) : m_db(db) {}

    // Inserts and sets campaign.id and campaign.version.
    void add(core::Campaign& campaign);
    // Puts back a campaign exactly as it was read (same id and row version, its KPI targets):
    // redo of an addition that was undone. Throws StorageError::Constraint when the id is taken.
    void restore(const core::Campaign& campaign);
    // Writes every field; throws StorageError::Conflict when the row changed since it was read.
    void update(core::Campaign& campaign);
    void remove(core::Id id);
    std::optional<core::Campaign> get(core::Id id);
    std::vector<core::Campaign> list();
    // A campaign by its id ("3") or its exact name, else by name ignoring case.
    std::optional<core::Campaign> find(std::string_view nameOrId);

private:
    void writeTargets(const core::Campaign& campaign);
    Database& m_db;
};

} // namespace cd::storage
