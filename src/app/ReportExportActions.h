#pragma once

#include <QObject>
#include <QString>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "report/KpiReport.h"

#include <optional>

class QAction;
class QMenu;

namespace cd::app {

class MainWindow;

// File ▸ Export KPI Report… (Ctrl+E): previews the selected campaign's one-page report with a
// choice of page size, saves it where the user says (FileDialog seam) and offers to open it in
// the system's PDF viewer (MessageBox seam).
class ReportExportActions final : public QObject {
    Q_OBJECT

public:
    ReportExportActions(MainWindow& window, QMenu* fileMenu, QAction* before);

    QAction* exportAction() const { return m_export; }
    void exportReport();

    // Test seam: the next export takes this page size instead of showing the preview dialog
    // (nullopt: Cancel).
    static void setNextPageFormat(std::optional<report::PageFormat> format);
    // Test seam: instead of opening the saved file in a viewer, remembers its path.
    static void setOpenUrlRecorder(QString* openedPath);

private:
    std::optional<report::PageFormat> askPageFormat(const report::ReportInput& input);
    void updateEnabled();

    MainWindow& m_window;
    QAction* m_export = nullptr;
};

} // namespace cd::app
