#pragma once

#include "Date.h"
#include "Enums.h"
#include "Ids.h"
#include "Money.h"

#include <optional>
#include <string>

namespace cd::core {

// A node of a campaign's Work Breakdown Structure.
struct Task {
    Id id = 0;
    RowVersion version = 0;
    Id campaignId = 0;
    std::optional<Id> parentId; // none for a top-level deliverable
    int position = 0;           // order among its siblings, from 0
    std::string name;
    TaskKind kind = TaskKind::Task;
    std::string phase;
    OwnerRole ownerRole = OwnerRole::Unassigned;
    std::string assignee;
    TaskStatus status = TaskStatus::NotStarted;
    OptionalDate plannedStart;
    int durationDays = 0;
    OptionalDate actualStart;
    OptionalDate actualFinish;
    double percentComplete = 0.0; // 0 … 100
    Money costEstimate = Money::zero("EUR");
    int bufferDays = 0;
    std::optional<Id> influencerId;
    std::string notes;

    // The planned finish: the last day of work (a one-day task starts and finishes the same day).
    OptionalDate plannedFinish() const
    {
        if (!plannedStart) {
            return std::nullopt;
        }
        return plannedStart->addDays(durationDays > 0 ? durationDays - 1 : 0);
    }

    bool operator==(const Task&) const = default;
};

struct Dependency {
    Id id = 0;
    Id predecessorId = 0;
    Id successorId = 0;
    DependencyType type = DependencyType::FS;
    int lagDays = 0;

    bool operator==(const Dependency&) const = default;
};

} // namespace cd::core
