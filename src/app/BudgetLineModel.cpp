#include "BudgetLineModel.h"

#include "CampaignData.h"
#include "Format.h"

#include "io/ValueParsing.h"

namespace cd::app {

namespace {

// What an editor starts from: the stored values, amounts as plain decimals.
QVariant editText(const core::BudgetLine& line, int column)
{
    switch (column) {
    case BudgetLineModel::Category:
        return enumLabel(line.category);
    case BudgetLineModel::Description:
        return QString::fromStdString(line.description);
    case BudgetLineModel::Planned:
        return QString::fromStdString(line.planned.toDecimalString());
    case BudgetLineModel::Committed:
        return QString::fromStdString(line.committed.toDecimalString());
    default:
        return {};
    }
}

bool isEditable(int column)
{
    return column == BudgetLineModel::Category || column == BudgetLineModel::Description ||
           column == BudgetLineModel::Planned || column == BudgetLineModel::Committed;
}

// Exact: "1.234,56" and "1234.56" both become 123456 minor units, never through a double.
std::optional<core::Money> typedAmount(const QVariant& value, const std::string& currency)
{
    const auto money = io::parseMoney(value.toString().trimmed().toStdString(), currency);
    if (!money.hasValue() || money.value.minorUnits() < 0) {
        return std::nullopt;
    }
    return money.value;
}

} // namespace

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
    case Qt::EditRole:
        return editText(row.line, index.column());
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

Qt::ItemFlags BudgetLineModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editHandler && isEditable(index.column())) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

std::optional<core::BudgetLine> BudgetLineModel::edited(const core::BudgetLine& line, int column,
                                                        const QVariant& value) const
{
    core::BudgetLine after = line;
    switch (column) {
    case Category: {
        bool isNumber = false;
        const int ordinal = value.toInt(&isNumber);
        const auto category =
            isNumber ? std::optional(static_cast<core::BudgetCategory>(ordinal))
                     : core::parseEnum<core::BudgetCategory>(value.toString().toStdString());
        if (!category || core::toKey(*category).empty()) {
            return std::nullopt;
        }
        after.category = *category;
        return after;
    }
    case Description:
        after.description = value.toString().trimmed().toStdString();
        return after;
    case Planned:
    case Committed: {
        const auto money = typedAmount(value, line.planned.currency());
        if (!money) {
            return std::nullopt;
        }
        (column == Planned ? after.planned : after.committed) = *money;
        return after;
    }
    default:
        return std::nullopt;
    }
}

bool BudgetLineModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_editHandler || !isEditable(index.column()) ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const core::BudgetLine before = m_rows[static_cast<std::size_t>(index.row())].line;
    const auto after = edited(before, index.column(), value);
    if (!after || *after == before) {
        return false;
    }
    // The handler's command rewrites the file; the document's change signal reloads this model.
    return m_editHandler(before, *after);
}

const core::BudgetLine* BudgetLineModel::lineAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return &m_rows[static_cast<std::size_t>(row)].line;
}

int BudgetLineModel::rowOf(core::Id id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].line.id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace cd::app
