#pragma once

#include <QAbstractScrollArea>
#include <QPointer>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "TimelinePainter.h"
#include "TimelineScale.h"
#include "core/Content.h"

#include <optional>
#include <unordered_map>
#include <vector>

class QTreeView;

namespace cd::app {

class WbsTreeModel;

// The Gantt chart beside the plan's tree, row for row: it follows the tree's scrolling,
// expansion and selection (its own vertical scroll bar drives the tree's). Bars can be dragged
// to move a task's planned start, one undoable command per drag. Zooms from days to months
// (Ctrl+wheel); the header shows the date scale and the campaign's content going live.
class TimelineView final : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    void setTree(QTreeView* tree, WbsTreeModel* model);
    void setContent(const std::vector<core::ContentItem>& content);

    int zoom() const { return m_scale.zoom(); }
    void setZoom(int zoom, std::optional<int> anchorX = std::nullopt);
    void zoomIn() { setZoom(zoom() + 1); }
    void zoomOut() { setZoom(zoom() - 1); }
    double dayWidth() const { return m_scale.dayWidth(); }
    // Scrolls so that `date` is near the left edge.
    void scrollToDate(core::Date date);

    // The tree shows other rows (expanded, collapsed, hidden): lay the bars out again.
    void rowsChanged();

    // Where the bar of `taskId` is, in viewport coordinates; empty when its row is not shown.
    QRect barRect(core::Id taskId) const;
    core::Date dateAt(int viewportX) const;
    const std::vector<ContentMarker>& markers() const { return m_markers; }

Q_SIGNALS:
    void zoomChanged(int zoom);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    struct Drag {
        core::Id taskId = 0;
        int pressX = 0;
        int shiftDays = 0;
    };

    void planChanged();
    // Zooms and scrolls so that the whole plan is in view.
    void fitPlan();
    void updateRange();
    void updateScrollBars();
    void syncVerticalRange();
    QModelIndex firstShown() const;
    void ensureRows() const;
    int rowHeight() const;
    int rowTop(int ordinal) const;
    std::optional<TimelineRow> rowOf(core::Id id) const;
    std::vector<TimelineRow> visibleRows() const;
    std::optional<core::Id> barAt(QPoint pos) const;
    QString toolTipAt(QPoint pos) const;
    void paintArrows(class TimelinePainter& painter) const;
    int scrollX() const;

    QPointer<QTreeView> m_tree;
    QPointer<WbsTreeModel> m_model;
    TimelineScale m_scale;
    QWidget* m_header = nullptr;
    std::vector<ContentMarker> m_markers;
    mutable std::vector<core::Id> m_order;
    mutable std::unordered_map<core::Id, int> m_ordinals;
    mutable bool m_rowsDirty = true;
    std::optional<Drag> m_drag;
    bool m_autoFit = true;
};

} // namespace cd::app
