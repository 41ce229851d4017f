#include "Args.h"
#include "CampaignLookup.h"
#include "CliError.h"
#include "Commands.h"
#include "GuiApplication.h"
#include "WorkbookAccess.h"

#include "platform/Clock.h"
#include "report/KpiReport.h"
#include "report/ReportError.h"
#include "storage/KpiData.h"

#include <QString>

#include <spdlog/spdlog.h>

#include <chrono>
#include <ostream>

namespace cd::cli {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

int runReport(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words, {"campaign", "out", "page-size"}, {});
    const std::string path = args.positional(0, "WORKBOOK");
    args.requireMaxPositionals(1);
    const std::string nameOrId = args.required("campaign");
    const std::string outPath = args.required("out");
    const std::string pageText = args.value("page-size").value_or("A4");
    const auto page = report::parsePageFormat(pageText);
    if (!page) {
        throw BadInput("--page-size must be A4 or Letter, not \"" + pageText + "\"");
    }

    const auto started = Clock::now();
    auto wb = openForReading(path);
    const double openMs = msSince(started);
    const auto campaign = requireCampaign(wb.db(), nameOrId, path);
    const auto today = platform::today();
    const auto loading = Clock::now();
    const auto data = storage::loadKpiData(wb.db(), campaign.id, today);
    const auto input = report::buildReportInput(data, today);
    const double dataMs = msSince(loading);

    const auto app = makeGuiApplication();
    const auto drawing = Clock::now();
    try {
        report::writeKpiReport(input, QString::fromStdString(outPath), *page);
    } catch (const report::ReportError& e) {
        throw BadInput(e.what());
    }
    spdlog::debug("report of campaign {}: workbook opened and checked in {:.1f} ms, KPI data in "
                  "{:.1f} ms, PDF in {:.1f} ms, {:.1f} ms in all",
                  campaign.id, openMs, dataMs, msSince(drawing), msSince(started));
    out << "Wrote " << outPath << " (one page, "
        << (*page == report::PageFormat::A4 ? "A4" : "Letter") << ")\n";
    return kExitOk;
}

} // namespace

const CommandRegistration registerReport(
    {"report", "report WORKBOOK --campaign NAME_OR_ID --out FILE.pdf [--page-size A4|Letter]",
     "Write a campaign's one-page KPI report as a PDF.", runReport, 85});

} // namespace cd::cli
