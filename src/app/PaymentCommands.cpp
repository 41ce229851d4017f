#include "PaymentCommands.h"

#include "WorkbookDocument.h"

#include "core/Validation.h"
#include "storage/BudgetRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <stdexcept>

namespace cd::app {

bool writeBudget(QUndoCommand& command, WorkbookDocument& document, core::Id campaignId,
                 const std::function<void(storage::Database&)>& work)
{
    const auto scopes = WorkbookDocument::Scopes(WorkbookDocument::Scope::Budget) |
                        WorkbookDocument::Scope::Contracts;
    return document.write(command, scopes, campaignId, work);
}

AddPayments::AddPayments(WorkbookDocument& document, core::Id campaignId,
                         std::vector<core::Payment> payments, const QString& text,
                         QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_campaignId(campaignId),
      m_payments(std::move(payments))
{
}

void AddPayments::redo()
{
    std::vector<core::Payment> written = m_payments;
    const bool ok = writeBudget(*this, m_document, m_campaignId, [&](storage::Database& db) {
        storage::BudgetRepository repo(db);
        for (core::Payment& payment : written) {
            payment.campaignId = m_campaignId;
            // A redo after an undo puts the payments back under the ids later commands know.
            if (payment.id == 0) {
                repo.addPayment(payment);
            } else {
                repo.restorePayment(payment);
            }
        }
    });
    if (ok) {
        m_added.clear();
        for (const auto& payment : written) {
            m_added.push_back(payment.id);
        }
        m_payments = std::move(written);
    }
}

void AddPayments::undo()
{
    writeBudget(*this, m_document, m_campaignId, [&](storage::Database& db) {
        storage::BudgetRepository repo(db);
        for (const core::Id id : m_added) {
            repo.removePayment(id);
        }
    });
    m_added.clear();
}

EditPayment::EditPayment(WorkbookDocument& document, core::Payment before, core::Payment after,
                         const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void EditPayment::apply(const core::Payment& state)
{
    writeBudget(*this, m_document, state.campaignId, [&](storage::Database& db) {
        storage::BudgetRepository repo(db);
        const auto current = repo.getPayment(state.id);
        if (!current) {
            throw storage::StorageError(storage::StorageError::Kind::Missing,
                                        "The payment no longer exists.");
        }
        core::Payment written = state;
        written.version = current->version;
        for (const auto& issue : core::validate(written)) {
            if (issue.severity == core::Severity::Error) {
                throw std::runtime_error(issue.message);
            }
        }
        repo.updatePayment(written);
    });
}

} // namespace cd::app
