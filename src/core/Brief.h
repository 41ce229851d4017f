#pragma once

#include "Ids.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cd::core {

// The brief and editorial style guide of one campaign, handed to the influencers: what to say,
// how to spell it, what must be disclosed and how to post. Each part is plain text; lines
// starting with "- " or "* " are shown as bullets.
struct CampaignBrief {
    Id campaignId = 0;
    RowVersion version = 0;      // 0: never saved
    std::string overview;        // the campaign in a few sentences: goal, audience, timing
    std::string productNames;    // exact product names and spellings
    std::string disclosures;     // required disclosures such as #ad or the paid-partnership label
    std::string keyMessages;     // what every piece of content must get across
    std::string dos;             // do's
    std::string donts;           // don'ts
    std::string postingPractice; // posting best practice: times, formats, tags, links

    bool isEmpty() const;
    bool operator==(const CampaignBrief&) const = default;
};

// One part of a brief: its stable key (JSON, CLI, storage column) and English title.
struct BriefSection {
    std::string_view key;
    std::string_view title;
    std::string CampaignBrief::*field;
};

// The parts in the order the brief shows them.
std::span<const BriefSection> briefSections();
const BriefSection* findBriefSection(std::string_view key);

// Something in a caption that goes against the brief.
struct BriefFinding {
    enum class Kind { MissingDisclosure, Misspelling };
    Kind kind;
    std::string expected; // the disclosure, or the product name as it must be written
    std::string found;    // the misspelt form found in the text (empty for a missing disclosure)
    bool operator==(const BriefFinding&) const = default;
};

// Checks a caption against the brief: each disclosure that is a hashtag ("#ad") must appear in it
// (ignoring case); each product name must be written exactly as the brief spells it when it
// appears with other capitals or spacing ("glowserum" or "Glow  Serum" for "GlowSerum").
std::vector<BriefFinding> checkCaption(const CampaignBrief& brief, std::string_view caption);

// The product name of a line of "Product names": the text before " — ", " – ", " - " or ": ",
// so that "GlowSerum — one word, capital S" names "GlowSerum".
std::string briefProductName(std::string_view item);

// The non-empty lines of a part, trimmed, without a leading "- " or "* " bullet.
std::vector<std::string> briefItems(std::string_view text);

} // namespace cd::core
