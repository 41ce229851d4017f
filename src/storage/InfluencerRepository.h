#pragma once

#include "core/Influencer.h"

#include <optional>
#include <string_view>
#include <vector>

namespace cd::storage {

class Database;

// The shared roster: influencers with their handles, and their membership of campaigns.
class InfluencerRepository {
public:
    explicit InfluencerRepository(Database& db) : m_db(db) {}

    void add(core::Influencer& influencer);
    void update(core::Influencer& influencer);
    void remove(core::Id id);
    std::optional<core::Influencer> get(core::Id id);
    // The whole roster ordered by id, loaded in two queries whatever its size.
    std::vector<core::Influencer> list();
    std::int64_t count();
    // The influencer who has this handle on this platform (case-insensitive, '@' ignored).
    std::optional<core::Id> findByHandle(core::Platform platform, std::string_view handle);
    std::optional<core::Id> findByEmail(std::string_view email);

    void addMember(core::CampaignMember& member);
    void updateMember(core::CampaignMember& member);
    void removeMember(core::Id campaignId, core::Id influencerId);
    std::vector<core::CampaignMember> membersOfCampaign(core::Id campaignId);
    std::vector<core::CampaignMember> campaignsOf(core::Id influencerId);

private:
    void writeHandles(const core::Influencer& influencer);
    Database& m_db;
};

} // namespace cd::storage
