#include "Args.h"

#include "CliError.h"

#include <charconv>

namespace cd::cli {

Args::Args(const std::vector<std::string>& words, const std::set<std::string>& valued,
           const std::set<std::string>& flags)
{
    bool onlyPositionals = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (onlyPositionals || w.size() < 2 || w.rfind("--", 0) != 0) {
            if (!onlyPositionals && w.size() > 1 && w[0] == '-' && w != "-") {
                throw UsageError("unknown option " + w);
            }
            m_positionals.push_back(w);
            continue;
        }
        if (w == "--") {
            onlyPositionals = true;
            continue;
        }
        std::string name = w.substr(2);
        std::optional<std::string> inlineValue;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (valued.count(name)) {
            if (inlineValue) {
                m_values[name] = *inlineValue;
            } else if (i + 1 < words.size()) {
                m_values[name] = words[++i];
            } else {
                throw UsageError("option --" + name + " needs a value");
            }
        } else if (flags.count(name) && !inlineValue) {
            m_flags.insert(name);
        } else {
            throw UsageError("unknown option --" + name);
        }
    }
}

const std::string& Args::positional(std::size_t n, const char* what) const
{
    if (n >= m_positionals.size()) {
        throw UsageError(std::string("missing ") + what);
    }
    return m_positionals[n];
}

void Args::requireMaxPositionals(std::size_t n) const
{
    if (m_positionals.size() > n) {
        throw UsageError("unexpected argument \"" + m_positionals[n] + "\"");
    }
}

std::optional<std::string> Args::value(const std::string& name) const
{
    if (auto it = m_values.find(name); it != m_values.end()) {
        return it->second;
    }
    return std::nullopt;
}

std::string Args::required(const std::string& name) const
{
    if (auto v = value(name)) {
        return *v;
    }
    throw UsageError("missing required option --" + name);
}

std::optional<std::int64_t> Args::count(const std::string& name) const
{
    const auto v = value(name);
    if (!v) {
        return std::nullopt;
    }
    std::int64_t n = 0;
    const auto* end = v->data() + v->size();
    const auto [ptr, ec] = std::from_chars(v->data(), end, n);
    if (ec != std::errc() || ptr != end || n < 0) {
        throw BadInput("--" + name + " must be a whole number of 0 or more, not \"" + *v + "\"");
    }
    return n;
}

} // namespace cd::cli
