#pragma once

#include "core/Budget.h"
#include "core/Contract.h"

#include <optional>
#include <vector>

namespace cd::storage {

class Database;

// A contract as it was removed, with the payments that went with it: enough to put it back
// exactly, under the same ids (later undo steps refer to them).
struct RemovedContract {
    core::Contract contract; // with its deliverables and shipments
    std::vector<core::Payment> payments;
};

class ContractRepository {
public:
    explicit ContractRepository(Database& db) : m_db(db) {}

    void add(core::Contract& contract);
    void update(core::Contract& contract);
    void remove(core::Id id);
    std::optional<core::Contract> get(core::Id id);
    std::vector<core::Contract> listByCampaign(core::Id campaignId);

    // Removes the contract, its deliverables and shipments and the payments scheduled under it,
    // in one transaction. A payment outlives its contract only as an orphan, so it goes with it
    // and comes back with it. StorageError Missing when the id is gone.
    RemovedContract removeWithPayments(core::Id id);
    // Puts a removed contract back under its old id with its children and payments. Also
    // redoes an addition under the id it first got. Sets the versions of what it wrote.
    // StorageError Constraint when the id or the (campaign, influencer) pair is taken.
    void restore(RemovedContract& removed);
    void restore(core::Contract& contract);

private:
    void insert(core::Contract& contract, bool keepId);
    void writeChildren(const core::Contract& contract);
    void readChildren(core::Contract& contract);
    Database& m_db;
};

} // namespace cd::storage
