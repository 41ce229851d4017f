// Issue #8, "Help a user find their way": every action says what it does (status tip) and shows
// its shortcut (tool tip); empty views say what to do next, and stop saying it once there is
// something to show.
#include "GuiTestSupport.h"

#include "app/ActionTips.h"
#include "app/BudgetView.h"
#include "app/CampaignActions.h"
#include "app/CampaignTabs.h"
#include "app/ContractsView.h"
#include "app/EmptyState.h"
#include "app/InfluencerRosterModel.h"
#include "app/InfluencerTracker.h"
#include "app/MainWindow.h"
#include "app/NewCampaignDialog.h"
#include "app/PlanView.h"
#include "app/WorkbookDocument.h"
#include "storage/Workbook.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QWidgetAction>

#include <catch2/catch.hpp>

#include <set>

using namespace cd;
using Persistence = app::MainWindow::Persistence;

namespace {

void collectMenu(QMenu* menu, std::set<QAction*>& into)
{
    for (QAction* action : menu->actions()) {
        into.insert(action);
        if (action->menu() != nullptr) {
            collectMenu(action->menu(), into);
        }
    }
}

// Every action a user can reach: the menus (recursively), the tool bars and the context menus
// made of a widget's actions. The menu bar's own titles (File, Edit…) are left out.
std::set<QAction*> reachableActions(const app::MainWindow& window)
{
    std::set<QAction*> actions;
    for (QAction* title : window.menuBar()->actions()) {
        if (title->menu() != nullptr) {
            collectMenu(title->menu(), actions);
        }
    }
    for (QToolBar* bar : window.findChildren<QToolBar*>()) {
        const auto barActions = bar->actions();
        actions.insert(barActions.begin(), barActions.end());
    }
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (widget->contextMenuPolicy() == Qt::ActionsContextMenu) {
            const auto own = widget->actions();
            actions.insert(own.begin(), own.end());
        }
    }
    return actions;
}

QString describe(const QAction* action)
{
    return action->objectName() + QStringLiteral(" \"") + action->text() + QLatin1Char('"');
}

app::EmptyState* hintOf(const QObject& window, const char* viewName)
{
    auto* view = window.findChild<QAbstractItemView*>(QString::fromLatin1(viewName));
    REQUIRE(view != nullptr);
    app::EmptyState* state = app::EmptyState::of(view);
    REQUIRE(state != nullptr);
    return state;
}

// A workbook with nothing in it, in a temporary folder.
struct EmptyWorkbook {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("empty.cdwb"));
    EmptyWorkbook() { storage::Workbook::create(path.toStdString()); }
};

} // namespace

TEST_CASE("An action's tool tip is its text without the accelerator, with its shortcut")
{
    QAction action(QStringLiteral("Save a &Copy…"));
    CHECK(app::actionToolTip(&action) == QStringLiteral("Save a Copy"));
    action.setShortcut(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_S));
    CHECK(app::actionToolTip(&action) == QStringLiteral("Save a Copy (Ctrl+Shift+S)"));
    action.setText(QStringLiteral("Salt && &Pepper..."));
    CHECK(app::actionToolTip(&action) == QStringLiteral("Salt & Pepper (Ctrl+Shift+S)"));

    SECTION("setActionTips keeps the tool tip in step with the text and the shortcut")
    {
        QAction undo(QStringLiteral("&Undo"));
        app::setActionTips(&undo, QStringLiteral("Undo the last change"));
        undo.setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_Z));
        undo.setText(QStringLiteral("&Undo Add task"));
        CHECK(undo.toolTip() == QStringLiteral("Undo Add task (Ctrl+Z)"));
        CHECK(undo.statusTip() == QStringLiteral("Undo the last change"));
    }
    SECTION("an explicit tool tip stays")
    {
        QAction zoom(QStringLiteral("Zoom in"));
        app::setActionTips(&zoom, QStringLiteral("Show more detail"),
                           QStringLiteral("Zoom in (wheel)"));
        zoom.setText(QStringLiteral("Zoom"));
        CHECK(zoom.toolTip() == QStringLiteral("Zoom in (wheel)"));
    }
}

TEST_CASE("Every action in the menus, tool bars and context menus has a status tip and a tool tip")
{
    DemoWorkbook demo;
    app::MainWindow window(Persistence::Forget);
    REQUIRE(window.openWorkbook(demo.path()));
    const std::set<QAction*> actions = reachableActions(window);
    // File, Edit, Campaign and Help, the Plan, Contracts and Content tool bars at least.
    CHECK(actions.size() >= 30);
    int checked = 0;
    for (QAction* action : actions) {
        if (action->isSeparator() || qobject_cast<QWidgetAction*>(action) != nullptr) {
            continue;
        }
        INFO(describe(action).toStdString());
        CHECK_FALSE(action->statusTip().trimmed().isEmpty());
        CHECK_FALSE(action->toolTip().trimmed().isEmpty());
        if (!action->shortcut().isEmpty()) {
            CHECK(
                action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)));
        }
        ++checked;
    }
    CHECK(checked >= 30);

    SECTION("an action added without tips is found")
    {
        auto* bare =
            window.findChild<QMenu*>(QStringLiteral("menuHelp"))->addAction(QStringLiteral("Bare"));
        const std::set<QAction*> again = reachableActions(window);
        REQUIRE(again.count(bare) == 1);
        CHECK(bare->statusTip().isEmpty());
    }
}

