#include "PlanData.h"

#include "CampaignData.h"

#include <algorithm>

namespace cd::app {

PlanData planDataOf(const CampaignData& campaign)
{
    const core::CampaignSnapshot& s = campaign.snapshot;
    PlanData plan;
    plan.campaignId = s.campaign.id;
    plan.currency = s.campaign.currency;
    plan.today = campaign.today;
    plan.tasks = s.tasks;
    plan.dependencies = s.dependencies;
    plan.content = s.content;
    core::OptionalDate start = s.campaign.start;
    for (const auto& t : s.tasks) {
        if (!start || (t.plannedStart && *t.plannedStart < *start)) {
            start = t.plannedStart;
        }
    }
    plan.projectStart = start.value_or(campaign.today);
    for (const auto& [id, influencer] : campaign.influencers) {
        plan.influencers[id] = QString::fromStdString(influencer.name);
    }
    for (const auto& member : campaign.team) {
        plan.team << QString::fromStdString(member.name);
    }
    return plan;
}

} // namespace cd::app
