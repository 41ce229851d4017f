#include "CsvReader.h"

#include <algorithm>
#include <array>
#include <map>
#include <utility>

namespace cd::io {

namespace {

constexpr std::size_t kDelimiterSample = 20;
constexpr std::size_t kWidthSample = 50;
constexpr std::size_t kHeaderSearch = 20;

bool isBlank(const std::string& field)
{
    return std::all_of(field.begin(), field.end(), [](char c) { return c == ' ' || c == '\t'; });
}

bool isBlankRecord(const CsvRecord& record)
{
    return std::all_of(record.fields.begin(), record.fields.end(),
                       [](const std::string& f) { return isBlank(f); });
}

std::size_t nonEmptyCount(const CsvRecord& record)
{
    return static_cast<std::size_t>(
        std::count_if(record.fields.begin(), record.fields.end(),
                      [](const std::string& f) { return !isBlank(f); }));
}

// The most frequent value and how often it occurs; ties go to the larger value.
std::pair<std::size_t, std::size_t> modeOf(const std::vector<std::size_t>& values)
{
    std::map<std::size_t, std::size_t> frequency;
    for (const std::size_t v : values) {
        ++frequency[v];
    }
    std::pair<std::size_t, std::size_t> best{0, 0};
    for (const auto& [value, count] : frequency) {
        if (count >= best.second) {
            best = {value, count};
        }
    }
    return best;
}

std::size_t findHeader(const std::vector<CsvRecord>& head)
{
    std::vector<std::size_t> widths;
    widths.reserve(head.size());
    for (const auto& r : head) {
        widths.push_back(r.fields.size());
    }
    const std::size_t dominant = modeOf(widths).first;
    const std::size_t minNonEmpty = std::min<std::size_t>(2, dominant);
    const std::size_t limit = std::min(head.size(), kHeaderSearch);
    for (std::size_t i = 0; i < limit; ++i) {
        if (head[i].fields.size() == dominant && nonEmptyCount(head[i]) >= minNonEmpty) {
            return i;
        }
    }
    return 0;
}

std::size_t lineOfOffset(std::string_view bytes, std::size_t offset)
{
    std::size_t line = 1;
    for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n' ||
            (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
            ++line;
        }
    }
    return line;
}

// Trims a trailing empty cell beyond the header, flags a ragged or unterminated record and notes
// it among the table's problems.
void checkRecord(CsvTable& table, CsvRecord& record)
{
    const std::size_t width = table.header.size();
    auto& fields = record.fields;
    if (fields.size() > width &&
        std::all_of(fields.begin() + static_cast<std::ptrdiff_t>(width), fields.end(),
                    [](const std::string& f) { return f.empty(); })) {
        fields.resize(width);
    }
    if (fields.size() != width) {
        record.ragged = true;
        table.problems.push_back({record.line, std::to_string(fields.size()) +
                                                   " fields where the header has " +
                                                   std::to_string(width)});
    }
    if (record.unterminated) {
        table.problems.push_back(
            {record.line, "a quoted field starts here and is never closed; the rest of the file "
                          "was read into it"});
    }
}

} // namespace

std::string CsvProblem::toString() const
{
    return line == 0 ? message : "line " + std::to_string(line) + ": " + message;
}

char delimiterChar(Delimiter delimiter)
{
    switch (delimiter) {
    case Delimiter::Semicolon:
        return ';';
    case Delimiter::Tab:
        return '\t';
    case Delimiter::Pipe:
        return '|';
    case Delimiter::Auto:
    case Delimiter::Comma:
        break;
    }
    return ',';
}

