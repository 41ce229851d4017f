#pragma once

#include <QAbstractTableModel>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Budget.h"

#include <functional>
#include <optional>
#include <vector>

namespace cd::app {

struct CampaignData;

// The payments of one campaign; an unpaid payment past its due date is shown in red. Description,
// amount, due and paid dates are edited inline through the edit handler (an undoable command);
// an empty paid date makes a payment open again.
class PaymentTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Description, Amount, Due, Paid, State, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, PaymentIdRole, OverdueRole };

    explicit PaymentTableModel(QObject* parent = nullptr);

    // Receives inline edits; returns whether the edit was applied. Without one: read-only.
    using EditHandler = std::function<bool(const core::Payment&, const core::Payment&)>;
    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }

    void setCampaign(const CampaignData& data);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // The payment with `id`, or nullptr; every payment shown, in model order.
    const core::Payment* paymentWithId(core::Id id) const;
    const std::vector<core::Payment>& payments() const { return m_payments; }

private:
    enum class PaymentState { Paid, Open, Overdue };
    PaymentState stateOf(const core::Payment& payment) const;
    QVariant display(const core::Payment& payment, int column) const;
    QVariant raw(const core::Payment& payment, int column) const;
    std::optional<core::Payment> edited(const core::Payment& payment, int column,
                                        const QVariant& value) const;

    std::vector<core::Payment> m_payments;
    core::Date m_today;
    EditHandler m_editHandler;
};

} // namespace cd::app
