#include "CampaignData.h"

#include "storage/Database.h"
#include "storage/InfluencerRepository.h"
#include "storage/Snapshot.h"
#include "storage/TeamRepository.h"
#include "storage/Workbook.h"

namespace cd::app {

const core::Influencer* CampaignData::influencer(core::Id id) const
{
    const auto it = influencers.find(id);
    return it == influencers.end() ? nullptr : &it->second;
}

CampaignData loadCampaignData(storage::Workbook& workbook, core::Id campaignId, core::Date today)
{
    storage::Database& db = workbook.db();
    storage::Transaction tx(db, storage::Transaction::Mode::Read);
    CampaignData data;
    data.today = today;
    data.snapshot = storage::loadSnapshot(db, campaignId);
    storage::InfluencerRepository influencers(db);
    data.members = influencers.membersOfCampaign(campaignId);
    // One lookup per person of this campaign, not the whole roster: rosters grow, casts do not.
    auto fetch = [&](core::Id id) {
        if (data.influencers.contains(id)) {
            return;
        }
        if (auto influencer = influencers.get(id)) {
            data.influencers.emplace(id, std::move(*influencer));
        }
    };
    for (const auto& member : data.members) {
        fetch(member.influencerId);
    }
    for (const auto& contract : data.snapshot.contracts) {
        fetch(contract.influencerId);
    }
    for (const auto& item : data.snapshot.content) {
        if (item.influencerId) {
            fetch(*item.influencerId);
        }
    }
    data.team = storage::TeamRepository(db).list();
    tx.commit();
    return data;
}

} // namespace cd::app
