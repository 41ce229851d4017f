#pragma once

#include "Date.h"
#include "Enums.h"
#include "Ids.h"
#include "Money.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cd::core {

// One account of an influencer on one platform.
struct Handle {
    Platform platform = Platform::Instagram;
    std::string handle;                    // stored without a leading '@'
    std::optional<std::int64_t> followers; // unknown when absent
    std::optional<double> engagementRate;  // a fraction: 0.034 for 3.4 %

    bool operator==(const Handle&) const = default;
};

struct Influencer {
    Id id = 0;
    RowVersion version = 0;
    std::string name;
    std::vector<Handle> handles; // the first one is the main account
    std::string email;
    std::string phone;
    std::string country;
    std::string language;
    std::vector<std::string> niches;
    ContactRoute contactRoute = ContactRoute::Direct;
    std::string agencyName;
    RelationshipStatus status = RelationshipStatus::Prospect;
    std::optional<Money> rate; // usual fee per post
    std::string notes;
    OptionalDate lastContact;

    const Handle* mainHandle() const { return handles.empty() ? nullptr : &handles.front(); }
    std::int64_t totalFollowers() const
    {
        std::int64_t sum = 0;
        for (const auto& h : handles) {
            sum += h.followers.value_or(0);
        }
        return sum;
    }

    bool operator==(const Influencer&) const = default;
};

// An influencer taking part in a campaign, and how far the collaboration has gone.
struct CampaignMember {
    Id campaignId = 0;
    Id influencerId = 0;
    RowVersion version = 0;
    PipelineStage stage = PipelineStage::Shortlisted;
    std::string notes;

    bool operator==(const CampaignMember&) const = default;
};

// Normalises a handle as people type it: trims spaces and drops a leading '@'.
std::string normaliseHandle(std::string_view handle);
// The same without a copy: a view of `handle` trimmed and without its leading '@'.
std::string_view trimmedHandle(std::string_view handle);

} // namespace cd::core
