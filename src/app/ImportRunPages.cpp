// The dry run, the import itself and its result: the last pages of the import wizard.
#include "ImportWizard.h"
#include "ImportWizardPages.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "RosterLocale.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::app {

namespace {

QLabel* countLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString count(std::size_t n)
{
    return formatFollowers(static_cast<std::int64_t>(n));
}

} // namespace

ImportDryRunPage::ImportDryRunPage(ImportWizard& wizard) : m_wizard(wizard)
{
    setTitle(tr("Check what will happen"));
    setSubTitle(tr("Nothing has been written yet. Import writes everything in one step, which "
                   "Edit ▸ Undo takes back."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_new = countLabel("importNewCount", this);
    m_updated = countLabel("importUpdatedCount", this);
    m_skipped = countLabel("importSkippedCount", this);
    m_rejected = countLabel("importRejectedCount", this);
    m_rejects = new QTreeWidget(this);
    m_rejects->setObjectName(QStringLiteral("importRejects"));
    m_rejects->setHeaderLabels({tr("Line"), tr("Why it cannot be imported")});
    m_rejects->setRootIsDecorated(false);
    m_rejects->setUniformRowHeights(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto* counts = new QFormLayout;
    counts->addRow(tr("New influencers:"), m_new);
    counts->addRow(tr("Updated:"), m_updated);
    counts->addRow(tr("Skipped (already in the roster):"), m_skipped);
    counts->addRow(tr("Rejected rows:"), m_rejected);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(counts);
    layout->addWidget(m_rejects, 1);
    layout->addWidget(m_status);
}

void ImportDryRunPage::initializePage()
{
    m_status->clear();
    m_rejects->clear();
    core::ImportSummary summary;
    try {
        summary = m_wizard.dryRun();
    } catch (const std::exception& e) {
        m_status->setText(tr("The dry run failed: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    m_new->setText(count(summary.imported));
    m_updated->setText(count(summary.updated));
    m_skipped->setText(count(summary.skipped));
    m_rejected->setText(count(summary.rejected));
    for (const auto& error : summary.errors) {
        new QTreeWidgetItem(m_rejects,
                            {QString::number(error.line), QString::fromStdString(error.message)});
    }
    m_rejects->setVisible(!summary.errors.empty());
    m_rejects->resizeColumnToContents(0);
}

bool ImportDryRunPage::validatePage()
{
    m_status->clear();
    if (m_wizard.runImport()) {
        return true;
    }
    if (m_wizard.cancelled()) {
        m_status->setText(tr("The import was cancelled; nothing was changed."));
    }
    return false;
}

ImportResultPage::ImportResultPage(ImportWizard& wizard) : m_wizard(wizard)
{
    setTitle(tr("Import finished"));
    setFinalPage(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importResult"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_saveRejects = new QPushButton(tr("Save Rejected Rows…"), this);
    m_saveRejects->setObjectName(QStringLiteral("saveRejects"));
    m_saveRejects->setToolTip(tr("A CSV with the rejected rows, their line and the reason, to "
                                 "fix and import again"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_saveRejects, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_saveRejects, &QPushButton::clicked, this, &ImportResultPage::saveRejects);
}

void ImportResultPage::initializePage()
{
    const auto& result = m_wizard.result();
    if (!result) {
        return;
    }
    QString text =
        tr("%1 new influencers added, %2 updated, %3 skipped.")
            .arg(count(result->imported), count(result->updated), count(result->skipped));
    if (result->rejected > 0) {
        text += QLatin1Char(' ') +
                tr("%1 rows were rejected: save them to fix them and import them again.")
                    .arg(count(result->rejected));
    }
    m_summary->setText(text);
    m_saveRejects->setVisible(result->rejected > 0);
}

void ImportResultPage::saveRejects()
{
    QString path = FileDialog::getSaveFileName(this, tr("Save Rejected Rows"), m_wizard.folder(),
                                               tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".csv");
    }
    try {
        services::writeFileBytes(path.toStdString(), services::rejectsCsv(m_wizard.prepared()));
    } catch (const std::exception& e) {
        MessageBox::warning(this, tr("Cannot save the rejected rows"),
                            QString::fromStdString(e.what()));
    }
}

} // namespace cd::app
