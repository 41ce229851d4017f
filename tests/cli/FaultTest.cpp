#include "CliRunner.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <cstdlib>
#include <random>
#include <set>
#include <vector>

#include <unistd.h>

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// Reads a workbook as a bystander would: integrity and the counts that must be whole.
struct Inspection {
    std::string integrity;
    std::int64_t influencers = -1;
    std::set<std::int64_t> campaignIds;
};

Inspection inspect(const std::string& path)
{
    Inspection r;
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    auto each = [&](const char* sql, auto&& onRow) {
        sqlite3_stmt* st = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK);
        while (sqlite3_step(st) == SQLITE_ROW) {
            onRow(st);
        }
        sqlite3_finalize(st);
    };
    each("PRAGMA integrity_check", [&](sqlite3_stmt* st) {
        r.integrity += reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    });
    each("SELECT count(*) FROM influencer",
         [&](sqlite3_stmt* st) { r.influencers = sqlite3_column_int64(st, 0); });
    each("SELECT id FROM campaign",
         [&](sqlite3_stmt* st) { r.campaignIds.insert(sqlite3_column_int64(st, 0)); });
    sqlite3_close(db);
    return r;
}

std::string rosterCsv(int rows, int offset)
{
    std::string csv = "Name,Handle,Platform,Followers,Engagement rate,Email,Notes\n";
    for (int n = 0; n < rows; ++n) {
        const auto id = std::to_string(offset + n);
        csv += "Creator " + id + ",creator" + id + ",instagram," + std::to_string(1000 + n) +
               ",2.5%,c" + id + "@example.com,\"likes, commas\nand lines\"\n";
    }
    return csv;
}

int iterations()
{
    const char* text = std::getenv("CD_CRASH_ITERATIONS");
    return text ? std::max(1, std::atoi(text)) : 150;
}

} // namespace

// Real campaigndesk-cli processes importing and editing, killed with SIGKILL at random moments.
// Afterwards the file is sound, every import is wholly there or wholly absent, and every edit
// that had returned is there.
TEST_CASE("Killed imports and edits never corrupt the workbook or leave half an import")
{
    TempDir dir;
    CliRunner cli(q(dir.file("xdg")));
    const auto wb = dir.file("crash.cdwb");
    REQUIRE(cli.run({QStringLiteral("new"), q(wb)}).exitCode == 0);
    constexpr int kRows = 2000;
    const auto csv = dir.file("roster.csv");
    TempDir::writeAll(csv, rosterCsv(kRows, 0));

    std::mt19937 rng(20261123);
    std::set<std::int64_t> returnedCampaigns;
    int completedImports = 0;
    int killed = 0;
    const auto start = [&](bool importing, int n, QProcess& p) {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), q(dir.file("xdg")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CD_CLI_PATH),
                importing
                    ? QStringList{QStringLiteral("import-influencers"), q(wb), q(csv),
                                  QStringLiteral("--on-duplicate"), QStringLiteral("keep")}
                    : QStringList{QStringLiteral("add-campaign"), q(wb), QStringLiteral("--name"),
                                  QStringLiteral("Edit %1").arg(n)});
        REQUIRE(p.waitForStarted());
    };
    const auto finished = [&](bool importing, QProcess& p) {
        if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
            if (importing) {
                ++completedImports;
            } else {
                returnedCampaigns.insert(std::stoll(p.readAllStandardOutput().toStdString()));
            }
        }
    };
    // How long an import and an edit take on this machine and build (a sanitizer build is
    // several times slower, a loaded CI machine slower still): the median of the runs that were
    // let finish. The kills below land anywhere from the start to half as long again as that, so
    // most runs are interrupted at a random point. Every fifth run of each kind is let finish,
    // so some imports and edits always return, and the timings follow the machine's load.
    std::vector<int> tookMs[2];
    const auto median = [&](bool importing) {
        // The recent runs only: an import slows down as the workbook grows.
        const auto& all = tookMs[importing ? 0 : 1];
        std::vector<int> v(all.end() -
                               static_cast<std::ptrdiff_t>(std::min<std::size_t>(all.size(), 5)),
                           all.end());
        std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
        return v[v.size() / 2];
    };
    const auto runToEnd = [&](bool importing, int n) {
        QProcess p;
        QElapsedTimer timer;
        timer.start();
        start(importing, n, p);
        REQUIRE(p.waitForFinished(60000));
        tookMs[importing ? 0 : 1].push_back(static_cast<int>(timer.elapsed()));
        finished(importing, p);
    };
    for (int n = 0; n < 3; ++n) {
        runToEnd(true, -1 - n);
        runToEnd(false, -1 - n);
    }
    REQUIRE(completedImports == 3);
    REQUIRE(returnedCampaigns.size() == 3);
    const int runs = iterations();
    int letFinish = 0;
    for (int n = 0; n < runs; ++n) {
        const bool importing = n % 2 == 0;
        if ((n / 2) % 5 == 4) {
            runToEnd(importing, n);
            ++letFinish;
        } else {
            QProcess p;
            start(importing, n, p);
            // Let it work for a random while; if it has not finished by then, kill it.
            const int longest = std::max(2, median(importing) * 3 / 2);
            const int delay = std::uniform_int_distribution<int>(1, longest)(rng);
            if (!p.waitForFinished(delay)) {
                p.kill(); // SIGKILL: no chance to clean up
                ++killed;
            }
            p.waitForFinished(30000);
            finished(importing, p);
        }
        const auto state = inspect(wb);
        INFO("run " << n << (importing ? " (import)" : " (edit)"));
        REQUIRE(state.integrity == "ok");
        REQUIRE(state.influencers % kRows == 0); // all of an import or none of it
        REQUIRE(state.influencers / kRows >= completedImports);
        for (const auto id : returnedCampaigns) {
            REQUIRE(state.campaignIds.count(id) == 1); // an edit that returned is durable
        }
    }
    WARN(runs << " runs, " << killed << " killed, " << letFinish << " let finish, "
              << completedImports << " imports completed (an import takes " << median(true)
              << " ms, an edit " << median(false) << " ms)");
    CHECK(killed > runs / 4); // the test really interrupts work
    // Every run let finish returned, and so did the timing runs.
    CHECK(completedImports >= 3 + (letFinish + 1) / 2);
    CHECK(static_cast<int>(returnedCampaigns.size()) >= 3 + letFinish / 2);
}

