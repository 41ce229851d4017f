#include "InfluencerRepository.h"

#include "SqlHelpers.h"

#include <unordered_map>

namespace cd::storage {

using namespace detail;
using core::CampaignMember;
using core::Influencer;

namespace {

constexpr const char* kColumns =
    "id, row_version, name, email, phone, country, language, niches, contact_route, "
    "agency_name, status, rate_minor, rate_currency, notes, last_contact";

// Niche tags are kept in one column, one per line: tags never contain a newline.
std::string joinNiches(const std::vector<std::string>& niches)
{
    std::string out;
    for (const auto& n : niches) {
        if (!out.empty()) {
            out += '\n';
        }
        out += n;
    }
    return out;
}

std::vector<std::string> splitNiches(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find('\n', start);
        out.push_back(
            text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) {
            break;
        }
        start = end + 1;
    }
    return out;
}

Influencer readInfluencer(const Statement& st)
{
    Influencer i;
    i.id = st.int64(0);
    i.version = st.int64(1);
    i.name = st.text(2);
    i.email = st.text(3);
    i.phone = st.text(4);
    i.country = st.text(5);
    i.language = st.text(6);
    i.niches = splitNiches(st.text(7));
    i.contactRoute = readEnum(st, 8, core::ContactRoute::Direct);
    i.agencyName = st.text(9);
    i.status = readEnum(st, 10, core::RelationshipStatus::Prospect);
    if (!st.isNull(11)) {
        i.rate = core::Money(st.int64(11), st.isNull(12) ? std::string("EUR") : st.text(12));
    }
    i.notes = st.text(13);
    i.lastContact = readDate(st, 14);
    return i;
}

// Binds the 13 stored fields of `i` from parameter `first` on. The record outlives the
// statement's run, so its text is bound without copies; `niches` holds the joined tags alive.
void bindFields(Statement& st, const Influencer& i, const std::string& niches, int first = 1)
{
    const int f = first - 1;
    st.bindStatic(f + 1, i.name).bindStatic(f + 2, i.email).bindStatic(f + 3, i.phone);
    st.bindStatic(f + 4, i.country).bindStatic(f + 5, i.language);
    st.bindStatic(f + 6, niches);
    bindEnum(st, f + 7, i.contactRoute);
    st.bindStatic(f + 8, i.agencyName);
    bindEnum(st, f + 9, i.status);
    if (i.rate) {
        st.bind(f + 10, i.rate->minorUnits()).bind(f + 11, i.rate->currency());
    } else {
        st.bindNull(f + 10).bindNull(f + 11);
    }
    st.bindStatic(f + 12, i.notes);
    bindDate(st, f + 13, i.lastContact);
}

void bindHandle(Statement& st, int first, core::Id influencerId, int position,
                const core::Handle& h, const std::string& normalisedHandle)
{
    const int f = first - 1;
    st.bind(f + 1, influencerId).bind(f + 2, position);
    bindEnum(st, f + 3, h.platform);
    st.bindStatic(f + 4, normalisedHandle).bind(f + 5, h.followers).bind(f + 6, h.engagementRate);
}

// "INSERT INTO table (columns) VALUES (?, …), (?, …), …" for `rows` rows.
std::string multiRowInsert(std::string_view head, int columns, std::size_t rows)
{
    std::string one = "(";
    for (int c = 0; c < columns; ++c) {
        one += c == 0 ? "?" : ", ?";
    }
    one += ")";
    std::string sql(head);
    sql += " VALUES ";
    for (std::size_t r = 0; r < rows; ++r) {
        sql += r == 0 ? one : ", " + one;
    }
    return sql;
}

constexpr std::string_view kInsertInfluencer =
    "INSERT INTO influencer (name, email, phone, country, language, niches, contact_route, "
    "agency_name, status, rate_minor, rate_currency, notes, last_contact, id)";
constexpr std::string_view kInsertHandle = "INSERT INTO handle (influencer_id, position, "
                                           "platform, handle, followers, engagement_rate)";
constexpr int kInfluencerParams = 14;
constexpr int kHandleParams = 6;

core::Handle readHandle(const Statement& st, int first)
{
    core::Handle h;
    h.platform = readEnum(st, first, core::Platform::Other);
    h.handle = st.text(first + 1);
    h.followers = st.optionalInt64(first + 2);
    h.engagementRate = st.optionalReal(first + 3);
    return h;
}

CampaignMember readMember(const Statement& st)
{
    CampaignMember m;
    m.campaignId = st.int64(0);
    m.influencerId = st.int64(1);
    m.version = st.int64(2);
    m.stage = readEnum(st, 3, core::PipelineStage::Shortlisted);
    m.notes = st.text(4);
    return m;
}

} // namespace

