#pragma once

#include <QUndoCommand>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Budget.h"

#include <vector>

namespace cd::app {

class WorkbookDocument;

// One budget line from one state to another (category, description, planned, committed).
class EditBudgetLine final : public QUndoCommand {
public:
    EditBudgetLine(WorkbookDocument& document, core::BudgetLine before, core::BudgetLine after,
                   const QString& text, QUndoCommand* parent = nullptr);

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const core::BudgetLine& state);

    WorkbookDocument& m_document;
    core::BudgetLine m_before;
    core::BudgetLine m_after;
};

// Adds a budget line (`remove` false) or deletes one (`remove` true). The line keeps its id
// through undo and redo; a deleted line's payments point at it again after undo.
class AddRemoveBudgetLine final : public QUndoCommand {
public:
    AddRemoveBudgetLine(WorkbookDocument& document, core::BudgetLine line, bool remove,
                        const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    core::Id lineId() const { return m_line.id; }

private:
    void add();
    void removeLine();

    WorkbookDocument& m_document;
    core::BudgetLine m_line;
    bool m_remove = false;
    std::vector<core::Id> m_linkedPayments;
};

// Deletes one payment; undo() puts it back under its id.
class RemovePayment final : public QUndoCommand {
public:
    RemovePayment(WorkbookDocument& document, core::Payment payment, const QString& text,
                  QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    WorkbookDocument& m_document;
    core::Payment m_payment;
};

} // namespace cd::app
