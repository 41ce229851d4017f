#include "GuiTestSupport.h"
#include "PlanTestSupport.h"

#include "app/CampaignTabs.h"
#include "app/MainWindow.h"
#include "app/PlanTreeView.h"
#include "app/WbsTreeModel.h"
#include "storage/CampaignRepository.h"
#include "storage/Workbook.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace cd;
using app::WbsTreeModel;

namespace {

// The line edit the tree opened for the current cell.
QLineEdit* openEditor(const app::PlanTreeView& tree)
{
    QCoreApplication::processEvents();
    return tree.viewport()->findChild<QLineEdit*>();
}

// Types `text` into the open name editor and presses Enter, as a user would.
void typeName(app::PlanTreeView& tree, const QString& text)
{
    QLineEdit* editor = openEditor(tree);
    REQUIRE(editor != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on a queued call after Enter.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    tree.setFocus();
}

void press(app::PlanTreeView& tree, Qt::Key key, Qt::KeyboardModifiers modifiers = {})
{
    QTest::keyClick(&tree, key, modifiers);
    QCoreApplication::processEvents();
}

core::Id idIn(const WbsTreeModel& model, const std::string& name)
{
    for (const auto& t : model.plan().tasks) {
        if (t.name == name) {
            return t.id;
        }
    }
    FAIL("no task named " << name);
    return 0;
}

QStringList outline(const WbsTreeModel& model)
{
    QStringList rows;
    std::vector<QModelIndex> stack;
    for (int row = model.rowCount() - 1; row >= 0; --row) {
        stack.push_back(model.index(row, 0));
    }
    while (!stack.empty()) {
        const QModelIndex index = stack.back();
        stack.pop_back();
        rows << index.data().toString() + QLatin1Char(' ') +
                    index.siblingAtColumn(WbsTreeModel::Name).data().toString();
        for (int row = model.rowCount(index) - 1; row >= 0; --row) {
            stack.push_back(model.index(row, 0, index));
        }
    }
    return rows;
}

} // namespace

TEST_CASE("A plan is built with the keyboard alone")
{
    PlanFixture seed(PlanFixture::Content::EmptyCampaign);
    const QString path = seed.path();
    app::MainWindow window(app::MainWindow::Persistence::Forget);
    // The fixture's document lets go of the file; the window opens it as a user would.
    seed.document().close();
    REQUIRE(window.openWorkbook(path));
    window.resize(1400, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* tree = window.findChild<app::PlanTreeView*>(QStringLiteral("planView"));
    REQUIRE(tree);
    auto* model = qobject_cast<WbsTreeModel*>(tree->model());
    REQUIRE(model->rowCount() == 0);
    tree->setFocus();

    press(*tree, Qt::Key_Insert);
    typeName(*tree, QStringLiteral("Research"));
    press(*tree, Qt::Key_Insert);
    typeName(*tree, QStringLiteral("Persona"));
    press(*tree, Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier); // indent
    press(*tree, Qt::Key_Insert);
    typeName(*tree, QStringLiteral("Shortlist"));
    press(*tree, Qt::Key_Insert);
    typeName(*tree, QStringLiteral("Launch"));
    press(*tree, Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier); // outdent
    CHECK(outline(*model) ==
          QStringList({QStringLiteral("1 Research"), QStringLiteral("1.1 Persona"),
                       QStringLiteral("1.2 Shortlist"), QStringLiteral("2 Launch")}));

    // Shortlist up above Persona, then F2 renames it, Enter edits the current cell.
    tree->setCurrentIndex(model->indexOfTask(idIn(*model, "Shortlist"), WbsTreeModel::Name));
    press(*tree, Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
    press(*tree, Qt::Key_F2);
    typeName(*tree, QStringLiteral("Long-list"));
    tree->setCurrentIndex(model->indexOfTask(idIn(*model, "Launch"), WbsTreeModel::Name));
    press(*tree, Qt::Key_Return);
    typeName(*tree, QStringLiteral("Go live"));
    CHECK(outline(*model) ==
          QStringList({QStringLiteral("1 Research"), QStringLiteral("1.1 Long-list"),
                       QStringLiteral("1.2 Persona"), QStringLiteral("2 Go live")}));

    // Delete asks; Enter on the question (recorded here) confirms.
    tree->setCurrentIndex(model->indexOfTask(idIn(*model, "Persona"), WbsTreeModel::Name));
    app::MessageBox::setNextAnswer(QMessageBox::Yes);
    press(*tree, Qt::Key_Delete);
    REQUIRE(takeMessages().size() == 1);
    CHECK(outline(*model) ==
          QStringList({QStringLiteral("1 Research"), QStringLiteral("1.1 Long-list"),
                       QStringLiteral("2 Go live")}));

    // The file holds the same plan: parents and dense positions.
    const auto stored = seed.storedTasks();
    REQUIRE(stored.size() == 3);
    std::map<std::string, core::Task> byName;
    for (const auto& t : stored) {
        byName[t.name] = t;
    }
    REQUIRE(byName.size() == 3);
    CHECK_FALSE(byName["Research"].parentId);
    CHECK(byName["Research"].position == 0);
    CHECK(byName["Research"].kind == core::TaskKind::Deliverable);
    CHECK(byName["Long-list"].parentId == byName["Research"].id);
    CHECK(byName["Long-list"].position == 0);
    CHECK_FALSE(byName["Go live"].parentId);
    CHECK(byName["Go live"].position == 1);
    CHECK(outlineProblems(*model, stored).isEmpty());

    // Edit ▸ Undo brings Persona back where it was; the stack is gone with the workbook.
    auto* undo = window.findChild<QAction*>(QStringLiteral("actionUndo"));
    REQUIRE(undo);
    CHECK(undo->shortcuts().contains(QKeySequence(QKeySequence::Undo)));
    CHECK(window.findChild<QAction*>(QStringLiteral("actionRedo"))
              ->shortcuts()
              .contains(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_Z)));
    undo->trigger();
    CHECK(outline(*model).contains(QStringLiteral("1.2 Persona")));
    CHECK(window.document()->undoStack()->canUndo());
    window.closeWorkbook();
    CHECK_FALSE(window.document()->undoStack()->canUndo());
    CHECK(takeMessages().isEmpty());
}
