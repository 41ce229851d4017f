#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cd::io {

struct CsvWriterOptions {
    // ',' suits Excel in English locales; Italian Excel expects ';' when a file is double-clicked.
    char delimiter = ',';
    // The UTF-8 BOM is what makes Excel read UTF-8 instead of the ANSI code page.
    bool byteOrderMark = true;
};

// Builds a CSV file in memory that Excel and LibreOffice open correctly: UTF-8 with BOM, CRLF
// line ends, fields quoted only when needed, quotes doubled.
//
// Text cells are neutralised against formula injection (OWASP "CSV injection"): a cell that
// starts with = + - @ tab CR NUL (or their full-width forms) gets a leading apostrophe, so a
// spreadsheet shows it as text instead of running it. Numbers go through writeNumber or
// writeDecimal and are never touched, so -3 stays a number.
class CsvWriter final {
public:
    explicit CsvWriter(CsvWriterOptions options = {});

    void writeText(std::string_view text);
    void writeNumber(std::int64_t value);
    // Shortest form that reads back to the same double; NaN and infinities become empty cells.
    void writeNumber(double value);
    // A decimal already formatted as "-1234.50" (Money::toDecimalString). Anything that is not
    // such a plain number is written as text, neutralised.
    void writeDecimal(std::string_view decimal);
    void writeEmpty();
    void endRow();
    // writeText for each cell, then endRow.
    void writeTextRow(const std::vector<std::string>& cells);

    const std::string& data() const { return m_out; }
    std::string take() { return std::move(m_out); }

    // True when a text cell would be read as a formula by a spreadsheet.
    static bool looksLikeFormula(std::string_view text);

private:
    void beginCell();
    void appendField(std::string_view field);

    CsvWriterOptions m_options;
    std::string m_out;
    std::size_t m_cellsInRow = 0;
    bool m_lastCellEmpty = false;
};

} // namespace cd::io
