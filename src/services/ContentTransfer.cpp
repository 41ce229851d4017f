#include "ContentTransfer.h"

#include <algorithm>
#include <unordered_map>

namespace cd::services {

namespace {

void requireUsableColumns(const io::ContentColumnMapping& mapping)
{
    using F = io::ContentField;
    if (!mapping.columnOf(F::Handle)) {
        throw TransferError("No column of the file holds the influencers' handles: map one (e.g. "
                            "with --mapping) and try again.");
    }
    for (std::size_t c = 0; c < mapping.size(); ++c) {
        const auto f = mapping.field(c);
        if (f != F::Unmapped && f != F::Ignore && f != F::Handle && f != F::Platform) {
            return;
        }
    }
    throw TransferError("No column of the file holds content to import (metrics, dates, URL, "
                        "type …): map one (e.g. with --mapping) and try again.");
}

} // namespace

PreparedContentImport prepareContentImport(const std::string& bytes,
                                           const ContentImportRequest& request)
{
    PreparedContentImport p;
    p.table = readImportTable(bytes, request.csv);
    p.mapping = request.savedMapping ? request.savedMapping->appliedTo(p.table.header)
                                     : io::ContentColumnMapping::guess(p.table.header);
    requireUsableColumns(p.mapping);
    p.rows = io::convertContentRows(p.table, p.mapping, request.rows);
    return p;
}

ContentImportResult runContentImport(storage::Database& db, core::Id campaignId,
                                     const PreparedContentImport& prepared,
                                     const storage::ContentImportOptions& options)
{
    ContentImportResult result;
    result.summary = storage::importContent(db, campaignId, prepared.rows.candidates, options);
    auto& summary = result.summary;

    std::unordered_map<std::size_t, const io::CsvRecord*> recordOfLine;
    for (const auto& record : prepared.table.records) {
        recordOfLine.emplace(record.line, &record);
    }
    for (const auto& e : summary.errors) {
        const auto it = recordOfLine.find(e.line);
        result.rejected.push_back(
            {e.line, e.message,
             it != recordOfLine.end() ? it->second->fields : std::vector<std::string>{}});
    }
    summary.rows += prepared.rows.rejected.size();
    summary.rejected += prepared.rows.rejected.size();
    for (const auto& r : prepared.rows.rejected) {
        summary.errors.push_back({r.line, r.reason});
        result.rejected.push_back(r);
    }
    std::stable_sort(summary.errors.begin(), summary.errors.end(),
                     [](const auto& a, const auto& b) { return a.line < b.line; });
    std::stable_sort(result.rejected.begin(), result.rejected.end(),
                     [](const auto& a, const auto& b) { return a.line < b.line; });
    return result;
}

} // namespace cd::services
