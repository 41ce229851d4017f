#include "TeamRepository.h"

#include "SqlHelpers.h"

namespace cd::storage {

using core::TeamMember;

namespace {

constexpr const char* kColumns = "id, row_version, name, email, roles";

TeamMember readMember(const Statement& st)
{
    TeamMember m;
    m.id = st.int64(0);
    m.version = st.int64(1);
    m.name = st.text(2);
    m.email = st.text(3);
    m.roles = core::rolesFromKeys(st.text(4));
    return m;
}

int countNamed(Database& db, const char* sql, const std::string& name)
{
    auto& st = db.cached(sql);
    const StatementReset resetSt(st);
    st.bind(1, name);
    st.step();
    return st.int32(0);
}

} // namespace

void TeamRepository::add(TeamMember& m)
{
    insert(m, false);
}

void TeamRepository::restore(TeamMember& m)
{
    insert(m, true);
}

void TeamRepository::requireFreeName(const std::string& name, core::Id except)
{
    if (name.empty()) {
        throw StorageError(StorageError::Kind::Constraint, "A team member needs a name.");
    }
    auto& st = m_db.cached("SELECT id FROM team_member WHERE name = ? AND id <> ?");
    const StatementReset resetSt(st);
    st.bind(1, name).bind(2, except);
    if (st.step()) {
        throw StorageError(StorageError::Kind::Constraint,
                           "The team already has someone called \"" + name + "\".");
    }
}

void TeamRepository::insert(TeamMember& m, bool keepId)
{
    Transaction tx(m_db);
    m.name = core::normalizedPersonName(m.name);
    m.roles = core::normalizedRoles(m.roles);
    requireFreeName(m.name, keepId ? m.id : 0);
    auto& st = m_db.cached("INSERT INTO team_member (name, email, roles, id) VALUES (?, ?, ?, ?)");
    const StatementReset resetSt(st);
    st.bind(1, m.name).bind(2, m.email).bind(3, core::rolesToKeys(m.roles));
    if (keepId) {
        st.bind(4, m.id);
    } else {
        st.bindNull(4);
    }
    st.run();
    m.id = m_db.lastInsertRowId();
    m.version = 1;
    tx.commit();
}

Assignments TeamRepository::update(TeamMember& m)
{
    Transaction tx(m_db);
    m.name = core::normalizedPersonName(m.name);
    m.roles = core::normalizedRoles(m.roles);
    requireFreeName(m.name, m.id);
    const auto before = get(m.id);
    auto& st = m_db.cached("UPDATE team_member SET name = ?, email = ?, roles = ?, "
                           "row_version = row_version + 1 WHERE id = ? AND row_version = ?");
    const StatementReset resetSt(st);
    st.bind(1, m.name).bind(2, m.email).bind(3, core::rolesToKeys(m.roles));
    st.bind(4, m.id).bind(5, m.version);
    st.run();
    detail::requireUpdated(m_db, "team_member", m.id);
    Assignments renamed;
    if (before && before->name != m.name) {
        m_db.cached("UPDATE task SET assignee = ?, row_version = row_version + 1 "
                    "WHERE assignee = ?")
            .bind(1, m.name)
            .bind(2, before->name)
            .run();
        renamed.tasks = m_db.changes();
        m_db.cached("UPDATE contract SET assignee = ?, row_version = row_version + 1 "
                    "WHERE assignee = ?")
            .bind(1, m.name)
            .bind(2, before->name)
            .run();
        renamed.contracts = m_db.changes();
    }
    tx.commit();
    ++m.version;
    return renamed;
}

void TeamRepository::remove(core::Id id)
{
    Transaction tx(m_db);
    m_db.cached("DELETE FROM team_member WHERE id = ?").bind(1, id).run();
    tx.commit();
}

std::optional<TeamMember> TeamRepository::get(core::Id id)
{
    auto& st = m_db.cached(std::string("SELECT ") + kColumns + " FROM team_member WHERE id = ?");
    const StatementReset resetSt(st);
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return readMember(st);
}

std::optional<TeamMember> TeamRepository::findByName(const std::string& name)
{
    auto& st = m_db.cached(std::string("SELECT ") + kColumns + " FROM team_member WHERE name = ?");
    const StatementReset resetSt(st);
    st.bind(1, core::normalizedPersonName(name));
    if (!st.step()) {
        return std::nullopt;
    }
    return readMember(st);
}

std::vector<TeamMember> TeamRepository::list()
{
    std::vector<TeamMember> out;
    auto& st = m_db.cached(std::string("SELECT ") + kColumns + " FROM team_member");
    const StatementReset resetSt(st);
    while (st.step()) {
        out.push_back(readMember(st));
    }
    core::sortTeam(out);
    return out;
}

Assignments TeamRepository::assignmentsOf(const std::string& name)
{
    Assignments a;
    a.tasks = countNamed(m_db, "SELECT count(*) FROM task WHERE assignee = ?", name);
    a.contracts = countNamed(m_db, "SELECT count(*) FROM contract WHERE assignee = ?", name);
    return a;
}

} // namespace cd::storage
