#include "Outreach.h"

#include "Fees.h"

#include <algorithm>
#include <array>

namespace cd::core {

namespace {

constexpr std::array<std::string_view, 10> kFields{
    "first_name", "name",  "handle", "platform", "email",
    "campaign",   "brand", "fee",    "my_name",  "country",
};

bool isFieldChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The length of the field name starting at `pos` when a '}' closes it, else 0.
std::size_t fieldLength(std::string_view text, std::size_t pos)
{
    std::size_t end = pos;
    while (end < text.size() && isFieldChar(text[end])) {
        ++end;
    }
    return end > pos && end < text.size() && text[end] == '}' ? end - pos : 0;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isUnreserved(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

void appendEncoded(std::string& out, unsigned char c)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    out += '%';
    out += kHex[c >> 4];
    out += kHex[c & 0x0F];
}

// Percent-encodes `text`, keeping unreserved characters and `keep` as they are. With
// `lineBreaks`, CR LF, a lone LF and a lone CR all become %0D%0A, as RFC 6068 asks of a body.
std::string percentEncode(std::string_view text, std::string_view keep, bool lineBreaks)
{
    std::string out;
    out.reserve(text.size() * 3);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (lineBreaks && (c == '\r' || c == '\n')) {
            out += "%0D%0A";
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
        } else if (isUnreserved(c) || keep.find(static_cast<char>(c)) != std::string_view::npos) {
            out += static_cast<char>(c);
        } else {
            appendEncoded(out, c);
        }
    }
    return out;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isSpace(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isSpace(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

void setIfNotEmpty(MergeValues& values, const char* field, std::string value)
{
    if (!value.empty()) {
        values[field] = std::move(value);
    }
}

} // namespace

std::span<const std::string_view> mergeFieldNames()
{
    return kFields;
}

FilledText fillTemplate(std::string_view text, const MergeValues& values)
{
    FilledText result;
    result.text.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {
            result.text += c;
            i += 2;
            continue;
        }
        const std::size_t length = c == '{' ? fieldLength(text, i + 1) : 0;
        if (length == 0) {
            result.text += c;
            ++i;
            continue;
        }
        const std::string name(text.substr(i + 1, length));
        if (const auto found = values.find(name); found != values.end()) {
            result.text += found->second;
        } else {
            result.text.append(text.substr(i, length + 2));
            if (std::find(result.unfilled.begin(), result.unfilled.end(), name) ==
                result.unfilled.end()) {
                result.unfilled.push_back(name);
            }
        }
        i += length + 2;
    }
    return result;
}

std::string firstName(std::string_view fullName)
{
    const std::string_view name = trimmed(fullName);
    std::size_t end = 0;
    while (end < name.size() && !isSpace(name[end])) {
        ++end;
    }
    return std::string(name.substr(0, end));
}

std::optional<Money> outreachFee(const Influencer& influencer, const Contract* contract,
                                 std::span<const ContentItem> content)
{
    if (contract) {
        return computeFee(*contract, content).total;
    }
    return influencer.rate;
}

MergeValues mergeValues(const Influencer& influencer, const Campaign* campaign,
                        const std::string& feeText, const std::string& myName)
{
    MergeValues values;
    setIfNotEmpty(values, "first_name", firstName(influencer.name));
    setIfNotEmpty(values, "name", std::string(trimmed(influencer.name)));
    if (const Handle* handle = influencer.mainHandle()) {
        setIfNotEmpty(values, "handle",
                      handle->handle.empty() ? std::string() : "@" + handle->handle);
        values["platform"] = std::string(toLabel(handle->platform));
    }
    setIfNotEmpty(values, "email", influencer.email);
    setIfNotEmpty(values, "country", influencer.country);
    if (campaign) {
        setIfNotEmpty(values, "campaign", campaign->name);
        setIfNotEmpty(values, "brand", campaign->brand);
    }
    setIfNotEmpty(values, "fee", feeText);
    setIfNotEmpty(values, "my_name", myName);
    return values;
}

std::string mailtoUrl(std::span<const std::string> to, std::string_view subject,
                      std::string_view body)
{
    std::string url = "mailto:";
    bool first = true;
    for (const auto& address : to) {
        const std::string_view clean = trimmed(address);
        if (clean.empty()) {
            continue;
        }
        if (!first) {
            url += ',';
        }
        first = false;
        // '@' is the only delimiter an address needs; anything else (',', '?', '&') is encoded.
        url += percentEncode(clean, "@", false);
    }
    char separator = '?';
    if (!subject.empty()) {
        // A subject is one line: a line break in it could start another header in some clients.
        std::string oneLine(subject);
        std::replace_if(
            oneLine.begin(), oneLine.end(), [](char c) { return c == '\r' || c == '\n'; }, ' ');
        url += separator;
        url += "subject=" + percentEncode(oneLine, {}, false);
        separator = '&';
    }
    if (!body.empty()) {
        url += separator;
        url += "body=" + percentEncode(body, {}, true);
    }
    return url;
}

} // namespace cd::core
