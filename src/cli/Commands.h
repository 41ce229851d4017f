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
};

const std::vector<Command>& commands();

int runNew(const std::vector<std::string>& words, std::ostream& out);
int runAddCampaign(const std::vector<std::string>& words, std::ostream& out);
int runCampaigns(const std::vector<std::string>& words, std::ostream& out);
int runInfluencers(const std::vector<std::string>& words, std::ostream& out);
int runGenerate(const std::vector<std::string>& words, std::ostream& out);
int runCheck(const std::vector<std::string>& words, std::ostream& out);

} // namespace cd::cli
