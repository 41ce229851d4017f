#include "InfluencerCommands.h"

#include "storage/Database.h"
#include "storage/InfluencerRepository.h"
#include "storage/InfluencerRestore.h"

#include <QCoreApplication>

namespace cd::app {

namespace {

// Content, tasks, contracts and memberships name influencers: the other views re-read.
constexpr WorkbookDocument::Scopes kLinkedScopes =
    WorkbookDocument::Scope::Influencers | WorkbookDocument::Scope::Contracts |
    WorkbookDocument::Scope::Content | WorkbookDocument::Scope::Tasks;

} // namespace

AddInfluencerCommand::AddInfluencerCommand(WorkbookDocument& document, core::Influencer influencer)
    : InfluencerCommand(
          document, QCoreApplication::translate("cd::app::InfluencerCommands", "Add influencer")),
      m_influencer(std::move(influencer))
{
}

void AddInfluencerCommand::redo()
{
    // Filled by the work before write() announces it: the id is known only once added.
    QList<qint64> ids;
    write(
        [&](storage::Database& db) {
            if (m_influencer.id == 0) {
                storage::InfluencerRepository(db).add(m_influencer);
            } else {
                storage::insertInfluencerWithId(db, m_influencer);
            }
            ids = {m_influencer.id};
        },
        ids);
}

void AddInfluencerCommand::undo()
{
    write([this](storage::Database& db) { storage::removeInfluencer(db, m_influencer.id); },
          {m_influencer.id}, kLinkedScopes);
}

DeleteInfluencersCommand::DeleteInfluencersCommand(WorkbookDocument& document,
                                                   std::vector<core::Id> ids)
    : InfluencerCommand(
          document,
          ids.size() == 1
              ? QCoreApplication::translate("cd::app::InfluencerCommands", "Delete influencer")
              : QCoreApplication::translate("cd::app::InfluencerCommands", "Delete %n influencers",
                                            nullptr, static_cast<int>(ids.size()))),
      m_ids(std::move(ids))
{
}

void DeleteInfluencersCommand::redo()
{
    std::vector<storage::RemovedInfluencer> removed;
    const bool done = write(
        [&](storage::Database& db) {
            for (core::Id id : m_ids) {
                removed.push_back(storage::removeInfluencer(db, id));
            }
        },
        QList<qint64>(m_ids.begin(), m_ids.end()), kLinkedScopes);
    if (done) {
        m_removed = std::move(removed);
    }
}

void DeleteInfluencersCommand::undo()
{
    write(
        [this](storage::Database& db) {
            for (auto it = m_removed.rbegin(); it != m_removed.rend(); ++it) {
                storage::restoreInfluencer(db, *it);
            }
        },
        QList<qint64>(m_ids.begin(), m_ids.end()), kLinkedScopes);
}

MergeInfluencersCommand::MergeInfluencersCommand(WorkbookDocument& document, core::Id keptId,
                                                 core::Id otherId)
    : InfluencerCommand(document, QCoreApplication::translate("cd::app::InfluencerCommands",
                                                              "Merge influencers")),
      m_keptId(keptId), m_otherId(otherId)
{
}

void MergeInfluencersCommand::redo()
{
    write(
        [this](storage::Database& db) {
            m_record = storage::mergeInfluencers(db, m_keptId, m_otherId);
        },
        {m_keptId, m_otherId}, kLinkedScopes);
}

void MergeInfluencersCommand::undo()
{
    if (!m_record) {
        return;
    }
    write([this](storage::Database& db) { storage::undoMerge(db, *m_record); },
          {m_keptId, m_otherId}, kLinkedScopes);
}

ImportInfluencersCommand::ImportInfluencersCommand(WorkbookDocument& document,
                                                   storage::InfluencerImportChanges changes,
                                                   const QString& text)
    : InfluencerCommand(document, text), m_changes(std::move(changes))
{
}

void ImportInfluencersCommand::redo()
{
    if (m_done) {
        // The wizard has just written it; the views still have to hear of it.
        write([](storage::Database&) {}, {});
        return;
    }
    const bool written = write(
        [this](storage::Database& db) {
            for (auto& influencer : m_changes.added) {
                storage::insertInfluencerWithId(db, influencer);
            }
            for (const auto& influencer : m_changes.after) {
                storage::overwriteInfluencer(db, influencer);
            }
        },
        {});
    m_done = written;
}

void ImportInfluencersCommand::undo()
{
    const bool written = write(
        [this](storage::Database& db) {
            storage::InfluencerRepository repo(db);
            for (const auto& influencer : m_changes.added) {
                repo.remove(influencer.id);
            }
            for (const auto& influencer : m_changes.before) {
                storage::overwriteInfluencer(db, influencer);
            }
        },
        {});
    m_done = !written;
}

} // namespace cd::app
