// What WbsTreeModel shows: display texts, raw values for sorting, edit values for the
// delegate's editors, and the flags of late and critical tasks.

#include "WbsTreeModel.h"

#include "Format.h"
#include "WbsTreeNode.h"

#include <QApplication>
#include <QBrush>
#include <QDate>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QStyle>

namespace cd::app {

namespace {

QDate toQDate(const core::OptionalDate& date)
{
    return date
               ? QDate(date->year(), static_cast<int>(date->month()), static_cast<int>(date->day()))
               : QDate();
}

QString formatFloat(int days)
{
    return QStringLiteral("%1 d").arg(days);
}

} // namespace

QVariant WbsTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node& node = *nodeOf(index);
    if (node.task == nullptr) {
        return {};
    }
    const core::Task& task = *node.task;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(task, node, column);
    case Qt::EditRole:
        return editValue(task, column);
    case Qt::ToolTipRole:
        return toolTip(task, column);
    case Qt::DecorationRole:
        return decoration(task, column);
    case Qt::ForegroundRole:
        return foreground(task, column);
    case Qt::TextAlignmentRole:
        if (column >= Duration && column != Influencer && column != Predecessors) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::FontRole:
        if (!node.children.empty() && (column == Code || column == Name)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case RawValueRole:
        return raw(task, node, column);
    case TaskIdRole:
        return QVariant::fromValue<qint64>(task.id);
    case SummaryRole:
        return !node.children.empty();
    case CriticalRole:
        return isCritical(task.id);
    case LateRole:
        return isLate(task.id);
    default:
        return {};
    }
}

QVariant WbsTreeModel::display(const core::Task& task, const Node& node, int column) const
{
    const RolledUpTask* r = rolledUp(task.id);
    const core::TaskDates* s = scheduled(task.id);
    const bool milestone = task.kind == core::TaskKind::Milestone && node.children.empty();
    switch (column) {
    case Code:
        return node.code;
    case Name:
        return QString::fromStdString(task.name);
    case Kind:
        return enumLabel(task.kind);
    case Phase:
        return QString::fromStdString(task.phase);
    case Owner:
        return task.ownerRole == core::OwnerRole::Unassigned ? QString()
                                                             : enumLabel(task.ownerRole);
    case Assignee:
        return QString::fromStdString(task.assignee);
    case Status:
        return enumLabel(task.status);
    case Start:
        return formatDate(r ? r->start : task.plannedStart);
    case Finish:
        return formatDate(r ? r->finish : task.plannedFinish());
    case Duration:
        return milestone ? QString() : formatDays(r ? r->durationDays : task.durationDays);
    case Complete:
        return formatPercent(r ? r->percentComplete : task.percentComplete);
    case Cost:
        return formatMoney(r ? r->cost : task.costEstimate);
    case Buffer:
        return task.bufferDays == 0 ? QString() : formatDays(task.bufferDays);
    case Influencer: {
        if (!task.influencerId) {
            return QString();
        }
        const auto it = m_plan.influencers.find(*task.influencerId);
        return it == m_plan.influencers.end() ? tr("#%1").arg(*task.influencerId) : it->second;
    }
    case Predecessors:
        return m_predecessors.contains(task.id) ? m_predecessors.at(task.id) : QString();
    case EarlyStart:
        return s ? formatDate(s->earlyStart) : QString();
    case EarlyFinish:
        return s ? formatDate(s->earlyFinish) : QString();
    case LateStart:
        return s ? formatDate(s->lateStart) : QString();
    case LateFinish:
        return s ? formatDate(s->lateFinish) : QString();
    case Float:
        return s ? formatFloat(s->totalFloatDays) : QString();
    default:
        return {};
    }
}

