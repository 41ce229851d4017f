// team: the workbook's team with their roles and assignments, or one person's work in a
// campaign (what "My work" shows in the app).
#include "Args.h"
#include "CampaignLookup.h"
#include "CliError.h"
#include "Commands.h"
#include "WorkbookAccess.h"

#include "core/MyWork.h"
#include "platform/Clock.h"
#include "storage/Database.h"
#include "storage/Snapshot.h"
#include "storage/TeamRepository.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace cd::cli {

namespace {

nlohmann::json idList(const std::set<core::Id>& ids)
{
    return nlohmann::json(std::vector<core::Id>(ids.begin(), ids.end()));
}

std::string joined(const std::set<core::Id>& ids)
{
    std::string out;
    for (const core::Id id : ids) {
        out += (out.empty() ? "" : ",") + std::to_string(id);
    }
    return out.empty() ? "-" : out;
}

int printWork(storage::Database& db, const std::string& path, const std::string& campaignName,
              const std::string& person, bool json, std::ostream& out)
{
    const core::Campaign campaign = requireCampaign(db, campaignName, path);
    const core::PersonWork w =
        core::workOf(storage::loadSnapshot(db, campaign.id), person, platform::today());
    if (json) {
        const nlohmann::json j = {{"person", w.person},
                                  {"campaign_id", campaign.id},
                                  {"campaign", campaign.name},
                                  {"tasks", idList(w.tasks)},
                                  {"contracts", idList(w.contracts)},
                                  {"influencers", idList(w.influencers)},
                                  {"payments", idList(w.payments)},
                                  {"content", idList(w.content)},
                                  {"open_tasks", w.openTasks},
                                  {"late_tasks", w.lateTasks},
                                  {"contracts_to_sign", w.contractsToSign},
                                  {"content_to_review", w.contentToReview},
                                  {"payments_overdue", w.paymentsOverdue}};
        out << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return kExitOk;
    }
    out << w.person << " in " << campaign.name << "\n"
        << "open tasks\t" << w.openTasks << " (" << w.lateTasks << " late)\n"
        << "contracts\t" << w.contracts.size() << " (" << w.contractsToSign << " to sign)\n"
        << "content to review\t" << w.contentToReview << "\n"
        << "payments overdue\t" << w.paymentsOverdue << "\n"
        << "task ids\t" << joined(w.tasks) << "\n"
        << "contract ids\t" << joined(w.contracts) << "\n";
    return kExitOk;
}

int runTeam(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words, {"person", "campaign"}, {"json"});
    const std::string path = args.positional(0, "WORKBOOK");
    args.requireMaxPositionals(1);
    const auto person = args.value("person");
    const auto campaign = args.value("campaign");
    if (person.has_value() != campaign.has_value()) {
        throw UsageError("--person and --campaign go together (one person's work in one "
                         "campaign)");
    }
    auto wb = openForReading(path);
    storage::TeamRepository repo(wb.db());
    if (person) {
        if (!repo.findByName(*person)) {
            throw BadInput("Nobody called \"" + *person + "\" is in the team of " + path);
        }
        return printWork(wb.db(), path, *campaign, core::normalizedPersonName(*person),
                         args.flag("json"), out);
    }
    const auto team = repo.list();
    if (args.flag("json")) {
        auto array = nlohmann::json::array();
        for (const auto& m : team) {
            const auto assigned = repo.assignmentsOf(m.name);
            auto roles = nlohmann::json::array();
            for (const core::OwnerRole role : m.roles) {
                roles.push_back(std::string(core::toKey(role)));
            }
            array.push_back({{"id", m.id},
                             {"name", m.name},
                             {"email", m.email},
                             {"roles", roles},
                             {"tasks", assigned.tasks},
                             {"contracts", assigned.contracts}});
        }
        out << array.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        return kExitOk;
    }
    for (const auto& m : team) {
        const auto assigned = repo.assignmentsOf(m.name);
        const std::string roles = core::rolesToKeys(m.roles);
        out << m.id << "\t" << m.name << "\t" << (m.email.empty() ? "-" : m.email) << "\t"
            << (roles.empty() ? "-" : roles) << "\t" << assigned.tasks << " tasks\t"
            << assigned.contracts << " contracts\n";
    }
    return kExitOk;
}

} // namespace

const CommandRegistration registerTeam(
    {"team", "team WORKBOOK [--json] [--person NAME --campaign NAME_OR_ID]",
     "List the team with roles and assignments, or one person's work in a campaign.", runTeam, 66});

} // namespace cd::cli
