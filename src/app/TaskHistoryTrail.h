#pragma once

#include "core/Task.h"
#include "storage/TaskHistory.h"

#include <vector>

namespace cd::storage {
class Database;
}

namespace cd::app {

// The history rows one date edit wrote, kept by its undo command so that the history follows
// the undo stack: undo removes the rows (remembering any reason added since), redo puts them
// back with the same ids. Each call runs inside the command's write transaction.
class TaskHistoryTrail final {
public:
    // First redo: appends a row per date field that `before` → `after` changed (dated today,
    // no reason). Later redos: puts back the rows the last undo removed.
    void redo(storage::Database& db, const core::Task& before, const core::Task& after);
    void undo(storage::Database& db);

    const std::vector<storage::TaskHistoryEntry>& entries() const { return m_entries; }

private:
    std::vector<storage::TaskHistoryEntry> m_entries;
    bool m_recorded = false;
};

} // namespace cd::app
