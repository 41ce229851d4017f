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
    // The largest id in use (0 for an empty roster). A bulk import inside its own write
    // transaction gives new records the ids above it and writes them with insertWithIds.
    core::Id maxId();
    // Inserts records that carry their new ids already, with their handles, many rows per
    // statement; their versions are 1.
    void insertWithIds(const std::vector<core::Influencer>& influencers);
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
    void writeHandlesOf(const std::vector<core::Influencer>& influencers);
    Database& m_db;
};

} // namespace cd::storage
