#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;

namespace cd::app {

class MainWindow;

// File ▸ Save a Copy… (Ctrl+Shift+S): writes a consistent, compacted copy of the open workbook
// (VACUUM INTO, safe while the CLI or another window writes) where the user says. The open
// workbook stays the one being edited, as in office apps' "Save a Copy". Also for read-only
// workbooks: copying is how a user gets an editable one off read-only media.
class WorkbookCopyAction final : public QObject {
    Q_OBJECT

public:
    WorkbookCopyAction(MainWindow& window, QMenu* fileMenu, QAction* before);

    QAction* action() const { return m_action; }
    // Asks for a file name (FileDialog seam) and writes the copy; false when cancelled or failed
    // (the reason has been shown).
    bool saveCopy();
    // Writes the copy to `target`, replacing a file the user chose to overwrite only once the new
    // copy is complete. Returns an empty string, or the one-line reason it failed.
    QString writeCopy(const QString& target);

private:
    void updateEnabled();

    MainWindow& m_window;
    QAction* m_action = nullptr;
};

} // namespace cd::app
