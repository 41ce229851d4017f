#include "ContractsView.h"

#include "ActionTips.h"
#include "CampaignData.h"
#include "ContractAddRemove.h"
#include "ContractCommand.h"
#include "ContractDetailPanel.h"
#include "ContractTableModel.h"
#include "EmptyState.h"
#include "InfluencerPicker.h"
#include "MessageBox.h"
#include "PaymentCommands.h"
#include "TableSetup.h"
#include "WorkbookDocument.h"

#include "core/PaymentSchedule.h"
#include "platform/Clock.h"
#include "storage/InfluencerRepository.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::app {

ContractsView::ContractsView(QWidget* parent)
    : QWidget(parent), m_model(new ContractTableModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_new = m_toolBar->addAction(tr("&New contract…"), this, &ContractsView::newContract);
    m_new->setObjectName(QStringLiteral("newContractAction"));
    setActionTips(m_new, tr("Add a draft contract with an influencer of the roster"));
    m_delete = m_toolBar->addAction(tr("&Delete contract"), this, &ContractsView::deleteSelected);
    m_delete->setObjectName(QStringLiteral("deleteContractAction"));
    setActionTips(m_delete, tr("Delete the selected contract and its payments"));
    m_toolBar->addSeparator();
    m_sign = m_toolBar->addAction(tr("&Sign"), this, &ContractsView::signSelected);
    m_sign->setObjectName(QStringLiteral("signContractAction"));
    setActionTips(m_sign, tr("Mark the selected contract signed today"));
    m_createPayments = m_toolBar->addAction(tr("Create &payments from terms"), this,
                                            &ContractsView::createPaymentsForSelected);
    m_createPayments->setObjectName(QStringLiteral("createPaymentsAction"));
    setActionTips(m_createPayments, tr("Add the payments that the selected contract's terms "
                                       "call for to the Budget tab"));
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setContentsMargins(12, 0, 0, 0);
    m_toolBar->addWidget(m_summary);
    layout->addWidget(m_toolBar);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_table = makeSortableTable(m_model, ContractTableModel::RawValueRole,
                                QStringLiteral("contractsView"), splitter,
                                ContractTableModel::Exclusivity);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    EmptyState::attach(m_table, [this] {
        const QString none = noCampaignHint(m_document && m_document->isOpen(), m_campaignId != 0);
        if (!none.isEmpty()) {
            return none;
        }
        if (!m_workPerson.empty() && m_model->rowCount() > 0) {
            return tr("None of these contracts is looked after by %1 — My work \u25B8 Everyone "
                      "shows them all")
                .arg(QString::fromStdString(m_workPerson));
        }
        return tr("No contracts yet — New contract… adds a draft with an influencer of the "
                  "roster");
    });
    // The form is taller than small windows: it scrolls rather than forcing a minimum size.
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_detail = new ContractDetailPanel(scroll);
    m_detail->setObjectName(QStringLiteral("contractDetail"));
    scroll->setWidget(m_detail);
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    // The table has ten columns; the form reads fine in about 450 pixels.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({900, 450});
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ContractsView::selectionChanged);
    m_detail->setEditHandler([this](const core::Contract& after, const QString& text) {
        const int row = m_model->rowOf(after.id);
        if (const core::Contract* before = m_model->contractAt(row)) {
            pushEdit(*before, after, text);
        }
    });
    updateActions();
}

void ContractsView::setDocument(WorkbookDocument* document)
{
    m_document = document;
    m_model->setEditHandler([this](const core::Contract& before, const core::Contract& after) {
        return pushEdit(before, after, tr("Edit contract"));
    });
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
}

bool ContractsView::pushEdit(const core::Contract& before, const core::Contract& after,
                             const QString& text)
{
    if (!m_document || !m_document->isOpen()) {
        return false;
    }
    return m_document->push(new EditContract(*m_document, before, after, text));
}

