#pragma once

#include "core/PlanTemplate.h"

#include <vector>

namespace cd::storage {

class Database;

struct AppliedTemplate {
    std::vector<core::Id> taskIds;       // in template order: a parent before its children
    std::vector<core::Id> dependencyIds; // in template order
};

// Adds a template's tasks to a campaign in one transaction: they follow the campaign's
// existing top-level tasks, their planned starts are laid out by the scheduler from `start`,
// costs are in the campaign's currency, and their dependencies are created. A template with a
// problem (see core::instantiateTemplate) throws StorageError::Constraint and changes nothing;
// so does any failure on the way.
AppliedTemplate applyTemplate(Database& db, core::Id campaignId, const core::PlanTemplate& plan,
                              core::Date start);

} // namespace cd::storage
