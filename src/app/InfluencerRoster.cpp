#include "InfluencerRoster.h"

#include "Format.h"
#include "RosterLocale.h"

#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/InfluencerRepository.h"

#include <QCollator>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <numeric>
#include <set>
#include <thread>

namespace cd::app {

using namespace roster;

namespace {

std::vector<std::string> collated(std::set<std::string> values);

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

void appendFolded(std::string& into, std::string_view text)
{
    if (!text.empty()) {
        into += foldForSearch(text);
        into += '\n';
    }
}

double mainEngagement(const core::Influencer& influencer)
{
    const core::Handle* main = influencer.mainHandle();
    return main && main->engagementRate ? *main->engagementRate : kMissing;
}

} // namespace

RosterRow makeRosterRow(core::Influencer influencer, std::vector<core::Id> campaigns)
{
    RosterRow row;
    row.platformFollowers.fill(-1);
    for (const auto& h : influencer.handles) {
        const int p = platformIndex(h.platform);
        auto& count = row.platformFollowers[static_cast<std::size_t>(p)];
        count = std::max<std::int64_t>(count, 0) + h.followers.value_or(0);
        row.platforms |= 1U << p;
        row.followers += h.followers.value_or(0);
    }
    row.influencer = std::move(influencer);
    row.campaigns = std::move(campaigns);
    return row;
}

std::string searchTextOf(const core::Influencer& influencer)
{
    std::string text;
    appendFolded(text, influencer.name);
    for (const auto& h : influencer.handles) {
        appendFolded(text, h.handle);
    }
    appendFolded(text, influencer.email);
    appendFolded(text, influencer.notes);
    return text;
}

InfluencerRoster::InfluencerRoster() = default;

void InfluencerRoster::setSearchText(std::size_t index)
{
    const std::string text = searchTextOf(m_rows[index].influencer);
    m_searchAt[index] = {static_cast<std::uint32_t>(m_search.size()),
                         static_cast<std::uint32_t>(text.size())};
    m_search += text;
}

void InfluencerRoster::load(storage::Database& db)
{
    // The old roster goes first: at 100,000 people two copies would double the peak memory.
    clear();
    std::unordered_map<core::Id, std::vector<core::Id>> memberships;
    std::map<core::Id, QString> names;
    std::vector<core::Influencer> influencers;
    {
        // One read transaction: the roster, the campaigns and the memberships agree.
        storage::Transaction tx(db, storage::Transaction::Mode::Read);
        influencers = storage::InfluencerRepository(db).list();
        storage::InfluencerRepository members(db);
        for (const auto& campaign : storage::CampaignRepository(db).list()) {
            names.emplace(campaign.id, QString::fromStdString(campaign.name));
            for (const auto& m : members.membersOfCampaign(campaign.id)) {
                memberships[m.influencerId].push_back(campaign.id);
            }
        }
        tx.commit();
    }
    std::vector<RosterRow> rows;
    rows.reserve(influencers.size());
    for (auto& influencer : influencers) {
        auto it = memberships.find(influencer.id);
        rows.push_back(makeRosterRow(std::move(influencer), it != memberships.end()
                                                                ? std::move(it->second)
                                                                : std::vector<core::Id>{}));
    }
    m_rows = std::move(rows);
    m_campaignNames = std::move(names);
    m_nameKeys.reserve(m_rows.size());
    m_searchAt.resize(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        m_nameKeys.push_back(
            rosterCollator().sortKey(QString::fromStdString(m_rows[i].influencer.name)));
        setSearchText(i);
    }
    rebuildIndex();
}

void InfluencerRoster::clear()
{
    std::vector<RosterRow>().swap(m_rows); // clear() would keep the capacity
    std::vector<QCollatorSortKey>().swap(m_nameKeys);
    std::string().swap(m_search);
    m_searchAt.clear();
    m_campaignNames.clear();
    rebuildIndex();
}

void InfluencerRoster::refresh(storage::Database& db, const std::vector<core::Id>& ids)
{
    std::set<core::Id> gone;
    {
        storage::Transaction tx(db, storage::Transaction::Mode::Read);
        storage::InfluencerRepository repo(db);
        for (core::Id id : ids) {
            auto influencer = repo.get(id);
            const auto index = indexOf(id);
            if (!influencer) {
                gone.insert(id);
                continue;
            }
            std::vector<core::Id> campaigns;
            for (const auto& m : repo.campaignsOf(id)) {
                campaigns.push_back(m.campaignId);
            }
            RosterRow row = makeRosterRow(std::move(*influencer), std::move(campaigns));
            QCollatorSortKey key =
                rosterCollator().sortKey(QString::fromStdString(row.influencer.name));
            if (index) {
                m_rows[*index] = std::move(row);
                m_nameKeys[*index] = std::move(key);
                setSearchText(*index);
            } else {
                m_indexOfId.emplace(id, static_cast<std::uint32_t>(m_rows.size()));
                m_rows.push_back(std::move(row));
                m_nameKeys.push_back(std::move(key));
                m_searchAt.emplace_back();
                setSearchText(m_rows.size() - 1);
            }
        }
        tx.commit();
    }
    if (!gone.empty()) {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            if (!gone.contains(m_rows[i].influencer.id)) {
                m_rows[kept] = std::move(m_rows[i]);
                m_nameKeys[kept] = std::move(m_nameKeys[i]);
                m_searchAt[kept] = m_searchAt[i];
                ++kept;
            }
        }
        m_rows.erase(m_rows.begin() + static_cast<std::ptrdiff_t>(kept), m_rows.end());
        m_nameKeys.erase(m_nameKeys.begin() + static_cast<std::ptrdiff_t>(kept), m_nameKeys.end());
        m_searchAt.resize(kept);
    }
    rebuildIndex();
}

