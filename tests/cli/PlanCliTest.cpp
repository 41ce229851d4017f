// `wbs`, `apply-template` and `save-template` end to end, on the real binary.

#include "CliRunner.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <QDate>
#include <QString>

#include <functional>
#include <set>

namespace {

using nlohmann::json;

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// Decimal text with two decimals ("1850.00") as cents, so sums are exact.
std::int64_t cents(const json& amount)
{
    const auto text = amount.get<std::string>();
    const auto point = text.find('.');
    REQUIRE(point != std::string::npos);
    REQUIRE(text.size() - point == 3);
    return std::stoll(text.substr(0, point)) * 100 + std::stoll(text.substr(point + 1));
}

void forEachTask(const json& tasks, const std::function<void(const json&)>& visit)
{
    for (const auto& t : tasks) {
        visit(t);
        forEachTask(t["children"], visit);
    }
}

int countTasks(const json& tasks)
{
    int n = 0;
    forEachTask(tasks, [&](const json&) { ++n; });
    return n;
}

const json& taskByCode(const json& report, const std::string& code)
{
    const json* found = nullptr;
    forEachTask(report["tasks"], [&](const json& t) {
        if (t["code"] == code) {
            found = &t;
        }
    });
    REQUIRE(found);
    return *found;
}

void exec(const std::string& path, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

struct Fixture {
    TempDir dir;
    CliRunner cli{q(dir.file("xdg"))};
    std::string wb = dir.file("plan.cdwb");

    void newWorkbook(const QStringList& campaigns)
    {
        REQUIRE(cli.run({QStringLiteral("new"), q(wb)}).exitCode == 0);
        for (const auto& name : campaigns) {
            REQUIRE(cli.run({QStringLiteral("add-campaign"), q(wb), QStringLiteral("--name"), name,
                             QStringLiteral("--start"), QStringLiteral("2026-07-01")})
                        .exitCode == 0);
        }
    }
    CliResult apply(const QString& campaign, const QStringList& more = {})
    {
        return cli.run(QStringList{QStringLiteral("apply-template"), q(wb),
                                   QStringLiteral("--campaign"), campaign} +
                       more);
    }
    json wbs(const QString& campaign)
    {
        const auto r = cli.run({QStringLiteral("wbs"), q(wb), QStringLiteral("--campaign"),
                                campaign, QStringLiteral("--json")});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        return r.json();
    }
};

// The shape of a plan without its dates and ids: what a template carries.
json structure(const json& tasks)
{
    json out = json::array();
    for (const auto& t : tasks) {
        out.push_back({{"code", t["code"]},
                       {"name", t["name"]},
                       {"kind", t["kind"]},
                       {"phase", t["phase"]},
                       {"owner_role", t["owner_role"]},
                       {"duration_days", t["duration_days"]},
                       {"buffer_days", t["buffer_days"]},
                       {"cost", t["cost"]},
                       {"predecessors", t["predecessors"]},
                       {"children", structure(t["children"])}});
    }
    return out;
}

} // namespace

TEST_CASE_METHOD(Fixture,
                 "apply-template with the default template gives a scheduled six-phase WBS")
{
    newWorkbook({QStringLiteral("Spring")});
    auto r = apply(QStringLiteral("Spring"));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("starting 2026-07-01") != std::string::npos);

    const auto report = wbs(QStringLiteral("Spring"));
    CHECK(report["campaign"]["name"] == "Spring");
    const auto& tasks = report["tasks"];
    REQUIRE(tasks.size() == 6);
    std::set<std::string> phases;
    for (std::size_t i = 0; i < 6; ++i) {
        CHECK(tasks[i]["code"] == std::to_string(i + 1));
        CHECK(tasks[i]["summary"] == true);
        CHECK_FALSE(tasks[i]["children"].empty());
        phases.insert(tasks[i]["phase"].get<std::string>());
        for (const auto& c : tasks[i]["children"]) {
            CHECK(c["phase"] == tasks[i]["phase"]);
            CHECK(c["code"].get<std::string>().rfind(std::to_string(i + 1) + ".", 0) == 0);
        }
    }
    CHECK(phases.size() == 6);
    CHECK(countTasks(tasks) >= 25);
    CHECK(countTasks(tasks) <= 40);

    // Laid out from the campaign's start: 1.1 (2 days) then 1.2 (5 days) after it; 1.3 starts
    // two days before 1.2 ends, as the template says.
    CHECK(report["start"] == "2026-07-01");
    const auto& persona = taskByCode(report, "1.1");
    CHECK(persona["start"] == "2026-07-01");
    CHECK(persona["early_finish"] == "2026-07-02");
    CHECK(persona["predecessors"] == "");
    const auto& longList = taskByCode(report, "1.2");
    CHECK(longList["early_start"] == "2026-07-03");
    CHECK(longList["early_finish"] == "2026-07-07");
    CHECK(longList["predecessors"] == "1.1");
    CHECK(taskByCode(report, "1.3")["predecessors"] == "1.2FS-2d");
    CHECK(taskByCode(report, "1.3")["early_start"] == "2026-07-06");

