#include "Args.h"
#include "CampaignLookup.h"
#include "CliError.h"
#include "Commands.h"
#include "ImportOptions.h"
#include "WorkbookAccess.h"

#include "services/ContentTransfer.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <ostream>

namespace cd::cli {

namespace {

services::ContentImportRequest contentRequest(const Args& args)
{
    services::ContentImportRequest r;
    r.csv = csvOptions(args);
    r.import.dryRun = args.flag("dry-run");
    if (const auto platform = args.value("platform")) {
        const auto p = core::parseEnum<core::Platform>(*platform);
        if (!p) {
            throw BadInput("--platform \"" + *platform + "\" is not a platform we know");
        }
        r.rows.defaultPlatform = *p;
    }
    if (const auto mappingFile = args.value("mapping")) {
        const auto loaded = io::ContentColumnMapping::parse(services::readFileBytes(*mappingFile));
        if (!loaded.mapping) {
            throw BadInput("mapping " + *mappingFile + ": " + loaded.error.toString());
        }
        r.savedMapping = loaded.mapping;
    }
    return r;
}

nlohmann::json summaryJson(const core::ImportSummary& s, const services::PreparedContentImport& p,
                           core::Id campaignId)
{
    auto mapping = nlohmann::json::object();
    for (std::size_t c = 0; c < p.mapping.size(); ++c) {
        mapping[p.mapping.column(c).header] = std::string(io::contentFieldKey(p.mapping.field(c)));
    }
    auto json = importSummaryJson(s, p.table, std::move(mapping));
    json["campaign_id"] = campaignId;
    return json;
}

void writeSideFiles(const Args& args, const services::PreparedContentImport& prepared,
                    const services::ContentImportResult& result)
{
    try {
        if (const auto rejects = args.value("rejects")) {
            services::writeFileBytes(*rejects,
                                     services::rejectsCsv(prepared.table.header, result.rejected));
        }
        if (const auto saveMapping = args.value("save-mapping")) {
            services::writeFileBytes(*saveMapping, prepared.mapping.toJson().dump(2) + "\n");
        }
    } catch (const services::TransferError& e) {
        throw BadInput(e.what());
    }
}

int runImportContent(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(
        words,
        {"campaign", "rejects", "encoding", "delimiter", "mapping", "platform", "save-mapping"},
        {"dry-run", "json"});
    const std::string path = args.positional(0, "WORKBOOK");
    const std::string file = args.positional(1, "FILE");
    args.requireMaxPositionals(2);
    const std::string campaignName = args.required("campaign");
    auto request = contentRequest(args);
    auto wb = request.import.dryRun ? openForReading(path) : openForWriting(path);
    const auto campaign = requireCampaign(wb.db(), campaignName, path);
    request.rows.currency = campaign.currency;
    services::PreparedContentImport prepared;
    try {
        prepared = services::prepareContentImport(services::readFileBytes(file), request);
    } catch (const services::TransferError& e) {
        throw BadInput(e.what());
    }
    const auto result = services::runContentImport(wb.db(), campaign.id, prepared, request.import);
    const auto& summary = result.summary;
    spdlog::info("content import of {} into {} (campaign {}): {} rows, {} imported, {} updated, "
                 "{} skipped, {} rejected",
                 file, path, campaign.id, summary.rows, summary.imported, summary.updated,
                 summary.skipped, summary.rejected);
    writeSideFiles(args, prepared, result);
    if (args.flag("json")) {
        out << summaryJson(summary, prepared, campaign.id)
                   .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
            << "\n";
    } else {
        out << (summary.dryRun ? "Dry run: " : "") << summary.rows << " rows: " << summary.imported
            << " new, " << summary.updated << " updated, " << summary.skipped << " skipped, "
            << summary.rejected << " rejected\n";
        for (const auto& e : summary.errors) {
            out << "line " << e.line << ": " << e.message << "\n";
        }
    }
    return kExitOk;
}

} // namespace

const CommandRegistration registerImportContent(
    {"import-content",
     "import-content WORKBOOK FILE --campaign NAME_OR_ID [--dry-run] [--rejects OUT.csv] "
     "[--encoding auto|utf-8|windows-1252] [--delimiter auto|comma|semicolon|tab|pipe] "
     "[--mapping MAPPING.json] [--save-mapping OUT.json] [--platform P] [--json]",
     "Import content items and their metrics from a CSV export into a campaign in one "
     "transaction; rows are matched to the roster by platform and handle.",
     runImportContent, 56});

} // namespace cd::cli
