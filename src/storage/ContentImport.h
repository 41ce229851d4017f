#pragma once

#include "core/ContentImport.h"
#include "core/Import.h"

#include <vector>

namespace cd::storage {

class Database;

struct ContentImportOptions {
    // Work out and count everything, write nothing.
    bool dryRun = false;
};

// Adds a file's content rows to a campaign in ONE transaction: all of them or, on an error or a
// crash, none. Each row's influencer is found in the roster by platform + handle (case-
// insensitive, '@' ignored); a row whose influencer is not there is rejected with its line.
//
// What happens to a row:
// - it matches an item of the campaign, or one written earlier by this import, → "updated": its
//   known metrics, dates, URL, title (and type / approval when given) replace the item's. The
//   match is on the URL; a row without a URL matches on influencer + platform + published date
//   (or, with no published date, planned date) an item that has no URL either. A row with a
//   URL and a published date also claims a URL-less item of that influencer, platform and date
//   (the item planned in the app, now posted).
// - it is identical to an earlier row of the file (the same item, the same values) → "skipped";
// - otherwise → "imported" as a new item.
// The summary counts the rows given; rows the caller rejected earlier are added by the caller.
core::ImportSummary importContent(Database& db, core::Id campaignId,
                                  const std::vector<core::ContentCandidate>& rows,
                                  const ContentImportOptions& options);

} // namespace cd::storage
