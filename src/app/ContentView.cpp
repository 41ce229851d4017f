#include "ContentView.h"

#include "ActionTips.h"
#include "CampaignData.h"
#include "ContentCommands.h"
#include "ContentDelegate.h"
#include "ContentTableModel.h"
#include "EmptyState.h"
#include "MessageBox.h"
#include "TableSetup.h"
#include "WorkbookDocument.h"

#include "platform/Clock.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace cd::app {

ContentView::ContentView(QWidget* parent) : QWidget(parent), m_model(new ContentTableModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add = m_toolBar->addAction(tr("&Add"), this, &ContentView::addItem);
    m_add->setObjectName(QStringLiteral("addContentAction"));
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    setActionTips(m_add, tr("Add a piece of content to the campaign"));
    m_delete = m_toolBar->addAction(tr("&Delete"), this, &ContentView::deleteSelected);
    m_delete->setObjectName(QStringLiteral("deleteContentAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    setActionTips(m_delete, tr("Delete the selected content"));
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setContentsMargins(12, 0, 0, 0);
    m_toolBar->addWidget(m_summary);
    layout->addWidget(m_toolBar);

    m_pages = new QStackedWidget(this);
    m_table = makeSortableTable(m_model, ContentTableModel::RawValueRole,
                                QStringLiteral("contentTable"), m_pages);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setItemDelegate(new ContentDelegate(m_model, m_table));
    // The keys act on the table only: inside an open editor, Delete deletes a character.
    for (QAction* action : {m_add, m_delete}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(action);
    }
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_empty = new QLabel(m_pages);
    m_empty->setObjectName(QStringLiteral("contentEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_empty);
    layout->addWidget(m_pages, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContentView::updateActions);
    connect(m_model, &ContentTableModel::invalidValue, this,
            [this](int column, const QString& text) {
                const QString field = m_model->headerData(column, Qt::Horizontal).toString();
                MessageBox::warning(this, tr("Edit content"),
                                    tr("“%1” is not a valid value for %2.").arg(text, field));
            });
    updateActions();
}

void ContentView::setDocument(WorkbookDocument* document)
{
    m_document = document;
    m_model->setEditHandler([this](const core::ContentItem& item, ContentField field,
                                   const ContentValue& after) {
        if (!m_document || !m_document->isOpen()) {
            return false;
        }
        const QString what =
            m_model->headerData(static_cast<int>(field), Qt::Horizontal).toString();
        return m_document->push(new ChangeContentField(*m_document, item.campaignId, item.id, field,
                                                       fieldValue(item, field), after,
                                                       tr("Edit content %1").arg(what.toLower())));
    });
    updateActions();
}

void ContentView::setCampaign(const CampaignData& campaign)
{
    const auto selected = selectedIds();
    const QModelIndex current = m_table->currentIndex();
    const int currentColumn = current.isValid() ? current.column() : 0;
    const bool otherCampaign = m_campaignId != campaign.snapshot.campaign.id;
    m_campaignId = campaign.snapshot.campaign.id;
    m_model->setCampaign(campaign);
    // Widths the user set stay while they edit the campaign.
    if (otherCampaign) {
        fitColumns(m_table);
        // Links and titles have tool tips: narrower, they leave room for the metrics.
        QHeaderView* header = m_table->horizontalHeader();
        for (const auto& [column, width] :
             {std::pair{ContentTableModel::Title, 240}, std::pair{ContentTableModel::Url, 160}}) {
            header->resizeSection(column, std::min(header->sectionSize(column), width));
        }
    }
    const auto& content = campaign.snapshot.content;
    const auto published = std::count_if(content.begin(), content.end(), [](const auto& item) {
        return item.approval == core::ApprovalStatus::Published;
    });
    m_summary->setText(tr("%1 items, %2 published").arg(content.size()).arg(published));
    m_empty->setText(emptyHint());
    m_pages->setCurrentWidget(content.empty() ? static_cast<QWidget*>(m_empty) : m_table);
    // A reload of other rows resets the table: select again what was selected.
    if (!selected.empty() && !m_table->selectionModel()->hasSelection()) {
        for (const core::Id id : selected) {
            selectItem(id);
        }
        const QModelIndex now = m_table->currentIndex();
        if (now.isValid()) {
            m_table->selectionModel()->setCurrentIndex(now.siblingAtColumn(currentColumn),
                                                       QItemSelectionModel::NoUpdate);
        }
    }
    updateActions();
}

void ContentView::setWorkFilter(const core::PersonWork* work)
{
    if (work == nullptr) {
        setRowFilter(m_table, nullptr);
        return;
    }
    setRowFilter(m_table, [this, ids = work->content](int row) {
        const core::ContentItem* item = m_model->itemAt(row);
        return item != nullptr && ids.contains(item->id);
    });
}

QString ContentView::emptyHint() const
{
    const QString none = noCampaignHint(m_document && m_document->isOpen(), m_campaignId != 0);
    if (!none.isEmpty()) {
        return none;
    }
    return tr("No content yet — Add a post (Add, %1) or import a CSV with campaigndesk-cli "
              "import-content")
        .arg(m_add->shortcut().toString(QKeySequence::NativeText));
}

void ContentView::clear()
{
    m_campaignId = 0;
    m_model->clear();
    m_summary->clear();
    m_empty->setText(emptyHint());
    m_pages->setCurrentWidget(m_empty);
    updateActions();
}

bool ContentView::selectItem(core::Id id)
{
    auto* proxy = m_table->model();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex index = proxy->index(r, 0);
        if (index.data(ContentTableModel::ContentIdRole).toLongLong() == id) {
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::Select |
                                                                  QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

std::vector<core::Id> ContentView::selectedIds() const
{
    std::vector<core::Id> ids;
    auto rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows) {
        ids.push_back(index.data(ContentTableModel::ContentIdRole).toLongLong());
    }
    return ids;
}

void ContentView::updateActions()
{
    const bool canEdit = m_document && m_document->canEdit() && m_campaignId != 0;
    m_add->setEnabled(canEdit);
    // A read-only workbook opens no editors (rather than refusing every edit after it is typed).
    m_table->setEditTriggers(canEdit ? QAbstractItemView::DoubleClicked |
                                           QAbstractItemView::EditKeyPressed |
                                           QAbstractItemView::AnyKeyPressed
                                     : QAbstractItemView::NoEditTriggers);
    m_delete->setEnabled(canEdit && m_table->selectionModel()->hasSelection());
}

void ContentView::addItem()
{
    if (!m_document || !m_document->canEdit() || m_campaignId == 0) {
        return;
    }
    core::ContentItem item;
    item.campaignId = m_campaignId;
    item.plannedDate = platform::today();
    auto* command = new AddContent(*m_document, item, tr("Add content"));
    if (!m_document->push(command)) {
        return;
    }
    m_table->clearSelection();
    if (selectItem(command->itemId())) {
        m_table->setFocus();
    }
}

void ContentView::deleteSelected()
{
    const auto ids = selectedIds();
    if (!m_document || !m_document->canEdit() || ids.empty()) {
        return;
    }
    QString question;
    if (ids.size() == 1) {
        const core::ContentItem* item = m_model->itemAt(m_model->rowOf(ids.front()));
        const QString title = item ? QString::fromStdString(item->title) : QString();
        question = title.isEmpty() ? tr("Delete the selected content item?")
                                   : tr("Delete “%1”?").arg(title);
    } else {
        question = tr("Delete the %1 selected content items?").arg(ids.size());
    }
    const auto answer = MessageBox::question(this, tr("Delete content"), question,
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    m_document->push(new DeleteContent(
        *m_document, m_campaignId, ids,
        ids.size() == 1 ? tr("Delete content") : tr("Delete %1 content items").arg(ids.size())));
}

} // namespace cd::app
