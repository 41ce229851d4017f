#pragma once

#include <QDialog>
#include <QPointer>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Ids.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cd::app {

class WorkbookDocument;

// The history of one task's dates, read-only, newest last; the user can give the latest change
// its reason (an undoable edit). Follows the workbook: an undo that removes a change removes its
// row here too.
class TaskHistoryDialog final : public QDialog {
    Q_OBJECT

public:
    enum Column { When, Field, From, To, Reason, ColumnCount };

    TaskHistoryDialog(WorkbookDocument* document, core::Id campaignId, core::Id taskId,
                      const QString& taskTitle, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* saveReasonButton() const { return m_save; }

    // Re-reads the history from the workbook.
    void reload();
    // Gives the latest change (all the rows one edit wrote) the reason typed; false when there
    // is nothing to save.
    bool saveReason();

private:
    QPointer<WorkbookDocument> m_document;
    core::Id m_campaignId = 0;
    core::Id m_taskId = 0;
    QString m_latestReason;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace cd::app
