#include "io/HeaderMatcher.h"
#include "io/ColumnMapping.h"

#include <catch2/catch.hpp>

using namespace cd::io;
using F = InfluencerField;

TEST_CASE("Header names in English and Italian, any case, spacing or punctuation")
{
    struct Case {
        const char* header;
        F field;
    };
    const Case cases[] = {
        {"Name", F::Name},
        {"Full Name", F::Name},
        {"Nome", F::Name},
        {"Nome e cognome", F::Name},
        {"Influencer", F::Name},
        {"Username", F::Handle},
        {"Handle", F::Handle},
        {"Profilo", F::Handle},
        {"Profile", F::Handle},
        {"Account", F::Handle},
        {"channel_info", F::Handle},
        {"Channel", F::Handle},
        {"Platform", F::Platform},
        {"Social Network", F::Platform},
        {"Piattaforma", F::Platform},
        {"Social", F::Platform},
        {"Network", F::Platform},
        {"Followers", F::Followers},
        {"Follower Count", F::Followers},
        {"Subscribers", F::Followers},
        {"Iscritti", F::Followers},
        {"follower", F::Followers},
        {"Engagement Rate", F::EngagementRate},
        {"Tasso di engagement", F::EngagementRate},
        {"ER", F::EngagementRate},
        {"60d_eng_rate", F::EngagementRate},
        {"eng_rate", F::EngagementRate},
        {"Engagement", F::EngagementRate},
        {"Email", F::Email},
        {"E-mail", F::Email},
        {"Mail", F::Email},
        {"Indirizzo email", F::Email},
        {"Phone", F::Phone},
        {"Telefono", F::Phone},
        {"Cellulare", F::Phone},
        {"Country", F::Country},
        {"Paese", F::Country},
        {"Nazione", F::Country},
        {"Language", F::Language},
        {"Lingua", F::Language},
        {"Niche", F::Niche},
        {"Category", F::Niche},
        {"Categoria", F::Niche},
        {"Nicchia", F::Niche},
        {"Tags", F::Niche},
        {"Agency", F::Agency},
        {"Agenzia", F::Agency},
        {"Status", F::Status},
        {"Stato", F::Status},
        {"Rate", F::Rate},
        {"Fee", F::Rate},
        {"Compenso", F::Rate},
        {"Tariffa", F::Rate},
        {"Notes", F::Notes},
        {"Note", F::Notes},
        {"rank", F::Ignore},
        {"influence_score", F::Ignore},
        {"posts", F::Ignore},
        {"avg_likes", F::Ignore},
        {"new_post_avg_like", F::Ignore},
        {"total_likes", F::Ignore},
        {"Unnamed: 0", F::Ignore},
        {"  FOLLOWER-COUNT  ", F::Followers},
        {"e_mail", F::Email},
        {"Instagram Followers", F::Followers},
        {"Followers (IG)", F::Followers},
        {"TikTok Username", F::Handle},
        {"Shoe size", F::Unmapped},
        {"", F::Unmapped},
        {"#", F::Unmapped},
        {"Instagram", F::Unmapped},
    };
    for (const auto& c : cases) {
        INFO(c.header);
        CHECK(matchHeader(c.header) == c.field);
    }
}

TEST_CASE("normaliseHeader keeps letters, digits and non-ASCII")
{
    CHECK(normaliseHeader("Follower Count") == "followercount");
    CHECK(normaliseHeader("60d_eng_rate") == "60dengrate");
    CHECK(normaliseHeader("Et\xC3\xA0 (anni)") == "et\xC3\xA0"
                                                  "anni");
    CHECK(normaliseHeader("\xEF\xBB\xBFName") == "name");
}

TEST_CASE("Field keys round-trip")
{
    for (const auto field : allInfluencerFields()) {
        CHECK(fieldFromKey(fieldKey(field)) == field);
        CHECK_FALSE(fieldLabel(field).empty());
    }
    CHECK(fieldKey(F::EngagementRate) == "engagement_rate");
    CHECK_FALSE(fieldFromKey("followerz").has_value());
}

