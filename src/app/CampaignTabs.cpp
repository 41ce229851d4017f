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
#include "storage/StorageError.h"

#include "core/MyWork.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableView>

#include <algorithm>
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

    // "My work" sits at the right end of the tab bar, in sight whichever tab is shown.
    auto* corner = new QWidget(this);
    auto* cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(6, 2, 6, 2);
    auto* label = new QLabel(tr("&My work:"), corner);
    m_workBox = new QComboBox(corner);
    m_workBox->setObjectName(QStringLiteral("myWorkFilter"));
    m_workBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_workBox->setToolTip(tr("Show one person's work on every tab: their tasks, their contracts "
                             "and those influencers' payments and content"));
    m_workBox->setStatusTip(m_workBox->toolTip());
    label->setBuddy(m_workBox);
    cornerLayout->addWidget(label);
    cornerLayout->addWidget(m_workBox);
    setCornerWidget(corner, Qt::TopRightCorner);
    m_workPerson = QSettings().value(QStringLiteral("myWork/person")).toString();
    fillWorkBox({});
    connect(m_workBox, &QComboBox::activated, this,
            [this] { setWorkPerson(m_workBox->currentData().toString()); });
}

void CampaignTabs::fillWorkBox(const std::vector<core::TeamMember>& team)
{
    const QSignalBlocker block(m_workBox);
    m_workBox->clear();
    m_workBox->addItem(tr("Everyone"), QString());
    for (const auto& member : team) {
        const QString name = QString::fromStdString(member.name);
        m_workBox->addItem(name, name);
    }
    const int index = m_workBox->findData(m_workPerson);
    m_workBox->setCurrentIndex(std::max(0, index));
    m_workBox->setEnabled(!team.empty());
}

void CampaignTabs::setWorkPerson(const QString& person, Remember remember)
{
    if (person == m_workPerson) {
        return;
    }
    m_workPerson = person;
    if (remember == Remember::Yes) {
        QSettings().setValue(QStringLiteral("myWork/person"), person);
    }
    m_workBox->setCurrentIndex(std::max(0, m_workBox->findData(person)));
    reload();
}

void CampaignTabs::applyWork(const CampaignData& campaign)
{
    fillWorkBox(campaign.team);
    // A person who left the team (or was renamed) shows no one's work: everyone's, then.
    const bool known = std::any_of(campaign.team.begin(), campaign.team.end(), [&](const auto& m) {
        return QString::fromStdString(m.name) == m_workPerson;
    });
    std::optional<core::PersonWork> work;
    if (known && !m_workPerson.isEmpty()) {
        work = core::workOf(campaign.snapshot, m_workPerson.toStdString(), campaign.today);
    }
    const core::PersonWork* filter = work ? &*work : nullptr;
    m_planView->setWorkFilter(filter);
    m_influencerTracker->setWorkFilter(filter);
    m_contractsView->setWorkFilter(filter);
    m_budgetView->setWorkFilter(filter);
    m_contentView->setWorkFilter(filter);
    m_dashboardView->setWorkFilter(filter);
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
    } catch (const storage::StorageError& e) {
        clear();
        // The campaign was removed (undo of New Campaign, another process): the campaign list
        // moves its selection on; nothing went wrong.
        if (e.kind() != storage::StorageError::Kind::Missing) {
            MessageBox::warning(this, tr("Cannot show the campaign"),
                                QString::fromStdString(e.what()));
        }
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
    applyWork(campaign);
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
    m_influencerTracker->setWorkFilter(nullptr);
}

} // namespace cd::app
