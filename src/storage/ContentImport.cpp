#include "ContentImport.h"

#include "ContentRepository.h"
#include "Database.h"
#include "SqlHelpers.h"

#include "core/Influencer.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace cd::storage {

using namespace detail;
using core::ContentCandidate;
using core::ContentItem;

namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string handleKey(core::Platform platform, std::string_view handle)
{
    return std::string(core::toKey(platform)) + '\x1f' + lower(core::normaliseHandle(handle));
}

// The roster's handles: who posted a row.
class Authors {
public:
    explicit Authors(Database& db)
    {
        auto& st = db.cached("SELECT influencer_id, platform, handle FROM handle");
        const StatementReset reset(st);
        while (st.step()) {
            const auto platform = readEnum(st, 1, core::Platform::Other);
            m_byHandle.emplace(handleKey(platform, st.text(2)), st.int64(0));
        }
    }

    std::optional<core::Id> find(core::Platform platform, std::string_view handle) const
    {
        if (auto it = m_byHandle.find(handleKey(platform, handle)); it != m_byHandle.end()) {
            return it->second;
        }
        return std::nullopt;
    }

private:
    std::unordered_map<std::string, core::Id> m_byHandle;
};

// The key of an item without a URL: its author, platform and published (else planned) date.
std::optional<std::string> dateKey(const ContentItem& item)
{
    const auto& date = item.publishedDate ? item.publishedDate : item.plannedDate;
    if (!date || !item.influencerId) {
        return std::nullopt;
    }
    return std::string(item.publishedDate ? "p" : "d") + '\x1f' +
           std::to_string(*item.influencerId) + '\x1f' + std::string(core::toKey(item.platform)) +
           '\x1f' + date->toIso();
}

std::vector<std::string> keysOf(const ContentItem& item)
{
    if (!item.url.empty()) {
        return {"u\x1f" + core::contentUrlKey(item.url)};
    }
    if (auto key = dateKey(item)) {
        return {std::move(*key)};
    }
    return {};
}

// The campaign's items and the ones this import writes, found by URL or by date key.
class Items {
public:
    explicit Items(std::vector<ContentItem> items) : m_items(std::move(items))
    {
        m_lastRow.resize(m_items.size());
        for (std::size_t n = 0; n < m_items.size(); ++n) {
            index(n);
        }
    }

    std::optional<std::size_t> find(const ContentItem& incoming) const
    {
        for (const auto& key : keysOf(incoming)) {
            if (auto it = m_byKey.find(key); it != m_byKey.end()) {
                return it->second;
            }
        }
        if (!incoming.url.empty() && incoming.publishedDate) {
            ContentItem withoutUrl = incoming;
            withoutUrl.url.clear();
            if (auto key = dateKey(withoutUrl)) {
                if (auto it = m_byKey.find(*key); it != m_byKey.end()) {
                    return it->second;
                }
            }
        }
        return std::nullopt;
    }

    std::size_t add(ContentItem item, const ContentCandidate& row)
    {
        m_items.push_back(std::move(item));
        m_lastRow.push_back(row);
        index(m_items.size() - 1);
        return m_items.size() - 1;
    }

    ContentItem& at(std::size_t n) { return m_items[n]; }

    // Re-files an item after an update changed its URL or dates.
    void replace(std::size_t n, ContentItem item, const ContentCandidate& row)
    {
        for (const auto& key : keysOf(m_items[n])) {
            if (auto it = m_byKey.find(key); it != m_byKey.end() && it->second == n) {
                m_byKey.erase(it);
            }
        }
        m_items[n] = std::move(item);
        m_lastRow[n] = row;
        index(n);
    }

    // True when `row` says exactly what the last row written to item `n` said.
    bool repeats(std::size_t n, const ContentCandidate& row) const
    {
        if (!m_lastRow[n]) {
            return false;
        }
        ContentCandidate previous = *m_lastRow[n];
        previous.line = row.line;
        previous.handle = lower(previous.handle);
        ContentCandidate current = row;
        current.handle = lower(current.handle);
        return previous == current;
    }

private:
    void index(std::size_t n)
    {
        for (auto& key : keysOf(m_items[n])) {
            m_byKey[std::move(key)] = n;
        }
    }

    std::vector<ContentItem> m_items;
    std::vector<std::optional<ContentCandidate>> m_lastRow; // set for items this import wrote
    std::unordered_map<std::string, std::size_t> m_byKey;
};

// What a row without URL or dates says, to spot the same row again in the file: such rows have
// no key to find their item by, so each would otherwise become a new item.
std::string fingerprint(const ContentCandidate& row)
{
    std::string out = lower(core::normaliseHandle(row.handle));
    auto add = [&out](std::string_view text) {
        (out += '\x1f') += text;
    };
    add(core::toKey(row.item.platform));
    add(row.typeGiven ? core::toKey(row.item.type) : "");
    add(row.approvalGiven ? core::toKey(row.item.approval) : "");
    add(row.item.title);
    const auto& m = row.item.metrics;
    for (const auto& count : {m.impressions, m.reach, m.likes, m.comments, m.shares, m.saves,
                              m.clicks, m.conversions, m.brandMentions}) {
        add(count ? std::to_string(*count) : "?");
    }
    add(m.revenue ? std::to_string(m.revenue->minorUnits()) : "?");
    return out;
}

std::string notFound(const ContentCandidate& row)
{
    return "no influencer in the roster has the handle @" + core::normaliseHandle(row.handle) +
           " on " + std::string(core::toLabel(row.item.platform));
}

} // namespace

core::ImportSummary importContent(Database& db, core::Id campaignId,
                                  const std::vector<ContentCandidate>& rows,
                                  const ContentImportOptions& options)
{
    core::ImportSummary summary;
    summary.dryRun = options.dryRun;
    summary.rows = rows.size();
    // A dry run reads in a transaction too, so it sees one consistent workbook; it never commits.
    Transaction tx(db, options.dryRun ? Transaction::Mode::Read : Transaction::Mode::Write);
    const Authors authors(db);
    Items items(ContentRepository(db).listByCampaign(campaignId));
    core::Id nextDryId = -1;
    std::unordered_set<std::string> keylessRows;

    for (const auto& row : rows) {
        const auto author = authors.find(row.item.platform, row.handle);
        if (!author) {
            ++summary.rejected;
            summary.errors.push_back({row.line, notFound(row)});
            continue;
        }
        ContentItem incoming = row.item;
        incoming.campaignId = campaignId;
        incoming.influencerId = *author;
        if (keysOf(incoming).empty() && !keylessRows.insert(fingerprint(row)).second) {
            ++summary.skipped;
            continue;
        }
        if (const auto match = items.find(incoming)) {
            if (items.repeats(*match, row)) {
                ++summary.skipped;
                continue;
            }
            ++summary.updated;
            ContentItem updated = items.at(*match);
            core::applyContentRow(updated, row);
            updated.influencerId = *author;
            if (!options.dryRun && updated.id > 0) {
                ContentRepository(db).update(updated); // joins the import's transaction
            }
            items.replace(*match, std::move(updated), row);
            continue;
        }
        ++summary.imported;
        if (options.dryRun) {
            incoming.id = nextDryId--;
        } else {
            ContentRepository(db).add(incoming);
        }
        items.add(std::move(incoming), row);
    }
    if (!options.dryRun) {
        tx.commit();
    }
    return summary;
}

} // namespace cd::storage
