#include "CampaignCommands.h"

#include "WorkbookDocument.h"

#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/TaskRepository.h"
#include "storage/TemplateApply.h"

#include <algorithm>
#include <exception>
#include <functional>
#include <unordered_set>

namespace cd::app {

namespace {

using Scope = WorkbookDocument::Scope;

// Runs `work` in one writing transaction; on failure the command is dropped from the stack and
// the user told why.
bool write(QUndoCommand& command, WorkbookDocument& document, WorkbookDocument::Scopes scopes,
           core::Id campaignId, const std::function<void(storage::Database&)>& work)
{
    return document.write(command, scopes, campaignId, work);
}

StoredPlan readPlan(storage::Database& db, core::Id campaignId,
                    const std::vector<core::Id>& taskIds,
                    const std::vector<core::Id>& dependencyIds)
{
    storage::TaskRepository tasks(db);
    const std::unordered_set<core::Id> wantedTasks(taskIds.begin(), taskIds.end());
    const std::unordered_set<core::Id> wantedDependencies(dependencyIds.begin(),
                                                          dependencyIds.end());
    StoredPlan plan;
    for (auto& t : tasks.listByCampaign(campaignId)) {
        if (wantedTasks.contains(t.id)) {
            plan.tasks.push_back(std::move(t));
        }
    }
    for (auto& link : tasks.dependenciesOfCampaign(campaignId)) {
        if (wantedDependencies.contains(link.id)) {
            plan.dependencies.push_back(std::move(link));
        }
    }
    return plan;
}

// Parents before their children, whatever order they were listed in.
void restorePlan(storage::Database& db, const StoredPlan& plan)
{
    storage::TaskRepository tasks(db);
    std::unordered_set<core::Id> written;
    std::unordered_set<core::Id> ours;
    for (const auto& t : plan.tasks) {
        ours.insert(t.id);
    }
    std::vector<const core::Task*> pending;
    for (const auto& t : plan.tasks) {
        pending.push_back(&t);
    }
    while (!pending.empty()) {
        const auto before = pending.size();
        std::erase_if(pending, [&](const core::Task* t) {
            const bool ready =
                !t->parentId || !ours.contains(*t->parentId) || written.contains(*t->parentId);
            if (ready) {
                tasks.restore(*t);
                written.insert(t->id);
            }
            return ready;
        });
        if (pending.size() == before) {
            break; // a parent loop cannot be stored; the rest would fail the same way
        }
    }
    for (const auto& link : plan.dependencies) {
        tasks.restoreDependency(link);
    }
}

} // namespace

AddCampaign::AddCampaign(WorkbookDocument& document, core::Campaign campaign,
                         std::optional<core::PlanTemplate> plan, core::Date today)
    : QUndoCommand(QObject::tr("New Campaign \"%1\"").arg(QString::fromStdString(campaign.name))),
      m_document(document), m_campaign(std::move(campaign)), m_plan(std::move(plan)), m_today(today)
{
}

void AddCampaign::redo()
{
    const auto scopes = WorkbookDocument::Scopes(Scope::Campaigns) | Scope::Tasks;
    write(*this, m_document, scopes, m_campaign.id, [this](storage::Database& db) {
        storage::CampaignRepository campaigns(db);
        if (m_written) {
            campaigns.restore(m_campaign);
            restorePlan(db, m_stored);
            return;
        }
        core::Campaign added = m_campaign;
        campaigns.add(added);
        storage::AppliedTemplate applied;
        if (m_plan) {
            applied = storage::applyTemplate(db, added.id, *m_plan, added.start.value_or(m_today));
        }
        m_stored = readPlan(db, added.id, applied.taskIds, applied.dependencyIds);
        m_campaign = *campaigns.get(added.id);
        m_written = true;
    });
}

void AddCampaign::undo()
{
    const auto scopes = WorkbookDocument::Scopes(Scope::Everything);
    write(*this, m_document, scopes, m_campaign.id, [this](storage::Database& db) {
        storage::CampaignRepository campaigns(db);
        const auto now = campaigns.get(m_campaign.id);
        if (now) {
            // Put back as it is now (it may have been edited since it was added).
            m_campaign = *now;
            storage::TaskRepository tasks(db);
            m_stored = {tasks.listByCampaign(m_campaign.id),
                        tasks.dependenciesOfCampaign(m_campaign.id)};
        }
        campaigns.remove(m_campaign.id);
    });
}

ApplyPlanTemplate::ApplyPlanTemplate(WorkbookDocument& document, core::Id campaignId,
                                     core::PlanTemplate plan, core::Date start)
    : QUndoCommand(QObject::tr("Apply Template \"%1\"").arg(QString::fromStdString(plan.name))),
      m_document(document), m_campaignId(campaignId), m_plan(std::move(plan)), m_start(start)
{
}

void ApplyPlanTemplate::redo()
{
    write(*this, m_document, Scope::Tasks, m_campaignId, [this](storage::Database& db) {
        if (m_written) {
            restorePlan(db, m_stored);
            return;
        }
        const auto applied = storage::applyTemplate(db, m_campaignId, m_plan, m_start);
        m_stored = readPlan(db, m_campaignId, applied.taskIds, applied.dependencyIds);
        m_written = true;
    });
}

void ApplyPlanTemplate::undo()
{
    write(*this, m_document, Scope::Tasks, m_campaignId, [this](storage::Database& db) {
        storage::TaskRepository tasks(db);
        std::unordered_set<core::Id> ours;
        for (const auto& t : m_stored.tasks) {
            ours.insert(t.id);
        }
        // Read again: later commands (undone by now) may have changed row versions.
        m_stored = readPlan(db, m_campaignId, {ours.begin(), ours.end()}, [&] {
            std::vector<core::Id> ids;
            for (const auto& link : tasks.dependenciesOfCampaign(m_campaignId)) {
                if (ours.contains(link.predecessorId) && ours.contains(link.successorId)) {
                    ids.push_back(link.id);
                }
            }
            return ids;
        }());
        for (const auto& t : m_stored.tasks) {
            if (!t.parentId || !ours.contains(*t.parentId)) {
                tasks.remove(t.id); // with its subtree and dependencies
            }
        }
    });
}

} // namespace cd::app
