#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cd::cli {

// The parsed words of one subcommand: positionals in order, and --options (with a value, or
// flags without one). Unknown options and missing values are usage errors.
class Args {
public:
    // `valued` options take the next word (or "=value"); `flags` take none.
    Args(const std::vector<std::string>& words, const std::set<std::string>& valued,
         const std::set<std::string>& flags);

    const std::vector<std::string>& positionals() const { return m_positionals; }
    // The n-th positional, or a usage error naming `what` when it is missing.
    const std::string& positional(std::size_t n, const char* what) const;
    void requireMaxPositionals(std::size_t n) const;

    bool flag(const std::string& name) const { return m_flags.count(name) > 0; }
    std::optional<std::string> value(const std::string& name) const;
    std::string required(const std::string& name) const;

    // Parses a whole non-negative number; bad input (exit 2) when it is not one.
    std::optional<std::int64_t> count(const std::string& name) const;

private:
    std::vector<std::string> m_positionals;
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
};

} // namespace cd::cli
