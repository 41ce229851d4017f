#include "Workbook.h"

#include "Schema.h"
#include "StorageError.h"

#include <filesystem>
#include <system_error>

namespace cd::storage {

namespace {

using Kind = StorageError::Kind;

int pragmaInt(Database& db, const char* sql)
{
    auto st = db.prepare(sql);
    st.step();
    return st.int32(0);
}

// Reads the file's header through SQLite and decides whether it is ours, before anything can
// write to it. Every failure names the file and says what is wrong with it.
void verifyWorkbook(Database& db, const std::string& path, bool deepCheck)
{
    int applicationId = 0;
    try {
        applicationId = pragmaInt(db, "PRAGMA application_id");
    } catch (const StorageError& e) {
        if (e.kind() == Kind::NotAWorkbook || e.kind() == Kind::Corrupt) {
            throw StorageError(Kind::NotAWorkbook,
                               path +
                                   " is not a CampaignDesk workbook (it is not a database file).");
        }
        throw;
    }
    if (applicationId != Workbook::kApplicationId) {
        std::error_code ec;
        const bool empty = std::filesystem::file_size(path, ec) == 0 && !ec;
        throw StorageError(Kind::NotAWorkbook,
                           path + (empty ? " is an empty file, not a CampaignDesk workbook."
                                         : " is a database of another application, not a "
                                           "CampaignDesk workbook."));
    }
    const int version = pragmaInt(db, "PRAGMA user_version");
    if (version > Workbook::kSchemaVersion) {
        throw StorageError(Kind::NewerVersion,
                           path + " was saved by a newer version of CampaignDesk (format " +
                               std::to_string(version) + "; this version reads up to " +
                               std::to_string(Workbook::kSchemaVersion) +
                               "). Please update CampaignDesk.");
    }
    if (!deepCheck) {
        return;
    }
    std::string verdict;
    try {
        auto st = db.prepare("PRAGMA quick_check(1)");
        if (st.step()) {
            verdict = st.text(0);
        }
    } catch (const StorageError& e) {
        if (e.kind() == Kind::Locked) {
            throw;
        }
        verdict = e.what();
    }
    if (verdict != "ok") {
        throw StorageError(Kind::Corrupt,
                           path + " is damaged and cannot be opened safely (" + verdict + ").");
    }
}

} // namespace

Workbook Workbook::create(const std::string& path)
{
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
        throw StorageError(Kind::Io, "Cannot create " + path + ": a file with that name exists.");
    }
    try {
        Database db(path, Database::Access::Create);
        db.setBusyTimeout(kDefaultBusyTimeoutMs);
        db.exec(
            "PRAGMA application_id = 1128560482"); // kApplicationId, as PRAGMA takes no parameter
        Workbook wb(std::move(db), false);
        wb.configure();
        migrate(wb.m_db);
        return wb;
    } catch (...) {
        std::filesystem::remove(path, ec);
        std::filesystem::remove(path + "-wal", ec);
        std::filesystem::remove(path + "-shm", ec);
        throw;
    }
}

Workbook Workbook::open(const std::string& path, Mode mode, int busyTimeoutMs)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        throw StorageError(Kind::NotFound, "No workbook at " + path + ".");
    }
    if (std::filesystem::is_directory(path, ec)) {
        throw StorageError(Kind::NotAWorkbook, path + " is a folder, not a CampaignDesk workbook.");
    }
    Database db(path,
                mode == Mode::ReadOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    db.setBusyTimeout(busyTimeoutMs);
    // Before writing to a file we make sure it is sound (quick_check reads every page: about
    // 0.6 s for 180 MB). Reading cannot make damage worse, and SQLite reports damage it meets,
    // so read-only opens skip the scan; `campaigndesk-cli check` runs the full check on demand.
    const bool deepCheck = mode == Mode::ReadWrite;
    try {
        verifyWorkbook(db, path, deepCheck);
    } catch (const StorageError& e) {
        // On read-only media SQLite cannot create the WAL's shared-memory file and even reads
        // fail; nobody can write there, so reading it as immutable is safe.
        if (e.kind() != Kind::ReadOnly && e.kind() != Kind::NotFound) {
            throw;
        }
        db = Database(path, Database::Access::ReadOnlyImmutable);
        verifyWorkbook(db, path, deepCheck);
        if (mode == Mode::ReadWrite) {
            throw StorageError(Kind::ReadOnly,
                               path + " is read-only: it can be opened for reading only.");
        }
    }
    if (mode == Mode::ReadWrite && db.isReadOnly()) {
        throw StorageError(Kind::ReadOnly,
                           path + " is read-only: it can be opened for reading only.");
    }
    Workbook wb(std::move(db), mode == Mode::ReadOnly);
    const int version = pragmaInt(wb.m_db, "PRAGMA user_version");
    if (mode == Mode::ReadOnly) {
        if (version < kSchemaVersion) {
            throw StorageError(Kind::ReadOnly, path + " is in an older format and must be opened "
                                                      "once with write access to be upgraded.");
        }
        wb.m_db.exec("PRAGMA foreign_keys = ON");
        return wb;
    }
    wb.configure();
    if (version < kSchemaVersion) {
        // A version-0 file holds no data yet; anything older with data is copied first, so a
        // migration that goes wrong in a way we did not foresee still loses nothing.
        if (version > 0) {
            const std::string backup = backupPathFor(path, version);
            if (!std::filesystem::exists(backup, ec)) {
                wb.saveCopy(backup);
            }
        }
        migrate(wb.m_db);
    }
    return wb;
}

void Workbook::configure()
{
    m_db.exec("PRAGMA foreign_keys = ON");
    // WAL lets the app read while the CLI writes; FULL makes every commit durable on return.
    m_db.exec("PRAGMA journal_mode = WAL");
    m_db.exec("PRAGMA synchronous = FULL");
}

void Workbook::saveCopy(const std::string& copyPath)
{
    std::error_code ec;
    if (std::filesystem::exists(copyPath, ec)) {
        throw StorageError(Kind::Io,
                           "Cannot save a copy as " + copyPath + ": a file with that name exists.");
    }
    try {
        auto st = m_db.prepare("VACUUM INTO ?");
        st.bind(1, copyPath);
        st.run();
    } catch (const StorageError& e) {
        std::filesystem::remove(copyPath, ec);
        throw StorageError(e.kind(), "Cannot save a copy as " + copyPath + ": " + e.what());
    }
}

std::string Workbook::backupPathFor(const std::string& path, int version)
{
    return path + ".v" + std::to_string(version) + "-backup";
}

int Workbook::schemaVersion()
{
    return pragmaInt(m_db, "PRAGMA user_version");
}

std::vector<std::string> Workbook::integrityProblems()
{
    std::vector<std::string> problems;
    auto st = m_db.prepare("PRAGMA integrity_check");
    while (st.step()) {
        auto line = st.text(0);
        if (line != "ok") {
            problems.push_back(std::move(line));
        }
    }
    auto fk = m_db.prepare("PRAGMA foreign_key_check");
    while (fk.step()) {
        problems.push_back("row " + std::to_string(fk.int64(1)) + " of " + fk.text(0) +
                           " refers to a missing row of " + fk.text(2));
    }
    return problems;
}

} // namespace cd::storage
