#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QMenu;
class QWidget;

namespace cd::app {

// The Help menu: User Guide (F1) opens docs/user-guide.md, with its screenshots, in a window of
// its own (compiled in, so it works offline wherever the app is installed); About CampaignDesk
// shows the version and the licence; About Qt, Qt's own.
class HelpActions final : public QObject {
    Q_OBJECT

public:
    HelpActions(QWidget& window, QMenu* menu);

    // Shows (or raises) the user guide window and returns it.
    QDialog* showUserGuide();
    void showAbout();

private:
    QWidget& m_window;
    QPointer<QDialog> m_guide;
};

} // namespace cd::app
