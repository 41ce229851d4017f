#include "CsvWriter.h"

#include <array>
#include <charconv>
#include <cmath>

namespace cd::io {

namespace {

// Full-width = + - @ (U+FF1D, U+FF0B, U+FF0D, U+FF20): some spreadsheets normalise them to
// their ASCII forms before deciding whether a cell is a formula.
constexpr std::array<std::string_view, 4> kFullWidthTriggers{"\xEF\xBC\x9D", "\xEF\xBC\x8B",
                                                             "\xEF\xBC\x8D", "\xEF\xBC\xA0"};

bool isPlainDecimal(std::string_view s)
{
    std::size_t i = 0;
    if (i < s.size() && s[i] == '-') {
        ++i;
    }
    std::size_t digits = 0;
    bool point = false;
    for (; i < s.size(); ++i) {
        if (s[i] >= '0' && s[i] <= '9') {
            ++digits;
        } else if (s[i] == '.' && !point && digits > 0) {
            point = true;
        } else {
            return false;
        }
    }
    return digits > 0 && s.back() != '.';
}

} // namespace

CsvWriter::CsvWriter(CsvWriterOptions options) : m_options(options)
{
    if (m_options.byteOrderMark) {
        m_out = "\xEF\xBB\xBF";
    }
}

bool CsvWriter::looksLikeFormula(std::string_view text)
{
    if (text.empty()) {
        return false;
    }
    switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case '\0':
        return true;
    default:
        break;
    }
    for (const auto trigger : kFullWidthTriggers) {
        if (text.substr(0, trigger.size()) == trigger) {
            return true;
        }
    }
    return false;
}

void CsvWriter::beginCell()
{
    if (m_cellsInRow++ > 0) {
        m_out += m_options.delimiter;
    }
}

void CsvWriter::appendField(std::string_view field)
{
    m_lastCellEmpty = field.empty();
    const bool needsQuotes = field.find_first_of("\"\r\n") != std::string_view::npos ||
                             field.find(m_options.delimiter) != std::string_view::npos ||
                             (!field.empty() && (field.front() == ' ' || field.back() == ' '));
    if (!needsQuotes) {
        m_out += field;
        return;
    }
    m_out += '"';
    for (const char c : field) {
        if (c == '"') {
            m_out += '"';
        }
        m_out += c;
    }
    m_out += '"';
}

void CsvWriter::writeText(std::string_view text)
{
    beginCell();
    if (looksLikeFormula(text)) {
        appendField("'" + std::string(text));
    } else {
        appendField(text);
    }
}

void CsvWriter::writeNumber(std::int64_t value)
{
    beginCell();
    appendField(std::to_string(value));
}

void CsvWriter::writeNumber(double value)
{
    beginCell();
    if (!std::isfinite(value)) {
        appendField({});
        return;
    }
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    appendField(
        std::string_view(buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data())));
}

void CsvWriter::writeDecimal(std::string_view decimal)
{
    if (!isPlainDecimal(decimal)) {
        writeText(decimal);
        return;
    }
    beginCell();
    appendField(decimal);
}

void CsvWriter::writeEmpty()
{
    beginCell();
    appendField({});
}

void CsvWriter::endRow()
{
    // A row of one empty cell would be an empty line, which readers skip: quote it.
    if (m_cellsInRow == 1 && m_lastCellEmpty) {
        m_out += "\"\"";
    }
    m_out += "\r\n";
    m_cellsInRow = 0;
    m_lastCellEmpty = false;
}

void CsvWriter::writeTextRow(const std::vector<std::string>& cells)
{
    for (const auto& cell : cells) {
        writeText(cell);
    }
    endRow();
}

} // namespace cd::io
