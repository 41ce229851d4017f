#include "ContractAddRemove.h"

#include "PaymentCommands.h"
#include "WorkbookDocument.h"

#include "core/Validation.h"

#include <stdexcept>

namespace cd::app {

namespace {

void requireValid(const core::Contract& contract)
{
    for (const auto& issue : core::validate(contract)) {
        if (issue.severity == core::Severity::Error) {
            throw std::runtime_error(issue.message);
        }
    }
}

} // namespace

AddContract::AddContract(WorkbookDocument& document, core::Contract contract, const QString& text,
                         QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_contract(std::move(contract))
{
}

void AddContract::redo()
{
    core::Contract written = m_contract;
    const bool ok =
        writeBudget(*this, m_document, m_contract.campaignId, [&](storage::Database& db) {
            requireValid(written);
            storage::ContractRepository repo(db);
            if (written.id == 0) {
                repo.add(written);
            } else {
                repo.restore(written);
            }
        });
    if (ok) {
        m_contract.id = written.id;
    }
}

void AddContract::undo()
{
    writeBudget(*this, m_document, m_contract.campaignId, [&](storage::Database& db) {
        storage::ContractRepository(db).removeWithPayments(m_contract.id);
    });
}

RemoveContract::RemoveContract(WorkbookDocument& document, core::Id campaignId, core::Id contractId,
                               const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_campaignId(campaignId),
      m_contractId(contractId)
{
}

void RemoveContract::redo()
{
    writeBudget(*this, m_document, m_campaignId, [&](storage::Database& db) {
        m_removed = storage::ContractRepository(db).removeWithPayments(m_contractId);
    });
}

void RemoveContract::undo()
{
    writeBudget(*this, m_document, m_campaignId, [&](storage::Database& db) {
        storage::RemovedContract removed = m_removed;
        storage::ContractRepository(db).restore(removed);
    });
}

} // namespace cd::app
