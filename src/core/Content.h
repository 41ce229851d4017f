#pragma once

#include "Date.h"
#include "Enums.h"
#include "Ids.h"
#include "Money.h"

#include <cstdint>
#include <optional>
#include <string>

namespace cd::core {

// Performance figures of one piece of content; each is unknown until reported.
struct ContentMetrics {
    std::optional<std::int64_t> impressions;
    std::optional<std::int64_t> reach;
    std::optional<std::int64_t> likes;
    std::optional<std::int64_t> comments;
    std::optional<std::int64_t> shares;
    std::optional<std::int64_t> saves;
    std::optional<std::int64_t> clicks;
    std::optional<std::int64_t> conversions;
    std::optional<Money> revenue;
    std::optional<std::int64_t> brandMentions;

    std::int64_t engagements() const
    {
        return likes.value_or(0) + comments.value_or(0) + shares.value_or(0) + saves.value_or(0);
    }

    bool operator==(const ContentMetrics&) const = default;
};

struct ContentItem {
    Id id = 0;
    RowVersion version = 0;
    Id campaignId = 0;
    std::optional<Id> influencerId;
    Platform platform = Platform::Instagram;
    ContentType type = ContentType::Post;
    std::string title;
    OptionalDate plannedDate;
    OptionalDate publishedDate;
    std::string url;
    ApprovalStatus approval = ApprovalStatus::Draft;
    ContentMetrics metrics;

    bool operator==(const ContentItem&) const = default;
};

} // namespace cd::core
