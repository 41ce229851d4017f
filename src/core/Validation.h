#pragma once

#include "Budget.h"
#include "Campaign.h"
#include "Content.h"
#include "Contract.h"
#include "Influencer.h"
#include "Task.h"

#include <span>
#include <string>
#include <vector>

namespace cd::core {

enum class Severity { Error, Warning };

// A finding a user can read and act on: errors block a save, warnings are shown.
struct Issue {
    Severity severity = Severity::Error;
    std::string subject; // what it is about, e.g. "Campaign \"Spring Launch\""
    std::string message;
};

std::vector<Issue> validate(const Campaign& campaign);
std::vector<Issue> validate(const Task& task);
std::vector<Issue> validate(const Influencer& influencer);
std::vector<Issue> validate(const Contract& contract);
std::vector<Issue> validate(const BudgetLine& line);
std::vector<Issue> validate(const Payment& payment);
std::vector<Issue> validate(const ContentItem& item);

bool hasErrors(std::span<const Issue> issues);

// Everything known about one campaign, for the checks that look across entities.
struct CampaignSnapshot {
    Campaign campaign;
    std::vector<Task> tasks;
    std::vector<Dependency> dependencies;
    std::vector<Contract> contracts;
    std::vector<BudgetLine> budgetLines;
    std::vector<Payment> payments;
    std::vector<ContentItem> content;
};

// Per-entity validation of every part, plus the checks across them (a task outside the
// campaign's dates, content live before its contract is signed, a payment overdue …).
std::vector<Issue> checkCampaign(const CampaignSnapshot& snapshot, Date today);

// True when a plausible e-mail address: one '@', a dot in the domain, no spaces.
bool looksLikeEmail(std::string_view email);

} // namespace cd::core
