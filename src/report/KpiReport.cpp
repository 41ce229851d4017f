#include "KpiReport.h"

#include "ReportCanvas.h"
#include "ReportCharts.h"
#include "ReportError.h"
#include "ReportFormat.h"
#include "ReportSections.h"

#include <QPainter>

#include <algorithm>
#include <string>

namespace cd::report {

namespace {

constexpr double kMargin = 32.0;
constexpr double kGap = 12.0;

// Lays the sections out on the page. Heights are fixed or shares of what is left, so the
// layout depends on the paper only, never on the data.
void paintPage(ReportCanvas& c, const QRectF& page, const ReportInput& in)
{
    QRectF content = page.adjusted(kMargin, kMargin - 6, -kMargin, -kMargin + 10);
    c.fill(QRectF(page.left(), page.top(), page.width(), 6), colour::primary());
    double y = content.top();
    y += drawHeader(c, QRectF(content.left(), y, content.width(), 48), in) + 4;
    y += drawObjective(c, QRectF(content.left(), y, content.width(), 36), in) + 8;
    drawTiles(c, QRectF(content.left(), y, content.width(), 82), in);
    y += 82 + kGap + 2;

    constexpr double kFooter = 14.0;
    const double rest = content.bottom() - kFooter - y - 2 * kGap;
    const double rowA = std::floor(rest * 0.33);
    const double rowB = std::floor(rest * 0.30);
    const double rowC = rest - rowA - rowB;
    const double leftWidth = std::floor(content.width() * 0.52);
    const double rightLeft = content.left() + leftWidth + 16;
    const double rightWidth = content.right() - rightLeft;
    auto left = [&](double top, double h) {
        return QRectF(content.left(), top, leftWidth, h);
    };
    auto right = [&](double top, double h) {
        return QRectF(rightLeft, top, rightWidth, h);
    };

    auto clipped = [&](const QRectF& box, auto draw) {
        c.painter().save();
        c.painter().setClipRect(box.adjusted(-1, -1, 1, 1));
        draw(box);
        c.painter().restore();
    };
    clipped(left(y, rowA), [&](const QRectF& b) { drawTargets(c, b, in); });
    clipped(right(y, rowA), [&](const QRectF& b) {
        drawWeeklyChart(c, c.sectionTitle(b, QStringLiteral("Engagements and reach by week")),
                        in.weeks);
    });
    y += rowA + kGap;
    clipped(left(y, rowB), [&](const QRectF& b) { drawTopInfluencers(c, b, in); });
    clipped(right(y, rowB), [&](const QRectF& b) {
        drawBudgetChart(c, c.sectionTitle(b, QStringLiteral("Spend against budget")), in.budget);
    });
    y += rowB + kGap;
    clipped(left(y, rowC), [&](const QRectF& b) { drawBudgetFigures(c, b, in); });
    clipped(right(y, rowC), [&](const QRectF& b) { drawSchedule(c, b, in); });
    drawFooter(c, QRectF(content.left(), content.bottom() - kFooter, content.width(), kFooter), in);
}

} // namespace

void writeKpiReport(const ReportInput& input, const QString& path, PageFormat format)
{
    writeOnePagePdf(
        path, format, QStringLiteral("KPI report: ") + singleLine(input.campaign.name),
        [&](ReportCanvas& canvas, const QRectF& page) { paintPage(canvas, page, input); });
}

} // namespace cd::report
