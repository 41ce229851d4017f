#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cd::io {

template <class Field> struct FieldInfo {
    Field field;
    std::string_view key;   // stable key of saved mappings ("engagement_rate")
    std::string_view label; // English label for the mapping screen
};

// A header name, normalised (see normaliseHeader), that means `field`.
template <class Field> struct HeaderSynonym {
    std::string_view normalised;
    Field field;
};

// What the columns of one kind of file (influencers, content) can be imported as. The header
// matcher and the column mapping work on any field set, so each import only lists its fields
// and their names instead of copying the matching and the mapping files.
template <class Field> struct FieldSet {
    std::span<const FieldInfo<Field>> fields; // every field; `unmapped` has the empty key
    std::span<const HeaderSynonym<Field>> synonyms;
    std::span<const Field> repeatable; // fields more than one column may go to
    Field unmapped;                    // no decision yet: the user has to choose
    Field ignore;                      // a known column deliberately not imported
    Field platform; // never guessed from a platform word alone ("Instagram Likes" is likes)
};

// The field set of a field type; specialised next to each field enum.
template <class Field> const FieldSet<Field>& fieldSetOf();

// Lower-cases ASCII and drops everything that is not a letter or digit, keeping non-ASCII
// bytes: "Follower Count" and "follower_count" both become "followercount".
std::string normaliseHeader(std::string_view header);

// A normalised header without a platform word at its start or end ("instagramfollowers",
// "followersig" → "followers"), in the order the matcher tries them.
std::vector<std::string_view> withoutPlatformWord(std::string_view normalised);

template <class Field> Field lookupHeader(std::string_view normalised, const FieldSet<Field>& set)
{
    for (const auto& s : set.synonyms) {
        if (s.normalised == normalised) {
            return s.field;
        }
    }
    return set.unmapped;
}

// Guesses the field of one header cell from the set's names. A platform word around the name
// is tolerated ("Instagram Followers", "Followers (IG)"); pandas' "Unnamed: 0" index column is
// ignored. `set.unmapped` when nothing matches.
template <class Field> Field matchHeaderIn(std::string_view header, const FieldSet<Field>& set)
{
    const std::string name = normaliseHeader(header);
    if (name.empty()) {
        return set.unmapped;
    }
    if (const Field field = lookupHeader(name, set); field != set.unmapped) {
        return field;
    }
    if (name.starts_with("unnamed")) {
        return set.ignore;
    }
    for (const auto stripped : withoutPlatformWord(name)) {
        if (const Field field = lookupHeader(stripped, set);
            field != set.unmapped && field != set.platform) {
            return field;
        }
    }
    return set.unmapped;
}

template <class Field> std::string_view fieldKeyIn(Field field, const FieldSet<Field>& set)
{
    for (const auto& f : set.fields) {
        if (f.field == field) {
            return f.key;
        }
    }
    return {};
}

template <class Field>
const FieldInfo<Field>* fieldInfoOfKey(std::string_view key, const FieldSet<Field>& set)
{
    for (const auto& f : set.fields) {
        if (f.key == key) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace cd::io