void ContractsView::setCampaign(const CampaignData& campaign)
{
    // The reload replaces every row: keep the user's place.
    const core::Id selected = selectedContractId();
    m_campaignId = campaign.snapshot.campaign.id;
    m_currency = campaign.snapshot.campaign.currency;
    m_memberIds.clear();
    for (const auto& member : campaign.members) {
        m_memberIds.push_back(member.influencerId);
    }
    m_paymentCounts.clear();
    for (const auto& p : campaign.snapshot.payments) {
        if (p.contractId) {
            auto& [count, paid] = m_paymentCounts[*p.contractId];
            ++count;
            paid += p.isPaid() ? 1 : 0;
        }
    }
    // The reset clears the selection for a moment: the form keeps the contract meanwhile (it may
    // be reporting the very edit that caused this reload) and is refilled once, below.
    m_reloading = true;
    m_model->setCampaign(campaign);
    QStringList team;
    for (const auto& member : campaign.team) {
        team << QString::fromStdString(member.name);
    }
    m_detail->setTeam(team);
    fitColumns(m_table);
    int signedCount = 0;
    for (const auto& c : campaign.snapshot.contracts) {
        signedCount += c.isSigned() ? 1 : 0;
    }
    m_summary->setText(
        tr("%1 contracts, %2 signed").arg(campaign.snapshot.contracts.size()).arg(signedCount));
    if (selected == 0 || !selectContract(selected)) {
        if (m_model->rowCount() > 0) {
            m_table->selectRow(0);
        }
    }
    m_reloading = false;
    selectionChanged();
}

void ContractsView::setWorkFilter(const core::PersonWork* work)
{
    m_workPerson = work ? work->person : std::string();
    if (EmptyState* hint = EmptyState::of(m_table)) {
        hint->update();
    }
    if (work == nullptr) {
        setRowFilter(m_table, nullptr);
    } else {
        setRowFilter(m_table, [this, ids = work->contracts](int row) {
            const core::Contract* contract = m_model->contractAt(row);
            return contract != nullptr && ids.contains(contract->id);
        });
    }
    if (selectedContractId() == 0 && m_table->model()->rowCount() > 0) {
        m_table->selectRow(0);
    }
    selectionChanged();
}

void ContractsView::clear()
{
    m_campaignId = 0;
    m_model->clear();
    m_summary->clear();
    selectionChanged();
}

bool ContractsView::selectContract(core::Id id)
{
    auto* proxy = m_table->model();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex index = proxy->index(r, 0);
        if (index.data(ContractTableModel::ContractIdRole).toLongLong() == id) {
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

core::Id ContractsView::selectedContractId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ContractTableModel::ContractIdRole).toLongLong() : 0;
}

void ContractsView::selectionChanged()
{
    if (m_reloading) {
        return;
    }
    const int row = m_model->rowOf(selectedContractId());
    const core::Contract* contract = m_model->contractAt(row);
    if (contract == nullptr) {
        m_detail->setContract(std::nullopt, {}, core::ContractFee{}, {});
    } else {
        m_detail->setContract(*contract,
                              m_model->index(row, ContractTableModel::Influencer).data().toString(),
                              *m_model->feeAt(row), *m_model->warningsAt(row));
    }
    updateActions();
}

void ContractsView::updateActions()
{
    const bool canEdit = m_document && m_document->canEdit();
    const core::Contract* contract = m_model->contractAt(m_model->rowOf(selectedContractId()));
    m_sign->setEnabled(canEdit && contract != nullptr && !contract->isSigned());
    m_createPayments->setEnabled(canEdit && contract != nullptr);
    m_new->setEnabled(canEdit && m_campaignId != 0);
    m_delete->setEnabled(canEdit && contract != nullptr);
    m_detail->setReadOnly(!canEdit);
}

void ContractsView::signSelected()
{
    const core::Contract* contract = m_model->contractAt(m_model->rowOf(selectedContractId()));
    if (contract == nullptr || contract->isSigned()) {
        return;
    }
    core::Contract after = *contract;
    after.status = core::ContractStatus::Signed;
    after.signedDate = platform::today();
    pushEdit(*contract, after, tr("Sign contract"));
}

