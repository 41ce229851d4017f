#include "ContractItemsEditor.h"

#include "Format.h"

#include "io/ValueParsing.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace cd::app {

namespace {

// Picks an enum's label from a list instead of typing it.
template <class E> class EnumDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        for (const auto& entry : core::enumEntries<E>()) {
            combo->addItem(enumLabel(entry.value));
        }
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(std::max(0, combo->findText(index.data().toString())));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentText());
    }
};

QString cellText(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item == nullptr ? QString() : item->data(Qt::EditRole).toString().trimmed();
}

// Empty text: no date; nullopt when the text is not a date.
std::optional<core::OptionalDate> dateCell(const QTableWidget* table, int row, int column)
{
    const std::string text = cellText(table, row, column).toStdString();
    if (text.empty()) {
        return core::OptionalDate{};
    }
    const auto date = io::parseDate(text);
    if (!date.hasValue()) {
        return std::nullopt;
    }
    return core::OptionalDate{date.value};
}

std::optional<int> intCell(const QTableWidget* table, int row, int column, int minimum)
{
    bool ok = false;
    const int value = cellText(table, row, column).toInt(&ok);
    return ok && value >= minimum ? std::optional(value) : std::nullopt;
}

// A cell shows the label in the interface's language; the English label and key read too.
template <class E> std::optional<E> enumCell(const QTableWidget* table, int row, int column)
{
    const QString text = cellText(table, row, column);
    for (const auto& entry : core::enumEntries<E>()) {
        if (text == enumLabel(entry.value)) {
            return entry.value;
        }
    }
    return core::parseEnum<E>(text.toStdString());
}

std::optional<std::vector<core::ContractDeliverable>> readDeliverables(const QTableWidget* t)
{
    std::vector<core::ContractDeliverable> out;
    for (int r = 0; r < t->rowCount(); ++r) {
        using E = ContractItemsEditor;
        const auto type = enumCell<core::ContentType>(t, r, E::ContentType);
        const auto platform = enumCell<core::Platform>(t, r, E::Platform);
        const auto quantity = intCell(t, r, E::Quantity, 1);
        const auto due = dateCell(t, r, E::Due);
        if (!type || !platform || !quantity || !due) {
            return std::nullopt;
        }
        out.push_back({*type, *platform, *quantity, *due});
    }
    return out;
}

std::optional<std::vector<core::ProductShipment>> readShipments(const QTableWidget* t)
{
    std::vector<core::ProductShipment> out;
    for (int r = 0; r < t->rowCount(); ++r) {
        using E = ContractItemsEditor;
        const auto spares = intCell(t, r, E::Spares, 0);
        const auto shipped = dateCell(t, r, E::Shipped);
        const auto received = dateCell(t, r, E::Received);
        if (!spares || !shipped || !received) {
            return std::nullopt;
        }
        out.push_back({cellText(t, r, E::Items).toStdString(),
                       cellText(t, r, E::Sizes).toStdString(), *spares, *shipped, *received});
    }
    return out;
}

QTableWidget* makeTable(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setMinimumHeight(90);
    return table;
}

} // namespace

ContractItemsEditor::ContractItemsEditor(Change change, QWidget* parent)
    : QWidget(parent), m_change(std::move(change))
{
    m_deliverables = makeTable({tr("Content"), tr("Platform"), tr("Qty"), tr("Due")},
                               QStringLiteral("contractDeliverables"), this);
    m_deliverables->setItemDelegateForColumn(ContentType,
                                             new EnumDelegate<core::ContentType>(m_deliverables));
    m_deliverables->setItemDelegateForColumn(Platform,
                                             new EnumDelegate<core::Platform>(m_deliverables));
    m_shipments = makeTable({tr("Items"), tr("Sizes"), tr("Spares"), tr("Shipped"), tr("Received")},
                            QStringLiteral("contractShipments"), this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(section(tr("Deliverables"), m_deliverables,
                              &ContractItemsEditor::addDeliverable,
                              &ContractItemsEditor::removeSelectedDeliverable));
    layout->addWidget(section(tr("Product shipments"), m_shipments,
                              &ContractItemsEditor::addShipment,
                              &ContractItemsEditor::removeSelectedShipment));
    connect(m_deliverables, &QTableWidget::itemChanged, this,
            &ContractItemsEditor::deliverableEdited);
    connect(m_shipments, &QTableWidget::itemChanged, this, &ContractItemsEditor::shipmentEdited);
}

QWidget* ContractItemsEditor::section(const QString& title, QTableWidget* table,
                                      void (ContractItemsEditor::*add)(),
                                      void (ContractItemsEditor::*remove)())
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(title, box));
    bar->addStretch(1);
    auto* addButton = new QPushButton(tr("Add"), box);
    addButton->setObjectName(table->objectName() + QStringLiteral("Add"));
    addButton->setToolTip(tr("Add a row to this list"));
    connect(addButton, &QPushButton::clicked, this, add);
    auto* removeButton = new QPushButton(tr("Remove"), box);
    removeButton->setObjectName(table->objectName() + QStringLiteral("Remove"));
    removeButton->setToolTip(tr("Remove the selected row from this list"));
    connect(removeButton, &QPushButton::clicked, this, remove);
    bar->addWidget(addButton);
    bar->addWidget(removeButton);
    layout->addLayout(bar);
    layout->addWidget(table);
    return box;
}

