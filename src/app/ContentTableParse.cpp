#include "ContentTableModel.h"

#include "Format.h"

#include "io/ValueParsing.h"

#include <QDate>

#include <algorithm>

// How ContentTableModel reads the values editors and users give it.

namespace cd::app {

namespace {

bool isInteger(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
        return true;
    default:
        return false;
    }
}

// Null, an invalid date or blank text: the user cleared the cell.
bool isBlank(const QVariant& value)
{
    if (!value.isValid() || value.isNull()) {
        return true;
    }
    if (value.typeId() == QMetaType::QDate) {
        return !value.toDate().isValid();
    }
    return !isInteger(value) && value.toString().trimmed().isEmpty();
}

std::string trimmedText(const QVariant& value)
{
    return value.toString().trimmed().toStdString();
}

template <class E> std::optional<ContentValue> parseEnumValue(const QVariant& value)
{
    if (isInteger(value)) {
        const auto number = value.toLongLong();
        for (const auto& entry : core::enumEntries<E>()) {
            if (static_cast<long long>(entry.value) == number) {
                return ContentValue(entry.value);
            }
        }
        return std::nullopt;
    }
    if (const auto parsed = core::parseEnum<E>(trimmedText(value))) {
        return ContentValue(*parsed);
    }
    return std::nullopt;
}

std::optional<ContentValue> parseDateValue(const QVariant& value)
{
    if (isBlank(value)) {
        return ContentValue(core::OptionalDate());
    }
    if (value.typeId() == QMetaType::QDate) {
        const QDate date = value.toDate();
        return ContentValue(core::OptionalDate(core::Date::fromYmd(
            date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()))));
    }
    const auto parsed = io::parseDate(trimmedText(value));
    if (!parsed.hasValue()) {
        return std::nullopt;
    }
    return ContentValue(core::OptionalDate(parsed.value));
}

std::optional<ContentValue> parseCountValue(const QVariant& value)
{
    using Count = std::optional<std::int64_t>;
    if (isBlank(value)) {
        return ContentValue(Count());
    }
    if (isInteger(value)) {
        bool ok = false;
        const qlonglong number = value.toLongLong(&ok);
        return ok && number >= 0 ? std::optional<ContentValue>(Count(number)) : std::nullopt;
    }
    const std::string text = trimmedText(value);
    if (io::isUnknownMarker(text)) {
        return ContentValue(Count());
    }
    const auto parsed = io::parseCount(text);
    return parsed.hasValue() ? std::optional<ContentValue>(Count(parsed.value)) : std::nullopt;
}

std::optional<ContentValue> parseMoneyValue(const QVariant& value, const std::string& currency)
{
    using Amount = std::optional<core::Money>;
    if (isBlank(value) || io::isUnknownMarker(trimmedText(value))) {
        return ContentValue(Amount());
    }
    // Exact: parsed into minor units of the campaign's currency, never through a double.
    const auto parsed = io::parseMoney(trimmedText(value), currency);
    if (!parsed.hasValue() || parsed.value.minorUnits() < 0) {
        return std::nullopt;
    }
    return ContentValue(Amount(parsed.value));
}

} // namespace

std::optional<ContentValue> ContentTableModel::parseInfluencer(const QVariant& value) const
{
    using OptionalId = std::optional<core::Id>;
    if (isBlank(value) || (isInteger(value) && value.toLongLong() == 0)) {
        return ContentValue(OptionalId());
    }
    const auto found = std::find_if(m_choices.begin(), m_choices.end(), [&](const Choice& c) {
        return isInteger(value)
                   ? c.id == value.toLongLong()
                   : c.name.compare(value.toString().trimmed(), Qt::CaseInsensitive) == 0;
    });
    if (found == m_choices.end()) {
        return value.toString().trimmed() == unknownText()
                   ? std::optional<ContentValue>(OptionalId())
                   : std::nullopt;
    }
    return ContentValue(OptionalId(found->id));
}

std::optional<ContentValue> ContentTableModel::parse(int column, const QVariant& value) const
{
    switch (column) {
    case Influencer:
        return parseInfluencer(value);
    case Platform:
        return parseEnumValue<core::Platform>(value);
    case Type:
        return parseEnumValue<core::ContentType>(value);
    case Approval:
        return parseEnumValue<core::ApprovalStatus>(value);
    case Title:
    case Url:
        return ContentValue(trimmedText(value));
    case Planned:
    case Published:
        return parseDateValue(value);
    case Revenue:
        return parseMoneyValue(value, m_currency);
    default:
        if (column > Approval && column < ColumnCount) {
            return parseCountValue(value);
        }
        return std::nullopt;
    }
}

} // namespace cd::app
