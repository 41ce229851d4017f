#include "TextDecoder.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace cd::io {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Windows-1252 0x80–0x9F. The five bytes the code page leaves undefined map to the C1 controls
// of the same value, as browsers (WHATWG) do: nothing is lost and the output stays valid.
constexpr std::array<char32_t, 32> kCp1252High{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

unsigned char byteAt(std::string_view s, std::size_t i)
{
    return static_cast<unsigned char>(s[i]);
}

// Checks the sequence at bytes[i] against Unicode's table of well-formed UTF-8 (Table 3-7).
// Returns its length, or 0 with `subpart` set to the bytes that form the longest ill-formed
// prefix, which is what one U+FFFD replaces (Unicode's "maximal subpart" practice).
std::size_t scanUtf8(std::string_view bytes, std::size_t i, std::size_t& subpart)
{
    const unsigned char lead = byteAt(bytes, i);
    subpart = 1;
    if (lead < 0x80) {
        return 1;
    }
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    for (std::size_t k = 1; k < length; ++k) {
        if (i + k >= bytes.size()) {
            return 0;
        }
        const unsigned char c = byteAt(bytes, i + k);
        const unsigned char lo = k == 1 ? low : 0x80;
        const unsigned char hi = k == 1 ? high : 0xBF;
        if (c < lo || c > hi) {
            return 0;
        }
        subpart = k + 1;
    }
    return length;
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

} // namespace

std::size_t utf8SequenceLength(std::string_view bytes, std::size_t i)
{
    std::size_t subpart = 0;
    return scanUtf8(bytes, i, subpart);
}

bool isValidUtf8(std::string_view bytes)
{
    std::size_t i = 0;
    while (i < bytes.size()) {
        // Most CSV text is ASCII: test eight bytes at once for a high bit.
        if (i + 8 <= bytes.size()) {
            std::uint64_t chunk = 0;
            std::memcpy(&chunk, bytes.data() + i, 8);
            if ((chunk & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const std::size_t n = utf8SequenceLength(bytes, i);
        if (n == 0) {
            return false;
        }
        i += n;
    }
    return true;
}

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

TextDecoder::TextDecoder(std::string_view bytes, Encoding requested) : m_input(bytes)
{
    constexpr std::string_view utf8Bom = "\xEF\xBB\xBF";
    constexpr std::string_view utf16LeBom = "\xFF\xFE";
    constexpr std::string_view utf16BeBom = "\xFE\xFF";

    if (requested == Encoding::Windows1252) {
        decodeWindows1252(bytes);
        return;
    }
    const bool autoDetect = requested == Encoding::Auto;
    if ((autoDetect || requested == Encoding::Utf16Le) && startsWith(bytes, utf16LeBom)) {
        m_bom = true;
        decodeUtf16(bytes.substr(2), true, 2);
        return;
    }
    if ((autoDetect || requested == Encoding::Utf16Be) && startsWith(bytes, utf16BeBom)) {
        m_bom = true;
        decodeUtf16(bytes.substr(2), false, 2);
        return;
    }
    if (requested == Encoding::Utf16Le || requested == Encoding::Utf16Be) {
        decodeUtf16(bytes, requested == Encoding::Utf16Le, 0);
        return;
    }
    std::size_t base = 0;
    if (startsWith(bytes, utf8Bom)) {
        m_bom = true;
        base = 3;
    }
    const std::string_view body = bytes.substr(base);
    m_input = body;
    // A BOM or an explicit choice says UTF-8 even when some bytes are broken; only an
    // undecided, BOM-less file that fails validation falls back to Windows-1252.
    if (isValidUtf8(body)) {
        return;
    }
    if (autoDetect && !m_bom) {
        decodeWindows1252(bytes);
        return;
    }
    decodeUtf8Lossy(body, base);
}

void TextDecoder::noteReplacement(std::size_t offset)
{
    if (m_replacements++ == 0) {
        m_firstReplacement = offset;
    }
}

void TextDecoder::decodeUtf8Lossy(std::string_view bytes, std::size_t base)
{
    m_encoding = Encoding::Utf8;
    m_converted = true;
    m_owned.reserve(bytes.size() + bytes.size() / 8);
    std::size_t i = 0;
    while (i < bytes.size()) {
        std::size_t subpart = 0;
        const std::size_t n = scanUtf8(bytes, i, subpart);
        if (n == 0) {
            noteReplacement(base + i);
            appendUtf8(m_owned, kReplacement);
            i += subpart;
        } else {
            m_owned.append(bytes.data() + i, n);
            i += n;
        }
    }
}

void TextDecoder::decodeWindows1252(std::string_view bytes)
{
    m_encoding = Encoding::Windows1252;
    m_converted = true;
    m_owned.reserve(bytes.size() + bytes.size() / 8);
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80) {
            m_owned += ch;
        } else if (b < 0xA0) {
            appendUtf8(m_owned, kCp1252High[b - 0x80U]);
        } else {
            appendUtf8(m_owned, b);
        }
    }
}

void TextDecoder::decodeUtf16(std::string_view bytes, bool littleEndian, std::size_t base)
{
    m_encoding = littleEndian ? Encoding::Utf16Le : Encoding::Utf16Be;
    m_converted = true;
    m_owned.reserve(bytes.size());
    auto unitAt = [&](std::size_t i) -> char32_t {
        const auto a = byteAt(bytes, i);
        const auto b = byteAt(bytes, i + 1);
        return littleEndian ? static_cast<char32_t>(a | (b << 8))
                            : static_cast<char32_t>((a << 8) | b);
    };
    std::size_t i = 0;
    while (i + 1 < bytes.size()) {
        const char32_t unit = unitAt(i);
        if (unit >= 0xD800 && unit <= 0xDBFF && i + 3 < bytes.size()) {
            const char32_t next = unitAt(i + 2);
            if (next >= 0xDC00 && next <= 0xDFFF) {
                appendUtf8(m_owned, 0x10000 + ((unit - 0xD800) << 10) + (next - 0xDC00));
                i += 4;
                continue;
            }
        }
        if (unit >= 0xD800 && unit <= 0xDFFF) {
            noteReplacement(base + i);
            appendUtf8(m_owned, kReplacement);
        } else {
            appendUtf8(m_owned, unit);
        }
        i += 2;
    }
    if (i < bytes.size()) {
        noteReplacement(base + i); // an odd trailing byte
        appendUtf8(m_owned, kReplacement);
    }
}

} // namespace cd::io
