#include "TimelinePainter.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>

namespace cd::app {

namespace {

const QColor kBar(0x4a, 0x86, 0xc8);
const QColor kBarDone(0x1f, 0x4e, 0x86);
const QColor kCritical(0xe0, 0x5a, 0x5a);
const QColor kCriticalDone(0x9e, 0x1c, 0x1c);
const QColor kSummary(0x30, 0x3a, 0x42);
const QColor kBuffer(0xf0, 0xa8, 0x30);
const QColor kToday(0xe5, 0x39, 0x35);
const QColor kContent(0x00, 0x89, 0x7b);
const QColor kArrow(0x60, 0x6a, 0x72);

enum class Unit { Year, Month, Week, Day };

bool startsUnit(core::Date d, Unit unit)
{
    switch (unit) {
    case Unit::Year:
        return d.month() == 1 && d.day() == 1;
    case Unit::Month:
        return d.day() == 1;
    case Unit::Week:
        return d.isoWeekday() == 1;
    case Unit::Day:
        return true;
    }
    return true;
}

QString labelOf(core::Date d, Unit unit, double unitWidth)
{
    const QLocale locale;
    switch (unit) {
    case Unit::Year:
        return QString::number(d.year());
    case Unit::Month:
        if (unitWidth > 110) {
            return locale.monthName(static_cast<int>(d.month())) + QLatin1Char(' ') +
                   QString::number(d.year());
        }
        return locale.monthName(static_cast<int>(d.month()), QLocale::ShortFormat);
    case Unit::Week:
    case Unit::Day:
        return QString::number(d.day());
    }
    return {};
}

bool isWeekend(core::Date d)
{
    return d.isoWeekday() >= 6;
}

} // namespace

TimelinePainter::TimelinePainter(QPainter& painter, const TimelineScale& scale, int scrollX,
                                 const QPalette& palette)
    : m_painter(painter), m_scale(scale), m_scrollX(scrollX), m_palette(palette)
{
}

int TimelinePainter::xOf(core::Date date) const
{
    return static_cast<int>(m_scale.xOf(date)) - m_scrollX;
}

QRect TimelinePainter::barRect(const TimelineRow& row, const TimelineScale& scale, int scrollX,
                               int shiftDays)
{
    if (!row.start) {
        return {};
    }
    const core::Date start = row.start->addDays(shiftDays);
    const core::Date finish = row.finish.value_or(*row.start).addDays(shiftDays);
    const int left = static_cast<int>(scale.xOf(start)) - scrollX;
    const int h = row.height;
    if (row.milestone && !row.summary) {
        const int size = std::max(8, h * 11 / 20);
        const int centre = left + static_cast<int>(scale.dayWidth() / 2);
        return {centre - size / 2, row.top + (h - size) / 2, size, size};
    }
    const int right = static_cast<int>(scale.xOf(finish.addDays(1))) - scrollX;
    const int width = std::max(3, right - left);
    if (row.summary) {
        return {left, row.top + h * 3 / 10, width, std::max(4, h / 5)};
    }
    return {left, row.top + h / 5, width, std::max(6, h * 3 / 5)};
}

void TimelinePainter::paintBackground(const QRect& area, const std::vector<TimelineRow>& rows)
{
    m_painter.fillRect(area, m_palette.color(QPalette::Base));
    for (const auto& row : rows) {
        const QRect band(area.left(), row.top, area.width(), row.height);
        if (row.selected) {
            QColor highlight = m_palette.color(QPalette::Highlight);
            highlight.setAlpha(45);
            m_painter.fillRect(band, highlight);
        } else if (row.ordinal % 2 == 1) {
            m_painter.fillRect(band, m_palette.color(QPalette::AlternateBase));
        }
    }
    const core::Date first = m_scale.dateAt(m_scrollX + area.left());
    const core::Date last = m_scale.dateAt(m_scrollX + area.right()).addDays(1);
    const double dw = m_scale.dayWidth();
    QColor weekend(0x90, 0x98, 0xa0, 28);
    QColor gridLine(0xd0, 0xd4, 0xd8);
    for (core::Date d = first; d <= last; d = d.addDays(1)) {
        const int x = xOf(d);
        if (dw >= 5 && isWeekend(d)) {
            m_painter.fillRect(QRect(x, area.top(), static_cast<int>(dw + 0.5), area.height()),
                               weekend);
        }
        const bool line = dw >= 5 ? d.isoWeekday() == 1 : d.day() == 1;
        if (line) {
            m_painter.setPen(gridLine);
            m_painter.drawLine(x, area.top(), x, area.bottom());
        }
    }
}

void TimelinePainter::paintRow(const TimelineRow& row, int shiftDays)
{
    const QRect box = barRect(row, m_scale, m_scrollX, shiftDays);
    if (box.isEmpty()) {
        return;
    }
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    int labelX = box.right() + 6;
    if (row.summary) {
        paintSummary(row, box);
    } else if (row.milestone) {
        paintMilestone(row, box);
    } else {
        paintBar(row, box);
        labelX += static_cast<int>(row.bufferDays * m_scale.dayWidth());
    }
    m_painter.restore();
    if (!row.label.isEmpty()) {
        QFont font = m_painter.font();
        font.setBold(row.summary);
        m_painter.setFont(font);
        m_painter.setPen(m_palette.color(QPalette::Text));
        const QRect text(labelX, row.top, 400, row.height);
        m_painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, row.label);
        font.setBold(false);
        m_painter.setFont(font);
    }
}

