#include "TimelineHeader.h"

#include "Format.h"
#include "TimelinePainter.h"
#include "TimelineView.h"

#include "platform/Clock.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace cd::app {

TimelineHeader::TimelineHeader(TimelineView* timeline, const TimelineScale& scale,
                               std::function<int()> scrollX)
    : QWidget(timeline), m_timeline(timeline), m_scale(scale), m_scrollX(std::move(scrollX))
{
    setObjectName(QStringLiteral("timelineHeader"));
}

void TimelineHeader::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    TimelinePainter(painter, m_scale, m_scrollX(), palette())
        .paintHeader(rect(), platform::today(), m_timeline->markers());
}

bool TimelineHeader::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip) {
        return QWidget::event(event);
    }
    const auto* help = static_cast<QHelpEvent*>(event);
    QStringList lines;
    for (const auto& marker : m_timeline->markers()) {
        const double x = m_scale.xOf(marker.date) - m_scrollX() + m_scale.dayWidth() / 2;
        if (std::abs(x - help->pos().x()) <= 5) {
            lines << marker.toolTip;
        }
    }
    if (lines.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(help->globalPos(), plainToolTip(lines.join(QLatin1Char('\n'))), this);
    }
    return true;
}

} // namespace cd::app
