#pragma once

#include "core/Content.h"
#include "core/Date.h"
#include "core/Task.h"

#include <QString>
#include <QStringList>

#include <map>
#include <string>
#include <vector>

namespace cd::app {

struct CampaignData;

// What the Plan tab shows of one campaign: its tasks and dependencies, and what the editors
// and the timeline need around them. A copy: nothing here refers into the workbook.
struct PlanData {
    core::Id campaignId = 0;
    std::string currency = "EUR";
    // Where scheduling starts: the earlier of the campaign's start and its first task (so that
    // the schedule never pushes a planned task), else today.
    core::Date projectStart;
    core::Date today;
    std::vector<core::Task> tasks;
    std::vector<core::Dependency> dependencies;
    // The people a task can be linked to (the campaign's members and contracted creators).
    std::map<core::Id, QString> influencers;
    // The team, by name: who a task can be assigned to.
    QStringList team;
    // Content of the campaign, for the go-live markers of the timeline.
    std::vector<core::ContentItem> content;
};

PlanData planDataOf(const CampaignData& campaign);

} // namespace cd::app
