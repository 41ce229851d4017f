#include "core/Outreach.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace cd::core;

TEST_CASE("fillTemplate replaces known fields and keeps unknown ones visible", "[outreach]")
{
    const MergeValues values{{"first_name", "Giulia"}, {"campaign", "Summer Glow"}};

    const FilledText filled =
        fillTemplate("Ciao {first_name}, about {campaign}: {fee} {frist_name} {fee}", values);

    CHECK(filled.text == "Ciao Giulia, about Summer Glow: {fee} {frist_name} {fee}");
    CHECK(filled.unfilled == std::vector<std::string>{"fee", "frist_name"});
}

TEST_CASE("fillTemplate reads doubled braces as literal braces", "[outreach]")
{
    const MergeValues values{{"name", "Ada"}};

    CHECK(fillTemplate("{{name}} is {name}", values).text == "{name} is Ada");
    CHECK(fillTemplate("a }} b {{ c", values).text == "a } b { c");
    CHECK(fillTemplate("{{{name}}}", values).text == "{Ada}");
    CHECK(fillTemplate("{{name}}", values).unfilled.empty());
}

TEST_CASE("fillTemplate leaves braces that are no field as they are", "[outreach]")
{
    const FilledText filled = fillTemplate("{ not a field } {} {a-b} {open", {});

    CHECK(filled.text == "{ not a field } {} {a-b} {open");
    CHECK(filled.unfilled.empty());
}

TEST_CASE("fillTemplate does not scan inserted values again", "[outreach]")
{
    const MergeValues values{{"name", "Mr {brand}"}, {"brand", "Acme"}};

    const FilledText filled = fillTemplate("{name}", values);

    CHECK(filled.text == "Mr {brand}");
    CHECK(filled.unfilled.empty());
}

TEST_CASE("firstName takes the first word of the name", "[outreach]")
{
    CHECK(firstName("  Anna-Lena Müller ") == "Anna-Lena");
    CHECK(firstName("Zoë") == "Zoë");
    CHECK(firstName("   ").empty());
}

TEST_CASE("mergeValues fills what the influencer and the campaign know", "[outreach]")
{
    Influencer person;
    person.name = "Chiara Dell'Acqua";
    person.email = "chiara@example.it";
    person.handles.push_back({Platform::TikTok, "chiara.da", 12000, std::nullopt});
    Campaign campaign;
    campaign.name = "Autumn Drop";
    campaign.brand = "Lumen";

    const MergeValues values = mergeValues(person, &campaign, "€ 1.250,00", "Marco");

    CHECK(values == MergeValues{{"first_name", "Chiara"},
                                {"name", "Chiara Dell'Acqua"},
                                {"handle", "@chiara.da"},
                                {"platform", "TikTok"},
                                {"email", "chiara@example.it"},
                                {"campaign", "Autumn Drop"},
                                {"brand", "Lumen"},
                                {"fee", "€ 1.250,00"},
                                {"my_name", "Marco"}});
}

TEST_CASE("mergeValues leaves out what is unknown", "[outreach]")
{
    Influencer person;
    person.name = "Solo";

    const MergeValues values = mergeValues(person, nullptr, "", "");

    CHECK(values == MergeValues{{"first_name", "Solo"}, {"name", "Solo"}});
    CHECK(fillTemplate("{first_name} {campaign} {fee}", values).unfilled ==
          std::vector<std::string>{"campaign", "fee"});
}

TEST_CASE("outreachFee prefers the contract's computed fee over the rate", "[outreach]")
{
    Influencer person;
    person.id = 7;
    person.rate = Money(40000, "EUR");
    Contract contract;
    contract.campaignId = 1;
    contract.influencerId = 7;
    contract.compensation = CompensationModel::Hybrid;
    contract.fee = Money(100000, "EUR");

    CHECK(outreachFee(person, &contract, {}) == Money(100000, "EUR"));
    CHECK(outreachFee(person, nullptr, {}) == Money(40000, "EUR"));
    person.rate.reset();
    CHECK_FALSE(outreachFee(person, nullptr, {}).has_value());
}

TEST_CASE("mailtoUrl encodes subject and body per RFC 6068", "[outreach]")
{
    const std::vector<std::string> to{"giulia@example.com"};

    CHECK(mailtoUrl(to, "Hi & welcome?", "Line 1\nA+B = 100% #1\r\nEnd") ==
          "mailto:giulia@example.com?subject=Hi%20%26%20welcome%3F"
          "&body=Line%201%0D%0AA%2BB%20%3D%20100%25%20%231%0D%0AEnd");
}

TEST_CASE("mailtoUrl encodes non-ASCII text as UTF-8", "[outreach]")
{
    const std::vector<std::string> to{"a@b.it"};

    // "è" is C3 A8 in UTF-8, "€" E2 82 AC.
    CHECK(mailtoUrl(to, "Caffè", "5 €") == "mailto:a@b.it?subject=Caff%C3%A8&body=5%20%E2%82%AC");
}

TEST_CASE("mailtoUrl joins several recipients with commas and skips empty ones", "[outreach]")
{
    const std::vector<std::string> to{"a@x.com", " ", " b@y.org "};

    CHECK(mailtoUrl(to, "", "") == "mailto:a@x.com,b@y.org");
    CHECK(mailtoUrl(to, "", "Hi") == "mailto:a@x.com,b@y.org?body=Hi");
}

TEST_CASE("mailtoUrl never lets an address add recipients or header fields", "[outreach]")
{
    const std::vector<std::string> to{"eve@x.com?bcc=spy@evil.com&cc=a@b.c,c@d.e"};

    CHECK(mailtoUrl(to, "S", "") ==
          "mailto:eve@x.com%3Fbcc%3Dspy@evil.com%26cc%3Da@b.c%2Cc@d.e?subject=S");
}

TEST_CASE("mailtoUrl keeps a subject on one line", "[outreach]")
{
    const std::vector<std::string> to{"a@b.c"};

    CHECK(mailtoUrl(to, "One\r\nbcc: x", "") == "mailto:a@b.c?subject=One%20%20bcc%3A%20x");
}
