#include "CliRunner.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <set>

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

const QString kCampaign = QStringLiteral("Summer Glow SPF Launch");

struct BriefFixture {
    TempDir dir;
    CliRunner cli{q(dir.file("xdg"))};
    std::string wb = dir.file("demo.cdwb");

    BriefFixture()
    {
        REQUIRE(cli.run({QStringLiteral("new"), q(wb), QStringLiteral("--demo")}).exitCode == 0);
    }

    CliResult brief(QStringList more = {}) const
    {
        QStringList args{QStringLiteral("brief"), q(wb), QStringLiteral("--campaign"), kCampaign};
        return cli.run(args + more);
    }

    nlohmann::json briefJson() const
    {
        const auto r = brief({QStringLiteral("--json")});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        return r.json();
    }

    CliResult setBrief(const std::string& fileText, const QString& campaign = kCampaign) const
    {
        const auto file = dir.file("brief-in.json");
        TempDir::writeAll(file, fileText);
        return cli.run({QStringLiteral("set-brief"), q(wb), QStringLiteral("--campaign"), campaign,
                        QStringLiteral("--from"), q(file)});
    }
};

std::string pdfInfo(const std::string& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {q(pdf)});
    INFO("running pdfinfo (package poppler-utils)");
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput().toStdString();
}

int pdfPages(const std::string& pdf)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(q(pdfInfo(pdf)));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

} // namespace

TEST_CASE_METHOD(BriefFixture, "brief prints each part's title and items")
{
    const auto r = brief();
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.rfind("Summer Glow SPF Launch \xE2\x80\x94 brief version 1\n", 0) == 0);
    CHECK(r.out.find("\nProduct names and spellings\n  - SPF 50 Glow Fluid") != std::string::npos);
    CHECK(r.out.find("\nRequired disclosures\n  - #ad at the start of the caption") !=
          std::string::npos);
    CHECK(r.out.find("\nOverview\n  Lumen Cosmetics launches") != std::string::npos);
    CHECK(r.out.find("\nDon't\n  - No medical claims") != std::string::npos);
    // The parts come in their order.
    CHECK(r.out.find("\nDo\n") < r.out.find("\nDon't\n"));
    CHECK(r.out.find("\nKey messages\n") < r.out.find("\nPosting best practice\n"));
}

TEST_CASE_METHOD(BriefFixture, "brief --json gives the campaign, the version and every part by key")
{
    const auto j = briefJson();
    CHECK(j["campaign"] == "Summer Glow SPF Launch");
    CHECK(j["version"] == 1);
    const auto campaigns = cli.run({QStringLiteral("campaigns"), q(wb), QStringLiteral("--json")});
    REQUIRE(campaigns.exitCode == 0);
    for (const auto& c : campaigns.json()) {
        if (c["name"] == "Summer Glow SPF Launch") {
            CHECK(j["campaign_id"] == c["id"]);
        }
    }
    std::set<std::string> keys;
    for (const auto& [key, value] : j["sections"].items()) {
        keys.insert(key);
        CHECK(value.is_string());
    }
    CHECK(keys == std::set<std::string>{"overview", "product_names", "disclosures", "key_messages",
                                        "dos", "donts", "posting_practice"});
    CHECK(j["sections"]["disclosures"].get<std::string>().rfind("- #ad at the start", 0) == 0);

    // A campaign without a brief has empty parts and version 0.
    const auto other =
        cli.run({QStringLiteral("brief"), q(wb), QStringLiteral("--campaign"),
                 QStringLiteral("Winter Lip Care Capsule"), QStringLiteral("--json")});
    REQUIRE(other.exitCode == 0);
    CHECK(other.json()["version"] == 0);
    CHECK(other.json()["sections"]["overview"] == "");
}

TEST_CASE_METHOD(BriefFixture, "brief --pdf writes one page and says where")
{
    const auto out = dir.file("brief.pdf");
    auto r = brief({QStringLiteral("--pdf"), q(out)});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == "Wrote " + out + " (one page, A4)\n");
    CHECK(pdfPages(out) == 1);
    CHECK(pdfInfo(out).find("595 x 842 pts") != std::string::npos);

    const auto letter = dir.file("letter.pdf");
    r = brief({QStringLiteral("--pdf"), q(letter), QStringLiteral("--page-size"),
               QStringLiteral("letter")});
    REQUIRE(r.exitCode == 0);
    CHECK(pdfInfo(letter).find("612 x 792 pts") != std::string::npos);
}

TEST_CASE_METHOD(BriefFixture, "set-brief changes the parts it gives and keeps the others")
{
    const auto before = briefJson();
    auto r = setBrief(R"({"sections": {"key_messages": "- One message\n- Two", "dos": ""}})");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == "Changed 2 parts of the brief of Summer Glow SPF Launch (version 2)\n");
    auto after = briefJson();
    CHECK(after["version"] == 2);
    CHECK(after["sections"]["key_messages"] == "- One message\n- Two");
    CHECK(after["sections"]["dos"] == "");
    CHECK(after["sections"]["product_names"] == before["sections"]["product_names"]);
    CHECK(after["sections"]["overview"] == before["sections"]["overview"]);

    // The flat form, and the output of brief --json read back as it is.
    r = setBrief(R"({"donts": "- Nothing \"quoted\" <b>here</b>"})");
    REQUIRE(r.exitCode == 0);
    after = briefJson();
    CHECK(after["sections"]["donts"] == "- Nothing \"quoted\" <b>here</b>");
    r = setBrief(after.dump());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == "No change to the brief of Summer Glow SPF Launch (version 3)\n");
    CHECK(briefJson() == after);

    // A campaign without a brief gets one.
    r = setBrief(R"({"overview": "Autumn in a sentence."})",
                 QStringLiteral("Winter Lip Care Capsule"));
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == "Changed 1 part of the brief of Winter Lip Care Capsule (version 1)\n");
}

