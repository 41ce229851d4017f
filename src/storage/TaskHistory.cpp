#include "TaskHistory.h"

#include "SqlHelpers.h"
#include "TaskRepository.h"

#include <iterator>

namespace cd::storage {

using namespace detail;

namespace {

std::string dateText(const core::OptionalDate& date)
{
    return date ? date->toIso() : std::string();
}

TaskHistoryEntry readEntry(const Statement& st)
{
    TaskHistoryEntry e;
    e.id = st.int64(0);
    e.taskId = st.int64(1);
    e.changedOn = st.text(2);
    e.field = st.text(3);
    e.oldValue = st.text(4);
    e.newValue = st.text(5);
    e.reason = st.text(6);
    return e;
}

constexpr const char* kSelect =
    "SELECT id, task_id, changed_on, field, old_value, new_value, reason FROM task_history ";

} // namespace

std::vector<TaskHistoryEntry> dateChanges(const core::Task& before, const core::Task& after,
                                          const std::string& changedOn, const std::string& reason)
{
    std::vector<TaskHistoryEntry> out;
    const auto add = [&](const char* field, std::string from, std::string to) {
        if (from != to) {
            out.push_back({0, after.id, changedOn, field, std::move(from), std::move(to), reason});
        }
    };
    add("start", dateText(before.plannedStart), dateText(after.plannedStart));
    add("finish", dateText(before.plannedFinish()), dateText(after.plannedFinish()));
    add("duration_days", std::to_string(before.durationDays), std::to_string(after.durationDays));
    // Scope: what the task is, what kind of work, what it costs.
    add("name", before.name, after.name);
    add("kind", std::string(core::toKey(before.kind)), std::string(core::toKey(after.kind)));
    add("cost", before.costEstimate.toDecimalString(), after.costEstimate.toDecimalString());
    return out;
}

void TaskHistory::append(TaskHistoryEntry& e)
{
    Transaction tx(m_db);
    auto& st = m_db.cached("INSERT INTO task_history (task_id, changed_on, field, old_value, "
                           "new_value, reason) VALUES (?, ?, ?, ?, ?, ?)");
    const StatementReset resetSt(st);
    st.bind(1, e.taskId).bind(2, e.changedOn).bind(3, e.field).bind(4, e.oldValue);
    st.bind(5, e.newValue).bind(6, e.reason);
    st.run();
    e.id = m_db.lastInsertRowId();
    tx.commit();
}

void TaskHistory::restore(const TaskHistoryEntry& e)
{
    Transaction tx(m_db);
    auto& st = m_db.cached("INSERT INTO task_history (id, task_id, changed_on, field, old_value, "
                           "new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const StatementReset resetSt(st);
    st.bind(1, e.id).bind(2, e.taskId).bind(3, e.changedOn).bind(4, e.field);
    st.bind(5, e.oldValue).bind(6, e.newValue).bind(7, e.reason);
    st.run();
    tx.commit();
}

void TaskHistory::remove(core::Id entryId)
{
    Transaction tx(m_db);
    auto& st = m_db.cached("DELETE FROM task_history WHERE id = ?");
    const StatementReset resetSt(st);
    st.bind(1, entryId).run();
    tx.commit();
}

void TaskHistory::setReason(core::Id entryId, const std::string& reason)
{
    Transaction tx(m_db);
    auto& st = m_db.cached("UPDATE task_history SET reason = ? WHERE id = ?");
    const StatementReset resetSt(st);
    st.bind(1, reason).bind(2, entryId).run();
    if (m_db.changes() != 1) {
        throw StorageError(StorageError::Kind::Missing, "The history entry no longer exists.");
    }
    tx.commit();
}

std::optional<TaskHistoryEntry> TaskHistory::get(core::Id entryId)
{
    auto& st = m_db.cached(std::string(kSelect) + "WHERE id = ?");
    const StatementReset resetSt(st);
    st.bind(1, entryId);
    if (!st.step()) {
        return std::nullopt;
    }
    return readEntry(st);
}

std::vector<TaskHistoryEntry> TaskHistory::list(core::Id taskId)
{
    auto& st = m_db.cached(std::string(kSelect) + "WHERE task_id = ? ORDER BY id");
    const StatementReset resetSt(st);
    st.bind(1, taskId);
    std::vector<TaskHistoryEntry> out;
    while (st.step()) {
        out.push_back(readEntry(st));
    }
    return out;
}

std::vector<TaskHistoryEntry> TaskHistory::latestChange(core::Id taskId)
{
    // One change writes its rows in the order of dateChanges (start, finish, duration_days,
    // name, kind, cost),
    // on one day and with one reason; walking back from the last row, the change ends where
    // that order, the day or the reason breaks.
    const auto rank = [](const std::string& field) {
        static const char* const order[] = {"start", "finish", "duration_days",
                                            "name",  "kind",   "cost"};
        for (int i = 0; i < 6; ++i) {
            if (field == order[i]) {
                return i;
            }
        }
        return 6;
    };
    auto all = list(taskId);
    auto first = all.end();
    while (first != all.begin()) {
        const auto& before = *std::prev(first);
        if (first != all.end() &&
            (before.changedOn != first->changedOn || before.reason != first->reason ||
             rank(before.field) >= rank(first->field))) {
            break;
        }
        --first;
    }
    return {first, all.end()};
}

std::vector<TaskHistoryEntry> updateTaskWithHistory(Database& db, core::Task& task,
                                                    const core::Task& before,
                                                    const std::string& changedOn,
                                                    const std::string& reason)
{
    Transaction tx(db);
    TaskRepository(db).update(task);
    auto entries = dateChanges(before, task, changedOn, reason);
    TaskHistory history(db);
    for (auto& e : entries) {
        history.append(e);
    }
    tx.commit();
    return entries;
}

} // namespace cd::storage
