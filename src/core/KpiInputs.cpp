#include "KpiInputs.h"

#include <algorithm>
#include <tuple>

namespace cd::core {

namespace {

void add(KnownSum& sum, const std::optional<std::int64_t>& value)
{
    if (value) {
        sum.total += *value;
        ++sum.items;
    }
}

// Both sides of a rate come from the same items: an item counts only if it reports both.
void add(PairedSum& sum, const std::optional<std::int64_t>& numerator,
         const std::optional<std::int64_t>& denominator)
{
    if (numerator && denominator) {
        sum.numerator += *numerator;
        sum.denominator += *denominator;
        ++sum.items;
    }
}

void add(KnownSum& into, const KnownSum& from)
{
    into.total += from.total;
    into.items += from.items;
}

std::optional<std::int64_t> engagementsOf(const ContentFigures& f)
{
    if (!f.likes && !f.comments && !f.shares && !f.saves) {
        return std::nullopt;
    }
    return f.likes.value_or(0) + f.comments.value_or(0) + f.shares.value_or(0) +
           f.saves.value_or(0);
}

template <class Map> auto valuesOf(const Map& map)
{
    std::vector<typename Map::mapped_type> out;
    out.reserve(map.size());
    for (const auto& [key, value] : map) {
        out.push_back(value);
    }
    return out;
}

} // namespace

void ContentAccumulator::add(const ContentFigures& f)
{
    const auto engagements = engagementsOf(f);
    ContentSums& s = m_totals;
    core::add(s.impressions, f.impressions);
    core::add(s.reach, f.reach);
    core::add(s.engagements, engagements);
    core::add(s.clicks, f.clicks);
    core::add(s.conversions, f.conversions);
    core::add(s.revenueMinor, f.revenueMinor);
    core::add(s.brandMentions, f.brandMentions);
    core::add(s.engagementsByReach, engagements, f.reach);
    core::add(s.engagementsByImpressions, engagements, f.impressions);
    core::add(s.clicksByImpressions, f.clicks, f.impressions);
    core::add(s.conversionsByClicks, f.conversions, f.clicks);
    ++s.postsPlanned;
    if (f.published) {
        ++s.postsPublished;
    }
    if (f.influencerId) {
        auto& a = m_authors[{*f.influencerId, f.platform}];
        a.influencerId = *f.influencerId;
        a.platform = f.platform;
        a.postsPublished += f.published ? 1 : 0;
        core::add(a.engagements, engagements);
        core::add(a.reach, f.reach);
    }
    if (f.publishedDate) {
        auto& d = m_days[*f.publishedDate];
        d.start = *f.publishedDate;
        d.engagements += engagements.value_or(0);
        d.reach += f.reach.value_or(0);
    }
}

void ContentAccumulator::add(const ContentItem& item)
{
    add(figuresOf(item));
}

ContentAggregate ContentAccumulator::result() const
{
    return {m_totals, valuesOf(m_authors), valuesOf(m_days)};
}

ContentFigures figuresOf(const ContentItem& item)
{
    const auto& m = item.metrics;
    ContentFigures f;
    f.influencerId = item.influencerId;
    f.platform = item.platform;
    f.publishedDate = item.publishedDate;
    f.published = isPublished(item);
    f.impressions = m.impressions;
    f.reach = m.reach;
    f.likes = m.likes;
    f.comments = m.comments;
    f.shares = m.shares;
    f.saves = m.saves;
    f.clicks = m.clicks;
    f.conversions = m.conversions;
    if (m.revenue) {
        f.revenueMinor = m.revenue->minorUnits();
    }
    f.brandMentions = m.brandMentions;
    return f;
}

std::optional<std::int64_t> knownEngagements(const ContentMetrics& m)
{
    ContentFigures f;
    f.likes = m.likes;
    f.comments = m.comments;
    f.shares = m.shares;
    f.saves = m.saves;
    return engagementsOf(f);
}

bool isPublished(const ContentItem& item)
{
    return item.publishedDate.has_value() || item.approval == ApprovalStatus::Published;
}

ContentAggregate aggregateContent(std::span<const ContentItem> items)
{
    ContentAccumulator accumulator;
    for (const auto& item : items) {
        accumulator.add(item);
    }
    return accumulator.result();
}

ContentSums sumContent(std::span<const ContentItem> items)
{
    return aggregateContent(items).totals;
}

std::vector<AuthorSums> sumByAuthor(std::span<const ContentItem> items)
{
    return aggregateContent(items).authors;
}

std::vector<PeriodSums> sumByDay(std::span<const ContentItem> items)
{
    return aggregateContent(items).days;
}

std::vector<PeriodSums> weeklySums(std::span<const PeriodSums> days)
{
    std::map<Date, PeriodSums> byWeek;
    for (const auto& d : days) {
        const Date monday = d.start.addDays(-static_cast<std::int32_t>(d.start.isoWeekday() - 1));
        auto& w = byWeek[monday];
        w.start = monday;
        w.engagements += d.engagements;
        w.reach += d.reach;
    }
    std::vector<PeriodSums> out;
    if (byWeek.empty()) {
        return out;
    }
    const Date last = byWeek.rbegin()->first;
    for (Date w = byWeek.begin()->first; w <= last; w = w.addDays(7)) {
        const auto it = byWeek.find(w);
        out.push_back(it != byWeek.end() ? it->second : PeriodSums{w, 0, 0});
    }
    return out;
}

std::vector<InfluencerTotals> rankInfluencers(std::span<const AuthorSums> authors)
{
    std::map<Id, InfluencerTotals> byInfluencer;
    for (const auto& a : authors) {
        auto& t = byInfluencer[a.influencerId];
        t.influencerId = a.influencerId;
        t.postsPublished += a.postsPublished;
        add(t.engagements, a.engagements);
        add(t.reach, a.reach);
    }
    auto out = valuesOf(byInfluencer);
    std::sort(out.begin(), out.end(), [](const InfluencerTotals& a, const InfluencerTotals& b) {
        return std::tuple(-a.engagements.total, -a.reach.total, a.influencerId) <
               std::tuple(-b.engagements.total, -b.reach.total, b.influencerId);
    });
    return out;
}

} // namespace cd::core
