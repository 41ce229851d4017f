#include "TemplateApply.h"

#include "SqlHelpers.h"
#include "TaskRepository.h"

#include <algorithm>
#include <unordered_map>

namespace cd::storage {

namespace {

// The first free position after the campaign's top-level tasks.
int nextTopLevelPosition(Database& db, core::Id campaignId)
{
    auto st = db.prepare("SELECT COALESCE(MAX(position) + 1, 0) FROM task "
                         "WHERE campaign_id = ? AND parent_id IS NULL");
    st.bind(1, campaignId);
    return st.step() ? st.int32(0) : 0;
}

} // namespace

AppliedTemplate applyTemplate(Database& db, core::Id campaignId, const core::PlanTemplate& plan,
                              core::Date start)
{
    Transaction tx(db);
    const std::string currency = detail::campaignCurrency(db, campaignId);
    auto made = core::instantiateTemplate(plan, currency);
    if (made.problem) {
        throw StorageError(StorageError::Kind::Constraint,
                           "The template cannot be applied: " + made.problem->message);
    }
    if (!core::layOutPlan(made.tasks, made.dependencies, start)) {
        throw StorageError(StorageError::Kind::Constraint,
                           "The template cannot be applied: its dependencies form a cycle.");
    }
    const int offset = nextTopLevelPosition(db, campaignId);
    TaskRepository tasks(db);
    AppliedTemplate out;
    // Template ids are 1 … n with parents first, so every parent is stored before its children.
    std::unordered_map<core::Id, core::Id> stored;
    for (auto& t : made.tasks) {
        const core::Id templateId = t.id;
        t.id = 0;
        t.campaignId = campaignId;
        if (t.parentId) {
            t.parentId = stored.at(*t.parentId);
        } else {
            t.position += offset;
        }
        tasks.add(t);
        stored.emplace(templateId, t.id);
        out.taskIds.push_back(t.id);
    }
    for (auto& d : made.dependencies) {
        d.id = 0;
        d.predecessorId = stored.at(d.predecessorId);
        d.successorId = stored.at(d.successorId);
        tasks.addDependency(d);
        out.dependencyIds.push_back(d.id);
    }
    tx.commit();
    return out;
}

} // namespace cd::storage
