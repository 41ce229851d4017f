#include "WbsReport.h"

#include "CliError.h"

#include "core/BufferUsage.h"
#include "core/PredecessorText.h"
#include "core/Scheduler.h"
#include "core/Wbs.h"

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

// A row's planned values; a summary's roll up from the rows below it.
struct RollUp {
    core::OptionalDate start;
    core::OptionalDate finish;
    core::Money cost;
    double weighted = 0.0; // percent complete × days over the leaves below
    double plain = 0.0;    // percent complete over the leaves below
    int days = 0;
    int leaves = 0;

    double percent(double own) const
    {
        return days > 0 ? weighted / days : leaves > 0 ? plain / leaves : own;
    }
};

core::OptionalDate earlier(core::OptionalDate a, core::OptionalDate b)
{
    return !a ? b : !b ? a : std::min(*a, *b);
}

core::OptionalDate later(core::OptionalDate a, core::OptionalDate b)
{
    return !a ? b : !b ? a : std::max(*a, *b);
}

// Leaves first (the outline reversed), each added into its parent. Summaries: start the
// earliest below, finish the latest, cost their own plus their children's, % complete the
// leaves' weighted by duration (cancelled leaves left out; a plain average when no leaf has
// any duration).
std::unordered_map<core::Id, RollUp> rollUp(const std::vector<core::OutlineEntry>& entries,
                                            const std::string& currency)
{
    std::unordered_map<core::Id, RollUp> rolls;
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        const core::Task& t = *it->task;
        auto [pos, fresh] = rolls.try_emplace(t.id);
        RollUp& r = pos->second;
        if (fresh) { // no children: a leaf
            r.cost = core::Money::zero(currency);
            r.start = t.plannedStart;
            r.finish = t.plannedFinish();
            if (t.status != core::TaskStatus::Cancelled) {
                const int days =
                    t.kind == core::TaskKind::Milestone ? 0 : std::max(0, t.durationDays);
                r.weighted = t.percentComplete * days;
                r.plain = t.percentComplete;
                r.days = days;
                r.leaves = 1;
            }
        }
        r.cost += t.costEstimate;
        if (!t.parentId) {
            continue;
        }
        auto [parentPos, parentFresh] = rolls.try_emplace(*t.parentId);
        RollUp& p = parentPos->second;
        if (parentFresh) {
            p.cost = core::Money::zero(currency);
        }
        p.start = earlier(p.start, r.start);
        p.finish = later(p.finish, r.finish);
        p.cost += r.cost;
        p.weighted += r.weighted;
        p.plain += r.plain;
        p.days += r.days;
        p.leaves += r.leaves;
    }
    return rolls;
}

struct Context {
    const core::Schedule& schedule;
    std::unordered_map<core::Id, RollUp> rolls;
    std::unordered_map<core::Id, core::BufferUsage> buffers;
    std::unordered_map<core::Id, bool> summary;
    std::span<const core::Dependency> dependencies;
    std::span<const core::OutlineEntry> outline;
    std::unordered_map<core::Id, std::string> predecessors; // built once for all tasks
};

json taskJson(const core::OutlineEntry& e, const Context& c)
{
    const core::Task& t = *e.task;
    const RollUp& r = c.rolls.at(t.id);
    const bool summary = c.summary.count(t.id) > 0;
    const core::TaskDates& d = c.schedule.tasks.at(t.id);
    int duration = t.kind == core::TaskKind::Milestone ? 0 : t.durationDays;
    if (summary && r.start && r.finish) {
        duration = r.start->daysUntil(*r.finish) + 1;
    }
    const auto buffer = c.buffers.find(t.id);
    return {{"id", t.id},
            {"code", e.code},
            {"name", t.name},
            {"kind", core::toKey(t.kind)},
            {"phase", t.phase},
            {"owner_role", core::toKey(t.ownerRole)},
            {"status", core::toKey(t.status)},
            {"summary", summary},
            {"start", dateOrNull(r.start)},
            {"finish", dateOrNull(r.finish)},
            {"duration_days", duration},
            {"actual_start", dateOrNull(t.actualStart)},
            {"actual_finish", dateOrNull(t.actualFinish)},
            {"early_start", d.earlyStart.toIso()},
            {"early_finish", d.earlyFinish.toIso()},
            {"late_start", d.lateStart.toIso()},
            {"late_finish", d.lateFinish.toIso()},
            {"early_finish_with_buffers", d.earlyFinishWithBuffers.toIso()},
            {"total_float_days", d.totalFloatDays},
            {"critical", d.critical},
            {"percent_complete", r.percent(t.percentComplete)},
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
    Context c{
        *result.schedule, rollUp(entries, campaign.currency), {}, {}, dependencies, entries, {}};
    c.predecessors = core::formatAllPredecessorTexts(dependencies, entries);
    if (const auto planned = core::computePlannedSchedule(tasks, dependencies, start);
        planned.schedule) {
        for (const auto& u : core::computeBufferUsage(tasks, *planned.schedule)) {
            c.buffers.emplace(u.taskId, u);
        }
    }
    for (const auto& t : tasks) {
        if (t.parentId) {
            c.summary[*t.parentId] = true;
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
