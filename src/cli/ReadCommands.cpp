#include "Args.h"
#include "CliError.h"
#include "Commands.h"
#include "WorkbookAccess.h"

#include "core/ContractChecks.h"
#include "io/JsonExport.h"
#include "platform/Clock.h"
#include "storage/CampaignRepository.h"
#include "storage/InfluencerRepository.h"
#include "storage/Snapshot.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>
#include <iterator>
#include <ostream>
#include <unordered_set>

namespace cd::cli {

namespace {

std::string orDash(const std::string& s)
{
    return s.empty() ? "-" : s;
}

void printJson(std::ostream& out, const nlohmann::json& j)
{
    // Invalid UTF-8 in user text is replaced rather than aborting the whole listing.
    out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

int runCampaigns(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words, {}, {"json"});
    const std::string path = args.positional(0, "WORKBOOK");
    args.requireMaxPositionals(1);
    auto wb = openForReading(path);
    const auto campaigns = storage::CampaignRepository(wb.db()).list();
    if (args.flag("json")) {
        auto array = nlohmann::json::array();
        for (const auto& c : campaigns) {
            array.push_back(io::toJson(c));
        }
        printJson(out, array);
        return kExitOk;
    }
    for (const auto& c : campaigns) {
        out << c.id << "\t" << c.name << "\t" << orDash(c.brand) << "\t"
            << orDash(core::toIso(c.start)) << ".." << orDash(core::toIso(c.end)) << "\t"
            << core::toKey(c.status) << "\t" << c.budget.toDecimalString() << " " << c.currency
            << "\n";
    }
    return kExitOk;
}

int runInfluencers(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words, {"campaign"}, {"json"});
    const std::string path = args.positional(0, "WORKBOOK");
    args.requireMaxPositionals(1);
    auto wb = openForReading(path);
    storage::InfluencerRepository repo(wb.db());
    auto roster = repo.list();
    if (const auto campaignName = args.value("campaign")) {
        const auto campaign = storage::CampaignRepository(wb.db()).find(*campaignName);
        if (!campaign) {
            throw BadInput("no campaign named or numbered \"" + *campaignName + "\" in " + path);
        }
        std::unordered_set<core::Id> members;
        for (const auto& m : repo.membersOfCampaign(campaign->id)) {
            members.insert(m.influencerId);
        }
        std::erase_if(roster, [&](const core::Influencer& i) { return !members.count(i.id); });
    }
    if (args.flag("json")) {
        auto array = nlohmann::json::array();
        for (const auto& i : roster) {
            array.push_back(io::toJson(i));
        }
        printJson(out, array);
        return kExitOk;
    }
    for (const auto& i : roster) {
        const auto* h = i.mainHandle();
        out << i.id << "\t" << orDash(i.name) << "\t"
            << (h ? std::string(core::toKey(h->platform)) + " @" + h->handle : "-") << "\t"
            << i.totalFollowers() << "\t" << core::toKey(i.status) << "\n";
    }
    return kExitOk;
}

int runCheck(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words, {}, {"json"});
    const std::string path = args.positional(0, "WORKBOOK");
    args.requireMaxPositionals(1);
    auto wb = openForReading(path);

    const auto integrity = wb.integrityProblems();
    nlohmann::json issues = nlohmann::json::array();
    int errors = 0;
    int warnings = 0;
    auto record = [&](const core::Issue& issue, const std::string& campaign) {
        (issue.severity == core::Severity::Error ? errors : warnings)++;
        auto j = io::toJson(issue);
        j["campaign"] = campaign;
        issues.push_back(j);
    };
    if (integrity.empty()) {
        const auto today = platform::today();
        const auto campaigns = storage::CampaignRepository(wb.db()).list();
        std::vector<core::Contract> allContracts; // exclusivity is checked across campaigns
        for (const auto& c : campaigns) {
            auto snapshot = storage::loadSnapshot(wb.db(), c.id);
            for (const auto& issue : core::checkCampaign(snapshot, today)) {
                record(issue, c.name);
            }
            std::move(snapshot.contracts.begin(), snapshot.contracts.end(),
                      std::back_inserter(allContracts));
        }
        for (const auto& overlap : core::findExclusivityOverlaps(allContracts)) {
            const auto it = std::find_if(campaigns.begin(), campaigns.end(), [&](const auto& c) {
                return c.id == overlap.secondCampaignId;
            });
            record(core::toIssue(overlap, campaigns), it == campaigns.end() ? "" : it->name);
        }
        for (const auto& i : storage::InfluencerRepository(wb.db()).list()) {
            for (const auto& issue : core::validate(i)) {
                record(issue, "");
            }
        }
    }

    if (args.flag("json")) {
        nlohmann::json report = {
            {"integrity", integrity.empty() ? nlohmann::json("ok") : nlohmann::json(integrity)},
            {"errors", errors},
            {"warnings", warnings},
            {"issues", issues}};
        printJson(out, report);
    } else {
        if (integrity.empty()) {
            out << "integrity: ok\n";
        }
        for (const auto& p : integrity) {
            out << "integrity: " << p << "\n";
        }
        for (const auto& j : issues) {
            out << j["severity"].get<std::string>() << ": "
                << (j["campaign"].get<std::string>().empty()
                        ? std::string()
                        : "[" + j["campaign"].get<std::string>() + "] ")
                << j["subject"].get<std::string>() << ": " << j["message"].get<std::string>()
                << "\n";
        }
        out << errors << " errors, " << warnings << " warnings\n";
    }
    if (!integrity.empty()) {
        std::cerr << "campaigndesk-cli: " << path << " failed the integrity check\n";
        return kExitWorkbook;
    }
    if (errors > 0) {
        std::cerr << "campaigndesk-cli: " << path << " has " << errors << " validation errors\n";
        return kExitBadInput;
    }
    return kExitOk;
}

} // namespace

const CommandRegistration registerCampaigns({"campaigns", "campaigns WORKBOOK [--json]",
                                             "List the campaigns.", runCampaigns, 30});
const CommandRegistration registerInfluencers(
    {"influencers", "influencers WORKBOOK [--campaign NAME_OR_ID] [--json]",
     "List the influencer roster, or one campaign's influencers.", runInfluencers, 40});
const CommandRegistration
    registerCheck({"check", "check WORKBOOK [--json]",
                   "Check the file's integrity and list the data's validation errors and warnings.",
                   runCheck, 95});

} // namespace cd::cli
