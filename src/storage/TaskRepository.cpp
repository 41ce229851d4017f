#include "TaskRepository.h"

#include "SqlHelpers.h"

namespace cd::storage {

using namespace detail;
using core::Dependency;
using core::Task;

namespace {

constexpr const char* kColumns =
    "id, row_version, campaign_id, parent_id, position, name, kind, phase, owner_role, assignee, "
    "status, planned_start, duration_days, actual_start, actual_finish, percent_complete, "
    "cost_minor, buffer_days, influencer_id, notes";

Task readTask(const Statement& st, const std::string& currency)
{
    Task t;
    t.id = st.int64(0);
    t.version = st.int64(1);
    t.campaignId = st.int64(2);
    t.parentId = st.optionalInt64(3);
    t.position = st.int32(4);
    t.name = st.text(5);
    t.kind = readEnum(st, 6, core::TaskKind::Task);
    t.phase = st.text(7);
    t.ownerRole = readEnum(st, 8, core::OwnerRole::Unassigned);
    t.assignee = st.text(9);
    t.status = readEnum(st, 10, core::TaskStatus::NotStarted);
    t.plannedStart = readDate(st, 11);
    t.durationDays = st.int32(12);
    t.actualStart = readDate(st, 13);
    t.actualFinish = readDate(st, 14);
    t.percentComplete = st.real(15);
    t.costEstimate = core::Money(st.int64(16), currency);
    t.bufferDays = st.int32(17);
    t.influencerId = st.optionalInt64(18);
    t.notes = st.text(19);
    return t;
}

// Binds every editable field at 1 … 18 (campaign_id first).
void bindFields(Statement& st, const Task& t)
{
    st.bind(1, t.campaignId).bind(2, t.parentId).bind(3, t.position).bind(4, t.name);
    bindEnum(st, 5, t.kind);
    st.bind(6, t.phase);
    bindEnum(st, 7, t.ownerRole);
    st.bind(8, t.assignee);
    bindEnum(st, 9, t.status);
    bindDate(st, 10, t.plannedStart);
    st.bind(11, t.durationDays);
    bindDate(st, 12, t.actualStart);
    bindDate(st, 13, t.actualFinish);
    st.bind(14, t.percentComplete).bind(15, t.costEstimate.minorUnits()).bind(16, t.bufferDays);
    st.bind(17, t.influencerId).bind(18, t.notes);
}

} // namespace

void TaskRepository::add(Task& t)
{
    Transaction tx(m_db);
    auto& st = m_db.cached(
        "INSERT INTO task (campaign_id, parent_id, position, name, kind, phase, owner_role, "
        "assignee, status, planned_start, duration_days, actual_start, actual_finish, "
        "percent_complete, cost_minor, buffer_days, influencer_id, notes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const StatementReset resetSt(st);
    bindFields(st, t);
    st.run();
    t.id = m_db.lastInsertRowId();
    t.version = 1;
    tx.commit();
}

void TaskRepository::restore(const Task& t)
{
    Transaction tx(m_db);
    auto st = m_db.prepare(
        "INSERT INTO task (campaign_id, parent_id, position, name, kind, phase, owner_role, "
        "assignee, status, planned_start, duration_days, actual_start, actual_finish, "
        "percent_complete, cost_minor, buffer_days, influencer_id, notes, id, row_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindFields(st, t);
    st.bind(19, t.id).bind(20, t.version);
    st.run();
    tx.commit();
}

void TaskRepository::update(Task& t)
{
    Transaction tx(m_db);
    auto& st = m_db.cached(
        "UPDATE task SET campaign_id = ?, parent_id = ?, position = ?, name = ?, kind = ?, "
        "phase = ?, owner_role = ?, assignee = ?, status = ?, planned_start = ?, "
        "duration_days = ?, actual_start = ?, actual_finish = ?, percent_complete = ?, "
        "cost_minor = ?, buffer_days = ?, influencer_id = ?, notes = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ?");
    const StatementReset resetSt(st);
    bindFields(st, t);
    st.bind(19, t.id).bind(20, t.version);
    st.run();
    requireUpdated(m_db, "task", t.id);
    tx.commit();
    ++t.version;
}

void TaskRepository::remove(core::Id id)
{
    Transaction tx(m_db);
    // ON DELETE CASCADE removes the subtree and every dependency that touches it.
    auto& st = m_db.cached("DELETE FROM task WHERE id = ?");
    const StatementReset resetSt(st);
    st.bind(1, id).run();
    tx.commit();
}

std::optional<Task> TaskRepository::get(core::Id id)
{
    auto& st = m_db.cached(std::string("SELECT ") + kColumns + " FROM task WHERE id = ?");
    const StatementReset resetSt(st);
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    const auto campaignId = st.int64(2);
    return readTask(st, campaignCurrency(m_db, campaignId));
}

std::vector<Task> TaskRepository::listByCampaign(core::Id campaignId)
{
    const std::string currency = campaignCurrency(m_db, campaignId);
    std::vector<Task> out;
    auto& st = m_db.cached(std::string("SELECT ") + kColumns +
                           " FROM task WHERE campaign_id = ? ORDER BY parent_id, position, id");
    const StatementReset resetSt(st);
    st.bind(1, campaignId);
    while (st.step()) {
        out.push_back(readTask(st, currency));
    }
    return out;
}

void TaskRepository::addDependency(Dependency& d)
{
    Transaction tx(m_db);
    auto& st = m_db.cached("INSERT INTO dependency (predecessor_id, successor_id, type, lag_days) "
                           "VALUES (?, ?, ?, ?)");
    const StatementReset resetSt(st);
    st.bind(1, d.predecessorId).bind(2, d.successorId);
    bindEnum(st, 3, d.type);
    st.bind(4, d.lagDays);
    st.run();
    d.id = m_db.lastInsertRowId();
    tx.commit();
}

void TaskRepository::restoreDependency(const Dependency& d)
{
    Transaction tx(m_db);
    auto st = m_db.prepare("INSERT INTO dependency (id, predecessor_id, successor_id, type, "
                           "lag_days) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, d.id).bind(2, d.predecessorId).bind(3, d.successorId);
    bindEnum(st, 4, d.type);
    st.bind(5, d.lagDays);
    st.run();
    tx.commit();
}

void TaskRepository::removeDependency(core::Id id)
{
    Transaction tx(m_db);
    auto& st = m_db.cached("DELETE FROM dependency WHERE id = ?");
    const StatementReset resetSt(st);
    st.bind(1, id).run();
    tx.commit();
}

std::vector<Dependency> TaskRepository::dependenciesOfCampaign(core::Id campaignId)
{
    std::vector<Dependency> out;
    auto& st = m_db.cached("SELECT d.id, d.predecessor_id, d.successor_id, d.type, d.lag_days "
                           "FROM dependency d JOIN task t ON t.id = d.successor_id "
                           "WHERE t.campaign_id = ? ORDER BY d.id");
    const StatementReset resetSt(st);
    st.bind(1, campaignId);
    while (st.step()) {
        Dependency d;
        d.id = st.int64(0);
        d.predecessorId = st.int64(1);
        d.successorId = st.int64(2);
        d.type = readEnum(st, 3, core::DependencyType::FS);
        d.lagDays = st.int32(4);
        out.push_back(d);
    }
    return out;
}

} // namespace cd::storage
