#include "ReportSections.h"

#include "ReportCanvas.h"
#include "ReportFormat.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace cd::report {

namespace {

constexpr double kRow = 13.0;

QString kpiText(const ReportInput& in, std::string_view key)
{
    const core::Kpi* k = core::findKpi(in.kpis, key);
    return k ? formatKpiValue(*k, in.campaign.currency) : unknownText();
}

QString countText(const std::optional<std::int64_t>& v)
{
    return v ? formatCount(*v) : unknownText();
}

QString compactText(const std::optional<std::int64_t>& v)
{
    return v ? formatCompact(static_cast<double>(*v)) : unknownText();
}

// Labels short enough for a table cell; the full ones are in docs/kpi-definitions.md.
QString shortLabel(const std::string& key, const std::string& label)
{
    static const std::array<std::pair<std::string_view, const char*>, 12> kShort{{
        {"engagement_rate_reach", "Eng. rate (reach)"},
        {"engagement_rate_impressions", "Eng. rate (impressions)"},
        {"engagement_rate_followers", "Eng. rate (followers)"},
        {"ctr", "CTR (clicks / impr.)"},
        {"conversion_rate", "Conv. rate (of clicks)"},
        {"cpm", "CPM"},
        {"cpe", "CPE"},
        {"cpc", "CPC"},
        {"cpa", "CPA"},
        {"roi", "ROI"},
        {"roas", "ROAS"},
        {"finish_vs_end_days", "Finish vs end (days)"},
    }};
    for (const auto& [k, text] : kShort) {
        if (k == key) {
            return QString::fromUtf8(text);
        }
    }
    return singleLine(label);
}

struct Column {
    double width; // 0: takes what the others leave
    Qt::Alignment align;
};

// The x offset and width of each column of a table across `box`.
std::vector<QRectF> columnBoxes(const QRectF& row, std::span<const Column> columns)
{
    double fixed = 0;
    for (const auto& c : columns) {
        fixed += c.width;
    }
    double x = row.left();
    std::vector<QRectF> out;
    for (const auto& c : columns) {
        const double w = c.width > 0 ? c.width : std::max(0.0, row.width() - fixed);
        out.emplace_back(x, row.top(), w - 4, row.height());
        x += w;
    }
    return out;
}

void tableHeader(ReportCanvas& c, const QRectF& row, std::span<const Column> columns,
                 std::span<const QString> titles)
{
    const auto boxes = columnBoxes(row, columns);
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        c.text(boxes[i], titles[i], 6.5, colour::muted(), columns[i].align | Qt::AlignVCenter,
               true);
    }
    c.line(QPointF(row.left(), row.bottom()), QPointF(row.right(), row.bottom()), colour::rule());
}

} // namespace

QColor statusColour(core::KpiStatus status)
{
    switch (status) {
    case core::KpiStatus::Met:
        return colour::met();
    case core::KpiStatus::OnTrack:
        return colour::onTrack();
    case core::KpiStatus::AtRisk:
        return colour::atRisk();
    case core::KpiStatus::Unknown:
        break;
    }
    return colour::unknown();
}

double drawHeader(ReportCanvas& c, const QRectF& box, const ReportInput& in)
{
    const auto& campaign = in.campaign;
    constexpr double kAside = 130.0;
    c.text(QRectF(box.left(), box.top(), box.width() - kAside, 24),
           singleLine(campaign.name.empty() ? "Untitled campaign" : campaign.name), 17.0,
           colour::ink(), Qt::AlignLeft | Qt::AlignVCenter, true);
    c.text(QRectF(box.right() - kAside, box.top() + 1, kAside, 11),
           QStringLiteral("CAMPAIGN KPI REPORT"), 7.5, colour::primary(),
           Qt::AlignRight | Qt::AlignVCenter, true);
    c.text(QRectF(box.right() - kAside, box.top() + 12, kAside, 11),
           QStringLiteral("Made on ") + formatDate(in.madeOn), 7.5, colour::muted(),
           Qt::AlignRight | Qt::AlignVCenter);

    QStringList facts;
    facts << (campaign.brand.empty() ? QStringLiteral("No brand") : singleLine(campaign.brand));
    facts << formatDate(campaign.start) + QStringLiteral(" – ") + formatDate(campaign.end);
    facts << QString::fromUtf8(core::toLabel(campaign.status).data(),
                               static_cast<qsizetype>(core::toLabel(campaign.status).size()));
    facts << QStringLiteral("Budget ") + formatMoney(campaign.budget);
    c.text(QRectF(box.left(), box.top() + 26, box.width(), 13),
           facts.join(QStringLiteral("   ·   ")), 8.5, colour::muted());
    c.line(QPointF(box.left(), box.top() + 44), QPointF(box.right(), box.top() + 44),
           colour::primary(), 1.0);
    return 48.0;
}

