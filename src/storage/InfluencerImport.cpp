#include "InfluencerImport.h"

#include "Database.h"
#include "InfluencerRepository.h"
#include "KeyIndex.h"
#include "SqlHelpers.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

namespace cd::storage {

namespace {

// Who is who: handles and e-mails of the roster and of the rows imported so far. Ids of rows a
// dry run would add are negative, so they never collide with stored ids. Keys (one byte for the
// platform, then the handle) are built in a reused buffer: an import of 100,000 people looks up
// and stores several hundred thousand of them.
class Identities {
public:
    Identities(Database& db, std::size_t expectedRows)
    {
        m_byHandle.reserve(expectedRows);
        m_byEmail.reserve(expectedRows);
        auto& handles = db.cached("SELECT influencer_id, platform, handle FROM handle");
        const StatementReset resetHandles(handles);
        while (handles.step()) {
            const auto platform = detail::readEnum(handles, 1, core::Platform::Other);
            buildHandleKey(m_scratch, platform, handles.text(2));
            m_byHandle.insert(m_scratch, handles.int64(0));
        }
        auto& emails = db.cached("SELECT id, email FROM influencer WHERE email <> ''");
        const StatementReset resetEmails(emails);
        while (emails.step()) {
            buildLower(m_scratch, emails.text(1));
            m_byEmail.insert(m_scratch, emails.int64(0));
        }
    }

    std::size_t handleCount() const { return m_byHandle.size(); }

    std::optional<core::Id> find(const core::Influencer& i)
    {
        for (const auto& h : i.handles) {
            buildHandleKey(m_scratch, h.platform, h.handle);
            if (const auto id = m_byHandle.find(m_scratch)) {
                return id;
            }
        }
        if (!i.email.empty()) {
            buildLower(m_scratch, i.email);
            if (const auto id = m_byEmail.find(m_scratch)) {
                return id;
            }
        }
        return std::nullopt;
    }

    void remember(const core::Influencer& i, core::Id id)
    {
        for (const auto& h : i.handles) {
            buildHandleKey(m_scratch, h.platform, h.handle);
            m_byHandle.insert(m_scratch, id);
        }
        if (!i.email.empty()) {
            buildLower(m_scratch, i.email);
            m_byEmail.insert(m_scratch, id);
        }
    }

private:
    static void buildLower(std::string& out, std::string_view s)
    {
        out.clear();
        for (const char c : s) {
            out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        }
    }
    // As stored: the handle trimmed and without its "@" (core::normaliseHandle), and
    // case-insensitive like the handle_lookup index.
    static void buildHandleKey(std::string& out, core::Platform platform, std::string_view handle)
    {
        buildLower(out, core::trimmedHandle(handle));
        out.insert(out.begin(), static_cast<char>('A' + static_cast<int>(platform)));
    }

    KeyIndex m_byHandle;
    KeyIndex m_byEmail;
    std::string m_scratch;
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

// A larger page cache for the import's duration: with SQLite's default (2 MB) a big import
// spills dirty pages to the WAL halfway through its transaction and reads them back for the
// indexes. Memory is only taken as pages are used.
class ImportCache {
public:
    explicit ImportCache(Database& db) : m_db(db)
    {
        auto st = db.prepare("PRAGMA cache_size");
        m_previous = st.step() ? st.int64(0) : -2000;
        db.exec("PRAGMA cache_size = -131072");
    }
    ~ImportCache()
    {
        try {
            m_db.exec("PRAGMA cache_size = " + std::to_string(m_previous));
        } catch (...) {
            // Only a cache size: the connection works on with the larger one.
        }
    }
    ImportCache(const ImportCache&) = delete;
    ImportCache& operator=(const ImportCache&) = delete;

private:
    Database& m_db;
    std::int64_t m_previous = -2000;
};

// Indexes dropped for a large import and built again before it commits: one sort over all rows
// costs far less than keeping a B-tree ordered through 100,000 inserts in random order. Only
// for the indexes the import never reads (it finds people in memory), and only when the import
// is larger than the roster, so a small import into a big roster keeps its indexes. Dropping and
// creating are part of the import's transaction: a rollback brings the indexes back as they
// were. The definitions are read from the schema itself, so they stay the schema's.
class DeferredIndexes {
public:
    void defer(Database& db)
    {
        for (const char* name : {"handle_lookup", "influencer_email"}) {
            std::optional<std::string> definition;
            {
                // Finished before the DROP: SQLite refuses DDL while a statement reads.
                auto st =
                    db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?");
                st.bind(1, name);
                if (st.step() && !st.isNull(0)) {
                    definition = st.text(0);
                }
            }
            if (definition) {
                db.exec(std::string("DROP INDEX ") + name); // our own constant names
                m_definitions.push_back(std::move(*definition));
            }
        }
    }
    void restore(Database& db)
    {
        for (const auto& sql : m_definitions) {
            db.exec(sql);
        }
        m_definitions.clear();
    }

private:
    std::vector<std::string> m_definitions;
};

// One import's state: the transaction, who is who, what was written, and for each candidate
// handed out the id of the record it became (0 when skipped), so later rows of the same person
// can still join it.
class Importer {
public:
    Importer(Database& db, const InfluencerImportOptions& options, std::size_t expectedRows)
        : m_options(options), m_cache(db),
          m_tx(db, options.dryRun ? Transaction::Mode::Read : Transaction::Mode::Write),
          m_identities(db, expectedRows), m_repo(db),
          m_log(options.dryRun ? nullptr : options.changes)
    {
        // A dry run reads in a transaction too, so it sees one consistent roster; it never
        // commits.
        m_summary.dryRun = options.dryRun;
        // The write transaction holds the lock: no one else adds a record until it ends, so the
        // ids above the largest are ours to give.
        m_nextId = options.dryRun ? 0 : m_repo.maxId() + 1;
        if (!options.dryRun && expectedRows > m_identities.handleCount()) {
            m_indexes.defer(db);
        }
    }

