#pragma once

#include "InfluencerRestore.h"

#include <vector>

namespace cd::storage {

class Database;

// The record two duplicates become (core::mergeInto with the other one as the incoming record),
// except that the kept record's own details win: the other one only fills gaps, adds accounts
// on platforms the kept one lacks, niches and notes. The later last contact is kept.
core::Influencer mergedRecord(const core::Influencer& kept, const core::Influencer& other);

// What a merge did, so that undoMerge can put both records and every reference back.
struct MergeRecord {
    core::Influencer keptBefore;
    RemovedInfluencer removed;
    // Campaigns whose membership moved from the removed record to the kept one (where both were
    // members, the kept record's membership stays and the other's goes).
    std::vector<core::Id> movedMemberships;
};

// Merges `otherId` into `keptId` in one transaction: the kept record becomes mergedRecord, and
// the other record's memberships, contracts, content and tasks are reassigned to it before the
// other record is removed. Refuses (StorageError::Constraint, nothing changed) when both have a
// contract for the same campaign, and when the ids are equal.
MergeRecord mergeInfluencers(Database& db, core::Id keptId, core::Id otherId);

// Undoes a merge in one transaction: the other record comes back under its id with its
// memberships, contracts, content and tasks, and the kept record gets its previous values.
void undoMerge(Database& db, const MergeRecord& record);

} // namespace cd::storage
