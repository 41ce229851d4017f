#pragma once

#include <QObject>
#include <QString>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "report/KpiReport.h"

class QAction;
class QMenu;

namespace cd::app {

class MainWindow;

// File ▸ Export Brief PDF…: saves the selected campaign's brief and style guide as a one-page
// PDF to hand to influencers, where the user says (FileDialog seam), in the page size of the
// system's locale (Letter where the US system of measurement is used, else A4), and offers to
// open it (MessageBox seam). An empty brief is refused with a message saying where to write it.
class BriefExportAction final : public QObject {
    Q_OBJECT

public:
    BriefExportAction(MainWindow& window, QMenu* fileMenu, QAction* before);

    QAction* exportAction() const { return m_export; }
    void exportBrief();

    static report::PageFormat defaultPageFormat();
    // Test seam: instead of opening the saved file in a viewer, remembers its path.
    static void setOpenUrlRecorder(QString* openedPath);

private:
    void updateEnabled();

    MainWindow& m_window;
    QAction* m_export = nullptr;
};

} // namespace cd::app
