#include "core/PlanTemplate.h"

#include <catch2/catch.hpp>

using namespace cd::core;

namespace {

TemplateTask leaf(const char* key, const char* name, int days,
                  std::vector<TemplateDependency> deps = {})
{
    TemplateTask t;
    t.key = key;
    t.name = name;
    t.durationDays = days;
    t.dependsOn = std::move(deps);
    return t;
}

// Research { Persona 2 d (300.00), Long list 5 d after Persona }, Launch (milestone, FS+1 after
// Long list, phase "Go").
PlanTemplate sample()
{
    PlanTemplate p;
    p.name = "Sample";
    TemplateTask research;
    research.key = "research";
    research.name = "Research";
    research.kind = TaskKind::Deliverable;
    auto persona = leaf("persona", "Persona", 2);
    persona.costThousandths = 300'000;
    persona.ownerRole = OwnerRole::Strategy;
    research.children = {persona, leaf("longlist", "Long list", 5, {{"persona"}})};
    auto launch = leaf("launch", "Launch", 0, {{"longlist", DependencyType::FS, 1}});
    launch.kind = TaskKind::Milestone;
    launch.phase = "Go";
    p.tasks = {research, launch};
    return p;
}

TemplateProblem problemOf(const PlanTemplate& p)
{
    const auto made = instantiateTemplate(p, "EUR");
    REQUIRE(made.problem);
    CHECK(made.tasks.empty());
    return *made.problem;
}

} // namespace

TEST_CASE("A template becomes tasks numbered depth first, phases inherited, costs converted")
{
    const auto made = instantiateTemplate(sample(), "EUR");
    REQUIRE_FALSE(made.problem);
    REQUIRE(made.tasks.size() == 4);
    const auto& t = made.tasks;
    CHECK(t[0].id == 1);
    CHECK(t[0].name == "Research");
    CHECK_FALSE(t[0].parentId);
    CHECK(t[0].phase == "Research");
    CHECK(t[1].name == "Persona");
    CHECK(t[1].parentId == 1);
    CHECK(t[1].position == 0);
    CHECK(t[1].phase == "Research");
    CHECK(t[1].ownerRole == OwnerRole::Strategy);
    CHECK(t[1].costEstimate == Money(30000, "EUR"));
    CHECK(t[2].name == "Long list");
    CHECK(t[2].position == 1);
    CHECK(t[3].name == "Launch");
    CHECK(t[3].position == 1);
    CHECK_FALSE(t[3].parentId);
    CHECK(t[3].phase == "Go");
    REQUIRE(made.dependencies.size() == 2);
    CHECK(made.dependencies[0] == Dependency{1, 2, 3, DependencyType::FS, 0});
    CHECK(made.dependencies[1] == Dependency{2, 3, 4, DependencyType::FS, 1});
}

TEST_CASE("Template costs are exact thousandths, rounded half away from zero per currency")
{
    auto p = sample();
    p.tasks[0].children[0].costThousandths = 12'345; // 12.345
    CHECK(instantiateTemplate(p, "EUR").tasks[1].costEstimate == Money(1235, "EUR"));
    CHECK(instantiateTemplate(p, "KWD").tasks[1].costEstimate == Money(12345, "KWD"));
    CHECK(instantiateTemplate(p, "JPY").tasks[1].costEstimate == Money(12, "JPY"));
    p.tasks[0].children[0].costThousandths = 12'500;
    CHECK(instantiateTemplate(p, "JPY").tasks[1].costEstimate == Money(13, "JPY"));
}

TEST_CASE("Template problems say where: task path, field and a sentence")
{
    auto p = sample();
    p.tasks[0].children[1].dependsOn[0].key = "nobody";
    auto problem = problemOf(p);
    CHECK(problem.taskPath == std::vector<std::size_t>{0, 1});
    CHECK(problem.field == "depends_on/0/key");
    CHECK(problem.message == "no task has the key \"nobody\"");

    p = sample();
    p.tasks[1].key = "persona";
    problem = problemOf(p);
    CHECK(problem.taskPath == std::vector<std::size_t>{1});
    CHECK(problem.field == "key");
    CHECK(problem.message == "the key \"persona\" is also the key of \"Persona\"");

    p = sample();
    p.tasks[1].dependsOn.push_back({"launch"});
    problem = problemOf(p);
    CHECK(problem.field == "depends_on/1/key");
    CHECK(problem.message == "a task cannot depend on itself");

    p = sample();
    p.tasks[1].dependsOn.push_back({"longlist", DependencyType::SS, 0});
    CHECK(problemOf(p).message == "\"longlist\" is listed twice");

    p = sample();
    p.tasks[1].durationDays = 2; // a milestone
    problem = problemOf(p);
    CHECK(problem.field == "duration_days");
    CHECK(problem.message == "a milestone takes 0 days");

    p = sample();
    p.tasks[0].children[0].name = "  ";
    CHECK(problemOf(p).field == "name");

    p = sample();
    p.tasks[0].children[0].bufferDays = -1;
    CHECK(problemOf(p).field == "buffer_days");
}

