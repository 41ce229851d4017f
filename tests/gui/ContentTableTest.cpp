#include "GuiTestSupport.h"

#include "app/BudgetView.h"
#include "app/CampaignTabs.h"
#include "app/ContentTableModel.h"
#include "app/ContentView.h"
#include "app/DashboardView.h"
#include "app/KpiTile.h"
#include "app/MainWindow.h"
#include "app/WorkbookDocument.h"
#include "storage/CampaignRepository.h"
#include "storage/ContentRepository.h"
#include "storage/InfluencerRepository.h"
#include "storage/Workbook.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace cd;
using Column = app::ContentTableModel::Column;

namespace {

// The main window on a workbook, showing the first campaign's Content tab.
struct Desk {
    app::MainWindow window{app::MainWindow::Persistence::Forget};
    app::CampaignTabs* tabs = nullptr;
    app::ContentView* view = nullptr;
    app::ContentTableModel* model = nullptr;

    explicit Desk(const QString& path)
    {
        qputenv("CD_TODAY", "2026-06-15");
        REQUIRE(window.openWorkbook(path));
        tabs = window.campaignTabs();
        view = tabs->contentView();
        model = view->model();
        tabs->setCurrentIndex(app::CampaignTabs::Content);
        REQUIRE(tabs->currentWidget() == view);
    }
    storage::Database& db() { return window.document()->workbook().db(); }
    QUndoStack& undo() { return *window.document()->undoStack(); }
    core::Id campaign() const { return window.currentCampaignId(); }
    std::vector<core::ContentItem> stored()
    {
        return storage::ContentRepository(db()).listByCampaign(campaign());
    }
    core::ContentItem stored(core::Id id)
    {
        auto item = storage::ContentRepository(db()).get(id);
        REQUIRE(item);
        return *item;
    }
    bool exists(core::Id id) { return storage::ContentRepository(db()).get(id).has_value(); }
    // The model's cell of item `id` (rows are re-read after every edit: never keep an index).
    QModelIndex cell(core::Id id, Column column) const
    {
        const int row = model->rowOf(id);
        REQUIRE(row >= 0);
        return model->index(row, column);
    }
    // The same cell as the table shows it, through its sort proxy.
    QModelIndex viewCell(core::Id id, Column column) const
    {
        auto* proxy = view->table()->model();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex index = proxy->index(r, column);
            if (index.data(app::ContentTableModel::ContentIdRole).toLongLong() == id) {
                return index;
            }
        }
        FAIL("item " << id << " is not shown");
        return {};
    }
};

// Opens the table's editor on `index` and returns it as a T.
template <class T> T* openEditor(QTableView& table, const QModelIndex& index)
{
    table.setCurrentIndex(index);
    table.edit(index);
    QCoreApplication::processEvents();
    auto* editor = table.viewport()->findChild<T*>();
    REQUIRE(editor != nullptr);
    return editor;
}

