#include "LaunchOptions.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace cd::app {

namespace {

void printLine(std::FILE* stream, const QString& text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
}

std::optional<QSize> parseSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 200 || size.height() < 150 || size.width() > 8000 || size.height() > 8000) {
        return std::nullopt;
    }
    return size;
}

} // namespace

ParsedLaunch parseLaunchOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("CampaignDesk: plan and run influencer campaigns."));
    const auto help = parser.addHelpOption();
    const auto version = parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("workbook"),
        QStringLiteral("The workbook to open (default: the most recent one, else the demo)."),
        QStringLiteral("[WORKBOOK]"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("Log debug messages to stderr too."));
    const QCommandLineOption campaign(QStringLiteral("campaign"),
                                      QStringLiteral("Screenshot: the campaign to select."),
                                      QStringLiteral("NAME_OR_ID"));
    const QCommandLineOption tab(
        QStringLiteral("tab"),
        QStringLiteral("Screenshot: the tab to show (plan, influencers, contracts, budget, "
                       "content, brief, dashboard)."),
        QStringLiteral("TAB"), QStringLiteral("plan"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render the main window to a PNG file and exit."), QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Screenshot: the window size (default 1280x800)."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption myWork(
        QStringLiteral("my-work"),
        QStringLiteral("Screenshot: show one person's work (a name of the team)."),
        QStringLiteral("NAME"));
    parser.addOptions({verbose, campaign, tab, screenshot, size, myWork});

    ParsedLaunch result;
    auto usageError = [&result](const QString& message) {
        printLine(stderr, QStringLiteral("campaigndesk: ") + message);
        result.exitCode = 2;
        return result;
    };
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(help)) {
        printLine(stdout, parser.helpText());
        result.exitCode = 0;
        return result;
    }
    if (parser.isSet(version)) {
        printLine(stdout, QStringLiteral("campaigndesk ") + QStringLiteral(CD_VERSION));
        result.exitCode = 0;
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        return usageError(
            QStringLiteral("expected at most one workbook, got %1.").arg(positional.size()));
    }
    LaunchOptions& options = result.options;
    options.workbook = positional.value(0);
    options.verbose = parser.isSet(verbose);
    options.campaign = parser.value(campaign);
    options.tab = parser.value(tab);
    options.myWork = parser.value(myWork);
    options.screenshot = parser.value(screenshot);
    const auto parsedSize = parseSize(parser.value(size));
    if (!parsedSize) {
        return usageError(QStringLiteral("--size wants WIDTHxHEIGHT in pixels, e.g. 1280x800."));
    }
    options.size = *parsedSize;
    if (options.isScreenshot() && options.workbook.isEmpty()) {
        return usageError(QStringLiteral("--screenshot needs a WORKBOOK."));
    }
    return result;
}

bool needsOffscreenPlatform(int argc, char** argv)
{
    if (std::getenv("QT_QPA_PLATFORM") || std::getenv("DISPLAY") ||
        std::getenv("WAYLAND_DISPLAY")) {
        return false;
    }
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        if (std::strncmp(arg, "--screenshot", 12) == 0 || std::strcmp(arg, "--help") == 0 ||
            std::strcmp(arg, "-h") == 0 || std::strcmp(arg, "--help-all") == 0 ||
            std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0) {
            return true;
        }
    }
    return false;
}

} // namespace cd::app
