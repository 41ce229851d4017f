#include "core/Brief.h"
#include "core/MyWork.h"
#include "core/Team.h"

#include <catch2/catch.hpp>

using namespace cd::core;

TEST_CASE("Roles are stored as keys in role order, each once")
{
    CHECK(rolesToKeys({OwnerRole::Operations, OwnerRole::Strategy, OwnerRole::Operations,
                       OwnerRole::Unassigned}) == "strategy,operations");
    CHECK(rolesToKeys({}).empty());
    CHECK(rolesFromKeys("operations, strategy,,bogus,strategy") ==
          std::vector{OwnerRole::Strategy, OwnerRole::Operations});
    CHECK(rolesFromKeys("").empty());
    const std::vector all = teamRoles();
    CHECK(rolesFromKeys(rolesToKeys(all)) == all);
}

TEST_CASE("People's names are kept without stray blanks and the team sorts by name")
{
    CHECK(normalizedPersonName("  Anna \t  Maria  ") == "Anna Maria");
    CHECK(normalizedPersonName("   ").empty());

    std::vector<TeamMember> team{{3, 1, "marco", "", {OwnerRole::Analytics}},
                                 {1, 1, "Anna", "", {OwnerRole::Strategy, OwnerRole::Analytics}},
                                 {2, 1, "Luca", "", {}}};
    sortTeam(team);
    CHECK(team[0].name == "Anna");
    CHECK(team[1].name == "Luca");
    CHECK(team[2].name == "marco");
    const auto analysts = holdersOf(team, OwnerRole::Analytics);
    REQUIRE(analysts.size() == 2);
    CHECK(analysts[0]->name == "Anna");
    CHECK(analysts[1]->name == "marco");
    CHECK(holdersOf(team, OwnerRole::Operations).empty());
}

TEST_CASE("A brief lists its parts in a fixed order and knows when it is empty")
{
    CampaignBrief brief;
    CHECK(brief.isEmpty());
    brief.donts = "  \n ";
    CHECK(brief.isEmpty());
    brief.donts = "- No medical claims";
    CHECK_FALSE(brief.isEmpty());

    const auto sections = briefSections();
    REQUIRE(sections.size() == 7);
    CHECK(sections.front().key == "overview");
    CHECK(sections[1].key == "product_names");
    CHECK(findBriefSection("donts")->title == "Don't");
    CHECK(brief.*(findBriefSection("donts")->field) == "- No medical claims");
    CHECK(findBriefSection("nope") == nullptr);
}

TEST_CASE("Brief items drop bullets and blank lines")
{
    CHECK(briefItems("- one\n\n  * two  \n-three\nfour") ==
          std::vector<std::string>{"one", "two", "-three", "four"});
    CHECK(briefProductName("GlowSerum \xE2\x80\x94 one word") == "GlowSerum");
    CHECK(briefProductName("SPF 50 Glow Fluid - never lower case") == "SPF 50 Glow Fluid");
    CHECK(briefProductName("Lumen: the brand") == "Lumen");
    CHECK(briefProductName("Plain name") == "Plain name");
}

TEST_CASE("A caption is checked against the brief's disclosures and spellings")
{
    CampaignBrief brief;
    brief.disclosures = "- #ad at the start\n- Switch on the Paid partnership label";
    brief.productNames = "- SPF 50 Glow Fluid \xE2\x80\x94 exactly so\n- GlowSerum";

    SECTION("A correct caption has no findings")
    {
        CHECK(checkCaption(brief, "#ad My SPF 50 Glow Fluid routine, with GlowSerum").empty());
        CHECK(checkCaption(brief, "#AD nothing named here").empty());
    }
    SECTION("A missing hashtag is found, advice lines are not checked")
    {
        const auto findings = checkCaption(brief, "My routine #adventure");
        REQUIRE(findings.size() == 1);
        CHECK(findings[0].kind == BriefFinding::Kind::MissingDisclosure);
        CHECK(findings[0].expected == "#ad");
    }
    SECTION("Wrong capitals or spacing of a product name are found with what was written")
    {
        const auto findings = checkCaption(brief, "#ad love my spf 50 glowfluid and Glow Serum!");
        REQUIRE(findings.size() == 2);
        CHECK(findings[0] == BriefFinding{BriefFinding::Kind::Misspelling, "SPF 50 Glow Fluid",
                                          "spf 50 glowfluid"});
        CHECK(findings[1] ==
              BriefFinding{BriefFinding::Kind::Misspelling, "GlowSerum", "Glow Serum"});
    }
    SECTION("A name inside a longer word is not a misspelling of it")
    {
        CHECK(checkCaption(brief, "#ad GlowSerums and xglowserum").empty());
    }
}

