#include "BriefExportAction.h"

#include "BriefView.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "WorkbookDocument.h"

#include "platform/Clock.h"
#include "report/BriefReport.h"
#include "storage/BriefRepository.h"
#include "storage/CampaignRepository.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>
#include <QUrl>

#include <exception>

namespace cd::app {

namespace {

QString* g_openedPath = nullptr;

// A file name from the campaign's name: letters, digits and dashes only.
QString suggestedName(const std::string& campaignName)
{
    QString name;
    for (const QChar c : QString::fromStdString(campaignName)) {
        name += c.isLetterOrNumber() ? c : QLatin1Char('-');
    }
    name = name.split(QLatin1Char('-'), Qt::SkipEmptyParts).join(QLatin1Char('-'));
    return (name.isEmpty() ? QStringLiteral("campaign") : name) + QStringLiteral("-brief.pdf");
}

} // namespace

BriefExportAction::BriefExportAction(MainWindow& window, QMenu* fileMenu, QAction* before)
    : QObject(&window), m_window(window)
{
    m_export = new QAction(tr("Export &Brief PDF…"), this);
    m_export->setObjectName(QStringLiteral("actionExportBriefPdf"));
    m_export->setToolTip(tr("Save the campaign's brief and style guide as a one-page PDF for "
                            "influencers"));
    m_export->setStatusTip(tr("Save the selected campaign's brief and style guide as a one-page "
                              "PDF to hand to influencers"));
    fileMenu->insertAction(before, m_export);
    connect(m_export, &QAction::triggered, this, &BriefExportAction::exportBrief);
    WorkbookDocument* document = window.document();
    connect(document, &WorkbookDocument::opened, this, &BriefExportAction::updateEnabled);
    connect(document, &WorkbookDocument::closed, this, &BriefExportAction::updateEnabled);
    updateEnabled();
}

void BriefExportAction::updateEnabled()
{
    m_export->setEnabled(m_window.document()->isOpen());
}

report::PageFormat BriefExportAction::defaultPageFormat()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? report::PageFormat::Letter
                                                                      : report::PageFormat::A4;
}

void BriefExportAction::exportBrief()
{
    const core::Id campaignId = m_window.currentCampaignId();
    if (!m_window.hasWorkbook() || campaignId == 0) {
        MessageBox::information(&m_window, tr("Export Brief PDF"), tr("Select a campaign first."));
        return;
    }
    // What was just typed in the Brief tab goes into the file, and so into the PDF.
    if (BriefView* view = m_window.findChild<BriefView*>()) {
        view->saveEdits();
    }
    report::BriefReportInput input;
    try {
        auto& db = m_window.document()->workbook().db();
        auto campaign = storage::CampaignRepository(db).get(campaignId);
        if (!campaign) {
            MessageBox::warning(&m_window, tr("Cannot export"),
                                tr("The campaign no longer exists."));
            return;
        }
        input.campaign = std::move(*campaign);
        input.brief = storage::BriefRepository(db).get(campaignId);
        input.madeOn = platform::today();
    } catch (const std::exception& e) {
        MessageBox::warning(&m_window, tr("Cannot export"), QString::fromUtf8(e.what()));
        return;
    }
    if (input.brief.isEmpty()) {
        MessageBox::information(&m_window, tr("Export Brief PDF"),
                                tr("The brief of %1 is empty — write it on the Brief tab first.")
                                    .arg(QString::fromStdString(input.campaign.name)));
        return;
    }
    QString path = FileDialog::getSaveFileName(
        &m_window, tr("Export Brief PDF"),
        QDir(m_window.dialogFolder()).filePath(suggestedName(input.campaign.name)),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pdf");
    }
    report::BriefPdfResult result;
    try {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        result = report::writeBriefPdf(input, path, defaultPageFormat());
        QGuiApplication::restoreOverrideCursor();
    } catch (const std::exception& e) {
        QGuiApplication::restoreOverrideCursor();
        MessageBox::warning(&m_window, tr("Cannot export"), QString::fromUtf8(e.what()));
        return;
    }
    m_window.statusBar()->showMessage(tr("Brief saved to %1").arg(path), 8000);
    QString text = tr("The brief was saved to %1.").arg(QDir::toNativeSeparators(path));
    if (result.shortened) {
        text += QStringLiteral("\n\n") +
                tr("It is longer than one page: the PDF ends with “… (continued in "
                   "CampaignDesk)”. Shorten it to print it all.");
    }
    text += QStringLiteral("\n\n") + tr("Open it in your PDF viewer?");
    if (MessageBox::question(&m_window, tr("Brief saved"), text, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::Yes) == QMessageBox::Yes) {
        if (g_openedPath) {
            *g_openedPath = path;
        } else {
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        }
    }
}

void BriefExportAction::setOpenUrlRecorder(QString* openedPath)
{
    g_openedPath = openedPath;
}

} // namespace cd::app
