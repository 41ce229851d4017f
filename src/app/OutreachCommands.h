#pragma once

#include <QUndoCommand>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "InfluencerCommand.h"
#include "WorkbookDocument.h"
#include "core/Date.h"
#include "core/Outreach.h"

#include <optional>
#include <vector>

namespace cd::app {

// Adds (no `before`), changes or removes (no `after`) one outreach template. Holds the
// template's id, so that undo and redo put it back under the same id.
class ChangeOutreachTemplateCommand final : public QUndoCommand {
public:
    ChangeOutreachTemplateCommand(WorkbookDocument& document,
                                  std::optional<core::OutreachTemplate> before,
                                  std::optional<core::OutreachTemplate> after, const QString& text);

    void redo() override;
    void undo() override;

    // The template's id once redo() has run (0 before).
    core::Id templateId() const;

private:
    void apply(std::optional<core::OutreachTemplate>& from,
               std::optional<core::OutreachTemplate>& to);

    WorkbookDocument& m_document;
    std::optional<core::OutreachTemplate> m_before;
    std::optional<core::OutreachTemplate> m_after;
};

// Sets the last contact of several influencers to one day, as one undo step (after an e-mail
// was opened in the mail client or copied); undo gives each their previous date back.
class LogContactCommand final : public InfluencerCommand {
public:
    LogContactCommand(WorkbookDocument& document, const std::vector<core::Id>& influencerIds,
                      core::Date day);

    void redo() override;
    void undo() override;

private:
    struct Entry {
        core::Id influencerId = 0;
        core::OptionalDate before;
    };

    void apply(bool forward);

    std::vector<Entry> m_entries;
    core::Date m_day;
};

} // namespace cd::app
