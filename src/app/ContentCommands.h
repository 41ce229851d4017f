#pragma once

#include <QUndoCommand>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "ContentField.h"

#include "core/Content.h"

#include <functional>
#include <vector>

namespace cd::storage {
class Database;
}

namespace cd::app {

class WorkbookDocument;

// One field of one content item from one value to another (after Tiled's ChangeValue): every
// inline edit of the Content table. Holds the item's id and both values, never a model index;
// each redo()/undo() re-reads the row and writes only this field, so that edits of other fields
// made since stay as they are.
class ChangeContentField final : public QUndoCommand {
public:
    ChangeContentField(WorkbookDocument& document, core::Id campaignId, core::Id itemId,
                       ContentField field, ContentValue before, ContentValue after,
                       const QString& text, QUndoCommand* parent = nullptr);

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

    core::Id itemId() const { return m_itemId; }
    ContentField field() const { return m_field; }

private:
    void apply(const ContentValue& value);

    WorkbookDocument& m_document;
    core::Id m_campaignId = 0;
    core::Id m_itemId = 0;
    ContentField m_field;
    ContentValue m_before;
    ContentValue m_after;
};

// Adds one content item. The first redo() gives it a new id; undo() removes it and every later
// redo() puts it back under that same id, which later commands on the stack refer to.
class AddContent final : public QUndoCommand {
public:
    AddContent(WorkbookDocument& document, core::ContentItem item, const QString& text,
               QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    // 0 until the first successful redo().
    core::Id itemId() const { return m_item.id; }

private:
    WorkbookDocument& m_document;
    core::ContentItem m_item;
};

// Deletes content items; undo() puts each back exactly as it was, under its old id.
class DeleteContent final : public QUndoCommand {
public:
    DeleteContent(WorkbookDocument& document, core::Id campaignId, std::vector<core::Id> itemIds,
                  const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    WorkbookDocument& m_document;
    core::Id m_campaignId = 0;
    std::vector<core::Id> m_itemIds;
    // The rows as they were when redo() removed them.
    std::vector<core::ContentItem> m_removed;
};

// Runs `work` in one writing transaction; on failure makes `command` obsolete and reports it.
// Either way tells the views that the campaign's content (and what is computed from it:
// performance fees, hence contracts and budget) may have moved.
bool writeContent(QUndoCommand& command, WorkbookDocument& document, core::Id campaignId,
                  const std::function<void(storage::Database&)>& work);

} // namespace cd::app
