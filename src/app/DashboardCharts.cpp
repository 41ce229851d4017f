#include "DashboardCharts.h"

#include "Format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <vector>

namespace cd::app {

namespace {

const QColor kReachColour(QStringLiteral("#1a73e8"));
const QColor kEngagementColour(QStringLiteral("#e8710a"));

QChartView* makeView(const QString& name, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->setStyleSheet(QStringLiteral("background: white; border: 1px solid #dadce0; "
                                       "border-radius: 8px;"));
    return view;
}

// Replaces the view's chart; the view deletes the old one.
QChart* freshChart(QChartView* view, const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    chart->setTitleFont(font);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Axis labels group thousands like the tiles: "1,500,000" (or "1.500.000" in Italian).
    chart->setLocale(displayLocale());
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}

double majorUnits(const core::Money& money)
{
    return QString::fromStdString(money.toDecimalString()).toDouble();
}

QDateTime weekStart(core::Date date)
{
    return QDateTime(
        QDate(date.year(), static_cast<int>(date.month()), static_cast<int>(date.day())),
        QTime(0, 0));
}

void fillWeekly(QChartView* view, std::span<const core::PeriodSums> weeks)
{
    QChart* chart = freshChart(view, DashboardCharts::tr("Engagements and reach per week"));
    auto* reach = new QLineSeries;
    reach->setName(DashboardCharts::tr("Reach"));
    auto* engagements = new QLineSeries;
    engagements->setName(DashboardCharts::tr("Engagements"));
    double maxReach = 1;
    double maxEngagements = 1;
    for (const core::PeriodSums& week : weeks) {
        const auto x = static_cast<double>(weekStart(week.start).toMSecsSinceEpoch());
        reach->append(x, static_cast<double>(week.reach));
        engagements->append(x, static_cast<double>(week.engagements));
        maxReach = std::max(maxReach, static_cast<double>(week.reach));
        maxEngagements = std::max(maxEngagements, static_cast<double>(week.engagements));
    }
    chart->addSeries(reach);
    chart->addSeries(engagements);
    reach->setPen(QPen(kReachColour, 2.5));
    engagements->setPen(QPen(kEngagementColour, 2.5));

    auto* xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("d MMM"));
    xAxis->setTickCount(std::clamp(static_cast<int>(weeks.size()), 2, 8));
    chart->addAxis(xAxis, Qt::AlignBottom);
    auto* reachAxis = new QValueAxis;
    reachAxis->setRange(0, maxReach * 1.1);
    reachAxis->applyNiceNumbers();
    reachAxis->setLabelFormat(QStringLiteral("%.0f"));
    reachAxis->setTitleText(DashboardCharts::tr("Reach"));
    chart->addAxis(reachAxis, Qt::AlignLeft);
    auto* engagementAxis = new QValueAxis;
    engagementAxis->setRange(0, maxEngagements * 1.1);
    engagementAxis->applyNiceNumbers();
    engagementAxis->setLabelFormat(QStringLiteral("%.0f"));
    engagementAxis->setTitleText(DashboardCharts::tr("Engagements"));
    chart->addAxis(engagementAxis, Qt::AlignRight);
    reach->attachAxis(xAxis);
    reach->attachAxis(reachAxis);
    engagements->attachAxis(xAxis);
    engagements->attachAxis(engagementAxis);
    if (weeks.empty()) {
        chart->setTitle(DashboardCharts::tr("Engagements and reach per week: nothing published"));
    }
}

// Horizontal bars, one category per label (the first label at the top).
QHorizontalBarSeries* addBars(QChart* chart, const QStringList& labels, double maxValue)
{
    auto* series = new QHorizontalBarSeries;
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    QStringList reversed = labels;
    std::reverse(reversed.begin(), reversed.end());
    categories->append(reversed);
    chart->addAxis(categories, Qt::AlignLeft);
    auto* values = new QValueAxis;
    values->setRange(0, std::max(1.0, maxValue) * 1.05);
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    return series;
}

// `values` in the order of the labels; the bars are added bottom-up.
QBarSet* barSet(const QString& name, const QList<double>& values, const QColor& colour)
{
    auto* set = new QBarSet(name);
    for (auto it = values.crbegin(); it != values.crend(); ++it) {
        set->append(*it);
    }
    set->setColor(colour);
    set->setBorderColor(colour);
    return set;
}

void fillBudget(QChartView* view, const report::BudgetFigures& budget)
{
    const double total = majorUnits(budget.budget);
    const QString title = total > 0
                              ? DashboardCharts::tr("Spend against budget (%1): %2 paid")
                                    .arg(formatMoney(budget.budget),
                                         formatPercent(100.0 * majorUnits(budget.paid) / total, 0))
                              : DashboardCharts::tr("Spend against budget (no budget set)");
    QChart* chart = freshChart(view, title);
    QStringList labels{DashboardCharts::tr("All categories")};
    QList<double> planned{majorUnits(budget.planned)};
    QList<double> committed{majorUnits(budget.committed)};
    QList<double> paid{majorUnits(budget.paid)};
    const double maxValue = std::max({total, planned.front(), committed.front(), paid.front()});
    // The largest categories by planned amount: more rows than fit would have their names
    // elided by Qt Charts.
    std::vector<report::BudgetRow> rows = budget.categories;
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return a.planned.minorUnits() > b.planned.minorUnits();
    });
    constexpr std::size_t kMaxCategories = 4;
    for (std::size_t i = 0; i < std::min(rows.size(), kMaxCategories); ++i) {
        labels << translatedLabel(rows[i].label).simplified(); // the category's core label
        planned << majorUnits(rows[i].planned);
        committed << majorUnits(rows[i].committed);
        paid << majorUnits(rows[i].paid);
    }
    auto* series = addBars(chart, labels, maxValue);
    series->append(barSet(DashboardCharts::tr("Planned"), planned, QColor(0xbd, 0xc1, 0xc6)));
    series->append(barSet(DashboardCharts::tr("Committed"), committed, kReachColour.lighter(150)));
    series->append(barSet(DashboardCharts::tr("Paid"), paid, kReachColour));
}

