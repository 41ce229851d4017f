#pragma once

#include <QAbstractTableModel>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Budget.h"

#include <vector>

namespace cd::app {

struct CampaignData;

// The payments of one campaign; an unpaid payment past its due date is shown in red.
class PaymentTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Description, Amount, Due, Paid, State, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, PaymentIdRole, OverdueRole };

    explicit PaymentTableModel(QObject* parent = nullptr);

    void setCampaign(const CampaignData& data);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The payment with `id`, or nullptr; every payment shown, in model order.
    const core::Payment* paymentWithId(core::Id id) const;
    const std::vector<core::Payment>& payments() const { return m_payments; }

private:
    enum class PaymentState { Paid, Open, Overdue };
    PaymentState stateOf(const core::Payment& payment) const;
    QVariant display(const core::Payment& payment, int column) const;
    QVariant raw(const core::Payment& payment, int column) const;

    std::vector<core::Payment> m_payments;
    core::Date m_today;
};

} // namespace cd::app
