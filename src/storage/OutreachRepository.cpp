#include "OutreachRepository.h"

#include "SqlHelpers.h"

namespace cd::storage {

using core::OutreachTemplate;

namespace {

constexpr const char* kColumns = "id, row_version, name, subject, body";

OutreachTemplate readTemplate(const Statement& st)
{
    OutreachTemplate t;
    t.id = st.int64(0);
    t.version = st.int64(1);
    t.name = st.text(2);
    t.subject = st.text(3);
    t.body = st.text(4);
    return t;
}

} // namespace

void OutreachRepository::add(OutreachTemplate& t)
{
    insert(t, false);
}

void OutreachRepository::restore(OutreachTemplate& t)
{
    insert(t, true);
}

void OutreachRepository::insert(OutreachTemplate& t, bool keepId)
{
    Transaction tx(m_db);
    auto& st = m_db.cached("INSERT INTO outreach_template (name, subject, body, id) "
                           "VALUES (?, ?, ?, ?)");
    const StatementReset resetSt(st);
    st.bind(1, t.name).bind(2, t.subject).bind(3, t.body);
    if (keepId) {
        st.bind(4, t.id);
    } else {
        st.bindNull(4);
    }
    st.run();
    t.id = m_db.lastInsertRowId();
    t.version = 1;
    tx.commit();
}

void OutreachRepository::update(OutreachTemplate& t)
{
    Transaction tx(m_db);
    auto& st = m_db.cached("UPDATE outreach_template SET name = ?, subject = ?, body = ?, "
                           "row_version = row_version + 1 WHERE id = ? AND row_version = ?");
    const StatementReset resetSt(st);
    st.bind(1, t.name).bind(2, t.subject).bind(3, t.body).bind(4, t.id).bind(5, t.version);
    st.run();
    detail::requireUpdated(m_db, "outreach_template", t.id);
    tx.commit();
    ++t.version;
}

void OutreachRepository::remove(core::Id id)
{
    Transaction tx(m_db);
    m_db.cached("DELETE FROM outreach_template WHERE id = ?").bind(1, id).run();
    tx.commit();
}

std::optional<OutreachTemplate> OutreachRepository::get(core::Id id)
{
    auto& st =
        m_db.cached(std::string("SELECT ") + kColumns + " FROM outreach_template WHERE id = ?");
    const StatementReset resetSt(st);
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return readTemplate(st);
}

std::vector<OutreachTemplate> OutreachRepository::list()
{
    std::vector<OutreachTemplate> out;
    auto& st = m_db.cached(std::string("SELECT ") + kColumns +
                           " FROM outreach_template ORDER BY name COLLATE NOCASE, id");
    const StatementReset resetSt(st);
    while (st.step()) {
        out.push_back(readTemplate(st));
    }
    return out;
}

} // namespace cd::storage