void ContractItemsEditor::setRow(QTableWidget* table, int row, const QVariantList& values)
{
    for (int c = 0; c < values.size(); ++c) {
        // Reuse the cell: refills happen while the table reports an edit of that very item.
        if (QTableWidgetItem* item = table->item(row, c)) {
            item->setData(Qt::EditRole, values[c]);
            continue;
        }
        auto* item = new QTableWidgetItem;
        item->setData(Qt::EditRole, values[c]); // an int is edited with a spin box
        if (values[c].typeId() == QMetaType::Int) {
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        table->setItem(row, c, item);
    }
}

void ContractItemsEditor::setContract(const core::Contract* contract)
{
    m_filling = true;
    const int deliverables = contract ? static_cast<int>(contract->deliverables.size()) : 0;
    m_deliverables->setRowCount(deliverables);
    for (int r = 0; r < deliverables; ++r) {
        const auto& d = contract->deliverables[static_cast<std::size_t>(r)];
        setRow(
            m_deliverables, r,
            {enumLabel(d.contentType), enumLabel(d.platform), d.quantity, formatDate(d.dueDate)});
    }
    const int shipments = contract ? static_cast<int>(contract->shipments.size()) : 0;
    m_shipments->setRowCount(shipments);
    for (int r = 0; r < shipments; ++r) {
        const auto& s = contract->shipments[static_cast<std::size_t>(r)];
        setRow(m_shipments, r,
               {QString::fromStdString(s.items), QString::fromStdString(s.sizes), s.spares,
                formatDate(s.shippedDate), formatDate(s.receivedDate)});
    }
    m_filling = false;
}

void ContractItemsEditor::deliverableEdited()
{
    if (m_filling) {
        return;
    }
    m_change(tr("Edit deliverable"), [this](core::Contract& c) {
        auto list = readDeliverables(m_deliverables);
        if (list) {
            c.deliverables = std::move(*list);
        }
        return list.has_value();
    });
}

void ContractItemsEditor::shipmentEdited()
{
    if (m_filling) {
        return;
    }
    m_change(tr("Edit shipment"), [this](core::Contract& c) {
        auto list = readShipments(m_shipments);
        if (list) {
            c.shipments = std::move(*list);
        }
        return list.has_value();
    });
}

void ContractItemsEditor::addDeliverable()
{
    m_change(tr("Add deliverable"), [](core::Contract& c) {
        c.deliverables.push_back(core::ContractDeliverable{});
        return true;
    });
}

void ContractItemsEditor::removeSelectedDeliverable()
{
    const int row = m_deliverables->currentRow();
    m_change(tr("Remove deliverable"), [row](core::Contract& c) {
        if (row < 0 || row >= static_cast<int>(c.deliverables.size())) {
            return false;
        }
        c.deliverables.erase(c.deliverables.begin() + row);
        return true;
    });
}

void ContractItemsEditor::addShipment()
{
    m_change(tr("Add shipment"), [](core::Contract& c) {
        c.shipments.push_back(core::ProductShipment{});
        return true;
    });
}

void ContractItemsEditor::removeSelectedShipment()
{
    const int row = m_shipments->currentRow();
    m_change(tr("Remove shipment"), [row](core::Contract& c) {
        if (row < 0 || row >= static_cast<int>(c.shipments.size())) {
            return false;
        }
        c.shipments.erase(c.shipments.begin() + row);
        return true;
    });
}

} // namespace cd::app
