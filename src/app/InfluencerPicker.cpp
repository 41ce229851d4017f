#include "InfluencerPicker.h"

#include <QInputDialog>
#include <QStringList>

namespace cd::app {

namespace {

std::optional<std::optional<core::Id>> g_nextChoice;

} // namespace

void InfluencerPicker::setNextChoice(std::optional<core::Id> id)
{
    g_nextChoice = id;
}

std::optional<core::Id> InfluencerPicker::choose(QWidget* parent, const QString& title,
                                                 const QString& label,
                                                 const std::vector<Candidate>& candidates)
{
    if (g_nextChoice) {
        const auto choice = *g_nextChoice;
        g_nextChoice.reset();
        return choice;
    }
    if (candidates.empty()) {
        return std::nullopt;
    }
    // Two people may share a name: the id tells them apart.
    QStringList items;
    items.reserve(static_cast<qsizetype>(candidates.size()));
    for (const auto& c : candidates) {
        items << QStringLiteral("%1 (#%2)").arg(c.name).arg(c.id);
    }
    bool ok = false;
    const QString picked = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    if (!ok) {
        return std::nullopt;
    }
    const auto at = items.indexOf(picked);
    if (at < 0) {
        return std::nullopt;
    }
    return candidates[static_cast<std::size_t>(at)].id;
}

} // namespace cd::app
