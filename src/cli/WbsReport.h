#pragma once

#include "core/Campaign.h"
#include "core/Task.h"

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <span>

namespace cd::cli {

// The day the schedule of a plan starts from: the campaign's start, or an earlier planned or
// actual start of one of its tasks (shown where it was planned, not pushed), else `today`.
core::Date planStart(const core::Campaign& campaign, std::span<const core::Task> tasks,
                     core::Date today);

// The `wbs --json` document of one campaign: its schedule (with and without buffers), critical
// path and every task in outline order with its dates, float, roll-ups, predecessors text and
// buffer use, children nested. Throws BadInput with the cycle's message when the dependencies
// form one.
nlohmann::json wbsReport(const core::Campaign& campaign, std::span<const core::Task> tasks,
                         std::span<const core::Dependency> dependencies, core::Date start);

// The same document as one line per task, indented by depth, for people.
void printWbsText(std::ostream& out, const nlohmann::json& report);

} // namespace cd::cli
