#include "TempDir.h"

#include "storage/CampaignRepository.h"
#include "storage/ContentRepository.h"
#include "storage/ContractRepository.h"
#include "storage/InfluencerMerge.h"
#include "storage/InfluencerRepository.h"
#include "storage/InfluencerRestore.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"
#include "storage/Workbook.h"

#include <catch2/catch.hpp>

using namespace cd::core;
using namespace cd::storage;

namespace {

// A campaign and three people: Anna (kept in merges), Bea (a duplicate of Anna with a contract,
// content, a task and a membership) and Carla (content, a task and a membership, no contract).
struct Roster {
    TempDir dir;
    Workbook wb = Workbook::create(dir.file("m.cdwb"));
    InfluencerRepository people{wb.db()};
    Id campaign = 0;
    Influencer anna, bea, carla;
    Id beaContract = 0, beaContent = 0, beaTask = 0, carlaContent = 0, carlaTask = 0;

    Roster()
    {
        Campaign c;
        c.name = "Spring";
        CampaignRepository(wb.db()).add(c);
        campaign = c.id;
        anna = person("Anna", {{Platform::Instagram, "anna", 1000, 0.05}}, "anna@mail.io");
        anna.phone = "+39 1";
        people.update(anna);
        bea = person("Anna B.",
                     {{Platform::Instagram, "anna.b", 900, std::nullopt},
                      {Platform::TikTok, "annatok", 5000, 0.1}},
                     "");
        bea.phone = "+39 2";
        bea.notes = "Loves cats";
        people.update(bea);
        carla = person("Carla", {{Platform::YouTube, "carla", 20, std::nullopt}}, "");
        for (Influencer* i : {&bea, &carla}) {
            CampaignMember m;
            m.campaignId = campaign;
            m.influencerId = i->id;
            people.addMember(m);
        }
        Contract k;
        k.campaignId = campaign;
        k.influencerId = bea.id;
        ContractRepository(wb.db()).add(k);
        beaContract = k.id;
        beaContent = content(bea.id);
        carlaContent = content(carla.id);
        beaTask = task(bea.id);
        carlaTask = task(carla.id);
    }

    Influencer person(const std::string& name, std::vector<Handle> handles,
                      const std::string& email)
    {
        Influencer i;
        i.name = name;
        i.email = email;
        i.handles = std::move(handles);
        people.add(i);
        return *people.get(i.id);
    }
    Id content(Id influencer)
    {
        ContentItem item;
        item.campaignId = campaign;
        item.influencerId = influencer;
        item.title = "Post";
        ContentRepository(wb.db()).add(item);
        return item.id;
    }
    Id task(Id influencer)
    {
        Task t;
        t.campaignId = campaign;
        t.name = "Brief";
        t.influencerId = influencer;
        TaskRepository(wb.db()).add(t);
        return t.id;
    }
    std::optional<Id> contentOwner(Id id)
    {
        return ContentRepository(wb.db()).get(id)->influencerId;
    }
    std::optional<Id> taskOwner(Id id) { return TaskRepository(wb.db()).get(id)->influencerId; }
    Id contractOwner(Id id) { return ContractRepository(wb.db()).get(id)->influencerId; }
};

} // namespace

TEST_CASE("Merging moves every reference to the kept record, and undo puts both back")
{
    Roster r;
    const auto record = mergeInfluencers(r.wb.db(), r.anna.id, r.bea.id);

    CHECK_FALSE(r.people.get(r.bea.id));
    const auto merged = r.people.get(r.anna.id);
    REQUIRE(merged);
    // The kept record's own details win; the other fills gaps and adds its accounts.
    CHECK(merged->name == "Anna");
    CHECK(merged->phone == "+39 1");
    CHECK(merged->notes == "Loves cats");
    REQUIRE(merged->handles.size() == 2); // Instagram stays Anna's; TikTok joins
    CHECK(merged->handles[0].handle == "anna");
    CHECK(merged->handles[1].platform == Platform::TikTok);
    CHECK(merged->handles[1].followers == 5000);
    CHECK(r.contractOwner(r.beaContract) == r.anna.id);
    CHECK(r.contentOwner(r.beaContent) == r.anna.id);
    CHECK(r.taskOwner(r.beaTask) == r.anna.id);
    REQUIRE(r.people.membersOfCampaign(r.campaign).size() == 2); // Anna (moved) and Carla
    CHECK(r.people.campaignsOf(r.anna.id).size() == 1);
    CHECK(r.wb.integrityProblems().empty());

    undoMerge(r.wb.db(), record);
    const auto anna = r.people.get(r.anna.id);
    const auto bea = r.people.get(r.bea.id);
    REQUIRE(anna);
    REQUIRE(bea);
    CHECK(anna->handles.size() == 1);
    CHECK(anna->notes.empty());
    CHECK(bea->name == "Anna B.");
    CHECK(bea->handles.size() == 2);
    CHECK(r.contractOwner(r.beaContract) == r.bea.id);
    CHECK(r.contentOwner(r.beaContent) == r.bea.id);
    CHECK(r.taskOwner(r.beaTask) == r.bea.id);
    CHECK(r.people.campaignsOf(r.anna.id).empty());
    CHECK(r.people.campaignsOf(r.bea.id).size() == 1);
    CHECK(r.wb.integrityProblems().empty());
}

TEST_CASE("A merge is refused when both people have a contract for the same campaign")
{
    Roster r;
    Contract k;
    k.campaignId = r.campaign;
    k.influencerId = r.anna.id;
    ContractRepository(r.wb.db()).add(k);
    CHECK_THROWS_AS(mergeInfluencers(r.wb.db(), r.anna.id, r.bea.id), StorageError);
    CHECK(r.people.get(r.bea.id));
    CHECK(r.contractOwner(r.beaContract) == r.bea.id);
    CHECK_THROWS_AS(mergeInfluencers(r.wb.db(), r.anna.id, r.anna.id), StorageError);
}

TEST_CASE("Removing a person keeps what they were linked to, and restoring relinks it all")
{
    Roster r;
    // Bea has a contract: a contract is never dropped as a side effect.
    CHECK_THROWS_AS(removeInfluencer(r.wb.db(), r.bea.id), StorageError);
    CHECK(r.people.get(r.bea.id));

    const auto removed = removeInfluencer(r.wb.db(), r.carla.id);
    CHECK_FALSE(r.people.get(r.carla.id));
    CHECK(removed.links.memberships.size() == 1);
    CHECK(removed.links.content == std::vector<Id>{r.carlaContent});
    CHECK(removed.links.tasks == std::vector<Id>{r.carlaTask});
    // The content and the task stay, with no one named.
    CHECK_FALSE(r.contentOwner(r.carlaContent));
    CHECK_FALSE(r.taskOwner(r.carlaTask));

    restoreInfluencer(r.wb.db(), removed);
    const auto carla = r.people.get(r.carla.id);
    REQUIRE(carla);
    CHECK(carla->name == "Carla");
    REQUIRE(carla->handles.size() == 1);
    CHECK(carla->handles[0].handle == "carla");
    CHECK(r.contentOwner(r.carlaContent) == r.carla.id);
    CHECK(r.taskOwner(r.carlaTask) == r.carla.id);
    CHECK(r.people.campaignsOf(r.carla.id).size() == 1);
    CHECK(r.wb.integrityProblems().empty());
}
