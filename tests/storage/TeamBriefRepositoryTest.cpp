#include "TempDir.h"

#include "storage/BriefRepository.h"
#include "storage/CampaignRepository.h"
#include "storage/ContractRepository.h"
#include "storage/Database.h"
#include "storage/InfluencerRepository.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"
#include "storage/TeamRepository.h"
#include "storage/Workbook.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace cd::core;
using namespace cd::storage;

namespace {

struct Fixture {
    TempDir dir;
    Workbook wb = Workbook::create(dir.file("team.cdwb"));
    Campaign campaign;
    Influencer person;

    Fixture()
    {
        campaign.name = "Launch";
        CampaignRepository(wb.db()).add(campaign);
        person.name = "Giulia";
        InfluencerRepository(wb.db()).add(person);
    }

    Task addTask(const std::string& name, const std::string& assignee)
    {
        Task t;
        t.campaignId = campaign.id;
        t.name = name;
        t.assignee = assignee;
        TaskRepository(wb.db()).add(t);
        return t;
    }
};

TeamMember member(const std::string& name, std::vector<OwnerRole> roles)
{
    TeamMember m;
    m.name = name;
    m.roles = std::move(roles);
    return m;
}

} // namespace

TEST_CASE("Team members are added with their roles, listed by name and removed")
{
    Fixture f;
    TeamRepository team(f.wb.db());
    CHECK(team.list().empty());

    auto sofia = member("  Sofia  Rossi ", {OwnerRole::Operations, OwnerRole::CreatorManagement});
    sofia.email = "sofia@example.com";
    team.add(sofia);
    auto anna = member("anna", {OwnerRole::Strategy});
    team.add(anna);

    CHECK(sofia.name == "Sofia Rossi");
    CHECK(sofia.version == 1);
    const auto all = team.list();
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == "anna");
    CHECK(all[1] == sofia);
    CHECK(all[1].roles == std::vector{OwnerRole::CreatorManagement, OwnerRole::Operations});
    CHECK(team.findByName("Sofia Rossi")->id == sofia.id);
    CHECK_FALSE(team.findByName("Sofia").has_value());

    team.remove(anna.id);
    CHECK(team.list().size() == 1);
    team.restore(anna);
    CHECK(team.get(anna.id)->name == "anna");
}

TEST_CASE("A team member's name must be given and new")
{
    Fixture f;
    TeamRepository team(f.wb.db());
    auto a = member("Marta", {});
    team.add(a);

    auto twin = member("Marta ", {OwnerRole::Analytics});
    try {
        team.add(twin);
        FAIL("a second Marta was accepted");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Constraint);
        CHECK(std::string(e.what()) == "The team already has someone called \"Marta\".");
    }
    auto blank = member("   ", {});
    CHECK_THROWS_AS(team.add(blank), StorageError);
    CHECK(team.list().size() == 1);
}

TEST_CASE("Renaming a team member renames their tasks and contracts, and only theirs")
{
    Fixture f;
    TeamRepository team(f.wb.db());
    auto luca = member("Luca", {OwnerRole::Operations});
    team.add(luca);
    const Task mine = f.addTask("Ship kits", "Luca");
    const Task other = f.addTask("Write brief", "Marta");
    Contract c;
    c.campaignId = f.campaign.id;
    c.influencerId = f.person.id;
    c.assignee = "Luca";
    ContractRepository(f.wb.db()).add(c);
    CHECK(ContractRepository(f.wb.db()).get(c.id)->assignee == "Luca");
    CHECK(team.assignmentsOf("Luca") == Assignments{1, 1});

    luca.name = "Luca Verdi";
    const auto renamed = team.update(luca);

    CHECK(renamed == Assignments{1, 1});
    CHECK(luca.version == 2);
    TaskRepository tasks(f.wb.db());
    CHECK(tasks.get(mine.id)->assignee == "Luca Verdi");
    CHECK(tasks.get(other.id)->assignee == "Marta");
    CHECK(ContractRepository(f.wb.db()).get(c.id)->assignee == "Luca Verdi");
    CHECK(team.assignmentsOf("Luca") == Assignments{0, 0});

    // A stale copy is refused, and nothing is renamed.
    auto stale = luca;
    stale.version = 1;
    stale.name = "Someone";
    CHECK_THROWS_AS(team.update(stale), StorageError);
    CHECK(tasks.get(mine.id)->assignee == "Luca Verdi");

    // Roles and e-mail change without touching any task.
    luca.roles = {OwnerRole::Analytics};
    luca.email = "luca@example.com";
    CHECK(team.update(luca) == Assignments{0, 0});
    CHECK(team.get(luca.id)->roles == std::vector{OwnerRole::Analytics});
}