TEST_CASE("A template cycle is reported at the dependency that closes it")
{
    auto p = sample();
    // Persona after Launch: Persona → Long list → Launch → Persona.
    p.tasks[0].children[0].dependsOn.push_back({"launch"});
    const auto problem = problemOf(p);
    // Dependencies are numbered in the walk: Persona's (on Launch) comes first, so the cycle
    // closes at Launch's dependency on Long list.
    CHECK(problem.taskPath == std::vector<std::size_t>{1});
    CHECK(problem.field == "depends_on/0");
    CHECK(problem.message ==
          "These dependencies form a cycle: \"Persona\" → \"Long list\" → \"Launch\" → "
          "\"Persona\".");

    // A summary depending on its own child is a cycle too.
    p = sample();
    p.tasks[0].dependsOn.push_back({"persona"});
    CHECK(problemOf(p).taskPath == std::vector<std::size_t>{0});
}

// Worked by hand from Monday 2026-03-02: Persona 03-02 … 03-03, Long list 03-04 … 03-08,
// Launch one day after Long list: 03-10; Research spans 03-02 … 03-08 (7 days).
TEST_CASE("Laying out a template sets planned starts from the schedule")
{
    auto made = instantiateTemplate(sample(), "EUR");
    REQUIRE(layOutPlan(made.tasks, made.dependencies, *Date::parseIso("2026-03-02")));
    const auto& t = made.tasks;
    CHECK(t[1].plannedStart == Date::parseIso("2026-03-02"));
    CHECK(t[2].plannedStart == Date::parseIso("2026-03-04"));
    CHECK(t[2].plannedFinish() == Date::parseIso("2026-03-08"));
    CHECK(t[3].plannedStart == Date::parseIso("2026-03-10"));
    CHECK(t[0].plannedStart == Date::parseIso("2026-03-02"));
    CHECK(t[0].durationDays == 7);

    std::vector<Dependency> loop = made.dependencies;
    loop.push_back({3, 4, 2, DependencyType::FS, 0});
    auto before = made.tasks;
    CHECK_FALSE(layOutPlan(made.tasks, loop, *Date::parseIso("2026-03-02")));
    CHECK(made.tasks == before);
}

TEST_CASE("A plan saved as a template keeps its tree, values and dependencies")
{
    auto made = instantiateTemplate(sample(), "EUR");
    REQUIRE(layOutPlan(made.tasks, made.dependencies, *Date::parseIso("2026-03-02")));
    made.tasks[2].name = "Persona"; // two tasks with one name need two keys
    const auto saved = templateFromPlan("Copy", made.tasks, made.dependencies);
    CHECK(saved.name == "Copy");
    REQUIRE(saved.tasks.size() == 2);
    REQUIRE(saved.tasks[0].children.size() == 2);
    CHECK(saved.tasks[0].key == "research");
    CHECK(saved.tasks[0].kind == TaskKind::Deliverable);
    CHECK(saved.tasks[0].children[0].key == "persona");
    CHECK(saved.tasks[0].children[0].costThousandths == 300'000);
    CHECK(saved.tasks[0].children[0].phase == "Research");
    CHECK(saved.tasks[0].children[1].key == "persona-2");
    CHECK(saved.tasks[0].children[1].dependsOn ==
          std::vector<TemplateDependency>{{"persona", DependencyType::FS, 0}});
    CHECK(saved.tasks[1].dependsOn ==
          std::vector<TemplateDependency>{{"persona-2", DependencyType::FS, 1}});

    const auto again = instantiateTemplate(saved, "EUR");
    REQUIRE_FALSE(again.problem);
    CHECK(again.dependencies == made.dependencies);
    REQUIRE(again.tasks.size() == made.tasks.size());
    for (std::size_t i = 0; i < again.tasks.size(); ++i) {
        CHECK(again.tasks[i].name == made.tasks[i].name);
        CHECK(again.tasks[i].parentId == made.tasks[i].parentId);
        CHECK(again.tasks[i].kind == made.tasks[i].kind);
        CHECK(again.tasks[i].costEstimate == made.tasks[i].costEstimate);
    }
}

TEST_CASE("Template keys come from names: lower case, dashes, cut at a word")
{
    Task t;
    t.id = 1;
    t.name = "Long-list creators by platform, market and niche";
    Task u;
    u.id = 2;
    u.name = "Ücretli — ★";
    u.position = 1;
    const std::vector<Task> tasks{t, u};
    const auto saved = templateFromPlan("x", tasks, {});
    CHECK(saved.tasks[0].key == "long-list-creators-by-platform-market");
    CHECK(saved.tasks[1].key == "cretli");
}
