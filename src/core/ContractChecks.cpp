#include "ContractChecks.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <utility>

namespace cd::core {

namespace {

std::string normalisedCategory(const std::string& s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) {
        return {};
    }
    const auto last = s.find_last_not_of(" \t");
    std::string out = s.substr(first, last - first + 1);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool claimsExclusivity(const Contract& c)
{
    return c.status != ContractStatus::Cancelled &&
           !normalisedCategory(c.exclusivityCategory).empty();
}

// Later of two starts where an empty one is open (earliest).
OptionalDate laterStart(const OptionalDate& a, const OptionalDate& b)
{
    if (!a || !b) {
        return a ? a : b;
    }
    return std::max(*a, *b);
}

// Earlier of two ends where an empty one is open (latest).
OptionalDate earlierEnd(const OptionalDate& a, const OptionalDate& b)
{
    if (!a || !b) {
        return a ? a : b;
    }
    return std::min(*a, *b);
}

std::string campaignLabel(Id id, std::span<const Campaign> campaigns)
{
    for (const auto& c : campaigns) {
        if (c.id == id) {
            return "campaign \"" + c.name + "\"";
        }
    }
    return "campaign #" + std::to_string(id);
}

std::string subjectOf(const Contract& c)
{
    return "Contract #" + std::to_string(c.id);
}

void addContentBeforeSignature(const Contract& c, const CampaignSnapshot& s,
                               std::vector<Issue>& out)
{
    for (const auto& item : s.content) {
        if (item.campaignId != c.campaignId || item.influencerId != c.influencerId) {
            continue;
        }
        const auto live = item.publishedDate ? item.publishedDate : item.plannedDate;
        if (!live || (c.isSigned() && (!c.signedDate || *c.signedDate <= *live))) {
            continue;
        }
        std::string message = "Content #" + std::to_string(item.id) + " \"" + item.title +
                              "\" is " + (item.publishedDate ? "published" : "scheduled") + " on " +
                              live->toIso() + ", before the contract is signed";
        message += c.isSigned() && c.signedDate ? " (" + c.signedDate->toIso() + ")." : ".";
        out.push_back({Severity::Warning, subjectOf(c), std::move(message)});
    }
}

void addLateDeliverablesAndPayments(const Contract& c, const CampaignSnapshot& s, Date today,
                                    std::vector<Issue>& out)
{
    const auto& end = s.campaign.end;
    for (const auto& d : c.deliverables) {
        if (end && d.dueDate && *d.dueDate > *end) {
            out.push_back({Severity::Warning, subjectOf(c),
                           "A " + std::string(toLabel(d.contentType)) + " on " +
                               std::string(toLabel(d.platform)) + " is due on " +
                               d.dueDate->toIso() + ", after the campaign ends (" + end->toIso() +
                               ")."});
        }
    }
    for (const auto& p : s.payments) {
        if (p.contractId == c.id && p.isOverdue(today)) {
            out.push_back({Severity::Warning, subjectOf(c),
                           "Payment \"" + p.description + "\" of " + p.amount.toDecimalString() +
                               " " + p.amount.currency() + " is overdue since " +
                               p.dueDate->toIso() + "."});
        }
    }
}

} // namespace

std::vector<ExclusivityOverlap> findExclusivityOverlaps(std::span<const Contract> contracts)
{
    // Bucket by influencer first: a whole workbook may hold thousands of contracts.
    std::map<Id, std::vector<std::size_t>> byInfluencer;
    std::vector<std::string> categories(contracts.size());
    for (std::size_t i = 0; i < contracts.size(); ++i) {
        if (claimsExclusivity(contracts[i])) {
            categories[i] = normalisedCategory(contracts[i].exclusivityCategory);
            byInfluencer[contracts[i].influencerId].push_back(i);
        }
    }
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (const auto& [influencer, indices] : byInfluencer) {
        for (std::size_t x = 0; x < indices.size(); ++x) {
            for (std::size_t y = x + 1; y < indices.size(); ++y) {
                const Contract& a = contracts[indices[x]];
                const Contract& b = contracts[indices[y]];
                if (categories[indices[x]] != categories[indices[y]] ||
                    (a.id != 0 && a.id == b.id)) {
                    continue;
                }
                const OptionalDate from = laterStart(a.exclusivityStart, b.exclusivityStart);
                const OptionalDate to = earlierEnd(a.exclusivityEnd, b.exclusivityEnd);
                if (!from || !to || *from <= *to) {
                    pairs.emplace_back(indices[x], indices[y]);
                }
            }
        }
    }
    std::sort(pairs.begin(), pairs.end());
    std::vector<ExclusivityOverlap> out;
    for (const auto& [i, j] : pairs) {
        const Contract& a = contracts[i];
        const Contract& b = contracts[j];
        out.push_back({a.influencerId, a.id, a.campaignId, b.id, b.campaignId,
                       a.exclusivityCategory, laterStart(a.exclusivityStart, b.exclusivityStart),
                       earlierEnd(a.exclusivityEnd, b.exclusivityEnd)});
    }
    return out;
}

Issue toIssue(const ExclusivityOverlap& o, std::span<const Campaign> campaigns)
{
    const std::string window = o.from && o.to ? "from " + o.from->toIso() + " to " + o.to->toIso()
                               : o.from       ? "from " + o.from->toIso() + " on"
                               : o.to         ? "until " + o.to->toIso()
                                              : "with no dates";
    return {Severity::Warning, "Contract #" + std::to_string(o.secondContractId),
            "Exclusivity in \"" + o.category + "\" overlaps contract #" +
                std::to_string(o.firstContractId) + " of the same influencer (" +
                campaignLabel(o.firstCampaignId, campaigns) + ") " + window + "."};
}

std::vector<Issue> contractWarnings(const Contract& c, const CampaignSnapshot& s,
                                    std::span<const Contract> contractsOfInfluencer, Date today,
                                    std::span<const Campaign> campaigns)
{
    std::vector<Issue> out = validate(c);
    addContentBeforeSignature(c, s, out);
    addLateDeliverablesAndPayments(c, s, today, out);

    std::vector<Contract> pair{c, Contract{}};
    for (const auto& other : contractsOfInfluencer) {
        if (other.id == c.id && other.campaignId == c.campaignId) {
            continue;
        }
        pair[1] = other;
        for (auto o : findExclusivityOverlaps(pair)) {
            // Name the other contract, whichever order the pair came in.
            std::swap(o.firstContractId, o.secondContractId);
            std::swap(o.firstCampaignId, o.secondCampaignId);
            o.category = c.exclusivityCategory;
            out.push_back(toIssue(o, campaigns));
        }
    }
    return out;
}

} // namespace cd::core
