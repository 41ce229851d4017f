#include "JsonExport.h"

namespace cd::io {

using nlohmann::json;

namespace {

json dateOrNull(const core::OptionalDate& d)
{
    return d ? json(d->toIso()) : json(nullptr);
}

template <class T> json valueOrNull(const std::optional<T>& v)
{
    return v ? json(*v) : json(nullptr);
}

json idOrNull(const std::optional<core::Id>& id)
{
    return valueOrNull(id);
}

json moneyOrNull(const std::optional<core::Money>& m)
{
    return m ? json(m->toDecimalString()) : json(nullptr);
}

template <class E> std::string key(E value)
{
    return std::string(core::toKey(value));
}

} // namespace

json toJson(const core::Campaign& c)
{
    json targets = json::array();
    for (const auto& t : c.kpiTargets) {
        targets.push_back({{"kpi", t.kpiKey}, {"target", t.target}});
    }
    return {{"id", c.id},
            {"name", c.name},
            {"brand", c.brand},
            {"objective", c.objective},
            {"start", dateOrNull(c.start)},
            {"end", dateOrNull(c.end)},
            {"status", key(c.status)},
            {"currency", c.currency},
            {"budget", c.budget.toDecimalString()},
            {"contingency_percent", c.contingencyPercent},
            {"kpi_targets", targets},
            {"version", c.version}};
}

json toJson(const core::Handle& h)
{
    return {{"platform", key(h.platform)},
            {"handle", h.handle},
            {"followers", valueOrNull(h.followers)},
            {"engagement_rate", valueOrNull(h.engagementRate)}};
}

json toJson(const core::Influencer& i)
{
    json handles = json::array();
    for (const auto& h : i.handles) {
        handles.push_back(toJson(h));
    }
    std::string niche;
    for (const auto& n : i.niches) {
        niche += (niche.empty() ? "" : ", ") + n;
    }
    const core::Handle* main = i.mainHandle();
    return {{"id", i.id},
            {"name", i.name},
            {"platform", main ? json(key(main->platform)) : json(nullptr)},
            {"handle", main ? json(main->handle) : json(nullptr)},
            {"followers", main ? valueOrNull(main->followers) : json(nullptr)},
            {"engagement_rate", main ? valueOrNull(main->engagementRate) : json(nullptr)},
            {"total_followers", i.totalFollowers()},
            {"handles", handles},
            {"email", i.email},
            {"phone", i.phone},
            {"country", i.country},
            {"language", i.language},
            {"niche", niche},
            {"niches", i.niches},
            {"contact_route", key(i.contactRoute)},
            {"agency", i.agencyName},
            {"status", key(i.status)},
            {"rate", moneyOrNull(i.rate)},
            {"rate_currency", i.rate ? json(i.rate->currency()) : json(nullptr)},
            {"notes", i.notes},
            {"last_contact", dateOrNull(i.lastContact)},
            {"version", i.version}};
}

json toJson(const core::CampaignMember& m)
{
    return {{"campaign_id", m.campaignId},
            {"influencer_id", m.influencerId},
            {"stage", key(m.stage)},
            {"notes", m.notes}};
}

json toJson(const core::Task& t)
{
    return {{"id", t.id},
            {"parent_id", idOrNull(t.parentId)},
            {"position", t.position},
            {"name", t.name},
            {"kind", key(t.kind)},
            {"phase", t.phase},
            {"owner_role", key(t.ownerRole)},
            {"assignee", t.assignee},
            {"status", key(t.status)},
            {"start", dateOrNull(t.plannedStart)},
            {"finish", dateOrNull(t.plannedFinish())},
            {"duration_days", t.durationDays},
            {"actual_start", dateOrNull(t.actualStart)},
            {"actual_finish", dateOrNull(t.actualFinish)},
            {"percent_complete", t.percentComplete},
            {"cost", t.costEstimate.toDecimalString()},
            {"buffer_days", t.bufferDays},
            {"influencer_id", idOrNull(t.influencerId)},
            {"notes", t.notes}};
}

json toJson(const core::Dependency& d)
{
    return {{"id", d.id},
            {"predecessor_id", d.predecessorId},
            {"successor_id", d.successorId},
            {"type", key(d.type)},
            {"lag_days", d.lagDays}};
}

json toJson(const core::Contract& c)
{
    json deliverables = json::array();
    for (const auto& d : c.deliverables) {
        deliverables.push_back({{"content_type", key(d.contentType)},
                                {"platform", key(d.platform)},
                                {"quantity", d.quantity},
                                {"due_date", dateOrNull(d.dueDate)}});
    }
    json shipments = json::array();
    for (const auto& s : c.shipments) {
        shipments.push_back({{"items", s.items},
                             {"sizes", s.sizes},
                             {"spares", s.spares},
                             {"shipped", dateOrNull(s.shippedDate)},
                             {"received", dateOrNull(s.receivedDate)}});
    }
    return {{"id", c.id},
            {"campaign_id", c.campaignId},
            {"influencer_id", c.influencerId},
            {"status", key(c.status)},
            {"signed_date", dateOrNull(c.signedDate)},
            {"scope", c.scope},
            {"deliverables", deliverables},
            {"compensation", key(c.compensation)},
            {"fee", c.fee.toDecimalString()},
            {"performance_basis", key(c.performanceBasis)},
            {"performance_rate", c.performanceRate.toDecimalString()},
            {"revenue_share_percent", c.revenueSharePercent},
            {"bonus", c.bonus.toDecimalString()},
            {"bonus_threshold", c.bonusThreshold},
            {"product_value", c.productValue.toDecimalString()},
            {"upfront_percent", c.upfrontPercent},
            {"pay_on_delivery", c.payOnDelivery},
            {"payment_net_days", c.paymentNetDays},
            {"exclusivity_category", c.exclusivityCategory},
            {"exclusivity_start", dateOrNull(c.exclusivityStart)},
            {"exclusivity_end", dateOrNull(c.exclusivityEnd)},
            {"usage_rights_months", c.usageRightsMonths},
            {"shipments", shipments},
            {"notes", c.notes},
            {"assignee", c.assignee}};
}

json toJson(const core::BudgetLine& b)
{
    return {{"id", b.id},
            {"campaign_id", b.campaignId},
            {"category", key(b.category)},
            {"description", b.description},
            {"planned", b.planned.toDecimalString()},
            {"committed", b.committed.toDecimalString()},
            {"from_contingency", b.fromContingency}};
}

json toJson(const core::Payment& p)
{
    return {{"id", p.id},
            {"campaign_id", p.campaignId},
            {"budget_line_id", idOrNull(p.budgetLineId)},
            {"contract_id", idOrNull(p.contractId)},
            {"description", p.description},
            {"amount", p.amount.toDecimalString()},
            {"due_date", dateOrNull(p.dueDate)},
            {"paid_date", dateOrNull(p.paidDate)}};
}

json toJson(const core::ContentItem& c)
{
    const auto& m = c.metrics;
    return {{"id", c.id},
            {"campaign_id", c.campaignId},
            {"influencer_id", idOrNull(c.influencerId)},
            {"platform", key(c.platform)},
            {"type", key(c.type)},
            {"title", c.title},
            {"planned_date", dateOrNull(c.plannedDate)},
            {"published_date", dateOrNull(c.publishedDate)},
            {"url", c.url},
            {"approval", key(c.approval)},
            {"impressions", valueOrNull(m.impressions)},
            {"reach", valueOrNull(m.reach)},
            {"likes", valueOrNull(m.likes)},
            {"comments", valueOrNull(m.comments)},
            {"shares", valueOrNull(m.shares)},
            {"saves", valueOrNull(m.saves)},
            {"clicks", valueOrNull(m.clicks)},
            {"conversions", valueOrNull(m.conversions)},
            {"revenue", moneyOrNull(m.revenue)},
            {"brand_mentions", valueOrNull(m.brandMentions)}};
}

json toJson(const core::Issue& i)
{
    return {{"severity", i.severity == core::Severity::Error ? "error" : "warning"},
            {"subject", i.subject},
            {"message", i.message}};
}

} // namespace cd::io
