// The budget and schedule sections of the one-page report (see ReportSections.h).

#include "ReportCanvas.h"
#include "ReportFormat.h"
#include "ReportSections.h"

#include <algorithm>
#include <cmath>

namespace cd::report {

namespace {

constexpr double kRow = 12.5;

QString daysText(int days)
{
    return days == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(days);
}

void progressBar(ReportCanvas& c, const QRectF& box, std::optional<double> share,
                 const QColor& colour)
{
    c.fill(box, colour::panel(), 2.0);
    if (share) {
        const double w = box.width() * std::clamp(*share, 0.0, 1.0);
        c.fill(QRectF(box.left(), box.top(), w, box.height()), colour, 2.0);
    }
}

void figureRow(ReportCanvas& c, const QRectF& row, const QString& label, const QString& value,
               const QColor& valueColour = colour::ink(), bool bold = false)
{
    c.text(QRectF(row.left(), row.top(), row.width() * 0.55, row.height()), label, 7.5,
           colour::muted());
    c.text(QRectF(row.left() + row.width() * 0.55, row.top(), row.width() * 0.45, row.height()),
           value, 7.5, valueColour, Qt::AlignRight | Qt::AlignVCenter, bold);
}

QString kpiText(const ReportInput& in, std::string_view key)
{
    const core::Kpi* k = core::findKpi(in.kpis, key);
    return k ? formatKpiValue(*k, in.campaign.currency) : unknownText();
}

QString finishText(const core::Delivery& d)
{
    if (!d.expectedFinish) {
        return d.scheduleProblem.empty() ? QStringLiteral("Expected finish: — (no dated tasks)")
                                         : QStringLiteral("Expected finish: — (dependency cycle)");
    }
    QString text = QStringLiteral("Expected finish ") + formatDate(*d.expectedFinish);
    if (d.finishVsEndDays) {
        const int days = *d.finishVsEndDays;
        const QString count = daysText(std::abs(days));
        text += days > 0   ? QStringLiteral(" · %1 after the end").arg(count)
                : days < 0 ? QStringLiteral(" · %1 before the end").arg(count)
                           : QStringLiteral(" · on the end date");
    }
    return text;
}

// One row per phase, at most `rows` (the last one says how many more there are); returns the
// y below them.
double drawPhases(ReportCanvas& c, const QRectF& area,
                  const std::vector<core::PhaseProgress>& phases, std::size_t rows)
{
    double y = area.top();
    const std::size_t shown = std::min(phases.size(), rows);
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& p = phases[i];
        if (i + 1 == shown && shown < phases.size()) {
            c.text(QRectF(area.left(), y, area.width(), kRow),
                   QStringLiteral("… and %1 more phases").arg(phases.size() - i), 7.0,
                   colour::muted());
            return y + kRow;
        }
        c.text(QRectF(area.left(), y, 110, kRow),
               p.phase.empty() ? QStringLiteral("(no phase)") : singleLine(p.phase), 7.5,
               colour::ink());
        progressBar(c, QRectF(area.left() + 112, y + 3, area.width() - 112 - 84, 6), p.complete,
                    colour::primaryLight());
        c.text(QRectF(area.right() - 82, y, 36, kRow),
               p.complete ? formatPercent(*p.complete, 0) : unknownText(), 7.5, colour::ink(),
               Qt::AlignRight | Qt::AlignVCenter);
        c.text(QRectF(area.right() - 44, y, 44, kRow),
               p.lateTasks > 0 ? QStringLiteral("%1 late").arg(p.lateTasks) : QString(), 7.5,
               colour::atRisk(), Qt::AlignRight | Qt::AlignVCenter);
        y += kRow;
    }
    return y;
}

// The most overdue tasks, as many as fit.
void drawLateTasks(ReportCanvas& c, const QRectF& area, const std::vector<core::LateTask>& late)
{
    if (area.height() < kRow) {
        return;
    }
    if (late.empty()) {
        c.text(QRectF(area.left(), area.top(), area.width(), kRow),
               QStringLiteral("No task is late."), 7.5, colour::met());
        return;
    }
    c.text(QRectF(area.left(), area.top(), area.width(), kRow),
           QStringLiteral("Late tasks: %1 (most overdue first)").arg(late.size()), 7.5,
           colour::atRisk(), Qt::AlignLeft | Qt::AlignVCenter, true);
    double y = area.top() + kRow;
    for (const auto& t : late) {
        if (y + kRow > area.bottom()) {
            break;
        }
        c.text(QRectF(area.left() + 6, y, area.width() - 136, kRow), singleLine(t.name), 7.5,
               colour::ink());
        c.text(QRectF(area.right() - 128, y, 128, kRow),
               QStringLiteral("due %1 · %2 late")
                   .arg(formatDate(t.plannedFinish), daysText(t.daysLate)),
               7.0, colour::muted(), Qt::AlignRight | Qt::AlignVCenter);
        y += kRow;
    }
}

} // namespace

