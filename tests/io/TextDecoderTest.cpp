#include "io/TextDecoder.h"

#include <catch2/catch.hpp>

using namespace cd::io;

TEST_CASE("Valid UTF-8 without BOM is used in place")
{
    const std::string bytes = "Zo\xC3\xAB,\xE2\x82\xAC 5,\xF0\x9F\x98\x80";
    const TextDecoder d(bytes, Encoding::Auto);
    CHECK(d.encoding() == Encoding::Utf8);
    CHECK_FALSE(d.hadBom());
    CHECK(d.text() == bytes);
    CHECK(d.text().data() == bytes.data()); // no copy
}

TEST_CASE("A UTF-8 BOM is detected and removed")
{
    const std::string bytes = "\xEF\xBB\xBFname\r\n";
    const TextDecoder d(bytes, Encoding::Auto);
    CHECK(d.encoding() == Encoding::Utf8);
    CHECK(d.hadBom());
    CHECK(d.text() == "name\r\n");
}

TEST_CASE("Bytes that are not UTF-8 are read as Windows-1252")
{
    // "Niké", "Lawal’s", "€5" and "—" as Excel on Windows saves them.
    const std::string bytes = "Nik\xE9,Lawal\x92s,\x80\x35,\x97";
    const TextDecoder d(bytes, Encoding::Auto);
    CHECK(d.encoding() == Encoding::Windows1252);
    CHECK(d.text() == "Nik\xC3\xA9,Lawal\xE2\x80\x99s,\xE2\x82\xAC\x35,\xE2\x80\x94");
    CHECK(isValidUtf8(d.text()));
}

TEST_CASE("The whole Windows-1252 0x80-0x9F table converts")
{
    std::string bytes;
    for (int b = 0x80; b <= 0x9F; ++b) {
        bytes += static_cast<char>(b);
    }
    const TextDecoder d(bytes, Encoding::Windows1252);
    const std::string expected = "\xE2\x82\xAC"
                                 "\xC2\x81"
                                 "\xE2\x80\x9A\xC6\x92\xE2\x80\x9E\xE2\x80\xA6\xE2\x80\xA0"
                                 "\xE2\x80\xA1\xCB\x86\xE2\x80\xB0\xC5\xA0\xE2\x80\xB9\xC5\x92"
                                 "\xC2\x8D"
                                 "\xC5\xBD"
                                 "\xC2\x8F\xC2\x90"
                                 "\xE2\x80\x98\xE2\x80\x99\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\xA2"
                                 "\xE2\x80\x93\xE2\x80\x94\xCB\x9C\xE2\x84\xA2\xC5\xA1\xE2\x80\xBA"
                                 "\xC5\x93"
                                 "\xC2\x9D"
                                 "\xC5\xBE\xC5\xB8";
    CHECK(d.text() == expected);
    CHECK(isValidUtf8(d.text()));
}

TEST_CASE("Latin-1 range of Windows-1252 maps to the same code points")
{
    const TextDecoder d("\xA0\xE0\xFF", Encoding::Windows1252);
    CHECK(d.text() == "\xC2\xA0\xC3\xA0\xC3\xBF");
}

TEST_CASE("Forcing UTF-8 replaces invalid sequences with U+FFFD")
{
    const std::string bytes = "a\xE9z\xC3";
    const TextDecoder d(bytes, Encoding::Utf8);
    CHECK(d.encoding() == Encoding::Utf8);
    CHECK(d.text() == "a\xEF\xBF\xBDz\xEF\xBF\xBD");
    CHECK(d.replacements() == 2);
    CHECK(d.firstReplacementOffset() == 1);
}

TEST_CASE("A BOM wins over broken bytes: UTF-8 with replacements, not Windows-1252")
{
    const TextDecoder d("\xEF\xBB\xBFNik\xE9", Encoding::Auto);
    CHECK(d.encoding() == Encoding::Utf8);
    CHECK(d.text() == "Nik\xEF\xBF\xBD");
    CHECK(d.firstReplacementOffset() == 6);
}

TEST_CASE("Forcing Windows-1252 on valid UTF-8 gives the classic mojibake")
{
    const TextDecoder d("\xC3\xA9", Encoding::Windows1252);
    CHECK(d.encoding() == Encoding::Windows1252);
    CHECK(d.text() == "\xC3\x83\xC2\xA9"); // "Ã©"
}

TEST_CASE("Strict validation refuses overlongs, surrogates and code points above U+10FFFF")
{
    CHECK(isValidUtf8(""));
    CHECK(isValidUtf8("plain ascii text longer than eight bytes"));
    CHECK(isValidUtf8("\xF4\x8F\xBF\xBF"));
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));         // overlong '/'
    CHECK_FALSE(isValidUtf8("\xE0\x80\xAF"));     // overlong
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));     // surrogate D800
    CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80")); // above U+10FFFF
    CHECK_FALSE(isValidUtf8("\xF5\x80\x80\x80"));
    CHECK_FALSE(isValidUtf8("abcdefgh\x80"));
    CHECK_FALSE(isValidUtf8("\xE2\x82")); // truncated at the end
}

TEST_CASE("One U+FFFD per maximal ill-formed subpart")
{
    // E2 82 is a truncated euro sign: one replacement, then 'x'.
    const TextDecoder d("\xE2\x82x", Encoding::Utf8);
    CHECK(d.text() == "\xEF\xBF\xBDx");
    CHECK(d.replacements() == 1);
}

TEST_CASE("UTF-16 with a BOM, as Excel's 'Unicode text' saves, becomes UTF-8")
{
    const std::string le("\xFF\xFE"
                         "a\0,\0\xE9\0=\xD8\x00\xDE\n\0",
                         14);
    const TextDecoder d(le, Encoding::Auto);
    CHECK(d.encoding() == Encoding::Utf16Le);
    CHECK(d.hadBom());
    CHECK(d.text() == "a,\xC3\xA9\xF0\x9F\x98\x80\n");

    const std::string be("\xFE\xFF\0h\0i", 6);
    const TextDecoder b(be, Encoding::Auto);
    CHECK(b.encoding() == Encoding::Utf16Be);
    CHECK(b.text() == "hi");
}

TEST_CASE("Broken UTF-16 (lone surrogate, odd byte) is replaced, not trusted")
{
    const std::string bytes("\xFF\xFE\x00\xD8x\0z", 7);
    const TextDecoder d(bytes, Encoding::Auto);
    CHECK(d.text() == "\xEF\xBF\xBDx\xEF\xBF\xBD");
    CHECK(d.replacements() == 2);
}

TEST_CASE("appendUtf8 encodes every length")
{
    std::string s;
    appendUtf8(s, U'A');
    appendUtf8(s, U'\u00E9');
    appendUtf8(s, U'\u20AC');
    appendUtf8(s, U'\U0001F600');
    CHECK(s == "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
}
