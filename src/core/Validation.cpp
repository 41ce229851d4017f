#include "Validation.h"

#include <algorithm>
#include <map>
#include <set>

namespace cd::core {

namespace {

std::string quoted(const std::string& s)
{
    return "\"" + s + "\"";
}

void error(std::vector<Issue>& out, const std::string& subject, std::string message)
{
    out.push_back({Severity::Error, subject, std::move(message)});
}

void warning(std::vector<Issue>& out, const std::string& subject, std::string message)
{
    out.push_back({Severity::Warning, subject, std::move(message)});
}

void append(std::vector<Issue>& out, std::vector<Issue>&& more)
{
    out.insert(out.end(), std::make_move_iterator(more.begin()),
               std::make_move_iterator(more.end()));
}

bool isBlank(const std::string& s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

} // namespace

bool looksLikeEmail(std::string_view email)
{
    const auto at = email.find('@');
    if (at == std::string_view::npos || at == 0 ||
        email.find('@', at + 1) != std::string_view::npos) {
        return false;
    }
    if (email.find_first_of(" \t\r\n,;<>") != std::string_view::npos) {
        return false;
    }
    const auto domain = email.substr(at + 1);
    const auto dot = domain.rfind('.');
    return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size();
}

std::vector<Issue> validate(const Campaign& c)
{
    std::vector<Issue> out;
    const std::string subject = "Campaign " + quoted(c.name);
    if (isBlank(c.name)) {
        error(out, "Campaign", "The campaign needs a name.");
    }
    if (c.start && c.end && *c.end < *c.start) {
        error(out, subject,
              "The end date " + c.end->toIso() + " is before the start date " + c.start->toIso() +
                  ".");
    }
    if (!isKnownCurrency(c.currency)) {
        error(out, subject,
              "\"" + c.currency + "\" is not a currency code we know (e.g. EUR, USD).");
    }
    if (c.budget.currency() != c.currency) {
        error(out, subject,
              "The budget is in " + c.budget.currency() + " but the campaign's currency is " +
                  c.currency + ".");
    }
    if (c.budget.minorUnits() < 0) {
        error(out, subject, "The budget cannot be negative.");
    }
    if (c.contingencyPercent < 0 || c.contingencyPercent > 100) {
        error(out, subject, "The contingency reserve must be between 0 and 100 %.");
    }
    return out;
}

std::vector<Issue> validate(const Task& t)
{
    std::vector<Issue> out;
    const std::string subject = "Task " + quoted(t.name);
    if (isBlank(t.name)) {
        error(out, "Task", "A task needs a name.");
    }
    if (t.durationDays < 0) {
        error(out, subject, "The duration cannot be negative.");
    }
    if (t.kind == TaskKind::Milestone && t.durationDays != 0) {
        error(out, subject, "A milestone has no duration.");
    }
    if (t.percentComplete < 0 || t.percentComplete > 100) {
        error(out, subject, "Percent complete must be between 0 and 100.");
    }
    if (t.bufferDays < 0) {
        error(out, subject, "Buffer days cannot be negative.");
    }
    if (t.actualStart && t.actualFinish && *t.actualFinish < *t.actualStart) {
        error(out, subject, "The actual finish is before the actual start.");
    }
    if (t.costEstimate.minorUnits() < 0) {
        error(out, subject, "The cost estimate cannot be negative.");
    }
    return out;
}

std::vector<Issue> validate(const Influencer& i)
{
    std::vector<Issue> out;
    const std::string subject = "Influencer " + quoted(i.name);
    if (isBlank(i.name) && i.handles.empty()) {
        error(out, "Influencer", "An influencer needs a name or a handle.");
    }
    for (const auto& h : i.handles) {
        if (normaliseHandle(h.handle).empty()) {
            error(out, subject, "A " + std::string(toLabel(h.platform)) + " handle is empty.");
        }
        if (h.followers && *h.followers < 0) {
            error(out, subject,
                  "Followers on " + std::string(toLabel(h.platform)) + " cannot be negative.");
        }
        if (h.engagementRate && (*h.engagementRate < 0 || *h.engagementRate > 1)) {
            error(out, subject,
                  "The engagement rate on " + std::string(toLabel(h.platform)) +
                      " must be between 0 and 100 %.");
        }
    }
    if (!i.email.empty() && !looksLikeEmail(i.email)) {
        error(out, subject, "\"" + i.email + "\" is not a valid e-mail address.");
    }
    if (i.contactRoute == ContactRoute::Agency && isBlank(i.agencyName)) {
        warning(out, subject, "Contacted through an agency, but the agency has no name.");
    }
    if (i.rate && i.rate->minorUnits() < 0) {
        error(out, subject, "The rate cannot be negative.");
    }
    return out;
}

std::vector<Issue> validate(const Contract& c)
{
    std::vector<Issue> out;
    const std::string subject = "Contract #" + std::to_string(c.id);
    if (c.isSigned() && !c.signedDate) {
        warning(out, subject, "The contract is marked signed but has no signature date.");
    }
    if (c.fee.minorUnits() < 0 || c.bonus.minorUnits() < 0 || c.performanceRate.minorUnits() < 0 ||
        c.productValue.minorUnits() < 0) {
        error(out, subject, "Amounts in a contract cannot be negative.");
    }
    if (c.upfrontPercent < 0 || c.upfrontPercent > 100) {
        error(out, subject, "The upfront share must be between 0 and 100 %.");
    }
    if (c.revenueSharePercent < 0 || c.revenueSharePercent > 100) {
        error(out, subject, "The revenue share must be between 0 and 100 %.");
    }
    if (c.compensation == CompensationModel::Performance &&
        c.performanceBasis == PerformanceBasis::None) {
        error(out, subject,
              "A performance deal needs a basis: per conversion, per click or revenue share.");
    }
    if (c.exclusivityStart && c.exclusivityEnd && *c.exclusivityEnd < *c.exclusivityStart) {
        error(out, subject, "The exclusivity window ends before it starts.");
    }
    for (const auto& d : c.deliverables) {
        if (d.quantity <= 0) {
            error(out, subject, "A deliverable's quantity must be at least 1.");
        }
    }
    return out;
}

std::vector<Issue> validate(const BudgetLine& b)
{
    std::vector<Issue> out;
    const std::string subject = "Budget line " + quoted(b.description);
    if (b.planned.minorUnits() < 0 || b.committed.minorUnits() < 0) {
        error(out, subject, "Budget amounts cannot be negative.");
    }
    return out;
}

std::vector<Issue> validate(const Payment& p)
{
    std::vector<Issue> out;
    const std::string subject = "Payment " + quoted(p.description);
    if (p.amount.minorUnits() <= 0) {
        error(out, subject, "A payment must be a positive amount.");
    }
    return out;
}

std::vector<Issue> validate(const ContentItem& item)
{
    std::vector<Issue> out;
    const std::string subject = "Content #" + std::to_string(item.id);
    const auto& m = item.metrics;
    for (const auto* v : {&m.impressions, &m.reach, &m.likes, &m.comments, &m.shares, &m.saves,
                          &m.clicks, &m.conversions, &m.brandMentions}) {
        if (*v && **v < 0) {
            error(out, subject, "Metrics cannot be negative.");
            break;
        }
    }
    if (m.reach && m.impressions && *m.reach > *m.impressions) {
        warning(out, subject, "Reach is larger than impressions.");
    }
    if (item.approval == ApprovalStatus::Published && !item.publishedDate) {
        warning(out, subject, "Published, but with no publication date.");
    }
    return out;
}

bool hasErrors(std::span<const Issue> issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const Issue& i) { return i.severity == Severity::Error; });
}

