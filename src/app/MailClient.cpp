#include "MailClient.h"

#include <QDesktopServices>

#include <utility>

namespace cd::app {

namespace {
bool g_recording = false;
QList<QUrl> g_opened;
} // namespace

bool MailClient::open(const QUrl& url)
{
    if (g_recording) {
        g_opened.append(url);
        return true;
    }
    return QDesktopServices::openUrl(url);
}

void MailClient::setRecording(bool recording)
{
    g_recording = recording;
    g_opened.clear();
}

QList<QUrl> MailClient::takeOpened()
{
    return std::exchange(g_opened, {});
}

} // namespace cd::app
