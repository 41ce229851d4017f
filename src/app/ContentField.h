#pragma once

#include "core/Content.h"

#include <optional>
#include <string>
#include <variant>

namespace cd::app {

// The fields of a content item a user edits one at a time, in the order of the Content table.
enum class ContentField {
    Influencer,
    Platform,
    Type,
    Title,
    PlannedDate,
    PublishedDate,
    Url,
    Approval,
    Impressions,
    Reach,
    Likes,
    Comments,
    Shares,
    Saves,
    Clicks,
    Conversions,
    Revenue,
    BrandMentions,
};
inline constexpr int kContentFieldCount = static_cast<int>(ContentField::BrandMentions) + 1;

// The value of one field: the influencer's id and the counts share std::optional<int64_t>
// (unknown is nullopt, never 0).
using ContentValue =
    std::variant<std::optional<std::int64_t>, core::Platform, core::ContentType,
                 core::ApprovalStatus, std::string, core::OptionalDate, std::optional<core::Money>>;

ContentValue fieldValue(const core::ContentItem& item, ContentField field);
// Sets `field` of `item` to `value`; false (item unchanged) when the value is of another kind.
bool setFieldValue(core::ContentItem& item, ContentField field, const ContentValue& value);

// A count of the metrics (impressions … brand mentions) other than revenue, or nullptr.
std::optional<std::int64_t>* countField(core::ContentMetrics& metrics, ContentField field);
const std::optional<std::int64_t>* countField(const core::ContentMetrics& metrics,
                                              ContentField field);

} // namespace cd::app
