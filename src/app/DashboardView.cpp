#include "DashboardView.h"

#include "CampaignData.h"
#include "DashboardCharts.h"
#include "EmptyState.h"
#include "Format.h"
#include "KpiTile.h"

#include "platform/Clock.h"
#include "report/ReportData.h"
#include "storage/KpiData.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <exception>

namespace cd::app {

namespace {

constexpr int kTileColumns = 6;

// The tiles, in reading order: reach and response first, money next, delivery last.
struct TileSpec {
    const char* key;
    const char* title;
};
constexpr TileSpec kTiles[] = {
    {"impressions", QT_TRANSLATE_NOOP("cd::app::DashboardView", "Impressions")},
    {"reach", QT_TRANSLATE_NOOP("cd::app::DashboardView", "Reach")},
    {"engagements", QT_TRANSLATE_NOOP("cd::app::DashboardView", "Engagements")},
    {"engagement_rate_reach", QT_TRANSLATE_NOOP("cd::app::DashboardView", "Engagement rate")},
    {"ctr", QT_TRANSLATE_NOOP("cd::app::DashboardView", "Click-through rate")},
    {"conversions", QT_TRANSLATE_NOOP("cd::app::DashboardView", "Conversions")},
    {"revenue", QT_TRANSLATE_NOOP("cd::app::DashboardView", "Revenue")},
    {"roas", QT_TRANSLATE_NOOP("cd::app::DashboardView", "ROAS")},
    {"cpe", QT_TRANSLATE_NOOP("cd::app::DashboardView", "Cost per engagement")},
    {"budget_used", QT_TRANSLATE_NOOP("cd::app::DashboardView", "Budget used")},
    {"posts_published", QT_TRANSLATE_NOOP("cd::app::DashboardView", "Posts published")},
    {"wbs_complete", QT_TRANSLATE_NOOP("cd::app::DashboardView", "Plan complete")},
};

QDate toQDate(core::Date date)
{
    return QDate(date.year(), static_cast<int>(date.month()), static_cast<int>(date.day()));
}

core::Date fromQDate(const QDate& date)
{
    return core::Date::fromYmd(date.year(), static_cast<unsigned>(date.month()),
                               static_cast<unsigned>(date.day()));
}

QDateEdit* makeDateEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dateEditFormat());
    return edit;
}

// "3 met · 2 on track · 1 at risk" over the KPIs that have a target.
QString statusSummary(const std::vector<core::Kpi>& kpis)
{
    int counts[4] = {0, 0, 0, 0};
    for (const core::Kpi& kpi : kpis) {
        if (kpi.status) {
            ++counts[static_cast<int>(*kpi.status)];
        }
    }
    if (counts[0] + counts[1] + counts[2] + counts[3] == 0) {
        return DashboardView::tr("no KPI targets set");
    }
    return DashboardView::tr("targets: %1 met · %2 on track · %3 at risk")
        .arg(counts[static_cast<int>(core::KpiStatus::Met)])
        .arg(counts[static_cast<int>(core::KpiStatus::OnTrack)])
        .arg(counts[static_cast<int>(core::KpiStatus::AtRisk)]);
}

} // namespace

