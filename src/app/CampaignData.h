#pragma once

#include "core/Influencer.h"
#include "core/Team.h"
#include "core/Validation.h"

#include <map>
#include <vector>

namespace cd::storage {
class Workbook;
}

namespace cd::app {

// Everything the tabs show about one campaign, read in one transaction so that every tab shows
// the same state of the file. The views keep copies: nothing here refers into the workbook.
struct CampaignData {
    core::CampaignSnapshot snapshot;
    std::vector<core::CampaignMember> members;
    // The members, the contracted influencers and the authors of the content, by id.
    std::map<core::Id, core::Influencer> influencers;
    // The workbook's team, by name: the people tasks and contracts can be assigned to.
    std::vector<core::TeamMember> team;
    core::Date today;

    const core::Influencer* influencer(core::Id id) const;
};

// Throws storage::StorageError when the campaign is gone or the file cannot be read.
CampaignData loadCampaignData(storage::Workbook& workbook, core::Id campaignId, core::Date today);

} // namespace cd::app
