#include "BudgetSummary.h"

#include "Percent.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

namespace cd::core {

namespace {

std::string amount(const Money& m)
{
    return m.toDecimalString() + " " + m.currency();
}

Money maxOf(const Money& a, const Money& b)
{
    return a.minorUnits() >= b.minorUnits() ? a : b;
}

std::string monthOf(Date d)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u", d.year(), d.month());
    return buf;
}

void sumLines(const CampaignSnapshot& s, BudgetSummary& out, const std::map<Id, Money>& paidByLine)
{
    const Money zero = Money::zero(out.currency);
    std::map<BudgetCategory, CategorySpend> byCategory;
    for (const auto& line : s.budgetLines) {
        out.planned += line.planned;
        out.committed += line.committed;
        const auto paid = paidByLine.find(line.id);
        const Money linePaid = paid == paidByLine.end() ? zero : paid->second;
        auto [it, fresh] =
            byCategory.try_emplace(line.category, CategorySpend{line.category, zero, zero, zero});
        it->second.planned += line.planned;
        it->second.committed += line.committed;
        it->second.paid += linePaid;
        if (line.category == BudgetCategory::InfluencerFees) {
            out.influencerFeeLinesCommitted += line.committed;
        }
        if (line.fromContingency) {
            out.contingency.committed += line.committed;
            out.contingency.paid += linePaid;
            out.contingency.used += maxOf(line.committed, linePaid);
        }
    }
    for (auto& [category, spend] : byCategory) {
        out.byCategory.push_back(spend);
    }
}

// Paid payments by line, by month and in total; the rest of the summary builds on them.
std::map<Id, Money> sumPayments(const CampaignSnapshot& s, Date today, BudgetSummary& out)
{
    std::map<Id, Money> byLine;
    std::map<std::string, Money> byMonth;
    std::set<Id> lineIds;
    for (const auto& l : s.budgetLines) {
        lineIds.insert(l.id);
    }
    for (const auto& p : s.payments) {
        if (p.isOverdue(today)) {
            out.overduePayments.push_back(p);
        }
        if (!p.isPaid()) {
            continue;
        }
        out.paid += p.amount;
        if (p.budgetLineId && lineIds.count(*p.budgetLineId) > 0) {
            byLine.try_emplace(*p.budgetLineId, Money::zero(out.currency)).first->second +=
                p.amount;
        } else {
            out.unallocatedPaid += p.amount;
        }
        byMonth.try_emplace(monthOf(*p.paidDate), Money::zero(out.currency)).first->second +=
            p.amount;
    }
    for (auto& [month, paid] : byMonth) {
        out.byMonth.push_back({month, paid});
    }
    std::stable_sort(out.overduePayments.begin(), out.overduePayments.end(),
                     [](const Payment& a, const Payment& b) { return a.dueDate < b.dueDate; });
    return byLine;
}

void sumContracts(const CampaignSnapshot& s, BudgetSummary& out)
{
    const Money zero = Money::zero(out.currency);
    std::map<Id, InfluencerSpend> byInfluencer;
    std::map<Id, Id> influencerOfContract;
    for (const auto& c : s.contracts) {
        influencerOfContract[c.id] = c.influencerId;
        if (!c.isSigned()) {
            continue;
        }
        const Money fee = computeFee(c, s.content).total;
        out.contractCommitted += fee;
        byInfluencer.try_emplace(c.influencerId, InfluencerSpend{c.influencerId, zero, zero})
            .first->second.committed += fee;
    }
    for (const auto& p : s.payments) {
        if (!p.isPaid() || !p.contractId) {
            continue;
        }
        const auto it = influencerOfContract.find(*p.contractId);
        if (it != influencerOfContract.end()) {
            byInfluencer.try_emplace(it->second, InfluencerSpend{it->second, zero, zero})
                .first->second.paid += p.amount;
        }
    }
    for (auto& [id, spend] : byInfluencer) {
        out.byInfluencer.push_back(spend);
    }
}

void flag(BudgetSummary& out, const std::string& subject)
{
    auto warn = [&](std::string message) {
        out.warnings.push_back({Severity::Warning, subject, std::move(message)});
    };
    const Money spent = maxOf(out.committed, out.paid);
    out.remaining = out.budget - spent;
    out.overBudget = out.remaining.minorUnits() < 0;
    out.plannedOverBudget = out.planned.minorUnits() > out.budget.minorUnits();
    out.contractsExceedFeeLines =
        out.contractCommitted.minorUnits() > out.influencerFeeLinesCommitted.minorUnits();
    out.contingency.left = out.contingency.reserve - out.contingency.used;
    if (out.overBudget) {
        warn("Over budget: " + amount(spent) + " committed or paid against a budget of " +
             amount(out.budget) + ", " + amount(-out.remaining) + " too much.");
    }
    if (out.plannedOverBudget) {
        warn("The budget lines plan " + amount(out.planned) + ", more than the budget of " +
             amount(out.budget) + ".");
    }
    if (out.contractsExceedFeeLines) {
        warn("Signed contracts are worth " + amount(out.contractCommitted) + ", more than the " +
             amount(out.influencerFeeLinesCommitted) + " committed on influencer-fee lines.");
    }
    if (out.contingency.left.minorUnits() < 0) {
        warn("The contingency lines use " + amount(out.contingency.used) + ", more than the " +
             amount(out.contingency.reserve) + " reserve.");
    }
}

} // namespace

BudgetSummary summarise(const CampaignSnapshot& s, Date today)
{
    BudgetSummary out;
    out.currency = s.campaign.currency;
    const Money zero = Money::zero(out.currency);
    out.budget = s.campaign.budget;
    out.planned = out.committed = out.contractCommitted = out.paid = out.remaining = zero;
    out.unallocatedPaid = out.influencerFeeLinesCommitted = zero;
    out.contingency = {percentOf(out.budget, s.campaign.contingencyPercent), zero, zero, zero,
                       zero};

    const auto paidByLine = sumPayments(s, today, out);
    sumLines(s, out, paidByLine);
    sumContracts(s, out);
    flag(out, "Campaign \"" + s.campaign.name + "\"");
    return out;
}

} // namespace cd::core
