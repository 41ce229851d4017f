#pragma once

#include <QUndoCommand>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "WorkbookDocument.h"
#include "core/Team.h"

#include <optional>

namespace cd::app {

// Adds (no `before`), changes or removes (no `after`) one person of the team, as one undo step.
// A new name is written into the person's tasks and contracts too (and back on undo). Holds
// the person's id, so that undo and redo put them back under the same id.
class ChangeTeamMemberCommand final : public QUndoCommand {
public:
    ChangeTeamMemberCommand(WorkbookDocument& document, std::optional<core::TeamMember> before,
                            std::optional<core::TeamMember> after, const QString& text);

    void redo() override;
    void undo() override;

    // The person's id once redo() has run (0 before).
    core::Id memberId() const;

private:
    void apply(std::optional<core::TeamMember>& from, std::optional<core::TeamMember>& to);

    WorkbookDocument& m_document;
    std::optional<core::TeamMember> m_before;
    std::optional<core::TeamMember> m_after;
};

} // namespace cd::app
