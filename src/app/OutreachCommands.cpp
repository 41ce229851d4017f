#include "OutreachCommands.h"

#include "storage/Database.h"
#include "storage/InfluencerRepository.h"
#include "storage/OutreachRepository.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <stdexcept>

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
    if (!apply(m_before, m_after)) {
        setObsolete(true);
    }
}

void ChangeOutreachTemplateCommand::undo()
{
    if (!apply(m_after, m_before)) {
        setObsolete(true);
    }
}

bool ChangeOutreachTemplateCommand::apply(std::optional<core::OutreachTemplate>& from,
                                          std::optional<core::OutreachTemplate>& to)
{
    try {
        storage::Database& db = m_document.workbook().db();
        storage::Transaction tx(db);
        storage::OutreachRepository repo(db);
        if (!to) {
            repo.remove(from->id);
        } else if (!from && to->id == 0) {
            repo.add(*to);
        } else if (!from) {
            repo.restore(*to);
        } else {
            // The stored row's version: it moved on with every redo and undo.
            auto current = repo.get(to->id);
            if (!current) {
                throw std::runtime_error(
                    QCoreApplication::translate("ChangeOutreachTemplateCommand",
                                                "The template no longer exists.")
                        .toStdString());
            }
            to->version = current->version;
            repo.update(*to);
        }
        tx.commit();
    } catch (const std::exception& e) {
        spdlog::warn("{} failed: {}", text().toStdString(), e.what());
        m_document.reportFailure(text(), QString::fromStdString(e.what()));
        return false;
    }
    // No view of the main window shows templates; the outreach dialog follows the undo stack.
    m_document.notifyChanged({}, 0);
    return true;
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
