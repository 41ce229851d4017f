// The two real influencer lists in CD_SHARED_DATA, read as they are.
#include "io/ColumnMapping.h"
#include "io/CsvReader.h"
#include "io/ValueParsing.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace cd::io;
using Fields = std::vector<std::string>;

namespace {

std::string readSample(const std::string& name)
{
    const char* dir = std::getenv("CD_SHARED_DATA");
    if (dir == nullptr) {
        dir = CD_SHARED_DATA_FALLBACK;
    }
    std::ifstream in(std::string(dir) + "/" + name, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

const CsvRecord* findByField(const CsvTable& t, std::size_t column, std::string_view value)
{
    for (const auto& r : t.records) {
        if (r.fields.at(column) == value) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("top_instagram_influencers.csv: BOM, CRLF, 200 rows, units and rates")
{
    const std::string bytes = readSample("top_instagram_influencers.csv");
    const auto t = readCsv(bytes);
    CHECK(t.encoding == Encoding::Utf8);
    CHECK(t.hadBom);
    CHECK(t.delimiter == Delimiter::Comma);
    CHECK(t.headerLine == 1);
    CHECK(t.header == Fields{"rank", "channel_info", "influence_score", "posts", "followers",
                             "avg_likes", "60d_eng_rate", "new_post_avg_like", "total_likes",
                             "country"});
    CHECK(t.records.size() == 200);
    CHECK(t.problems.empty());
    for (const auto& r : t.records) {
        CHECK_FALSE(r.ragged);
    }

    const auto& first = t.records.front();
    CHECK(first.line == 2);
    CHECK(first.fields[1] == "cristiano"); // no '\r' left behind by CRLF
    CHECK(first.fields[9] == "Spain");
    CHECK(parseCount(first.fields[3]).value == 3300);           // 3.3k posts
    CHECK(parseCount(first.fields[4]).value == 475'800'000);    // 475.8m
    CHECK(parseCount(first.fields[8]).value == 29'000'000'000); // 29.0b
    CHECK(parseRate(first.fields[6]).value == Approx(0.0139));
    CHECK(t.records.back().line == 201);

    const auto* messi = findByField(t, 1, "leomessi");
    REQUIRE(messi != nullptr);
    CHECK(parseCount(messi->fields[3]).value == 890); // 0.89k
    CHECK(messi->fields[9] == "NaN");
    CHECK(isUnknownMarker(messi->fields[9]));

    // Every count and rate in the file reads; only countries are sometimes unknown.
    for (const auto& r : t.records) {
        INFO("line " << r.line);
        for (const std::size_t c : {3, 4, 5, 7, 8}) {
            CHECK(parseCount(r.fields[c]).hasValue());
        }
        CHECK_FALSE(parseRate(r.fields[6]).isError());
        if (r.line != 119) {
            CHECK(parseHandle(r.fields[1]).hasValue());
        }
    }
    // Real-world quirks: a missing rate written "NaN%", a display name where a handle belongs.
    const auto* rkive = findByField(t, 1, "rkive");
    REQUIRE(rkive != nullptr);
    CHECK(rkive->fields[6] == "NaN%");
    CHECK(parseRate(rkive->fields[6]).isUnknown());
    const auto* crafts = findByField(t, 1, "5-Minute Crafts GIRLY");
    REQUIRE(crafts != nullptr);
    CHECK(crafts->line == 119);
    CHECK(parseHandle(crafts->fields[1]).error.find("spaces") != std::string::npos);
    // The file itself carries a double-encoded name: UTF-8 bytes of "Ã´", not "ô".
    const auto* hrithik = findByField(t, 1, "hrithikroshan");
    REQUIRE(hrithik != nullptr);
    CHECK(hrithik->fields[9] == "C\xC3\x83\xC2\xB4te d'Ivoire");

    const auto mapping = ColumnMapping::guess(t.header);
    CHECK(mapping.field(0) == InfluencerField::Ignore);
    CHECK(mapping.field(1) == InfluencerField::Handle);
    CHECK(mapping.field(4) == InfluencerField::Followers);
    CHECK(mapping.field(6) == InfluencerField::EngagementRate);
    CHECK(mapping.field(9) == InfluencerField::Country);
    CHECK_FALSE(mapping.columnOf(InfluencerField::Unmapped).has_value());
}

TEST_CASE("nigerian_tiktok_influencers.csv: junk line, Windows-1252, @handles")
{
    const std::string bytes = readSample("nigerian_tiktok_influencers.csv");
    const auto t = readCsv(bytes);
    CHECK(t.encoding == Encoding::Windows1252);
    CHECK_FALSE(t.hadBom);
    CHECK(t.delimiter == Delimiter::Comma);
    CHECK(t.headerLine == 2); // line 1 is ",,,"
    CHECK(t.header == Fields{"Rank", "Name", "Username", "Follower Count"});
    CHECK(t.records.size() == 200);
    CHECK(t.problems.empty());

    const auto& first = t.records.front();
    CHECK(first.line == 3);
    CHECK(first.fields[1] == "Abdullahi is my name btw");
    CHECK(parseCount(first.fields[3]).value == 10'400'000);
    const auto handle = parseHandle(first.fields[2]);
    REQUIRE(handle.hasValue());
    CHECK(handle.value.handle == "itsyaboymaina");

    // Line 112 holds the byte 0xE9 ("Niké"), line 97 the byte 0x92 (a right single quote).
    const auto* nike = findByField(t, 2, "@specsandblazers");
    REQUIRE(nike != nullptr);
    CHECK(nike->line == 112);
    CHECK(nike->fields[1] == "Nik\xC3\xA9");
    const auto* lawal = findByField(t, 2, "@thelawalfamily");
    REQUIRE(lawal != nullptr);
    CHECK(lawal->line == 97);
    CHECK(lawal->fields[1] == "The Lawal\xE2\x80\x99s ??");

    for (const auto& r : t.records) {
        INFO("line " << r.line);
        CHECK(parseCount(r.fields[3]).hasValue());
        CHECK(parseHandle(r.fields[2]).hasValue());
    }

    const auto mapping = ColumnMapping::guess(t.header);
    CHECK(mapping.field(0) == InfluencerField::Ignore);
    CHECK(mapping.field(1) == InfluencerField::Name);
    CHECK(mapping.field(2) == InfluencerField::Handle);
    CHECK(mapping.field(3) == InfluencerField::Followers);
}
