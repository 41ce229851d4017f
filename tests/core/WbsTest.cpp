#include "core/Wbs.h"

#include <catch2/catch.hpp>

using namespace cd::core;

TEST_CASE("Outline codes follow parents and positions, numbers not text")
{
    std::vector<Task> tasks;
    auto add = [&](Id id, std::optional<Id> parent, int position) {
        Task t;
        t.id = id;
        t.parentId = parent;
        t.position = position;
        t.name = "T" + std::to_string(id);
        tasks.push_back(t);
    };
    add(1, std::nullopt, 1);
    add(2, std::nullopt, 0);
    for (int i = 0; i < 11; ++i) {
        add(10 + i, 2, i);
    }
    add(30, 19, 0);
    const auto o = outline(tasks);
    REQUIRE(o.size() == tasks.size());
    CHECK(o[0].task->id == 2);
    CHECK(o[0].code == "1");
    CHECK(o[1].code == "1.1");
    CHECK(o[10].task->id == 19);
    CHECK(o[10].code == "1.10");
    CHECK(o[11].code == "1.10.1");
    CHECK(o[11].depth == 2);
    CHECK(o[12].code == "1.11");
    CHECK(o.back().task->id == 1);
    CHECK(o.back().code == "2");
}
