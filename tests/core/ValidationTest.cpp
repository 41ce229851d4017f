#include "core/Validation.h"

#include <catch2/catch.hpp>

using namespace cd::core;

namespace {
bool mentions(const std::vector<Issue>& issues, const std::string& text)
{
    for (const auto& i : issues) {
        if (i.message.find(text) != std::string::npos) {
            return true;
        }
    }
    return false;
}
} // namespace

TEST_CASE("A sound campaign has no issues")
{
    Campaign c;
    c.name = "Spring launch";
    c.start = Date::fromYmd(2026, 3, 1);
    c.end = Date::fromYmd(2026, 5, 31);
    c.budget = Money(5000000, "EUR");
    CHECK(validate(c).empty());
}

TEST_CASE("Campaign errors read as sentences")
{
    Campaign c;
    c.name = " ";
    c.start = Date::fromYmd(2026, 5, 1);
    c.end = Date::fromYmd(2026, 4, 1);
    c.currency = "XXX";
    c.budget = Money(-1, "XXX");
    c.contingencyPercent = 120;
    const auto issues = validate(c);
    CHECK(hasErrors(issues));
    CHECK(mentions(issues, "needs a name"));
    CHECK(mentions(issues, "before the start date"));
    CHECK(mentions(issues, "not a currency code"));
    CHECK(mentions(issues, "cannot be negative"));
    CHECK(mentions(issues, "between 0 and 100"));
}

TEST_CASE("Influencer validation")
{
    Influencer i;
    CHECK(mentions(validate(i), "needs a name or a handle"));
    i.name = "Giulia";
    i.email = "giulia@";
    i.handles.push_back({Platform::Instagram, "@giulia", -5, 1.5});
    i.contactRoute = ContactRoute::Agency;
    const auto issues = validate(i);
    CHECK(mentions(issues, "not a valid e-mail"));
    CHECK(mentions(issues, "cannot be negative"));
    CHECK(mentions(issues, "between 0 and 100 %"));
    CHECK(mentions(issues, "agency has no name"));
    CHECK(looksLikeEmail("a.b@example.it"));
    CHECK_FALSE(looksLikeEmail("a b@example.it"));
    CHECK_FALSE(looksLikeEmail("a@b"));
}

TEST_CASE("Tasks: milestones have no duration, percentages stay in range")
{
    Task t;
    t.name = "Go live";
    t.kind = TaskKind::Milestone;
    t.durationDays = 2;
    t.percentComplete = 101;
    const auto issues = validate(t);
    CHECK(mentions(issues, "milestone has no duration"));
    CHECK(mentions(issues, "between 0 and 100"));
    t.plannedStart = Date::fromYmd(2026, 1, 10);
    t.durationDays = 3;
    CHECK(t.plannedFinish()->toIso() == "2026-01-12");
}

TEST_CASE("Cross checks: late tasks, content before signature, overdue payments")
{
    CampaignSnapshot s;
    s.campaign.name = "C";
    s.campaign.end = Date::fromYmd(2026, 6, 30);
    Task t;
    t.id = 1;
    t.name = "Brief";
    t.plannedStart = Date::fromYmd(2026, 6, 25);
    t.durationDays = 10;
    s.tasks.push_back(t);
    Contract c;
    c.id = 7;
    c.influencerId = 3;
    c.status = ContractStatus::Signed;
    c.signedDate = Date::fromYmd(2026, 5, 10);
    s.contracts.push_back(c);
    ContentItem early;
    early.id = 11;
    early.influencerId = 3;
    early.publishedDate = Date::fromYmd(2026, 5, 1);
    ContentItem fine = early;
    fine.id = 12;
    fine.publishedDate = Date::fromYmd(2026, 5, 20);
    s.content = {early, fine};
    Payment p;
    p.description = "Upfront";
    p.amount = Money(100, "EUR");
    p.dueDate = Date::fromYmd(2026, 5, 1);
    s.payments.push_back(p);

    const auto issues = checkCampaign(s, Date::fromYmd(2026, 7, 10));
    CHECK(mentions(issues, "after the campaign ends"));
    CHECK(mentions(issues, "Is late"));
    CHECK(mentions(issues, "Published on 2026-05-01 before its contract is signed"));
    CHECK_FALSE(mentions(issues, "2026-05-20"));
    CHECK(mentions(issues, "Overdue since 2026-05-01"));
}
