#include "ContentRepository.h"

#include "SqlHelpers.h"

#include <algorithm>

namespace cd::storage {

using namespace detail;
using core::ContentItem;

namespace {

constexpr const char* kColumns =
    "id, row_version, campaign_id, influencer_id, platform, type, title, planned_date, "
    "published_date, url, approval, impressions, reach, likes, comments, shares, saves, clicks, "
    "conversions, revenue_minor, brand_mentions";

ContentItem readItem(const Statement& st, const std::string& currency)
{
    ContentItem c;
    c.id = st.int64(0);
    c.version = st.int64(1);
    c.campaignId = st.int64(2);
    c.influencerId = st.optionalInt64(3);
    c.platform = readEnum(st, 4, core::Platform::Other);
    c.type = readEnum(st, 5, core::ContentType::Post);
    c.title = st.text(6);
    c.plannedDate = readDate(st, 7);
    c.publishedDate = readDate(st, 8);
    c.url = st.text(9);
    c.approval = readEnum(st, 10, core::ApprovalStatus::Draft);
    auto& m = c.metrics;
    m.impressions = st.optionalInt64(11);
    m.reach = st.optionalInt64(12);
    m.likes = st.optionalInt64(13);
    m.comments = st.optionalInt64(14);
    m.shares = st.optionalInt64(15);
    m.saves = st.optionalInt64(16);
    m.clicks = st.optionalInt64(17);
    m.conversions = st.optionalInt64(18);
    if (!st.isNull(19)) {
        m.revenue = core::Money(st.int64(19), currency);
    }
    m.brandMentions = st.optionalInt64(20);
    return c;
}

void bindFields(Statement& st, const ContentItem& c)
{
    st.bind(1, c.campaignId).bind(2, c.influencerId);
    bindEnum(st, 3, c.platform);
    bindEnum(st, 4, c.type);
    st.bind(5, c.title);
    bindDate(st, 6, c.plannedDate);
    bindDate(st, 7, c.publishedDate);
    st.bind(8, c.url);
    bindEnum(st, 9, c.approval);
    const auto& m = c.metrics;
    st.bind(10, m.impressions).bind(11, m.reach).bind(12, m.likes).bind(13, m.comments);
    st.bind(14, m.shares).bind(15, m.saves).bind(16, m.clicks).bind(17, m.conversions);
    if (m.revenue) {
        st.bind(18, m.revenue->minorUnits());
    } else {
        st.bindNull(18);
    }
    st.bind(19, m.brandMentions);
}

} // namespace

void ContentRepository::add(ContentItem& c)
{
    Transaction tx(m_db);
    auto& st = m_db.cached(
        "INSERT INTO content_item (campaign_id, influencer_id, platform, type, title, "
        "planned_date, published_date, url, approval, impressions, reach, likes, comments, "
        "shares, saves, clicks, conversions, revenue_minor, brand_mentions) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const StatementReset resetSt(st);
    bindFields(st, c);
    st.run();
    c.id = m_db.lastInsertRowId();
    c.version = 1;
    tx.commit();
}

void ContentRepository::restore(const ContentItem& c)
{
    if (c.id <= 0) {
        throw StorageError(StorageError::Kind::Constraint,
                           "A content item can only be restored under its own id.");
    }
    Transaction tx(m_db);
    auto& st = m_db.cached(
        "INSERT INTO content_item (campaign_id, influencer_id, platform, type, title, "
        "planned_date, published_date, url, approval, impressions, reach, likes, comments, "
        "shares, saves, clicks, conversions, revenue_minor, brand_mentions, id, row_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const StatementReset resetSt(st);
    bindFields(st, c);
    // A row never read from the file (version 0) starts at 1 like any new row.
    st.bind(20, c.id).bind(21, std::max<core::RowVersion>(c.version, 1));
    st.run();
    tx.commit();
}

void ContentRepository::update(ContentItem& c)
{
    Transaction tx(m_db);
    auto& st = m_db.cached(
        "UPDATE content_item SET campaign_id = ?, influencer_id = ?, platform = ?, type = ?, "
        "title = ?, planned_date = ?, published_date = ?, url = ?, approval = ?, "
        "impressions = ?, reach = ?, likes = ?, comments = ?, shares = ?, saves = ?, "
        "clicks = ?, conversions = ?, revenue_minor = ?, brand_mentions = ?, "
        "row_version = row_version + 1 WHERE id = ? AND row_version = ?");
    const StatementReset resetSt(st);
    bindFields(st, c);
    st.bind(20, c.id).bind(21, c.version);
    st.run();
    requireUpdated(m_db, "content_item", c.id);
    tx.commit();
    ++c.version;
}

void ContentRepository::remove(core::Id id)
{
    Transaction tx(m_db);
    m_db.cached("DELETE FROM content_item WHERE id = ?").bind(1, id).run();
    tx.commit();
}

std::optional<ContentItem> ContentRepository::get(core::Id id)
{
    auto& st = m_db.cached(std::string("SELECT ") + kColumns + " FROM content_item WHERE id = ?");
    const StatementReset resetSt(st);
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return readItem(st, campaignCurrency(m_db, st.int64(2)));
}

std::vector<ContentItem> ContentRepository::listByCampaign(core::Id campaignId)
{
    const auto currency = campaignCurrency(m_db, campaignId);
    std::vector<ContentItem> out;
    auto& st = m_db.cached(std::string("SELECT ") + kColumns +
                           " FROM content_item WHERE campaign_id = ? ORDER BY id");
    const StatementReset resetSt(st);
    st.bind(1, campaignId);
    while (st.step()) {
        out.push_back(readItem(st, currency));
    }
    return out;
}

std::int64_t ContentRepository::countByCampaign(core::Id campaignId)
{
    auto& st = m_db.cached("SELECT count(*) FROM content_item WHERE campaign_id = ?");
    const StatementReset resetSt(st);
    st.bind(1, campaignId);
    st.step();
    return st.int64(0);
}

} // namespace cd::storage
