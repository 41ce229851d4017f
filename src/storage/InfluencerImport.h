#pragma once

#include "core/Import.h"

#include <functional>
#include <stdexcept>
#include <vector>

namespace cd::storage {

class Database;

// What an import wrote, so that the app can undo and redo it exactly (one undo step).
struct InfluencerImportChanges {
    std::vector<core::Influencer> added;  // as stored, with their ids
    std::vector<core::Influencer> before; // records the import updated, as they were before it
    std::vector<core::Influencer> after;  // the same records, as the import left them
};

struct InfluencerImportOptions {
    core::DuplicatePolicy onDuplicate = core::DuplicatePolicy::Update;
    // Work out and count everything, write nothing.
    bool dryRun = false;
    // Called every few hundred rows with (done, total); returning false cancels the import.
    std::function<bool(std::size_t, std::size_t)> progress;
    // When set (and not a dry run), filled with what was written; left empty on a cancel.
    InfluencerImportChanges* changes = nullptr;
};

// Thrown when the progress callback cancels: the transaction is rolled back, nothing is written.
class ImportCancelled : public std::runtime_error {
public:
    ImportCancelled() : std::runtime_error("The import was cancelled; nothing was changed.") {}
};

// A row of a person whose first row was handed out in an earlier batch: its influencer joins
// that candidate (`candidate`: its position in the order the source handed candidates out).
struct LateMerge {
    std::size_t candidate = 0;
    core::Influencer influencer;
};

// Where an import takes its candidates from, batch by batch, so that converting a file's rows
// can run beside the writing (see services::importInfluencerFile).
class CandidateSource {
public:
    virtual ~CandidateSource() = default;
    // Replaces `batch` with the next candidates in file order; false (and `batch` empty) at the
    // end.
    virtual bool nextBatch(std::vector<core::ImportCandidate>& batch) = 0;
    // How many candidates there are in all (at most), for progress.
    virtual std::size_t totalHint() const = 0;
    // After the last batch: rows that join candidates handed out earlier.
    virtual std::vector<LateMerge> takeLateMerges() { return {}; }
};

// Adds the candidates to the roster in ONE transaction: all of them or, on an error, a cancel
// or a crash, none. A candidate is the same person as a roster member (or an earlier candidate)
// when a handle matches on platform + handle (case-insensitive) or the e-mail matches; the
// policy then updates that record, skips the row or keeps both. Rejected rows of the file are
// counted by the caller; this fills rows/imported/updated/skipped.
core::ImportSummary importInfluencers(Database& db, std::vector<core::ImportCandidate> candidates,
                                      const InfluencerImportOptions& options);
// The same, streaming: the candidates come from `source` as they are converted.
core::ImportSummary importInfluencers(Database& db, CandidateSource& source,
                                      const InfluencerImportOptions& options);

} // namespace cd::storage
