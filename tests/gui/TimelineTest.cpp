#include "GuiTestSupport.h"
#include "PlanTestSupport.h"

#include "app/PlanTreeView.h"
#include "app/PlanView.h"
#include "app/TimelineView.h"
#include "app/WbsTreeModel.h"

#include <QScrollBar>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

#include <catch2/catch.hpp>

using namespace cd;

TEST_CASE("Dragging a bar on the timeline moves the task's planned start, undoably")
{
    PlanFixture f;
    f.tabs().resize(1500, 800);
    f.tabs().show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.tabs()));
    app::TimelineView& timeline = *f.view().timeline();
    const core::Id persona = f.idOf("Define creator persona and selection criteria");
    const core::Date start = *f.storedTask(persona).plannedStart;

    const QRect bar = timeline.barRect(persona);
    REQUIRE_FALSE(bar.isEmpty());
    REQUIRE(timeline.viewport()->rect().contains(bar.center()));
    // The bar starts where its date is.
    CHECK(timeline.dateAt(bar.left() + 1) == start);

    const int dayWidth = static_cast<int>(timeline.dayWidth());
    const QPoint from = bar.center();
    const QPoint to = from + QPoint(3 * dayWidth, 0);
    QTest::mousePress(timeline.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(timeline.viewport(), from + QPoint(dayWidth, 0));
    QTest::mouseMove(timeline.viewport(), to);
    QTest::mouseRelease(timeline.viewport(), Qt::LeftButton, {}, to);

    CHECK(f.storedTask(persona).plannedStart == start.addDays(3));
    CHECK(timeline.barRect(persona).left() == bar.left() + 3 * dayWidth);
    // The row was selected in the tree by the press.
    CHECK(f.view().currentTaskId() == persona);
    QUndoStack& stack = *f.document().undoStack();
    CHECK(stack.undoText() == QStringLiteral("Move task"));
    stack.undo();
    CHECK(f.storedTask(persona).plannedStart == start);
    CHECK(timeline.barRect(persona) == bar);
    stack.redo();
    CHECK(f.storedTask(persona).plannedStart == start.addDays(3));

    // A click without a drag changes nothing.
    const QRect moved = timeline.barRect(persona);
    QTest::mouseClick(timeline.viewport(), Qt::LeftButton, {}, moved.center());
    CHECK(stack.count() == 1);
}

TEST_CASE("The timeline follows the tree row for row and zooms from days to months")
{
    PlanFixture f;
    f.tabs().resize(1500, 600);
    f.tabs().show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.tabs()));
    app::TimelineView& timeline = *f.view().timeline();
    app::PlanTreeView& tree = *f.view().tree();
    const core::Id research = f.idOf("Influencer research");
    const core::Id report = f.idOf("Final report and learnings");

    // Same height, same place: the bar sits inside its tree row.
    const QRect row = tree.visualRect(f.model().indexOfTask(report));
    const QRect bar = timeline.barRect(report);
    CHECK(bar.top() >= row.top());
    CHECK(bar.bottom() <= row.bottom());
    CHECK(timeline.viewport()->mapToGlobal(QPoint(0, 0)).y() ==
          tree.viewport()->mapToGlobal(QPoint(0, 0)).y());

    // Scrolling the timeline scrolls the tree.
    const int before = tree.visualRect(f.model().indexOfTask(report)).top();
    timeline.verticalScrollBar()->setValue(timeline.verticalScrollBar()->maximum());
    REQUIRE(timeline.verticalScrollBar()->maximum() > 0);
    const int after = tree.visualRect(f.model().indexOfTask(report)).top();
    CHECK(after < before);
    CHECK(timeline.barRect(report).top() - after == bar.top() - row.top());

    // Collapsing a summary hides its children's bars.
    const core::Id persona = f.idOf("Define creator persona and selection criteria");
    timeline.verticalScrollBar()->setValue(0);
    CHECK_FALSE(timeline.barRect(persona).isEmpty());
    tree.collapse(f.model().indexOfTask(research));
    CHECK(timeline.barRect(persona).isEmpty());
    tree.expand(f.model().indexOfTask(research));
    CHECK_FALSE(timeline.barRect(persona).isEmpty());

    // Ctrl+wheel zooms out to months and in to days.
    timeline.setZoom(3);
    const double middle = timeline.dayWidth();
    const QPoint at = timeline.viewport()->rect().center();
    QWheelEvent out(at, timeline.viewport()->mapToGlobal(at), {}, QPoint(0, -120 * 10),
                    Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(timeline.viewport(), &out);
    CHECK(timeline.dayWidth() < middle);
    CHECK(timeline.zoom() == 0);
    QWheelEvent in(at, timeline.viewport()->mapToGlobal(at), {}, QPoint(0, 120 * 10), Qt::NoButton,
                   Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(timeline.viewport(), &in);
    CHECK(timeline.dayWidth() >= 24);
    // Content going live shows in the header lane.
    CHECK_FALSE(timeline.markers().empty());
}
