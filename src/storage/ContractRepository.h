#pragma once

#include "core/Contract.h"

#include <optional>
#include <vector>

namespace cd::storage {

class Database;

class ContractRepository {
public:
    explicit ContractRepository(Database& db) : m_db(db) {}

    void add(core::Contract& contract);
    void update(core::Contract& contract);
    void remove(core::Id id);
    std::optional<core::Contract> get(core::Id id);
    std::vector<core::Contract> listByCampaign(core::Id campaignId);

private:
    void writeChildren(const core::Contract& contract);
    void readChildren(core::Contract& contract);
    Database& m_db;
};

} // namespace cd::storage
