#include "Args.h"
#include "CliError.h"
#include "Commands.h"
#include "ImportOptions.h"
#include "WorkbookAccess.h"

#include "services/InfluencerFileImport.h"
#include "services/InfluencerTransfer.h"
#include "storage/CampaignRepository.h"
#include "storage/InfluencerRepository.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <ostream>
#include <unordered_set>

namespace cd::cli {

namespace {

services::InfluencerImportRequest importRequest(const Args& args)
{
    services::InfluencerImportRequest r;
    r.csv = csvOptions(args);
    r.import.onDuplicate = choice(args, "on-duplicate", core::DuplicatePolicy::Update,
                                  {{"update", core::DuplicatePolicy::Update},
                                   {"skip", core::DuplicatePolicy::Skip},
                                   {"keep", core::DuplicatePolicy::KeepBoth}});
    r.import.dryRun = args.flag("dry-run");
    if (const auto platform = args.value("platform")) {
        const auto p = core::parseEnum<core::Platform>(*platform);
        if (!p) {
            throw BadInput("--platform \"" + *platform + "\" is not a platform we know");
        }
        r.rows.defaultPlatform = *p;
    }
    if (const auto currency = args.value("currency")) {
        if (!core::isKnownCurrency(*currency)) {
            throw BadInput("--currency \"" + *currency + "\" is not an ISO 4217 code we know");
        }
        r.rows.currency = *currency;
    }
    if (const auto mappingFile = args.value("mapping")) {
        const auto loaded = io::ColumnMapping::parse(services::readFileBytes(*mappingFile));
        if (!loaded.mapping) {
            throw BadInput("mapping " + *mappingFile + ": " + loaded.error.toString());
        }
        r.savedMapping = loaded.mapping;
    }
    return r;
}

nlohmann::json summaryJson(const core::ImportSummary& s, const services::PreparedImport& p)
{
    auto mapping = nlohmann::json::object();
    for (std::size_t c = 0; c < p.mapping.size(); ++c) {
        mapping[p.mapping.column(c).header] = std::string(io::fieldKey(p.mapping.field(c)));
    }
    return importSummaryJson(s, p.table, std::move(mapping));
}

int runImportInfluencers(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words,
                    {"on-duplicate", "rejects", "encoding", "delimiter", "mapping", "platform",
                     "currency", "save-mapping"},
                    {"dry-run", "json"});
    const std::string path = args.positional(0, "WORKBOOK");
    const std::string file = args.positional(1, "FILE");
    args.requireMaxPositionals(2);
    const auto request = importRequest(args);
    auto wb = request.import.dryRun ? openForReading(path) : openForWriting(path);
    services::PreparedImport prepared;
    core::ImportSummary summary;
    try {
        summary = services::importInfluencerFile(wb.db(), services::readFileBytes(file), request,
                                                 prepared);
    } catch (const services::TransferError& e) {
        throw BadInput(e.what());
    }
    spdlog::info("import of {} into {}: {} rows, {} imported, {} updated, {} skipped, {} rejected",
                 file, path, summary.rows, summary.imported, summary.updated, summary.skipped,
                 summary.rejected);
    try {
        if (const auto rejects = args.value("rejects")) {
            services::writeFileBytes(*rejects, services::rejectsCsv(prepared));
        }
        if (const auto saveMapping = args.value("save-mapping")) {
            services::writeFileBytes(*saveMapping, prepared.mapping.toJson().dump(2) + "\n");
        }
    } catch (const services::TransferError& e) {
        throw BadInput(e.what());
    }
    if (args.flag("json")) {
        out << summaryJson(summary, prepared)
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

int runExportInfluencers(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words, {"campaign", "delimiter"}, {});
    const std::string path = args.positional(0, "WORKBOOK");
    const std::string file = args.positional(1, "OUT.csv");
    args.requireMaxPositionals(2);
    io::CsvWriterOptions options;
    options.delimiter = io::delimiterChar(choice(args, "delimiter", io::Delimiter::Comma,
                                                 {{"comma", io::Delimiter::Comma},
                                                  {"semicolon", io::Delimiter::Semicolon},
                                                  {"tab", io::Delimiter::Tab},
                                                  {"pipe", io::Delimiter::Pipe}}));
    auto wb = openForReading(path);
    storage::InfluencerRepository repo(wb.db());
    auto roster = repo.list();
    if (const auto name = args.value("campaign")) {
        const auto campaign = storage::CampaignRepository(wb.db()).find(*name);
        if (!campaign) {
            throw BadInput("no campaign named or numbered \"" + *name + "\" in " + path);
        }
        std::unordered_set<core::Id> members;
        for (const auto& m : repo.membersOfCampaign(campaign->id)) {
            members.insert(m.influencerId);
        }
        std::erase_if(roster, [&](const core::Influencer& i) { return !members.count(i.id); });
    }
    try {
        services::writeFileBytes(file, services::exportInfluencersCsv(roster, options));
    } catch (const services::TransferError& e) {
        throw BadInput(e.what());
    }
    out << "Exported " << roster.size() << " influencers to " << file << "\n";
    return kExitOk;
}

} // namespace

const CommandRegistration registerImportInfluencers(
    {"import-influencers",
     "import-influencers WORKBOOK FILE [--dry-run] [--on-duplicate update|skip|keep] "
     "[--rejects OUT.csv] [--encoding auto|utf-8|windows-1252] "
     "[--delimiter auto|comma|semicolon|tab|pipe] [--mapping MAPPING.json] "
     "[--save-mapping OUT.json] [--platform P] [--currency C] [--json]",
     "Import influencers from a CSV file in one transaction; bad rows are listed and written "
     "to the rejects file.",
     runImportInfluencers, 50});
const CommandRegistration registerExportInfluencers(
    {"export-influencers",
     "export-influencers WORKBOOK OUT.csv [--campaign NAME_OR_ID] "
     "[--delimiter comma|semicolon|tab|pipe]",
     "Export the roster (or a campaign's influencers) as CSV that Excel opens and the import "
     "reads back.",
     runExportInfluencers, 55});

} // namespace cd::cli