// Presses Enter in an open editor, as a user does to commit it.
void commit(QWidget* editor)
{
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on a queued call after Enter.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("The Content tab sits between Budget and Dashboard and has its own key")
{
    CHECK(app::CampaignTabs::tabFromKey(QStringLiteral("content")) == app::CampaignTabs::Content);
    CHECK(app::CampaignTabs::tabFromKey(QStringLiteral("Content")) == app::CampaignTabs::Content);
    CHECK(app::CampaignTabs::keyOf(app::CampaignTabs::Content) == QStringLiteral("content"));
    CHECK(app::CampaignTabs::keyOf(app::CampaignTabs::Dashboard) == QStringLiteral("dashboard"));
    CHECK(app::CampaignTabs::keyOf(app::CampaignTabs::Budget) == QStringLiteral("budget"));

    DemoWorkbook demo;
    Desk desk(demo.path());
    // The enum is the tabs' order: Screenshot and --tab index the widget with it.
    CHECK(desk.tabs->count() == app::CampaignTabs::TabCount);
    CHECK(desk.tabs->widget(app::CampaignTabs::Budget) ==
          static_cast<QWidget*>(desk.tabs->budgetView()));
    CHECK(desk.tabs->widget(app::CampaignTabs::Content) == static_cast<QWidget*>(desk.view));
    CHECK(desk.tabs->widget(app::CampaignTabs::Dashboard) ==
          static_cast<QWidget*>(desk.tabs->dashboardView()));
}

TEST_CASE("The Content table shows every item of the campaign and passes the model tester")
{
    DemoWorkbook demo;
    Desk desk(demo.path());
    const auto items = desk.stored();
    REQUIRE(items.size() > 10);
    CHECK(desk.model->rowCount() == static_cast<int>(items.size()));
    CHECK(desk.view->table()->isVisibleTo(desk.view));
    CHECK_FALSE(desk.view->emptyLabel()->isVisibleTo(desk.view));

    // The demo's first item: Carmen Ruiz's unboxing reel on Instagram, 31,000 impressions,
    // 1,150 likes, 462.00 EUR of revenue.
    const core::ContentItem& first = items.front();
    CHECK(desk.cell(first.id, Column::Influencer).data().toString() ==
          QStringLiteral("Carmen Ruiz"));
    CHECK(desk.cell(first.id, Column::Platform).data().toString() == QStringLiteral("Instagram"));
    CHECK(desk.cell(first.id, Column::Type).data().toString() == QStringLiteral("Reel"));
    CHECK(desk.cell(first.id, Column::Impressions).data().toString() == QStringLiteral("31,000"));
    CHECK(desk.cell(first.id, Column::Likes).data().toString() == QStringLiteral("1,150"));
    CHECK(desk.cell(first.id, Column::Revenue).data().toString() == QStringLiteral("462.00 EUR"));
    CHECK(desk.cell(first.id, Column::Approval).data().toString() == QStringLiteral("Published"));

    // Metrics sort as numbers: by likes, 900 < 1150 < 12400 (as text "12400" < "900").
    auto* proxy = desk.view->table()->model();
    desk.view->table()->sortByColumn(Column::Likes, Qt::AscendingOrder);
    qint64 previous = -1;
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QVariant raw =
            proxy->index(r, Column::Likes).data(app::ContentTableModel::RawValueRole);
        if (!raw.isValid()) {
            continue; // unknown likes sort last
        }
        CHECK(raw.toLongLong() >= previous);
        previous = raw.toLongLong();
    }

    ModelTesterFailures failures;
    QAbstractItemModelTester tester(desk.model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    desk.tabs->reload();
    CHECK(failures.messages().isEmpty());
}

TEST_CASE("A metric edited through the model is in the workbook at once, and Undo takes it back")
{
    DemoWorkbook demo;
    Desk desk(demo.path());
    const core::ContentItem item = desk.stored().front();
    REQUIRE(item.metrics.likes == 1150);

    const auto engagements = [&desk] {
        auto* tile = desk.tabs->dashboardView()->tile(QStringLiteral("engagements"));
        REQUIRE(tile != nullptr);
        return readEnglishCount(tile->findChild<QLabel*>(QStringLiteral("value"))->text());
    };
    const qint64 engagedBefore = engagements();
    REQUIRE(desk.model->setData(desk.cell(item.id, Column::Likes), 4321));
    CHECK(desk.stored(item.id).metrics.likes == 4321);
    // The Dashboard follows at once: 4,321 − 1,150 = 3,171 more likes, so more engagements.
    CHECK(engagements() == engagedBefore + 3171);
    CHECK(desk.cell(item.id, Column::Likes).data().toString() == QStringLiteral("4,321"));
    // Only that field changed.
    core::ContentItem expected = item;
    expected.metrics.likes = 4321;
    expected.version = item.version + 1;
    CHECK(desk.stored(item.id) == expected);

    desk.undo().undo();
    CHECK(desk.stored(item.id).metrics.likes == 1150);
    CHECK(engagements() == engagedBefore);
    CHECK(desk.cell(item.id, Column::Likes).data().toString() == QStringLiteral("1,150"));
    desk.undo().redo();
    CHECK(desk.stored(item.id).metrics.likes == 4321);

    SECTION("Values as people type them")
    {
        REQUIRE(
            desk.model->setData(desk.cell(item.id, Column::Impressions), QStringLiteral("1.2K")));
        CHECK(desk.stored(item.id).metrics.impressions == 1200);
        REQUIRE(
            desk.model->setData(desk.cell(item.id, Column::Revenue), QStringLiteral("1.234,50")));
        CHECK(desk.stored(item.id).metrics.revenue == core::Money(123450, "EUR"));
        REQUIRE(desk.model->setData(desk.cell(item.id, Column::Approval),
                                    static_cast<int>(core::ApprovalStatus::ChangesRequested)));
        CHECK(desk.stored(item.id).approval == core::ApprovalStatus::ChangesRequested);
        REQUIRE(
            desk.model->setData(desk.cell(item.id, Column::Platform), QStringLiteral("TikTok")));
        CHECK(desk.stored(item.id).platform == core::Platform::TikTok);
        REQUIRE(desk.model->setData(desk.cell(item.id, Column::Published), QDate(2026, 5, 30)));
        CHECK(desk.stored(item.id).publishedDate == core::Date::fromYmd(2026, 5, 30));
        REQUIRE(
            desk.model->setData(desk.cell(item.id, Column::Title), QStringLiteral(" Unboxed ")));
        CHECK(desk.stored(item.id).title == "Unboxed");
    }
    SECTION("A cleared metric is unknown, not zero")
    {
        REQUIRE(desk.model->setData(desk.cell(item.id, Column::Reach), QVariant()));
        CHECK(desk.stored(item.id).metrics.reach == std::nullopt);
        CHECK(desk.cell(item.id, Column::Reach).data().toString() == QStringLiteral("—"));
        REQUIRE(desk.model->setData(desk.cell(item.id, Column::Revenue), QString()));
        CHECK(desk.stored(item.id).metrics.revenue == std::nullopt);
        desk.undo().undo();
        desk.undo().undo();
        CHECK(desk.stored(item.id).metrics.reach == 17800);
        CHECK(desk.stored(item.id).metrics.revenue == core::Money(46200, "EUR"));
    }
    SECTION("Invalid values change nothing and push nothing")
    {
        const int commands = desk.undo().count();
        const core::ContentItem now = desk.stored(item.id);
        CHECK_FALSE(desk.model->setData(desk.cell(item.id, Column::Likes), -5));
        CHECK_FALSE(desk.model->setData(desk.cell(item.id, Column::Likes), QStringLiteral("lots")));
        CHECK_FALSE(
            desk.model->setData(desk.cell(item.id, Column::Revenue), QStringLiteral("-3.00")));
        CHECK_FALSE(
            desk.model->setData(desk.cell(item.id, Column::Planned), QStringLiteral("31/02/2026")));
        CHECK_FALSE(desk.model->setData(desk.cell(item.id, Column::Type), 99));
        CHECK_FALSE(desk.model->setData(desk.cell(item.id, Column::Influencer),
                                        QStringLiteral("Nobody we know")));
        // The same value again is no edit.
        CHECK_FALSE(desk.model->setData(desk.cell(item.id, Column::Likes), 4321));
        CHECK(desk.undo().count() == commands);
        CHECK(desk.stored(item.id) == now);
        // Each refusal but the unchanged value told the user why.
        const auto messages = takeMessages();
        REQUIRE(messages.size() == 6);
        CHECK(messages[1].text == QStringLiteral("“lots” is not a valid value for Likes."));
    }
}

TEST_CASE("Content cells are edited in their own editors")
{
    DemoWorkbook demo;
    Desk desk(demo.path());
    desk.window.show();
    QTableView& table = *desk.view->table();
    const core::ContentItem item = desk.stored().front();

    SECTION("A spin box for a count")
    {
        auto* spin = openEditor<QSpinBox>(table, desk.viewCell(item.id, Column::Comments));
        CHECK(spin->value() == 96);
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("777"));
        commit(spin);
        CHECK(desk.stored(item.id).metrics.comments == 777);
        desk.undo().undo();
        CHECK(desk.stored(item.id).metrics.comments == 96);
    }
    SECTION("Clearing the spin box makes the count unknown")
    {
        auto* spin = openEditor<QSpinBox>(table, desk.viewCell(item.id, Column::Saves));
        spin->selectAll();
        QTest::keyClick(spin, Qt::Key_Backspace);
        commit(spin);
        CHECK(desk.stored(item.id).metrics.saves == std::nullopt);
    }
    SECTION("A list of approval states")
    {
        auto* combo = openEditor<QComboBox>(table, desk.viewCell(item.id, Column::Approval));
        CHECK(combo->count() == 5);
        CHECK(combo->currentText() == QStringLiteral("Published"));
        combo->setCurrentIndex(combo->findText(QStringLiteral("Submitted")));
        commit(combo);
        CHECK(desk.stored(item.id).approval == core::ApprovalStatus::Submitted);
    }
    SECTION("A list of the campaign's influencers")
    {
        auto* combo = openEditor<QComboBox>(table, desk.viewCell(item.id, Column::Influencer));
        CHECK(combo->currentText() == QStringLiteral("Carmen Ruiz"));
        const int giulia = combo->findText(QStringLiteral("Giulia Romano"));
        REQUIRE(giulia > 0);
        combo->setCurrentIndex(giulia);
        commit(combo);
        const auto stored = desk.stored(item.id);
        REQUIRE(stored.influencerId);
        CHECK(storage::InfluencerRepository(desk.db()).get(*stored.influencerId)->name ==
              "Giulia Romano");
        desk.undo().undo();
        CHECK(desk.stored(item.id).influencerId == item.influencerId);
    }
    SECTION("A date editor for the planned date")
    {
        auto* edit = openEditor<QDateEdit>(table, desk.viewCell(item.id, Column::Planned));
        REQUIRE(item.plannedDate);
        CHECK(edit->date() == QDate(item.plannedDate->year(),
                                    static_cast<int>(item.plannedDate->month()),
                                    static_cast<int>(item.plannedDate->day())));
        edit->setDate(QDate(2026, 7, 1));
        commit(edit);
        CHECK(desk.stored(item.id).plannedDate == core::Date::fromYmd(2026, 7, 1));
    }
    SECTION("A money field for the revenue")
    {
        auto* line = openEditor<QLineEdit>(table, desk.viewCell(item.id, Column::Revenue));
        CHECK(line->text() == QStringLiteral("462.00"));
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("500.25"));
        commit(line);
        CHECK(desk.stored(item.id).metrics.revenue == core::Money(50025, "EUR"));
    }
}

