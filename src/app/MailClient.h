#pragma once

#include <QList>
#include <QUrl>

namespace cd::app {

// Hands mailto: URLs to the user's mail client (QDesktopServices::openUrl), so that a test can
// record them instead of starting a mail program (after the MessageBox seam).
class MailClient final {
public:
    MailClient() = delete;

    // False when no program took the URL.
    static bool open(const QUrl& url);

    // Test seam: while recording, nothing is opened; each URL is kept and open() succeeds.
    static void setRecording(bool recording);
    static QList<QUrl> takeOpened();
};

} // namespace cd::app
