#include "BudgetView.h"

#include "BudgetCommands.h"
#include "BudgetLineModel.h"
#include "CampaignData.h"
#include "EmptyState.h"
#include "Format.h"
#include "PaymentTableModel.h"
#include "SpendTableModel.h"
#include "TableSetup.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "PaymentCommands.h"
#include "WorkbookDocument.h"

#include "core/BudgetSummary.h"
#include "core/SpendViews.h"
#include "io/CsvWriter.h"
#include "platform/Clock.h"

#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
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

QLabel* plainLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

// The spend tables keep their natural order (months ascending, a total row last): no sorting.
QTableView* spendTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return view;
}

bool canEdit(const WorkbookDocument* document)
{
    return document != nullptr && document->canEdit();
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
      m_paymentModel(new PaymentTableModel(this)),
      m_monthModel(new SpendTableModel(
          {tr("Month"), tr("Planned (due)"), tr("Committed (signed)"), tr("Paid")}, this)),
      m_influencerModel(new SpendTableModel(
          {tr("Influencer"), tr("Fees committed"), tr("Paid"), tr("Outstanding")}, this))
{
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(buildLinesPane(splitter));
    m_lowerTabs = new QTabWidget(splitter);
    m_lowerTabs->setObjectName(QStringLiteral("budgetLowerTabs"));
    m_lowerTabs->addTab(buildPaymentsPane(m_lowerTabs), tr("Payments"));
    m_lowerTabs->addTab(spendTable(m_monthModel, QStringLiteral("spendPerMonthView"), m_lowerTabs),
                        tr("Spend per month"));
    m_lowerTabs->addTab(
        spendTable(m_influencerModel, QStringLiteral("spendPerInfluencerView"), m_lowerTabs),
        tr("Spend per influencer"));
    splitter->addWidget(m_lowerTabs);

    // Budgets have a handful of lines and many more payments.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    updateButtons();
}

QWidget* BudgetView::buildLinesPane(QWidget* parent)
{
    auto* linesPane = new QWidget(parent);
    auto* linesLayout = new QVBoxLayout(linesPane);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    auto* linesBar = new QHBoxLayout;
    linesBar->addWidget(heading(tr("Budget lines"), linesPane));
    linesBar->addStretch(1);
    m_addLine = button(tr("&Add line"), QStringLiteral("addBudgetLineButton"), linesPane);
    m_addLine->setToolTip(tr("Add a line to the campaign's budget"));
    connect(m_addLine, &QPushButton::clicked, this, &BudgetView::addLine);
    linesBar->addWidget(m_addLine);
    m_deleteLine = button(tr("&Delete line"), QStringLiteral("deleteBudgetLineButton"), linesPane);
    m_deleteLine->setToolTip(tr("Delete the selected budget line"));
    connect(m_deleteLine, &QPushButton::clicked, this, &BudgetView::deleteSelectedLine);
    linesBar->addWidget(m_deleteLine);
    linesLayout->addLayout(linesBar);
    m_linesView = makeSortableTable(m_lineModel, BudgetLineModel::RawValueRole,
                                    QStringLiteral("budgetLinesView"), linesPane,
                                    BudgetLineModel::Description);
    linesLayout->addWidget(m_linesView);
    EmptyState::attach(m_linesView, [this] {
        const QString none = noCampaignHint(m_document && m_document->isOpen(), m_campaignId != 0);
        return !none.isEmpty() ? none
                               : tr("No budget lines yet — Add line adds one: fees, production, "
                                    "paid media");
    });
    m_totals = plainLabel(QStringLiteral("budgetTotals"), linesPane);
    linesLayout->addWidget(m_totals);
    m_contingency = plainLabel(QStringLiteral("budgetContingency"), linesPane);
    linesLayout->addWidget(m_contingency);
    return linesPane;
}

QWidget* BudgetView::buildPaymentsPane(QWidget* parent)
{
    auto* paymentsPane = new QWidget(parent);
    auto* paymentsLayout = new QVBoxLayout(paymentsPane);
    paymentsLayout->setContentsMargins(0, 0, 0, 0);
    auto* paymentsBar = new QHBoxLayout;
    paymentsBar->addWidget(heading(tr("Payments"), paymentsPane));
    paymentsBar->addStretch(1);
    m_markPaid = button(tr("Mark &paid"), QStringLiteral("markPaidButton"), paymentsPane);
    m_markPaid->setToolTip(tr("Record the selected payment as paid today"));
    connect(m_markPaid, &QPushButton::clicked, this, &BudgetView::markSelectedPaid);
    paymentsBar->addWidget(m_markPaid);
    m_deletePayment =
        button(tr("Delete pa&yment"), QStringLiteral("deletePaymentButton"), paymentsPane);
    m_deletePayment->setToolTip(tr("Delete the selected payment"));
    connect(m_deletePayment, &QPushButton::clicked, this, &BudgetView::deleteSelectedPayment);
    paymentsBar->addWidget(m_deletePayment);
    m_export =
        button(tr("&Export payments…"), QStringLiteral("exportPaymentsButton"), paymentsPane);
    m_export->setToolTip(tr("Save the campaign's payments as a CSV file (File ▸ Export "
                            "Payments…)"));
    connect(m_export, &QPushButton::clicked, this, &BudgetView::exportPayments);
    paymentsBar->addWidget(m_export);
    paymentsLayout->addLayout(paymentsBar);
    m_paymentsView = makeSortableTable(m_paymentModel, PaymentTableModel::RawValueRole,
                                       QStringLiteral("paymentsView"), paymentsPane,
                                       PaymentTableModel::Description);
    paymentsLayout->addWidget(m_paymentsView);
    EmptyState::attach(m_paymentsView, [this] {
        if (m_campaignId == 0) {
            return QString();
        }
        if (m_workFiltered && m_paymentModel->rowCount() > 0) {
            return tr("No payments for the contracts of this person — My work \u25B8 Everyone "
                      "shows them all");
        }
        return tr("No payments yet — Sign a contract on the Contracts tab, then Create payments "
                  "from terms");
    });
    return paymentsPane;
}

void BudgetView::setDocument(WorkbookDocument* document)
{
    m_document = document;
    m_lineModel->setEditHandler(
        [this](const core::BudgetLine& before, const core::BudgetLine& after) {
            return canEdit(m_document) && m_document->push(new EditBudgetLine(
                                              *m_document, before, after, tr("Edit budget line")));
        });
    m_paymentModel->setEditHandler([this](const core::Payment& before, const core::Payment& after) {
        return canEdit(m_document) &&
               m_document->push(new EditPayment(*m_document, before, after, tr("Edit payment")));
    });
    const auto triggers = QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed;
    m_linesView->setEditTriggers(triggers);
    m_paymentsView->setEditTriggers(triggers);
    updateButtons();
}

void BudgetView::setCampaign(const CampaignData& campaign)
{
    m_campaignId = campaign.snapshot.campaign.id;
    m_currency = campaign.snapshot.campaign.currency;
    m_lineModel->setCampaign(campaign);
    m_paymentModel->setCampaign(campaign);
    m_summary = core::summarise(campaign.snapshot, campaign.today);
    m_totals->setText(totalsText(m_summary));
    // Red when over: the one figure a budget owner must not miss.
    m_totals->setStyleSheet(m_summary.overBudget || m_summary.plannedOverBudget
                                ? QStringLiteral("color: #b91c1c; font-weight: bold;")
                                : QString());
    m_contingency->setText(contingencyText(m_summary.contingency));
    showSpend(campaign);
    fitColumns(m_linesView);
    fitColumns(m_paymentsView);
    updateButtons();
}

void BudgetView::showSpend(const CampaignData& campaign)
{
    std::vector<SpendTableModel::Row> months;
    for (const auto& m : core::spendPerMonth(campaign.snapshot)) {
        months.push_back({toQString(m.month), {m.planned, m.committed, m.paid}});
    }
    m_monthModel->setRows(std::move(months), m_currency);
    std::vector<SpendTableModel::Row> people;
    for (const auto& f : core::spendPerInfluencer(campaign.snapshot)) {
        const core::Influencer* who = campaign.influencer(f.influencerId);
        const QString name = who != nullptr ? QString::fromStdString(who->name)
                                            : tr("Influencer #%1").arg(f.influencerId);
        people.push_back({name, {f.committed, f.paid, f.outstanding}});
    }
    m_influencerModel->setRows(std::move(people), m_currency);
}

void BudgetView::setWorkFilter(const core::PersonWork* work)
{
    m_workFiltered = work != nullptr;
    if (work == nullptr) {
        setRowFilter(m_paymentsView, nullptr);
        if (EmptyState* hint = EmptyState::of(m_paymentsView)) {
            hint->update();
        }
        return;
    }
    setRowFilter(m_paymentsView, [this, ids = work->payments](int row) {
        const auto id = m_paymentModel->index(row, 0).data(PaymentTableModel::PaymentIdRole);
        return ids.contains(id.toLongLong());
    });
    if (EmptyState* hint = EmptyState::of(m_paymentsView)) {
        hint->update();
    }
}

void BudgetView::clear()
{
    m_campaignId = 0;
    m_lineModel->clear();
    m_paymentModel->clear();
    m_monthModel->clear();
    m_influencerModel->clear();
    m_totals->clear();
    m_contingency->clear();
    m_summary = {};
    updateButtons();
}

void BudgetView::updateButtons()
{
    const bool editable = canEdit(m_document) && m_campaignId != 0;
    m_addLine->setEnabled(editable);
    m_deleteLine->setEnabled(editable);
    m_markPaid->setEnabled(editable);
    m_deletePayment->setEnabled(editable);
}

core::Id BudgetView::selectedLineId() const
{
    const QModelIndex current = m_linesView->currentIndex();
    return current.isValid() ? current.data(BudgetLineModel::LineIdRole).toLongLong() : 0;
}

bool BudgetView::selectLine(core::Id id)
{
    auto* model = m_linesView->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (index.data(BudgetLineModel::LineIdRole).toLongLong() == id) {
            m_linesView->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

core::Id BudgetView::addLine()
{
    if (!canEdit(m_document) || m_campaignId == 0) {
        return 0;
    }
    core::BudgetLine line;
    line.campaignId = m_campaignId;
    line.category = core::BudgetCategory::Other;
    line.description = tr("New line").toStdString();
    line.planned = line.committed = core::Money::zero(m_currency);
    auto* command = new AddRemoveBudgetLine(*m_document, line, false, tr("Add budget line"));
    if (!m_document->push(command)) {
        return 0;
    }
    const core::Id id = command->lineId();
    selectLine(id);
    return id;
}

void BudgetView::deleteSelectedLine()
{
    const core::BudgetLine* line = m_lineModel->lineAt(m_lineModel->rowOf(selectedLineId()));
    if (line == nullptr || !canEdit(m_document)) {
        return;
    }
    m_document->push(new AddRemoveBudgetLine(*m_document, *line, true, tr("Delete budget line")));
}

void BudgetView::deleteSelectedPayment()
{
    const core::Payment* payment = m_paymentModel->paymentWithId(selectedPaymentId());
    if (payment == nullptr || !canEdit(m_document)) {
        return;
    }
    m_document->push(new RemovePayment(*m_document, *payment, tr("Delete payment")));
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
    if (payment == nullptr || payment->isPaid() || !canEdit(m_document)) {
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
