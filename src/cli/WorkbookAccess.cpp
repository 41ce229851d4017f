#include "WorkbookAccess.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdlib>

namespace cd::cli {

storage::Workbook openForReading(const std::string& path)
{
    spdlog::debug("opening {} for reading", path);
    return storage::Workbook::open(path, storage::Workbook::Mode::ReadOnly);
}

storage::Workbook openForWriting(const std::string& path)
{
    spdlog::debug("opening {} for writing", path);
    // How long to wait for another program's write to finish; tests shorten it.
    int timeoutMs = storage::Workbook::kDefaultBusyTimeoutMs;
    if (const char* text = std::getenv("CD_BUSY_TIMEOUT_MS")) {
        timeoutMs = std::max(0, std::atoi(text));
    }
    return storage::Workbook::open(path, storage::Workbook::Mode::ReadWrite, timeoutMs);
}

} // namespace cd::cli
