// libFuzzer harness for the workbook opener: a fuzzed file given to Workbook::open must give a
// StorageError with a message, never a crash, a hang or another exception; when it does open,
// reading every repository and the checks must not crash either.
#include "core/Validation.h"
#include "storage/CampaignRepository.h"
#include "storage/InfluencerRepository.h"
#include "storage/Snapshot.h"
#include "storage/StorageError.h"
#include "storage/Workbook.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace {

std::string scratchPath()
{
    return (std::filesystem::temp_directory_path() /
            ("cd-workbook-fuzz-" + std::to_string(::getpid()) + ".cdwb"))
        .string();
}

void removeAll(const std::string& path)
{
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::filesystem::remove(path + suffix, ec);
    }
}

void readEverything(cd::storage::Workbook& wb)
{
    for (const auto& c : cd::storage::CampaignRepository(wb.db()).list()) {
        const auto snapshot = cd::storage::loadSnapshot(wb.db(), c.id);
        (void)cd::core::checkCampaign(snapshot, cd::core::Date::fromYmd(2026, 6, 15));
    }
    for (const auto& i : cd::storage::InfluencerRepository(wb.db()).list()) {
        (void)cd::core::validate(i);
    }
    (void)wb.integrityProblems();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string path = scratchPath();
    for (const auto mode :
         {cd::storage::Workbook::Mode::ReadOnly, cd::storage::Workbook::Mode::ReadWrite}) {
        removeAll(path);
        {
            std::ofstream out(path, std::ios::binary);
            out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
        }
        try {
            auto wb = cd::storage::Workbook::open(path, mode, 0);
            readEverything(wb);
        } catch (const cd::storage::StorageError& e) {
            if (std::string(e.what()).empty()) {
                std::abort(); // every refusal must say why
            }
        }
    }
    removeAll(path);
    return 0;
}
