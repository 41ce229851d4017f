#include "InfluencerFileImport.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace cd::services {

namespace {

// Converts a table's records on a worker thread and hands the candidates to the writing thread in
// batches. A person's rows usually follow each other (our own export writes them so): the last
// candidate of a batch is held back until the next row shows whether it belongs to that person,
// so such rows always join their candidate before it is handed out. Rows of a person that come
// after its candidate was handed out become late merges, applied after the last batch.
class ConvertingSource final : public storage::CandidateSource {
public:
    ConvertingSource(io::CsvStream& stream, const io::ColumnMapping& mapping,
                     const io::InfluencerRowOptions& options,
                     std::vector<core::RejectedRow>& rejected)
        : m_stream(stream), m_converter(mapping, options, stream.table().columnCount()),
          m_rejected(rejected), m_total(stream.estimatedRecords())
    {
    }

    // The worker thread's work; any exception is handed to the writing thread.
    void produce() noexcept
    {
        try {
            convertAll();
        } catch (...) {
            const std::lock_guard lock(m_mutex);
            m_error = std::current_exception();
        }
        {
            const std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_ready.notify_one();
    }

    // The writing thread gave up (an error or a cancel): the worker stops at the next row.
    void stop() { m_stop = true; }

    bool nextBatch(std::vector<core::ImportCandidate>& batch) override
    {
        std::unique_lock lock(m_mutex);
        // The written batch goes back to the worker to be freed there: memory freed on the
        // thread that did not allocate it contends for the allocator's lock of the other.
        if (!batch.empty() && !m_finished) {
            m_spent.push_back(std::move(batch));
        }
        batch.clear();
        m_ready.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_error) {
            std::rethrow_exception(m_error);
        }
        if (m_batches.empty()) {
            return false;
        }
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        return true;
    }

    std::size_t totalHint() const override { return m_total; }

    std::vector<storage::LateMerge> takeLateMerges() override
    {
        const std::lock_guard lock(m_mutex);
        return std::move(m_late);
    }

private:
    static constexpr std::size_t kBatch = 512;

    void convertAll()
    {
        std::vector<core::ImportCandidate> pending;
        std::size_t pendingStart = 0; // position of pending[0] among all candidates
        std::unordered_map<std::string, std::size_t> candidateOfKey;
        candidateOfKey.reserve(m_total);
        io::CsvRecord record;
        while (m_stream.next(record)) {
            if (m_stop) {
                return;
            }
            auto result = m_converter.convert(record);
            if (!result.influencer) {
                m_rejected.push_back(
                    {record.line, std::move(result.rejection), std::move(record.fields)});
                continue;
            }
            const auto line = record.line;
            if (!result.personKey.empty()) {
                const auto [it, inserted] = candidateOfKey.try_emplace(
                    std::move(result.personKey), pendingStart + pending.size());
                if (!inserted) {
                    if (it->second >= pendingStart) {
                        core::mergeInto(pending[it->second - pendingStart].influencer,
                                        *result.influencer);
                    } else {
                        const std::lock_guard lock(m_mutex);
                        m_late.push_back({it->second, std::move(*result.influencer)});
                    }
                    continue;
                }
            }
            pending.push_back({line, std::move(*result.influencer)});
            if (pending.size() > kBatch) {
                // Hand out all but the last, which the next row may still join.
                std::vector<core::ImportCandidate> out;
                out.reserve(kBatch + 1);
                std::move(pending.begin(), pending.end() - 1, std::back_inserter(out));
                pending.erase(pending.begin(), pending.end() - 1);
                pendingStart += out.size();
                publish(std::move(out));
                freeSpent();
            }
        }
        if (!pending.empty()) {
            publish(std::move(pending));
        }
    }

    void freeSpent()
    {
        std::vector<std::vector<core::ImportCandidate>> spent;
        {
            const std::lock_guard lock(m_mutex);
            spent.swap(m_spent);
        }
    }

    void publish(std::vector<core::ImportCandidate> batch)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_batches.push_back(std::move(batch));
        }
        m_ready.notify_one();
    }

    io::CsvStream& m_stream; // the worker's once it has started
    const io::InfluencerRowConverter m_converter;
    std::vector<core::RejectedRow>& m_rejected; // the worker's until it has finished
    const std::size_t m_total;

    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<std::vector<core::ImportCandidate>> m_batches;
    std::vector<storage::LateMerge> m_late;
    std::vector<std::vector<core::ImportCandidate>> m_spent;
    std::exception_ptr m_error;
    bool m_finished = false;
    std::atomic<bool> m_stop = false;
};

// Stops and joins the worker however the writing ends.
class WorkerGuard final {
public:
    explicit WorkerGuard(ConvertingSource& source)
        : m_source(source), m_thread([&source] { source.produce(); })
    {
    }
    ~WorkerGuard()
    {
        m_source.stop();
        m_thread.join();
    }
    WorkerGuard(const WorkerGuard&) = delete;
    WorkerGuard& operator=(const WorkerGuard&) = delete;

private:
    ConvertingSource& m_source;
    std::thread m_thread;
};

} // namespace

core::ImportSummary importInfluencerFile(storage::Database& db, const std::string& bytes,
                                         const InfluencerImportRequest& request,
                                         PreparedImport& prepared)
{
    prepared = PreparedImport{};
    io::CsvStream stream(bytes, request.csv);
    const auto& header = stream.table().header;
    if (header.empty()) {
        throw TransferError("The file is empty: there is no header and no row to import.");
    }
    prepared.mapping = request.savedMapping ? request.savedMapping->appliedTo(header)
                                            : io::ColumnMapping::guess(header);
    requireIdentityColumn(prepared.mapping);

    ConvertingSource source(stream, prepared.mapping, request.rows, prepared.rows.rejected);
    core::ImportSummary summary;
    {
        const WorkerGuard worker(source);
        summary = storage::importInfluencers(db, source, request.import);
    }
    prepared.table = stream.takeTable();
    addRejected(summary, prepared.rows.rejected);
    return summary;
}

} // namespace cd::services
