#include "PlanEditor.h"

#include "MessageBox.h"
#include "TaskClipboard.h"
#include "TaskCommands.h"
#include "WbsTreeModel.h"
#include "WorkbookDocument.h"

#include <QMimeData>

#include <algorithm>

namespace cd::app {

namespace {

std::optional<core::Id> parentIdOf(const WbsTreeModel& model, const QModelIndex& index)
{
    const core::Task* parent = model.taskAt(index.parent());
    return parent ? std::optional<core::Id>(parent->id) : std::nullopt;
}

} // namespace

PlanEditor::PlanEditor(WbsTreeModel* model, QObject* parent) : QObject(parent), m_model(model) {}

core::Id PlanEditor::addTask(std::optional<core::Id> near, Where where)
{
    if (!m_model || !m_model->isEditable()) {
        return 0;
    }
    WbsTreeModel& model = *m_model;
    const QModelIndex nearIndex = near ? model.indexOfTask(*near) : QModelIndex();
    const core::Task* nearTask = model.taskAt(nearIndex);
    const bool child = nearTask && where == Where::Child;
    const core::Task* parent = child ? nearTask : model.taskAt(nearIndex.parent());
    const int row = child      ? model.rowCount(nearIndex)
                    : nearTask ? nearIndex.row() + 1
                               : model.rowCount();

    core::Task task;
    task.id = -1;
    task.campaignId = model.campaignId();
    task.kind = parent ? core::TaskKind::Task : core::TaskKind::Deliverable;
    task.name = (parent ? tr("New task") : tr("New deliverable")).toStdString();
    task.durationDays = 1;
    task.costEstimate = core::Money::zero(model.plan().currency);
    const RolledUpTask* nearDates = nearTask ? model.rolledUp(nearTask->id) : nullptr;
    task.plannedStart =
        nearDates && nearDates->start ? nearDates->start : std::optional(model.plan().projectStart);
    if (parent) {
        task.phase = parent->phase.empty() ? parent->name : parent->phase;
        task.ownerRole = parent->ownerRole;
        task.assignee = parent->assignee;
    }
    if (!m_defaultAssignee.empty()) {
        task.assignee = m_defaultAssignee; // added while showing someone's work: theirs
    }
    auto* command = new InsertTasks(
        *model.document(), model.campaignId(), child ? tr("Add subtask") : tr("Add task"), {task},
        {}, parent ? std::optional<core::Id>(parent->id) : std::nullopt, row);
    if (!model.document()->push(command)) {
        return 0;
    }
    return command->rootIds().empty() ? 0 : command->rootIds().front();
}

std::vector<core::Id> PlanEditor::topmost(const std::vector<core::Id>& ids) const
{
    std::vector<core::Id> out;
    if (!m_model) {
        return out;
    }
    auto selected = [&](core::Id id) {
        return std::find(ids.begin(), ids.end(), id) != ids.end();
    };
    // Outline order: walk the tree.
    std::vector<QModelIndex> stack;
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        stack.push_back(m_model->index(row, 0));
    }
    while (!stack.empty()) {
        const QModelIndex index = stack.back();
        stack.pop_back();
        const core::Id id = m_model->taskAt(index)->id;
        if (selected(id)) {
            out.push_back(id);
            continue; // whatever is below goes with it
        }
        for (int row = m_model->rowCount(index) - 1; row >= 0; --row) {
            stack.push_back(m_model->index(row, 0, index));
        }
    }
    return out;
}

int PlanEditor::subtreeSize(const std::vector<core::Id>& ids) const
{
    int count = 0;
    std::vector<QModelIndex> stack;
    for (const core::Id id : topmost(ids)) {
        stack.push_back(m_model->indexOfTask(id));
    }
    while (!stack.empty()) {
        const QModelIndex index = stack.back();
        stack.pop_back();
        ++count;
        for (int row = 0; row < m_model->rowCount(index); ++row) {
            stack.push_back(m_model->index(row, 0, index));
        }
    }
    return count;
}

bool PlanEditor::deleteTasks(const std::vector<core::Id>& ids, QWidget* dialogParent)
{
    const std::vector<core::Id> roots = topmost(ids);
    if (roots.empty() || !m_model->isEditable()) {
        return false;
    }
    const int count = subtreeSize(roots);
    const QString name = QString::fromStdString(m_model->task(roots.front())->name);
    QString text;
    if (count == 1) {
        text = tr("Delete the task \"%1\"?").arg(name);
    } else if (roots.size() == 1) {
        text = tr("Delete %1 tasks: \"%2\" and the %3 tasks below it?")
                   .arg(count)
                   .arg(name)
                   .arg(count - 1);
    } else {
        text = tr("Delete %1 tasks: the %2 selected tasks and everything below them?")
                   .arg(count)
                   .arg(roots.size());
    }
    text += QLatin1Char('\n') + tr("Their dependencies go with them. Undo brings them back.");
    const auto answer =
        MessageBox::question(dialogParent, tr("Delete tasks"), text,
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        return false;
    }
    const QString what = count == 1 ? tr("Delete task") : tr("Delete %1 tasks").arg(count);
    return m_model->document()->push(
        new RemoveTasks(*m_model->document(), m_model->campaignId(), what, roots));
}

