#pragma once

#include <QPointer>
#include <QWidget>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Contract.h"

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

    ContractTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ContractDetailPanel* detailPanel() const { return m_detail; }
    QAction* signAction() const { return m_sign; }
    QAction* createPaymentsAction() const { return m_createPayments; }

    // Selects the contract with `id` (false when it is not shown).
    bool selectContract(core::Id id);
    // The selected contract's id, or 0.
    core::Id selectedContractId() const;

    // The actions, also reachable from tests without a click.
    void signSelected();
    void createPaymentsForSelected();

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
    QLabel* m_summary = nullptr;
    std::string m_currency;
    core::Id m_campaignId = 0;
};

} // namespace cd::app
