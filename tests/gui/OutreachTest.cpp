#include "GuiTestSupport.h"

#include "app/CampaignTabs.h"
#include "app/InfluencerRosterModel.h"
#include "app/InfluencerTracker.h"
#include "app/MailClient.h"
#include "app/MainWindow.h"
#include "app/OutreachCommands.h"
#include "app/OutreachDialog.h"
#include "storage/InfluencerRepository.h"
#include "storage/OutreachRepository.h"
#include "storage/Workbook.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace cd;

namespace {

core::Id idNamed(storage::Database& db, const std::string& name)
{
    for (const auto& influencer : storage::InfluencerRepository(db).list()) {
        if (influencer.name == name) {
            return influencer.id;
        }
    }
    FAIL("no influencer named " << name);
    return 0;
}

// The demo workbook, with Marco Ferri renamed so that his first name holds an '&'.
struct OutreachWindow {
    DemoWorkbook demo;
    app::MainWindow window{app::MainWindow::Persistence::Forget};
    app::InfluencerTracker* tracker = nullptr;
    core::Id zoe = 0;
    core::Id anna = 0;

    OutreachWindow()
    {
        {
            auto wb = storage::Workbook::open(demo.stdPath(), storage::Workbook::Mode::ReadWrite);
            storage::InfluencerRepository repo(wb.db());
            auto marco = repo.get(idNamed(wb.db(), "Marco Ferri"));
            marco->name = "Anna&Luca Ferri";
            repo.update(*marco);
        }
        REQUIRE(window.openWorkbook(demo.path()));
        tracker = window.campaignTabs()->influencerTracker();
        zoe = idNamed(db(), "Zoë Bianchi");
        anna = idNamed(db(), "Anna&Luca Ferri");
    }
    storage::Database& db() { return window.document()->workbook().db(); }
    QUndoStack& undo() { return *window.document()->undoStack(); }
    core::OptionalDate lastContact(core::Id id)
    {
        return storage::InfluencerRepository(db()).get(id)->lastContact;
    }
    void select(std::initializer_list<core::Id> ids)
    {
        QItemSelection selection;
        for (core::Id id : ids) {
            const int row = tracker->model()->rowOfId(id);
            REQUIRE(row >= 0);
            selection.select(tracker->model()->index(row, 0), tracker->model()->index(row, 0));
        }
        tracker->view()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    }
};

} // namespace

TEST_CASE("Write to… opens one filled mailto: per person and logs the contact as one undo step")
{
    qputenv("CD_TODAY", "2026-06-15");
    app::MailClient::setRecording(true);
    OutreachWindow w;
    const core::OptionalDate zoeBefore = w.lastContact(w.zoe);
    const core::OptionalDate annaBefore = w.lastContact(w.anna);
    REQUIRE(zoeBefore != core::Date::fromYmd(2026, 6, 15));
    w.select({w.zoe, w.anna});
    REQUIRE(w.tracker->writeToAction()->isEnabled());
    CHECK(w.tracker->writeToAction()->shortcut() == QKeySequence(QStringLiteral("Ctrl+M")));

    app::OutreachDialog* dialog = w.tracker->writeToSelected();
    REQUIRE(dialog);
    const int summer = dialog->campaignCombo()->findText(QStringLiteral("Summer Glow SPF Launch"));
    REQUIRE(summer >= 0);
    dialog->campaignCombo()->setCurrentIndex(summer);
    dialog->subjectEdit()->setText(QStringLiteral("{campaign}: hi {first_name}!"));
    dialog->bodyEdit()->setPlainText(
        QStringLiteral("Ciao {first_name},\nwelcome to {campaign} & {{more}}.\n{nope}"));
    CHECK(dialog->warningText().contains(QStringLiteral("{nope}")));
    CHECK_FALSE(dialog->warningText().contains(QStringLiteral("{campaign}")));
    const int undoBefore = w.undo().count();

    REQUIRE(dialog->openInMail());

    QStringList urls;
    for (const QUrl& url : app::MailClient::takeOpened()) {
        urls.append(QString::fromLatin1(url.toEncoded()));
    }
    urls.sort();
    // Hand-encoded: "&" %26, "ë" C3 AB, "!" %21, ":" %3A, "," %2C, "{" %7B, "}" %7D, LF %0D%0A.
    CHECK(
        urls ==
        QStringList{QStringLiteral("mailto:collab@marcoferri.example"
                                   "?subject=Summer%20Glow%20SPF%20Launch%3A%20hi%20Anna%26Luca%21"
                                   "&body=Ciao%20Anna%26Luca%2C%0D%0Awelcome%20to%20Summer%20Glow"
                                   "%20SPF%20Launch%20%26%20%7Bmore%7D.%0D%0A%7Bnope%7D"),
                    QStringLiteral("mailto:zoe.bianchi@example.it"
                                   "?subject=Summer%20Glow%20SPF%20Launch%3A%20hi%20Zo%C3%AB%21"
                                   "&body=Ciao%20Zo%C3%AB%2C%0D%0Awelcome%20to%20Summer%20Glow"
                                   "%20SPF%20Launch%20%26%20%7Bmore%7D.%0D%0A%7Bnope%7D")});
    CHECK(w.lastContact(w.zoe) == core::Date::fromYmd(2026, 6, 15));
    CHECK(w.lastContact(w.anna) == core::Date::fromYmd(2026, 6, 15));
    CHECK(w.undo().count() == undoBefore + 1);

    w.undo().undo();
    CHECK(w.lastContact(w.zoe) == zoeBefore);
    CHECK(w.lastContact(w.anna) == annaBefore);
    w.undo().redo();
    CHECK(w.lastContact(w.zoe) == core::Date::fromYmd(2026, 6, 15));
    dialog->close();
    app::MailClient::setRecording(false);
    qunsetenv("CD_TODAY");
}