std::optional<std::size_t> InfluencerRoster::indexOf(core::Id id) const
{
    const auto it = m_indexOfId.find(id);
    return it == m_indexOfId.end() ? std::nullopt : std::optional<std::size_t>(it->second);
}

void InfluencerRoster::rebuildIndex()
{
    m_indexOfId.clear();
    m_indexOfId.reserve(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        m_indexOfId.emplace(m_rows[i].influencer.id, static_cast<std::uint32_t>(i));
    }
    for (auto& keys : m_keys) {
        keys.clear();
    }
    collectFacets();
    applySort();
    applyFilter();
}

void InfluencerRoster::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        column = Name;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    applyFilter();
}

void InfluencerRoster::applySort()
{
    m_order.resize(m_rows.size());
    std::iota(m_order.begin(), m_order.end(), 0U);
    const std::vector<double>& keys = keysFor(m_sortColumn);
    const std::vector<double>& names = keysFor(Name);
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::sort(m_order.begin(), m_order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const double ka = keys[a];
        const double kb = keys[b];
        const bool missingA = std::isnan(ka);
        const bool missingB = std::isnan(kb);
        // Missing values go last whichever way the column is sorted.
        if (missingA != missingB) {
            return missingB;
        }
        if (!missingA && ka != kb) {
            return descending ? ka > kb : ka < kb;
        }
        if (names[a] != names[b]) {
            return names[a] < names[b];
        }
        return a < b;
    });
}

void InfluencerRoster::setFilter(RosterFilter filter)
{
    m_filter = std::move(filter);
    applyFilter();
}

void InfluencerRoster::applyFilter()
{
    if (m_filter.isEmpty()) {
        m_visible = m_order;
        return;
    }
    const std::vector<std::string> words = searchWords(m_filter.text);
    // Rows in storage order (memory in order), then the matches in display order.
    std::vector<char> match(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        match[i] = matches(i, words) ? 1 : 0;
    }
    m_visible.clear();
    m_visible.reserve(m_order.size());
    for (std::uint32_t index : m_order) {
        if (match[index]) {
            m_visible.push_back(index);
        }
    }
}

