// How WbsTreeModel turns edits into commands: setData() and drops push onto the document's undo
// stack and return; the model changes when the campaign is reloaded after the write.

#include "WbsTreeModel.h"

#include "ChangeTaskField.h"
#include "MessageBox.h"
#include "TaskCommands.h"
#include "WbsTreeNode.h"
#include "WorkbookDocument.h"

#include "core/PredecessorText.h"

#include <QDataStream>
#include <QDate>
#include <QIODevice>
#include <QMimeData>
#include <QUndoStack>

namespace cd::app {

namespace {

core::OptionalDate fromQDate(const QDate& date)
{
    if (!date.isValid()) {
        return std::nullopt;
    }
    return core::Date::fromYmd(date.year(), static_cast<unsigned>(date.month()),
                               static_cast<unsigned>(date.day()));
}

// One field from `before` to `after`, or nothing when they are equal.
template <class T>
QUndoCommand* fieldCommand(WorkbookDocument& doc, const core::Task& task, T core::Task::*field,
                           T after, const QString& text, QUndoCommand* parent = nullptr)
{
    if (task.*field == after) {
        return nullptr;
    }
    return new ChangeTaskField<T>(doc, task.campaignId, task.id, field, task.*field,
                                  std::move(after), text, parent);
}

// Money as typed: "1200", "1200.5", "1 200,50"; nullopt when it is not an amount.
std::optional<core::Money> parseMoney(QString text, const std::string& currency)
{
    text.remove(QLatin1Char(' '));
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    if (text.isEmpty()) {
        return core::Money::zero(currency);
    }
    return core::Money::parse(text.toStdString(), currency);
}

// A kind change keeps the task valid: a milestone has no duration, a task made from a
// milestone gets one day. One undo step either way.
QUndoCommand* kindCommand(WorkbookDocument& doc, const core::Task& task, core::TaskKind kind)
{
    if (task.kind == kind) {
        return nullptr;
    }
    auto* macro = new QUndoCommand(WbsTreeModel::tr("Change kind"));
    const bool toMilestone = kind == core::TaskKind::Milestone;
    if (toMilestone) {
        fieldCommand(doc, task, &core::Task::durationDays, 0, macro->text(), macro);
    }
    new ChangeTaskField<core::TaskKind>(doc, task.campaignId, task.id, &core::Task::kind, task.kind,
                                        kind, macro->text(), macro);
    if (task.kind == core::TaskKind::Milestone && task.durationDays == 0) {
        core::Task milestone = task;
        milestone.kind = kind;
        fieldCommand(doc, milestone, &core::Task::durationDays, 1, macro->text(), macro);
    }
    return macro;
}

// The command for a text, enum or date column; `ok` false when the value is refused.
QUndoCommand* fieldCommandFor(WorkbookDocument& doc, const core::Task& task, int column,
                              const QVariant& value, const QString& what, bool& ok)
{
    const QString text = value.toString().trimmed();
    switch (column) {
    case WbsTreeModel::Name:
        ok = !text.isEmpty();
        return ok ? fieldCommand(doc, task, &core::Task::name, text.toStdString(),
                                 WbsTreeModel::tr("Rename task"))
                  : nullptr;
    case WbsTreeModel::Phase:
        return fieldCommand(doc, task, &core::Task::phase, text.toStdString(), what);
    case WbsTreeModel::Assignee:
        return fieldCommand(doc, task, &core::Task::assignee, text.toStdString(), what);
    case WbsTreeModel::Kind:
        return kindCommand(doc, task, static_cast<core::TaskKind>(value.toInt()));
    case WbsTreeModel::Owner:
        return fieldCommand(doc, task, &core::Task::ownerRole,
                            static_cast<core::OwnerRole>(value.toInt()), what);
    case WbsTreeModel::Status:
        return fieldCommand(doc, task, &core::Task::status,
                            static_cast<core::TaskStatus>(value.toInt()), what);
    case WbsTreeModel::Start:
        return fieldCommand(doc, task, &core::Task::plannedStart, fromQDate(value.toDate()), what);
    case WbsTreeModel::Finish: {
        // The finish is not stored: it moves the duration.
        const auto finish = fromQDate(value.toDate());
        ok = task.plannedStart && finish && *finish >= *task.plannedStart;
        return ok ? fieldCommand(doc, task, &core::Task::durationDays,
                                 task.plannedStart->daysUntil(*finish) + 1, what)
                  : nullptr;
    }
    default:
        ok = false;
        return nullptr;
    }
}

// The command for a number column (days, percent, money, the linked influencer's id).
QUndoCommand* numberCommand(WorkbookDocument& doc, const core::Task& task, int column,
                            const QVariant& value, const QString& what, const std::string& currency,
                            bool& ok)
{
    switch (column) {
    case WbsTreeModel::Duration:
    case WbsTreeModel::Buffer: {
        const int days = value.toInt(&ok);
        ok = ok && days >= 0;
        const auto field =
            column == WbsTreeModel::Duration ? &core::Task::durationDays : &core::Task::bufferDays;
        return ok ? fieldCommand(doc, task, field, days, what) : nullptr;
    }
    case WbsTreeModel::Complete: {
        const double percent = value.toDouble(&ok);
        ok = ok && percent >= 0 && percent <= 100;
        return ok ? fieldCommand(doc, task, &core::Task::percentComplete, percent, what) : nullptr;
    }
    case WbsTreeModel::Cost: {
        const auto money = parseMoney(value.toString(), currency);
        ok = money && money->minorUnits() >= 0;
        return ok ? fieldCommand(doc, task, &core::Task::costEstimate, *money, what) : nullptr;
    }
    case WbsTreeModel::Influencer: {
        const qint64 id = value.toLongLong();
        return fieldCommand(doc, task, &core::Task::influencerId,
                            id > 0 ? std::optional<core::Id>(id) : std::nullopt, what);
    }
    default:
        ok = false;
        return nullptr;
    }
}

} // namespace

bool WbsTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !isEditable()) {
        return false;
    }
    const core::Task* task = taskAt(index);
    if (task == nullptr || !isEditableCell(*task, index.column())) {
        return false;
    }
    // Commands keep ids and values: the task is copied, as the reload replaces it.
    return pushEdit(core::Task(*task), index.column(), value);
}

