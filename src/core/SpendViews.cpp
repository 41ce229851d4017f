#include "SpendViews.h"

#include "Fees.h"

#include <cstdio>
#include <map>

namespace cd::core {

namespace {

std::string monthOf(Date d)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u", d.year(), d.month());
    return buf;
}

} // namespace

std::vector<MonthlySpend> spendPerMonth(const CampaignSnapshot& s)
{
    const Money zero = Money::zero(s.campaign.currency);
    std::map<std::string, MonthlySpend> months;
    auto month = [&](Date d) -> MonthlySpend& {
        const std::string key = monthOf(d);
        return months.try_emplace(key, MonthlySpend{key, zero, zero, zero}).first->second;
    };
    for (const auto& p : s.payments) {
        if (p.dueDate) {
            month(*p.dueDate).planned += p.amount;
        }
        if (p.paidDate) {
            month(*p.paidDate).paid += p.amount;
        }
    }
    for (const auto& c : s.contracts) {
        if (c.isSigned() && c.signedDate) {
            month(*c.signedDate).committed += computeFee(c, s.content).total;
        }
    }
    std::vector<MonthlySpend> out;
    out.reserve(months.size());
    for (auto& [key, spend] : months) {
        out.push_back(std::move(spend));
    }
    return out;
}

std::vector<InfluencerFees> spendPerInfluencer(const CampaignSnapshot& s)
{
    const Money zero = Money::zero(s.campaign.currency);
    std::map<Id, InfluencerFees> people;
    std::map<Id, Id> influencerOfContract;
    auto person = [&](Id id) -> InfluencerFees& {
        return people.try_emplace(id, InfluencerFees{id, zero, zero, zero}).first->second;
    };
    for (const auto& c : s.contracts) {
        influencerOfContract[c.id] = c.influencerId;
        if (c.isSigned()) {
            person(c.influencerId).committed += computeFee(c, s.content).total;
        }
    }
    for (const auto& p : s.payments) {
        if (!p.isPaid() || !p.contractId) {
            continue;
        }
        if (const auto it = influencerOfContract.find(*p.contractId);
            it != influencerOfContract.end()) {
            person(it->second).paid += p.amount;
        }
    }
    std::vector<InfluencerFees> out;
    out.reserve(people.size());
    for (auto& [id, fees] : people) {
        fees.outstanding = fees.committed - fees.paid;
        out.push_back(std::move(fees));
    }
    return out;
}

} // namespace cd::core
