#pragma once

#include <QString>

// Qt headers first: moc 6.4 fails to parse <compare> when it is the first include.
#include "core/Ids.h"

#include <optional>
#include <vector>

class QWidget;

namespace cd::app {

// Asks the user to pick one influencer of a list (New Contract picks from the roster), with a
// seam for tests like FileDialog's: a choice set with setNextChoice() answers the next call
// without showing a dialog (nullopt stands for Cancel).
class InfluencerPicker final {
public:
    struct Candidate {
        core::Id id = 0;
        QString name;
    };

    InfluencerPicker() = delete;

    // nullopt when cancelled or `candidates` is empty.
    static std::optional<core::Id> choose(QWidget* parent, const QString& title,
                                          const QString& label,
                                          const std::vector<Candidate>& candidates);

    static void setNextChoice(std::optional<core::Id> id);
};

} // namespace cd::app
