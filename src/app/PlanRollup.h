#pragma once

#include "core/Task.h"

#include <span>
#include <unordered_map>

namespace cd::app {

// What one row of a plan shows once summary tasks (tasks with children) take their values from
// the tasks below them.
struct RolledUpTask {
    core::OptionalDate start;
    core::OptionalDate finish;
    int durationDays = 0; // a summary's span in calendar days; 0 for a milestone
    double percentComplete = 0.0;
    core::Money cost = core::Money::zero("EUR");
    bool summary = false;
};

// Leaf tasks show their own values (a milestone has no duration and finishes where it starts).
// A summary task spans its children: start is the earliest start below it, finish the latest
// finish; its cost is its own plus its children's; its % complete is the average of the leaf
// tasks below it weighted by their duration (cancelled tasks left out; when every leaf has no
// duration, a plain average). A loop in the parent links (a damaged file) cannot hang it.
std::unordered_map<core::Id, RolledUpTask> rollUpPlan(std::span<const core::Task> tasks);

} // namespace cd::app
