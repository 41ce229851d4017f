#pragma once

#include "Date.h"
#include "Enums.h"
#include "Ids.h"
#include "Money.h"

#include <optional>
#include <string>

namespace cd::core {

struct BudgetLine {
    Id id = 0;
    RowVersion version = 0;
    Id campaignId = 0;
    BudgetCategory category = BudgetCategory::Other;
    std::string description;
    Money planned = Money::zero("EUR");
    Money committed = Money::zero("EUR");
    bool fromContingency = false; // drawn from the campaign's contingency reserve

    bool operator==(const BudgetLine&) const = default;
};

struct Payment {
    Id id = 0;
    RowVersion version = 0;
    Id campaignId = 0;
    std::optional<Id> budgetLineId;
    std::optional<Id> contractId;
    std::string description;
    Money amount = Money::zero("EUR");
    OptionalDate dueDate;
    OptionalDate paidDate;

    bool isPaid() const { return paidDate.has_value(); }
    bool isOverdue(Date today) const { return !paidDate && dueDate && *dueDate < today; }

    bool operator==(const Payment&) const = default;
};

} // namespace cd::core
