#include "Format.h"

#include <QCoreApplication>

#include <string>

namespace cd::app {

namespace {

// The labels of core's enums (core/Enums.h), marked here so that lupdate finds them: core has no
// Qt. A label missing here simply stays in English.
[[maybe_unused]] constexpr const char* kLabels[] = {
    QT_TRANSLATE_NOOP("cd::core::Enums", "Active"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Completed"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Archived"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Deliverable"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Task"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Milestone"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "—"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Strategy"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Creator management"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Analytics"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Operations"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Finish-to-start"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Start-to-start"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Finish-to-finish"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Start-to-finish"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Instagram"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "TikTok"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "YouTube"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "X"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Twitch"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Blog"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Facebook"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "LinkedIn"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Pinterest"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Snapchat"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Other"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Direct"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Agency"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Prospect"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Contacted"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Negotiating"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Paused"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Declined"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Shortlisted"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Contracted"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "In production"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Live"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Paid"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Draft"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Sent"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Signed"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Cancelled"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Flat fee"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Performance"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Hybrid"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Gifting"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Per conversion"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Per click"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Revenue share"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Influencer fees"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Product and shipping"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Agency fees"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Paid boosting"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Tools"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Post"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Story"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Reel"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Video"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Blog article"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Submitted"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Changes requested"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Approved"),
    QT_TRANSLATE_NOOP("cd::core::Enums", "Published"),
};

// Labels whose translation depends on what they describe (see labelDisambiguation()).
struct DisambiguatedLabel {
    const char* source;
    const char* comment;
};
[[maybe_unused]] constexpr DisambiguatedLabel kDisambiguatedLabels[] = {
    QT_TRANSLATE_NOOP3("cd::core::Enums", "Planning", "campaign status"),
    QT_TRANSLATE_NOOP3("cd::core::Enums", "Active", "campaign status"),
    QT_TRANSLATE_NOOP3("cd::core::Enums", "Completed", "campaign status"),
    QT_TRANSLATE_NOOP3("cd::core::Enums", "Archived", "campaign status"),
    QT_TRANSLATE_NOOP3("cd::core::Enums", "Not started", "task status"),
    QT_TRANSLATE_NOOP3("cd::core::Enums", "In progress", "task status"),
    QT_TRANSLATE_NOOP3("cd::core::Enums", "Done", "task status"),
    QT_TRANSLATE_NOOP3("cd::core::Enums", "Blocked", "task status"),
    QT_TRANSLATE_NOOP3("cd::core::Enums", "Cancelled", "task status"),
    // core::statusLabel(KpiStatus), in Kpi.h.
    QT_TRANSLATE_NOOP3("cd::core::Enums", "Met", "kpi status"),
    QT_TRANSLATE_NOOP3("cd::core::Enums", "On track", "kpi status"),
    QT_TRANSLATE_NOOP3("cd::core::Enums", "At risk", "kpi status"),
    QT_TRANSLATE_NOOP3("cd::core::Enums", "Unknown", "kpi status"),
};

} // namespace

QString translatedLabel(std::string_view label, const char* disambiguation)
{
    const std::string text(label);
    return QCoreApplication::translate("cd::core::Enums", text.c_str(), disambiguation);
}

} // namespace cd::app
