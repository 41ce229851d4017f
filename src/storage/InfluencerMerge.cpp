#include "InfluencerMerge.h"

#include "InfluencerRepository.h"
#include "SqlHelpers.h"

#include "core/Import.h"

#include <algorithm>
#include <set>
#include <string>

namespace cd::storage {

namespace {

void keepText(std::string& merged, const std::string& kept)
{
    if (!kept.empty()) {
        merged = kept;
    }
}

core::Influencer requireInfluencer(InfluencerRepository& repo, core::Id id)
{
    auto influencer = repo.get(id);
    if (!influencer) {
        throw StorageError(StorageError::Kind::Missing,
                           "The influencer #" + std::to_string(id) + " no longer exists.");
    }
    return *influencer;
}

void refuseContractClash(Database& db, core::Id keptId, core::Id otherId)
{
    auto& st = db.cached("SELECT c.name FROM contract a JOIN contract b "
                         "ON a.campaign_id = b.campaign_id JOIN campaign c ON c.id = a.campaign_id "
                         "WHERE a.influencer_id = ? AND b.influencer_id = ? LIMIT 1");
    const StatementReset resetSt(st);
    st.bind(1, keptId).bind(2, otherId);
    if (st.step()) {
        const std::string campaign = st.text(0);
        st.reset();
        throw StorageError(StorageError::Kind::Constraint,
                           "Both records have a contract for the campaign " + campaign +
                               "; a person has one contract per campaign, so cancel or delete "
                               "one of them before merging.");
    }
}

void reassign(Database& db, const char* sql, const std::vector<core::Id>& ids, core::Id to)
{
    auto& st = db.cached(sql);
    const StatementReset resetSt(st);
    for (core::Id id : ids) {
        st.bind(1, to).bind(2, id);
        st.run();
    }
}

} // namespace

core::Influencer mergedRecord(const core::Influencer& kept, const core::Influencer& other)
{
    core::Influencer merged = kept;
    core::mergeInto(merged, other);
    keepText(merged.name, kept.name);
    keepText(merged.email, kept.email);
    keepText(merged.phone, kept.phone);
    keepText(merged.country, kept.country);
    keepText(merged.language, kept.language);
    if (kept.contactRoute == core::ContactRoute::Agency || !kept.agencyName.empty()) {
        merged.contactRoute = kept.contactRoute;
        merged.agencyName = kept.agencyName;
    }
    if (kept.status != core::RelationshipStatus::Prospect) {
        merged.status = kept.status;
    }
    if (kept.rate) {
        merged.rate = kept.rate;
    }
    merged.lastContact = std::max(kept.lastContact, other.lastContact);
    // Accounts on a platform both have keep the kept record's figures where it has them.
    for (const auto& mine : kept.handles) {
        auto it = std::find_if(merged.handles.begin(), merged.handles.end(),
                               [&](const core::Handle& h) { return h.platform == mine.platform; });
        if (it != merged.handles.end()) {
            it->handle = mine.handle.empty() ? it->handle : mine.handle;
            it->followers = mine.followers ? mine.followers : it->followers;
            it->engagementRate = mine.engagementRate ? mine.engagementRate : it->engagementRate;
        }
    }
    return merged;
}

MergeRecord mergeInfluencers(Database& db, core::Id keptId, core::Id otherId)
{
    if (keptId == otherId) {
        throw StorageError(StorageError::Kind::Constraint,
                           "A record cannot be merged into itself.");
    }
    Transaction tx(db);
    InfluencerRepository repo(db);
    MergeRecord record;
    record.keptBefore = requireInfluencer(repo, keptId);
    record.removed.influencer = requireInfluencer(repo, otherId);
    record.removed.links = linksOf(db, otherId);
    refuseContractClash(db, keptId, otherId);

    std::set<core::Id> keptCampaigns;
    for (const auto& m : repo.campaignsOf(keptId)) {
        keptCampaigns.insert(m.campaignId);
    }
    auto& move = db.cached("UPDATE campaign_member SET influencer_id = ?, "
                           "row_version = row_version + 1 "
                           "WHERE campaign_id = ? AND influencer_id = ?");
    const StatementReset resetMove(move);
    for (const auto& m : record.removed.links.memberships) {
        if (!keptCampaigns.contains(m.campaignId)) {
            move.bind(1, keptId).bind(2, m.campaignId).bind(3, otherId);
            move.run();
            record.movedMemberships.push_back(m.campaignId);
        }
    }
    const auto& links = record.removed.links;
    reassign(db,
             "UPDATE contract SET influencer_id = ?, row_version = row_version + 1 WHERE id = ?",
             links.contracts, keptId);
    reassign(db,
             "UPDATE content_item SET influencer_id = ?, row_version = row_version + 1 "
             "WHERE id = ?",
             links.content, keptId);
    reassign(db, "UPDATE task SET influencer_id = ?, row_version = row_version + 1 WHERE id = ?",
             links.tasks, keptId);

    core::Influencer merged = mergedRecord(record.keptBefore, record.removed.influencer);
    // The other record's remaining memberships (campaigns both were in) go with it.
    repo.remove(otherId);
    repo.update(merged);
    tx.commit();
    return record;
}

void undoMerge(Database& db, const MergeRecord& record)
{
    Transaction tx(db);
    const core::Id keptId = record.keptBefore.id;
    auto& unmove =
        db.cached("DELETE FROM campaign_member WHERE campaign_id = ? AND influencer_id = ?");
    const StatementReset resetUnmove(unmove);
    for (core::Id campaignId : record.movedMemberships) {
        unmove.bind(1, campaignId).bind(2, keptId);
        unmove.run();
    }
    // Puts the other record back and points its contracts, content and tasks at it again.
    restoreInfluencer(db, record.removed);
    overwriteInfluencer(db, record.keptBefore);
    tx.commit();
}

} // namespace cd::storage
