#include "TaskCommands.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/TaskHistory.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

namespace cd::app {

namespace {

using storage::Database;

template <class T> bool contains(const std::vector<T>& list, const T& value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

// `list` without `removed`, then `inserted` at `row` (clamped).
std::vector<core::Id> spliced(std::vector<core::Id> list, const std::vector<core::Id>& removed,
                              const std::vector<core::Id>& inserted, int row)
{
    std::erase_if(list, [&](core::Id id) { return contains(removed, id); });
    const auto at = static_cast<std::ptrdiff_t>(
        std::clamp<std::size_t>(static_cast<std::size_t>(std::max(row, 0)), 0, list.size()));
    list.insert(list.begin() + at, inserted.begin(), inserted.end());
    return list;
}

std::vector<core::Dependency> dependenciesOf(storage::TaskRepository& repo, core::Id campaignId,
                                             const std::set<core::Id>& tasks, bool successorsOnly)
{
    std::vector<core::Dependency> out;
    for (const auto& dep : repo.dependenciesOfCampaign(campaignId)) {
        if (tasks.contains(dep.successorId) ||
            (!successorsOnly && tasks.contains(dep.predecessorId))) {
            out.push_back(dep);
        }
    }
    return out;
}

} // namespace

InsertTasks::InsertTasks(WorkbookDocument& document, core::Id campaignId, const QString& text,
                         std::vector<core::Task> tasks, std::vector<core::Dependency> dependencies,
                         std::optional<core::Id> parent, int row)
    : TaskCommand(document, campaignId, text), m_tasks(std::move(tasks)),
      m_dependencies(std::move(dependencies)), m_parent(parent), m_row(row)
{
}

void InsertTasks::addFirstTime(storage::TaskRepository& repo)
{
    std::map<core::Id, core::Id> real; // temporary key → id in the file
    std::vector<core::Task> tasks = m_tasks;
    std::vector<core::Id> roots;
    for (auto& t : tasks) {
        const core::Id key = t.id;
        const bool root = !t.parentId || !real.contains(*t.parentId);
        if (root) {
            t.parentId = m_parent;
            t.position = m_row + static_cast<int>(roots.size());
        } else {
            t.parentId = real.at(*t.parentId);
        }
        t.campaignId = campaignId();
        t.id = 0;
        repo.add(t);
        real[key] = t.id;
        if (root) {
            roots.push_back(t.id);
        }
    }
    std::vector<core::Dependency> dependencies = m_dependencies;
    for (auto& dep : dependencies) {
        dep.predecessorId =
            real.contains(dep.predecessorId) ? real.at(dep.predecessorId) : dep.predecessorId;
        dep.successorId =
            real.contains(dep.successorId) ? real.at(dep.successorId) : dep.successorId;
        dep.id = 0;
        repo.addDependency(dep);
    }
    m_tasks = std::move(tasks);
    m_dependencies = std::move(dependencies);
    m_roots = std::move(roots);
    m_added = true;
}

void InsertTasks::redo()
{
    write([this](Database& db) {
        PlanWriter plan(db, campaignId());
        if (!m_added) {
            addFirstTime(plan.repository());
        } else {
            for (const auto& t : m_tasks) {
                plan.repository().restore(t);
            }
            for (const auto& dep : m_dependencies) {
                plan.repository().restoreDependency(dep);
            }
        }
        for (const auto& t : m_tasks) {
            plan.remember(t);
        }
        m_moved.clear();
        plan.arrange(m_parent, spliced(plan.childrenOf(m_parent), m_roots, m_roots, m_row),
                     m_moved);
        // The roots themselves go with undo; only their siblings need putting back.
        std::erase_if(m_moved, [this](const Placement& p) { return contains(m_roots, p.id); });
    });
}

void InsertTasks::undo()
{
    write([this](Database& db) {
        storage::TaskRepository repo(db);
        for (const core::Id root : m_roots) {
            repo.remove(root);
        }
        PlanWriter(db, campaignId()).restore(m_moved);
    });
}

RemoveTasks::RemoveTasks(WorkbookDocument& document, core::Id campaignId, const QString& text,
                         std::vector<core::Id> roots)
    : TaskCommand(document, campaignId, text), m_roots(std::move(roots))
{
}

void RemoveTasks::redo()
{
    write([this](Database& db) {
        PlanWriter plan(db, campaignId());
        m_removed.clear();
        m_moved.clear();
        std::vector<core::Id> tops;
        std::vector<std::optional<core::Id>> parents;
        for (const core::Id root : m_roots) {
            const bool below = std::any_of(m_roots.begin(), m_roots.end(), [&](core::Id other) {
                return other != root && plan.isInSubtree(root, other);
            });
            if (below || contains(tops, root)) {
                continue;
            }
            tops.push_back(root);
            const auto parent = plan.task(root).parentId;
            if (!contains(parents, parent)) {
                parents.push_back(parent);
            }
            const auto subtree = plan.subtree(root);
            m_removed.insert(m_removed.end(), subtree.begin(), subtree.end());
        }
        std::set<core::Id> ids;
        for (const auto& t : m_removed) {
            ids.insert(t.id);
        }
        m_dependencies = dependenciesOf(plan.repository(), campaignId(), ids, false);
        m_history.clear();
        storage::TaskHistory history(db);
        for (const auto& t : m_removed) {
            const auto rows = history.list(t.id);
            m_history.insert(m_history.end(), rows.begin(), rows.end());
        }
        for (const core::Id top : tops) {
            plan.repository().remove(top); // cascades to the subtree and its dependencies
        }
        plan.forget(m_removed);
        for (const auto& parent : parents) {
            plan.arrange(parent, plan.childrenOf(parent), m_moved);
        }
    });
}

void RemoveTasks::undo()
{
    write([this](Database& db) {
        storage::TaskRepository repo(db);
        for (const auto& t : m_removed) {
            repo.restore(t);
        }
        for (const auto& dep : m_dependencies) {
            repo.restoreDependency(dep);
        }
        storage::TaskHistory history(db);
        for (const auto& row : m_history) {
            history.restore(row);
        }
        PlanWriter(db, campaignId()).restore(m_moved);
    });
}

MoveTasks::MoveTasks(WorkbookDocument& document, core::Id campaignId, const QString& text,
                     std::vector<core::Id> ids, std::optional<core::Id> parent, int row)
    : TaskCommand(document, campaignId, text), m_ids(std::move(ids)), m_parent(parent), m_row(row)
{
}

void MoveTasks::redo()
{
    write([this](Database& db) {
        PlanWriter plan(db, campaignId());
        m_moved.clear();
        std::vector<std::optional<core::Id>> oldParents;
        for (const core::Id id : m_ids) {
            if (m_parent && plan.isInSubtree(*m_parent, id)) {
                throw std::runtime_error("A task cannot move below itself.");
            }
            const auto parent = plan.task(id).parentId;
            if (parent != m_parent && !contains(oldParents, parent)) {
                oldParents.push_back(parent);
            }
        }
        for (const auto& parent : oldParents) {
            plan.arrange(parent, spliced(plan.childrenOf(parent), m_ids, {}, 0), m_moved);
        }
        plan.arrange(m_parent, spliced(plan.childrenOf(m_parent), m_ids, m_ids, m_row), m_moved);
    });
}

void MoveTasks::undo()
{
    write([this](Database& db) { PlanWriter(db, campaignId()).restore(m_moved); });
}

SetPredecessors::SetPredecessors(WorkbookDocument& document, core::Id campaignId,
                                 core::Id successorId, std::vector<core::Dependency> after,
                                 const QString& text)
    : TaskCommand(document, campaignId, text), m_successorId(successorId), m_after(std::move(after))
{
}

void SetPredecessors::replace(storage::TaskRepository& repo, std::vector<core::Dependency>& with)
{
    for (const auto& dep : dependenciesOf(repo, campaignId(), {m_successorId}, true)) {
        repo.removeDependency(dep.id);
    }
    for (auto& dep : with) {
        dep.successorId = m_successorId;
        if (dep.id != 0) {
            repo.restoreDependency(dep);
        } else {
            repo.addDependency(dep);
        }
    }
}

void SetPredecessors::redo()
{
    write([this](Database& db) {
        storage::TaskRepository repo(db);
        m_before = dependenciesOf(repo, campaignId(), {m_successorId}, true);
        replace(repo, m_after);
    });
}

void SetPredecessors::undo()
{
    write([this](Database& db) {
        storage::TaskRepository repo(db);
        replace(repo, m_before);
    });
}

} // namespace cd::app