TEST_CASE("Guessing a mapping gives each field to its first column only")
{
    const auto m = ColumnMapping::guess({"Name", "Full Name", "Tags", "Category", "Rank", "Posts"});
    CHECK(m.field(0) == F::Name);
    CHECK(m.field(1) == F::Unmapped); // second name column: the user decides
    CHECK(m.field(2) == F::Niche);
    CHECK(m.field(3) == F::Niche); // niches may come from several columns
    CHECK(m.field(4) == F::Ignore);
    CHECK(m.field(5) == F::Ignore);
    CHECK(m.columnOf(F::Niche) == 2);
    CHECK_FALSE(m.columnOf(F::Email).has_value());
}

TEST_CASE("A mapping saves to JSON and loads back")
{
    auto m = ColumnMapping::guess({"Nome", "Profilo", "Colonna strana", "Note/Varie"});
    m.setField(2, F::Agency);
    const auto json = m.toJson();
    CHECK(json["format"] == "campaigndesk-mapping");
    CHECK(json["version"] == 1);
    CHECK(json["columns"]["Nome"] == "name");
    CHECK(json["columns"]["Colonna strana"] == "agency");
    CHECK_FALSE(json["columns"].contains("Note/Varie")); // unmapped: not saved

    const auto loaded = ColumnMapping::parse(json.dump());
    REQUIRE(loaded.mapping);
    const auto applied = loaded.mapping->appliedTo({"Profilo", "colonna  STRANA", "Nome", "Email"});
    CHECK(applied.field(0) == F::Handle);
    CHECK(applied.field(1) == F::Agency); // matched after normalisation
    CHECK(applied.field(2) == F::Name);
    CHECK(applied.field(3) == F::Email); // not in the saved mapping: guessed
    CHECK(applied.column(1).header == "colonna  STRANA");
}

TEST_CASE("Saved choices win over guesses, including 'ignore'")
{
    const auto loaded = ColumnMapping::parse(
        R"({"format":"campaigndesk-mapping","version":1,"columns":{"Followers":"ignore","Fans":"followers"}})");
    REQUIRE(loaded.mapping);
    const auto applied = loaded.mapping->appliedTo({"Followers", "Fans"});
    CHECK(applied.field(0) == F::Ignore);
    CHECK(applied.field(1) == F::Followers);
}

TEST_CASE("Malformed mapping files are refused with the JSON path of the problem")
{
    struct Case {
        const char* text;
        const char* path;
    };
    const Case cases[] = {
        {"[1,2]", ""},
        {R"({"version":1,"columns":{}})", "/format"},
        {R"({"format":"something-else","version":1,"columns":{}})", "/format"},
        {R"({"format":"campaigndesk-mapping","columns":{}})", "/version"},
        {R"({"format":"campaigndesk-mapping","version":"1","columns":{}})", "/version"},
        {R"({"format":"campaigndesk-mapping","version":2,"columns":{}})", "/version"},
        {R"({"format":"campaigndesk-mapping","version":1})", "/columns"},
        {R"({"format":"campaigndesk-mapping","version":1,"columns":[]})", "/columns"},
        {R"({"format":"campaigndesk-mapping","version":1,"columns":{"A":"name","B":7}})",
         "/columns/B"},
        {R"({"format":"campaigndesk-mapping","version":1,"columns":{"a/b~c":"followerz"}})",
         "/columns/a~1b~0c"},
        {R"({"format":"campaigndesk-mapping","version":1,"columns":{"A":""}})", "/columns/A"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const auto result = ColumnMapping::parse(c.text);
        CHECK_FALSE(result.mapping.has_value());
        CHECK(result.error.path == c.path);
        CHECK_FALSE(result.error.message.empty());
    }
    const auto version =
        ColumnMapping::parse(R"({"format":"campaigndesk-mapping","version":2,"columns":{}})");
    CHECK(
        version.error.toString() ==
        "mapping file at /version: version 2 is not supported; this CampaignDesk reads version 1");
}

TEST_CASE("Mapping text that is not JSON reports where it breaks")
{
    const auto result = ColumnMapping::parse(R"({"format": "campaigndesk-mapping",)");
    CHECK_FALSE(result.mapping.has_value());
    CHECK(result.error.path.empty());
    CHECK(result.error.message.find("not valid JSON (byte") != std::string::npos);
    CHECK(ColumnMapping::parse("").error.message.find("not valid JSON") != std::string::npos);
    CHECK(ColumnMapping::parse("[1e99999]").error.message.find("not valid JSON") !=
          std::string::npos);
}
