#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "app/MessageBox.h"
#include "platform/AppPaths.h"

#include <QApplication>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

namespace {

// Messages recorded by one test case must not show up in the next one's.
struct ForgetMessages final : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo& info) override
    {
        TestEventListenerBase::testCaseStarting(info);
        cd::app::MessageBox::takeRecords();
    }
};

} // namespace

CATCH_REGISTER_LISTENER(ForgetMessages)

int main(int argc, char** argv)
{
    // A GUI test binary must run without a display, also when catch_discover_tests lists its
    // tests at build time outside ctest's environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Settings, recent files, the demo workbook and the log of this run go to a folder of its
    // own: tests must neither read nor change the user's, nor each other's under `ctest -j`.
    // The screenshot tests' child processes inherit these variables.
    QTemporaryDir home;
    if (!home.isValid()) {
        return 1;
    }
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toLocal8Bit());

    QApplication app(argc, argv);
    cd::platform::setApplicationIdentity();
    spdlog::set_level(spdlog::level::warn);
    // No test may ever wait on a modal message box.
    cd::app::MessageBox::setRecording(true);
    return Catch::Session().run(argc, argv);
}