double drawObjective(ReportCanvas& c, const QRectF& box, const ReportInput& in)
{
    c.text(QRectF(box.left(), box.top(), 60, 11), QStringLiteral("OBJECTIVE"), 7.0,
           colour::primary(), Qt::AlignLeft | Qt::AlignVCenter, true);
    const QString objective = in.campaign.objective.empty()
                                  ? QStringLiteral("No objective written yet.")
                                  : QString::fromStdString(in.campaign.objective);
    const double used =
        c.wrapped(QRectF(box.left() + 62, box.top(), box.width() - 62, box.height()), objective,
                  8.5, colour::ink(), 3);
    return std::max(used, 11.0);
}

void drawTiles(ReportCanvas& c, const QRectF& box, const ReportInput& in)
{
    static constexpr std::array<std::pair<std::string_view, const char*>, 10> kTiles{{
        {"impressions", "Impressions"},
        {"reach", "Reach"},
        {"engagements", "Engagements"},
        {"engagement_rate_reach", "Eng. rate (by reach)"},
        {"ctr", "CTR (clicks / impr.)"},
        {"conversions", "Conversions"},
        {"revenue", "Revenue"},
        {"spend", "Spend (paid)"},
        {"roas", "ROAS (revenue / spend)"},
        {"cpe", "CPE (spend / eng.)"},
    }};
    constexpr int kColumns = 5;
    constexpr double kGap = 6.0;
    const double w = (box.width() - kGap * (kColumns - 1)) / kColumns;
    const double h = (box.height() - kGap) / 2;
    for (std::size_t i = 0; i < kTiles.size(); ++i) {
        const auto col = static_cast<double>(i % kColumns);
        const auto row = static_cast<double>(i / kColumns);
        const QRectF tile(box.left() + col * (w + kGap), box.top() + row * (h + kGap), w, h);
        c.fill(tile, colour::panel(), 3.0);
        const core::Kpi* k = core::findKpi(in.kpis, kTiles[i].first);
        if (k && k->status) {
            c.fill(QRectF(tile.left(), tile.top(), 3, tile.height()), statusColour(*k->status));
        }
        const QRectF inner = tile.adjusted(8, 4, -6, -4);
        c.text(QRectF(inner.left(), inner.top(), inner.width(), 10),
               QString::fromLatin1(kTiles[i].second), 7.0, colour::muted());
        // Shrink a long figure a little; past that, show it compact (562M EUR).
        const QRectF valueBox(inner.left(), inner.top() + 10, inner.width(), inner.height() - 10);
        const QString full = kpiText(in, kTiles[i].first);
        const bool fullFits = c.textWidth(full, 10.5, true) <= valueBox.width();
        c.fitted(valueBox, fullFits || !k ? full : formatKpiCompact(*k, in.campaign.currency), 13.0,
                 8.0, colour::ink(), true);
    }
}

void drawTargets(ReportCanvas& c, const QRectF& box, const ReportInput& in)
{
    QRectF area = c.sectionTitle(box, QStringLiteral("KPI targets against actuals"));
    auto targets = core::targetResults(in.campaign, in.kpis);
    // Targets for KPIs this version does not know go last: they can only say "Unknown".
    std::stable_partition(targets.begin(), targets.end(),
                          [](const core::TargetResult& t) { return t.kpi != nullptr; });
    if (targets.empty()) {
        c.text(QRectF(area.left(), area.top(), area.width(), kRow),
               QStringLiteral("No KPI targets set for this campaign."), 8.0, colour::muted());
        return;
    }
    static constexpr std::array<Column, 4> kColumns{
        {{0, Qt::AlignLeft}, {58, Qt::AlignRight}, {62, Qt::AlignRight}, {46, Qt::AlignHCenter}}};
    static const std::array<QString, 4> kTitles{QStringLiteral("KPI"), QStringLiteral("Target"),
                                                QStringLiteral("Actual"), QStringLiteral("Status")};
    tableHeader(c, QRectF(area.left(), area.top(), area.width(), 11), kColumns, kTitles);
    area.adjust(0, 13, 0, 0);
    auto rowsThatFit = static_cast<std::size_t>(std::floor(area.height() / kRow));
    const bool cut = targets.size() > rowsThatFit;
    const std::size_t shown = cut ? rowsThatFit - 1 : targets.size();
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& t = targets[i];
        const auto boxes = columnBoxes(
            QRectF(area.left(), area.top() + kRow * static_cast<double>(i), area.width(), kRow),
            kColumns);
        const auto* definition = t.kpi ? t.kpi->definition : nullptr;
        c.text(boxes[0], shortLabel(t.key, t.label), 7.5, colour::ink());
        c.text(boxes[1], formatTarget(definition, t.target, in.campaign.currency), 7.5,
               colour::muted(), Qt::AlignRight | Qt::AlignVCenter);
        if (t.kpi) {
            c.figure(boxes[2], formatKpiValue(*t.kpi, in.campaign.currency),
                     formatKpiCompact(*t.kpi, in.campaign.currency), 7.5, colour::ink(),
                     Qt::AlignRight | Qt::AlignVCenter, true);
        } else {
            c.text(boxes[2], unknownText(), 7.5, colour::ink(), Qt::AlignRight | Qt::AlignVCenter);
        }
        const QString status =
            QString::fromLatin1(core::statusLabel(t.status).data(),
                                static_cast<qsizetype>(core::statusLabel(t.status).size()));
        c.badge(boxes[3].adjusted(2, 2, 0, -2), status, statusColour(t.status));
    }
    if (cut) {
        c.text(
            QRectF(area.left(), area.top() + kRow * static_cast<double>(shown), area.width(), kRow),
            QStringLiteral("… and %1 more targets").arg(targets.size() - shown), 7.0,
            colour::muted());
    }
}

