#pragma once

#include "Ids.h"
#include "Money.h"
#include "Validation.h"

#include <string>
#include <vector>

namespace cd::core {

// One month of the spreadsheet view budget owners keep:
//  planned   = Σ payments due in the month (paid or not): what the schedule sends out;
//  committed = Σ computed fees (cash) of signed, active and completed contracts signed in it;
//  paid      = Σ payments paid in the month.
// Budget lines carry no dates, so they appear in no month.
struct MonthlySpend {
    std::string month; // "YYYY-MM"
    Money planned;
    Money committed;
    Money paid;
};

// What one influencer costs the campaign:
//  committed   = Σ computed fees (cash) of the influencer's signed contracts;
//  paid        = Σ paid payments linked to one of the influencer's contracts (any status);
//  outstanding = committed − paid, negative when more was paid than committed.
struct InfluencerFees {
    Id influencerId = 0;
    Money committed;
    Money paid;
    Money outstanding;
};

// Ascending months; a month appears when one of its three amounts has an entry.
std::vector<MonthlySpend> spendPerMonth(const CampaignSnapshot& snapshot);
// Ascending influencer ids; influencers with a signed contract or a paid payment.
std::vector<InfluencerFees> spendPerInfluencer(const CampaignSnapshot& snapshot);

} // namespace cd::core
