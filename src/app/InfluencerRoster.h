#pragma once

#include <QCollatorSortKey>
#include <QString>
#include <Qt>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "RosterColumns.h"
#include "RosterFilter.h"
#include "core/Influencer.h"

#include <array>
#include <cstdint>
#include <map>
#include <unordered_map>
#include <vector>

namespace cd::storage {
class Database;
}

namespace cd::app {

// One person of the roster with what the tracker sorts and filters on, worked out once.
struct RosterRow {
    core::Influencer influencer;
    std::vector<core::Id> campaigns; // the campaigns they are a member of
    std::int64_t followers = 0;      // all accounts together
    // Followers per platform; -1: no account there.
    std::array<std::int64_t, roster::kPlatformCount> platformFollowers{};
    std::uint32_t platforms = 0; // bit i: an account on platform i

    bool hasPlatform(core::Platform p) const
    {
        return (platforms >> roster::platformIndex(p)) & 1U;
    }
};

RosterRow makeRosterRow(core::Influencer influencer, std::vector<core::Id> campaigns);
// What the search box looks in: the folded name, handles, e-mail and notes.
std::string searchTextOf(const core::Influencer& influencer);

// The whole roster in memory, kept fast at 100,000 people (no QSortFilterProxyModel): the rows
// in a vector, an index vector sorted on raw keys (numbers as numbers, text by locale-aware
// collation, missing values last), and the filtered list of row indices in that order.
class InfluencerRoster final {
public:
    InfluencerRoster();

    // Reads every influencer, membership and campaign name in one read transaction.
    void load(storage::Database& db);
    void clear();
    // Re-reads these influencers (adding, replacing or dropping their rows), then sorts and
    // filters again.
    void refresh(storage::Database& db, const std::vector<core::Id>& ids);

    std::size_t size() const { return m_rows.size(); }
    const RosterRow& row(std::size_t index) const { return m_rows[index]; }
    std::optional<std::size_t> indexOf(core::Id id) const;

    // The rows shown, as indices into row(), in display order.
    const std::vector<std::uint32_t>& visible() const { return m_visible; }

    void sort(int column, Qt::SortOrder order);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setFilter(RosterFilter filter);
    const RosterFilter& filter() const { return m_filter; }

    QString campaignName(core::Id id) const;
    // "Spring Launch, Summer Drop"
    QString campaignsText(const RosterRow& row) const;
    const std::map<core::Id, QString>& campaigns() const { return m_campaignNames; }
    // Distinct values present in the roster, in collation order, for the facet lists.
    const std::vector<std::string>& countries() const { return m_countries; }
    const std::vector<std::string>& niches() const { return m_niches; }

private:
    void rebuildIndex();
    void applySort();
    void applyFilter();
    bool matches(std::size_t index, const std::vector<std::string>& words) const;
    void setSearchText(std::size_t index);
    const std::vector<double>& keysFor(int column);
    std::vector<double> textRanks(int column) const;
    std::vector<double> nameRanks() const;
    std::vector<double> numericKeys(int column) const;
    void collectFacets();

    std::vector<RosterRow> m_rows;
    // The collation key of each row's name, kept across edits: working out 100,000 of them again
    // after every edit would cost more than the sort.
    std::vector<QCollatorSortKey> m_nameKeys;
    // The search text of every row in one buffer (row i at m_searchAt[i]), so that a keystroke
    // scans memory in order instead of chasing 100,000 separate strings. An edited row's new
    // text is appended; the old one stays unused until the next load.
    std::string m_search;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_searchAt;
    std::unordered_map<core::Id, std::uint32_t> m_indexOfId;
    std::map<core::Id, QString> m_campaignNames;
    std::array<std::vector<double>, roster::ColumnCount> m_keys; // empty: not worked out yet
    std::vector<std::uint32_t> m_order;
    std::vector<std::uint32_t> m_visible;
    int m_sortColumn = roster::Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    RosterFilter m_filter;
    std::vector<std::string> m_countries;
    std::vector<std::string> m_niches;
};

// The text a column shows for a row (used for display and for collation).
QString rosterText(const InfluencerRoster& roster, const RosterRow& row, int column);

} // namespace cd::app
