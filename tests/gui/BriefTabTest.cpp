#include "GuiTestSupport.h"

#include "app/BriefExportAction.h"
#include "app/BriefView.h"
#include "app/CampaignTabs.h"
#include "app/CaptionCheckDialog.h"
#include "app/FileDialog.h"
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/WorkbookDocument.h"
#include "storage/BriefRepository.h"
#include "storage/CampaignRepository.h"
#include "storage/Workbook.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPlainTextEdit>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace cd;

namespace {

const std::string kSummer = "Summer Glow SPF Launch";

// The main window on the demo workbook, showing the summer campaign's Brief tab.
struct BriefDesk {
    DemoWorkbook demo;
    app::MainWindow window{app::MainWindow::Persistence::Forget};
    app::BriefView* view = nullptr;
    core::Id summer = 0;

    explicit BriefDesk(bool readOnly = false)
    {
        if (readOnly) {
            window.showWorkbook(
                storage::Workbook::open(demo.stdPath(), storage::Workbook::Mode::ReadOnly), true);
        } else {
            REQUIRE(window.openWorkbook(demo.path()));
        }
        summer = campaignId(kSummer);
        REQUIRE(window.selectCampaign(summer));
        app::CampaignTabs* tabs = window.campaignTabs();
        tabs->setCurrentIndex(app::CampaignTabs::Brief);
        view = tabs->briefView();
        REQUIRE(tabs->currentWidget() == view);
    }
    core::Id campaignId(const std::string& name)
    {
        const auto c = storage::CampaignRepository(db()).find(name);
        REQUIRE(c);
        return c->id;
    }
    storage::Database& db() { return window.document()->workbook().db(); }
    QUndoStack& undo() { return *window.document()->undoStack(); }
    core::CampaignBrief stored(core::Id campaign = 0)
    {
        return storage::BriefRepository(db()).get(campaign == 0 ? summer : campaign);
    }
    QPlainTextEdit* editor(std::string_view key)
    {
        QPlainTextEdit* e = view->editor(key);
        REQUIRE(e != nullptr);
        return e;
    }
    // Shows the window and puts the keyboard focus in `e`, as a click would.
    void focus(QWidget* e)
    {
        window.show();
        QApplication::setActiveWindow(&window);
        e->setFocus();
        QCoreApplication::processEvents();
        REQUIRE(QApplication::focusWidget() == e);
    }
    void typeAtEnd(QPlainTextEdit* e, const QString& text)
    {
        e->moveCursor(QTextCursor::End);
        QTest::keyClick(e, Qt::Key_Return);
        QTest::keyClicks(e, text);
    }
};

QString pdfText(const QString& path, int* pages = nullptr)
{
    QPdfDocument pdf;
    REQUIRE(pdf.load(path) == QPdfDocument::Error::None);
    if (pages) {
        *pages = pdf.pageCount();
    }
    return pdf.getAllText(0).text().simplified();
}

} // namespace

TEST_CASE("The Brief tab shows every part of the campaign's brief under its title")
{
    BriefDesk desk;
    const auto saved = desk.stored();
    for (const auto& section : core::briefSections()) {
        QPlainTextEdit* e = desk.editor(section.key);
        CHECK(e->toPlainText() == QString::fromStdString(saved.*section.field));
        CHECK_FALSE(e->isReadOnly());
        CHECK_FALSE(e->placeholderText().isEmpty());
        // The part's title labels the editor.
        bool labelled = false;
        for (auto* label : desk.view->findChildren<QLabel*>()) {
            labelled = labelled || (label->buddy() == e &&
                                    label->text() == app::BriefView::partTitle(section.key) &&
                                    label->textFormat() == Qt::PlainText);
        }
        CHECK(labelled);
    }
    CHECK(desk.editor("disclosures")->placeholderText() ==
          QStringLiteral("- #ad at the start of the caption"));
    CHECK(app::CampaignTabs::tabFromKey(QStringLiteral("brief")) == app::CampaignTabs::Brief);
    CHECK(app::CampaignTabs::keyOf(app::CampaignTabs::Brief) == QStringLiteral("brief"));

    // Another campaign, without a brief: empty editors.
    REQUIRE(desk.window.selectCampaign(desk.campaignId("Winter Lip Care Capsule")));
    CHECK(desk.editor("overview")->toPlainText().isEmpty());
    CHECK(desk.view->savedBrief().version == 0);
}

