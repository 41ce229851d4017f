#pragma once

#include "Content.h"
#include "Date.h"
#include "Enums.h"
#include "Ids.h"

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <vector>

namespace cd::core {

// The KPI engine works on sums, never on content items, so that the same maths serves a
// vector of items (tests, small campaigns) and the rows a million-item workbook streams out of
// SQLite (storage/ContentAggregates). Every rule about unknown metrics lives in how these sums
// are filled (ContentAccumulator); see docs/kpi-definitions.md.

// A total over the items that report the figure. Unknown while no item reports it.
struct KnownSum {
    std::int64_t total = 0;
    std::int64_t items = 0; // items that reported a value

    std::optional<std::int64_t> value() const
    {
        return items > 0 ? std::optional<std::int64_t>(total) : std::nullopt;
    }
    bool operator==(const KnownSum&) const = default;
};

// The two sides of a rate, summed over the SAME items: those that report both figures.
struct PairedSum {
    std::int64_t numerator = 0;
    std::int64_t denominator = 0;
    std::int64_t items = 0;

    // numerator / denominator; unknown when no item reports both or the denominator is zero.
    std::optional<double> ratio() const
    {
        if (items == 0 || denominator == 0) {
            return std::nullopt;
        }
        return static_cast<double>(numerator) / static_cast<double>(denominator);
    }
    bool operator==(const PairedSum&) const = default;
};

// The content of one campaign, summed.
struct ContentSums {
    KnownSum impressions;
    KnownSum reach;
    KnownSum engagements; // an item's engagements are known when any of its four parts is
    KnownSum clicks;
    KnownSum conversions;
    KnownSum revenueMinor; // in the campaign's currency
    KnownSum brandMentions;
    PairedSum engagementsByReach;
    PairedSum engagementsByImpressions;
    PairedSum clicksByImpressions;
    PairedSum conversionsByClicks;
    std::int64_t postsPublished = 0; // a published date, or approved as published
    std::int64_t postsPlanned = 0;   // every item of the content plan

    bool operator==(const ContentSums&) const = default;
};

// The content of one influencer on one platform. Brand-account items (no influencer) have none.
struct AuthorSums {
    Id influencerId = 0;
    Platform platform = Platform::Other;
    std::int64_t postsPublished = 0;
    KnownSum engagements;
    KnownSum reach;

    bool operator==(const AuthorSums&) const = default;
};

// Engagements and reach of the items published on one day (or, once bucketed, in one week).
struct PeriodSums {
    Date start;
    std::int64_t engagements = 0; // of the items reporting them
    std::int64_t reach = 0;

    bool operator==(const PeriodSums&) const = default;
};

// What the KPIs need of one content item: its figures without title, URL or currency, so that
// storage can stream a million rows through the same rules without building ContentItems.
struct ContentFigures {
    std::optional<Id> influencerId;
    Platform platform = Platform::Other;
    OptionalDate publishedDate;
    bool published = false; // a published date, or approved as published
    std::optional<std::int64_t> impressions;
    std::optional<std::int64_t> reach;
    std::optional<std::int64_t> likes;
    std::optional<std::int64_t> comments;
    std::optional<std::int64_t> shares;
    std::optional<std::int64_t> saves;
    std::optional<std::int64_t> clicks;
    std::optional<std::int64_t> conversions;
    std::optional<std::int64_t> revenueMinor;
    std::optional<std::int64_t> brandMentions;
};

// Every sum of a campaign's content: totals, per author (influencer and platform, ordered by
// influencer id then platform) and per published day (in order).
struct ContentAggregate {
    ContentSums totals;
    std::vector<AuthorSums> authors;
    std::vector<PeriodSums> days;
};

// The one place where the rules about unknown figures are applied: both the in-memory path and
// the storage path feed items through it.
class ContentAccumulator {
public:
    void add(const ContentFigures& item);
    void add(const ContentItem& item);
    ContentAggregate result() const;

private:
    ContentSums m_totals;
    std::map<std::pair<Id, Platform>, AuthorSums> m_authors;
    std::map<Date, PeriodSums> m_days;
};

ContentFigures figuresOf(const ContentItem& item);
// An item's engagements: the sum of the parts it reports, unknown when it reports none.
std::optional<std::int64_t> knownEngagements(const ContentMetrics& metrics);
bool isPublished(const ContentItem& item);

// The in-memory path: the same sums the storage path computes.
ContentAggregate aggregateContent(std::span<const ContentItem> items);
ContentSums sumContent(std::span<const ContentItem> items);
std::vector<AuthorSums> sumByAuthor(std::span<const ContentItem> items);
std::vector<PeriodSums> sumByDay(std::span<const ContentItem> items);

// Days bucketed into ISO weeks (each starting on a Monday), with empty weeks filled in between
// the first and the last, in order.
std::vector<PeriodSums> weeklySums(std::span<const PeriodSums> days);

// Influencers ranked by engagements over all their platforms (then by reach, then id).
struct InfluencerTotals {
    Id influencerId = 0;
    std::int64_t postsPublished = 0;
    KnownSum engagements;
    KnownSum reach;
};
std::vector<InfluencerTotals> rankInfluencers(std::span<const AuthorSums> authors);

} // namespace cd::core
