#include "EditBrief.h"

#include "WorkbookDocument.h"

#include "storage/BriefRepository.h"

namespace cd::app {

namespace {

constexpr int kEditBriefId = 0x42726600;

bool samePartsAs(const core::CampaignBrief& a, const core::CampaignBrief& b)
{
    for (const auto& section : core::briefSections()) {
        if (a.*section.field != b.*section.field) {
            return false;
        }
    }
    return true;
}

} // namespace

EditBrief::EditBrief(WorkbookDocument& document, core::CampaignBrief before,
                     core::CampaignBrief after, const QString& text, int burst,
                     QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_before(std::move(before)),
      m_after(std::move(after)), m_burst(burst)
{
}

int EditBrief::id() const
{
    return m_burst != 0 ? kEditBriefId : -1;
}

bool EditBrief::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const EditBrief*>(other);
    // A command whose write failed is obsolete: QUndoStack 6.4 still offers it for merging.
    if (next == nullptr || next->isObsolete() || next->m_burst != m_burst ||
        next->m_before.campaignId != m_before.campaignId) {
        return false;
    }
    m_after = next->m_after;
    // Typed and typed back: nothing is left to undo.
    setObsolete(samePartsAs(m_before, m_after));
    return true;
}

void EditBrief::apply(const core::CampaignBrief& target)
{
    m_document.write(*this, WorkbookDocument::Scope::Brief, target.campaignId,
                     [&](storage::Database& db) {
                         storage::BriefRepository repo(db);
                         auto current = repo.get(target.campaignId);
                         for (const auto& section : core::briefSections()) {
                             if (m_before.*section.field != m_after.*section.field) {
                                 current.*section.field = target.*section.field;
                             }
                         }
                         repo.save(current);
                     });
}

} // namespace cd::app
