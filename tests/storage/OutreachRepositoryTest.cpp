#include "TempDir.h"

#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/InfluencerRepository.h"
#include "storage/OutreachRepository.h"
#include "storage/StorageError.h"
#include "storage/TaskHistory.h"
#include "storage/TaskRepository.h"
#include "storage/Workbook.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace cd::core;
using namespace cd::storage;

namespace {

OutreachTemplate makeTemplate(const std::string& name)
{
    OutreachTemplate t;
    t.name = name;
    t.subject = "Hello {first_name}";
    t.body = "Line one\nLine two with {campaign} & {{braces}}";
    return t;
}

} // namespace

TEST_CASE("A new workbook holds the two default outreach templates")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("new.cdwb"));

    const auto templates = OutreachRepository(wb.db()).list();

    REQUIRE(templates.size() == 2);
    // Listed by name.
    CHECK(templates[0].name == "Brief and contract follow-up");
    CHECK(templates[1].name == "First contact");
    CHECK(templates[1].body.find("Hi {first_name},\n") == 0);
    CHECK(templates[0].body.find("{fee}") != std::string::npos);
    CHECK(templates[0].version == 1);
}

TEST_CASE("Outreach templates are added, updated, removed and restored with their id")
{
    TempDir dir;
    auto wb = Workbook::create(dir.file("t.cdwb"));
    OutreachRepository repo(wb.db());

    OutreachTemplate t = makeTemplate("Aaa reminder");
    repo.add(t);
    CHECK(t.id > 0);
    CHECK(t.version == 1);
    CHECK(repo.get(t.id) == t);
    CHECK(repo.list().front() == t);

    t.subject = "Reminder: {campaign}";
    repo.update(t);
    CHECK(t.version == 2);
    CHECK(repo.get(t.id)->subject == "Reminder: {campaign}");

    OutreachTemplate stale = t;
    stale.version = 1;
    stale.name = "Changed elsewhere";
    try {
        repo.update(stale);
        FAIL("a stale update must be refused");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Conflict);
    }

    const OutreachTemplate removed = *repo.get(t.id);
    repo.remove(t.id);
    CHECK_FALSE(repo.get(t.id).has_value());
    CHECK(repo.list().size() == 2);

    OutreachTemplate back = removed;
    repo.restore(back);
    CHECK(back.id == removed.id);
    CHECK(back.version == 1);
    CHECK(repo.get(removed.id)->body == "Line one\nLine two with {campaign} & {{braces}}");
}

TEST_CASE("Opening a version-2 workbook migrates it to the current version with its data intact")
{
    TempDir dir;
    const auto path = dir.file("v2.cdwb");
    Id influencerId = 0;
    Id taskId = 0;
    {
        auto wb = Workbook::create(path);
        Campaign c;
        c.name = "From version 2";
        CampaignRepository(wb.db()).add(c);
        Influencer person;
        person.name = "Lucia Bianchi";
        person.email = "lucia@example.it";
        person.lastContact = Date::fromYmd(2026, 5, 4);
        InfluencerRepository(wb.db()).add(person);
        influencerId = person.id;
        Task task;
        task.campaignId = c.id;
        task.name = "Brief";
        task.plannedStart = Date::fromYmd(2026, 6, 1);
        task.durationDays = 2;
        TaskRepository(wb.db()).add(task);
        taskId = task.id;
        TaskHistoryEntry entry{
            0, task.id, "2026-06-01", "start", "2026-05-30", "2026-06-01", "supplier late"};
        TaskHistory(wb.db()).append(entry);
        // What CampaignDesk wrote before version 3: no outreach templates.
        wb.db().exec("DROP TABLE team_member; DROP TABLE campaign_brief; DROP INDEX task_assignee; "
                     "ALTER TABLE contract DROP COLUMN assignee; "
                     "DROP TABLE outreach_template; PRAGMA user_version = 2;");
    }
    auto wb = Workbook::open(path, Workbook::Mode::ReadWrite);

    CHECK(wb.schemaVersion() == Workbook::kSchemaVersion);
    CHECK(std::filesystem::exists(Workbook::backupPathFor(path, 2)));
    CHECK(CampaignRepository(wb.db()).list().at(0).name == "From version 2");
    const auto person = InfluencerRepository(wb.db()).get(influencerId);
    REQUIRE(person.has_value());
    CHECK(person->email == "lucia@example.it");
    CHECK(person->lastContact == Date::fromYmd(2026, 5, 4));
    const auto history = TaskHistory(wb.db()).list(taskId);
    REQUIRE(history.size() == 1);
    CHECK(history[0].reason == "supplier late");
    // The upgrade brings the default templates, and the table takes new ones.
    OutreachRepository repo(wb.db());
    CHECK(repo.list().size() == 2);
    OutreachTemplate t = makeTemplate("Mine");
    repo.add(t);
    CHECK(repo.list().size() == 3);
}
