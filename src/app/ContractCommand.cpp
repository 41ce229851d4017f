#include "ContractCommand.h"

#include "WorkbookDocument.h"

#include "core/Validation.h"
#include "storage/ContractRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <stdexcept>

namespace cd::app {

EditContract::EditContract(WorkbookDocument& document, core::Contract before, core::Contract after,
                           const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void EditContract::redo()
{
    apply(m_after);
}

void EditContract::undo()
{
    apply(m_before);
}

void EditContract::apply(const core::Contract& state)
{
    // Contracts move the budget's contract figures too.
    const auto scopes = WorkbookDocument::Scopes(WorkbookDocument::Scope::Contracts) |
                        WorkbookDocument::Scope::Budget;
    m_document.write(*this, scopes, m_after.campaignId, [&state](storage::Database& db) {
        storage::ContractRepository repo(db);
        const auto current = repo.get(state.id);
        if (!current) {
            throw storage::StorageError(storage::StorageError::Kind::Missing,
                                        "The contract no longer exists.");
        }
        core::Contract written = state;
        // The row may have been written since this command was made (by its own redo/undo).
        written.version = current->version;
        for (const auto& issue : core::validate(written)) {
            if (issue.severity == core::Severity::Error) {
                throw std::runtime_error(issue.message);
            }
        }
        repo.update(written);
    });
}

} // namespace cd::app
