#include "ReportData.h"

#include <map>
#include <unordered_map>

namespace cd::report {

namespace {

constexpr std::size_t kTopInfluencers = 5;

std::vector<TopInfluencer> topInfluencers(const storage::CampaignKpiData& data,
                                          std::span<const core::InfluencerTotals> ranked)
{
    std::unordered_map<core::Id, const core::Influencer*> byId;
    for (const auto& i : data.authors) {
        byId.emplace(i.id, &i);
    }
    // The platform that brought each influencer the most engagements.
    std::map<core::Id, std::pair<std::int64_t, core::Platform>> mainPlatform;
    for (const auto& a : data.inputs.authors) {
        auto [it, added] =
            mainPlatform.try_emplace(a.influencerId, a.engagements.total, a.platform);
        if (!added && a.engagements.total > it->second.first) {
            it->second = {a.engagements.total, a.platform};
        }
    }
    std::vector<TopInfluencer> out;
    for (const auto& t : ranked) {
        if (out.size() == kTopInfluencers) {
            break;
        }
        TopInfluencer row;
        const auto who = byId.find(t.influencerId);
        row.name = who != byId.end() ? who->second->name : "#" + std::to_string(t.influencerId);
        row.platform = mainPlatform[t.influencerId].second;
        row.posts = t.postsPublished;
        row.engagements = t.engagements.value();
        row.reach = t.reach.value();
        out.push_back(std::move(row));
    }
    return out;
}

} // namespace

BudgetFigures budgetFigures(const storage::CampaignKpiData& data)
{
    const std::string& currency = data.campaign.currency;
    const auto zero = core::Money::zero(currency);
    BudgetFigures f{data.campaign.budget, zero, zero, zero, zero, {}};
    std::map<core::BudgetCategory, BudgetRow> rows;
    std::unordered_map<core::Id, core::BudgetCategory> categoryOfLine;
    auto rowOf = [&](core::BudgetCategory category) -> BudgetRow& {
        auto [it, added] = rows.try_emplace(category);
        if (added) {
            it->second = {std::string(core::toLabel(category)), zero, zero, zero};
        }
        return it->second;
    };
    for (const auto& line : data.budgetLines) {
        categoryOfLine[line.id] = line.category;
        if (line.planned.currency() != currency || line.committed.currency() != currency) {
            continue; // never converted
        }
        f.planned += line.planned;
        f.committed += line.committed;
        rowOf(line.category).planned += line.planned;
        rowOf(line.category).committed += line.committed;
    }
    for (const auto& p : data.payments) {
        if (!p.isPaid() || p.amount.currency() != currency) {
            continue;
        }
        f.paid += p.amount;
        const auto line =
            p.budgetLineId ? categoryOfLine.find(*p.budgetLineId) : categoryOfLine.end();
        rowOf(line != categoryOfLine.end() ? line->second : core::BudgetCategory::Other).paid +=
            p.amount;
    }
    if (f.budget.currency() == currency) {
        f.remaining = f.budget - f.committed;
    }
    for (auto& [category, row] : rows) {
        f.categories.push_back(std::move(row));
    }
    return f;
}

ReportInput buildReportInput(const storage::CampaignKpiData& data, core::Date today)
{
    ReportInput in;
    in.campaign = data.campaign;
    in.madeOn = today;
    in.kpis = storage::computeKpis(data, today);
    in.weeks = core::weeklySums(data.days);
    const auto ranked = core::rankInfluencers(data.inputs.authors);
    in.topInfluencers = topInfluencers(data, ranked);
    in.influencersWithContent = static_cast<std::int64_t>(ranked.size());
    in.budget = budgetFigures(data);
    in.delivery = data.inputs.delivery.value_or(core::Delivery{});
    return in;
}

} // namespace cd::report