    REQUIRE_FALSE(report["critical_path"].empty());
    for (const auto& code : report["critical_path"]) {
        const auto& t = taskByCode(report, code.get<std::string>());
        CHECK(t["critical"] == true);
        CHECK(t["total_float_days"] == 0);
    }
    // The campaign closes last, on the critical path.
    CHECK(taskByCode(report, "6.6")["critical"] == true);
    CHECK(report["finish"] == taskByCode(report, "6.6")["early_finish"]);
    CHECK(report["finish_with_buffers"].get<std::string>() > report["finish"].get<std::string>());
}

TEST_CASE_METHOD(Fixture, "wbs rolls summaries up from their children")
{
    newWorkbook({QStringLiteral("Spring")});
    REQUIRE(apply(QStringLiteral("Spring")).exitCode == 0);
    auto report = wbs(QStringLiteral("Spring"));
    const auto persona = taskByCode(report, "1.1")["id"].get<int>();
    const auto longList = taskByCode(report, "1.2")["id"].get<int>();
    exec(wb, "UPDATE task SET percent_complete = 100 WHERE id = " + std::to_string(persona) +
                 "; UPDATE task SET percent_complete = 50 WHERE id = " + std::to_string(longList) +
                 ";");
    report = wbs(QStringLiteral("Spring"));
    for (const auto& summary : report["tasks"]) {
        std::int64_t sum = 0;
        std::string start = "9999-12-31";
        std::string finish = "0000-01-01";
        double weighted = 0;
        int days = 0;
        for (const auto& c : summary["children"]) {
            sum += cents(c["cost"]);
            start = std::min(start, c["start"].get<std::string>());
            finish = std::max(finish, c["finish"].get<std::string>());
            weighted += c["percent_complete"].get<double>() * c["duration_days"].get<int>();
            days += c["duration_days"].get<int>();
        }
        INFO(summary["name"]);
        CHECK(cents(summary["cost"]) == sum);
        CHECK(summary["start"] == start);
        CHECK(summary["finish"] == finish);
        CHECK(summary["percent_complete"].get<double>() == Approx(weighted / days));
    }
    // Research: 300 + 750 + 600 + 200 + 0 from the template file.
    CHECK(taskByCode(report, "1")["cost"] == "1850.00");
    // 1.1 is 2 days at 100 %, 1.2 5 days at 50 %; 1.3 (4), 1.4 (2) at 0; 13 days in all.
    CHECK(taskByCode(report, "1")["percent_complete"].get<double>() == Approx(450.0 / 13));
    CHECK(taskByCode(report, "1.2")["percent_complete"] == 50.0);
}

TEST_CASE_METHOD(Fixture, "save-template then apply-template to another campaign repeats the plan")
{
    newWorkbook({QStringLiteral("Spring"), QStringLiteral("Autumn")});
    REQUIRE(
        apply(QStringLiteral("Spring"), {QStringLiteral("--template"), QStringLiteral("default")})
            .exitCode == 0);
    const auto file = dir.file("saved.json");
    auto r = cli.run({QStringLiteral("save-template"), q(wb), QStringLiteral("--campaign"),
                      QStringLiteral("Spring"), q(file), QStringLiteral("--name"),
                      QStringLiteral("Our way")});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto saved = json::parse(TempDir::readAll(file));
    CHECK(saved["format"] == "campaigndesk-wbs");
    CHECK(saved["version"] == 1);
    CHECK(saved["name"] == "Our way");

    r = apply(QStringLiteral("Autumn"), {q(file), QStringLiteral("--start"),
                                         QStringLiteral("2026-09-01"), QStringLiteral("--json")});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()["task_ids"].size() == 38);

    const auto spring = wbs(QStringLiteral("Spring"));
    const auto autumn = wbs(QStringLiteral("Autumn"));
    CHECK(structure(autumn["tasks"]) == structure(spring["tasks"]));
    // The same plan two months (62 days) later.
    const auto shifted = QDate::fromString(q(spring["finish"].get<std::string>()), Qt::ISODate)
                             .addDays(62)
                             .toString(Qt::ISODate)
                             .toStdString();
    CHECK(autumn["start"] == "2026-09-01");
    CHECK(autumn["finish"] == shifted);
    CHECK(autumn["critical_path"] == spring["critical_path"]);

    // The file is never overwritten by accident; "-" writes to standard output.
    r = cli.run({QStringLiteral("save-template"), q(wb), QStringLiteral("--campaign"),
                 QStringLiteral("Autumn"), q(file)});
    CHECK(r.exitCode == 2);
    CHECK(r.errIsOneLine());
    r = cli.run({QStringLiteral("save-template"), q(wb), QStringLiteral("--campaign"),
                 QStringLiteral("Autumn"), QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()["name"] == "Autumn");
}

