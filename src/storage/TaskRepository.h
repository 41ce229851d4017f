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
    void update(core::Task& task);
    // Removes the task and its whole subtree (and their dependencies).
    void remove(core::Id id);
    std::optional<core::Task> get(core::Id id);
    // A campaign's tasks, ordered by parent and position.
    std::vector<core::Task> listByCampaign(core::Id campaignId);

    void addDependency(core::Dependency& dependency);
    void removeDependency(core::Id id);
    std::vector<core::Dependency> dependenciesOfCampaign(core::Id campaignId);

private:
    Database& m_db;
};

} // namespace cd::storage
