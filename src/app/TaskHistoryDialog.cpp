#include "TaskHistoryDialog.h"

#include "TaskCommand.h"
#include "WorkbookDocument.h"

#include "storage/Database.h"
#include "storage/TaskHistory.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace cd::app {

namespace {

// The reason of the rows of one change, from what each had to one text.
class ChangeHistoryReason final : public TaskCommand {
public:
    ChangeHistoryReason(WorkbookDocument& document, core::Id campaignId,
                        std::vector<storage::TaskHistoryEntry> rows, std::string after)
        : TaskCommand(document, campaignId, TaskHistoryDialog::tr("Give a reason")),
          m_rows(std::move(rows)), m_after(std::move(after))
    {
    }

    void redo() override { apply(true); }
    void undo() override { apply(false); }

private:
    void apply(bool forward)
    {
        write([&](storage::Database& db) {
            storage::TaskHistory history(db);
            for (const auto& row : m_rows) {
                history.setReason(row.id, forward ? m_after : row.reason);
            }
        });
    }

    std::vector<storage::TaskHistoryEntry> m_rows; // as they were, reasons included
    std::string m_after;
};

QString fieldLabel(const std::string& field)
{
    if (field == "start") {
        return TaskHistoryDialog::tr("Start");
    }
    if (field == "finish") {
        return TaskHistoryDialog::tr("Finish");
    }
    if (field == "duration_days") {
        return TaskHistoryDialog::tr("Duration (days)");
    }
    return QString::fromStdString(field);
}

QTableWidgetItem* cell(const std::string& text)
{
    auto* item =
        new QTableWidgetItem(text.empty() ? QStringLiteral("–") : QString::fromStdString(text));
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

TaskHistoryDialog::TaskHistoryDialog(WorkbookDocument* document, core::Id campaignId,
                                     core::Id taskId, const QString& taskTitle, QWidget* parent)
    : QDialog(parent), m_document(document), m_campaignId(campaignId), m_taskId(taskId),
      m_table(new QTableWidget(0, ColumnCount, this)), m_empty(new QLabel(this)),
      m_reason(new QLineEdit(this)), m_save(new QPushButton(tr("Save reason"), this))
{
    setObjectName(QStringLiteral("taskHistoryDialog"));
    setWindowTitle(tr("Task History: %1").arg(taskTitle));
    m_table->setObjectName(QStringLiteral("taskHistoryTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Changed on"), tr("Field"), tr("From"), tr("To"), tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_empty->setObjectName(QStringLiteral("taskHistoryEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setText(tr("No changes to this task's dates yet."));
    m_reason->setObjectName(QStringLiteral("taskHistoryReason"));
    m_reason->setPlaceholderText(tr("Why the latest change was made"));
    m_save->setObjectName(QStringLiteral("taskHistorySaveReason"));

    auto* reasonRow = new QHBoxLayout;
    reasonRow->addWidget(new QLabel(tr("Reason:"), this));
    reasonRow->addWidget(m_reason, 1);
    reasonRow->addWidget(m_save);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addLayout(reasonRow);
    layout->addWidget(buttons);
    resize(640, 320);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &TaskHistoryDialog::saveReason);
    connect(m_reason, &QLineEdit::returnPressed, this, &TaskHistoryDialog::saveReason);
    if (document) {
        connect(document, &WorkbookDocument::changed, this,
                [this](WorkbookDocument::Scopes, core::Id campaign) {
                    if (campaign == 0 || campaign == m_campaignId) {
                        reload();
                    }
                });
        connect(document, &WorkbookDocument::closed, this, &QDialog::reject);
    }
    reload();
}

void TaskHistoryDialog::reload()
{
    std::vector<storage::TaskHistoryEntry> entries;
    if (m_document && m_document->isOpen()) {
        try {
            entries = storage::TaskHistory(m_document->workbook().db()).list(m_taskId);
        } catch (const std::exception& e) {
            spdlog::warn("reading the history of task {} failed: {}", m_taskId, e.what());
        }
    }
    m_table->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < static_cast<int>(entries.size()); ++row) {
        const auto& e = entries[static_cast<std::size_t>(row)];
        m_table->setItem(row, When, cell(e.changedOn));
        auto* field = cell(e.field);
        field->setText(fieldLabel(e.field));
        m_table->setItem(row, Field, field);
        m_table->setItem(row, From, cell(e.oldValue));
        m_table->setItem(row, To, cell(e.newValue));
        m_table->setItem(row, Reason, cell(e.reason));
    }
    m_latestReason = entries.empty() ? QString() : QString::fromStdString(entries.back().reason);
    m_empty->setVisible(entries.empty());
    const bool editable = !entries.empty() && m_document && m_document->canEdit();
    m_reason->setEnabled(editable);
    m_save->setEnabled(editable);
    if (!m_reason->isModified()) {
        m_reason->setText(m_latestReason);
    }
}

bool TaskHistoryDialog::saveReason()
{
    const QString reason = m_reason->text().trimmed();
    if (!m_document || !m_document->canEdit() || reason == m_latestReason) {
        return false;
    }
    std::vector<storage::TaskHistoryEntry> rows;
    try {
        rows = storage::TaskHistory(m_document->workbook().db()).latestChange(m_taskId);
    } catch (const std::exception& e) {
        spdlog::warn("reading the history of task {} failed: {}", m_taskId, e.what());
    }
    if (rows.empty()) {
        return false;
    }
    m_reason->setModified(false);
    return m_document->push(
        new ChangeHistoryReason(*m_document, m_campaignId, std::move(rows), reason.toStdString()));
}

} // namespace cd::app
