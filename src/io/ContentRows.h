#pragma once

#include "ContentFields.h"
#include "CsvReader.h"
#include "ValueParsing.h"

#include "core/ContentImport.h"
#include "core/Import.h"

#include <string>
#include <vector>

namespace cd::io {

struct ContentRowOptions {
    // The platform of a row that names none (no platform column, handle not a profile URL).
    core::Platform defaultPlatform = core::Platform::Other;
    // The campaign's currency: revenue is read in it, and a different symbol is an error.
    std::string currency = "EUR";
    DateOrder dateOrder = DateOrder::DayFirst;
};

struct ContentRows {
    std::vector<core::ContentCandidate> candidates;
    std::vector<core::RejectedRow> rejected;
};

// Turns the records of a content file into content items with the mapping, validating every
// row with the same value rules as the influencer import (counts like "1.2K" or "1.234.567",
// money like "€ 1.234,56", day-first dates). A row without a handle, with an unknown platform,
// type or approval, or with a value that does not parse is rejected with its line number and
// reason and keeps its cells for the rejects file; it never stops the other rows.
ContentRows convertContentRows(const CsvTable& table, const ContentColumnMapping& mapping,
                               const ContentRowOptions& options = {});

// A content type as files write it: our keys and labels and common words in English and
// Italian ("carousel", "stories", "shorts", "articolo", "diretta").
std::optional<core::ContentType> parseContentType(std::string_view text);
// An approval status as files write it, English or Italian ("approvato", "pubblicato").
std::optional<core::ApprovalStatus> parseApproval(std::string_view text);

} // namespace cd::io
