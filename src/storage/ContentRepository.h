#pragma once

#include "core/Content.h"

#include <optional>
#include <vector>

namespace cd::storage {

class Database;

class ContentRepository {
public:
    explicit ContentRepository(Database& db) : m_db(db) {}

    void add(core::ContentItem& item);
    // Inserts `item` under its own id and row version (not new ones): undoing a deletion must
    // give the row back the id that other commands on the undo stack refer to. Throws
    // StorageError (Constraint) when a row with that id exists.
    void restore(const core::ContentItem& item);
    void update(core::ContentItem& item);
    void remove(core::Id id);
    std::optional<core::ContentItem> get(core::Id id);
    std::vector<core::ContentItem> listByCampaign(core::Id campaignId);
    std::int64_t countByCampaign(core::Id campaignId);

private:
    Database& m_db;
};

} // namespace cd::storage
