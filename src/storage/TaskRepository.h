#pragma once

#include "core/Task.h"

#include <optional>
#include <vector>

namespace cd::storage {

class Database;

class TaskRepository {
public:
    explicit TaskRepository(Database& db) : m_db(db) {}

    void add(core::Task& task);
    // Puts back a task exactly as it was read (same id and row version): undo of a delete,
    // redo of an add. Fails with Constraint when the id is taken.
    void restore(const core::Task& task);
    void update(core::Task& task);
    // Removes the task and its whole subtree (and their dependencies).
    void remove(core::Id id);
    std::optional<core::Task> get(core::Id id);
    // A campaign's tasks, ordered by parent and position.
    std::vector<core::Task> listByCampaign(core::Id campaignId);

    void addDependency(core::Dependency& dependency);
    // Puts back a dependency with its id (undo of a delete).
    void restoreDependency(const core::Dependency& dependency);
    void removeDependency(core::Id id);
    std::vector<core::Dependency> dependenciesOfCampaign(core::Id campaignId);

private:
    Database& m_db;
};

} // namespace cd::storage