TEST_CASE("Typing in the Brief tab is saved when the editor loses focus, as one undo step")
{
    BriefDesk desk;
    const auto before = desk.stored();
    const int commands = desk.undo().count();
    QPlainTextEdit* messages = desk.editor("key_messages");
    desk.focus(messages);
    desk.typeAtEnd(messages, QStringLiteral("- Made in Italy"));
    const QString typed = messages->toPlainText();
    CHECK(typed.endsWith(QStringLiteral("\n- Made in Italy")));
    // Nothing is written while typing goes on.
    CHECK(desk.stored() == before);
    CHECK(desk.undo().count() == commands);

    desk.focus(desk.editor("dos")); // focus out of the key messages
    auto after = desk.stored();
    CHECK(after.keyMessages == typed.toStdString());
    CHECK(after.version == before.version + 1);
    CHECK(after.productNames == before.productNames);
    REQUIRE(desk.undo().count() == commands + 1);
    CHECK(desk.undo().undoText() == QStringLiteral("Edit brief: Key messages"));
    CHECK(messages->toPlainText() == typed);

    SECTION("Ctrl+Z in an editor takes the step back, Ctrl+Shift+Z does it again")
    {
        desk.focus(messages);
        QTest::keyClick(messages, Qt::Key_Z, Qt::ControlModifier);
        CHECK(desk.stored().keyMessages == before.keyMessages);
        CHECK(messages->toPlainText().toStdString() == before.keyMessages);
        CHECK(desk.undo().index() == commands);
        QTest::keyClick(messages, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(desk.stored().keyMessages == typed.toStdString());
        CHECK(messages->toPlainText() == typed);
    }
    SECTION("Edit > Undo restores the saved text in the editor")
    {
        auto* undoAction = desk.window.findChild<QAction*>(QStringLiteral("actionUndo"));
        REQUIRE(undoAction);
        undoAction->trigger();
        CHECK(desk.stored().keyMessages == before.keyMessages);
        CHECK(messages->toPlainText().toStdString() == before.keyMessages);
    }
    SECTION("Ctrl+Z right after typing saves the burst and takes it back at once")
    {
        desk.focus(messages);
        QTest::keyClicks(messages, QStringLiteral(" again"));
        QTest::keyClick(messages, Qt::Key_Z, Qt::ControlModifier);
        // The typing became a command of its own, and that command was undone.
        CHECK(desk.undo().count() == commands + 2);
        CHECK(desk.undo().index() == commands + 1);
        CHECK(messages->toPlainText() == typed);
        CHECK(desk.stored().keyMessages == typed.toStdString());
    }
}

TEST_CASE("Typing with pauses in one visit to an editor is one undo step")
{
    BriefDesk desk;
    const auto before = desk.stored();
    const int commands = desk.undo().count();
    QPlainTextEdit* dos = desk.editor("dos");
    desk.focus(dos);
    desk.typeAtEnd(dos, QStringLiteral("- Smile"));
    // After a pause the text is saved without leaving the editor.
    QTRY_VERIFY_WITH_TIMEOUT(desk.stored().dos != before.dos, 5000);
    CHECK(desk.stored().dos == dos->toPlainText().toStdString());
    CHECK(desk.undo().count() == commands + 1);
    CHECK(QApplication::focusWidget() == dos);

    desk.typeAtEnd(dos, QStringLiteral("- Wave"));
    QTRY_VERIFY_WITH_TIMEOUT(desk.stored().dos == dos->toPlainText().toStdString(), 5000);
    // The second save merged into the first.
    CHECK(desk.undo().count() == commands + 1);
    desk.undo().undo();
    CHECK(desk.stored().dos == before.dos);
    CHECK(dos->toPlainText().toStdString() == before.dos);
}

TEST_CASE("Text typed for one campaign is saved to it when another campaign is shown")
{
    BriefDesk desk;
    const auto before = desk.stored();
    QPlainTextEdit* overview = desk.editor("overview");
    desk.typeAtEnd(overview, QStringLiteral("Unsaved line."));
    const core::Id winter = desk.campaignId("Winter Lip Care Capsule");
    REQUIRE(desk.window.selectCampaign(winter));
    CHECK(desk.stored().overview == before.overview + "\nUnsaved line.");
    CHECK(desk.stored(winter).isEmpty());
    CHECK(overview->toPlainText().isEmpty());
}

TEST_CASE("A change of the brief made elsewhere shows in the tab, typing in progress stays")
{
    BriefDesk desk;
    QPlainTextEdit* dos = desk.editor("dos");
    QPlainTextEdit* donts = desk.editor("donts");
    desk.typeAtEnd(dos, QStringLiteral("- Typing in progress"));
    const QString typing = dos->toPlainText();
    {
        auto wb = storage::Workbook::open(desk.demo.stdPath(), storage::Workbook::Mode::ReadWrite);
        storage::BriefRepository repo(wb.db());
        auto b = repo.get(desk.summer);
        b.donts = "- Changed by the CLI";
        b.dos = "- Also changed by the CLI";
        repo.save(b);
    }
    desk.view->reload();
    CHECK(donts->toPlainText() == QStringLiteral("- Changed by the CLI"));
    CHECK(dos->toPlainText() == typing);
    // Saving the typing writes the do's only: the don'ts written elsewhere stay.
    desk.view->saveEdits();
    CHECK(desk.stored().dos == typing.toStdString());
    CHECK(desk.stored().donts == "- Changed by the CLI");
}

TEST_CASE("A read-only workbook shows the brief read-only and writes nothing")
{
    BriefDesk desk(true);
    const auto before = desk.stored();
    REQUIRE_FALSE(before.isEmpty());
    for (const auto& section : core::briefSections()) {
        CHECK(desk.editor(section.key)->isReadOnly());
    }
    CHECK(desk.editor("product_names")->toPlainText().toStdString() == before.productNames);
    desk.view->saveEdits();
    CHECK(desk.undo().count() == 0);
    CHECK(takeMessages().isEmpty());
}

TEST_CASE("File > Export Brief PDF writes the one-page brief where the file dialog says")
{
    BriefDesk desk;
    auto* action = desk.window.findChild<QAction*>(QStringLiteral("actionExportBriefPdf"));
    REQUIRE(action != nullptr);
    CHECK(action->isEnabled());
    CHECK_FALSE(action->toolTip().isEmpty());
    CHECK_FALSE(action->statusTip().isEmpty());
    // Next to the KPI report in the File menu, and on the Brief tab's tool bar.
    auto* kpi = desk.window.findChild<QAction*>(QStringLiteral("actionExportKpiReport"));
    REQUIRE(kpi != nullptr);
    const auto fileActions = kpi->associatedObjects();
    bool nextToKpi = false;
    for (QObject* o : fileActions) {
        if (auto* menu = qobject_cast<QMenu*>(o)) {
            const auto actions = menu->actions();
            nextToKpi = actions.indexOf(action) == actions.indexOf(kpi) + 1;
        }
    }
    CHECK(nextToKpi);
    CHECK(desk.view->findChild<QToolBar*>()->actions().contains(action));
    takeMessages();

    QString opened;
    app::BriefExportAction::setOpenUrlRecorder(&opened);
    SECTION("The brief, with what was just typed")
    {
        desk.typeAtEnd(desk.editor("disclosures"), QStringLiteral("- Say #gifted for gifts"));
        const QString path = desk.demo.file(QStringLiteral("brief")); // .pdf is added
        app::FileDialog::setNextFileName(path);
        app::MessageBox::setNextAnswer(QMessageBox::Yes);
        action->trigger();
        int pages = 0;
        const QString text = pdfText(path + QStringLiteral(".pdf"), &pages);
        CHECK(pages == 1);
        CHECK(text.contains(QStringLiteral("SPF 50 Glow Fluid")));
        CHECK(text.contains(QStringLiteral("Say #gifted for gifts")));
        CHECK(opened == path + QStringLiteral(".pdf"));
        const auto messages = takeMessages();
        REQUIRE(messages.size() == 1);
        CHECK(messages.front().text.contains(QStringLiteral("Open it in your PDF viewer?")));
    }
    SECTION("An empty brief is refused with a message")
    {
        REQUIRE(desk.window.selectCampaign(desk.campaignId("Winter Lip Care Capsule")));
        const QString path = desk.demo.file(QStringLiteral("empty.pdf"));
        app::FileDialog::setNextFileName(path);
        action->trigger();
        CHECK_FALSE(QFile::exists(path));
        const auto messages = takeMessages();
        REQUIRE(messages.size() == 1);
        CHECK(messages.front().text ==
              QStringLiteral("The brief of Winter Lip Care Capsule is empty — write it on the "
                             "Brief tab first."));
        // The file dialog was never asked: the name set for it is still there.
        CHECK(app::FileDialog::getSaveFileName(nullptr, {}, {}, {}) == path);
    }
    SECTION("Cancel in the file dialog writes nothing")
    {
        app::FileDialog::setNextFileName(QString());
        action->trigger();
        CHECK(takeMessages().isEmpty());
        CHECK(opened.isEmpty());
    }
    app::BriefExportAction::setOpenUrlRecorder(nullptr);
}

TEST_CASE("Check a Caption lists the missing hashtags and misspelt product names")
{
    BriefDesk desk;
    CHECK(desk.view->checkCaptionAction()->isEnabled());
    const auto brief = desk.stored();
    const QString findings = app::CaptionCheckDialog::findingsText(
        brief, QStringLiteral("Loving my spf 50 glow fluid every morning <b>!</b>"));
    CHECK(findings.contains(QStringLiteral("Missing disclosure: #ad")));
    CHECK(findings.contains(QStringLiteral("Write “SPF 50 Glow Fluid”, not “spf 50 glow fluid”")));
    CHECK(app::CaptionCheckDialog::findingsText(brief,
                                                QStringLiteral("#ad My SPF 50 Glow Fluid routine"))
              .startsWith(QStringLiteral("No problems found")));

    app::CaptionCheckDialog dialog(brief);
    dialog.captionEdit()->setPlainText(QStringLiteral("<i>no tag</i>"));
    CHECK(dialog.findingsView()->isReadOnly());
    CHECK(dialog.findingsView()->toPlainText().contains(QStringLiteral("#ad")));
}

TEST_CASE("The Brief tab, its editors and its export speak Italian")
{
    struct LanguageGuard {
        ~LanguageGuard() { app::applyUiLanguage(app::UiLanguage::System); }
    } guard;
    app::applyUiLanguage(app::UiLanguage::Italian);
    BriefDesk desk;
    app::CampaignTabs& tabs = *desk.window.campaignTabs();
    CHECK(tabs.tabText(app::CampaignTabs::Brief) == QStringLiteral("B&rief"));
    CHECK(app::BriefView::partTitle("key_messages") == QStringLiteral("Messaggi chiave"));
    CHECK(desk.editor("disclosures")->placeholderText() ==
          QStringLiteral("- #ad all'inizio della didascalia"));
    auto* action = desk.window.findChild<QAction*>(QStringLiteral("actionExportBriefPdf"));
    REQUIRE(action != nullptr);
    CHECK(action->text() == QStringLiteral("Esporta &brief in PDF…"));

    QPlainTextEdit* dos = desk.editor("dos");
    desk.typeAtEnd(dos, QStringLiteral("- Sorridi"));
    desk.view->saveEdits();
    CHECK(desk.undo().undoText() == QStringLiteral("Modifica brief: Da fare"));
}

TEST_CASE("A brief edit that cannot be written is reported, and the typed text stays")
{
    BriefDesk desk;
    QPlainTextEdit* dos = desk.editor("dos");
    desk.typeAtEnd(dos, QStringLiteral("- Kept on screen"));
    const QString typed = dos->toPlainText();
    {
        // Another program deletes the campaign meanwhile.
        auto wb = storage::Workbook::open(desk.demo.stdPath(), storage::Workbook::Mode::ReadWrite);
        storage::CampaignRepository(wb.db()).remove(desk.summer);
    }
    takeMessages();
    const int commands = desk.undo().count();
    desk.view->saveEdits();
    const auto messages = takeMessages();
    REQUIRE(messages.size() == 1);
    CHECK(messages.front().title == QStringLiteral("Edit brief: Do failed"));
    CHECK(desk.undo().count() == commands); // the failed command was dropped
    CHECK(dos->toPlainText() == typed);
}
