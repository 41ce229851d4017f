#include "ContentAggregates.h"

#include "SqlHelpers.h"

namespace cd::storage {

using namespace detail;

core::ContentAggregate ContentAggregates::ofCampaign(core::Id campaignId, const ContentRange& range)
{
    // Only the columns the KPIs use; the index on campaign_id finds the rows.
    auto st = m_db.prepare(
        "SELECT influencer_id, platform, published_date, approval = ?2, impressions, reach, "
        "likes, comments, shares, saves, clicks, conversions, revenue_minor, brand_mentions "
        "FROM content_item WHERE campaign_id = ?1 "
        "AND (?3 IS NULL OR coalesce(published_date, planned_date) >= ?3) "
        "AND (?4 IS NULL OR coalesce(published_date, planned_date) <= ?4)");
    st.bind(1, campaignId);
    bindDate(st, 3, range.from);
    bindDate(st, 4, range.to);
    st.bind(2, core::toKey(core::ApprovalStatus::Published));
    core::ContentAccumulator accumulator;
    core::ContentFigures f;
    while (st.step()) {
        f.influencerId = st.optionalInt64(0);
        f.platform = readEnum(st, 1, core::Platform::Other);
        f.publishedDate = readDate(st, 2);
        f.published = f.publishedDate.has_value() || st.int64(3) != 0; // as core::isPublished
        f.impressions = st.optionalInt64(4);
        f.reach = st.optionalInt64(5);
        f.likes = st.optionalInt64(6);
        f.comments = st.optionalInt64(7);
        f.shares = st.optionalInt64(8);
        f.saves = st.optionalInt64(9);
        f.clicks = st.optionalInt64(10);
        f.conversions = st.optionalInt64(11);
        f.revenueMinor = st.optionalInt64(12);
        f.brandMentions = st.optionalInt64(13);
        accumulator.add(f);
    }
    return accumulator.result();
}

} // namespace cd::storage