void drawTopInfluencers(ReportCanvas& c, const QRectF& box, const ReportInput& in)
{
    QRectF area =
        c.sectionTitle(box, QStringLiteral("Top influencers by engagements (%1 with content)")
                                .arg(in.influencersWithContent));
    if (in.topInfluencers.empty()) {
        c.text(QRectF(area.left(), area.top(), area.width(), kRow),
               QStringLiteral("No content by influencers yet."), 8.0, colour::muted());
        return;
    }
    static constexpr std::array<Column, 5> kColumns{{{12, Qt::AlignLeft},
                                                     {0, Qt::AlignLeft},
                                                     {26, Qt::AlignRight},
                                                     {54, Qt::AlignRight},
                                                     {44, Qt::AlignRight}}};
    static const std::array<QString, 5> kTitles{
        QStringLiteral("#"), QStringLiteral("Influencer (main platform)"), QStringLiteral("Posts"),
        QStringLiteral("Engagements"), QStringLiteral("Reach")};
    tableHeader(c, QRectF(area.left(), area.top(), area.width(), 11), kColumns, kTitles);
    area.adjust(0, 13, 0, 0);
    const auto rowsThatFit = static_cast<std::size_t>(std::floor(area.height() / kRow));
    for (std::size_t i = 0; i < std::min(rowsThatFit, in.topInfluencers.size()); ++i) {
        const auto& t = in.topInfluencers[i];
        const auto boxes = columnBoxes(
            QRectF(area.left(), area.top() + kRow * static_cast<double>(i), area.width(), kRow),
            kColumns);
        c.text(boxes[0], QString::number(i + 1), 7.5, colour::muted());
        // The name comes first and is elided only when it fills the cell; the platform follows
        // when there is room left.
        const auto platformKey = core::toLabel(t.platform);
        const QString platform =
            QString::fromLatin1(platformKey.data(), static_cast<qsizetype>(platformKey.size()));
        const QString name = singleLine(t.name);
        const double nameWidth = std::min(c.textWidth(name, 7.5, true) + 1, boxes[1].width());
        c.text(QRectF(boxes[1].left(), boxes[1].top(), nameWidth, kRow), name, 7.5, colour::ink(),
               Qt::AlignLeft | Qt::AlignVCenter, true);
        const double platformWidth = c.textWidth(platform, 6.5) + 1;
        if (nameWidth + 4 + platformWidth <= boxes[1].width()) {
            c.text(QRectF(boxes[1].left() + nameWidth + 4, boxes[1].top(), platformWidth, kRow),
                   platform, 6.5, colour::muted());
        }
        const auto right = Qt::AlignRight | Qt::AlignVCenter;
        c.figure(boxes[2], formatCount(t.posts), compactText(t.posts), 7.5, colour::ink(), right);
        c.figure(boxes[3], countText(t.engagements), compactText(t.engagements), 7.5, colour::ink(),
                 right, true);
        c.figure(boxes[4], countText(t.reach), compactText(t.reach), 7.5, colour::ink(), right);
    }
}

void drawFooter(ReportCanvas& c, const QRectF& box, const ReportInput&)
{
    c.line(QPointF(box.left(), box.top()), QPointF(box.right(), box.top()), colour::rule());
    c.wrapped(QRectF(box.left(), box.top() + 2, box.width(), box.height() - 2),
              QStringLiteral("Made with CampaignDesk.  “—” means unknown: not reported, or a zero "
                             "denominator. Totals count the posts that report each figure; a rate "
                             "divides sums over the same posts. Spend = payments made. "
                             "Definitions: docs/kpi-definitions.md"),
              6.5, colour::muted(), 2);
}

} // namespace cd::report
