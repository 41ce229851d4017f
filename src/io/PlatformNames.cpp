#include "PlatformNames.h"

#include "FieldSet.h"

#include <array>
#include <utility>

namespace cd::io {

std::optional<core::Platform> parsePlatformName(std::string_view text)
{
    if (auto p = core::parseEnum<core::Platform>(text)) {
        return p;
    }
    static constexpr std::array<std::pair<std::string_view, core::Platform>, 8> kAliases{{
        {"ig", core::Platform::Instagram},
        {"insta", core::Platform::Instagram},
        {"tt", core::Platform::TikTok},
        {"yt", core::Platform::YouTube},
        {"twitter", core::Platform::X},
        {"fb", core::Platform::Facebook},
        {"website", core::Platform::Blog},
        {"web", core::Platform::Blog},
    }};
    const std::string name = normaliseHeader(text);
    for (const auto& [alias, platform] : kAliases) {
        if (alias == name) {
            return platform;
        }
    }
    return std::nullopt;
}

} // namespace cd::io
