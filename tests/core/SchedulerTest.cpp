#include "core/Scheduler.h"

#include <catch2/catch.hpp>

using namespace cd::core;

namespace {

class Plan {
public:
    Id add(const std::string& name, int days, std::optional<Id> parent = std::nullopt)
    {
        Task t;
        t.id = static_cast<Id>(m_tasks.size() + 1);
        t.name = name;
        t.durationDays = days;
        t.parentId = parent;
        if (days == 0) {
            t.kind = TaskKind::Milestone;
        }
        m_tasks.push_back(t);
        return t.id;
    }
    void link(Id from, Id to, DependencyType type = DependencyType::FS, int lag = 0)
    {
        m_deps.push_back({static_cast<Id>(m_deps.size() + 1), from, to, type, lag});
    }
    Task& task(Id id) { return m_tasks[static_cast<std::size_t>(id - 1)]; }
    Schedule run(const char* start = "2026-01-01")
    {
        auto r = computeSchedule(m_tasks, m_deps, *Date::parseIso(start));
        REQUIRE(r.schedule);
        return *r.schedule;
    }
    ScheduleResult tryRun()
    {
        return computeSchedule(m_tasks, m_deps, *Date::parseIso("2026-01-01"));
    }
    std::vector<Task> m_tasks;
    std::vector<Dependency> m_deps;
};

std::string es(const Schedule& s, Id id)
{
    return s.tasks.at(id).earlyStart.toIso();
}
std::string ef(const Schedule& s, Id id)
{
    return s.tasks.at(id).earlyFinish.toIso();
}
int slack(const Schedule& s, Id id)
{
    return s.tasks.at(id).totalFloatDays;
}

} // namespace

// Worked by hand: A (3 d) →FS+2→ B (2 d) →FS→ C (1 d), starting Thursday 2026-01-01,
// in calendar days. A: 01–03; B: 06–07 (two days of lag after A); C: 08.
TEST_CASE("Finish-to-start with lag: a chain is the critical path")
{
    Plan p;
    const auto a = p.add("A", 3);
    const auto b = p.add("B", 2);
    const auto c = p.add("C", 1);
    const auto d = p.add("D (free)", 1);
    p.link(a, b, DependencyType::FS, 2);
    p.link(b, c);
    const auto s = p.run();
    CHECK(es(s, a) == "2026-01-01");
    CHECK(ef(s, a) == "2026-01-03");
    CHECK(es(s, b) == "2026-01-06");
    CHECK(ef(s, b) == "2026-01-07");
    CHECK(es(s, c) == "2026-01-08");
    CHECK(ef(s, c) == "2026-01-08");
    CHECK(s.finish->toIso() == "2026-01-08");
    CHECK(slack(s, a) == 0);
    CHECK(slack(s, b) == 0);
    CHECK(slack(s, c) == 0);
    // D can slip 7 days: late start 01-08, late finish 01-08.
    CHECK(slack(s, d) == 7);
    CHECK(s.tasks.at(d).lateStart.toIso() == "2026-01-08");
    CHECK(s.tasks.at(d).lateFinish.toIso() == "2026-01-08");
    CHECK_FALSE(s.tasks.at(d).critical);
    CHECK(s.criticalTasks == std::vector<Id>{a, b, c});
}

TEST_CASE("Start-to-start, finish-to-finish and start-to-finish")
{
    Plan p;
    const auto a = p.add("A", 3);  // 01-01 … 01-03
    const auto b = p.add("B", 2);  // SS+1 from A: 01-02 … 01-03
    const auto c = p.add("C", 5);  // FF+2 from A: finishes 01-05, so starts 01-01
    const auto d = p.add("D", 2);  // SF+4 from A: finishes by A's start + 4 = 01-04, starts 01-03
    const auto e = p.add("E", 10); // sets the project's finish: 01-10
    p.link(a, b, DependencyType::SS, 1);
    p.link(a, c, DependencyType::FF, 2);
    p.link(a, d, DependencyType::SF, 4);
    const auto s = p.run();
    CHECK(es(s, b) == "2026-01-02");
    CHECK(ef(s, b) == "2026-01-03");
    CHECK(es(s, c) == "2026-01-01");
    CHECK(ef(s, c) == "2026-01-05");
    CHECK(es(s, d) == "2026-01-03");
    CHECK(ef(s, d) == "2026-01-04");
    CHECK(s.finish->toIso() == "2026-01-10");
    CHECK(slack(s, e) == 0);
    // Late dates against the finish on 01-10: B may finish 01-10 (float 7);
    // C may finish 01-10 (float 5) and holds A back to finish by 01-08 (A's float 5).
    CHECK(slack(s, b) == 7);
    CHECK(slack(s, c) == 5);
    CHECK(slack(s, a) == 5);
}

