#include "io/CsvReader.h"

#include <catch2/catch.hpp>

using namespace cd::io;
using Fields = std::vector<std::string>;

TEST_CASE("A simple comma file: header, records, line numbers")
{
    const auto t = readCsv("name,followers\nAnna,1200\nBruno,3.4k\n");
    CHECK(t.delimiter == Delimiter::Comma);
    CHECK(t.encoding == Encoding::Utf8);
    CHECK(t.headerLine == 1);
    CHECK(t.header == Fields{"name", "followers"});
    REQUIRE(t.records.size() == 2);
    CHECK(t.records[0].fields == Fields{"Anna", "1200"});
    CHECK(t.records[0].line == 2);
    CHECK(t.records[1].line == 3);
    CHECK(t.problems.empty());
}

TEST_CASE("Line ends: CRLF, LF, lone CR and a last line without newline")
{
    const auto t = readCsv("a,b\r\n1,2\r3,4\n5,6");
    REQUIRE(t.records.size() == 3);
    CHECK(t.records[0].fields == Fields{"1", "2"});
    CHECK(t.records[1].fields == Fields{"3", "4"});
    CHECK(t.records[1].line == 3);
    CHECK(t.records[2].fields == Fields{"5", "6"});
    CHECK(t.records[2].line == 4);
}

TEST_CASE("Empty and blank lines are skipped but still counted")
{
    const auto t = readCsv("\n\na,b\n\n1,2\r\n\r\n , \n,\n3,4\n\n");
    CHECK(t.headerLine == 3);
    REQUIRE(t.records.size() == 2);
    CHECK(t.records[0].line == 5);
    CHECK(t.records[1].line == 9);
}

TEST_CASE("Quoted fields: delimiters, doubled quotes, embedded newlines")
{
    const auto t = readCsv("name,notes,n\n"
                           "\"Rossi, Mario\",\"He said \"\"hi\"\"\",1\n"
                           "\"Anna\",\"two\r\nlines\nand\rthree\",2\n"
                           "Zoe,\"\",3\n");
    REQUIRE(t.records.size() == 3);
    CHECK(t.records[0].fields == Fields{"Rossi, Mario", "He said \"hi\"", "1"});
    // Line ends inside quotes are normalised to "\n" and still advance the line count.
    CHECK(t.records[1].fields == Fields{"Anna", "two\nlines\nand\nthree", "2"});
    CHECK(t.records[1].line == 3);
    CHECK(t.records[2].fields == Fields{"Zoe", "", "3"});
    CHECK(t.records[2].line == 7);
    CHECK(t.problems.empty());
}

TEST_CASE("Quotes in the middle of a field are text, and text after a closing quote is kept")
{
    const auto t = readCsv("a,b\n5'10\" tall,\"x\"y\n");
    REQUIRE(t.records.size() == 1);
    CHECK(t.records[0].fields == Fields{"5'10\" tall", "xy"});
}

TEST_CASE("Semicolon files with decimal commas")
{
    const auto t = readCsv("Nome;Follower;Tasso di engagement;Compenso\n"
                           "Giulia;12.500;3,4%;1.234,56\n"
                           "Marco;8.900;2,1%;800,00\n");
    CHECK(t.delimiter == Delimiter::Semicolon);
    REQUIRE(t.records.size() == 2);
    CHECK(t.records[0].fields == Fields{"Giulia", "12.500", "3,4%", "1.234,56"});
}

TEST_CASE("Tab and pipe files")
{
    const auto tab = readCsv("name\thandle\tfollowers\nAnna\t@anna\t1,200\nBo\t@bo\t3,4\n");
    CHECK(tab.delimiter == Delimiter::Tab);
    CHECK(tab.records.at(0).fields == Fields{"Anna", "@anna", "1,200"});

    const auto pipe = readCsv("name|handle\nAnna, Jr.|@anna\nBo|@bo\n");
    CHECK(pipe.delimiter == Delimiter::Pipe);
    CHECK(pipe.records.at(0).fields == Fields{"Anna, Jr.", "@anna"});
}

TEST_CASE("Delimiter detection ignores delimiters inside quotes")
{
    const auto t = readCsv("a;b\n\"x, y, z\";1\n\"p, q\";2\n");
    CHECK(t.delimiter == Delimiter::Semicolon);
    CHECK(t.records.at(0).fields == Fields{"x, y, z", "1"});
}

TEST_CASE("The delimiter can be forced")
{
    CsvOptions options;
    options.delimiter = Delimiter::Semicolon;
    const auto t = readCsv("a,b;c\n1,2;3\n", options);
    CHECK(t.delimiter == Delimiter::Semicolon);
    CHECK(t.header == Fields{"a,b", "c"});
}

TEST_CASE("A one-column file falls back to comma and keeps its header")
{
    const auto t = readCsv("handle\n@anna\n@bruno\n");
    CHECK(t.delimiter == Delimiter::Comma);
    CHECK(t.header == Fields{"handle"});
    CHECK(t.records.size() == 2);
}

TEST_CASE("Junk lines before the header are skipped")
{
    const auto t = readCsv("Influencer list exported 2026-03-01\n"
                           ",,,\n"
                           "Exported by,Anna\n"
                           "Rank,Name,Username,Follower Count\n"
                           "1,A,@a,10.4M\n"
                           "2,B,@b,7.4M\n");
    CHECK(t.headerLine == 4);
    CHECK(t.header == Fields{"Rank", "Name", "Username", "Follower Count"});
    REQUIRE(t.records.size() == 2);
    CHECK(t.records[0].line == 5);
}

