#pragma once

#include "ReportData.h"

#include <QColor>
#include <QRectF>

namespace cd::report {

class ReportCanvas;

// The sections of the one-page report. Each draws inside its box and cuts its lists to the
// rows that fit, so nothing ever runs past its box whatever the data.

// Campaign, brand, period, status and the date the report was made; returns the height used.
double drawHeader(ReportCanvas& canvas, const QRectF& box, const ReportInput& input);
double drawObjective(ReportCanvas& canvas, const QRectF& box, const ReportInput& input);
// The headline KPIs as tiles, two rows of five.
void drawTiles(ReportCanvas& canvas, const QRectF& box, const ReportInput& input);
void drawTargets(ReportCanvas& canvas, const QRectF& box, const ReportInput& input);
void drawTopInfluencers(ReportCanvas& canvas, const QRectF& box, const ReportInput& input);
void drawBudgetFigures(ReportCanvas& canvas, const QRectF& box, const ReportInput& input);
void drawSchedule(ReportCanvas& canvas, const QRectF& box, const ReportInput& input);
void drawFooter(ReportCanvas& canvas, const QRectF& box, const ReportInput& input);

QColor statusColour(core::KpiStatus status);

} // namespace cd::report
