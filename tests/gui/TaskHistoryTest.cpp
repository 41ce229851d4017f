// A task's date edits in the Plan tab go into its history, which follows the undo stack, and
// the Task History dialog shows them and takes a reason.

#include "GuiTestSupport.h"
#include "PlanTestSupport.h"

#include "app/MessageBox.h"
#include "app/PlanEditor.h"
#include "app/PlanTreeView.h"
#include "app/PlanView.h"
#include "app/TaskHistoryDialog.h"
#include "app/WbsTreeModel.h"
#include "platform/Clock.h"
#include "storage/TaskHistory.h"
#include "storage/Workbook.h"

#include <QAction>
#include <QDate>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace cd;
using app::WbsTreeModel;

namespace {

// As the file holds it now, read through a connection of its own.
std::vector<storage::TaskHistoryEntry> storedHistory(const PlanFixture& f, core::Id task)
{
    auto workbook =
        storage::Workbook::open(f.path().toStdString(), storage::Workbook::Mode::ReadOnly);
    return storage::TaskHistory(workbook.db()).list(task);
}

QDate qdate(const core::Date& d)
{
    return QDate::fromString(QString::fromStdString(d.toIso()), Qt::ISODate);
}

} // namespace

TEST_CASE("A start date edited in the plan is recorded in the history and undone with it")
{
    PlanFixture f;
    WbsTreeModel& model = f.model();
    const core::Id briefing = f.idOf("Briefing calls with every creator");
    const core::Task before = f.storedTask(briefing);
    REQUIRE(before.plannedStart);
    REQUIRE(before.durationDays > 0);
    REQUIRE(storedHistory(f, briefing).empty());

    const QModelIndex start = model.indexOfTask(briefing, WbsTreeModel::Start);
    REQUIRE(model.setData(start, qdate(before.plannedStart->addDays(3))));
    CHECK(f.storedTask(briefing).plannedStart == before.plannedStart->addDays(3));
    auto rows = storedHistory(f, briefing);
    REQUIRE(rows.size() == 2); // the start and the finish moved, the duration did not
    CHECK(rows[0].field == "start");
    CHECK(rows[0].oldValue == before.plannedStart->toIso());
    CHECK(rows[0].newValue == before.plannedStart->addDays(3).toIso());
    CHECK(rows[0].changedOn == platform::today().toIso());
    CHECK(rows[0].reason.empty());
    CHECK(rows[1].field == "finish");
    CHECK(rows[1].newValue == before.plannedFinish()->addDays(3).toIso());

    f.document().undoStack()->undo();
    CHECK(f.storedTask(briefing).plannedStart == before.plannedStart);
    CHECK(storedHistory(f, briefing).empty());

    f.document().undoStack()->redo();
    const auto redone = storedHistory(f, briefing);
    CHECK(redone == rows); // the same rows, ids included

    // A duration typed in: the finish and the duration are recorded; undo removes only those.
    const QModelIndex duration = model.indexOfTask(briefing, WbsTreeModel::Duration);
    REQUIRE(model.setData(duration, before.durationDays + 2));
    rows = storedHistory(f, briefing);
    REQUIRE(rows.size() == 4);
    CHECK(rows[2].field == "finish");
    CHECK(rows[3].field == "duration_days");
    CHECK(rows[3].oldValue == std::to_string(before.durationDays));
    CHECK(rows[3].newValue == std::to_string(before.durationDays + 2));
    f.document().undoStack()->undo();
    CHECK(storedHistory(f, briefing) == redone);

    // Edits that are neither dates nor scope (progress, the phase) leave no history.
    REQUIRE(model.setData(model.indexOfTask(briefing, WbsTreeModel::Complete), 40));
    REQUIRE(model.setData(model.indexOfTask(briefing, WbsTreeModel::Phase),
                          QStringLiteral("Briefing")));
    CHECK(storedHistory(f, briefing) == redone);

    // Deleting the task takes its history with it; undo brings both back.
    app::MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(f.editor().deleteTasks({briefing}, nullptr));
    CHECK(storedHistory(f, briefing).empty());
    f.document().undoStack()->undo();
    CHECK(storedHistory(f, briefing) == redone);
}

TEST_CASE("Renaming a task in the plan is recorded as a change of scope, and undone with it")
{
    PlanFixture f;
    WbsTreeModel& model = f.model();
    const core::Id briefing = f.idOf("Briefing calls with every creator");
    REQUIRE(model.setData(model.indexOfTask(briefing, WbsTreeModel::Name),
                          QStringLiteral("Briefing calls, two rounds")));
    const auto rows = storedHistory(f, briefing);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].field == "name");
    CHECK(rows[0].oldValue == "Briefing calls with every creator");
    CHECK(rows[0].newValue == "Briefing calls, two rounds");
    f.document().undoStack()->undo();
    CHECK(storedHistory(f, briefing).empty());
}

TEST_CASE("The Task History dialog lists the changes and gives the latest one a reason")
{
    PlanFixture f;
    WbsTreeModel& model = f.model();
    app::PlanView& view = f.view();
    const core::Id briefing = f.idOf("Briefing calls with every creator");
    const core::Task before = f.storedTask(briefing);
    REQUIRE(model.setData(model.indexOfTask(briefing, WbsTreeModel::Start),
                          qdate(before.plannedStart->addDays(-1))));

    view.selectTask(briefing);
    auto* action = view.findChild<QAction*>(QStringLiteral("actionTaskHistory"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    CHECK(view.tree()->actions().contains(action)); // in the tree's context menu
    action->trigger();
    auto* dialog = view.findChild<app::TaskHistoryDialog*>();
    REQUIRE(dialog);
    QTableWidget* table = dialog->table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK(table->item(0, app::TaskHistoryDialog::From)->text() ==
          QString::fromStdString(before.plannedStart->toIso()));
    CHECK(table->item(0, app::TaskHistoryDialog::To)->text() ==
          QString::fromStdString(before.plannedStart->addDays(-1).toIso()));

    dialog->reasonEdit()->setText(QStringLiteral("<b>Creator</b> travelling"));
    dialog->reasonEdit()->setModified(true);
    REQUIRE(dialog->saveReason());
    for (const auto& row : storedHistory(f, briefing)) {
        CHECK(row.reason == "<b>Creator</b> travelling");
    }
    CHECK(table->item(1, app::TaskHistoryDialog::Reason)->text() ==
          QStringLiteral("<b>Creator</b> travelling"));

    // Undo takes the reason back, then the change itself, and the dialog follows.
    f.document().undoStack()->undo();
    for (const auto& row : storedHistory(f, briefing)) {
        CHECK(row.reason.empty());
    }
    f.document().undoStack()->undo();
    CHECK(storedHistory(f, briefing).empty());
    CHECK(table->rowCount() == 0);
    CHECK_FALSE(dialog->saveReasonButton()->isEnabled());
    dialog->close();
}
