#include "app/LaunchOptions.h"
#include "app/MainWindow.h"
#include "app/Screenshot.h"
#include "app/Translations.h"

#include "platform/AppPaths.h"
#include "platform/Logging.h"

#include <QApplication>

int main(int argc, char** argv)
{
    if (cd::app::needsOffscreenPlatform(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    cd::platform::setApplicationIdentity();

    const auto launch = cd::app::parseLaunchOptions(QApplication::arguments());
    if (launch.exitCode) {
        return *launch.exitCode;
    }
    const cd::app::LaunchOptions& options = launch.options;
    cd::platform::initLogging("app", options.verbose);
    // Edit > Preferences > Language, else the system's language.
    cd::app::applyUiLanguage(cd::app::savedUiLanguage());
    if (options.isScreenshot()) {
        return cd::app::takeScreenshot(options);
    }

    cd::app::MainWindow window;
    window.show();
    if (options.workbook.isEmpty()) {
        window.openStartupWorkbook();
    } else {
        window.openWorkbook(options.workbook);
    }
    return QApplication::exec();
}
