#include "Brief.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace cd::core {

namespace {

constexpr std::array kSections{
    BriefSection{"overview", "Overview", &CampaignBrief::overview},
    BriefSection{"product_names", "Product names and spellings", &CampaignBrief::productNames},
    BriefSection{"disclosures", "Required disclosures", &CampaignBrief::disclosures},
    BriefSection{"key_messages", "Key messages", &CampaignBrief::keyMessages},
    BriefSection{"dos", "Do", &CampaignBrief::dos},
    BriefSection{"donts", "Don't", &CampaignBrief::donts},
    BriefSection{"posting_practice", "Posting best practice", &CampaignBrief::postingPractice},
};

bool isBlank(char c)
{
    return std::isspace(static_cast<unsigned char>(c)) != 0;
}

bool isWordChar(char c)
{
    // Bytes of UTF-8 sequences count as letters, so "Crème" is one word.
    return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
           static_cast<unsigned char>(c) >= 0x80;
}

char lower(char c)
{
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

// Letters and digits only, lower-cased: "Glow-Serum 2" → "glowserum2".
std::string letterKey(std::string_view text)
{
    std::string key;
    for (const char c : text) {
        if (isWordChar(c)) {
            key += lower(c);
        }
    }
    return key;
}

bool containsIgnoringCase(std::string_view text, std::string_view needle)
{
    if (needle.empty() || needle.size() > text.size()) {
        return needle.empty();
    }
    for (std::size_t i = 0; i + needle.size() <= text.size(); ++i) {
        bool same = true;
        for (std::size_t k = 0; k < needle.size() && same; ++k) {
            same = lower(text[i + k]) == lower(needle[k]);
        }
        // "#ad" must not be found inside "#adventure".
        const std::size_t end = i + needle.size();
        if (same && (end == text.size() || !isWordChar(text[end]))) {
            return true;
        }
    }
    return false;
}

// Where the caption spells `key` from a word start, letting blanks and '-' fall between its
// letters; returns the end of that span, or npos.
std::size_t matchAt(std::string_view caption, std::size_t start, std::string_view key)
{
    std::size_t i = start;
    std::size_t k = 0;
    while (k < key.size() && i < caption.size()) {
        const char c = caption[i];
        if (isWordChar(c)) {
            if (lower(c) != key[k]) {
                return std::string_view::npos;
            }
            ++k;
        } else if (!(c == ' ' || c == '-') || k == 0) {
            return std::string_view::npos;
        }
        ++i;
    }
    if (k < key.size() || (i < caption.size() && isWordChar(caption[i]))) {
        return std::string_view::npos;
    }
    return i;
}

} // namespace

bool CampaignBrief::isEmpty() const
{
    for (const auto& section : kSections) {
        for (const char c : this->*section.field) {
            if (!isBlank(c)) {
                return false;
            }
        }
    }
    return true;
}

std::span<const BriefSection> briefSections()
{
    return kSections;
}

const BriefSection* findBriefSection(std::string_view key)
{
    for (const auto& section : kSections) {
        if (section.key == key) {
            return &section;
        }
    }
    return nullptr;
}

std::vector<std::string> briefItems(std::string_view text)
{
    std::vector<std::string> items;
    while (!text.empty()) {
        const auto newline = text.find('\n');
        auto line = text.substr(0, newline);
        text = newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
        while (!line.empty() && isBlank(line.front())) {
            line.remove_prefix(1);
        }
        while (!line.empty() && isBlank(line.back())) {
            line.remove_suffix(1);
        }
        if (line.size() >= 2 && (line[0] == '-' || line[0] == '*') && isBlank(line[1])) {
            line.remove_prefix(2);
            while (!line.empty() && isBlank(line.front())) {
                line.remove_prefix(1);
            }
        }
        if (!line.empty()) {
            items.emplace_back(line);
        }
    }
    return items;
}

std::string briefProductName(std::string_view item)
{
    std::size_t cut = item.size();
    for (const std::string_view separator : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", ": "}) {
        cut = std::min(cut, item.find(separator) == std::string_view::npos ? item.size()
                                                                           : item.find(separator));
    }
    auto name = item.substr(0, cut);
    while (!name.empty() && isBlank(name.back())) {
        name.remove_suffix(1);
    }
    return std::string(name);
}

std::vector<BriefFinding> checkCaption(const CampaignBrief& brief, std::string_view caption)
{
    std::vector<BriefFinding> findings;
    for (const auto& item : briefItems(brief.disclosures)) {
        // Only hashtags are checked word for word; "use the paid partnership label" is advice.
        const auto firstWord = item.substr(0, item.find_first_of(" \t"));
        if (firstWord.size() > 1 && firstWord[0] == '#' &&
            !containsIgnoringCase(caption, firstWord)) {
            findings.push_back({BriefFinding::Kind::MissingDisclosure, firstWord, {}});
        }
    }
    for (const auto& item : briefItems(brief.productNames)) {
        const auto name = briefProductName(item);
        const auto key = letterKey(name);
        if (key.empty()) {
            continue;
        }
        for (std::size_t i = 0; i < caption.size(); ++i) {
            if (i > 0 && isWordChar(caption[i - 1])) {
                continue;
            }
            const auto end = matchAt(caption, i, key);
            if (end == std::string_view::npos) {
                continue;
            }
            const auto found = caption.substr(i, end - i);
            if (found != name) {
                findings.push_back({BriefFinding::Kind::Misspelling, name, std::string(found)});
            }
            i = end - 1;
        }
    }
    return findings;
}

} // namespace cd::core
