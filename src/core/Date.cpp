#include "Date.h"

#include <chrono>
#include <cstdio>

namespace cd::core {

namespace {

std::chrono::year_month_day ymdOf(std::int32_t days)
{
    return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{days}}};
}

bool allDigits(std::string_view s)
{
    for (char c : s) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return !s.empty();
}

int toInt(std::string_view s)
{
    int v = 0;
    for (char c : s) {
        v = v * 10 + (c - '0');
    }
    return v;
}

} // namespace

Date Date::fromYmd(int year, unsigned month, unsigned day)
{
    const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month},
                                          std::chrono::day{day}};
    return fromDays(
        static_cast<std::int32_t>(std::chrono::sys_days{ymd}.time_since_epoch().count()));
}

std::optional<Date> Date::parseIso(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    const auto y = text.substr(0, 4);
    const auto m = text.substr(5, 2);
    const auto d = text.substr(8, 2);
    if (!allDigits(y) || !allDigits(m) || !allDigits(d)) {
        return std::nullopt;
    }
    const std::chrono::year_month_day ymd{std::chrono::year{toInt(y)},
                                          std::chrono::month{static_cast<unsigned>(toInt(m))},
                                          std::chrono::day{static_cast<unsigned>(toInt(d))}};
    if (!ymd.ok()) {
        return std::nullopt;
    }
    return fromDays(
        static_cast<std::int32_t>(std::chrono::sys_days{ymd}.time_since_epoch().count()));
}

int Date::year() const
{
    return static_cast<int>(ymdOf(m_days).year());
}
unsigned Date::month() const
{
    return static_cast<unsigned>(ymdOf(m_days).month());
}
unsigned Date::day() const
{
    return static_cast<unsigned>(ymdOf(m_days).day());
}

unsigned Date::isoWeekday() const
{
    return std::chrono::weekday{std::chrono::sys_days{std::chrono::days{m_days}}}.iso_encoding();
}

std::string Date::toIso() const
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year(), month(), day());
    return buf;
}

std::string toIso(const OptionalDate& date)
{
    return date ? date->toIso() : std::string{};
}

} // namespace cd::core
