#pragma once

#include "Date.h"
#include "Ids.h"
#include "Validation.h"

#include <set>
#include <string>
#include <string_view>

namespace cd::core {

// What one person of the team looks after in a campaign: the tasks assigned to them, the
// contracts they manage and what hangs off those contracts (the influencers, their payments
// and their content). "My work" shows every tab through this.
struct PersonWork {
    std::string person;
    std::set<Id> tasks;
    std::set<Id> contracts;
    std::set<Id> influencers;
    std::set<Id> payments;
    std::set<Id> content;

    // The figures of the Dashboard's "My work" line.
    int openTasks = 0;       // assigned, neither done nor cancelled
    int lateTasks = 0;       // open and past their planned finish
    int contractsToSign = 0; // draft, sent or in negotiation
    int contentToReview = 0; // submitted for approval, or changes requested
    int paymentsOverdue = 0; // due before today and not paid

    bool operator==(const PersonWork&) const = default;
};

// The work of `person` (a TeamMember's name, compared exactly) in the snapshot's campaign.
PersonWork workOf(const CampaignSnapshot& snapshot, std::string_view person, Date today);

} // namespace cd::core
