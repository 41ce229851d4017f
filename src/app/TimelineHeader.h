#pragma once

#include <QWidget>

#include <functional>

namespace cd::app {

class TimelineScale;
class TimelineView;

// The date scale above the timeline with the lane of content going live, scrolled with the
// chart; hovering a marker names the content.
class TimelineHeader final : public QWidget {
    Q_OBJECT

public:
    TimelineHeader(TimelineView* timeline, const TimelineScale& scale,
                   std::function<int()> scrollX);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    TimelineView* m_timeline;
    const TimelineScale& m_scale;
    std::function<int()> m_scrollX;
};

} // namespace cd::app
