#include "GuiTestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>

#include "storage/Workbook.h"

#include <catch2/catch.hpp>

namespace {

struct Run {
    int exitCode = -1;
    QString stdErr;
};

// Runs the real `campaigndesk` executable, as a user or a docs script would.
Run runCampaignDesk(const QStringList& arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(CAMPAIGNDESK_EXE));
    process.setArguments(arguments);
    process.start();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardError())};
}

// The lines a failing run printed, without Qt's own chatter about the platform.
QStringList ourLines(const QString& stdErr)
{
    QStringList lines;
    for (const QString& line : stdErr.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QStringLiteral("campaigndesk:"))) {
            lines << line;
        }
    }
    return lines;
}

} // namespace

TEST_CASE("Screenshot mode renders every tab of the real window at the requested size")
{
    DemoWorkbook demo;
    for (const char* tab :
         {"plan", "influencers", "contracts", "budget", "content", "brief", "dashboard"}) {
        INFO("tab " << tab);
        const QString png = demo.file(QString::fromLatin1(tab) + QStringLiteral(".png"));
        const Run run = runCampaignDesk(
            {demo.path(), QStringLiteral("--campaign"), QStringLiteral("1"),
             QStringLiteral("--tab"), QString::fromLatin1(tab), QStringLiteral("--screenshot"), png,
             QStringLiteral("--size"), QStringLiteral("1000x700")});
        CHECK(run.exitCode == 0);
        CHECK(ourLines(run.stdErr).isEmpty());
        const QImage image(png);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.size() == QSize(1000, 700));
    }
    // A campaign by name, the default size.
    const QString png = demo.file(QStringLiteral("by-name.png"));
    const Run run = runCampaignDesk({demo.path(), QStringLiteral("--campaign"),
                                     QStringLiteral("autumn skincare stories"),
                                     QStringLiteral("--screenshot"), png});
    CHECK(run.exitCode == 0);
    CHECK(QImage(png).size() == QSize(1280, 800));
}

TEST_CASE("Screenshot mode shows a workbook without campaigns as it is, with its hints")
{
    DemoWorkbook demo;
    const QString empty = demo.file(QStringLiteral("empty.cdwb"));
    cd::storage::Workbook::create(empty.toStdString());
    const QString png = demo.file(QStringLiteral("empty.png"));
    const Run run = runCampaignDesk({empty, QStringLiteral("--tab"), QStringLiteral("influencers"),
                                     QStringLiteral("--screenshot"), png});
    CHECK(run.exitCode == 0);
    CHECK(ourLines(run.stdErr).isEmpty());
    CHECK(QImage(png).size() == QSize(1280, 800));

    SECTION("a campaign named but not there still fails")
    {
        const Run named =
            runCampaignDesk({empty, QStringLiteral("--campaign"), QStringLiteral("Spring"),
                             QStringLiteral("--screenshot"), png});
        CHECK(named.exitCode == 2);
        CHECK(ourLines(named.stdErr).size() == 1);
    }
}

TEST_CASE("Screenshot mode fails with one line and exit 2 or 3")
{
    DemoWorkbook demo;
    const QString png = demo.file(QStringLiteral("out.png"));
    auto shoot = [&](const QString& workbook, const QString& campaign, const QString& tab,
                     const QString& file) {
        return runCampaignDesk({workbook, QStringLiteral("--campaign"), campaign,
                                QStringLiteral("--tab"), tab, QStringLiteral("--screenshot"),
                                file});
    };
    const QString one = QStringLiteral("1");
    const QString plan = QStringLiteral("plan");

    SECTION("unknown campaign: 2")
    {
        const Run run = shoot(demo.path(), QStringLiteral("No Such Campaign"), plan, png);
        CHECK(run.exitCode == 2);
        CHECK(ourLines(run.stdErr).size() == 1);
    }
    SECTION("unknown tab: 2")
    {
        const Run run = shoot(demo.path(), one, QStringLiteral("gantt"), png);
        CHECK(run.exitCode == 2);
        CHECK(ourLines(run.stdErr).size() == 1);
    }
    SECTION("unwritable file: 2")
    {
        const Run run = shoot(demo.path(), one, plan, demo.file(QStringLiteral("no/such/dir.png")));
        CHECK(run.exitCode == 2);
        CHECK(ourLines(run.stdErr).size() == 1);
    }
    SECTION("My work of someone not in the team: 2, and no file")
    {
        const Run run = runCampaignDesk({demo.path(), QStringLiteral("--campaign"), one,
                                         QStringLiteral("--screenshot"), png,
                                         QStringLiteral("--my-work"), QStringLiteral("Nobody")});
        CHECK(run.exitCode == 2);
        CHECK(ourLines(run.stdErr).size() == 1);
        CHECK(run.stdErr.contains(QStringLiteral("Nobody")));
        CHECK_FALSE(QFile::exists(png));
    }
    SECTION("bad size: 2")
    {
        const Run run = runCampaignDesk({demo.path(), QStringLiteral("--screenshot"), png,
                                         QStringLiteral("--size"), QStringLiteral("big")});
        CHECK(run.exitCode == 2);
        CHECK(ourLines(run.stdErr).size() == 1);
    }
    SECTION("a file that is not a workbook: 3")
    {
        const QString text = demo.file(QStringLiteral("notes.txt"));
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a workbook");
        file.close();
        const Run run = shoot(text, one, plan, png);
        CHECK(run.exitCode == 3);
        REQUIRE(ourLines(run.stdErr).size() == 1);
        CHECK(ourLines(run.stdErr).front().contains(QStringLiteral("not a CampaignDesk workbook")));
    }
    SECTION("a missing workbook: 3")
    {
        const Run run = shoot(demo.file(QStringLiteral("missing.cdwb")), one, plan, png);
        CHECK(run.exitCode == 3);
        CHECK(ourLines(run.stdErr).size() == 1);
    }
    CHECK_FALSE(QFileInfo::exists(png));
}

TEST_CASE("The version and help options print and exit 0 without a display")
{
    const Run version = runCampaignDesk({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    const Run help = runCampaignDesk({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
}
