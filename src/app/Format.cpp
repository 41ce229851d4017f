#include "Format.h"

namespace cd::app {

QString formatMoney(const core::Money& money)
{
    return QString::fromStdString(money.toDecimalString()) + QLatin1Char(' ') +
           QString::fromStdString(money.currency());
}

QString formatDate(const core::OptionalDate& date)
{
    return QString::fromStdString(core::toIso(date));
}

QString formatPercent(double percent, int decimals)
{
    return QString::number(percent, 'f', decimals) + QStringLiteral(" %");
}

QString formatCount(std::int64_t count)
{
    return QString::number(count);
}

QString formatDays(int days)
{
    return QStringLiteral("%1 d").arg(days);
}

QString plainToolTip(const QString& text)
{
    return QStringLiteral("<p style=\"white-space:pre\">%1</p>").arg(text.toHtmlEscaped());
}

QVariant rawDate(const core::OptionalDate& date)
{
    return date ? QVariant::fromValue<qint64>(date->daysSinceEpoch()) : QVariant();
}

QVariant rawMoney(const core::Money& money)
{
    return QVariant::fromValue<qint64>(money.minorUnits());
}

} // namespace cd::app
