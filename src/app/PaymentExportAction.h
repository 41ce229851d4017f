#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace cd::app {

class MainWindow;

// File ▸ Export Payments…: the Budget tab's payments CSV export (FileDialog seam, formula-safe
// cells) reachable from the menu, for the selected campaign.
class PaymentExportAction final : public QObject {
    Q_OBJECT

public:
    PaymentExportAction(MainWindow& window, QMenu* fileMenu, QAction* before);

    QAction* action() const { return m_action; }
    // False when nothing was written (no campaign, cancelled, or the file could not be written).
    bool exportPayments();

private:
    void updateEnabled();

    MainWindow& m_window;
    QAction* m_action = nullptr;
};

} // namespace cd::app
