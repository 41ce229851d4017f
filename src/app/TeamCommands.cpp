#include "TeamCommands.h"

#include "RowChange.h"

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
        applyRowChange(repo, from, to,
                       QCoreApplication::translate("ChangeTeamMemberCommand",
                                                   "This person is no longer in the team.")
                           .toStdString());
    });
}

} // namespace cd::app
