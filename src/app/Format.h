#pragma once

#include "core/Date.h"
#include "core/Enums.h"
#include "core/Money.h"

#include <QLocale>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace cd::app {

// How domain values read in the views. In English (the default) money is "1,234.50 EUR", dates
// are ISO 8601 and counts are grouped, "1,234". With an Italian display locale they follow it:
// "1.234,56 €", "31/12/2026", "12,5 %", "1.234". Editors get the plain value (EditRole), and the
// parsers read both groupings back.

inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// A core label ("Signed", "Not started" …) in the interface's language; the texts are listed
// for lupdate in EnumLabels.cpp.
QString translatedLabel(std::string_view label, const char* disambiguation = nullptr);

// Italian agrees the adjective with what it describes: a campaign is "Attiva", a contract
// "Attivo", a task "Completata"; these enums' labels are translated apart.
template <class E> constexpr const char* labelDisambiguation()
{
    if constexpr (std::is_same_v<E, core::CampaignStatus>) {
        return "campaign status";
    } else if constexpr (std::is_same_v<E, core::TaskStatus>) {
        return "task status";
    } else {
        return nullptr;
    }
}

template <class E> QString enumLabel(E value)
{
    return translatedLabel(core::toLabel(value), labelDisambiguation<E>());
}

// The locale the views format in (en_US or it_IT); set by applyUiLanguage().
void setDisplayLocale(const QLocale& locale);
const QLocale& displayLocale();

QString formatMoney(const core::Money& money);
QString formatDate(const core::OptionalDate& date);
// The display format of date editors: "yyyy-MM-dd", or "dd/MM/yyyy" in Italian.
QString dateEditFormat();
// A measured amount that is not stored money (a cost per engagement, a ROAS): "0.0354" in
// English, "0,0354" in Italian.
QString formatDecimal(double value, int decimals);
// How a currency is named after an amount: "EUR" in English, "€" in Italian.
QString currencyText(const std::string& currency);
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
