#pragma once

#include "Enums.h"
#include "Ids.h"

#include <string>
#include <string_view>
#include <vector>

namespace cd::core {

// A person of the team running campaigns, with the roles they hold (strategy, creator
// management, analytics, operations). Tasks and contracts name their person by `name`.
struct TeamMember {
    Id id = 0;
    RowVersion version = 0;
    std::string name;
    std::string email;
    // Each role at most once, in the order of OwnerRole; never OwnerRole::Unassigned.
    std::vector<OwnerRole> roles;

    bool holds(OwnerRole role) const;
    bool operator==(const TeamMember&) const = default;
};

// The roles a person can hold, in display order (Unassigned is not one).
std::vector<OwnerRole> teamRoles();

// "strategy,analytics": the stored form of a set of roles, in OwnerRole order, each once.
std::string rolesToKeys(const std::vector<OwnerRole>& roles);
// The inverse: unknown keys and blanks are skipped; the result is sorted and unique.
std::vector<OwnerRole> rolesFromKeys(std::string_view keys);
// Sorted in OwnerRole order, duplicates and Unassigned dropped.
std::vector<OwnerRole> normalizedRoles(std::vector<OwnerRole> roles);

// A person's name as kept: surrounding blanks removed, inner runs of blanks made one space.
std::string normalizedPersonName(std::string_view name);

// The team sorted by name for display (case-insensitive, then by id).
void sortTeam(std::vector<TeamMember>& team);

// The people holding `role`, in the team's order.
std::vector<const TeamMember*> holdersOf(const std::vector<TeamMember>& team, OwnerRole role);

} // namespace cd::core
