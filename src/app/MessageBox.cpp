#include "MessageBox.h"

#include <optional>
#include <utility>

namespace cd::app {

namespace {
bool g_recording = false;
std::optional<QMessageBox::StandardButton> g_nextAnswer;
QList<MessageBox::Record> g_records;
} // namespace

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title,
                                                 const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBox::setRecording(bool recording)
{
    g_recording = recording;
    g_nextAnswer.reset();
    g_records.clear();
}

bool MessageBox::isRecording()
{
    return g_recording;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

QList<MessageBox::Record> MessageBox::takeRecords()
{
    return std::exchange(g_records, {});
}

QMessageBox::StandardButton MessageBox::show(QWidget* parent, QMessageBox::Icon icon,
                                             const QString& title, const QString& text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    if (g_recording) {
        g_records.append({icon, title, text});
        return std::exchange(g_nextAnswer, std::nullopt).value_or(defaultButton);
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace cd::app
