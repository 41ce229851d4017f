#pragma once

#include "PlanWriter.h"
#include "TaskCommand.h"

#include "storage/TaskHistory.h"

#include <optional>
#include <vector>

namespace cd::app {

// Adds new tasks: one new task, or copies of pasted subtrees. `tasks` lists them parents first;
// their ids are temporary keys below 0 that `parentId` and `dependencies` may refer to. A task
// whose parent is not one of them is a root: the roots go under `parent` from `row` on, in the
// order listed. The first redo() lets the file choose the ids; later ones put back the very same
// rows, so that the commands above this one on the stack still find them.
class InsertTasks final : public TaskCommand {
public:
    InsertTasks(WorkbookDocument& document, core::Id campaignId, const QString& text,
                std::vector<core::Task> tasks, std::vector<core::Dependency> dependencies,
                std::optional<core::Id> parent, int row);

    void redo() override;
    void undo() override;

    // The ids of the roots, in order (after a successful redo()).
    const std::vector<core::Id>& rootIds() const { return m_roots; }

private:
    void addFirstTime(storage::TaskRepository& repo);

    std::vector<core::Task> m_tasks;
    std::vector<core::Dependency> m_dependencies;
    std::optional<core::Id> m_parent;
    int m_row = 0;
    bool m_added = false;
    std::vector<core::Id> m_roots;
    std::vector<Placement> m_moved; // siblings shifted to make room
};

// Deletes subtrees with their dependencies. Undo puts every row back as it was (same ids, same
// versions) and the siblings back in their places.
class RemoveTasks final : public TaskCommand {
public:
    RemoveTasks(WorkbookDocument& document, core::Id campaignId, const QString& text,
                std::vector<core::Id> roots);

    void redo() override;
    void undo() override;

private:
    std::vector<core::Id> m_roots;
    std::vector<core::Task> m_removed; // parents first
    std::vector<core::Dependency> m_dependencies;
    std::vector<storage::TaskHistoryEntry> m_history; // goes with its tasks, comes back on undo
    std::vector<Placement> m_moved;                   // siblings closing the gap
};

// Moves tasks (with their subtrees) to sit under `parent` from `row` on, in the order given:
// indent, outdent, move up and down, drag and drop. `row` counts the target's children without
// the moved tasks. Every row whose parent or position changes is recorded for undo.
class MoveTasks final : public TaskCommand {
public:
    MoveTasks(WorkbookDocument& document, core::Id campaignId, const QString& text,
              std::vector<core::Id> ids, std::optional<core::Id> parent, int row);

    void redo() override;
    void undo() override;

private:
    std::vector<core::Id> m_ids;
    std::optional<core::Id> m_parent;
    int m_row = 0;
    std::vector<Placement> m_moved;
};

// Replaces the dependencies of one task (its predecessors) with `after`; links with an id keep
// it, new ones (id 0) get one on the first redo() and keep it.
class SetPredecessors final : public TaskCommand {
public:
    SetPredecessors(WorkbookDocument& document, core::Id campaignId, core::Id successorId,
                    std::vector<core::Dependency> after, const QString& text);

    void redo() override;
    void undo() override;

private:
    void replace(storage::TaskRepository& repo, std::vector<core::Dependency>& with);

    core::Id m_successorId = 0;
    std::vector<core::Dependency> m_before;
    std::vector<core::Dependency> m_after;
};

} // namespace cd::app
