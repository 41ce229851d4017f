#pragma once

#include <QPointer>
#include <QWidget>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Contract.h"
#include "core/MyWork.h"

#include <map>
#include <utility>
#include <vector>

class QAction;
class QLabel;
class QTableView;
class QToolBar;

namespace cd::app {

struct CampaignData;
class ContractDetailPanel;
class ContractTableModel;
class WorkbookDocument;

// The Contracts tab: the campaign's contracts (editable inline) with the selected one's terms,
// fee and warnings in a form beside them. Every edit is one undoable command on the document's
// stack; the tab re-reads the campaign when the document reports the change.
class ContractsView final : public QWidget {
    Q_OBJECT

public:
    explicit ContractsView(QWidget* parent = nullptr);

    void setDocument(WorkbookDocument* document);
    void setCampaign(const CampaignData& campaign);
    void clear();

    // "My work": only the contracts of `work` (nullptr: everyone's).
    void setWorkFilter(const core::PersonWork* work);

    ContractTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ContractDetailPanel* detailPanel() const { return m_detail; }
    QAction* signAction() const { return m_sign; }
    QAction* createPaymentsAction() const { return m_createPayments; }
    QAction* newContractAction() const { return m_new; }
    QAction* deleteContractAction() const { return m_delete; }

    // Selects the contract with `id` (false when it is not shown).
    bool selectContract(core::Id id);
    // The selected contract's id, or 0.
    core::Id selectedContractId() const;

    // The actions, also reachable from tests without a click.
    void signSelected();
    void createPaymentsForSelected();
    // Asks for an influencer of the roster without a contract in this campaign (InfluencerPicker
    // seam) and adds a draft contract for them; returns its id, 0 when nothing was added.
    core::Id newContract();
    // A draft contract in the campaign's currency for `influencerId`, as one undoable step.
    core::Id addContractFor(core::Id influencerId);
    // Asks for confirmation (MessageBox seam), then deletes the selected contract with its
    // payments as one undoable step; false when nothing was deleted.
    bool deleteSelected();

private:
    bool pushEdit(const core::Contract& before, const core::Contract& after, const QString& text);
    void selectionChanged();
    void updateActions();

    QPointer<WorkbookDocument> m_document;
    ContractTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    ContractDetailPanel* m_detail = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_sign = nullptr;
    QAction* m_createPayments = nullptr;
    QAction* m_new = nullptr;
    QAction* m_delete = nullptr;
    QLabel* m_summary = nullptr;
    std::string m_currency;
    std::string m_workPerson; // "My work" shows this person's contracts; empty: everyone's
    core::Id m_campaignId = 0;
    bool m_reloading = false;
    std::vector<core::Id> m_memberIds; // the campaign's cast, offered first by New Contract
    std::map<core::Id, std::pair<int, int>> m_paymentCounts; // contract → (payments, paid)
};

} // namespace cd::app
