#pragma once

#include "InfluencerCommand.h"

namespace cd::app {

// One field of one influencer from one value to another (after Tiled's ChangeValue): every
// inline edit of the roster and every field of the detail panel is one of these.
template <class T> class ChangeInfluencerField final : public InfluencerCommand {
public:
    using Field = T core::Influencer::*;

    ChangeInfluencerField(WorkbookDocument& document, core::Id influencerId, Field field, T before,
                          T after, const QString& text, QUndoCommand* parent = nullptr)
        : InfluencerCommand(document, text, parent), m_influencerId(influencerId), m_field(field),
          m_before(std::move(before)), m_after(std::move(after))
    {
    }

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

    core::Id influencerId() const { return m_influencerId; }

private:
    void apply(const T& value)
    {
        write(
            [&](storage::Database& db) {
                changeInfluencer(db, m_influencerId, [&](core::Influencer& influencer) {
                    influencer.*m_field = value;
                });
            },
            {m_influencerId});
    }

    core::Id m_influencerId = 0;
    Field m_field;
    T m_before;
    T m_after;
};

} // namespace cd::app
