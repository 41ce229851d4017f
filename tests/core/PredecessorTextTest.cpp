#include "core/PredecessorText.h"

#include <catch2/catch.hpp>

using namespace cd::core;

namespace {

std::vector<PredecessorLink> links(const std::string& text)
{
    const auto parsed = parsePredecessorText(text);
    INFO(text);
    REQUIRE_FALSE(parsed.error);
    return parsed.links;
}

std::string parseError(const std::string& text)
{
    const auto parsed = parsePredecessorText(text);
    INFO(text);
    REQUIRE(parsed.error);
    CHECK(parsed.links.empty());
    return *parsed.error;
}

// 1 Research (summary) { 1.1 Persona, 1.2 Long list }, 2 Contracts.
struct Plan {
    std::vector<Task> tasks;
    std::vector<Dependency> deps;

    Plan()
    {
        auto add = [&](Id id, const char* name, std::optional<Id> parent, int position) {
            Task t;
            t.id = id;
            t.name = name;
            t.parentId = parent;
            t.position = position;
            t.durationDays = 2;
            tasks.push_back(t);
        };
        add(10, "Research", std::nullopt, 0);
        add(11, "Persona", 10, 0);
        add(12, "Long list", 10, 1);
        add(20, "Contracts", std::nullopt, 1);
        deps = {{1, 11, 12, DependencyType::FS, 0},
                {2, 11, 20, DependencyType::SS, 1},
                {3, 12, 20, DependencyType::FF, -2}};
    }
};

} // namespace

TEST_CASE("Predecessor text: the forms people type in MS Project")
{
    CHECK(links("3FS+2d") == std::vector<PredecessorLink>{{"3", DependencyType::FS, 2}});
    CHECK(links("1.2SS") == std::vector<PredecessorLink>{{"1.2", DependencyType::SS, 0}});
    CHECK(links("4") == std::vector<PredecessorLink>{{"4", DependencyType::FS, 0}});
    CHECK(links("2FF-1d") == std::vector<PredecessorLink>{{"2", DependencyType::FF, -1}});
    CHECK(links("1.3SF+3") == std::vector<PredecessorLink>{{"1.3", DependencyType::SF, 3}});
    CHECK(links("3FS+2d, 1.2SS; 4 ;2FF-1d,1.3SF+3") ==
          std::vector<PredecessorLink>{{"3", DependencyType::FS, 2},
                                       {"1.2", DependencyType::SS, 0},
                                       {"4", DependencyType::FS, 0},
                                       {"2", DependencyType::FF, -1},
                                       {"1.3", DependencyType::SF, 3}});
}

TEST_CASE("Predecessor text: case, spaces, units, leading zeros and empty items")
{
    CHECK(links(" 2 ff - 1 day ") == std::vector<PredecessorLink>{{"2", DependencyType::FF, -1}});
    CHECK(links("5fs+1w") == std::vector<PredecessorLink>{{"5", DependencyType::FS, 7}});
    CHECK(links("5SS+2 weeks") == std::vector<PredecessorLink>{{"5", DependencyType::SS, 14}});
    CHECK(links("5+3 days") == std::vector<PredecessorLink>{{"5", DependencyType::FS, 3}});
    CHECK(links("01.02") == std::vector<PredecessorLink>{{"1.2", DependencyType::FS, 0}});
    CHECK(links("").empty());
    CHECK(links(" , ;").empty());
    CHECK(links("3,,4;") ==
          std::vector<PredecessorLink>{{"3", DependencyType::FS, 0}, {"4", DependencyType::FS, 0}});
}

TEST_CASE("Predecessor text: every mistake is named with the item as typed")
{
    CHECK(parseError("4, 3XX") == "'3XX' is not a dependency type (use FS, SS, FF or SF)");
    CHECK(parseError("abc") == "'abc' does not start with a WBS code (e.g. 3 or 1.2)");
    CHECK(parseError("3FS+2h") ==
          "'3FS+2h' has a lag that is not in days or weeks (e.g. +2d or -1w)");
    CHECK(parseError("3FS+50%") ==
          "'3FS+50%' has a lag that is not in days or weeks (e.g. +2d or -1w)");
    CHECK(parseError("3FS+") ==
          "'3FS+' has no number of days after the sign of its lag (e.g. +2d)");
    CHECK(parseError("3FS2") == "'3FS2' needs a sign before its lag (+2d or -1d)");
    CHECK(parseError("3FS+3651d") == "'3FS+3651d' has a lag longer than 3650 days");
    CHECK(parseError("3FS+600w") == "'3FS+600w' has a lag longer than 3650 days");
    CHECK(parseError("1.") == "'1.' is not a predecessor (e.g. 3, 1.2SS or 3FS+2d)");
    CHECK(parseError("3FS+2d x") == "'3FS+2d x' is not a predecessor (e.g. 3, 1.2SS or 3FS+2d)");
}

