#pragma once

#include "Budget.h"
#include "Date.h"
#include "Enums.h"
#include "Fees.h"
#include "Ids.h"
#include "Money.h"
#include "PaymentSchedule.h"
#include "Validation.h"

#include <string>
#include <vector>

namespace cd::core {

struct CategorySpend {
    BudgetCategory category = BudgetCategory::Other;
    Money planned;   // Σ planned of the category's lines
    Money committed; // Σ committed of the category's lines
    Money paid;      // Σ paid payments linked to a line of the category
};

struct MonthSpend {
    std::string month; // "YYYY-MM" of the paid date
    Money paid;
};

struct InfluencerSpend {
    Id influencerId = 0;
    Money committed; // Σ computed fees (cash total) of the influencer's signed contracts
    Money paid;      // Σ paid payments linked to one of the influencer's contracts
};

// The reserve held back from the budget and what lines marked fromContingency draw from it.
struct ContingencyUse {
    Money reserve;   // budget × contingencyPercent (rounded once, see Percent.h)
    Money committed; // Σ committed of the contingency lines
    Money paid;      // Σ paid payments linked to a contingency line
    Money used;      // Σ over contingency lines of max(line committed, line paid)
    Money left;      // reserve − used; negative when the reserve is overdrawn
};

// The money side of one campaign, every amount exact in the campaign's currency.
//  planned   = Σ lines' planned;
//  committed = Σ lines' committed (what the budget owner has booked);
//  contractCommitted = Σ computed fees (cash) of signed, active and completed contracts, kept
//              apart because the fee lines may or may not already include them;
//  paid      = Σ payments with a paid date;
//  remaining = budget − max(committed, paid): money paid without a commitment is spent too;
//  overBudget when remaining < 0.
// contractsExceedFeeLines: the signed contracts cost more than the committed amount of the
// influencer-fee lines (influencerFeeLinesCommitted), i.e. the fee lines are under-booked.
struct BudgetSummary {
    std::string currency;
    Money budget;
    Money planned;
    Money committed;
    Money contractCommitted;
    Money paid;
    Money remaining;
    Money unallocatedPaid; // paid payments linked to no (known) budget line
    Money influencerFeeLinesCommitted;
    bool overBudget = false;
    bool plannedOverBudget = false; // the lines plan more than the budget
    bool contractsExceedFeeLines = false;
    ContingencyUse contingency;
    std::vector<CategorySpend> byCategory;     // categories that have lines, in the enum's order
    std::vector<MonthSpend> byMonth;           // ascending months
    std::vector<InfluencerSpend> byInfluencer; // ascending influencer ids
    std::vector<Payment> overduePayments;      // by due date
    std::vector<Issue> warnings;               // the flags above, as sentences
};

// Precondition: every amount in the snapshot is in the campaign's currency (as the workbook
// stores them); Money's arithmetic throws std::invalid_argument otherwise.
BudgetSummary summarise(const CampaignSnapshot& snapshot, Date today);

} // namespace cd::core
