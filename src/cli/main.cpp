#include "CliError.h"
#include "Commands.h"

#include "platform/AppPaths.h"
#include "platform/Logging.h"
#include "storage/StorageError.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

namespace {

constexpr const char* kProgram = "campaigndesk-cli";

void printHelp(std::ostream& out)
{
    out << "Usage: " << kProgram << " COMMAND WORKBOOK [OPTIONS]\n\n"
        << "Plan and run influencer campaigns from the command line. Every command takes the\n"
        << "workbook path first. Exit codes: 0 success, 1 usage error, 2 bad input,\n"
        << "3 the workbook cannot be used.\n\nCommands:\n";
    for (const auto& c : cd::cli::commands()) {
        out << "  " << c.usage << "\n      " << c.summary << "\n";
    }
    out << "\nGlobal options:\n  --verbose   log to stderr as well as to the log file\n"
        << "  --help      show this help\n  --version   show the version\n";
}

int runCommand(const cd::cli::Command& command, const std::vector<std::string>& words)
{
    using namespace cd::cli;
    using cd::storage::StorageError;
    try {
        return command.run(words, std::cout);
    } catch (const UsageError& e) {
        std::cerr << kProgram << ": " << e.what() << " (usage: " << kProgram << " " << command.usage
                  << ")\n";
        return kExitUsage;
    } catch (const BadInput& e) {
        std::cerr << kProgram << ": " << e.what() << "\n";
        return kExitBadInput;
    } catch (const StorageError& e) {
        spdlog::warn("{} failed: {}", command.name, e.what());
        std::cerr << kProgram << ": " << e.what() << "\n";
        const bool badValue =
            e.kind() == StorageError::Kind::Constraint || e.kind() == StorageError::Kind::Conflict;
        return badValue ? kExitBadInput : kExitWorkbook;
    } catch (const std::exception& e) {
        spdlog::error("{} failed: {}", command.name, e.what());
        std::cerr << kProgram << ": " << e.what() << "\n";
        return kExitWorkbook;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    std::vector<std::string> words(argv + 1, argv + argc);
    const bool verbose = std::erase(words, std::string("--verbose")) > 0;
    cd::platform::setApplicationIdentity();
    cd::platform::initLogging("cli", verbose);

    if (words.empty() || words[0] == "--help" || words[0] == "-h" || words[0] == "help") {
        printHelp(words.empty() ? std::cerr : std::cout);
        return words.empty() ? cd::cli::kExitUsage : cd::cli::kExitOk;
    }
    if (words[0] == "--version") {
        std::cout << kProgram << " " << CD_VERSION << "\n";
        return cd::cli::kExitOk;
    }
    const auto& all = cd::cli::commands();
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&](const cd::cli::Command& c) { return words[0] == c.name; });
    if (it == all.end()) {
        std::cerr << kProgram << ": unknown command \"" << words[0] << "\" (see " << kProgram
                  << " --help)\n";
        return cd::cli::kExitUsage;
    }
    const std::vector<std::string> rest(words.begin() + 1, words.end());
    if (std::find(rest.begin(), rest.end(), "--help") != rest.end()) {
        std::cout << "Usage: " << kProgram << " " << it->usage << "\n" << it->summary << "\n";
        return cd::cli::kExitOk;
    }
    spdlog::info("{} {}", kProgram, words[0]);
    return runCommand(*it, rest);
}