TEST_CASE("Write to… warns about people without an e-mail and leaves them out of the mails")
{
    app::MailClient::setRecording(true);
    OutreachWindow w;
    {
        storage::InfluencerRepository repo(w.db());
        auto zoe = repo.get(w.zoe);
        zoe->email.clear();
        repo.update(*zoe);
    }
    w.window.document()->notifyChanged(app::WorkbookDocument::Scope::Influencers, 0);
    w.select({w.zoe, w.anna});
    app::OutreachDialog* dialog = w.tracker->writeToSelected();
    REQUIRE(dialog);
    dialog->campaignCombo()->setCurrentIndex(0); // no campaign
    dialog->subjectEdit()->setText(QStringLiteral("For {campaign}"));
    dialog->bodyEdit()->setPlainText(QStringLiteral("Hi"));

    CHECK(dialog->warningText().contains(QStringLiteral("{campaign}")));
    CHECK(dialog->warningText().contains(QStringLiteral("Zoë Bianchi")));
    REQUIRE(dialog->openInMail());
    const QList<QUrl> urls = app::MailClient::takeOpened();
    REQUIRE(urls.size() == 1);
    CHECK(urls[0].toEncoded() ==
          QByteArray("mailto:collab@marcoferri.example?subject=For%20%7Bcampaign%7D&body=Hi"));
    dialog->close();
    app::MailClient::setRecording(false);
}

TEST_CASE("Outreach templates are added, edited and deleted through the undo stack")
{
    OutreachWindow w;
    w.select({w.zoe});
    app::OutreachDialog* dialog = w.tracker->writeToSelected();
    REQUIRE(dialog);
    storage::OutreachRepository repo(w.db());
    REQUIRE(repo.list().size() == 2);
    REQUIRE(dialog->templateCombo()->count() == 2);

    dialog->subjectEdit()->setText(QStringLiteral("Quick question, {first_name}"));
    dialog->bodyEdit()->setPlainText(QStringLiteral("Body"));
    dialog->addTemplate();
    REQUIRE(repo.list().size() == 3);
    const core::Id added = dialog->currentTemplateId();
    CHECK(repo.get(added)->subject == "Quick question, {first_name}");

    dialog->nameEdit()->setText(QStringLiteral("Check-in"));
    dialog->saveTemplate();
    CHECK(repo.get(added)->name == "Check-in");
    CHECK(dialog->templateCombo()->currentText() == QStringLiteral("Check-in"));

    dialog->deleteTemplate();
    CHECK_FALSE(repo.get(added).has_value());
    CHECK(dialog->templateCombo()->count() == 2);

    w.undo().undo(); // the deletion
    CHECK(repo.get(added)->name == "Check-in");
    CHECK(dialog->templateCombo()->count() == 3);
    w.undo().undo(); // the rename
    CHECK(repo.get(added)->name == "New template");
    w.undo().undo(); // the addition
    CHECK(repo.list().size() == 2);
    w.undo().redo();
    CHECK(repo.get(added)->subject == "Quick question, {first_name}");
    dialog->close();
}

TEST_CASE("Undoing a template edit after another program removed the template warns and drops it")
{
    OutreachWindow w;
    storage::OutreachRepository repo(w.db());
    const core::OutreachTemplate before = repo.list().front();
    core::OutreachTemplate after = before;
    after.name = "Renamed";
    takeMessages();
    w.undo().push(new app::ChangeOutreachTemplateCommand(*w.window.document(), before, after,
                                                         QStringLiteral("Rename template")));
    REQUIRE(repo.get(before.id)->name == "Renamed");
    repo.remove(before.id); // another program (or window) deletes it
    const int steps = w.undo().count();

    w.undo().undo();
    const auto messages = takeMessages();
    REQUIRE(messages.size() == 1);
    CHECK(messages.front().text.contains(QStringLiteral("The template no longer exists.")));
    CHECK(w.undo().count() == steps - 1); // the stack dropped the step it could not undo
    CHECK_FALSE(repo.get(before.id).has_value());
    CHECK(repo.list().size() == 1);
}

TEST_CASE("Copy puts every filled mail on the clipboard as plain text and logs the contact")
{
    qputenv("CD_TODAY", "2026-06-15");
    OutreachWindow w;
    w.select({w.anna});
    app::OutreachDialog* dialog = w.tracker->writeToSelected();
    REQUIRE(dialog);
    dialog->campaignCombo()->setCurrentIndex(0);
    dialog->subjectEdit()->setText(QStringLiteral("<b>{first_name}</b>"));
    dialog->bodyEdit()->setPlainText(QStringLiteral("Hi {first_name},\nbye"));

    dialog->copyToClipboard();

    CHECK(QApplication::clipboard()->text() ==
          QStringLiteral("To: Anna&Luca Ferri <collab@marcoferri.example>\n"
                         "Subject: <b>Anna&Luca</b>\n\nHi Anna&Luca,\nbye"));
    CHECK(w.lastContact(w.anna) == core::Date::fromYmd(2026, 6, 15));
    w.undo().undo();
    CHECK(w.lastContact(w.anna) != core::Date::fromYmd(2026, 6, 15));
    dialog->close();
    qunsetenv("CD_TODAY");
}
