#include "Logging.h"

#include "AppPaths.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

namespace cd::platform {

void initLogging(const std::string& component, bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    try {
        constexpr std::size_t kMaxSize = 2 * 1024 * 1024;
        auto file =
            std::make_shared<spdlog::sinks::rotating_file_sink_mt>(logFilePath(), kMaxSize, 3);
        file->set_level(spdlog::level::info);
        sinks.push_back(file);
    } catch (const spdlog::spdlog_ex&) {
        // No writable data folder: carry on without a log file.
    }
    if (verbose) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(spdlog::level::debug);
        sinks.push_back(err);
    }
    auto logger = std::make_shared<spdlog::logger>(component, sinks.begin(), sinks.end());
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
}

} // namespace cd::platform
