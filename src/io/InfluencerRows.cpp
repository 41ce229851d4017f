#include "InfluencerRows.h"

#include "PlatformNames.h"

#include "core/Validation.h"

#include <unordered_map>

namespace cd::io {

namespace {

using core::Influencer;

// Thrown inside one row's conversion; caught per row so it never stops the import.
struct RowProblem {
    std::string reason;
};

std::string columnName(const ColumnMapping& mapping, std::size_t column)
{
    const auto& header = mapping.column(column).header;
    return header.empty() ? "column " + std::to_string(column + 1) : "\"" + header + "\"";
}

template <class T> T require(const Parsed<T>& parsed, const std::string& column)
{
    if (parsed.isError()) {
        throw RowProblem{column + ": " + parsed.error};
    }
    return parsed.value;
}

std::vector<std::string> splitTags(std::string_view text)
{
    std::vector<std::string> tags;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == ',' || text[i] == ';' || text[i] == '|') {
            auto tag = trimValue(text.substr(start, i - start));
            if (!tag.empty()) {
                tags.emplace_back(tag);
            }
            start = i + 1;
        }
    }
    return tags;
}

// The figures of the row's one handle, gathered before the platform is known.
struct HandleCells {
    std::optional<ProfileHandle> handle;
    std::optional<core::Platform> platform;
    std::optional<std::int64_t> followers;
    std::optional<double> engagement;
};

void applyCell(Influencer& i, HandleCells& h, InfluencerField field, std::string_view cell,
               const std::string& column, const InfluencerRowOptions& options)
{
    using F = InfluencerField;
    const bool unknown = isUnknownMarker(cell);
    switch (field) {
    case F::Unmapped:
    case F::Ignore:
        return;
    case F::Name:
        i.name = std::string(cell);
        return;
    case F::Handle:
        if (const auto parsed = require(parseHandle(cell), column); !parsed.handle.empty()) {
            h.handle = parsed;
        }
        return;
    case F::Platform:
        if (!unknown) {
            h.platform = parsePlatformName(cell).value_or(core::Platform::Other);
        }
        return;
    case F::Followers:
        if (const auto p = parseCount(cell); p.hasValue() || p.isError()) {
            h.followers = require(p, column);
        }
        return;
    case F::EngagementRate:
        if (const auto p = parseRate(cell); p.hasValue() || p.isError()) {
            h.engagement = require(p, column);
        }
        return;
    case F::Email:
        i.email = unknown ? std::string() : std::string(cell);
        if (!i.email.empty() && !core::looksLikeEmail(i.email)) {
            throw RowProblem{column + ": \"" + i.email + "\" is not a valid e-mail address"};
        }
        return;
    case F::Phone:
        i.phone = unknown ? std::string() : std::string(cell);
        return;
    case F::Country:
        i.country = unknown ? std::string() : std::string(cell);
        return;
    case F::Language:
        i.language = unknown ? std::string() : std::string(cell);
        return;
    case F::Niche:
        for (auto& tag : splitTags(cell)) {
            i.niches.push_back(std::move(tag));
        }
        return;
    case F::Agency:
        if (!unknown) {
            i.agencyName = std::string(cell);
            i.contactRoute = core::ContactRoute::Agency;
        }
        return;
    case F::Status:
        if (!unknown) {
            const auto status = core::parseEnum<core::RelationshipStatus>(cell);
            if (!status) {
                throw RowProblem{column + ": \"" + std::string(cell) +
                                 "\" is not a relationship status (prospect, contacted, "
                                 "negotiating, active, paused, declined, archived)"};
            }
            i.status = *status;
        }
        return;
    case F::Rate:
        if (const auto p = parseMoney(cell, options.currency); p.hasValue() || p.isError()) {
            i.rate = require(p, column);
        }
        return;
    case F::Notes:
        if (!unknown) {
            i.notes += (i.notes.empty() ? "" : "\n") + std::string(cell);
        }
        return;
    case F::ContactRoute:
        if (!unknown) {
            const auto route = core::parseEnum<core::ContactRoute>(cell);
            if (!route) {
                throw RowProblem{column + ": \"" + std::string(cell) +
                                 "\" is not a contact route (direct or agency)"};
            }
            i.contactRoute = *route;
        }
        return;
    case F::LastContact:
        if (const auto p = parseDate(cell, options.dateOrder); p.hasValue() || p.isError()) {
            i.lastContact = require(p, column);
        }
        return;
    case F::PersonKey:
    case F::RateCurrency:
        return; // read by the caller before the row's other cells
    }
}

