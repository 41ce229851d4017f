#pragma once

#include "TaskCommand.h"
#include "TaskHistoryTrail.h"

namespace cd::app {

// One field of one task from one value to another (after Tiled's ChangeValue): every inline
// edit of the plan, and a bar dragged on the timeline, is one of these.
template <class T> class ChangeTaskField final : public TaskCommand {
public:
    using Field = T core::Task::*;

    ChangeTaskField(WorkbookDocument& document, core::Id campaignId, core::Id taskId, Field field,
                    T before, T after, const QString& text, QUndoCommand* parent = nullptr)
        : TaskCommand(document, campaignId, text, parent), m_taskId(taskId), m_field(field),
          m_before(std::move(before)), m_after(std::move(after))
    {
    }

    void redo() override { apply(m_after, true); }
    void undo() override { apply(m_before, false); }

    core::Id taskId() const { return m_taskId; }
    // The history rows this edit wrote (none unless it moved the task's dates).
    const TaskHistoryTrail& history() const { return m_history; }

private:
    // A change of dates goes into the task's history in the same transaction; undo takes the
    // rows out again, so the history follows the undo stack.
    void apply(const T& value, bool forward)
    {
        write([&](storage::Database& db) {
            if (!forward) {
                m_history.undo(db);
            }
            const TaskChange change =
                changeTask(db, m_taskId, [&](core::Task& task) { task.*m_field = value; });
            if (forward) {
                m_history.redo(db, change.before, change.after);
            }
        });
    }

    core::Id m_taskId = 0;
    Field m_field;
    T m_before;
    T m_after;
    TaskHistoryTrail m_history;
};

} // namespace cd::app
