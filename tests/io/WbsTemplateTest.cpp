#include "io/WbsTemplate.h"

#include <catch2/catch.hpp>

#include <set>

using namespace cd::core;
using cd::io::parseWbsTemplate;
using cd::io::TemplateError;

namespace {

// A template around the given tasks array.
std::string wrap(const std::string& tasks)
{
    return R"({"format": "campaigndesk-wbs", "version": 1, "name": "T", "tasks": )" + tasks + "}";
}

// The one-line message a refused template gives.
std::string refusal(const std::string& json)
{
    try {
        parseWbsTemplate(json);
    } catch (const TemplateError& e) {
        return e.what();
    }
    FAIL("accepted: " << json);
    return {};
}

int countTasks(const std::vector<TemplateTask>& tasks)
{
    int n = 0;
    for (const auto& t : tasks) {
        n += 1 + countTasks(t.children);
    }
    return n;
}

} // namespace

TEST_CASE("The shipped influencer-campaign template: six phases, 25 to 40 tasks")
{
    const auto plan = parseWbsTemplate(cd::io::defaultWbsTemplateJson());
    CHECK(plan.name == "Influencer campaign");
    REQUIRE(plan.tasks.size() == 6);
    const std::vector<std::string> phases = {
        "Influencer research", "Planning and strategy", "Contracting and negotiation",
        "Content creation",    "Campaign execution",    "Performance evaluation"};
    int dependencies = 0;
    int buffered = 0;
    for (std::size_t i = 0; i < 6; ++i) {
        const auto& phase = plan.tasks[i];
        CHECK(phase.name == phases[i]);
        CHECK(phase.kind == TaskKind::Deliverable);
        CHECK(phase.children.size() >= 4);
        for (const auto& t : phase.children) {
            CHECK(t.children.empty());
            CHECK((t.kind == TaskKind::Milestone || t.durationDays > 0));
            dependencies += static_cast<int>(t.dependsOn.size());
            buffered += t.bufferDays > 0 ? 1 : 0;
        }
    }
    const int total = countTasks(plan.tasks);
    CHECK(total >= 25);
    CHECK(total <= 40);
    CHECK(dependencies >= total - 6 - 1); // every task but the first is tied into the plan
    CHECK(buffered >= 5);
}

