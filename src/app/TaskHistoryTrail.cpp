#include "TaskHistoryTrail.h"

#include "platform/Clock.h"

namespace cd::app {

void TaskHistoryTrail::redo(storage::Database& db, const core::Task& before,
                            const core::Task& after)
{
    storage::TaskHistory history(db);
    if (!m_recorded) {
        m_entries = storage::dateChanges(before, after, platform::today().toIso(), {});
        for (auto& e : m_entries) {
            history.append(e);
        }
        m_recorded = true;
        return;
    }
    for (const auto& e : m_entries) {
        history.restore(e);
    }
}

void TaskHistoryTrail::undo(storage::Database& db)
{
    storage::TaskHistory history(db);
    for (auto& e : m_entries) {
        if (const auto current = history.get(e.id)) {
            e = *current; // keeps a reason given after the edit for the redo
        }
        history.remove(e.id);
    }
}

} // namespace cd::app
