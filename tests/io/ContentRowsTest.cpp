#include "io/ContentRows.h"

#include <catch2/catch.hpp>

using namespace cd::io;
using cd::core::ApprovalStatus;
using cd::core::ContentType;
using cd::core::Date;
using cd::core::Platform;

namespace {

ContentRows convert(const std::string& csv, ContentRowOptions options = {})
{
    const auto table = readCsv(csv);
    return convertContentRows(table, ContentColumnMapping::guess(table.header), options);
}

std::string reasonOn(const ContentRows& rows, std::size_t line)
{
    for (const auto& r : rows.rejected) {
        if (r.line == line) {
            return r.reason;
        }
    }
    return {};
}

} // namespace

TEST_CASE("Italian headers of a European Excel export map to content fields")
{
    using F = ContentField;
    struct Case {
        const char* header;
        F field;
    };
    const Case cases[] = {
        {"Profilo", F::Handle},
        {"Username", F::Handle},
        {"Piattaforma", F::Platform},
        {"Tipo", F::Type},
        {"Data pubblicazione", F::PublishedDate},
        {"Data prevista", F::PlannedDate},
        {"Link", F::Url},
        {"Permalink", F::Url},
        {"Stato", F::Approval},
        {"Impressioni", F::Impressions},
        {"Copertura", F::Reach},
        {"Mi piace", F::Likes},
        {"Commenti", F::Comments},
        {"Condivisioni", F::Shares},
        {"Salvataggi", F::Saves},
        {"Clic", F::Clicks},
        {"Conversioni", F::Conversions},
        {"Ricavi", F::Revenue},
        {"Menzioni del brand", F::BrandMentions},
        {"Instagram Likes", F::Likes},
        {"Engagement rate", F::Ignore},
        {"Influencer", F::Ignore},
        {"Shoe size", F::Unmapped},
    };
    for (const auto& c : cases) {
        INFO(c.header);
        CHECK(matchContentHeader(c.header) == c.field);
    }
}

TEST_CASE("A content mapping saves and loads with the content field keys")
{
    auto mapping = ContentColumnMapping::guess({"Who", "Views", "Quando"});
    CHECK(mapping.field(0) == ContentField::Unmapped);
    mapping.setField(0, ContentField::Handle);
    mapping.setField(2, ContentField::PublishedDate);
    const auto json = mapping.toJson();
    CHECK(json["columns"]["Who"] == "handle");
    CHECK(json["columns"]["Views"] == "impressions");
    CHECK(json["columns"]["Quando"] == "published_date");
    const auto loaded = ContentColumnMapping::fromJson(json);
    REQUIRE(loaded.mapping);
    CHECK(loaded.mapping->appliedTo({"who", "Views", "Quando"}).field(0) == ContentField::Handle);

    const auto bad = ContentColumnMapping::parse(
        R"({"format":"campaigndesk-mapping","version":1,"columns":{"a":"followers"}})");
    CHECK_FALSE(bad.mapping); // an influencer field is not a content field
    CHECK(bad.error.path == "/columns/a");
}

TEST_CASE("European Excel rows become content items with exact values")
{
    ContentRowOptions options;
    options.currency = "EUR";
    const auto rows = convert(
        "Profilo;Piattaforma;Tipo;Data pubblicazione;Link;Impressioni;Copertura;Mi piace;"
        "Commenti;Condivisioni;Salvataggi;Clic;Conversioni;Ricavi;Stato\r\n"
        "@Giulia.Glow;Instagram;Reel;01/06/2026;https://www.instagram.com/reel/Xy1/;1.234.567;"
        "48.900;12.500;340;1,2K;N/A;2.010;37;1.234,56;approvato\r\n",
        options);
    REQUIRE(rows.rejected.empty());
    REQUIRE(rows.candidates.size() == 1);
    const auto& row = rows.candidates[0];
    CHECK(row.line == 2);
    CHECK(row.handle == "Giulia.Glow");
    CHECK(row.typeGiven);
    CHECK(row.approvalGiven);
    const auto& item = row.item;
    CHECK(item.platform == Platform::Instagram);
    CHECK(item.type == ContentType::Reel);
    CHECK(item.publishedDate == Date::fromYmd(2026, 6, 1));
    CHECK(item.url == "https://www.instagram.com/reel/Xy1/");
    CHECK(item.approval == ApprovalStatus::Approved);
    CHECK(item.metrics.impressions == 1234567);
    CHECK(item.metrics.reach == 48900);
    CHECK(item.metrics.likes == 12500);
    CHECK(item.metrics.comments == 340);
    CHECK(item.metrics.shares == 1200);
    CHECK_FALSE(item.metrics.saves); // N/A is unknown, not 0
    CHECK(item.metrics.clicks == 2010);
    CHECK(item.metrics.conversions == 37);
    REQUIRE(item.metrics.revenue);
    CHECK(item.metrics.revenue->minorUnits() == 123456);
    CHECK(item.metrics.revenue->currency() == "EUR");
}