void ContractsView::createPaymentsForSelected()
{
    const int row = m_model->rowOf(selectedContractId());
    const core::Contract* contract = m_model->contractAt(row);
    if (contract == nullptr || !m_document) {
        return;
    }
    auto payments = core::paymentSchedule(*contract, *m_model->feeAt(row));
    if (payments.empty()) {
        MessageBox::information(this, tr("Create payments"),
                                tr("The contract's terms call for no cash payments."));
        return;
    }
    m_document->push(new AddPayments(*m_document, m_campaignId, std::move(payments),
                                     tr("Create payments from terms")));
}

core::Id ContractsView::newContract()
{
    if (!m_document || !m_document->canEdit() || m_campaignId == 0) {
        return 0;
    }
    // One contract per influencer and campaign: offer only those without one, the cast first.
    std::vector<InfluencerPicker::Candidate> cast;
    std::vector<InfluencerPicker::Candidate> others;
    try {
        for (const auto& i : storage::InfluencerRepository(m_document->workbook().db()).list()) {
            if (m_model->contractOf(i.id) != nullptr) {
                continue;
            }
            const bool member =
                std::find(m_memberIds.begin(), m_memberIds.end(), i.id) != m_memberIds.end();
            (member ? cast : others).push_back({i.id, QString::fromStdString(i.name)});
        }
    } catch (const std::exception& e) {
        MessageBox::warning(this, tr("New contract"), QString::fromStdString(e.what()));
        return 0;
    }
    cast.insert(cast.end(), others.begin(), others.end());
    const auto chosen =
        InfluencerPicker::choose(this, tr("New contract"), tr("Contract with:"), cast);
    if (!chosen) {
        if (cast.empty()) {
            MessageBox::information(this, tr("New contract"),
                                    tr("Every influencer of the roster already has a contract "
                                       "in this campaign."));
        }
        return 0;
    }
    return addContractFor(*chosen);
}

core::Id ContractsView::addContractFor(core::Id influencerId)
{
    if (!m_document || !m_document->canEdit() || m_campaignId == 0) {
        return 0;
    }
    core::Contract contract;
    contract.campaignId = m_campaignId;
    contract.influencerId = influencerId;
    contract.status = core::ContractStatus::Draft;
    // Made while showing someone's work: it is theirs (and stays in sight).
    contract.assignee = m_workPerson;
    for (core::Money* m :
         {&contract.fee, &contract.performanceRate, &contract.bonus, &contract.productValue}) {
        *m = core::Money::zero(m_currency);
    }
    auto* command = new AddContract(*m_document, contract, tr("New contract"));
    if (!m_document->push(command)) {
        return 0;
    }
    const core::Id id = command->contractId();
    selectContract(id);
    return id;
}

bool ContractsView::deleteSelected()
{
    const core::Id id = selectedContractId();
    const int row = m_model->rowOf(id);
    if (m_model->contractAt(row) == nullptr || !m_document || !m_document->canEdit()) {
        return false;
    }
    const QString name = m_model->index(row, ContractTableModel::Influencer).data().toString();
    const auto counts = m_paymentCounts.find(id);
    const auto [payments, paid] =
        counts == m_paymentCounts.end() ? std::pair(0, 0) : counts->second;
    QString text = tr("Delete the contract with %1?").arg(name);
    if (payments > 0) {
        text +=
            QLatin1Char(' ') +
            tr("Its %1 payment(s), %2 of them paid, are deleted with it.").arg(payments).arg(paid);
    }
    text += QLatin1Char(' ') + tr("Undo brings everything back.");
    if (MessageBox::question(this, tr("Delete contract"), text, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes) {
        return false;
    }
    return m_document->push(
        new RemoveContract(*m_document, m_campaignId, id, tr("Delete contract with %1").arg(name)));
}

} // namespace cd::app
