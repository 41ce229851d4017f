#include "GuiTestSupport.h"
#include "app/Format.h"

#include "app/CampaignListModel.h"
#include "app/CampaignTabs.h"
#include "app/MainWindow.h"
#include "storage/BudgetRepository.h"
#include "storage/CampaignRepository.h"
#include "storage/ContentRepository.h"
#include "storage/ContractRepository.h"
#include "storage/InfluencerRepository.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"
#include "storage/Workbook.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QTableView>
#include <QTreeView>

#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

using namespace cd;
using storage::Workbook;

namespace {

template <class T> T* child(const QObject& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

int rows(const QObject& window, const char* viewName)
{
    return child<QAbstractItemView>(window, viewName)->model()->rowCount();
}

QString tileValue(const QObject& window, const char* tile)
{
    return child<QLabel>(*child<QWidget>(window, tile), "value")->text();
}

} // namespace

TEST_CASE("The main window shows the selected campaign's data on every tab")
{
    DemoWorkbook demo;
    app::MainWindow window(app::MainWindow::Persistence::Forget);
    REQUIRE(window.openWorkbook(demo.path()));
    CHECK(takeMessages().isEmpty());
    CHECK(window.windowTitle().contains(QStringLiteral("demo.cdwb")));
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("[read-only]")));

    auto workbook = Workbook::open(demo.stdPath(), Workbook::Mode::ReadOnly);
    const auto campaigns = storage::CampaignRepository(workbook.db()).list();
    REQUIRE(child<QListView>(window, "campaignList")->model()->rowCount() ==
            static_cast<int>(campaigns.size()));
    const core::Campaign& first = campaigns.front();
    CHECK(window.currentCampaignId() == first.id);

    SECTION("Plan: the six deliverables coded 1 to 6, and every task")
    {
        auto* plan = child<QTreeView>(window, "planView");
        CHECK(columnTexts(*plan->model(), 0) ==
              QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                           QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")}));
        CHECK(totalRows(*plan->model(), {}) ==
              static_cast<int>(
                  storage::TaskRepository(workbook.db()).listByCampaign(first.id).size()));
    }
    SECTION("Influencers: the whole roster, or the campaign's members only")
    {
        storage::InfluencerRepository roster(workbook.db());
        const auto members = roster.membersOfCampaign(first.id);
        REQUIRE_FALSE(members.empty());
        CHECK(rows(window, "influencersView") == static_cast<int>(roster.count()));
        child<QCheckBox>(window, "thisCampaignOnly")->setChecked(true);
        CHECK(rows(window, "influencersView") == static_cast<int>(members.size()));
        const auto someone = roster.get(members.back().influencerId);
        REQUIRE(someone);
        const auto* model = child<QTableView>(window, "influencersView")->model();
        CHECK(columnTexts(*model, 0).contains(QString::fromStdString(someone->name)));
    }
    SECTION("Contracts and budget: as many rows as the repositories hold")
    {
        storage::BudgetRepository budget(workbook.db());
        CHECK(rows(window, "contractsView") ==
              static_cast<int>(
                  storage::ContractRepository(workbook.db()).listByCampaign(first.id).size()));
        CHECK(rows(window, "budgetLinesView") ==
              static_cast<int>(budget.linesOfCampaign(first.id).size()));
        CHECK(rows(window, "paymentsView") ==
              static_cast<int>(budget.paymentsOfCampaign(first.id).size()));
        CHECK(rows(window, "contractsView") > 0);
        CHECK(
            child<QLabel>(window, "budgetTotals")->text().contains(app::formatMoney(first.budget)));
    }
    SECTION("Dashboard: the impressions tile shows the sum of the content's impressions")
    {
        std::int64_t impressions = 0;
        for (const auto& item :
             storage::ContentRepository(workbook.db()).listByCampaign(first.id)) {
            impressions += item.metrics.impressions.value_or(0);
        }
        REQUIRE(impressions > 0);
        CHECK(tileValue(window, "tile_impressions") == englishCount(impressions));
        CHECK(child<QLabel>(window, "dashboardHeading")->text() ==
              QString::fromStdString(first.name));
    }
    SECTION("Selecting another campaign refreshes every tab")
    {
        const core::Campaign& second = campaigns.at(1);
        REQUIRE(window.selectCampaign(second.id));
        CHECK(window.currentCampaignId() == second.id);
        auto* plan = child<QTreeView>(window, "planView");
        CHECK(totalRows(*plan->model(), {}) ==
              static_cast<int>(
                  storage::TaskRepository(workbook.db()).listByCampaign(second.id).size()));
        child<QCheckBox>(window, "thisCampaignOnly")->setChecked(true);
        CHECK(
            rows(window, "influencersView") ==
            static_cast<int>(
                storage::InfluencerRepository(workbook.db()).membersOfCampaign(second.id).size()));
        CHECK(child<QLabel>(window, "dashboardHeading")->text() ==
              QString::fromStdString(second.name));
        CHECK_FALSE(window.selectCampaign(999999));
    }
}

