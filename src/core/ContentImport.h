#pragma once

#include "Content.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace cd::core {

// A row of a content file (a platform's or a tool's export), turned into a content item, with
// the line it came from. The influencer is found later from `platform` + `handle`.
struct ContentCandidate {
    std::size_t line = 0;
    std::string handle; // without '@'
    ContentItem item;   // no id, campaign or influencer yet
    // Whether the file said the type / approval; otherwise an update keeps the item's own.
    bool typeGiven = false;
    bool approvalGiven = false;

    bool operator==(const ContentCandidate&) const = default;
};

// Applies what a file row says to an item: every known metric, date, non-empty URL and title
// replaces the item's; type and approval only when the row gave them. A row with a published
// date and no approval marks the item published, since the platform reported it as posted.
void applyContentRow(ContentItem& item, const ContentCandidate& row);

// The URL of a post as a key: trimmed, without scheme, "www.", fragment and trailing '/', the
// host lower-cased (paths and queries keep their case: YouTube ids are case-sensitive).
std::string contentUrlKey(std::string_view url);

} // namespace cd::core
