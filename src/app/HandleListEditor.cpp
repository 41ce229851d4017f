#include "HandleListEditor.h"

#include "Format.h"
#include "RosterLocale.h"

#include "io/ValueParsing.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::app {

namespace {

QString engagementText(const std::optional<double>& rate)
{
    return rate ? formatPercent(*rate * 100.0, 1) : QString();
}

QComboBox* platformCombo(core::Platform platform, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (const auto& entry : core::enumEntries<core::Platform>()) {
        combo->addItem(enumLabel(entry.value), static_cast<int>(entry.value));
    }
    combo->setCurrentIndex(combo->findData(static_cast<int>(platform)));
    combo->setFrame(false);
    return combo;
}

} // namespace

HandleListEditor::HandleListEditor(QWidget* parent)
    : QWidget(parent), m_table(new QTableWidget(0, ColumnCount, this))
{
    m_table->setObjectName(QStringLiteral("handlesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Platform"), tr("Handle"), tr("Followers"), tr("Eng. rate")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(Handle, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    header->resizeSection(Platform, metrics.horizontalAdvance(QStringLiteral("Instagram")) + 44);
    header->resizeSection(Followers, metrics.horizontalAdvance(QStringLiteral("12,345,678")) + 12);
    header->resizeSection(Engagement, metrics.horizontalAdvance(QStringLiteral("Eng. rate")) + 12);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 5);
    m_table->setMaximumHeight(m_table->fontMetrics().height() * 9);
    m_table->setToolTip(tr("The first account is the main one"));

    m_add = new QPushButton(tr("Add Account"), this);
    m_add->setObjectName(QStringLiteral("addHandle"));
    m_add->setToolTip(tr("Add another social account of this influencer"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeHandle"));
    m_remove->setToolTip(tr("Remove the selected account"));
    m_main = new QPushButton(tr("Make Main"), this);
    m_main->setObjectName(QStringLiteral("makeMainHandle"));
    m_main->setToolTip(tr("Make the selected account the main one (listed first)"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_main);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, &HandleListEditor::itemChanged);
    connect(m_add, &QPushButton::clicked, this, &HandleListEditor::addAccount);
    connect(m_remove, &QPushButton::clicked, this, &HandleListEditor::removeAccount);
    connect(m_main, &QPushButton::clicked, this, &HandleListEditor::makeMain);
}

void HandleListEditor::setHandles(const std::vector<core::Handle>& handles)
{
    m_handles = handles;
    m_filling = true;
    m_table->setRowCount(0);
    for (const auto& h : handles) {
        addRow(h);
    }
    m_filling = false;
}

void HandleListEditor::setEditable(bool editable)
{
    m_table->setEditTriggers(editable ? QAbstractItemView::DoubleClicked |
                                            QAbstractItemView::EditKeyPressed |
                                            QAbstractItemView::AnyKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
    for (QWidget* w : {static_cast<QWidget*>(m_add), static_cast<QWidget*>(m_remove),
                       static_cast<QWidget*>(m_main)}) {
        w->setEnabled(editable);
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QWidget* combo = m_table->cellWidget(row, Platform)) {
            combo->setEnabled(editable);
        }
    }
}

void HandleListEditor::addRow(const core::Handle& handle)
{
    const int row = m_table->rowCount();
    const bool filling = std::exchange(m_filling, true);
    m_table->insertRow(row);
    auto* combo = platformCombo(handle.platform, m_table);
    m_table->setCellWidget(row, Platform, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &HandleListEditor::emitEdited);
    m_table->setItem(row, Handle, new QTableWidgetItem(QString::fromStdString(handle.handle)));
    auto* followers =
        new QTableWidgetItem(handle.followers ? formatFollowers(*handle.followers) : QString());
    followers->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, Followers, followers);
    auto* engagement = new QTableWidgetItem(engagementText(handle.engagementRate));
    engagement->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, Engagement, engagement);
    m_filling = filling;
}

void HandleListEditor::itemChanged(QTableWidgetItem*)
{
    if (!m_filling) {
        emitEdited();
    }
}

void HandleListEditor::emitEdited()
{
    std::vector<core::Handle> handles;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        core::Handle h;
        const auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, Platform));
        h.platform = static_cast<core::Platform>(combo ? combo->currentData().toInt() : 0);
        h.handle = core::normaliseHandle(m_table->item(row, Handle)->text().toStdString());
        if (h.handle.empty()) {
            continue; // an account being added: it counts once it has a handle
        }
        const auto followers = io::parseCount(m_table->item(row, Followers)->text().toStdString());
        const auto rate = io::parseRate(m_table->item(row, Engagement)->text().toStdString(),
                                        io::RateScale::Percent);
        if (followers.isError() || rate.isError()) {
            const std::string& why = followers.isError() ? followers.error : rate.error;
            setHandles(m_handles);
            Q_EMIT invalidInput(QString::fromStdString(why));
            return;
        }
        h.followers = followers.hasValue() ? std::optional(followers.value) : std::nullopt;
        h.engagementRate = rate.hasValue() ? std::optional(rate.value) : std::nullopt;
        handles.push_back(std::move(h));
    }
    Q_EMIT handlesEdited(handles);
}

void HandleListEditor::addAccount()
{
    addRow({});
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, Handle);
    m_table->editItem(m_table->item(row, Handle));
}

void HandleListEditor::removeAccount()
{
    const int row = m_table->currentRow();
    if (row >= 0) {
        m_table->removeRow(row);
        emitEdited();
    }
}

void HandleListEditor::makeMain()
{
    const int row = m_table->currentRow();
    if (row <= 0 || row >= static_cast<int>(m_handles.size())) {
        return;
    }
    std::vector<core::Handle> handles = m_handles;
    std::rotate(handles.begin(), handles.begin() + row, handles.begin() + row + 1);
    Q_EMIT handlesEdited(handles);
}

} // namespace cd::app