TEST_CASE("User text is shown as plain text, never as markup")
{
    DemoWorkbook demo;
    {
        auto workbook = Workbook::open(demo.stdPath(), Workbook::Mode::ReadWrite);
        core::Campaign campaign;
        campaign.name = "<b>Bold</b> <img src=\"/etc/passwd\">";
        storage::CampaignRepository(workbook.db()).add(campaign);
    }
    app::MainWindow window(app::MainWindow::Persistence::Forget);
    REQUIRE(window.openWorkbook(demo.path()));
    auto* list = child<QListView>(window, "campaignList");
    const int row = list->model()->rowCount() - 1;
    const QString tip = list->model()->index(row, 0).data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("&lt;b&gt;Bold&lt;/b&gt;")));
    CHECK_FALSE(tip.contains(QStringLiteral("<img")));

    REQUIRE(window.selectCampaign(
        list->model()->index(row, 0).data(app::CampaignListModel::IdRole).toLongLong()));
    auto* heading = child<QLabel>(window, "dashboardHeading");
    CHECK(heading->textFormat() == Qt::PlainText);
    CHECK(heading->text() == QStringLiteral("<b>Bold</b> <img src=\"/etc/passwd\">"));
}

TEST_CASE("A file that is not a workbook gives one warning and changes nothing")
{
    DemoWorkbook demo;
    app::MainWindow window(app::MainWindow::Persistence::Forget);
    REQUIRE(window.openWorkbook(demo.path()));
    const QString title = window.windowTitle();
    const int planRows = rows(window, "planView");
    const QStringList recent = window.recentFiles();

    const QString text = demo.file(QStringLiteral("notes.cdwb"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Shopping list: sunscreen, lip balm\n");
    }
    CHECK_FALSE(window.openWorkbook(text));

    const auto messages = takeMessages();
    REQUIRE(messages.size() == 1);
    CHECK(messages.front().icon == QMessageBox::Warning);
    CHECK(messages.front().text.contains(QStringLiteral("not a CampaignDesk workbook")));
    CHECK_FALSE(messages.front().text.contains(QLatin1Char('\n')));
    CHECK(window.windowTitle() == title);
    CHECK(window.workbookPath() == demo.path());
    CHECK(rows(window, "planView") == planRows);
    CHECK(window.recentFiles() == recent);

    CHECK_FALSE(window.openWorkbook(demo.file(QStringLiteral("missing.cdwb"))));
    REQUIRE(takeMessages().size() == 1);
    CHECK(window.workbookPath() == demo.path());
}

TEST_CASE("A workbook that cannot be written opens read-only with a notice")
{
    DemoWorkbook demo;
    app::MainWindow window(app::MainWindow::Persistence::Forget);
    auto* notice = child<QLabel>(window, "readOnlyNotice");

    SECTION("through the opener seam (works as root too)")
    {
        window.setWorkbookOpener([](const std::string& path, Workbook::Mode mode) {
            if (mode == Workbook::Mode::ReadWrite) {
                throw storage::StorageError(storage::StorageError::Kind::ReadOnly,
                                            path + " is read-only.");
            }
            return Workbook::open(path, mode);
        });
        REQUIRE(window.openWorkbook(demo.path()));
    }
    SECTION("a file without write permission")
    {
        if (::geteuid() == 0) {
            WARN("running as root: file permissions do not stop root; the seam case covers it");
            return;
        }
        std::filesystem::permissions(demo.stdPath(), std::filesystem::perms::owner_read);
        REQUIRE(window.openWorkbook(demo.path()));
    }
    CHECK(takeMessages().isEmpty());
    CHECK(window.isReadOnly());
    CHECK(window.windowTitle().contains(QStringLiteral("demo.cdwb [read-only]")));
    CHECK(notice->isVisibleTo(&window));
    CHECK(notice->text().contains(QStringLiteral("Read-only")));
    CHECK(rows(window, "planView") == 6);

    // Opening a writable workbook afterwards takes the notice away.
    window.setWorkbookOpener(app::defaultWorkbookOpener());
    DemoWorkbook other;
    REQUIRE(window.openWorkbook(other.path()));
    CHECK_FALSE(window.isReadOnly());
    CHECK_FALSE(notice->isVisibleTo(&window));
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("[read-only]")));
}
