#pragma once

#include "core/Date.h"
#include "core/Kpi.h"
#include "core/Money.h"

#include <QString>

#include <cstdint>
#include <string>

namespace cd::report {

// How the report writes numbers, amounts and dates: in English, with a comma between thousands,
// so a printed page reads the same wherever it was made.

QString unknownText();                   // "—": nothing reported, or a zero denominator
QString formatCount(std::int64_t value); // 1,234,567
QString formatCompact(double value);     // 950, 12.5k, 3.2M
QString formatPercent(double fraction, int decimals = 1); // 0.0452 → "4.5 %"
QString formatMoney(const core::Money& amount);           // 45,000.00 EUR
QString formatDate(core::Date date);                      // 15 Jun 2026
QString formatDate(const core::OptionalDate& date);

// A KPI's value as the report shows it: rates as percentages, ROAS as a multiple, unit costs
// with two more decimals than the currency has when below one unit.
QString formatKpiValue(const core::Kpi& kpi, const std::string& currency);
// The same, shorter where it can be: counts and amounts as 16.4B, 562M EUR, for narrow cells.
QString formatKpiCompact(const core::Kpi& kpi, const std::string& currency);
QString formatTarget(const core::KpiDefinition* definition, double target,
                     const std::string& currency);

// User text for one line: control characters (new lines, tabs) become spaces. Never HTML.
QString singleLine(const std::string& text);
QString singleLine(const QString& text);

} // namespace cd::report
