#pragma once

#include "core/Enums.h"

#include <optional>
#include <string_view>

namespace cd::io {

// A platform as files name it: our keys and labels in any case ("instagram", "TikTok") and the
// usual short forms ("IG", "insta", "yt", "twitter", "fb", "web"). Empty when unknown.
std::optional<core::Platform> parsePlatformName(std::string_view text);

} // namespace cd::io
