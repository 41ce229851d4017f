// `team` end to end on the real binary: the demo's team, one person's work, the errors.

#include "CliRunner.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QString>

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

TEST_CASE("team lists the people with roles and assignments, and one person's work")
{
    TempDir dir;
    CliRunner cli{q(dir.file("xdg"))};
    const std::string wb = dir.file("demo.cdwb");
    REQUIRE(cli.run({QStringLiteral("new"), q(wb), QStringLiteral("--demo")}).exitCode == 0);

    const auto list = cli.run({QStringLiteral("team"), q(wb), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const auto team = list.json();
    REQUIRE(team.size() == 4);
    CHECK(team[0]["name"] == "Daniel");
    CHECK(team[0]["roles"] == nlohmann::json({"strategy", "analytics"}));
    CHECK(team[3]["name"] == "Sofia");
    CHECK(team[3]["email"] == "sofia@lumen-cosmetics.example");
    CHECK(team[3]["tasks"].get<int>() > 0);
    CHECK(team[3]["contracts"].get<int>() > 0);

    const auto text = cli.run({QStringLiteral("team"), q(wb)});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.find("\tLuca\tluca@lumen-cosmetics.example\toperations\t") != std::string::npos);

    const auto work = cli.run({QStringLiteral("team"), q(wb), QStringLiteral("--person"),
                               QStringLiteral("Sofia"), QStringLiteral("--campaign"),
                               QStringLiteral("Summer Glow SPF Launch"), QStringLiteral("--json")});
    REQUIRE(work.exitCode == 0);
    const auto j = work.json();
    CHECK(j["person"] == "Sofia");
    CHECK(j["campaign_id"] == 1);
    CHECK_FALSE(j["tasks"].empty());
    CHECK_FALSE(j["contracts"].empty());
    for (const char* key : {"influencers", "payments", "content", "open_tasks", "late_tasks",
                            "contracts_to_sign", "content_to_review", "payments_overdue"}) {
        CHECK(j.contains(key));
    }
    // The contracts listed are Sofia's.
    const auto contracts =
        cli.run({QStringLiteral("contracts"), q(wb), QStringLiteral("--campaign"),
                 QStringLiteral("1"), QStringLiteral("--json")});
    REQUIRE(contracts.exitCode == 0);
    int hers = 0;
    for (const auto& c : contracts.json()) {
        hers += c["assignee"] == "Sofia" ? 1 : 0;
    }
    CHECK(hers == static_cast<int>(j["contracts"].size()));

    SECTION("Mistakes are told in one line with their exit codes")
    {
        const auto nobody =
            cli.run({QStringLiteral("team"), q(wb), QStringLiteral("--person"),
                     QStringLiteral("Zed"), QStringLiteral("--campaign"), QStringLiteral("1")});
        CHECK(nobody.exitCode == 2);
        CHECK(nobody.err.find("Nobody called \"Zed\"") != std::string::npos);
        CHECK(nobody.errIsOneLine());
        const auto half = cli.run(
            {QStringLiteral("team"), q(wb), QStringLiteral("--person"), QStringLiteral("Sofia")});
        CHECK(half.exitCode == 1);
        const auto noCampaign =
            cli.run({QStringLiteral("team"), q(wb), QStringLiteral("--person"),
                     QStringLiteral("Sofia"), QStringLiteral("--campaign"), QStringLiteral("99")});
        CHECK(noCampaign.exitCode == 2);
    }
}
