#pragma once

#include <QUndoCommand>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Brief.h"

namespace cd::app {

class WorkbookDocument;

// The brief of one campaign from one state to another. Only the parts that differ between
// `before` and `after` are written, over the brief as it is in the file, so that an edit never
// takes back a part changed elsewhere. Commands of the same editing burst (a non-zero `burst`)
// merge: typing with pauses in one editor is one undo step.
class EditBrief final : public QUndoCommand {
public:
    EditBrief(WorkbookDocument& document, core::CampaignBrief before, core::CampaignBrief after,
              const QString& text, int burst = 0, QUndoCommand* parent = nullptr);

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    const core::CampaignBrief& before() const { return m_before; }
    const core::CampaignBrief& after() const { return m_after; }

private:
    void apply(const core::CampaignBrief& target);

    WorkbookDocument& m_document;
    core::CampaignBrief m_before;
    core::CampaignBrief m_after;
    int m_burst = 0;
};

} // namespace cd::app
