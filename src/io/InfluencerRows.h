#pragma once

#include "ColumnMapping.h"
#include "CsvReader.h"
#include "ValueParsing.h"

#include "core/Import.h"

#include <optional>
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

// Converts one record at a time, for callers that stream a file's rows (the CLI's import converts
// on one thread while another writes). convertInfluencerRows is this over a whole table.
class InfluencerRowConverter final {
public:
    InfluencerRowConverter(const ColumnMapping& mapping, const InfluencerRowOptions& options,
                           std::size_t headerColumns);

    struct Result {
        std::optional<core::Influencer> influencer; // empty when rejected
        std::string rejection;                      // why, when rejected
        std::string personKey;                      // the Person ID cell, trimmed ("" if none)
    };
    Result convert(const CsvRecord& record) const;

private:
    const ColumnMapping& m_mapping;
    InfluencerRowOptions m_options;
    std::size_t m_headerColumns = 0;
    std::optional<std::size_t> m_keyColumn;
    std::vector<std::string> m_names; // column names for messages, built once
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
