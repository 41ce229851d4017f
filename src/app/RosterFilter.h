#pragma once

#include <QString>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Enums.h"
#include "core/Ids.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace cd::app {

// Influencer sizes as the industry names them, by followers.
enum class FollowerTier { Any, Under1K, Nano, Micro, Mid, Macro, Mega };

inline constexpr FollowerTier kFollowerTiers[] = {FollowerTier::Under1K, FollowerTier::Nano,
                                                  FollowerTier::Micro,   FollowerTier::Mid,
                                                  FollowerTier::Macro,   FollowerTier::Mega};

// nano 1K–5K, micro 5K–20K, mid 20K–100K, macro 100K–1M, mega above 1M: each range includes its
// lower bound and excludes its upper one, except that macro includes exactly one million.
bool inTier(std::int64_t followers, FollowerTier tier);
// "Nano (1K–5K)".
QString tierLabel(FollowerTier tier);

// What the tracker shows: text typed in the search box and the facets.
struct RosterFilter {
    // Every word must occur in the name, a handle, the e-mail or the notes (accents and case
    // ignored; a leading '@' ignored).
    QString text;
    // Has an account on this platform; the follower tier then applies to that account.
    std::optional<core::Platform> platform;
    std::optional<core::RelationshipStatus> status;
    std::string niche;   // exact niche; empty: any
    std::string country; // exact country; empty: any
    FollowerTier tier = FollowerTier::Any;
    core::Id campaignId = 0; // member of this campaign; 0: any
    // "My work": only these people (the influencers of one person's contracts); nullopt: anyone.
    std::optional<std::set<core::Id>> onlyIds;

    bool isEmpty() const;
};

// Text folded for searching: compatibility-decomposed, accents dropped, case-folded, UTF-8. "Zoë"
// and "ZOE" both become "zoe".
std::string foldForSearch(const QString& text);
std::string foldForSearch(std::string_view utf8);

// The folded words of a search text, a leading '@' dropped from each.
std::vector<std::string> searchWords(const QString& text);

} // namespace cd::app
