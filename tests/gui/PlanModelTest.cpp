#include "GuiTestSupport.h"
#include "PlanTestSupport.h"

#include "app/PlanEditor.h"
#include "app/PlanView.h"
#include "app/WbsTreeModel.h"
#include "storage/TaskRepository.h"
#include "storage/Workbook.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace cd;
using app::PlanEditor;
using app::WbsTreeModel;

namespace {

QString cell(const WbsTreeModel& model, core::Id id, int column)
{
    return model.indexOfTask(id, column).data().toString();
}

} // namespace

TEST_CASE("The plan model stays consistent under QAbstractItemModelTester while it is edited")
{
    PlanFixture f;
    ModelTesterFailures failures;
    QAbstractItemModelTester tester(&f.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    PlanEditor& editor = f.editor();
    QUndoStack& stack = *f.document().undoStack();

    const core::Id persona = f.idOf("Define creator persona and selection criteria");
    const core::Id research = f.idOf("Influencer research");
    const core::Id planning = f.idOf("Planning and strategy");

    const core::Id added = editor.addTask(persona, PlanEditor::Where::Below);
    REQUIRE(added != 0);
    CHECK(cell(f.model(), added, WbsTreeModel::Code) == QStringLiteral("1.2"));
    REQUIRE(f.model().setData(f.model().indexOfTask(added, WbsTreeModel::Name),
                              QStringLiteral("Check brand safety")));
    CHECK(editor.indent({added}));
    CHECK(cell(f.model(), added, WbsTreeModel::Code) == QStringLiteral("1.1.1"));
    CHECK(editor.outdent({added}));
    CHECK(editor.outdent({added}));
    CHECK(cell(f.model(), added, WbsTreeModel::Code) == QStringLiteral("2"));
    CHECK(cell(f.model(), planning, WbsTreeModel::Code) == QStringLiteral("3"));
    CHECK(editor.moveUp({added}));
    CHECK(cell(f.model(), added, WbsTreeModel::Code) == QStringLiteral("1"));
    CHECK(editor.moveDown({research}));
    CHECK(cell(f.model(), research, WbsTreeModel::Code) == QStringLiteral("3"));
    CHECK(cell(f.model(), planning, WbsTreeModel::Code) == QStringLiteral("2"));
    app::MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECK(editor.deleteTasks({research}, nullptr));
    const auto pasted =
        editor.paste(std::unique_ptr<QMimeData>(editor.copy({planning})).get(), planning);
    CHECK(pasted.size() == 1);
    while (stack.canUndo()) {
        stack.undo();
    }
    while (stack.canRedo()) {
        stack.redo();
    }
    CHECK(outlineProblems(f.model(), f.storedTasks()).isEmpty());
    CHECK(failures.messages().join(QLatin1Char('\n')).toStdString() == "");
}

TEST_CASE("Outline codes sort as numbers: 1.10 comes after 1.9")
{
    PlanFixture f(PlanFixture::Content::EmptyCampaign);
    PlanEditor& editor = f.editor();
    const core::Id top = editor.addTask(std::nullopt, PlanEditor::Where::Below);
    REQUIRE(top != 0);
    core::Id last = editor.addTask(top, PlanEditor::Where::Child);
    for (int i = 2; i <= 11; ++i) {
        last = editor.addTask(last, PlanEditor::Where::Below);
        REQUIRE(last != 0);
    }
    const QModelIndex parent = f.model().indexOfTask(top);
    REQUIRE(f.model().rowCount(parent) == 11);
    CHECK(f.model().index(8, 0, parent).data().toString() == QStringLiteral("1.9"));
    CHECK(f.model().index(9, 0, parent).data().toString() == QStringLiteral("1.10"));
    CHECK(f.model().index(10, 0, parent).data().toString() == QStringLiteral("1.11"));

    // Sorted on the raw value, the codes keep the outline order (as text, "1.10" < "1.2").
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&f.model());
    proxy.setSortRole(WbsTreeModel::RawValueRole);
    proxy.sort(WbsTreeModel::Code, Qt::DescendingOrder);
    proxy.sort(WbsTreeModel::Code, Qt::AscendingOrder);
    const QModelIndex proxyParent = proxy.index(0, 0);
    QStringList codes;
    for (int row = 0; row < proxy.rowCount(proxyParent); ++row) {
        codes << proxy.index(row, 0, proxyParent).data().toString();
    }
    CHECK(codes == QStringList({QStringLiteral("1.1"), QStringLiteral("1.2"), QStringLiteral("1.3"),
                                QStringLiteral("1.4"), QStringLiteral("1.5"), QStringLiteral("1.6"),
                                QStringLiteral("1.7"), QStringLiteral("1.8"), QStringLiteral("1.9"),
                                QStringLiteral("1.10"), QStringLiteral("1.11")}));
    CHECK(outlineProblems(f.model(), f.storedTasks()).isEmpty());
}

