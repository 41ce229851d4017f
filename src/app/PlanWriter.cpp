#include "PlanWriter.h"

#include "storage/StorageError.h"

#include <algorithm>
#include <set>

namespace cd::app {

PlanWriter::PlanWriter(storage::Database& db, core::Id campaignId)
    : m_repo(db), m_tasks(m_repo.listByCampaign(campaignId))
{
    for (std::size_t i = 0; i < m_tasks.size(); ++i) {
        m_index[m_tasks[i].id] = i;
    }
}

const core::Task* PlanWriter::find(core::Id id) const
{
    const auto it = m_index.find(id);
    return it == m_index.end() ? nullptr : &m_tasks[it->second];
}

const core::Task& PlanWriter::task(core::Id id) const
{
    const core::Task* found = find(id);
    if (!found) {
        throw storage::StorageError(storage::StorageError::Kind::Missing,
                                    "The task #" + std::to_string(id) +
                                        " is no longer in this campaign.");
    }
    return *found;
}

std::vector<core::Id> PlanWriter::childrenOf(std::optional<core::Id> parent) const
{
    std::vector<const core::Task*> children;
    for (const auto& [id, i] : m_index) {
        if (m_tasks[i].parentId == parent) {
            children.push_back(&m_tasks[i]);
        }
    }
    std::sort(children.begin(), children.end(), [](const core::Task* a, const core::Task* b) {
        return a->position != b->position ? a->position < b->position : a->id < b->id;
    });
    std::vector<core::Id> ids;
    ids.reserve(children.size());
    for (const core::Task* t : children) {
        ids.push_back(t->id);
    }
    return ids;
}

std::vector<core::Task> PlanWriter::subtree(core::Id root) const
{
    std::vector<core::Task> out{task(root)};
    // Breadth first: every parent is listed before its children.
    for (std::size_t i = 0; i < out.size(); ++i) {
        for (const core::Id child : childrenOf(out[i].id)) {
            out.push_back(task(child));
        }
    }
    return out;
}

bool PlanWriter::isInSubtree(core::Id candidate, core::Id root) const
{
    std::set<core::Id> seen;
    for (const core::Task* t = find(candidate); t; t = t->parentId ? find(*t->parentId) : nullptr) {
        if (t->id == root) {
            return true;
        }
        if (!seen.insert(t->id).second) {
            return false;
        }
    }
    return false;
}

void PlanWriter::arrange(std::optional<core::Id> parent, std::span<const core::Id> ids,
                         std::vector<Placement>& undo)
{
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const core::Task& t = task(ids[i]);
        const int position = static_cast<int>(i);
        if (t.parentId != parent || t.position != position) {
            undo.push_back({t.id, t.parentId, t.position});
            place(t.id, parent, position);
        }
    }
}

void PlanWriter::restore(std::span<const Placement> undo)
{
    for (auto it = undo.rbegin(); it != undo.rend(); ++it) {
        place(it->id, it->parentId, it->position);
    }
}

void PlanWriter::remember(const core::Task& task)
{
    m_index[task.id] = m_tasks.size();
    m_tasks.push_back(task);
}

void PlanWriter::forget(std::span<const core::Task> removed)
{
    for (const auto& t : removed) {
        m_index.erase(t.id);
    }
}

void PlanWriter::place(core::Id id, std::optional<core::Id> parent, int position)
{
    const auto it = m_index.find(id);
    if (it == m_index.end()) {
        throw storage::StorageError(storage::StorageError::Kind::Missing,
                                    "The task #" + std::to_string(id) + " no longer exists.");
    }
    core::Task& t = m_tasks[it->second];
    t.parentId = parent;
    t.position = position;
    m_repo.update(t);
}

} // namespace cd::app
