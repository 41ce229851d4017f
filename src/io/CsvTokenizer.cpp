#include "CsvTokenizer.h"

namespace cd::io {

bool CsvTokenizer::consumeLineEnd()
{
    if (m_pos >= m_text.size()) {
        return false;
    }
    const char c = m_text[m_pos];
    if (c == '\n') {
        ++m_pos;
    } else if (c == '\r') {
        ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '\n') {
            ++m_pos;
        }
    } else {
        return false;
    }
    ++m_line;
    return true;
}

bool CsvTokenizer::next(CsvRecord& record)
{
    while (consumeLineEnd()) {
    }
    const std::size_t size = m_text.size();
    if (m_pos >= size) {
        return false;
    }
    // The previous record's width is the best guess for this one: one allocation, not several.
    record.fields.clear();
    record.fields.reserve(m_lastWidth);
    record.line = m_line;
    record.ragged = false;
    record.unterminated = false;
    for (;;) {
        std::string& field = record.fields.emplace_back();
        if (m_pos < size && m_text[m_pos] == '"') {
            ++m_pos;
            readQuoted(field, record);
        }
        const std::size_t start = m_pos;
        while (m_pos < size) {
            const char c = m_text[m_pos];
            if (c == m_delimiter || c == '\n' || c == '\r') {
                break;
            }
            ++m_pos;
        }
        field.append(m_text.data() + start, m_pos - start);
        if (m_pos < size && m_text[m_pos] == m_delimiter) {
            ++m_pos;
            continue;
        }
        consumeLineEnd();
        m_lastWidth = record.fields.size();
        return true;
    }
}

void CsvTokenizer::readQuoted(std::string& field, CsvRecord& record)
{
    const std::size_t size = m_text.size();
    for (;;) {
        std::size_t i = m_pos;
        while (i < size) {
            const char c = m_text[i];
            if (c == '"' || c == '\n' || c == '\r') {
                break;
            }
            ++i;
        }
        field.append(m_text.data() + m_pos, i - m_pos);
        m_pos = i;
        if (i >= size) {
            record.unterminated = true;
            return;
        }
        if (m_text[i] == '"') {
            if (i + 1 < size && m_text[i + 1] == '"') {
                field += '"';
                m_pos = i + 2;
                continue;
            }
            m_pos = i + 1;
            return;
        }
        consumeLineEnd();
        field += '\n';
    }
}

} // namespace cd::io
