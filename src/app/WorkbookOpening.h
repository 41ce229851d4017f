#pragma once

#include "core/Date.h"
#include "storage/Workbook.h"

#include <functional>
#include <string>

namespace cd::app {

// How a workbook file is opened; tests replace it to simulate files they cannot make (a
// read-only file when running as root).
using WorkbookOpener =
    std::function<storage::Workbook(const std::string& path, storage::Workbook::Mode mode)>;

WorkbookOpener defaultWorkbookOpener();

struct OpenedWorkbook {
    storage::Workbook workbook;
    bool readOnly = false;
};

// Opens for reading and writing, or for reading only when the file cannot be written.
// Any other failure throws storage::StorageError with a sentence for the user.
OpenedWorkbook openWorkbookFile(const std::string& path, const WorkbookOpener& opener);

// The demo workbook's path, after creating it with the demo data on first use. It is filled under
// a temporary name and renamed when complete, so an interrupted first launch leaves no half demo.
std::string ensureDemoWorkbook(core::Date today);

} // namespace cd::app
