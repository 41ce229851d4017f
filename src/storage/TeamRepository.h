#pragma once

#include "core/Team.h"

#include <optional>
#include <string>
#include <vector>

namespace cd::storage {

class Database;

// How much of the workbook names a person: their tasks and contracts, in every campaign.
struct Assignments {
    int tasks = 0;
    int contracts = 0;
    bool operator==(const Assignments&) const = default;
};

// The team of the workbook (table team_member, schema version 4). Tasks and contracts name
// their person in their `assignee` text, so renaming a person renames it there too, in the
// same transaction; removing a person leaves those names as they are (nothing is lost, and
// undo puts the person back).
class TeamRepository {
public:
    explicit TeamRepository(Database& db) : m_db(db) {}

    // Sets the member's id and version. The name is normalised (blanks) and must be new:
    // an empty or taken name throws StorageError::Constraint with a message for people.
    void add(core::TeamMember& member);
    // Inserts the member under its own id (undo of a removal, redo of an addition).
    void restore(core::TeamMember& member);
    // Writes name, e-mail and roles if nobody changed the row since it was read (else a
    // Conflict). A new name is written into every task and contract that named the old one;
    // returns how many were renamed.
    Assignments update(core::TeamMember& member);
    void remove(core::Id id);
    std::optional<core::TeamMember> get(core::Id id);
    std::optional<core::TeamMember> findByName(const std::string& name);
    // The whole team, by name (ignoring case), then id.
    std::vector<core::TeamMember> list();
    // The tasks and contracts that name `name`.
    Assignments assignmentsOf(const std::string& name);

private:
    void insert(core::TeamMember& member, bool keepId);
    void requireFreeName(const std::string& name, core::Id except);

    Database& m_db;
};

} // namespace cd::storage
