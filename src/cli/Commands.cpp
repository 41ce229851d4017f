#include "Commands.h"

#include <algorithm>

namespace cd::cli {

namespace {
std::vector<Command>& registry()
{
    static std::vector<Command> all;
    return all;
}
} // namespace

CommandRegistration::CommandRegistration(const Command& command)
{
    auto& all = registry();
    all.push_back(command);
    std::stable_sort(all.begin(), all.end(),
                     [](const Command& a, const Command& b) { return a.order < b.order; });
}

const std::vector<Command>& commands()
{
    return registry();
}

} // namespace cd::cli
