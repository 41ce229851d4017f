#include "InfluencerRestore.h"

#include "InfluencerRepository.h"
#include "SqlHelpers.h"

#include <string>

namespace cd::storage {

namespace {

std::vector<core::Id> idsNaming(Database& db, const char* sql, core::Id influencerId)
{
    std::vector<core::Id> ids;
    auto& st = db.cached(sql);
    const StatementReset resetSt(st);
    st.bind(1, influencerId);
    while (st.step()) {
        ids.push_back(st.int64(0));
    }
    return ids;
}

// Points rows of `table` (ids given) at `influencerId`; every one must still exist.
void relink(Database& db, const char* sql, const std::vector<core::Id>& ids, core::Id influencerId)
{
    auto& st = db.cached(sql);
    const StatementReset resetSt(st);
    for (core::Id id : ids) {
        st.bind(1, influencerId).bind(2, id);
        st.run();
    }
}

} // namespace

InfluencerLinks linksOf(Database& db, core::Id influencerId)
{
    InfluencerLinks links;
    links.memberships = InfluencerRepository(db).campaignsOf(influencerId);
    links.contracts =
        idsNaming(db, "SELECT id FROM contract WHERE influencer_id = ? ORDER BY id", influencerId);
    links.content = idsNaming(db, "SELECT id FROM content_item WHERE influencer_id = ? ORDER BY id",
                              influencerId);
    links.tasks =
        idsNaming(db, "SELECT id FROM task WHERE influencer_id = ? ORDER BY id", influencerId);
    return links;
}

RemovedInfluencer removeInfluencer(Database& db, core::Id influencerId)
{
    Transaction tx(db);
    InfluencerRepository repo(db);
    auto influencer = repo.get(influencerId);
    if (!influencer) {
        throw StorageError(StorageError::Kind::Missing, "The influencer #" +
                                                            std::to_string(influencerId) +
                                                            " no longer exists.");
    }
    RemovedInfluencer removed{*influencer, linksOf(db, influencerId)};
    if (!removed.links.contracts.empty()) {
        throw StorageError(StorageError::Kind::Constraint,
                           influencer->name +
                               " has contracts; delete them first (or merge this record into "
                               "another one, which moves the contracts).");
    }
    // Memberships and handles go with the row (ON DELETE CASCADE); content and tasks keep
    // existing without an influencer (ON DELETE SET NULL).
    repo.remove(influencerId);
    tx.commit();
    return removed;
}

void restoreInfluencer(Database& db, const RemovedInfluencer& removed)
{
    Transaction tx(db);
    core::Influencer influencer = removed.influencer;
    insertInfluencerWithId(db, influencer);
    auto& member = db.cached("INSERT INTO campaign_member (campaign_id, influencer_id, stage, "
                             "notes) VALUES (?, ?, ?, ?)");
    const StatementReset resetMember(member);
    for (const auto& m : removed.links.memberships) {
        member.bind(1, m.campaignId).bind(2, influencer.id);
        detail::bindEnum(member, 3, m.stage);
        member.bind(4, m.notes);
        member.run();
    }
    relink(db, "UPDATE contract SET influencer_id = ?, row_version = row_version + 1 WHERE id = ?",
           removed.links.contracts, influencer.id);
    relink(db,
           "UPDATE content_item SET influencer_id = ?, row_version = row_version + 1 "
           "WHERE id = ?",
           removed.links.content, influencer.id);
    relink(db, "UPDATE task SET influencer_id = ?, row_version = row_version + 1 WHERE id = ?",
           removed.links.tasks, influencer.id);
    tx.commit();
}

void insertInfluencerWithId(Database& db, core::Influencer& influencer)
{
    Transaction tx(db);
    // A bare row under the wanted id, then the repository writes every field and the handles.
    auto& st = db.cached("INSERT INTO influencer (id) VALUES (?)");
    const StatementReset resetSt(st);
    st.bind(1, influencer.id).run();
    influencer.version = 1;
    InfluencerRepository(db).update(influencer);
    tx.commit();
}

void overwriteInfluencer(Database& db, core::Influencer values)
{
    Transaction tx(db);
    auto& st = db.cached("SELECT row_version FROM influencer WHERE id = ?");
    const StatementReset resetSt(st);
    st.bind(1, values.id);
    if (!st.step()) {
        throw StorageError(StorageError::Kind::Missing,
                           "The influencer #" + std::to_string(values.id) + " no longer exists.");
    }
    values.version = st.int64(0);
    st.reset();
    InfluencerRepository(db).update(values);
    tx.commit();
}

} // namespace cd::storage