bool InfluencerRoster::matches(std::size_t index, const std::vector<std::string>& words) const
{
    const RosterRow& row = m_rows[index];
    const RosterFilter& f = m_filter;
    const core::Influencer& i = row.influencer;
    if (f.status && i.status != *f.status) {
        return false;
    }
    if (f.platform && !row.hasPlatform(*f.platform)) {
        return false;
    }
    if (f.tier != FollowerTier::Any) {
        const std::int64_t followers =
            f.platform ? row.platformFollowers[static_cast<std::size_t>(platformIndex(*f.platform))]
                       : row.followers;
        if (!inTier(std::max<std::int64_t>(followers, 0), f.tier)) {
            return false;
        }
    }
    if (!f.country.empty() && i.country != f.country) {
        return false;
    }
    if (!f.niche.empty() &&
        std::find(i.niches.begin(), i.niches.end(), f.niche) == i.niches.end()) {
        return false;
    }
    if (f.onlyIds && !f.onlyIds->contains(i.id)) {
        return false;
    }
    if (f.campaignId != 0 && std::find(row.campaigns.begin(), row.campaigns.end(), f.campaignId) ==
                                 row.campaigns.end()) {
        return false;
    }
    const auto [start, length] = m_searchAt[index];
    const std::string_view text(m_search.data() + start, length);
    return std::all_of(words.begin(), words.end(), [&](const std::string& w) {
        return text.find(w) != std::string_view::npos;
    });
}

const std::vector<double>& InfluencerRoster::keysFor(int column)
{
    auto& keys = m_keys[static_cast<std::size_t>(column)];
    if (keys.size() != m_rows.size()) {
        keys = numericKeys(column);
        if (keys.empty()) {
            keys = column == Name ? nameRanks() : textRanks(column);
        }
    }
    return keys;
}

std::vector<double> InfluencerRoster::numericKeys(int column) const
{
    std::vector<double> keys;
    keys.reserve(m_rows.size());
    const auto platform = platformOfColumn(column);
    for (const RosterRow& row : m_rows) {
        const core::Influencer& i = row.influencer;
        if (platform) {
            const auto n =
                row.platformFollowers[static_cast<std::size_t>(platformIndex(*platform))];
            keys.push_back(n < 0 ? kMissing : static_cast<double>(n));
            continue;
        }
        switch (column) {
        case Followers:
            keys.push_back(static_cast<double>(row.followers));
            break;
        case Engagement:
            keys.push_back(mainEngagement(i));
            break;
        case Status:
            keys.push_back(static_cast<double>(i.status));
            break;
        case Rate:
            keys.push_back(i.rate ? static_cast<double>(i.rate->minorUnits()) : kMissing);
            break;
        case LastContact:
            keys.push_back(i.lastContact ? static_cast<double>(i.lastContact->daysSinceEpoch())
                                         : kMissing);
            break;
        default:
            return {};
        }
    }
    return keys;
}

std::vector<double> InfluencerRoster::textRanks(int column) const
{
    // Collation is costly: each distinct text gets one sort key, and rows share the rank of
    // their text. Empty text counts as missing.
    QHash<QString, std::uint32_t> distinct;
    std::vector<std::uint32_t> textOfRow;
    textOfRow.reserve(m_rows.size());
    std::vector<QString> texts;
    for (const RosterRow& row : m_rows) {
        const QString text = rosterText(*this, row, column);
        auto it = distinct.find(text);
        if (it == distinct.end()) {
            it = distinct.insert(text, static_cast<std::uint32_t>(texts.size()));
            texts.push_back(text);
        }
        textOfRow.push_back(*it);
    }
    // Sort keys are the costly part (100,000 handles): the second half is made on another thread
    // with a collator of its own.
    const std::size_t half = texts.size() / 2;
    std::vector<QCollatorSortKey> secondHalf;
    std::thread worker([&texts, &secondHalf, half] {
        const QCollator collator = makeRosterCollator();
        secondHalf.reserve(texts.size() - half);
        for (std::size_t i = half; i < texts.size(); ++i) {
            secondHalf.push_back(collator.sortKey(texts[i]));
        }
    });
    std::vector<QCollatorSortKey> sortKeys;
    sortKeys.reserve(texts.size());
    {
        const QCollator& collator = rosterCollator();
        for (std::size_t i = 0; i < half; ++i) {
            sortKeys.push_back(collator.sortKey(texts[i]));
        }
    }
    worker.join();
    std::move(secondHalf.begin(), secondHalf.end(), std::back_inserter(sortKeys));
    std::vector<std::uint32_t> byKey(texts.size());
    std::iota(byKey.begin(), byKey.end(), 0U);
    std::sort(byKey.begin(), byKey.end(), [&](std::uint32_t a, std::uint32_t b) {
        const int c = sortKeys[a].compare(sortKeys[b]);
        return c != 0 ? c < 0 : texts[a] < texts[b];
    });
    std::vector<double> rankOfText(texts.size());
    for (std::size_t r = 0; r < byKey.size(); ++r) {
        rankOfText[byKey[r]] = texts[byKey[r]].isEmpty() ? kMissing : static_cast<double>(r);
    }
    std::vector<double> keys;
    keys.reserve(m_rows.size());
    for (std::uint32_t t : textOfRow) {
        keys.push_back(rankOfText[t]);
    }
    return keys;
}

