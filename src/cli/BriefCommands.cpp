#include "Args.h"
#include "CampaignLookup.h"
#include "CliError.h"
#include "Commands.h"
#include "GuiApplication.h"
#include "InputFile.h"
#include "WorkbookAccess.h"

#include "core/Brief.h"
#include "io/JsonProblem.h"
#include "platform/Clock.h"
#include "report/BriefReport.h"
#include "report/ReportError.h"
#include "storage/BriefRepository.h"
#include "storage/Database.h"

#include <nlohmann/json.hpp>

#include <QString>

#include <spdlog/spdlog.h>

#include <cstdint>
#include <iostream>
#include <ostream>
#include <sstream>

namespace cd::cli {

namespace {

using nlohmann::json;

constexpr std::uintmax_t kMaxBriefFileBytes = 1024 * 1024;

void printBriefText(std::ostream& out, const core::Campaign& campaign,
                    const core::CampaignBrief& brief)
{
    if (brief.isEmpty()) {
        out << "The brief of " << campaign.name << " is empty.\n";
        return;
    }
    out << campaign.name << " \xE2\x80\x94 brief version " << brief.version << "\n";
    for (const auto& section : core::briefSections()) {
        const auto items = core::briefItems(brief.*section.field);
        if (items.empty()) {
            continue;
        }
        out << "\n" << section.title << "\n";
        for (const auto& item : items) {
            out << (section.key == "overview" ? "  " : "  - ") << item << "\n";
        }
    }
}

json briefJson(const core::Campaign& campaign, const core::CampaignBrief& brief)
{
    json sections = json::object();
    for (const auto& section : core::briefSections()) {
        sections[std::string(section.key)] = brief.*section.field;
    }
    return {{"campaign_id", campaign.id},
            {"campaign", campaign.name},
            {"version", brief.version},
            {"sections", sections}};
}

void writePdf(const core::Campaign& campaign, const core::CampaignBrief& brief,
              const std::string& outPath, report::PageFormat page, std::ostream& out)
{
    const auto app = makeGuiApplication();
    report::BriefPdfResult result;
    try {
        result = report::writeBriefPdf({campaign, brief, platform::today()},
                                       QString::fromStdString(outPath), page);
    } catch (const report::ReportError& e) {
        throw BadInput(e.what());
    }
    spdlog::debug("brief of campaign {} written at {} pt{}", campaign.id, result.fontSize,
                  result.shortened ? ", cut to fit" : "");
    out << "Wrote " << outPath << " (one page, "
        << (page == report::PageFormat::A4 ? "A4" : "Letter") << ")\n";
    if (result.shortened) {
        out << "The brief is longer than one page: the PDF ends with \""
            << report::briefContinuationLine().toStdString() << "\". Shorten it to print it all.\n";
    }
}

int runBrief(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words, {"campaign", "pdf", "page-size"}, {"json"});
    const std::string path = args.positional(0, "WORKBOOK");
    args.requireMaxPositionals(1);
    const std::string nameOrId = args.required("campaign");
    const auto pdf = args.value("pdf");
    if (pdf && args.flag("json")) {
        throw UsageError("give either --json or --pdf, not both");
    }
    if (!pdf && args.value("page-size")) {
        throw UsageError("--page-size goes with --pdf");
    }
    const std::string pageText = args.value("page-size").value_or("A4");
    const auto page = report::parsePageFormat(pageText);
    if (!page) {
        throw BadInput("--page-size must be A4 or Letter, not \"" + pageText + "\"");
    }

    auto wb = openForReading(path);
    const auto campaign = requireCampaign(wb.db(), nameOrId, path);
    const auto brief = storage::BriefRepository(wb.db()).get(campaign.id);
    if (pdf) {
        writePdf(campaign, brief, *pdf, *page, out);
    } else if (args.flag("json")) {
        out << briefJson(campaign, brief).dump(2, ' ', false, json::error_handler_t::replace)
            << "\n";
    } else {
        printBriefText(out, campaign, brief);
    }
    return kExitOk;
}

std::string readBriefFile(const std::string& file)
{
    if (file == "-") {
        std::ostringstream text;
        text << std::cin.rdbuf();
        return text.str();
    }
    return readInputFile(file, "", kMaxBriefFileBytes, "a brief (over 1 MB)");
}

// The parts a file sets, by key: {"sections": {...}} (as `brief --json` prints it; its other
// keys are ignored) or a flat {key: text} object. Anything else is bad input naming the file.
std::vector<std::pair<const core::BriefSection*, std::string>>
parseBriefFile(const std::string& file, const std::string& text)
{
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        throw BadInput(file + ": not valid JSON: " + io::jsonParseProblem(e));
    }
    if (!doc.is_object()) {
        throw BadInput(file + ": a brief must be one JSON object");
    }
    const bool wrapped = doc.contains("sections");
    const json& parts = wrapped ? doc["sections"] : doc;
    if (!parts.is_object()) {
        throw BadInput(file + ": \"sections\" must be an object of texts");
    }
    std::vector<std::pair<const core::BriefSection*, std::string>> out;
    for (const auto& [key, value] : parts.items()) {
        const auto* section = core::findBriefSection(key);
        if (!section) {
            std::string known;
            for (const auto& s : core::briefSections()) {
                known += (known.empty() ? "" : ", ") + std::string(s.key);
            }
            throw BadInput(file + ": unknown brief part \"" + key + "\" (known: " + known + ")");
        }
        if (!value.is_string()) {
            throw BadInput(file + ": the part \"" + key + "\" must be a text");
        }
        out.emplace_back(section, value.get<std::string>());
    }
    return out;
}

int runSetBrief(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words, {"campaign", "from"}, {});
    const std::string path = args.positional(0, "WORKBOOK");
    args.requireMaxPositionals(1);
    const std::string nameOrId = args.required("campaign");
    const std::string file = args.required("from");
    // The file is checked before the workbook is opened for writing.
    const auto parts = parseBriefFile(file, readBriefFile(file));

    auto wb = openForWriting(path);
    const auto campaign = requireCampaign(wb.db(), nameOrId, path);
    storage::Transaction tx(wb.db());
    storage::BriefRepository repo(wb.db());
    auto brief = repo.get(campaign.id);
    int changed = 0;
    for (const auto& [section, text] : parts) {
        if (brief.*section->field != text) {
            brief.*section->field = text;
            ++changed;
        }
    }
    if (changed > 0) {
        repo.save(brief);
    }
    tx.commit();
    spdlog::info("set {} parts of the brief of campaign {} in {}", changed, campaign.id, path);
    out << (changed == 0
                ? std::string("No change to")
                : "Changed " + std::to_string(changed) + (changed == 1 ? " part of" : " parts of"))
        << " the brief of " << campaign.name << " (version " << brief.version << ")\n";
    return kExitOk;
}

} // namespace

const CommandRegistration registerBrief(
    {"brief",
     "brief WORKBOOK --campaign NAME_OR_ID [--json | --pdf OUT.pdf [--page-size A4|Letter]]",
     "Print a campaign's brief and style guide, or write it as a one-page PDF for influencers.",
     runBrief, 86});
const CommandRegistration registerSetBrief(
    {"set-brief", "set-brief WORKBOOK --campaign NAME_OR_ID --from FILE.json",
     "Write parts of a campaign's brief from a JSON file; the parts it leaves out keep their text.",
     runSetBrief, 87});

} // namespace cd::cli
