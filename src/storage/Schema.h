#pragma once

namespace cd::storage {

class Database;

// Brings a workbook from its schema version (PRAGMA user_version) to Workbook::kSchemaVersion,
// one step at a time, all inside one transaction: a failed step leaves the file as it was.
void migrate(Database& db);

} // namespace cd::storage
