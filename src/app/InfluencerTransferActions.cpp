#include "InfluencerTransferActions.h"

#include "ActionTips.h"
#include "BusyNotice.h"
#include "CampaignTabs.h"
#include "FileDialog.h"
#include "ImportWizard.h"
#include "InfluencerRosterModel.h"
#include "InfluencerTracker.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RosterLocale.h"
#include "WorkbookDocument.h"

#include "services/InfluencerTransfer.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace cd::app {

namespace {

std::optional<std::optional<ExportChoice>> g_nextChoice;

} // namespace

InfluencerTransferActions::InfluencerTransferActions(MainWindow& window, QMenu* fileMenu,
                                                     QAction* before)
    : QObject(&window), m_window(window)
{
    m_import = new QAction(tr("&Import Influencers…"), this);
    m_import->setObjectName(QStringLiteral("actionImportInfluencers"));
    setActionTips(m_import, tr("Add influencers from a CSV file to the roster"));
    m_export = new QAction(tr("&Export Influencers…"), this);
    m_export->setObjectName(QStringLiteral("actionExportInfluencers"));
    setActionTips(m_export, tr("Write the roster, or the rows shown, to a CSV file"));
    fileMenu->insertAction(before, m_import);
    fileMenu->insertAction(before, m_export);
    fileMenu->insertSeparator(before);
    connect(m_import, &QAction::triggered, this, &InfluencerTransferActions::importInfluencers);
    connect(m_export, &QAction::triggered, this, &InfluencerTransferActions::exportInfluencers);
    WorkbookDocument* document = window.document();
    connect(document, &WorkbookDocument::opened, this, &InfluencerTransferActions::updateEnabled);
    connect(document, &WorkbookDocument::closed, this, &InfluencerTransferActions::updateEnabled);
    connect(window.campaignTabs()->influencerTracker(), &InfluencerTracker::importRequested, this,
            &InfluencerTransferActions::importInfluencers);
    updateEnabled();
}

void InfluencerTransferActions::updateEnabled()
{
    const WorkbookDocument* document = m_window.document();
    m_import->setEnabled(document->canEdit());
    m_export->setEnabled(document->isOpen());
}

QString InfluencerTransferActions::folder() const
{
    const QString path = m_window.workbookPath();
    return path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                          : QFileInfo(path).absolutePath();
}

void InfluencerTransferActions::importInfluencers()
{
    WorkbookDocument* document = m_window.document();
    if (!document->canEdit()) {
        MessageBox::information(&m_window, tr("Import Influencers"),
                                tr("Open a workbook that can be changed first."));
        return;
    }
    auto* wizard = new ImportWizard(*document, &m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setFolder(folder());
    InfluencerTracker* tracker = m_window.campaignTabs()->influencerTracker();
    connect(wizard, &QWizard::accepted, tracker,
            [tracker, &window = m_window] { window.campaignTabs()->setCurrentWidget(tracker); });
    wizard->open();
}

void InfluencerTransferActions::exportInfluencers()
{
    if (!m_window.hasWorkbook()) {
        return;
    }
    InfluencerRosterModel* model = m_window.campaignTabs()->influencerTracker()->model();
    const auto choice = askChoice(static_cast<std::size_t>(model->rowCount()), model->totalCount());
    if (!choice) {
        return;
    }
    QString path = FileDialog::getSaveFileName(&m_window, tr("Export Influencers"),
                                               folder() + QStringLiteral("/influencers.csv"),
                                               tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".csv");
    }
    const auto influencers =
        choice->shownOnly ? model->shownInfluencers() : model->allInfluencers();
    if (writeCsv(&m_window, path, influencers, choice->delimiter)) {
        m_window.statusBar()->showMessage(
            tr("%1 influencers exported to %2")
                .arg(formatFollowers(static_cast<std::int64_t>(influencers.size())),
                     QFileInfo(path).fileName()),
            8000);
    }
}

bool InfluencerTransferActions::writeCsv(QWidget* parent, const QString& path,
                                         const std::vector<core::Influencer>& influencers,
                                         char delimiter)
{
    io::CsvWriterOptions options;
    options.delimiter = delimiter;
    try {
        const BusyNotice busy; // a large roster takes a moment; gone before a warning shows
        services::writeFileBytes(path.toStdString(),
                                 services::exportInfluencersCsv(influencers, options));
    } catch (const std::exception& e) {
        MessageBox::warning(parent, tr("Cannot export"), QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

void InfluencerTransferActions::setNextChoice(std::optional<ExportChoice> choice)
{
    g_nextChoice = choice;
}

std::optional<ExportChoice> InfluencerTransferActions::askChoice(std::size_t shown,
                                                                 std::size_t total)
{
    if (g_nextChoice) {
        return *std::exchange(g_nextChoice, std::nullopt);
    }
    QDialog dialog(&m_window);
    dialog.setWindowTitle(tr("Export Influencers"));
    auto* shownOnly = new QRadioButton(
        tr("The rows shown (%1)").arg(formatFollowers(static_cast<std::int64_t>(shown))), &dialog);
    auto* all = new QRadioButton(
        tr("The whole roster (%1)").arg(formatFollowers(static_cast<std::int64_t>(total))),
        &dialog);
    (shown < total ? shownOnly : all)->setChecked(true);
    auto* separator = new QComboBox(&dialog);
    separator->addItem(tr("Comma ( , ) — Excel in English, Google Sheets"), QStringLiteral(","));
    separator->addItem(tr("Semicolon ( ; ) — Excel in Italian and other European languages"),
                       QStringLiteral(";"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* rows = new QVBoxLayout;
    rows->addWidget(shownOnly);
    rows->addWidget(all);
    auto* form = new QFormLayout;
    form->addRow(tr("Export:"), rows);
    form->addRow(tr("Separator:"), separator);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return ExportChoice{shownOnly->isChecked(),
                        separator->currentData().toString().at(0).toLatin1()};
}

} // namespace cd::app
