#include "PaymentTableModel.h"

#include "CampaignData.h"
#include "Format.h"

#include "io/ValueParsing.h"

#include <QBrush>
#include <QColor>

namespace cd::app {

namespace {

QVariant editText(const core::Payment& payment, int column)
{
    switch (column) {
    case PaymentTableModel::Description:
        return QString::fromStdString(payment.description);
    case PaymentTableModel::Amount:
        return QString::fromStdString(payment.amount.toDecimalString());
    case PaymentTableModel::Due:
        return toQString(core::toIso(payment.dueDate));
    case PaymentTableModel::Paid:
        return toQString(core::toIso(payment.paidDate));
    default:
        return {};
    }
}

bool isEditable(int column)
{
    return column == PaymentTableModel::Description || column == PaymentTableModel::Amount ||
           column == PaymentTableModel::Due || column == PaymentTableModel::Paid;
}

// Empty text clears the date; otherwise nullopt when the text is not a date.
std::optional<core::OptionalDate> typedDate(const QVariant& value)
{
    const std::string text = value.toString().trimmed().toStdString();
    if (text.empty()) {
        return core::OptionalDate{};
    }
    const auto date = io::parseDate(text);
    if (!date.hasValue()) {
        return std::nullopt;
    }
    return core::OptionalDate{date.value};
}

} // namespace

PaymentTableModel::PaymentTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void PaymentTableModel::setCampaign(const CampaignData& data)
{
    beginResetModel();
    m_payments = data.snapshot.payments;
    m_today = data.today;
    endResetModel();
}

void PaymentTableModel::clear()
{
    beginResetModel();
    m_payments.clear();
    endResetModel();
}

PaymentTableModel::PaymentState PaymentTableModel::stateOf(const core::Payment& payment) const
{
    if (payment.isPaid()) {
        return PaymentState::Paid;
    }
    return payment.isOverdue(m_today) ? PaymentState::Overdue : PaymentState::Open;
}

int PaymentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_payments.size());
}

int PaymentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::Payment& payment = m_payments[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(payment, index.column());
    case Qt::EditRole:
        return editText(payment, index.column());
    case Qt::ForegroundRole:
        if (stateOf(payment) == PaymentState::Overdue) {
            return QBrush(QColor(0xc6, 0x28, 0x28));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Amount) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case RawValueRole:
        return raw(payment, index.column());
    case PaymentIdRole:
        return QVariant::fromValue<qint64>(payment.id);
    case OverdueRole:
        return stateOf(payment) == PaymentState::Overdue;
    default:
        return {};
    }
}

QVariant PaymentTableModel::display(const core::Payment& payment, int column) const
{
    switch (column) {
    case Description:
        return QString::fromStdString(payment.description);
    case Amount:
        return formatMoney(payment.amount);
    case Due:
        return formatDate(payment.dueDate);
    case Paid:
        return formatDate(payment.paidDate);
    case State:
        switch (stateOf(payment)) {
        case PaymentState::Paid:
            return tr("Paid");
        case PaymentState::Open:
            return tr("Open");
        case PaymentState::Overdue: {
            const int days = payment.dueDate->daysUntil(m_today);
            return days == 1 ? tr("Overdue by 1 day") : tr("Overdue by %1 days").arg(days);
        }
        }
        return {};
    default:
        return {};
    }
}

QVariant PaymentTableModel::raw(const core::Payment& payment, int column) const
{
    switch (column) {
    case Amount:
        return rawMoney(payment.amount);
    case Due:
        return rawDate(payment.dueDate);
    case Paid:
        return rawDate(payment.paidDate);
    case State:
        return static_cast<int>(stateOf(payment));
    default:
        return display(payment, column);
    }
}

QVariant PaymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Description:
        return tr("Description");
    case Amount:
        return tr("Amount");
    case Due:
        return tr("Due");
    case Paid:
        return tr("Paid");
    case State:
        return tr("State");
    default:
        return {};
    }
}

Qt::ItemFlags PaymentTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editHandler && isEditable(index.column())) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

std::optional<core::Payment> PaymentTableModel::edited(const core::Payment& payment, int column,
                                                       const QVariant& value) const
{
    core::Payment after = payment;
    switch (column) {
    case Description:
        after.description = value.toString().trimmed().toStdString();
        return after;
    case Amount: {
        // Exact, as typed ("1.234,56" or "1234.56"); a payment is a positive amount.
        const auto money =
            io::parseMoney(value.toString().trimmed().toStdString(), payment.amount.currency());
        if (!money.hasValue() || money.value.minorUnits() <= 0) {
            return std::nullopt;
        }
        after.amount = money.value;
        return after;
    }
    case Due:
    case Paid: {
        const auto date = typedDate(value);
        if (!date) {
            return std::nullopt;
        }
        (column == Due ? after.dueDate : after.paidDate) = *date;
        return after;
    }
    default:
        return std::nullopt;
    }
}

bool PaymentTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_editHandler || !isEditable(index.column()) ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const core::Payment before = m_payments[static_cast<std::size_t>(index.row())];
    const auto after = edited(before, index.column(), value);
    if (!after || *after == before) {
        return false;
    }
    return m_editHandler(before, *after);
}

const core::Payment* PaymentTableModel::paymentWithId(core::Id id) const
{
    for (const auto& payment : m_payments) {
        if (payment.id == id) {
            return &payment;
        }
    }
    return nullptr;
}

} // namespace cd::app
