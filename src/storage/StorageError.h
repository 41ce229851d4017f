#pragma once

#include <stdexcept>
#include <string>

namespace cd::storage {

// Why a workbook operation failed. The CLI maps these to exit codes and the app to messages;
// what() is a one-line sentence a user can read.
class StorageError : public std::runtime_error {
public:
    enum class Kind {
        NotFound,     // no file at that path
        NotAWorkbook, // not SQLite, or another application's SQLite file
        NewerVersion, // made by a newer CampaignDesk
        Corrupt,      // damaged file
        ReadOnly,     // file or folder not writable, or opened read-only
        Locked,       // another process holds the write lock for too long
        Conflict,     // the row changed since it was read (row version mismatch)
        Constraint,   // the change breaks a rule of the schema (missing parent, duplicate …)
        Missing,      // the row to change is not there
        Io,           // disk full, I/O error, anything else from SQLite
    };

    StorageError(Kind kind, const std::string& message) : std::runtime_error(message), m_kind(kind)
    {
    }

    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

} // namespace cd::storage
