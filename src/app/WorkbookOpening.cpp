#include "WorkbookOpening.h"

#include "platform/AppPaths.h"
#include "storage/DemoData.h"
#include "storage/StorageError.h"

#include <spdlog/spdlog.h>

#include <filesystem>
#include <system_error>

namespace cd::app {

WorkbookOpener defaultWorkbookOpener()
{
    return [](const std::string& path, storage::Workbook::Mode mode) {
        return storage::Workbook::open(path, mode);
    };
}

OpenedWorkbook openWorkbookFile(const std::string& path, const WorkbookOpener& opener)
{
    using Mode = storage::Workbook::Mode;
    try {
        return {opener(path, Mode::ReadWrite), false};
    } catch (const storage::StorageError& e) {
        if (e.kind() != storage::StorageError::Kind::ReadOnly) {
            throw;
        }
        spdlog::info("{} cannot be written; opening it read-only", path);
    }
    return {opener(path, Mode::ReadOnly), true};
}

std::string ensureDemoWorkbook(core::Date today)
{
    namespace fs = std::filesystem;
    const std::string path = platform::demoWorkbookPath();
    std::error_code ec;
    if (fs::exists(path, ec)) {
        return path;
    }
    const std::string partial = path + ".part";
    auto removePartial = [&partial] {
        std::error_code ignored;
        for (const char* suffix : {"", "-wal", "-shm"}) {
            fs::remove(partial + suffix, ignored);
        }
    };
    removePartial();
    spdlog::info("creating the demo workbook at {}", path);
    try {
        auto workbook = storage::Workbook::create(partial);
        storage::populateDemo(workbook, today);
    } catch (...) {
        removePartial();
        throw;
    }
    // The workbook is closed here, so SQLite has folded its WAL back into the file.
    fs::rename(partial, path, ec);
    if (ec) {
        removePartial();
        throw storage::StorageError(storage::StorageError::Kind::Io,
                                    "Cannot create the demo workbook at " + path + ": " +
                                        ec.message() + ".");
    }
    return path;
}

} // namespace cd::app
