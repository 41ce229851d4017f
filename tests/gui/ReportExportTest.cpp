#include "GuiTestSupport.h"

#include "app/FileDialog.h"
#include "app/MainWindow.h"
#include "app/MessageBox.h"
#include "app/ReportExportActions.h"
#include "app/ReportPreviewDialog.h"
#include "app/WorkbookDocument.h"
#include "platform/Clock.h"
#include "report/ReportData.h"
#include "storage/KpiData.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QPdfDocument>

#include <catch2/catch.hpp>

using namespace cd;

namespace {

QSizeF pageSizeOf(const QString& path)
{
    QPdfDocument pdf;
    REQUIRE(pdf.load(path) == QPdfDocument::Error::None);
    REQUIRE(pdf.pageCount() == 1);
    return pdf.pagePointSize(0);
}

} // namespace

TEST_CASE("File > Export KPI Report writes a one-page PDF and offers to open it")
{
    DemoWorkbook demo;
    app::MainWindow window(app::MainWindow::Persistence::Forget);
    REQUIRE(window.openWorkbook(demo.path()));
    auto* action = window.findChild<QAction*>(QStringLiteral("actionExportKpiReport"));
    REQUIRE(action != nullptr);
    CHECK(action->isEnabled());
    CHECK(action->shortcut() == QKeySequence(QStringLiteral("Ctrl+E")));
    takeMessages();

    QString opened;
    app::ReportExportActions::setOpenUrlRecorder(&opened);
    SECTION("A4, then open it")
    {
        const QString path = demo.file(QStringLiteral("report")); // no suffix: .pdf is added
        app::ReportExportActions::setNextPageFormat(report::PageFormat::A4);
        app::FileDialog::setNextFileName(path);
        app::MessageBox::setNextAnswer(QMessageBox::Yes);
        action->trigger();
        const QString saved = path + QStringLiteral(".pdf");
        const QSizeF size = pageSizeOf(saved);
        CHECK(qRound(size.width()) == 595); // A4 is 210 × 297 mm = 595 × 842 pt
        CHECK(qRound(size.height()) == 842);
        CHECK(opened == saved);
        const auto messages = takeMessages();
        REQUIRE(messages.size() == 1);
        CHECK(messages.front().text.contains(QStringLiteral("Open it in your PDF viewer?")));
    }
    SECTION("Letter, not opened")
    {
        const QString path = demo.file(QStringLiteral("letter.pdf"));
        app::ReportExportActions::setNextPageFormat(report::PageFormat::Letter);
        app::FileDialog::setNextFileName(path);
        app::MessageBox::setNextAnswer(QMessageBox::No);
        action->trigger();
        const QSizeF size = pageSizeOf(path);
        CHECK(qRound(size.width()) == 612); // 8.5 × 11 in
        CHECK(qRound(size.height()) == 792);
        CHECK(opened.isEmpty());
    }
    SECTION("Cancel in the save dialog writes nothing")
    {
        app::ReportExportActions::setNextPageFormat(report::PageFormat::A4);
        app::FileDialog::setNextFileName(QString());
        action->trigger();
        CHECK(takeMessages().isEmpty());
        CHECK(opened.isEmpty());
    }
    app::ReportExportActions::setOpenUrlRecorder(nullptr);
}

TEST_CASE("The report preview shows the page that will be saved, in the size chosen")
{
    DemoWorkbook demo;
    app::MainWindow window(app::MainWindow::Persistence::Forget);
    REQUIRE(window.openWorkbook(demo.path()));
    const core::Date today = platform::today();
    auto input = report::buildReportInput(
        storage::loadKpiData(window.document()->workbook().db(), window.currentCampaignId(), today),
        today);
    app::ReportPreviewDialog dialog(std::move(input));
    CHECK(dialog.pageFormat() == report::PageFormat::A4);
    REQUIRE(dialog.document()->pageCount() == 1);
    CHECK(qRound(dialog.document()->pagePointSize(0).width()) == 595);
    dialog.setPageFormat(report::PageFormat::Letter);
    REQUIRE(dialog.document()->pageCount() == 1);
    CHECK(qRound(dialog.document()->pagePointSize(0).width()) == 612);
}
