#include "TimelineView.h"

#include "Format.h"
#include "TimelineHeader.h"
#include "WbsTreeModel.h"

#include "platform/Clock.h"

#include <QHeaderView>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTreeView>

#include <algorithm>

namespace cd::app {

TimelineView::TimelineView(QWidget* parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    m_header = new TimelineHeader(this, m_scale, [this] { return scrollX(); });
    setViewportMargins(0, TimelinePainter::kHeaderHeight, 0, 0);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    // Until the user zooms or scrolls, the whole plan is kept in view.
    connect(horizontalScrollBar(), &QScrollBar::actionTriggered, this,
            [this] { m_autoFit = false; });
}

TimelineView::~TimelineView() = default;

void TimelineView::setTree(QTreeView* tree, WbsTreeModel* model)
{
    m_tree = tree;
    m_model = model;
    QScrollBar* treeBar = tree->verticalScrollBar();
    connect(treeBar, &QScrollBar::rangeChanged, this, &TimelineView::syncVerticalRange);
    connect(treeBar, &QScrollBar::valueChanged, this, [this](int value) {
        verticalScrollBar()->setValue(value);
        viewport()->update();
    });
    connect(tree, &QTreeView::expanded, this, &TimelineView::rowsChanged);
    connect(tree, &QTreeView::collapsed, this, &TimelineView::rowsChanged);
    connect(model, &WbsTreeModel::planChanged, this, &TimelineView::planChanged);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TimelineView::rowsChanged);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_autoFit = true;
        rowsChanged();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &TimelineView::rowsChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::rowsChanged);
    connect(tree->selectionModel(), &QItemSelectionModel::selectionChanged, viewport(),
            qOverload<>(&QWidget::update));
    planChanged();
}

void TimelineView::setContent(const std::vector<core::ContentItem>& content)
{
    m_markers.clear();
    for (const auto& item : content) {
        const QString title = QString::fromStdString(item.title);
        if (item.plannedDate && item.plannedDate != item.publishedDate) {
            m_markers.push_back(
                {*item.plannedDate, false,
                 tr("%1: planned for %2").arg(title, formatDate(item.plannedDate))});
        }
        if (item.publishedDate) {
            m_markers.push_back({*item.publishedDate, true,
                                 tr("%1: live on %2").arg(title, formatDate(item.publishedDate))});
        }
    }
    updateRange();
    m_header->update();
}

void TimelineView::planChanged()
{
    rowsChanged();
    updateRange();
    if (m_autoFit) {
        fitPlan();
    }
}

void TimelineView::fitPlan()
{
    core::OptionalDate first, last;
    for (const auto& t : m_model->plan().tasks) {
        if (t.plannedStart) {
            const core::Date end = t.plannedFinish()->addDays(t.bufferDays);
            first = first ? std::min(*first, *t.plannedStart) : *t.plannedStart;
            last = last ? std::max(*last, end) : end;
        }
    }
    if (!first || viewport()->width() <= 0) {
        return;
    }
    // The closest zoom at which the whole plan (and a margin) fits the width.
    const int days = first->daysUntil(*last) + 10;
    int zoom = 0;
    for (int z = 0; z < static_cast<int>(TimelineScale::kDayWidths.size()); ++z) {
        if (days * TimelineScale::kDayWidths[static_cast<std::size_t>(z)] <= viewport()->width()) {
            zoom = z;
        }
    }
    m_scale.setZoom(zoom);
    updateRange();
    scrollToDate(first->addDays(-3));
    Q_EMIT zoomChanged(zoom);
}

void TimelineView::rowsChanged()
{
    m_rowsDirty = true;
    viewport()->update();
}