TEST_CASE("A campaign's brief starts empty, is saved, updated and checked for conflicts")
{
    Fixture f;
    BriefRepository briefs(f.wb.db());
    CampaignBrief brief = briefs.get(f.campaign.id);
    CHECK(brief.isEmpty());
    CHECK(brief.version == 0);
    CHECK(brief.campaignId == f.campaign.id);

    brief.productNames = "- GlowSerum";
    brief.disclosures = "- #ad";
    brief.postingPractice = "Post at 18:00 \xE2\x80\x94 never at night";
    briefs.save(brief);
    CHECK(brief.version == 1);
    CHECK(briefs.get(f.campaign.id) == brief);

    // Someone else saved first: both an insert and an update of a stale copy are refused.
    CampaignBrief stale = brief;
    brief.keyMessages = "SPF every day";
    briefs.save(brief);
    CHECK(brief.version == 2);
    stale.dos = "lost";
    CHECK_THROWS_AS(briefs.save(stale), StorageError);
    CampaignBrief fresh;
    fresh.campaignId = f.campaign.id;
    CHECK_THROWS_AS(briefs.save(fresh), StorageError);
    CHECK(briefs.get(f.campaign.id) == brief);

    CHECK_THROWS_AS(briefs.get(f.campaign.id + 99), StorageError);
    // The brief goes with its campaign.
    CampaignRepository(f.wb.db()).remove(f.campaign.id);
    Campaign again;
    again.name = "Again";
    CampaignRepository(f.wb.db()).add(again);
    CHECK(again.id == f.campaign.id);
    CHECK(briefs.get(again.id).isEmpty());
}

TEST_CASE("Upgrading a version-3 workbook makes a team of the people its tasks name")
{
    TempDir dir;
    const auto path = dir.file("v3.cdwb");
    Id contractId = 0;
    {
        auto wb = Workbook::create(path);
        Campaign c;
        c.name = "Old";
        CampaignRepository(wb.db()).add(c);
        Influencer person;
        person.name = "Léa";
        InfluencerRepository(wb.db()).add(person);
        TaskRepository tasks(wb.db());
        for (const auto& [name, role, who] : {std::tuple{"a", OwnerRole::Strategy, "Marta"},
                                              std::tuple{"b", OwnerRole::Analytics, "Marta"},
                                              std::tuple{"c", OwnerRole::Unassigned, "Luca"},
                                              std::tuple{"d", OwnerRole::Operations, ""}}) {
            Task t;
            t.campaignId = c.id;
            t.name = name;
            t.ownerRole = role;
            t.assignee = who;
            tasks.add(t);
        }
        Contract k;
        k.campaignId = c.id;
        k.influencerId = person.id;
        ContractRepository(wb.db()).add(k);
        contractId = k.id;
        wb.db().exec("DROP TABLE team_member; DROP TABLE campaign_brief; DROP INDEX task_assignee;"
                     "ALTER TABLE contract DROP COLUMN assignee; PRAGMA user_version = 3;");
    }
    auto wb = Workbook::open(path, Workbook::Mode::ReadWrite);
    CHECK(wb.schemaVersion() == 4);
    CHECK(std::filesystem::exists(Workbook::backupPathFor(path, 3)));

    const auto team = TeamRepository(wb.db()).list();
    REQUIRE(team.size() == 2);
    CHECK(team[0].name == "Luca");
    CHECK(team[0].roles.empty());
    CHECK(team[1].name == "Marta");
    CHECK(team[1].roles == std::vector{OwnerRole::Strategy, OwnerRole::Analytics});
    CHECK(ContractRepository(wb.db()).get(contractId)->assignee.empty());
}