TEST_CASE("Summary rows roll up start, finish, cost and duration-weighted progress")
{
    PlanFixture f(PlanFixture::Content::EmptyCampaign);
    PlanEditor& editor = f.editor();
    WbsTreeModel& model = f.model();
    const core::Id top = editor.addTask(std::nullopt, PlanEditor::Where::Below);
    const core::Id a = editor.addTask(top, PlanEditor::Where::Child);
    const core::Id b = editor.addTask(a, PlanEditor::Where::Below);
    const core::Id m = editor.addTask(b, PlanEditor::Where::Below);
    auto set = [&](core::Id id, int column, const QVariant& value) {
        REQUIRE(model.setData(model.indexOfTask(id, column), value));
    };
    // a: 2026-07-01 for 4 days, 25 %, 100.00; b: 2026-07-03 for 8 days, 100 %, 250.50;
    // m: a milestone on 2026-07-20 (no duration, so no weight in the progress).
    set(a, WbsTreeModel::Start, QDate(2026, 7, 1));
    set(a, WbsTreeModel::Duration, 4);
    set(a, WbsTreeModel::Complete, 25);
    set(a, WbsTreeModel::Cost, QStringLiteral("100"));
    set(b, WbsTreeModel::Start, QDate(2026, 7, 3));
    set(b, WbsTreeModel::Duration, 8);
    set(b, WbsTreeModel::Complete, 100);
    set(b, WbsTreeModel::Cost, QStringLiteral("250,50"));
    set(m, WbsTreeModel::Kind, static_cast<int>(core::TaskKind::Milestone));
    set(m, WbsTreeModel::Start, QDate(2026, 7, 20));

    CHECK(cell(model, top, WbsTreeModel::Start) == QStringLiteral("2026-07-01"));
    CHECK(cell(model, top, WbsTreeModel::Finish) == QStringLiteral("2026-07-20"));
    CHECK(cell(model, top, WbsTreeModel::Duration) == QStringLiteral("20 d"));
    CHECK(cell(model, top, WbsTreeModel::Cost) == QStringLiteral("350.50 EUR"));
    // (25 × 4 + 100 × 8) / 12 = 75.
    CHECK(cell(model, top, WbsTreeModel::Complete) == QStringLiteral("75 %"));
    CHECK(cell(model, m, WbsTreeModel::Duration) == QString());
    CHECK(f.storedTask(m).durationDays == 0);
    // Rolled-up cells are not edited by hand.
    CHECK_FALSE(model.flags(model.indexOfTask(top, WbsTreeModel::Start)) & Qt::ItemIsEditable);
    CHECK_FALSE(model.setData(model.indexOfTask(top, WbsTreeModel::Cost), QStringLiteral("5")));
    CHECK(model.flags(model.indexOfTask(top, WbsTreeModel::Name)) & Qt::ItemIsEditable);
    // Money that is not an amount is refused before any command.
    const int commands = f.document().undoStack()->count();
    CHECK_FALSE(model.setData(model.indexOfTask(a, WbsTreeModel::Cost), QStringLiteral("12.3.4")));
    CHECK(f.document().undoStack()->count() == commands);
}

