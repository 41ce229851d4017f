#pragma once

#include <QDialog>
#include <QPointer>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Team.h"

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace cd::app {

class WorkbookDocument;

// Campaign ▸ Team…: the people of the workbook's team, the roles each holds (strategy, creator
// management, analytics, operations) and how many tasks and contracts name them. Names and
// e-mails are edited in place, roles ticked; every change is one step on the document's undo
// stack (Ctrl+Z works in the dialog too), and a rename follows into tasks and contracts.
class TeamDialog final : public QDialog {
    Q_OBJECT

public:
    enum Column { Name, Email, FirstRole, TaskCount = FirstRole + 4, ContractCount, ColumnCount };

    TeamDialog(WorkbookDocument& document, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* rolesSummary() const { return m_roles; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

    // Re-reads the team from the workbook.
    void reload();
    // Adds "New person" (numbered when taken) and starts editing the name; returns its id.
    core::Id addPerson();
    // Removes the selected person after confirmation when tasks or contracts name them (the
    // MessageBox seam); false when nothing was removed.
    bool removeSelected();
    // The row of the person with `id`, or -1.
    int rowOf(core::Id id) const;

private:
    void itemChanged(QTableWidgetItem* item);
    void updateButtons();
    int rowCount() const { return static_cast<int>(m_team.size()); }

    QPointer<WorkbookDocument> m_document;
    QTableWidget* m_table = nullptr;
    QLabel* m_roles = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    std::vector<core::TeamMember> m_team;
    bool m_filling = false;
};

} // namespace cd::app