TEST_CASE("Content is added and deleted with Undo and Redo, keeping its id")
{
    DemoWorkbook demo;
    Desk desk(demo.path());
    const auto before = desk.stored();
    const auto count = before.size();

    desk.view->addContentAction()->trigger();
    auto after = desk.stored();
    REQUIRE(after.size() == count + 1);
    const core::ContentItem added = after.back();
    CHECK(added.campaignId == desk.campaign());
    CHECK(added.plannedDate == core::Date::fromYmd(2026, 6, 15));
    CHECK(added.approval == core::ApprovalStatus::Draft);
    CHECK(added.metrics == core::ContentMetrics{});
    CHECK(desk.model->rowCount() == static_cast<int>(count + 1));
    CHECK(desk.view->selectedIds() == std::vector<core::Id>{added.id});

    // An edit of the new row, then undo both and redo both: the edit finds its row again.
    REQUIRE(desk.model->setData(desk.cell(added.id, Column::Likes), 12));
    desk.undo().undo();
    desk.undo().undo();
    CHECK_FALSE(desk.exists(added.id));
    CHECK(desk.stored().size() == count);
    desk.undo().redo();
    desk.undo().redo();
    REQUIRE(desk.exists(added.id));
    CHECK(desk.stored(added.id).metrics.likes == 12);

    // Delete asks first; No keeps the item.
    const core::ContentItem victim = desk.stored(before[1].id);
    desk.view->table()->clearSelection();
    REQUIRE(desk.view->selectItem(victim.id));
    app::MessageBox::setNextAnswer(QMessageBox::No);
    desk.view->deleteContentAction()->trigger();
    const auto asked = takeMessages();
    REQUIRE(asked.size() == 1);
    CHECK(asked.front().text.contains(QString::fromStdString(victim.title)));
    CHECK(desk.exists(victim.id));

    app::MessageBox::setNextAnswer(QMessageBox::Yes);
    desk.view->deleteSelected();
    takeMessages();
    CHECK_FALSE(desk.exists(victim.id));
    CHECK(desk.model->rowOf(victim.id) == -1);
    CHECK(desk.model->rowCount() == static_cast<int>(count)); // +1 added, -1 deleted

    desk.undo().undo();
    REQUIRE(desk.exists(victim.id));
    CHECK(desk.stored(victim.id) == victim); // same id, every field, same row version
    CHECK(desk.model->rowOf(victim.id) >= 0);
    desk.undo().redo();
    CHECK_FALSE(desk.exists(victim.id));
    desk.undo().undo();
    CHECK(desk.exists(victim.id));
}

