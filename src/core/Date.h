#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cd::core {

// A calendar date with no time of day and no time zone, stored as days since 1970-01-01.
class Date {
public:
    constexpr Date() = default;

    static Date fromYmd(int year, unsigned month, unsigned day);
    static constexpr Date fromDays(std::int32_t days)
    {
        Date d;
        d.m_days = days;
        return d;
    }
    // Parses "YYYY-MM-DD"; nullopt when the text is not a real calendar date.
    static std::optional<Date> parseIso(std::string_view text);

    std::int32_t daysSinceEpoch() const { return m_days; }
    int year() const;
    unsigned month() const;
    unsigned day() const;
    // 1 = Monday … 7 = Sunday (ISO 8601).
    unsigned isoWeekday() const;

    std::string toIso() const;

    Date addDays(std::int32_t n) const { return fromDays(m_days + n); }
    std::int32_t daysUntil(Date other) const { return other.m_days - m_days; }

    auto operator<=>(const Date&) const = default;

private:
    std::int32_t m_days = 0;
};

using OptionalDate = std::optional<Date>;

std::string toIso(const OptionalDate& date);

} // namespace cd::core
