#include "ContentField.h"

namespace cd::app {

namespace {

template <class T> bool assign(T& target, const ContentValue& value)
{
    if (const auto* v = std::get_if<T>(&value)) {
        target = *v;
        return true;
    }
    return false;
}

} // namespace

std::optional<std::int64_t>* countField(core::ContentMetrics& m, ContentField field)
{
    switch (field) {
    case ContentField::Impressions:
        return &m.impressions;
    case ContentField::Reach:
        return &m.reach;
    case ContentField::Likes:
        return &m.likes;
    case ContentField::Comments:
        return &m.comments;
    case ContentField::Shares:
        return &m.shares;
    case ContentField::Saves:
        return &m.saves;
    case ContentField::Clicks:
        return &m.clicks;
    case ContentField::Conversions:
        return &m.conversions;
    case ContentField::BrandMentions:
        return &m.brandMentions;
    default:
        return nullptr;
    }
}

const std::optional<std::int64_t>* countField(const core::ContentMetrics& m, ContentField field)
{
    return countField(const_cast<core::ContentMetrics&>(m), field);
}

ContentValue fieldValue(const core::ContentItem& item, ContentField field)
{
    switch (field) {
    case ContentField::Influencer:
        return item.influencerId;
    case ContentField::Platform:
        return item.platform;
    case ContentField::Type:
        return item.type;
    case ContentField::Title:
        return item.title;
    case ContentField::PlannedDate:
        return item.plannedDate;
    case ContentField::PublishedDate:
        return item.publishedDate;
    case ContentField::Url:
        return item.url;
    case ContentField::Approval:
        return item.approval;
    case ContentField::Revenue:
        return item.metrics.revenue;
    default:
        return *countField(item.metrics, field);
    }
}

bool setFieldValue(core::ContentItem& item, ContentField field, const ContentValue& value)
{
    switch (field) {
    case ContentField::Influencer:
        return assign(item.influencerId, value);
    case ContentField::Platform:
        return assign(item.platform, value);
    case ContentField::Type:
        return assign(item.type, value);
    case ContentField::Title:
        return assign(item.title, value);
    case ContentField::PlannedDate:
        return assign(item.plannedDate, value);
    case ContentField::PublishedDate:
        return assign(item.publishedDate, value);
    case ContentField::Url:
        return assign(item.url, value);
    case ContentField::Approval:
        return assign(item.approval, value);
    case ContentField::Revenue:
        return assign(item.metrics.revenue, value);
    default:
        return assign(*countField(item.metrics, field), value);
    }
}

} // namespace cd::app
