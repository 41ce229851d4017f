#include "CampaignTabs.h"

#include "BriefView.h"
#include "BudgetView.h"
#include "CampaignData.h"
#include "ContentView.h"
#include "ContractTableModel.h"
#include "ContractsView.h"
#include "DashboardView.h"
#include "InfluencerTracker.h"
#include "MessageBox.h"
#include "PlanView.h"
#include "TableSetup.h"
#include "WbsTreeModel.h"

#include "platform/Clock.h"

#include <QHeaderView>
#include <QTableView>

#include <array>

namespace cd::app {

namespace {

constexpr std::array<const char*, CampaignTabs::TabCount> kTabKeys = {
    "plan", "influencers", "contracts", "budget", "content", "brief", "dashboard"};

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

CampaignTabs::CampaignTabs(QWidget* parent) : QTabWidget(parent), m_wbsModel(new WbsTreeModel(this))
{
    setDocumentMode(true);
    m_planView = new PlanView(m_wbsModel, this);
    m_influencerTracker = new InfluencerTracker(this);
    m_contractsView = new ContractsView(this);
    m_contractsView->setObjectName(QStringLiteral("contractsTab"));
    m_contractModel = m_contractsView->model();
    m_budgetView = new BudgetView(this);
    m_budgetView->setObjectName(QStringLiteral("budgetView"));
    m_contentView = new ContentView(this);
    m_contentView->setObjectName(QStringLiteral("contentView"));
    m_briefView = new BriefView(this);
    m_briefView->setObjectName(QStringLiteral("briefView"));
    m_dashboardView = new DashboardView(this);
    m_dashboardView->setObjectName(QStringLiteral("dashboardView"));

    addTab(m_planView, tr("&Plan"));
    addTab(m_influencerTracker, tr("&Influencers"));
    addTab(m_contractsView, tr("&Contracts"));
    addTab(m_budgetView, tr("&Budget"));
    addTab(m_contentView, tr("Con&tent"));
    addTab(m_briefView, tr("B&rief"));
    addTab(m_dashboardView, tr("&Dashboard"));
}

void CampaignTabs::setDocument(WorkbookDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_planView->setDocument(document);
    m_influencerTracker->setDocument(document);
    m_contractsView->setDocument(document);
    m_budgetView->setDocument(document);
    m_contentView->setDocument(document);
    m_briefView->setDocument(document);
    m_dashboardView->setDocument(document);
    if (document) {
        connect(document, &WorkbookDocument::changed, this, &CampaignTabs::documentChanged);
    }
}

void CampaignTabs::documentChanged(WorkbookDocument::Scopes scopes, core::Id campaignId)
{
    if (m_campaignId == 0 || (campaignId != 0 && campaignId != m_campaignId)) {
        return;
    }
    // A brief edit touches the Brief tab only: the others need not read the campaign again.
    if (scopes == WorkbookDocument::Scope::Brief) {
        m_briefView->reload();
        return;
    }
    reload();
}

void CampaignTabs::reload()
{
    if (!m_document || !m_document->isOpen() || m_campaignId == 0) {
        return;
    }
    try {
        setCampaign(loadCampaignData(m_document->workbook(), m_campaignId, platform::today()));
    } catch (const std::exception& e) {
        clear();
        MessageBox::warning(this, tr("Cannot show the campaign"), QString::fromStdString(e.what()));
    }
}

void CampaignTabs::setCampaign(const CampaignData& campaign)
{
    m_campaignId = campaign.snapshot.campaign.id;
    m_planView->setCampaign(campaign);
    m_influencerTracker->setCampaign(m_campaignId,
                                     QString::fromStdString(campaign.snapshot.campaign.name));
    m_contractsView->setCampaign(campaign);
    m_budgetView->setCampaign(campaign);
    m_contentView->setCampaign(campaign);
    m_briefView->setCampaign(m_campaignId, QString::fromStdString(campaign.snapshot.campaign.name));
    m_dashboardView->setCampaign(campaign);
}

void CampaignTabs::clear()
{
    m_campaignId = 0;
    m_planView->clear();
    m_influencerTracker->setCampaign(0, {});
    m_contractsView->clear();
    m_budgetView->clear();
    m_contentView->clear();
    m_briefView->clear();
    m_dashboardView->clear();
}

} // namespace cd::app
