#pragma once

#include <QPointer>
#include <QString>
#include <QTabWidget>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "WorkbookDocument.h"

#include "core/Team.h"

#include <optional>
#include <vector>

class QComboBox;
class QTableView;

namespace cd::app {

struct CampaignData;
class BriefView;
class BudgetView;
class ContractTableModel;
class ContentView;
class ContractsView;
class DashboardView;
class InfluencerTracker;
class PlanView;
class WbsTreeModel;

// The right-hand side of the main window: one tab per aspect of the selected campaign. When the
// document reports a change to the campaign shown, the tabs read it again (the Plan tab merges
// the new state row by row, so its expansion, selection and scrolling stay).
class CampaignTabs final : public QTabWidget {
    Q_OBJECT

public:
    // In the order of the tabs.
    enum Tab { Plan, Influencers, Contracts, Budget, Content, Brief, Dashboard, TabCount };

    // "plan", "influencers", "contracts", "budget", "content", "brief", "dashboard" (as on the
    // command line).
    static std::optional<Tab> tabFromKey(const QString& key);
    static QString keyOf(Tab tab);

    explicit CampaignTabs(QWidget* parent = nullptr);

    // Where the tabs read from and push their edits to.
    void setDocument(WorkbookDocument* document);
    void setCampaign(const CampaignData& campaign);
    void clear();
    core::Id campaignId() const { return m_campaignId; }
    // Reads the shown campaign again from the document.
    void reload();

    // "My work": every tab shows only what `person` (a team member's name) looks after; empty
    // shows everyone's. Remembered for the next start.
    enum class Remember { Yes, No };
    void setWorkPerson(const QString& person, Remember remember = Remember::Yes);
    QString workPerson() const { return m_workPerson; }
    QComboBox* workBox() const { return m_workBox; }

    WbsTreeModel* wbsModel() const { return m_wbsModel; }
    PlanView* planView() const { return m_planView; }
    InfluencerTracker* influencerTracker() const { return m_influencerTracker; }
    ContractTableModel* contractModel() const { return m_contractModel; }
    ContractsView* contractsView() const { return m_contractsView; }
    BudgetView* budgetView() const { return m_budgetView; }
    ContentView* contentView() const { return m_contentView; }
    BriefView* briefView() const { return m_briefView; }
    DashboardView* dashboardView() const { return m_dashboardView; }

private:
    void documentChanged(WorkbookDocument::Scopes scopes, core::Id campaignId);
    void fillWorkBox(const std::vector<core::TeamMember>& team);
    void applyWork(const CampaignData& campaign);

    QPointer<WorkbookDocument> m_document;
    core::Id m_campaignId = 0;
    QString m_workPerson;
    QComboBox* m_workBox = nullptr;
    WbsTreeModel* m_wbsModel = nullptr;
    ContractTableModel* m_contractModel = nullptr;
    PlanView* m_planView = nullptr;
    InfluencerTracker* m_influencerTracker = nullptr;
    ContractsView* m_contractsView = nullptr;
    BudgetView* m_budgetView = nullptr;
    ContentView* m_contentView = nullptr;
    BriefView* m_briefView = nullptr;
    DashboardView* m_dashboardView = nullptr;
};

} // namespace cd::app
