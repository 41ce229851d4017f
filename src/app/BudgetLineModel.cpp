#include "BudgetLineModel.h"

#include "CampaignData.h"
#include "Format.h"

namespace cd::app {

BudgetLineModel::BudgetLineModel(QObject* parent) : QAbstractTableModel(parent) {}

void BudgetLineModel::setCampaign(const CampaignData& data)
{
    beginResetModel();
    m_rows.clear();
    for (const auto& line : data.snapshot.budgetLines) {
        Row row{line, core::Money::zero(data.snapshot.campaign.currency)};
        for (const auto& payment : data.snapshot.payments) {
            if (payment.isPaid() && payment.budgetLineId == line.id) {
                row.paid += payment.amount;
            }
        }
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

void BudgetLineModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int BudgetLineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BudgetLineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetLineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (row.line.fromContingency) {
            return plainToolTip(tr("Drawn from the contingency reserve"));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Planned) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case RawValueRole:
        return raw(row, index.column());
    case LineIdRole:
        return QVariant::fromValue<qint64>(row.line.id);
    default:
        return {};
    }
}

QVariant BudgetLineModel::display(const Row& row, int column) const
{
    switch (column) {
    case Category:
        return enumLabel(row.line.category);
    case Description:
        return row.line.fromContingency
                   ? tr("%1 (contingency)").arg(QString::fromStdString(row.line.description))
                   : QString::fromStdString(row.line.description);
    case Planned:
        return formatMoney(row.line.planned);
    case Committed:
        return formatMoney(row.line.committed);
    case Paid:
        return formatMoney(row.paid);
    default:
        return {};
    }
}

QVariant BudgetLineModel::raw(const Row& row, int column) const
{
    switch (column) {
    case Category:
        return static_cast<int>(row.line.category);
    case Description:
        return QString::fromStdString(row.line.description);
    case Planned:
        return rawMoney(row.line.planned);
    case Committed:
        return rawMoney(row.line.committed);
    case Paid:
        return rawMoney(row.paid);
    default:
        return {};
    }
}

QVariant BudgetLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Category:
        return tr("Category");
    case Description:
        return tr("Description");
    case Planned:
        return tr("Planned");
    case Committed:
        return tr("Committed");
    case Paid:
        return tr("Paid");
    default:
        return {};
    }
}

} // namespace cd::app
