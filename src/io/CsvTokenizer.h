#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cd::io {

// One record as it came out of the file: its fields and the physical line it starts on.
struct CsvRecord {
    std::size_t line = 0; // 1-based, counting CRLF, LF and lone CR as one line end each
    std::vector<std::string> fields;
    bool ragged = false;       // field count differs from the header's (set by readCsv)
    bool unterminated = false; // a quoted field ran to the end of the file
};

// Splits decoded UTF-8 text into records, one at a time, in a single pass (RFC 4180 and the
// usual deviations from it).
//
// - A quote opens a quoted field only as the first character of a field; elsewhere it is text.
//   Inside quotes, delimiters and line ends are text and "" is one quote. Text between a closing
//   quote and the next delimiter is kept (`"a"b` reads as `ab`), as Excel does.
// - Line ends inside a quoted field are normalised to "\n".
// - Physically empty lines are skipped; a line of only delimiters is a record of empty fields.
class CsvTokenizer final {
public:
    CsvTokenizer(std::string_view text, char delimiter) : m_text(text), m_delimiter(delimiter) {}

    // Reads the next record into `record` (its previous contents are replaced). False at the end.
    bool next(CsvRecord& record);
    // Bytes consumed so far, for progress reporting.
    std::size_t position() const { return m_pos; }

private:
    void readQuoted(std::string& field, CsvRecord& record);
    // Consumes a line end at m_pos if there is one.
    bool consumeLineEnd();

    std::string_view m_text;
    char m_delimiter = ',';
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
    std::size_t m_lastWidth = 0;
};

} // namespace cd::io
