#include "io/InfluencerRows.h"

#include <catch2/catch.hpp>

using namespace cd::io;
using cd::core::Platform;

namespace {

InfluencerRows convert(const std::string& csv, InfluencerRowOptions options = {})
{
    const auto table = readCsv(csv);
    return convertInfluencerRows(table, ColumnMapping::guess(table.header), options);
}

std::string reasonOn(const InfluencerRows& rows, std::size_t line)
{
    for (const auto& r : rows.rejected) {
        if (r.line == line) {
            return r.reason;
        }
    }
    return {};
}

} // namespace

TEST_CASE("European Excel rows become influencers with exact values")
{
    const auto rows =
        convert("Nome;Profilo;Piattaforma;Follower;Tasso di engagement;Email;Tariffa\r\n"
                "Giulia Romano;@giulia.glow;Instagram;48.900;3,4%;giulia@example.it;1.250,50\r\n"
                "Marco;https://www.tiktok.com/@marco.fit;;1,2M;N/A;;\r\n");
    REQUIRE(rows.rejected.empty());
    REQUIRE(rows.candidates.size() == 2);
    const auto& g = rows.candidates[0].influencer;
    CHECK(rows.candidates[0].line == 2);
    CHECK(g.name == "Giulia Romano");
    REQUIRE(g.handles.size() == 1);
    CHECK(g.handles[0].platform == Platform::Instagram);
    CHECK(g.handles[0].handle == "giulia.glow");
    CHECK(g.handles[0].followers == 48900);
    CHECK(*g.handles[0].engagementRate == Approx(0.034));
    CHECK(g.email == "giulia@example.it");
    CHECK(g.rate->minorUnits() == 125050);
    const auto& m = rows.candidates[1].influencer;
    CHECK(m.handles[0].platform == Platform::TikTok); // from the profile URL
    CHECK(m.handles[0].handle == "marco.fit");
    CHECK(m.handles[0].followers == 1200000);
    CHECK_FALSE(m.handles[0].engagementRate);
}

TEST_CASE("Bad rows are rejected with their line and a reason, good rows go on")
{
    const auto rows = convert("name,handle,followers,engagement rate,email\n"
                              "Ok,ok1,100,1%,\n"
                              ",,,,\n"
                              "Neg,neg,-5,1%,\n"
                              "Text,txt,lots,1%,\n"
                              "Rate,rate,10,150%,\n"
                              "Mail,mail,10,1%,not-an-email\n"
                              ",,10,1%,\n"
                              "Ragged,rag,10\n"
                              "Fine,fine,2K,0.05,fine@example.com\n");
    CHECK(rows.candidates.size() == 2);
    CHECK(rows.rejected.size() == 6);
    CHECK(reasonOn(rows, 4).find("negative") != std::string::npos);
    CHECK(reasonOn(rows, 5).find("\"followers\"") != std::string::npos);
    CHECK(reasonOn(rows, 6).find("100 %") != std::string::npos);
    CHECK(reasonOn(rows, 7).find("not a valid e-mail") != std::string::npos);
    CHECK(reasonOn(rows, 8).find("neither a name nor a handle") != std::string::npos);
    CHECK(reasonOn(rows, 9).find("has 3 cells but the header has 5") != std::string::npos);
    CHECK(rows.rejected[0].cells.at(0) == "Neg"); // the original cells are kept
}

TEST_CASE("The default platform applies when the row names none")
{
    InfluencerRowOptions options;
    options.defaultPlatform = Platform::TikTok;
    const auto rows = convert("Name,Username,Follower Count\nA,@a,10.4M\n", options);
    REQUIRE(rows.candidates.size() == 1);
    CHECK(rows.candidates[0].influencer.handles[0].platform == Platform::TikTok);
    CHECK(rows.candidates[0].influencer.handles[0].followers == 10400000);
}

TEST_CASE("Rows sharing a Person ID become one influencer with every handle")
{
    const auto rows = convert("Person ID,Name,Platform,Handle,Followers\n"
                              "7,Zoë,instagram,zoe,1000\n"
                              "7,Zoë,tiktok,zoe.tt,2000\n"
                              "8,Other,instagram,other,5\n");
    REQUIRE(rows.candidates.size() == 2);
    const auto& z = rows.candidates[0].influencer;
    REQUIRE(z.handles.size() == 2);
    CHECK(z.handles[1].platform == Platform::TikTok);
    CHECK(z.handles[1].followers == 2000);
}

TEST_CASE("Our own formula protection is undone on import")
{
    CHECK(unprotectCell("'=SUM(A1)") == "=SUM(A1)");
    CHECK(unprotectCell("'-3") == "-3");
    CHECK(unprotectCell("'quoted'") == "'quoted'");
    CHECK(unprotectCell("plain") == "plain");
}
