#include "ContentImport.h"

#include <cctype>

namespace cd::core {

namespace {

template <class T> void replaceIfKnown(std::optional<T>& target, const std::optional<T>& value)
{
    if (value) {
        target = value;
    }
}

} // namespace

void applyContentRow(ContentItem& item, const ContentCandidate& row)
{
    const ContentItem& in = row.item;
    item.platform = in.platform;
    if (row.typeGiven) {
        item.type = in.type;
    }
    if (!in.title.empty()) {
        item.title = in.title;
    }
    if (!in.url.empty()) {
        item.url = in.url;
    }
    replaceIfKnown(item.plannedDate, in.plannedDate);
    replaceIfKnown(item.publishedDate, in.publishedDate);
    if (row.approvalGiven) {
        item.approval = in.approval;
    } else if (in.publishedDate) {
        item.approval = ApprovalStatus::Published;
    }
    auto& m = item.metrics;
    const auto& n = in.metrics;
    replaceIfKnown(m.impressions, n.impressions);
    replaceIfKnown(m.reach, n.reach);
    replaceIfKnown(m.likes, n.likes);
    replaceIfKnown(m.comments, n.comments);
    replaceIfKnown(m.shares, n.shares);
    replaceIfKnown(m.saves, n.saves);
    replaceIfKnown(m.clicks, n.clicks);
    replaceIfKnown(m.conversions, n.conversions);
    replaceIfKnown(m.revenue, n.revenue);
    replaceIfKnown(m.brandMentions, n.brandMentions);
}

std::string contentUrlKey(std::string_view url)
{
    auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    };
    while (!url.empty() && isSpace(url.front())) {
        url.remove_prefix(1);
    }
    while (!url.empty() && isSpace(url.back())) {
        url.remove_suffix(1);
    }
    if (const auto hash = url.find('#'); hash != std::string_view::npos) {
        url = url.substr(0, hash);
    }
    if (const auto scheme = url.find("://"); scheme != std::string_view::npos) {
        url.remove_prefix(scheme + 3);
    }
    std::string key;
    const auto hostEnd = url.find_first_of("/?");
    const auto host = url.substr(0, hostEnd);
    for (const char c : host) {
        key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (key.starts_with("www.")) {
        key.erase(0, 4);
    }
    if (hostEnd != std::string_view::npos) {
        key += url.substr(hostEnd);
    }
    while (!key.empty() && key.back() == '/') {
        key.pop_back();
    }
    return key;
}

} // namespace cd::core
