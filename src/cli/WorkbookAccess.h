#pragma once

#include "storage/Workbook.h"

#include <string>

namespace cd::cli {

// Commands that only read open the workbook read-only; commands that write open it read-write.
// Neither ever creates a file.
storage::Workbook openForReading(const std::string& path);
storage::Workbook openForWriting(const std::string& path);

} // namespace cd::cli
