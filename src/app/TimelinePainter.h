#pragma once

#include "TimelineScale.h"

#include "core/Enums.h"
#include "core/Ids.h"

#include <QColor>
#include <QRect>
#include <QString>

#include <vector>

class QPainter;
class QPalette;

namespace cd::app {

// One visible row of the timeline, as the tree beside it shows it.
struct TimelineRow {
    core::Id id = 0;
    int top = 0;
    int height = 0;
    int ordinal = 0; // among the visible rows, for the stripes
    bool summary = false;
    bool milestone = false;
    bool critical = false;
    bool late = false;
    bool selected = false;
    core::OptionalDate start;
    core::OptionalDate finish;
    double percent = 0.0;
    int bufferDays = 0;
    QString label;
};

// A piece of content going live: planned (hollow) or published (filled).
struct ContentMarker {
    core::Date date;
    bool published = false;
    QString toolTip;
};

// Draws the timeline: the date scale with the content lane, row stripes and weekends, bars with
// progress and buffer tails, summary brackets, milestone diamonds, dependency arrows and the
// today line. Only draws: what is where comes from TimelineView.
class TimelinePainter {
public:
    static constexpr int kTierHeight = 18;
    static constexpr int kContentLaneHeight = 16;
    static constexpr int kHeaderHeight = 2 * kTierHeight + kContentLaneHeight + 2;

    TimelinePainter(QPainter& painter, const TimelineScale& scale, int scrollX,
                    const QPalette& palette);

    // Where a row's bar (or diamond) is, `shiftDays` later; empty without dates.
    static QRect barRect(const TimelineRow& row, const TimelineScale& scale, int scrollX,
                         int shiftDays = 0);

    void paintBackground(const QRect& area, const std::vector<TimelineRow>& rows);
    void paintRow(const TimelineRow& row, int shiftDays = 0);
    void paintArrow(const QRect& from, const QRect& to, core::DependencyType type, bool critical,
                    int rowHeight);
    void paintToday(core::Date today, int height);
    void paintHeader(const QRect& area, core::Date today,
                     const std::vector<ContentMarker>& markers);

private:
    int xOf(core::Date date) const;
    void paintBar(const TimelineRow& row, const QRect& bar);
    void paintSummary(const TimelineRow& row, const QRect& bar);
    void paintMilestone(const TimelineRow& row, const QRect& box);
    void paintTier(const QRect& lane, bool upper);

    QPainter& m_painter;
    const TimelineScale& m_scale;
    int m_scrollX = 0;
    const QPalette& m_palette;
};

} // namespace cd::app