void fillInfluencers(QChartView* view, std::span<const report::TopInfluencer> top)
{
    QChart* chart = freshChart(view, DashboardCharts::tr("Top influencers by engagements"));
    chart->legend()->hide();
    QStringList labels;
    QList<double> values;
    double maxValue = 0;
    for (const report::TopInfluencer& influencer : top) {
        labels << QString::fromStdString(influencer.name).simplified();
        values << static_cast<double>(influencer.engagements.value_or(0));
        maxValue = std::max(maxValue, values.back());
    }
    auto* series = addBars(chart, labels, maxValue);
    series->append(barSet(DashboardCharts::tr("Engagements"), values, kEngagementColour));
}

void fillPhases(QChartView* view, std::span<const core::PhaseProgress> phases)
{
    QChart* chart = freshChart(view, DashboardCharts::tr("Progress by WBS phase"));
    chart->legend()->hide();
    QStringList labels;
    QList<double> values;
    for (const core::PhaseProgress& phase : phases) {
        QString label = QString::fromStdString(phase.phase).simplified();
        if (phase.lateTasks > 0) {
            label += DashboardCharts::tr(" (%n late)", nullptr, phase.lateTasks);
        }
        labels << label;
        values << 100.0 * phase.complete.value_or(0.0);
    }
    auto* series = addBars(chart, labels, 100.0);
    auto* percentAxis = static_cast<QValueAxis*>(chart->axes(Qt::Horizontal).front());
    percentAxis->setRange(0, 100);
    percentAxis->setTickCount(5);
    series->append(barSet(DashboardCharts::tr("% complete"), values, QColor(0x1e, 0x8e, 0x3e)));
}

} // namespace

DashboardCharts::DashboardCharts(QWidget* parent) : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    m_weekly = makeView(QStringLiteral("weeklyChart"), this);
    m_budget = makeView(QStringLiteral("budgetChart"), this);
    m_influencers = makeView(QStringLiteral("influencerChart"), this);
    m_phases = makeView(QStringLiteral("phaseChart"), this);
    grid->addWidget(m_weekly, 0, 0);
    grid->addWidget(m_budget, 0, 1);
    grid->addWidget(m_influencers, 1, 0);
    grid->addWidget(m_phases, 1, 1);
    clear();
}

void DashboardCharts::setData(const report::ReportInput& input)
{
    fillWeekly(m_weekly, input.weeks);
    fillBudget(m_budget, input.budget);
    fillInfluencers(m_influencers, input.topInfluencers);
    fillPhases(m_phases, input.delivery.phases);
}

void DashboardCharts::clear()
{
    fillWeekly(m_weekly, {});
    fillBudget(m_budget, report::BudgetFigures{});
    fillInfluencers(m_influencers, {});
    fillPhases(m_phases, {});
}

QChart* DashboardCharts::weeklyChart() const
{
    return m_weekly->chart();
}

QChart* DashboardCharts::budgetChart() const
{
    return m_budget->chart();
}

QChart* DashboardCharts::influencerChart() const
{
    return m_influencers->chart();
}

QChart* DashboardCharts::phaseChart() const
{
    return m_phases->chart();
}

} // namespace cd::app