std::vector<Issue> checkCampaign(const CampaignSnapshot& s, Date today)
{
    std::vector<Issue> out = validate(s.campaign);

    std::set<Id> parents;
    for (const auto& t : s.tasks) {
        if (t.parentId) {
            parents.insert(*t.parentId);
        }
    }
    for (const auto& t : s.tasks) {
        append(out, validate(t));
        // A summary task is late only through its children, which are reported themselves.
        const bool summary = parents.count(t.id) > 0;
        const auto finish = t.plannedFinish();
        if (s.campaign.end && finish && *finish > *s.campaign.end) {
            warning(out, "Task " + quoted(t.name),
                    "Finishes on " + finish->toIso() + ", after the campaign ends (" +
                        s.campaign.end->toIso() + ").");
        }
        if (!summary && finish && *finish < today && t.status != TaskStatus::Done &&
            t.status != TaskStatus::Cancelled) {
            warning(out, "Task " + quoted(t.name),
                    "Is late: it should have finished on " + finish->toIso() + ".");
        }
    }

    std::map<Id, const Contract*> contractByInfluencer;
    for (const auto& c : s.contracts) {
        append(out, validate(c));
        contractByInfluencer[c.influencerId] = &c;
        for (const auto& d : c.deliverables) {
            if (s.campaign.end && d.dueDate && *d.dueDate > *s.campaign.end) {
                warning(out, "Contract #" + std::to_string(c.id),
                        "A deliverable is due on " + d.dueDate->toIso() +
                            ", after the campaign ends.");
            }
        }
    }

    for (const auto& item : s.content) {
        append(out, validate(item));
        if (!item.influencerId) {
            continue;
        }
        const auto live = item.publishedDate ? item.publishedDate : item.plannedDate;
        if (!live) {
            continue;
        }
        const auto it = contractByInfluencer.find(*item.influencerId);
        const Contract* contract = it == contractByInfluencer.end() ? nullptr : it->second;
        const bool signedBefore = contract && contract->isSigned() &&
                                  (!contract->signedDate || *contract->signedDate <= *live);
        if (!signedBefore) {
            warning(out, "Content #" + std::to_string(item.id),
                    std::string(item.publishedDate ? "Published" : "Scheduled") + " on " +
                        live->toIso() + " before its contract is signed.");
        }
    }

    for (const auto& b : s.budgetLines) {
        append(out, validate(b));
    }
    for (const auto& p : s.payments) {
        append(out, validate(p));
        if (p.isOverdue(today)) {
            warning(out, "Payment " + quoted(p.description),
                    "Overdue since " + p.dueDate->toIso() + ".");
        }
    }
    return out;
}

} // namespace cd::core