TEST_CASE("A template reads every field, absent and null members take defaults")
{
    const auto plan = parseWbsTemplate(wrap(R"([
        {"key": "p", "name": "Prep", "phase": "Phase A", "owner_role": "operations",
         "children": [
            {"key": "a", "name": "A", "kind": "task", "duration_days": 5, "buffer_days": 1,
             "cost": "1200.50", "notes": "n", "future_member": [1, 2]},
            {"key": "b", "name": "B", "duration_days": 2, "cost": 300, "phase": null,
             "depends_on": [{"key": "a", "type": "ss", "lag_days": -2}, {"key": "m"}]},
            {"key": "m", "name": "M", "kind": "Milestone"}]}])"));
    REQUIRE(plan.tasks.size() == 1);
    const auto& p = plan.tasks[0];
    CHECK(p.kind == TaskKind::Deliverable); // has children and no kind
    CHECK(p.phase == "Phase A");
    CHECK(p.ownerRole == OwnerRole::Operations);
    REQUIRE(p.children.size() == 3);
    const auto& a = p.children[0];
    CHECK(a.durationDays == 5);
    CHECK(a.bufferDays == 1);
    CHECK(a.costThousandths == 1'200'500);
    CHECK(a.notes == "n");
    const auto& b = p.children[1];
    CHECK(b.kind == TaskKind::Task);
    CHECK(b.phase.empty());
    CHECK(b.costThousandths == 300'000);
    CHECK(b.dependsOn == std::vector<TemplateDependency>{{"a", DependencyType::SS, -2},
                                                         {"m", DependencyType::FS, 0}});
    CHECK(p.children[2].kind == TaskKind::Milestone);
}

TEST_CASE("A written template reads back the same")
{
    const auto plan = parseWbsTemplate(cd::io::defaultWbsTemplateJson());
    const std::string text = cd::io::writeWbsTemplate(plan);
    CHECK(text.rfind("{\n  \"format\": \"campaigndesk-wbs\",\n  \"version\": 1,", 0) == 0);
    CHECK(parseWbsTemplate(text) == plan);

    TemplateTask odd;
    odd.name = "Odd cost";
    odd.costThousandths = 12'345;
    PlanTemplate small{"Small", "", {odd}};
    const auto j = cd::io::wbsTemplateToJson(small);
    CHECK(j["tasks"][0]["cost"] == "12.345");
    CHECK_FALSE(j["tasks"][0].contains("key"));
    CHECK(parseWbsTemplate(j.dump()) == small);
}

TEST_CASE("A campaign's tasks write as a template with keys and dependencies")
{
    Task phase;
    phase.id = 7;
    phase.name = "Research";
    phase.kind = TaskKind::Deliverable;
    Task a;
    a.id = 8;
    a.parentId = 7;
    a.name = "Audit audiences";
    a.durationDays = 4;
    a.costEstimate = Money(65000, "EUR");
    Task b = a;
    b.id = 9;
    b.position = 1;
    b.name = "Shortlist";
    b.kind = TaskKind::Milestone;
    b.durationDays = 0;
    b.costEstimate = Money::zero("EUR");
    const std::vector<Task> tasks{phase, a, b};
    const std::vector<Dependency> deps{{1, 8, 9, DependencyType::FF, 2}};
    const auto j = nlohmann::json::parse(cd::io::writeWbsTemplate("Saved", tasks, deps));
    CHECK(j["name"] == "Saved");
    CHECK(j["tasks"][0]["key"] == "research");
    CHECK(j["tasks"][0]["children"][0]["cost"] == "650.00");
    CHECK(j["tasks"][0]["children"][1]["kind"] == "milestone");
    CHECK(j["tasks"][0]["children"][1]["depends_on"] ==
          nlohmann::json::parse(R"([{"key": "audit-audiences", "type": "FF", "lag_days": 2}])"));
}

TEST_CASE("A malformed template is refused with the JSON path of the problem")
{
    const std::string four = R"({"name": "1"}, {"name": "2"}, {"name": "3"}, )";
    CHECK(refusal(wrap("[" + four + R"({"name": "4", "children": [{"name": "x",
          "duration_days": -1}]}])")) ==
          "/tasks/3/children/0/duration_days: must be a whole number ≥ 0");
    CHECK(refusal(wrap(R"([{"name": "x", "duration_days": 2.5}])")) ==
          "/tasks/0/duration_days: must be a whole number ≥ 0");
    CHECK(refusal(wrap(R"([{"name": "x", "buffer_days": "1"}])")) ==
          "/tasks/0/buffer_days: must be a whole number ≥ 0");
    CHECK(refusal(wrap(R"([{"name": "x", "duration_days": 99999999999999999999}])")) ==
          "/tasks/0/duration_days: must be a whole number ≥ 0");
    CHECK(refusal(wrap(R"([{"name": "x", "duration_days": 4000}])")) ==
          "/tasks/0/duration_days: must be at most 3650 days");
    CHECK(refusal(wrap(R"([{"name": "x", "cost": "-5"}])")) ==
          "/tasks/0/cost: must be an amount ≥ 0 with at most 3 decimals, such as \"1200.00\"");
    CHECK(refusal(wrap(R"([{"name": "x", "cost": 12.5}])")).rfind("/tasks/0/cost: ", 0) == 0);
    CHECK(refusal(wrap(R"([{"name": "x", "cost": "1,200"}])")).rfind("/tasks/0/cost: ", 0) == 0);
    CHECK(refusal(wrap(R"([{"name": "x", "kind": "epic"}])")) ==
          "/tasks/0/kind: must be one of task, deliverable or milestone");
    CHECK(refusal(wrap(R"([{"name": "x", "owner_role": "boss"}])")) ==
          "/tasks/0/owner_role: must be one of \"\", strategy, creator_management, analytics or "
          "operations");
    CHECK(refusal(wrap(R"([{"name": " "}])")) == "/tasks/0/name: a task needs a name");
    CHECK(refusal(wrap(R"([{"key": "k"}])")) == "/tasks/0/name: a task needs a name");
    CHECK(refusal(wrap(R"([{"name": "x", "key": ""}])")) ==
          "/tasks/0/key: must be a non-empty text string");
    CHECK(refusal(wrap(R"([7])")) == "/tasks/0: must be an object with at least a \"name\"");
    CHECK(refusal(wrap(R"([{"name": "x", "children": {}}])")) ==
          "/tasks/0/children: must be a list of tasks");
    CHECK(refusal(wrap("[]")) == "/tasks: a template needs at least one task");
}

