#pragma once

#include "Task.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace cd::core {

// A reusable plan: a tree of tasks with durations, buffers, costs and dependencies by key, and
// no dates. Files hold it as JSON (see io/WbsTemplate.h); a campaign applies it to get tasks.
struct TemplateDependency {
    std::string key; // the predecessor's key
    DependencyType type = DependencyType::FS;
    int lagDays = 0;

    bool operator==(const TemplateDependency&) const = default;
};

struct TemplateTask {
    std::string key; // unique in the template; empty when nothing depends on the task
    std::string name;
    TaskKind kind = TaskKind::Task;
    std::string phase; // empty: the parent's phase, or its own name at the top level
    OwnerRole ownerRole = OwnerRole::Unassigned;
    int durationDays = 0;
    int bufferDays = 0;
    // Thousandths of the campaign's currency unit: a template has no currency of its own, and
    // three decimals hold every currency's minor unit exactly.
    std::int64_t costThousandths = 0;
    std::string notes;
    std::vector<TemplateDependency> dependsOn;
    std::vector<TemplateTask> children;

    bool operator==(const TemplateTask&) const = default;
};

struct PlanTemplate {
    std::string name;
    std::string description;
    std::vector<TemplateTask> tasks;

    bool operator==(const PlanTemplate&) const = default;
};

// The first problem found in a template: where (child indices from the top level, e.g.
// {3, 0} for tasks[3].children[0]), which field ("duration_days", "depends_on/1/key", or
// empty for the task itself) and a sentence.
struct TemplateProblem {
    std::vector<std::size_t> taskPath;
    std::string field;
    std::string message;
};

// The template as tasks and dependencies: tasks numbered 1 … n depth first (a parent before its
// children, siblings in order; positions from 0 among siblings), dependencies numbered 1 … m in
// the same walk, each task's in order. No dates are set. Costs are converted to `currency`,
// rounding half away from zero. Unknown or duplicate keys, dependencies on the task itself or
// listed twice, invalid values and cycles are problems.
struct InstantiatedTemplate {
    std::vector<Task> tasks;
    std::vector<Dependency> dependencies;
    std::optional<TemplateProblem> problem;
};
InstantiatedTemplate instantiateTemplate(const PlanTemplate& plan, const std::string& currency);

// Lays the tasks out from `start`: each leaf's planned start becomes its early start; a
// summary starts with its first child and spans to its last (as the demo plans do).
// Returns false (changing nothing) when the dependencies form a cycle.
bool layOutPlan(std::vector<Task>& tasks, std::span<const Dependency> dependencies, Date start);

// The template of a campaign's plan: keys made from the names ("influencer-research",
// "draft-2"), dependencies by those keys, costs as thousandths. Children in outline order.
PlanTemplate templateFromPlan(std::string name, std::span<const Task> tasks,
                              std::span<const Dependency> dependencies);

} // namespace cd::core
