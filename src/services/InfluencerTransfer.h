#pragma once

#include "core/Import.h"
#include "io/ColumnMapping.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/InfluencerRows.h"
#include "storage/InfluencerImport.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace cd::storage {
class Database;
}

namespace cd::services {

// A problem with what the user gave (a file that cannot be read, a mapping that maps nothing):
// one sentence; the CLI exits 2 with it, the app shows it.
class TransferError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// TransferError unless a column of the mapping holds names or handles.
void requireIdentityColumn(const io::ColumnMapping& mapping);
// Counts the rejected rows into the summary and lists them among its errors, in line order.
void addRejected(core::ImportSummary& summary, const std::vector<core::RejectedRow>& rejected);

// Reads a whole file; TransferError when it cannot be read.
std::string readFileBytes(const std::string& path);
// Writes a whole file (to a temporary name, then renamed, so a failure leaves no half file).
void writeFileBytes(const std::string& path, const std::string& bytes);

// Reads the bytes of an import file (any kind: influencers, content) with the options;
// TransferError when it has no header at all.
io::CsvTable readImportTable(const std::string& bytes, const io::CsvOptions& options);

// The steps of an influencer import, so the app's wizard can show each one (preview, mapping,
// dry run) and the CLI can run them all at once.
struct InfluencerImportRequest {
    io::CsvOptions csv;
    std::optional<io::ColumnMapping> savedMapping; // applied to the file's header when given
    io::InfluencerRowOptions rows;
    storage::InfluencerImportOptions import;
};

struct PreparedImport {
    io::CsvTable table;
    io::ColumnMapping mapping;
    io::InfluencerRows rows;
};

// Reads and maps a file and converts its rows; nothing touches the workbook yet.
// TransferError when no column holds names or handles.
PreparedImport prepareInfluencerImport(const std::string& bytes,
                                       const InfluencerImportRequest& request);
// Converts again after the user changed the mapping.
void remap(PreparedImport& prepared, const io::ColumnMapping& mapping,
           const io::InfluencerRowOptions& options);

// Runs the import (or dry run) of prepared rows in one transaction; rejected rows are counted
// and listed in the summary's errors, in line order.
core::ImportSummary runInfluencerImport(storage::Database& db, const PreparedImport& prepared,
                                        const storage::InfluencerImportOptions& options);

// The rejects file: the file's header plus "line" and "reason", one row per rejected row with
// its original cells, so nothing is lost and the file can be fixed and imported again.
std::string rejectsCsv(const PreparedImport& prepared);
// The same for any import: `header` is the file's, `rejected` in the order to write.
std::string rejectsCsv(const std::vector<std::string>& header,
                       const std::vector<core::RejectedRow>& rejected);

// The roster (or the given influencers) as CSV that Excel opens and our import reads back to the
// same roster: one row per handle, with a Person ID column that groups a person's rows.
std::string exportInfluencersCsv(const std::vector<core::Influencer>& influencers,
                                 const io::CsvWriterOptions& options = {});

} // namespace cd::services
