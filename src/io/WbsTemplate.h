#pragma once

#include "core/PlanTemplate.h"

#include <nlohmann/json.hpp>

#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cd::io {

// WBS template files: a campaign's plan without dates, in JSON that other tools may write too.
//   {"format": "campaigndesk-wbs", "version": 1, "name": "…", "description": "…",
//    "tasks": [{"key": "research", "name": "…", "kind": "task|deliverable|milestone",
//               "phase": "…", "owner_role": "strategy", "duration_days": 5, "buffer_days": 1,
//               "cost": "1200.00", "notes": "…", "children": [ … ],
//               "depends_on": [{"key": "…", "type": "FS", "lag_days": 0}]}]}
// Only "format", "version", "tasks" and each task's "name" are required; unknown members are
// ignored so newer writers stay readable. A task with children and no kind is a deliverable.
inline constexpr std::string_view kWbsTemplateFormat = "campaigndesk-wbs";
inline constexpr int kWbsTemplateVersion = 1;

// A template refused. path() is the JSON pointer of the problem ("/tasks/3/children/0/
// duration_days"), empty for a file that is not JSON at all; what() is one line:
// "/tasks/3/children/0/duration_days: must be a whole number ≥ 0".
class TemplateError final : public std::runtime_error {
public:
    TemplateError(std::string path, std::string problem);
    const std::string& path() const { return m_path; }
    const std::string& problem() const { return m_problem; }

private:
    std::string m_path;
    std::string m_problem;
};

// Parses and checks a whole template: shape, values, keys, dependencies and cycles. Throws
// TemplateError at the first problem; a template returned can be applied as it is.
core::PlanTemplate parseWbsTemplate(std::string_view jsonText);

// Members in a readable order (format first, each task's key and name first).
nlohmann::ordered_json wbsTemplateToJson(const core::PlanTemplate& plan);
// The file's text (indented, UTF-8, ending with a newline).
std::string writeWbsTemplate(const core::PlanTemplate& plan);
// A campaign's plan as a template file (see core::templateFromPlan for the keys).
std::string writeWbsTemplate(std::string name, std::span<const core::Task> tasks,
                             std::span<const core::Dependency> dependencies);

// The default influencer-campaign template (resources/templates/influencer-campaign.json),
// compiled in so the programs need no data files wherever they are installed.
std::string_view defaultWbsTemplateJson();

} // namespace cd::io