TEST_CASE("Critical and late tasks are flagged in the tree")
{
    PlanFixture f;
    WbsTreeModel& model = f.model();
    // The demo runs late on purpose: "Review first-wave drafts" should have finished before
    // today (CD_TODAY is pinned by the test environment or today()).
    int late = 0;
    int critical = 0;
    for (const auto& t : model.plan().tasks) {
        const QModelIndex name = model.indexOfTask(t.id, WbsTreeModel::Name);
        if (name.data(WbsTreeModel::LateRole).toBool()) {
            ++late;
            CHECK_FALSE(name.data(Qt::DecorationRole).isNull());
            CHECK(name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Late")));
            CHECK(t.status != core::TaskStatus::Done);
            REQUIRE(t.plannedFinish());
            CHECK(*t.plannedFinish() < model.plan().today);
        }
        if (name.data(WbsTreeModel::CriticalRole).toBool()) {
            ++critical;
            CHECK(name.data(Qt::ForegroundRole).value<QBrush>().color() != QColor());
        }
    }
    CHECK(late > 0);
    REQUIRE(model.schedule());
    CHECK(critical == static_cast<int>(model.schedule()->criticalTasks.size()));
    CHECK(critical > 0);
}

TEST_CASE("Deleting asks first and names how many tasks go")
{
    PlanFixture f;
    app::PlanView& view = f.view();
    const core::Id research = f.idOf("Influencer research");
    const auto before = f.storedTasks();
    const auto dependenciesBefore = f.storedDependencies();
    view.selectTask(research);

    app::MessageBox::setNextAnswer(QMessageBox::Cancel);
    view.deleteSelected();
    auto messages = takeMessages();
    REQUIRE(messages.size() == 1);
    CHECK(messages.front().icon == QMessageBox::Question);
    // The deliverable and its four tasks.
    CHECK(messages.front().text.contains(QStringLiteral("Delete 5 tasks")));
    CHECK(messages.front().text.contains(QStringLiteral("\"Influencer research\"")));
    CHECK(f.storedTasks().size() == before.size());

    app::MessageBox::setNextAnswer(QMessageBox::Yes);
    view.deleteSelected();
    REQUIRE(takeMessages().size() == 1);
    CHECK(f.storedTasks().size() == before.size() - 5);
    CHECK(f.storedDependencies().size() < dependenciesBefore.size());
    CHECK(outlineProblems(f.model(), f.storedTasks()).isEmpty());

    f.document().undoStack()->undo();
    CHECK(planDifferences(before, dependenciesBefore, f.storedTasks(), f.storedDependencies())
              .join(QLatin1Char('\n'))
              .toStdString() == "");

    // One task alone is named, not counted.
    view.selectTask(f.idOf("Audit audiences and fake followers"));
    app::MessageBox::setNextAnswer(QMessageBox::Cancel);
    view.deleteSelected();
    messages = takeMessages();
    REQUIRE(messages.size() == 1);
    CHECK(messages.front().text.startsWith(
        QStringLiteral("Delete the task \"Audit audiences and fake followers\"?")));
}

TEST_CASE("A command whose write fails is dropped and tells the user why")
{
    PlanFixture f;
    const core::Id audit = f.idOf("Audit audiences and fake followers");
    // The task goes behind the commands' back (as another window of the app could do).
    storage::TaskRepository(f.document().workbook().db()).remove(audit);
    const int commands = f.document().undoStack()->count();
    CHECK_FALSE(f.model().setData(f.model().indexOfTask(audit, WbsTreeModel::Name),
                                  QStringLiteral("Renamed")));
    CHECK(f.document().undoStack()->count() == commands);
    const auto messages = takeMessages();
    REQUIRE(messages.size() == 1);
    CHECK(messages.front().icon == QMessageBox::Warning);
    CHECK(messages.front().title.contains(QStringLiteral("Rename task")));
    CHECK(messages.front().text.contains(QStringLiteral("no longer exists")));
    // The views read the file again: the task is gone from the tree too.
    CHECK_FALSE(f.model().indexOfTask(audit).isValid());
    CHECK(outlineProblems(f.model(), f.storedTasks()).size() == 1); // the gap it left
}

TEST_CASE("An edit after another program changed the workbook is written")
{
    PlanFixture f;
    const core::Id audit = f.idOf("Audit audiences and fake followers");
    const core::Id persona = f.idOf("Define creator persona and selection criteria");
    {
        // The command-line tool, say, deletes a task while the app is open.
        auto other =
            storage::Workbook::open(f.path().toStdString(), storage::Workbook::Mode::ReadWrite);
        storage::TaskRepository(other.db()).remove(audit);
    }
    CHECK(f.model().setData(f.model().indexOfTask(persona, WbsTreeModel::Name),
                            QStringLiteral("Renamed")));
    CHECK(takeMessages().isEmpty());
    CHECK(f.storedTask(persona).name == "Renamed");
    // The reload after the edit shows the other program's change as well.
    CHECK_FALSE(f.model().indexOfTask(audit).isValid());
}

TEST_CASE("A read-only workbook refuses every edit")
{
    PlanFixture f(PlanFixture::Content::Demo, true);
    WbsTreeModel& model = f.model();
    const auto before = f.storedTasks();
    const core::Id persona = f.idOf("Define creator persona and selection criteria");
    const QModelIndex name = model.indexOfTask(persona, WbsTreeModel::Name);

    CHECK_FALSE(model.isEditable());
    CHECK_FALSE(model.flags(name) & Qt::ItemIsEditable);
    CHECK_FALSE(model.flags(name) & Qt::ItemIsDragEnabled);
    CHECK_FALSE(model.setData(name, QStringLiteral("Changed")));
    CHECK(f.editor().addTask(persona, PlanEditor::Where::Below) == 0);
    CHECK_FALSE(f.editor().indent({persona}));
    CHECK_FALSE(f.editor().deleteTasks({persona}, nullptr));
    CHECK(f.editor()
              .paste(std::unique_ptr<QMimeData>(f.editor().copy({persona})).get(), persona)
              .empty());
    for (const char* action : {"actionAddTask", "actionDeleteTask", "actionIndent"}) {
        auto* found = f.view().findChild<QAction*>(QString::fromLatin1(action));
        REQUIRE(found);
        CHECK_FALSE(found->isEnabled());
    }
    // Even a command pushed directly is refused, with a message.
    CHECK_FALSE(f.document().push(new QUndoCommand(QStringLiteral("Anything"))));
    CHECK(takeMessages().size() == 1);
    CHECK(f.document().undoStack()->count() == 0);
    CHECK(planDifferences(before, {}, f.storedTasks(), {}).isEmpty());
}