Delimiter detectDelimiter(std::string_view text)
{
    constexpr std::array candidates{Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab,
                                    Delimiter::Pipe};
    Delimiter best = Delimiter::Comma;
    std::pair<std::size_t, std::size_t> bestScore{0, 0}; // (records sharing the mode, mode)
    for (const Delimiter candidate : candidates) {
        // Splitting with the real tokenizer keeps quoted delimiters and line ends out of the count.
        CsvTokenizer tokenizer(text, delimiterChar(candidate));
        CsvRecord record;
        std::vector<std::size_t> widths;
        while (widths.size() < kDelimiterSample && tokenizer.next(record)) {
            if (!isBlankRecord(record)) {
                widths.push_back(record.fields.size());
            }
        }
        const auto [mode, share] = modeOf(widths);
        if (mode > 1 && std::pair(share, mode) > bestScore) {
            bestScore = {share, mode};
            best = candidate;
        }
    }
    return best;
}

CsvStream::CsvStream(std::string_view bytes, const CsvOptions& options)
    : m_decoder(bytes, options.encoding), m_tokenizer(m_decoder.text(), ',')
{
    m_table.encoding = m_decoder.encoding();
    m_table.hadBom = m_decoder.hadBom();
    if (m_decoder.replacements() > 0) {
        const bool utf8 = m_table.encoding == Encoding::Utf8;
        m_table.problems.push_back(
            {utf8 ? lineOfOffset(bytes, m_decoder.firstReplacementOffset()) : 0,
             std::to_string(m_decoder.replacements()) +
                 " invalid byte sequence(s) replaced by U+FFFD (first at byte " +
                 std::to_string(m_decoder.firstReplacementOffset()) + ")"});
    }
    const std::string_view text = m_decoder.text();
    m_table.delimiter =
        options.delimiter == Delimiter::Auto ? detectDelimiter(text) : options.delimiter;
    m_tokenizer = CsvTokenizer(text, delimiterChar(m_table.delimiter));

    // Read a sample first: the header is chosen from it, then the rest streams.
    CsvRecord record;
    while (m_head.size() < kWidthSample && nextNonBlank(record)) {
        if (record.line >= options.headerLine) {
            m_head.push_back(std::move(record));
        }
    }
    if (m_head.empty()) {
        if (options.headerLine > 0) {
            m_table.problems.push_back(
                {options.headerLine, "no record starts on or after this line"});
        }
        return;
    }
    const std::size_t headerIndex =
        options.headerLine == 0 && options.detectHeader ? findHeader(m_head) : 0;
    m_table.header = std::move(m_head[headerIndex].fields);
    m_table.headerLine = m_head[headerIndex].line;
    if (m_head[headerIndex].unterminated) {
        m_table.problems.push_back({m_table.headerLine,
                                    "the header has a quoted field that is never "
                                    "closed; the rest of the file was read into it"});
    }
    m_headNext = headerIndex + 1;
    // One record per line is the common case; an overestimate costs little.
    const auto lineEnds = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    m_estimate = lineEnds + 1 - std::min(lineEnds, headerIndex);
}

bool CsvStream::nextNonBlank(CsvRecord& record)
{
    while (m_tokenizer.next(record)) {
        if (!isBlankRecord(record) || record.unterminated) {
            return true;
        }
    }
    return false;
}

bool CsvStream::next(CsvRecord& record)
{
    if (m_table.header.empty()) {
        return false;
    }
    if (m_headNext < m_head.size()) {
        record = std::move(m_head[m_headNext++]);
    } else {
        if (!m_head.empty()) {
            std::vector<CsvRecord>().swap(m_head);
        }
        if (!nextNonBlank(record)) {
            return false;
        }
    }
    checkRecord(m_table, record);
    return true;
}

CsvTable readCsv(std::string_view bytes, const CsvOptions& options)
{
    CsvStream stream(bytes, options);
    std::vector<CsvRecord> records;
    records.reserve(stream.estimatedRecords());
    CsvRecord record;
    while (stream.next(record)) {
        records.push_back(std::move(record));
    }
    CsvTable table = stream.takeTable();
    table.records = std::move(records);
    return table;
}

} // namespace cd::io
