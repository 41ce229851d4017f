#pragma once

#include "Database.h"

#include <string>
#include <vector>

namespace cd::storage {

// A CampaignDesk workbook: one SQLite file marked with our application id, at a known schema
// version. Opening checks the file before anything is written to it, so a file that is not a
// workbook, is damaged, or comes from a newer version is left exactly as it was.
class Workbook {
public:
    enum class Mode { ReadOnly, ReadWrite };

    static constexpr int kApplicationId = 0x43447762; // "CDwb"
    static constexpr int kSchemaVersion = 4;
    static constexpr int kDefaultBusyTimeoutMs = 5000;

    // Creates a new, empty workbook; fails if something exists at the path.
    static Workbook create(const std::string& path);
    // Opens an existing workbook; never creates a file. ReadWrite migrates an older schema,
    // first saving a copy of the old file beside it (see backupPathFor).
    static Workbook open(const std::string& path, Mode mode,
                         int busyTimeoutMs = kDefaultBusyTimeoutMs);

    Workbook(Workbook&&) noexcept = default;
    Workbook& operator=(Workbook&&) noexcept = default;

    Database& db() { return m_db; }
    const std::string& path() const { return m_db.path(); }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion();

    // Where the copy made before migrating from `version` goes: "<path>.v<version>-backup".
    static std::string backupPathFor(const std::string& path, int version);

    // Writes a consistent, compacted copy of the workbook to a new file (VACUUM INTO), safe while
    // others read or write it. Refuses to overwrite an existing file.
    void saveCopy(const std::string& copyPath);

    // PRAGMA integrity_check; returns the problems found (empty when the file is sound).
    std::vector<std::string> integrityProblems();

private:
    explicit Workbook(Database db, bool readOnly) : m_db(std::move(db)), m_readOnly(readOnly) {}
    void configure();

    Database m_db;
    bool m_readOnly = false;
};

} // namespace cd::storage