QVariant WbsTreeModel::raw(const core::Task& task, const Node& node, int column) const
{
    const RolledUpTask* r = rolledUp(task.id);
    const core::TaskDates* s = scheduled(task.id);
    switch (column) {
    case Code:
        return sortKeyOfCode(node.code);
    case Kind:
        return static_cast<int>(task.kind);
    case Owner:
        return static_cast<int>(task.ownerRole);
    case Status:
        return static_cast<int>(task.status);
    case Start:
        return rawDate(r ? r->start : task.plannedStart);
    case Finish:
        return rawDate(r ? r->finish : task.plannedFinish());
    case Duration:
        return r ? r->durationDays : task.durationDays;
    case Complete:
        return r ? r->percentComplete : task.percentComplete;
    case Cost:
        return rawMoney(r ? r->cost : task.costEstimate);
    case Buffer:
        return task.bufferDays;
    case EarlyStart:
        return s ? rawDate(s->earlyStart) : QVariant();
    case EarlyFinish:
        return s ? rawDate(s->earlyFinish) : QVariant();
    case LateStart:
        return s ? rawDate(s->lateStart) : QVariant();
    case LateFinish:
        return s ? rawDate(s->lateFinish) : QVariant();
    case Float:
        return s ? QVariant(s->totalFloatDays) : QVariant();
    default:
        return display(task, node, column);
    }
}

QVariant WbsTreeModel::editValue(const core::Task& task, int column) const
{
    switch (column) {
    case Name:
        return QString::fromStdString(task.name);
    case Phase:
        return QString::fromStdString(task.phase);
    case Assignee:
        return QString::fromStdString(task.assignee);
    case Kind:
        return static_cast<int>(task.kind);
    case Owner:
        return static_cast<int>(task.ownerRole);
    case Status:
        return static_cast<int>(task.status);
    case Start:
        return toQDate(task.plannedStart);
    case Finish:
        return toQDate(task.plannedFinish());
    case Duration:
        return task.durationDays;
    case Complete:
        return static_cast<int>(task.percentComplete + 0.5);
    case Cost:
        return QString::fromStdString(task.costEstimate.toDecimalString());
    case Buffer:
        return task.bufferDays;
    case Influencer:
        return QVariant::fromValue<qint64>(task.influencerId.value_or(0));
    case Predecessors:
        return m_predecessors.contains(task.id) ? m_predecessors.at(task.id) : QString();
    default:
        return {};
    }
}

QVariant WbsTreeModel::decoration(const core::Task& task, int column) const
{
    if (column == Name && isLate(task.id)) {
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    return {};
}

QVariant WbsTreeModel::foreground(const core::Task& task, int column) const
{
    if (isCritical(task.id) && (column == Code || column == Name)) {
        return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    if (isLate(task.id) && (column == Finish || column == Status)) {
        return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    if (column >= EarlyStart) {
        return QBrush(QApplication::palette().color(QPalette::Disabled, QPalette::Text));
    }
    return {};
}

QVariant WbsTreeModel::toolTip(const core::Task& task, int column) const
{
    if (column != Name && column != Code) {
        return {};
    }
    QStringList lines;
    if (isLate(task.id)) {
        lines << tr("Late: it should have finished on %1.").arg(formatDate(task.plannedFinish()));
    }
    if (isCritical(task.id)) {
        lines << tr("On the critical path: any delay moves the end of the campaign.");
    }
    if (column == Name && !task.notes.empty()) {
        lines << QString::fromStdString(task.notes);
    }
    return lines.isEmpty() ? QVariant() : QVariant(plainToolTip(lines.join(QLatin1Char('\n'))));
}

bool WbsTreeModel::isEditableCell(const core::Task& task, int column) const
{
    const bool summary = isSummary(task.id);
    const bool milestone = task.kind == core::TaskKind::Milestone;
    switch (column) {
    case Name:
    case Kind:
    case Phase:
    case Owner:
    case Assignee:
    case Status:
    case Buffer:
    case Influencer:
    case Predecessors:
        return true;
    case Start:
    case Complete:
    case Cost:
        // A summary's dates, progress and cost come from its children.
        return !summary;
    case Finish:
    case Duration:
        return !summary && !milestone;
    default:
        return false;
    }
}

} // namespace cd::app
