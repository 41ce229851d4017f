#include "ContractRepository.h"

#include "BudgetRepository.h"
#include "SqlHelpers.h"

namespace cd::storage {

using namespace detail;
using core::Contract;

namespace {

constexpr const char* kColumns =
    "id, row_version, campaign_id, influencer_id, status, signed_date, scope, compensation, "
    "fee_minor, performance_basis, performance_rate_minor, revenue_share_percent, bonus_minor, "
    "bonus_threshold, product_value_minor, upfront_percent, pay_on_delivery, payment_net_days, "
    "exclusivity_category, exclusivity_start, exclusivity_end, usage_rights_months, notes, "
    "assignee";

Contract readContract(const Statement& st, const std::string& currency)
{
    Contract c;
    c.id = st.int64(0);
    c.version = st.int64(1);
    c.campaignId = st.int64(2);
    c.influencerId = st.int64(3);
    c.status = readEnum(st, 4, core::ContractStatus::Draft);
    c.signedDate = readDate(st, 5);
    c.scope = st.text(6);
    c.compensation = readEnum(st, 7, core::CompensationModel::FlatFee);
    c.fee = readMoney(st, 8, currency);
    c.performanceBasis = readEnum(st, 9, core::PerformanceBasis::None);
    c.performanceRate = readMoney(st, 10, currency);
    c.revenueSharePercent = st.real(11);
    c.bonus = readMoney(st, 12, currency);
    c.bonusThreshold = st.int64(13);
    c.productValue = readMoney(st, 14, currency);
    c.upfrontPercent = st.real(15);
    c.payOnDelivery = st.int64(16) != 0;
    c.paymentNetDays = st.int32(17);
    c.exclusivityCategory = st.text(18);
    c.exclusivityStart = readDate(st, 19);
    c.exclusivityEnd = readDate(st, 20);
    c.usageRightsMonths = st.int32(21);
    c.notes = st.text(22);
    c.assignee = st.text(23);
    return c;
}

void bindFields(Statement& st, const Contract& c)
{
    st.bind(1, c.campaignId).bind(2, c.influencerId);
    bindEnum(st, 3, c.status);
    bindDate(st, 4, c.signedDate);
    st.bind(5, c.scope);
    bindEnum(st, 6, c.compensation);
    st.bind(7, c.fee.minorUnits());
    bindEnum(st, 8, c.performanceBasis);
    st.bind(9, c.performanceRate.minorUnits()).bind(10, c.revenueSharePercent);
    st.bind(11, c.bonus.minorUnits()).bind(12, c.bonusThreshold);
    st.bind(13, c.productValue.minorUnits()).bind(14, c.upfrontPercent);
    st.bind(15, c.payOnDelivery ? 1 : 0).bind(16, c.paymentNetDays);
    st.bind(17, c.exclusivityCategory);
    bindDate(st, 18, c.exclusivityStart);
    bindDate(st, 19, c.exclusivityEnd);
    st.bind(20, c.usageRightsMonths).bind(21, c.notes).bind(22, c.assignee);
}

} // namespace

void ContractRepository::add(Contract& c)
{
    insert(c, false);
}

void ContractRepository::restore(Contract& c)
{
    insert(c, true);
}

void ContractRepository::insert(Contract& c, bool keepId)
{
    Transaction tx(m_db);
    auto& st =
        m_db.cached("INSERT INTO contract (campaign_id, influencer_id, status, signed_date, scope, "
                    "compensation, fee_minor, performance_basis, performance_rate_minor, "
                    "revenue_share_percent, bonus_minor, bonus_threshold, product_value_minor, "
                    "upfront_percent, pay_on_delivery, payment_net_days, exclusivity_category, "
                    "exclusivity_start, exclusivity_end, usage_rights_months, notes, assignee, id) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const StatementReset resetSt(st);
    bindFields(st, c);
    // NULL lets SQLite pick a fresh id; an old id puts the row back where commands expect it.
    if (keepId) {
        st.bind(23, c.id);
    } else {
        st.bindNull(23);
    }
    st.run();
    c.id = m_db.lastInsertRowId();
    c.version = 1;
    writeChildren(c);
    tx.commit();
}

RemovedContract ContractRepository::removeWithPayments(core::Id id)
{
    Transaction tx(m_db);
    auto contract = get(id);
    if (!contract) {
        throw StorageError(StorageError::Kind::Missing,
                           "The contract #" + std::to_string(id) + " no longer exists.");
    }
    RemovedContract removed{std::move(*contract), {}};
    BudgetRepository budget(m_db);
    for (auto& payment : budget.paymentsOfCampaign(removed.contract.campaignId)) {
        if (payment.contractId == id) {
            budget.removePayment(payment.id);
            removed.payments.push_back(std::move(payment));
        }
    }
    remove(id);
    tx.commit();
    return removed;
}

void ContractRepository::restore(RemovedContract& removed)
{
    Transaction tx(m_db);
    insert(removed.contract, true);
    BudgetRepository budget(m_db);
    for (auto& payment : removed.payments) {
        payment.contractId = removed.contract.id;
        budget.restorePayment(payment);
    }
    tx.commit();
}

void ContractRepository::update(Contract& c)
{
    Transaction tx(m_db);
    auto& st = m_db.cached(
        "UPDATE contract SET campaign_id = ?, influencer_id = ?, status = ?, signed_date = ?, "
        "scope = ?, compensation = ?, fee_minor = ?, performance_basis = ?, "
        "performance_rate_minor = ?, revenue_share_percent = ?, bonus_minor = ?, "
        "bonus_threshold = ?, product_value_minor = ?, upfront_percent = ?, "
        "pay_on_delivery = ?, payment_net_days = ?, exclusivity_category = ?, "
        "exclusivity_start = ?, exclusivity_end = ?, usage_rights_months = ?, notes = ?, "
        "assignee = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?");
    const StatementReset resetSt(st);
    bindFields(st, c);
    st.bind(23, c.id).bind(24, c.version);
    st.run();
    requireUpdated(m_db, "contract", c.id);
    writeChildren(c);
    tx.commit();
    ++c.version;
}

void ContractRepository::writeChildren(const Contract& c)
{
    m_db.cached("DELETE FROM contract_deliverable WHERE contract_id = ?").bind(1, c.id).run();
    m_db.cached("DELETE FROM product_shipment WHERE contract_id = ?").bind(1, c.id).run();
    auto& d = m_db.cached("INSERT INTO contract_deliverable (contract_id, position, content_type, "
                          "platform, quantity, due_date) VALUES (?, ?, ?, ?, ?, ?)");
    const StatementReset resetD(d);
    int position = 0;
    for (const auto& item : c.deliverables) {
        d.bind(1, c.id).bind(2, position++);
        bindEnum(d, 3, item.contentType);
        bindEnum(d, 4, item.platform);
        d.bind(5, item.quantity);
        bindDate(d, 6, item.dueDate);
        d.run();
    }
    auto& s = m_db.cached("INSERT INTO product_shipment (contract_id, position, items, sizes, "
                          "spares, shipped_date, received_date) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const StatementReset resetS(s);
    position = 0;
    for (const auto& item : c.shipments) {
        s.bind(1, c.id).bind(2, position++).bind(3, item.items).bind(4, item.sizes);
        s.bind(5, item.spares);
        bindDate(s, 6, item.shippedDate);
        bindDate(s, 7, item.receivedDate);
        s.run();
    }
}

void ContractRepository::readChildren(Contract& c)
{
    auto& d = m_db.cached("SELECT content_type, platform, quantity, due_date FROM "
                          "contract_deliverable WHERE contract_id = ? ORDER BY position");
    const StatementReset resetD(d);
    d.bind(1, c.id);
    while (d.step()) {
        core::ContractDeliverable item;
        item.contentType = readEnum(d, 0, core::ContentType::Post);
        item.platform = readEnum(d, 1, core::Platform::Other);
        item.quantity = d.int32(2);
        item.dueDate = readDate(d, 3);
        c.deliverables.push_back(item);
    }
    auto& s = m_db.cached("SELECT items, sizes, spares, shipped_date, received_date FROM "
                          "product_shipment WHERE contract_id = ? ORDER BY position");
    const StatementReset resetS(s);
    s.bind(1, c.id);
    while (s.step()) {
        core::ProductShipment item;
        item.items = s.text(0);
        item.sizes = s.text(1);
        item.spares = s.int32(2);
        item.shippedDate = readDate(s, 3);
        item.receivedDate = readDate(s, 4);
        c.shipments.push_back(item);
    }
}

void ContractRepository::remove(core::Id id)
{
    Transaction tx(m_db);
    m_db.cached("DELETE FROM contract WHERE id = ?").bind(1, id).run();
    tx.commit();
}

std::optional<Contract> ContractRepository::get(core::Id id)
{
    auto& st = m_db.cached(std::string("SELECT ") + kColumns + " FROM contract WHERE id = ?");
    const StatementReset resetSt(st);
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    Contract c = readContract(st, campaignCurrency(m_db, st.int64(2)));
    readChildren(c);
    return c;
}

std::vector<Contract> ContractRepository::listByCampaign(core::Id campaignId)
{
    const std::string currency = campaignCurrency(m_db, campaignId);
    std::vector<Contract> out;
    auto& st = m_db.cached(std::string("SELECT ") + kColumns +
                           " FROM contract WHERE campaign_id = ? ORDER BY id");
    const StatementReset resetSt(st);
    st.bind(1, campaignId);
    while (st.step()) {
        out.push_back(readContract(st, currency));
    }
    for (auto& c : out) {
        readChildren(c);
    }
    return out;
}

} // namespace cd::storage
