#include "WorkbookDocument.h"

#include "MessageBox.h"

#include "storage/Database.h"

#include <spdlog/spdlog.h>

#include <exception>

#include <QUndoCommand>
#include <QUndoStack>
#include <QWidget>

namespace cd::app {

WorkbookDocument::WorkbookDocument(QObject* parent)
    : QObject(parent), m_undoStack(new QUndoStack(this))
{
}

WorkbookDocument::~WorkbookDocument()
{
    // Commands may refer to the workbook: they go first.
    m_undoStack->clear();
}

void WorkbookDocument::open(storage::Workbook workbook, bool readOnly)
{
    m_undoStack->clear();
    m_workbook = std::move(workbook);
    m_readOnly = readOnly || m_workbook->isReadOnly();
    Q_EMIT opened();
}

void WorkbookDocument::close()
{
    m_undoStack->clear();
    m_workbook.reset();
    m_readOnly = false;
    Q_EMIT closed();
}

bool WorkbookDocument::push(QUndoCommand* command)
{
    if (!canEdit()) {
        delete command;
        MessageBox::warning(m_dialogParent, tr("Read-only workbook"),
                            isOpen() ? tr("This workbook is opened read-only; it cannot be "
                                          "changed.")
                                     : tr("No workbook is open."));
        return false;
    }
    m_failed = false;
    m_undoStack->push(command);
    return !m_failed;
}

bool WorkbookDocument::write(QUndoCommand& command,
                             const std::function<void(storage::Database&)>& work,
                             const std::function<void()>& announce)
{
    try {
        storage::Database& db = workbook().db();
        storage::Transaction tx(db);
        work(db);
        tx.commit();
    } catch (const std::exception& e) {
        spdlog::warn("{} failed: {}", command.text().toStdString(), e.what());
        command.setObsolete(true);
        announce();
        reportFailure(command.text(), QString::fromStdString(e.what()));
        return false;
    }
    announce();
    return true;
}

bool WorkbookDocument::write(QUndoCommand& command, Scopes scopes, core::Id campaignId,
                             const std::function<void(storage::Database&)>& work)
{
    return write(command, work, [this, scopes, campaignId] { notifyChanged(scopes, campaignId); });
}

void WorkbookDocument::reportFailure(const QString& action, const QString& message)
{
    m_failed = true;
    MessageBox::warning(m_dialogParent, tr("%1 failed").arg(action), message);
}

void WorkbookDocument::setDialogParent(QWidget* parent)
{
    m_dialogParent = parent;
}

QWidget* WorkbookDocument::dialogParent() const
{
    return m_dialogParent;
}

void WorkbookDocument::notifyChanged(Scopes scopes, core::Id campaignId)
{
    Q_EMIT changed(scopes, campaignId);
}

} // namespace cd::app
