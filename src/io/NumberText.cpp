#include "NumberText.h"

#include <algorithm>
#include <vector>

namespace cd::io::detail {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Recognises a separator at text[i]: returns its length in bytes (0 when there is none) and
// sets `kind` to '.', ',', ' ' (any space) or '\'' (any apostrophe).
std::size_t separatorAt(std::string_view text, std::size_t i, char& kind)
{
    const char c = text[i];
    if (c == '.' || c == ',' || c == ' ' || c == '\'') {
        kind = c;
        return 1;
    }
    auto at = [&](std::string_view seq) {
        return text.substr(i, seq.size()) == seq;
    };
    if (at("\xC2\xA0")) {
        kind = ' ';
        return 2;
    }
    if (at("\xE2\x80\xAF") || at("\xE2\x80\x89")) {
        kind = ' ';
        return 3;
    }
    if (at("\xE2\x80\x99")) {
        kind = '\'';
        return 3;
    }
    return 0;
}

} // namespace

std::string splitDecimal(std::string_view text, LoneSeparator rule, DecimalDigits& out)
{
    out.whole.clear();
    out.fraction.clear();
    std::vector<std::string_view> groups;
    std::string seps;
    std::size_t start = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (isDigit(text[i])) {
            ++i;
            continue;
        }
        char kind = 0;
        const std::size_t length = separatorAt(text, i, kind);
        if (length == 0) {
            return "not a number";
        }
        groups.push_back(text.substr(start, i - start));
        seps += kind;
        i += length;
        start = i;
    }
    groups.push_back(text.substr(start));
    if (groups.size() == 1) {
        if (groups[0].empty()) {
            return "no digits";
        }
        out.whole = groups[0];
        return {};
    }

    // Which separator, if any, is the decimal point (its index in `seps`).
    constexpr auto none = std::string::npos;
    const auto dots = std::count(seps.begin(), seps.end(), '.');
    const auto commas = std::count(seps.begin(), seps.end(), ',');
    const std::size_t last = seps.size() - 1;
    std::size_t decimal = none;
    if (dots > 0 && commas > 0) {
        const char kind = seps[last];
        if ((kind != '.' && kind != ',') || std::count(seps.begin(), seps.end(), kind) != 1) {
            return "mixed decimal separators";
        }
        decimal = last;
    } else if (dots + commas == 1) {
        if (seps.find_first_of(".,") != last) {
            return "misplaced separator";
        }
        const bool looksGrouped = rule == LoneSeparator::ThousandsIfThreeDigits &&
                                  seps.size() == 1 && groups[1].size() == 3 && !groups[0].empty() &&
                                  groups[0].size() <= 3 && groups[0][0] != '0';
        if (!looksGrouped) {
            decimal = last;
        }
    }

    const std::size_t integerGroups = decimal == none ? groups.size() : decimal + 1;
    if (decimal != none && groups[decimal + 1].empty()) {
        return "no digits after the decimal separator";
    }
    if (integerGroups > 1) {
        if (groups[0].empty() || groups[0].size() > 3) {
            return "misplaced thousands separator";
        }
        for (std::size_t k = 1; k < integerGroups; ++k) {
            const std::size_t size = groups[k].size();
            const bool lastGroup = k + 1 == integerGroups;
            if (size != 3 && (size != 2 || lastGroup)) {
                return "misplaced thousands separator";
            }
            if (seps[k - 1] != seps[0]) {
                return "mixed thousands separators";
            }
        }
    }
    for (std::size_t k = 0; k < integerGroups; ++k) {
        out.whole.append(groups[k]);
    }
    if (decimal != none) {
        out.fraction = groups[decimal + 1];
    }
    return {};
}

std::string quoted(std::string_view text)
{
    constexpr std::size_t kMax = 40;
    if (text.size() <= kMax) {
        return "'" + std::string(text) + "'";
    }
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    return "'" + std::string(text.substr(0, cut)) + "\xE2\x80\xA6'";
}

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b)
{
    auto lower = [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    };
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [&](char x, char y) { return lower(x) == lower(y); });
}

} // namespace cd::io::detail
