#pragma once

#include "ColumnMapping.h"
#include "CsvReader.h"
#include "ValueParsing.h"

#include "core/Import.h"

#include <string>
#include <vector>

namespace cd::io {

struct InfluencerRowOptions {
    // The platform of a handle when the row names none (no platform column, not a profile URL).
    core::Platform defaultPlatform = core::Platform::Other;
    // The currency of rates written without one.
    std::string currency = "EUR";
    DateOrder dateOrder = DateOrder::DayFirst;
};

struct InfluencerRows {
    std::vector<core::ImportCandidate> candidates;
    std::vector<core::RejectedRow> rejected;
};

// Turns the records of a file into influencers with the mapping, validating every row. A bad
// row never stops the others: it is rejected with its line number and a reason a user can act
// on, and keeps its cells for the rejects file. Rows with the same Person ID (as our own export
// writes, one row per handle) become one influencer.
InfluencerRows convertInfluencerRows(const CsvTable& table, const ColumnMapping& mapping,
                                     const InfluencerRowOptions& options = {});

// Undoes the formula protection of our own CSV export: "'=x" reads back as "=x".
std::string_view unprotectCell(std::string_view cell);

} // namespace cd::io
