#include "BusyNotice.h"

#include <QGuiApplication>
#include <QStatusBar>

namespace cd::app {

BusyNotice::BusyNotice(QStatusBar* statusBar, const QString& message)
    : m_statusBar(statusBar), m_message(message)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    if (m_statusBar && !m_message.isEmpty()) {
        m_statusBar->showMessage(m_message);
        m_statusBar->repaint();
    }
}

BusyNotice::~BusyNotice()
{
    QGuiApplication::restoreOverrideCursor();
    // A message shown meanwhile (an error, a result) stays.
    if (m_statusBar && !m_message.isEmpty() && m_statusBar->currentMessage() == m_message) {
        m_statusBar->clearMessage();
    }
}

} // namespace cd::app
