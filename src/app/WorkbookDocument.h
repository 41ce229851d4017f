#pragma once

#include <QFlags>
#include <QObject>
#include <QPointer>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Ids.h"
#include "storage/Workbook.h"

#include <functional>
#include <optional>

class QUndoCommand;
class QUndoStack;
class QWidget;

namespace cd::app {

// The open workbook and its one undo stack (after Tiled's Document). Every user edit is a
// QUndoCommand pushed here that writes through the repositories, each write its own durable
// transaction; afterwards the command reports what it changed and every view that shows that
// data refreshes itself from the file.
class WorkbookDocument final : public QObject {
    Q_OBJECT

public:
    // What a change touched, so that views refresh only when their data moved.
    enum class Scope {
        Campaigns = 0x01,
        Tasks = 0x02, // tasks and their dependencies
        Influencers = 0x04,
        Contracts = 0x08,
        Budget = 0x10,
        Content = 0x20,
        Team = 0x40,  // the people of the team and their roles
        Brief = 0x80, // the campaign's brief and style guide
        Everything = 0xff,
    };
    Q_DECLARE_FLAGS(Scopes, Scope)

    explicit WorkbookDocument(QObject* parent = nullptr);
    ~WorkbookDocument() override;

    // Takes over `workbook` in place of the current one. The undo stack starts empty: commands
    // refer to rows of the workbook they were made on.
    void open(storage::Workbook workbook, bool readOnly);
    void close();

    bool isOpen() const { return m_workbook.has_value(); }
    bool isReadOnly() const { return m_readOnly; }
    bool canEdit() const { return isOpen() && !m_readOnly; }
    // Precondition: isOpen().
    storage::Workbook& workbook() { return *m_workbook; }
    QUndoStack* undoStack() const { return m_undoStack; }

    // Runs `command` (push() calls redo()) and keeps it for undo. Returns false when nothing was
    // changed: the workbook is read-only (the command is deleted and a message shown) or the
    // command's write failed (it made itself obsolete and reported why).
    bool push(QUndoCommand* command);

    // Called by commands after a successful write.
    void notifyChanged(Scopes scopes, core::Id campaignId);
    // Called by commands whose write failed: shows the message and remembers the failure.
    void reportFailure(const QString& action, const QString& message);

    // What every command's write does: runs `work` in one writing transaction, then `announce`
    // (the views refresh). On failure the file is as it was, `command` is made obsolete (the
    // stack drops it), the views re-read anyway (they may show what the write assumed) and the
    // user is told why; returns false.
    bool write(QUndoCommand& command, const std::function<void(storage::Database&)>& work,
               const std::function<void()>& announce);
    // The same, announcing `scopes` of `campaignId`.
    bool write(QUndoCommand& command, Scopes scopes, core::Id campaignId,
               const std::function<void(storage::Database&)>& work);

    // Where commands show their error messages.
    void setDialogParent(QWidget* parent);
    QWidget* dialogParent() const;

Q_SIGNALS:
    // `campaignId` 0: not tied to one campaign (or to several).
    void changed(cd::app::WorkbookDocument::Scopes scopes, cd::core::Id campaignId);
    void opened();
    void closed();

private:
    std::optional<storage::Workbook> m_workbook;
    bool m_readOnly = false;
    bool m_failed = false;
    QUndoStack* m_undoStack = nullptr;
    QPointer<QWidget> m_dialogParent;
};

} // namespace cd::app

Q_DECLARE_OPERATORS_FOR_FLAGS(cd::app::WorkbookDocument::Scopes)
