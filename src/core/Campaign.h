#pragma once

#include "Date.h"
#include "Enums.h"
#include "Ids.h"
#include "Money.h"

#include <string>
#include <vector>

namespace cd::core {

// A KPI goal of a campaign: the KPI's key (see docs/kpi-definitions.md) and the value to reach.
struct KpiTarget {
    std::string kpiKey;
    double target = 0.0;

    bool operator==(const KpiTarget&) const = default;
};

struct Campaign {
    Id id = 0;
    RowVersion version = 0;
    std::string name;
    std::string brand;
    std::string objective;
    OptionalDate start;
    OptionalDate end;
    CampaignStatus status = CampaignStatus::Planning;
    std::string currency = "EUR";
    Money budget = Money::zero("EUR");
    // Share of the budget held back for slips (payment, production, approval), in percent.
    double contingencyPercent = 0.0;
    std::vector<KpiTarget> kpiTargets;

    bool operator==(const Campaign&) const = default;
};

} // namespace cd::core
