#include "Args.h"
#include "CliError.h"
#include "Commands.h"
#include "WorkbookAccess.h"

#include <spdlog/spdlog.h>

#include <ostream>

namespace cd::cli {

namespace {

int runSaveCopy(const std::vector<std::string>& words, std::ostream& out)
{
    const Args args(words, {}, {});
    const std::string path = args.positional(0, "WORKBOOK");
    const std::string copy = args.positional(1, "COPY");
    args.requireMaxPositionals(2);
    auto wb = openForReading(path);
    wb.saveCopy(copy);
    spdlog::info("saved a copy of {} as {}", path, copy);
    out << "Saved a copy of " << path << " as " << copy << "\n";
    return kExitOk;
}

} // namespace

const CommandRegistration registerSaveCopy(
    {"save-copy", "save-copy WORKBOOK COPY",
     "Write a consistent copy of the workbook to a new file (safe while it is in use).",
     runSaveCopy, 92});

} // namespace cd::cli
