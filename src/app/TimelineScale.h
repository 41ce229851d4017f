#pragma once

#include "core/Date.h"

#include <array>
#include <cmath>

namespace cd::app {

// Where a date sits on the timeline: day `origin` starts at x = 0 and every day is `dayWidth`
// pixels wide. Zoom levels go from months (a few pixels a day) to days.
class TimelineScale {
public:
    static constexpr std::array<double, 7> kDayWidths = {1.5, 3.0, 5.0, 8.0, 14.0, 24.0, 36.0};
    static constexpr int kDefaultZoom = 4;

    core::Date origin() const { return m_origin; }
    void setOrigin(core::Date origin) { m_origin = origin; }
    int dayCount() const { return m_days; }
    void setDayCount(int days) { m_days = days; }

    int zoom() const { return m_zoom; }
    void setZoom(int zoom)
    {
        m_zoom = zoom < 0 ? 0
                 : zoom >= static_cast<int>(kDayWidths.size())
                     ? static_cast<int>(kDayWidths.size()) - 1
                     : zoom;
    }
    double dayWidth() const { return kDayWidths[static_cast<std::size_t>(m_zoom)]; }

    // The left edge of `date`'s day.
    double xOf(core::Date date) const { return m_origin.daysUntil(date) * dayWidth(); }
    core::Date dateAt(double x) const
    {
        return m_origin.addDays(static_cast<std::int32_t>(std::floor(x / dayWidth())));
    }
    int width() const { return static_cast<int>(std::ceil(m_days * dayWidth())); }

private:
    core::Date m_origin;
    int m_days = 0;
    int m_zoom = kDefaultZoom;
};

} // namespace cd::app
