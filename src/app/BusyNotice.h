#pragma once

#include <QPointer>
#include <QString>

class QStatusBar;

namespace cd::app {

// While alive: the wait cursor and, given a status bar, a message there ("Opening big.cdwb…"),
// painted at once because the work that follows blocks the event loop. For operations that take
// a second or so and report no progress of their own.
class BusyNotice final {
public:
    explicit BusyNotice(QStatusBar* statusBar = nullptr, const QString& message = {});
    ~BusyNotice();
    BusyNotice(const BusyNotice&) = delete;
    BusyNotice& operator=(const BusyNotice&) = delete;

private:
    QPointer<QStatusBar> m_statusBar;
    QString m_message;
};

} // namespace cd::app
