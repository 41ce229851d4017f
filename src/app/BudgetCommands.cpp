#include "BudgetCommands.h"

#include "PaymentCommands.h"
#include "WorkbookDocument.h"

#include "core/Validation.h"
#include "storage/BudgetRepository.h"
#include "storage/StorageError.h"

#include <stdexcept>

namespace cd::app {

namespace {

template <class T> void requireValid(const T& value)
{
    for (const auto& issue : core::validate(value)) {
        if (issue.severity == core::Severity::Error) {
            throw std::runtime_error(issue.message);
        }
    }
}

} // namespace

EditBudgetLine::EditBudgetLine(WorkbookDocument& document, core::BudgetLine before,
                               core::BudgetLine after, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void EditBudgetLine::apply(const core::BudgetLine& state)
{
    writeBudget(*this, m_document, state.campaignId, [&](storage::Database& db) {
        storage::BudgetRepository repo(db);
        const auto current = repo.getLine(state.id);
        if (!current) {
            throw storage::StorageError(storage::StorageError::Kind::Missing,
                                        "The budget line no longer exists.");
        }
        core::BudgetLine written = state;
        written.version = current->version;
        requireValid(written);
        repo.updateLine(written);
    });
}

AddRemoveBudgetLine::AddRemoveBudgetLine(WorkbookDocument& document, core::BudgetLine line,
                                         bool remove, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_line(std::move(line)), m_remove(remove)
{
}

void AddRemoveBudgetLine::redo()
{
    m_remove ? removeLine() : add();
}

void AddRemoveBudgetLine::undo()
{
    m_remove ? add() : removeLine();
}

void AddRemoveBudgetLine::add()
{
    core::BudgetLine written = m_line;
    const bool ok = writeBudget(*this, m_document, m_line.campaignId, [&](storage::Database& db) {
        requireValid(written);
        storage::BudgetRepository repo(db);
        if (written.id == 0) {
            repo.addLine(written);
        } else {
            repo.restoreLine(written);
        }
        // Deleting the line unlinked its payments (ON DELETE SET NULL): link them again.
        for (const core::Id id : m_linkedPayments) {
            if (auto payment = repo.getPayment(id); payment && !payment->budgetLineId) {
                payment->budgetLineId = written.id;
                repo.updatePayment(*payment);
            }
        }
    });
    if (ok) {
        m_line.id = written.id;
    }
}

void AddRemoveBudgetLine::removeLine()
{
    std::vector<core::Id> linked;
    const bool ok = writeBudget(*this, m_document, m_line.campaignId, [&](storage::Database& db) {
        storage::BudgetRepository repo(db);
        const auto current = repo.getLine(m_line.id);
        if (!current) {
            throw storage::StorageError(storage::StorageError::Kind::Missing,
                                        "The budget line no longer exists.");
        }
        m_line = *current; // its latest values are what undo puts back
        for (const auto& payment : repo.paymentsOfCampaign(m_line.campaignId)) {
            if (payment.budgetLineId == m_line.id) {
                linked.push_back(payment.id);
            }
        }
        repo.removeLine(m_line.id);
    });
    if (ok) {
        m_linkedPayments = std::move(linked);
    }
}

RemovePayment::RemovePayment(WorkbookDocument& document, core::Payment payment, const QString& text,
                             QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_payment(std::move(payment))
{
}

void RemovePayment::redo()
{
    writeBudget(*this, m_document, m_payment.campaignId, [&](storage::Database& db) {
        storage::BudgetRepository repo(db);
        const auto current = repo.getPayment(m_payment.id);
        if (!current) {
            throw storage::StorageError(storage::StorageError::Kind::Missing,
                                        "The payment no longer exists.");
        }
        m_payment = *current;
        repo.removePayment(m_payment.id);
    });
}

void RemovePayment::undo()
{
    writeBudget(*this, m_document, m_payment.campaignId, [&](storage::Database& db) {
        core::Payment restored = m_payment;
        storage::BudgetRepository(db).restorePayment(restored);
    });
}

} // namespace cd::app
