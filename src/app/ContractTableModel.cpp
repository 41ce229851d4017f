#include "ContractTableModel.h"

#include "CampaignData.h"
#include "Format.h"

#include <QStringList>

namespace cd::app {

namespace {

QString exclusivityText(const core::Contract& contract)
{
    if (contract.exclusivityCategory.empty()) {
        return {};
    }
    QString text = QString::fromStdString(contract.exclusivityCategory);
    if (contract.exclusivityStart || contract.exclusivityEnd) {
        text +=
            QStringLiteral(" (%1 – %2)")
                .arg(formatDate(contract.exclusivityStart), formatDate(contract.exclusivityEnd));
    }
    return text;
}

QString deliverablesToolTip(const core::Contract& contract)
{
    QStringList lines;
    for (const auto& d : contract.deliverables) {
        QString line = ContractTableModel::tr("%1 × %2 on %3")
                           .arg(d.quantity)
                           .arg(enumLabel(d.contentType), enumLabel(d.platform));
        if (d.dueDate) {
            line += ContractTableModel::tr(", due %1").arg(formatDate(d.dueDate));
        }
        lines << line;
    }
    return lines.isEmpty() ? QString() : plainToolTip(lines.join(QLatin1Char('\n')));
}

} // namespace

ContractTableModel::ContractTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int ContractTableModel::deliverableCount(const core::Contract& contract)
{
    int count = 0;
    for (const auto& d : contract.deliverables) {
        count += d.quantity;
    }
    return count;
}

void ContractTableModel::setCampaign(const CampaignData& data)
{
    beginResetModel();
    m_rows.clear();
    for (const auto& contract : data.snapshot.contracts) {
        const core::Influencer* influencer = data.influencer(contract.influencerId);
        m_rows.push_back({contract, influencer ? QString::fromStdString(influencer->name)
                                               : tr("Influencer #%1").arg(contract.influencerId)});
    }
    endResetModel();
}

void ContractTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ContractTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContractTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContractTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Deliverables) {
            return deliverablesToolTip(row.contract);
        }
        if (index.column() == Influencer && !row.contract.scope.empty()) {
            return plainToolTip(QString::fromStdString(row.contract.scope));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Fee || index.column() == Upfront || index.column() == Deliverables) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case RawValueRole:
        return raw(row, index.column());
    case ContractIdRole:
        return QVariant::fromValue<qint64>(row.contract.id);
    default:
        return {};
    }
}

QVariant ContractTableModel::display(const Row& row, int column) const
{
    const core::Contract& contract = row.contract;
    switch (column) {
    case Influencer:
        return row.influencerName;
    case Status:
        return enumLabel(contract.status);
    case Signed:
        return formatDate(contract.signedDate);
    case Compensation:
        return enumLabel(contract.compensation);
    case Fee:
        return formatMoney(contract.fee);
    case Upfront:
        return formatPercent(contract.upfrontPercent);
    case Exclusivity:
        return exclusivityText(contract);
    case Deliverables:
        return deliverableCount(contract);
    default:
        return {};
    }
}

QVariant ContractTableModel::raw(const Row& row, int column) const
{
    switch (column) {
    case Status:
        return static_cast<int>(row.contract.status);
    case Signed:
        return rawDate(row.contract.signedDate);
    case Compensation:
        return static_cast<int>(row.contract.compensation);
    case Fee:
        return rawMoney(row.contract.fee);
    case Upfront:
        return row.contract.upfrontPercent;
    default:
        return display(row, column);
    }
}

QVariant ContractTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Influencer:
        return tr("Influencer");
    case Status:
        return tr("Status");
    case Signed:
        return tr("Signed");
    case Compensation:
        return tr("Compensation");
    case Fee:
        return tr("Fee");
    case Upfront:
        return tr("Upfront");
    case Exclusivity:
        return tr("Exclusivity");
    case Deliverables:
        return tr("Deliverables");
    default:
        return {};
    }
}

} // namespace cd::app
