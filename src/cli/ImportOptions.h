#pragma once

#include "Args.h"
#include "CliError.h"

#include "io/CsvReader.h"

#include <initializer_list>
#include <string>
#include <utility>

namespace cd::cli {

// The value of a --option that takes one of fixed words; a usage error names the words.
template <class E>
E choice(const Args& args, const std::string& option, E fallback,
         std::initializer_list<std::pair<const char*, E>> choices)
{
    const auto v = args.value(option);
    if (!v) {
        return fallback;
    }
    std::string allowed;
    for (const auto& [name, value] : choices) {
        if (*v == name) {
            return value;
        }
        allowed += (allowed.empty() ? "" : ", ") + std::string(name);
    }
    throw UsageError("--" + option + " must be one of " + allowed + ", not \"" + *v + "\"");
}

// --encoding auto|utf-8|windows-1252 and --delimiter auto|comma|semicolon|tab|pipe, shared by
// every import command.
io::CsvOptions csvOptions(const Args& args);

// The names the imports print in JSON for what was detected.
std::string encodingName(io::Encoding e);
std::string delimiterName(io::Delimiter d);

} // namespace cd::cli
