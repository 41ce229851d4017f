#include "Influencer.h"

namespace cd::core {

std::string_view trimmedHandle(std::string_view handle)
{
    auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    };
    while (!handle.empty() && isSpace(handle.front())) {
        handle.remove_prefix(1);
    }
    while (!handle.empty() && isSpace(handle.back())) {
        handle.remove_suffix(1);
    }
    if (!handle.empty() && handle.front() == '@') {
        handle.remove_prefix(1);
    }
    return handle;
}

std::string normaliseHandle(std::string_view handle)
{
    return std::string(trimmedHandle(handle));
}

} // namespace cd::core