void TimelineView::updateRange()
{
    core::Date first = platform::today();
    core::Date last = first;
    auto widen = [&](const core::OptionalDate& d) {
        if (d) {
            first = std::min(first, *d);
            last = std::max(last, *d);
        }
    };
    if (m_model) {
        for (const auto& t : m_model->plan().tasks) {
            widen(t.plannedStart);
            if (t.plannedStart) {
                widen(t.plannedFinish()->addDays(t.bufferDays));
            }
        }
        if (!m_model->plan().tasks.empty()) {
            widen(m_model->plan().projectStart);
        }
    }
    for (const auto& marker : m_markers) {
        widen(marker.date);
    }
    // Room around the plan, starting on a Monday so that weeks line up.
    core::Date origin = first.addDays(-21);
    origin = origin.addDays(-static_cast<int>(origin.isoWeekday() - 1));
    const int shift = origin.daysUntil(m_scale.origin());
    const bool hadRange = m_scale.dayCount() > 0;
    m_scale.setOrigin(origin);
    m_scale.setDayCount(origin.daysUntil(last) + 60);
    updateScrollBars();
    if (hadRange && shift != 0) {
        // Keep the same dates in view when the range grows or shrinks on the left.
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() +
                                        static_cast<int>(shift * m_scale.dayWidth()));
    }
    viewport()->update();
    m_header->update();
}

void TimelineView::updateScrollBars()
{
    QScrollBar* bar = horizontalScrollBar();
    bar->setRange(0, std::max(0, m_scale.width() - viewport()->width()));
    bar->setPageStep(viewport()->width());
    bar->setSingleStep(std::max(1, static_cast<int>(m_scale.dayWidth() * 7)));
}

void TimelineView::syncVerticalRange()
{
    if (!m_tree) {
        return;
    }
    const QScrollBar* treeBar = m_tree->verticalScrollBar();
    verticalScrollBar()->setRange(treeBar->minimum(), treeBar->maximum());
    verticalScrollBar()->setPageStep(treeBar->pageStep());
    verticalScrollBar()->setSingleStep(treeBar->singleStep());
    verticalScrollBar()->setValue(treeBar->value());
}

void TimelineView::scrollContentsBy(int, int dy)
{
    if (dy != 0 && m_tree) {
        m_tree->verticalScrollBar()->setValue(verticalScrollBar()->value());
    }
    viewport()->update();
    m_header->update();
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    const QRect area = viewport()->geometry();
    m_header->setGeometry(area.left(), area.top() - TimelinePainter::kHeaderHeight, area.width(),
                          TimelinePainter::kHeaderHeight);
    updateScrollBars();
    if (m_autoFit && m_model) {
        fitPlan();
    }
}

int TimelineView::scrollX() const
{
    return horizontalScrollBar()->value();
}

void TimelineView::setZoom(int zoom, std::optional<int> anchorX)
{
    m_autoFit = false;
    const int anchor = anchorX.value_or(viewport()->width() / 2);
    const double dayAtAnchor = (scrollX() + anchor) / m_scale.dayWidth();
    const int before = m_scale.zoom();
    m_scale.setZoom(zoom);
    if (m_scale.zoom() == before) {
        return;
    }
    updateScrollBars();
    horizontalScrollBar()->setValue(static_cast<int>(dayAtAnchor * m_scale.dayWidth()) - anchor);
    viewport()->update();
    m_header->update();
    Q_EMIT zoomChanged(m_scale.zoom());
}

void TimelineView::scrollToDate(core::Date date)
{
    horizontalScrollBar()->setValue(static_cast<int>(m_scale.xOf(date)));
}

core::Date TimelineView::dateAt(int viewportX) const
{
    return m_scale.dateAt(scrollX() + viewportX);
}

void TimelineView::ensureRows() const
{
    if (!m_rowsDirty || !m_tree || !m_model) {
        return;
    }
    m_order.clear();
    m_ordinals.clear();
    // The tree's expanded rows, top to bottom, as it lays them out.
    for (QModelIndex index = firstShown(); index.isValid(); index = m_tree->indexBelow(index)) {
        const core::Task* task = m_model->taskAt(index);
        m_ordinals[task->id] = static_cast<int>(m_order.size());
        m_order.push_back(task->id);
    }
    m_rowsDirty = false;
}

