#pragma once

#include "Influencer.h"

#include <cstddef>
#include <string>
#include <vector>

namespace cd::core {

// What to do with a row that is the same person as someone already in the roster (or earlier
// in the same file): matched on platform + handle (case-insensitive, '@' ignored) or e-mail.
enum class DuplicatePolicy { Update, Skip, KeepBoth };

// A row of an outside file, turned into an influencer, with the line it came from.
struct ImportCandidate {
    std::size_t line = 0;
    Influencer influencer;
};

// A row that could not be imported: its line, why, and its original cells so nothing is lost.
struct RejectedRow {
    std::size_t line = 0;
    std::string reason;
    std::vector<std::string> cells;
};

struct RowError {
    std::size_t line = 0;
    std::string message;
};

// What an import did (or, for a dry run, would do).
struct ImportSummary {
    std::size_t rows = 0;
    std::size_t imported = 0;
    std::size_t updated = 0;
    std::size_t skipped = 0;
    std::size_t rejected = 0;
    std::vector<RowError> errors;
    bool dryRun = false;
};

// Merges what a file says about a person into the roster's record: non-empty fields of the
// incoming record win, handles are matched by platform (a new platform is added, the figures of
// a known one are refreshed), niches are united, notes appended when they differ.
void mergeInto(Influencer& existing, const Influencer& incoming);

} // namespace cd::core