void InfluencerRepository::add(Influencer& i)
{
    Transaction tx(m_db);
    auto& st = m_db.cached("INSERT INTO influencer (name, email, phone, country, language, niches, "
                           "contact_route, agency_name, status, rate_minor, rate_currency, notes, "
                           "last_contact) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const StatementReset resetSt(st);
    const std::string niches = joinNiches(i.niches);
    bindFields(st, i, niches);
    st.run();
    i.id = m_db.lastInsertRowId();
    i.version = 1;
    writeHandles(i);
    tx.commit();
}

void InfluencerRepository::update(Influencer& i)
{
    Transaction tx(m_db);
    auto& st = m_db.cached("UPDATE influencer SET name = ?, email = ?, phone = ?, country = ?, "
                           "language = ?, niches = ?, contact_route = ?, agency_name = ?, "
                           "status = ?, rate_minor = ?, rate_currency = ?, notes = ?, "
                           "last_contact = ?, row_version = row_version + 1 "
                           "WHERE id = ? AND row_version = ?");
    const StatementReset resetSt(st);
    const std::string niches = joinNiches(i.niches);
    bindFields(st, i, niches);
    st.bind(14, i.id).bind(15, i.version);
    st.run();
    requireUpdated(m_db, "influencer", i.id);
    auto& del = m_db.cached("DELETE FROM handle WHERE influencer_id = ?");
    const StatementReset resetDel(del);
    del.bind(1, i.id).run();
    writeHandles(i);
    tx.commit();
    ++i.version;
}

void InfluencerRepository::writeHandles(const Influencer& i)
{
    auto& st = m_db.cached("INSERT INTO handle (influencer_id, position, platform, handle, "
                           "followers, engagement_rate) VALUES (?, ?, ?, ?, ?, ?)");
    const StatementReset resetSt(st);
    int position = 0;
    for (const auto& h : i.handles) {
        ++position;
        const std::string handle = core::normaliseHandle(h.handle);
        bindHandle(st, 1, i.id, position - 1, h, handle);
        st.run();
    }
}

core::Id InfluencerRepository::maxId()
{
    auto& st = m_db.cached("SELECT coalesce(max(id), 0) FROM influencer");
    const StatementReset resetSt(st);
    return st.step() ? st.int64(0) : 0;
}

void InfluencerRepository::insertWithIds(const std::vector<Influencer>& influencers)
{
    // Many rows per statement: an import of 100,000 people then runs a few thousand statements
    // instead of a few hundred thousand (each statement's start and end cost as much as a row).
    constexpr std::size_t kRows = 32;
    Transaction tx(m_db);
    std::vector<std::string> niches(kRows);
    auto& many = m_db.cached(multiRowInsert(kInsertInfluencer, kInfluencerParams, kRows));
    auto& one = m_db.cached(multiRowInsert(kInsertInfluencer, kInfluencerParams, 1));
    const StatementReset resetMany(many);
    const StatementReset resetOne(one);
    for (std::size_t start = 0; start < influencers.size(); start += kRows) {
        const std::size_t rows = std::min(kRows, influencers.size() - start);
        Statement& st = rows == kRows ? many : one;
        for (std::size_t r = 0; r < rows; ++r) {
            const Influencer& i = influencers[start + r];
            niches[r] = joinNiches(i.niches);
            const int first = rows == kRows ? static_cast<int>(r) * kInfluencerParams + 1 : 1;
            bindFields(st, i, niches[r], first);
            st.bind(first + kInfluencerParams - 1, i.id);
            if (rows != kRows) {
                st.run();
                st.reset();
            }
        }
        if (rows == kRows) {
            st.run();
            st.reset();
        }
    }
    writeHandlesOf(influencers);
    tx.commit();
}

void InfluencerRepository::writeHandlesOf(const std::vector<Influencer>& influencers)
{
    struct Row {
        core::Id influencer = 0;
        int position = 0;
        const core::Handle* handle = nullptr;
    };
    std::vector<Row> rows;
    rows.reserve(influencers.size() * 2);
    for (const Influencer& i : influencers) {
        int position = 0;
        for (const auto& h : i.handles) {
            rows.push_back({i.id, position++, &h});
        }
    }
    constexpr std::size_t kRows = 64;
    auto& many = m_db.cached(multiRowInsert(kInsertHandle, kHandleParams, kRows));
    auto& one = m_db.cached(multiRowInsert(kInsertHandle, kHandleParams, 1));
    const StatementReset resetMany(many);
    const StatementReset resetOne(one);
    std::vector<std::string> names(kRows);
    for (std::size_t start = 0; start < rows.size(); start += kRows) {
        const std::size_t count = std::min(kRows, rows.size() - start);
        Statement& st = count == kRows ? many : one;
        for (std::size_t r = 0; r < count; ++r) {
            const Row& row = rows[start + r];
            names[r] = core::normaliseHandle(row.handle->handle);
            const int first = count == kRows ? static_cast<int>(r) * kHandleParams + 1 : 1;
            bindHandle(st, first, row.influencer, row.position, *row.handle, names[r]);
            if (count != kRows) {
                st.run();
                st.reset();
            }
        }
        if (count == kRows) {
            st.run();
            st.reset();
        }
    }
}

void InfluencerRepository::remove(core::Id id)
{
    Transaction tx(m_db);
    auto& st = m_db.cached("DELETE FROM influencer WHERE id = ?");
    const StatementReset resetSt(st);
    st.bind(1, id).run();
    tx.commit();
}

std::optional<Influencer> InfluencerRepository::get(core::Id id)
{
    auto& st = m_db.cached(std::string("SELECT ") + kColumns + " FROM influencer WHERE id = ?");
    const StatementReset resetSt(st);
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    Influencer i = readInfluencer(st);
    // A cached statement left on its row would keep this connection's read snapshot open, and a
    // later write would fail once another program has changed the file.
    st.reset();
    auto& h = m_db.cached("SELECT platform, handle, followers, engagement_rate FROM handle "
                          "WHERE influencer_id = ? ORDER BY position");
    const StatementReset resetH(h);
    h.bind(1, id);
    while (h.step()) {
        i.handles.push_back(readHandle(h, 0));
    }
    return i;
}

std::vector<Influencer> InfluencerRepository::list()
{
    std::vector<Influencer> out;
    std::unordered_map<core::Id, std::size_t> index;
    auto& st = m_db.cached(std::string("SELECT ") + kColumns + " FROM influencer ORDER BY id");
    const StatementReset resetSt(st);
    while (st.step()) {
        index.emplace(st.int64(0), out.size());
        out.push_back(readInfluencer(st));
    }
    auto& h = m_db.cached("SELECT influencer_id, platform, handle, followers, engagement_rate "
                          "FROM handle ORDER BY influencer_id, position");
    const StatementReset resetH(h);
    while (h.step()) {
        if (auto it = index.find(h.int64(0)); it != index.end()) {
            out[it->second].handles.push_back(readHandle(h, 1));
        }
    }
    return out;
}

std::int64_t InfluencerRepository::count()
{
    auto& st = m_db.cached("SELECT count(*) FROM influencer");
    const StatementReset resetSt(st);
    st.step();
    return st.int64(0);
}

std::optional<core::Id> InfluencerRepository::findByHandle(core::Platform platform,
                                                           std::string_view handle)
{
    auto& st = m_db.cached("SELECT influencer_id FROM handle WHERE platform = ? "
                           "AND handle = ? COLLATE NOCASE ORDER BY influencer_id LIMIT 1");
    const StatementReset resetSt(st);
    bindEnum(st, 1, platform);
    st.bind(2, core::normaliseHandle(handle));
    if (st.step()) {
        return st.int64(0);
    }
    return std::nullopt;
}

std::optional<core::Id> InfluencerRepository::findByEmail(std::string_view email)
{
    if (email.empty()) {
        return std::nullopt;
    }
    auto& st = m_db.cached("SELECT id FROM influencer WHERE email = ? COLLATE NOCASE "
                           "AND email <> '' ORDER BY id LIMIT 1");
    const StatementReset resetSt(st);
    st.bind(1, email);
    if (st.step()) {
        return st.int64(0);
    }
    return std::nullopt;
}

void InfluencerRepository::addMember(CampaignMember& m)
{
    Transaction tx(m_db);
    auto& st = m_db.cached("INSERT INTO campaign_member (campaign_id, influencer_id, stage, notes) "
                           "VALUES (?, ?, ?, ?)");
    const StatementReset resetSt(st);
    st.bind(1, m.campaignId).bind(2, m.influencerId);
    bindEnum(st, 3, m.stage);
    st.bind(4, m.notes);
    st.run();
    m.version = 1;
    tx.commit();
}

void InfluencerRepository::updateMember(CampaignMember& m)
{
    Transaction tx(m_db);
    auto& st = m_db.cached("UPDATE campaign_member SET stage = ?, notes = ?, "
                           "row_version = row_version + 1 "
                           "WHERE campaign_id = ? AND influencer_id = ? AND row_version = ?");
    const StatementReset resetSt(st);
    bindEnum(st, 1, m.stage);
    st.bind(2, m.notes).bind(3, m.campaignId).bind(4, m.influencerId).bind(5, m.version);
    st.run();
    if (m_db.changes() != 1) {
        throw StorageError(StorageError::Kind::Conflict,
                           "The campaign membership was changed or removed elsewhere; reload "
                           "and try again.");
    }
    tx.commit();
    ++m.version;
}

void InfluencerRepository::removeMember(core::Id campaignId, core::Id influencerId)
{
    Transaction tx(m_db);
    auto& st =
        m_db.cached("DELETE FROM campaign_member WHERE campaign_id = ? AND influencer_id = ?");
    const StatementReset resetSt(st);
    st.bind(1, campaignId).bind(2, influencerId).run();
    tx.commit();
}

std::vector<CampaignMember> InfluencerRepository::membersOfCampaign(core::Id campaignId)
{
    std::vector<CampaignMember> out;
    auto& st = m_db.cached("SELECT campaign_id, influencer_id, row_version, stage, notes "
                           "FROM campaign_member WHERE campaign_id = ? ORDER BY influencer_id");
    const StatementReset resetSt(st);
    st.bind(1, campaignId);
    while (st.step()) {
        out.push_back(readMember(st));
    }
    return out;
}

std::vector<CampaignMember> InfluencerRepository::campaignsOf(core::Id influencerId)
{
    std::vector<CampaignMember> out;
    auto& st = m_db.cached("SELECT campaign_id, influencer_id, row_version, stage, notes "
                           "FROM campaign_member WHERE influencer_id = ? ORDER BY campaign_id");
    const StatementReset resetSt(st);
    st.bind(1, influencerId);
    while (st.step()) {
        out.push_back(readMember(st));
    }
    return out;
}

} // namespace cd::storage
