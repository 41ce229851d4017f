#pragma once

#include "TaskCommand.h"

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

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

    core::Id taskId() const { return m_taskId; }

private:
    void apply(const T& value)
    {
        write([&](storage::Database& db) {
            changeTask(db, m_taskId, [&](core::Task& task) { task.*m_field = value; });
        });
    }

    core::Id m_taskId = 0;
    Field m_field;
    T m_before;
    T m_after;
};

} // namespace cd::app
