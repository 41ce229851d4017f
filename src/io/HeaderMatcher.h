#pragma once

#include "FieldSet.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cd::io {

// What a column of an influencer file can be imported as.
enum class InfluencerField {
    Unmapped, // no decision yet: the user has to choose
    Ignore,   // a known column we deliberately do not import (rank, likes …)
    Name,
    Handle,
    Platform,
    Followers,
    EngagementRate,
    Email,
    Phone,
    Country,
    Language,
    Niche,
    Agency,
    Status,
    Rate,
    Notes,
    PersonKey,    // groups rows of one person (our export writes one row per handle)
    ContactRoute, // direct or agency
    LastContact,  // a date
    RateCurrency, // ISO 4217 code of the rate
};

// Every field, in the order above.
std::span<const InfluencerField> allInfluencerFields();

// Stable keys used in saved mappings ("engagement_rate"); Unmapped has the empty key.
std::string_view fieldKey(InfluencerField field);
std::optional<InfluencerField> fieldFromKey(std::string_view key);
// English label for the mapping screen (the app translates it).
std::string_view fieldLabel(InfluencerField field);

// Guesses the field of one header cell from English and Italian names and common export
// columns ("channel_info", "60d_eng_rate"). A platform word around the name is tolerated
// ("Instagram Followers", "Followers (IG)"). Unmapped when nothing matches.
InfluencerField matchHeader(std::string_view header);

template <> const FieldSet<InfluencerField>& fieldSetOf<InfluencerField>();

} // namespace cd::io
