#include "KpiTile.h"

#include "Format.h"

#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace cd::app {

namespace {

QString formatIn(double value, core::KpiUnit unit, std::string_view key,
                 const std::string& currency)
{
    const QString code = currencyText(currency);
    switch (unit) {
    case core::KpiUnit::Count:
        return formatCount(std::llround(value));
    case core::KpiUnit::Fraction:
        return formatPercent(100.0 * value, 1);
    case core::KpiUnit::Money:
        return formatDecimal(value, 2) + QLatin1Char(' ') + code;
    case core::KpiUnit::UnitCost:
        return formatDecimal(value, std::abs(value) < 1.0 ? 4 : 2) + QLatin1Char(' ') + code;
    case core::KpiUnit::Ratio:
        // ROI is a gain per unit spent (a percentage); ROAS a multiple of the spend.
        return key == "roi" ? formatPercent(100.0 * value, 0)
                            : formatDecimal(value, 2) + QStringLiteral("×");
    case core::KpiUnit::Days:
        return formatDays(static_cast<int>(std::lround(value)));
    case core::KpiUnit::Date:
        break;
    }
    return QString::number(value);
}

// Why a status has its colour: green met, amber on track (behind the target but not the
// pro-rata expectation), red at risk, grey without a target or a value.
QString statusColour(core::KpiStatus status)
{
    switch (status) {
    case core::KpiStatus::Met:
        return QStringLiteral("#1e8e3e");
    case core::KpiStatus::OnTrack:
        return QStringLiteral("#e37400");
    case core::KpiStatus::AtRisk:
        return QStringLiteral("#d93025");
    case core::KpiStatus::Unknown:
        break;
    }
    return QStringLiteral("#80868b");
}

} // namespace

QString kpiValueText(const core::Kpi& kpi, const std::string& currency)
{
    if (kpi.definition->unit == core::KpiUnit::Date) {
        return kpi.date ? formatDate(kpi.date) : unknownText();
    }
    if (kpi.amount) {
        return formatMoney(*kpi.amount);
    }
    if (!kpi.value) {
        return unknownText();
    }
    return formatIn(*kpi.value, kpi.definition->unit, kpi.key(), currency);
}

QString kpiTargetText(const core::Kpi& kpi, double target, const std::string& currency)
{
    if (kpi.definition->unit == core::KpiUnit::Date) {
        return QString::number(target);
    }
    return formatIn(target, kpi.definition->unit, kpi.key(), currency);
}

KpiTile::KpiTile(const QString& key, const QString& title, QWidget* parent)
    : QFrame(parent), m_key(key)
{
    setObjectName(QStringLiteral("tile_") + key);
    setStyleSheet(QStringLiteral("QFrame#tile_%1 { background: white; border: 1px solid #dadce0; "
                                 "border-radius: 8px; }")
                      .arg(key));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(4);

    auto* titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("title"));
    titleLabel->setTextFormat(Qt::PlainText);
    titleLabel->setStyleSheet(QStringLiteral("color: #5f6368; font-weight: 600;"));

    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setTextFormat(Qt::PlainText);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setStyleSheet(QStringLiteral("color: #202124;"));

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setStyleSheet(QStringLiteral("color: #5f6368;"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);

    layout->addWidget(titleLabel);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addWidget(m_status, 0, Qt::AlignLeft);
    layout->addStretch(1);
    clear();
}

void KpiTile::setStatus(const QString& text, const QString& colour)
{
    m_status->setText(text);
    m_status->setStyleSheet(
        QStringLiteral("color: white; background: %1; border-radius: 9px; padding: 2px 10px; "
                       "font-weight: 600;")
            .arg(colour));
}

void KpiTile::setKpi(const core::Kpi* kpi, const std::string& currency)
{
    if (!kpi || !kpi->definition) {
        clear();
        return;
    }
    m_value->setText(kpiValueText(*kpi, currency));
    if (!kpi->target) {
        m_detail->setText(tr("No target set"));
        setStatus(tr("No target"), statusColour(core::KpiStatus::Unknown));
        return;
    }
    QString detail = tr("Target %1").arg(kpiTargetText(*kpi, *kpi->target, currency));
    if (kpi->value && *kpi->target != 0.0) {
        const double delta = 100.0 * (*kpi->value - *kpi->target) / std::abs(*kpi->target);
        detail += tr(" · %1%2 vs target")
                      .arg(delta >= 0 ? QStringLiteral("+") : QString(), formatPercent(delta, 1));
    }
    m_detail->setText(detail);
    const core::KpiStatus status = kpi->status.value_or(core::KpiStatus::Unknown);
    setStatus(translatedLabel(core::statusLabel(status), "kpi status"), statusColour(status));
}

void KpiTile::clear()
{
    m_value->setText(unknownText());
    m_detail->clear();
    setStatus(tr("No data"), statusColour(core::KpiStatus::Unknown));
}

} // namespace cd::app