std::vector<double> InfluencerRoster::nameRanks() const
{
    std::vector<std::uint32_t> byKey(m_rows.size());
    std::iota(byKey.begin(), byKey.end(), 0U);
    std::sort(byKey.begin(), byKey.end(), [&](std::uint32_t a, std::uint32_t b) {
        const int c = m_nameKeys[a].compare(m_nameKeys[b]);
        return c != 0 ? c < 0 : a < b;
    });
    std::vector<double> keys(m_rows.size());
    double rank = 0;
    for (std::size_t r = 0; r < byKey.size(); ++r) {
        // Names the collator finds equal share a rank, so the next sort key can decide.
        if (r > 0 && m_nameKeys[byKey[r]].compare(m_nameKeys[byKey[r - 1]]) != 0) {
            ++rank;
        }
        keys[byKey[r]] = m_rows[byKey[r]].influencer.name.empty() ? kMissing : rank;
    }
    return keys;
}

QString InfluencerRoster::campaignName(core::Id id) const
{
    const auto it = m_campaignNames.find(id);
    return it == m_campaignNames.end() ? QString() : it->second;
}

QString InfluencerRoster::campaignsText(const RosterRow& row) const
{
    QStringList names;
    for (core::Id id : row.campaigns) {
        names << campaignName(id);
    }
    return names.join(QStringLiteral(", "));
}

namespace {

std::vector<std::string> collated(std::set<std::string> values)
{
    std::vector<std::string> out(values.begin(), values.end());
    const QCollator& collator = rosterCollator();
    std::sort(out.begin(), out.end(), [&](const std::string& a, const std::string& b) {
        return collator.compare(QString::fromStdString(a), QString::fromStdString(b)) < 0;
    });
    return out;
}

} // namespace

void InfluencerRoster::collectFacets()
{
    std::set<std::string> countries;
    std::set<std::string> niches;
    for (const RosterRow& row : m_rows) {
        countries.insert(row.influencer.country);
        niches.insert(row.influencer.niches.begin(), row.influencer.niches.end());
    }
    countries.erase(std::string());
    niches.erase(std::string());
    m_countries = collated(std::move(countries));
    m_niches = collated(std::move(niches));
}

QString rosterText(const InfluencerRoster& roster, const RosterRow& row, int column)
{
    const core::Influencer& i = row.influencer;
    const core::Handle* main = i.mainHandle();
    switch (column) {
    case Name:
        return QString::fromStdString(i.name);
    case MainPlatform:
        return main ? enumLabel(main->platform) : QString();
    case Handle:
        return main ? QLatin1Char('@') + QString::fromStdString(main->handle) : QString();
    case Niches: {
        QStringList niches;
        for (const auto& n : i.niches) {
            niches << QString::fromStdString(n);
        }
        return niches.join(QStringLiteral(", "));
    }
    case Country:
        return QString::fromStdString(i.country);
    case Status:
        return enumLabel(i.status);
    case Contact:
        return i.contactRoute == core::ContactRoute::Agency && !i.agencyName.empty()
                   ? QString::fromStdString(i.agencyName)
                   : enumLabel(i.contactRoute);
    case Campaigns:
        return roster.campaignsText(row);
    case Email:
        return QString::fromStdString(i.email);
    case Phone:
        return QString::fromStdString(i.phone);
    case Notes:
        return QString::fromStdString(i.notes).section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

} // namespace cd::app
