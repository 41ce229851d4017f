// libFuzzer entry point: any bytes go through readCsv with automatic detection, every field
// through every value parser, and the properties the importer relies on are checked:
// the table is valid UTF-8, parsed values are in range and print back to themselves, and
// CsvWriter output reads back to the same table.
#include "io/ColumnMapping.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/ValueParsing.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using namespace cd::io;

namespace {

using Row = std::vector<std::string>;

// An invariant broke: crash so that libFuzzer keeps the input.
void require(bool ok)
{
    if (!ok) {
        __builtin_trap();
    }
}

bool isBlankRow(const Row& row)
{
    for (const auto& f : row) {
        if (f.find_first_not_of(" \t") != std::string::npos) {
            return false;
        }
    }
    return true;
}

void parseEverything(std::string_view field)
{
    require(isValidUtf8(field));

    const auto count = parseCount(field);
    if (count.hasValue()) {
        require(count.value >= 0);
        const auto again = parseCount(std::to_string(count.value));
        require(again.hasValue() && again.value == count.value);
    }
    for (const auto scale : {RateScale::Auto, RateScale::Percent, RateScale::Fraction}) {
        const auto rate = parseRate(field, scale);
        require(!rate.hasValue() || (rate.value >= 0.0 && rate.value <= 1.0));
    }
    for (const std::string_view currency : {"EUR", "JPY", "KWD"}) {
        const auto money = parseMoney(field, currency);
        if (money.hasValue()) {
            const auto again = parseMoney(money.value.toDecimalString(), currency);
            require(again.hasValue() && again.value == money.value);
        }
    }
    const auto handle = parseHandle(field);
    require(!handle.hasValue() || !handle.value.handle.empty());
    for (const auto order : {DateOrder::DayFirst, DateOrder::MonthFirst}) {
        const auto date = parseDate(field, order);
        if (date.hasValue()) {
            const auto again = parseDate(date.value.toIso());
            require(again.hasValue() && again.value == date.value);
        }
    }
    (void)isUnknownMarker(field);
    (void)matchHeader(field);
}

Row neutralised(const Row& row)
{
    Row out;
    out.reserve(row.size());
    for (const auto& f : row) {
        out.push_back(CsvWriter::looksLikeFormula(f) ? "'" + f : f);
    }
    return out;
}

// Writes the table and reads it back: the same rows must come out, with formula guards added.
// Blank rows vanish on reading, so the first non-blank row is the header both times.
void checkRoundTrip(const CsvTable& table)
{
    std::vector<Row> expected;
    CsvWriter writer;
    auto add = [&](const Row& row) {
        writer.writeTextRow(row);
        if (Row n = neutralised(row); !isBlankRow(n)) {
            expected.push_back(std::move(n));
        }
    };
    add(table.header);
    for (const auto& r : table.records) {
        add(r.fields);
    }

    CsvOptions options;
    options.delimiter = Delimiter::Comma;
    options.detectHeader = false;
    const CsvTable back = readCsv(writer.data(), options);
    require(back.encoding == Encoding::Utf8);
    if (expected.empty()) {
        require(back.header.empty() && back.records.empty());
        return;
    }
    require(back.header == expected.front());
    require(back.records.size() == expected.size() - 1);
    const std::size_t width = expected.front().size();
    for (std::size_t i = 1; i < expected.size(); ++i) {
        Row want = expected[i];
        // Extra fields beyond the header's width are dropped when they are all empty.
        if (want.size() > width &&
            std::all_of(want.begin() + static_cast<std::ptrdiff_t>(width), want.end(),
                        [](const std::string& f) { return f.empty(); })) {
            want.resize(width);
        }
        require(back.records[i - 1].fields == want);
        require(!back.records[i - 1].unterminated);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const CsvTable table = readCsv(bytes);

    for (const auto& h : table.header) {
        parseEverything(h);
    }
    for (const auto& record : table.records) {
        require(record.line > table.headerLine);
        for (const auto& f : record.fields) {
            parseEverything(f);
        }
    }
    (void)ColumnMapping::guess(table.header);
    checkRoundTrip(table);
    return 0;
}
