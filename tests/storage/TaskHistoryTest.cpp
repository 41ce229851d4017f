#include "TempDir.h"

#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/TaskHistory.h"
#include "storage/TaskRepository.h"
#include "storage/Workbook.h"

#include <catch2/catch.hpp>

using namespace cd::core;
using namespace cd::storage;

namespace {

struct Fixture {
    TempDir dir;
    Workbook wb = Workbook::create(dir.file("h.cdwb"));
    Task task;

    Fixture()
    {
        Campaign c;
        c.name = "History";
        c.currency = "EUR";
        CampaignRepository(wb.db()).add(c);
        task.campaignId = c.id;
        task.name = "Shoot";
        task.plannedStart = Date::fromYmd(2026, 6, 1);
        task.durationDays = 3; // 1–3 June
        TaskRepository(wb.db()).add(task);
    }
};

} // namespace

TEST_CASE("Moving a task writes the change and one history row per date field")
{
    Fixture f;
    const Task before = f.task;
    Task moved = f.task;
    moved.plannedStart = Date::fromYmd(2026, 6, 8); // same duration: start and finish move
    const auto written =
        updateTaskWithHistory(f.wb.db(), moved, before, "2026-06-15", "Creator was ill");
    REQUIRE(written.size() == 2);

    CHECK(TaskRepository(f.wb.db()).get(f.task.id)->plannedStart == Date::fromYmd(2026, 6, 8));
    const auto rows = TaskHistory(f.wb.db()).list(f.task.id);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].field == "start");
    CHECK(rows[0].oldValue == "2026-06-01");
    CHECK(rows[0].newValue == "2026-06-08");
    CHECK(rows[0].changedOn == "2026-06-15");
    CHECK(rows[0].reason == "Creator was ill");
    CHECK(rows[1].field == "finish");
    CHECK(rows[1].oldValue == "2026-06-03");
    CHECK(rows[1].newValue == "2026-06-10");
    CHECK(rows[0].id == written[0].id);
    CHECK(rows[1].id == written[1].id);
}

TEST_CASE("A longer duration records the finish and the days, not the start")
{
    Fixture f;
    Task after = f.task;
    after.durationDays = 5;
    const auto rows = dateChanges(f.task, after, "2026-06-15", "");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].field == "finish");
    CHECK(rows[0].newValue == "2026-06-05");
    CHECK(rows[1].field == "duration_days");
    CHECK(rows[1].oldValue == "3");
    CHECK(rows[1].newValue == "5");
    after.durationDays = 3;
    after.percentComplete = 40; // progress is not history
    CHECK(dateChanges(f.task, after, "2026-06-15", "").empty());
}

TEST_CASE("A change of scope (name, kind, cost) is history too, after the dates")
{
    Fixture f;
    Task after = f.task;
    after.name = "Renamed";
    after.kind = TaskKind::Milestone;
    after.costEstimate = Money(123450, "EUR");
    after.durationDays = 4;
    const auto rows = dateChanges(f.task, after, "2026-06-15", "the brand cut the scope");
    REQUIRE(rows.size() == 5);
    CHECK(rows[0].field == "finish");
    CHECK(rows[1].field == "duration_days");
    CHECK(rows[2].field == "name");
    CHECK(rows[2].oldValue == f.task.name);
    CHECK(rows[2].newValue == "Renamed");
    CHECK(rows[3].field == "kind");
    CHECK(rows[3].newValue == "milestone");
    CHECK(rows[4].field == "cost");
    CHECK(rows[4].newValue == "1234.50");
    CHECK(rows[4].reason == "the brand cut the scope");
}

TEST_CASE("A failed task write leaves no history row")
{
    Fixture f;
    Task stale = f.task;
    Task current = f.task;
    current.name = "Changed elsewhere";
    TaskRepository(f.wb.db()).update(current); // `stale` now has an old row version
    Task moved = stale;
    moved.plannedStart = Date::fromYmd(2026, 7, 1);
    CHECK_THROWS_AS(updateTaskWithHistory(f.wb.db(), moved, stale, "2026-06-15", "late"),
                    StorageError);
    CHECK(TaskHistory(f.wb.db()).list(f.task.id).empty());
}

TEST_CASE("History entries can be removed, restored with their id and given a reason")
{
    Fixture f;
    TaskHistory history(f.wb.db());
    TaskHistoryEntry e{0, f.task.id, "2026-06-15", "start", "2026-06-01", "2026-06-02", ""};
    history.append(e);
    REQUIRE(e.id != 0);
    history.setReason(e.id, "Agency asked");
    CHECK(history.get(e.id)->reason == "Agency asked");
    const TaskHistoryEntry saved = *history.get(e.id);
    history.remove(e.id);
    CHECK(history.list(f.task.id).empty());
    CHECK_THROWS_AS(history.setReason(e.id, "x"), StorageError);
    history.restore(saved);
    const auto rows = history.list(f.task.id);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0] == saved);

    TaskRepository(f.wb.db()).remove(f.task.id); // the history goes with its task
    CHECK(history.list(f.task.id).empty());
}

TEST_CASE("The latest change is the rows of the last edit")
{
    Fixture f;
    CHECK(TaskHistory(f.wb.db()).latestChange(f.task.id).empty());
    Task before = *TaskRepository(f.wb.db()).get(f.task.id);
    Task moved = before;
    moved.plannedStart = Date::fromYmd(2026, 6, 2); // start and finish
    updateTaskWithHistory(f.wb.db(), moved, before, "2026-06-15", "");
    before = moved;
    moved.durationDays = 4; // finish and duration, the same day, no reason either
    updateTaskWithHistory(f.wb.db(), moved, before, "2026-06-15", "");
    auto latest = TaskHistory(f.wb.db()).latestChange(f.task.id);
    REQUIRE(latest.size() == 2);
    CHECK(latest[0].field == "finish");
    CHECK(latest[0].oldValue == "2026-06-04");
    CHECK(latest[0].newValue == "2026-06-05");
    CHECK(latest[1].field == "duration_days");

    before = moved;
    moved.plannedStart = Date::fromYmd(2026, 6, 3); // again start and finish
    updateTaskWithHistory(f.wb.db(), moved, before, "2026-06-15", "");
    latest = TaskHistory(f.wb.db()).latestChange(f.task.id);
    REQUIRE(latest.size() == 2);
    CHECK(latest[0].field == "start");
    CHECK(latest[0].newValue == "2026-06-03");
    CHECK(TaskHistory(f.wb.db()).list(f.task.id).size() == 6);
}
