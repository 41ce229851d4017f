#include "Args.h"
#include "CliError.h"
#include "Commands.h"
#include "WorkbookAccess.h"

#include "core/Validation.h"
#include "platform/Clock.h"
#include "storage/CampaignRepository.h"
#include "storage/DemoData.h"
#include "storage/Generator.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <ostream>

namespace cd::cli {

namespace {

core::OptionalDate dateOption(const Args& args, const std::string& name)
{
    const auto text = args.value(name);
    if (!text) {
        return std::nullopt;
    }
    if (auto d = core::Date::parseIso(*text)) {
        return d;
    }
    throw BadInput("--" + name + " must be a date as YYYY-MM-DD, not \"" + *text + "\"");
}

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
}

int runNew(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words, {}, {"demo"});
    const std::string path = args.positional(0, "WORKBOOK");
    args.requireMaxPositionals(1);
    auto wb = storage::Workbook::create(path);
    if (args.flag("demo")) {
        storage::populateDemo(wb, platform::today());
    }
    spdlog::info("created workbook {}{}", path, args.flag("demo") ? " with demo data" : "");
    out << "Created " << path << (args.flag("demo") ? " with the demo data" : "") << "\n";
    return kExitOk;
}

int runAddCampaign(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words,
                    {"name", "brand", "objective", "start", "end", "budget", "currency", "status",
                     "contingency"},
                    {});
    const std::string path = args.positional(0, "WORKBOOK");
    args.requireMaxPositionals(1);

    core::Campaign c;
    c.name = args.required("name");
    c.brand = args.value("brand").value_or("");
    c.objective = args.value("objective").value_or("");
    c.start = dateOption(args, "start");
    c.end = dateOption(args, "end");
    c.currency = upper(args.value("currency").value_or("EUR"));
    if (!core::isKnownCurrency(c.currency)) {
        throw BadInput("--currency \"" + c.currency +
                       "\" is not an ISO 4217 code we know (e.g. EUR, USD, GBP)");
    }
    c.budget = core::Money::zero(c.currency);
    if (const auto budget = args.value("budget")) {
        const auto money = core::Money::parse(*budget, c.currency);
        if (!money) {
            throw BadInput("--budget must be an amount such as 12000 or 12000.50, not \"" +
                           *budget + "\"");
        }
        c.budget = *money;
    }
    if (const auto status = args.value("status")) {
        const auto parsed = core::parseEnum<core::CampaignStatus>(*status);
        if (!parsed) {
            throw BadInput("--status must be planning, active, completed or archived");
        }
        c.status = *parsed;
    }
    if (const auto contingency = args.value("contingency")) {
        try {
            std::size_t used = 0;
            c.contingencyPercent = std::stod(*contingency, &used);
            if (used != contingency->size()) {
                throw std::invalid_argument("trailing text");
            }
        } catch (const std::exception&) {
            throw BadInput("--contingency must be a percentage such as 10, not \"" + *contingency +
                           "\"");
        }
    }
    for (const auto& issue : core::validate(c)) {
        if (issue.severity == core::Severity::Error) {
            throw BadInput(issue.message);
        }
    }
    auto wb = openForWriting(path);
    storage::CampaignRepository(wb.db()).add(c);
    spdlog::info("added campaign {} \"{}\" to {}", c.id, c.name, path);
    out << c.id << "\n";
    return kExitOk;
}

int runGenerate(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words, {"influencers", "campaigns", "tasks", "posts", "seed"}, {});
    const std::string path = args.positional(0, "WORKBOOK");
    args.requireMaxPositionals(1);
    storage::GeneratorSpec spec;
    spec.influencers = args.count("influencers").value_or(spec.influencers);
    spec.campaigns = args.count("campaigns").value_or(spec.campaigns);
    spec.tasks = args.count("tasks").value_or(spec.tasks);
    spec.posts = args.count("posts").value_or(spec.posts);
    spec.seed = static_cast<std::uint64_t>(args.count("seed").value_or(1));
    if (spec.campaigns == 0 && (spec.tasks > 0 || spec.posts > 0)) {
        throw BadInput("tasks and posts belong to campaigns: give --campaigns 1 or more");
    }
    const auto started = std::chrono::steady_clock::now();
    bool created = false;
    try {
        auto wb = storage::Workbook::create(path);
        created = true;
        storage::generate(wb, spec);
    } catch (...) {
        // The generator runs in one transaction, so a failure leaves an empty workbook that
        // nobody asked for: remove what this command created, never anything else.
        if (created) {
            std::error_code ec;
            for (const char* suffix : {"", "-wal", "-shm"}) {
                std::filesystem::remove(path + suffix, ec);
            }
        }
        throw;
    }
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - started)
                        .count();
    spdlog::info("generated {} in {} ms", path, ms);
    out << "Generated " << path << ": " << spec.influencers << " influencers, " << spec.campaigns
        << " campaigns, " << spec.tasks << " tasks, " << spec.posts << " posts (seed " << spec.seed
        << ") in " << ms << " ms\n";
    return kExitOk;
}

} // namespace

const CommandRegistration
    registerNew({"new", "new WORKBOOK [--demo]",
                 "Create an empty workbook, or one filled with the demo data.", runNew, 10});
const CommandRegistration registerAddCampaign(
    {"add-campaign",
     "add-campaign WORKBOOK --name NAME [--brand B] [--start DATE] [--end DATE] "
     "[--budget AMOUNT] [--currency EUR] [--objective TEXT] [--status S] [--contingency PCT]",
     "Add a campaign and print its id.", runAddCampaign, 20});
const CommandRegistration registerGenerate(
    {"generate", "generate WORKBOOK --influencers N --campaigns N --tasks N --posts N [--seed S]",
     "Create a deterministic synthetic workbook of any size (benchmarks, scale tests).",
     runGenerate, 90});

} // namespace cd::cli
