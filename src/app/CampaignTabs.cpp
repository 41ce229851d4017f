#include "CampaignTabs.h"

#include "BudgetView.h"
#include "CampaignData.h"
#include "ContractTableModel.h"
#include "DashboardView.h"
#include "InfluencerTableModel.h"
#include "TableSetup.h"
#include "WbsTreeModel.h"

#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

#include <array>

namespace cd::app {

namespace {

constexpr std::array<const char*, CampaignTabs::TabCount> kTabKeys = {
    "plan", "influencers", "contracts", "budget", "dashboard"};

QTreeView* makePlanView(WbsTreeModel* model, QWidget* parent)
{
    auto* view = new QTreeView(parent);
    view->setObjectName(QStringLiteral("planView"));
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setUniformRowHeights(true);
    view->setWordWrap(false);
    view->header()->setStretchLastSection(false);
    return view;
}

} // namespace

std::optional<CampaignTabs::Tab> CampaignTabs::tabFromKey(const QString& key)
{
    for (int i = 0; i < TabCount; ++i) {
        if (key.compare(QLatin1String(kTabKeys[static_cast<std::size_t>(i)]),
                        Qt::CaseInsensitive) == 0) {
            return static_cast<Tab>(i);
        }
    }
    return std::nullopt;
}

QString CampaignTabs::keyOf(Tab tab)
{
    return QLatin1String(kTabKeys[static_cast<std::size_t>(tab)]);
}

CampaignTabs::CampaignTabs(QWidget* parent)
    : QTabWidget(parent), m_wbsModel(new WbsTreeModel(this)),
      m_influencerModel(new InfluencerTableModel(this)),
      m_contractModel(new ContractTableModel(this))
{
    setDocumentMode(true);
    m_planView = makePlanView(m_wbsModel, this);
    m_influencersView = makeSortableTable(m_influencerModel, InfluencerTableModel::RawValueRole,
                                          QStringLiteral("influencersView"), this);
    m_contractsView =
        makeSortableTable(m_contractModel, ContractTableModel::RawValueRole,
                          QStringLiteral("contractsView"), this, ContractTableModel::Exclusivity);
    m_budgetView = new BudgetView(this);
    m_budgetView->setObjectName(QStringLiteral("budgetView"));
    m_dashboardView = new DashboardView(this);
    m_dashboardView->setObjectName(QStringLiteral("dashboardView"));

    addTab(m_planView, tr("&Plan"));
    addTab(m_influencersView, tr("&Influencers"));
    addTab(m_contractsView, tr("&Contracts"));
    addTab(m_budgetView, tr("&Budget"));
    addTab(m_dashboardView, tr("&Dashboard"));
}

void CampaignTabs::setCampaign(const CampaignData& campaign)
{
    m_wbsModel->setTasks(campaign.snapshot.tasks);
    m_planView->expandAll();
    fitColumns(m_planView);
    m_influencerModel->setCampaign(campaign);
    fitColumns(m_influencersView);
    m_contractModel->setCampaign(campaign);
    fitColumns(m_contractsView);
    m_budgetView->setCampaign(campaign);
    m_dashboardView->setCampaign(campaign);
}

void CampaignTabs::clear()
{
    m_wbsModel->setTasks({});
    m_influencerModel->clear();
    m_contractModel->clear();
    m_budgetView->clear();
    m_dashboardView->clear();
}

} // namespace cd::app
