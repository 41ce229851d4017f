#include "CliRunner.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QString>

#include <cstdlib>

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string sharedData(const char* name)
{
    const char* dir = std::getenv("CD_SHARED_DATA");
    return std::string(dir ? dir : CD_SHARED_DATA_FALLBACK) + "/" + name;
}

struct Fixture {
    TempDir dir;
    CliRunner cli{q(dir.file("xdg"))};
    std::string wb = dir.file("roster.cdwb");
    Fixture() { REQUIRE(cli.run({QStringLiteral("new"), q(wb)}).exitCode == 0); }

    CliResult import(const std::string& file, QStringList extra = {})
    {
        QStringList args{QStringLiteral("import-influencers"), q(wb), q(file),
                         QStringLiteral("--json")};
        return cli.run(args + extra);
    }
    nlohmann::json roster()
    {
        const auto r = cli.run({QStringLiteral("influencers"), q(wb), QStringLiteral("--json")});
        REQUIRE(r.exitCode == 0);
        return r.json();
    }
    const nlohmann::json* byHandle(const nlohmann::json& all, const std::string& handle)
    {
        for (const auto& i : all) {
            if (i["handle"] == handle) {
                return &i;
            }
        }
        return nullptr;
    }
};

} // namespace

TEST_CASE_METHOD(Fixture,
                 "The Instagram top-200 file imports with counts, values and a rejects file")
{
    const auto rejects = dir.file("rejects.csv");
    auto r = import(sharedData("top_instagram_influencers.csv"),
                    {QStringLiteral("--platform"), QStringLiteral("instagram"),
                     QStringLiteral("--rejects"), q(rejects)});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto s = r.json();
    CHECK(s["rows"] == 200);
    CHECK(s["imported"] == 199);
    CHECK(s["updated"] == 0);
    CHECK(s["skipped"] == 0);
    CHECK(s["rejected"] == 1);
    REQUIRE(s["errors"].size() == 1);
    CHECK(s["errors"][0]["line"] == 119); // the display name in the handle column
    CHECK(s["encoding"] == "utf-8");
    CHECK(s["mapping"]["channel_info"] == "handle");

    const auto all = roster();
    REQUIRE(all.size() == 199);
    const auto* ronaldo = byHandle(all, "cristiano");
    REQUIRE(ronaldo);
    CHECK((*ronaldo)["platform"] == "instagram");
    CHECK((*ronaldo)["followers"] == 475800000);
    CHECK((*ronaldo)["engagement_rate"].get<double>() == Approx(0.0139));
    CHECK((*ronaldo)["country"] == "Spain");
    const auto* messi = byHandle(all, "leomessi");
    REQUIRE(messi);
    CHECK((*messi)["country"] == ""); // NaN is unknown, not "NaN"

    const auto rejected = TempDir::readAll(rejects);
    CHECK(rejected.find("5-Minute Crafts GIRLY") != std::string::npos);
    CHECK(rejected.find(",119,") != std::string::npos);
    CHECK(rejected.find("reason") != std::string::npos);
}