std::vector<core::Id> PlanEditor::siblingsInOrder(const std::vector<core::Id>& ids) const
{
    std::vector<QModelIndex> indexes;
    for (const core::Id id : topmost(ids)) {
        indexes.push_back(m_model->indexOfTask(id));
    }
    if (indexes.empty()) {
        return {};
    }
    const QModelIndex parent = indexes.front().parent();
    if (std::any_of(indexes.begin(), indexes.end(),
                    [&](const QModelIndex& i) { return i.parent() != parent; })) {
        return {};
    }
    std::sort(indexes.begin(), indexes.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    std::vector<core::Id> out;
    for (const QModelIndex& index : indexes) {
        out.push_back(m_model->taskAt(index)->id);
    }
    return out;
}

bool PlanEditor::move(const std::vector<core::Id>& ids, std::optional<core::Id> parent, int row,
                      const QString& text)
{
    return m_model->document()->push(
        new MoveTasks(*m_model->document(), m_model->campaignId(), text, ids, parent, row));
}

bool PlanEditor::indent(const std::vector<core::Id>& ids)
{
    const auto siblings = siblingsInOrder(ids);
    if (siblings.empty() || !m_model->isEditable()) {
        return false;
    }
    const QModelIndex first = m_model->indexOfTask(siblings.front());
    if (first.row() == 0) {
        return false; // nothing above to become the parent
    }
    const QModelIndex above = m_model->index(first.row() - 1, 0, first.parent());
    return move(siblings, m_model->taskAt(above)->id, m_model->rowCount(above), tr("Indent"));
}

bool PlanEditor::outdent(const std::vector<core::Id>& ids)
{
    const auto siblings = siblingsInOrder(ids);
    if (siblings.empty() || !m_model->isEditable()) {
        return false;
    }
    const QModelIndex parent = m_model->indexOfTask(siblings.front()).parent();
    if (!parent.isValid()) {
        return false; // already at the top
    }
    return move(siblings, parentIdOf(*m_model, parent), parent.row() + 1, tr("Outdent"));
}

bool PlanEditor::moveUp(const std::vector<core::Id>& ids)
{
    const auto siblings = siblingsInOrder(ids);
    if (siblings.empty() || !m_model->isEditable()) {
        return false;
    }
    const QModelIndex first = m_model->indexOfTask(siblings.front());
    if (first.row() == 0) {
        return false;
    }
    return move(siblings, parentIdOf(*m_model, first), first.row() - 1, tr("Move up"));
}

bool PlanEditor::moveDown(const std::vector<core::Id>& ids)
{
    const auto siblings = siblingsInOrder(ids);
    if (siblings.empty() || !m_model->isEditable()) {
        return false;
    }
    const QModelIndex first = m_model->indexOfTask(siblings.front());
    const QModelIndex last = m_model->indexOfTask(siblings.back());
    if (last.row() + 1 >= m_model->rowCount(last.parent())) {
        return false;
    }
    // Rows count without the moved tasks: one past the task that was below the last one.
    const int below = last.row() + 1 - static_cast<int>(siblings.size());
    return move(siblings, parentIdOf(*m_model, first), below + 1, tr("Move down"));
}

QMimeData* PlanEditor::copy(const std::vector<core::Id>& ids) const
{
    const auto roots = topmost(ids);
    return roots.empty() ? nullptr : TaskClipboard::write(*m_model, roots);
}

std::vector<core::Id> PlanEditor::paste(const QMimeData* data, std::optional<core::Id> after)
{
    if (!m_model || !m_model->isEditable()) {
        return {};
    }
    auto clip = TaskClipboard::read(data, *m_model);
    if (!clip) {
        return {};
    }
    const QModelIndex afterIndex = after ? m_model->indexOfTask(*after) : QModelIndex();
    const int row = afterIndex.isValid() ? afterIndex.row() + 1 : m_model->rowCount();
    const std::optional<core::Id> parent =
        afterIndex.isValid() ? parentIdOf(*m_model, afterIndex) : std::nullopt;
    auto* command =
        new InsertTasks(*m_model->document(), m_model->campaignId(), tr("Paste tasks"),
                        std::move(clip->tasks), std::move(clip->dependencies), parent, row);
    if (!m_model->document()->push(command)) {
        return {};
    }
    return command->rootIds();
}

} // namespace cd::app
