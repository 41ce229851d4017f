#pragma once

#include "InfluencerTransfer.h"

namespace cd::services {

// The whole import of a file in one call, as the CLI runs it: reads and maps the file, then
// converts its rows on a second thread while this one writes them, so a large import takes
// about as long as the slower of the two halves instead of their sum. Same rules and results as
// prepareInfluencerImport + runInfluencerImport (one transaction, rows of one Person ID joined,
// rejected rows listed in line order).
//
// `prepared` receives the table without its records (each is read, converted and released in
// turn), the mapping and the rejected rows, for rejectsCsv() and a saved mapping; its candidates
// stay empty.
// Throws TransferError for a file with nothing to import, StorageError / ImportCancelled from the
// writing (nothing is then written).
core::ImportSummary importInfluencerFile(storage::Database& db, const std::string& bytes,
                                         const InfluencerImportRequest& request,
                                         PreparedImport& prepared);

} // namespace cd::services
