#pragma once

#include "core/Influencer.h"

#include <vector>

namespace cd::storage {

class Database;

// Everything else in the workbook that names one influencer.
struct InfluencerLinks {
    std::vector<core::CampaignMember> memberships;
    std::vector<core::Id> contracts;
    std::vector<core::Id> content;
    std::vector<core::Id> tasks;
};

InfluencerLinks linksOf(Database& db, core::Id influencerId);

// An influencer as it was removed, with what referred to it: enough to put it back exactly.
struct RemovedInfluencer {
    core::Influencer influencer;
    InfluencerLinks links;
};

// Removes an influencer in one transaction and returns what restoreInfluencer needs. Refuses
// (StorageError::Constraint, nothing changed) while contracts name the influencer: a contract is
// a record of an agreement and is never dropped as a side effect. Missing when the id is gone.
RemovedInfluencer removeInfluencer(Database& db, core::Id influencerId);

// Puts a removed influencer back under its old id, with its handles and memberships, and points
// its contracts, content and tasks at it again. One transaction.
void restoreInfluencer(Database& db, const RemovedInfluencer& removed);

// Inserts `influencer` under its own id (not a new one): redoing an addition must give the row
// the id that later commands on the undo stack refer to. Sets influencer.version.
void insertInfluencerWithId(Database& db, core::Influencer& influencer);

// Writes `values` over the stored row of the same id whatever its row version (undo and redo
// put back a state they recorded). Missing when the row is gone.
void overwriteInfluencer(Database& db, core::Influencer values);

} // namespace cd::storage
