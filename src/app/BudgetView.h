#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace cd::app {

struct CampaignData;
class BudgetLineModel;
class PaymentTableModel;

// The Budget tab: the budget lines with their totals against the campaign's budget, and the
// payments below them.
class BudgetView final : public QWidget {
    Q_OBJECT

public:
    explicit BudgetView(QWidget* parent = nullptr);

    void setCampaign(const CampaignData& campaign);
    void clear();

    BudgetLineModel* lineModel() const { return m_lineModel; }
    PaymentTableModel* paymentModel() const { return m_paymentModel; }

private:
    BudgetLineModel* m_lineModel = nullptr;
    PaymentTableModel* m_paymentModel = nullptr;
    QTableView* m_linesView = nullptr;
    QTableView* m_paymentsView = nullptr;
    QLabel* m_totals = nullptr;
};

} // namespace cd::app
