#include "WbsTreeModel.h"

#include "Format.h"

#include "core/Wbs.h"

#include <QFont>

namespace cd::app {

// One row of the tree. Indexes carry a pointer to their node (never a small id: Qt hashes
// indexes as (row << 4) + column + internalId, and sequential ids collide badly).
struct WbsTreeModel::Node {
    const core::Task* task = nullptr; // null for the invisible root
    Node* parent = nullptr;
    int row = 0;
    QString code;
    std::vector<std::unique_ptr<Node>> children;
};

WbsTreeModel::WbsTreeModel(QObject* parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

WbsTreeModel::~WbsTreeModel() = default;

void WbsTreeModel::setTasks(std::vector<core::Task> tasks)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_tasks = std::move(tasks);
    // outline() walks depth first, so the parent of an entry at depth d is the last entry seen
    // at depth d - 1. Tasks whose parent is missing are not reachable and are left out.
    std::vector<Node*> lastAtDepth{m_root.get()};
    for (const auto& entry : core::outline(m_tasks)) {
        const auto depth = static_cast<std::size_t>(entry.depth);
        if (depth >= lastAtDepth.size()) {
            continue;
        }
        Node* parentNode = lastAtDepth[depth];
        auto node = std::make_unique<Node>();
        node->task = entry.task;
        node->parent = parentNode;
        node->row = static_cast<int>(parentNode->children.size());
        node->code = QString::fromStdString(entry.code);
        lastAtDepth.resize(depth + 1);
        lastAtDepth.push_back(node.get());
        parentNode->children.push_back(std::move(node));
    }
    endResetModel();
}

const WbsTreeModel::Node* WbsTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<const Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex WbsTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    const Node* child = nodeOf(parent)->children[static_cast<std::size_t>(row)].get();
    return createIndex(row, column, child);
}

QModelIndex WbsTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    const Node* parentNode = nodeOf(child)->parent;
    if (parentNode == nullptr || parentNode == m_root.get()) {
        return {};
    }
    return createIndex(parentNode->row, 0, parentNode);
}

int WbsTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(nodeOf(parent)->children.size());
}

int WbsTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant WbsTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node& node = *nodeOf(index);
    const core::Task& task = *node.task;
    switch (role) {
    case Qt::DisplayRole:
        return display(task, node, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name && !task.notes.empty()) {
            return plainToolTip(QString::fromStdString(task.notes));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Duration) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::FontRole:
        if (task.kind == core::TaskKind::Deliverable &&
            (index.column() == Code || index.column() == Name)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case RawValueRole:
        return raw(task, node, index.column());
    case TaskIdRole:
        return QVariant::fromValue<qint64>(task.id);
    default:
        return {};
    }
}

QVariant WbsTreeModel::display(const core::Task& task, const Node& node, int column) const
{
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
        return formatDate(task.plannedStart);
    case Finish:
        return formatDate(task.plannedFinish());
    case Duration:
        return formatDays(task.durationDays);
    case Complete:
        return formatPercent(task.percentComplete);
    case Cost:
        return formatMoney(task.costEstimate);
    case Buffer:
        return task.bufferDays == 0 ? QString() : formatDays(task.bufferDays);
    default:
        return {};
    }
}

QVariant WbsTreeModel::raw(const core::Task& task, const Node& node, int column) const
{
    switch (column) {
    case Kind:
        return static_cast<int>(task.kind);
    case Owner:
        return static_cast<int>(task.ownerRole);
    case Status:
        return static_cast<int>(task.status);
    case Start:
        return rawDate(task.plannedStart);
    case Finish:
        return rawDate(task.plannedFinish());
    case Duration:
        return task.durationDays;
    case Complete:
        return task.percentComplete;
    case Cost:
        return rawMoney(task.costEstimate);
    case Buffer:
        return task.bufferDays;
    default:
        return display(task, node, column);
    }
}

QVariant WbsTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Code:
        return tr("WBS");
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Phase:
        return tr("Phase");
    case Owner:
        return tr("Owner role");
    case Assignee:
        return tr("Assignee");
    case Status:
        return tr("Status");
    case Start:
        return tr("Start");
    case Finish:
        return tr("Finish");
    case Duration:
        return tr("Duration");
    case Complete:
        return tr("% complete");
    case Cost:
        return tr("Cost");
    case Buffer:
        return tr("Buffer");
    default:
        return {};
    }
}

} // namespace cd::app
