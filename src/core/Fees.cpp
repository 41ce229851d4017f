#include "Fees.h"

#include "Percent.h"

namespace cd::core {

namespace {

std::string amount(const Money& m)
{
    return m.toDecimalString() + " " + m.currency();
}

// Sums the figures of the items that belong to this contract.
struct Results {
    std::int64_t conversions = 0;
    std::int64_t clicks = 0;
    Money revenue;
    int revenueInOtherCurrency = 0;
};

Results gather(const Contract& c, std::span<const ContentItem> content, const std::string& cur)
{
    Results r{0, 0, Money::zero(cur), 0};
    for (const auto& item : content) {
        if (item.campaignId != c.campaignId || item.influencerId != c.influencerId) {
            continue;
        }
        const auto& m = item.metrics;
        r.conversions += m.conversions.value_or(0);
        r.clicks += m.clicks.value_or(0);
        if (m.revenue) {
            if (m.revenue->currency() == cur) {
                r.revenue += *m.revenue;
            } else {
                ++r.revenueInOtherCurrency;
            }
        }
    }
    return r;
}

// The performance part and its sentence; zero with no basis.
std::string performancePart(const Contract& c, const Results& r, Money& out)
{
    const std::string& cur = out.currency();
    const Money rate(c.performanceRate.minorUnits(), cur);
    switch (c.performanceBasis) {
    case PerformanceBasis::PerConversion:
        out = rate.scaled(r.conversions, 1);
        return std::to_string(r.conversions) + " conversions × " + amount(rate) + " = " +
               amount(out);
    case PerformanceBasis::PerClick:
        out = rate.scaled(r.clicks, 1);
        return std::to_string(r.clicks) + " clicks × " + amount(rate) + " = " + amount(out);
    case PerformanceBasis::RevenueShare: {
        out = percentOf(r.revenue, c.revenueSharePercent);
        std::string s = percentText(c.revenueSharePercent) + " % of " + amount(r.revenue) +
                        " revenue = " + amount(out);
        if (r.revenueInOtherCurrency > 0) {
            s += " (revenue in another currency on " + std::to_string(r.revenueInOtherCurrency) +
                 " item(s) not counted)";
        }
        return s;
    }
    case PerformanceBasis::None:
        break;
    }
    out = Money::zero(cur);
    return {};
}

void applyBonus(const Contract& c, const Results& r, ContractFee& fee)
{
    const std::string& cur = fee.total.currency();
    fee.bonusOffered = Money(c.bonus.minorUnits(), cur);
    auto& p = fee.bonusProgress;
    p.applies = c.bonus.minorUnits() > 0;
    const bool clicks = c.performanceBasis == PerformanceBasis::PerClick;
    p.metric = clicks ? "clicks" : "conversions";
    p.achieved = clicks ? r.clicks : r.conversions;
    p.threshold = c.bonusThreshold;
    p.earned = p.applies && p.achieved >= p.threshold;
    if (p.earned) {
        fee.bonus = fee.bonusOffered;
    }
}

std::string bonusSentence(const ContractFee& fee)
{
    const auto& p = fee.bonusProgress;
    return "bonus " + amount(fee.bonusOffered) + (p.earned ? " earned" : " not earned yet") + " (" +
           std::to_string(p.achieved) + " of " + std::to_string(p.threshold) + " " + p.metric + ")";
}

} // namespace

ContractFee computeFee(const Contract& c, std::span<const ContentItem> content)
{
    const std::string cur = c.fee.currency();
    ContractFee fee;
    fee.base = fee.performance = fee.bonus = fee.bonusOffered = fee.productValue = fee.total =
        Money::zero(cur);
    const Results r = gather(c, content, cur);
    fee.conversions = r.conversions;
    fee.clicks = r.clicks;
    fee.revenue = r.revenue;

    switch (c.compensation) {
    case CompensationModel::FlatFee:
        fee.base = c.fee;
        fee.explanation = "Flat fee of " + amount(fee.base) + ".";
        break;
    case CompensationModel::Performance: {
        const std::string s = performancePart(c, r, fee.performance);
        fee.explanation = s.empty() ? "Performance deal with no basis set: nothing is owed yet."
                                    : "Performance: " + s + ".";
        break;
    }
    case CompensationModel::Hybrid: {
        fee.base = c.fee;
        const std::string perf = performancePart(c, r, fee.performance);
        applyBonus(c, r, fee);
        fee.explanation = "Base " + amount(fee.base);
        if (!perf.empty()) {
            fee.explanation += " + performance " + perf;
        }
        if (fee.bonusProgress.applies) {
            fee.explanation += " + " + bonusSentence(fee);
        }
        break;
    }
    case CompensationModel::Gifting:
        fee.productValue = Money(c.productValue.minorUnits(), cur);
        fee.explanation = "Gifting: products worth " + amount(fee.productValue) + ", no cash fee.";
        break;
    }
    fee.total = fee.base + fee.performance + fee.bonus;
    if (c.compensation == CompensationModel::Hybrid) {
        fee.explanation += "; total " + amount(fee.total) + ".";
    }
    return fee;
}

} // namespace cd::core