TEST_CASE("Template dependencies: unknown and duplicate keys, bad types and cycles")
{
    CHECK(refusal(wrap(R"([{"key": "a", "name": "A"},
                          {"key": "b", "name": "B", "depends_on": [{"key": "zz"}]}])")) ==
          "/tasks/1/depends_on/0/key: no task has the key \"zz\"");
    CHECK(refusal(wrap(R"([{"key": "a", "name": "A"}, {"key": "a", "name": "B"}])")) ==
          "/tasks/1/key: the key \"a\" is also the key of \"A\"");
    CHECK(refusal(wrap(R"([{"key": "a", "name": "A"},
                          {"name": "B", "depends_on": [{"key": "a", "type": "XX"}]}])")) ==
          "/tasks/1/depends_on/0/type: must be one of FS, SS, FF or SF");
    CHECK(refusal(wrap(R"([{"key": "a", "name": "A"},
                          {"name": "B", "depends_on": [{"key": "a", "lag_days": 1.5}]}])")) ==
          "/tasks/1/depends_on/0/lag_days: must be a whole number");
    CHECK(refusal(wrap(R"([{"key": "a", "name": "A"}, {"name": "B", "depends_on": ["a"]}])"))
              .rfind("/tasks/1/depends_on/0: must be an object", 0) == 0);
    CHECK(refusal(wrap(R"([{"key": "a", "name": "A", "depends_on": [{"key": "c"}]},
                          {"key": "b", "name": "B", "children": [
                              {"key": "c", "name": "C", "depends_on": [{"key": "a"}]}]}])")) ==
          "/tasks/1/children/0/depends_on/0: These dependencies form a cycle: \"A\" → \"C\" → "
          "\"A\".");
}

TEST_CASE("Not a template at all: bad JSON, another format, a newer version, too deep")
{
    const auto bad = refusal(R"({"format": "campaigndesk-wbs", "tasks": [}")");
    CHECK(bad.rfind("not valid JSON: parse error at line 1, column ", 0) == 0);
    CHECK(bad.find('\n') == std::string::npos);
    CHECK(refusal("\xff\xfe{}").find("last read") == std::string::npos);
    try {
        parseWbsTemplate("{");
        FAIL("accepted");
    } catch (const TemplateError& e) {
        CHECK(e.path().empty());
    }
    CHECK(refusal("[1, 2]") == "not a WBS template: the file must hold one JSON object");
    CHECK(refusal(R"({"format": "ms-project", "version": 1, "tasks": []})") ==
          "/format: must be \"campaigndesk-wbs\" (this is not a CampaignDesk WBS template)");
    CHECK(refusal(R"({"version": 1, "tasks": []})").rfind("/format: ", 0) == 0);
    CHECK(refusal(R"({"format": "campaigndesk-wbs", "version": 2, "tasks": []})") ==
          "/version: the file is version 2 of the format; this program reads version 1");
    CHECK(refusal(R"({"format": "campaigndesk-wbs", "version": "1", "tasks": []})") ==
          "/version: must be 1");
    CHECK(refusal(R"({"format": "campaigndesk-wbs", "version": 1})") ==
          "/tasks: must be a list of tasks");

    std::string deep = R"({"name": "leaf"})";
    for (int i = 0; i < 40; ++i) {
        deep = R"({"name": "n", "children": [)" + deep + "]}";
    }
    const auto tooDeep = refusal(wrap("[" + deep + "]"));
    CHECK(tooDeep.find("the plan nests deeper than 32 levels") != std::string::npos);
    CHECK(tooDeep.rfind("/tasks/0/children/0/children/0/", 0) == 0);
}
