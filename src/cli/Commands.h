#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace cd::cli {

// One subcommand: its words after the command name, the stream for its normal output.
// Each returns an exit code or throws UsageError, BadInput or storage::StorageError.
using CommandFunction = int (*)(const std::vector<std::string>& words, std::ostream& out);

struct Command {
    const char* name;
    const char* usage;   // one line, after "campaigndesk-cli "
    const char* summary; // what it does, for --help
    CommandFunction run;
    int order = 100; // position in --help
};

// Every command, in --help order. Commands register themselves from their own .cpp file with
// a CommandRegistration object, so adding a command touches no shared file.
const std::vector<Command>& commands();

struct CommandRegistration {
    explicit CommandRegistration(const Command& command);
};

} // namespace cd::cli