TEST_CASE_METHOD(BriefFixture, "set-brief --from - reads the brief from standard input")
{
    auto r = cli.runWithInput({QStringLiteral("set-brief"), q(wb), QStringLiteral("--campaign"),
                               kCampaign, QStringLiteral("--from"), QStringLiteral("-")},
                              QByteArrayLiteral(R"({"overview": "Piped in: caf\u00e9 & sun."})"));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == "Changed 1 part of the brief of Summer Glow SPF Launch (version 2)\n");
    CHECK(briefJson()["sections"]["overview"] == "Piped in: caf\u00e9 & sun.");

    // Nothing on standard input is a bad file, not an empty brief.
    r = cli.runWithInput({QStringLiteral("set-brief"), q(wb), QStringLiteral("--campaign"),
                          kCampaign, QStringLiteral("--from"), QStringLiteral("-")},
                         {});
    CHECK(r.exitCode == 2);
    CHECK(r.errIsOneLine());
    CHECK(briefJson()["version"] == 2);
}

TEST_CASE_METHOD(BriefFixture, "set-brief refuses unknown parts and bad files with one line")
{
    const auto before = briefJson();
    auto r = setBrief(R"({"sections": {"dos": "- fine", "hashtags": "#ad"}})");
    CHECK(r.exitCode == 2);
    CHECK(r.errIsOneLine());
    CHECK(r.err.find("unknown brief part \"hashtags\"") != std::string::npos);
    CHECK(r.err.find("posting_practice") != std::string::npos); // names the known keys

    r = setBrief(R"({"dos": 3})");
    CHECK(r.exitCode == 2);
    CHECK(r.errIsOneLine());
    r = setBrief("[\"dos\"]");
    CHECK(r.exitCode == 2);
    r = setBrief("{\"dos\": ");
    CHECK(r.exitCode == 2);
    CHECK(r.errIsOneLine());
    CHECK(r.err.find("not valid JSON") != std::string::npos);
    // Nothing was written by any of them.
    CHECK(briefJson() == before);

    r = cli.run({QStringLiteral("set-brief"), q(wb), QStringLiteral("--campaign"), kCampaign,
                 QStringLiteral("--from"), q(dir.file("missing.json"))});
    CHECK(r.exitCode == 2);
    CHECK(r.errIsOneLine());
    r = cli.run({QStringLiteral("set-brief"), q(wb), QStringLiteral("--campaign"), kCampaign});
    CHECK(r.exitCode == 1);
}

TEST_CASE_METHOD(BriefFixture, "brief refuses an unknown campaign, bad options and an empty brief")
{
    auto r = cli.run({QStringLiteral("brief"), q(wb), QStringLiteral("--campaign"),
                      QStringLiteral("No such campaign")});
    CHECK(r.exitCode == 2);
    CHECK(r.errIsOneLine());
    CHECK(r.err.find("no campaign named or numbered \"No such campaign\"") != std::string::npos);
    r = setBrief(R"({"dos": "- x"})", QStringLiteral("No such campaign"));
    CHECK(r.exitCode == 2);
    CHECK(r.errIsOneLine());

    r = cli.run({QStringLiteral("brief"), q(wb)});
    CHECK(r.exitCode == 1);
    r = brief({QStringLiteral("--json"), QStringLiteral("--pdf"), q(dir.file("x.pdf"))});
    CHECK(r.exitCode == 1);
    r = brief({QStringLiteral("--pdf"), q(dir.file("x.pdf")), QStringLiteral("--page-size"),
               QStringLiteral("A5")});
    CHECK(r.exitCode == 2);
    r = cli.run({QStringLiteral("brief"), q(dir.file("missing.cdwb")), QStringLiteral("--campaign"),
                 kCampaign});
    CHECK(r.exitCode == 3);

    const auto empty = dir.file("empty.pdf");
    r = cli.run({QStringLiteral("brief"), q(wb), QStringLiteral("--campaign"),
                 QStringLiteral("Winter Lip Care Capsule"), QStringLiteral("--pdf"), q(empty)});
    CHECK(r.exitCode == 2);
    CHECK(r.errIsOneLine());
    CHECK(r.err.find("The brief of Winter Lip Care Capsule is empty") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(empty));
    r = cli.run({QStringLiteral("brief"), q(wb), QStringLiteral("--campaign"),
                 QStringLiteral("Winter Lip Care Capsule")});
    CHECK(r.exitCode == 0);
    CHECK(r.out == "The brief of Winter Lip Care Capsule is empty.\n");
}
