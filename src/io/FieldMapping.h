#pragma once

#include "FieldSet.h"

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

template <class Field> struct BasicMappingLoadResult;

// Which field of fieldSetOf<Field>() each column of a file goes to, by column, with the header
// text that identifies the column. Saved as
//   {"format":"campaigndesk-mapping","version":1,"columns":{"Header text":"field_key", …}}
// so that the next file from the same source is mapped the same way. Instantiated for each
// field type in the .cpp next to its field set (see FieldMappingImpl.h).
template <class Field> class BasicColumnMapping final {
public:
    struct Column {
        std::string header;
        Field field = fieldSetOf<Field>().unmapped;

        bool operator==(const Column&) const = default;
    };

    BasicColumnMapping() = default;

    // Guesses every column with the set's header names. A field that is not repeatable goes to
    // its first column only; later columns guessing the same field stay unmapped for the user.
    static BasicColumnMapping guess(const std::vector<std::string>& header);

    std::size_t size() const { return m_columns.size(); }
    const Column& column(std::size_t index) const { return m_columns.at(index); }
    Field field(std::size_t index) const { return m_columns.at(index).field; }
    void setField(std::size_t index, Field field) { m_columns.at(index).field = field; }
    // The first column mapped to `field`.
    std::optional<std::size_t> columnOf(Field field) const;

    // Maps a file's header with this (saved) mapping: a column whose header text was saved
    // (exactly, else equal after normaliseHeader) takes the saved field; the others are guessed.
    BasicColumnMapping appliedTo(const std::vector<std::string>& header) const;

    // Unmapped columns are not saved. Two columns with the same header text keep the last.
    nlohmann::json toJson() const;
    static BasicMappingLoadResult<Field> fromJson(const nlohmann::json& json);
    // Parses the text of a mapping file; a syntax error reports its byte position.
    static BasicMappingLoadResult<Field> parse(std::string_view text);

    bool operator==(const BasicColumnMapping&) const = default;

private:
    std::vector<Column> m_columns;
};

template <class Field> struct BasicMappingLoadResult {
    std::optional<BasicColumnMapping<Field>> mapping;
    MappingError error; // meaningful when `mapping` is empty
};

} // namespace cd::io
