#include "ReportExportActions.h"

#include "ActionTips.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ReportPreviewDialog.h"
#include "WorkbookDocument.h"

#include "platform/Clock.h"
#include "report/ReportData.h"
#include "storage/KpiData.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

#include <exception>

namespace cd::app {

namespace {

std::optional<std::optional<report::PageFormat>> g_nextFormat;
QString* g_openedPath = nullptr;

// Keeps the wait cursor up for the scope's duration, also when an exception leaves it.
class WaitCursor final {
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

// A file name from the campaign's name: letters, digits and dashes only.
QString suggestedName(const std::string& campaignName)
{
    QString name;
    for (const QChar c : QString::fromStdString(campaignName)) {
        name += c.isLetterOrNumber() ? c : QLatin1Char('-');
    }
    name = name.split(QLatin1Char('-'), Qt::SkipEmptyParts).join(QLatin1Char('-'));
    return (name.isEmpty() ? QStringLiteral("campaign") : name) + QStringLiteral("-kpi-report.pdf");
}

} // namespace

ReportExportActions::ReportExportActions(MainWindow& window, QMenu* fileMenu, QAction* before)
    : QObject(&window), m_window(window)
{
    m_export = new QAction(tr("Export &KPI Report…"), this);
    m_export->setObjectName(QStringLiteral("actionExportKpiReport"));
    m_export->setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_E));
    setActionTips(m_export, tr("Save the selected campaign's one-page KPI report as a PDF"));
    fileMenu->insertAction(before, m_export);
    fileMenu->insertSeparator(before);
    connect(m_export, &QAction::triggered, this, &ReportExportActions::exportReport);
    WorkbookDocument* document = window.document();
    connect(document, &WorkbookDocument::opened, this, &ReportExportActions::updateEnabled);
    connect(document, &WorkbookDocument::closed, this, &ReportExportActions::updateEnabled);
    updateEnabled();
}

void ReportExportActions::updateEnabled()
{
    m_export->setEnabled(m_window.document()->isOpen());
}

std::optional<report::PageFormat>
ReportExportActions::askPageFormat(const report::ReportInput& input)
{
    if (g_nextFormat) {
        const auto format = *g_nextFormat;
        g_nextFormat.reset();
        return format;
    }
    ReportPreviewDialog dialog(input, &m_window);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.pageFormat();
}

void ReportExportActions::exportReport()
{
    const core::Id campaignId = m_window.currentCampaignId();
    if (!m_window.hasWorkbook() || campaignId == 0) {
        MessageBox::information(&m_window, tr("Export KPI Report"), tr("Select a campaign first."));
        return;
    }
    std::optional<report::ReportInput> input;
    try {
        WaitCursor wait;
        const core::Date today = platform::today();
        input = report::buildReportInput(
            storage::loadKpiData(m_window.document()->workbook().db(), campaignId, today), today);
    } catch (const std::exception& e) {
        MessageBox::warning(&m_window, tr("Cannot export"), QString::fromUtf8(e.what()));
        return;
    }
    const auto format = askPageFormat(*input);
    if (!format) {
        return;
    }
    const QString workbook = m_window.workbookPath();
    const QString folder = workbook.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(workbook).absolutePath();
    QString path = FileDialog::getSaveFileName(
        &m_window, tr("Export KPI Report"),
        QDir(folder).filePath(suggestedName(input->campaign.name)), tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pdf");
    }
    try {
        WaitCursor wait;
        report::writeKpiReport(*input, path, *format);
    } catch (const std::exception& e) {
        MessageBox::warning(&m_window, tr("Cannot export"), QString::fromUtf8(e.what()));
        return;
    }
    m_window.statusBar()->showMessage(tr("KPI report saved to %1").arg(path), 8000);
    if (MessageBox::question(&m_window, tr("KPI report saved"),
                             tr("The report was saved to %1.\n\nOpen it in your PDF viewer?")
                                 .arg(QDir::toNativeSeparators(path)),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::Yes) == QMessageBox::Yes) {
        if (g_openedPath) {
            *g_openedPath = path;
        } else {
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        }
    }
}

void ReportExportActions::setNextPageFormat(std::optional<report::PageFormat> format)
{
    g_nextFormat = format;
}

void ReportExportActions::setOpenUrlRecorder(QString* openedPath)
{
    g_openedPath = openedPath;
}

} // namespace cd::app
