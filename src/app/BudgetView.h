#pragma once

#include <QWidget>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/BudgetSummary.h"
#include "core/MyWork.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace cd::app {

struct CampaignData;
class BudgetLineModel;
class PaymentTableModel;
class SpendTableModel;
class WorkbookDocument;

// The Budget tab: the budget lines with their totals against the campaign's budget, and below
// them the payments, the spend per month and the spend per influencer. Lines and payments are
// edited inline; every edit, addition and deletion is one undoable command saved at once.
class BudgetView final : public QWidget {
    Q_OBJECT

public:
    explicit BudgetView(QWidget* parent = nullptr);

    // Where the Budget tab pushes its edits; without a document the tables are read-only.
    void setDocument(WorkbookDocument* document);
    void setCampaign(const CampaignData& campaign);
    // "My work": only the rows of `work` (nullptr: everyone's).
    void setWorkFilter(const core::PersonWork* work);
    void clear();

    QTableView* paymentsView() const { return m_paymentsView; }
    // The selected payment's id, or 0; selects the payment with `id`.
    core::Id selectedPaymentId() const;
    bool selectPayment(core::Id id);
    // Marks the selected payment paid today, as one undoable step.
    void markSelectedPaid();
    // Deletes the selected payment (undoable).
    void deleteSelectedPayment();

    QTableView* linesView() const { return m_linesView; }
    core::Id selectedLineId() const;
    bool selectLine(core::Id id);
    // Adds an empty "Other" line and selects it; returns its id (0 when nothing was added).
    core::Id addLine();
    // Deletes the selected line (undoable; its payments are unlinked, and linked again on undo).
    void deleteSelectedLine();

    // Spend per month (month, planned, committed, paid) and per influencer (influencer,
    // committed, paid, outstanding), each with a total row.
    SpendTableModel* monthModel() const { return m_monthModel; }
    SpendTableModel* influencerModel() const { return m_influencerModel; }
    QTabWidget* lowerTabs() const { return m_lowerTabs; }
    // Asks for a file (FileDialog seam) and writes the payments as CSV; false when cancelled
    // or the file cannot be written (the user is told).
    bool exportPayments();
    // The payments as CSV: text cells that look like formulas are neutralised.
    std::string paymentsCsv() const;

    BudgetLineModel* lineModel() const { return m_lineModel; }
    PaymentTableModel* paymentModel() const { return m_paymentModel; }
    // The figures shown (core::summarise of the campaign last set).
    const core::BudgetSummary& summary() const { return m_summary; }
    bool isOverBudgetShown() const { return m_summary.overBudget || m_summary.plannedOverBudget; }

private:
    QWidget* buildLinesPane(QWidget* parent);
    QWidget* buildPaymentsPane(QWidget* parent);
    void showSpend(const CampaignData& campaign);
    void updateButtons();

    BudgetLineModel* m_lineModel = nullptr;
    PaymentTableModel* m_paymentModel = nullptr;
    QTableView* m_linesView = nullptr;
    QTableView* m_paymentsView = nullptr;
    bool m_workFiltered = false; // "My work" shows one person's payments
    QLabel* m_totals = nullptr;
    QPushButton* m_markPaid = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_deletePayment = nullptr;
    QPushButton* m_addLine = nullptr;
    QPushButton* m_deleteLine = nullptr;
    SpendTableModel* m_monthModel = nullptr;
    SpendTableModel* m_influencerModel = nullptr;
    QTabWidget* m_lowerTabs = nullptr;
    core::Id m_campaignId = 0;
    std::string m_currency = "EUR";
    WorkbookDocument* m_document = nullptr;
    QLabel* m_contingency = nullptr;
    core::BudgetSummary m_summary;
};

} // namespace cd::app