TEST_CASE("A negative lag overlaps tasks, planned starts are respected")
{
    Plan p;
    const auto a = p.add("A", 4);
    const auto b = p.add("B", 2);
    p.link(a, b, DependencyType::FS, -2);
    const auto c = p.add("C", 1);
    p.task(c).plannedStart = Date::parseIso("2026-01-20");
    const auto s = p.run();
    CHECK(es(s, b) == "2026-01-03"); // A ends 01-04; two days of overlap
    CHECK(es(s, c) == "2026-01-20");
    CHECK(s.finish->toIso() == "2026-01-20");
}

TEST_CASE("Buffers lengthen the schedule with buffers only")
{
    Plan p;
    const auto a = p.add("Contract signature", 3);
    const auto b = p.add("Production", 5);
    p.link(a, b);
    p.task(a).bufferDays = 2; // payment delays
    p.task(b).bufferDays = 3; // production slips
    const auto s = p.run();
    CHECK(s.finish->toIso() == "2026-01-08");
    CHECK(s.finishWithBuffers->toIso() == "2026-01-13");
    CHECK(s.tasks.at(b).earlyFinishWithBuffers.toIso() == "2026-01-13");
    CHECK(s.tasks.at(a).earlyFinishWithBuffers.toIso() == "2026-01-05");
}

TEST_CASE("Summaries roll up and dependencies on a summary apply to its leaves")
{
    Plan p;
    const auto phase = p.add("Contracting", 0);
    p.task(phase).kind = TaskKind::Deliverable;
    const auto x = p.add("Terms", 2, phase);
    const auto y = p.add("Signature", 3, phase);
    p.link(x, y);
    const auto after = p.add("Shipping", 1);
    p.link(phase, after);
    const auto s = p.run();
    CHECK(es(s, phase) == "2026-01-01");
    CHECK(ef(s, phase) == "2026-01-05");
    CHECK(es(s, after) == "2026-01-06");
    CHECK(s.tasks.at(phase).critical);
}

TEST_CASE("Milestones have no duration and actual dates win over the plan")
{
    Plan p;
    const auto a = p.add("Brief", 3);
    const auto m = p.add("Go live", 0);
    p.link(a, m);
    p.task(a).actualStart = Date::parseIso("2026-01-05");
    p.task(a).actualFinish = Date::parseIso("2026-01-09");
    const auto s = p.run();
    CHECK(es(s, a) == "2026-01-05");
    CHECK(ef(s, a) == "2026-01-09");
    CHECK(es(s, m) == "2026-01-10");
    CHECK(ef(s, m) == "2026-01-10");
}

TEST_CASE("A cycle is refused with a message that names it")
{
    Plan p;
    const auto a = p.add("Brief", 1);
    const auto b = p.add("Draft", 1);
    const auto c = p.add("Approval", 1);
    p.link(a, b);
    p.link(b, c);
    const auto err = cycleIfAdded(p.m_tasks, p.m_deps, {0, c, a, DependencyType::FS, 0});
    REQUIRE(err);
    CHECK(err->message ==
          "These dependencies form a cycle: \"Brief\" → \"Draft\" → \"Approval\" → \"Brief\".");
    CHECK(err->cycle.size() == 3);
    CHECK_FALSE(cycleIfAdded(p.m_tasks, p.m_deps, {0, a, c, DependencyType::SS, 0}));

    p.link(c, a);
    const auto r = p.tryRun();
    CHECK_FALSE(r.schedule);
    REQUIRE(r.error);
    CHECK(r.error->message.find("\"Approval\"") != std::string::npos);
}

TEST_CASE("A dependency between a summary and its own child is a cycle")
{
    Plan p;
    const auto phase = p.add("Phase", 0);
    p.task(phase).kind = TaskKind::Deliverable;
    const auto child = p.add("Child", 2, phase);
    const auto err = cycleIfAdded(p.m_tasks, p.m_deps, {0, phase, child, DependencyType::FS, 0});
    CHECK(err);
}

TEST_CASE("An empty plan has no dates")
{
    Plan p;
    const auto s = p.run();
    CHECK_FALSE(s.finish);
    CHECK(s.tasks.empty());
}
