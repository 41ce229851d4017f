#pragma once

#include <QUndoCommand>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Contract.h"

namespace cd::app {

class WorkbookDocument;

// One edit of one contract, from one state of it to another (the whole contract, so that a
// field edit, "Sign" and a detail-form change are all the same command). Holds the contract's id
// and both states, never a model index; each redo()/undo() re-reads the row for its current
// version and writes in one transaction. A failed write makes the command obsolete and tells
// the user why.
class EditContract final : public QUndoCommand {
public:
    EditContract(WorkbookDocument& document, core::Contract before, core::Contract after,
                 const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    core::Id contractId() const { return m_after.id; }

private:
    void apply(const core::Contract& state);

    WorkbookDocument& m_document;
    core::Contract m_before;
    core::Contract m_after;
};

} // namespace cd::app
