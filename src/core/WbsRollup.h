#pragma once

#include "Task.h"

#include <span>
#include <unordered_map>

namespace cd::core {

// What one row of a plan shows once summary tasks (tasks with children) take their values from
// the tasks below them. The Plan tab, the timeline and `campaigndesk-cli wbs` all show these.
struct RolledUpTask {
    OptionalDate start;
    OptionalDate finish;
    int durationDays = 0; // a summary's span in calendar days; 0 for a milestone
    double percentComplete = 0.0;
    Money cost = Money::zero("EUR");
    bool summary = false;
};

// Leaf tasks show their own values (a milestone has no duration and finishes where it starts).
// A summary task spans its children: start is the earliest start below it, finish the latest
// finish (neither when nothing below it is dated, and then no duration); its cost is its own plus
// its children's; its % complete is the average of the leaf tasks below it weighted by their
// duration (cancelled tasks left out; when every leaf has no duration, a plain average; 0 when
// no leaf counts). One bottom-up pass, children before parents, so the cost is linear. A loop in
// the parent links (a damaged file) cannot hang it: the tasks on the loop roll up what they can.
std::unordered_map<Id, RolledUpTask> rollUpWbs(std::span<const Task> tasks);

} // namespace cd::core
