#pragma once

#include "Campaign.h"
#include "Task.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace cd::core {

// How far the plan has come, by phase (the tasks' `phase`, in plan order).
struct PhaseProgress {
    std::string phase;
    std::optional<double> complete; // 0 … 1, weighted by duration; unknown with no duration
    int leafTasks = 0;
    int lateTasks = 0;
};

struct LateTask {
    Id id = 0;
    std::string name;
    Date plannedFinish;
    int daysLate = 0;
};

// The delivery KPIs of a campaign's WBS (see docs/kpi-definitions.md).
struct Delivery {
    // Leaf tasks (not cancelled): Σ duration × progress / Σ duration. Done counts as 100 %.
    std::optional<double> complete;
    int leafTasks = 0;
    // Leaf tasks whose planned finish is before today and that are neither done nor cancelled,
    // the most overdue first.
    std::vector<LateTask> lateTasks;
    std::vector<PhaseProgress> phases;
    // The critical-path finish of a forecast: unfinished work does not happen in the past.
    std::optional<Date> expectedFinish;
    // expectedFinish − campaign end in days: positive means after the end.
    std::optional<int> finishVsEndDays;
    std::string scheduleProblem; // why there is no expected finish (a dependency cycle)
};

Delivery computeDelivery(std::span<const Task> tasks, std::span<const Dependency> dependencies,
                         const Campaign& campaign, Date today);

} // namespace cd::core
