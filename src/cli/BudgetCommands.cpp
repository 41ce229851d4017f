// `budget` and `contracts`: the money side of one campaign, worked out by core::summarise and
// core::computeFee from what the workbook holds.

#include "Args.h"
#include "CampaignLookup.h"
#include "CliError.h"
#include "Commands.h"
#include "WorkbookAccess.h"

#include "core/BudgetSummary.h"
#include "core/ContractChecks.h"
#include "io/JsonExport.h"
#include "platform/Clock.h"
#include "storage/CampaignRepository.h"
#include "storage/ContractRepository.h"
#include "storage/InfluencerRepository.h"
#include "storage/Snapshot.h"

#include <nlohmann/json.hpp>

#include <map>
#include <ostream>

namespace cd::cli {

namespace {

using nlohmann::json;

void printJson(std::ostream& out, const json& j)
{
    out << j.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

// The influencer's name, else the main handle, for people reading the output.
std::map<core::Id, std::string> influencerNames(storage::Database& db,
                                                const std::vector<core::Id>& ids)
{
    storage::InfluencerRepository repo(db);
    std::map<core::Id, std::string> names;
    for (const auto id : ids) {
        if (names.count(id)) {
            continue;
        }
        const auto i = repo.get(id);
        const auto* h = i ? i->mainHandle() : nullptr;
        names[id] = !i                 ? "#" + std::to_string(id)
                    : !i->name.empty() ? i->name
                    : h                ? "@" + h->handle
                                       : "#" + std::to_string(id);
    }
    return names;
}

std::string money(const core::Money& m)
{
    return m.toDecimalString();
}

// Pads to `width` characters (UTF-8 code points, not bytes) plus one space separating the
// column from the next (left-aligned) or the previous one (right-aligned).
std::string pad(const std::string& s, std::size_t width, bool right = false)
{
    std::size_t chars = 0;
    for (const unsigned char c : s) {
        chars += (c & 0xC0) != 0x80 ? 1 : 0;
    }
    const std::string fill(chars < width ? width - chars : 0, ' ');
    return right ? " " + fill + s : s + fill + " ";
}

std::vector<std::string> messages(const std::vector<core::Issue>& issues, core::Severity severity)
{
    std::vector<std::string> out;
    for (const auto& i : issues) {
        if (i.severity == severity) {
            out.push_back(i.message);
        }
    }
    return out;
}

json budgetJson(const core::Campaign& c, const core::BudgetSummary& s,
                const std::map<core::Id, std::string>& names, core::Date today)
{
    json j = {{"campaign_id", c.id},
              {"campaign", c.name},
              {"currency", s.currency},
              {"budget", money(s.budget)},
              {"planned", money(s.planned)},
              {"committed", money(s.committed)},
              {"contract_committed", money(s.contractCommitted)},
              {"paid", money(s.paid)},
              {"remaining", money(s.remaining)},
              {"over_budget", s.overBudget},
              {"planned_over_budget", s.plannedOverBudget},
              {"unallocated_paid", money(s.unallocatedPaid)},
              {"influencer_fee_lines_committed", money(s.influencerFeeLinesCommitted)},
              {"contracts_exceed_fee_lines", s.contractsExceedFeeLines}};
    j["contingency"] = {
        {"percent", c.contingencyPercent},   {"reserve", money(s.contingency.reserve)},
        {"used", money(s.contingency.used)}, {"committed", money(s.contingency.committed)},
        {"paid", money(s.contingency.paid)}, {"left", money(s.contingency.left)}};
    j["by_category"] = json::array();
    for (const auto& k : s.byCategory) {
        j["by_category"].push_back({{"category", std::string(core::toKey(k.category))},
                                    {"label", std::string(core::toLabel(k.category))},
                                    {"planned", money(k.planned)},
                                    {"committed", money(k.committed)},
                                    {"paid", money(k.paid)}});
    }
    j["by_month"] = json::array();
    for (const auto& m : s.byMonth) {
        j["by_month"].push_back({{"month", m.month}, {"paid", money(m.paid)}});
    }
    j["by_influencer"] = json::array();
    for (const auto& i : s.byInfluencer) {
        j["by_influencer"].push_back({{"influencer_id", i.influencerId},
                                      {"influencer_name", names.at(i.influencerId)},
                                      {"committed", money(i.committed)},
                                      {"paid", money(i.paid)}});
    }
    j["overdue_payments"] = json::array();
    for (const auto& p : s.overduePayments) {
        auto pj = io::toJson(p);
        pj["days_overdue"] = p.dueDate->daysUntil(today);
        j["overdue_payments"].push_back(pj);
    }
    j["warnings"] = messages(s.warnings, core::Severity::Warning);
    return j;
}

void printBudgetTable(std::ostream& out, const core::Campaign& c, const core::BudgetSummary& s,
                      const std::map<core::Id, std::string>& names)
{
    out << c.name << ": budget in " << s.currency << "\n";
    auto row = [&](const std::string& label, const core::Money& m, const std::string& note = {}) {
        out << "  " << pad(label, 20) << pad(money(m), 12, true) << note << "\n";
    };
    row("Budget", s.budget);
    row("Planned", s.planned, s.plannedOverBudget ? " more than the budget" : "");
    row("Committed", s.committed);
    row("Signed contracts", s.contractCommitted, " (computed fees)");
    row("Paid", s.paid);
    row("Remaining", s.remaining, s.overBudget ? " OVER BUDGET" : "");
    row("Contingency", s.contingency.reserve,
        " reserve; used " + money(s.contingency.used) + ", left " + money(s.contingency.left));

    out << "\n  " << pad("Category", 22) << pad("Planned", 12, true) << pad("Committed", 12, true)
        << pad("Paid", 12, true) << "\n";
    for (const auto& k : s.byCategory) {
        out << "  " << pad(std::string(core::toLabel(k.category)), 22)
            << pad(money(k.planned), 12, true) << pad(money(k.committed), 12, true)
            << pad(money(k.paid), 12, true) << "\n";
    }
    if (s.unallocatedPaid.minorUnits() != 0) {
        out << "  " << pad("(no budget line)", 22) << pad("", 25)
            << pad(money(s.unallocatedPaid), 12, true) << "\n";
    }
    out << "\n  " << pad("Month", 10) << pad("Paid", 12, true) << "\n";
    for (const auto& m : s.byMonth) {
        out << "  " << pad(m.month, 10) << pad(money(m.paid), 12, true) << "\n";
    }
    out << "\n  " << pad("Influencer", 26) << pad("Committed", 12, true) << pad("Paid", 12, true)
        << "\n";
    for (const auto& i : s.byInfluencer) {
        out << "  " << pad(names.at(i.influencerId), 26) << pad(money(i.committed), 12, true)
            << pad(money(i.paid), 12, true) << "\n";
    }
    if (!s.overduePayments.empty()) {
        out << "\nOverdue payments:\n";
        for (const auto& p : s.overduePayments) {
            out << "  due " << p.dueDate->toIso() << "  " << pad(money(p.amount), 12, true) << "  "
                << p.description << "\n";
        }
    }
    for (const auto& w : s.warnings) {
        out << "warning: " << w.message << "\n";
    }
}

int runBudget(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words, {"campaign"}, {"json"});
    const std::string path = args.positional(0, "WORKBOOK");
    args.requireMaxPositionals(1);
    auto wb = openForReading(path);
    const auto campaign = requireCampaign(wb.db(), args.required("campaign"), path);
    const auto snapshot = storage::loadSnapshot(wb.db(), campaign.id);
    const auto today = platform::today();
    const auto summary = core::summarise(snapshot, today);
    std::vector<core::Id> ids;
    for (const auto& i : summary.byInfluencer) {
        ids.push_back(i.influencerId);
    }
    const auto names = influencerNames(wb.db(), ids);
    if (args.flag("json")) {
        printJson(out, budgetJson(campaign, summary, names, today));
    } else {
        printBudgetTable(out, campaign, summary, names);
    }
    return kExitOk;
}

json feeJson(const core::ContractFee& f)
{
    const auto& p = f.bonusProgress;
    return {{"base", money(f.base)},
            {"performance", money(f.performance)},
            {"bonus", money(f.bonus)},
            {"product_value", money(f.productValue)},
            {"total", money(f.total)},
            {"explanation", f.explanation},
            {"bonus_offered", money(f.bonusOffered)},
            {"bonus_earned", p.earned},
            {"bonus_progress",
             p.applies
                 ? json{{"metric", p.metric}, {"achieved", p.achieved}, {"threshold", p.threshold}}
                 : json(nullptr)},
            {"conversions", f.conversions},
            {"clicks", f.clicks},
            {"revenue", money(f.revenue)}};
}

json scheduleJson(const std::vector<core::Payment>& plan)
{
    json out = json::array();
    for (const auto& p : plan) {
        out.push_back({{"description", p.description},
                       {"amount", money(p.amount)},
                       {"due_date", p.dueDate ? json(p.dueDate->toIso()) : json(nullptr)}});
    }
    return out;
}

// Every contract, in any campaign, of the influencers who have one of `contracts`: exclusivity
// is checked across campaigns.
std::map<core::Id, std::vector<core::Contract>>
contractsOfInfluencers(storage::Database& db, const std::vector<core::Contract>& contracts,
                       const std::vector<core::Campaign>& campaigns)
{
    std::map<core::Id, std::vector<core::Contract>> byInfluencer;
    for (const auto& c : contracts) {
        byInfluencer[c.influencerId];
    }
    storage::ContractRepository repo(db);
    for (const auto& campaign : campaigns) {
        for (auto& c : repo.listByCampaign(campaign.id)) {
            if (const auto it = byInfluencer.find(c.influencerId); it != byInfluencer.end()) {
                it->second.push_back(std::move(c));
            }
        }
    }
    return byInfluencer;
}

int runContracts(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words, {"campaign"}, {"json"});
    const std::string path = args.positional(0, "WORKBOOK");
    args.requireMaxPositionals(1);
    auto wb = openForReading(path);
    const auto campaign = requireCampaign(wb.db(), args.required("campaign"), path);
    const auto snapshot = storage::loadSnapshot(wb.db(), campaign.id);
    const auto today = platform::today();