bool WbsTreeModel::pushEdit(const core::Task& task, int column, const QVariant& value)
{
    if (column == Predecessors) {
        return pushPredecessors(task, value.toString());
    }
    const QString what =
        tr("Change %1").arg(headerData(column, Qt::Horizontal).toString().toLower());
    bool ok = true;
    QUndoCommand* command =
        column >= Duration
            ? numberCommand(*m_document, task, column, value, what, m_plan.currency, ok)
            : fieldCommandFor(*m_document, task, column, value, what, ok);
    if (!ok) {
        return false;
    }
    return command == nullptr || m_document->push(command);
}

bool WbsTreeModel::pushPredecessors(const core::Task& task, const QString& text)
{
    auto resolved = core::resolvePredecessorText(text.toStdString(), task.id, m_plan.tasks,
                                                 m_plan.dependencies);
    if (resolved.error) {
        MessageBox::warning(m_document->dialogParent(), tr("Predecessors not changed"),
                            QString::fromStdString(*resolved.error));
        return false;
    }
    std::vector<core::Dependency> current;
    for (const auto& d : m_plan.dependencies) {
        if (d.successorId == task.id) {
            current.push_back(d);
        }
    }
    if (resolved.dependencies == current) {
        return true;
    }
    return m_document->push(new SetPredecessors(*m_document, task.campaignId, task.id,
                                                std::move(resolved.dependencies),
                                                tr("Change predecessors")));
}

Qt::DropActions WbsTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions WbsTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList WbsTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData* WbsTreeModel::mimeData(const QModelIndexList& indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex& index : indexes) {
        if (const core::Task* t = taskAt(index); t && !ids.contains(t->id)) {
            ids.append(t->id);
        }
    }
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << static_cast<qint64>(m_plan.campaignId) << ids;
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), bytes);
    return mime;
}

namespace {

struct DraggedTasks {
    core::Id campaignId = 0;
    QList<qint64> ids;
};

DraggedTasks decodeDragged(const QMimeData* data)
{
    DraggedTasks dragged;
    if (data == nullptr) {
        return dragged;
    }
    QDataStream in(data->data(QString::fromLatin1(WbsTreeModel::kMimeType)));
    qint64 campaign = 0;
    in >> campaign >> dragged.ids;
    dragged.campaignId = in.status() == QDataStream::Ok ? campaign : 0;
    return dragged;
}

} // namespace

bool WbsTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                   const QModelIndex& parent) const
{
    if (action != Qt::MoveAction || !isEditable()) {
        return false;
    }
    const DraggedTasks dragged = decodeDragged(data);
    if (dragged.campaignId != m_plan.campaignId || dragged.ids.isEmpty()) {
        return false;
    }
    // Not onto a dragged task, nor anywhere below one.
    for (const Node* n = nodeOf(parent.siblingAtColumn(0)); n && n != m_root.get(); n = n->parent) {
        if (dragged.ids.contains(n->id)) {
            return false;
        }
    }
    return true;
}

bool WbsTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    const Node* target = nodeOf(parent.siblingAtColumn(0));
    const DraggedTasks drag = decodeDragged(data);
    auto dragged = [&](core::Id id) {
        return drag.ids.contains(id);
    };
    // Dragged tasks below other dragged tasks move with those; the rest go in outline order.
    std::vector<core::Id> ids;
    for (const auto& entry : m_outline) {
        const core::Id id = entry.task->id;
        const auto node = m_nodes.find(id);
        if (!dragged(id) || node == m_nodes.end()) {
            continue;
        }
        bool carried = false;
        for (const Node* up = node->second->parent; up && up != m_root.get(); up = up->parent) {
            carried = carried || dragged(up->id);
        }
        if (!carried) {
            ids.push_back(id);
        }
    }
    const int end = static_cast<int>(target->children.size());
    const int before = row < 0 || row > end ? end : row;
    int at = 0;
    for (int i = 0; i < before; ++i) {
        if (std::find(ids.begin(), ids.end(), target->children[static_cast<std::size_t>(i)]->id) ==
            ids.end()) {
            ++at;
        }
    }
    const std::optional<core::Id> parentId =
        target == m_root.get() ? std::nullopt : std::optional<core::Id>(target->id);
    return m_document->push(
        new MoveTasks(*m_document, m_plan.campaignId, tr("Move tasks"), ids, parentId, at));
}

} // namespace cd::app
