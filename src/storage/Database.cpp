#include "Database.h"

#include "StorageError.h"

#include <sqlite3.h>

#include <utility>

namespace cd::storage {

namespace {

StorageError::Kind kindOf(int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageError::Kind::Locked;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return StorageError::Kind::ReadOnly;
    case SQLITE_NOTADB:
        return StorageError::Kind::NotAWorkbook;
    case SQLITE_CORRUPT:
        return StorageError::Kind::Corrupt;
    case SQLITE_CONSTRAINT:
        return StorageError::Kind::Constraint;
    case SQLITE_CANTOPEN:
        return StorageError::Kind::NotFound;
    default:
        return StorageError::Kind::Io;
    }
}

// A file: URI for the path, percent-encoding what URIs reserve.
std::string immutableUri(const std::string& path)
{
    static const char* hex = "0123456789ABCDEF";
    std::string uri = "file:";
    for (unsigned char c : path) {
        if (c == '%' || c == '?' || c == '#' || c < 0x20 || c == ' ') {
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 0xf];
        } else {
            uri += static_cast<char>(c);
        }
    }
    return uri + "?immutable=1";
}

std::string describe(int code, sqlite3* db)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "the workbook is locked by another program; try again when it has finished";
    case SQLITE_READONLY:
        return "the workbook is read-only";
    case SQLITE_NOTADB:
        return "the file is not a CampaignDesk workbook";
    case SQLITE_CORRUPT:
        return "the workbook is damaged";
    case SQLITE_FULL:
        return "the disk is full";
    case SQLITE_IOERR:
        return "a disk error occurred";
    default:
        return db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    }
}

} // namespace

Database::Database(const std::string& path, Access access) : m_path(path)
{
    // Before SQLite's first use in the process: no memory statistics, which would take a global
    // mutex on every allocation (SQLite's own advice for speed). Refused, harmlessly, if SQLite
    // was started already.
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    static_cast<void>(configured);
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (access) {
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Access::ReadOnlyImmutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        break;
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const std::string name = access == Access::ReadOnlyImmutable ? immutableUri(path) : path;
    const int rc = sqlite3_open_v2(name.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = describe(rc, m_db);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw StorageError(kindOf(rc), "Cannot open " + path + ": " + message + ".");
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Database::~Database()
{
    m_cache.clear(); // finalize before closing
    if (m_db) {
        sqlite3_close_v2(m_db);
    }
}

// Cached statements point back at the Database object, so a move finalizes them; the cache
// refills on demand.
Database::Database(Database&& other) noexcept
{
    other.m_cache.clear();
    m_db = std::exchange(other.m_db, nullptr);
    m_path = std::move(other.m_path);
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        m_cache.clear();
        other.m_cache.clear();
        if (m_db) {
            sqlite3_close_v2(m_db);
        }
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Statement& Database::cached(std::string_view sql)
{
    const std::string key(sql);
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        it = m_cache.emplace(key, std::make_unique<Statement>(*this, sql)).first;
    } else {
        it->second->reset();
    }
    return *it->second;
}

void Database::check(int rc, std::string_view context) const
{
    if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE) {
        return;
    }
    std::string message = describe(rc, m_db);
    if ((rc & 0xff) == SQLITE_CONSTRAINT && m_db) {
        message = sqlite3_errmsg(m_db);
    }
    throw StorageError(kindOf(rc), std::string(context) + ": " + message);
}

void Database::exec(std::string_view sql)
{
    char* error = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error);
    if (error) {
        sqlite3_free(error);
    }
    check(rc, "Workbook " + m_path);
}

Statement Database::prepare(std::string_view sql)
{
    return Statement(*this, sql);
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const
{
    return sqlite3_changes(m_db);
}
bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}
bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}
void Database::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(m_db, milliseconds);
}

Statement::Statement(Database& db, std::string_view sql) : m_db(&db)
{
    const int rc = sqlite3_prepare_v3(db.m_db, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    db.check(rc, "Workbook " + db.path());
}

Statement::~Statement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

Statement& Statement::bind(int index, std::int64_t value)
{
    m_db->check(sqlite3_bind_int64(m_stmt, index, value), "bind");
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    m_db->check(sqlite3_bind_double(m_stmt, index, value), "bind");
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    m_db->check(
        sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
        "bind");
    return *this;
}

Statement& Statement::bindStatic(int index, std::string_view text)
{
    m_db->check(
        sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8),
        "bind");
    return *this;
}

Statement& Statement::bindNull(int index)
{
    m_db->check(sqlite3_bind_null(m_stmt, index), "bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    sqlite3_reset(m_stmt);
    m_db->check(rc, "Workbook " + m_db->path());
    return false;
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::text(int column) const
{
    const auto* p = sqlite3_column_text(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n))
             : std::string();
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return int64(column);
}

std::optional<double> Statement::optionalReal(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return real(column);
}

Transaction::Transaction(Database& db, Mode mode) : m_db(db)
{
    if (!db.inTransaction()) {
        db.exec(mode == Mode::Write ? "BEGIN IMMEDIATE" : "BEGIN");
        m_owner = true;
    }
}

Transaction::~Transaction()
{
    if (m_owner && !m_done && m_db.inTransaction()) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
            // A failed rollback leaves SQLite to roll back on close; nothing more to do here.
        }
    }
}

void Transaction::commit()
{
    if (m_owner && !m_done) {
        m_db.exec("COMMIT");
    }
    m_done = true;
}

} // namespace cd::storage
