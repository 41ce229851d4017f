// `task-history` and `move-task`: a task's dates change with a reason, and the history of
// those changes is kept beside the task (issue #4, tracking).

#include "Args.h"
#include "CampaignLookup.h"
#include "CliError.h"
#include "Commands.h"
#include "WorkbookAccess.h"

#include "core/Validation.h"
#include "core/Wbs.h"
#include "platform/Clock.h"
#include "storage/Database.h"
#include "storage/TaskHistory.h"
#include "storage/TaskRepository.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <ostream>

namespace cd::cli {

namespace {

using nlohmann::json;

void printJson(std::ostream& out, const json& j)
{
    out << j.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

json textOrNull(const std::string& s)
{
    return s.empty() ? json(nullptr) : json(s);
}

json dateOrNull(const core::OptionalDate& d)
{
    return d ? json(d->toIso()) : json(nullptr);
}

core::Date dateOption(const Args& args, const std::string& name)
{
    const std::string text = args.required(name);
    if (auto d = core::Date::parseIso(text)) {
        return *d;
    }
    throw BadInput("--" + name + " must be a date as YYYY-MM-DD, not \"" + text + "\"");
}

struct FoundTask {
    core::Task task;
    std::string code;
};

// --task names a task of the campaign by its WBS code ("1.2") or by its id: "#42", or "42" when
// no top-level task has that code. A task of another campaign is not found.
FoundTask requireTask(const std::vector<core::Task>& tasks, const std::string& codeOrId,
                      const core::Campaign& campaign)
{
    const auto entries = core::outline(tasks);
    const bool byId = codeOrId.starts_with('#');
    if (!byId) {
        for (const auto& e : entries) {
            if (e.code == codeOrId) {
                return {*e.task, e.code};
            }
        }
    }
    const std::string digits = byId ? codeOrId.substr(1) : codeOrId;
    const bool number = !digits.empty() && digits.size() < 19 &&
                        std::all_of(digits.begin(), digits.end(),
                                    [](unsigned char c) { return c >= '0' && c <= '9'; });
    if (number) {
        const core::Id id = std::stoll(digits);
        for (const auto& e : entries) {
            if (e.task->id == id) {
                return {*e.task, e.code};
            }
        }
    }
    throw BadInput("no task with WBS code or id \"" + codeOrId + "\" in campaign \"" +
                   campaign.name + "\"");
}

json entryJson(const storage::TaskHistoryEntry& e)
{
    return {{"id", e.id},
            {"changed_on", e.changedOn},
            {"field", e.field},
            {"old_value", textOrNull(e.oldValue)},
            {"new_value", textOrNull(e.newValue)},
            {"reason", e.reason}};
}

json taskJson(const FoundTask& f)
{
    return {{"id", f.task.id},
            {"code", f.code},
            {"name", f.task.name},
            {"start", dateOrNull(f.task.plannedStart)},
            {"finish", dateOrNull(f.task.plannedFinish())},
            {"duration_days", f.task.durationDays}};
}

void printEntries(std::ostream& out, const std::vector<storage::TaskHistoryEntry>& entries)
{
    const auto shown = [](const std::string& v) {
        return v.empty() ? std::string("-") : v;
    };
    for (const auto& e : entries) {
        out << e.changedOn << "\t" << e.field << "\t" << shown(e.oldValue) << " -> "
            << shown(e.newValue) << "\t" << shown(e.reason) << "\n";
    }
}

int runTaskHistory(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words, {"campaign", "task"}, {"json"});
    const std::string path = args.positional(0, "WORKBOOK");
    args.requireMaxPositionals(1);
    auto wb = openForReading(path);
    const auto campaign = requireCampaign(wb.db(), args.required("campaign"), path);
    const auto tasks = storage::TaskRepository(wb.db()).listByCampaign(campaign.id);
    const FoundTask found = requireTask(tasks, args.required("task"), campaign);
    const auto entries = storage::TaskHistory(wb.db()).list(found.task.id);
    if (args.flag("json")) {
        json history = json::array();
        for (const auto& e : entries) {
            history.push_back(entryJson(e));
        }
        printJson(out, {{"task", taskJson(found)}, {"history", history}});
        return kExitOk;
    }
    out << found.code << " " << found.task.name << ": " << entries.size()
        << (entries.size() == 1 ? " change" : " changes") << "\n";
    printEntries(out, entries);
    return kExitOk;
}

// The task with its dates moved: --start, and --finish or else the same duration.
core::Task movedTask(const core::Task& task, const Args& args)
{
    core::Task moved = task;
    moved.plannedStart = dateOption(args, "start");
    if (args.value("finish")) {
        const core::Date finish = dateOption(args, "finish");
        if (finish < *moved.plannedStart) {
            throw BadInput("--finish " + finish.toIso() + " is before --start " +
                           moved.plannedStart->toIso());
        }
        const int days = moved.plannedStart->daysUntil(finish) + 1;
        if (task.kind == core::TaskKind::Milestone && days != 1) {
            throw BadInput("a milestone has no duration: its --finish must be its --start");
        }
        moved.durationDays = task.kind == core::TaskKind::Milestone ? 0 : days;
    }
    for (const auto& issue : core::validate(moved)) {
        if (issue.severity == core::Severity::Error) {
            throw BadInput(issue.message);
        }
    }
    return moved;
}

int runMoveTask(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words, {"campaign", "task", "start", "finish", "reason"}, {"json"});
    const std::string path = args.positional(0, "WORKBOOK");
    args.requireMaxPositionals(1);
    dateOption(args, "start"); // refuse a bad date before the workbook is opened for writing
    if (args.value("finish")) {
        dateOption(args, "finish");
    }
    auto wb = openForWriting(path);
    storage::Transaction tx(wb.db());
    const auto campaign = requireCampaign(wb.db(), args.required("campaign"), path);
    const auto tasks = storage::TaskRepository(wb.db()).listByCampaign(campaign.id);
    FoundTask found = requireTask(tasks, args.required("task"), campaign);
    const core::Task before = found.task;
    found.task = movedTask(before, args);
    std::vector<storage::TaskHistoryEntry> written;
    if (found.task != before) {
        written =
            storage::updateTaskWithHistory(wb.db(), found.task, before, platform::today().toIso(),
                                           args.value("reason").value_or(""));
    }
    tx.commit();
    spdlog::info("moved task {} of campaign {}: {} history rows", found.task.id, campaign.id,
                 written.size());
    if (args.flag("json")) {
        json history = json::array();
        for (const auto& e : written) {
            history.push_back(entryJson(e));
        }
        printJson(out, {{"task", taskJson(found)}, {"history", history}});
        return kExitOk;
    }
    if (written.empty()) {
        out << found.code << " " << found.task.name << " already has these dates\n";
        return kExitOk;
    }
    out << "Moved " << found.code << " " << found.task.name << " to "
        << found.task.plannedStart->toIso() << " .. " << found.task.plannedFinish()->toIso()
        << "\n";
    printEntries(out, written);
    return kExitOk;
}

} // namespace

const CommandRegistration registerTaskHistory(
    {"task-history", "task-history WORKBOOK --campaign NAME_OR_ID --task WBS_CODE_OR_ID [--json]",
     "Show the history of a task's dates: each change with the day it was made and its reason.",
     runTaskHistory, 62});
const CommandRegistration registerMoveTask(
    {"move-task",
     "move-task WORKBOOK --campaign NAME_OR_ID --task WBS_CODE_OR_ID --start DATE "
     "[--finish DATE] [--reason TEXT] [--json]",
     "Move a task's dates (keeping its duration unless --finish is given) and keep the change, "
     "with its reason, in the task's history.",
     runMoveTask, 61});

} // namespace cd::cli