    void reportProgress(std::size_t total)
    {
        if (m_options.progress && m_done % kProgressEvery == 0 &&
            !m_options.progress(std::min(m_done, total), total)) {
            throw ImportCancelled();
        }
    }

    void take(core::ImportCandidate& candidate)
    {
        ++m_done;
        ++m_summary.rows;
        m_outcome.push_back(place(candidate.influencer));
    }

    void lateMerge(LateMerge& late)
    {
        flush();
        const core::Id id = late.candidate < m_outcome.size() ? m_outcome[late.candidate] : 0;
        if (id < 0) {
            m_identities.remember(late.influencer, id); // a dry run's new row
            return;
        }
        if (id == 0) {
            return; // the person's first row was skipped; so are the others
        }
        auto existing = m_repo.get(id);
        if (!existing) {
            return;
        }
        m_log.updating(*existing);
        core::mergeInto(*existing, late.influencer);
        m_repo.update(*existing);
        m_log.updated(*existing);
        m_identities.remember(*existing, existing->id);
    }

    core::ImportSummary finish(std::size_t total, Database& db)
    {
        flush();
        m_indexes.restore(db);
        if (m_options.progress && !m_options.progress(total, total)) {
            throw ImportCancelled();
        }
        if (!m_options.dryRun) {
            m_tx.commit();
        }
        m_log.publish();
        return m_summary;
    }

private:
    static constexpr std::size_t kProgressEvery = 500;
    static constexpr std::size_t kWriteEvery = 512;

    // Writes one candidate by the duplicate policy; returns the id of the record it became.
    core::Id place(core::Influencer& incoming)
    {
        const auto match = m_identities.find(incoming);
        if (match && m_options.onDuplicate == core::DuplicatePolicy::Skip) {
            ++m_summary.skipped;
            return 0;
        }
        if (match && m_options.onDuplicate == core::DuplicatePolicy::Update) {
            ++m_summary.updated;
            if (m_options.dryRun || *match < 0) {
                return *match; // a dry run's new rows are not stored to merge into
            }
            flush(); // the match may be a record not written yet
            auto existing = m_repo.get(*match);
            if (!existing) {
                return 0;
            }
            m_log.updating(*existing);
            core::mergeInto(*existing, incoming);
            m_repo.update(*existing);
            m_log.updated(*existing);
            m_identities.remember(*existing, existing->id);
            return existing->id;
        }
        ++m_summary.imported;
        if (m_options.dryRun) {
            m_identities.remember(incoming, m_nextDryId);
            return m_nextDryId--;
        }
        const core::Id id = m_nextId++;
        incoming.id = id;
        incoming.version = 1;
        m_identities.remember(incoming, incoming.id);
        m_log.added(incoming);
        m_pending.push_back(std::move(incoming));
        if (m_pending.size() >= kWriteEvery) {
            flush();
        }
        return id;
    }

    // Writes the new records gathered so far, many rows per statement.
    void flush()
    {
        if (!m_pending.empty()) {
            m_repo.insertWithIds(m_pending);
            m_pending.clear();
        }
    }

    const InfluencerImportOptions& m_options;
    ImportCache m_cache;
    Transaction m_tx;
    Identities m_identities;
    InfluencerRepository m_repo;
    ChangeLog m_log;
    core::ImportSummary m_summary;
    std::vector<core::Id> m_outcome;
    std::size_t m_done = 0;
    core::Id m_nextDryId = -1;
    core::Id m_nextId = 0;
    std::vector<core::Influencer> m_pending; // new records not written yet
    DeferredIndexes m_indexes;
};

// A whole vector as a source of one batch.
class VectorSource final : public CandidateSource {
public:
    explicit VectorSource(std::vector<core::ImportCandidate> candidates)
        : m_candidates(std::move(candidates)), m_total(m_candidates.size())
    {
    }
    bool nextBatch(std::vector<core::ImportCandidate>& batch) override
    {
        batch = std::move(m_candidates);
        m_candidates.clear();
        return !batch.empty();
    }
    std::size_t totalHint() const override { return m_total; }

private:
    std::vector<core::ImportCandidate> m_candidates;
    std::size_t m_total = 0;
};

} // namespace

core::ImportSummary importInfluencers(Database& db, std::vector<core::ImportCandidate> candidates,
                                      const InfluencerImportOptions& options)
{
    VectorSource source(std::move(candidates));
    return importInfluencers(db, source, options);
}

core::ImportSummary importInfluencers(Database& db, CandidateSource& source,
                                      const InfluencerImportOptions& options)
{
    Importer importer(db, options, source.totalHint());
    std::vector<core::ImportCandidate> batch;
    while (source.nextBatch(batch)) {
        for (auto& candidate : batch) {
            importer.reportProgress(source.totalHint());
            importer.take(candidate);
        }
    }
    for (auto& late : source.takeLateMerges()) {
        importer.lateMerge(late);
    }
    return importer.finish(source.totalHint(), db);
}

} // namespace cd::storage
