#include "CliRunner.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <QString>

#include <map>
#include <string>
#include <vector>

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// One content item as stored, read back with plain SQLite as a bystander would.
struct StoredItem {
    std::string handle; // of its influencer
    std::map<std::string, std::string> columns;
};

std::vector<StoredItem> storedItems(const std::string& wb)
{
    std::vector<StoredItem> out;
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(wb.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(
                db,
                "SELECT (SELECT h.handle FROM handle h WHERE h.influencer_id = c.influencer_id "
                "AND h.platform = c.platform), c.campaign_id, c.platform, c.type, c.title, "
                "c.published_date, c.url, c.approval, c.impressions, c.reach, c.likes, "
                "c.comments, c.shares, c.saves, c.clicks, c.conversions, c.revenue_minor, "
                "c.brand_mentions FROM content_item c ORDER BY c.id",
                -1, &st, nullptr) == SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW) {
        StoredItem item;
        for (int c = 0; c < sqlite3_column_count(st); ++c) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
            const std::string value = text ? text : "NULL";
            if (c == 0) {
                item.handle = value;
            } else {
                item.columns[sqlite3_column_name(st, c)] = value;
            }
        }
        out.push_back(std::move(item));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

void execSql(const std::string& wb, const char* sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(wb.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

// The European Excel export: Windows-1252 bytes (è = E8, à = E0, ù = F9), ';', decimal commas,
// dots for thousands, day-first dates, Italian headers and a title line before the header.
const std::string kEuropeanCsv =
    "Report contenuti giugno;;;;;;;;;;;;;;\r\n"
    "Profilo;Piattaforma;Tipo;Titolo;Data pubblicazione;Link;Impressioni;Copertura;Mi piace;"
    "Commenti;Condivisioni;Salvataggi;Clic;Conversioni;Ricavi\r\n"
    "@giulia.glow;Instagram;Reel;Caff\xE8 gi\xE0 pronto;01/06/2026;"
    "https://www.instagram.com/reel/AAA/;12.500;9.800;1.234;56;7;12;210;9;1.234,50\r\n"
    "@GIULIA.GLOW;Instagram;Carosello;Pi\xF9 luce;03/06/2026;https://www.instagram.com/p/BBB/;"
    "3.400;2.900;310;14;2;5;40;1;89,90\r\n"
    "marco.fit;TikTok;Video;;05/06/2026;https://www.tiktok.com/@marco.fit/video/123;1.000.000;"
    "750.000;45.000;1.200;800;300;5.000;120;4.321,00\r\n";

// A tool's UTF-8 export: commas, @handles, K and M counts, an influencer not in the roster.
const std::string kCommaCsv =
    "Username,Platform,Type,Date,URL,Views,Reach,Likes,Comments,Shares,Saves,Link clicks,"
    "Purchases,Revenue,Brand mentions\n"
    "@AnnaV,youtube,video,2026-06-10,https://youtu.be/XyZ,1.2M,800K,15.3K,1.1K,250,0,3.4K,45,"
    "\"1,250.00\",3\n"
    "@ghost,instagram,post,2026-06-11,https://instagram.com/p/GHOST,100,50,5,1,0,0,1,0,0,0\n"
    "@marco.fit,tiktok,video,2026-06-12,https://www.tiktok.com/@marco.fit/video/456,2.5K,2K,"
    "100,10,5,1,20,2,15.50,1\n";

struct Fixture {
    TempDir dir;
    CliRunner cli{q(dir.file("xdg"))};
    std::string wb = dir.file("content.cdwb");

    Fixture()
    {
        REQUIRE(cli.run({QStringLiteral("new"), q(wb)}).exitCode == 0);
        for (const char* name : {"Estate 2026", "Other"}) {
            REQUIRE(cli.run({QStringLiteral("add-campaign"), q(wb), QStringLiteral("--name"),
                             QString::fromUtf8(name), QStringLiteral("--currency"),
                             QStringLiteral("EUR")})
                        .exitCode == 0);
        }
        const auto roster = dir.file("roster.csv");
        TempDir::writeAll(roster, "Name,Handle,Platform\n"
                                  "Giulia Romano,giulia.glow,instagram\n"
                                  "Marco Bianchi,marco.fit,tiktok\n"
                                  "Anna Verdi,AnnaV,youtube\n");
        REQUIRE(cli.run({QStringLiteral("import-influencers"), q(wb), q(roster)}).exitCode == 0);
    }

    std::string write(const std::string& name, const std::string& bytes)
    {
        const auto path = dir.file(name);
        TempDir::writeAll(path, bytes);
        return path;
    }

    CliResult import(const std::string& file, QStringList extra = {},
                     const char* campaign = "Estate 2026")
    {
        return cli.run(QStringList{QStringLiteral("import-content"), q(wb), q(file),
                                   QStringLiteral("--campaign"), QString::fromUtf8(campaign),
                                   QStringLiteral("--json")} +
                       extra);
    }

    std::map<std::string, nlohmann::json> kpis(const char* campaign = "Estate 2026")
    {
        const auto r = cli.run({QStringLiteral("kpis"), q(wb), QStringLiteral("--campaign"),
                                QString::fromUtf8(campaign), QStringLiteral("--json")});
        REQUIRE(r.exitCode == 0);
        std::map<std::string, nlohmann::json> byKey;
        for (const auto& k : r.json()) {
            byKey[k["key"].get<std::string>()] = k["value"];
        }
        return byKey;
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "A European Excel export imports with exact values and KPI totals")
{
    const auto r = import(write("europe.csv", kEuropeanCsv));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto s = r.json();
    CHECK(s["rows"] == 3);
    CHECK(s["imported"] == 3);
    CHECK(s["updated"] == 0);
    CHECK(s["skipped"] == 0);
    CHECK(s["rejected"] == 0);
    CHECK(s["errors"].empty());
    CHECK(s["encoding"] == "windows-1252");
    CHECK(s["delimiter"] == "semicolon");
    CHECK(s["header_line"] == 2);
    CHECK(s["mapping"]["Mi piace"] == "likes");
    CHECK(s["mapping"]["Data pubblicazione"] == "published_date");

    const auto items = storedItems(wb);
    REQUIRE(items.size() == 3);
    const auto& reel = items[0].columns;
    CHECK(items[0].handle == "giulia.glow");
    CHECK(reel.at("campaign_id") == "1");
    CHECK(reel.at("platform") == "instagram");
    CHECK(reel.at("type") == "reel");
    CHECK(reel.at("title") == "Caff\xC3\xA8 gi\xC3\xA0 pronto"); // now UTF-8
    CHECK(reel.at("published_date") == "2026-06-01");
    CHECK(reel.at("approval") == "published");
    CHECK(reel.at("impressions") == "12500");
    CHECK(reel.at("reach") == "9800");
    CHECK(reel.at("likes") == "1234");
    CHECK(reel.at("revenue_minor") == "123450");
    CHECK(reel.at("brand_mentions") == "NULL"); // no column: unknown, not 0
    CHECK(items[1].handle == "giulia.glow");    // "@GIULIA.GLOW" matched case-insensitively
    CHECK(items[1].columns.at("type") == "post");
    CHECK(items[2].handle == "marco.fit");
    CHECK(items[2].columns.at("impressions") == "1000000");
    CHECK(items[2].columns.at("revenue_minor") == "432100");

    // Hand-worked sums of the three rows.
    auto k = kpis();
    CHECK(k["impressions"] == 1015900); // 12,500 + 3,400 + 1,000,000
    CHECK(k["reach"] == 762700);        // 9,800 + 2,900 + 750,000
    CHECK(k["engagements"] == 48940);   // likes 46,544 + comments 1,270 + shares 809 + saves 317
    CHECK(k["clicks"] == 5250);         // 210 + 40 + 5,000
    CHECK(k["conversions"] == 130);     // 9 + 1 + 120
    CHECK(k["revenue"] == "5645.40");   // 1,234.50 + 89.90 + 4,321.00
    CHECK(k["posts_published"] == 3);
    // The other campaign got nothing.
    CHECK(kpis("Other")["impressions"].is_null());
}

TEST_CASE_METHOD(Fixture, "A comma UTF-8 export: @handles, K and M, an unknown influencer rejected")
{
    const auto rejects = dir.file("rejects.csv");
    const auto file = write("tool.csv", kCommaCsv);
    auto r = import(file, {QStringLiteral("--rejects"), q(rejects)});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    auto s = r.json();
    CHECK(s["rows"] == 3);
    CHECK(s["imported"] == 2);
    CHECK(s["rejected"] == 1);
    REQUIRE(s["errors"].size() == 1);
    CHECK(s["errors"][0]["line"] == 3);
    CHECK(s["errors"][0]["message"].get<std::string>().find("@ghost") != std::string::npos);
    CHECK(s["encoding"] == "utf-8");
    CHECK(s["delimiter"] == "comma");
    const auto rejected = TempDir::readAll(rejects);
    CHECK(rejected.find("Username,Platform") != std::string::npos);
    CHECK(rejected.find("https://instagram.com/p/GHOST") != std::string::npos);
    CHECK(rejected.find(",3,") != std::string::npos);

    auto items = storedItems(wb);
    REQUIRE(items.size() == 2);
    CHECK(items[0].handle == "AnnaV");
    CHECK(items[0].columns.at("impressions") == "1200000");
    CHECK(items[0].columns.at("reach") == "800000");
    CHECK(items[0].columns.at("likes") == "15300");
    CHECK(items[0].columns.at("comments") == "1100");
    CHECK(items[0].columns.at("clicks") == "3400");
    CHECK(items[0].columns.at("revenue_minor") == "125000");
    CHECK(items[0].columns.at("brand_mentions") == "3");

    auto k = kpis();
    CHECK(k["impressions"] == 1202500); // 1,200,000 + 2,500
    CHECK(k["engagements"] == 16766);   // (15,300+1,100+250+0) + (100+10+5+1)
    CHECK(k["revenue"] == "1265.50");   // 1,250.00 + 15.50
    CHECK(k["brand_mentions"] == 4);

    SECTION("Importing the same file again updates the items instead of duplicating them")
    {
        r = import(file);
        REQUIRE(r.exitCode == 0);
        s = r.json();
        CHECK(s["imported"] == 0);
        CHECK(s["updated"] == 2);
        CHECK(s["rejected"] == 1);
        CHECK(storedItems(wb).size() == 2);
        CHECK(kpis()["impressions"] == 1202500);
    }
    SECTION("A later export with new figures updates them; a repeated row is skipped")
    {
        // The same video by another spelling of its URL, twice; a post with no URL twice; a post
        // with neither URL nor date twice.
        const auto later =
            write("later.csv", "Username,Platform,URL,Views,Likes,Date\n"
                               "annav,youtube,HTTP://YOUTU.BE/XyZ/,1.5M,20K,2026-06-10\n"
                               "annav,youtube,HTTP://YOUTU.BE/XyZ/,1.5M,20K,2026-06-10\n"
                               "marco.fit,tiktok,,700,7,2026-06-14\n"
                               "marco.fit,tiktok,,700,7,2026-06-14\n"
                               "marco.fit,tiktok,,5,1,\n"
                               "marco.fit,tiktok,,5,1,\n");
        r = import(later);
        REQUIRE(r.exitCode == 0);
        s = r.json();
        CHECK(s["rows"] == 6);
        CHECK(s["imported"] == 2);
        CHECK(s["updated"] == 1);
        CHECK(s["skipped"] == 3);
        items = storedItems(wb);
        REQUIRE(items.size() == 4);
        CHECK(items[0].columns.at("impressions") == "1500000");
        CHECK(items[0].columns.at("likes") == "20000");
        CHECK(items[0].columns.at("comments") == "1100"); // not in the file: kept
        CHECK(items[0].columns.at("url") == "HTTP://YOUTU.BE/XyZ/");
        CHECK(kpis()["impressions"] == 1503205); // 1,500,000 + 2,500 + 700 + 5
    }
}

TEST_CASE_METHOD(Fixture, "A dry run counts what would happen and changes nothing")
{
    const auto file = write("tool.csv", kCommaCsv);
    const auto before = TempDir::readAll(wb);
    auto r = import(file, {QStringLiteral("--dry-run")});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto s = r.json();
    CHECK(s["dry_run"] == true);
    CHECK(s["imported"] == 2);
    CHECK(s["rejected"] == 1);
    CHECK(storedItems(wb).empty());
    CHECK(TempDir::readAll(wb) == before);
}

TEST_CASE_METHOD(Fixture, "The whole import rolls back when the workbook cannot be written")
{
    REQUIRE(import(write("tool.csv", kCommaCsv)).exitCode == 0);
    // From now on every new content item fails to be written (its trigger's table is gone),
    // while updates still work: the import below updates a row, then fails on a new one.
    execSql(wb, "CREATE TABLE doomed (x); "
                "CREATE TRIGGER no_new_content AFTER INSERT ON content_item "
                "BEGIN INSERT INTO doomed VALUES (1); END; "
                "DROP TABLE doomed;");
    const auto file = write("more.csv", "Username,Platform,URL,Views\n"
                                        "AnnaV,youtube,https://youtu.be/XyZ,9M\n"
                                        "giulia.glow,instagram,https://instagram.com/p/NEW,10\n");
    const auto r = import(file);
    CHECK(r.exitCode == 3);
    CHECK(r.errIsOneLine());
    const auto items = storedItems(wb);
    REQUIRE(items.size() == 2);
    CHECK(items[0].columns.at("impressions") == "1200000"); // the update was rolled back
}

TEST_CASE_METHOD(Fixture, "Content import errors: usage, unknown campaign, unusable file")
{
    const auto file = write("tool.csv", kCommaCsv);
    auto r = cli.run({QStringLiteral("import-content"), q(wb), q(file)});
    CHECK(r.exitCode == 1); // --campaign is required
    r = import(file, {}, "Nope");
    CHECK(r.exitCode == 2);
    CHECK(r.errIsOneLine());
    CHECK(r.err.find("Nope") != std::string::npos);
    r = import(dir.file("missing.csv"));
    CHECK(r.exitCode == 2);
    r = import(write("names.csv", "Name,Views\nAnna,10\n"));
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("handles") != std::string::npos);
    r = import(write("handles.csv", "Handle,Platform\nAnnaV,youtube\n"));
    CHECK(r.exitCode == 2);
    r = import(file, {QStringLiteral("--delimiter"), QStringLiteral("colon")});
    CHECK(r.exitCode == 1);
    r = cli.run({QStringLiteral("import-content"), q(dir.file("none.cdwb")), q(file),
                 QStringLiteral("--campaign"), QStringLiteral("1")});
    CHECK(r.exitCode == 3);
    CHECK(storedItems(wb).empty());
}
