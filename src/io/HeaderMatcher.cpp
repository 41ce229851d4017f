#include "HeaderMatcher.h"

#include <array>

namespace cd::io {

namespace {

using F = InfluencerField;

constexpr std::array<FieldInfo<InfluencerField>, 20> kFields{{
    {F::Unmapped, "", "Not imported yet"},
    {F::Ignore, "ignore", "Ignore"},
    {F::Name, "name", "Name"},
    {F::Handle, "handle", "Handle"},
    {F::Platform, "platform", "Platform"},
    {F::Followers, "followers", "Followers"},
    {F::EngagementRate, "engagement_rate", "Engagement rate"},
    {F::Email, "email", "Email"},
    {F::Phone, "phone", "Phone"},
    {F::Country, "country", "Country"},
    {F::Language, "language", "Language"},
    {F::Niche, "niche", "Niche"},
    {F::Agency, "agency", "Agency"},
    {F::Status, "status", "Status"},
    {F::Rate, "rate", "Rate"},
    {F::Notes, "notes", "Notes"},
    {F::PersonKey, "person_id", "Person ID"},
    {F::ContactRoute, "contact_route", "Contact route"},
    {F::LastContact, "last_contact", "Last contact"},
    {F::RateCurrency, "rate_currency", "Rate currency"},
}};

constexpr std::array<InfluencerField, 20> kAllFields{
    F::Unmapped,  F::Ignore,         F::Name,         F::Handle,      F::Platform,
    F::Followers, F::EngagementRate, F::Email,        F::Phone,       F::Country,
    F::Language,  F::Niche,          F::Agency,       F::Status,      F::Rate,
    F::Notes,     F::PersonKey,      F::ContactRoute, F::LastContact, F::RateCurrency};

// Normalised header names (see normaliseHeader), English and Italian. "channel_info" in the
// Instagram top-200 export holds the account name, so it is a handle, not a name.
constexpr HeaderSynonym<InfluencerField> kSynonyms[] = {
    {"name", F::Name},
    {"fullname", F::Name},
    {"nome", F::Name},
    {"nomeecognome", F::Name},
    {"nomecognome", F::Name},
    {"nominativo", F::Name},
    {"influencer", F::Name},
    {"influencername", F::Name},
    {"creator", F::Name},
    {"creatorname", F::Name},
    {"displayname", F::Name},

    {"username", F::Handle},
    {"handle", F::Handle},
    {"profilo", F::Handle},
    {"profile", F::Handle},
    {"account", F::Handle},
    {"accountname", F::Handle},
    {"channelinfo", F::Handle},
    {"channel", F::Handle},
    {"channelname", F::Handle},
    {"user", F::Handle},
    {"nickname", F::Handle},
    {"profileurl", F::Handle},
    {"profilelink", F::Handle},
    {"linkprofilo", F::Handle},

    {"platform", F::Platform},
    {"socialnetwork", F::Platform},
    {"piattaforma", F::Platform},
    {"social", F::Platform},
    {"network", F::Platform},
    {"canalesocial", F::Platform},

    {"followers", F::Followers},
    {"follower", F::Followers},
    {"followercount", F::Followers},
    {"followerscount", F::Followers},
    {"subscribers", F::Followers},
    {"subscribercount", F::Followers},
    {"iscritti", F::Followers},
    {"numerofollower", F::Followers},
    {"fans", F::Followers},

    {"engagementrate", F::EngagementRate},
    {"tassodiengagement", F::EngagementRate},
    {"tassoengagement", F::EngagementRate},
    {"er", F::EngagementRate},
    {"60dengrate", F::EngagementRate},
    {"engrate", F::EngagementRate},
    {"engagement", F::EngagementRate},
    {"avgengagementrate", F::EngagementRate},

    {"email", F::Email},
    {"mail", F::Email},
    {"indirizzoemail", F::Email},
    {"emailaddress", F::Email},

    {"phone", F::Phone},
    {"telefono", F::Phone},
    {"cellulare", F::Phone},
    {"phonenumber", F::Phone},
    {"tel", F::Phone},
    {"mobile", F::Phone},

    {"country", F::Country},
    {"paese", F::Country},
    {"nazione", F::Country},

    {"language", F::Language},
    {"lingua", F::Language},
    {"lang", F::Language},

    {"niche", F::Niche},
    {"category", F::Niche},
    {"categoria", F::Niche},
    {"categories", F::Niche},
    {"categorie", F::Niche},
    {"nicchia", F::Niche},
    {"tags", F::Niche},
    {"tag", F::Niche},
    {"topic", F::Niche},
    {"settore", F::Niche},

    {"agency", F::Agency},
    {"agenzia", F::Agency},
    {"agencyname", F::Agency},
    {"management", F::Agency},

    {"status", F::Status},
    {"stato", F::Status},

    {"rate", F::Rate},
    {"fee", F::Rate},
    {"compenso", F::Rate},
    {"tariffa", F::Rate},
    {"price", F::Rate},
    {"prezzo", F::Rate},
    {"costo", F::Rate},
    {"cost", F::Rate},

    {"personid", F::PersonKey},
    {"influencerid", F::PersonKey},
    {"creatorid", F::PersonKey},
    {"contactroute", F::ContactRoute},
    {"contatto", F::ContactRoute},
    {"lastcontact", F::LastContact},
    {"ultimocontatto", F::LastContact},
    {"lastcontacted", F::LastContact},
    {"ratecurrency", F::RateCurrency},
    {"currency", F::RateCurrency},
    {"valuta", F::RateCurrency},

    {"notes", F::Notes},
    {"note", F::Notes},
    {"remarks", F::Notes},

    // Columns of public rankings that are known but not imported.
    {"rank", F::Ignore},
    {"ranking", F::Ignore},
    {"influencescore", F::Ignore},
    {"posts", F::Ignore},
    {"post", F::Ignore},
    {"avglikes", F::Ignore},
    {"newpostavglike", F::Ignore},
    {"totallikes", F::Ignore},
    {"likes", F::Ignore},
    {"avgcomments", F::Ignore},
    {"comments", F::Ignore},
    {"views", F::Ignore},
    {"avgviews", F::Ignore},
    {"score", F::Ignore},
    {"id", F::Ignore},
    {"no", F::Ignore},
    {"nr", F::Ignore},
    {"pos", F::Ignore},
    {"position", F::Ignore},
    {"authenticity", F::Ignore},
};

// Platform words people put around a column name: "Instagram Followers", "Followers (IG)".
constexpr std::array<std::string_view, 11> kPlatformWords{
    "instagram", "insta",   "ig",       "tiktok", "tt",    "youtube",
    "yt",        "twitter", "facebook", "fb",     "twitch"};

constexpr std::array<InfluencerField, 4> kRepeatable{F::Niche, F::Notes, F::Ignore, F::Unmapped};

constexpr FieldSet<InfluencerField> kFieldSet{kFields,     kSynonyms, kRepeatable,
                                              F::Unmapped, F::Ignore, F::Platform};

} // namespace

template <> const FieldSet<InfluencerField>& fieldSetOf<InfluencerField>()
{
    return kFieldSet;
}

std::span<const InfluencerField> allInfluencerFields()
{
    return kAllFields;
}

std::string_view fieldKey(InfluencerField field)
{
    return fieldKeyIn(field, kFieldSet);
}

std::optional<InfluencerField> fieldFromKey(std::string_view key)
{
    if (const auto* info = fieldInfoOfKey(key, kFieldSet)) {
        return info->field;
    }
    return std::nullopt;
}

std::string_view fieldLabel(InfluencerField field)
{
    for (const auto& f : kFields) {
        if (f.field == field) {
            return f.label;
        }
    }
    return {};
}

std::string normaliseHeader(std::string_view header)
{
    std::string out;
    out.reserve(header.size());
    std::size_t i = 0;
    while (i < header.size()) {
        // A BOM or no-break space that survived decoding is not part of the name.
        bool skipped = false;
        for (const std::string_view junk : {"\xEF\xBB\xBF", "\xC2\xA0"}) {
            if (header.substr(i, junk.size()) == junk) {
                i += junk.size();
                skipped = true;
                break;
            }
        }
        if (skipped) {
            continue;
        }
        const char ch = header[i++];
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
            out += ch;
        }
    }
    return out;
}

std::vector<std::string_view> withoutPlatformWord(std::string_view name)
{
    std::vector<std::string_view> out;
    for (const auto word : kPlatformWords) {
        if (name.size() > word.size() && name.starts_with(word)) {
            out.push_back(name.substr(word.size()));
        }
        if (name.size() > word.size() && name.ends_with(word)) {
            out.push_back(name.substr(0, name.size() - word.size()));
        }
    }
    return out;
}

InfluencerField matchHeader(std::string_view header)
{
    return matchHeaderIn(header, kFieldSet);
}

} // namespace cd::io
