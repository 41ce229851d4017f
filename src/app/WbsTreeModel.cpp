#include "WbsTreeModel.h"

#include "CampaignData.h"
#include "Format.h"
#include "WbsTreeNode.h"
#include "WorkbookDocument.h"

namespace cd::app {

namespace {

template <class E> QList<QPair<QString, QVariant>> enumChoices()
{
    QList<QPair<QString, QVariant>> out;
    for (const auto& entry : core::EnumTable<E>::entries) {
        out.append({enumLabel(entry.value), static_cast<int>(entry.value)});
    }
    return out;
}

} // namespace

WbsTreeModel::WbsTreeModel(QObject* parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

WbsTreeModel::~WbsTreeModel() = default;

void WbsTreeModel::setDocument(WorkbookDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &WorkbookDocument::opened, this, [this] { m_resetNext = true; });
        connect(m_document, &WorkbookDocument::closed, this, [this] { m_resetNext = true; });
    }
}

WorkbookDocument* WbsTreeModel::document() const
{
    return m_document;
}

bool WbsTreeModel::isEditable() const
{
    return m_document && m_document->canEdit() && m_plan.campaignId != 0;
}

void WbsTreeModel::setCampaign(const CampaignData& campaign)
{
    setPlan(planDataOf(campaign));
}

void WbsTreeModel::setTasks(std::vector<core::Task> tasks)
{
    PlanData plan;
    plan.tasks = std::move(tasks);
    if (!plan.tasks.empty()) {
        plan.currency = plan.tasks.front().costEstimate.currency();
    }
    setPlan(std::move(plan));
}

const core::Task* WbsTreeModel::taskAt(const QModelIndex& index) const
{
    return index.isValid() ? nodeOf(index)->task : nullptr;
}

const core::Task* WbsTreeModel::task(core::Id id) const
{
    const auto it = m_nodes.find(id);
    return it == m_nodes.end() ? nullptr : it->second->task;
}

QModelIndex WbsTreeModel::indexOfTask(core::Id id, int column) const
{
    const auto it = m_nodes.find(id);
    return it == m_nodes.end() ? QModelIndex() : indexOfNode(it->second, column);
}

QString WbsTreeModel::codeOf(core::Id id) const
{
    const auto it = m_nodes.find(id);
    return it == m_nodes.end() ? QString() : it->second->code;
}

bool WbsTreeModel::isSummary(core::Id id) const
{
    const auto it = m_nodes.find(id);
    return it != m_nodes.end() && !it->second->children.empty();
}

bool WbsTreeModel::isCritical(core::Id id) const
{
    const core::TaskDates* dates = scheduled(id);
    return dates && dates->critical && !isSummary(id);
}

bool WbsTreeModel::isLate(core::Id id) const
{
    return m_late.contains(id);
}

const RolledUpTask* WbsTreeModel::rolledUp(core::Id id) const
{
    const auto it = m_rollup.find(id);
    return it == m_rollup.end() ? nullptr : &it->second;
}

const core::TaskDates* WbsTreeModel::scheduled(core::Id id) const
{
    if (!m_schedule) {
        return nullptr;
    }
    const auto it = m_schedule->tasks.find(id);
    return it == m_schedule->tasks.end() ? nullptr : &it->second;
}

QList<QPair<QString, QVariant>> WbsTreeModel::choices(int column) const
{
    switch (column) {
    case Kind:
        return enumChoices<core::TaskKind>();
    case Owner:
        return enumChoices<core::OwnerRole>();
    case Status:
        return enumChoices<core::TaskStatus>();
    case Influencer: {
        QList<QPair<QString, QVariant>> out{{unknownText(), QVariant::fromValue<qint64>(0)}};
        for (const auto& [id, name] : m_plan.influencers) {
            out.append({name, QVariant::fromValue<qint64>(id)});
        }
        return out;
    }
    case Assignee: {
        QList<QPair<QString, QVariant>> out{{QString(), QString()}};
        for (const QString& name : m_plan.team) {
            out.append({name, name});
        }
        return out;
    }
    default:
        return {};
    }
}

QString WbsTreeModel::sortKeyOfCode(const QString& code)
{
    QStringList parts = code.split(QLatin1Char('.'));
    for (QString& part : parts) {
        part = part.rightJustified(6, QLatin1Char('0'));
    }
    return parts.join(QLatin1Char('.'));
}

WbsTreeModel::Node* WbsTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex WbsTreeModel::indexOfNode(const Node* node, int column) const
{
    if (node == nullptr || node == m_root.get()) {
        return {};
    }
    return createIndex(node->row, column, node);
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
    return indexOfNode(nodeOf(child)->parent);
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

Qt::ItemFlags WbsTreeModel::flags(const QModelIndex& index) const
{
    const bool editable = isEditable();
    if (!index.isValid()) {
        return editable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (editable) {
        f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
        if (const core::Task* t = taskAt(index); t && isEditableCell(*t, index.column())) {
            f |= Qt::ItemIsEditable;
        }
    }
    return f;
}

QVariant WbsTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        // The header is as tall as the timeline's scale: labels sit on its bottom line.
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignBottom);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    static const char* const names[ColumnCount] = {
        QT_TR_NOOP("WBS"),         QT_TR_NOOP("Name"),         QT_TR_NOOP("Kind"),
        QT_TR_NOOP("Phase"),       QT_TR_NOOP("Owner role"),   QT_TR_NOOP("Assignee"),
        QT_TR_NOOP("Status"),      QT_TR_NOOP("Start"),        QT_TR_NOOP("Finish"),
        QT_TR_NOOP("Duration"),    QT_TR_NOOP("% complete"),   QT_TR_NOOP("Cost"),
        QT_TR_NOOP("Buffer"),      QT_TR_NOOP("Influencer"),   QT_TR_NOOP("Predecessors"),
        QT_TR_NOOP("Early start"), QT_TR_NOOP("Early finish"), QT_TR_NOOP("Late start"),
        QT_TR_NOOP("Late finish"), QT_TR_NOOP("Float")};
    if (section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (section == Predecessors) {
            return tr("WBS codes of the tasks this one depends on, e.g. \"3FS+2d; 1.2SS\"");
        }
        if (section == Float) {
            return tr("Days the task can slip without delaying the campaign");
        }
        return {};
    }
    return tr(names[section]);
}

} // namespace cd::app
