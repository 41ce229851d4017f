// `wbs`, `apply-template` and `save-template`: a campaign's plan, scheduled, and plans reused
// between campaigns through WBS template files.

#include "Args.h"
#include "CliError.h"
#include "Commands.h"
#include "InputFile.h"
#include "WbsReport.h"
#include "WorkbookAccess.h"

#include "io/WbsTemplate.h"
#include "platform/Clock.h"
#include "storage/CampaignRepository.h"
#include "storage/TaskRepository.h"
#include "storage/TemplateApply.h"

#include <spdlog/spdlog.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <ostream>
#include <sstream>
#include <unistd.h>

namespace cd::cli {

namespace {

using nlohmann::json;

// A template is a few kilobytes; a much larger file is not one.
constexpr std::uintmax_t kMaxTemplateBytes = 16 * 1024 * 1024;

void printJson(std::ostream& out, const json& j)
{
    out << j.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

core::Campaign campaignOption(storage::Database& db, const Args& args, const std::string& path)
{
    const std::string nameOrId = args.required("campaign");
    auto campaign = storage::CampaignRepository(db).find(nameOrId);
    if (!campaign) {
        throw BadInput("no campaign named or numbered \"" + nameOrId + "\" in " + path);
    }
    return std::move(*campaign);
}

std::string readTemplateFile(const std::string& file)
{
    return readInputFile(file, "the template ", kMaxTemplateBytes, "a WBS template (over 16 MB)");
}

// The template named by TEMPLATE.json or --template (a file, or "default" for the one shipped
// with the program), checked before the workbook is touched.
std::pair<core::PlanTemplate, std::string> templateArgument(const Args& args)
{
    const auto option = args.value("template");
    if (option && args.positionals().size() > 1) {
        throw UsageError("give the template either as TEMPLATE.json or with --template, not both");
    }
    const std::string source = option                          ? *option
                               : args.positionals().size() > 1 ? args.positionals()[1]
                                                               : "default";
    const bool builtIn = source == "default";
    const std::string text =
        builtIn ? std::string(io::defaultWbsTemplateJson()) : readTemplateFile(source);
    try {
        return {io::parseWbsTemplate(text), builtIn ? "the default template" : source};
    } catch (const io::TemplateError& e) {
        throw BadInput((builtIn ? std::string("default template") : source) + ": " + e.what());
    }
}

core::OptionalDate startOption(const Args& args)
{
    const auto text = args.value("start");
    if (!text) {
        return std::nullopt;
    }
    if (auto d = core::Date::parseIso(*text)) {
        return d;
    }
    throw BadInput("--start must be a date as YYYY-MM-DD, not \"" + *text + "\"");
}

int runWbs(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words, {"campaign"}, {"json"});
    const std::string path = args.positional(0, "WORKBOOK");
    args.requireMaxPositionals(1);
    auto wb = openForReading(path);
    const auto campaign = campaignOption(wb.db(), args, path);
    storage::TaskRepository repo(wb.db());
    const auto tasks = repo.listByCampaign(campaign.id);
    const auto dependencies = repo.dependenciesOfCampaign(campaign.id);
    const auto report =
        wbsReport(campaign, tasks, dependencies, planStart(campaign, tasks, platform::today()));
    if (args.flag("json")) {
        printJson(out, report);
    } else {
        printWbsText(out, report);
    }
    return kExitOk;
}

int runApplyTemplate(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words, {"campaign", "start", "template"}, {"json"});
    const std::string path = args.positional(0, "WORKBOOK");
    args.requireMaxPositionals(2);
    const auto start = startOption(args);
    const auto [plan, source] = templateArgument(args);

    auto wb = openForWriting(path);
    const auto campaign = campaignOption(wb.db(), args, path);
    const core::Date from = start ? *start : campaign.start.value_or(platform::today());
    const auto applied = storage::applyTemplate(wb.db(), campaign.id, plan, from);
    spdlog::info("applied {} to campaign {}: {} tasks", source, campaign.id,
                 applied.taskIds.size());
    if (args.flag("json")) {
        printJson(out, {{"campaign_id", campaign.id},
                        {"template", plan.name},
                        {"start", from.toIso()},
                        {"task_ids", applied.taskIds},
                        {"dependency_ids", applied.dependencyIds}});
        return kExitOk;
    }
    out << "Added " << applied.taskIds.size() << " tasks and " << applied.dependencyIds.size()
        << " dependencies from " << source << " to \"" << campaign.name << "\", starting "
        << from.toIso() << "\n";
    return kExitOk;
}

// Writes next to the target and renames, so a failure never leaves half a file behind.
void writeFileReplacing(const std::string& file, const std::string& text)
{
    const std::string temp = file + ".tmp-" + std::to_string(::getpid());
    {
        std::ofstream f(temp, std::ios::binary | std::ios::trunc);
        f << text;
        f.close();
        if (!f) {
            std::error_code ignored;
            std::filesystem::remove(temp, ignored);
            throw BadInput("cannot write " + file + ": " + std::strerror(errno));
        }
    }
    std::error_code ec;
    std::filesystem::rename(temp, file, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(temp, ignored);
        throw BadInput("cannot write " + file + ": " + ec.message());
    }
}

int runSaveTemplate(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words, {"campaign", "name"}, {"force"});
    const std::string path = args.positional(0, "WORKBOOK");
    const std::string file = args.positional(1, "OUT.json");
    args.requireMaxPositionals(2);
    if (file != "-" && !args.flag("force") && std::filesystem::exists(file)) {
        throw BadInput(file + " already exists; add --force to replace it");
    }
    auto wb = openForReading(path);
    const auto campaign = campaignOption(wb.db(), args, path);
    storage::TaskRepository repo(wb.db());
    const auto tasks = repo.listByCampaign(campaign.id);
    if (tasks.empty()) {
        throw BadInput("\"" + campaign.name + "\" has no tasks to save as a template");
    }
    const auto plan = core::templateFromPlan(args.value("name").value_or(campaign.name), tasks,
                                             repo.dependenciesOfCampaign(campaign.id));
    // The file must be one that apply-template accepts: refuse a plan it would refuse.
    const std::string text = io::writeWbsTemplate(plan);
    try {
        io::parseWbsTemplate(text);
    } catch (const io::TemplateError& e) {
        throw BadInput("the plan of \"" + campaign.name +
                       "\" cannot be saved as a template: " + e.what());
    }
    if (file == "-") {
        out << text;
        return kExitOk;
    }
    writeFileReplacing(file, text);
    out << "Saved " << tasks.size() << " tasks of \"" << campaign.name << "\" to " << file << "\n";
    return kExitOk;
}

} // namespace

const CommandRegistration registerWbs(
    {"wbs", "wbs WORKBOOK --campaign NAME_OR_ID [--json]",
     "Show a campaign's plan scheduled: WBS codes, dates, float, critical path, roll-ups and the "
     "finish with and without buffers.",
     runWbs, 57});
const CommandRegistration registerApplyTemplate(
    {"apply-template",
     "apply-template WORKBOOK --campaign NAME_OR_ID [TEMPLATE.json | --template FILE|default] "
     "[--start DATE] [--json]",
     "Add a WBS template's tasks to a campaign (the default influencer-campaign template when "
     "none is given), laid out from --start or the campaign's start.",
     runApplyTemplate, 58});
const CommandRegistration registerSaveTemplate(
    {"save-template",
     "save-template WORKBOOK --campaign NAME_OR_ID OUT.json [--name NAME] [--force]",
     "Save a campaign's plan as a WBS template file (\"-\" for standard output).", runSaveTemplate,
     59});

} // namespace cd::cli
