#include "GuiTestSupport.h"
#include "PlanTestSupport.h"

#include "app/PlanEditor.h"
#include "app/WbsTreeModel.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QMimeData>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <memory>
#include <random>

using namespace cd;
using app::PlanEditor;
using app::WbsTreeModel;

namespace {

// One random edit through the real editor and model, as the Plan tab makes them. Returns what
// it tried, for the failure message.
class RandomEdits {
public:
    RandomEdits(PlanFixture& fixture, unsigned seed) : m_f(fixture), m_random(seed) {}

    QString apply()
    {
        const auto& tasks = m_f.model().plan().tasks;
        if (tasks.empty()) {
            m_f.editor().addTask(std::nullopt, PlanEditor::Where::Below);
            return QStringLiteral("add a deliverable");
        }
        const core::Task task = tasks[pick(tasks.size())];
        const auto id = task.id;
        switch (pick(13)) {
        case 0:
            m_f.editor().addTask(id, PlanEditor::Where::Below);
            return QStringLiteral("add below %1").arg(id);
        case 1:
            m_f.editor().addTask(id, PlanEditor::Where::Child);
            return QStringLiteral("add a child to %1").arg(id);
        case 2:
            app::MessageBox::setNextAnswer(QMessageBox::Yes);
            m_f.editor().deleteTasks({id}, nullptr);
            return QStringLiteral("delete %1 and below").arg(id);
        case 3:
            m_f.editor().indent({id});
            return QStringLiteral("indent %1").arg(id);
        case 4:
            m_f.editor().outdent({id});
            return QStringLiteral("outdent %1").arg(id);
        case 5:
            m_f.editor().moveUp({id});
            return QStringLiteral("move %1 up").arg(id);
        case 6:
            m_f.editor().moveDown({id});
            return QStringLiteral("move %1 down").arg(id);
        case 7:
            set(id, WbsTreeModel::Name, QStringLiteral("Task %1").arg(m_random() % 1000));
            return QStringLiteral("rename %1").arg(id);
        case 8:
            set(id, WbsTreeModel::Duration, static_cast<int>(pick(30)));
            return QStringLiteral("change the duration of %1").arg(id);
        case 9:
            set(id, WbsTreeModel::Start, QDate(2026, 6, 1).addDays(static_cast<qint64>(pick(90))));
            return QStringLiteral("change the start of %1").arg(id);
        case 10:
            set(id, WbsTreeModel::Complete, static_cast<int>(pick(101)));
            return QStringLiteral("change the progress of %1").arg(id);
        case 11: {
            const core::Task other = tasks[pick(tasks.size())];
            std::unique_ptr<QMimeData> copied(m_f.editor().copy({id}));
            m_f.editor().paste(copied.get(), other.id);
            return QStringLiteral("copy %1 and paste it below %2").arg(id).arg(other.id);
        }
        default:
            return drop(id, tasks[pick(tasks.size())].id);
        }
    }

private:
    std::size_t pick(std::size_t n)
    {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(m_random);
    }

    void set(core::Id id, int column, const QVariant& value)
    {
        m_f.model().setData(m_f.model().indexOfTask(id, column), value);
    }

    // Drags `id` onto `target` (as its child) or between its children, as a drop would.
    QString drop(core::Id id, core::Id target)
    {
        WbsTreeModel& model = m_f.model();
        const QModelIndex parent = model.indexOfTask(target);
        const int row =
            static_cast<int>(pick(static_cast<std::size_t>(model.rowCount(parent)) + 2)) - 1;
        std::unique_ptr<QMimeData> data(model.mimeData({model.indexOfTask(id)}));
        if (model.canDropMimeData(data.get(), Qt::MoveAction, row, 0, parent)) {
            model.dropMimeData(data.get(), Qt::MoveAction, row, 0, parent);
        }
        return QStringLiteral("drop %1 on %2 at row %3").arg(id).arg(target).arg(row);
    }

    PlanFixture& m_f;
    std::mt19937 m_random;
};

std::string joined(const QStringList& lines)
{
    return lines.join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST_CASE("Undoing 200 random edits gives back the workbook exactly; redoing them, the edits")
{
    PlanFixture f;
    ModelTesterFailures failures;
    QAbstractItemModelTester tester(&f.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    QUndoStack& stack = *f.document().undoStack();
    const auto tasksBefore = f.storedTasks();
    const auto dependenciesBefore = f.storedDependencies();
    REQUIRE(tasksBefore.size() > 20);
    REQUIRE_FALSE(dependenciesBefore.empty());

    RandomEdits edits(f, 20260615u);
    for (int step = 0; step < 200; ++step) {
        const QString what = edits.apply();
        INFO("step " << step << ": " << what.toStdString());
        REQUIRE(joined(outlineProblems(f.model(), f.storedTasks())) == "");
    }
    takeMessages(); // the delete questions, and cycles refused
    const auto tasksAfter = f.storedTasks();
    const auto dependenciesAfter = f.storedDependencies();
    INFO(stack.count() << " commands on the stack");
    REQUIRE(stack.count() > 100);

    while (stack.canUndo()) {
        stack.undo();
        REQUIRE(joined(outlineProblems(f.model(), f.storedTasks())) == "");
    }
    CHECK(joined(planDifferences(tasksBefore, dependenciesBefore, f.storedTasks(),
                                 f.storedDependencies())) == "");

    while (stack.canRedo()) {
        stack.redo();
    }
    CHECK(joined(planDifferences(tasksAfter, dependenciesAfter, f.storedTasks(),
                                 f.storedDependencies())) == "");
    CHECK(joined(outlineProblems(f.model(), f.storedTasks())) == "");
    CHECK(takeMessages().isEmpty());
    CHECK(joined(failures.messages()) == "");
}
