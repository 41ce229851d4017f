#include "CampaignRepository.h"

#include "SqlHelpers.h"

#include <algorithm>
#include <cctype>

namespace cd::storage {

using namespace detail;
using core::Campaign;

namespace {

constexpr const char* kColumns = "id, row_version, name, brand, objective, start_date, end_date, "
                                 "status, currency, budget_minor, contingency_percent";

Campaign readCampaign(const Statement& st)
{
    Campaign c;
    c.id = st.int64(0);
    c.version = st.int64(1);
    c.name = st.text(2);
    c.brand = st.text(3);
    c.objective = st.text(4);
    c.start = readDate(st, 5);
    c.end = readDate(st, 6);
    c.status = readEnum(st, 7, core::CampaignStatus::Planning);
    c.currency = st.text(8);
    c.budget = core::Money(st.int64(9), c.currency);
    c.contingencyPercent = st.real(10);
    return c;
}

void bindFields(Statement& st, const Campaign& c)
{
    st.bind(1, c.name).bind(2, c.brand).bind(3, c.objective);
    bindDate(st, 4, c.start);
    bindDate(st, 5, c.end);
    bindEnum(st, 6, c.status);
    st.bind(7, c.currency).bind(8, c.budget.minorUnits()).bind(9, c.contingencyPercent);
}

} // namespace

void CampaignRepository::add(Campaign& c)
{
    Transaction tx(m_db);
    auto& st = m_db.cached("INSERT INTO campaign (name, brand, objective, start_date, end_date, "
                           "status, currency, budget_minor, contingency_percent) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const StatementReset resetSt(st);
    bindFields(st, c);
    st.run();
    c.id = m_db.lastInsertRowId();
    c.version = 1;
    writeTargets(c);
    tx.commit();
}

void CampaignRepository::restore(const Campaign& c)
{
    Transaction tx(m_db);
    auto st = m_db.prepare("INSERT INTO campaign (name, brand, objective, start_date, end_date, "
                           "status, currency, budget_minor, contingency_percent, id, row_version) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindFields(st, c);
    st.bind(10, c.id).bind(11, std::max<core::RowVersion>(1, c.version));
    st.run();
    writeTargets(c);
    tx.commit();
}

void CampaignRepository::update(Campaign& c)
{
    Transaction tx(m_db);
    auto& st = m_db.cached("UPDATE campaign SET name = ?, brand = ?, objective = ?, "
                           "start_date = ?, end_date = ?, status = ?, currency = ?, "
                           "budget_minor = ?, contingency_percent = ?, "
                           "row_version = row_version + 1 WHERE id = ? AND row_version = ?");
    const StatementReset resetSt(st);
    bindFields(st, c);
    st.bind(10, c.id).bind(11, c.version);
    st.run();
    requireUpdated(m_db, "campaign", c.id);
    writeTargets(c);
    tx.commit();
    ++c.version;
}

void CampaignRepository::writeTargets(const Campaign& c)
{
    auto& del = m_db.cached("DELETE FROM kpi_target WHERE campaign_id = ?");
    const StatementReset resetDel(del);
    del.bind(1, c.id).run();
    auto& ins =
        m_db.cached("INSERT INTO kpi_target (campaign_id, kpi_key, target) VALUES (?, ?, ?)");
    const StatementReset resetIns(ins);
    for (const auto& t : c.kpiTargets) {
        ins.bind(1, c.id).bind(2, t.kpiKey).bind(3, t.target);
        ins.run();
    }
}

void CampaignRepository::remove(core::Id id)
{
    Transaction tx(m_db);
    auto& st = m_db.cached("DELETE FROM campaign WHERE id = ?");
    const StatementReset resetSt(st);
    st.bind(1, id).run();
    tx.commit();
}

std::optional<Campaign> CampaignRepository::get(core::Id id)
{
    auto& st = m_db.cached(std::string("SELECT ") + kColumns + " FROM campaign WHERE id = ?");
    const StatementReset resetSt(st);
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    Campaign c = readCampaign(st);
    auto& t = m_db.cached("SELECT kpi_key, target FROM kpi_target WHERE campaign_id = ? "
                          "ORDER BY kpi_key");
    const StatementReset resetT(t);
    t.bind(1, id);
    while (t.step()) {
        c.kpiTargets.push_back({t.text(0), t.real(1)});
    }
    return c;
}

std::vector<Campaign> CampaignRepository::list()
{
    std::vector<Campaign> out;
    auto& st = m_db.cached(std::string("SELECT ") + kColumns + " FROM campaign ORDER BY id");
    const StatementReset resetSt(st);
    while (st.step()) {
        out.push_back(readCampaign(st));
    }
    auto& t = m_db.cached("SELECT campaign_id, kpi_key, target FROM kpi_target "
                          "ORDER BY campaign_id, kpi_key");
    const StatementReset resetT(t);
    while (t.step()) {
        const auto id = t.int64(0);
        auto it =
            std::find_if(out.begin(), out.end(), [id](const Campaign& c) { return c.id == id; });
        if (it != out.end()) {
            it->kpiTargets.push_back({t.text(1), t.real(2)});
        }
    }
    return out;
}

std::optional<Campaign> CampaignRepository::find(std::string_view nameOrId)
{
    const bool numeric =
        !nameOrId.empty() && std::all_of(nameOrId.begin(), nameOrId.end(), [](char ch) {
            return std::isdigit(static_cast<unsigned char>(ch)) != 0;
        });
    if (numeric && nameOrId.size() < 18) {
        if (auto c = get(std::stoll(std::string(nameOrId)))) {
            return c;
        }
    }
    for (const char* sql :
         {"SELECT id FROM campaign WHERE name = ? ORDER BY id LIMIT 1",
          "SELECT id FROM campaign WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1"}) {
        auto& st = m_db.cached(sql);
        const StatementReset resetSt(st);
        st.bind(1, nameOrId);
        if (st.step()) {
            return get(st.int64(0));
        }
    }
    return std::nullopt;
}

} // namespace cd::storage