TEST_CASE("The Delete and Insert keys act on the Content table")
{
    DemoWorkbook demo;
    Desk desk(demo.path());
    desk.window.show();
    QApplication::setActiveWindow(&desk.window);
    QTableView* table = desk.view->table();
    const auto count = desk.stored().size();
    const core::Id victim = desk.stored().back().id;
    table->clearSelection();
    REQUIRE(desk.view->selectItem(victim));
    table->setFocus();
    QCoreApplication::processEvents();
    REQUIRE(QApplication::focusWidget() == table);

    app::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(takeMessages().size() == 1);
    CHECK_FALSE(desk.exists(victim));

    table->setFocus();
    QTest::keyClick(table, Qt::Key_Insert);
    CHECK(desk.stored().size() == count);
}

TEST_CASE("A campaign without content shows how to add some")
{
    DemoWorkbook demo;
    core::Id empty = 0;
    {
        auto wb = storage::Workbook::open(demo.stdPath(), storage::Workbook::Mode::ReadWrite);
        core::Campaign campaign;
        campaign.name = "Nothing posted yet";
        storage::CampaignRepository(wb.db()).add(campaign);
        empty = campaign.id;
    }
    Desk desk(demo.path());
    REQUIRE(desk.window.selectCampaign(empty));
    CHECK(desk.model->rowCount() == 0);
    QLabel* label = desk.view->emptyLabel();
    CHECK(label->isVisibleTo(desk.view));
    CHECK_FALSE(desk.view->table()->isVisibleTo(desk.view));
    CHECK(label->text() == QStringLiteral("No content yet — Add a post (Add, Ins) or import a "
                                          "CSV with campaigndesk-cli import-content"));
    CHECK(label->textFormat() == Qt::PlainText);

    desk.view->addItem();
    CHECK(desk.stored().size() == 1);
    CHECK(desk.view->table()->isVisibleTo(desk.view));
    desk.undo().undo();
    CHECK(label->isVisibleTo(desk.view));
}

