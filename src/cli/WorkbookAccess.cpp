#include "WorkbookAccess.h"

#include <spdlog/spdlog.h>

namespace cd::cli {

storage::Workbook openForReading(const std::string& path)
{
    spdlog::debug("opening {} for reading", path);
    return storage::Workbook::open(path, storage::Workbook::Mode::ReadOnly);
}

storage::Workbook openForWriting(const std::string& path)
{
    spdlog::debug("opening {} for writing", path);
    return storage::Workbook::open(path, storage::Workbook::Mode::ReadWrite);
}

} // namespace cd::cli
