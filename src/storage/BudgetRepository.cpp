#include "BudgetRepository.h"

#include "SqlHelpers.h"

namespace cd::storage {

using namespace detail;
using core::BudgetLine;
using core::Payment;

namespace {

constexpr const char* kLineColumns = "id, row_version, campaign_id, category, description, "
                                     "planned_minor, committed_minor, from_contingency";
constexpr const char* kPaymentColumns = "id, row_version, campaign_id, budget_line_id, "
                                        "contract_id, description, amount_minor, due_date, "
                                        "paid_date";

BudgetLine readLine(const Statement& st, const std::string& currency)
{
    BudgetLine b;
    b.id = st.int64(0);
    b.version = st.int64(1);
    b.campaignId = st.int64(2);
    b.category = readEnum(st, 3, core::BudgetCategory::Other);
    b.description = st.text(4);
    b.planned = readMoney(st, 5, currency);
    b.committed = readMoney(st, 6, currency);
    b.fromContingency = st.int64(7) != 0;
    return b;
}

void bindLine(Statement& st, const BudgetLine& b)
{
    st.bind(1, b.campaignId);
    bindEnum(st, 2, b.category);
    st.bind(3, b.description).bind(4, b.planned.minorUnits()).bind(5, b.committed.minorUnits());
    st.bind(6, b.fromContingency ? 1 : 0);
}

Payment readPayment(const Statement& st, const std::string& currency)
{
    Payment p;
    p.id = st.int64(0);
    p.version = st.int64(1);
    p.campaignId = st.int64(2);
    p.budgetLineId = st.optionalInt64(3);
    p.contractId = st.optionalInt64(4);
    p.description = st.text(5);
    p.amount = readMoney(st, 6, currency);
    p.dueDate = readDate(st, 7);
    p.paidDate = readDate(st, 8);
    return p;
}

void bindPayment(Statement& st, const Payment& p)
{
    st.bind(1, p.campaignId).bind(2, p.budgetLineId).bind(3, p.contractId);
    st.bind(4, p.description).bind(5, p.amount.minorUnits());
    bindDate(st, 6, p.dueDate);
    bindDate(st, 7, p.paidDate);
}

} // namespace

void BudgetRepository::addLine(BudgetLine& b)
{
    insertLine(b, false);
}

void BudgetRepository::restoreLine(BudgetLine& b)
{
    insertLine(b, true);
}

void BudgetRepository::insertLine(BudgetLine& b, bool keepId)
{
    Transaction tx(m_db);
    auto& st = m_db.cached("INSERT INTO budget_line (campaign_id, category, description, "
                           "planned_minor, committed_minor, from_contingency, id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)");
    const StatementReset resetSt(st);
    bindLine(st, b);
    if (keepId) {
        st.bind(7, b.id);
    } else {
        st.bindNull(7);
    }
    st.run();
    b.id = m_db.lastInsertRowId();
    b.version = 1;
    tx.commit();
}

void BudgetRepository::updateLine(BudgetLine& b)
{
    Transaction tx(m_db);
    auto& st = m_db.cached("UPDATE budget_line SET campaign_id = ?, category = ?, description = ?, "
                           "planned_minor = ?, committed_minor = ?, from_contingency = ?, "
                           "row_version = row_version + 1 WHERE id = ? AND row_version = ?");
    const StatementReset resetSt(st);
    bindLine(st, b);
    st.bind(7, b.id).bind(8, b.version);
    st.run();
    requireUpdated(m_db, "budget_line", b.id);
    tx.commit();
    ++b.version;
}

void BudgetRepository::removeLine(core::Id id)
{
    Transaction tx(m_db);
    m_db.cached("DELETE FROM budget_line WHERE id = ?").bind(1, id).run();
    tx.commit();
}

std::optional<BudgetLine> BudgetRepository::getLine(core::Id id)
{
    auto& st =
        m_db.cached(std::string("SELECT ") + kLineColumns + " FROM budget_line WHERE id = ?");
    const StatementReset resetSt(st);
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return readLine(st, campaignCurrency(m_db, st.int64(2)));
}

std::vector<BudgetLine> BudgetRepository::linesOfCampaign(core::Id campaignId)
{
    const auto currency = campaignCurrency(m_db, campaignId);
    std::vector<BudgetLine> out;
    auto& st = m_db.cached(std::string("SELECT ") + kLineColumns +
                           " FROM budget_line WHERE campaign_id = ? ORDER BY id");
    const StatementReset resetSt(st);
    st.bind(1, campaignId);
    while (st.step()) {
        out.push_back(readLine(st, currency));
    }
    return out;
}

void BudgetRepository::addPayment(Payment& p)
{
    insertPayment(p, false);
}

void BudgetRepository::restorePayment(Payment& p)
{
    insertPayment(p, true);
}

void BudgetRepository::insertPayment(Payment& p, bool keepId)
{
    Transaction tx(m_db);
    auto& st = m_db.cached("INSERT INTO payment (campaign_id, budget_line_id, contract_id, "
                           "description, amount_minor, due_date, paid_date, id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const StatementReset resetSt(st);
    bindPayment(st, p);
    if (keepId) {
        st.bind(8, p.id);
    } else {
        st.bindNull(8);
    }
    st.run();
    p.id = m_db.lastInsertRowId();
    p.version = 1;
    tx.commit();
}

void BudgetRepository::updatePayment(Payment& p)
{
    Transaction tx(m_db);
    auto& st = m_db.cached("UPDATE payment SET campaign_id = ?, budget_line_id = ?, "
                           "contract_id = ?, description = ?, amount_minor = ?, due_date = ?, "
                           "paid_date = ?, row_version = row_version + 1 "
                           "WHERE id = ? AND row_version = ?");
    const StatementReset resetSt(st);
    bindPayment(st, p);
    st.bind(8, p.id).bind(9, p.version);
    st.run();
    requireUpdated(m_db, "payment", p.id);
    tx.commit();
    ++p.version;
}

void BudgetRepository::removePayment(core::Id id)
{
    Transaction tx(m_db);
    m_db.cached("DELETE FROM payment WHERE id = ?").bind(1, id).run();
    tx.commit();
}

std::optional<Payment> BudgetRepository::getPayment(core::Id id)
{
    auto& st = m_db.cached(std::string("SELECT ") + kPaymentColumns + " FROM payment WHERE id = ?");
    const StatementReset resetSt(st);
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return readPayment(st, campaignCurrency(m_db, st.int64(2)));
}

std::vector<Payment> BudgetRepository::paymentsOfCampaign(core::Id campaignId)
{
    const auto currency = campaignCurrency(m_db, campaignId);
    std::vector<Payment> out;
    auto& st = m_db.cached(std::string("SELECT ") + kPaymentColumns +
                           " FROM payment WHERE campaign_id = ? ORDER BY due_date, id");
    const StatementReset resetSt(st);
    st.bind(1, campaignId);
    while (st.step()) {
        out.push_back(readPayment(st, currency));
    }
    return out;
}

} // namespace cd::storage
