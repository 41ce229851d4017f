#pragma once

#include "core/WbsRollup.h"

#include <span>
#include <unordered_map>

namespace cd::app {

// The Plan tab shows the core's roll-up (the CLI's `wbs` report shows the same values).
using RolledUpTask = core::RolledUpTask;

inline std::unordered_map<core::Id, RolledUpTask> rollUpPlan(std::span<const core::Task> tasks)
{
    return core::rollUpWbs(tasks);
}

} // namespace cd::app