TEST_CASE_METHOD(Fixture, "apply-template appends after the existing top-level tasks")
{
    REQUIRE(cli.run({QStringLiteral("new"), q(wb), QStringLiteral("--demo")}).exitCode == 0);
    const QString campaign = QStringLiteral("1");
    const auto before = wbs(campaign);
    const auto existing = before["tasks"].size();
    REQUIRE(existing > 0);
    const auto r = apply(campaign, {QStringLiteral("--start"), QStringLiteral("2026-08-03")});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto after = wbs(campaign);
    REQUIRE(after["tasks"].size() == existing + 6);
    for (std::size_t i = 0; i < existing; ++i) {
        CHECK(after["tasks"][i]["name"] == before["tasks"][i]["name"]);
    }
    const auto& research = after["tasks"][existing];
    CHECK(research["code"] == std::to_string(existing + 1));
    CHECK(research["name"] == "Influencer research");
    CHECK(research["children"][0]["start"] == "2026-08-03");
}

TEST_CASE_METHOD(Fixture, "A malformed template exits 2 naming the JSON path and changes nothing")
{
    newWorkbook({QStringLiteral("Spring")});
    REQUIRE(apply(QStringLiteral("Spring")).exitCode == 0);
    const auto before = wbs(QStringLiteral("Spring"));
    const std::string head = R"({"format": "campaigndesk-wbs", "version": 1, "tasks": )";
    const std::vector<std::pair<std::string, std::string>> cases = {
        {head + "[{\"name\": \"A\",}]}", "line 1, column"},
        {R"({"format": "ms-project", "version": 1, "tasks": [{"name": "A"}]})", "/format: "},
        {head + R"([{"name": "P", "children": [{"name": "A", "duration_days": -3}]}]})",
         "/tasks/0/children/0/duration_days: must be a whole number ≥ 0"},
        {head + R"([{"key": "a", "name": "A", "depends_on": [{"key": "nope"}]}]})",
         "/tasks/0/depends_on/0/key: no task has the key \"nope\""},
        {head + R"([{"key": "a", "name": "A", "depends_on": [{"key": "b"}]},
                    {"key": "b", "name": "B", "depends_on": [{"key": "a"}]}]})",
         "/tasks/1/depends_on/0: These dependencies form a cycle"},
    };
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const auto file = dir.file("bad" + std::to_string(i) + ".json");
        TempDir::writeAll(file, cases[i].first);
        const auto r = apply(QStringLiteral("Spring"), {q(file)});
        INFO(cases[i].first);
        INFO(r.err);
        CHECK(r.exitCode == 2);
        CHECK(r.errIsOneLine());
        CHECK(r.err.find(cases[i].second) != std::string::npos);
        CHECK(r.err.find(file) != std::string::npos);
    }
    CHECK(wbs(QStringLiteral("Spring")) == before);

    // Wrong shapes of the command itself.
    CHECK(apply(QStringLiteral("Spring"),
                {q(dir.file("x.json")), QStringLiteral("--template"), QStringLiteral("default")})
              .exitCode == 1);
    CHECK(apply(QStringLiteral("Nobody")).exitCode == 2);
    CHECK(apply(QStringLiteral("Spring"), {QStringLiteral("--start"), QStringLiteral("2026-02-30")})
              .exitCode == 2);
    CHECK(apply(QStringLiteral("Spring"), {q(dir.file("missing.json"))}).exitCode == 2);
    CHECK(wbs(QStringLiteral("Spring")) == before);
}

TEST_CASE_METHOD(Fixture, "wbs refuses a plan whose dependencies form a cycle")
{
    newWorkbook({QStringLiteral("Spring")});
    REQUIRE(apply(QStringLiteral("Spring")).exitCode == 0);
    const auto report = wbs(QStringLiteral("Spring"));
    const auto persona = std::to_string(taskByCode(report, "1.1")["id"].get<int>());
    const auto shortlist = std::to_string(taskByCode(report, "1.5")["id"].get<int>());
    // 1.1 → 1.2 → 1.3 → 1.5 already; 1.5 → 1.1 closes the loop.
    exec(wb, "INSERT INTO dependency (predecessor_id, successor_id, type, lag_days) VALUES (" +
                 shortlist + ", " + persona + ", 'FS', 0)");
    const auto r = cli.run({QStringLiteral("wbs"), q(wb), QStringLiteral("--campaign"),
                            QStringLiteral("Spring"), QStringLiteral("--json")});
    CHECK(r.exitCode == 2);
    CHECK(r.errIsOneLine());
    CHECK(r.out.empty());
    CHECK(r.err.find("These dependencies form a cycle: \"Define the creator persona and "
                     "selection criteria\" → ") != std::string::npos);
    CHECK(r.err.find("\"Shortlist approved\"") != std::string::npos);
}

TEST_CASE_METHOD(Fixture, "wbs without --json prints one line per task")
{
    newWorkbook({QStringLiteral("Spring")});
    REQUIRE(apply(QStringLiteral("Spring")).exitCode == 0);
    const auto r = cli.run(
        {QStringLiteral("wbs"), q(wb), QStringLiteral("--campaign"), QStringLiteral("Spring")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.rfind("Spring: 2026-07-01 .. ", 0) == 0);
    CHECK(r.out.find("\n1.3\t  Audit audiences, engagement and fake followers\t2026-07-06..") !=
          std::string::npos);
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 1 + 38);
}
