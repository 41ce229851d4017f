#include "GuiTestSupport.h"

#include "app/CampaignTabs.h"
#include "app/ContentCommands.h"
#include "app/DashboardCharts.h"
#include "app/DashboardView.h"
#include "app/KpiTile.h"
#include "app/MainWindow.h"
#include "app/WorkbookDocument.h"
#include "core/Date.h"
#include "storage/CampaignRepository.h"
#include "storage/ContentRepository.h"
#include "storage/TaskRepository.h"
#include "storage/Workbook.h"

#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <set>

using namespace cd;

namespace {

struct Dashboard {
    app::MainWindow window{app::MainWindow::Persistence::Forget};
    app::DashboardView* view = nullptr;

    explicit Dashboard(const QString& path)
    {
        REQUIRE(window.openWorkbook(path));
        view = window.campaignTabs()->dashboardView();
    }
    storage::Database& db() { return window.document()->workbook().db(); }
    QString value(const char* key) const
    {
        auto* tile = view->tile(QLatin1String(key));
        REQUIRE(tile != nullptr);
        return tile->findChild<QLabel*>(QStringLiteral("value"))->text();
    }
    QString status(const char* key) const
    {
        return view->tile(QLatin1String(key))->findChild<QLabel*>(QStringLiteral("status"))->text();
    }
};

// Σ likes + comments + shares + saves over the items, by hand (what a reader would add up).
std::int64_t engagementsOf(const std::vector<core::ContentItem>& items)
{
    std::int64_t sum = 0;
    for (const auto& item : items) {
        const auto& m = item.metrics;
        sum += m.likes.value_or(0) + m.comments.value_or(0) + m.shares.value_or(0) +
               m.saves.value_or(0);
    }
    return sum;
}

} // namespace

TEST_CASE("The dashboard follows an edit made elsewhere, and its undo")
{
    DemoWorkbook demo;
    Dashboard d(demo.path());
    const core::Id campaignId = d.window.currentCampaignId();
    auto items = storage::ContentRepository(d.db()).listByCampaign(campaignId);
    REQUIRE_FALSE(items.empty());
    const std::int64_t before = engagementsOf(items);
    REQUIRE(before > 0);
    CHECK(d.value("engagements") == englishCount(before));

    // An edit made elsewhere in the app: the Content table's own command for one field.
    const core::ContentItem& item = items.front();
    const std::optional<std::int64_t> likes = item.metrics.likes.value_or(0) + 1000;
    REQUIRE(d.window.document()->push(new app::ChangeContentField(
        *d.window.document(), campaignId, item.id, app::ContentField::Likes, item.metrics.likes,
        likes, QStringLiteral("Edit likes"))));
    CHECK(storage::ContentRepository(d.db()).get(item.id)->metrics.likes == likes);
    CHECK(d.value("engagements") == englishCount(before + 1000));

    d.window.document()->undoStack()->undo();
    CHECK(d.value("engagements") == englishCount(before));
    d.window.document()->undoStack()->redo();
    CHECK(d.value("engagements") == englishCount(before + 1000));
    // The tab scrolls rather than forcing the window to grow.
    CHECK(d.view->minimumSizeHint().height() < 400);
    CHECK(d.view->minimumSizeHint().width() < 600);
}

TEST_CASE("Dashboard tiles show a dash where a denominator is unknown")
{
    DemoWorkbook demo;
    core::Id campaignId = 0;
    {
        auto wb = storage::Workbook::open(demo.stdPath(), storage::Workbook::Mode::ReadWrite);
        core::Campaign campaign;
        campaign.name = "Empty launch";
        campaign.kpiTargets = {{"ctr", 0.02}};
        storage::CampaignRepository(wb.db()).add(campaign);
        campaignId = campaign.id;
        // Clicks are reported but impressions are not: the CTR has no denominator.
        core::ContentItem item;
        item.campaignId = campaignId;
        item.title = "Teaser";
        item.metrics.clicks = 40;
        storage::ContentRepository(wb.db()).add(item);
    }
    Dashboard d(demo.path());
    REQUIRE(d.window.selectCampaign(campaignId));
    CHECK(d.value("ctr") == QStringLiteral("—"));
    CHECK(d.value("engagement_rate_reach") == QStringLiteral("—"));
    CHECK(d.value("cpe") == QStringLiteral("—"));
    CHECK(d.value("impressions") == QStringLiteral("—"));
    CHECK(d.value("posts_published") == QStringLiteral("0"));
    // A target with no value to compare is neither met nor at risk.
    CHECK(d.status("ctr") == QStringLiteral("Unknown"));
    CHECK(d.status("reach") == QStringLiteral("No target"));
}