TEST_CASE("The header line can be chosen, or detection turned off")
{
    const std::string csv = "title,x,y\na,b,c\n1,2,3\n";
    CsvOptions chosen;
    chosen.headerLine = 2;
    const auto t = readCsv(csv, chosen);
    CHECK(t.headerLine == 2);
    CHECK(t.header == Fields{"a", "b", "c"});
    CHECK(t.records.size() == 1);

    CsvOptions beyond;
    beyond.headerLine = 9;
    const auto none = readCsv(csv, beyond);
    CHECK(none.header.empty());
    REQUIRE(none.problems.size() == 1);
    CHECK(none.problems[0].line == 9);

    CsvOptions noDetect;
    noDetect.detectHeader = false;
    CHECK(readCsv("junk\na,b\n1,2\n", noDetect).header == Fields{"junk"});
}

TEST_CASE("Ragged rows are kept, flagged and reported with their line")
{
    const auto t = readCsv("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12,,\n");
    REQUIRE(t.records.size() == 4);
    CHECK_FALSE(t.records[0].ragged);
    CHECK(t.records[1].ragged);
    CHECK(t.records[1].line == 3);
    CHECK(t.records[2].ragged);
    CHECK(t.records[2].fields.size() == 4);
    // Only empty extra fields: a trailing delimiter, trimmed, not ragged.
    CHECK_FALSE(t.records[3].ragged);
    CHECK(t.records[3].fields == Fields{"10", "11", "12"});
    REQUIRE(t.problems.size() == 2);
    CHECK(t.problems[0].toString() == "line 3: 2 fields where the header has 3");
    CHECK(t.problems[1].toString() == "line 4: 4 fields where the header has 3");
}

TEST_CASE("An unterminated quote is reported on the line where it started")
{
    const auto t = readCsv("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n");
    REQUIRE(t.records.size() == 2);
    const auto& broken = t.records[1];
    CHECK(broken.line == 3);
    CHECK(broken.unterminated);
    CHECK(broken.fields.at(1) == "never closed\n4,5\n6,7\n");
    REQUIRE(t.problems.size() == 1);
    CHECK(t.problems[0].line == 3);
    CHECK(t.problems[0].message.find("never closed") != std::string::npos);
}

TEST_CASE("A lone quote at the very end is still reported")
{
    const auto t = readCsv("a,b\n1,2\n\"");
    REQUIRE_FALSE(t.problems.empty());
    CHECK(t.problems.back().line == 3);
    CHECK(t.problems.back().message.find("never closed") != std::string::npos);
}

TEST_CASE("Empty input, BOM only and blank lines only give an empty table")
{
    for (const std::string_view input : {"", "\xEF\xBB\xBF", "\r\n\r\n", "\n \n"}) {
        const auto t = readCsv(input);
        CHECK(t.header.empty());
        CHECK(t.records.empty());
        CHECK(t.headerLine == 0);
        CHECK(t.problems.empty());
    }
}

TEST_CASE("A header-only file has a header and no records")
{
    const auto t = readCsv("\xEF\xBB\xBFname,handle,followers\r\n");
    CHECK(t.hadBom);
    CHECK(t.header == Fields{"name", "handle", "followers"});
    CHECK(t.records.empty());
    CHECK(t.problems.empty());
}

TEST_CASE("A huge quoted field is read whole")
{
    const std::string big(5'000'000, 'x');
    const std::string csv = "a,b\n1,\"" + big + "\"\n2,z\n";
    const auto t = readCsv(csv);
    REQUIRE(t.records.size() == 2);
    CHECK(t.records[0].fields[1].size() == big.size());
    CHECK(t.records[1].line == 3);
}

TEST_CASE("Windows-1252 bytes are decoded in the records")
{
    const auto t = readCsv("name,city\nNik\xE9,Z\xFCrich\n");
    CHECK(t.encoding == Encoding::Windows1252);
    CHECK(t.records.at(0).fields == Fields{"Nik\xC3\xA9", "Z\xC3\xBCrich"});
}

TEST_CASE("Forced UTF-8 on broken bytes reports the replacement with its line")
{
    CsvOptions options;
    options.encoding = Encoding::Utf8;
    const auto t = readCsv("a,b\n1,2\nx\xE9,3\n", options);
    CHECK(t.records.at(1).fields[0] == "x\xEF\xBF\xBD");
    REQUIRE(t.problems.size() == 1);
    CHECK(t.problems[0].line == 3);
}

TEST_CASE("NUL bytes inside fields do not end them")
{
    const std::string csv("a,b\nx\0y,2\n", 10);
    const auto t = readCsv(csv);
    CHECK(t.records.at(0).fields[0] == std::string("x\0y", 3));
}

TEST_CASE("The tokenizer streams records one by one")
{
    CsvTokenizer tokenizer("a,b\n\"c\nd\",e\n", ',');
    CsvRecord record;
    REQUIRE(tokenizer.next(record));
    CHECK(record.fields == Fields{"a", "b"});
    REQUIRE(tokenizer.next(record));
    CHECK(record.fields == Fields{"c\nd", "e"});
    CHECK(record.line == 2);
    CHECK_FALSE(tokenizer.next(record));
}