TEST_CASE_METHOD(Fixture, "Re-importing updates instead of duplicating, and skip and dry run work")
{
    const auto file = sharedData("nigerian_tiktok_influencers.csv");
    auto r = import(file, {QStringLiteral("--platform"), QStringLiteral("tiktok")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()["encoding"] == "windows-1252");
    CHECK(r.json()["header_line"] == 2);
    const auto firstCount = r.json()["imported"].get<int>();
    CHECK(firstCount + r.json()["rejected"].get<int>() + r.json()["updated"].get<int>() == 200);
    const auto before = roster();
    const auto* top = byHandle(before, "itsyaboymaina");
    REQUIRE(top);
    CHECK((*top)["followers"] == 10400000);
    CHECK((*top)["platform"] == "tiktok");

    r = import(file, {QStringLiteral("--platform"), QStringLiteral("tiktok")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()["imported"] == 0);
    CHECK(r.json()["updated"].get<int>() >= firstCount);
    CHECK(roster().size() == before.size());

    r = import(file, {QStringLiteral("--platform"), QStringLiteral("tiktok"),
                      QStringLiteral("--on-duplicate"), QStringLiteral("skip")});
    CHECK(r.json()["skipped"].get<int>() >= firstCount);

    const auto other = dir.file("other.cdwb");
    REQUIRE(cli.run({QStringLiteral("new"), q(other)}).exitCode == 0);
    r = cli.run({QStringLiteral("import-influencers"), q(other), q(file),
                 QStringLiteral("--dry-run"), QStringLiteral("--json"),
                 QStringLiteral("--platform"), QStringLiteral("tiktok")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()["dry_run"] == true);
    CHECK(r.json()["imported"] == firstCount);
    const auto after = cli.run({QStringLiteral("influencers"), q(other), QStringLiteral("--json")});
    CHECK(after.json().empty());
}

TEST_CASE_METHOD(Fixture, "Export then import gives back the same roster, formulas neutralised")
{
    const auto demo = dir.file("demo.cdwb");
    REQUIRE(cli.run({QStringLiteral("new"), q(demo), QStringLiteral("--demo")}).exitCode == 0);
    // A hostile name, as another tool might have written it.
    const auto csv = dir.file("hostile.csv");
    TempDir::writeAll(csv, "Name,Handle,Platform,Followers,Notes\r\n"
                           "\"=HYPERLINK(\"\"http://x\"\")\",evil,instagram,5,\"-2+3\"\r\n");
    REQUIRE(cli.run({QStringLiteral("import-influencers"), q(demo), q(csv)}).exitCode == 0);

    const auto out = dir.file("roster.csv");
    auto r = cli.run({QStringLiteral("export-influencers"), q(demo), q(out)});
    REQUIRE(r.exitCode == 0);
    const auto exported = TempDir::readAll(out);
    CHECK(exported.rfind("\xEF\xBB\xBF", 0) == 0); // BOM: Excel reads UTF-8
    CHECK(exported.find("'=HYPERLINK") != std::string::npos);
    CHECK(exported.find(",=HYPERLINK") == std::string::npos);
    CHECK(exported.find("'-2+3") != std::string::npos);

    REQUIRE(import(out).exitCode == 0);
    auto original =
        cli.run({QStringLiteral("influencers"), q(demo), QStringLiteral("--json")}).json();
    auto copy = roster();
    REQUIRE(copy.size() == original.size());
    for (std::size_t n = 0; n < copy.size(); ++n) {
        for (auto* j : {&original[n], &copy[n]}) {
            j->erase("id");
            j->erase("version");
        }
        INFO(original[n].dump());
        CHECK(copy[n] == original[n]);
    }
}

TEST_CASE_METHOD(Fixture, "Import errors: missing file, unmappable file, bad options")
{
    auto r = import(dir.file("nope.csv"));
    CHECK(r.exitCode == 2);
    CHECK(r.errIsOneLine());
    const auto numbers = dir.file("numbers.csv");
    TempDir::writeAll(numbers, "a,b\n1,2\n");
    r = import(numbers);
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("names or handles") != std::string::npos);
    r = import(numbers, {QStringLiteral("--on-duplicate"), QStringLiteral("merge")});
    CHECK(r.exitCode == 1);
    const auto badMapping = dir.file("mapping.json");
    TempDir::writeAll(
        badMapping,
        "{\"format\":\"campaigndesk-mapping\",\"version\":1,\"columns\":{\"a\":\"shoe_size\"}}");
    r = import(numbers, {QStringLiteral("--mapping"), q(badMapping)});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("/columns/a") != std::string::npos);
    CHECK(roster().empty());
}

TEST_CASE_METHOD(Fixture, "A saved mapping is reused for the next file of the same shape")
{
    const auto file = dir.file("odd.csv");
    TempDir::writeAll(file, "Who;Where;Size\nAnna;@anna;12K\n");
    auto r = import(file);
    CHECK(r.exitCode == 2); // nothing recognisable
    const auto mapping = dir.file("odd-mapping.json");
    TempDir::writeAll(
        mapping,
        R"({"format":"campaigndesk-mapping","version":1,"columns":{"Who":"name","Where":"handle","Size":"followers"}})");
    r = import(file, {QStringLiteral("--mapping"), q(mapping), QStringLiteral("--platform"),
                      QStringLiteral("youtube")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()["imported"] == 1);
    const auto all = roster();
    CHECK(all[0]["name"] == "Anna");
    CHECK(all[0]["followers"] == 12000);
    CHECK(all[0]["platform"] == "youtube");
}

TEST_CASE_METHOD(Fixture, "A large file streams through: a person's rows join wherever they are, "
                          "bad rows are listed in line order, counts match the dry run")
{
    // 1,500 people (several of the import's batches), one row each, plus:
    //  - a second row of person 3 at the very end (its Person ID, another platform),
    //  - a second row of person 1000 right after its first,
    //  - a bad row at line 801 (negative followers) and one after the last person and a blank
    //    line (no name, no handle).
    std::string csv = "Person ID,Name,Platform,Handle,Followers,Email\n";
    std::size_t line = 1;
    for (int n = 1; n <= 1500; ++n) {
        const std::string id = std::to_string(n);
        ++line;
        if (line == 801) {
            csv += "x800,Bad Count,instagram,badcount,-5,\n";
            ++line;
        }
        csv += id + ",Person " + id + ",instagram,p" + id + "," + std::to_string(n * 10) + ",\n";
        if (n == 1000) {
            csv += "1000,Person 1000,tiktok,p1000tok,77,\n";
            ++line;
        }
    }
    csv += ",,,,,\n";                          // blank: skipped, not an error
    csv += "none,,instagram,,12,\n";           // neither name nor handle
    csv += "3,Person 3,youtube,p3tube,333,\n"; // person 3 again, far from its first row
    const auto file = dir.file("big.csv");
    TempDir::writeAll(file, csv);

    auto dry = import(file, {QStringLiteral("--dry-run")});
    REQUIRE(dry.exitCode == 0);
    const auto rejects = dir.file("rejects.csv");
    auto r = import(file, {QStringLiteral("--rejects"), q(rejects)});
    REQUIRE(r.exitCode == 0);
    const auto j = r.json();
    // Persons 1 to 1,500 each once (their second rows joined them), the two bad rows rejected.
    CHECK(j["imported"] == 1500);
    CHECK(j["rows"] == 1502);
    CHECK(j["rejected"] == 2);
    CHECK(j["rows"] == dry.json()["rows"]);
    CHECK(j["imported"] == dry.json()["imported"]);
    REQUIRE(j["errors"].size() == 2);
    CHECK(j["errors"][0]["line"] == 801);
    CHECK(j["errors"][1]["line"] == 1505); // 1,503 persons' lines, the blank one, then it
    const auto rejected = TempDir::readAll(rejects);
    CHECK(rejected.find("Bad Count") != std::string::npos);

    const auto all = roster();
    const auto* p3 = byHandle(all, "p3");
    REQUIRE(p3);
    REQUIRE((*p3)["handles"].size() == 2);
    CHECK((*p3)["handles"][1]["handle"] == "p3tube");
    CHECK((*p3)["total_followers"] == 30 + 333);
    const auto* p1000 = byHandle(all, "p1000");
    REQUIRE(p1000);
    CHECK((*p1000)["handles"].size() == 2);
}
