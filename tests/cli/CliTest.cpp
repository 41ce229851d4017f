#include "CliRunner.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <QString>

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

struct Fixture {
    TempDir dir;
    CliRunner cli{q(dir.file("xdg"))};
};

} // namespace

TEST_CASE_METHOD(Fixture, "new creates an empty workbook and campaigns lists nothing")
{
    const auto wb = dir.file("empty.cdwb");
    auto r = cli.run({QStringLiteral("new"), q(wb)});
    REQUIRE(r.exitCode == 0);
    CHECK(std::filesystem::exists(wb));
    r = cli.run({QStringLiteral("campaigns"), q(wb), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json() == nlohmann::json::array());
    r = cli.run({QStringLiteral("check"), q(wb)});
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("integrity: ok") != std::string::npos);
}

TEST_CASE_METHOD(Fixture, "new refuses to overwrite a file")
{
    const auto wb = dir.file("taken.cdwb");
    TempDir::writeAll(wb, "my notes");
    const auto r = cli.run({QStringLiteral("new"), q(wb)});
    CHECK(r.exitCode == 3);
    CHECK(r.errIsOneLine());
    CHECK(TempDir::readAll(wb) == "my notes");
}

TEST_CASE_METHOD(Fixture, "add-campaign prints the id and campaigns --json shows every field")
{
    const auto wb = dir.file("c.cdwb");
    REQUIRE(cli.run({QStringLiteral("new"), q(wb)}).exitCode == 0);
    auto r =
        cli.run({QStringLiteral("add-campaign"), q(wb), QStringLiteral("--name"),
                 QStringLiteral("Spring Launch"), QStringLiteral("--brand"),
                 QStringLiteral("Lumen"), QStringLiteral("--start"), QStringLiteral("2026-03-01"),
                 QStringLiteral("--end"), QStringLiteral("2026-05-31"), QStringLiteral("--budget"),
                 QStringLiteral("12500.5"), QStringLiteral("--currency"), QStringLiteral("eur")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == "1\n");
    r = cli.run({QStringLiteral("add-campaign"), q(wb), QStringLiteral("--name"),
                 QStringLiteral("Tokyo pop-up"), QStringLiteral("--budget"),
                 QStringLiteral("800000"), QStringLiteral("--currency"), QStringLiteral("JPY")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == "2\n");

    r = cli.run({QStringLiteral("campaigns"), q(wb), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const auto j = r.json();
    REQUIRE(j.size() == 2);
    CHECK(j[0]["id"] == 1);
    CHECK(j[0]["name"] == "Spring Launch");
    CHECK(j[0]["brand"] == "Lumen");
    CHECK(j[0]["start"] == "2026-03-01");
    CHECK(j[0]["end"] == "2026-05-31");
    CHECK(j[0]["status"] == "planning");
    CHECK(j[0]["currency"] == "EUR");
    CHECK(j[0]["budget"] == "12500.50");
    CHECK(j[1]["budget"] == "800000");
    CHECK(j[1]["start"].is_null());
}

TEST_CASE_METHOD(Fixture, "add-campaign: bad values exit 2, wrong usage exits 1, one line each")
{
    const auto wb = dir.file("bad.cdwb");
    REQUIRE(cli.run({QStringLiteral("new"), q(wb)}).exitCode == 0);
    const auto before = TempDir::readAll(wb);
    const QString add = QStringLiteral("add-campaign");
    const QString name = QStringLiteral("--name");
    struct Case {
        QStringList args;
        int exit;
        const char* says;
    };
    const std::vector<Case> cases{
        {{add, q(wb), name, QStringLiteral("X"), QStringLiteral("--start"),
          QStringLiteral("2026-02-30")},
         2,
         "YYYY-MM-DD"},
        {{add, q(wb), name, QStringLiteral("X"), QStringLiteral("--budget"),
          QStringLiteral("12,50")},
         2,
         "--budget"},
        {{add, q(wb), name, QStringLiteral("X"), QStringLiteral("--budget"),
          QStringLiteral("1.005")},
         2,
         "--budget"},
        {{add, q(wb), name, QStringLiteral("X"), QStringLiteral("--currency"),
          QStringLiteral("EURO")},
         2,
         "ISO 4217"},
        {{add, q(wb), name, QStringLiteral("X"), QStringLiteral("--start"),
          QStringLiteral("2026-05-01"), QStringLiteral("--end"), QStringLiteral("2026-04-01")},
         2,
         "before the start"},
        {{add, q(wb), name, QStringLiteral("  ")}, 2, "needs a name"},
        {{add, q(wb)}, 1, "--name"},
        {{add, q(wb), name}, 1, "needs a value"},
        {{add, q(wb), name, QStringLiteral("X"), QStringLiteral("--colour"), QStringLiteral("red")},
         1,
         "unknown option"},
        {{add}, 1, "WORKBOOK"},
        {{QStringLiteral("frobnicate"), q(wb)}, 1, "unknown command"},
    };
    for (const auto& c : cases) {
        const auto r = cli.run(c.args);
        INFO(c.args.join(QLatin1Char(' ')).toStdString() << " -> " << r.err);
        CHECK(r.exitCode == c.exit);
        CHECK(r.errIsOneLine());
        CHECK(r.err.find(c.says) != std::string::npos);
        CHECK(r.out.empty());
    }
    const auto r = cli.run({QStringLiteral("campaigns"), q(wb), QStringLiteral("--json")});
    CHECK(r.json().empty());
}

TEST_CASE_METHOD(Fixture,
                 "Commands on a file that is not a usable workbook exit 3 and change nothing")
{
    const auto missing = dir.file("missing.cdwb");
    auto r = cli.run({QStringLiteral("campaigns"), q(missing), QStringLiteral("--json")});
    CHECK(r.exitCode == 3);
    CHECK(r.errIsOneLine());
    CHECK(r.err.find("No workbook") != std::string::npos);
    r = cli.run({QStringLiteral("add-campaign"), q(missing), QStringLiteral("--name"),
                 QStringLiteral("X")});
    CHECK(r.exitCode == 3);
    CHECK_FALSE(std::filesystem::exists(missing));

    const auto text = dir.file("list.csv");
    TempDir::writeAll(text, "name;followers\nGiulia;1200\n");
    r = cli.run(
        {QStringLiteral("add-campaign"), q(text), QStringLiteral("--name"), QStringLiteral("X")});
    CHECK(r.exitCode == 3);
    CHECK(r.errIsOneLine());
    CHECK(r.err.find("not a CampaignDesk workbook") != std::string::npos);
    CHECK(TempDir::readAll(text) == "name;followers\nGiulia;1200\n");

    const auto future = dir.file("future.cdwb");
    REQUIRE(cli.run({QStringLiteral("new"), q(future)}).exitCode == 0);
    {
        sqlite3* db = nullptr;
        sqlite3_open(future.c_str(), &db);
        sqlite3_exec(db, "PRAGMA user_version = 42", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    const auto bytes = TempDir::readAll(future);
    r = cli.run({QStringLiteral("campaigns"), q(future)});
    CHECK(r.exitCode == 3);
    CHECK(r.err.find("newer version") != std::string::npos);
    CHECK(TempDir::readAll(future) == bytes);
}

TEST_CASE_METHOD(Fixture, "The demo workbook has campaigns, a roster and no validation errors")
{
    const auto wb = dir.file("demo.cdwb");
    REQUIRE(cli.run({QStringLiteral("new"), q(wb), QStringLiteral("--demo")}).exitCode == 0);
    auto r = cli.run({QStringLiteral("campaigns"), q(wb), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const auto campaigns = r.json();
    REQUIRE(campaigns.size() >= 2);
    CHECK(campaigns[0]["name"] == "Summer Glow SPF Launch");
    for (const auto& c : campaigns) {
        for (const char* key :
             {"id", "name", "brand", "start", "end", "status", "currency", "budget"}) {
            CHECK(c.contains(key));
        }
        CHECK(c["budget"].is_string());
    }

    r = cli.run({QStringLiteral("influencers"), q(wb), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const auto roster = r.json();
    REQUIRE(roster.size() >= 20);
    for (const auto& i : roster) {
        for (const char* key : {"id", "name", "platform", "handle", "followers", "engagement_rate",
                                "email", "country", "niche", "status", "notes", "handles"}) {
            CHECK(i.contains(key));
        }
        REQUIRE(!i["handles"].empty());
        CHECK(i["platform"] == i["handles"][0]["platform"]);
        CHECK(i["handle"] == i["handles"][0]["handle"]);
        if (i["engagement_rate"].is_number()) {
            CHECK(i["engagement_rate"].get<double>() < 1.0);
        }
    }

    r = cli.run({QStringLiteral("influencers"), q(wb), QStringLiteral("--campaign"),
                 QStringLiteral("Summer Glow SPF Launch"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().size() < roster.size());
    CHECK(!r.json().empty());

    r = cli.run({QStringLiteral("check"), q(wb), QStringLiteral("--json")});
    INFO(r.out);
    CHECK(r.exitCode == 0);
    const auto report = r.json();
    CHECK(report["integrity"] == "ok");
    CHECK(report["errors"] == 0);
    CHECK(report["warnings"].get<int>() > 0); // the demo has late tasks and overdue payments
}

TEST_CASE_METHOD(Fixture, "generate is deterministic and makes what was asked")
{
    const auto a = dir.file("a.cdwb");
    const auto b = dir.file("b.cdwb");
    const auto c = dir.file("c.cdwb");
    const QStringList size{QStringLiteral("--influencers"), QStringLiteral("250"),
                           QStringLiteral("--campaigns"),   QStringLiteral("3"),
                           QStringLiteral("--tasks"),       QStringLiteral("120"),
                           QStringLiteral("--posts"),       QStringLiteral("900")};
    REQUIRE(cli.run(QStringList{QStringLiteral("generate"), q(a)} + size +
                    QStringList{QStringLiteral("--seed"), QStringLiteral("7")})
                .exitCode == 0);
    REQUIRE(cli.run(QStringList{QStringLiteral("generate"), q(b)} + size +
                    QStringList{QStringLiteral("--seed"), QStringLiteral("7")})
                .exitCode == 0);
    REQUIRE(cli.run(QStringList{QStringLiteral("generate"), q(c)} + size +
                    QStringList{QStringLiteral("--seed"), QStringLiteral("8")})
                .exitCode == 0);

    const auto ia = cli.run({QStringLiteral("influencers"), q(a), QStringLiteral("--json")});
    const auto ib = cli.run({QStringLiteral("influencers"), q(b), QStringLiteral("--json")});
    const auto ic = cli.run({QStringLiteral("influencers"), q(c), QStringLiteral("--json")});
    REQUIRE(ia.exitCode == 0);
    CHECK(ia.json().size() == 250);
    CHECK(ia.out == ib.out);
    CHECK(ia.out != ic.out);
    const auto camps = cli.run({QStringLiteral("campaigns"), q(a), QStringLiteral("--json")});
    CHECK(camps.json().size() == 3);

    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(a.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    auto count = [&](const char* sql) {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
        sqlite3_step(st);
        const auto n = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        return n;
    };
    CHECK(count("SELECT count(*) FROM task") == 120);
    CHECK(count("SELECT count(*) FROM content_item") == 900);
    sqlite3_close(db);

    auto r = cli.run({QStringLiteral("generate"), q(dir.file("bad.cdwb")),
                      QStringLiteral("--influencers"), QStringLiteral("-3")});
    CHECK(r.exitCode == 2);
    CHECK_FALSE(std::filesystem::exists(dir.file("bad.cdwb")));
    r = cli.run(
        {QStringLiteral("generate"), q(a), QStringLiteral("--influencers"), QStringLiteral("3")});
    CHECK(r.exitCode == 3); // never overwrites
}

TEST_CASE_METHOD(Fixture, "check reports validation errors with exit 2")
{
    const auto wb = dir.file("flawed.cdwb");
    REQUIRE(cli.run({QStringLiteral("new"), q(wb)}).exitCode == 0);
    {
        // A value no command would write, as another tool might have.
        sqlite3* db = nullptr;
        sqlite3_open(wb.c_str(), &db);
        sqlite3_exec(db,
                     "INSERT INTO campaign (name, start_date, end_date) VALUES ('Upside down', "
                     "'2026-05-01', '2026-04-01')",
                     nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    auto r = cli.run({QStringLiteral("check"), q(wb)});
    CHECK(r.exitCode == 2);
    CHECK(r.out.find("before the start date") != std::string::npos);
    CHECK(r.errIsOneLine());
}

TEST_CASE_METHOD(Fixture, "--help and --version")
{
    auto r = cli.run({QStringLiteral("--help")});
    CHECK(r.exitCode == 0);
    for (const char* cmd :
         {"new", "add-campaign", "campaigns", "influencers", "generate", "check"}) {
        CHECK(r.out.find(cmd) != std::string::npos);
    }
    r = cli.run({});
    CHECK(r.exitCode == 1);
    r = cli.run({QStringLiteral("--version")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.rfind("campaigndesk-cli ", 0) == 0);
}
