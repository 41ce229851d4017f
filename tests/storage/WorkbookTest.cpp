#include "TempDir.h"

#include "storage/CampaignRepository.h"
#include "storage/StorageError.h"
#include "storage/Workbook.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <unistd.h>

using cd::storage::StorageError;
using cd::storage::Workbook;
using Kind = StorageError::Kind;

namespace {

// Opens a raw SQLite connection, as another program would.
struct RawDb {
    explicit RawDb(const std::string& path)
    {
        REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    }
    ~RawDb() { sqlite3_close(db); }
    void exec(const std::string& sql)
    {
        REQUIRE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    sqlite3* db = nullptr;
};

Kind openKind(const std::string& path, Workbook::Mode mode, int timeoutMs = 100)
{
    try {
        Workbook::open(path, mode, timeoutMs);
    } catch (const StorageError& e) {
        return e.kind();
    }
    FAIL("opening " << path << " should have failed");
    return Kind::Io;
}

std::string openMessage(const std::string& path, Workbook::Mode mode)
{
    try {
        Workbook::open(path, mode, 100);
    } catch (const StorageError& e) {
        return e.what();
    }
    return {};
}

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

TEST_CASE("A new workbook is marked as ours and at the current schema")
{
    TempDir dir;
    const auto path = dir.file("new.cdwb");
    {
        auto wb = Workbook::create(path);
        CHECK(wb.schemaVersion() == Workbook::kSchemaVersion);
        CHECK(wb.integrityProblems().empty());
    }
    RawDb raw(path);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(raw.db, "PRAGMA application_id", -1, &st, nullptr);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(sqlite3_column_int(st, 0) == Workbook::kApplicationId);
    sqlite3_finalize(st);
    CHECK_NOTHROW(Workbook::open(path, Workbook::Mode::ReadOnly));
}

TEST_CASE("Creating over an existing file is refused and leaves it alone")
{
    TempDir dir;
    const auto path = dir.file("exists.cdwb");
    TempDir::writeAll(path, "precious");
    CHECK_THROWS_AS(Workbook::create(path), StorageError);
    CHECK(TempDir::readAll(path) == "precious");
}

TEST_CASE("Opening a missing file never creates one")
{
    TempDir dir;
    const auto path = dir.file("missing.cdwb");
    CHECK(openKind(path, Workbook::Mode::ReadOnly) == Kind::NotFound);
    CHECK(openKind(path, Workbook::Mode::ReadWrite) == Kind::NotFound);
    CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("A text file is not a workbook and is left exactly as it was")
{
    TempDir dir;
    const auto path = dir.file("notes.cdwb");
    const std::string text = "name,handle\nGiulia,@giulia\n";
    TempDir::writeAll(path, text);
    CHECK(openKind(path, Workbook::Mode::ReadWrite) == Kind::NotAWorkbook);
    CHECK(openMessage(path, Workbook::Mode::ReadWrite).find("not a CampaignDesk workbook") !=
          std::string::npos);
    CHECK(TempDir::readAll(path) == text);
    CHECK_FALSE(std::filesystem::exists(path + "-wal"));
}

TEST_CASE("An empty file is not a workbook")
{
    TempDir dir;
    const auto path = dir.file("empty.cdwb");
    TempDir::writeAll(path, "");
    CHECK(openKind(path, Workbook::Mode::ReadWrite) == Kind::NotAWorkbook);
    CHECK(std::filesystem::file_size(path) == 0);
}

TEST_CASE("Another application's SQLite file is refused untouched")
{
    TempDir dir;
    const auto path = dir.file("other.sqlite");
    {
        RawDb raw(path);
        raw.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1);");
    }
    const auto before = TempDir::readAll(path);
    CHECK(openKind(path, Workbook::Mode::ReadWrite) == Kind::NotAWorkbook);
    CHECK(openMessage(path, Workbook::Mode::ReadWrite).find("another application") !=
          std::string::npos);
    CHECK(TempDir::readAll(path) == before);
}

TEST_CASE("A workbook from a newer version is refused untouched")
{
    TempDir dir;
    const auto path = dir.file("future.cdwb");
    {
        auto wb = Workbook::create(path);
    }
    {
        RawDb raw(path);
        raw.exec("PRAGMA user_version = 99");
    }
    const auto before = TempDir::readAll(path);
    CHECK(openKind(path, Workbook::Mode::ReadWrite) == Kind::NewerVersion);
    CHECK(openMessage(path, Workbook::Mode::ReadWrite).find("newer version") != std::string::npos);
    CHECK(TempDir::readAll(path) == before);
}

TEST_CASE("A damaged workbook gives a clear error")
{
    TempDir dir;
    const auto path = dir.file("damaged.cdwb");
    {
        auto wb = Workbook::create(path);
        cd::core::Campaign c;
        c.name = "x";
        for (int i = 0; i < 200; ++i) {
            cd::storage::CampaignRepository(wb.db()).add(c);
        }
        wb.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    auto bytes = TempDir::readAll(path);
    REQUIRE(bytes.size() > 8192);
    for (std::size_t i = 4096 + 100; i < bytes.size(); i += 7) {
        bytes[i] = static_cast<char>(0xA5);
    }
    TempDir::writeAll(path, bytes);
    const auto kind = openKind(path, Workbook::Mode::ReadWrite);
    CHECK((kind == Kind::Corrupt || kind == Kind::NotAWorkbook));
    CHECK(TempDir::readAll(path) == bytes);
}

TEST_CASE("Migration from version 0 builds the schema in one step")
{
    TempDir dir;
    const auto path = dir.file("v0.cdwb");
    {
        RawDb raw(path);
        raw.exec("PRAGMA application_id = 1128560482");
    }
    {
        auto wb = Workbook::open(path, Workbook::Mode::ReadWrite);
        CHECK(wb.schemaVersion() == Workbook::kSchemaVersion);
        cd::core::Campaign c;
        c.name = "After migration";
        cd::storage::CampaignRepository(wb.db()).add(c);
        CHECK(c.id == 1);
    }
    // An old workbook cannot be upgraded through a read-only connection.
    const auto path2 = dir.file("v0-readonly.cdwb");
    {
        RawDb raw(path2);
        raw.exec("PRAGMA application_id = 1128560482");
    }
    CHECK(openKind(path2, Workbook::Mode::ReadOnly) == Kind::ReadOnly);
}

TEST_CASE("A read-only file opens for reading only")
{
    if (isRoot()) {
        WARN("running as root: file permissions do not stop root, so this case checks less");
    }
    TempDir dir;
    const auto path = dir.file("ro.cdwb");
    {
        auto wb = Workbook::create(path);
        cd::core::Campaign c;
        c.name = "Kept";
        cd::storage::CampaignRepository(wb.db()).add(c);
    }
    std::filesystem::permissions(path, std::filesystem::perms::owner_read |
                                           std::filesystem::perms::group_read);
    const auto before = TempDir::readAll(path);
    if (!isRoot()) {
        CHECK(openKind(path, Workbook::Mode::ReadWrite) == Kind::ReadOnly);
    }
    auto wb = Workbook::open(path, Workbook::Mode::ReadOnly);
    CHECK(wb.isReadOnly());
    CHECK(cd::storage::CampaignRepository(wb.db()).list().at(0).name == "Kept");
    cd::core::Campaign c;
    c.name = "Refused";
    try {
        cd::storage::CampaignRepository(wb.db()).add(c);
        FAIL("writing through a read-only workbook should fail");
    } catch (const StorageError& e) {
        CHECK(e.kind() == Kind::ReadOnly);
    }
    CHECK(TempDir::readAll(path) == before);
}

TEST_CASE("A workbook locked by another writer: the second writer waits, then gets a clear error")
{
    TempDir dir;
    const auto path = dir.file("locked.cdwb");
    {
        auto wb = Workbook::create(path);
    }
    RawDb other(path);
    other.exec(
        "PRAGMA busy_timeout = 0; BEGIN IMMEDIATE; INSERT INTO campaign(name) VALUES ('theirs');");
    auto wb = Workbook::open(path, Workbook::Mode::ReadWrite, 150);
    cd::core::Campaign c;
    c.name = "mine";
    try {
        cd::storage::CampaignRepository(wb.db()).add(c);
        FAIL("the write should have been refused while the other writer holds the lock");
    } catch (const StorageError& e) {
        CHECK(e.kind() == Kind::Locked);
        CHECK(std::string(e.what()).find("locked by another program") != std::string::npos);
    }
    other.exec("COMMIT");
    cd::storage::CampaignRepository(wb.db()).add(c);
    CHECK(cd::storage::CampaignRepository(wb.db()).list().size() == 2);
}

TEST_CASE("Migrating an older workbook first saves a copy of it, then upgrades step by step")
{
    TempDir dir;
    const auto path = dir.file("old.cdwb");
    {
        auto wb = Workbook::create(path);
        cd::core::Campaign c;
        c.name = "From version 1";
        cd::storage::CampaignRepository(wb.db()).add(c);
    }
    {
        // Turn the file back into a version-1 workbook, as an older CampaignDesk wrote it.
        RawDb raw(path);
        raw.exec("DROP TABLE team_member; DROP TABLE campaign_brief; DROP INDEX task_assignee; "
                 "ALTER TABLE contract DROP COLUMN assignee; "
                 "DROP TABLE task_history; DROP TABLE outreach_template; PRAGMA user_version = 1;");
    }
    const auto backup = Workbook::backupPathFor(path, 1);
    REQUIRE_FALSE(std::filesystem::exists(backup));
    {
        auto wb = Workbook::open(path, Workbook::Mode::ReadWrite);
        CHECK(wb.schemaVersion() == Workbook::kSchemaVersion);
        CHECK(cd::storage::CampaignRepository(wb.db()).list().at(0).name == "From version 1");
        wb.db().exec("INSERT INTO task_history (task_id, changed_on, field) SELECT 1, '', '' "
                     "WHERE 0"); // the new table exists
    }
    REQUIRE(std::filesystem::exists(backup));
    RawDb old(backup);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(old.db, "PRAGMA user_version", -1, &st, nullptr);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(sqlite3_column_int(st, 0) == 1);
    sqlite3_finalize(st);
    sqlite3_prepare_v2(old.db, "SELECT name FROM campaign", -1, &st, nullptr);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) ==
          "From version 1");
    sqlite3_finalize(st);
    // The old format is read-only for this version until opened once for writing.
    CHECK(openKind(backup, Workbook::Mode::ReadOnly) == Kind::ReadOnly);
}
