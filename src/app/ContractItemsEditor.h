#pragma once

#include <QVariantList>
#include <QWidget>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Contract.h"

#include <functional>

class QTableWidget;

namespace cd::app {

// The lists inside a contract, as two small editable tables with Add/Remove buttons: the
// deliverables (content type, platform, quantity, due date) and the product shipments (items,
// sizes, spares, shipped and received dates). Each finished edit, addition or removal is handed to
// `change` as one modification of the contract (the owner pushes one undoable command); text
// that is not valid is refused and the owner shows the stored lists again.
class ContractItemsEditor final : public QWidget {
    Q_OBJECT

public:
    enum DeliverableColumn { ContentType, Platform, Quantity, Due, DeliverableColumnCount };
    enum ShipmentColumn { Items, Sizes, Spares, Shipped, Received, ShipmentColumnCount };

    using Change = std::function<void(const QString& undoText,
                                      const std::function<bool(core::Contract&)>& change)>;

    explicit ContractItemsEditor(Change change, QWidget* parent = nullptr);

    // Shows the contract's lists (nullptr: empty tables).
    void setContract(const core::Contract* contract);

    QTableWidget* deliverablesTable() const { return m_deliverables; }
    QTableWidget* shipmentsTable() const { return m_shipments; }

    void addDeliverable();
    void removeSelectedDeliverable();
    void addShipment();
    void removeSelectedShipment();

private:
    QWidget* section(const QString& title, QTableWidget* table, void (ContractItemsEditor::*add)(),
                     void (ContractItemsEditor::*remove)());
    void deliverableEdited();
    void shipmentEdited();
    void setRow(QTableWidget* table, int row, const QVariantList& values);

    Change m_change;
    QTableWidget* m_deliverables = nullptr;
    QTableWidget* m_shipments = nullptr;
    bool m_filling = false;
};

} // namespace cd::app
