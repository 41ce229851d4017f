#include "ColumnMapping.h"

#include <set>

namespace cd::io {

namespace {

constexpr std::string_view kFormat = "campaigndesk-mapping";
constexpr int kVersion = 1;

using Pointer = nlohmann::json::json_pointer;

MappingLoadResult refuse(const Pointer& where, std::string message)
{
    return {std::nullopt, {where.to_string(), std::move(message)}};
}

bool mayRepeat(InfluencerField field)
{
    return field == InfluencerField::Niche || field == InfluencerField::Notes ||
           field == InfluencerField::Ignore || field == InfluencerField::Unmapped;
}

} // namespace

std::string MappingError::toString() const
{
    return (path.empty() ? std::string("mapping file") : "mapping file at " + path) + ": " +
           message;
}

ColumnMapping ColumnMapping::guess(const std::vector<std::string>& header)
{
    ColumnMapping mapping;
    mapping.m_columns.reserve(header.size());
    std::set<InfluencerField> taken;
    for (const auto& text : header) {
        InfluencerField field = matchHeader(text);
        if (!mayRepeat(field) && !taken.insert(field).second) {
            field = InfluencerField::Unmapped;
        }
        mapping.m_columns.push_back({text, field});
    }
    return mapping;
}

std::optional<std::size_t> ColumnMapping::columnOf(InfluencerField field) const
{
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].field == field) {
            return i;
        }
    }
    return std::nullopt;
}

ColumnMapping ColumnMapping::appliedTo(const std::vector<std::string>& header) const
{
    ColumnMapping result = guess(header);
    for (auto& column : result.m_columns) {
        const Column* saved = nullptr;
        for (const auto& c : m_columns) {
            if (c.header == column.header) {
                saved = &c;
            }
        }
        if (saved == nullptr) {
            const std::string normalised = normaliseHeader(column.header);
            for (const auto& c : m_columns) {
                if (!normalised.empty() && normaliseHeader(c.header) == normalised) {
                    saved = &c;
                }
            }
        }
        if (saved != nullptr && saved->field != InfluencerField::Unmapped) {
            column.field = saved->field;
        }
    }
    return result;
}

nlohmann::json ColumnMapping::toJson() const
{
    nlohmann::json columns = nlohmann::json::object();
    for (const auto& c : m_columns) {
        if (c.field != InfluencerField::Unmapped) {
            columns[c.header] = std::string(fieldKey(c.field));
        }
    }
    return {{"format", kFormat}, {"version", kVersion}, {"columns", std::move(columns)}};
}

MappingLoadResult ColumnMapping::fromJson(const nlohmann::json& json)
{
    const Pointer root;
    if (!json.is_object()) {
        return refuse(root, "expected a JSON object");
    }
    const auto format = json.find("format");
    if (format == json.end() || !format->is_string() || format->get<std::string>() != kFormat) {
        return refuse(root / "format", "expected \"" + std::string(kFormat) + "\"");
    }
    const auto version = json.find("version");
    if (version == json.end() || !version->is_number_integer()) {
        return refuse(root / "version", "expected an integer version");
    }
    if (version->get<std::int64_t>() != kVersion) {
        return refuse(root / "version", "version " + version->dump() +
                                            " is not supported; this CampaignDesk reads version " +
                                            std::to_string(kVersion));
    }
    const auto columns = json.find("columns");
    if (columns == json.end() || !columns->is_object()) {
        return refuse(root / "columns", "expected an object of header text to field");
    }
    ColumnMapping mapping;
    for (const auto& [header, value] : columns->items()) {
        const Pointer where = root / "columns" / header;
        if (!value.is_string()) {
            return refuse(where, "expected a field name as a string");
        }
        const auto field = fieldFromKey(value.get<std::string>());
        if (!field || *field == InfluencerField::Unmapped) {
            return refuse(where, "unknown field " + value.dump());
        }
        mapping.m_columns.push_back({header, *field});
    }
    return {std::move(mapping), {}};
}

MappingLoadResult ColumnMapping::parse(std::string_view text)
{
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        return refuse(Pointer(), "not valid JSON (byte " + std::to_string(e.byte) + ")");
    } catch (const nlohmann::json::exception&) {
        return refuse(Pointer(), "not valid JSON (a number out of range)");
    }
    return fromJson(json);
}

} // namespace cd::io
