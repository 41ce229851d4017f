// What the Plan tab's editing actions do to the selection.

#include "PlanView.h"

#include "Format.h"
#include "PlanEditor.h"
#include "PlanTreeView.h"
#include "TaskHistoryDialog.h"
#include "TimelineView.h"
#include "WbsTreeModel.h"
#include "WorkbookDocument.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMimeData>

namespace cd::app {

std::vector<core::Id> PlanView::selectedTaskIds() const
{
    std::vector<core::Id> ids;
    for (const QModelIndex& index : m_tree->selectionModel()->selectedRows(0)) {
        if (const core::Task* t = m_model->taskAt(index)) {
            ids.push_back(t->id);
        }
    }
    if (ids.empty()) {
        if (const auto current = currentTaskId()) {
            ids.push_back(*current);
        }
    }
    return ids;
}

std::optional<core::Id> PlanView::currentTaskId() const
{
    const core::Task* t = m_model->taskAt(m_tree->currentIndex());
    return t ? std::optional<core::Id>(t->id) : std::nullopt;
}

void PlanView::selectTask(core::Id id, int column)
{
    const QModelIndex index = m_model->indexOfTask(id, column);
    if (!index.isValid()) {
        return;
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void PlanView::startEditingName(core::Id id)
{
    const QModelIndex index = m_model->indexOfTask(id, WbsTreeModel::Name);
    if (!index.isValid()) {
        return;
    }
    m_tree->expand(index.parent());
    selectTask(id, WbsTreeModel::Name);
    m_tree->setFocus();
    m_tree->edit(index);
}

void PlanView::addTaskBelow()
{
    if (const core::Id id = m_editor->addTask(currentTaskId(), PlanEditor::Where::Below)) {
        startEditingName(id);
    }
}

void PlanView::addSubtask()
{
    const auto current = currentTaskId();
    if (!current) {
        addTaskBelow();
        return;
    }
    if (const core::Id id = m_editor->addTask(current, PlanEditor::Where::Child)) {
        startEditingName(id);
    }
}

void PlanView::deleteSelected()
{
    const auto ids = selectedTaskIds();
    if (ids.empty()) {
        return;
    }
    // The row that takes the place of the first deleted one becomes current.
    const QModelIndex first = m_model->indexOfTask(m_editor->topmost(ids).front());
    const QModelIndex parent = first.parent();
    const int row = first.row();
    if (!m_editor->deleteTasks(ids, this)) {
        return;
    }
    const int rows = m_model->rowCount(parent);
    const QModelIndex next = rows > 0 ? m_model->index(std::min(row, rows - 1), 0, parent) : parent;
    if (next.isValid()) {
        m_tree->setCurrentIndex(next);
    }
}

void PlanView::keepSelection(bool (PlanEditor::*change)(const std::vector<core::Id>&))
{
    const auto ids = selectedTaskIds();
    const auto current = currentTaskId();
    if (ids.empty() || !(m_editor->*change)(ids)) {
        return;
    }
    // Moved rows keep their indexes (the model signals a layout change), so the selection
    // follows by itself; the new parent may need opening.
    if (current) {
        const QModelIndex index = m_model->indexOfTask(*current);
        m_tree->expand(index.parent());
        m_tree->scrollTo(index);
    }
}

void PlanView::indentSelected()
{
    keepSelection(&PlanEditor::indent);
}

void PlanView::outdentSelected()
{
    keepSelection(&PlanEditor::outdent);
}

void PlanView::moveSelectedUp()
{
    keepSelection(&PlanEditor::moveUp);
}

void PlanView::moveSelectedDown()
{
    keepSelection(&PlanEditor::moveDown);
}

void PlanView::copySelected()
{
    if (QMimeData* copied = m_editor->copy(selectedTaskIds())) {
        QApplication::clipboard()->setMimeData(copied);
    }
}

void PlanView::paste()
{
    const auto ids = m_editor->paste(QApplication::clipboard()->mimeData(), currentTaskId());
    if (!ids.empty()) {
        selectTask(ids.front(), WbsTreeModel::Name);
    }
}

TaskHistoryDialog* PlanView::showTaskHistory()
{
    const auto id = currentTaskId();
    if (!id || !m_document || !m_document->isOpen()) {
        return nullptr;
    }
    const core::Task* task = m_model->task(*id);
    const QString title = m_model->codeOf(*id) + QLatin1Char(' ') +
                          (task ? QString::fromStdString(task->name) : QString());
    auto* dialog = new TaskHistoryDialog(m_document, task ? task->campaignId : 0, *id, title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void PlanView::updateActions()
{
    const bool editable = m_model->isEditable();
    const bool hasCurrent = currentTaskId().has_value();
    for (QAction* action : std::as_const(m_editActions)) {
        const bool needsTask = action->objectName() != QLatin1String("actionAddTask") &&
                               action->objectName() != QLatin1String("actionPasteTasks");
        action->setEnabled(editable && (hasCurrent || !needsTask));
    }
    m_copy->setEnabled(hasCurrent);
    m_history->setEnabled(hasCurrent && m_document && m_document->isOpen());
    m_tree->setDragEnabled(editable);
    m_tree->setAcceptDrops(editable);
}

void PlanView::updateSummary()
{
    const auto& schedule = m_model->schedule();
    if (!m_model->scheduleProblem().isEmpty()) {
        m_summary->setText(tr("Cannot schedule: %1").arg(m_model->scheduleProblem()));
        return;
    }
    if (!schedule || !schedule->finish) {
        m_summary->clear();
        return;
    }
    QString text = tr("Finish %1").arg(formatDate(schedule->finish));
    if (schedule->finishWithBuffers && schedule->finishWithBuffers != schedule->finish) {
        text += tr(" · with buffers %1").arg(formatDate(schedule->finishWithBuffers));
    }
    const auto critical = schedule->criticalTasks.size();
    text += critical == 1 ? tr(" · 1 critical task") : tr(" · %1 critical tasks").arg(critical);
    if (m_workPerson) {
        int mine = 0;
        for (const auto& task : m_model->plan().tasks) {
            mine += task.assignee == *m_workPerson ? 1 : 0;
        }
        const QString person = QString::fromStdString(*m_workPerson);
        text += mine == 1 ? tr(" · showing 1 task of %1").arg(person)
                          : tr(" · showing %1 tasks of %2").arg(mine).arg(person);
    }
    m_summary->setText(text);
}

} // namespace cd::app
