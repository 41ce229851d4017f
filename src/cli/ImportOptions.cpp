#include "ImportOptions.h"

namespace cd::cli {

io::CsvOptions csvOptions(const Args& args)
{
    io::CsvOptions csv;
    csv.encoding = choice(args, "encoding", io::Encoding::Auto,
                          {{"auto", io::Encoding::Auto},
                           {"utf-8", io::Encoding::Utf8},
                           {"windows-1252", io::Encoding::Windows1252}});
    csv.delimiter = choice(args, "delimiter", io::Delimiter::Auto,
                           {{"auto", io::Delimiter::Auto},
                            {"comma", io::Delimiter::Comma},
                            {"semicolon", io::Delimiter::Semicolon},
                            {"tab", io::Delimiter::Tab},
                            {"pipe", io::Delimiter::Pipe}});
    return csv;
}

std::string encodingName(io::Encoding e)
{
    switch (e) {
    case io::Encoding::Windows1252:
        return "windows-1252";
    case io::Encoding::Utf16Le:
        return "utf-16le";
    case io::Encoding::Utf16Be:
        return "utf-16be";
    default:
        return "utf-8";
    }
}

std::string delimiterName(io::Delimiter d)
{
    switch (d) {
    case io::Delimiter::Semicolon:
        return "semicolon";
    case io::Delimiter::Tab:
        return "tab";
    case io::Delimiter::Pipe:
        return "pipe";
    default:
        return "comma";
    }
}

nlohmann::json importSummaryJson(const core::ImportSummary& summary, const io::CsvTable& table,
                                 nlohmann::json mapping)
{
    auto errors = nlohmann::json::array();
    for (const auto& e : summary.errors) {
        errors.push_back({{"line", e.line}, {"message", e.message}});
    }
    return {{"rows", summary.rows},
            {"imported", summary.imported},
            {"updated", summary.updated},
            {"skipped", summary.skipped},
            {"rejected", summary.rejected},
            {"errors", errors},
            {"dry_run", summary.dryRun},
            {"encoding", encodingName(table.encoding)},
            {"delimiter", delimiterName(table.delimiter)},
            {"header_line", table.headerLine},
            {"mapping", std::move(mapping)}};
}

} // namespace cd::cli
