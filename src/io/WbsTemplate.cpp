#include "WbsTemplate.h"

#include "JsonProblem.h"

#include "core/Money.h"

namespace cd::io {

using nlohmann::json;

namespace {

// Deep enough for any real plan; the reader recurses once per level.
constexpr std::size_t kMaxDepth = 32;
constexpr int kMaxDays = 3650;
// A trillion units: sums over thousands of tasks still fit in 64 bits.
constexpr std::int64_t kMaxCostThousandths = 1'000'000'000'000'000;

[[noreturn]] void refuse(const std::string& path, std::string problem)
{
    throw TemplateError(path, std::move(problem));
}

// A member that is absent or null counts as not given.
const json* member(const json& object, const char* name)
{
    const auto it = object.find(name);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

std::string optionalString(const json& object, const char* name, const std::string& path)
{
    const json* v = member(object, name);
    if (!v) {
        return {};
    }
    if (!v->is_string()) {
        refuse(path + "/" + name, "must be a text string");
    }
    return v->get<std::string>();
}

int wholeNumber(const json& object, const char* name, const std::string& path, int min,
                int fallback)
{
    const json* v = member(object, name);
    if (!v) {
        return fallback;
    }
    const std::string where = path + "/" + name;
    const std::string expected = min == 0 ? "must be a whole number ≥ 0" : "must be a whole number";
    if (!v->is_number_integer()) {
        refuse(where, expected);
    }
    const bool tooLarge = v->is_number_unsigned() ? v->get<std::uint64_t>() > kMaxDays
                                                  : v->get<std::int64_t>() > kMaxDays;
    if (tooLarge) {
        refuse(where, "must be at most " + std::to_string(kMaxDays) + " days");
    }
    const auto value = v->get<std::int64_t>();
    if (value < min) {
        refuse(where, min == 0 ? expected : "must be at least " + std::to_string(min) + " days");
    }
    return static_cast<int>(value);
}

template <class E>
E enumValue(const json& object, const char* name, const std::string& path, E fallback,
            const char* allowed)
{
    const json* v = member(object, name);
    if (!v) {
        return fallback;
    }
    std::optional<E> parsed;
    if (v->is_string()) {
        parsed = core::parseEnum<E>(v->get<std::string>());
    }
    if (!parsed) {
        refuse(path + "/" + name, std::string("must be one of ") + allowed);
    }
    return *parsed;
}

std::int64_t costThousandths(const json& task, const std::string& path)
{
    const json* v = member(task, "cost");
    if (!v) {
        return 0;
    }
    const std::string where = path + "/cost";
    std::optional<core::Money> amount;
    if (v->is_string()) {
        // KWD has three decimals: parsing as it keeps every currency's minor unit exact.
        amount = core::Money::parse(v->get<std::string>(), "KWD");
    } else if (v->is_number_unsigned() && v->get<std::uint64_t>() <= 1'000'000'000'000) {
        amount = core::Money(static_cast<std::int64_t>(v->get<std::uint64_t>()) * 1000, "KWD");
    }
    if (!amount || amount->minorUnits() < 0 || amount->minorUnits() > kMaxCostThousandths) {
        refuse(where, "must be an amount ≥ 0 with at most 3 decimals, such as \"1200.00\"");
    }
    return amount->minorUnits();
}

std::vector<core::TemplateDependency> readDependencies(const json& task, const std::string& path)
{
    std::vector<core::TemplateDependency> out;
    const json* list = member(task, "depends_on");
    if (!list) {
        return out;
    }
    if (!list->is_array()) {
        refuse(path + "/depends_on", "must be a list of {\"key\", \"type\", \"lag_days\"}");
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json& d = (*list)[i];
        const std::string where = path + "/depends_on/" + std::to_string(i);
        if (!d.is_object()) {
            refuse(where, "must be an object such as {\"key\": \"research\", \"type\": \"FS\"}");
        }
        core::TemplateDependency dep;
        dep.key = optionalString(d, "key", where);
        if (dep.key.empty()) {
            refuse(where + "/key", "names the task depended on and cannot be empty");
        }
        dep.type = enumValue(d, "type", where, core::DependencyType::FS, "FS, SS, FF or SF");
        dep.lagDays = wholeNumber(d, "lag_days", where, -kMaxDays, 0);
        out.push_back(std::move(dep));
    }
    return out;
}

core::TemplateTask readTask(const json& j, const std::string& path, std::size_t depth)
{
    if (!j.is_object()) {
        refuse(path, "must be an object with at least a \"name\"");
    }
    if (depth > kMaxDepth) {
        refuse(path, "the plan nests deeper than " + std::to_string(kMaxDepth) + " levels");
    }
    core::TemplateTask t;
    const json* key = member(j, "key");
    if (key && (!key->is_string() || key->get<std::string>().empty())) {
        refuse(path + "/key", "must be a non-empty text string");
    }
    t.key = optionalString(j, "key", path);
    t.name = optionalString(j, "name", path);
    if (t.name.find_first_not_of(" \t\r\n") == std::string::npos) {
        refuse(path + "/name", "a task needs a name");
    }
    const json* children = member(j, "children");
    if (children && !children->is_array()) {
        refuse(path + "/children", "must be a list of tasks");
    }
    const bool hasChildren = children && !children->empty();
    t.kind =
        enumValue(j, "kind", path, hasChildren ? core::TaskKind::Deliverable : core::TaskKind::Task,
                  "task, deliverable or milestone");
    t.phase = optionalString(j, "phase", path);
    t.ownerRole = enumValue(j, "owner_role", path, core::OwnerRole::Unassigned,
                            "\"\", strategy, creator_management, analytics or operations");
    t.durationDays = wholeNumber(j, "duration_days", path, 0, 0);
    t.bufferDays = wholeNumber(j, "buffer_days", path, 0, 0);
    t.costThousandths = costThousandths(j, path);
    t.notes = optionalString(j, "notes", path);
    t.dependsOn = readDependencies(j, path);
    if (children) {
        for (std::size_t i = 0; i < children->size(); ++i) {
            t.children.push_back(
                readTask((*children)[i], path + "/children/" + std::to_string(i), depth + 1));
        }
    }
    return t;
}

void readHeader(const json& doc, core::PlanTemplate& plan)
{
    const json* format = member(doc, "format");
    if (!format || !format->is_string() || format->get<std::string>() != kWbsTemplateFormat) {
        refuse("/format", "must be \"" + std::string(kWbsTemplateFormat) +
                              "\" (this is not a CampaignDesk WBS template)");
    }
    const json* version = member(doc, "version");
    if (version && version->is_number_integer() && version->get<std::int64_t>() > 1) {
        refuse("/version", "the file is version " + version->dump() +
                               " of the format; this program reads version " +
                               std::to_string(kWbsTemplateVersion));
    }
    if (!version || *version != kWbsTemplateVersion) {
        refuse("/version", "must be " + std::to_string(kWbsTemplateVersion));
    }
    plan.name = optionalString(doc, "name", "");
    plan.description = optionalString(doc, "description", "");
}

std::string pathOf(const core::TemplateProblem& p)
{
    std::string path;
    for (std::size_t i = 0; i < p.taskPath.size(); ++i) {
        path += (i == 0 ? "/tasks/" : "/children/") + std::to_string(p.taskPath[i]);
    }
    return p.field.empty() ? path : path + "/" + p.field;
}

std::string costText(std::int64_t thousandths)
{
    const auto whole = thousandths / 1000;
    const auto fraction = thousandths % 1000;
    std::string digits = std::to_string(1000 + fraction).substr(1);
    if (digits.back() == '0') {
        digits.pop_back();
    }
    return std::to_string(whole) + "." + digits;
}

nlohmann::ordered_json taskToJson(const core::TemplateTask& t)
{
    nlohmann::ordered_json j;
    if (!t.key.empty()) {
        j["key"] = t.key;
    }
    j["name"] = t.name;
    j["kind"] = core::toKey(t.kind);
    if (!t.phase.empty()) {
        j["phase"] = t.phase;
    }
    if (t.ownerRole != core::OwnerRole::Unassigned) {
        j["owner_role"] = core::toKey(t.ownerRole);
    }
    j["duration_days"] = t.durationDays;
    j["buffer_days"] = t.bufferDays;
    j["cost"] = costText(t.costThousandths);
    if (!t.notes.empty()) {
        j["notes"] = t.notes;
    }
    if (!t.dependsOn.empty()) {
        auto& deps = j["depends_on"] = nlohmann::ordered_json::array();
        for (const auto& d : t.dependsOn) {
            deps.push_back(
                {{"key", d.key}, {"type", core::toKey(d.type)}, {"lag_days", d.lagDays}});
        }
    }
    if (!t.children.empty()) {
        auto& children = j["children"] = nlohmann::ordered_json::array();
        for (const auto& c : t.children) {
            children.push_back(taskToJson(c));
        }
    }
    return j;
}

} // namespace

TemplateError::TemplateError(std::string path, std::string problem)
    : std::runtime_error(path.empty() ? problem : path + ": " + problem), m_path(std::move(path)),
      m_problem(std::move(problem))
{
}

core::PlanTemplate parseWbsTemplate(std::string_view jsonText)
{
    json doc;
    try {
        doc = json::parse(jsonText);
    } catch (const json::parse_error& e) {
        refuse("", "not valid JSON: " + jsonParseProblem(e));
    }
    if (!doc.is_object()) {
        refuse("", "not a WBS template: the file must hold one JSON object");
    }
    core::PlanTemplate plan;
    readHeader(doc, plan);
    const json* tasks = member(doc, "tasks");
    if (!tasks || !tasks->is_array()) {
        refuse("/tasks", "must be a list of tasks");
    }
    if (tasks->empty()) {
        refuse("/tasks", "a template needs at least one task");
    }
    for (std::size_t i = 0; i < tasks->size(); ++i) {
        plan.tasks.push_back(readTask((*tasks)[i], "/tasks/" + std::to_string(i), 1));
    }
    // Keys, dependencies and cycles are the domain's rules: the same check runs when a
    // template is applied.
    if (const auto result = core::instantiateTemplate(plan, "EUR"); result.problem) {
        refuse(pathOf(*result.problem), result.problem->message);
    }
    return plan;
}

nlohmann::ordered_json wbsTemplateToJson(const core::PlanTemplate& plan)
{
    nlohmann::ordered_json j;
    j["format"] = kWbsTemplateFormat;
    j["version"] = kWbsTemplateVersion;
    j["name"] = plan.name;
    if (!plan.description.empty()) {
        j["description"] = plan.description;
    }
    auto& tasks = j["tasks"] = nlohmann::ordered_json::array();
    for (const auto& t : plan.tasks) {
        tasks.push_back(taskToJson(t));
    }
    return j;
}

std::string writeWbsTemplate(const core::PlanTemplate& plan)
{
    return wbsTemplateToJson(plan).dump(2, ' ', false,
                                        nlohmann::ordered_json::error_handler_t::replace) +
           "\n";
}

std::string writeWbsTemplate(std::string name, std::span<const core::Task> tasks,
                             std::span<const core::Dependency> dependencies)
{
    return writeWbsTemplate(core::templateFromPlan(std::move(name), tasks, dependencies));
}

} // namespace cd::io
