#pragma once

#include <QUndoCommand>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Budget.h"

#include <functional>
#include <vector>

namespace cd::storage {
class Database;
}

namespace cd::app {

class WorkbookDocument;

// Records new payments (e.g. the schedule a contract's terms call for) as one undoable step.
// redo() adds them (fresh ids the first time, the same ids after an undo), undo() removes them.
class AddPayments final : public QUndoCommand {
public:
    AddPayments(WorkbookDocument& document, core::Id campaignId,
                std::vector<core::Payment> payments, const QString& text,
                QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    const std::vector<core::Id>& addedIds() const { return m_added; }

private:
    WorkbookDocument& m_document;
    core::Id m_campaignId = 0;
    std::vector<core::Payment> m_payments;
    std::vector<core::Id> m_added;
};

// One payment from one state to another (amount, dates, description; "Mark paid").
class EditPayment final : public QUndoCommand {
public:
    EditPayment(WorkbookDocument& document, core::Payment before, core::Payment after,
                const QString& text, QUndoCommand* parent = nullptr);

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const core::Payment& state);

    WorkbookDocument& m_document;
    core::Payment m_before;
    core::Payment m_after;
};

// Runs `work` in one writing transaction; on failure makes `command` obsolete and reports it.
// Either way tells the views that the campaign's budget (and contracts) may have moved.
bool writeBudget(QUndoCommand& command, WorkbookDocument& document, core::Id campaignId,
                 const std::function<void(storage::Database&)>& work);

} // namespace cd::app
