// How TimelineView answers the mouse: Ctrl+wheel zooms, dragging a bar moves the task's planned
// start (one command on release), hovering shows what a bar stands for.

#include "TimelineView.h"

#include "ChangeTaskField.h"
#include "Format.h"
#include "WbsTreeModel.h"
#include "WorkbookDocument.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QTreeView>
#include <QWheelEvent>

#include <cmath>

namespace cd::app {

void TimelineView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0) {
            setZoom(zoom() + steps, static_cast<int>(event->position().x()));
        }
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        m_autoFit = false;
        QScrollBar* bar = horizontalScrollBar();
        bar->setValue(bar->value() - event->angleDelta().y() / 120 * bar->singleStep());
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

std::optional<core::Id> TimelineView::barAt(QPoint pos) const
{
    for (const auto& row : visibleRows()) {
        if (pos.y() < row.top || pos.y() >= row.top + row.height) {
            continue;
        }
        const QRect bar = TimelinePainter::barRect(row, m_scale, scrollX()).adjusted(-3, -3, 3, 3);
        if (bar.contains(pos)) {
            return row.id;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_model || !m_tree) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_autoFit = false;
    const QPoint pos = event->position().toPoint();
    const auto id = barAt(pos);
    if (!id) {
        return;
    }
    m_tree->setCurrentIndex(m_model->indexOfTask(*id, WbsTreeModel::Name));
    const core::Task* task = m_model->task(*id);
    // Summaries follow their children; only tasks with a start can move.
    if (m_model->isEditable() && task && task->plannedStart && !m_model->isSummary(*id)) {
        m_drag = Drag{*id, pos.x(), 0};
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (!m_drag) {
        const bool movable =
            m_model && m_model->isEditable() && barAt(pos) && !m_model->isSummary(*barAt(pos));
        viewport()->setCursor(movable ? Qt::SizeHorCursor : Qt::ArrowCursor);
        return;
    }
    const int shift =
        static_cast<int>(std::lround((pos.x() - m_drag->pressX) / m_scale.dayWidth()));
    if (shift != m_drag->shiftDays) {
        m_drag->shiftDays = shift;
        viewport()->update();
    }
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_drag) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    mouseMoveEvent(event);
    const Drag drag = *std::exchange(m_drag, std::nullopt);
    viewport()->update();
    const core::Task* task = m_model ? m_model->task(drag.taskId) : nullptr;
    if (drag.shiftDays == 0 || task == nullptr || !task->plannedStart) {
        return;
    }
    WorkbookDocument* document = m_model->document();
    document->push(new ChangeTaskField<core::OptionalDate>(
        *document, task->campaignId, task->id, &core::Task::plannedStart, task->plannedStart,
        task->plannedStart->addDays(drag.shiftDays), tr("Move task")));
    event->accept();
}

QString TimelineView::toolTipAt(QPoint pos) const
{
    const auto id = barAt(pos);
    const core::Task* task = id && m_model ? m_model->task(*id) : nullptr;
    if (task == nullptr) {
        return {};
    }
    const RolledUpTask* r = m_model->rolledUp(task->id);
    QStringList lines{m_model->codeOf(task->id) + QLatin1Char(' ') +
                      QString::fromStdString(task->name)};
    if (r) {
        lines << tr("%1 – %2 (%3)")
                     .arg(formatDate(r->start), formatDate(r->finish), formatDays(r->durationDays));
    }
    if (task->bufferDays > 0 && !m_model->isSummary(task->id)) {
        lines << tr("Buffer: %1").arg(formatDays(task->bufferDays));
    }
    if (const core::TaskDates* s = m_model->scheduled(task->id)) {
        lines << tr("Float: %1").arg(formatDays(s->totalFloatDays));
    }
    if (m_model->isCritical(task->id)) {
        lines << tr("On the critical path");
    }
    if (m_model->isLate(task->id)) {
        lines << tr("Late");
    }
    return lines.join(QLatin1Char('\n'));
}

bool TimelineView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(help->globalPos(), plainToolTip(text), viewport());
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace cd::app
