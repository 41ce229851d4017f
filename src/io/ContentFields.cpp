#include "ContentFields.h"

#include "FieldMappingImpl.h"

#include <array>

namespace cd::io {

namespace {

using F = ContentField;

constexpr std::array<FieldInfo<ContentField>, 20> kFields{{
    {F::Unmapped, "", "Not imported yet"},
    {F::Ignore, "ignore", "Ignore"},
    {F::Handle, "handle", "Handle"},
    {F::Platform, "platform", "Platform"},
    {F::Type, "type", "Type"},
    {F::Title, "title", "Title"},
    {F::PlannedDate, "planned_date", "Planned date"},
    {F::PublishedDate, "published_date", "Published date"},
    {F::Url, "url", "URL"},
    {F::Approval, "approval", "Approval"},
    {F::Impressions, "impressions", "Impressions"},
    {F::Reach, "reach", "Reach"},
    {F::Likes, "likes", "Likes"},
    {F::Comments, "comments", "Comments"},
    {F::Shares, "shares", "Shares"},
    {F::Saves, "saves", "Saves"},
    {F::Clicks, "clicks", "Clicks"},
    {F::Conversions, "conversions", "Conversions"},
    {F::Revenue, "revenue", "Revenue"},
    {F::BrandMentions, "brand_mentions", "Brand mentions"},
}};

constexpr std::array<ContentField, 20> kAllFields{
    F::Unmapped,    F::Ignore,      F::Handle,        F::Platform, F::Type,
    F::Title,       F::PlannedDate, F::PublishedDate, F::Url,      F::Approval,
    F::Impressions, F::Reach,       F::Likes,         F::Comments, F::Shares,
    F::Saves,       F::Clicks,      F::Conversions,   F::Revenue,  F::BrandMentions};

// Normalised header names (see normaliseHeader), English and Italian, as platform exports and
// reporting tools write them. A person's display name is not how we find them (handles are), so
// name columns are known but ignored.
constexpr HeaderSynonym<ContentField> kSynonyms[] = {
    {"handle", F::Handle},
    {"username", F::Handle},
    {"account", F::Handle},
    {"accountname", F::Handle},
    {"profile", F::Handle},
    {"profilo", F::Handle},
    {"profileurl", F::Handle},
    {"creatorhandle", F::Handle},
    {"influencerhandle", F::Handle},
    {"nomeutente", F::Handle},

    {"platform", F::Platform},
    {"piattaforma", F::Platform},
    {"socialnetwork", F::Platform},
    {"social", F::Platform},
    {"network", F::Platform},
    {"canalesocial", F::Platform},

    {"type", F::Type},
    {"contenttype", F::Type},
    {"posttype", F::Type},
    {"mediatype", F::Type},
    {"format", F::Type},
    {"formato", F::Type},
    {"tipo", F::Type},
    {"tipologia", F::Type},
    {"tipocontenuto", F::Type},
    {"tipodicontenuto", F::Type},

    {"title", F::Title},
    {"titolo", F::Title},
    {"caption", F::Title},
    {"didascalia", F::Title},
    {"description", F::Title},
    {"descrizione", F::Title},

    {"planneddate", F::PlannedDate},
    {"plannedfor", F::PlannedDate},
    {"scheduleddate", F::PlannedDate},
    {"scheduled", F::PlannedDate},
    {"dataprevista", F::PlannedDate},
    {"datapianificata", F::PlannedDate},
    {"dataprogrammata", F::PlannedDate},

    {"publisheddate", F::PublishedDate},
    {"publishdate", F::PublishedDate},
    {"publishedon", F::PublishedDate},
    {"published", F::PublishedDate},
    {"publishtime", F::PublishedDate},
    {"postdate", F::PublishedDate},
    {"postedon", F::PublishedDate},
    {"date", F::PublishedDate},
    {"data", F::PublishedDate},
    {"datapubblicazione", F::PublishedDate},
    {"datadipubblicazione", F::PublishedDate},
    {"pubblicatoil", F::PublishedDate},

    {"url", F::Url},
    {"link", F::Url},
    {"permalink", F::Url},
    {"posturl", F::Url},
    {"postlink", F::Url},
    {"contenturl", F::Url},
    {"linkpost", F::Url},
    {"linkcontenuto", F::Url},

    {"approval", F::Approval},
    {"approvalstatus", F::Approval},
    {"status", F::Approval},
    {"stato", F::Approval},
    {"approvazione", F::Approval},
    {"statoapprovazione", F::Approval},

    {"impressions", F::Impressions},
    {"impression", F::Impressions},
    {"impressioni", F::Impressions},
    {"views", F::Impressions},
    {"visualizzazioni", F::Impressions},
    {"plays", F::Impressions},

    {"reach", F::Reach},
    {"copertura", F::Reach},
    {"accountsreached", F::Reach},
    {"accountraggiunti", F::Reach},
    {"utentiraggiunti", F::Reach},

    {"likes", F::Likes},
    {"like", F::Likes},
    {"mipiace", F::Likes},
    {"reactions", F::Likes},
    {"reazioni", F::Likes},

    {"comments", F::Comments},
    {"comment", F::Comments},
    {"commenti", F::Comments},

    {"shares", F::Shares},
    {"share", F::Shares},
    {"condivisioni", F::Shares},
    {"reposts", F::Shares},
    {"retweets", F::Shares},

    {"saves", F::Saves},
    {"saved", F::Saves},
    {"salvataggi", F::Saves},
    {"salvati", F::Saves},
    {"bookmarks", F::Saves},

    {"clicks", F::Clicks},
    {"click", F::Clicks},
    {"clic", F::Clicks},
    {"linkclicks", F::Clicks},
    {"clicsullink", F::Clicks},

    {"conversions", F::Conversions},
    {"conversioni", F::Conversions},
    {"purchases", F::Conversions},
    {"acquisti", F::Conversions},
    {"orders", F::Conversions},
    {"ordini", F::Conversions},

    {"revenue", F::Revenue},
    {"ricavi", F::Revenue},
    {"ricavo", F::Revenue},
    {"fatturato", F::Revenue},
    {"salesrevenue", F::Revenue},

    {"brandmentions", F::BrandMentions},
    {"mentions", F::BrandMentions},
    {"menzioni", F::BrandMentions},
    {"menzionibrand", F::BrandMentions},
    {"menzionidelbrand", F::BrandMentions},

    // Known columns that are not imported: names, and rates we compute ourselves.
    {"name", F::Ignore},
    {"nome", F::Ignore},
    {"influencer", F::Ignore},
    {"influencername", F::Ignore},
    {"creator", F::Ignore},
    {"engagement", F::Ignore},
    {"engagementrate", F::Ignore},
    {"tassodiengagement", F::Ignore},
    {"er", F::Ignore},
    {"ctr", F::Ignore},
    {"id", F::Ignore},
    {"postid", F::Ignore},
    {"no", F::Ignore},
    {"nr", F::Ignore},
};

constexpr std::array<ContentField, 2> kRepeatable{F::Ignore, F::Unmapped};

constexpr FieldSet<ContentField> kFieldSet{kFields,     kSynonyms, kRepeatable,
                                           F::Unmapped, F::Ignore, F::Platform};

} // namespace

template <> const FieldSet<ContentField>& fieldSetOf<ContentField>()
{
    return kFieldSet;
}

std::span<const ContentField> allContentFields()
{
    return kAllFields;
}

std::string_view contentFieldKey(ContentField field)
{
    return fieldKeyIn(field, kFieldSet);
}

std::optional<ContentField> contentFieldFromKey(std::string_view key)
{
    if (const auto* info = fieldInfoOfKey(key, kFieldSet)) {
        return info->field;
    }
    return std::nullopt;
}

std::string_view contentFieldLabel(ContentField field)
{
    for (const auto& f : kFields) {
        if (f.field == field) {
            return f.label;
        }
    }
    return {};
}

ContentField matchContentHeader(std::string_view header)
{
    return matchHeaderIn(header, kFieldSet);
}

template class BasicColumnMapping<ContentField>;

} // namespace cd::io
