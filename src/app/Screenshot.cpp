#include "Screenshot.h"

#include "CampaignTabs.h"
#include "LaunchOptions.h"
#include "MainWindow.h"
#include "MessageBox.h"

#include "storage/CampaignRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QPixmap>

#include <cstdio>
#include <optional>

namespace cd::app {

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitWorkbook = 3;

void printError(const QString& message)
{
    std::fprintf(stderr, "campaigndesk: %s\n", message.toLocal8Bit().constData());
}

int fail(int code, const QString& message)
{
    printError(message);
    return code;
}

// The campaign named on the command line, or the first one when none is named.
std::optional<core::Campaign> findCampaign(storage::Workbook& workbook, const QString& nameOrId)
{
    storage::CampaignRepository campaigns(workbook.db());
    if (!nameOrId.isEmpty()) {
        return campaigns.find(nameOrId.toStdString());
    }
    auto all = campaigns.list();
    if (all.empty()) {
        return std::nullopt;
    }
    return std::move(all.front());
}

void settle()
{
    // Layouts, polish and deferred resizes each post further events; a few rounds let them all
    // land before the window is grabbed.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

} // namespace

int takeScreenshot(const LaunchOptions& options)
{
    const auto tab = CampaignTabs::tabFromKey(options.tab);
    if (!tab) {
        return fail(kExitUsage, QStringLiteral("unknown tab \"%1\" (use plan, influencers, "
                                               "contracts, budget, content, brief or "
                                               "dashboard).")
                                    .arg(options.tab));
    }
    // Nothing may wait on a click here: messages become lines on stderr.
    MessageBox::setRecording(true);

    std::optional<OpenedWorkbook> opened;
    core::Id campaignId = 0;
    try {
        opened.emplace(openWorkbookFile(options.workbook.toStdString(), defaultWorkbookOpener()));
        const auto campaign = findCampaign(opened->workbook, options.campaign);
        // A workbook without campaigns is shown as it is, with its hints on what to do next.
        if (!campaign && !options.campaign.isEmpty()) {
            return fail(kExitUsage, QStringLiteral("no campaign \"%1\" in %2.")
                                        .arg(options.campaign, options.workbook));
        }
        campaignId = campaign ? campaign->id : 0;
    } catch (const std::exception& e) {
        return fail(kExitWorkbook, QString::fromStdString(e.what()));
    }

    MainWindow window(MainWindow::Persistence::Forget);
    try {
        window.showWorkbook(std::move(opened->workbook), opened->readOnly);
    } catch (const std::exception& e) {
        return fail(kExitWorkbook, QString::fromStdString(e.what()));
    }
    window.resize(options.size);
    window.show();
    if (campaignId != 0) {
        window.selectCampaign(campaignId);
    }
    // Only the options decide what shows, not the "My work" the user last chose.
    window.campaignTabs()->setWorkPerson(options.myWork, CampaignTabs::Remember::No);
    if (!options.myWork.isEmpty() &&
        window.campaignTabs()->workBox()->findData(options.myWork) < 0) {
        return fail(kExitUsage, QStringLiteral("nobody called \"%1\" is in the team of %2.")
                                    .arg(options.myWork, options.workbook));
    }
    window.campaignTabs()->setCurrentIndex(*tab);
    settle();
    for (const auto& record : MessageBox::takeRecords()) {
        printError(record.text);
    }

    const QPixmap image = window.grab();
    if (!image.save(options.screenshot, "PNG")) {
        return fail(kExitUsage, QStringLiteral("cannot write %1.").arg(options.screenshot));
    }
    return 0;
}

} // namespace cd::app
