#include "core/Brief.h"
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
