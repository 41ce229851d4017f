#pragma once

#include "Task.h"

#include <map>
#include <span>
#include <string>
#include <vector>

namespace cd::core {

// The tasks of one campaign in outline order (depth first, siblings by position), each with
// its WBS code ("1", "1.2", "1.2.3") and depth (0 for top-level deliverables).
struct OutlineEntry {
    const Task* task = nullptr;
    std::string code;
    int depth = 0;
};

std::vector<OutlineEntry> outline(std::span<const Task> tasks);

} // namespace cd::core
