#pragma once

#include "HeaderMatcher.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cd::io {

// Why a saved mapping was refused: the JSON Pointer (RFC 6901) of the offending value, "" for
// the document itself, and what is wrong with it.
struct MappingError {
    std::string path;
    std::string message;

    std::string toString() const;
};

struct MappingLoadResult;

// Which influencer field each column of a file goes to, by column, with the header text that
// identifies the column. Saved as
//   {"format":"campaigndesk-mapping","version":1,"columns":{"Header text":"field_key", …}}
// so that the next file from the same source is mapped the same way.
class ColumnMapping final {
public:
    struct Column {
        std::string header;
        InfluencerField field = InfluencerField::Unmapped;

        bool operator==(const Column&) const = default;
    };

    ColumnMapping() = default;

    // Guesses every column with matchHeader. A field other than Niche, Notes and Ignore goes to
    // its first column only; later columns guessing the same field stay Unmapped for the user.
    static ColumnMapping guess(const std::vector<std::string>& header);

    std::size_t size() const { return m_columns.size(); }
    const Column& column(std::size_t index) const { return m_columns.at(index); }
    InfluencerField field(std::size_t index) const { return m_columns.at(index).field; }
    void setField(std::size_t index, InfluencerField field) { m_columns.at(index).field = field; }
    // The first column mapped to `field`.
    std::optional<std::size_t> columnOf(InfluencerField field) const;

    // Maps a file's header with this (saved) mapping: a column whose header text was saved
    // (exactly, else equal after normaliseHeader) takes the saved field; the others are guessed.
    ColumnMapping appliedTo(const std::vector<std::string>& header) const;

    // Unmapped columns are not saved. Two columns with the same header text keep the last.
    nlohmann::json toJson() const;
    static MappingLoadResult fromJson(const nlohmann::json& json);
    // Parses the text of a mapping file; a syntax error reports its byte position.
    static MappingLoadResult parse(std::string_view text);

    bool operator==(const ColumnMapping&) const = default;

private:
    std::vector<Column> m_columns;
};

struct MappingLoadResult {
    std::optional<ColumnMapping> mapping;
    MappingError error; // meaningful when `mapping` is empty
};

} // namespace cd::io
