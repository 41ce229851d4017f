// `budget` and `contracts` end to end: on the demo workbook, and on a small workbook built with
// add-campaign and direct SQL inserts, with every expected amount worked out by hand or read back
// from the file independently.

#include "CliRunner.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <QString>

#include <regex>

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

struct Fixture {
    TempDir dir;
    CliRunner cli{q(dir.file("xdg"))};

    CliResult run(const std::string& command, const std::string& wb, const std::string& campaign,
                  bool json = true) const
    {
        QStringList args{q(command), q(wb), QStringLiteral("--campaign"), q(campaign)};
        if (json) {
            args << QStringLiteral("--json");
        }
        return cli.run(args);
    }
};

// The workbook read (or written) straight through SQLite, not through our code.
class RawDb {
public:
    explicit RawDb(const std::string& path)
    {
        REQUIRE(sqlite3_open(path.c_str(), &m_db) == SQLITE_OK);
    }
    ~RawDb() { sqlite3_close(m_db); }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    void exec(const char* sql)
    {
        char* error = nullptr;
        const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
        INFO((error ? error : ""));
        sqlite3_free(error);
        REQUIRE(rc == SQLITE_OK);
    }
    // The first column of each row, with `text` bound to ?1.
    std::vector<std::pair<std::string, std::int64_t>> rows(const char* sql, const std::string& text)
    {
        sqlite3_stmt* st = nullptr;
        REQUIRE(sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) == SQLITE_OK);
        sqlite3_bind_text(st, 1, text.c_str(), -1, SQLITE_TRANSIENT);
        std::vector<std::pair<std::string, std::int64_t>> out;
        while (sqlite3_step(st) == SQLITE_ROW) {
            const auto* key = sqlite3_column_text(st, 0);
            out.emplace_back(key ? reinterpret_cast<const char*>(key) : "",
                             sqlite3_column_int64(st, 1));
        }
        sqlite3_finalize(st);
        return out;
    }

private:
    sqlite3* m_db = nullptr;
};

std::string cents(std::int64_t minor)
{
    const std::string frac = std::to_string(minor % 100);
    return std::to_string(minor / 100) + "." + (frac.size() < 2 ? "0" : "") + frac;
}

bool isAmount(const nlohmann::json& v)
{
    static const std::regex decimal(R"(-?[0-9]+\.[0-9]{2})");
    return v.is_string() && std::regex_match(v.get<std::string>(), decimal);
}

const nlohmann::json* findBy(const nlohmann::json& array, const char* key, const std::string& value)
{
    for (const auto& item : array) {
        if (item[key] == value) {
            return &item;
        }
    }
    return nullptr;
}

bool anyContains(const nlohmann::json& strings, const std::string& part)
{
    for (const auto& s : strings) {
        if (s.get<std::string>().find(part) != std::string::npos) {
            return true;
        }
    }
    return false;
}

const std::string kSummer = "Summer Glow SPF Launch";

} // namespace

