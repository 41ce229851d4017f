#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>

class QWidget;

namespace cd::app {

// Every message box of the app goes through here, so that a test can answer it without a modal
// dialog (after KeePassXC's MessageBox::setNextAnswer). Text is always shown as plain text:
// messages quote file names and user data, which must never be taken for markup.
class MessageBox final {
public:
    struct Record {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
    };

    MessageBox() = delete;

    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title,
                                                const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    // Test seam: while recording, nothing is shown; each message is recorded and answered with
    // the next answer (once), else with the default button.
    static void setRecording(bool recording);
    static bool isRecording();
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QList<Record> takeRecords();

private:
    static QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon,
                                            const QString& title, const QString& text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace cd::app
