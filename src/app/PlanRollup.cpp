#include "PlanRollup.h"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

namespace cd::app {

namespace {

// Running sums of the leaves below a summary, for the weighted % complete.
struct Progress {
    double weighted = 0.0; // Σ percent × duration
    long long days = 0;    // Σ duration
    double plain = 0.0;    // Σ percent
    int leaves = 0;

    void add(const Progress& other)
    {
        weighted += other.weighted;
        days += other.days;
        plain += other.plain;
        leaves += other.leaves;
    }
    double percent() const
    {
        if (days > 0) {
            return weighted / static_cast<double>(days);
        }
        return leaves > 0 ? plain / leaves : 0.0;
    }
};

RolledUpTask leafValues(const core::Task& t, Progress& progress)
{
    RolledUpTask r;
    const bool milestone = t.kind == core::TaskKind::Milestone;
    r.start = t.plannedStart;
    r.finish = milestone ? t.plannedStart : t.plannedFinish();
    r.durationDays = milestone ? 0 : t.durationDays;
    r.percentComplete = t.percentComplete;
    r.cost = t.costEstimate;
    if (t.status != core::TaskStatus::Cancelled) {
        progress.weighted += t.percentComplete * r.durationDays;
        progress.days += r.durationDays;
        progress.plain += t.percentComplete;
        ++progress.leaves;
    }
    return r;
}

void widen(RolledUpTask& into, const RolledUpTask& child)
{
    if (child.start && (!into.start || *child.start < *into.start)) {
        into.start = child.start;
    }
    if (child.finish && (!into.finish || *child.finish > *into.finish)) {
        into.finish = child.finish;
    }
    into.cost += child.cost;
}

// A summary spans the children already rolled up (missing only when the parent links loop
// back to this task).
RolledUpTask summaryValues(const core::Task& task, const std::vector<const core::Task*>& kids,
                           const std::unordered_map<core::Id, RolledUpTask>& done,
                           const std::unordered_map<core::Id, Progress>& progress, Progress& p)
{
    RolledUpTask r;
    r.summary = true;
    r.cost = task.costEstimate;
    for (const core::Task* child : kids) {
        if (const auto it = done.find(child->id); it != done.end()) {
            widen(r, it->second);
            p.add(progress.at(child->id));
        }
    }
    if (r.start && r.finish) {
        r.durationDays = r.start->daysUntil(*r.finish) + 1;
    }
    r.percentComplete = p.percent();
    return r;
}

} // namespace

std::unordered_map<core::Id, RolledUpTask> rollUpPlan(std::span<const core::Task> tasks)
{
    std::map<core::Id, const core::Task*> byId;
    std::map<core::Id, std::vector<const core::Task*>> children;
    for (const auto& t : tasks) {
        byId[t.id] = &t;
    }
    for (const auto& t : tasks) {
        if (t.parentId && byId.contains(*t.parentId) && *t.parentId != t.id) {
            children[*t.parentId].push_back(&t);
        }
    }
    std::unordered_map<core::Id, RolledUpTask> out;
    std::unordered_map<core::Id, Progress> progress;
    std::set<core::Id> entered;
    // Iterative post-order walk from every task: deep plans must not exhaust the stack, and a
    // task entered twice (a loop in the parent links) stops the descent.
    for (const auto& root : tasks) {
        std::vector<std::pair<const core::Task*, bool>> stack{{&root, false}};
        while (!stack.empty()) {
            auto [task, expanded] = stack.back();
            stack.pop_back();
            if (expanded) {
                const auto kids = children.find(task->id);
                RolledUpTask r;
                Progress p;
                if (kids == children.end()) {
                    r = leafValues(*task, p);
                } else {
                    r = summaryValues(*task, kids->second, out, progress, p);
                }
                out[task->id] = r;
                progress[task->id] = p;
                continue;
            }
            if (!entered.insert(task->id).second) {
                continue;
            }
            stack.push_back({task, true});
            if (const auto kids = children.find(task->id); kids != children.end()) {
                for (const core::Task* child : kids->second) {
                    if (!entered.contains(child->id)) {
                        stack.push_back({child, false});
                    }
                }
            }
        }
    }
    return out;
}

} // namespace cd::app
