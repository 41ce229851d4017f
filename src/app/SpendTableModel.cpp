#include "SpendTableModel.h"

#include "Format.h"

#include <QFont>

#include <algorithm>

namespace cd::app {

SpendTableModel::SpendTableModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers))
{
}

void SpendTableModel::setRows(std::vector<Row> rows, const std::string& currency)
{
    beginResetModel();
    m_rows = std::move(rows);
    if (!m_rows.empty()) {
        const auto amountColumns =
            static_cast<std::size_t>(std::max<qsizetype>(0, m_headers.size() - 1));
        Row total{tr("Total"),
                  std::vector<core::Money>(amountColumns, core::Money::zero(currency))};
        for (const auto& row : m_rows) {
            for (std::size_t i = 0; i < amountColumns && i < row.amounts.size(); ++i) {
                total.amounts[i] += row.amounts[i];
            }
        }
        m_rows.push_back(std::move(total));
    }
    endResetModel();
}

void SpendTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int SpendTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SpendTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant SpendTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto r = static_cast<std::size_t>(index.row());
    const Row& row = m_rows[r];
    const int column = index.column();
    const core::Money* amount =
        column > 0 && static_cast<std::size_t>(column - 1) < row.amounts.size()
            ? &row.amounts[static_cast<std::size_t>(column - 1)]
            : nullptr;
    const bool isTotal = r + 1 == m_rows.size();
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0) {
            return row.label;
        }
        return amount != nullptr ? formatMoney(*amount) : QVariant();
    case Qt::TextAlignmentRole:
        if (column > 0) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::FontRole:
        if (isTotal) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case RawValueRole:
        if (column == 0) {
            return row.label;
        }
        return amount != nullptr ? rawMoney(*amount) : QVariant();
    case IsTotalRole:
        return isTotal;
    default:
        return {};
    }
}

QVariant SpendTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_headers.size()) {
        return {};
    }
    return m_headers.at(section);
}

} // namespace cd::app
