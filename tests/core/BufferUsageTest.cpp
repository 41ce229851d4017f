#include "core/BufferUsage.h"

#include <catch2/catch.hpp>

using namespace cd::core;

namespace {

Date d(const char* iso)
{
    return *Date::parseIso(iso);
}

Task task(Id id, const char* name, int days, int buffer, std::optional<Id> parent = std::nullopt)
{
    Task t;
    t.id = id;
    t.name = name;
    t.durationDays = days;
    t.bufferDays = buffer;
    t.parentId = parent;
    return t;
}

const BufferUsage& usageOf(const std::vector<BufferUsage>& all, Id id)
{
    for (const auto& u : all) {
        if (u.taskId == id) {
            return u;
        }
    }
    FAIL("no buffer usage for task " << id);
    return all.front();
}

} // namespace

// Worked by hand from Thursday 2026-01-01, calendar days:
//   A 3 d (buffer 2): planned 01-01 … 01-03
//   B 2 d (buffer 1), FS after A: planned 01-04 … 01-05
//   C 4 d (buffer 3): planned 01-01 … 01-04
//   D 2 d (buffer 2), FS after C: planned 01-05 … 01-06, not finished yet
//   all four below the summary S.
TEST_CASE("Buffer use: actual finish minus planned early finish, clipped to the buffer")
{
    std::vector<Task> tasks = {task(1, "S", 0, 0), task(2, "A", 3, 2, 1), task(3, "B", 2, 1, 1),
                               task(4, "C", 4, 3, 1), task(5, "D", 2, 2, 1)};
    const std::vector<Dependency> deps = {{1, 2, 3, DependencyType::FS, 0},
                                          {2, 4, 5, DependencyType::FS, 0}};
    // A finished one day late: one of its two buffer days is used.
    tasks[1].actualStart = d("2026-01-01");
    tasks[1].actualFinish = d("2026-01-04");
    // B started late after A and took longer: 4 days late against a 1-day buffer.
    tasks[2].actualStart = d("2026-01-06");
    tasks[2].actualFinish = d("2026-01-09");
    // C finished a day early: nothing used, nothing given back.
    tasks[3].actualStart = d("2026-01-01");
    tasks[3].actualFinish = d("2026-01-03");
    // D started but has no actual finish.
    tasks[4].actualStart = d("2026-01-05");

    const auto planned = computePlannedSchedule(tasks, deps, d("2026-01-01"));
    REQUIRE(planned.schedule);
    // The plan is unmoved by what happened: B was due on the 5th.
    CHECK(planned.schedule->tasks.at(3).earlyFinish == d("2026-01-05"));
    CHECK(planned.schedule->finish == d("2026-01-06"));
    // With buffers: A 01-01 … 01-05, B 01-06 … 01-08; C 01-01 … 01-07, D 01-08 … 01-11.
    CHECK(planned.schedule->finishWithBuffers == d("2026-01-11"));

    const auto usage = computeBufferUsage(tasks, *planned.schedule);
    REQUIRE(usage.size() == 4); // the summary S has none

    const auto& a = usageOf(usage, 2);
    CHECK(a.plannedFinish == d("2026-01-03"));
    CHECK(a.actualFinish == d("2026-01-04"));
    CHECK(a.bufferDays == 2);
    CHECK(a.usedDays == 1);
    CHECK(a.overrunDays == 0);

    const auto& b = usageOf(usage, 3);
    CHECK(b.plannedFinish == d("2026-01-05"));
    CHECK(b.usedDays == 1);
    CHECK(b.overrunDays == 3);

    const auto& c = usageOf(usage, 4);
    CHECK(c.usedDays == 0);
    CHECK(c.overrunDays == 0);

    const auto& dd = usageOf(usage, 5);
    CHECK_FALSE(dd.actualFinish);
    CHECK(dd.plannedFinish == d("2026-01-06"));
    CHECK(dd.usedDays == 0);
}

TEST_CASE("Buffer use: the live schedule moves, the planned one does not")
{
    std::vector<Task> tasks = {task(1, "A", 3, 0), task(2, "B", 2, 2)};
    const std::vector<Dependency> deps = {{1, 1, 2, DependencyType::FS, 0}};
    tasks[0].actualStart = d("2026-01-01");
    tasks[0].actualFinish = d("2026-01-05"); // two days late
    const auto live = computeSchedule(tasks, deps, d("2026-01-01"));
    const auto planned = computePlannedSchedule(tasks, deps, d("2026-01-01"));
    REQUIRE(live.schedule);
    REQUIRE(planned.schedule);
    CHECK(live.schedule->tasks.at(2).earlyFinish == d("2026-01-07"));
    CHECK(planned.schedule->tasks.at(2).earlyFinish == d("2026-01-05"));
    // A had no buffer: its two late days are an overrun.
    const auto usage = computeBufferUsage(tasks, *planned.schedule);
    CHECK(usageOf(usage, 1).usedDays == 0);
    CHECK(usageOf(usage, 1).overrunDays == 2);
}
