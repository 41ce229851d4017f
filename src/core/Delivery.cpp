#include "Delivery.h"

#include "Scheduler.h"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace cd::core {

namespace {

bool isOpen(const Task& t)
{
    return t.status != TaskStatus::Done && t.status != TaskStatus::Cancelled;
}

double progressOf(const Task& t)
{
    if (t.status == TaskStatus::Done) {
        return 1.0;
    }
    return std::clamp(t.percentComplete, 0.0, 100.0) / 100.0;
}

int weightOf(const Task& t)
{
    return t.kind == TaskKind::Milestone ? 0 : std::max(0, t.durationDays);
}

// The plan as a forecast: work that is not finished cannot happen before today, and cancelled
// work takes no time (it stays in the network so that the dependency chains still hold).
std::vector<Task> forecastTasks(std::span<const Task> tasks, const std::unordered_set<Id>& parents,
                                Date today)
{
    std::vector<Task> out(tasks.begin(), tasks.end());
    for (auto& t : out) {
        if (parents.count(t.id) > 0 || t.actualFinish) {
            continue;
        }
        if (t.status == TaskStatus::Cancelled) {
            t.durationDays = 0;
        } else if (t.status == TaskStatus::Done) {
            continue;
        } else if (t.actualStart) {
            t.durationDays = std::max(t.durationDays, t.actualStart->daysUntil(today) + 1);
        } else if (!t.plannedStart || *t.plannedStart < today) {
            t.plannedStart = today;
        }
    }
    return out;
}

// The earliest of the campaign's start and the tasks' planned starts: preparation planned before
// the campaign starts keeps its dates.
Date projectStartOf(std::span<const Task> tasks, const Campaign& campaign, Date today)
{
    std::optional<Date> earliest = campaign.start;
    for (const auto& t : tasks) {
        if (t.plannedStart && (!earliest || *t.plannedStart < *earliest)) {
            earliest = t.plannedStart;
        }
    }
    return earliest.value_or(today);
}

void addExpectedFinish(Delivery& d, std::span<const Task> tasks,
                       std::span<const Dependency> dependencies,
                       const std::unordered_set<Id>& parents, const Campaign& campaign, Date today)
{
    if (tasks.empty()) {
        return;
    }
    const auto forecast = forecastTasks(tasks, parents, today);
    const auto result =
        computeSchedule(forecast, dependencies, projectStartOf(tasks, campaign, today));
    if (!result.schedule) {
        d.scheduleProblem = result.error ? result.error->message : "The plan cannot be scheduled.";
        return;
    }
    d.expectedFinish = result.schedule->finish;
    if (d.expectedFinish && campaign.end) {
        d.finishVsEndDays = campaign.end->daysUntil(*d.expectedFinish);
    }
}

} // namespace

Delivery computeDelivery(std::span<const Task> tasks, std::span<const Dependency> dependencies,
                         const Campaign& campaign, Date today)
{
    std::unordered_set<Id> parents;
    for (const auto& t : tasks) {
        if (t.parentId) {
            parents.insert(*t.parentId);
        }
    }
    Delivery d;
    struct Weighted {
        double done = 0;
        double total = 0;
    };
    Weighted overall;
    std::vector<std::string> phaseOrder;
    std::map<std::string, std::pair<Weighted, PhaseProgress>> phases;
    for (const auto& t : tasks) {
        if (!phases.count(t.phase)) {
            phaseOrder.push_back(t.phase);
            phases[t.phase].second.phase = t.phase;
        }
        if (parents.count(t.id) > 0 || t.status == TaskStatus::Cancelled) {
            continue;
        }
        auto& [weighted, phase] = phases[t.phase];
        ++d.leafTasks;
        ++phase.leafTasks;
        const double w = weightOf(t);
        overall.done += w * progressOf(t);
        overall.total += w;
        weighted.done += w * progressOf(t);
        weighted.total += w;
        const auto finish = t.plannedFinish();
        if (finish && *finish < today && isOpen(t)) {
            d.lateTasks.push_back({t.id, t.name, *finish, finish->daysUntil(today)});
            ++phase.lateTasks;
        }
    }
    if (overall.total > 0) {
        d.complete = overall.done / overall.total;
    }
    for (const auto& name : phaseOrder) {
        auto& [weighted, phase] = phases[name];
        if (phase.leafTasks == 0) {
            continue; // a phase made only of summaries or cancelled work
        }
        if (weighted.total > 0) {
            phase.complete = weighted.done / weighted.total;
        }
        d.phases.push_back(phase);
    }
    std::stable_sort(d.lateTasks.begin(), d.lateTasks.end(),
                     [](const LateTask& a, const LateTask& b) { return a.daysLate > b.daysLate; });
    addExpectedFinish(d, tasks, dependencies, parents, campaign, today);
    return d;
}

} // namespace cd::core
