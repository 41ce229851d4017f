#include "Kpi.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

namespace cd::core {

namespace {

using U = KpiUnit;
constexpr auto Up = KpiDirection::HigherIsBetter;
constexpr auto Down = KpiDirection::LowerIsBetter;

// The catalogue: docs/kpi-definitions.md explains each line.
constexpr std::array kDefinitions{
    KpiDefinition{"impressions", "Impressions", "", U::Count, Up, true},
    KpiDefinition{"reach", "Reach", "", U::Count, Up, true},
    KpiDefinition{"engagements", "Engagements", "", U::Count, Up, true},
    KpiDefinition{"engagement_rate_reach", "Engagement rate (by reach)", "reach", U::Fraction, Up,
                  false},
    KpiDefinition{"engagement_rate_impressions", "Engagement rate (by impressions)", "impressions",
                  U::Fraction, Up, false},
    KpiDefinition{"engagement_rate_followers", "Engagement rate (by followers)",
                  "followers of the publishing account, per post", U::Fraction, Up, false},
    KpiDefinition{"clicks", "Clicks", "", U::Count, Up, true},
    KpiDefinition{"ctr", "Click-through rate (CTR)", "impressions", U::Fraction, Up, false},
    KpiDefinition{"conversions", "Conversions", "", U::Count, Up, true},
    KpiDefinition{"conversion_rate", "Conversion rate", "clicks", U::Fraction, Up, false},
    KpiDefinition{"revenue", "Revenue", "", U::Money, Up, true},
    KpiDefinition{"brand_mentions", "Brand mentions", "", U::Count, Up, true},
    KpiDefinition{"posts_published", "Posts published", "", U::Count, Up, true},
    KpiDefinition{"posts_planned", "Posts planned", "", U::Count, Up, true},
    KpiDefinition{"spend", "Spend (paid)", "", U::Money, Down, false},
    KpiDefinition{"cpm", "CPM (cost per 1,000 impressions)", "impressions / 1,000", U::UnitCost,
                  Down, false},
    KpiDefinition{"cpe", "CPE (cost per engagement)", "engagements", U::UnitCost, Down, false},
    KpiDefinition{"cpc", "CPC (cost per click)", "clicks", U::UnitCost, Down, false},
    KpiDefinition{"cpa", "CPA (cost per conversion)", "conversions", U::UnitCost, Down, false},
    KpiDefinition{"roi", "ROI ((revenue − spend) / spend)", "spend", U::Ratio, Up, false},
    KpiDefinition{"roas", "ROAS (revenue / spend)", "spend", U::Ratio, Up, false},
    KpiDefinition{"wbs_complete", "WBS complete", "duration of the leaf tasks", U::Fraction, Up,
                  true},
    KpiDefinition{"tasks_late", "Tasks late", "", U::Count, Down, false},
    KpiDefinition{"expected_finish", "Expected finish (critical path)", "", U::Date, Down, false},
    KpiDefinition{"finish_vs_end_days", "Expected finish vs campaign end (days)", "", U::Days, Down,
                  false},
    KpiDefinition{"budget_used", "Budget used", "campaign budget", U::Fraction, Down, false},
};

std::optional<double> asDouble(const std::optional<std::int64_t>& v)
{
    return v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt;
}

// a / b, unknown when either side is unknown or b is zero: never 0 and never infinity.
std::optional<double> divide(const std::optional<double>& a, const std::optional<double>& b)
{
    if (!a || !b || *b == 0.0) {
        return std::nullopt;
    }
    return *a / *b;
}

double majorUnits(const Money& m)
{
    return static_cast<double>(m.minorUnits()) / std::pow(10.0, currencyDigits(m.currency()));
}

// The engagements of the items by influencers, and Σ (followers of the publishing account) over
// the same items: each item counts its account's followers once.
PairedSum engagementsByFollowers(std::span<const AuthorSums> authors,
                                 std::span<const Influencer> roster)
{
    std::unordered_map<Id, const Influencer*> byId;
    for (const auto& i : roster) {
        byId.emplace(i.id, &i);
    }
    PairedSum sum;
    for (const auto& a : authors) {
        const auto found = byId.find(a.influencerId);
        if (found == byId.end() || a.engagements.items == 0) {
            continue;
        }
        const Influencer* who = found->second;
        std::optional<std::int64_t> followers;
        const auto handle = std::find_if(who->handles.begin(), who->handles.end(),
                                         [&](const Handle& h) { return h.platform == a.platform; });
        if (handle != who->handles.end() && handle->followers) {
            followers = handle->followers;
        } else if (std::any_of(who->handles.begin(), who->handles.end(),
                               [](const Handle& h) { return h.followers.has_value(); })) {
            followers = who->totalFollowers();
        }
        if (!followers) {
            continue;
        }
        sum.numerator += a.engagements.total;
        sum.denominator += *followers * a.engagements.items;
        sum.items += a.engagements.items;
    }
    return sum;
}

class KpiSetBuilder {
public:
    KpiSetBuilder() { m_kpis.reserve(kDefinitions.size()); }

