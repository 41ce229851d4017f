#pragma once

#include "core/Task.h"
#include "storage/TaskRepository.h"

#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace cd::storage {
class Database;
}

namespace cd::app {

// Where a task sits in the tree: its parent and its position among its siblings.
struct Placement {
    core::Id id = 0;
    std::optional<core::Id> parentId;
    int position = 0;

    bool operator==(const Placement&) const = default;
};

// The structural edits of a plan, used by the commands inside their transaction: reads the
// campaign's tasks once, rearranges them, and writes back only the rows whose parent or position
// changed, remembering where each was so that undo puts it back exactly.
class PlanWriter {
public:
    PlanWriter(storage::Database& db, core::Id campaignId);

    const core::Task* find(core::Id id) const;
    // Throws when the task is not in the campaign (any more).
    const core::Task& task(core::Id id) const;
    // The children of `parent` (none: the top level) in position order.
    std::vector<core::Id> childrenOf(std::optional<core::Id> parent) const;
    // `root` and everything below it, parents before their children.
    std::vector<core::Task> subtree(core::Id root) const;
    bool isInSubtree(core::Id candidate, core::Id root) const;

    // Makes `ids` the children of `parent` in this order, at positions 0 … n-1. Appends the
    // old placement of every row it rewrites to `undo`.
    void arrange(std::optional<core::Id> parent, std::span<const core::Id> ids,
                 std::vector<Placement>& undo);
    // Writes placements recorded by arrange() back, latest first, so that each row ends where
    // it was before the first arrange().
    void restore(std::span<const Placement> undo);
    // Takes a task just written to the file into account.
    void remember(const core::Task& task);
    // Forgets tasks deleted from the file meanwhile (they are gone from the tree).
    void forget(std::span<const core::Task> removed);

    storage::TaskRepository& repository() { return m_repo; }

private:
    void place(core::Id id, std::optional<core::Id> parent, int position);

    storage::TaskRepository m_repo;
    std::vector<core::Task> m_tasks;
    std::unordered_map<core::Id, std::size_t> m_index;
};

} // namespace cd::app
