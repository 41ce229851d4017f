#include "DashboardView.h"

#include "CampaignData.h"
#include "Format.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cstdint>
#include <optional>

namespace cd::app {

namespace {

constexpr int kTileColumns = 4;

using Count = std::optional<std::int64_t>;

// The campaign's totals. A sum stays unknown until at least one item reports the figure.
struct Figures {
    Count impressions;
    Count reach;
    Count engagements;
    Count clicks;
    Count conversions;
    int reportingItems = 0;
    std::optional<core::Money> revenue;
    bool revenueInOtherCurrency = false;
    int published = 0;
    int planned = 0;
    core::Money paid;
    core::Money budget;
};

void addKnown(Count& sum, const Count& value)
{
    if (value) {
        sum = sum.value_or(0) + *value;
    }
}

Figures computeFigures(const CampaignData& data)
{
    const core::Campaign& campaign = data.snapshot.campaign;
    Figures f;
    f.paid = core::Money::zero(campaign.currency);
    f.budget = campaign.budget;
    for (const auto& item : data.snapshot.content) {
        const core::ContentMetrics& m = item.metrics;
        addKnown(f.impressions, m.impressions);
        addKnown(f.reach, m.reach);
        if (m.likes || m.comments || m.shares || m.saves) {
            addKnown(f.engagements, m.engagements());
        }
        addKnown(f.clicks, m.clicks);
        addKnown(f.conversions, m.conversions);
        if (m.impressions) {
            ++f.reportingItems;
        }
        if (m.revenue && m.revenue->currency() == campaign.currency) {
            f.revenue = f.revenue ? *f.revenue + *m.revenue : *m.revenue;
        } else if (m.revenue) {
            f.revenueInOtherCurrency = true;
        }
        ++f.planned;
        if (item.publishedDate || item.approval == core::ApprovalStatus::Published) {
            ++f.published;
        }
    }
    for (const auto& payment : data.snapshot.payments) {
        if (payment.isPaid()) {
            f.paid += payment.amount;
        }
    }
    return f;
}

QString countText(const Count& count)
{
    return count ? formatCount(*count) : unknownText();
}

// numerator / denominator as a percentage, or "—" when the denominator is zero or unknown.
QString percentOf(const Count& numerator, const Count& denominator)
{
    if (!numerator || !denominator || *denominator == 0) {
        return unknownText();
    }
    return formatPercent(
        100.0 * static_cast<double>(*numerator) / static_cast<double>(*denominator), 1);
}

} // namespace

DashboardView::DashboardView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_grid = new QGridLayout;
    m_grid->setSpacing(12);
    layout->addLayout(m_grid);
    layout->addStretch(1);

    addTile(QStringLiteral("impressions"), tr("Impressions"));
    addTile(QStringLiteral("reach"), tr("Reach"));
    addTile(QStringLiteral("engagements"), tr("Engagements"));
    addTile(QStringLiteral("clicks"), tr("Clicks"));
    addTile(QStringLiteral("conversions"), tr("Conversions"));
    addTile(QStringLiteral("revenue"), tr("Revenue"));
    addTile(QStringLiteral("posts"), tr("Posts published"));
    addTile(QStringLiteral("budget"), tr("Budget paid"));
    for (int column = 0; column < kTileColumns; ++column) {
        m_grid->setColumnStretch(column, 1);
    }
    clear();
}

void DashboardView::addTile(const QString& key, const QString& title)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("tile_") + key);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(QStringLiteral("QFrame#tile_%1 { background: palette(base); "
                                        "border: 1px solid palette(mid); border-radius: 6px; }")
                             .arg(key));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 10, 14, 12);

    auto* titleLabel = new QLabel(title, frame);
    titleLabel->setObjectName(QStringLiteral("title"));
    titleLabel->setTextFormat(Qt::PlainText);
    titleLabel->setForegroundRole(QPalette::PlaceholderText);

    Tile tile{key, new QLabel(frame), new QLabel(frame)};
    tile.value->setObjectName(QStringLiteral("value"));
    tile.value->setTextFormat(Qt::PlainText);
    QFont valueFont = tile.value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.8);
    valueFont.setBold(true);
    tile.value->setFont(valueFont);
    tile.detail->setObjectName(QStringLiteral("detail"));
    tile.detail->setTextFormat(Qt::PlainText);
    tile.detail->setWordWrap(true);

    layout->addWidget(titleLabel);
    layout->addWidget(tile.value);
    layout->addWidget(tile.detail);
    layout->addStretch(1);
    const int index = static_cast<int>(m_tiles.size());
    m_grid->addWidget(frame, index / kTileColumns, index % kTileColumns);
    m_tiles.push_back(tile);
}

void DashboardView::setTile(const QString& key, const QString& value, const QString& detail)
{
    for (const Tile& tile : m_tiles) {
        if (tile.key == key) {
            tile.value->setText(value);
            tile.detail->setText(detail);
            return;
        }
    }
}

void DashboardView::setCampaign(const CampaignData& campaign)
{
    const Figures f = computeFigures(campaign);
    m_heading->setText(QString::fromStdString(campaign.snapshot.campaign.name));

    setTile(QStringLiteral("impressions"), countText(f.impressions),
            tr("reported for %1 of %2 pieces of content").arg(f.reportingItems).arg(f.planned));
    setTile(QStringLiteral("reach"), countText(f.reach), tr("accounts reached"));
    setTile(QStringLiteral("engagements"), countText(f.engagements),
            tr("engagement rate: %1").arg(percentOf(f.engagements, f.impressions)));
    setTile(QStringLiteral("clicks"), countText(f.clicks),
            tr("click-through rate: %1").arg(percentOf(f.clicks, f.impressions)));
    setTile(QStringLiteral("conversions"), countText(f.conversions),
            tr("conversion rate of clicks: %1").arg(percentOf(f.conversions, f.clicks)));

    QString revenueDetail = tr("return on the amount paid: %1").arg(unknownText());
    if (f.revenue && f.paid.minorUnits() > 0) {
        const double roas =
            static_cast<double>(f.revenue->minorUnits()) / static_cast<double>(f.paid.minorUnits());
        revenueDetail = tr("return on the amount paid: %1×").arg(QString::number(roas, 'f', 2));
    }
    if (f.revenueInOtherCurrency) {
        revenueDetail += tr(" (amounts in other currencies left out)");
    }
    setTile(QStringLiteral("revenue"), f.revenue ? formatMoney(*f.revenue) : unknownText(),
            revenueDetail);

    setTile(QStringLiteral("posts"), tr("%1 / %2").arg(f.published).arg(f.planned),
            tr("live of the planned content: %1").arg(percentOf(f.published, f.planned)));
    setTile(QStringLiteral("budget"), formatMoney(f.paid),
            tr("share of the budget of %1: %2")
                .arg(formatMoney(f.budget), percentOf(f.paid.minorUnits(), f.budget.minorUnits())));
}

void DashboardView::clear()
{
    m_heading->clear();
    for (const Tile& tile : m_tiles) {
        tile.value->setText(unknownText());
        tile.detail->clear();
    }
}

} // namespace cd::app
