#include "ReportCharts.h"

#include "ReportCanvas.h"
#include "ReportFormat.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace cd::report {

namespace {

constexpr std::size_t kMaxBars = 26;

// The smallest of 1, 2, 2.5, 5 × 10ⁿ that is at least `value`: an axis maximum that reads well.
double niceCeiling(double value)
{
    if (value <= 0) {
        return 1.0;
    }
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * power >= value) {
            return step * power;
        }
    }
    return 10.0 * power;
}

std::vector<core::PeriodSums> bucketed(std::span<const core::PeriodSums> weeks,
                                       std::size_t& weeksPerBar)
{
    weeksPerBar = (weeks.size() + kMaxBars - 1) / kMaxBars;
    weeksPerBar = std::max<std::size_t>(1, weeksPerBar);
    std::vector<core::PeriodSums> out;
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        if (i % weeksPerBar == 0) {
            out.push_back({weeks[i].start, 0, 0});
        }
        out.back().engagements += weeks[i].engagements;
        out.back().reach += weeks[i].reach;
    }
    return out;
}

void legendEntry(ReportCanvas& c, double& x, double y, const QColor& colour, const QString& label,
                 bool asLine)
{
    if (asLine) {
        c.line(QPointF(x, y + 5), QPointF(x + 10, y + 5), colour, 1.4);
    } else {
        c.fill(QRectF(x, y + 2, 8, 6), colour);
    }
    x += 12;
    const double w = c.textWidth(label, 7.0) + 2;
    c.text(QRectF(x, y, w, 10), label, 7.0, colour::muted());
    x += w + 7;
}

void drawAxes(ReportCanvas& c, const QRectF& plot, double leftMax, double rightMax)
{
    constexpr int kSteps = 4;
    for (int i = 0; i <= kSteps; ++i) {
        const double y = plot.bottom() - plot.height() * i / kSteps;
        c.line(QPointF(plot.left(), y), QPointF(plot.right(), y),
               i == 0 ? colour::muted() : colour::rule(), i == 0 ? 0.6 : 0.4);
        c.text(QRectF(plot.left() - 30, y - 5, 27, 10), formatCompact(leftMax * i / kSteps), 6.5,
               colour::primary(), Qt::AlignRight | Qt::AlignVCenter);
        c.text(QRectF(plot.right() + 3, y - 5, 27, 10), formatCompact(rightMax * i / kSteps), 6.5,
               colour::accent(), Qt::AlignLeft | Qt::AlignVCenter);
    }
}

} // namespace

void drawWeeklyChart(ReportCanvas& c, const QRectF& box, std::span<const core::PeriodSums> weeks)
{
    std::size_t weeksPerBar = 1;
    const auto bars = bucketed(weeks, weeksPerBar);
    double x = box.left();
    legendEntry(c, x, box.top(), colour::primaryLight(), QStringLiteral("Reach (left)"), false);
    legendEntry(c, x, box.top(), colour::accent(), QStringLiteral("Engagements (right)"), true);
    if (weeksPerBar > 1) {
        c.text(QRectF(x, box.top(), box.right() - x, 10),
               QStringLiteral("one bar = %1 weeks").arg(weeksPerBar), 7.0, colour::muted(),
               Qt::AlignRight | Qt::AlignVCenter);
    }
    const QRectF plot = box.adjusted(32, 18, -32, -14);
    if (bars.empty()) {
        c.fill(plot, colour::panel(), 3);
        c.text(plot, QStringLiteral("No published content yet"), 8.0, colour::muted(),
               Qt::AlignCenter);
        return;
    }
    double maxReach = 0;
    double maxEngagements = 0;
    for (const auto& b : bars) {
        maxReach = std::max(maxReach, static_cast<double>(b.reach));
        maxEngagements = std::max(maxEngagements, static_cast<double>(b.engagements));
    }
    // Four gridlines at a round step each: the axis maximum is four steps.
    maxReach = 4 * niceCeiling(maxReach / 4);
    maxEngagements = 4 * niceCeiling(maxEngagements / 4);
    drawAxes(c, plot, maxReach, maxEngagements);

    const double slot = plot.width() / static_cast<double>(bars.size());
    QPolygonF line;
    const auto labelEvery =
        static_cast<std::size_t>(std::max(1.0, std::ceil(34.0 / std::max(slot, 1.0))));
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const double left = plot.left() + slot * static_cast<double>(i);
        const double h = plot.height() * static_cast<double>(bars[i].reach) / maxReach;
        c.fill(QRectF(left + slot * 0.15, plot.bottom() - h, slot * 0.7, h),
               colour::primaryLight());
        line << QPointF(left + slot / 2,
                        plot.bottom() - plot.height() * static_cast<double>(bars[i].engagements) /
                                            maxEngagements);
        if (i % labelEvery == 0) {
            const QString label = formatDate(bars[i].start).section(QLatin1Char(' '), 0, 1);
            c.text(QRectF(left + slot / 2 - 20, plot.bottom() + 2, 40, 10), label, 6.5,
                   colour::muted(), Qt::AlignHCenter | Qt::AlignTop);
        }
    }
    QPainter& p = c.painter();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour::accent(), 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(line);
    p.setBrush(colour::accent());
    p.setPen(Qt::NoPen);
    for (const QPointF& point : line) {
        p.drawEllipse(point, 1.5, 1.5);
    }
    p.restore();
}

