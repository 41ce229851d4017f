#pragma once

#include "ReportData.h"

#include <QRectF>

#include <span>

namespace cd::report {

class ReportCanvas;

// Charts drawn with QPainter as vector shapes (Qt Charts needs Widgets, which the report layer
// does not link).

// Reach per week as bars (left axis) and engagements per week as a line (right axis). More
// weeks than fit are merged into buckets of two, three … weeks.
void drawWeeklyChart(ReportCanvas& canvas, const QRectF& box,
                     std::span<const core::PeriodSums> weeks);

// Planned, committed and paid per budget category, and in total against the campaign budget.
void drawBudgetChart(ReportCanvas& canvas, const QRectF& box, const BudgetFigures& budget);

} // namespace cd::report
