#include "BufferUsage.h"

#include <algorithm>
#include <unordered_set>

namespace cd::core {

ScheduleResult computePlannedSchedule(std::span<const Task> tasks,
                                      std::span<const Dependency> dependencies, Date projectStart)
{
    std::vector<Task> planned(tasks.begin(), tasks.end());
    for (auto& t : planned) {
        t.actualStart.reset();
        t.actualFinish.reset();
    }
    return computeSchedule(planned, dependencies, projectStart);
}

std::vector<BufferUsage> computeBufferUsage(std::span<const Task> tasks, const Schedule& planned)
{
    std::unordered_set<Id> parents;
    for (const auto& t : tasks) {
        if (t.parentId) {
            parents.insert(*t.parentId);
        }
    }
    std::vector<BufferUsage> out;
    for (const auto& t : tasks) {
        const auto dates = planned.tasks.find(t.id);
        if (parents.count(t.id) || dates == planned.tasks.end()) {
            continue;
        }
        BufferUsage u;
        u.taskId = t.id;
        u.bufferDays = std::max(0, t.bufferDays);
        u.plannedFinish = dates->second.earlyFinish;
        u.actualFinish = t.actualFinish;
        if (t.actualFinish) {
            const int late = u.plannedFinish.daysUntil(*t.actualFinish);
            u.usedDays = std::clamp(late, 0, u.bufferDays);
            u.overrunDays = std::max(0, late - u.bufferDays);
        }
        out.push_back(u);
    }
    return out;
}

} // namespace cd::core
