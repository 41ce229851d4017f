#pragma once

#include <QString>
#include <QTabWidget>

#include <optional>

class QTableView;
class QTreeView;

namespace cd::app {

struct CampaignData;
class BudgetView;
class ContractTableModel;
class DashboardView;
class InfluencerTableModel;
class WbsTreeModel;

// The right-hand side of the main window: one tab per aspect of the selected campaign.
class CampaignTabs final : public QTabWidget {
    Q_OBJECT

public:
    // In the order of the tabs.
    enum Tab { Plan, Influencers, Contracts, Budget, Dashboard, TabCount };

    // "plan", "influencers", "contracts", "budget", "dashboard" (as on the command line).
    static std::optional<Tab> tabFromKey(const QString& key);
    static QString keyOf(Tab tab);

    explicit CampaignTabs(QWidget* parent = nullptr);

    void setCampaign(const CampaignData& campaign);
    void clear();

    WbsTreeModel* wbsModel() const { return m_wbsModel; }
    InfluencerTableModel* influencerModel() const { return m_influencerModel; }
    ContractTableModel* contractModel() const { return m_contractModel; }
    BudgetView* budgetView() const { return m_budgetView; }
    DashboardView* dashboardView() const { return m_dashboardView; }

private:
    WbsTreeModel* m_wbsModel = nullptr;
    InfluencerTableModel* m_influencerModel = nullptr;
    ContractTableModel* m_contractModel = nullptr;
    QTreeView* m_planView = nullptr;
    QTableView* m_influencersView = nullptr;
    QTableView* m_contractsView = nullptr;
    BudgetView* m_budgetView = nullptr;
    DashboardView* m_dashboardView = nullptr;
};

} // namespace cd::app
