#pragma once

#include <QUndoCommand>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Campaign.h"
#include "core/Date.h"
#include "core/PlanTemplate.h"
#include "core/Task.h"

#include <optional>
#include <vector>

namespace cd::app {

class WorkbookDocument;

// Tasks and dependencies as stored, to put back under their ids when an undone addition is
// redone (later commands on the stack refer to those ids).
struct StoredPlan {
    std::vector<core::Task> tasks;
    std::vector<core::Dependency> dependencies;
};

// Campaign ▸ New Campaign…: adds a campaign, and when a template is given, its plan laid out
// from the campaign's start (or `today` when it has none). Undo removes the campaign and its
// plan; redo puts both back with the same ids.
class AddCampaign final : public QUndoCommand {
public:
    AddCampaign(WorkbookDocument& document, core::Campaign campaign,
                std::optional<core::PlanTemplate> plan, core::Date today);

    void redo() override;
    void undo() override;
    // 0 until the first redo has written the campaign.
    core::Id campaignId() const { return m_campaign.id; }
    std::size_t taskCount() const { return m_stored.tasks.size(); }

private:
    WorkbookDocument& m_document;
    core::Campaign m_campaign;
    std::optional<core::PlanTemplate> m_plan;
    core::Date m_today;
    StoredPlan m_stored;
    bool m_written = false;
};

// Campaign ▸ Apply Template to Plan…: adds a template's tasks after the campaign's own, laid
// out from `start`. Undo removes exactly those tasks; redo puts them back with the same ids.
class ApplyPlanTemplate final : public QUndoCommand {
public:
    ApplyPlanTemplate(WorkbookDocument& document, core::Id campaignId, core::PlanTemplate plan,
                      core::Date start);

    void redo() override;
    void undo() override;
    std::size_t taskCount() const { return m_stored.tasks.size(); }

private:
    WorkbookDocument& m_document;
    core::Id m_campaignId = 0;
    core::PlanTemplate m_plan;
    core::Date m_start;
    StoredPlan m_stored;
    bool m_written = false;
};

} // namespace cd::app