TEST_CASE("A person's work is their tasks, their contracts and what hangs off those contracts")
{
    const Date today = Date::fromYmd(2026, 6, 10);
    CampaignSnapshot s;
    s.campaign.id = 1;
    auto task = [&](Id id, const char* who, TaskStatus status, int startDay, int days) {
        Task t;
        t.id = id;
        t.assignee = who;
        t.status = status;
        t.plannedStart = Date::fromYmd(2026, 6, startDay);
        t.durationDays = days;
        s.tasks.push_back(t);
    };
    task(1, "Sofia", TaskStatus::InProgress, 1, 3); // finished on the 3rd: late
    task(2, "Sofia", TaskStatus::Done, 1, 3);       // done: not open
    task(3, "Sofia", TaskStatus::NotStarted, 9, 5); // ahead
    task(4, "Marta", TaskStatus::NotStarted, 1, 1); // someone else's
    task(5, "sofia", TaskStatus::NotStarted, 1, 1); // names compare exactly
    auto contract = [&](Id id, Id influencer, const char* who, ContractStatus status) {
        Contract c;
        c.id = id;
        c.influencerId = influencer;
        c.assignee = who;
        c.status = status;
        s.contracts.push_back(c);
    };
    contract(10, 100, "Sofia", ContractStatus::Sent);
    contract(11, 101, "Sofia", ContractStatus::Signed);
    contract(12, 102, "Luca", ContractStatus::Draft);
    auto payment = [&](Id id, std::optional<Id> contractId, int dueDay, bool paid) {
        Payment p;
        p.id = id;
        p.contractId = contractId;
        p.dueDate = Date::fromYmd(2026, 6, dueDay);
        if (paid) {
            p.paidDate = p.dueDate;
        }
        s.payments.push_back(p);
    };
    payment(20, 10, 1, false); // overdue
    payment(21, 11, 1, true);
    payment(22, 12, 1, false); // Luca's
    payment(23, std::nullopt, 1, false);
    auto post = [&](Id id, std::optional<Id> influencer, ApprovalStatus approval) {
        ContentItem c;
        c.id = id;
        c.influencerId = influencer;
        c.approval = approval;
        s.content.push_back(c);
    };
    post(30, 100, ApprovalStatus::Submitted);
    post(31, 101, ApprovalStatus::Published);
    post(32, 102, ApprovalStatus::Submitted);
    post(33, std::nullopt, ApprovalStatus::ChangesRequested);

    const PersonWork w = workOf(s, "Sofia", today);
    CHECK(w.person == "Sofia");
    CHECK(w.tasks == std::set<Id>{1, 2, 3});
    CHECK(w.openTasks == 2);
    CHECK(w.lateTasks == 1);
    CHECK(w.contracts == std::set<Id>{10, 11});
    CHECK(w.influencers == std::set<Id>{100, 101});
    CHECK(w.contractsToSign == 1);
    CHECK(w.payments == std::set<Id>{20, 21});
    CHECK(w.paymentsOverdue == 1);
    CHECK(w.content == std::set<Id>{30, 31});
    CHECK(w.contentToReview == 1);

    const PersonWork nobody = workOf(s, "Nobody", today);
    CHECK(nobody.tasks.empty());
    CHECK(nobody.content.empty());
}