TEST_CASE("Predecessor text: formatting writes what parsing reads")
{
    CHECK(formatPredecessorLink({"3", DependencyType::FS, 2}) == "3FS+2d");
    CHECK(formatPredecessorLink({"1.2", DependencyType::SS, 0}) == "1.2SS");
    CHECK(formatPredecessorLink({"4", DependencyType::FS, 0}) == "4");
    CHECK(formatPredecessorLink({"2", DependencyType::FF, -1}) == "2FF-1d");
    CHECK(formatPredecessorLink({"1.3", DependencyType::SF, 3}) == "1.3SF+3d");
    const std::vector<PredecessorLink> all{{"3", DependencyType::FS, 2},
                                           {"1.2", DependencyType::SS, 0},
                                           {"4", DependencyType::FS, -4}};
    std::string text;
    for (const auto& l : all) {
        text += (text.empty() ? "" : "; ") + formatPredecessorLink(l);
    }
    CHECK(text == "3FS+2d; 1.2SS; 4FS-4d");
    CHECK(links(text) == all);
}

TEST_CASE("Predecessor text of a task names its predecessors by outline code")
{
    Plan p;
    const auto codes = outline(p.tasks);
    CHECK(formatPredecessorText(20, p.deps, codes) == "1.1SS+1d; 1.2FF-2d");
    CHECK(formatPredecessorText(12, p.deps, codes) == "1.1");
    CHECK(formatPredecessorText(11, p.deps, codes).empty());
}

TEST_CASE("Typed predecessors replace the task's own, keeping the ids of unchanged links")
{
    Plan p;
    auto r = resolvePredecessorText("1.2FF-2d; 1.1", 20, p.tasks, p.deps);
    REQUIRE_FALSE(r.error);
    REQUIRE(r.dependencies.size() == 2);
    CHECK(r.dependencies[0] == Dependency{3, 12, 20, DependencyType::FF, -2});
    // The link from 1.1 existed (SS+1): same id, new type and lag.
    CHECK(r.dependencies[1] == Dependency{2, 11, 20, DependencyType::FS, 0});

    r = resolvePredecessorText("", 20, p.tasks, p.deps);
    CHECK_FALSE(r.error);
    CHECK(r.dependencies.empty());

    r = resolvePredecessorText("2SS", 12, p.tasks, {});
    REQUIRE_FALSE(r.error);
    CHECK(r.dependencies == std::vector<Dependency>{{0, 20, 12, DependencyType::SS, 0}});
}

TEST_CASE("Typed predecessors: unknown codes, the task itself, repeats and cycles are refused")
{
    Plan p;
    auto r = resolvePredecessorText("1.1; 1.9", 20, p.tasks, p.deps);
    CHECK(r.error == "'1.9' is not a task of this plan");
    CHECK(r.dependencies.empty());
    CHECK(resolvePredecessorText("2", 20, p.tasks, p.deps).error ==
          "'2' is this task itself: a task cannot depend on itself");
    CHECK(resolvePredecessorText("1.1, 01.1SS", 20, p.tasks, p.deps).error ==
          "'1.1' is listed twice");
    CHECK(resolvePredecessorText("3XX", 20, p.tasks, p.deps).error ==
          "'3XX' is not a dependency type (use FS, SS, FF or SF)");
    // Long list → Contracts already exists; Contracts before Long list closes the loop.
    r = resolvePredecessorText("1.1; 2", 12, p.tasks, p.deps);
    CHECK(r.error == "These dependencies form a cycle: \"Long list\" → \"Contracts\" → "
                     "\"Long list\".");
    CHECK(r.dependencies.empty());
    // Depending on one's own summary is depending on oneself.
    r = resolvePredecessorText("1", 11, p.tasks, p.deps);
    REQUIRE(r.error);
    CHECK(r.error->find("cycle") != std::string::npos);
    // Replacing Contracts' predecessors by nothing first makes the same link acceptable.
    std::vector<Dependency> withoutContracts(p.deps.begin(), p.deps.begin() + 1);
    CHECK_FALSE(resolvePredecessorText("1.1; 2", 12, p.tasks, withoutContracts).error);
}
