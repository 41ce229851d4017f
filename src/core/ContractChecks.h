#pragma once

#include "Campaign.h"
#include "Contract.h"
#include "Date.h"
#include "Ids.h"
#include "Validation.h"

#include <span>
#include <string>
#include <vector>

namespace cd::core {

// Two contracts of one influencer that both claim exclusivity in the same category on at least
// one common day. The contracts are usually of different campaigns (the workbook holds one
// contract per influencer and campaign).
struct ExclusivityOverlap {
    Id influencerId = 0;
    Id firstContractId = 0;
    Id firstCampaignId = 0;
    Id secondContractId = 0;
    Id secondCampaignId = 0;
    std::string category; // as written on the first contract
    OptionalDate from;    // the common window; an empty bound is open
    OptionalDate to;
};

// Compares every pair of contracts of the same influencer, so it may be given all the contracts
// of one influencer or of the whole workbook. Categories match ignoring case and surrounding
// spaces; windows are inclusive, and a missing start or end leaves that side open (an
// exclusivity with no end lasts until further notice). Cancelled contracts and contracts with
// no exclusivity category are left out. Pairs come in input order, each once.
std::vector<ExclusivityOverlap> findExclusivityOverlaps(std::span<const Contract> contracts);

// A warning about the second contract naming the first; `campaigns` supplies names when known.
Issue toIssue(const ExclusivityOverlap& overlap, std::span<const Campaign> campaigns = {});

// Everything a user should see next to one contract: its own validation, content of the
// influencer in this campaign scheduled or published before the signature, deliverables due
// after the campaign ends, overdue payments of the contract, and exclusivity overlapping another
// of the influencer's contracts (give them all, from every campaign; the contract itself may be
// among them). Subjects are "Contract #id"; messages stand on their own.
std::vector<Issue> contractWarnings(const Contract& contract, const CampaignSnapshot& snapshot,
                                    std::span<const Contract> contractsOfInfluencer, Date today,
                                    std::span<const Campaign> campaigns = {});

} // namespace cd::core
