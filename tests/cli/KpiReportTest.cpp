#include "CliRunner.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

struct KpiFixture {
    TempDir dir;
    CliRunner cli{q(dir.file("xdg"))};

    std::string demo()
    {
        const auto wb = dir.file("demo.cdwb");
        REQUIRE(cli.run({QStringLiteral("new"), q(wb), QStringLiteral("--demo")}).exitCode == 0);
        return wb;
    }
};

// Runs a poppler tool (pdfinfo, pdftotext) on a PDF and returns its output.
std::string poppler(const QString& tool, const QStringList& args)
{
    QProcess p;
    p.start(tool, args);
    INFO("running " << tool.toStdString() << " (package poppler-utils)");
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput().toStdString();
}

int pageCount(const std::string& pdf)
{
    const auto info = q(poppler(QStringLiteral("pdfinfo"), {q(pdf)}));
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

// Width and height in points, rounded.
std::pair<int, int> pageSize(const std::string& pdf)
{
    const auto info = q(poppler(QStringLiteral("pdfinfo"), {q(pdf)}));
    const auto m =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
    REQUIRE(m.hasMatch());
    return {static_cast<int>(std::lround(m.captured(1).toDouble())),
            static_cast<int>(std::lround(m.captured(2).toDouble()))};
}

// The PDF's text, with ligatures ("ﬁ") unfolded so plain strings compare.
std::string pdfText(const std::string& pdf)
{
    const auto raw = poppler(QStringLiteral("pdftotext"), {q(pdf), QStringLiteral("-")});
    return q(raw).normalized(QString::NormalizationForm_KC).toStdString();
}

bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

void execSql(const std::string& workbook, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(workbook.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    INFO(message);
    REQUIRE(rc == SQLITE_OK);
}

const nlohmann::json& kpi(const nlohmann::json& all, const std::string& key)
{
    for (const auto& k : all) {
        if (k["key"] == key) {
            return k;
        }
    }
    FAIL("no KPI " << key);
    return all;
}

} // namespace

TEST_CASE_METHOD(KpiFixture, "kpis --json gives every KPI with its value, target and status")
{
    const auto wb = demo();
    const auto r = cli.run({QStringLiteral("kpis"), q(wb), QStringLiteral("--campaign"),
                            QStringLiteral("Summer Glow SPF Launch"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const auto all = r.json();
    REQUIRE(all.is_array());
    std::set<std::string> keys;
    for (const auto& k : all) {
        for (const char* field : {"key", "label", "value", "target", "status"}) {
            INFO(k.dump() << " lacks " << field);
            CHECK(k.contains(field));
        }
        keys.insert(k["key"].get<std::string>());
    }
    for (const char* key : {"impressions",
                            "reach",
                            "engagements",
                            "engagement_rate_reach",
                            "engagement_rate_impressions",
                            "clicks",
                            "ctr",
                            "conversions",
                            "conversion_rate",
                            "revenue",
                            "spend",
                            "cpm",
                            "cpe",
                            "cpc",
                            "cpa",
                            "roi",
                            "roas",
                            "brand_mentions",
                            "posts_published",
                            "posts_planned"}) {
        INFO(key);
        CHECK(keys.count(key) == 1);
    }

    // Worked by hand from the demo's tables (DemoCampaigns.cpp): 18 items report figures,
    // 8 payments are paid (5,401.30 EUR).
    CHECK(kpi(all, "impressions")["value"] == 3396400);
    CHECK(kpi(all, "reach")["value"] == 2313800);
    CHECK(kpi(all, "engagements")["value"] == 152587);
    CHECK(kpi(all, "engagement_rate_reach")["value"].get<double>() == Approx(152587.0 / 2313800.0));
    CHECK(kpi(all, "ctr")["value"].get<double>() == Approx(32020.0 / 3396400.0));
    CHECK(kpi(all, "conversion_rate")["value"].get<double>() == Approx(1194.0 / 32020.0));
    CHECK(kpi(all, "revenue")["value"] == "39540.00");
    CHECK(kpi(all, "spend")["value"] == "5401.30");
    CHECK(kpi(all, "spend")["currency"] == "EUR");
    CHECK(kpi(all, "cpe")["value"] == "0.0354"); // 5401.30 / 152587
    CHECK(kpi(all, "roas")["value"].get<double>() == Approx(39540.0 / 5401.30));
    CHECK(kpi(all, "roi")["value"].get<double>() == Approx((39540.0 - 5401.30) / 5401.30));
    CHECK(kpi(all, "posts_published")["value"] == 19);
    CHECK(kpi(all, "posts_planned")["value"] == 31);
    CHECK(kpi(all, "brand_mentions")["value"] == 103);

    // Targets: reach 2,000,000 is met; 1,194 conversions of 1,500 with 31 of 91 days gone is
    // on track; no target → no status.
    CHECK(kpi(all, "reach")["target"] == 2000000);
    CHECK(kpi(all, "reach")["status"] == "met");
    CHECK(kpi(all, "conversions")["status"] == "on_track");
    CHECK(kpi(all, "cpe")["target"] == "0.2500");
    CHECK(kpi(all, "cpe")["status"] == "met");
    CHECK(kpi(all, "impressions")["target"].is_null());
    CHECK(kpi(all, "impressions")["status"].is_null());
}

TEST_CASE_METHOD(KpiFixture, "kpis of a campaign with nothing reported are null, never 0 or inf")
{
    const auto wb = dir.file("empty.cdwb");
    REQUIRE(cli.run({QStringLiteral("new"), q(wb)}).exitCode == 0);
    REQUIRE(cli.run({QStringLiteral("add-campaign"), q(wb), QStringLiteral("--name"),
                     QStringLiteral("Quiet")})
                .exitCode == 0);
    const auto r = cli.run({QStringLiteral("kpis"), q(wb), QStringLiteral("--campaign"),
                            QStringLiteral("Quiet"), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const auto all = r.json();
    for (const char* key : {"impressions", "engagement_rate_reach", "ctr", "conversion_rate",
                            "revenue", "cpm", "cpe", "cpc", "cpa", "roi", "roas"}) {
        INFO(key);
        CHECK(kpi(all, key)["value"].is_null());
    }
    CHECK(kpi(all, "spend")["value"] == "0.00"); // nothing paid is a known zero
    CHECK(kpi(all, "posts_planned")["value"] == 0);
}

TEST_CASE_METHOD(KpiFixture, "kpis refuses an unknown campaign and a missing option")
{
    const auto wb = demo();
    auto r = cli.run(
        {QStringLiteral("kpis"), q(wb), QStringLiteral("--campaign"), QStringLiteral("Nope")});
    CHECK(r.exitCode == 2);
    CHECK(r.errIsOneLine());
    r = cli.run({QStringLiteral("kpis"), q(wb)});
    CHECK(r.exitCode == 1);
    CHECK(r.errIsOneLine());
}

TEST_CASE_METHOD(KpiFixture, "report writes one A4 or Letter page whose text reads back")
{
    const auto wb = demo();
    // Make a hostile-named influencer the campaign's top performer.
    execSql(wb, "INSERT INTO content_item (campaign_id, influencer_id, platform, type, title, "
                "published_date, approval, impressions, reach, likes) "
                "SELECT 1, id, 'instagram', 'reel', 'Bold reel', '2026-06-14', 'published', "
                "9000000, 5000000, 4000000 FROM influencer WHERE name = '<b>Bold</b> Beauty'");
    const auto a4 = dir.file("a4.pdf");
    auto r = cli.run({QStringLiteral("report"), q(wb), QStringLiteral("--campaign"),
                      QStringLiteral("Summer Glow SPF Launch"), QStringLiteral("--out"), q(a4)});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.empty());
    CHECK(pageCount(a4) == 1);
    CHECK(pageSize(a4) == std::pair(595, 842));
    const auto text = pdfText(a4);
    CHECK(contains(text, "Summer Glow SPF Launch"));
    CHECK(contains(text, "Lumen Cosmetics"));
    CHECK(contains(text, "<b>Bold</b> Beauty")); // printed as text, never as markup
    CHECK(contains(text, "Giulia Romano"));
    CHECK(contains(text, "first orders")); // the objective

    const auto letter = dir.file("letter.pdf");
    r = cli.run({QStringLiteral("report"), q(wb), QStringLiteral("--campaign"), QStringLiteral("1"),
                 QStringLiteral("--out"), q(letter), QStringLiteral("--page-size"),
                 QStringLiteral("Letter")});
    REQUIRE(r.exitCode == 0);
    CHECK(pageCount(letter) == 1);
    CHECK(pageSize(letter) == std::pair(612, 792));
    CHECK(contains(pdfText(letter), "<b>Bold</b> Beauty"));
}

TEST_CASE_METHOD(KpiFixture, "report stays on one page with 200 influencers and very long names")
{
    const auto wb = dir.file("big.cdwb");
    REQUIRE(cli.run({QStringLiteral("new"), q(wb)}).exitCode == 0);
    const std::string longText = std::string(3000, 'x');
    REQUIRE(cli.run({QStringLiteral("add-campaign"), q(wb), QStringLiteral("--name"),
                     QStringLiteral("Long Haul"), QStringLiteral("--brand"),
                     q("Brand " + std::string(400, 'B')), QStringLiteral("--objective"),
                     q("Objective " + longText), QStringLiteral("--start"),
                     QStringLiteral("2025-01-01"), QStringLiteral("--end"),
                     QStringLiteral("2026-12-31"), QStringLiteral("--budget"),
                     QStringLiteral("100000")})
                .exitCode == 0);
    // 200 influencers with 1,500-character names, 600 posts over 80 weeks, 150 late tasks in
    // 40 phases, 30 budget lines, 40 targets (some for KPIs that do not exist).
    execSql(wb, R"sql(
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
        INSERT INTO influencer (name)
            SELECT 'Creator ' || i || ' ' || replace(hex(zeroblob(150)), '00', 'Long name ') FROM n;
        INSERT INTO handle (influencer_id, position, platform, handle, followers)
            SELECT id, 0, 'instagram', 'h' || id, 1000 * id FROM influencer;
        INSERT INTO campaign_member (campaign_id, influencer_id) SELECT 1, id FROM influencer;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600)
        INSERT INTO content_item (campaign_id, influencer_id, platform, title, published_date,
                                  approval, impressions, reach, likes, clicks, conversions,
                                  revenue_minor)
            SELECT 1, 1 + i % 200, 'instagram', 'Post ' || i, date('2025-01-06', '+' || i || ' days'),
                   'published', 1000 * i, 800 * i, 40 * i, 3 * i, i, 1500 * i FROM n;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150)
        INSERT INTO task (campaign_id, name, phase, planned_start, duration_days, status)
            SELECT 1, 'Task ' || i || ' ' || replace(hex(zeroblob(100)), '00', 'very long '),
                   'Phase ' || (i % 40) || ' ' || replace(hex(zeroblob(50)), '00', 'named '),
                   date('2025-02-01', '+' || i || ' days'), 5, 'in_progress' FROM n;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
        INSERT INTO budget_line (campaign_id, category, description, planned_minor, committed_minor)
            SELECT 1, CASE i % 6 WHEN 0 THEN 'influencer_fees' WHEN 1 THEN 'tools' WHEN 2 THEN 'other'
                   WHEN 3 THEN 'agency_fees' WHEN 4 THEN 'paid_boosting' ELSE 'product_shipping' END,
                   replace(hex(zeroblob(100)), '00', 'line '), 500000 * i, 400000 * i FROM n;
        INSERT INTO payment (campaign_id, budget_line_id, description, amount_minor, paid_date)
            SELECT 1, id, 'Paid', planned_minor / 2, '2025-06-01' FROM budget_line;
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
        INSERT INTO kpi_target (campaign_id, kpi_key, target) SELECT 1, 'made_up_' || i, i FROM n;
        INSERT INTO kpi_target (campaign_id, kpi_key, target) VALUES
            (1, 'reach', 1e9), (1, 'cpe', 0.01), (1, 'ctr', 0.5), (1, 'roas', 2), (1, 'cpm', 3),
            (1, 'engagement_rate_followers', 0.02), (1, 'tasks_late', 0), (1, 'posts_published', 700),
            (1, 'budget_used', 0.9), (1, 'conversion_rate', 0.4);
    )sql");
    for (const char* size : {"A4", "Letter"}) {
        INFO(size);
        const auto pdf = dir.file(std::string("big-") + size + ".pdf");
        const auto r = cli.run({QStringLiteral("report"), q(wb), QStringLiteral("--campaign"),
                                QStringLiteral("Long Haul"), QStringLiteral("--out"), q(pdf),
                                QStringLiteral("--page-size"), QString::fromLatin1(size)});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        CHECK(pageCount(pdf) == 1);
        const auto text = pdfText(pdf);
        CHECK(contains(text, "Long Haul"));
        CHECK(contains(text, "Creator 1 Long name")); // the top influencer, elided
        // The 3,000-character objective was cut to a few lines.
        CHECK(std::count(text.begin(), text.end(), 'x') < 600);
    }
}

TEST_CASE_METHOD(KpiFixture, "report refuses bad options and unwritable files with one line")
{
    const auto wb = demo();
    const auto out = dir.file("r.pdf");
    auto r = cli.run({QStringLiteral("report"), q(wb), QStringLiteral("--campaign"),
                      QStringLiteral("1"), QStringLiteral("--out"), q(out),
                      QStringLiteral("--page-size"), QStringLiteral("A3")});
    CHECK((r.exitCode == 1 || r.exitCode == 2));
    CHECK(r.errIsOneLine());
    CHECK_FALSE(std::filesystem::exists(out));

    r = cli.run({QStringLiteral("report"), q(wb), QStringLiteral("--campaign"),
                 QStringLiteral("No such campaign"), QStringLiteral("--out"), q(out)});
    CHECK(r.exitCode == 2);
    CHECK(r.errIsOneLine());

    const auto unwritable = dir.file("no-such-folder/r.pdf");
    r = cli.run({QStringLiteral("report"), q(wb), QStringLiteral("--campaign"), QStringLiteral("1"),
                 QStringLiteral("--out"), q(unwritable)});
    CHECK(r.exitCode == 2);
    CHECK(r.errIsOneLine());
    CHECK(contains(r.err, "no-such-folder"));
    CHECK_FALSE(std::filesystem::exists(unwritable));

    r = cli.run(
        {QStringLiteral("report"), q(wb), QStringLiteral("--campaign"), QStringLiteral("1")});
    CHECK(r.exitCode == 1);
    CHECK(r.errIsOneLine());
}

TEST_CASE_METHOD(KpiFixture, "report has text even when fontconfig finds no fonts")
{
    // QPdfWriter silently writes a PDF without text when fontconfig has no fonts; the report
    // then loads DejaVu Sans from its file.
    const auto wb = demo();
    const auto config = dir.file("fonts.conf");
    TempDir::writeAll(config, "<?xml version=\"1.0\"?>\n<fontconfig><cachedir>" +
                                  dir.file("fc-cache") + "</cachedir></fontconfig>\n");
    const QByteArray before = qgetenv("FONTCONFIG_FILE");
    const bool had = qEnvironmentVariableIsSet("FONTCONFIG_FILE");
    qputenv("FONTCONFIG_FILE", QByteArray::fromStdString(config));
    const auto pdf = dir.file("nofonts.pdf");
    const auto r = cli.run({QStringLiteral("report"), q(wb), QStringLiteral("--campaign"),
                            QStringLiteral("1"), QStringLiteral("--out"), q(pdf)});
    if (had) {
        qputenv("FONTCONFIG_FILE", before);
    } else {
        qunsetenv("FONTCONFIG_FILE");
    }
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(contains(pdfText(pdf), "Summer Glow SPF Launch"));
}

TEST_CASE_METHOD(KpiFixture, "With --verbose the log shows how long the KPIs and the report took")
{
    const auto wb = demo();
    auto r = cli.run({QStringLiteral("--verbose"), QStringLiteral("kpis"), q(wb),
                      QStringLiteral("--campaign"), QStringLiteral("1")});
    REQUIRE(r.exitCode == 0);
    CHECK(contains(r.err, "computed in"));
    r = cli.run({QStringLiteral("--verbose"), QStringLiteral("report"), q(wb),
                 QStringLiteral("--campaign"), QStringLiteral("1"), QStringLiteral("--out"),
                 q(dir.file("v.pdf"))});
    REQUIRE(r.exitCode == 0);
    CHECK(contains(r.err, "PDF in"));
}
