#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "WorkbookDocument.h"
#include "core/MyWork.h"
#include "storage/ContentAggregates.h"

#include <vector>

class QCheckBox;
class QDateEdit;
class QLabel;

namespace cd::app {

struct CampaignData;
class DashboardCharts;
class KpiTile;

// The Dashboard tab: the campaign's KPIs as tiles (value, target, difference, status) and four
// charts, all computed by the KPI engine (storage::loadKpiData + computeKpis) and the report's
// data (report::buildReportInput); nothing is summed here. A date range limits the content
// figures to the items published (or planned) within it. The tab reads the workbook again
// whenever the campaign tabs are told of a change (WorkbookDocument::changed).
class DashboardView final : public QWidget {
    Q_OBJECT

public:
    explicit DashboardView(QWidget* parent = nullptr);

    // Where the KPIs are read from.
    void setDocument(WorkbookDocument* document);
    void setCampaign(const CampaignData& campaign);
    // "My work": a line with what `work`'s person has to do in the campaign (the KPIs stay the
    // campaign's); nullptr hides it.
    void setWorkFilter(const core::PersonWork* work);
    QLabel* workLine() const { return m_work; }
    void clear();
    // Reads the KPIs of the shown campaign again, in the chosen date range.
    void refresh();

    // The content range in use: everything unless the range filter is on.
    storage::ContentRange contentRange() const;
    void setContentRange(const storage::ContentRange& range);

    KpiTile* tile(const QString& key) const;
    DashboardCharts* charts() const { return m_charts; }

private:
    QWidget* makeHeader();
    void addTile(const QString& key, const QString& title);

    QPointer<WorkbookDocument> m_document;
    core::Id m_campaignId = 0;
    QLabel* m_heading = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_work = nullptr;
    // What to do next when there is no campaign or it has no content yet.
    QLabel* m_hint = nullptr;
    QCheckBox* m_rangeEnabled = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    std::vector<KpiTile*> m_tiles;
    DashboardCharts* m_charts = nullptr;
    bool m_updatingRange = false;
};

} // namespace cd::app
