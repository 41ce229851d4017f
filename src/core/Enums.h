#pragma once

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <span>
#include <string_view>

namespace cd::core {

enum class CampaignStatus { Planning, Active, Completed, Archived };
enum class TaskKind { Deliverable, Task, Milestone };
enum class OwnerRole { Unassigned, Strategy, CreatorManagement, Analytics, Operations };
enum class TaskStatus { NotStarted, InProgress, Done, Blocked, Cancelled };
enum class DependencyType { FS, SS, FF, SF };
enum class Platform {
    Instagram,
    TikTok,
    YouTube,
    X,
    Twitch,
    Blog,
    Facebook,
    LinkedIn,
    Pinterest,
    Snapchat,
    Other
};
enum class ContactRoute { Direct, Agency };
enum class RelationshipStatus {
    Prospect,
    Contacted,
    Negotiating,
    Active,
    Paused,
    Declined,
    Archived
};
enum class PipelineStage {
    Shortlisted,
    Contacted,
    Negotiating,
    Contracted,
    InProduction,
    Live,
    Paid
};
enum class ContractStatus { Draft, Sent, Negotiating, Signed, Active, Completed, Cancelled };
enum class CompensationModel { FlatFee, Performance, Hybrid, Gifting };
enum class PerformanceBasis { None, PerConversion, PerClick, RevenueShare };
enum class BudgetCategory {
    InfluencerFees,
    ProductShipping,
    AgencyFees,
    PaidBoosting,
    Tools,
    Other
};
enum class ContentType { Post, Story, Reel, Video, BlogArticle, Live };
enum class ApprovalStatus { Draft, Submitted, ChangesRequested, Approved, Published };

// One row of an enum's table: the stable key stored in files and printed in JSON, and the
// English label shown to users (the app translates labels).
template <class E> struct EnumEntry {
    E value;
    std::string_view key;
    std::string_view label;
};

template <class E> struct EnumTable;

#define CD_ENUM_TABLE(Type, ...)                                                                   \
    template <> struct EnumTable<Type> {                                                           \
        static constexpr EnumEntry<Type> entries[] = {__VA_ARGS__};                                \
    }

CD_ENUM_TABLE(CampaignStatus, {CampaignStatus::Planning, "planning", "Planning"},
              {CampaignStatus::Active, "active", "Active"},
              {CampaignStatus::Completed, "completed", "Completed"},
              {CampaignStatus::Archived, "archived", "Archived"});
CD_ENUM_TABLE(TaskKind, {TaskKind::Deliverable, "deliverable", "Deliverable"},
              {TaskKind::Task, "task", "Task"}, {TaskKind::Milestone, "milestone", "Milestone"});
CD_ENUM_TABLE(OwnerRole, {OwnerRole::Unassigned, "", "—"},
              {OwnerRole::Strategy, "strategy", "Strategy"},
              {OwnerRole::CreatorManagement, "creator_management", "Creator management"},
              {OwnerRole::Analytics, "analytics", "Analytics"},
              {OwnerRole::Operations, "operations", "Operations"});
CD_ENUM_TABLE(TaskStatus, {TaskStatus::NotStarted, "not_started", "Not started"},
              {TaskStatus::InProgress, "in_progress", "In progress"},
              {TaskStatus::Done, "done", "Done"}, {TaskStatus::Blocked, "blocked", "Blocked"},
              {TaskStatus::Cancelled, "cancelled", "Cancelled"});
CD_ENUM_TABLE(DependencyType, {DependencyType::FS, "FS", "Finish-to-start"},
              {DependencyType::SS, "SS", "Start-to-start"},
              {DependencyType::FF, "FF", "Finish-to-finish"},
              {DependencyType::SF, "SF", "Start-to-finish"});
CD_ENUM_TABLE(Platform, {Platform::Instagram, "instagram", "Instagram"},
              {Platform::TikTok, "tiktok", "TikTok"}, {Platform::YouTube, "youtube", "YouTube"},
              {Platform::X, "x", "X"}, {Platform::Twitch, "twitch", "Twitch"},
              {Platform::Blog, "blog", "Blog"}, {Platform::Facebook, "facebook", "Facebook"},
              {Platform::LinkedIn, "linkedin", "LinkedIn"},
              {Platform::Pinterest, "pinterest", "Pinterest"},
              {Platform::Snapchat, "snapchat", "Snapchat"}, {Platform::Other, "other", "Other"});
CD_ENUM_TABLE(ContactRoute, {ContactRoute::Direct, "direct", "Direct"},
              {ContactRoute::Agency, "agency", "Agency"});
CD_ENUM_TABLE(RelationshipStatus, {RelationshipStatus::Prospect, "prospect", "Prospect"},
              {RelationshipStatus::Contacted, "contacted", "Contacted"},
              {RelationshipStatus::Negotiating, "negotiating", "Negotiating"},
              {RelationshipStatus::Active, "active", "Active"},
              {RelationshipStatus::Paused, "paused", "Paused"},
              {RelationshipStatus::Declined, "declined", "Declined"},
              {RelationshipStatus::Archived, "archived", "Archived"});
CD_ENUM_TABLE(PipelineStage, {PipelineStage::Shortlisted, "shortlisted", "Shortlisted"},
              {PipelineStage::Contacted, "contacted", "Contacted"},
              {PipelineStage::Negotiating, "negotiating", "Negotiating"},
              {PipelineStage::Contracted, "contracted", "Contracted"},
              {PipelineStage::InProduction, "in_production", "In production"},
              {PipelineStage::Live, "live", "Live"}, {PipelineStage::Paid, "paid", "Paid"});
CD_ENUM_TABLE(ContractStatus, {ContractStatus::Draft, "draft", "Draft"},
              {ContractStatus::Sent, "sent", "Sent"},
              {ContractStatus::Negotiating, "negotiating", "Negotiating"},
              {ContractStatus::Signed, "signed", "Signed"},
              {ContractStatus::Active, "active", "Active"},
              {ContractStatus::Completed, "completed", "Completed"},
              {ContractStatus::Cancelled, "cancelled", "Cancelled"});
CD_ENUM_TABLE(CompensationModel, {CompensationModel::FlatFee, "flat_fee", "Flat fee"},
              {CompensationModel::Performance, "performance", "Performance"},
              {CompensationModel::Hybrid, "hybrid", "Hybrid"},
              {CompensationModel::Gifting, "gifting", "Gifting"});
CD_ENUM_TABLE(PerformanceBasis, {PerformanceBasis::None, "", "—"},
              {PerformanceBasis::PerConversion, "per_conversion", "Per conversion"},
              {PerformanceBasis::PerClick, "per_click", "Per click"},
              {PerformanceBasis::RevenueShare, "revenue_share", "Revenue share"});
CD_ENUM_TABLE(BudgetCategory,
              {BudgetCategory::InfluencerFees, "influencer_fees", "Influencer fees"},
              {BudgetCategory::ProductShipping, "product_shipping", "Product and shipping"},
              {BudgetCategory::AgencyFees, "agency_fees", "Agency fees"},
              {BudgetCategory::PaidBoosting, "paid_boosting", "Paid boosting"},
              {BudgetCategory::Tools, "tools", "Tools"}, {BudgetCategory::Other, "other", "Other"});
CD_ENUM_TABLE(ContentType, {ContentType::Post, "post", "Post"},
              {ContentType::Story, "story", "Story"}, {ContentType::Reel, "reel", "Reel"},
              {ContentType::Video, "video", "Video"},
              {ContentType::BlogArticle, "blog_article", "Blog article"},
              {ContentType::Live, "live", "Live"});
CD_ENUM_TABLE(ApprovalStatus, {ApprovalStatus::Draft, "draft", "Draft"},
              {ApprovalStatus::Submitted, "submitted", "Submitted"},
              {ApprovalStatus::ChangesRequested, "changes_requested", "Changes requested"},
              {ApprovalStatus::Approved, "approved", "Approved"},
              {ApprovalStatus::Published, "published", "Published"});

#undef CD_ENUM_TABLE

template <class E> constexpr std::span<const EnumEntry<E>> enumEntries()
{
    return EnumTable<E>::entries;
}

template <class E> constexpr std::string_view toKey(E value)
{
    for (const auto& e : enumEntries<E>()) {
        if (e.value == value) {
            return e.key;
        }
    }
    return {};
}

template <class E> constexpr std::string_view toLabel(E value)
{
    for (const auto& e : enumEntries<E>()) {
        if (e.value == value) {
            return e.label;
        }
    }
    return {};
}

namespace detail {
inline bool sameIgnoringCaseAndSeparators(std::string_view a, std::string_view b)
{
    auto next = [](std::string_view s, std::size_t& i) -> int {
        while (i < s.size() && (s[i] == ' ' || s[i] == '_' || s[i] == '-')) {
            ++i;
        }
        return i < s.size() ? std::tolower(static_cast<unsigned char>(s[i++])) : -1;
    };
    std::size_t i = 0;
    std::size_t j = 0;
    for (;;) {
        const int ca = next(a, i);
        const int cb = next(b, j);
        if (ca != cb) {
            return false;
        }
        if (ca < 0) {
            return true;
        }
    }
}
} // namespace detail

// Accepts the key or the English label, ignoring case, spaces, '_' and '-'.
template <class E> std::optional<E> parseEnum(std::string_view text)
{
    for (const auto& e : enumEntries<E>()) {
        if (e.key == text) {
            return e.value;
        }
    }
    for (const auto& e : enumEntries<E>()) {
        if (detail::sameIgnoringCaseAndSeparators(e.key, text) ||
            detail::sameIgnoringCaseAndSeparators(e.label, text)) {
            return e.value;
        }
    }
    return std::nullopt;
}

} // namespace cd::core
