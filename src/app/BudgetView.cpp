#include "BudgetView.h"

#include "BudgetLineModel.h"
#include "CampaignData.h"
#include "Format.h"
#include "PaymentTableModel.h"
#include "TableSetup.h"

#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::app {

namespace {

QString totalsText(const CampaignData& data)
{
    const core::Campaign& campaign = data.snapshot.campaign;
    auto planned = core::Money::zero(campaign.currency);
    auto committed = planned;
    auto paid = planned;
    for (const auto& line : data.snapshot.budgetLines) {
        planned += line.planned;
        committed += line.committed;
    }
    for (const auto& payment : data.snapshot.payments) {
        if (payment.isPaid()) {
            paid += payment.amount;
        }
    }
    return BudgetView::tr("Total: planned %1 · committed %2 · paid %3 · campaign budget %4 · "
                          "not yet planned %5")
        .arg(formatMoney(planned), formatMoney(committed), formatMoney(paid),
             formatMoney(campaign.budget), formatMoney(campaign.budget - planned));
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

BudgetView::BudgetView(QWidget* parent)
    : QWidget(parent), m_lineModel(new BudgetLineModel(this)),
      m_paymentModel(new PaymentTableModel(this))
{
    auto* splitter = new QSplitter(Qt::Vertical, this);

    auto* linesPane = new QWidget(splitter);
    auto* linesLayout = new QVBoxLayout(linesPane);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addWidget(heading(tr("Budget lines"), linesPane));
    m_linesView = makeSortableTable(m_lineModel, BudgetLineModel::RawValueRole,
                                    QStringLiteral("budgetLinesView"), linesPane,
                                    BudgetLineModel::Description);
    linesLayout->addWidget(m_linesView);
    m_totals = new QLabel(linesPane);
    m_totals->setObjectName(QStringLiteral("budgetTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true);
    linesLayout->addWidget(m_totals);

    auto* paymentsPane = new QWidget(splitter);
    auto* paymentsLayout = new QVBoxLayout(paymentsPane);
    paymentsLayout->setContentsMargins(0, 0, 0, 0);
    paymentsLayout->addWidget(heading(tr("Payments"), paymentsPane));
    m_paymentsView = makeSortableTable(m_paymentModel, PaymentTableModel::RawValueRole,
                                       QStringLiteral("paymentsView"), paymentsPane,
                                       PaymentTableModel::Description);
    paymentsLayout->addWidget(m_paymentsView);

    // Budgets have a handful of lines and many more payments.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void BudgetView::setCampaign(const CampaignData& campaign)
{
    m_lineModel->setCampaign(campaign);
    m_paymentModel->setCampaign(campaign);
    m_totals->setText(totalsText(campaign));
    fitColumns(m_linesView);
    fitColumns(m_paymentsView);
}

void BudgetView::clear()
{
    m_lineModel->clear();
    m_paymentModel->clear();
    m_totals->clear();
}

} // namespace cd::app