TEST_CASE_METHOD(Fixture, "budget --json on the demo: the keys, decimal strings and exact sums")
{
    const auto wb = dir.file("demo.cdwb");
    REQUIRE(cli.run({QStringLiteral("new"), q(wb), QStringLiteral("--demo")}).exitCode == 0);
    const auto r = run("budget", wb, kSummer);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto j = r.json();

    for (const char* key : {"budget", "planned", "committed", "paid", "remaining"}) {
        INFO(key);
        CHECK(isAmount(j[key]));
    }
    CHECK(j["currency"] == "EUR");
    CHECK(isAmount(j["contingency"]["reserve"]));
    CHECK(isAmount(j["contingency"]["used"]));
    for (const auto& c : j["by_category"]) {
        CHECK(c["category"].is_string());
        CHECK(isAmount(c["planned"]));
        CHECK(isAmount(c["committed"]));
        CHECK(isAmount(c["paid"]));
    }
    REQUIRE(j["by_month"].is_array());
    REQUIRE(j["by_influencer"].is_array());
    CHECK(j["over_budget"] == false);
    CHECK(j["overdue_payments"].is_array());

    // Worked by hand from the demo tables (src/storage/DemoCampaigns.cpp).
    CHECK(j["budget"] == "45000.00");
    CHECK(j["planned"] == "39600.00");   // 27000 + 2400 + 2800 + 4200 + 900 + 1500 + 800
    CHECK(j["committed"] == "33570.00"); // 25000 + 1850 + 2370 + 1200 + 900 + 1450 + 800
    CHECK(j["paid"] == "5401.30");
    CHECK(j["remaining"] == "11430.00");             // 45000.00 − 33570.00
    CHECK(j["contingency"]["reserve"] == "4500.00"); // 10 % of 45000.00
    CHECK(j["contingency"]["used"] == "800.00");     // the extra TikTok line
    // Signed contracts: 5239.50 (Giulia: 3500 + 493 × 1.50 + 1000 bonus) + 376.00 (Zoë: 94 × 4)
    // + 2800 + 365.04 (Léa: 12 % of 3042.00) + 0 (gifting) + 1900 + 9500 + 1400 + 4800.
    CHECK(j["contract_committed"] == "26380.54");
    CHECK(j["contracts_exceed_fee_lines"] == true); // against 25000 + 800 on fee lines
    const auto* fees = findBy(j["by_category"], "category", "influencer_fees");
    REQUIRE(fees);
    CHECK((*fees)["planned"] == "27800.00");
    CHECK((*fees)["committed"] == "25800.00");
    CHECK(findBy(j["overdue_payments"], "description", "Emily Carter: fee, net 30"));
    CHECK(findBy(j["overdue_payments"], "description", "Milano Talent Hub: commission"));
    CHECK(j["overdue_payments"].size() == 2);

    // The same sums read straight from the file.
    RawDb db(wb);
    const auto paid =
        db.rows("SELECT 'all', sum(p.amount_minor) FROM payment p JOIN campaign c "
                "ON c.id = p.campaign_id WHERE c.name = ?1 AND p.paid_date IS NOT NULL",
                kSummer);
    REQUIRE(paid.size() == 1);
    CHECK(j["paid"] == cents(paid[0].second));
    const auto months = db.rows(
        "SELECT substr(p.paid_date, 1, 7), sum(p.amount_minor) FROM payment p JOIN campaign c "
        "ON c.id = p.campaign_id WHERE c.name = ?1 AND p.paid_date IS NOT NULL GROUP BY 1 "
        "ORDER BY 1",
        kSummer);
    REQUIRE(j["by_month"].size() == months.size());
    for (std::size_t i = 0; i < months.size(); ++i) {
        CHECK(j["by_month"][i]["month"] == months[i].first);
        CHECK(j["by_month"][i]["paid"] == cents(months[i].second));
    }
    // With CD_TODAY=2026-06-15: May 1050 + 1400 + 38.50 + 412.80 + 300 + 900; June 600 + 700.
    CHECK(j["by_month"][0]["month"] == "2026-05");
    CHECK(j["by_month"][0]["paid"] == "4101.30");
    CHECK(j["by_month"][1]["paid"] == "1300.00");
}

TEST_CASE_METHOD(Fixture, "budget without --json prints a table, unknown campaigns are refused")
{
    const auto wb = dir.file("demo.cdwb");
    REQUIRE(cli.run({QStringLiteral("new"), q(wb), QStringLiteral("--demo")}).exitCode == 0);
    auto r = run("budget", wb, kSummer, false);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("Remaining") != std::string::npos);
    CHECK(r.out.find("11430.00") != std::string::npos);
    CHECK(r.out.find("2026-05") != std::string::npos);
    CHECK(r.out.find("Emily Carter: fee, net 30") != std::string::npos);

    for (const char* command : {"budget", "contracts"}) {
        r = run(command, wb, "No such campaign");
        CHECK(r.exitCode == 2);
        CHECK(r.errIsOneLine());
        CHECK(r.err.find("No such campaign") != std::string::npos);
        CHECK(r.out.empty());
        r = cli.run({q(command), q(wb), QStringLiteral("--json")});
        CHECK(r.exitCode == 1); // --campaign is required
        CHECK(r.errIsOneLine());
    }
}

