#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cd::io {

// Text encodings of the files people hand us. Auto is only a request; a decoded text always
// says which concrete encoding was used.
enum class Encoding { Auto, Utf8, Windows1252, Utf16Le, Utf16Be };

// Turns the bytes of a text file into UTF-8.
//
// Auto detects: a BOM (UTF-8, UTF-16 LE/BE) decides; otherwise bytes that are strict UTF-8 are
// UTF-8; anything else is Windows-1252, the code page Excel on Western Windows saves "CSV" in.
// A forced UTF-8 (or a UTF-8 BOM over broken bytes) replaces each invalid sequence with U+FFFD,
// so the output is always valid UTF-8.
class TextDecoder final {
public:
    TextDecoder(std::string_view bytes, Encoding requested);

    TextDecoder(const TextDecoder&) = delete;
    TextDecoder& operator=(const TextDecoder&) = delete;

    // Valid UTF-8 without the BOM. Points into the input when no conversion was needed, so the
    // input must outlive this object.
    std::string_view text() const { return m_converted ? std::string_view(m_owned) : m_input; }
    Encoding encoding() const { return m_encoding; }
    bool hadBom() const { return m_bom; }
    // Invalid sequences replaced by U+FFFD, and the byte offset (in the input) of the first one.
    std::size_t replacements() const { return m_replacements; }
    std::size_t firstReplacementOffset() const { return m_firstReplacement; }

private:
    void decodeUtf8Lossy(std::string_view bytes, std::size_t base);
    void decodeWindows1252(std::string_view bytes);
    void decodeUtf16(std::string_view bytes, bool littleEndian, std::size_t base);
    void noteReplacement(std::size_t offset);

    std::string_view m_input;
    std::string m_owned;
    bool m_converted = false;
    Encoding m_encoding = Encoding::Utf8;
    bool m_bom = false;
    std::size_t m_replacements = 0;
    std::size_t m_firstReplacement = 0;
};

// Length of the well-formed UTF-8 sequence starting at bytes[i], or 0 when it is ill-formed
// (overlong forms, surrogates and code points above U+10FFFF are ill-formed).
std::size_t utf8SequenceLength(std::string_view bytes, std::size_t i);
bool isValidUtf8(std::string_view bytes);
void appendUtf8(std::string& out, char32_t codePoint);

} // namespace cd::io
