#include "Format.h"

#include <QCoreApplication>

namespace cd::app {

namespace {

QLocale& storedLocale()
{
    static QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

bool italian()
{
    return storedLocale().language() == QLocale::Italian;
}

// "-1234.50" → "-1,234.50" (English) or "-1.234,50" (Italian): grouping and decimal mark of the
// locale, digits of the exact amount (never through a double).
QString localisedDecimal(const std::string& decimal, const QLocale& locale)
{
    QString text = QString::fromStdString(decimal);
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative) {
        text.remove(0, 1);
    }
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? text : text.left(point);
    QString result = locale.toString(whole.toLongLong());
    if (point >= 0) {
        result += locale.decimalPoint() + text.mid(point + 1);
    }
    return negative ? locale.negativeSign() + result : result;
}

} // namespace

void setDisplayLocale(const QLocale& locale)
{
    storedLocale() = locale;
}

const QLocale& displayLocale()
{
    return storedLocale();
}

QString formatMoney(const core::Money& money)
{
    return localisedDecimal(money.toDecimalString(), storedLocale()) + QLatin1Char(' ') +
           currencyText(money.currency());
}

QString currencyText(const std::string& currency)
{
    if (italian() && currency == "EUR") {
        return QStringLiteral("€");
    }
    return QString::fromStdString(currency);
}

QString formatDecimal(double value, int decimals)
{
    return storedLocale().toString(value, 'f', decimals);
}

QString formatDate(const core::OptionalDate& date)
{
    if (italian() && date) {
        // Four-digit years: the locale's short format would write "31/12/26".
        return QStringLiteral("%1/%2/%3")
            .arg(date->day(), 2, 10, QLatin1Char('0'))
            .arg(date->month(), 2, 10, QLatin1Char('0'))
            .arg(date->year(), 4, 10, QLatin1Char('0'));
    }
    return QString::fromStdString(core::toIso(date));
}

QString dateEditFormat()
{
    return italian() ? QStringLiteral("dd/MM/yyyy") : QStringLiteral("yyyy-MM-dd");
}

QString formatPercent(double percent, int decimals)
{
    return storedLocale().toString(percent, 'f', decimals) + QStringLiteral(" %");
}

QString formatCount(std::int64_t count)
{
    return storedLocale().toString(static_cast<qlonglong>(count));
}

QString formatDays(int days)
{
    // "d" for days in English, "g" (giorni) in Italian.
    return QCoreApplication::translate("cd::app::Format", "%1 d").arg(days);
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