    const auto campaigns = storage::CampaignRepository(wb.db()).list();
    auto byInfluencer = contractsOfInfluencers(wb.db(), snapshot.contracts, campaigns);
    std::vector<core::Id> ids;
    for (const auto& c : snapshot.contracts) {
        ids.push_back(c.influencerId);
    }
    const auto names = influencerNames(wb.db(), ids);

    json array = json::array();
    for (const auto& c : snapshot.contracts) {
        const auto fee = core::computeFee(c, snapshot.content);
        const auto issues =
            core::contractWarnings(c, snapshot, byInfluencer[c.influencerId], today, campaigns);
        auto j = io::toJson(c);
        j["influencer_name"] = names.at(c.influencerId);
        j["fee_computed"] = feeJson(fee);
        j["payment_schedule"] = scheduleJson(core::paymentSchedule(c, fee));
        j["warnings"] = messages(issues, core::Severity::Warning);
        j["errors"] = messages(issues, core::Severity::Error);
        array.push_back(std::move(j));
    }
    if (args.flag("json")) {
        printJson(out, array);
        return kExitOk;
    }
    for (const auto& j : array) {
        out << "#" << j["id"].get<core::Id>() << "\t" << j["influencer_name"].get<std::string>()
            << "\t" << j["status"].get<std::string>() << "\t"
            << j["compensation"].get<std::string>() << "\t"
            << j["fee_computed"]["total"].get<std::string>() << " " << campaign.currency << "\n    "
            << j["fee_computed"]["explanation"].get<std::string>() << "\n";
        for (const auto& key : {"errors", "warnings"}) {
            for (const auto& m : j[key]) {
                out << "    " << (std::string(key) == "errors" ? "error: " : "warning: ")
                    << m.get<std::string>() << "\n";
            }
        }
    }
    return kExitOk;
}

} // namespace

const CommandRegistration registerContracts(
    {"contracts", "contracts WORKBOOK --campaign NAME_OR_ID [--json]",
     "List a campaign's contracts with their computed fees, payment terms and warnings.",
     runContracts, 68});
const CommandRegistration registerBudget(
    {"budget", "budget WORKBOOK --campaign NAME_OR_ID [--json]",
     "Show a campaign's budget: planned, committed, paid and remaining, by category, month and "
     "influencer, with the contingency reserve and overdue payments.",
     runBudget, 70});

} // namespace cd::cli
