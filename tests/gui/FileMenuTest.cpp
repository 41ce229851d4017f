#include "GuiTestSupport.h"

#include "app/FileDialog.h"
#include "app/MainWindow.h"
#include "platform/AppPaths.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QListView>
#include <QMenu>
#include <QSettings>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace cd;
using Persistence = app::MainWindow::Persistence;

namespace {

QAction* action(const QObject& window, const char* name)
{
    auto* found = window.findChild<QAction*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

QList<QAction*> recentActions(const QObject& window)
{
    auto* menu = window.findChild<QMenu*>(QStringLiteral("menuRecent"));
    REQUIRE(menu != nullptr);
    return menu->actions();
}

int planRows(const QObject& window)
{
    return window.findChild<QTreeView*>(QStringLiteral("planView"))->model()->rowCount();
}

} // namespace

TEST_CASE("File menu actions have the platform's standard shortcuts")
{
    app::MainWindow window(Persistence::Forget);
    CHECK(action(window, "actionNew")->shortcut() == QKeySequence(QKeySequence::New));
    CHECK(action(window, "actionOpen")->shortcut() == QKeySequence(QKeySequence::Open));
    CHECK(action(window, "actionClose")->shortcut() == QKeySequence(QKeySequence::Close));
    CHECK(action(window, "actionQuit")->shortcut() == QKeySequence(QKeySequence::Quit));
    CHECK_FALSE(action(window, "actionClose")->isEnabled());
}

TEST_CASE("File > New creates an empty workbook, File > Close empties the window")
{
    DemoWorkbook demo;
    app::MainWindow window(Persistence::Forget);
    REQUIRE(window.openWorkbook(demo.path()));
    REQUIRE(planRows(window) == 6);

    app::FileDialog::setNextFileName(demo.file(QStringLiteral("fresh")));
    action(window, "actionNew")->trigger();
    CHECK(takeMessages().isEmpty());
    const QString created = demo.file(QStringLiteral("fresh.cdwb"));
    CHECK(QFileInfo::exists(created));
    CHECK(QFileInfo(window.workbookPath()) == QFileInfo(created));
    CHECK(window.windowTitle().startsWith(QStringLiteral("fresh.cdwb")));
    CHECK(window.findChild<QListView*>(QStringLiteral("campaignList"))->model()->rowCount() == 0);
    CHECK(planRows(window) == 0);
    CHECK(window.recentFiles().front() == QFileInfo(created).absoluteFilePath());

    // An existing file is never overwritten.
    app::FileDialog::setNextFileName(demo.path());
    action(window, "actionNew")->trigger();
    REQUIRE(takeMessages().size() == 1);
    CHECK(QFileInfo(window.workbookPath()) == QFileInfo(created));

    // Cancelling the dialog does nothing.
    app::FileDialog::setNextFileName(QString());
    action(window, "actionNew")->trigger();
    CHECK(takeMessages().isEmpty());

    action(window, "actionClose")->trigger();
    CHECK_FALSE(window.hasWorkbook());
    CHECK(window.windowTitle() == QStringLiteral("CampaignDesk"));
    CHECK_FALSE(action(window, "actionClose")->isEnabled());

    app::FileDialog::setNextFileName(demo.path());
    action(window, "actionOpen")->trigger();
    CHECK(window.workbookPath() == demo.path());
    CHECK(planRows(window) == 6);
}

TEST_CASE("Open Recent lists the workbooks, newest first, and drops a missing one with a message")
{
    DemoWorkbook first;
    DemoWorkbook second;
    app::MainWindow window(Persistence::Forget);
    CHECK_FALSE(recentActions(window).front()->isEnabled()); // "No recent workbooks"
    REQUIRE(window.openWorkbook(first.path()));
    REQUIRE(window.openWorkbook(second.path()));
    REQUIRE(window.openWorkbook(first.path()));
    CHECK(window.recentFiles() == QStringList({first.path(), second.path()}));

    auto actions = recentActions(window);
    REQUIRE(actions.size() == 2);
    CHECK(actions[0]->data().toString() == first.path());
    CHECK(actions[1]->data().toString() == second.path());
    actions[1]->trigger();
    CHECK(window.workbookPath() == second.path());

    REQUIRE(QFile::remove(first.path()));
    recentActions(window)[1]->trigger(); // first.path(), now missing
    const auto messages = takeMessages();
    REQUIRE(messages.size() == 1);
    CHECK(messages.front().icon == QMessageBox::Information);
    CHECK(messages.front().text.contains(first.path()));
    CHECK(window.recentFiles() == QStringList({second.path()}));
    CHECK(recentActions(window).size() == 1);
    CHECK(window.workbookPath() == second.path());
}

TEST_CASE("The window remembers its geometry and recent workbooks between runs")
{
    QSettings().clear();
    DemoWorkbook demo;
    {
        app::MainWindow window(Persistence::Remember);
        window.resize(900, 640);
        window.show();
        REQUIRE(window.openWorkbook(demo.path()));
        window.close();
    }
    app::MainWindow again(Persistence::Remember);
    CHECK(again.recentFiles() == QStringList({demo.path()}));
    CHECK(again.size() == QSize(900, 640));

    // Without a workbook on the command line, the most recent one opens.
    again.openStartupWorkbook();
    CHECK(again.workbookPath() == demo.path());
    QSettings().clear();
}

TEST_CASE("The first launch creates and opens the demo workbook")
{
    QSettings().clear();
    const QString demoPath = QString::fromStdString(platform::demoWorkbookPath());
    QFile::remove(demoPath);
    {
        app::MainWindow window(Persistence::Remember);
        window.openStartupWorkbook();
        CHECK(takeMessages().isEmpty());
        CHECK(window.workbookPath() == demoPath);
        CHECK(window.windowTitle().startsWith(QStringLiteral("demo.cdwb")));
        CHECK(planRows(window) == 6);
        CHECK_FALSE(QFileInfo::exists(demoPath + QStringLiteral(".part")));
    }
    // A second launch opens the same file instead of creating another.
    const auto created = QFileInfo(demoPath).lastModified();
    app::MainWindow window(Persistence::Forget);
    window.openStartupWorkbook();
    CHECK(window.workbookPath() == demoPath);
    CHECK(QFileInfo(demoPath).lastModified() == created);
    QFile::remove(demoPath);
    QSettings().clear();
}
