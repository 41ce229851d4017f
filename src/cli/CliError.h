#pragma once

#include <stdexcept>
#include <string>

namespace cd::cli {

// Exit codes: a contract other tools rely on.
enum ExitCode : int {
    kExitOk = 0,
    kExitUsage = 1,    // wrong command shape: unknown command or option, missing argument
    kExitBadInput = 2, // the values or files given are invalid
    kExitWorkbook = 3, // the workbook cannot be used: missing, not a workbook, newer, locked …
};

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class BadInput : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace cd::cli
