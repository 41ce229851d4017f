#pragma once

#include "Scheduler.h"

#include <span>
#include <vector>

namespace cd::core {

// The schedule as it was planned: the same pass as computeSchedule with every actual start
// and finish ignored, so the early finishes are what the plan promised.
ScheduleResult computePlannedSchedule(std::span<const Task> tasks,
                                      std::span<const Dependency> dependencies, Date projectStart);

// How much of one task's buffer the actual dates have eaten.
struct BufferUsage {
    Id taskId = 0;
    int bufferDays = 0;
    Date plannedFinish; // the early finish of the planned schedule
    OptionalDate actualFinish;
    int usedDays = 0;    // actual finish − planned finish, clipped to 0 … bufferDays
    int overrunDays = 0; // the days late beyond the buffer, which move the finish
};

// One entry per leaf task of `planned`, in the order of `tasks`. A task not finished yet has
// used nothing: buffers are consumed as actual finishes come in. Summary tasks have none.
std::vector<BufferUsage> computeBufferUsage(std::span<const Task> tasks, const Schedule& planned);

} // namespace cd::core