    void set(std::string_view key, std::optional<double> value)
    {
        Kpi k;
        k.definition = findKpiDefinition(key);
        k.value = value;
        m_kpis.push_back(std::move(k));
    }
    void setMoney(std::string_view key, const std::optional<Money>& amount)
    {
        set(key, amount ? std::optional(majorUnits(*amount)) : std::nullopt);
        m_kpis.back().amount = amount;
    }
    void setDate(std::string_view key, const std::optional<Date>& date)
    {
        set(key, std::nullopt);
        m_kpis.back().date = date;
    }
    std::vector<Kpi> take() { return std::move(m_kpis); }

private:
    std::vector<Kpi> m_kpis;
};

void addContentKpis(KpiSetBuilder& b, const Campaign& campaign, const KpiInputs& in,
                    std::span<const Influencer> roster)
{
    const ContentSums& c = in.content;
    b.set("impressions", asDouble(c.impressions.value()));
    b.set("reach", asDouble(c.reach.value()));
    b.set("engagements", asDouble(c.engagements.value()));
    b.set("engagement_rate_reach", c.engagementsByReach.ratio());
    b.set("engagement_rate_impressions", c.engagementsByImpressions.ratio());
    b.set("engagement_rate_followers", engagementsByFollowers(in.authors, roster).ratio());
    b.set("clicks", asDouble(c.clicks.value()));
    b.set("ctr", c.clicksByImpressions.ratio());
    b.set("conversions", asDouble(c.conversions.value()));
    b.set("conversion_rate", c.conversionsByClicks.ratio());
    const auto revenue = c.revenueMinor.value();
    b.setMoney("revenue",
               revenue ? std::optional(Money(*revenue, campaign.currency)) : std::nullopt);
    b.set("brand_mentions", asDouble(c.brandMentions.value()));
    b.set("posts_published", static_cast<double>(c.postsPublished));
    b.set("posts_planned", static_cast<double>(c.postsPlanned));
}

void addCostKpis(KpiSetBuilder& b, const Campaign& campaign, const KpiInputs& in)
{
    const ContentSums& c = in.content;
    // Amounts are never converted: a spend in another currency is no spend of this campaign.
    const auto spendMoney =
        in.spend && in.spend->currency() == campaign.currency ? in.spend : std::optional<Money>();
    const auto spend = spendMoney ? std::optional(majorUnits(*spendMoney)) : std::nullopt;
    const auto revenueMinor = c.revenueMinor.value();
    const auto revenue = revenueMinor
                             ? std::optional(majorUnits(Money(*revenueMinor, campaign.currency)))
                             : std::nullopt;
    b.setMoney("spend", spendMoney);
    const auto thousands = divide(asDouble(c.impressions.value()), 1000.0);
    b.set("cpm", divide(spend, thousands));
    b.set("cpe", divide(spend, asDouble(c.engagements.value())));
    b.set("cpc", divide(spend, asDouble(c.clicks.value())));
    b.set("cpa", divide(spend, asDouble(c.conversions.value())));
    b.set("roi", revenue && spend ? divide(*revenue - *spend, spend) : std::nullopt);
    b.set("roas", divide(revenue, spend));
}

void addDeliveryKpis(KpiSetBuilder& b, const Campaign& campaign, const KpiInputs& in)
{
    const auto& d = in.delivery;
    b.set("wbs_complete", d ? d->complete : std::nullopt);
    b.set("tasks_late", d ? std::optional(static_cast<double>(d->lateTasks.size())) : std::nullopt);
    b.setDate("expected_finish", d ? d->expectedFinish : std::nullopt);
    b.set("finish_vs_end_days",
          d && d->finishVsEndDays ? std::optional<double>(*d->finishVsEndDays) : std::nullopt);
    const bool sameCurrency = in.spend && in.spend->currency() == campaign.currency &&
                              campaign.budget.currency() == campaign.currency;
    b.set("budget_used",
          sameCurrency ? divide(majorUnits(*in.spend), majorUnits(campaign.budget)) : std::nullopt);
}

} // namespace

std::span<const KpiDefinition> kpiDefinitions()
{
    return kDefinitions;
}

const KpiDefinition* findKpiDefinition(std::string_view key)
{
    for (const auto& d : kDefinitions) {
        if (d.key == key) {
            return &d;
        }
    }
    return nullptr;
}

std::string_view statusKey(KpiStatus status)
{
    switch (status) {
    case KpiStatus::Met:
        return "met";
    case KpiStatus::OnTrack:
        return "on_track";
    case KpiStatus::AtRisk:
        return "at_risk";
    case KpiStatus::Unknown:
        break;
    }
    return "unknown";
}

std::string_view statusLabel(KpiStatus status)
{
    switch (status) {
    case KpiStatus::Met:
        return "Met";
    case KpiStatus::OnTrack:
        return "On track";
    case KpiStatus::AtRisk:
        return "At risk";
    case KpiStatus::Unknown:
        break;
    }
    return "Unknown";
}

Money paidSpend(std::span<const Payment> payments, const std::string& currency)
{
    Money sum = Money::zero(currency);
    for (const auto& p : payments) {
        if (p.isPaid() && p.amount.currency() == currency) {
            sum += p.amount;
        }
    }
    return sum;
}

std::optional<double> elapsedShare(const Campaign& campaign, Date today)
{
    if (!campaign.start || !campaign.end || *campaign.end < *campaign.start) {
        return std::nullopt;
    }
    // Days counted inclusively: on the first day 1/n of the campaign has gone, on the last all.
    const double total = campaign.start->daysUntil(*campaign.end) + 1;
    const double gone = campaign.start->daysUntil(today) + 1;
    return std::clamp(gone / total, 0.0, 1.0);
}

KpiStatus targetStatus(const KpiDefinition& definition, std::optional<double> actual, double target,
                       std::optional<double> elapsed)
{
    if (!actual) {
        return KpiStatus::Unknown;
    }
    if (definition.direction == KpiDirection::LowerIsBetter) {
        return *actual <= target ? KpiStatus::Met : KpiStatus::AtRisk;
    }
    if (*actual >= target) {
        return KpiStatus::Met;
    }
    if (definition.cumulative && elapsed && *elapsed < 1.0 && *actual >= target * *elapsed) {
        return KpiStatus::OnTrack;
    }
    return KpiStatus::AtRisk;
}

std::vector<Kpi> computeKpis(const Campaign& campaign, const KpiInputs& inputs,
                             std::span<const Influencer> roster, Date today)
{
    KpiSetBuilder b;
    addContentKpis(b, campaign, inputs, roster);
    addCostKpis(b, campaign, inputs);
    addDeliveryKpis(b, campaign, inputs);
    auto kpis = b.take();
    const auto elapsed = elapsedShare(campaign, today);
    for (auto& k : kpis) {
        const auto t = std::find_if(campaign.kpiTargets.begin(), campaign.kpiTargets.end(),
                                    [&](const KpiTarget& kt) { return kt.kpiKey == k.key(); });
        if (t != campaign.kpiTargets.end()) {
            k.target = t->target;
            k.status = targetStatus(*k.definition, k.value, t->target, elapsed);
        }
    }
    return kpis;
}

const Kpi* findKpi(std::span<const Kpi> kpis, std::string_view key)
{
    const auto it =
        std::find_if(kpis.begin(), kpis.end(), [&](const Kpi& k) { return k.key() == key; });
    return it == kpis.end() ? nullptr : &*it;
}

std::vector<TargetResult> targetResults(const Campaign& campaign, std::span<const Kpi> kpis)
{
    std::vector<TargetResult> out;
    for (const auto& t : campaign.kpiTargets) {
        TargetResult r;
        r.key = t.kpiKey;
        r.target = t.target;
        r.kpi = findKpi(kpis, t.kpiKey);
        r.label = r.kpi ? std::string(r.kpi->definition->label) : t.kpiKey;
        r.status = r.kpi && r.kpi->status ? *r.kpi->status : KpiStatus::Unknown;
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace cd::core
