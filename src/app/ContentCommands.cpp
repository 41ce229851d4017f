#include "ContentCommands.h"

#include "WorkbookDocument.h"

#include "core/Validation.h"
#include "storage/ContentRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <stdexcept>

namespace cd::app {

namespace {

void requireValid(const core::ContentItem& item)
{
    for (const auto& issue : core::validate(item)) {
        if (issue.severity == core::Severity::Error) {
            throw std::runtime_error(issue.message);
        }
    }
}

[[noreturn]] void throwMissing()
{
    throw storage::StorageError(storage::StorageError::Kind::Missing,
                                "The content item no longer exists.");
}

} // namespace

bool writeContent(QUndoCommand& command, WorkbookDocument& document, core::Id campaignId,
                  const std::function<void(storage::Database&)>& work)
{
    const auto scopes = WorkbookDocument::Scopes(WorkbookDocument::Scope::Content) |
                        WorkbookDocument::Scope::Contracts | WorkbookDocument::Scope::Budget;
    return document.write(command, scopes, campaignId, work);
}

ChangeContentField::ChangeContentField(WorkbookDocument& document, core::Id campaignId,
                                       core::Id itemId, ContentField field, ContentValue before,
                                       ContentValue after, const QString& text,
                                       QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_campaignId(campaignId), m_itemId(itemId),
      m_field(field), m_before(std::move(before)), m_after(std::move(after))
{
}

void ChangeContentField::apply(const ContentValue& value)
{
    writeContent(*this, m_document, m_campaignId, [&](storage::Database& db) {
        storage::ContentRepository repo(db);
        auto current = repo.get(m_itemId);
        if (!current) {
            throwMissing();
        }
        if (!setFieldValue(*current, m_field, value)) {
            throw std::logic_error("A content field was given a value of the wrong kind.");
        }
        requireValid(*current);
        repo.update(*current);
    });
}

AddContent::AddContent(WorkbookDocument& document, core::ContentItem item, const QString& text,
                       QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_item(std::move(item))
{
    m_item.id = 0;
}

void AddContent::redo()
{
    core::ContentItem written = m_item;
    const bool ok = writeContent(*this, m_document, m_item.campaignId, [&](storage::Database& db) {
        requireValid(written);
        storage::ContentRepository repo(db);
        if (written.id == 0) {
            repo.add(written);
        } else {
            repo.restore(written);
        }
    });
    if (ok) {
        m_item.id = written.id;
    }
}

void AddContent::undo()
{
    writeContent(*this, m_document, m_item.campaignId, [&](storage::Database& db) {
        storage::ContentRepository repo(db);
        // Put back what undo removes as it is now, so redo restores the same row.
        const auto current = repo.get(m_item.id);
        if (!current) {
            throwMissing();
        }
        m_item = *current;
        repo.remove(m_item.id);
    });
}

DeleteContent::DeleteContent(WorkbookDocument& document, core::Id campaignId,
                             std::vector<core::Id> itemIds, const QString& text,
                             QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_campaignId(campaignId),
      m_itemIds(std::move(itemIds))
{
}

void DeleteContent::redo()
{
    std::vector<core::ContentItem> removed;
    const bool ok = writeContent(*this, m_document, m_campaignId, [&](storage::Database& db) {
        storage::ContentRepository repo(db);
        for (const core::Id id : m_itemIds) {
            auto current = repo.get(id);
            if (!current) {
                throwMissing();
            }
            removed.push_back(std::move(*current));
            repo.remove(id);
        }
    });
    if (ok) {
        m_removed = std::move(removed);
    }
}

void DeleteContent::undo()
{
    writeContent(*this, m_document, m_campaignId, [&](storage::Database& db) {
        storage::ContentRepository repo(db);
        for (const auto& item : m_removed) {
            repo.restore(item);
        }
    });
}

} // namespace cd::app
