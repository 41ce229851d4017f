#include "BriefRepository.h"

#include "SqlHelpers.h"

namespace cd::storage {

using core::CampaignBrief;

namespace {

constexpr const char* kSelect =
    "SELECT row_version, overview, product_names, disclosures, key_messages, dos, donts, "
    "posting_practice FROM campaign_brief WHERE campaign_id = ?";

void bindParts(Statement& st, const CampaignBrief& b)
{
    st.bind(1, b.overview).bind(2, b.productNames).bind(3, b.disclosures).bind(4, b.keyMessages);
    st.bind(5, b.dos).bind(6, b.donts).bind(7, b.postingPractice);
}

} // namespace

CampaignBrief BriefRepository::get(core::Id campaignId)
{
    // Throws Missing for an unknown campaign, so that a typo is not read as an empty brief.
    detail::campaignCurrency(m_db, campaignId);
    CampaignBrief b;
    b.campaignId = campaignId;
    auto& st = m_db.cached(kSelect);
    const StatementReset resetSt(st);
    st.bind(1, campaignId);
    if (st.step()) {
        b.version = st.int64(0);
        b.overview = st.text(1);
        b.productNames = st.text(2);
        b.disclosures = st.text(3);
        b.keyMessages = st.text(4);
        b.dos = st.text(5);
        b.donts = st.text(6);
        b.postingPractice = st.text(7);
    }
    return b;
}

void BriefRepository::save(CampaignBrief& b)
{
    Transaction tx(m_db);
    detail::campaignCurrency(m_db, b.campaignId);
    if (b.version == 0) {
        auto& st = m_db.cached("INSERT INTO campaign_brief (overview, product_names, disclosures, "
                               "key_messages, dos, donts, posting_practice, campaign_id) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
        const StatementReset resetSt(st);
        bindParts(st, b);
        st.bind(8, b.campaignId);
        st.run();
        if (m_db.changes() != 1) {
            throw StorageError(StorageError::Kind::Conflict,
                               "The brief was changed elsewhere since it was read; reload and "
                               "try again.");
        }
        b.version = 1;
    } else {
        auto& st = m_db.cached("UPDATE campaign_brief SET overview = ?, product_names = ?, "
                               "disclosures = ?, key_messages = ?, dos = ?, donts = ?, "
                               "posting_practice = ?, row_version = row_version + 1 "
                               "WHERE campaign_id = ? AND row_version = ?");
        const StatementReset resetSt(st);
        bindParts(st, b);
        st.bind(8, b.campaignId).bind(9, b.version);
        st.run();
        if (m_db.changes() != 1) {
            throw StorageError(StorageError::Kind::Conflict,
                               "The brief was changed elsewhere since it was read; reload and "
                               "try again.");
        }
        ++b.version;
    }
    tx.commit();
}

} // namespace cd::storage
