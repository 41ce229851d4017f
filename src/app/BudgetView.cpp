#include "BudgetView.h"

#include "BudgetLineModel.h"
#include "CampaignData.h"
#include "Format.h"
#include "PaymentTableModel.h"
#include "TableSetup.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "PaymentCommands.h"
#include "WorkbookDocument.h"

#include "core/BudgetSummary.h"
#include "io/CsvWriter.h"
#include "platform/Clock.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::app {

namespace {

QString totalsText(const core::BudgetSummary& sum)
{
    QString text = BudgetView::tr("Budget %1 · planned %2 · committed %3 · signed contracts %4 · "
                                  "paid %5 · remaining %6")
                       .arg(formatMoney(sum.budget), formatMoney(sum.planned),
                            formatMoney(sum.committed), formatMoney(sum.contractCommitted),
                            formatMoney(sum.paid), formatMoney(sum.remaining));
    if (sum.overBudget) {
        text += BudgetView::tr(" · OVER BUDGET");
    } else if (sum.plannedOverBudget) {
        text += BudgetView::tr(" · PLANNED OVER BUDGET");
    }
    return text;
}

QString contingencyText(const core::ContingencyUse& use)
{
    return BudgetView::tr("Contingency reserve %1 · drawn %2 (committed %3, paid %4) · left %5")
        .arg(formatMoney(use.reserve), formatMoney(use.used), formatMoney(use.committed),
             formatMoney(use.paid), formatMoney(use.left));
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
    m_contingency = new QLabel(linesPane);
    m_contingency->setObjectName(QStringLiteral("budgetContingency"));
    m_contingency->setTextFormat(Qt::PlainText);
    m_contingency->setWordWrap(true);
    linesLayout->addWidget(m_contingency);

    auto* paymentsPane = new QWidget(splitter);
    auto* paymentsLayout = new QVBoxLayout(paymentsPane);
    paymentsLayout->setContentsMargins(0, 0, 0, 0);
    auto* paymentsBar = new QHBoxLayout;
    paymentsBar->addWidget(heading(tr("Payments"), paymentsPane));
    paymentsBar->addStretch(1);
    m_markPaid = new QPushButton(tr("Mark &paid"), paymentsPane);
    m_markPaid->setObjectName(QStringLiteral("markPaidButton"));
    connect(m_markPaid, &QPushButton::clicked, this, &BudgetView::markSelectedPaid);
    paymentsBar->addWidget(m_markPaid);
    m_export = new QPushButton(tr("&Export payments…"), paymentsPane);
    m_export->setObjectName(QStringLiteral("exportPaymentsButton"));
    connect(m_export, &QPushButton::clicked, this, &BudgetView::exportPayments);
    paymentsBar->addWidget(m_export);
    paymentsLayout->addLayout(paymentsBar);
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
    m_summary = core::summarise(campaign.snapshot, campaign.today);
    m_totals->setText(totalsText(m_summary));
    // Red when over: the one figure a budget owner must not miss.
    m_totals->setStyleSheet(m_summary.overBudget || m_summary.plannedOverBudget
                                ? QStringLiteral("color: #b91c1c; font-weight: bold;")
                                : QString());
    m_contingency->setText(contingencyText(m_summary.contingency));
    fitColumns(m_linesView);
    fitColumns(m_paymentsView);
}

void BudgetView::clear()
{
    m_lineModel->clear();
    m_paymentModel->clear();
    m_totals->clear();
    m_contingency->clear();
    m_summary = {};
}

core::Id BudgetView::selectedPaymentId() const
{
    const QModelIndex current = m_paymentsView->currentIndex();
    return current.isValid() ? current.data(PaymentTableModel::PaymentIdRole).toLongLong() : 0;
}

bool BudgetView::selectPayment(core::Id id)
{
    auto* model = m_paymentsView->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (index.data(PaymentTableModel::PaymentIdRole).toLongLong() == id) {
            m_paymentsView->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void BudgetView::markSelectedPaid()
{
    const core::Payment* payment = m_paymentModel->paymentWithId(selectedPaymentId());
    if (payment == nullptr || payment->isPaid() || m_document == nullptr || !m_document->isOpen()) {
        return;
    }
    core::Payment after = *payment;
    after.paidDate = platform::today();
    m_document->push(new EditPayment(*m_document, *payment, after, tr("Mark payment paid")));
}

std::string BudgetView::paymentsCsv() const
{
    io::CsvWriter csv;
    csv.writeTextRow({"description", "amount", "currency", "due", "paid"});
    for (const auto& p : m_paymentModel->payments()) {
        csv.writeText(p.description); // neutralises =, +, -, @ … (formula injection)
        csv.writeDecimal(p.amount.toDecimalString());
        csv.writeText(p.amount.currency());
        csv.writeText(core::toIso(p.dueDate));
        csv.writeText(core::toIso(p.paidDate));
        csv.endRow();
    }
    return csv.data();
}

bool BudgetView::exportPayments()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export Payments"), QString(),
                                                     tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return false;
    }
    const std::string csvData = paymentsCsv();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(csvData.data(), static_cast<qint64>(csvData.size())) !=
            static_cast<qint64>(csvData.size()) ||
        !file.commit()) {
        MessageBox::warning(this, tr("Export Payments"),
                            tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace cd::app
