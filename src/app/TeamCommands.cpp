#include "TeamCommands.h"

#include "storage/StorageError.h"
#include "storage/TeamRepository.h"

#include <QCoreApplication>

namespace cd::app {

ChangeTeamMemberCommand::ChangeTeamMemberCommand(WorkbookDocument& document,
                                                 std::optional<core::TeamMember> before,
                                                 std::optional<core::TeamMember> after,
                                                 const QString& text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)),
      m_after(std::move(after))
{
}

core::Id ChangeTeamMemberCommand::memberId() const
{
    return m_after ? m_after->id : (m_before ? m_before->id : 0);
}

void ChangeTeamMemberCommand::redo()
{
    apply(m_before, m_after);
}

void ChangeTeamMemberCommand::undo()
{
    apply(m_after, m_before);
}

void ChangeTeamMemberCommand::apply(std::optional<core::TeamMember>& from,
                                    std::optional<core::TeamMember>& to)
{
    using Scope = WorkbookDocument::Scope;
    // A rename reaches the tasks and contracts of every campaign.
    const bool renames = from && to && from->name != to->name;
    const WorkbookDocument::Scopes scopes =
        renames ? WorkbookDocument::Scopes(Scope::Team) | Scope::Tasks | Scope::Contracts
                : WorkbookDocument::Scopes(Scope::Team);
    m_document.write(*this, scopes, 0, [&](storage::Database& db) {
        storage::TeamRepository repo(db);
        if (!to) {
            repo.remove(from->id);
        } else if (!from && to->id == 0) {
            repo.add(*to);
        } else if (!from) {
            repo.restore(*to);
        } else {
            // The stored row's version: it moved on with every redo and undo.
            const auto current = repo.get(to->id);
            if (!current) {
                throw storage::StorageError(
                    storage::StorageError::Kind::Missing,
                    QCoreApplication::translate("ChangeTeamMemberCommand",
                                                "This person is no longer in the team.")
                        .toStdString());
            }
            to->version = current->version;
            repo.update(*to);
        }
    });
}

} // namespace cd::app
