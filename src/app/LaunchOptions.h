#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::app {

// What `campaigndesk` was asked to do on its command line.
struct LaunchOptions {
    QString workbook; // empty: the most recent workbook, else the demo
    bool verbose = false;
    QString campaign;   // --campaign NAME_OR_ID (screenshot mode)
    QString tab;        // --tab KEY (screenshot mode)
    QString myWork;     // --my-work NAME (screenshot mode): one person's work; empty: everyone
    QString screenshot; // --screenshot FILE.png: render the window to this file and exit
    QSize size{1280, 800};

    bool isScreenshot() const { return !screenshot.isEmpty(); }
};

struct ParsedLaunch {
    LaunchOptions options;
    // Set when the program should stop at once with this exit code (after --help, --version or a
    // usage error, which have already been printed).
    std::optional<int> exitCode;
};

// Parses the arguments (the first one is the program). Needs a QCoreApplication.
ParsedLaunch parseLaunchOptions(const QStringList& arguments);

// True when the program will not show a window (a screenshot, --help, --version) and there is
// no display to connect to: the offscreen platform must then be chosen before QApplication.
bool needsOffscreenPlatform(int argc, char** argv);

} // namespace cd::app
