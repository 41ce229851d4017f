#pragma once

#include "core/Budget.h"

#include <optional>
#include <vector>

namespace cd::storage {

class Database;

// Budget lines and payments of campaigns.
class BudgetRepository {
public:
    explicit BudgetRepository(Database& db) : m_db(db) {}

    void addLine(core::BudgetLine& line);
    // Inserts `line` under its own id (undo of a removal, redo of an addition): later undo
    // steps refer to that id. Sets line.version.
    void restoreLine(core::BudgetLine& line);
    void updateLine(core::BudgetLine& line);
    void removeLine(core::Id id);
    std::optional<core::BudgetLine> getLine(core::Id id);
    std::vector<core::BudgetLine> linesOfCampaign(core::Id campaignId);

    void addPayment(core::Payment& payment);
    // As restoreLine, for a payment.
    void restorePayment(core::Payment& payment);
    void updatePayment(core::Payment& payment);
    void removePayment(core::Id id);
    std::optional<core::Payment> getPayment(core::Id id);
    std::vector<core::Payment> paymentsOfCampaign(core::Id campaignId);

private:
    void insertLine(core::BudgetLine& line, bool keepId);
    void insertPayment(core::Payment& payment, bool keepId);
    Database& m_db;
};

} // namespace cd::storage