void drawBudgetChart(ReportCanvas& c, const QRectF& box, const BudgetFigures& f)
{
    double x = box.left();
    legendEntry(c, x, box.top(), colour::primaryLight(), QStringLiteral("Planned"), false);
    legendEntry(c, x, box.top(), colour::primary(), QStringLiteral("Committed"), false);
    legendEntry(c, x, box.top(), colour::accent(), QStringLiteral("Paid"), false);
    legendEntry(c, x, box.top(), colour::ink(), QStringLiteral("Budget"), true);
    c.text(QRectF(x, box.top(), box.right() - x, 10), QStringLiteral("paid / planned"), 6.5,
           colour::muted(), Qt::AlignRight | Qt::AlignVCenter);

    std::vector<BudgetRow> rows{{"Total", f.planned, f.committed, f.paid}};
    rows.insert(rows.end(), f.categories.begin(), f.categories.end());
    const QRectF area = box.adjusted(0, 16, 0, 0);
    const double rowHeight = std::min(22.0, area.height() / static_cast<double>(rows.size()));
    const auto shown = static_cast<std::size_t>(std::floor(area.height() / rowHeight));
    double scale = static_cast<double>(
        std::max({f.budget.minorUnits(), f.planned.minorUnits(), f.committed.minorUnits(),
                  f.paid.minorUnits(), std::int64_t{1}}));
    constexpr double kLabel = 84.0;
    constexpr double kFigures = 64.0;
    const double barLeft = area.left() + kLabel;
    const double barWidth = area.width() - kLabel - kFigures;
    auto widthOf = [&](const core::Money& m) {
        return barWidth * std::clamp(static_cast<double>(m.minorUnits()) / scale, 0.0, 1.0);
    };
    for (std::size_t i = 0; i < std::min(shown, rows.size()); ++i) {
        const auto& r = rows[i];
        const double top = area.top() + rowHeight * static_cast<double>(i);
        const double barHeight = std::max(2.0, (rowHeight - 6) / 3);
        c.text(QRectF(area.left(), top, kLabel - 4, rowHeight - 2), QString::fromStdString(r.label),
               7.0, colour::ink(), Qt::AlignLeft | Qt::AlignVCenter, i == 0);
        c.fill(QRectF(barLeft, top + 2, widthOf(r.planned), barHeight), colour::primaryLight());
        c.fill(QRectF(barLeft, top + 2 + barHeight, widthOf(r.committed), barHeight),
               colour::primary());
        c.fill(QRectF(barLeft, top + 2 + 2 * barHeight, widthOf(r.paid), barHeight),
               colour::accent());
        c.text(QRectF(barLeft + barWidth + 4, top, kFigures - 4, rowHeight - 2),
               formatCompact(static_cast<double>(r.paid.minorUnits()) /
                             std::pow(10.0, core::currencyDigits(r.paid.currency()))) +
                   QStringLiteral(" / ") +
                   formatCompact(static_cast<double>(r.planned.minorUnits()) /
                                 std::pow(10.0, core::currencyDigits(r.planned.currency()))),
               6.5, colour::muted(), Qt::AlignRight | Qt::AlignVCenter);
        if (i == 0 && f.budget.minorUnits() > 0) {
            const double bx = barLeft + widthOf(f.budget);
            c.line(QPointF(bx, top), QPointF(bx, top + rowHeight - 2), colour::ink(), 1.2);
        }
    }
}

} // namespace cd::report