QModelIndex TimelineView::firstShown() const
{
    // Rows may be hidden ("My work"): the first row the tree lays out.
    if (!m_model || !m_tree) {
        return {};
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_tree->isRowHidden(row, QModelIndex())) {
            return m_model->index(row, 0);
        }
    }
    return {};
}

int TimelineView::rowHeight() const
{
    const QModelIndex first = firstShown();
    const int height = first.isValid() ? m_tree->visualRect(first).height() : 0;
    return height > 0 ? height : fontMetrics().height() + 6;
}

int TimelineView::rowTop(int ordinal) const
{
    // Uniform row heights: the first row's place gives every other's.
    const QModelIndex first = firstShown();
    return m_tree->visualRect(first).top() + ordinal * rowHeight();
}

std::optional<TimelineRow> TimelineView::rowOf(core::Id id) const
{
    ensureRows();
    const auto it = m_ordinals.find(id);
    const core::Task* task = m_model ? m_model->task(id) : nullptr;
    if (it == m_ordinals.end() || task == nullptr) {
        return std::nullopt;
    }
    TimelineRow row;
    row.id = id;
    row.ordinal = it->second;
    row.top = rowTop(it->second);
    row.height = rowHeight();
    row.summary = m_model->isSummary(id);
    row.milestone = task->kind == core::TaskKind::Milestone;
    row.critical = m_model->isCritical(id);
    row.late = m_model->isLate(id);
    const QModelIndex index = m_model->indexOfTask(id);
    row.selected = m_tree->selectionModel() && m_tree->selectionModel()->isSelected(index);
    if (const RolledUpTask* r = m_model->rolledUp(id)) {
        row.start = r->start;
        row.finish = r->finish;
        row.percent = r->percentComplete;
    }
    row.bufferDays = row.summary ? 0 : task->bufferDays;
    row.label = QString::fromStdString(task->name);
    return row;
}

std::vector<TimelineRow> TimelineView::visibleRows() const
{
    ensureRows();
    std::vector<TimelineRow> rows;
    if (m_order.empty()) {
        return rows;
    }
    const int height = rowHeight();
    const int top = rowTop(0);
    const int first = std::max(0, -top / height);
    const int last =
        std::min(static_cast<int>(m_order.size()) - 1, (viewport()->height() - top) / height);
    for (int i = first; i <= last; ++i) {
        if (auto row = rowOf(m_order[static_cast<std::size_t>(i)])) {
            rows.push_back(*row);
        }
    }
    return rows;
}

QRect TimelineView::barRect(core::Id taskId) const
{
    const auto row = rowOf(taskId);
    return row ? TimelinePainter::barRect(*row, m_scale, scrollX()) : QRect();
}

void TimelineView::paintEvent(QPaintEvent* event)
{
    QPainter painter(viewport());
    TimelinePainter timeline(painter, m_scale, scrollX(), palette());
    const auto rows = visibleRows();
    timeline.paintBackground(event->rect(), rows);
    if (m_model) {
        paintArrows(timeline);
        for (const auto& row : rows) {
            const bool dragged = m_drag && m_drag->taskId == row.id;
            timeline.paintRow(row, dragged ? m_drag->shiftDays : 0);
        }
    }
    timeline.paintToday(platform::today(), viewport()->height());
}

void TimelineView::paintArrows(TimelinePainter& painter) const
{
    const int height = rowHeight();
    const int bottom = viewport()->height();
    for (const auto& d : m_model->plan().dependencies) {
        const auto from = rowOf(d.predecessorId);
        const auto to = rowOf(d.successorId);
        if (!from || !to) {
            continue; // one end is folded away in a collapsed summary
        }
        if (std::max(from->top, to->top) + height < 0 || std::min(from->top, to->top) > bottom) {
            continue;
        }
        const QRect a = TimelinePainter::barRect(*from, m_scale, scrollX());
        const QRect b = TimelinePainter::barRect(*to, m_scale, scrollX());
        if (!a.isEmpty() && !b.isEmpty()) {
            painter.paintArrow(a, b, d.type, from->critical && to->critical, height);
        }
    }
}

} // namespace cd::app
