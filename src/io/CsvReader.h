#pragma once

#include "CsvTokenizer.h"
#include "TextDecoder.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cd::io {

enum class Delimiter { Auto, Comma, Semicolon, Tab, Pipe };

struct CsvOptions {
    Encoding encoding = Encoding::Auto;
    Delimiter delimiter = Delimiter::Auto;
    // Skip junk lines (titles, ",,,") before the header; when false the first non-blank record
    // is the header.
    bool detectHeader = true;
    // When not 0, the first record starting on or after this 1-based line is the header (the
    // user's choice in the import preview) and everything before it is skipped.
    std::size_t headerLine = 0;
};

// Something the importer should show the user: "line 17: …". Line 0 means the whole file.
struct CsvProblem {
    std::size_t line = 0;
    std::string message;

    std::string toString() const;
};

// A whole file, read: the header, the data records after it and what went wrong.
struct CsvTable {
    Encoding encoding = Encoding::Utf8; // the one actually used, never Auto
    bool hadBom = false;
    Delimiter delimiter = Delimiter::Comma; // the one actually used, never Auto
    std::size_t headerLine = 0;             // 1-based; 0 when the file has no records at all
    std::vector<std::string> header;
    // Data records after the header. Records with no content (only delimiters and spaces) are
    // left out; ragged and unterminated ones are kept, flagged, and listed in `problems`.
    std::vector<CsvRecord> records;
    std::vector<CsvProblem> problems;

    std::size_t columnCount() const { return header.size(); }
};

// Reads a whole CSV file given as raw bytes. Never throws on bad input: whatever the bytes,
// the result is valid UTF-8 and every oddity is reported in `problems`.
//
// Header heuristic: among the first 50 non-blank records the most frequent field count is the
// "dominant width" (ties go to the wider). The header is the first of the first 20 non-blank
// records that has exactly the dominant width and at least two non-empty cells (one for a
// one-column file); if none qualifies, the first non-blank record is the header.
//
// Ragged rule: a record with more fields than the header whose extra fields are all empty (a
// trailing delimiter, as some exporters write) is trimmed to the header's width; any other
// width mismatch flags the record as ragged.
CsvTable readCsv(std::string_view bytes, const CsvOptions& options = {});

// The same reading, one data record at a time: the text is decoded and the header found when
// constructed, then next() hands out the records after it. For imports that convert rows as
// they are read (on another thread than the one writing them). `bytes` must outlive the stream.
class CsvStream final {
public:
    CsvStream(std::string_view bytes, const CsvOptions& options);
    CsvStream(const CsvStream&) = delete;
    CsvStream& operator=(const CsvStream&) = delete;

    // Encoding, delimiter, header and the problems found so far; `records` stays empty.
    const CsvTable& table() const { return m_table; }
    // Takes the table (after the last record, to have every problem).
    CsvTable takeTable() { return std::move(m_table); }
    // The next data record, ragged ones flagged; false at the end.
    bool next(CsvRecord& record);
    // About how many records there are (the text's line count), for progress and reserving.
    std::size_t estimatedRecords() const { return m_estimate; }

private:
    bool nextNonBlank(CsvRecord& record);

    TextDecoder m_decoder;
    CsvTokenizer m_tokenizer;
    CsvTable m_table;
    std::vector<CsvRecord> m_head; // the sample read to find the header
    std::size_t m_headNext = 0;
    std::size_t m_estimate = 0;
};

// Picks the delimiter of decoded text: for each candidate (, ; tab |) the first 20 non-blank
// records are split with it; the candidate whose most frequent field count (which must be > 1)
// is shared by the most records wins; ties go to the higher field count, then to the order
// above. Comma when nothing splits.
Delimiter detectDelimiter(std::string_view text);
char delimiterChar(Delimiter delimiter);

} // namespace cd::io
