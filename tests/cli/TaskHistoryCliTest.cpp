// `move-task` and `task-history` end to end, on the real binary.

#include "CliRunner.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <QDate>
#include <QString>

#include <functional>

namespace {

using nlohmann::json;

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QDate day(const json& iso)
{
    return QDate::fromString(q(iso.get<std::string>()), Qt::ISODate);
}

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

int historyRows(const std::string& path)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM task_history", -1, &st, nullptr) ==
            SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const int n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

struct Fixture {
    TempDir dir;
    CliRunner cli{q(dir.file("xdg"))};
    std::string wb = dir.file("plan.cdwb");
    json leaf; // the first plain task with dates, from `wbs --json`

    Fixture()
    {
        REQUIRE(cli.run({QStringLiteral("new"), q(wb)}).exitCode == 0);
        REQUIRE(cli.run({QStringLiteral("add-campaign"), q(wb), QStringLiteral("--name"),
                         QStringLiteral("Spring"), QStringLiteral("--start"),
                         QStringLiteral("2026-07-01")})
                    .exitCode == 0);
        REQUIRE(cli.run({QStringLiteral("apply-template"), q(wb), QStringLiteral("--campaign"),
                         QStringLiteral("Spring")})
                    .exitCode == 0);
        const auto r = run({QStringLiteral("wbs"), q(wb), QStringLiteral("--campaign"),
                            QStringLiteral("Spring"), QStringLiteral("--json")});
        REQUIRE(r.exitCode == 0);
        std::function<void(const json&)> find = [&](const json& tasks) {
            for (const auto& t : tasks) {
                if (leaf.is_null() && !t["summary"].get<bool>() && t["kind"] == "task" &&
                    t["duration_days"].get<int>() > 1 && !t["start"].is_null()) {
                    leaf = t;
                }
                find(t["children"]);
            }
        };
        find(r.json()["tasks"]);
        REQUIRE_FALSE(leaf.is_null());
    }
    CliResult run(const QStringList& args) const
    {
        const auto r = cli.run(args);
        INFO(r.err);
        return r;
    }
    CliResult move(const QStringList& more) const
    {
        return run(QStringList{QStringLiteral("move-task"), q(wb), QStringLiteral("--campaign"),
                               QStringLiteral("Spring"), QStringLiteral("--task"),
                               q(leaf["code"].get<std::string>())} +
                   more);
    }
    json history(const QString& task) const
    {
        const auto r = run({QStringLiteral("task-history"), q(wb), QStringLiteral("--campaign"),
                            QStringLiteral("Spring"), QStringLiteral("--task"), task,
                            QStringLiteral("--json")});
        REQUIRE(r.exitCode == 0);
        return r.json();
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "move-task keeps the change and its reason in the task's history")
{
    const QString code = q(leaf["code"].get<std::string>());
    const QDate start = day(leaf["start"]);
    const QDate finish = day(leaf["finish"]);
    CHECK(history(code)["history"].empty());

    // A week later, same duration: the start and the finish both move by seven days.
    auto r = move({QStringLiteral("--start"), iso(start.addDays(7)), QStringLiteral("--reason"),
                   QStringLiteral("Samples stuck in customs"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const json moved = r.json();
    CHECK(moved["task"]["start"] == iso(start.addDays(7)).toStdString());
    CHECK(moved["task"]["finish"] == iso(finish.addDays(7)).toStdString());
    CHECK(moved["task"]["duration_days"] == leaf["duration_days"]);
    REQUIRE(moved["history"].size() == 2);
    CHECK(historyRows(wb) == 2);

    const json h = history(code);
    CHECK(h["task"]["code"] == leaf["code"]);
    CHECK(h["task"]["id"] == leaf["id"]);
    REQUIRE(h["history"].size() == 2);
    const json& s = h["history"][0];
    CHECK(s["field"] == "start");
    CHECK(s["old_value"] == iso(start).toStdString());
    CHECK(s["new_value"] == iso(start.addDays(7)).toStdString());
    CHECK(s["changed_on"] == "2026-06-15"); // CD_TODAY
    CHECK(s["reason"] == "Samples stuck in customs");
    CHECK(h["history"][1]["field"] == "finish");
    CHECK(h["history"][1]["new_value"] == iso(finish.addDays(7)).toStdString());

    // The plan shows the new dates.
    const auto wbs = run({QStringLiteral("wbs"), q(wb), QStringLiteral("--campaign"),
                          QStringLiteral("Spring"), QStringLiteral("--json")});
    REQUIRE(wbs.exitCode == 0);
    CHECK(wbs.out.find(iso(start.addDays(7)).toStdString()) != std::string::npos);

    // A new finish changes the duration: 3 days from the new start; no reason given.
    r = move({QStringLiteral("--start"), iso(start.addDays(7)), QStringLiteral("--finish"),
              iso(start.addDays(9))});
    REQUIRE(r.exitCode == 0);
    const json after = history(q("#" + std::to_string(leaf["id"].get<long long>())));
    REQUIRE(after["history"].size() == 4);
    CHECK(after["history"][2]["field"] == "finish");
    CHECK(after["history"][2]["old_value"] == iso(finish.addDays(7)).toStdString());
    CHECK(after["history"][2]["new_value"] == iso(start.addDays(9)).toStdString());
    CHECK(after["history"][3]["field"] == "duration_days");
    CHECK(after["history"][3]["new_value"] == "3");
    CHECK(after["history"][3]["reason"] == "");

    // The same dates again change nothing and add no history.
    REQUIRE(move({QStringLiteral("--start"), iso(start.addDays(7)), QStringLiteral("--finish"),
                  iso(start.addDays(9))})
                .exitCode == 0);
    CHECK(historyRows(wb) == 4);
}

TEST_CASE_METHOD(Fixture, "move-task refuses bad input with one line and changes nothing")
{
    auto r = move({QStringLiteral("--start"), QStringLiteral("2026-13-01")});
    CHECK(r.exitCode == 2);
    CHECK(r.errIsOneLine());
    r = move({QStringLiteral("--start"), QStringLiteral("2026-07-10"), QStringLiteral("--finish"),
              QStringLiteral("2026-07-09")});
    CHECK(r.exitCode == 2);
    CHECK(r.errIsOneLine());
    r = move({QStringLiteral("--reason"), QStringLiteral("no start")});
    CHECK(r.exitCode == 1);
    r = run({QStringLiteral("move-task"), q(wb), QStringLiteral("--campaign"),
             QStringLiteral("Spring"), QStringLiteral("--task"), QStringLiteral("9.99.9"),
             QStringLiteral("--start"), QStringLiteral("2026-07-10")});
    CHECK(r.exitCode == 2);
    CHECK(r.errIsOneLine());
    CHECK(r.err.find("9.99.9") != std::string::npos);
    r = run({QStringLiteral("task-history"), q(wb), QStringLiteral("--campaign"),
             QStringLiteral("Nope"), QStringLiteral("--task"), QStringLiteral("1")});
    CHECK(r.exitCode == 2);
    CHECK(historyRows(wb) == 0);
}
