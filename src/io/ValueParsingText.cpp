// Handles and dates: the text-shaped values of ValueParsing.h.
#include "NumberText.h"
#include "ValueParsing.h"

#include <array>
#include <chrono>

namespace cd::io {

using detail::equalsIgnoringAsciiCase;
using detail::quoted;

namespace {

struct ProfileSite {
    std::string_view host;
    core::Platform platform;
};

constexpr std::array<ProfileSite, 14> kProfileSites{{
    {"instagram.com", core::Platform::Instagram},
    {"instagr.am", core::Platform::Instagram},
    {"tiktok.com", core::Platform::TikTok},
    {"youtube.com", core::Platform::YouTube},
    {"x.com", core::Platform::X},
    {"twitter.com", core::Platform::X},
    {"twitch.tv", core::Platform::Twitch},
    {"facebook.com", core::Platform::Facebook},
    {"fb.com", core::Platform::Facebook},
    {"linkedin.com", core::Platform::LinkedIn},
    {"pinterest.com", core::Platform::Pinterest},
    {"pinterest.it", core::Platform::Pinterest},
    {"snapchat.com", core::Platform::Snapchat},
    {"threads.net", core::Platform::Other},
}};

// Path segments that come before the name in a profile address: youtube.com/c/name,
// linkedin.com/in/name, snapchat.com/add/name.
constexpr std::array<std::string_view, 6> kPathPrefixes{"c",  "user", "channel",
                                                        "in", "add",  "company"};

// Placeholders in a handle column. Narrower than isUnknownMarker: "none" or "nd" can be real.
constexpr std::array<std::string_view, 8> kHandlePlaceholders{
    "-", "--", "\xE2\x80\x93", "\xE2\x80\x94", "n/a", "#n/a", "nan", "null"};

bool startsWithIgnoringCase(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && equalsIgnoringAsciiCase(s.substr(0, prefix.size()), prefix);
}

bool stripPrefixIgnoringCase(std::string_view& s, std::string_view prefix)
{
    if (startsWithIgnoringCase(s, prefix)) {
        s.remove_prefix(prefix.size());
        return true;
    }
    return false;
}

const ProfileSite* findSite(std::string_view host)
{
    for (const auto& site : kProfileSites) {
        if (equalsIgnoringAsciiCase(site.host, host)) {
            return &site;
        }
    }
    return nullptr;
}

// The name in a profile address's path ("/@name/video/1?x=y" → "@name"); empty if none.
std::string_view nameInPath(std::string_view path)
{
    path = path.substr(0, path.find_first_of("?#"));
    auto nextSegment = [&path]() {
        while (!path.empty() && path.front() == '/') {
            path.remove_prefix(1);
        }
        const auto end = path.find('/');
        const auto segment = path.substr(0, end);
        path.remove_prefix(segment.size());
        return segment;
    };
    auto segment = nextSegment();
    for (const auto prefix : kPathPrefixes) {
        if (equalsIgnoringAsciiCase(segment, prefix)) {
            return nextSegment();
        }
    }
    return segment;
}

bool hasSpace(std::string_view s)
{
    return s.find_first_of(" \t\r\n") != std::string_view::npos ||
           s.find("\xC2\xA0") != std::string_view::npos;
}

struct DateParts {
    std::string_view a, b, c; // digit runs in written order
    char separator = 0;
};

// Splits "dd/mm/yyyy", "yyyy-mm-dd", "d.m.yy" (with an optional time after a space or 'T').
bool splitDate(std::string_view t, DateParts& parts)
{
    std::array<std::string_view, 3> runs;
    std::size_t i = 0;
    for (std::size_t k = 0; k < 3; ++k) {
        const std::size_t start = i;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
            ++i;
        }
        runs[k] = t.substr(start, i - start);
        if (runs[k].empty() || runs[k].size() > 4) {
            return false;
        }
        if (k < 2) {
            if (i >= t.size() || (t[i] != '-' && t[i] != '/' && t[i] != '.')) {
                return false;
            }
            if (k == 0) {
                parts.separator = t[i];
            } else if (t[i] != parts.separator) {
                return false;
            }
            ++i;
        }
    }
    if (i < t.size() && t[i] != ' ' && t[i] != 'T') {
        return false;
    }
    parts.a = runs[0];
    parts.b = runs[1];
    parts.c = runs[2];
    return true;
}

int toInt(std::string_view digits)
{
    int v = 0;
    for (const char c : digits) {
        v = v * 10 + (c - '0');
    }
    return v;
}

std::optional<core::Date> makeDate(int year, int month, int day)
{
    const std::chrono::year_month_day ymd{std::chrono::year{year},
                                          std::chrono::month{static_cast<unsigned>(month)},
                                          std::chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok()) {
        return std::nullopt;
    }
    return core::Date::fromYmd(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

} // namespace

Parsed<ProfileHandle> parseHandle(std::string_view text)
{
    using Result = Parsed<ProfileHandle>;
    std::string_view t = trimValue(text);
    if (t.empty()) {
        return Result::unknown();
    }
    for (const auto placeholder : kHandlePlaceholders) {
        if (equalsIgnoringAsciiCase(placeholder, t)) {
            return Result::unknown();
        }
    }
    ProfileHandle result;
    std::string_view address = t;
    const bool hasScheme =
        stripPrefixIgnoringCase(address, "https://") || stripPrefixIgnoringCase(address, "http://");
    for (const auto sub : {"www.", "m.", "mobile."}) {
        if (stripPrefixIgnoringCase(address, sub)) {
            break;
        }
    }
    const auto host = address.substr(0, address.find('/'));
    const ProfileSite* site = findSite(host);
    if (site != nullptr) {
        result.platform = site->platform;
        t = nameInPath(address.substr(host.size()));
        if (t.empty()) {
            return Result::failure("no profile name in the address " + quoted(text));
        }
    } else if (hasScheme) {
        return Result::failure("not a profile address we know: " + quoted(text));
    }
    if (!t.empty() && t.front() == '@') {
        t.remove_prefix(1);
    }
    if (t.empty()) {
        return Result::failure("a handle needs more than '@'");
    }
    if (hasSpace(t)) {
        return Result::failure("a handle cannot contain spaces: " + quoted(text));
    }
    result.handle = std::string(t);
    return Result::of(std::move(result));
}

Parsed<core::Date> parseDate(std::string_view text, DateOrder order)
{
    using Result = Parsed<core::Date>;
    const std::string_view t = trimValue(text);
    if (isUnknownMarker(t)) {
        return Result::unknown();
    }
    DateParts parts;
    if (!splitDate(t, parts)) {
        return Result::failure("not a date: " + quoted(t));
    }
    int year = 0;
    int month = 0;
    int day = 0;
    if (parts.a.size() == 4) {
        year = toInt(parts.a);
        month = toInt(parts.b);
        day = toInt(parts.c);
    } else if (parts.a.size() <= 2 && parts.b.size() <= 2 &&
               (parts.c.size() == 4 || parts.c.size() == 2)) {
        year = toInt(parts.c);
        if (parts.c.size() == 2) {
            year += year < 70 ? 2000 : 1900;
        }
        const bool dayFirst = order == DateOrder::DayFirst;
        day = toInt(dayFirst ? parts.a : parts.b);
        month = toInt(dayFirst ? parts.b : parts.a);
    } else {
        return Result::failure("not a date: " + quoted(t));
    }
    if (auto date = makeDate(year, month, day)) {
        return Result::of(*date);
    }
    const bool swapWouldWork = parts.a.size() != 4 && makeDate(year, day, month).has_value();
    return Result::failure("no such date: " + quoted(t) +
                           (swapWouldWork
                                ? (order == DateOrder::DayFirst ? " (is the file month-first?)"
                                                                : " (is the file day-first?)")
                                : ""));
}

} // namespace cd::io
