#include "ContractTableModel.h"

#include "CampaignData.h"
#include "Format.h"

#include "core/ContractChecks.h"
#include "io/ValueParsing.h"

#include <QApplication>
#include <QStringList>
#include <QStyle>

#include <algorithm>
#include <iterator>

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

QString warningsToolTip(const std::vector<core::Issue>& warnings)
{
    QStringList lines;
    for (const auto& issue : warnings) {
        lines << QString::fromStdString(issue.message);
    }
    return lines.isEmpty() ? QString() : plainToolTip(lines.join(QLatin1Char('\n')));
}

QVariant editText(const core::Contract& contract, int column)
{
    switch (column) {
    case ContractTableModel::Status:
        return enumLabel(contract.status);
    case ContractTableModel::Signed:
        return formatDate(contract.signedDate);
    case ContractTableModel::Fee:
        return QString::fromStdString(contract.fee.toDecimalString());
    case ContractTableModel::Upfront:
        return contract.upfrontPercent;
    default:
        return {};
    }
}

bool isEditable(int column)
{
    return column == ContractTableModel::Status || column == ContractTableModel::Signed ||
           column == ContractTableModel::Fee || column == ContractTableModel::Upfront;
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
    const auto& contracts = data.snapshot.contracts;
    for (const auto& contract : contracts) {
        const core::Influencer* influencer = data.influencer(contract.influencerId);
        std::vector<core::Contract> ofInfluencer;
        std::copy_if(
            contracts.begin(), contracts.end(), std::back_inserter(ofInfluencer),
            [&](const core::Contract& c) { return c.influencerId == contract.influencerId; });
        Row row{contract,
                influencer ? QString::fromStdString(influencer->name)
                           : tr("Influencer #%1").arg(contract.influencerId),
                core::computeFee(contract, data.snapshot.content),
                core::contractWarnings(contract, data.snapshot, ofInfluencer, data.today)};
        m_rows.push_back(std::move(row));
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
    case Qt::EditRole:
        return editText(row.contract, index.column());
    case Qt::DecorationRole:
        if (index.column() == Warnings && !row.warnings.empty()) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Warnings) {
            return warningsToolTip(row.warnings);
        }
        if (index.column() == ComputedFee) {
            return plainToolTip(QString::fromStdString(row.fee.explanation));
        }
        if (index.column() == Deliverables) {
            return deliverablesToolTip(row.contract);
        }
        if (index.column() == Influencer && !row.contract.scope.empty()) {
            return plainToolTip(QString::fromStdString(row.contract.scope));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Fee || index.column() == ComputedFee || index.column() == Upfront ||
            index.column() == Deliverables) {
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
    case ComputedFee:
        return formatMoney(row.fee.total);
    case Upfront:
        return formatPercent(contract.upfrontPercent);
    case Exclusivity:
        return exclusivityText(contract);
    case Deliverables:
        return deliverableCount(contract);
    case Warnings:
        return row.warnings.empty() ? QVariant() : QVariant(static_cast<int>(row.warnings.size()));
    case Assignee:
        return QString::fromStdString(contract.assignee);
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
    case ComputedFee:
        return rawMoney(row.fee.total);
    case Warnings:
        return static_cast<int>(row.warnings.size());
    case Upfront:
        return row.contract.upfrontPercent;
    default:
        return display(row, column);
    }
}

Qt::ItemFlags ContractTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editHandler && isEditable(index.column())) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

std::optional<core::Contract> ContractTableModel::edited(const Row& row, int column,
                                                         const QVariant& value) const
{
    core::Contract after = row.contract;
    const std::string text = value.toString().trimmed().toStdString();
    switch (column) {
    case Status: {
        const auto status = core::parseEnum<core::ContractStatus>(text);
        if (!status) {
            return std::nullopt;
        }
        after.status = *status;
        break;
    }
    case Signed: {
        if (text.empty()) {
            after.signedDate.reset();
            break;
        }
        const auto date = io::parseDate(text);
        if (!date.hasValue()) {
            return std::nullopt;
        }
        after.signedDate = date.value;
        break;
    }
    case Fee: {
        // Exact: parsed into minor units in the contract's currency, never through a double.
        const auto money = io::parseMoney(text, after.fee.currency());
        if (!money.hasValue() || money.value.minorUnits() < 0) {
            return std::nullopt;
        }
        after.fee = money.value;
        break;
    }
    case Upfront: {
        bool ok = false;
        const double percent = value.toString().remove(QLatin1Char('%')).trimmed().toDouble(&ok);
        if (!ok || percent < 0.0 || percent > 100.0) {
            return std::nullopt;
        }
        after.upfrontPercent = percent;
        break;
    }
    default:
        return std::nullopt;
    }
    return after;
}

bool ContractTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_editHandler || !isEditable(index.column()) ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto after = edited(row, index.column(), value);
    if (!after || *after == row.contract) {
        return false;
    }
    // The handler's command rewrites the file; the document's change signal reloads this model.
    const core::Contract before = row.contract;
    return m_editHandler(before, *after);
}

int ContractTableModel::rowOf(core::Id id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].contract.id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

const core::Contract* ContractTableModel::contractAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)].contract : nullptr;
}

const core::ContractFee* ContractTableModel::feeAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)].fee : nullptr;
}

const std::vector<core::Issue>* ContractTableModel::warningsAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)].warnings : nullptr;
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
    case ComputedFee:
        return tr("Fee due");
    case Warnings:
        return tr("Warnings");
    case Upfront:
        return tr("Upfront");
    case Exclusivity:
        return tr("Exclusivity");
    case Deliverables:
        return tr("Deliverables");
    case Assignee:
        return tr("Looked after by");
    default:
        return {};
    }
}

const core::Contract* ContractTableModel::contractOf(core::Id influencerId) const
{
    for (const auto& row : m_rows) {
        if (row.contract.influencerId == influencerId) {
            return &row.contract;
        }
    }
    return nullptr;
}

} // namespace cd::app
