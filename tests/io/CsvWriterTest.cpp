#include "io/CsvWriter.h"
#include "io/CsvReader.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace cd::io;
using Fields = std::vector<std::string>;

TEST_CASE("The writer starts with a BOM and ends rows with CRLF")
{
    CsvWriter w;
    w.writeTextRow({"name", "followers"});
    w.writeText("Anna");
    w.writeNumber(std::int64_t{1200});
    w.endRow();
    CHECK(w.data() == "\xEF\xBB\xBFname,followers\r\nAnna,1200\r\n");
}

TEST_CASE("Fields are quoted only when needed, quotes doubled")
{
    CsvWriter w({',', false});
    w.writeTextRow({"plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", " padded ", ""});
    CHECK(w.data() ==
          "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\" padded \",\r\n");
}

TEST_CASE("A semicolon writer quotes semicolons, not commas")
{
    CsvWriter w({';', false});
    w.writeTextRow({"1,5", "a;b"});
    CHECK(w.data() == "1,5;\"a;b\"\r\n");
}

TEST_CASE("Text that a spreadsheet would run as a formula is neutralised")
{
    CsvWriter w({',', false});
    w.writeTextRow({"=1+1", "+39 333", "-3", "@SUM(A1)", "\tx", "\rx", std::string("\0x", 2),
                    "=cmd|' /C calc'!A0",
                    "\xEF\xBC\x9D"
                    "1+1",
                    "safe = text", "a-b"});
    const auto t = readCsv(w.data(), {Encoding::Utf8, Delimiter::Comma, false});
    CHECK(t.header == Fields{"'=1+1", "'+39 333", "'-3", "'@SUM(A1)", "'\tx", "'\nx",
                             std::string("'\0x", 3), "'=cmd|' /C calc'!A0",
                             "'\xEF\xBC\x9D"
                             "1+1",
                             "safe = text", "a-b"});
    CHECK(CsvWriter::looksLikeFormula("=A1"));
    CHECK_FALSE(CsvWriter::looksLikeFormula(""));
    CHECK_FALSE(CsvWriter::looksLikeFormula("Anna"));
}

TEST_CASE("Numbers stay numbers: negative values survive")
{
    CsvWriter w({',', false});
    w.writeNumber(std::int64_t{-3});
    w.writeNumber(-0.5);
    w.writeNumber(0.034);
    w.writeDecimal("-1234.50");
    w.writeDecimal("=HYPERLINK(\"x\")"); // not a number: treated as text
    w.writeNumber(std::numeric_limits<double>::quiet_NaN());
    w.endRow();
    CHECK(w.data() == "-3,-0.5,0.034,-1234.50,\"'=HYPERLINK(\"\"x\"\")\",\r\n");
}

TEST_CASE("A row of one empty cell is written so that it reads back")
{
    CsvWriter w({',', false});
    w.writeEmpty();
    w.endRow();
    CHECK(w.data() == "\"\"\r\n");
}

TEST_CASE("Write then read: hostile strings come back exactly (formulas with their guard)")
{
    const Fields hostile{
        "He said \"hi\", then left",
        "line one\nline two\nline three",
        "=cmd|' /C calc'!A0",
        "<b>html</b><img src=\"/etc/passwd\">",
        "emoji \xF0\x9F\x98\x80 and Zo\xC3\xAB",
        "tab\tinside",
        ";semicolon;",
        "|pipe|",
        "\"",
        "\"\"",
        "trailing space ",
        "-",
        "'already quoted",
        "caf\xC3\xA9 \xE2\x82\xAC 1.234,56",
    };
    CsvWriter w;
    w.writeTextRow({"id", "value"});
    for (std::size_t i = 0; i < hostile.size(); ++i) {
        w.writeNumber(static_cast<std::int64_t>(i));
        w.writeText(hostile[i]);
        w.endRow();
    }
    const auto t = readCsv(w.data());
    CHECK(t.encoding == Encoding::Utf8);
    CHECK(t.hadBom);
    CHECK(t.delimiter == Delimiter::Comma);
    CHECK(t.header == Fields{"id", "value"});
    CHECK(t.problems.empty());
    REQUIRE(t.records.size() == hostile.size());
    for (std::size_t i = 0; i < hostile.size(); ++i) {
        const std::string expected =
            CsvWriter::looksLikeFormula(hostile[i]) ? "'" + hostile[i] : hostile[i];
        CHECK(t.records[i].fields == Fields{std::to_string(i), expected});
    }
}