TEST_CASE("A second writer waits for the first, or gets a clear message")
{
    TempDir dir;
    CliRunner cli(q(dir.file("xdg")));
    const auto wb = dir.file("busy.cdwb");
    REQUIRE(cli.run({QStringLiteral("new"), q(wb)}).exitCode == 0);
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(wb.c_str(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE; INSERT INTO campaign(name) VALUES ('theirs')",
                         nullptr, nullptr, nullptr) == SQLITE_OK);

    // Held longer than the writer waits: a clear one-line message, exit 3, nothing lost.
    qputenv("CD_BUSY_TIMEOUT_MS", "300");
    auto r = cli.run(
        {QStringLiteral("add-campaign"), q(wb), QStringLiteral("--name"), QStringLiteral("mine")});
    CHECK(r.exitCode == 3);
    CHECK(r.errIsOneLine());
    CHECK(r.err.find("locked by another program") != std::string::npos);

    // Released while the writer waits: it goes through.
    qputenv("CD_BUSY_TIMEOUT_MS", "5000");
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), q(dir.file("xdg")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CD_CLI_PATH), {QStringLiteral("add-campaign"), q(wb),
                                          QStringLiteral("--name"), QStringLiteral("mine")});
    REQUIRE(p.waitForStarted());
    QThread::msleep(700);
    REQUIRE(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK);
    REQUIRE(p.waitForFinished(10000));
    CHECK(p.exitCode() == 0);
    sqlite3_close(other);
    qunsetenv("CD_BUSY_TIMEOUT_MS");
    const auto state = inspect(wb);
    CHECK(state.campaignIds.size() == 2);
}

TEST_CASE("A full disk during an import gives a clear message and leaves the workbook as it was")
{
    if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("mount")).isEmpty()) {
        WARN("needs root to mount a tiny file system: skipped");
        return;
    }
    TempDir dir;
    const auto tiny = dir.path() / "tiny";
    std::filesystem::create_directories(tiny);
    if (QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=400k"), QStringLiteral("tmpfs"),
                           q(tiny.string())}) != 0) {
        WARN("cannot mount a tmpfs here: skipped");
        return;
    }
    struct Unmount {
        std::string path;
        ~Unmount() { QProcess::execute(QStringLiteral("umount"), {QString::fromStdString(path)}); }
    } unmount{tiny.string()};

    CliRunner cli(q(dir.file("xdg")));
    const auto wb = (tiny / "full.cdwb").string();
    REQUIRE(cli.run({QStringLiteral("new"), q(wb)}).exitCode == 0);
    const auto small = dir.file("small.csv");
    TempDir::writeAll(small, rosterCsv(10, 0));
    REQUIRE(cli.run({QStringLiteral("import-influencers"), q(wb), q(small)}).exitCode == 0);

    const auto big = dir.file("big.csv");
    TempDir::writeAll(big, rosterCsv(20000, 100)); // far more than 400 KB in the workbook
    const auto r = cli.run({QStringLiteral("import-influencers"), q(wb), q(big)});
    CHECK(r.exitCode == 3);
    CHECK(r.errIsOneLine());
    CHECK(r.err.find("disk is full") != std::string::npos);
    const auto state = inspect(wb);
    CHECK(state.integrity == "ok");
    CHECK(state.influencers == 10);
}

TEST_CASE("save-copy writes a sound copy and refuses to overwrite")
{
    TempDir dir;
    CliRunner cli(q(dir.file("xdg")));
    const auto wb = dir.file("demo.cdwb");
    REQUIRE(cli.run({QStringLiteral("new"), q(wb), QStringLiteral("--demo")}).exitCode == 0);
    const auto copy = dir.file("copy.cdwb");
    REQUIRE(cli.run({QStringLiteral("save-copy"), q(wb), q(copy)}).exitCode == 0);
    const auto a = cli.run({QStringLiteral("influencers"), q(wb), QStringLiteral("--json")});
    const auto b = cli.run({QStringLiteral("influencers"), q(copy), QStringLiteral("--json")});
    CHECK(a.out == b.out);
    CHECK(inspect(copy).integrity == "ok");
    const auto again = cli.run({QStringLiteral("save-copy"), q(wb), q(copy)});
    CHECK(again.exitCode == 3);
    CHECK(again.errIsOneLine());
}
