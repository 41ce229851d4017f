#include "ReportFormat.h"

#include <cmath>

namespace cd::report {

namespace {

QString grouped(const QString& digits)
{
    QString out;
    const auto n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) {
            out += QLatin1Char(',');
        }
        out += digits[i];
    }
    return out;
}

// A decimal number with a thousands separator: "-1,234.50".
QString groupedDecimal(const QString& plain)
{
    QString text = plain;
    QString sign;
    if (text.startsWith(QLatin1Char('-'))) {
        sign = QStringLiteral("−");
        text.remove(0, 1);
    }
    const auto dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot);
    return sign + grouped(whole) + fraction;
}

QString currencyText(const std::string& currency)
{
    return QString::fromStdString(currency);
}

QString formatUnitCost(double value, const std::string& currency)
{
    const int digits = core::currencyDigits(currency);
    const int shown = std::abs(value) < 1.0 ? digits + 2 : digits;
    return groupedDecimal(QString::number(value, 'f', shown)) + QLatin1Char(' ') +
           currencyText(currency);
}

QString formatDays(double days)
{
    const auto n = static_cast<long long>(std::llround(days));
    if (n == 0) {
        return QStringLiteral("on the end date");
    }
    const QString count = QString::number(std::llabs(n));
    const QString unit = std::llabs(n) == 1 ? QStringLiteral(" day") : QStringLiteral(" days");
    return count + unit + (n > 0 ? QStringLiteral(" after the end") : QStringLiteral(" early"));
}

} // namespace

QString unknownText()
{
    return QStringLiteral("—");
}

QString formatCount(std::int64_t value)
{
    return groupedDecimal(QString::number(value));
}

QString formatCompact(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude >= 1e9) {
        return QString::number(value / 1e9, 'f', magnitude >= 1e10 ? 0 : 1) + QLatin1Char('B');
    }
    if (magnitude >= 1e6) {
        return QString::number(value / 1e6, 'f', magnitude >= 1e7 ? 0 : 1) + QLatin1Char('M');
    }
    if (magnitude >= 1e3) {
        return QString::number(value / 1e3, 'f', magnitude >= 1e4 ? 0 : 1) + QLatin1Char('k');
    }
    return QString::number(value, 'f', magnitude > 0 && magnitude < 10 ? 1 : 0);
}

QString formatPercent(double fraction, int decimals)
{
    return groupedDecimal(QString::number(fraction * 100.0, 'f', decimals)) + QStringLiteral(" %");
}

QString formatMoney(const core::Money& amount)
{
    return groupedDecimal(QString::fromStdString(amount.toDecimalString())) + QLatin1Char(' ') +
           currencyText(amount.currency());
}

QString formatDate(core::Date date)
{
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(QLatin1String(kMonths[(date.month() + 11) % 12]))
        .arg(date.year());
}

QString formatDate(const core::OptionalDate& date)
{
    return date ? formatDate(*date) : unknownText();
}

QString formatKpiValue(const core::Kpi& kpi, const std::string& currency)
{
    using core::KpiUnit;
    if (kpi.definition->unit == KpiUnit::Date) {
        return formatDate(kpi.date);
    }
    if (!kpi.value) {
        return unknownText();
    }
    const double v = *kpi.value;
    switch (kpi.definition->unit) {
    case KpiUnit::Count:
        return formatCount(std::llround(v));
    case KpiUnit::Fraction:
        return formatPercent(v, v != 0.0 && std::abs(v) < 0.1 ? 2 : 1);
    case KpiUnit::Money:
        return kpi.amount ? formatMoney(*kpi.amount) : formatUnitCost(v, currency);
    case KpiUnit::UnitCost:
        return formatUnitCost(v, currency);
    case KpiUnit::Ratio:
        // ROI reads as a percentage of the spend, ROAS as a multiple of it.
        return kpi.key() == "roi" ? formatPercent(v, 0)
                                  : QString::number(v, 'f', 2) + QStringLiteral("×");
    case KpiUnit::Days:
        return formatDays(v);
    case KpiUnit::Date:
        break;
    }
    return unknownText();
}

QString formatKpiCompact(const core::Kpi& kpi, const std::string& currency)
{
    if (!kpi.value) {
        return formatKpiValue(kpi, currency);
    }
    switch (kpi.definition->unit) {
    case core::KpiUnit::Count:
        return formatCompact(*kpi.value);
    case core::KpiUnit::Money:
        return formatCompact(*kpi.value) + QLatin1Char(' ') + currencyText(currency);
    default:
        return formatKpiValue(kpi, currency);
    }
}

QString formatTarget(const core::KpiDefinition* definition, double target,
                     const std::string& currency)
{
    if (!definition) {
        return QString::number(target, 'g', 6);
    }
    core::Kpi kpi;
    kpi.definition = definition;
    kpi.value = target;
    if (definition->unit == core::KpiUnit::Money) {
        const double minor = std::round(target * std::pow(10.0, core::currencyDigits(currency)));
        kpi.amount = core::Money(static_cast<std::int64_t>(minor), currency);
    }
    return definition->unit == core::KpiUnit::Date ? QString::number(target, 'g', 6)
                                                   : formatKpiValue(kpi, currency);
}

QString singleLine(const std::string& text)
{
    return singleLine(QString::fromStdString(text));
}

QString singleLine(const QString& text)
{
    QString out = text;
    for (auto& c : out) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator) {
            c = QLatin1Char(' ');
        }
    }
    return out;
}

} // namespace cd::report