TEST_CASE("Handles with @ or as profile URLs, K and M counts, the platform from the URL")
{
    ContentRowOptions options;
    options.defaultPlatform = Platform::YouTube;
    const auto rows = convert("Handle,Type,Date,Views,Likes,Revenue\n"
                              "https://www.tiktok.com/@marco.fit,video,2026-06-02,1.5M,15.3K,"
                              "\"1,234.50\"\n"
                              "@anna,stories,,0.89k,7,\n",
                              options);
    REQUIRE(rows.rejected.empty());
    REQUIRE(rows.candidates.size() == 2);
    const auto& marco = rows.candidates[0];
    CHECK(marco.handle == "marco.fit");
    CHECK(marco.item.platform == Platform::TikTok);
    CHECK(marco.item.metrics.impressions == 1500000);
    CHECK(marco.item.metrics.likes == 15300);
    CHECK(marco.item.metrics.revenue->minorUnits() == 123450);
    // A published date without an approval column: the platform says it is out.
    CHECK(marco.item.approval == ApprovalStatus::Published);
    CHECK_FALSE(marco.approvalGiven);
    const auto& anna = rows.candidates[1];
    CHECK(anna.handle == "anna");
    CHECK(anna.item.platform == Platform::YouTube); // --platform
    CHECK(anna.item.type == ContentType::Story);
    CHECK(anna.item.metrics.impressions == 890);
    CHECK(anna.item.approval == ApprovalStatus::Draft);
    CHECK_FALSE(anna.item.publishedDate);
}

TEST_CASE("Bad content rows are rejected with their line and a reason, good rows go on")
{
    const auto rows = convert("handle,platform,type,impressions,likes,revenue,published date\n"
                              "ok,instagram,post,100,1,,\n"
                              ",instagram,post,100,1,,\n"
                              "neg,instagram,post,-5,1,,\n"
                              "pod,instagram,podcast,5,1,,\n"
                              "net,myspace,post,5,1,,\n"
                              "usd,instagram,post,5,1,$ 10,\n"
                              "day,instagram,post,5,1,,31/02/2026\n"
                              "rag,instagram\n"
                              "fine,ig,reels,2K,3,\"12,50\",2026-06-01\n");
    CHECK(rows.candidates.size() == 2);
    CHECK(rows.rejected.size() == 7);
    CHECK(reasonOn(rows, 3).find("no handle") != std::string::npos);
    CHECK(reasonOn(rows, 4).find("\"impressions\"") != std::string::npos);
    CHECK(reasonOn(rows, 4).find("negative") != std::string::npos);
    CHECK(reasonOn(rows, 5).find("\"podcast\" is not a content type") != std::string::npos);
    CHECK(reasonOn(rows, 6).find("\"myspace\" is not a platform") != std::string::npos);
    CHECK(reasonOn(rows, 7).find("\"revenue\"") != std::string::npos);
    CHECK(reasonOn(rows, 8).find("\"published date\"") != std::string::npos);
    CHECK(reasonOn(rows, 9).find("has 2 cells but the header has 7") != std::string::npos);
    CHECK(rows.rejected[1].cells.at(0) == "neg"); // the original cells are kept
    const auto& fine = rows.candidates[1].item;
    CHECK(fine.platform == Platform::Instagram);
    CHECK(fine.type == ContentType::Reel);
    CHECK(fine.metrics.revenue->minorUnits() == 1250);
}
