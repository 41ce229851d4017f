#pragma once

#include "core/Outreach.h"

#include <optional>
#include <vector>

namespace cd::storage {

class Database;

// The outreach e-mail templates of the workbook (table outreach_template, schema version 3).
class OutreachRepository {
public:
    explicit OutreachRepository(Database& db) : m_db(db) {}

    // Sets the template's id and version.
    void add(core::OutreachTemplate& outreachTemplate);
    // Inserts the template under its own id (undo of a removal, redo of an addition), so that
    // later undo steps can refer to it. Sets its version.
    void restore(core::OutreachTemplate& outreachTemplate);
    // Writes name, subject and body if nobody changed the row since it was read (else throws a
    // Conflict); moves the version on.
    void update(core::OutreachTemplate& outreachTemplate);
    void remove(core::Id id);
    std::optional<core::OutreachTemplate> get(core::Id id);
    // All templates, by name (then id).
    std::vector<core::OutreachTemplate> list();

private:
    void insert(core::OutreachTemplate& outreachTemplate, bool keepId);

    Database& m_db;
};

} // namespace cd::storage
