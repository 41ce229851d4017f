#pragma once

#include <QUndoCommand>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Task.h"

#include <functional>

namespace cd::storage {
class Database;
}

namespace cd::app {

class WorkbookDocument;

// The base of every edit of a campaign's plan. A command holds task ids and before/after values
// (never a model index) and writes through the repositories, each redo() or undo() in one
// transaction. A write that fails leaves the file as it was, makes the command obsolete (the
// undo stack then drops it) and tells the user why.
class TaskCommand : public QUndoCommand {
public:
    WorkbookDocument& document() const { return m_document; }
    core::Id campaignId() const { return m_campaignId; }

protected:
    TaskCommand(WorkbookDocument& document, core::Id campaignId, const QString& text,
                QUndoCommand* parent = nullptr);

    // Runs `work` in one writing transaction and tells the views; false when it failed.
    bool write(const std::function<void(storage::Database&)>& work);

private:
    WorkbookDocument& m_document;
    core::Id m_campaignId = 0;
};

// A task as it was read and as it was written.
struct TaskChange {
    core::Task before;
    core::Task after;
};

// Re-reads the task (for its current row version), lets `change` edit it, checks it and writes
// it back. Throws with a sentence for the user when the task is gone or the result is invalid.
TaskChange changeTask(storage::Database& db, core::Id taskId,
                      const std::function<void(core::Task&)>& change);

} // namespace cd::app
