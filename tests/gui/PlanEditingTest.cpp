#include "GuiTestSupport.h"
#include "PlanTestSupport.h"

#include "app/PlanEditor.h"
#include "app/PlanTreeView.h"
#include "app/PlanView.h"
#include "app/WbsTreeModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMimeData>
#include <QSpinBox>
#include <QUndoStack>
#include <QValidator>

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>

using namespace cd;
using app::PlanEditor;
using app::WbsTreeModel;

namespace {

QString code(const WbsTreeModel& model, core::Id id)
{
    return model.codeOf(id);
}

std::vector<core::Dependency> into(const std::vector<core::Dependency>& all, core::Id successor)
{
    std::vector<core::Dependency> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [&](const core::Dependency& d) { return d.successorId == successor; });
    return out;
}

} // namespace

TEST_CASE("Predecessors are typed as WBS codes with type and lag, and undone")
{
    PlanFixture f;
    WbsTreeModel& model = f.model();
    const core::Id persona = f.idOf("Define creator persona and selection criteria"); // 1.1
    const core::Id audit = f.idOf("Audit audiences and fake followers");              // 1.3
    const core::Id brief = f.idOf("Write the creative brief and key messages");       // 2.1
    REQUIRE(into(f.storedDependencies(), brief).empty());
    const QModelIndex cell = model.indexOfTask(brief, WbsTreeModel::Predecessors);
    CHECK(model.flags(cell) & Qt::ItemIsEditable);

    REQUIRE(model.setData(cell, QStringLiteral("1.1, 1.3SS+2d")));
    auto links = into(f.storedDependencies(), brief);
    REQUIRE(links.size() == 2);
    std::sort(links.begin(), links.end(),
              [](const auto& a, const auto& b) { return a.predecessorId < b.predecessorId; });
    CHECK(links[0].predecessorId == persona);
    CHECK(links[0].type == core::DependencyType::FS);
    CHECK(links[0].lagDays == 0);
    CHECK(links[1].predecessorId == audit);
    CHECK(links[1].type == core::DependencyType::SS);
    CHECK(links[1].lagDays == 2);
    CHECK(cell.data().toString() == QStringLiteral("1.1; 1.3SS+2d"));

    // A cycle is refused with a message naming it; the file keeps what it had.
    const QModelIndex personaCell = model.indexOfTask(persona, WbsTreeModel::Predecessors);
    CHECK_FALSE(model.setData(personaCell, QStringLiteral("2.1")));
    const auto messages = takeMessages();
    REQUIRE(messages.size() == 1);
    CHECK(messages.front().icon == QMessageBox::Warning);
    CHECK(into(f.storedDependencies(), persona).empty());
    CHECK_FALSE(model.setData(personaCell, QStringLiteral("9.9")));
    CHECK(takeMessages().size() == 1);

    f.document().undoStack()->undo();
    CHECK(into(f.storedDependencies(), brief).empty());
    f.document().undoStack()->redo();
    CHECK(into(f.storedDependencies(), brief).size() == 2);
}

TEST_CASE("Dropping tasks on a task or between rows reparents them")
{
    PlanFixture f;
    WbsTreeModel& model = f.model();
    const core::Id audit = f.idOf("Audit audiences and fake followers");
    const core::Id planning = f.idOf("Planning and strategy");
    const core::Id persona = f.idOf("Define creator persona and selection criteria");
    const core::Id longlist = f.idOf("Long-list 60 creators in IT, ES, FR, DE and UK");
    const int planningChildren = model.rowCount(model.indexOfTask(planning));

    // Onto "Planning and strategy": the last of its children.
    std::unique_ptr<QMimeData> data(model.mimeData({model.indexOfTask(audit)}));
    REQUIRE(model.dropMimeData(data.get(), Qt::MoveAction, -1, 0, model.indexOfTask(planning)));
    CHECK(code(model, audit) == QStringLiteral("2.%1").arg(planningChildren + 1));
    CHECK(f.storedTask(audit).parentId == planning);
    CHECK(f.storedTask(audit).position == planningChildren);

    // Persona and the long-list together, between the first two top-level rows.
    data.reset(model.mimeData({model.indexOfTask(longlist), model.indexOfTask(persona)}));
    REQUIRE(model.dropMimeData(data.get(), Qt::MoveAction, 1, 0, QModelIndex()));
    CHECK(code(model, persona) == QStringLiteral("2"));
    CHECK(code(model, longlist) == QStringLiteral("3"));
    CHECK(code(model, planning) == QStringLiteral("4"));
    CHECK(outlineProblems(model, f.storedTasks()).isEmpty());

    // Never into its own subtree.
    data.reset(model.mimeData({model.indexOfTask(planning)}));
    CHECK_FALSE(model.canDropMimeData(data.get(), Qt::MoveAction, -1, 0, model.indexOfTask(audit)));
    f.document().undoStack()->undo();
    f.document().undoStack()->undo();
    CHECK(code(model, audit) == QStringLiteral("1.3"));
    CHECK(code(model, persona) == QStringLiteral("1.1"));
    CHECK(outlineProblems(model, f.storedTasks()).isEmpty());
}

