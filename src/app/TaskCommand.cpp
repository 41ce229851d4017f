#include "TaskCommand.h"

#include "WorkbookDocument.h"

#include "core/Validation.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/TaskRepository.h"

#include <spdlog/spdlog.h>

#include <stdexcept>

namespace cd::app {

TaskCommand::TaskCommand(WorkbookDocument& document, core::Id campaignId, const QString& text,
                         QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_campaignId(campaignId)
{
}

bool TaskCommand::write(const std::function<void(storage::Database&)>& work)
{
    try {
        storage::Database& db = m_document.workbook().db();
        storage::Transaction tx(db);
        work(db);
        tx.commit();
    } catch (const std::exception& e) {
        spdlog::warn("{} failed: {}", text().toStdString(), e.what());
        setObsolete(true);
        // The views may hold values the failed write assumed; they re-read the file.
        m_document.notifyChanged(WorkbookDocument::Scope::Tasks, m_campaignId);
        m_document.reportFailure(text(), QString::fromStdString(e.what()));
        return false;
    }
    m_document.notifyChanged(WorkbookDocument::Scope::Tasks, m_campaignId);
    return true;
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
