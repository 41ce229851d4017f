#pragma once

#include "InfluencerTransfer.h"

#include "core/Import.h"
#include "io/ContentFields.h"
#include "io/ContentRows.h"
#include "io/CsvReader.h"
#include "storage/ContentImport.h"

#include <optional>
#include <string>
#include <vector>

namespace cd::storage {
class Database;
}

namespace cd::services {

// The steps of a content import (a platform's export of posts and their metrics), built on the
// influencer import's reading, mapping and rejects rules.
struct ContentImportRequest {
    io::CsvOptions csv;
    std::optional<io::ContentColumnMapping> savedMapping; // applied to the file's header
    io::ContentRowOptions rows;
    storage::ContentImportOptions import;
};

struct PreparedContentImport {
    io::CsvTable table;
    io::ContentColumnMapping mapping;
    io::ContentRows rows;
};

struct ContentImportResult {
    core::ImportSummary summary;
    // Every rejected row, the file's and the ones whose influencer is not in the roster, in
    // line order with their cells, for the rejects file.
    std::vector<core::RejectedRow> rejected;
};

// Reads and maps a file and converts its rows; nothing touches the workbook yet. TransferError
// when the file is empty, no column holds handles, or no column holds anything to import.
PreparedContentImport prepareContentImport(const std::string& bytes,
                                           const ContentImportRequest& request);

// Runs the import (or dry run) of prepared rows into a campaign in one transaction.
ContentImportResult runContentImport(storage::Database& db, core::Id campaignId,
                                     const PreparedContentImport& prepared,
                                     const storage::ContentImportOptions& options);

} // namespace cd::services