TEST_CASE("The dashboard's charts have one point or bar per week, influencer and phase")
{
    DemoWorkbook demo;
    Dashboard d(demo.path());
    const core::Id campaignId = d.window.currentCampaignId();
    const auto items = storage::ContentRepository(d.db()).listByCampaign(campaignId);

    // Weeks from the Monday of the first published day to that of the last, counted by hand.
    std::optional<core::Date> first;
    std::optional<core::Date> last;
    std::set<core::Id> authors;
    for (const auto& item : items) {
        if (item.publishedDate) {
            first = first ? std::min(*first, *item.publishedDate) : *item.publishedDate;
            last = last ? std::max(*last, *item.publishedDate) : *item.publishedDate;
        }
        if (item.influencerId) {
            authors.insert(*item.influencerId);
        }
    }
    REQUIRE(first);
    const auto monday = [](core::Date date) {
        return date.addDays(-static_cast<std::int32_t>(date.isoWeekday() - 1));
    };
    const int weeks = (monday(*last).daysSinceEpoch() - monday(*first).daysSinceEpoch()) / 7 + 1;

    const auto weekly = d.view->charts()->weeklyChart()->series();
    REQUIRE(weekly.size() == 2);
    for (auto* series : weekly) {
        CHECK(qobject_cast<QLineSeries*>(series)->count() == weeks);
    }

    const auto top = d.view->charts()->influencerChart()->series();
    REQUIRE(top.size() == 1);
    auto* bars = qobject_cast<QHorizontalBarSeries*>(top.front());
    REQUIRE(bars->count() == 1);
    CHECK(bars->barSets().front()->count() == std::min<int>(5, static_cast<int>(authors.size())));

    std::set<std::string> phases;
    for (const auto& task : storage::TaskRepository(d.db()).listByCampaign(campaignId)) {
        phases.insert(task.phase);
    }
    auto* phaseBars =
        qobject_cast<QHorizontalBarSeries*>(d.view->charts()->phaseChart()->series().front());
    CHECK(phaseBars->barSets().front()->count() == static_cast<int>(phases.size()));

    auto* budgetBars =
        qobject_cast<QHorizontalBarSeries*>(d.view->charts()->budgetChart()->series().front());
    CHECK(budgetBars->count() == 3); // planned, committed, paid

    // The axes group thousands like the tiles: the demo's weekly reach passes 1,000,000.
    d.window.resize(1400, 850);
    d.window.show();
    d.window.campaignTabs()->setCurrentWidget(d.view);
    REQUIRE(QTest::qWaitForWindowExposed(&d.window));
    QCoreApplication::processEvents();
    QStringList labels;
    QChart* weeklyChart = d.view->charts()->weeklyChart();
    REQUIRE(weeklyChart->scene() != nullptr);
    for (QGraphicsItem* item : weeklyChart->scene()->items()) {
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item)) {
            labels << text->toPlainText();
        }
    }
    INFO(labels.join(QStringLiteral(" | ")).toStdString());
    CHECK(labels.contains(QStringLiteral("1,000,000")));
    CHECK_FALSE(labels.contains(QStringLiteral("1000000")));
}

TEST_CASE("The dashboard's date range limits the content figures")
{
    DemoWorkbook demo;
    Dashboard d(demo.path());
    const core::Id campaignId = d.window.currentCampaignId();
    const auto items = storage::ContentRepository(d.db()).listByCampaign(campaignId);
    std::vector<core::ContentItem> published;
    for (const auto& item : items) {
        if (item.publishedDate) {
            published.push_back(item);
        }
    }
    REQUIRE(published.size() >= 2);
    std::sort(published.begin(), published.end(),
              [](const auto& a, const auto& b) { return *a.publishedDate < *b.publishedDate; });
    // Only the earliest published day.
    const core::Date day = *published.front().publishedDate;
    std::vector<core::ContentItem> inRange;
    for (const auto& item : items) {
        const auto date = item.publishedDate ? item.publishedDate : item.plannedDate;
        if (date && *date == day) {
            inRange.push_back(item);
        }
    }
    d.view->setContentRange({day, day});
    CHECK(d.value("engagements") == englishCount(engagementsOf(inRange)));
    CHECK(engagementsOf(inRange) < engagementsOf(items));

    d.view->setContentRange({});
    CHECK(d.value("engagements") == englishCount(engagementsOf(items)));
}