TEST_CASE("Copy and paste duplicates a subtree with the dependencies inside it")
{
    PlanFixture f;
    WbsTreeModel& model = f.model();
    PlanEditor& editor = f.editor();
    const core::Id research = f.idOf("Influencer research");
    const auto tasksBefore = f.storedTasks();
    const auto dependenciesBefore = f.storedDependencies();

    std::unique_ptr<QMimeData> copied(editor.copy({research}));
    REQUIRE(copied);
    CHECK(copied->text().startsWith(QStringLiteral("1\tInfluencer research\t")));
    const auto pasted = editor.paste(copied.get(), f.idOf("Performance evaluation"));
    REQUIRE(pasted.size() == 1);
    CHECK(code(model, pasted.front()) == QStringLiteral("7"));
    const QModelIndex copy = model.indexOfTask(pasted.front());
    const QModelIndex original = model.indexOfTask(research);
    REQUIRE(model.rowCount(copy) == model.rowCount(original));
    for (int row = 0; row < model.rowCount(copy); ++row) {
        CHECK(model.index(row, WbsTreeModel::Name, copy).data() ==
              model.index(row, WbsTreeModel::Name, original).data());
        CHECK(model.index(row, WbsTreeModel::Code, copy).data().toString() ==
              QStringLiteral("7.%1").arg(row + 1));
    }
    // Inside research: persona → long-list and audit → shortlist. Shortlist → offers leaves it.
    CHECK(f.storedTasks().size() == tasksBefore.size() + 5);
    CHECK(f.storedDependencies().size() == dependenciesBefore.size() + 2);
    CHECK(model.index(1, WbsTreeModel::Predecessors, copy).data().toString() ==
          QStringLiteral("7.1"));
    CHECK(outlineProblems(model, f.storedTasks()).isEmpty());

    f.document().undoStack()->undo();
    CHECK(planDifferences(tasksBefore, dependenciesBefore, f.storedTasks(), f.storedDependencies())
              .isEmpty());
}

TEST_CASE("Each column gets an editor that fits it, and committing one pushes a command")
{
    PlanFixture f;
    WbsTreeModel& model = f.model();
    QAbstractItemDelegate* delegate = f.view().tree()->itemDelegate();
    QWidget parent;
    const core::Id briefing = f.idOf("Briefing calls with every creator");
    auto editorFor = [&](int column) {
        return std::unique_ptr<QWidget>(
            delegate->createEditor(&parent, {}, model.indexOfTask(briefing, column)));
    };

    const auto start = editorFor(WbsTreeModel::Start);
    auto* date = qobject_cast<QDateEdit*>(start.get());
    REQUIRE(date);
    CHECK(date->calendarPopup());
    const auto status = editorFor(WbsTreeModel::Status);
    auto* combo = qobject_cast<QComboBox*>(status.get());
    REQUIRE(combo);
    CHECK(combo->count() == 5);
    CHECK(qobject_cast<QSpinBox*>(editorFor(WbsTreeModel::Duration).get()));
    CHECK(qobject_cast<QSpinBox*>(editorFor(WbsTreeModel::Buffer).get()));
    const auto percentEditor = editorFor(WbsTreeModel::Complete);
    auto* percent = qobject_cast<QSpinBox*>(percentEditor.get());
    REQUIRE(percent);
    CHECK(percent->maximum() == 100);
    const auto costEditor = editorFor(WbsTreeModel::Cost);
    auto* cost = qobject_cast<QLineEdit*>(costEditor.get());
    REQUIRE(cost);
    REQUIRE(cost->validator());
    QString typed = QStringLiteral("12a");
    int position = 0;
    CHECK(cost->validator()->validate(typed, position) == QValidator::Invalid);
    typed = QStringLiteral("1234,50");
    CHECK(cost->validator()->validate(typed, position) == QValidator::Acceptable);

    // The editor shows the value, and committing it goes through a command.
    const QModelIndex statusCell = model.indexOfTask(briefing, WbsTreeModel::Status);
    delegate->setEditorData(combo, statusCell);
    CHECK(combo->currentText() == QStringLiteral("Done"));
    combo->setCurrentIndex(combo->findData(static_cast<int>(core::TaskStatus::Blocked)));
    delegate->setModelData(combo, &model, statusCell);
    CHECK(f.storedTask(briefing).status == core::TaskStatus::Blocked);
    CHECK(f.document().undoStack()->undoText() == QStringLiteral("Change status"));
    delegate->setEditorData(date, model.indexOfTask(briefing, WbsTreeModel::Start));
    date->setDate(date->date().addDays(2));
    const auto before = *f.storedTask(briefing).plannedStart;
    delegate->setModelData(date, &model, model.indexOfTask(briefing, WbsTreeModel::Start));
    CHECK(f.storedTask(briefing).plannedStart == before.addDays(2));
    f.document().undoStack()->undo();
    f.document().undoStack()->undo();
    CHECK(f.storedTask(briefing).status == core::TaskStatus::Done);
    CHECK(f.storedTask(briefing).plannedStart == before);
}
