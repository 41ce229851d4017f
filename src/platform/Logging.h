#pragma once

#include <string>

namespace cd::platform {

// Sends spdlog's default logger to a rotating file in the user's data folder and, with
// `verbose`, also to stderr at debug level. A log file that cannot be opened is not fatal.
void initLogging(const std::string& component, bool verbose);

} // namespace cd::platform
