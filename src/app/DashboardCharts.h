#pragma once

#include <QWidget>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "report/ReportData.h"

class QChart;
class QChartView;

namespace cd::app {

// The dashboard's four charts (Qt Charts), drawn from the same ReportInput the PDF report is
// made from, so the screen and the page never disagree: engagements and reach per week, spend
// against the budget, the top influencers by engagements and the progress of each WBS phase.
// The chart views are named "weeklyChart", "budgetChart", "influencerChart", "phaseChart".
class DashboardCharts final : public QWidget {
    Q_OBJECT

public:
    explicit DashboardCharts(QWidget* parent = nullptr);

    void setData(const report::ReportInput& input);
    void clear();

    QChart* weeklyChart() const;
    QChart* budgetChart() const;
    QChart* influencerChart() const;
    QChart* phaseChart() const;

private:
    QChartView* m_weekly = nullptr;
    QChartView* m_budget = nullptr;
    QChartView* m_influencers = nullptr;
    QChartView* m_phases = nullptr;
};

} // namespace cd::app
