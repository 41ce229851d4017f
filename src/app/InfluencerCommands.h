#pragma once

#include "ChangeInfluencerField.h"

#include "storage/InfluencerImport.h"
#include "storage/InfluencerMerge.h"

#include <optional>
#include <vector>

namespace cd::app {

// Pushes a ChangeInfluencerField when `after` differs from the influencer's current value.
// Returns true when the value was written (or was already equal).
template <class T>
bool pushFieldChange(WorkbookDocument& document, const core::Influencer& influencer,
                     T core::Influencer::*field, T after, const QString& text)
{
    if (influencer.*field == after) {
        return true;
    }
    return document.push(new ChangeInfluencerField<T>(document, influencer.id, field,
                                                      influencer.*field, std::move(after), text));
}

// Adds one influencer. Redo after undo puts it back under the same id, which later commands on
// the stack refer to.
class AddInfluencerCommand final : public InfluencerCommand {
public:
    AddInfluencerCommand(WorkbookDocument& document, core::Influencer influencer);

    void redo() override;
    void undo() override;
    // 0 until the first redo() succeeded.
    core::Id influencerId() const { return m_influencer.id; }

private:
    core::Influencer m_influencer;
};

// Deletes influencers with their handles and memberships; their content and tasks stay without
// them. Refused while one of them has contracts. Undo restores everything under the old ids.
class DeleteInfluencersCommand final : public InfluencerCommand {
public:
    DeleteInfluencersCommand(WorkbookDocument& document, std::vector<core::Id> ids);

    void redo() override;
    void undo() override;

private:
    std::vector<core::Id> m_ids;
    std::vector<storage::RemovedInfluencer> m_removed;
};

// Merges a duplicate into the record kept (storage::mergeInfluencers); undo brings the duplicate
// back with every reference it had.
class MergeInfluencersCommand final : public InfluencerCommand {
public:
    MergeInfluencersCommand(WorkbookDocument& document, core::Id keptId, core::Id otherId);

    void redo() override;
    void undo() override;

private:
    core::Id m_keptId = 0;
    core::Id m_otherId = 0;
    std::optional<storage::MergeRecord> m_record;
};

// A finished CSV import as ONE undo step. The import itself ran (in one transaction, with its
// progress dialog) before the command was pushed, so the first redo() only announces it; undo
// deletes the rows it added and puts back the previous values of the rows it updated, and a
// later redo writes exactly what the import wrote, under the same ids.
class ImportInfluencersCommand final : public InfluencerCommand {
public:
    ImportInfluencersCommand(WorkbookDocument& document, storage::InfluencerImportChanges changes,
                             const QString& text);

    void redo() override;
    void undo() override;

private:
    storage::InfluencerImportChanges m_changes;
    bool m_done = true;
};

} // namespace cd::app
