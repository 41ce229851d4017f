#include "OutreachCommands.h"

#include "RowChange.h"

#include "storage/Database.h"
#include "storage/InfluencerRepository.h"
#include "storage/OutreachRepository.h"

#include <QCoreApplication>

namespace cd::app {

ChangeOutreachTemplateCommand::ChangeOutreachTemplateCommand(
    WorkbookDocument& document, std::optional<core::OutreachTemplate> before,
    std::optional<core::OutreachTemplate> after, const QString& text)
    : QUndoCommand(text), m_document(document), m_before(std::move(before)),
      m_after(std::move(after))
{
}

core::Id ChangeOutreachTemplateCommand::templateId() const
{
    return m_after ? m_after->id : (m_before ? m_before->id : 0);
}

void ChangeOutreachTemplateCommand::redo()
{
    apply(m_before, m_after);
}

void ChangeOutreachTemplateCommand::undo()
{
    apply(m_after, m_before);
}

void ChangeOutreachTemplateCommand::apply(std::optional<core::OutreachTemplate>& from,
                                          std::optional<core::OutreachTemplate>& to)
{
    // No view of the main window shows templates (no scopes); the outreach dialog follows the
    // undo stack.
    m_document.write(*this, {}, 0, [&](storage::Database& db) {
        storage::OutreachRepository repo(db);
        applyRowChange(repo, from, to,
                       QCoreApplication::translate("ChangeOutreachTemplateCommand",
                                                   "The template no longer exists.")
                           .toStdString());
    });
}

LogContactCommand::LogContactCommand(WorkbookDocument& document,
                                     const std::vector<core::Id>& influencerIds, core::Date day)
    : InfluencerCommand(document, QCoreApplication::translate("LogContactCommand", "Log Contact")),
      m_day(day)
{
    storage::InfluencerRepository repo(document.workbook().db());
    for (core::Id id : influencerIds) {
        if (const auto influencer = repo.get(id)) {
            m_entries.push_back({id, influencer->lastContact});
        }
    }
}

void LogContactCommand::redo()
{
    apply(true);
}

void LogContactCommand::undo()
{
    apply(false);
}

void LogContactCommand::apply(bool forward)
{
    QList<qint64> ids;
    for (const Entry& entry : m_entries) {
        ids.append(entry.influencerId);
    }
    write(
        [&](storage::Database& db) {
            for (const Entry& entry : m_entries) {
                changeInfluencer(db, entry.influencerId, [&](core::Influencer& influencer) {
                    influencer.lastContact = forward ? core::OptionalDate(m_day) : entry.before;
                });
            }
        },
        ids);
}

} // namespace cd::app