TEST_CASE("Empty views say what to do next, and stop saying it once there is something to show")
{
    EmptyWorkbook empty;
    app::MainWindow window(Persistence::Forget);
    app::EmptyState* campaigns = hintOf(window, "campaignList");
    app::EmptyState* plan = hintOf(window, "planView");

    // Nothing open: the list says how to open or create a workbook.
    CHECK(campaigns->isShown());
    CHECK(campaigns->text().startsWith(QStringLiteral("No workbook is open — Create one (File ▸ "
                                                      "New…, Ctrl+N) or open one")));
    CHECK(plan->text().startsWith(QStringLiteral("No workbook is open")));

    REQUIRE(window.openWorkbook(empty.path));
    CHECK(campaigns->isShown());
    CHECK(campaigns->text() ==
          QStringLiteral("No campaigns yet — Campaign ▸ New Campaign… (Ctrl+Shift+N) adds one"));
    CHECK(plan->text().startsWith(QStringLiteral("No campaign selected — ")));
    CHECK(
        hintOf(window, "contractsView")->text().startsWith(QStringLiteral("No campaign selected")));
    auto* dashboardHint = window.findChild<QLabel*>(QStringLiteral("dashboardEmptyHint"));
    REQUIRE(dashboardHint != nullptr);
    CHECK(dashboardHint->text().startsWith(QStringLiteral("No campaign selected")));
    CHECK(dashboardHint->textFormat() == Qt::PlainText);

    SECTION("adding a campaign hides the list's hint; undo brings it back")
    {
        app::NewCampaignRequest request;
        request.campaign.name = "Winter";
        app::NewCampaignDialog::setNextRequest(request); // an empty plan
        auto* actions = window.findChild<app::CampaignActions*>();
        REQUIRE(actions != nullptr);
        REQUIRE(actions->newCampaign());
        CHECK_FALSE(campaigns->isShown());
        CHECK(campaigns->text().isEmpty());
        // The campaign is shown and has nothing yet: each tab says how to start.
        CHECK(plan->isShown());
        CHECK(plan->text() == QStringLiteral("No tasks yet — Add a task (Ins) or the template's "
                                             "tasks (Campaign ▸ Add Default Template Tasks)"));
        CHECK(
            hintOf(window, "contractsView")->text().startsWith(QStringLiteral("No contracts yet")));
        CHECK(hintOf(window, "budgetLinesView")
                  ->text()
                  .startsWith(QStringLiteral("No budget lines yet")));
        CHECK(hintOf(window, "paymentsView")->text().startsWith(QStringLiteral("No payments yet")));
        CHECK(dashboardHint->text().startsWith(QStringLiteral("No results yet")));

        window.campaignTabs()->planView()->addTaskBelow();
        CHECK_FALSE(plan->isShown());

        QUndoStack* stack = window.document()->undoStack();
        takeMessages();
        stack->undo(); // the task
        CHECK(plan->isShown());
        stack->undo(); // the campaign
        // Undoing the campaign shown is no error: no message.
        CHECK(takeMessages().isEmpty());
        CHECK(campaigns->isShown());
        CHECK(campaigns->text().startsWith(QStringLiteral("No campaigns yet")));
        stack->redo();
        CHECK_FALSE(campaigns->isShown());
    }
    SECTION("the empty roster names the menu item; adding an influencer hides it, undo shows it")
    {
        app::InfluencerTracker* tracker = window.campaignTabs()->influencerTracker();
        auto* pages = tracker->findChild<QStackedWidget*>();
        auto* message = tracker->findChild<QLabel*>(QStringLiteral("emptyRosterMessage"));
        REQUIRE(pages != nullptr);
        REQUIRE(message != nullptr);
        CHECK(pages->currentWidget()->isAncestorOf(message));
        CHECK(message->text() == QStringLiteral("No influencers yet — Import a CSV (File ▸ Import "
                                                "Influencers…) or add one"));
        tracker->addInfluencer();
        CHECK_FALSE(pages->currentWidget()->isAncestorOf(message));
        window.document()->undoStack()->undo();
        CHECK(pages->currentWidget()->isAncestorOf(message));
    }
    SECTION("closing the workbook says so again")
    {
        window.closeWorkbook();
        CHECK(campaigns->text().startsWith(QStringLiteral("No workbook is open")));
        CHECK(plan->text().startsWith(QStringLiteral("No workbook is open")));
        CHECK(dashboardHint->text().startsWith(QStringLiteral("No workbook is open")));
    }
}

TEST_CASE("A roster filter that matches nobody says how to see everyone again")
{
    DemoWorkbook demo;
    app::MainWindow window(Persistence::Forget);
    REQUIRE(window.openWorkbook(demo.path()));
    app::InfluencerTracker* tracker = window.campaignTabs()->influencerTracker();
    app::EmptyState* hint = hintOf(window, "influencersView");
    REQUIRE(tracker->model()->rowCount() > 0);
    CHECK_FALSE(hint->isShown());

    auto* search = tracker->findChild<QLineEdit*>(QStringLiteral("rosterSearch"));
    REQUIRE(search != nullptr);
    search->setText(QStringLiteral("zz no such person zz"));
    REQUIRE(tracker->model()->rowCount() == 0);
    CHECK(hint->isShown());
    CHECK(hint->text() ==
          QStringLiteral("No influencers match the filter — Clear Filters shows everyone again"));

    auto* clear = tracker->findChild<QPushButton*>(QStringLiteral("clearFilters"));
    REQUIRE(clear != nullptr);
    clear->click();
    CHECK(tracker->model()->rowCount() > 0);
    CHECK_FALSE(hint->isShown());
}
