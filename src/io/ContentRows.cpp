#include "ContentRows.h"

#include "InfluencerRows.h"
#include "PlatformNames.h"

#include <array>
#include <utility>

namespace cd::io {

namespace {

using F = ContentField;

// Thrown inside one row's conversion; caught per row so it never stops the import.
struct RowProblem {
    std::string reason;
};

template <class T>
std::optional<T> optionalValue(const Parsed<T>& parsed, const std::string& column)
{
    if (parsed.isError()) {
        throw RowProblem{column + ": " + parsed.error};
    }
    return parsed.hasValue() ? std::optional<T>(parsed.value) : std::nullopt;
}

template <class E, std::size_t N>
std::optional<E> byAlias(std::string_view text,
                         const std::array<std::pair<std::string_view, E>, N>& aliases)
{
    if (auto value = core::parseEnum<E>(text)) {
        return value;
    }
    const std::string name = normaliseHeader(text);
    for (const auto& [alias, value] : aliases) {
        if (alias == name) {
            return value;
        }
    }
    return std::nullopt;
}

struct RowState {
    core::ContentCandidate row;
    std::optional<core::Platform> platform;
    std::optional<core::Platform> platformOfUrl;
};

void applyMetric(core::ContentMetrics& m, F field, std::string_view cell, const std::string& column)
{
    const auto count = optionalValue(parseCount(cell), column);
    switch (field) {
    case F::Impressions:
        m.impressions = count;
        return;
    case F::Reach:
        m.reach = count;
        return;
    case F::Likes:
        m.likes = count;
        return;
    case F::Comments:
        m.comments = count;
        return;
    case F::Shares:
        m.shares = count;
        return;
    case F::Saves:
        m.saves = count;
        return;
    case F::Clicks:
        m.clicks = count;
        return;
    case F::Conversions:
        m.conversions = count;
        return;
    default:
        m.brandMentions = count;
        return;
    }
}

template <class E>
E requireKnown(std::optional<E> value, std::string_view cell, const std::string& column,
               const char* what)
{
    if (!value) {
        throw RowProblem{column + ": \"" + std::string(cell) + "\" is not " + what};
    }
    return *value;
}

void applyCell(RowState& s, F field, std::string_view cell, const std::string& column,
               const ContentRowOptions& options)
{
    auto& item = s.row.item;
    const bool unknown = isUnknownMarker(cell);
    switch (field) {
    case F::Unmapped:
    case F::Ignore:
        return;
    case F::Handle:
        if (const auto h = optionalValue(parseHandle(cell), column)) {
            s.row.handle = h->handle;
            s.platformOfUrl = h->platform;
        }
        return;
    case F::Platform:
        if (!unknown) {
            s.platform = requireKnown(parsePlatformName(cell), cell, column, "a platform we know");
        }
        return;
    case F::Type:
        if (!unknown) {
            item.type = requireKnown(parseContentType(cell), cell, column,
                                     "a content type (post, story, reel, video, blog article, "
                                     "live)");
            s.row.typeGiven = true;
        }
        return;
    case F::Approval:
        if (!unknown) {
            item.approval = requireKnown(parseApproval(cell), cell, column,
                                         "an approval status (draft, submitted, changes "
                                         "requested, approved, published)");
            s.row.approvalGiven = true;
        }
        return;
    case F::Title:
        item.title = unknown ? std::string() : std::string(cell);
        return;
    case F::Url:
        item.url = unknown ? std::string() : std::string(cell);
        return;
    case F::PlannedDate:
        item.plannedDate = optionalValue(parseDate(cell, options.dateOrder), column);
        return;
    case F::PublishedDate:
        item.publishedDate = optionalValue(parseDate(cell, options.dateOrder), column);
        return;
    case F::Revenue:
        item.metrics.revenue = optionalValue(parseMoney(cell, options.currency), column);
        return;
    default:
        applyMetric(item.metrics, field, cell, column);
        return;
    }
}

core::ContentCandidate convertRow(const CsvRecord& record, const ContentColumnMapping& mapping,
                                  const std::vector<std::string>& names,
                                  const ContentRowOptions& options)
{
    RowState s;
    s.row.line = record.line;
    const std::size_t columns = std::min(record.fields.size(), mapping.size());
    for (std::size_t c = 0; c < columns; ++c) {
        const auto cell = trimValue(unprotectCell(record.fields[c]));
        applyCell(s, mapping.field(c), cell, names[c], options);
    }
    if (s.row.handle.empty()) {
        throw RowProblem{"the row has no handle to find its influencer by"};
    }
    s.row.item.platform = s.platform.value_or(s.platformOfUrl.value_or(options.defaultPlatform));
    if (!s.row.approvalGiven && s.row.item.publishedDate) {
        s.row.item.approval = core::ApprovalStatus::Published;
    }
    return std::move(s.row);
}

std::string columnName(const ContentColumnMapping& mapping, std::size_t column)
{
    const auto& header = mapping.column(column).header;
    return header.empty() ? "column " + std::to_string(column + 1) : "\"" + header + "\"";
}

} // namespace

std::optional<core::ContentType> parseContentType(std::string_view text)
{
    using T = core::ContentType;
    static constexpr std::array<std::pair<std::string_view, T>, 18> kAliases{{
        {"carousel", T::Post},
        {"carosello", T::Post},
        {"image", T::Post},
        {"photo", T::Post},
        {"foto", T::Post},
        {"immagine", T::Post},
        {"stories", T::Story},
        {"storia", T::Story},
        {"storie", T::Story},
        {"reels", T::Reel},
        {"short", T::Video},
        {"shorts", T::Video},
        {"article", T::BlogArticle},
        {"articolo", T::BlogArticle},
        {"blog", T::BlogArticle},
        {"blogpost", T::BlogArticle},
        {"livestream", T::Live},
        {"diretta", T::Live},
    }};
    return byAlias(text, kAliases);
}

std::optional<core::ApprovalStatus> parseApproval(std::string_view text)
{
    using A = core::ApprovalStatus;
    static constexpr std::array<std::pair<std::string_view, A>, 11> kAliases{{
        {"bozza", A::Draft},
        {"inviato", A::Submitted},
        {"inviata", A::Submitted},
        {"modificherichieste", A::ChangesRequested},
        {"darivedere", A::ChangesRequested},
        {"approvato", A::Approved},
        {"approvata", A::Approved},
        {"pubblicato", A::Published},
        {"pubblicata", A::Published},
        {"posted", A::Published},
        {"live", A::Published},
    }};
    return byAlias(text, kAliases);
}

ContentRows convertContentRows(const CsvTable& table, const ContentColumnMapping& mapping,
                               const ContentRowOptions& options)
{
    ContentRows out;
    out.candidates.reserve(table.records.size());
    std::vector<std::string> names; // for messages, built once rather than per cell
    for (std::size_t c = 0; c < mapping.size(); ++c) {
        names.push_back(columnName(mapping, c));
    }
    for (const auto& record : table.records) {
        try {
            if (record.unterminated) {
                throw RowProblem{"a quoted cell is not closed before the end of the file"};
            }
            if (record.ragged) {
                throw RowProblem{"the row has " + std::to_string(record.fields.size()) +
                                 " cells but the header has " +
                                 std::to_string(table.columnCount())};
            }
            out.candidates.push_back(convertRow(record, mapping, names, options));
        } catch (const RowProblem& p) {
            out.rejected.push_back({record.line, p.reason, record.fields});
        }
    }
    return out;
}

} // namespace cd::io
