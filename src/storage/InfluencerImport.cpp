#include "InfluencerImport.h"

#include "Database.h"
#include "InfluencerRepository.h"
#include "SqlHelpers.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

namespace cd::storage {

namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// Who is who: handles and e-mails of the roster and of the rows imported so far. Ids of rows a
// dry run would add are negative, so they never collide with stored ids.
class Identities {
public:
    explicit Identities(Database& db)
    {
        auto& handles = db.cached("SELECT influencer_id, platform, handle FROM handle");
        const StatementReset resetHandles(handles);
        while (handles.step()) {
            m_byHandle.emplace(key(handles.text(1), handles.text(2)), handles.int64(0));
        }
        auto& emails = db.cached("SELECT id, email FROM influencer WHERE email <> ''");
        const StatementReset resetEmails(emails);
        while (emails.step()) {
            m_byEmail.emplace(lower(emails.text(1)), emails.int64(0));
        }
    }

    std::optional<core::Id> find(const core::Influencer& i) const
    {
        for (const auto& h : i.handles) {
            if (auto it = m_byHandle.find(key(core::toKey(h.platform), h.handle));
                it != m_byHandle.end()) {
                return it->second;
            }
        }
        if (!i.email.empty()) {
            if (auto it = m_byEmail.find(lower(i.email)); it != m_byEmail.end()) {
                return it->second;
            }
        }
        return std::nullopt;
    }

    void remember(const core::Influencer& i, core::Id id)
    {
        for (const auto& h : i.handles) {
            m_byHandle.emplace(key(core::toKey(h.platform), h.handle), id);
        }
        if (!i.email.empty()) {
            m_byEmail.emplace(lower(i.email), id);
        }
    }

private:
    static std::string key(std::string_view platform, std::string_view handle)
    {
        return std::string(platform) + '\x1f' + lower(core::normaliseHandle(handle));
    }

    std::unordered_map<std::string, core::Id> m_byHandle;
    std::unordered_map<std::string, core::Id> m_byEmail;
};

// Collects InfluencerImportChanges: the first state of each updated record, the last state of
// each written one. Published only when the import commits, so a cancel reports nothing.
class ChangeLog {
public:
    explicit ChangeLog(InfluencerImportChanges* out) : m_out(out) {}

    void added(const core::Influencer& i)
    {
        if (m_out) {
            m_index.emplace(i.id, Entry{true, m_log.added.size()});
            m_log.added.push_back(i);
        }
    }
    void updating(const core::Influencer& i)
    {
        if (m_out && !m_index.contains(i.id)) {
            m_index.emplace(i.id, Entry{false, m_log.before.size()});
            m_log.before.push_back(i);
            m_log.after.push_back(i);
        }
    }
    void updated(const core::Influencer& i)
    {
        if (!m_out) {
            return;
        }
        const Entry& e = m_index.at(i.id);
        (e.added ? m_log.added : m_log.after)[e.position] = i;
    }
    void publish()
    {
        if (m_out) {
            *m_out = std::move(m_log);
        }
    }

private:
    struct Entry {
        bool added = false;
        std::size_t position = 0;
    };
    InfluencerImportChanges* m_out = nullptr;
    InfluencerImportChanges m_log;
    std::unordered_map<core::Id, Entry> m_index;
};

} // namespace

core::ImportSummary importInfluencers(Database& db, std::vector<core::ImportCandidate> candidates,
                                      const InfluencerImportOptions& options)
{
    core::ImportSummary summary;
    summary.dryRun = options.dryRun;
    summary.rows = candidates.size();
    // A dry run reads in a transaction too, so it sees one consistent roster; it never commits.
    Transaction tx(db, options.dryRun ? Transaction::Mode::Read : Transaction::Mode::Write);
    Identities identities(db);
    InfluencerRepository repo(db);
    core::Id nextDryId = -1;
    constexpr std::size_t kProgressEvery = 500;
    ChangeLog log(options.dryRun ? nullptr : options.changes);

    for (std::size_t n = 0; n < candidates.size(); ++n) {
        if (options.progress && n % kProgressEvery == 0 &&
            !options.progress(n, candidates.size())) {
            throw ImportCancelled();
        }
        core::Influencer& incoming = candidates[n].influencer;
        const auto match = identities.find(incoming);
        if (match && options.onDuplicate == core::DuplicatePolicy::Skip) {
            ++summary.skipped;
            continue;
        }
        if (match && options.onDuplicate == core::DuplicatePolicy::Update) {
            ++summary.updated;
            if (options.dryRun || *match < 0) {
                continue; // a dry run's new rows are not stored to merge into
            }
            auto existing = repo.get(*match);
            if (!existing) {
                continue;
            }
            log.updating(*existing);
            core::mergeInto(*existing, incoming);
            repo.update(*existing);
            log.updated(*existing);
            identities.remember(*existing, existing->id);
            continue;
        }
        ++summary.imported;
        if (options.dryRun) {
            identities.remember(incoming, nextDryId--);
            continue;
        }
        incoming.id = 0;
        repo.add(incoming);
        identities.remember(incoming, incoming.id);
        log.added(incoming);
    }
    if (options.progress && !options.progress(candidates.size(), candidates.size())) {
        throw ImportCancelled();
    }
    if (!options.dryRun) {
        tx.commit();
    }
    log.publish();
    return summary;
}

} // namespace cd::storage