TEST_CASE_METHOD(Fixture, "contracts --json on the demo: computed fees and warnings")
{
    const auto wb = dir.file("demo.cdwb");
    REQUIRE(cli.run({QStringLiteral("new"), q(wb), QStringLiteral("--demo")}).exitCode == 0);
    const auto r = run("contracts", wb, kSummer);
    REQUIRE(r.exitCode == 0);
    const auto j = r.json();
    REQUIRE(j.size() == 13);
    for (const auto& c : j) {
        for (const char* key : {"id", "influencer_id", "status", "compensation", "fee",
                                "influencer_name", "fee_computed", "warnings"}) {
            INFO(key);
            CHECK(c.contains(key));
        }
        for (const char* key : {"base", "performance", "bonus", "product_value", "total"}) {
            CHECK(isAmount(c["fee_computed"][key]));
        }
        CHECK(c["fee_computed"]["explanation"].is_string());
        CHECK(c["warnings"].is_array());
    }
    const auto* giulia = findBy(j, "influencer_name", "Giulia Romano");
    REQUIRE(giulia);
    CHECK((*giulia)["fee_computed"]["base"] == "3500.00");
    CHECK((*giulia)["fee_computed"]["performance"] == "739.50"); // 493 conversions × 1.50
    CHECK((*giulia)["fee_computed"]["bonus"] == "1000.00");      // 493 ≥ 400
    CHECK((*giulia)["fee_computed"]["total"] == "5239.50");
    const auto* lea = findBy(j, "influencer_name", "Léa Moreau");
    REQUIRE(lea);
    CHECK((*lea)["fee_computed"]["performance"] == "365.04"); // 12 % of 3042.00
    const auto* carmen = findBy(j, "influencer_name", "Carmen Ruiz");
    REQUIRE(carmen);
    CHECK((*carmen)["fee_computed"]["product_value"] == "240.00");
    CHECK((*carmen)["fee_computed"]["total"] == "0.00");
    const auto* zoe = findBy(j, "influencer_name", "Zoë Bianchi");
    REQUIRE(zoe);
    CHECK(anyContains((*zoe)["warnings"], "before the contract is signed"));
    const auto* emily = findBy(j, "influencer_name", "Emily Carter");
    REQUIRE(emily);
    CHECK(anyContains((*emily)["warnings"], "is overdue since"));
    const auto* lucia = findBy(j, "influencer_name", "Lucía Fernández");
    REQUIRE(lucia);
    CHECK((*lucia)["warnings"].empty());
}

