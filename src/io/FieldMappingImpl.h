#pragma once

// The members of BasicColumnMapping, included only by the .cpp files that instantiate it for a
// field type, so that every other file sees just the declarations.

#include "FieldMapping.h"

#include <algorithm>
#include <cstdint>

namespace cd::io {

namespace mapping_detail {

constexpr std::string_view kFormat = "campaigndesk-mapping";
constexpr int kVersion = 1;

template <class Field>
BasicMappingLoadResult<Field> refuse(const nlohmann::json::json_pointer& where, std::string message)
{
    return {std::nullopt, {where.to_string(), std::move(message)}};
}

template <class Field> bool mayRepeat(Field field)
{
    const auto& repeatable = fieldSetOf<Field>().repeatable;
    return std::find(repeatable.begin(), repeatable.end(), field) != repeatable.end();
}

} // namespace mapping_detail

template <class Field>
BasicColumnMapping<Field> BasicColumnMapping<Field>::guess(const std::vector<std::string>& header)
{
    const auto& set = fieldSetOf<Field>();
    BasicColumnMapping mapping;
    mapping.m_columns.reserve(header.size());
    std::vector<Field> taken;
    for (const auto& text : header) {
        Field field = matchHeaderIn(text, set);
        if (!mapping_detail::mayRepeat(field)) {
            if (std::find(taken.begin(), taken.end(), field) != taken.end()) {
                field = set.unmapped;
            } else {
                taken.push_back(field);
            }
        }
        mapping.m_columns.push_back({text, field});
    }
    return mapping;
}

template <class Field>
std::optional<std::size_t> BasicColumnMapping<Field>::columnOf(Field field) const
{
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].field == field) {
            return i;
        }
    }
    return std::nullopt;
}

template <class Field>
BasicColumnMapping<Field>
BasicColumnMapping<Field>::appliedTo(const std::vector<std::string>& header) const
{
    BasicColumnMapping result = guess(header);
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
        if (saved != nullptr && saved->field != fieldSetOf<Field>().unmapped) {
            column.field = saved->field;
        }
    }
    return result;
}

template <class Field> nlohmann::json BasicColumnMapping<Field>::toJson() const
{
    nlohmann::json columns = nlohmann::json::object();
    for (const auto& c : m_columns) {
        if (c.field != fieldSetOf<Field>().unmapped) {
            columns[c.header] = std::string(fieldKeyIn(c.field, fieldSetOf<Field>()));
        }
    }
    return {{"format", mapping_detail::kFormat},
            {"version", mapping_detail::kVersion},
            {"columns", std::move(columns)}};
}

template <class Field>
BasicMappingLoadResult<Field> BasicColumnMapping<Field>::fromJson(const nlohmann::json& json)
{
    using mapping_detail::refuse;
    const nlohmann::json::json_pointer root;
    if (!json.is_object()) {
        return refuse<Field>(root, "expected a JSON object");
    }
    const auto format = json.find("format");
    if (format == json.end() || !format->is_string() ||
        format->template get<std::string>() != mapping_detail::kFormat) {
        return refuse<Field>(root / "format",
                             "expected \"" + std::string(mapping_detail::kFormat) + "\"");
    }
    const auto version = json.find("version");
    if (version == json.end() || !version->is_number_integer()) {
        return refuse<Field>(root / "version", "expected an integer version");
    }
    if (version->template get<std::int64_t>() != mapping_detail::kVersion) {
        return refuse<Field>(root / "version",
                             "version " + version->dump() +
                                 " is not supported; this CampaignDesk reads version " +
                                 std::to_string(mapping_detail::kVersion));
    }
    const auto columns = json.find("columns");
    if (columns == json.end() || !columns->is_object()) {
        return refuse<Field>(root / "columns", "expected an object of header text to field");
    }
    BasicColumnMapping mapping;
    for (const auto& [header, value] : columns->items()) {
        const auto where = root / "columns" / header;
        if (!value.is_string()) {
            return refuse<Field>(where, "expected a field name as a string");
        }
        const auto* info = fieldInfoOfKey(value.template get<std::string>(), fieldSetOf<Field>());
        if (info == nullptr || info->field == fieldSetOf<Field>().unmapped) {
            return refuse<Field>(where, "unknown field " + value.dump());
        }
        mapping.m_columns.push_back({header, info->field});
    }
    return {std::move(mapping), {}};
}

template <class Field>
BasicMappingLoadResult<Field> BasicColumnMapping<Field>::parse(std::string_view text)
{
    using mapping_detail::refuse;
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        return refuse<Field>(nlohmann::json::json_pointer(),
                             "not valid JSON (byte " + std::to_string(e.byte) + ")");
    } catch (const nlohmann::json::exception&) {
        return refuse<Field>(nlohmann::json::json_pointer(),
                             "not valid JSON (a number out of range)");
    }
    return fromJson(json);
}

} // namespace cd::io
