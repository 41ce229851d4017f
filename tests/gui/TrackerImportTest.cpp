#include "GuiTestSupport.h"
#include "TrackerTestSupport.h"

#include "app/CampaignTabs.h"
#include "app/FileDialog.h"
#include "app/ImportWizard.h"
#include "app/InfluencerRosterModel.h"
#include "app/InfluencerTracker.h"
#include "app/InfluencerTransferActions.h"
#include "app/MainWindow.h"
#include "storage/InfluencerRepository.h"
#include "storage/Workbook.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <set>

using namespace cd;

namespace {

// Two new people, one already in the demo roster (same Instagram handle, new figures) and one
// row that names nobody.
const QByteArray kCsv = "Name,Platform,Handle,Followers,Email,Country\r\n"
                        "Nina Test,instagram,nina.test,12000,nina@example.com,IT\r\n"
                        "Omar Test,tiktok,@omar.test,\"1,500\",,FR\r\n"
                        "Zoë Bianchi,instagram,zoe.glow,80000,,IT\r\n"
                        ",,,abc,,\r\n";

template <class T> T* child(const QObject& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

QAction* action(const app::MainWindow& window, const char* name)
{
    return child<QAction>(window, name);
}

// Opens File ▸ Import Influencers… and walks the wizard to the dry-run page with the real
// buttons, choosing the file through the FileDialog seam.
app::ImportWizard* walkToDryRun(app::MainWindow& window, const QString& csv)
{
    action(window, "actionImportInfluencers")->trigger();
    auto* wizard = window.findChild<app::ImportWizard*>();
    REQUIRE(wizard != nullptr);
    REQUIRE(wizard->currentId() == app::ImportWizard::FilePage);
    app::FileDialog::setNextFileName(csv);
    child<QPushButton>(*wizard, "importBrowse")->click();
    CHECK(child<QLineEdit>(*wizard, "importFilePath")->text() == csv);
    QAbstractButton* next = wizard->button(QWizard::NextButton);
    next->click();
    REQUIRE(wizard->currentId() == app::ImportWizard::PreviewPage);
    next->click();
    REQUIRE(wizard->currentId() == app::ImportWizard::MappingPage);
    next->click();
    REQUIRE(wizard->currentId() == app::ImportWizard::OptionsPage);
    next->click();
    REQUIRE(wizard->currentId() == app::ImportWizard::DryRunPage);
    return wizard;
}

QString text(const QObject& parent, const char* label)
{
    return child<QLabel>(parent, label)->text();
}

} // namespace

TEST_CASE("The import wizard previews, maps, dry-runs and imports a CSV as one undo step")
{
    DemoWorkbook demo;
    const QString csv = writeText(demo.file(QStringLiteral("roster.csv")), kCsv);
    app::MainWindow window(app::MainWindow::Persistence::Forget);
    REQUIRE(window.openWorkbook(demo.path()));
    auto& db = window.document()->workbook().db();
    storage::InfluencerRepository repo(db);
    const auto before = repo.count();
    const core::Id zoe = *repo.findByHandle(core::Platform::Instagram, "zoe.glow");
    const auto zoeBefore = *repo.get(zoe);
    app::InfluencerRosterModel* model = window.campaignTabs()->influencerTracker()->model();

    action(window, "actionImportInfluencers")->trigger();
    auto* wizard = window.findChild<app::ImportWizard*>();
    REQUIRE(wizard != nullptr);
    app::FileDialog::setNextFileName(csv);
    child<QPushButton>(*wizard, "importBrowse")->click();
    wizard->button(QWizard::NextButton)->click();
    // The preview shows the four data rows as read.
    INFO(text(*wizard, "importDetected").toStdString());
    CHECK(text(*wizard, "importDetected").contains(QStringLiteral("4 data rows")));
    wizard->close();
    // The wizard deletes itself on close; let it go before the next one opens.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    wizard = walkToDryRun(window, csv);
    CHECK(text(*wizard, "importNewCount") == QStringLiteral("2"));
    CHECK(text(*wizard, "importUpdatedCount") == QStringLiteral("1"));
    CHECK(text(*wizard, "importSkippedCount") == QStringLiteral("0"));
    CHECK(text(*wizard, "importRejectedCount") == QStringLiteral("1"));
    auto* rejects = child<QTreeWidget>(*wizard, "importRejects");
    REQUIRE(rejects->topLevelItemCount() == 1);
    CHECK(rejects->topLevelItem(0)->text(0) == QStringLiteral("5"));
    CHECK(repo.count() == before); // a dry run writes nothing

    wizard->button(QWizard::CommitButton)->click();
    REQUIRE(wizard->currentId() == app::ImportWizard::ResultPage);
    CHECK(text(*wizard, "importResult")
              .startsWith(QStringLiteral("2 new influencers added, 1 updated")));
    CHECK(repo.count() == before + 2);
    CHECK(model->totalCount() == static_cast<std::size_t>(before + 2));
    const auto nina = repo.findByHandle(core::Platform::Instagram, "nina.test");
    REQUIRE(nina);
    CHECK(repo.get(*nina)->email == "nina@example.com");
    const auto omar = repo.findByHandle(core::Platform::TikTok, "omar.test");
    REQUIRE(omar);
    CHECK(repo.get(*omar)->handles.front().followers == 1500);
    CHECK(repo.get(zoe)->handles.front().followers == 80000);
    CHECK(model->rowOfId(*nina) >= 0);

    const QString rejectsFile = demo.file(QStringLiteral("rejects.csv"));
    app::FileDialog::setNextFileName(rejectsFile);
    child<QPushButton>(*wizard, "saveRejects")->click();
    const QByteArray saved = readText(rejectsFile);
    CHECK(saved.contains("line,reason"));
    CHECK(saved.contains(",5,"));
    wizard->button(QWizard::FinishButton)->click();

    QUndoStack* undo = window.document()->undoStack();
    REQUIRE(undo->count() == 1);
    undo->undo();
    CHECK(repo.count() == before);
    CHECK_FALSE(repo.findByHandle(core::Platform::Instagram, "nina.test"));
    CHECK(repo.get(zoe)->handles == zoeBefore.handles);
    CHECK(model->totalCount() == static_cast<std::size_t>(before));
    undo->redo();
    CHECK(repo.count() == before + 2);
    CHECK(repo.findByHandle(core::Platform::Instagram, "nina.test") == nina);
    CHECK(repo.get(zoe)->handles.front().followers == 80000);
}

TEST_CASE("Cancelling the import's progress leaves the workbook as it was")
{
    DemoWorkbook demo;
    QByteArray many = "Name,Handle,Followers\n";
    for (int i = 0; i < 1200; ++i) {
        many += "Person " + QByteArray::number(i) + ",person" + QByteArray::number(i) + ",1000\n";
    }
    const QString csv = writeText(demo.file(QStringLiteral("many.csv")), many);
    app::MainWindow window(app::MainWindow::Persistence::Forget);
    REQUIRE(window.openWorkbook(demo.path()));
    storage::InfluencerRepository repo(window.document()->workbook().db());
    const auto before = repo.count();

    app::ImportWizard* wizard = walkToDryRun(window, csv);
    CHECK(text(*wizard, "importNewCount") == QStringLiteral("1,200"));
    int reports = 0;
    wizard->setProgressHook([&](QProgressDialog& progress) {
        // The second report comes after 500 rows were written inside the transaction.
        if (++reports == 2) {
            child<QPushButton>(progress, "")->click();
        }
    });
    wizard->button(QWizard::CommitButton)->click();
    CHECK(reports == 2);
    CHECK(wizard->currentId() == app::ImportWizard::DryRunPage);
    CHECK(text(*wizard, "importStatus") ==
          QStringLiteral("The import was cancelled; nothing was changed."));
    CHECK(repo.count() == before);
    CHECK(window.document()->undoStack()->count() == 0);
    CHECK(window.campaignTabs()->influencerTracker()->model()->totalCount() ==
          static_cast<std::size_t>(before));
}

TEST_CASE("Export writes the rows the tracker shows, with the chosen separator")
{
    DemoWorkbook demo;
    app::MainWindow window(app::MainWindow::Persistence::Forget);
    REQUIRE(window.openWorkbook(demo.path()));
    app::InfluencerTracker* tracker = window.campaignTabs()->influencerTracker();
    child<QLineEdit>(*tracker, "rosterSearch")->setText(QStringLiteral("skin"));
    app::InfluencerRosterModel* model = tracker->model();
    REQUIRE(model->rowCount() > 0);
    REQUIRE(static_cast<std::size_t>(model->rowCount()) < model->totalCount());
    std::set<QByteArray> shownIds;
    for (int row = 0; row < model->rowCount(); ++row) {
        shownIds.insert(QByteArray::number(model->influencerAt(row)->id));
    }

    const QString file = demo.file(QStringLiteral("shown.csv"));
    app::InfluencerTransferActions::setNextChoice(app::ExportChoice{true, ';'});
    app::FileDialog::setNextFileName(file);
    action(window, "actionExportInfluencers")->trigger();
    QList<QByteArray> lines = readText(file).split('\n');
    REQUIRE(lines.size() > 2);
    CHECK(lines.front().startsWith("\xEF\xBB\xBFPerson ID;Name;Platform;Handle"));
    std::set<QByteArray> exportedIds;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].trimmed().isEmpty()) {
            exportedIds.insert(lines[i].split(';').front());
        }
    }
    CHECK(exportedIds == shownIds);

    app::InfluencerTransferActions::setNextChoice(app::ExportChoice{false, ','});
    app::FileDialog::setNextFileName(demo.file(QStringLiteral("all.csv")));
    action(window, "actionExportInfluencers")->trigger();
    std::set<QByteArray> allIds;
    lines = readText(demo.file(QStringLiteral("all.csv"))).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].trimmed().isEmpty()) {
            allIds.insert(lines[i].split(',').front());
        }
    }
    CHECK(allIds.size() == model->totalCount());
}