TEST_CASE("An influencer's name in the Content table is text, never markup")
{
    DemoWorkbook demo;
    const QString hostile = QStringLiteral("<b>x</b>");
    {
        auto wb = storage::Workbook::open(demo.stdPath(), storage::Workbook::Mode::ReadWrite);
        storage::InfluencerRepository influencers(wb.db());
        for (auto influencer : influencers.list()) {
            if (influencer.name == "Carmen Ruiz") {
                influencer.name = hostile.toStdString();
                influencers.update(influencer);
            }
        }
    }
    Desk desk(demo.path());
    desk.window.show();
    const core::ContentItem item = desk.stored().front();
    const QModelIndex cell = desk.cell(item.id, Column::Influencer);
    CHECK(cell.data().toString() == hostile);
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")));
    CHECK_FALSE(tip.contains(hostile));

    // The list to choose from shows it as typed, too.
    auto* combo =
        openEditor<QComboBox>(*desk.view->table(), desk.viewCell(item.id, Column::Influencer));
    CHECK(combo->currentText() == hostile);
    CHECK(combo->findText(hostile) >= 0);
}

TEST_CASE("A read-only workbook's Content table opens no editors and changes nothing")
{
    DemoWorkbook demo;
    app::MainWindow window(app::MainWindow::Persistence::Forget);
    window.showWorkbook(storage::Workbook::open(demo.stdPath(), storage::Workbook::Mode::ReadOnly),
                        true);
    app::ContentView* view = window.campaignTabs()->contentView();
    REQUIRE(view->model()->rowCount() > 0);
    CHECK(view->table()->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK_FALSE(view->addContentAction()->isEnabled());
    REQUIRE(view->selectItem(view->model()->itemAt(0)->id));
    CHECK_FALSE(view->deleteContentAction()->isEnabled());

    const core::ContentItem item = *view->model()->itemAt(0);
    CHECK_FALSE(view->model()->setData(view->model()->index(0, Column::Likes), 5));
    takeMessages();
    view->addItem();
    CHECK(window.document()->undoStack()->count() == 0);
    auto wb = storage::Workbook::open(demo.stdPath(), storage::Workbook::Mode::ReadOnly);
    storage::ContentRepository content(wb.db());
    CHECK(content.get(item.id) == item);
    CHECK(content.countByCampaign(item.campaignId) == view->model()->rowCount());
}
