#pragma once

#include "core/Enums.h"

#include <cstddef>
#include <iterator>
#include <optional>

namespace cd::app::roster {

inline constexpr int kPlatformCount =
    static_cast<int>(std::size(core::EnumTable<core::Platform>::entries));

// The columns of the influencer tracker. One followers column per platform sits after the total.
enum Column : int {
    Name,
    MainPlatform,
    Handle,
    Followers,
    FirstPlatformFollowers,
    LastPlatformFollowers = FirstPlatformFollowers + kPlatformCount - 1,
    Engagement,
    Niches,
    Country,
    Status,
    Contact,
    Rate,
    Campaigns,
    LastContact,
    Email,
    Phone,
    Notes,
    ColumnCount
};

inline std::optional<core::Platform> platformOfColumn(int column)
{
    if (column < FirstPlatformFollowers || column > LastPlatformFollowers) {
        return std::nullopt;
    }
    return core::EnumTable<core::Platform>::entries[column - FirstPlatformFollowers].value;
}

inline int platformIndex(core::Platform platform)
{
    return static_cast<int>(platform);
}

} // namespace cd::app::roster
