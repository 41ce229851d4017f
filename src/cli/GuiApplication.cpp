#include "GuiApplication.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <spdlog/spdlog.h>

namespace cd::cli {

namespace {

void logQtMessage(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    const std::string text = message.toStdString();
    // Qt warns about harmless things here (no XDG_RUNTIME_DIR without a session), so only
    // critical messages reach the log file; the rest shows with --verbose.
    if (type == QtCriticalMsg || type == QtFatalMsg) {
        spdlog::warn("Qt: {}", text);
    } else {
        spdlog::debug("Qt: {}", text);
    }
}

} // namespace

std::unique_ptr<QGuiApplication> makeGuiApplication()
{
    if (QCoreApplication::instance()) {
        return nullptr;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    }
    qInstallMessageHandler(logQtMessage);
    static int argc = 1;
    static char name[] = "campaigndesk-cli";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace cd::cli