DashboardView::DashboardView(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto* page = new QWidget(scroll);
    page->setObjectName(QStringLiteral("dashboardPage"));
    page->setStyleSheet(QStringLiteral("QWidget#dashboardPage { background: #f1f3f4; }"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(12);
    layout->addWidget(makeHeader());
    m_work = new QLabel(this);
    m_work->setObjectName(QStringLiteral("dashboardMyWork"));
    m_work->setTextFormat(Qt::PlainText);
    m_work->setWordWrap(true);
    m_work->setStyleSheet(QStringLiteral(
        "background: #eef4fb; border: 1px solid #c6d8ee; border-radius: 4px; padding: 6px;"));
    m_work->hide();
    layout->addWidget(m_work);
    m_hint = new QLabel(page);
    m_hint->setObjectName(QStringLiteral("dashboardEmptyHint"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #5f6368; padding: 12px;"));
    layout->addWidget(m_hint);

    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    layout->addLayout(grid);
    for (const TileSpec& spec : kTiles) {
        addTile(QLatin1String(spec.key), tr(spec.title));
        const int index = static_cast<int>(m_tiles.size()) - 1;
        grid->addWidget(m_tiles.back(), index / kTileColumns, index % kTileColumns);
    }
    for (int column = 0; column < kTileColumns; ++column) {
        grid->setColumnStretch(column, 1);
    }
    m_charts = new DashboardCharts(page);
    m_charts->setObjectName(QStringLiteral("dashboardCharts"));
    layout->addWidget(m_charts, 1);
    scroll->setWidget(page);
    clear();
}

QWidget* DashboardView::makeHeader()
{
    auto* header = new QWidget(this);
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    auto* titles = new QVBoxLayout;
    m_heading = new QLabel(header);
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("dashboardSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setStyleSheet(QStringLiteral("color: #5f6368;"));
    titles->addWidget(m_heading);
    titles->addWidget(m_subtitle);
    row->addLayout(titles, 1);

    m_rangeEnabled = new QCheckBox(tr("Only content dated from"), header);
    m_rangeEnabled->setObjectName(QStringLiteral("dashboardRangeEnabled"));
    m_rangeEnabled->setToolTip(tr("Count only the content dated between these two dates"));
    m_from = makeDateEdit(QStringLiteral("dashboardFrom"), header);
    m_to = makeDateEdit(QStringLiteral("dashboardTo"), header);
    auto* toLabel = new QLabel(tr("to"), header);
    row->addWidget(m_rangeEnabled);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    m_from->setEnabled(false);
    m_to->setEnabled(false);

    connect(m_rangeEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        refresh();
    });
    const auto rangeEdited = [this] {
        if (!m_updatingRange && m_rangeEnabled->isChecked()) {
            refresh();
        }
    };
    connect(m_from, &QDateEdit::dateChanged, this, rangeEdited);
    connect(m_to, &QDateEdit::dateChanged, this, rangeEdited);
    return header;
}

void DashboardView::addTile(const QString& key, const QString& title)
{
    m_tiles.push_back(new KpiTile(key, title, this));
}

KpiTile* DashboardView::tile(const QString& key) const
{
    for (KpiTile* t : m_tiles) {
        if (t->key() == key) {
            return t;
        }
    }
    return nullptr;
}

void DashboardView::setDocument(WorkbookDocument* document)
{
    m_document = document;
}

storage::ContentRange DashboardView::contentRange() const
{
    if (!m_rangeEnabled->isChecked()) {
        return {};
    }
    return {fromQDate(m_from->date()), fromQDate(m_to->date())};
}

void DashboardView::setContentRange(const storage::ContentRange& range)
{
    m_updatingRange = true;
    if (range.from) {
        m_from->setDate(toQDate(*range.from));
    }
    if (range.to) {
        m_to->setDate(toQDate(*range.to));
    }
    m_updatingRange = false;
    if (m_rangeEnabled->isChecked() == !range.isAll()) {
        refresh();
    } else {
        m_rangeEnabled->setChecked(!range.isAll()); // refreshes
    }
}

void DashboardView::setCampaign(const CampaignData& campaign)
{
    const core::Campaign& c = campaign.snapshot.campaign;
    if (c.id != m_campaignId) {
        // A newly shown campaign starts with its whole content, the range preset to its dates.
        m_campaignId = c.id;
        m_updatingRange = true;
        m_rangeEnabled->setChecked(false);
        m_from->setDate(toQDate(c.start.value_or(campaign.today)));
        m_to->setDate(toQDate(c.end.value_or(campaign.today)));
        m_updatingRange = false;
    }
    m_heading->setText(QString::fromStdString(c.name));
    m_hint->setText(campaign.snapshot.content.empty()
                        ? tr("No results yet — Add the campaign's posts and their metrics on the "
                             "Content tab; the KPIs and charts fill in from there")
                        : QString());
    m_hint->setVisible(!m_hint->text().isEmpty());
    refresh();
}

void DashboardView::setWorkFilter(const core::PersonWork* work)
{
    if (work == nullptr) {
        m_work->hide();
        return;
    }
    const QString person = QString::fromStdString(work->person);
    QStringList parts;
    const auto count = [](int n, const QString& one, const QString& many) {
        return (n == 1 ? one : many).arg(n);
    };
    parts << count(work->openTasks, tr("%1 open task"), tr("%1 open tasks")) +
                 tr(" (%1 late)").arg(work->lateTasks);
    parts << count(static_cast<int>(work->contracts.size()), tr("%1 contract"),
                   tr("%1 contracts")) +
                 tr(" (%1 to sign)").arg(work->contractsToSign);
    parts << count(work->contentToReview, tr("%1 post to review"), tr("%1 posts to review"));
    parts << count(work->paymentsOverdue, tr("%1 payment overdue"), tr("%1 payments overdue"));
    m_work->setText(tr("My work \u2014 %1: %2. The KPIs below are the whole campaign's.")
                        .arg(person, parts.join(QStringLiteral(" \u00B7 "))));
    m_work->show();
}

void DashboardView::refresh()
{
    if (!m_document || !m_document->isOpen() || m_campaignId == 0) {
        return;
    }
    const core::Date today = platform::today();
    try {
        const auto kpiData =
            storage::loadKpiData(m_document->workbook().db(), m_campaignId, today, contentRange());
        const auto kpis = storage::computeKpis(kpiData, today);
        for (KpiTile* t : m_tiles) {
            t->setKpi(core::findKpi(kpis, t->key().toStdString()), kpiData.campaign.currency);
        }
        m_charts->setData(report::buildReportInput(kpiData, today));
        const QString dates =
            kpiData.campaign.start && kpiData.campaign.end
                ? tr("%1 to %2")
                      .arg(formatDate(kpiData.campaign.start), formatDate(kpiData.campaign.end))
                : tr("no campaign dates");
        m_subtitle->setText(
            tr("%1 · as of %2 · %3").arg(dates, formatDate(today), statusSummary(kpis)));
    } catch (const std::exception& e) {
        for (KpiTile* t : m_tiles) {
            t->clear();
        }
        m_charts->clear();
        m_subtitle->setText(tr("The KPIs cannot be read: %1").arg(QString::fromUtf8(e.what())));
    }
}

void DashboardView::clear()
{
    m_campaignId = 0;
    m_heading->clear();
    m_hint->setText(noCampaignHint(m_document && m_document->isOpen(), false));
    m_hint->show();
    m_subtitle->clear();
    for (KpiTile* t : m_tiles) {
        t->clear();
    }
    m_charts->clear();
}

} // namespace cd::app
