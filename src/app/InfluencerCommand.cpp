#include "InfluencerCommand.h"

#include "core/Validation.h"
#include "storage/Database.h"
#include "storage/InfluencerRepository.h"
#include "storage/StorageError.h"

#include <stdexcept>

namespace cd::app {

InfluencerEvents* InfluencerEvents::of(WorkbookDocument& document)
{
    static const QString name = QStringLiteral("influencerEvents");
    if (auto* events = document.findChild<InfluencerEvents*>(name, Qt::FindDirectChildrenOnly)) {
        return events;
    }
    auto* events = new InfluencerEvents(&document);
    events->setObjectName(name);
    return events;
}

InfluencerCommand::InfluencerCommand(WorkbookDocument& document, const QString& text,
                                     QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document)
{
}

bool InfluencerCommand::write(const std::function<void(storage::Database&)>& work,
                              const QList<qint64>& ids, WorkbookDocument::Scopes scopes)
{
    // On failure too: the views may show values the failed write assumed.
    return m_document.write(*this, work, [this, &ids, scopes] { announce(ids, scopes); });
}

void InfluencerCommand::announce(const QList<qint64>& ids, WorkbookDocument::Scopes scopes)
{
    Q_EMIT InfluencerEvents::of(m_document)->rowsChanged(ids);
    m_document.notifyChanged(scopes | WorkbookDocument::Scope::Influencers, 0);
}

void changeInfluencer(storage::Database& db, core::Id influencerId,
                      const std::function<void(core::Influencer&)>& change)
{
    storage::InfluencerRepository repo(db);
    auto influencer = repo.get(influencerId);
    if (!influencer) {
        throw storage::StorageError(storage::StorageError::Kind::Missing,
                                    "The influencer no longer exists.");
    }
    change(*influencer);
    for (const auto& issue : core::validate(*influencer)) {
        if (issue.severity == core::Severity::Error) {
            throw std::runtime_error(issue.message);
        }
    }
    repo.update(*influencer);
}

} // namespace cd::app