Influencer convertRow(const CsvRecord& record, const ColumnMapping& mapping,
                      const std::vector<std::string>& names, const InfluencerRowOptions& options)
{
    Influencer i;
    HandleCells h;
    const std::size_t columns = std::min(record.fields.size(), mapping.size());
    InfluencerRowOptions rowOptions = options;
    if (const auto c = mapping.columnOf(InfluencerField::RateCurrency); c && *c < columns) {
        const auto code = trimValue(record.fields[*c]);
        if (!code.empty() && !isUnknownMarker(code)) {
            if (!core::isKnownCurrency(code)) {
                throw RowProblem{columnName(mapping, *c) + ": \"" + std::string(code) +
                                 "\" is not a currency code we know"};
            }
            rowOptions.currency = std::string(code);
        }
    }
    for (std::size_t c = 0; c < columns; ++c) {
        const auto cell = trimValue(unprotectCell(record.fields[c]));
        applyCell(i, h, mapping.field(c), cell, names[c], rowOptions);
    }
    if (h.handle) {
        core::Handle handle;
        handle.handle = h.handle->handle;
        handle.platform = h.platform.value_or(h.handle->platform.value_or(options.defaultPlatform));
        handle.followers = h.followers;
        handle.engagementRate = h.engagement;
        i.handles.push_back(std::move(handle));
    }
    if (i.name.empty() && i.handles.empty()) {
        throw RowProblem{"the row has neither a name nor a handle"};
    }
    for (const auto& issue : core::validate(i)) {
        if (issue.severity == core::Severity::Error) {
            throw RowProblem{issue.message};
        }
    }
    return i;
}

} // namespace

std::string_view unprotectCell(std::string_view cell)
{
    if (cell.size() >= 2 && cell[0] == '\'' &&
        (cell[1] == '=' || cell[1] == '+' || cell[1] == '-' || cell[1] == '@' || cell[1] == '\t' ||
         cell[1] == '\r')) {
        cell.remove_prefix(1);
    }
    return cell;
}

InfluencerRowConverter::InfluencerRowConverter(const ColumnMapping& mapping,
                                               const InfluencerRowOptions& options,
                                               std::size_t headerColumns)
    : m_mapping(mapping), m_options(options), m_headerColumns(headerColumns),
      m_keyColumn(mapping.columnOf(InfluencerField::PersonKey))
{
    m_names.reserve(mapping.size());
    for (std::size_t c = 0; c < mapping.size(); ++c) {
        m_names.push_back(columnName(mapping, c));
    }
}

InfluencerRowConverter::Result InfluencerRowConverter::convert(const CsvRecord& record) const
{
    Result result;
    try {
        if (record.unterminated) {
            throw RowProblem{"a quoted cell is not closed before the end of the file"};
        }
        if (record.ragged) {
            throw RowProblem{"the row has " + std::to_string(record.fields.size()) +
                             " cells but the header has " + std::to_string(m_headerColumns)};
        }
        result.influencer = convertRow(record, m_mapping, m_names, m_options);
        if (m_keyColumn && *m_keyColumn < record.fields.size()) {
            result.personKey = std::string(trimValue(record.fields[*m_keyColumn]));
        }
    } catch (const RowProblem& p) {
        result.influencer.reset();
        result.rejection = p.reason;
    }
    return result;
}

InfluencerRows convertInfluencerRows(const CsvTable& table, const ColumnMapping& mapping,
                                     const InfluencerRowOptions& options)
{
    InfluencerRows out;
    out.candidates.reserve(table.records.size());
    const InfluencerRowConverter converter(mapping, options, table.columnCount());
    std::unordered_map<std::string, std::size_t> candidateOfKey;
    for (const auto& record : table.records) {
        auto result = converter.convert(record);
        if (!result.influencer) {
            out.rejected.push_back({record.line, std::move(result.rejection), record.fields});
            continue;
        }
        if (!result.personKey.empty()) {
            if (auto it = candidateOfKey.find(result.personKey); it != candidateOfKey.end()) {
                // Another row of the same person: its handles join the first row's.
                core::mergeInto(out.candidates[it->second].influencer, *result.influencer);
                continue;
            }
            candidateOfKey.emplace(std::move(result.personKey), out.candidates.size());
        }
        out.candidates.push_back({record.line, std::move(*result.influencer)});
    }
    return out;
}

} // namespace cd::io