void TimelinePainter::paintBar(const TimelineRow& row, const QRect& bar)
{
    if (row.bufferDays > 0) {
        // The buffer is slack after the work: a hatched tail, thinner than the bar.
        const int width = static_cast<int>(row.bufferDays * m_scale.dayWidth());
        const QRect tail(bar.right() + 1, bar.top() + bar.height() / 4, width, bar.height() / 2);
        m_painter.fillRect(tail, kBuffer.lighter(160));
        m_painter.fillRect(tail, QBrush(kBuffer, Qt::BDiagPattern));
        m_painter.setPen(QPen(kBuffer, 1));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(tail);
    }
    const QColor fill = row.critical ? kCritical : kBar;
    const QColor done = row.critical ? kCriticalDone : kBarDone;
    m_painter.setPen(QPen(done, 1));
    m_painter.setBrush(fill);
    m_painter.drawRoundedRect(QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
    if (row.percent > 0) {
        // Progress runs as a dark band through the middle of the bar.
        const int width = static_cast<int>(bar.width() * std::min(row.percent, 100.0) / 100.0);
        const QRect progress(bar.left(), bar.top() + bar.height() / 3, width,
                             std::max(2, bar.height() / 3));
        m_painter.fillRect(progress, done);
    }
    if (row.late) {
        m_painter.setPen(QPen(kToday, 1.5, Qt::DashLine));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRoundedRect(QRectF(bar).adjusted(-1.5, -1.5, 1.5, 1.5), 3, 3);
    }
}

void TimelinePainter::paintSummary(const TimelineRow& row, const QRect& bar)
{
    const QColor colour = row.critical ? kCriticalDone : kSummary;
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(colour);
    m_painter.drawRect(bar);
    const int tip = bar.height() + 3;
    const QPointF left[] = {{double(bar.left()), double(bar.bottom())},
                            {double(bar.left() + tip), double(bar.bottom())},
                            {double(bar.left()), double(bar.bottom() + tip)}};
    const QPointF right[] = {{double(bar.right() + 1), double(bar.bottom())},
                             {double(bar.right() + 1 - tip), double(bar.bottom())},
                             {double(bar.right() + 1), double(bar.bottom() + tip)}};
    m_painter.drawPolygon(left, 3);
    m_painter.drawPolygon(right, 3);
}

void TimelinePainter::paintMilestone(const TimelineRow& row, const QRect& box)
{
    const QPointF c = QRectF(box).center();
    const double r = box.width() / 2.0;
    const QPointF diamond[] = {
        {c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
    m_painter.setPen(QPen(row.critical ? kCriticalDone : kSummary, 1));
    m_painter.setBrush(row.critical ? kCritical : kSummary);
    m_painter.drawPolygon(diamond, 4);
}

void TimelinePainter::paintArrow(const QRect& from, const QRect& to, core::DependencyType type,
                                 bool critical, int rowHeight)
{
    using core::DependencyType;
    const bool fromFinish = type == DependencyType::FS || type == DependencyType::FF;
    const bool toStart = type == DependencyType::FS || type == DependencyType::SS;
    const double sx = fromFinish ? from.right() + 1 : from.left();
    const double sy = QRectF(from).center().y();
    const double ex = toStart ? to.left() - 1 : to.right() + 2;
    const double ey = QRectF(to).center().y();
    const double exitX = sx + (fromFinish ? 6 : -6);
    const double approachX = ex + (toStart ? -7 : 7);
    QPainterPath path({sx, sy});
    path.lineTo(exitX, sy);
    const bool direct = toStart ? exitX <= approachX : exitX >= approachX;
    if (direct) {
        path.lineTo(exitX, ey);
    } else {
        // Around the bars: along the boundary between the two rows, then in.
        const double between = ey > sy ? sy + rowHeight / 2.0 : sy - rowHeight / 2.0;
        path.lineTo(exitX, between);
        path.lineTo(approachX, between);
        path.lineTo(approachX, ey);
    }
    path.lineTo(ex, ey);
    const QColor colour = critical ? kCriticalDone : kArrow;
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    m_painter.setPen(QPen(colour, critical ? 1.4 : 1.0));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawPath(path);
    const double d = toStart ? 1 : -1;
    const QPointF head[] = {{ex, ey}, {ex - d * 5, ey - 3.5}, {ex - d * 5, ey + 3.5}};
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(colour);
    m_painter.drawPolygon(head, 3);
    m_painter.restore();
}

void TimelinePainter::paintToday(core::Date today, int height)
{
    const int x = xOf(today) + static_cast<int>(m_scale.dayWidth() / 2);
    m_painter.save();
    m_painter.setPen(QPen(kToday, 1.5, Qt::DashLine));
    m_painter.drawLine(x, 0, x, height);
    m_painter.restore();
}

void TimelinePainter::paintTier(const QRect& lane, bool upper)
{
    const double dw = m_scale.dayWidth();
    const Unit unit = upper ? (dw < 5 ? Unit::Year : Unit::Month)
                            : (dw < 5    ? Unit::Month
                               : dw < 20 ? Unit::Week
                                         : Unit::Day);
    const core::Date first = m_scale.dateAt(m_scrollX + lane.left());
    const core::Date last = m_scale.dateAt(m_scrollX + lane.right()).addDays(1);
    // Start at the beginning of the unit that holds the first visible day.
    core::Date start = first;
    for (int i = 0; i < 400 && !startsUnit(start, unit); ++i) {
        start = start.addDays(-1);
    }
    m_painter.setPen(m_palette.color(QPalette::Mid));
    m_painter.drawLine(lane.left(), lane.bottom(), lane.right(), lane.bottom());
    while (start <= last) {
        core::Date end = start.addDays(1);
        while (!startsUnit(end, unit)) {
            end = end.addDays(1);
        }
        const int x0 = xOf(start);
        const int x1 = xOf(end);
        m_painter.setPen(m_palette.color(QPalette::Mid));
        m_painter.drawLine(x1, lane.top(), x1, lane.bottom());
        // A unit that began left of the view keeps its label in sight.
        const int textLeft = std::max(x0, lane.left()) + 3;
        const QRect cell(textLeft, lane.top(), x1 - textLeft - 1, lane.height());
        const bool dim = unit == Unit::Day && isWeekend(start);
        m_painter.setPen(m_palette.color(dim ? QPalette::PlaceholderText : QPalette::ButtonText));
        const QString text = labelOf(start, unit, x1 - x0);
        if (m_painter.fontMetrics().horizontalAdvance(text) <= cell.width()) {
            m_painter.drawText(
                cell, Qt::AlignVCenter | (unit == Unit::Day ? Qt::AlignHCenter : Qt::AlignLeft),
                text);
        }
        start = end;
    }
}

void TimelinePainter::paintHeader(const QRect& area, core::Date today,
                                  const std::vector<ContentMarker>& markers)
{
    m_painter.fillRect(area, m_palette.color(QPalette::Button));
    QFont font = m_painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    m_painter.setFont(font);
    paintTier(QRect(area.left(), area.top(), area.width(), kTierHeight), true);
    paintTier(QRect(area.left(), area.top() + kTierHeight, area.width(), kTierHeight), false);
    const QRect lane(area.left(), area.top() + 2 * kTierHeight, area.width(),
                     area.height() - 2 * kTierHeight);
    m_painter.fillRect(lane.adjusted(0, 0, 0, -1), m_palette.color(QPalette::Base));
    m_painter.setPen(m_palette.color(QPalette::Mid));
    m_painter.drawLine(lane.left(), lane.bottom(), lane.right(), lane.bottom());
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    const double half = m_scale.dayWidth() / 2;
    for (const auto& marker : markers) {
        const double x = xOf(marker.date) + half;
        const double y = lane.center().y();
        const QPointF flag[] = {{x, y + 5}, {x - 4.5, y - 3.5}, {x + 4.5, y - 3.5}};
        m_painter.setPen(QPen(kContent, 1.2));
        m_painter.setBrush(marker.published ? QBrush(kContent) : QBrush(Qt::white));
        m_painter.drawPolygon(flag, 3);
    }
    m_painter.restore();
    const int x = xOf(today) + static_cast<int>(half);
    m_painter.setPen(QPen(kToday, 1.5));
    m_painter.drawLine(x, area.top() + kTierHeight, x, area.bottom());
}

} // namespace cd::app
