#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

// The sqlite3 types stay opaque here so <sqlite3.h> never leaks into other headers.
struct sqlite3;
struct sqlite3_stmt;

namespace cd::storage {

class Statement;

// Owns one sqlite3 connection. Errors throw StorageError with a readable message.
class Database {
public:
    // ReadOnlyImmutable reads a file on read-only media (where SQLite cannot create the WAL's
    // shared-memory file) by promising SQLite that nobody writes it meanwhile.
    enum class Access { ReadOnly, ReadOnlyImmutable, ReadWrite, Create };

    Database() = default;
    Database(const std::string& path, Access access);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool isOpen() const { return m_db != nullptr; }
    const std::string& path() const { return m_path; }

    // Runs fixed SQL text with no parameters (schema, pragmas). Never pass user data here.
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    // A prepared statement kept for the life of the connection and reset before it is handed
    // out: for statements run many times (imports, repositories). Not for nested use of the
    // same SQL text while a previous use is still stepping.
    Statement& cached(std::string_view sql);

    std::int64_t lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    bool isReadOnly() const;
    void setBusyTimeout(int milliseconds);

    // Throws StorageError for a non-OK SQLite result code, with context.
    void check(int resultCode, std::string_view context) const;

private:
    friend class Statement;
    sqlite3* m_db = nullptr;
    std::string m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

// A prepared statement. Parameters are bound by 1-based index; columns read by 0-based index.
class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const std::string& text)
    {
        return bind(index, std::string_view(text));
    }
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    // Binds text without copying it: for hot paths where `text` stays alive and unchanged until
    // the statement has run (every use binds all its parameters again before the next step).
    Statement& bindStatic(int index, std::string_view text);
    Statement& bindNull(int index);
    template <class T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Steps once; true while a row is available.
    bool step();
    // Steps to completion (for statements that return no rows).
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    std::string text(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

// Resets a cached statement when the scope ends. A statement left on a row keeps its read
// snapshot open: later reads would see stale data and a later write could not start.
class StatementReset {
public:
    explicit StatementReset(Statement& statement) : m_statement(statement) {}
    ~StatementReset() { m_statement.reset(); }
    StatementReset(const StatementReset&) = delete;
    StatementReset& operator=(const StatementReset&) = delete;

private:
    Statement& m_statement;
};

// A transaction that rolls back unless committed. Writing transactions start with
// BEGIN IMMEDIATE so a second writer waits on the busy timeout instead of failing at once.
// Nested use joins the outer transaction (it neither begins nor commits).
class Transaction {
public:
    enum class Mode { Read, Write };

    explicit Transaction(Database& db, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_owner = false;
    bool m_done = false;
};

} // namespace cd::storage
