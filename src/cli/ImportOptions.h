#pragma once

#include "Args.h"
#include "CliError.h"

#include "core/Import.h"
#include "io/CsvReader.h"

#include <nlohmann/json.hpp>

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

// The JSON every import prints (the keys other tools rely on): rows, imported, updated, skipped,
// rejected, errors [{line, message}], dry_run, then what was read: encoding, delimiter,
// header_line, and `mapping` (header → field key) as the caller gives it.
nlohmann::json importSummaryJson(const core::ImportSummary& summary, const io::CsvTable& table,
                                 nlohmann::json mapping);

} // namespace cd::cli
