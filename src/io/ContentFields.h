#pragma once

#include "FieldMapping.h"

#include <optional>
#include <span>
#include <string_view>

namespace cd::io {

// What a column of a content file (a platform's or a tool's export) can be imported as.
enum class ContentField {
    Unmapped, // no decision yet: the user has to choose
    Ignore,   // a known column we deliberately do not import (engagement rate, CTR …)
    Handle,   // the influencer's handle (or profile URL) on the platform
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

// Every field, in the order above.
std::span<const ContentField> allContentFields();
// Stable keys used in saved mappings ("brand_mentions"); Unmapped has the empty key.
std::string_view contentFieldKey(ContentField field);
std::optional<ContentField> contentFieldFromKey(std::string_view key);
// English label for the mapping screen (the app translates it).
std::string_view contentFieldLabel(ContentField field);
// Guesses the field of one header cell from English and Italian names ("Impressioni",
// "Mi piace", "Data pubblicazione", "Permalink" …). Unmapped when nothing matches.
ContentField matchContentHeader(std::string_view header);

template <> const FieldSet<ContentField>& fieldSetOf<ContentField>();

// Which content field each column of a content file goes to; saved like the influencer mapping.
using ContentColumnMapping = BasicColumnMapping<ContentField>;
using ContentMappingLoadResult = BasicMappingLoadResult<ContentField>;

extern template class BasicColumnMapping<ContentField>;

} // namespace cd::io
