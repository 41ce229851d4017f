#pragma once

#include "core/Date.h"
#include "core/Enums.h"
#include "core/Money.h"

#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>
#include <string_view>

namespace cd::app {

// How domain values read in the views. Locale-aware formatting comes later; until then money is
// "1234.50 EUR", dates are ISO 8601 and counts are plain digits.

inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

template <class E> QString enumLabel(E value)
{
    return toQString(core::toLabel(value));
}

QString formatMoney(const core::Money& money);
QString formatDate(const core::OptionalDate& date);
// "12 %" from 12.0; `decimals` fraction digits.
QString formatPercent(double percent, int decimals = 0);
QString formatCount(std::int64_t count);
QString formatDays(int days);

// Raw values for sorting: numbers stay numbers, a missing value is an invalid QVariant.
QVariant rawDate(const core::OptionalDate& date);
QVariant rawMoney(const core::Money& money);

// Tool tips guess whether text is HTML; user data must never be taken for markup, so this makes
// it explicitly HTML with the text escaped (line breaks kept).
QString plainToolTip(const QString& text);

// Shown where a value is unknown or a ratio has no denominator.
inline QString unknownText()
{
    return QStringLiteral("—");
}

} // namespace cd::app
