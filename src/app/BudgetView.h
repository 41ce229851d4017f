#pragma once

#include <QWidget>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/BudgetSummary.h"

class QLabel;
class QPushButton;
class QTableView;

namespace cd::app {

struct CampaignData;
class BudgetLineModel;
class PaymentTableModel;
class WorkbookDocument;

// The Budget tab: the budget lines with their totals against the campaign's budget, and the
// payments below them.
class BudgetView final : public QWidget {
    Q_OBJECT

public:
    explicit BudgetView(QWidget* parent = nullptr);

    // Where the Budget tab pushes its edits (Mark paid).
    void setDocument(WorkbookDocument* document) { m_document = document; }
    void setCampaign(const CampaignData& campaign);
    void clear();

    QTableView* paymentsView() const { return m_paymentsView; }
    // The selected payment's id, or 0; selects the payment with `id`.
    core::Id selectedPaymentId() const;
    bool selectPayment(core::Id id);
    // Marks the selected payment paid today, as one undoable step.
    void markSelectedPaid();
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
    BudgetLineModel* m_lineModel = nullptr;
    PaymentTableModel* m_paymentModel = nullptr;
    QTableView* m_linesView = nullptr;
    QTableView* m_paymentsView = nullptr;
    QLabel* m_totals = nullptr;
    QPushButton* m_markPaid = nullptr;
    QPushButton* m_export = nullptr;
    WorkbookDocument* m_document = nullptr;
    QLabel* m_contingency = nullptr;
    core::BudgetSummary m_summary;
};

} // namespace cd::app
