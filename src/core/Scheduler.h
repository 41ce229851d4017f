#pragma once

#include "Task.h"

#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace cd::core {

// The computed dates of one task. Finish dates are inclusive (the last day of work); a
// milestone starts and finishes on the same day. Float is in days.
struct TaskDates {
    Date earlyStart;
    Date earlyFinish;
    Date lateStart;
    Date lateFinish;
    int totalFloatDays = 0;
    bool critical = false;
    // The early finish when every task's buffer days are added to its duration.
    Date earlyFinishWithBuffers;
};

struct Schedule {
    std::unordered_map<Id, TaskDates> tasks; // every task, summaries rolled up from children
    std::optional<Date> start;
    std::optional<Date> finish;            // without buffers
    std::optional<Date> finishWithBuffers; // with every task's buffer days
    std::vector<Id> criticalTasks;         // leaf tasks with zero (or negative) float, by start
};

// A dependency cycle, named task by task ("A → B → C → A").
struct CycleError {
    std::vector<Id> cycle;
    std::string message;
};

// Forward and backward pass over a campaign's tasks in calendar days.
// - A task starts no earlier than `projectStart` and its own planned start; an actual start or
//   finish, once recorded, fixes the date.
// - Dependencies FS, SS, FF, SF with lags (negative allowed). A dependency on a summary task
//   applies to every leaf task below it.
// - Summary tasks (tasks with children) take the earliest start and latest finish below them.
// Returns the schedule, or the cycle that makes one impossible.
struct ScheduleResult {
    std::optional<Schedule> schedule;
    std::optional<CycleError> error;
};
ScheduleResult computeSchedule(std::span<const Task> tasks,
                               std::span<const Dependency> dependencies, Date projectStart);

// The cycle that adding `candidate` would create, if any, named with the tasks' names.
std::optional<CycleError> cycleIfAdded(std::span<const Task> tasks,
                                       std::span<const Dependency> dependencies,
                                       const Dependency& candidate);

} // namespace cd::core
