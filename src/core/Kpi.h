#pragma once

#include "Budget.h"
#include "Campaign.h"
#include "Delivery.h"
#include "Influencer.h"
#include "KpiInputs.h"
#include "Money.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cd::core {

// What a KPI's value is. Money totals are exact (`Kpi::amount`); unit costs (CPM, CPE …) are
// money per unit, a ratio that has no exact minor-unit value.
enum class KpiUnit { Count, Fraction, Money, UnitCost, Ratio, Days, Date };
// Which way is better, for the status against a target.
enum class KpiDirection { HigherIsBetter, LowerIsBetter };
enum class KpiStatus { Met, OnTrack, AtRisk, Unknown };

// One KPI, defined once (the table in Kpi.cpp mirrors docs/kpi-definitions.md).
struct KpiDefinition {
    std::string_view key;
    std::string_view label;
    std::string_view denominator; // what a rate or cost is divided by; empty for totals
    KpiUnit unit;
    KpiDirection direction;
    // A cumulative KPI grows over the campaign, so part of its target is expected part-way
    // through; a rate or a unit cost has no such pro-rata expectation.
    bool cumulative;
};

std::span<const KpiDefinition> kpiDefinitions();
const KpiDefinition* findKpiDefinition(std::string_view key);
std::string_view statusKey(KpiStatus status);   // "met", "on_track", "at_risk", "unknown"
std::string_view statusLabel(KpiStatus status); // "Met", "On track", "At risk", "Unknown"

// Everything the KPIs are computed from, as sums.
struct KpiInputs {
    ContentSums content;
    std::vector<AuthorSums> authors;
    // What has been spent, in the campaign's currency. For now the sum of the paid payments
    // (paidSpend); the budget summary can supply its own figure later. Unknown → no cost KPIs.
    std::optional<Money> spend;
    std::optional<Delivery> delivery;
};

// Σ of the paid payments of the campaign (in `currency`; payments in another currency are
// left out, since amounts are never converted).
Money paidSpend(std::span<const Payment> payments, const std::string& currency);

struct Kpi {
    const KpiDefinition* definition = nullptr;
    std::optional<double> value;     // unknown → nullopt; money in major units
    std::optional<Money> amount;     // money totals only, exact
    std::optional<Date> date;        // KpiUnit::Date only
    std::optional<double> target;    // from the campaign's KPI targets
    std::optional<KpiStatus> status; // set when there is a target

    std::string_view key() const { return definition->key; }
};

// Share of the campaign's time that has passed on `today`, 0 … 1; unknown without dates.
std::optional<double> elapsedShare(const Campaign& campaign, Date today);

// The status of an actual against a target (see docs/kpi-definitions.md).
KpiStatus targetStatus(const KpiDefinition& definition, std::optional<double> actual, double target,
                       std::optional<double> elapsed);

// Every KPI of the catalogue, in catalogue order, with the campaign's targets and statuses.
// `roster` must hold the influencers who published (others are ignored); their followers are
// the denominator of the engagement rate by followers.
std::vector<Kpi> computeKpis(const Campaign& campaign, const KpiInputs& inputs,
                             std::span<const Influencer> roster, Date today);

// The campaign's targets in the campaign's order, each with its KPI; a target whose key is not
// a known KPI is kept with a null definition and status Unknown.
struct TargetResult {
    std::string key;
    std::string label;
    double target = 0.0;
    const Kpi* kpi = nullptr;
    KpiStatus status = KpiStatus::Unknown;
};
std::vector<TargetResult> targetResults(const Campaign& campaign, std::span<const Kpi> kpis);

const Kpi* findKpi(std::span<const Kpi> kpis, std::string_view key);

} // namespace cd::core
