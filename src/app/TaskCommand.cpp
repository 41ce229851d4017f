#include "TaskCommand.h"

#include "WorkbookDocument.h"

#include "core/Validation.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"

#include <stdexcept>

namespace cd::app {

TaskCommand::TaskCommand(WorkbookDocument& document, core::Id campaignId, const QString& text,
                         QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_campaignId(campaignId)
{
}

bool TaskCommand::write(const std::function<void(storage::Database&)>& work)
{
    return m_document.write(*this, WorkbookDocument::Scope::Tasks, m_campaignId, work);
}

TaskChange changeTask(storage::Database& db, core::Id taskId,
                      const std::function<void(core::Task&)>& change)
{
    storage::TaskRepository repo(db);
    auto task = repo.get(taskId);
    if (!task) {
        throw storage::StorageError(storage::StorageError::Kind::Missing,
                                    "The task no longer exists.");
    }
    TaskChange result{*task, *task};
    change(result.after);
    for (const auto& issue : core::validate(result.after)) {
        if (issue.severity == core::Severity::Error) {
            throw std::runtime_error(issue.message);
        }
    }
    repo.update(result.after);
    return result;
}

} // namespace cd::app
