#include "GuiTestSupport.h"

#include "app/FileDialog.h"
#include "app/MainWindow.h"
#include "app/WorkbookCopyAction.h"
#include "app/WorkbookDocument.h"
#include "storage/CampaignRepository.h"
#include "storage/Workbook.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenu>

#include <catch2/catch.hpp>

using namespace cd;
using Persistence = app::MainWindow::Persistence;

namespace {

QAction* saveCopyAction(const QObject& window)
{
    auto* found = window.findChild<QAction*>(QStringLiteral("actionSaveCopy"));
    REQUIRE(found != nullptr);
    return found;
}

std::vector<std::string> campaignNames(const QString& path)
{
    auto workbook = storage::Workbook::open(path.toStdString(), storage::Workbook::Mode::ReadOnly);
    storage::CampaignRepository campaigns(workbook.db());
    std::vector<std::string> names;
    for (const auto& campaign : campaigns.list()) {
        names.push_back(campaign.name);
    }
    return names;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("File > Save a Copy writes the open workbook, with its latest edit, to a new file")
{
    DemoWorkbook demo;
    app::MainWindow window(Persistence::Forget);
    QAction* action = saveCopyAction(window);
    CHECK_FALSE(action->isEnabled());
    CHECK(action->shortcut() == QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_S));
    REQUIRE(window.openWorkbook(demo.path()));
    CHECK(action->isEnabled());

    // An edit made through the window's own connection is in the WAL, not yet in the main file:
    // the copy must hold it all the same.
    core::Campaign added;
    added.name = "Added just before the copy";
    storage::CampaignRepository(window.document()->workbook().db()).add(added);

    const QString copy = demo.file(QStringLiteral("copy.cdwb"));
    app::FileDialog::setNextFileName(copy);
    action->trigger();
    CHECK(takeMessages().isEmpty());
    REQUIRE(QFileInfo::exists(copy));
    CHECK_FALSE(QFileInfo::exists(copy + QStringLiteral(".partial")));
    const auto names = campaignNames(copy);
    CHECK(names == campaignNames(demo.path()));
    CHECK(std::find(names.begin(), names.end(), "Added just before the copy") != names.end());
    // The window keeps editing the original.
    CHECK(window.document()->workbook().path() == demo.stdPath());
}

TEST_CASE("Save a Copy replaces a file the user chose to overwrite, and refuses the open one")
{
    DemoWorkbook demo;
    app::MainWindow window(Persistence::Forget);
    REQUIRE(window.openWorkbook(demo.path()));
    auto* copier = window.findChild<app::WorkbookCopyAction*>();
    REQUIRE(copier != nullptr);

    SECTION("an existing file is replaced by a whole workbook")
    {
        const QString target = demo.file(QStringLiteral("old.cdwb"));
        writeFile(target, "an old spreadsheet, not a workbook");
        app::FileDialog::setNextFileName(target);
        CHECK(copier->saveCopy());
        CHECK(campaignNames(target) == campaignNames(demo.path()));
    }
    SECTION("choosing the open workbook itself is refused and leaves it as it was")
    {
        const auto before = campaignNames(demo.path());
        app::FileDialog::setNextFileName(demo.path());
        CHECK_FALSE(copier->saveCopy());
        const auto messages = takeMessages();
        REQUIRE(messages.size() == 1);
        CHECK(messages.front().text.contains(QStringLiteral("is the open workbook")));
        CHECK(campaignNames(demo.path()) == before);
    }
    SECTION("a folder that does not exist gives one clear message and no partial file")
    {
        const QString target = demo.file(QStringLiteral("missing-folder/copy.cdwb"));
        app::FileDialog::setNextFileName(target);
        CHECK_FALSE(copier->saveCopy());
        const auto messages = takeMessages();
        REQUIRE(messages.size() == 1);
        CHECK(messages.front().text.startsWith(QStringLiteral("Cannot save a copy as ")));
        CHECK(messages.front().text.contains(target));
        CHECK_FALSE(messages.front().text.contains(QStringLiteral(".partial")));
        CHECK_FALSE(QFileInfo::exists(target));
    }
    SECTION("Cancel writes nothing")
    {
        app::FileDialog::setNextFileName(QString());
        CHECK_FALSE(copier->saveCopy());
        CHECK(takeMessages().isEmpty());
    }
}