TEST_CASE_METHOD(Fixture, "a small workbook: fees from recorded results, overlapping exclusivity")
{
    const auto wb = dir.file("small.cdwb");
    REQUIRE(cli.run({QStringLiteral("new"), q(wb)}).exitCode == 0);
    for (const char* name : {"Spring", "Autumn"}) {
        REQUIRE(cli.run({QStringLiteral("add-campaign"), q(wb), QStringLiteral("--name"), q(name),
                         QStringLiteral("--start"), QStringLiteral("2026-03-01"),
                         QStringLiteral("--end"), QStringLiteral("2026-12-31"),
                         QStringLiteral("--budget"), QStringLiteral("5000"),
                         QStringLiteral("--contingency"), QStringLiteral("12.5")})
                    .exitCode == 0);
    }
    {
        RawDb db(wb);
        db.exec(R"sql(
INSERT INTO influencer (id, name) VALUES (1, 'Mia Test');
INSERT INTO contract (id, campaign_id, influencer_id, status, signed_date, compensation, fee_minor,
    bonus_minor, bonus_threshold, exclusivity_category, exclusivity_start, exclusivity_end)
VALUES (1, 1, 1, 'signed', '2026-04-01', 'hybrid', 150000, 50000, 200, 'Sun care',
        '2026-04-01', '2026-07-31');
INSERT INTO contract (id, campaign_id, influencer_id, status, signed_date, compensation,
    performance_basis, revenue_share_percent, exclusivity_category, exclusivity_start,
    exclusivity_end)
VALUES (2, 2, 1, 'signed', '2026-06-01', 'performance', 'revenue_share', 12.5, 'sun care',
        '2026-07-15', '2026-10-31');
INSERT INTO content_item (campaign_id, influencer_id, platform, published_date, conversions,
    revenue_minor) VALUES (1, 1, 'instagram', '2026-04-10', 150, 50000),
    (1, 1, 'tiktok', '2026-04-20', 60, NULL), (2, 1, 'instagram', '2026-06-02', 7, 104965);
INSERT INTO budget_line (id, campaign_id, category, planned_minor, committed_minor,
    from_contingency) VALUES (1, 1, 'influencer_fees', 200000, 200000, 0),
    (2, 1, 'tools', 10000, 3333, 1);
INSERT INTO payment (campaign_id, budget_line_id, contract_id, description, amount_minor,
    due_date, paid_date) VALUES (1, 1, 1, 'a', 3333, '2026-04-01', '2026-04-02'),
    (1, 1, 1, 'b', 3333, '2026-05-01', '2026-05-03'), (1, 2, NULL, 'c', 3334, NULL, '2026-05-09'),
    (1, 1, 1, 'd', 100000, '2026-06-01', NULL);
)sql");
    }

    auto r = run("contracts", wb, "Spring");
    REQUIRE(r.exitCode == 0);
    auto j = r.json();
    REQUIRE(j.size() == 1);
    // Hybrid: 1500.00 base + 500.00 bonus earned by 150 + 60 = 210 ≥ 200 conversions.
    CHECK(j[0]["fee_computed"]["total"] == "2000.00");
    CHECK(j[0]["fee_computed"]["bonus"] == "500.00");
    CHECK(j[0]["influencer_name"] == "Mia Test");

    r = run("contracts", wb, "2");
    REQUIRE(r.exitCode == 0);
    j = r.json();
    REQUIRE(j.size() == 1);
    // Revenue share: 12.5 % of 1049.65 = 131.20625 → 131.21.
    CHECK(j[0]["fee_computed"]["total"] == "131.21");
    CHECK(anyContains(j[0]["warnings"], "overlaps contract #1 of the same influencer (campaign "
                                        "\"Spring\") from 2026-07-15 to 2026-07-31"));

    r = cli.run({QStringLiteral("check"), q(wb), QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    const auto report = r.json();
    bool found = false;
    for (const auto& issue : report["issues"]) {
        if (issue["message"].get<std::string>().find("Exclusivity in") != std::string::npos) {
            found = true;
            CHECK(issue["campaign"] == "Autumn");
            CHECK(issue["severity"] == "warning");
            CHECK(issue["subject"] == "Contract #2");
        }
    }
    CHECK(found);

    r = run("budget", wb, "Spring");
    REQUIRE(r.exitCode == 0);
    j = r.json();
    CHECK(j["paid"] == "100.00"); // 33.33 + 33.33 + 33.34: no drift
    CHECK(j["committed"] == "2033.33");
    CHECK(j["remaining"] == "2966.67");
    CHECK(j["contingency"]["reserve"] == "625.00"); // 12.5 % of 5000.00
    CHECK(j["contingency"]["used"] == "33.34");     // paid 33.34 > committed 33.33
    CHECK(j["contract_committed"] == "2000.00");
    CHECK(j["by_influencer"][0]["influencer_name"] == "Mia Test");
    CHECK(j["by_influencer"][0]["paid"] == "66.66");
    CHECK(j["overdue_payments"].size() == 1);
    CHECK(j["overdue_payments"][0]["days_overdue"] == 14);
}