void drawBudgetFigures(ReportCanvas& c, const QRectF& box, const ReportInput& in)
{
    QRectF area = c.sectionTitle(box, QStringLiteral("Budget"));
    const auto& b = in.budget;
    const bool over = b.remaining.minorUnits() < 0;
    const std::array<std::tuple<QString, QString, QColor, bool>, 5> rows{{
        {QStringLiteral("Campaign budget"), formatMoney(b.budget), colour::ink(), true},
        {QStringLiteral("Planned (budget lines)"), formatMoney(b.planned), colour::ink(), false},
        {QStringLiteral("Committed"), formatMoney(b.committed), colour::ink(), false},
        {QStringLiteral("Paid"), formatMoney(b.paid), colour::ink(), false},
        {QStringLiteral("Remaining (budget − committed)"), formatMoney(b.remaining),
         over ? colour::atRisk() : colour::met(), true},
    }};
    double y = area.top();
    for (const auto& [label, value, tint, bold] : rows) {
        if (y + kRow > area.bottom()) {
            return;
        }
        figureRow(c, QRectF(area.left(), y, area.width(), kRow), label, value, tint, bold);
        y += kRow;
    }
    if (y + 2 * kRow > area.bottom()) {
        return;
    }
    y += 4;
    const core::Kpi* used = core::findKpi(in.kpis, "budget_used");
    c.text(QRectF(area.left(), y, area.width() * 0.55, kRow),
           QStringLiteral("Budget used (paid / budget)"), 7.5, colour::muted());
    progressBar(c, QRectF(area.left() + area.width() * 0.55, y + 3, area.width() * 0.3, 6),
                used ? used->value : std::nullopt, colour::accent());
    c.text(QRectF(area.left() + area.width() * 0.85, y, area.width() * 0.15, kRow),
           kpiText(in, "budget_used"), 7.5, colour::ink(), Qt::AlignRight | Qt::AlignVCenter);
    y += kRow + 4;
    const std::array<std::pair<QString, std::string_view>, 4> costs{
        {{QStringLiteral("CPM"), "cpm"},
         {QStringLiteral("CPC"), "cpc"},
         {QStringLiteral("CPA"), "cpa"},
         {QStringLiteral("ROI"), "roi"}}};
    const double half = area.width() / 2;
    for (std::size_t i = 0; i < costs.size(); ++i) {
        const double rowTop = y + kRow * static_cast<double>(i / 2);
        if (rowTop + kRow > area.bottom()) {
            return;
        }
        const QRectF cell(area.left() + half * static_cast<double>(i % 2) + (i % 2 ? 6 : 0), rowTop,
                          half - 6, kRow);
        figureRow(c, cell, costs[i].first, kpiText(in, costs[i].second));
    }
}

void drawSchedule(ReportCanvas& c, const QRectF& box, const ReportInput& in)
{
    const auto& d = in.delivery;
    const QRectF area = c.sectionTitle(box, QStringLiteral("Schedule"));
    double y = area.top();
    c.text(QRectF(area.left(), y, 110, kRow), QStringLiteral("Work complete (by duration)"), 7.5,
           colour::muted());
    progressBar(c, QRectF(area.left() + 112, y + 3, area.width() - 112 - 40, 6), d.complete,
                colour::primary());
    c.text(QRectF(area.right() - 38, y, 38, kRow),
           d.complete ? formatPercent(*d.complete, 0) : unknownText(), 7.5, colour::ink(),
           Qt::AlignRight | Qt::AlignVCenter, true);
    y += kRow + 2;
    const bool slipping = d.finishVsEndDays && *d.finishVsEndDays > 0;
    c.text(QRectF(area.left(), y, area.width(), kRow), finishText(d), 7.5,
           slipping ? colour::atRisk() : colour::ink(), Qt::AlignLeft | Qt::AlignVCenter, true);
    y += kRow + 4;

    // Phases first, then the most overdue tasks, keeping room for a few of them.
    const auto rowsLeft = static_cast<std::size_t>(std::max(0.0, (area.bottom() - y) / kRow));
    const std::size_t lateWanted =
        d.lateTasks.empty() ? 1 : std::min<std::size_t>(4, d.lateTasks.size() + 1);
    y = drawPhases(c, QRectF(area.left(), y, area.width(), area.bottom() - y), d.phases,
                   rowsLeft > lateWanted ? rowsLeft - lateWanted : 0);
    drawLateTasks(c, QRectF(area.left(), y + 2, area.width(), area.bottom() - y - 2), d.lateTasks);
}

} // namespace cd::report
