#pragma once

#include "core/Task.h"

#include <optional>
#include <string>
#include <vector>

namespace cd::storage {

class Database;

// One change to a task's dates or scope, with the reason given for it (issue #4: "a change to
// dates or scope can carry a reason that is kept in the task's history").
struct TaskHistoryEntry {
    core::Id id = 0;
    core::Id taskId = 0;
    std::string changedOn; // ISO date of the change
    std::string field;     // "start", "finish" or "duration_days"
    std::string oldValue;  // ISO date or whole days; empty for no date
    std::string newValue;
    std::string reason;

    bool operator==(const TaskHistoryEntry&) const = default;
};

// The rows a change from `before` to `after` adds to the history: one per date or scope field
// that differs (start, finish, duration_days; name, kind, cost), none when they stay as they
// were. Progress, status and the other fields are not history.
std::vector<TaskHistoryEntry> dateChanges(const core::Task& before, const core::Task& after,
                                          const std::string& changedOn, const std::string& reason);

// The task_history table. Each write joins the caller's transaction when there is one, so a
// change and its history are written (or rolled back) together.
class TaskHistory {
public:
    explicit TaskHistory(Database& db) : m_db(db) {}

    // Sets entry.id.
    void append(TaskHistoryEntry& entry);
    // Puts back an entry with its id (redo after undo).
    void restore(const TaskHistoryEntry& entry);
    void remove(core::Id entryId);
    void setReason(core::Id entryId, const std::string& reason);
    std::optional<TaskHistoryEntry> get(core::Id entryId);
    // A task's history, oldest first.
    std::vector<TaskHistoryEntry> list(core::Id taskId);
    // The rows of the task's latest change (one edit writes one to three rows), oldest first;
    // empty when the task has no history.
    std::vector<TaskHistoryEntry> latestChange(core::Id taskId);

private:
    Database& m_db;
};

// Writes `task` (changed from `before`) and its history rows in one transaction; returns the
// rows written. The task's row version moves on as with TaskRepository::update.
std::vector<TaskHistoryEntry> updateTaskWithHistory(Database& db, core::Task& task,
                                                    const core::Task& before,
                                                    const std::string& changedOn,
                                                    const std::string& reason);

} // namespace cd::storage
