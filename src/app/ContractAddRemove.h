#pragma once

#include <QUndoCommand>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Contract.h"
#include "storage/ContractRepository.h"

namespace cd::app {

class WorkbookDocument;

// Adds a contract (after Tiled's AddRemoveLayer). The first redo() gives it a fresh id; undo()
// removes it and every later redo() puts it back under that same id, which later commands on the
// stack refer to.
class AddContract final : public QUndoCommand {
public:
    AddContract(WorkbookDocument& document, core::Contract contract, const QString& text,
                QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    // 0 until the first successful redo().
    core::Id contractId() const { return m_contract.id; }

private:
    WorkbookDocument& m_document;
    core::Contract m_contract;
};

// Deletes a contract with its deliverables, shipments and payments; undo() restores them all
// under their old ids.
class RemoveContract final : public QUndoCommand {
public:
    RemoveContract(WorkbookDocument& document, core::Id campaignId, core::Id contractId,
                   const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    WorkbookDocument& m_document;
    core::Id m_campaignId = 0;
    core::Id m_contractId = 0;
    storage::RemovedContract m_removed;
};

} // namespace cd::app
