#include "Args.h"
#include "CampaignLookup.h"
#include "CliError.h"
#include "Commands.h"
#include "WorkbookAccess.h"

#include "core/Kpi.h"
#include "platform/Clock.h"
#include "report/ReportFormat.h"
#include "storage/KpiData.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <ostream>

namespace cd::cli {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::string fixed(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string_view unitKey(core::KpiUnit unit)
{
    switch (unit) {
    case core::KpiUnit::Count:
        return "count";
    case core::KpiUnit::Fraction:
        return "fraction";
    case core::KpiUnit::Money:
        return "money";
    case core::KpiUnit::UnitCost:
        return "unit_cost";
    case core::KpiUnit::Ratio:
        return "ratio";
    case core::KpiUnit::Days:
        return "days";
    case core::KpiUnit::Date:
        break;
    }
    return "date";
}

// A value in the JSON form of its unit: counts and days as integers, rates and ratios as
// numbers, money as a decimal string (unit costs with two more decimals than the currency).
nlohmann::json jsonValue(const core::KpiDefinition& d, std::optional<double> value,
                         const std::string& currency)
{
    if (!value) {
        return nullptr;
    }
    const int digits = core::currencyDigits(currency);
    switch (d.unit) {
    case core::KpiUnit::Count:
    case core::KpiUnit::Days:
        return std::llround(*value);
    case core::KpiUnit::Money:
        return fixed(*value, digits);
    case core::KpiUnit::UnitCost:
        return fixed(*value, digits + 2);
    default:
        return *value;
    }
}

nlohmann::json toJson(const core::Kpi& k, const std::string& currency)
{
    const auto& d = *k.definition;
    nlohmann::json j = {{"key", d.key}, {"label", d.label}, {"unit", unitKey(d.unit)}};
    j["denominator"] =
        d.denominator.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.denominator);
    if (d.unit == core::KpiUnit::Date) {
        j["value"] = k.date ? nlohmann::json(k.date->toIso()) : nlohmann::json(nullptr);
    } else if (k.amount) {
        j["value"] = k.amount->toDecimalString(); // exact, from the minor units
    } else {
        j["value"] = jsonValue(d, k.value, currency);
    }
    j["target"] = k.target ? jsonValue(d, k.target, currency) : nlohmann::json(nullptr);
    j["status"] = k.status ? nlohmann::json(core::statusKey(*k.status)) : nlohmann::json(nullptr);
    if (d.unit == core::KpiUnit::Money || d.unit == core::KpiUnit::UnitCost) {
        j["currency"] = currency;
    }
    return j;
}

void printText(std::ostream& out, const core::Campaign& campaign,
               const std::vector<core::Kpi>& kpis)
{
    out << campaign.name << "\n";
    for (const auto& k : kpis) {
        out << k.key() << "\t" << k.definition->label << "\t"
            << report::formatKpiValue(k, campaign.currency).toStdString();
        if (k.target) {
            out << "\ttarget "
                << report::formatTarget(k.definition, *k.target, campaign.currency).toStdString()
                << "\t" << core::statusKey(k.status.value_or(core::KpiStatus::Unknown));
        }
        out << "\n";
    }
}

int runKpis(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words, {"campaign"}, {"json"});
    const std::string path = args.positional(0, "WORKBOOK");
    args.requireMaxPositionals(1);
    const std::string nameOrId = args.required("campaign");
    const auto started = Clock::now();
    auto wb = openForReading(path);
    const double openMs = msSince(started);
    const auto campaign = requireCampaign(wb.db(), nameOrId, path);
    const auto today = platform::today();
    const auto loading = Clock::now();
    const auto data = storage::loadKpiData(wb.db(), campaign.id, today);
    const double loadMs = msSince(loading);
    const auto computing = Clock::now();
    const auto kpis = storage::computeKpis(data, today);
    spdlog::debug("kpis of campaign {}: {} content items; workbook opened and checked in "
                  "{:.1f} ms, KPI data loaded in {:.1f} ms, KPIs computed in {:.2f} ms, "
                  "{:.1f} ms in all",
                  campaign.id, data.inputs.content.postsPlanned, openMs, loadMs, msSince(computing),
                  msSince(started));
    for (const auto& t : campaign.kpiTargets) {
        if (!core::findKpiDefinition(t.kpiKey)) {
            spdlog::warn("campaign {} has a target for an unknown KPI \"{}\"", campaign.id,
                         t.kpiKey);
        }
    }
    if (args.flag("json")) {
        auto array = nlohmann::json::array();
        for (const auto& k : kpis) {
            array.push_back(toJson(k, campaign.currency));
        }
        out << array.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
        printText(out, campaign, kpis);
    }
    return kExitOk;
}

} // namespace

const CommandRegistration registerKpis(
    {"kpis", "kpis WORKBOOK --campaign NAME_OR_ID [--json]",
     "Compute a campaign's KPIs against its targets (see docs/kpi-definitions.md).", runKpis, 80});

} // namespace cd::cli
