#include "WbsReport.h"

#include "CliError.h"

#include "core/BufferUsage.h"
#include "core/PredecessorText.h"
#include "core/Scheduler.h"
#include "core/Wbs.h"
#include "core/WbsRollup.h"

#include <algorithm>
#include <ostream>
#include <unordered_map>

namespace cd::cli {

using nlohmann::json;

namespace {

json dateOrNull(const core::OptionalDate& d)
{
    return d ? json(d->toIso()) : json(nullptr);
}

core::OptionalDate earlier(core::OptionalDate a, core::OptionalDate b)
{
    return !a ? b : !b ? a : std::min(*a, *b);
}

struct Context {
    const core::Schedule& schedule;
    std::unordered_map<core::Id, core::RolledUpTask> rolls;
    std::unordered_map<core::Id, core::BufferUsage> buffers;
    std::span<const core::Dependency> dependencies;
    std::span<const core::OutlineEntry> outline;
    std::unordered_map<core::Id, std::string> predecessors; // built once for all tasks
};

json taskJson(const core::OutlineEntry& e, const Context& c)
{
    const core::Task& t = *e.task;
    const core::RolledUpTask& r = c.rolls.at(t.id);
    const core::TaskDates& d = c.schedule.tasks.at(t.id);
    const auto buffer = c.buffers.find(t.id);
    return {{"id", t.id},
            {"code", e.code},
            {"name", t.name},
            {"kind", core::toKey(t.kind)},
            {"phase", t.phase},
            {"owner_role", core::toKey(t.ownerRole)},
            {"status", core::toKey(t.status)},
            {"summary", r.summary},
            {"start", dateOrNull(r.start)},
            {"finish", dateOrNull(r.finish)},
            {"duration_days", r.durationDays},
            {"actual_start", dateOrNull(t.actualStart)},
            {"actual_finish", dateOrNull(t.actualFinish)},
            {"early_start", d.earlyStart.toIso()},
            {"early_finish", d.earlyFinish.toIso()},
            {"late_start", d.lateStart.toIso()},
            {"late_finish", d.lateFinish.toIso()},
            {"early_finish_with_buffers", d.earlyFinishWithBuffers.toIso()},
            {"total_float_days", d.totalFloatDays},
            {"critical", d.critical},
            {"percent_complete", r.percentComplete},
            {"cost", r.cost.toDecimalString()},
            {"buffer_days", t.bufferDays},
            {"buffer_used_days",
             buffer == c.buffers.end() ? json(nullptr) : json(buffer->second.usedDays)},
            {"predecessors", c.predecessors.contains(t.id) ? c.predecessors.at(t.id) : ""},
            {"children", json::array()}};
}

} // namespace

core::Date planStart(const core::Campaign& campaign, std::span<const core::Task> tasks,
                     core::Date today)
{
    core::OptionalDate first = campaign.start;
    for (const auto& t : tasks) {
        first = earlier(first, earlier(t.plannedStart, t.actualStart));
    }
    return first.value_or(today);
}

json wbsReport(const core::Campaign& campaign, std::span<const core::Task> tasks,
               std::span<const core::Dependency> dependencies, core::Date start)
{
    const auto result = core::computeSchedule(tasks, dependencies, start);
    if (!result.schedule) {
        throw BadInput(result.error->message);
    }
    const auto entries = core::outline(tasks);
    Context c{*result.schedule, core::rollUpWbs(tasks), {}, dependencies, entries, {}};
    c.predecessors = core::formatAllPredecessorTexts(dependencies, entries);
    if (const auto planned = core::computePlannedSchedule(tasks, dependencies, start);
        planned.schedule) {
        for (const auto& u : core::computeBufferUsage(tasks, *planned.schedule)) {
            c.buffers.emplace(u.taskId, u);
        }
    }
    json report = {
        {"campaign",
         {{"id", campaign.id}, {"name", campaign.name}, {"currency", campaign.currency}}},
        {"start", dateOrNull(result.schedule->start)},
        {"finish", dateOrNull(result.schedule->finish)},
        {"finish_with_buffers", dateOrNull(result.schedule->finishWithBuffers)},
        {"critical_path", json::array()},
        {"tasks", json::array()}};
    std::unordered_map<core::Id, const std::string*> codes;
    for (const auto& e : entries) {
        codes.emplace(e.task->id, &e.code);
    }
    for (const auto id : result.schedule->criticalTasks) {
        if (const auto it = codes.find(id); it != codes.end()) {
            report["critical_path"].push_back(*it->second);
        }
    }
    // The open ancestors of the row being placed; their children arrays are the only ones
    // that grow, so pointers to the ancestors stay valid.
    std::vector<json*> open;
    for (const auto& e : entries) {
        open.resize(static_cast<std::size_t>(e.depth));
        json& siblings = open.empty() ? report["tasks"] : (*open.back())["children"];
        siblings.push_back(taskJson(e, c));
        open.push_back(&siblings.back());
    }
    return report;
}

void printWbsText(std::ostream& out, const json& report)
{
    const auto text = [](const json& v) {
        return v.is_null() ? std::string("-") : v.get<std::string>();
    };
    out << report["campaign"]["name"].get<std::string>() << ": " << text(report["start"]) << " .. "
        << text(report["finish"]) << " (" << text(report["finish_with_buffers"])
        << " with buffers)\n";
    std::vector<std::pair<const json*, int>> stack;
    for (auto it = report["tasks"].rbegin(); it != report["tasks"].rend(); ++it) {
        stack.emplace_back(&*it, 0);
    }
    while (!stack.empty()) {
        const auto [t, depth] = stack.back();
        stack.pop_back();
        out << (*t)["code"].get<std::string>() << "\t"
            << std::string(static_cast<std::size_t>(depth) * 2, ' ')
            << (*t)["name"].get<std::string>() << "\t" << (*t)["early_start"].get<std::string>()
            << ".." << (*t)["early_finish"].get<std::string>() << "\t"
            << (*t)["duration_days"].get<int>() << "d\tfloat "
            << (*t)["total_float_days"].get<int>()
            << ((*t)["critical"].get<bool>() ? "\tcritical" : "\t-") << "\t"
            << (*t)["cost"].get<std::string>() << "\t"
            << ((*t)["predecessors"].get<std::string>().empty()
                    ? std::string("-")
                    : (*t)["predecessors"].get<std::string>())
            << "\n";
        const json& children = (*t)["children"];
        for (auto c = children.rbegin(); c != children.rend(); ++c) {
            stack.emplace_back(&*c, depth + 1);
        }
    }
}

} // namespace cd::cli
