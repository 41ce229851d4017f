#include "core/WbsRollup.h"
#include "core/Wbs.h"

#include <catch2/catch.hpp>

using namespace cd::core;

namespace {

Money eur(long long minor)
{
    return Money(minor, "EUR");
}

Task task(Id id, std::optional<Id> parent, int position)
{
    Task t;
    t.id = id;
    t.parentId = parent;
    t.position = position;
    t.name = "T" + std::to_string(id);
    return t;
}

Task dated(Id id, std::optional<Id> parent, int position, Date start, int days, double percent,
           long long costMinor)
{
    Task t = task(id, parent, position);
    t.plannedStart = start;
    t.durationDays = days;
    t.percentComplete = percent;
    t.costEstimate = eur(costMinor);
    return t;
}

} // namespace

TEST_CASE("Nested summaries roll up dates, cost and duration-weighted progress")
{
    std::vector<Task> tasks;
    Task deliverable = task(1, std::nullopt, 0);
    deliverable.kind = TaskKind::Deliverable;
    deliverable.costEstimate = eur(10000); // a summary's own cost counts too
    deliverable.percentComplete = 99;      // ignored: a summary's progress comes from below
    tasks.push_back(deliverable);
    tasks.push_back(task(2, 1, 0)); // 1.1, a summary inside the deliverable
    tasks.push_back(dated(3, 2, 0, Date::fromYmd(2026, 3, 2), 5, 50, 20000));  // to 03-06
    tasks.push_back(dated(4, 2, 1, Date::fromYmd(2026, 3, 9), 10, 20, 30000)); // to 03-18
    Task milestone = dated(5, 1, 1, Date::fromYmd(2026, 3, 20), 3, 0, 0);
    milestone.kind = TaskKind::Milestone; // a stray duration on a milestone is no duration
    tasks.push_back(milestone);
    tasks.push_back(dated(6, 1, 2, Date::fromYmd(2026, 2, 27), 1, 100, 5000));

    const auto r = rollUpWbs(tasks);
    REQUIRE(r.size() == 6);

    const RolledUpTask& inner = r.at(2);
    CHECK(inner.summary);
    CHECK(inner.start == Date::fromYmd(2026, 3, 2));
    CHECK(inner.finish == Date::fromYmd(2026, 3, 18));
    CHECK(inner.durationDays == 17);
    CHECK(inner.percentComplete == Approx(30.0)); // (50×5 + 20×10) / 15
    CHECK(inner.cost == eur(50000));

    const RolledUpTask& m = r.at(5);
    CHECK_FALSE(m.summary);
    CHECK(m.durationDays == 0);
    CHECK(m.finish == Date::fromYmd(2026, 3, 20));

    const RolledUpTask& top = r.at(1);
    CHECK(top.summary);
    CHECK(top.start == Date::fromYmd(2026, 2, 27));
    CHECK(top.finish == Date::fromYmd(2026, 3, 20)); // the milestone is the last thing
    CHECK(top.durationDays == 22);                   // 27–28 Feb and 1–20 Mar
    CHECK(top.percentComplete == Approx(34.375));    // (250 + 200 + 0 + 100×1) / 16
    CHECK(top.cost == eur(10000 + 50000 + 5000));

    const RolledUpTask& leaf = r.at(4);
    CHECK_FALSE(leaf.summary);
    CHECK(leaf.start == Date::fromYmd(2026, 3, 9));
    CHECK(leaf.finish == Date::fromYmd(2026, 3, 18));
    CHECK(leaf.durationDays == 10);
    CHECK(leaf.percentComplete == 20.0);
    CHECK(leaf.cost == eur(30000));
}

TEST_CASE("A summary with no dated children has no dates and no duration")
{
    std::vector<Task> tasks{task(10, std::nullopt, 0), task(11, 10, 0), task(12, 10, 1)};
    tasks[0].durationDays = 7; // a summary's own duration is not what it shows
    tasks[1].durationDays = 4;
    tasks[1].percentComplete = 25;
    tasks[1].costEstimate = eur(1000);
    tasks[2].percentComplete = 75; // no duration: no weight
    tasks[2].costEstimate = eur(500);
    const auto r = rollUpWbs(tasks);
    const RolledUpTask& s = r.at(10);
    CHECK(s.summary);
    CHECK_FALSE(s.start);
    CHECK_FALSE(s.finish);
    CHECK(s.durationDays == 0);
    CHECK(s.percentComplete == Approx(25.0));
    CHECK(s.cost == eur(1500));
}

TEST_CASE("Progress: a plain average without durations, cancelled leaves left out")
{
    std::vector<Task> tasks{task(1, std::nullopt, 0), task(2, 1, 0), task(3, 1, 1), task(4, 1, 2)};
    tasks[1].percentComplete = 40;
    tasks[2].percentComplete = 80;
    tasks[3].percentComplete = 0;
    tasks[3].status = TaskStatus::Cancelled;
    CHECK(rollUpWbs(tasks).at(1).percentComplete == Approx(60.0));

    tasks[1].status = TaskStatus::Cancelled;
    tasks[2].status = TaskStatus::Cancelled;
    CHECK(rollUpWbs(tasks).at(1).percentComplete == 0.0); // nothing left to count
}

TEST_CASE("Rolling up covers eleven children and leaves 1.10 after 1.9")
{
    std::vector<Task> tasks{task(1, std::nullopt, 0)};
    for (int i = 0; i < 11; ++i) {
        // Child i (code 1.(i+1)) starts on 1 + i March and lasts one day; 1.10 lasts five.
        tasks.push_back(dated(2 + i, 1, i, Date::fromYmd(2026, 3, 1 + static_cast<unsigned>(i)),
                              i == 9 ? 5 : 1, 0, 100));
    }
    const auto r = rollUpWbs(tasks);
    CHECK(r.at(1).start == Date::fromYmd(2026, 3, 1));
    CHECK(r.at(1).finish == Date::fromYmd(2026, 3, 14)); // 1.10: 10–14 March
    CHECK(r.at(1).cost == eur(1100));

    const auto o = outline(tasks);
    REQUIRE(o.size() == 12);
    CHECK(o[9].code == "1.9");
    CHECK(o[10].code == "1.10");
    CHECK(o[10].task->id == 11);
    CHECK(o[11].code == "1.11");
}

TEST_CASE("A loop in the parent links does not hang the roll-up")
{
    std::vector<Task> tasks{task(1, 2, 0), task(2, 1, 0),
                            dated(3, 1, 1, Date::fromYmd(2026, 5, 4), 2, 10, 700),
                            task(4, 4, 0)}; // its own parent
    const auto r = rollUpWbs(tasks);
    REQUIRE(r.size() == 4);
    CHECK(r.at(1).start == Date::fromYmd(2026, 5, 4));
    CHECK(r.at(1).finish == Date::fromYmd(2026, 5, 5));
    CHECK_FALSE(r.at(4).summary);
}
